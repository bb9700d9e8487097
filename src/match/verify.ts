/**
 * Verification: compare a query with one candidate span, decide whether it is reuse with the one
 * fitted model, and name the relation. Runs on a handful of candidates per lookup only
 * (research.md: alignment costs the product of the lengths).
 */
import type { ReuseRelation } from '../corpus/types';
import { MATCH_CONFIG, type MatchConfig } from './config';
import { sharedCount, sortedHas, type TextFeatures } from './features';
import { softCompare, type QueryContext, type SoftComparison } from './align';
import { reuseProbability, type FeatureVector } from './reuse-model';

/** How a query compares with a span. */
export interface Comparison extends SoftComparison {
  /** Share of the query's 3-grams found in the span. */
  shingleContainment: number;
  /** Longest run of consecutive query words whose 3-grams are all in the span (a pasted passage). */
  longestRun: number;
  /** The model's inputs. */
  features: FeatureVector;
  /** The model's P(reuse). */
  probability: number;
}

export function compareFeatures(
  query: QueryContext,
  span: TextFeatures,
  spanWeights: Float64Array,
  /** The span stems' synonyms (`spanSynonyms`), or null for exact words only. */
  spanNeighbours: Uint32Array[] | null = null,
): Comparison {
  const q = query.features;
  const shingleContainment = q.shingleSet.length ? sharedCount(q.shingleSet, span.shingleSet) / q.shingleSet.length : 0;
  let run = 0;
  let longestShingleRun = 0;
  for (let i = 0; i < q.shingles.length; i++) {
    run = sortedHas(span.shingleSet, q.shingles[i]!) ? run + 1 : 0;
    if (run > longestShingleRun) longestShingleRun = run;
  }
  const longestRun = longestShingleRun ? longestShingleRun + q.wordCount - q.shingles.length : 0;
  // Word for word: verbatim by definition, so the costly soft comparison would decide nothing
  // (most blocks of a copied page end here).
  const soft = shingleContainment >= MATCH_CONFIG.thresholds.verbatim ? exactOnly(q) : softCompare(query, span, spanWeights, spanNeighbours);
  const features: FeatureVector = {
    containment: shingleContainment,
    contentOverlap: soft.contentOverlap,
    bigrams: soft.bigramContainment,
    alignedCoverage: soft.alignedCoverage,
    alignedMean: soft.alignedMean,
    rareShare: soft.rareShare,
    longestRun: q.wordCount ? longestRun / q.wordCount : 0,
    length: Math.log(Math.max(1, q.stems.length)) / 5,
    synonymShare: soft.synonymShare,
  };
  return {
    contentOverlap: soft.contentOverlap,
    bigramContainment: soft.bigramContainment,
    alignedCoverage: soft.alignedCoverage,
    alignedMean: soft.alignedMean,
    rareShare: soft.rareShare,
    synonymShare: soft.synonymShare,
    pairs: soft.pairs,
    credit: soft.credit,
    partner: soft.partner,
    querySentences: soft.querySentences,
    shingleContainment,
    longestRun,
    features,
    probability: reuseProbability(features),
  };
}

/** The soft comparison of a text with itself: everything shared, exactly. */
function exactOnly(q: TextFeatures): SoftComparison {
  const n = q.stems.length;
  return {
    contentOverlap: 1,
    bigramContainment: 1,
    alignedCoverage: 1,
    alignedMean: 1,
    rareShare: 1,
    synonymShare: 0,
    pairs: [],
    credit: new Uint8Array(n).fill(2),
    partner: new Int32Array(n).fill(-1),
    querySentences: q.sentenceStarts.length,
  };
}

/** The verdict on one query/span pair. */
export interface Verdict {
  relation: ReuseRelation;
  /** What the user sees: 3-gram containment for (near-)verbatim, content overlap for paraphrase. */
  score: number;
  coverage: number;
  /**
   * One scale for choosing between rival spans of a document, whatever their relation: how much
   * of the query the span holds (the mean of 3-gram containment and content overlap). Not the
   * probability: it saturates near 1, where a merged block's span and its half look the same.
   */
  strength: number;
  /** Word-order agreement, to break ties (the same words in the same order beat another order). */
  order: number;
}

/**
 * Relation and score for a comparison, or null when it is not reuse. The model decides; two
 * definitions stand beside it: text that is the span's word for word (3-gram containment at the
 * verbatim level) is reuse whatever else, and so is a long passage pasted amid a page's own words.
 * The relation names how close the wording is (Clough & Stevenson's light and heavy revisions).
 */
export function classify(
  c: Comparison,
  query: TextFeatures,
  thresholds: MatchConfig['thresholds'],
  cutoff: number,
  minContentWords: number,
  minSharedRun: number,
): Verdict | null {
  if (c.shingleContainment >= thresholds.verbatim) return verdictOf(c, query, 'verbatim', c.shingleContainment, c.shingleContainment);
  const enoughWords = query.stems.length >= minContentWords || c.shingleContainment >= thresholds.nearVerbatim;
  if (enoughWords && c.probability >= cutoff) {
    return c.shingleContainment >= thresholds.nearVerbatim
      ? verdictOf(c, query, 'near-verbatim', c.shingleContainment, c.shingleContainment)
      : verdictOf(c, query, 'paraphrase', c.contentOverlap, c.contentOverlap);
  }
  // A block that pastes a long passage amid its own words (a page that merged its text with a
  // copied paragraph): the passage is reuse even though most of the block is not.
  if (c.longestRun >= minSharedRun) return verdictOf(c, query, 'near-verbatim', c.shingleContainment, c.shingleContainment);
  return null;
}

function verdictOf(c: Comparison, query: TextFeatures, relation: ReuseRelation, score: number, coverage: number): Verdict {
  return {
    relation,
    score,
    coverage,
    strength: (c.shingleContainment + c.contentOverlap) / 2,
    // Both measure order: the words in order (LCS) and the longest run word for word (which
    // still tells two spans apart when the verbatim shortcut skips the LCS).
    order: c.contentOverlap + c.longestRun / Math.max(1, query.wordCount),
  };
}
