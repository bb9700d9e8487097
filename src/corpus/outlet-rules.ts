/**
 * How a text names outlets: for itself (self-reference: its own outlet), for a source it reports
 * from (attribution: it is a rewrite), or for a clip it plays (neither). `{O}` in a pattern stands
 * for any outlet spelling from outlets.ts; group 1 captures it.
 */
import type { CorpusParagraph, Evidence } from './types';
import { dedupeEvidence } from './evidence';
import { OUTLET_PATTERN, outletFor } from './outlets';

/** One way a text names an outlet. */
interface OutletRule {
  id: string;
  /** Pattern with `{O}` for the outlet; run on every paragraph (noise included: credits live there). */
  pattern: string;
  /** How strongly it shows the text's own outlet (self-reference rules only). */
  weight: number;
  /** Only the first this-many paragraphs (title zone), when set. */
  zone?: number;
}

/** Phrases by which a text names its own outlet. */
export const SELF_REFERENCE_RULES: readonly OutletRule[] = [
  // 001: "Transcript provided by NPR, Copyright NPR." (NPR's transcript footer).
  { id: 'transcript-credit', pattern: 'Transcript provided by (?:the )?({O})', weight: 3 },
  // 002: "All content created by the Daily Caller News Foundation ... republished".
  { id: 'syndication-notice', pattern: 'All content created by (?:the )?({O})', weight: 3 },
  // 001: "Brian Mann, NPR News." (sign-off of the outlet's reporter).
  { id: 'sign-off', pattern: '^\\p{Lu}[\\p{L}\'-]+(?: \\p{Lu}[\\p{L}\'-]+){1,3}, ({O})\\.?$', weight: 3 },
  // 000: masthead line "National Public Radio".
  { id: 'masthead', pattern: '^({O})$', weight: 3 },
  // HTML titles: "Drug war cooperation ... What went wrong? - NBC News" (the site's own suffix).
  { id: 'title-suffix', pattern: '^.{10,300} [|\\-–—] ({O})$', weight: 3, zone: 2 },
  // 000/001: "declined NPR's requests for interviews"; 002: "the Daily Caller News Foundation's request for comment".
  { id: 'request-for-comment', pattern: "(?:the )?({O})['’]s requests? for (?:comment|interviews?|an interview)", weight: 2 },
  // 003: "not shared by any former official or expert consulted by NBC News".
  { id: 'consulted-by', pattern: '(?:consulted|interviewed|reviewed|obtained|seen) by ({O})', weight: 2 },
  // 000: "In an exclusive interview with NPR".
  { id: 'exclusive-interview', pattern: '[Ii]n an (?:exclusive )?interview with ({O})', weight: 2 },
  // 001: "NPR addiction correspondent Brian Mann reports".
  { id: 'own-correspondent', pattern: "({O})(?:['’]s)? (?:[a-z]+ ){0,2}(?:correspondent|reporter|producer)s? \\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?", weight: 2 },
  // 003: "a senior Biden administration official acknowledged to NBC News".
  { id: 'told-to', pattern: '(?:acknowledged|confirmed|said|explained|admitted) to ({O})', weight: 1 },
  // 000: "A senior Drug Enforcement Administration official told NPR" (a source talking to the
  // outlet). Weak: a rewrite says the same of its source (002: "experts ... told NPR"), so it
  // counts only for an outlet the text never attributes (see ATTRIBUTION_RULES).
  { id: 'told', pattern: '\\btold ({O})\\b', weight: 1 },
];

/** Phrases by which a text credits another outlet as its source (002: "NPR reported", "according to NPR"). */
export const ATTRIBUTION_RULES: readonly OutletRule[] = [
  // "NPR reported", and a rewrite's present tense ("the AP reports").
  { id: 'outlet-reported', pattern: '({O}) (?:first )?report(?:s|ed)\\b', weight: 0 },
  { id: 'according-to', pattern: '\\baccording to (?:the )?({O})\\b', weight: 0 },
  { id: 'reported-by', pattern: '\\b(?:first )?reported by (?:the )?({O})\\b', weight: 0 },
  { id: 'told-source', pattern: '\\btold ({O})\\b', weight: 0 },
];

