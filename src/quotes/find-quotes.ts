/**
 * Find the direct quotes of one document and who said each. Steps: locate quoted spans; learn the
 * document's full names; attribute each span (after it, then before it in its sentence);
 * drop scare quotes and terms; fill speakers from the rest of a multi-paragraph quote or from
 * another quote of the same paragraph; resolve pronouns and surnames.
 */
import { type Attribution, type ParagraphView, attributionAfter, attributionBefore, type SpeakerRef } from './attribution';
import { APPOSITION_STARTERS, SPEECH_VERBS } from './attribution-patterns';
import { bare, capitalisedRuns, hasTitleBefore, isOrganisation, labelName, nameAtEnd, nameTokens, words, type NameHit, type Word } from './names';
import { PersonRegistry } from './person-registry';
import { MAX_TERM_WORDS, MIN_QUOTE_WORDS, TERM_LEAD_INS } from './quote-rules';
import { findSpans, type QuoteSpan } from './quote-spans';
import { sentenceStarts } from './sentences';
import type { FindQuotesOptions, FoundQuote, QuoteParagraph } from './types';

/** Paragraphs longer than this are read up to this length only (a page's text dump is not a paragraph). */
const MAX_PARAGRAPH_CHARS = 20_000;

const APPOSITION: ReadonlySet<string> = new Set(APPOSITION_STARTERS);
const VERBS: ReadonlySet<string> = new Set(SPEECH_VERBS);
const TERM_LEAD: ReadonlySet<string> = new Set(TERM_LEAD_INS);

/** A run of capitalised words and the name at its end, if any. */
interface RunName {
  run: Word[];
  hit: NameHit | undefined;
}

/** A speaker once resolved, with the words that name them. */
interface Resolved {
  speaker: string;
  evidence: string;
}

/** Find the direct quotes in `paragraphs` (see `FoundQuote`), in document order. */
export function findQuotes(paragraphs: QuoteParagraph[], options: FindQuotesOptions = {}): FoundQuote[] {
  const paras = (Array.isArray(paragraphs) ? paragraphs : []).map((p) => ({
    text: typeof p?.text === 'string' ? p.text.slice(0, MAX_PARAGRAPH_CHARS) : '',
    label: typeof p?.speaker === 'string' && p.speaker.trim() !== '' ? p.speaker.trim() : undefined,
  }));
  const narrators = (options.narrators ?? []).filter((n) => typeof n === 'string').map(labelName);
  const isNarrator = (label: string) =>
    /,\s*BYLINE\b/i.test(label) ||
    narrators.some((n) => {
      const a = nameTokens(n);
      const b = nameTokens(labelName(label));
      return b.length > 0 && (a.join(' ') === b.join(' ') || (b.length === 1 && a[a.length - 1] === b[0]));
    });
  // Speaker-labelled lines are quotes in full; their text is not searched for quote marks.
  const spoken = paras.map((p) => p.label !== undefined && !isNarrator(p.label));
  const { spans, masked } = findSpans(paras.map((p, i) => (spoken[i] ? '' : p.text)));
  const views: ParagraphView[] = paras.map((p, i) => ({ text: spoken[i] ? '' : p.text, masked: masked[i]!, starts: sentenceStarts(masked[i]!) }));

  const registry = new PersonRegistry();
  // Each paragraph's capitalised runs, read once: learning names and recording mentions both walk them.
  const runs = views.map((view, i) => (spoken[i] ? [] : capitalisedRuns(view.masked).map((run) => ({ run, hit: nameAtEnd(run) }))));
  learnNames(paras, views, runs, registry);
  recordMentions(paras, runs, spoken, registry);

  // Attributions that touch their quote, in document order, so pronouns resolve as a reader would.
  const resolved = new Map<QuoteSpan, Resolved>();
  const adjacent = new Set<QuoteSpan>();
  for (const span of spans) {
    const view = views[span.paragraph]!;
    const before = attributionBefore(view, span);
    const att = attributionAfter(view, span) ?? (before?.adjacent ? before : undefined);
    if (!att) continue;
    adjacent.add(span);
    const r = resolve(att, span.paragraph, registry);
    if (r) resolved.set(span, r);
  }

  const kept = spans.filter((s) => isDirectQuote(s, views[s.paragraph]!, adjacent.has(s)));

  // A speech verb elsewhere in the sentence (`Matthew Donahue … agreed that … and added that …
  // “and how it has infiltrated…”`, 003).
  for (const span of kept) {
    if (resolved.has(span)) continue;
    const att = attributionBefore(views[span.paragraph]!, span);
    const r = att && resolve(att, span.paragraph, registry);
    if (r) resolved.set(span, r);
  }
  fillFromNeighbours(kept, resolved, views);

  const out: FoundQuote[] = [];
  let k = 0;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p]!;
    if (spoken[p]) {
      const start = para.text.length - para.text.trimStart().length;
      const end = para.text.trimEnd().length;
      if (end > start) {
        const speaker = registry.canonical(labelName(para.label!));
        out.push({ paragraph: p, text: para.text.slice(start, end), start, end, speaker, speakerEvidence: `${para.label}:` });
      }
      continue;
    }
    for (; k < kept.length && kept[k]!.paragraph === p; k++) {
      const s = kept[k]!;
      const r = resolved.get(s);
      const q: FoundQuote = { paragraph: p, text: para.text.slice(s.start, s.end), start: s.start, end: s.end };
      if (r) {
        q.speaker = r.speaker;
        q.speakerEvidence = r.evidence;
      }
      out.push(q);
    }
  }
  return out;
}

