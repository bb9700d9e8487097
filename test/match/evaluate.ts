/**
 * Scores a MatchIndex against hand labels: recall on labelled reuse, false matches on text that
 * must not match. Used by the evaluation test (which asserts floors) and printable for reports.
 */
import type { MatchIndex, MatchOptions, ParagraphMatch } from '../../src/match/types';
import type { ReuseLabel } from './seed-pairs';
import { matchPage } from '../../src/match/page-prior';

/** Outcome of one labelled positive. */
export interface PositiveResult {
  label: ReuseLabel;
  /** The returned match that hits the labelled source, if any. */
  hit?: ParagraphMatch;
  /** The best match returned (right or wrong). */
  top?: ParagraphMatch;
}

/** A match is right when it is in the labelled document and its span shares a labelled paragraph. */
export function hitsLabel(m: ParagraphMatch, label: ReuseLabel): boolean {
  return m.doc === label.source.doc && m.paragraphs.some((p) => label.source.paragraphs.includes(p));
}

/**
 * Looks up every label's copy paragraph, leaving out the copy's own document. The labelled
 * paragraphs of one copy are looked up together, as `analyze` looks up a page (page-prior.ts).
 */
export function evaluatePositives(
  index: MatchIndex,
  seeds: string[][],
  labels: ReuseLabel[],
  options: MatchOptions = {},
): { recall: number; results: PositiveResult[] } {
  const hitsOf = new Map<ReuseLabel, ParagraphMatch[]>();
  for (const doc of new Set(labels.map((l) => l.copy.doc))) {
    const page = labels.filter((l) => l.copy.doc === doc);
    const texts = page.map((l) => seeds[l.copy.doc]?.[l.copy.paragraph] ?? '');
    matchPage(index, texts, { ...options, excludeDocs: [doc] }).forEach((hits, i) => hitsOf.set(page[i]!, hits));
  }
  const results = labels.map((label) => {
    const matches = hitsOf.get(label) ?? [];
    return { label, hit: matches.find((m) => hitsLabel(m, label)), top: matches[0] };
  });
  const found = results.filter((r) => r.hit).length;
  return { recall: labels.length ? found / labels.length : 0, results };
}

/** Runs texts that must not match (leaving out `excludeDocs`); returns those that did, with their best match. */
export function falseMatches(
  index: MatchIndex,
  texts: string[],
  excludeDocs: number[],
  options: MatchOptions = {},
): { text: string; match: ParagraphMatch }[] {
  const out: { text: string; match: ParagraphMatch }[] = [];
  for (const text of texts) {
    const matches = index.find(text, { ...options, excludeDocs });
    if (matches[0]) out.push({ text, match: matches[0] });
  }
  return out;
}

/** One line per result, for failure messages and reports. */
export function describe(r: PositiveResult): string {
  const c = r.label.copy;
  const top = r.top ? `top ${r.top.doc}:${r.top.paragraphs.join('+')} ${r.top.relation} ${r.top.score.toFixed(2)}` : 'no match';
  const hit = r.hit ? `HIT ${r.hit.relation} ${r.hit.score.toFixed(2)} cov ${r.hit.coverage.toFixed(2)}` : 'MISS';
  return `${c.doc}:${c.paragraph} "${c.starts}" -> ${r.label.source.doc}:${r.label.source.paragraphs.join('+')}: ${hit}; ${top}`;
}