/** Phrases that name an outlet as the source of a clip, not of the text (001: "That report from CBS News"). */
export const CLIP_SOURCE_RULES: readonly OutletRule[] = [
  { id: 'clip-source', pattern: '\\b(?:report|clip|footage|video|audio|broadcast) from ({O})\\b', weight: 0 },
];

/** One outlet named by one phrase. */
export interface OutletMention {
  outlet: string;
  rule: string;
  weight: number;
  /** The exact words of the text. */
  quote: string;
  paragraph: number;
}

const compiled = new Map<string, RegExp>();
function regex(rule: OutletRule): RegExp {
  let re = compiled.get(rule.id + rule.pattern);
  if (!re) {
    // The outlet must end a word: "NBC" is not the start of "NBCUniversal".
    re = new RegExp(rule.pattern.replace('{O}', `(?:${OUTLET_PATTERN})(?![\\p{L}\\p{N}])`), 'gu');
    compiled.set(rule.id + rule.pattern, re);
  }
  return re;
}

/** Every mention of an outlet by the given rules in the paragraphs. */
export function findMentions(paragraphs: readonly Pick<CorpusParagraph, 'index' | 'text'>[], rules: readonly OutletRule[]): OutletMention[] {
  const out: OutletMention[] = [];
  for (const p of paragraphs) {
    for (const rule of rules) {
      if (rule.zone !== undefined && p.index >= rule.zone) continue;
      for (const m of p.text.matchAll(regex(rule))) {
        const outlet = outletFor(m[1] ?? '');
        if (outlet) out.push({ outlet, rule: rule.id, weight: rule.weight, quote: m[0], paragraph: p.index });
      }
    }
  }
  return out;
}

/** The outlet a document names for itself, with its evidence; `Unknown outlet` when none. */
export function detectOutlet(paragraphs: readonly Pick<CorpusParagraph, 'index' | 'text'>[]): { outlet: string; evidence: Evidence[]; attributions: OutletMention[] } {
  const attributions = findMentions(paragraphs, ATTRIBUTION_RULES.filter((r) => r.id !== 'told-source'));
  const attributed = new Set(attributions.map((a) => a.outlet));
  const self = findMentions(paragraphs, SELF_REFERENCE_RULES).filter((m) => !(m.rule === 'told' && attributed.has(m.outlet)));
  // "told NPR" in a text that also writes "NPR reported" is one more attribution.
  const told = findMentions(paragraphs, ATTRIBUTION_RULES.filter((r) => r.id === 'told-source')).filter((m) => attributed.has(m.outlet));
  const allAttributions = [...attributions, ...told].sort((a, b) => a.paragraph - b.paragraph);
  const scores = new Map<string, number>();
  for (const m of self) scores.set(m.outlet, (scores.get(m.outlet) ?? 0) + m.weight);
  const best = [...scores.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return { outlet: UNKNOWN_OUTLET, evidence: [], attributions: allAttributions };
  // Strongest first: "Transcript provided by NPR" says more than "told NPR".
  const evidence = self
    .filter((m) => m.outlet === best[0])
    .sort((a, b) => b.weight - a.weight)
    .map((m) => ({ rule: m.rule, quote: m.quote }));
  return { outlet: best[0], evidence: dedupeEvidence(evidence), attributions: allAttributions };
}

/** Clip sources (001: CBS News): named, but neither the document's outlet nor its source. */
export function clipSources(paragraphs: readonly CorpusParagraph[]): OutletMention[] {
  return findMentions(paragraphs, CLIP_SOURCE_RULES);
}

/** What a document with no self-reference is called. */
export const UNKNOWN_OUTLET = 'Unknown outlet';

