/**
 * Who a quote's attribution names: the writer's words right after the quote (`“…,” said Matthew
 * Donahue`, `“…,” Feeley said`) or before it in the same sentence (`Adrienne Watson said, “…”`,
 * `Last week, he told reporters, “…”`). Works on the masked paragraph (quoted words are `x`), so
 * only the writer's words are read. Pronouns come back unresolved, with their offset.
 */
import {
  APPOSITION_STARTERS,
  CONJUNCTIONS,
  PARTICIPLE_VERBS,
  PRONOUNS,
  SOURCE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './attribution-patterns';
import { bare, capitalisedRuns, isOrganisation, nameAtEnd, words } from './names';
import { OPEN_MARKS, CLOSE_MARKS } from './quote-rules';
import { sentenceEndAt, sentenceStartAt } from './sentences';
import type { QuoteSpan } from './quote-spans';

/** Who an attribution points at, before names and pronouns are resolved. */
export type SpeakerRef =
  | { kind: 'name'; name: string }
  | { kind: 'pronoun'; pronoun: string }
  /** An unnamed source or an organisation, as the text describes it. */
  | { kind: 'description'; text: string };

/** An attribution found for one span. */
export interface Attribution {
  ref: SpeakerRef;
  /** The document's words that make the attribution (`said Matthew Donahue`, `she told`). */
  evidence: string;
  /** Offset of the name or pronoun in the paragraph (where the mention is). */
  at: number;
  /** The attribution touches the quote (`“…,” he said`), rather than sitting elsewhere in the sentence. */
  adjacent: boolean;
}

/** One paragraph as the attribution finder reads it. */
export interface ParagraphView {
  text: string;
  masked: string;
  /** Sentence starts of `masked`. */
  starts: number[];
}

const VERB_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);
const PARTICIPLES: ReadonlySet<string> = new Set(PARTICIPLE_VERBS);
const CONJ: ReadonlySet<string> = new Set(CONJUNCTIONS);
const PRON: ReadonlySet<string> = new Set(PRONOUNS);
const SOURCES: ReadonlySet<string> = new Set(SOURCE_NOUNS);
const APPOSITION: ReadonlySet<string> = new Set(APPOSITION_STARTERS);
const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS);
/** Lower-case words a title may hold before a name (`Deputy Chief of Operations Matthew Donahue`, 002). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for']);

/** An attribution subject may not run longer than this many words (else it is a clause, not a subject). */
const MAX_SUBJECT_WORDS = 12;
/** How far after a quote an attribution verb may sit. */
const MAX_AFTER_CHARS = 160;
/**
 * What may stand between a speech verb and the quote it introduces and still count as touching it:
 * nothing, `that`, or an object such as `reporters` or `to NBC News` (003).
 */
const ADJACENT_TAIL = /^(?:(?:to\s+)?[\p{L}’'.]+(?:\s+\p{Lu}[\p{L}’'.]*){0,2})?(?:\s*that)?$/u;

interface VerbHit {
  verb: string;
  index: number;
  end: number;
}

function verbsIn(s: string): VerbHit[] {
  return [...s.matchAll(VERB_RE)].map((m) => ({ verb: m[1]!, index: m.index, end: m.index + m[0].length }));
}

/** Attribution in the words after the quote, up to the sentence end or the next quote. */
export function attributionAfter(view: ParagraphView, span: QuoteSpan): Attribution | undefined {
  const from = span.close;
  let to = sentenceEndAt(view.starts, from, view.masked.length);
  const nextMark = [...OPEN_MARKS].map((m) => view.masked.indexOf(m, from)).filter((i) => i >= 0);
  if (nextMark.length > 0) to = Math.min(to, ...nextMark);
  const region = view.masked.slice(from, to);
  const lead = /^[\s,:;–—-]*/.exec(region)![0].length;
  const t = region.slice(lead, lead + MAX_AFTER_CHARS);
  if (t === '') return undefined;
  const verb = verbsIn(t)[0];
  if (!verb) return undefined;
  const base = from + lead;
  if (verb.index === 0) return inverted(view, base, t, verb, true);
  const found = subject(t.slice(0, verb.index), base, true);
  if (!found) return undefined;
  // Anchored, the whole subject is the speaker's name and title: `DEA Deputy Chief of Operations
  // Matthew Donahue said` (002) is all evidence.
  return { ref: found.ref, at: found.at, adjacent: true, evidence: view.text.slice(base, base + verb.end) };
}

