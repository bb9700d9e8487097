/**
 * Scoring a page against the model: the mean story weight of the page's content words (a
 * density), so a long page that mentions Mexico once scores near zero while a short article full
 * of the story's terms scores like the corpus does.
 *
 *   score = sum over model terms t on the page of weight(t) * tf(t)
 *           / (number of content words on the page + lengthPrior)
 *
 * Raw term frequency, not 1 + ln(tf): with damped counts a long article on the story scored
 * lower than a short one (its own vocabulary keeps growing while the story's saturates), and held
 * out seed 003 (2,100 words) fell within 1% of the threshold once noise paragraphs were labelled;
 * with raw counts the density is the same at any length. One repeated name cannot carry a page
 * alone: names weigh less (MODEL.unseenNameCommonness) and a page must hit several distinct
 * terms. Runs on every article page: one pass over the words, one map lookup per distinct term.
 */
import { SCORE } from './config';
import { countTerms, type TermCounts } from './terms';
import type { TopicModel, TopicVerdict } from './types';

/** Raw density score and the per-term contributions. */
export interface Density {
  score: number;
  /** Matched model terms with their contribution, unordered. */
  hits: { term: string; weight: number }[];
}

/** The density of `page` under the term weights `weights`. */
export function density(weights: ReadonlyMap<string, number>, page: TermCounts): Density {
  let story = 0;
  const hits: { term: string; weight: number }[] = [];
  for (const [term, tf] of page.counts) {
    const w = weights.get(term);
    if (w === undefined) continue;
    story += w * tf;
    hits.push({ term, weight: w * tf });
  }
  return { score: story / (page.total + SCORE.lengthPrior), hits };
}

const lookups = new WeakMap<TopicModel, Map<string, number>>();

/** The model's terms as a map, built once per model object. */
function lookup(model: TopicModel): Map<string, number> {
  let map = lookups.get(model);
  if (!map) {
    map = new Map((Array.isArray(model.terms) ? model.terms : []).map((t) => [t.term, t.weight]));
    lookups.set(model, map);
  }
  return map;
}

/** Scores the page's content text against the model. Empty text or an empty model: off-topic, score 0. */
export function scoreTopic(model: TopicModel, text: string): TopicVerdict {
  // A corpus file from elsewhere may lack its model: no model, no story to be on.
  if (!model || typeof model !== 'object') return { onTopic: false, score: 0, terms: [] };
  const page = countTerms(typeof text === 'string' ? text : '');
  const { score, hits } = density(lookup(model), page);
  hits.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const threshold = Number.isFinite(model.threshold) ? model.threshold : Infinity;
  return {
    onTopic: hits.length >= SCORE.minDistinctTerms && score > 0 && score >= threshold,
    score: round(score),
    terms: hits.slice(0, SCORE.verdictTerms).map((h) => ({ term: h.term, weight: round(h.weight) })),
  };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
