/**
 * Scoring a page against the model. Per cluster (subject) of the corpus, the mean story weight of
 * the page's content words (a density), so a long page that mentions Mexico once scores near zero
 * while a short article full of the story's terms scores like the corpus does:
 *
 *   density(c) = sum over terms t of cluster c on the page of weight_c(t) * tf(t)
 *                / (number of content words on the page + lengthPrior)
 *   score      = max over clusters c of density(c) / threshold(c) * kindBalance(c)
 *
 * kindBalance (below): names and the other story terms are two kinds, and a page short of either
 * (fentanyl and overdoses without a story name, Mexican politics without the story's terms) is
 * scaled down.
 *
 * The score is a ratio to the threshold, so it reads the same for every corpus and cluster: 1 is
 * the line (the model's `threshold`), 0.5 half-way to it. A page is on the corpus's subject when it
 * is on any one cluster's.
 *
 * Raw term frequency, not 1 + ln(tf): with damped counts a long article on the story scored
 * lower than a short one (its own vocabulary keeps growing while the story's saturates), and held
 * out seed 003 (2,100 words) fell within 1% of the threshold once noise paragraphs were labelled;
 * with raw counts the density is the same at any length. One repeated name cannot carry a page
 * alone: names weigh less (MODEL.unseenNameCommonness) and a page must hit several distinct
 * terms of the cluster. Runs on every article page: one pass over the page's distinct terms, one
 * map lookup each, then one pass more for the winning cluster's driving terms.
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

/** The density of `page` under the term weights `weights` (one cluster; the threshold uses it). */
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

/** The model decoded for scoring: per term, the clusters holding it, with its weight in each. */
interface Lookup {
  /** term -> [cluster, weight, cluster, weight, ...] */
  postings: Map<string, number[]>;
  /** Per cluster, the threshold its density is divided by. */
  thresholds: number[];
  /** Per cluster, the least share of story weight names and the other terms must carry (0: none). */
  nameFloors: number[];
  topicFloors: number[];
  /** The terms that are names. */
  names: Set<string>;
}

const lookups = new WeakMap<TopicModel, Lookup>();

const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : NaN);

/** Decodes the model once per model object (a model from JSON, or damaged, decodes to what it can). */
function lookup(model: TopicModel): Lookup {
  let found = lookups.get(model);
  if (found) return found;
  const terms = Array.isArray(model.terms) ? model.terms : [];
  const postings = new Map<string, number[]>();
  const thresholds: number[] = [];
  const nameFloors: number[] = [];
  const topicFloors: number[] = [];
  const names = new Set<string>();
  if (Array.isArray(model.names)) for (const i of model.names as unknown[]) if (typeof terms[num(i)]?.term === 'string') names.add(terms[num(i)]!.term);
  const post = (term: unknown, cluster: number, weight: number) => {
    if (typeof term !== 'string' || !(weight > 0)) return;
    const list = postings.get(term);
    if (list) list.push(cluster, weight);
    else postings.set(term, [cluster, weight]);
  };
  if (Array.isArray(model.clusters)) {
    for (const raw of model.clusters as unknown[]) {
      const c = (raw ?? {}) as { threshold?: unknown; terms?: unknown; weights?: unknown; kinds?: { names?: unknown; topic?: unknown } };
      const threshold = num(c.threshold);
      if (!(threshold > 0)) continue; // a cluster with no usable line can accept nothing
      const k = thresholds.push(threshold) - 1;
      nameFloors.push(Math.max(0, num(c.kinds?.names)) || 0);
      topicFloors.push(Math.max(0, num(c.kinds?.topic)) || 0);
      if (Array.isArray(c.terms) && Array.isArray(c.weights)) {
        c.terms.forEach((i: unknown, j) => post(terms[num(i)]?.term, k, num((c.weights as unknown[])[j])));
      } else for (const t of terms) post(t?.term, k, num(t?.weight));
    }
  } else {
    // A version-1 model (one pooled model, no clusters): its threshold is a raw density, so the
    // one implicit cluster divides by 1 and the score stays in the units its threshold uses.
    thresholds.push(1);
    nameFloors.push(0);
    topicFloors.push(0);
    for (const t of terms) post(t?.term, 0, num(t?.weight));
  }
  found = { postings, thresholds, nameFloors, topicFloors, names };
  lookups.set(model, found);
  return found;
}