/** Turn an attribution into a speaker: pronouns to the last person named, surnames to full names. */
function resolve(att: Attribution, paragraph: number, registry: PersonRegistry): Resolved | undefined {
  const at = { paragraph, offset: att.at };
  const ref: SpeakerRef = att.ref;
  if (ref.kind === 'description') return { speaker: ref.text, evidence: att.evidence };
  const person = ref.kind === 'pronoun' ? registry.lastMentionBefore(at) : registry.canonical(ref.name);
  if (person === undefined) return undefined;
  // The speaker now stands as the latest mention, so a later `she said` reaches them.
  registry.mention(person, at);
  return { speaker: person, evidence: att.evidence };
}

/**
 * Whether a span is someone's speech rather than a scare quote, title or coined term (see
 * quote-rules.ts for the cases each rule was taught by).
 */
function isDirectQuote(span: QuoteSpan, view: ParagraphView, attributed: boolean): boolean {
  if (span.continuesNext || span.continuesPrev) return true;
  const body = view.text.slice(span.start, span.end);
  const n = words(body).length;
  if (n === 0) return false;
  if (n < MIN_QUOTE_WORDS) return attributed;
  const leadIn = bare(words(view.masked.slice(Math.max(0, span.open - 20), span.open)).pop()?.text ?? '');
  const follows = view.masked.slice(span.close);
  const termLike =
    TERM_LEAD.has(leadIn) && n <= MAX_TERM_WORDS && !/[,.;:!?]/.test(body) && (/^\s+\p{Ll}/u.test(follows) || follows.trim() === '');
  return !(termLike && !attributed);
}

/**
 * Speakers for quotes with no attribution of their own: the rest of a quote that runs over
 * paragraphs; another quote of the same paragraph (`“This is the worst…,” he said. “What is
 * frustrating…”`, 003); the previous paragraph's last quote, when a paragraph is nothing but a
 * quote.
 */
