/**
 * Builds the topic model from the corpus's content paragraphs (at corpus build time): the corpus
 * is grouped into subjects (cluster.ts), and each subject gets weighted terms and a threshold of
 * its own, both derived from its documents and the general-English background.
 */
import { CLUSTER, KINDS, MODEL } from './config';
import { clusterDocuments } from './cluster';
import { nameRunLengths, properNouns } from './proper-nouns';
import { countTerms } from './terms';
import { chooseThreshold, wordCount, type ThresholdBasis } from './threshold';
import type { TopicModel } from './types';
import { weighTerms, type WeightedTerm } from './weights';

/** What `buildTopicModel` reads of a corpus document (a `CorpusDocument` fits). */
export interface TopicSourceDocument {
  paragraphs: readonly { text: string; kind: 'content' | 'noise' }[];
}

/** Numbers behind a threshold, for review. */
export type TopicBasis = Omit<ThresholdBasis, 'threshold' | 'kindShares'>;

/** One subject of the corpus: its own term weights and threshold (raw density, see score.ts). */
export interface StoredTopicCluster {
  /** Number of corpus documents in the cluster. */
  documents: number;
  /** Density at or above which a page is on this subject. */
  threshold: number;
  /**
   * Indices into the model's `terms`, strongest first. Absent: every model term, with the model's
   * weight (a one-cluster model, the bundled one, stores its terms once).
   */
  terms?: number[];
  /** Weights parallel to `terms`. */
  weights?: number[];
  /**
   * The least share of a page's story weight that names, and that the other story terms, must
   * carry before its score is scaled down (score.ts; KINDS in config.ts). Absent: no such floor.
   */
  kinds?: { names: number; topic: number };
  basis: TopicBasis;
}

/**
 * The stored model. Scores are ratios to a cluster's threshold, so the model's `threshold` is 1:
 * `score` is the best ratio over clusters, and a page is on-topic when `score >= threshold`.
 */
export interface StoredTopicModel extends TopicModel {
  /** Bumped when the scoring changes meaning, so an old model can be told apart. */
  version: number;
  /** Every cluster's terms, each at its highest weight in any cluster, strongest first. */
  terms: { term: string; weight: number }[];
  /** Indices into `terms` of the terms that are names (proper-nouns.ts), ascending. */
  names: number[];
  clusters: StoredTopicCluster[];
  /**
   * The clusters' numbers in threshold units (1 = a threshold): the lowest held-out percentile
   * and median and the highest null score over clusters; `windows` summed.
   */
  basis: TopicBasis;
}

/**
 * 3: names and the other story terms scored as two kinds (`names`, clusters' `kinds`), a name of
 * several words weighed once. 2: per-cluster models, score as a ratio to the threshold. 1: one
 * pooled model, raw density.
 */
export const TOPIC_MODEL_VERSION = 3;

function round(x: number, decimals: number = MODEL.weightDecimals): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** Builds the topic model of a corpus. An empty corpus gives a model that finds every page off-topic. */
export function buildTopicModel(documents: readonly TopicSourceDocument[]): StoredTopicModel {
  const docs = (Array.isArray(documents) ? documents : []).map((d) => {
    const paragraphs: TopicSourceDocument['paragraphs'] = d?.paragraphs ?? [];
    const text = paragraphs.filter((p) => p.kind === 'content' && typeof p.text === 'string').map((p) => p.text);
    const counts = countTerms('');
    for (const p of text) countTerms(p, counts);
    return { text, counts };
  });
  const names = properNouns(docs.flatMap((d) => d.text));
  const nameRuns = nameRunLengths(docs.flatMap((d) => d.text), names);
  const groups = clusterDocuments(
    docs.map((d) => d.counts),
    names,
    docs.map((d) => d.text.reduce((n, p) => n + wordCount(p), 0)),
  );
  const limit = Math.min(MODEL.maxTerms, Math.max(CLUSTER.minClusterTerms, Math.floor(CLUSTER.termBudget / Math.max(1, groups.length))));
  const built = groups
    .map((members) => {
      const part = members.map((i) => docs[i]!);
      const terms = weighTerms(
        part.map((d) => d.counts),
        names,
        limit,
        nameRuns,
      );
      return { documents: members.length, terms, basis: chooseThreshold(terms, part, names, limit, nameRuns) };
    })
    // A cluster without terms (all its words counted once) can never be matched: leave it out.
    .filter((c) => c.terms.length > 0);
  return encode(built, names);
}

/** Stores the clusters compactly: term strings once, in `terms`; clusters refer to them by index. */
function encode(built: readonly { documents: number; terms: readonly WeightedTerm[]; basis: ThresholdBasis }[], names: ReadonlySet<string>): StoredTopicModel {
  const best = new Map<string, number>();
  for (const c of built) for (const t of c.terms) best.set(t.term, Math.max(best.get(t.term) ?? 0, round(t.weight)));
  const terms = [...best]
    .map(([term, weight]) => ({ term, weight }))
    .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const index = new Map(terms.map((t, i) => [t.term, i]));
  const single = built.length === 1;
  const clusters = built.map((c): StoredTopicCluster => {
    const { threshold, kindShares, ...basis } = c.basis;
    const out: StoredTopicCluster = {
      documents: c.documents,
      threshold: round(threshold, 4),
      basis: { windows: basis.windows, heldOutLow: round(basis.heldOutLow, 4), heldOutMedian: round(basis.heldOutMedian, 4), nullScore: round(basis.nullScore, 4) },
    };
    if (c.documents >= KINDS.minDocuments) {
      out.kinds = { names: round(KINDS.nameFloor * kindShares.names, 4), topic: round(KINDS.topicFloor * kindShares.topic, 4) };
    }
    if (!single) {
      out.terms = c.terms.map((t) => index.get(t.term)!);
      out.weights = c.terms.map((t) => round(t.weight));
    }
    return out;
  });
  const ratio = (x: number, c: StoredTopicCluster) => round(x / c.threshold, 4);
  return {
    version: TOPIC_MODEL_VERSION,
    terms,
    names: terms.flatMap((t, i) => (names.has(t.term) ? [i] : [])),
    // Scores are ratios to their cluster's threshold (score.ts), so the line is 1 for every cluster.
    threshold: 1,
    clusters,
    basis: {
      windows: clusters.reduce((n, c) => n + c.basis.windows, 0),
      heldOutLow: clusters.length ? Math.min(...clusters.map((c) => ratio(c.basis.heldOutLow, c))) : 0,
      heldOutMedian: clusters.length ? Math.min(...clusters.map((c) => ratio(c.basis.heldOutMedian, c))) : 0,
      nullScore: clusters.length ? Math.max(...clusters.map((c) => ratio(c.basis.nullScore, c))) : 0,
    },
  };
}