/** Scores the page's content text against the model. Empty text or an empty model: off-topic, score 0. */
export function scoreTopic(model: TopicModel, text: string): TopicVerdict {
  // A corpus file from elsewhere may lack its model: no model, no story to be on.
  if (!model || typeof model !== 'object') return { onTopic: false, score: 0, terms: [] };
  const page = countTerms(typeof text === 'string' ? text : '');
  const { postings, thresholds, nameFloors, topicFloors, names } = lookup(model);
  const sums = new Float64Array(thresholds.length);
  const named = new Float64Array(thresholds.length);
  const distinct = new Uint32Array(thresholds.length);
  for (const [term, tf] of page.counts) {
    const list = postings.get(term);
    if (!list) continue;
    const isName = names.has(term);
    for (let i = 0; i < list.length; i += 2) {
      sums[list[i]!]! += list[i + 1]! * tf;
      if (isName) named[list[i]!]! += list[i + 1]! * tf;
      distinct[list[i]!]!++;
    }
  }
  // The best cluster among those the page hits broadly enough; with none, the best of the rest,
  // so a thin page still gets an informative (off-topic) score.
  let best = -1;
  let bestBroad = false;
  let bestRatio = 0;
  for (let c = 0; c < thresholds.length; c++) {
    const broad = distinct[c]! >= SCORE.minDistinctTerms;
    const ratio = (sums[c]! / (page.total + SCORE.lengthPrior) / thresholds[c]!) * kindBalance(named[c]!, sums[c]!, nameFloors[c]!, topicFloors[c]!);
    // Any cluster the page hits can be the best, even at a ratio of 0 (one kind missing), so the
    // verdict still names the terms it found.
    const better = best < 0 || (broad && !bestBroad) || (broad === bestBroad && ratio > bestRatio);
    if (sums[c]! > 0 && better) [best, bestBroad, bestRatio] = [c, broad, ratio];
  }
  const hits: { term: string; weight: number }[] = [];
  if (best >= 0) {
    for (const [term, tf] of page.counts) {
      const list = postings.get(term);
      if (!list) continue;
      for (let i = 0; i < list.length; i += 2) if (list[i] === best) hits.push({ term, weight: list[i + 1]! * tf });
    }
  }
  hits.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const threshold = Number.isFinite(model.threshold) ? model.threshold : Infinity;
  return {
    onTopic: bestBroad && bestRatio >= threshold,
    // Rounded down, so that `score >= threshold` (1) holds exactly when the page is on-topic.
    score: Math.floor(bestRatio * 1e4) / 1e4,
    terms: hits.slice(0, SCORE.verdictTerms).map((h) => ({ term: h.term, weight: round(h.weight) })),
  };
}

/**
 * Both kinds of story terms must be there (KINDS in config.ts): when names carry less than
 * `nameFloor` of the page's story weight, or the other terms less than `topicFloor`, the density
 * is scaled down in proportion (a page without any story name scores 0). The floors come from the
 * corpus's held-out windows; a cluster without them (a corpus without names) has floors of 0.
 */
export function kindBalance(named: number, total: number, nameFloor: number, topicFloor: number): number {
  if (!(total > 0)) return 0;
  const nameShare = named / total;
  const fit = (share: number, floor: number) => (floor > 0 ? Math.min(1, share / floor) : 1);
  return fit(nameShare, nameFloor) * fit(1 - nameShare, topicFloor);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
