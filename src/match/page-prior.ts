/**
 * Matching a whole page: a paragraph of a page whose other paragraphs come from a document is
 * more likely to come from it too (a rewrite keeps the order and the story of its source), so
 * after a first pass the documents the page follows are looked up again, for the paragraphs still
 * untraced, with the reuse model's prior odds raised by a fitted factor. Independent text gains
 * nothing: a page with no confident match has no document to follow.
 */
import type { MatchIndex, MatchOptions, ParagraphMatch } from './types';
import pagePrior from './page-prior.json';

export interface PagePrior {
  /** Multiplier of the odds of reuse for a document the page follows (fitted on the dev split). */
  oddsFactor: number;
  /** A page follows a document when at least this many of its paragraphs are traced to it... */
  minParagraphs: number;
  /** ... and they are at least this share of its traced paragraphs. */
  minShare: number;
  /** A second-pass match must lie within this many paragraphs of one the page was traced to in
   *  that document: a rewrite follows its source's order, so its next paragraph sits near. */
  maxDistance: number;
}

export const PAGE_PRIOR: PagePrior = pagePrior as PagePrior;

/** Documents the page follows, each with the paragraphs the page was traced to, from the first pass's best hits. */
export function followedDocuments(hits: ParagraphMatch[][], prior: PagePrior = PAGE_PRIOR): Map<number, number[]> {
  const byDoc = new Map<number, number[]>();
  let traced = 0;
  for (const h of hits) {
    const top = h[0];
    if (!top) continue;
    traced++;
    byDoc.set(top.doc, [...(byDoc.get(top.doc) ?? []), ...top.paragraphs]);
  }
  const followed = new Map<number, number[]>();
  let count = 0;
  for (const [doc, paragraphs] of byDoc) {
    count = hits.filter((h) => h[0]?.doc === doc).length;
    if (count >= prior.minParagraphs && count >= prior.minShare * traced) followed.set(doc, paragraphs);
  }
  return followed;
}

/**
 * The second pass for one untraced paragraph: its hits in the followed documents only, at the
 * raised odds. Empty when there is nothing to follow.
 */
export function findWithPagePrior(
  matcher: MatchIndex,
  text: string,
  followed: Map<number, number[]>,
  options: MatchOptions,
  prior: PagePrior = PAGE_PRIOR,
): ParagraphMatch[] {
  if (followed.size === 0 || prior.oddsFactor <= 1) return [];
  const near = (m: ParagraphMatch) =>
    followed.get(m.doc)?.some((p) => m.paragraphs.some((q) => Math.abs(p - q) <= prior.maxDistance)) ?? false;
  return matcher.find(text, { ...options, priorOdds: prior.oddsFactor }).filter(near);
}

/** Both passes over a page's paragraphs (the bench and the fitting use this; `analyze` the same steps). */
export function matchPage(matcher: MatchIndex, texts: string[], options: MatchOptions = {}, prior: PagePrior = PAGE_PRIOR): ParagraphMatch[][] {
  const hits = texts.map((t) => matcher.find(t, options));
  const followed = followedDocuments(hits, prior);
  return hits.map((h, i) => (h.length ? h : findWithPagePrior(matcher, texts[i]!, followed, options, prior)));
}
