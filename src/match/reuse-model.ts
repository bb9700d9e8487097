/**
 * One decision: is this page text reused from this corpus span? A logistic regression over the
 * comparison's features, its weights fitted on real data (scripts/fit-reuse-model.ts writes
 * reuse-model.json from the development split of bench/data/reuse-real and the seed pairs) rather
 * than a chain of hand-set thresholds. The user's sensitivity moves the cut-off on its probability.
 */
import model from './reuse-model.json';

/** The features, in the order the weights are stored. Each has a reason to be evidence of reuse. */
export const FEATURE_NAMES = [
  /** Share of the query's word 3-grams in the span: copied wording. */
  'containment',
  /** Specificity-weighted, synonym-aware share of the query's content words in the span, in order and as a set. */
  'contentOverlap',
  /** Share of the query's adjacent content-word pairs kept adjacent (local phrases survive rewriting). */
  'bigrams',
  /** Share of the query's weight in sentences aligned with span sentences. */
  'alignedCoverage',
  /** Weight-averaged best sentence similarity. */
  'alignedMean',
  /** Matched share of the squared weights: the rarest words (names, numbers) carry most. */
  'rareShare',
  /** Longest run shared word for word, as a share of the query. */
  'longestRun',
  /** ln(content words) / 5: a long text that shares this much is less likely a coincidence. */
  'length',
  /** Share of the matched weight that came through synonyms (a thesaurus link is looser). */
  'synonymShare',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

/** The stored model: weights in FEATURE_NAMES order, a bias and the default cut-off. */
export interface ReuseModel {
  features: readonly string[];
  weights: number[];
  bias: number;
  /** Probability at or above which a pair is reuse at the default sensitivity (0.5). */
  cutoff: number;
  /** What it was fitted on, and its figures there (for the record). */
  fittedOn: string;
}

export const REUSE_MODEL: ReuseModel = model as ReuseModel;

if (REUSE_MODEL.features.join() !== FEATURE_NAMES.join()) {
  throw new Error('reuse-model.json was fitted on other features; run scripts/fit-reuse-model.ts');
}

/** Each feature's contribution to the log-odds (weight x value), for explaining a decision. */
export function contributions(x: FeatureVector, m: ReuseModel = REUSE_MODEL): Record<FeatureName, number> {
  const out = {} as Record<FeatureName, number>;
  FEATURE_NAMES.forEach((name, k) => (out[name] = m.weights[k]! * x[name]));
  return out;
}

/** P(reuse) for a feature vector. */
export function reuseProbability(x: FeatureVector, m: ReuseModel = REUSE_MODEL): number {
  let z = m.bias;
  FEATURE_NAMES.forEach((name, k) => (z += m.weights[k]! * x[name]));
  return 1 / (1 + Math.exp(-z));
}

/**
 * The cut-off for a sensitivity (0 strict .. 1 loose; 0.5 = the fitted cut-off): moved on the
 * log-odds scale, so each step of the setting changes the odds by the same factor.
 */
export function cutoffFor(sensitivity = 0.5, m: ReuseModel = REUSE_MODEL, priorOdds = 1): number {
  const s = Math.min(1, Math.max(0, sensitivity));
  // Raising the prior odds by k is lowering the cut-off's odds by k (Bayes' rule on the odds).
  const logit = Math.log(m.cutoff / (1 - m.cutoff)) + (0.5 - s) * 4 - Math.log(Math.max(1e-6, priorOdds));
  return 1 / (1 + Math.exp(-logit));
}