/** Attribution earlier in the quote's sentence. */
export function attributionBefore(view: ParagraphView, span: QuoteSpan): Attribution | undefined {
  const from = sentenceStartAt(view.starts, span.open);
  const region = view.masked.slice(from, span.open);
  const verbs = verbsIn(region);
  const last = verbs[verbs.length - 1];
  if (!last) return undefined;
  const tail = region.slice(last.end).replace(/[\s,:;–—-]+$/, '').trim();
  const adjacent = ADJACENT_TAIL.test(tail);
  const found = subjectOfVerb(view, region, from, verbs, verbs.length - 1);
  if (!found) return undefined;
  return { ...found, adjacent };
}

/** The subject of the k-th verb of `region` (a sentence up to the quote). */
function subjectOfVerb(view: ParagraphView, region: string, base: number, verbs: VerbHit[], k: number): Omit<Attribution, 'adjacent'> | undefined {
  const v = verbs[k]!;
  const raw = region.slice(0, v.index);
  const trimmed = raw.replace(/[\s,]+$/, '');
  const lastWord = bare(words(trimmed).pop()?.text ?? '');
  // `…, adding, “…”` and `… but added, “…”` (003) share the subject of the verb before them.
  if (PARTICIPLES.has(v.verb) || CONJ.has(lastWord)) {
    if (k > 0) return subjectOfVerb(view, region, base, verbs, k - 1);
    const first = sentenceSubject(region, base);
    return first && { ...first, evidence: view.text.slice(first.start, base + v.end) };
  }
  // `“…,” said Sen. Lindsey Graham, R-S.C., who called on the president to “…”` (003).
  if (trimmed === '' || CLOSE_MARKS.includes(trimmed.charAt(trimmed.length - 1))) {
    const inv = inverted(view, base + v.index, region.slice(v.index), { ...v, index: 0, end: v.end - v.index }, false);
    return inv && { ref: inv.ref, at: inv.at, evidence: inv.evidence };
  }
  const found = subject(raw, base, false);
  return found && { ref: found.ref, at: found.at, evidence: view.text.slice(found.start, base + v.end) };
}

/** The sentence's own subject: a pronoun or a name at its start (`He blamed …, adding, “…”`, 003). */
function sentenceSubject(region: string, base: number): { ref: SpeakerRef; at: number; start: number } | undefined {
  const first = words(region)[0];
  if (!first) return undefined;
  if (PRON.has(first.text.toLowerCase())) return { ref: { kind: 'pronoun', pronoun: first.text.toLowerCase() }, at: base + first.start, start: base + first.start };
  const run = capitalisedRuns(region)[0];
  if (!run || run[0]!.start !== first.start) return undefined;
  const hit = nameAtEnd(run);
  return hit && { ref: { kind: 'name', name: hit.name }, at: base + hit.start, start: base + hit.start };
}