function fillFromNeighbours(kept: QuoteSpan[], resolved: Map<QuoteSpan, Resolved>, views: ParagraphView[]): void {
  // Multi-paragraph quotes share one speaker: take it from any piece.
  for (let i = 0; i < kept.length; i++) {
    const chain = [kept[i]!];
    while (chain[chain.length - 1]!.continuesNext && kept[i + 1]?.continuesPrev) chain.push(kept[++i]!);
    const r = chain.map((s) => resolved.get(s)).find((x) => x !== undefined);
    if (r) for (const s of chain) if (!resolved.has(s)) resolved.set(s, r);
  }
  const byParagraph = new Map<number, QuoteSpan[]>();
  for (const s of kept) {
    const list = byParagraph.get(s.paragraph) ?? [];
    list.push(s);
    byParagraph.set(s.paragraph, list);
  }
  for (let i = 0; i < kept.length; i++) {
    const s = kept[i]!;
    if (resolved.has(s)) continue;
    const same = (byParagraph.get(s.paragraph) ?? []).filter((o) => o !== s && resolved.has(o));
    const prev = same.filter((o) => o.start < s.start).pop();
    const donor = prev ?? same.find((o) => o.start > s.start);
    if (donor) {
      resolved.set(s, resolved.get(donor)!);
      continue;
    }
    const view = views[s.paragraph]!;
    const rest = (view.masked.slice(0, s.open) + view.masked.slice(s.close)).replace(/[\s\p{P}]/gu, '');
    const before = kept[i - 1];
    if (rest === '' && before && before.paragraph === s.paragraph - 1 && resolved.has(before)) {
      resolved.set(s, resolved.get(before)!);
    }
  }
}

/**
 * Full names the document gives, from patterns that mark a person: a title before the name
 * (`Administrator Anne Milgram`), an apposition after it (`Regina LaBelle, acting head`), a speech
 * verb next to it (`said Ernst Falko`, `Adrienne Watson said`), and transcript labels.
 */
function learnNames(paras: { label?: string }[], views: ParagraphView[], runs: RunName[][], registry: PersonRegistry): void {
  paras.forEach((p) => {
    if (p.label !== undefined) registry.addFullName(labelName(p.label));
  });
  views.forEach((view, i) => {
    for (const { run, hit } of runs[i]!) {
      if (!hit || nameTokens(hit.name).length < 2 || isOrganisation(hit.name)) continue;
      const after = view.masked.slice(hit.end, hit.end + 40);
      const apposition = /^,\s+([\p{L}]+)/u.exec(after);
      const verbAfter = /^\s+([\p{L}]+)/u.exec(after);
      const verbBefore = /([\p{L}]+)\s+$/u.exec(view.masked.slice(Math.max(0, run[0]!.start - 20), run[0]!.start));
      if (
        hasTitleBefore(run, hit) ||
        (apposition && APPOSITION.has(apposition[1]!.toLowerCase())) ||
        (verbAfter && VERBS.has(verbAfter[1]!)) ||
        (verbBefore && VERBS.has(verbBefore[1]!) && hit.start === run[0]!.start)
      ) {
        registry.addFullName(hit.name);
      }
    }
  });
  // A longer form of a known name is the same person in full: `Andrés Manuel López Obrador stood
  // before television cameras` (003) extends `López Obrador, a leftist populist`.
  runs.forEach((list) => {
    for (const { hit } of list) {
      if (hit && !isOrganisation(hit.name) && registry.isLongerFormOfKnown(hit.name)) registry.addFullName(hit.name);
    }
  });
}

/** Every place a known person is named, so pronouns can reach back to them. */
function recordMentions(paras: { label?: string }[], runs: RunName[][], spoken: boolean[], registry: PersonRegistry): void {
  runs.forEach((list, p) => {
    if (spoken[p]) {
      registry.mention(registry.canonical(labelName(paras[p]!.label!)), { paragraph: p, offset: 0 });
      return;
    }
    for (const { hit } of list) {
      if (hit && registry.knows(hit.name)) registry.mention(registry.canonical(hit.name), { paragraph: p, offset: hit.start });
    }
  });
}
