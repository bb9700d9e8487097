/**
 * Verification: compare a query with one candidate span and name the relation. Runs on a handful
 * of candidates per lookup only (research.md: alignment costs the product of the lengths).
 */
import type { ReuseRelation } from '../corpus/types';
import type { MatchConfig } from './config';
import { sharedCount, sortedHas, type TextFeatures } from './features';

/** How a query compares with a span. */
export interface Comparison {
  /** Share of the query's 3-grams found in the span. */
  shingleContainment: number;
  /** IDF-weighted share of the query's content words found in the span, half in order (LCS), half as a set. */
  contentOverlap: number;
  /** Share of the query's content-word bigrams found in the span. */
  bigramContainment: number;
  /** Longest run of consecutive query words whose 3-grams are all in the span (a pasted passage). */
  longestRun: number;
}

export function compareFeatures(
  query: TextFeatures,
  span: TextFeatures,
  /** IDF weight of each of the query's stems, aligned with `query.stems` (computed once a query). */
  queryWeights: Float64Array,
): Comparison {
  const shingleContainment = query.shingleSet.length ? sharedCount(query.shingleSet, span.shingleSet) / query.shingleSet.length : 0;
  let run = 0;
  let longestShingleRun = 0;
  for (let i = 0; i < query.shingles.length; i++) {
    run = sortedHas(span.shingleSet, query.shingles[i]!) ? run + 1 : 0;
    if (run > longestShingleRun) longestShingleRun = run;
  }
  const longestRun = longestShingleRun ? longestShingleRun + query.wordCount - query.shingles.length : 0;

  let total = 0;
  let inSet = 0;
  for (let i = 0; i < query.stems.length; i++) {
    const w = queryWeights[i]!;
    total += w;
    if (sortedHas(span.stemSet, query.stems[i]!)) inSet += w;
  }
  const ordered = weightedLcs(query.stems, span.stems, queryWeights);
  const contentOverlap = total ? (ordered + inSet) / (2 * total) : 0;

  const bigramContainment = query.bigrams.length ? sharedCount(query.bigrams, span.bigrams) / query.bigrams.length : 0;
  return { shingleContainment, contentOverlap, bigramContainment, longestRun };
}

/** The verdict on one query/span pair. */
export interface Verdict {
  relation: ReuseRelation;
  /** What the user sees: 3-gram containment for (near-)verbatim, content overlap for paraphrase. */
  score: number;
  coverage: number;
  /**
   * One scale for choosing between rival spans of a document, whatever their relation: the mean
   * of the two measures, so a span named "paraphrase" and one named "near-verbatim" compare fairly.
   */
  strength: number;
  /** Word-order agreement, to break ties (the same words in the same order beat another order). */
  order: number;
}

/** Relation and score for a comparison, or null when it is not reuse. */
export function classify(
  c: Comparison,
  query: TextFeatures,
  t: MatchConfig['thresholds'],
  minContentWords: number,
  minSharedRun: number,
): Verdict | null {
  const strength = (c.shingleContainment + c.contentOverlap) / 2;
  const verdict = (relation: ReuseRelation, score: number, coverage = c.shingleContainment): Verdict => ({
    relation,
    score,
    coverage,
    strength,
    order: c.contentOverlap,
  });
  if (c.shingleContainment >= t.verbatim) return verdict('verbatim', c.shingleContainment);
  if (c.shingleContainment >= t.nearVerbatim) return verdict('near-verbatim', c.shingleContainment);
  if (
    query.stems.length >= minContentWords &&
    c.contentOverlap >= t.paraphrase &&
    c.bigramContainment >= t.paraphraseBigrams &&
    c.shingleContainment >= t.paraphraseShingles
  ) {
    return verdict('paraphrase', c.contentOverlap, c.contentOverlap);
  }
  // A block that pastes a long passage amid its own words (a page that merged its text with a
  // copied paragraph): the passage is reuse even though most of the block is not.
  if (c.longestRun >= minSharedRun) return verdict('near-verbatim', c.shingleContainment);
  return null;
}

/**
 * Weighted longest common subsequence of two term lists (rolling rows: O(n*m) time, O(m) memory).
 * Two rows reused by every call (grown when a span is longer): no allocation per comparison.
 */
let rowA = new Float64Array(256);
let rowB = new Float64Array(256);

function weightedLcs(a: Uint32Array, b: Uint32Array, aWeights: Float64Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (rowA.length < b.length + 1) {
    rowA = new Float64Array(2 * (b.length + 1));
    rowB = new Float64Array(2 * (b.length + 1));
  }
  let prev = rowA;
  let curr = rowB;
  prev.fill(0, 0, b.length + 1);
  curr[0] = 0;
  for (let i = 1; i <= a.length; i++) {
    const term = a[i - 1]!;
    const w = aWeights[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const diag = term === b[j - 1] ? prev[j - 1]! + w : 0;
      curr[j] = Math.max(prev[j]!, curr[j - 1]!, diag);
    }
    const done = prev;
    prev = curr;
    curr = done;
  }
  return prev[b.length]!;
}