/** A verb-first attribution: `said Matthew Donahue`, `said Rudman of the Wilson Center`, `said he`. */
function inverted(view: ParagraphView, base: number, t: string, verb: VerbHit, adjacent: boolean): Attribution | undefined {
  const rest = t.slice(verb.end);
  const lead = /^\s*/.exec(rest)![0].length;
  const restBase = base + verb.end + lead;
  const body = rest.slice(lead);
  const pron = /^(he|she)(?![\p{L}])/iu.exec(body);
  if (pron) {
    return {
      ref: { kind: 'pronoun', pronoun: pron[1]!.toLowerCase() },
      at: restBase,
      adjacent,
      evidence: view.text.slice(base, restBase + pron[0].length),
    };
  }
  const run = capitalisedRuns(body)[0];
  if (run && run[0]!.start === 0) {
    const hit = nameAtEnd(run);
    if (hit) {
      const ref: SpeakerRef = isOrganisation(hit.name) ? { kind: 'description', text: hit.name } : { kind: 'name', name: hit.name };
      return { ref, at: restBase + hit.start, adjacent, evidence: view.text.slice(base, restBase + hit.end) };
    }
  }
  const desc = /^(?:a|an|the)\s+([^,.;“”"]{1,80}?)(?=\s*(?:[,.;]|$))/iu.exec(body);
  if (desc && SOURCES.has(bare(words(desc[1]!).pop()?.text ?? ''))) {
    return { ref: { kind: 'description', text: desc[1]! }, at: restBase, adjacent, evidence: view.text.slice(base, restBase + desc[0].length) };
  }
  return undefined;
}

/**
 * The speaker named by the words before a verb: a pronoun (`he`), a name (`LaBelle`, `DEA
 * Administrator Anne Milgram`), a name with an apposition (`Watson, the NSC spokeswoman,`,
 * `Andrew Rudman, the director of …, a public policy think tank,`), or a description (`a senior
 * Biden administration official`). `base` is the offset of `raw` in the paragraph. `anchored`
 * (after a quote): the subject must be the whole of `raw`, so `“lack of engagement” from Mexico,
 * Donahue said` (002) does not tie the phrase to Donahue.
 */
function subject(raw: string, base: number, anchored: boolean): { ref: SpeakerRef; at: number; start: number } | undefined {
  const trimmed = raw.replace(/\s+$/, '');
  if (trimmed === '' || /[“”"]/.test(trimmed.slice(-1))) return undefined;
  const ws = words(trimmed);
  const last = ws[ws.length - 1];
  if (!last) return undefined;

  if (PRON.has(last.text.toLowerCase())) {
    if (anchored && ws.length > 1) return undefined;
    return { ref: { kind: 'pronoun', pronoun: last.text.toLowerCase() }, at: base + last.start, start: base + last.start };
  }

  // Apposition: the subject ends with a comma; the name is the run before `, a|an|the|who …`.
  if (trimmed.endsWith(',')) {
    for (const run of capitalisedRuns(trimmed)) {
      if (anchored && run[0]!.start !== ws[0]!.start) return undefined;
      const end = run[run.length - 1]!.end;
      const next = /^,\s+([\p{L}]+)/u.exec(trimmed.slice(end));
      if (next && APPOSITION.has(next[1]!.toLowerCase())) {
        const hit = nameAtEnd(run);
        if (hit && !isOrganisation(hit.name)) return { ref: { kind: 'name', name: hit.name }, at: base + hit.start, start: base + hit.start };
      }
    }
    return undefined;
  }

  const clauseStart = Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';')) + 1;
  const clause = trimmed.slice(clauseStart);
  const clauseWords = words(clause);
  if (clauseWords.length === 0 || clauseWords.length > MAX_SUBJECT_WORDS) return undefined;

  if (/^\p{Lu}/u.test(last.text)) {
    const runs = capitalisedRuns(trimmed);
    const run = runs[runs.length - 1];
    if (!run || run[run.length - 1]!.end !== last.end) return undefined;
    const hit = nameAtEnd(run);
    if (!hit) return undefined;
    const lead = words(clause).filter((w) => clauseStart + w.end <= hit.start);
    if (anchored && (clauseStart > 0 || !lead.every((w) => /^\p{Lu}/u.test(w.text) || TITLES.has(bare(w.text)) || TITLE_JOINERS.has(w.text)))) {
      return undefined;
    }
    if (isOrganisation(hit.name)) {
      // `Mexico’s Foreign Affairs Ministry said` (003): an organisation speaks as a whole clause.
      const text = clause.trim().replace(/^(?:the|a|an)\s+/i, '');
      const start = base + clauseStart + clause.indexOf(text);
      return { ref: { kind: 'description', text }, at: start, start };
    }
    return { ref: { kind: 'name', name: hit.name }, at: base + hit.start, start: base + hit.start };
  }

  if (SOURCES.has(bare(last.text)) && clauseWords.length <= 8 && !(anchored && clauseStart > 0)) {
    const text = clause.trim().replace(/^(?:the|a|an)\s+/i, '');
    const start = base + clauseStart + clause.indexOf(text);
    return { ref: { kind: 'description', text }, at: start, start };
  }
  return undefined;
}
