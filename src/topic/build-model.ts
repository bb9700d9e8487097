/**
 * Builds the topic model from the corpus's content paragraphs (at corpus build time): weighted
 * story terms and a threshold, both derived from the corpus and the general-English background.
 */
import { MODEL } from './config';
import { properNouns } from './proper-nouns';
import { countTerms } from './terms';
import { chooseThreshold, type ThresholdBasis } from './threshold';
import type { TopicModel } from './types';
import { weighTerms } from './weights';

/** What `buildTopicModel` reads of a corpus document (a `CorpusDocument` fits). */
export interface TopicSourceDocument {
  paragraphs: readonly { text: string; kind: 'content' | 'noise' }[];
}

/** The stored model: the contract's fields plus how the threshold was reached. */
export interface StoredTopicModel extends TopicModel {
  /** Bumped when the scoring changes meaning, so an old model can be told apart. */
  version: number;
  /** Numbers behind the threshold, for review. */
  basis: Omit<ThresholdBasis, 'threshold'>;
}

export const TOPIC_MODEL_VERSION = 1;

function round(x: number): number {
  const f = 10 ** MODEL.weightDecimals;
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
  const terms = weighTerms(docs.map((d) => d.counts), names);
  const basis = chooseThreshold(terms, docs, names);
  const { threshold, ...rest } = basis;
  return {
    version: TOPIC_MODEL_VERSION,
    terms: terms.map((t) => ({ term: t.term, weight: round(t.weight) })),
    // An empty model has no terms, so no page reaches any threshold; 1 keeps the JSON finite.
    threshold: terms.length > 0 ? round(threshold) : 1,
    basis: {
      windows: rest.windows,
      heldOutLow: round(rest.heldOutLow),
      heldOutMedian: round(rest.heldOutMedian),
      nullScore: round(rest.nullScore),
    },
  };
}
