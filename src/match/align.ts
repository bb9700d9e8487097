/**
 * The synonym-aware comparison of a query with one candidate span, word by word and sentence by
 * sentence. Spinners and rewriters swap words for synonyms ("senior" -> "high-ranking", "illicit"
 * -> "illegal") and split, merge and reorder sentences; so a query stem matches a span stem
 * exactly, or softly when the synonym graph links them, and each query sentence is aligned with
 * the span sentence (or two adjacent ones, merged) that it shares most specific words with, as
 * the best PAN text-alignment systems seed on sentence pairs (research.md).
 *
 * Runs on the few verified candidates only: one pass over a query-by-span match grid.
 */
import type { TextFeatures } from './features';

/** What the matcher needs of a synonym graph: a stem's neighbours, by stem hash. */
export interface SynonymLinks {
  /** Stem hashes linked to `stemHash`, ascending; empty when none. */
  neighbours(stemHash: number): Uint32Array;
}

/** A thesaurus link is weaker evidence than the same word: half of an exact match. */
export const SYNONYM_CREDIT = 0.5;
/**
 * A query sentence is aligned when its similarity (weighted Dice on specific words) reaches this.
 * Sanchez-Perez et al. (PAN 2014) seed on sentence pairs with Dice >= 0.33 on stemmed content words.
 */
export const ALIGNED_SENTENCE = 0.33;

/** What is computed once per query: its weights, and where each distinct stem occurs. */
export interface QueryContext {
  features: TextFeatures;
  /** Specificity weight of each query stem, aligned with `features.stems`. */
  weights: Float64Array;
  /** Query stem positions grouped by distinct stem: those of `features.stemSet[k]` are
   *  `order[runStart[k]] .. order[runStart[k + 1] - 1]`. */
  order: Int32Array;
  runStart: Int32Array;
}

export function queryContext(features: TextFeatures, weights: Float64Array): QueryContext {
  const n = features.stems.length;
  const stems = features.stems;
  const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => stems[a]! - stems[b]! || a - b);
  const runStart = new Int32Array(features.stemSet.length + 1);
  let k = 0;
  for (let r = 0; r < n; r++) {
    while (features.stemSet[k] !== stems[order[r]!]) runStart[++k] = r;
  }
  runStart.fill(n, k + 1);
  return { features, weights, order, runStart };
}

/**
 * The synonym stems of each of a span's stems (empty arrays without a graph), looked up once per
 * corpus paragraph: a link is symmetric, so the span side alone finds every linked query stem.
 */
export function spanSynonyms(span: TextFeatures, synonyms: SynonymLinks | null): Uint32Array[] | null {
  if (!synonyms) return null;
  return Array.from(span.stems, (h) => synonyms.neighbours(h));
}

/** A query sentence and the span sentences it aligns with. */
export interface SentencePair {
  /** Index of the query sentence (in `sentenceStarts` order). */
  query: number;
  /** First and last span sentence (equal unless the query merged two). */
  spanFrom: number;
  spanTo: number;
  /** Weighted Dice similarity in [0, 1]. */
  score: number;
}

/** How a query compares with a span, synonyms and sentences taken into account. */
export interface SoftComparison {
  /** Specificity-weighted share of the query's stems found in the span, half in order (LCS), half as a set. */
  contentOverlap: number;
  /** Share of the query's adjacent stem pairs found adjacent in the span. */
  bigramContainment: number;
  /** Share of the query's weight in sentences that align with a span sentence. */
  alignedCoverage: number;
  /** Weight-averaged best similarity of the query's sentences (aligned or not). */
  alignedMean: number;
  /** Matched share of the squared weights: how much of the rarest evidence is shared. */
  rareShare: number;
  /** Share of the matched weight that came through synonyms. */
  synonymShare: number;
  /** Aligned sentence pairs, in query order. */
  pairs: SentencePair[];
  /** Per query stem: 0 unmatched, 1 matched through a synonym, 2 matched exactly. */
  credit: Uint8Array;
  /** For a synonym-matched query stem: the span stem position it matched. */
  partner: Int32Array;
  /** Number of query sentences. */
  querySentences: number;
}

let grid = new Uint8Array(1 << 16);
let colBest = new Uint8Array(1024);

const CREDIT = [0, SYNONYM_CREDIT, 1];

export function softCompare(
  q: QueryContext,
  span: TextFeatures,
  spanWeights: Float64Array,
  /** `spanSynonyms(span)`, or null for exact words only. */
  spanNeighbours: Uint32Array[] | null,
): SoftComparison {
  const a = q.features.stems;
  const b = span.stems;
  const set = q.features.stemSet;
  const n = a.length;
  const m = b.length;
  if (grid.length < n * m) grid = new Uint8Array(2 * n * m);
  if (colBest.length < m) colBest = new Uint8Array(2 * m);
  grid.fill(0, 0, n * m);
  const credit = new Uint8Array(n);
  const partner = new Int32Array(n).fill(-1);
  // The match grid: 2 the same stem, 1 linked by the thesaurus, 0 neither. Filled column by
  // column from the span side: its stem's query positions, then its synonyms' (one merge each).
  const mark = (k: number, j: number, v: number) => {
    for (let r = q.runStart[k]!; r < q.runStart[k + 1]!; r++) {
      const i = q.order[r]!;
      if (grid[i * m + j]! < v) grid[i * m + j] = v;
    }
  };
  for (let j = 0; j < m; j++) {
    const exact = indexIn(set, b[j]!);
    if (exact >= 0) mark(exact, j, 2);
    const nb = spanNeighbours?.[j];
    if (!nb || nb.length === 0) continue;
    let x = 0;
    let y = 0;
    while (x < nb.length && y < set.length) {
      const u = nb[x]!;
      const v = set[y]!;
      if (u === v) {
        mark(y, j, 1);
        x++;
        y++;
      } else if (u < v) x++;
      else y++;
    }
  }
  for (let i = 0; i < n; i++) {
    const row = i * m;
    let best = 0;
    for (let j = 0; j < m && best < 2; j++) {
      const v = grid[row + j]!;
      if (v > best) best = v;
      if (v === 1 && partner[i] === -1) partner[i] = j;
    }
    credit[i] = best;
  }

  // Set and order overlap, weighted by specificity.
  let total = 0;
  let inSet = 0;
  let totalSq = 0;
  let inSetSq = 0;
  let viaSynonym = 0;
  for (let i = 0; i < n; i++) {
    const w = q.weights[i]!;
    const c = CREDIT[credit[i]!]!;
    total += w;
    inSet += c * w;
    totalSq += w * w;
    inSetSq += c * w * w;
    if (credit[i] === 1) viaSynonym += c * w;
  }
  const ordered = softLcs(n, m, q.weights);
  const contentOverlap = total ? (ordered + inSet) / (2 * total) : 0;

  // Adjacent pairs kept adjacent (a rewrite keeps local phrases; independent text rarely does).
  let bigramHits = 0;
  for (let i = 0; i + 1 < n; i++) {
    let best = 0;
    const r1 = i * m;
    const r2 = (i + 1) * m;
    for (let j = 0; j + 1 < m && best < 2; j++) {
      const v = Math.min(grid[r1 + j]!, grid[r2 + j + 1]!);
      if (v > best) best = v;
    }
    bigramHits += CREDIT[best]!;
  }
  const bigramContainment = n > 1 ? bigramHits / (n - 1) : 0;

  const { pairs, coverage, mean, querySentences } = alignSentences(q, span, spanWeights, n, m);
  return {
    contentOverlap,
    bigramContainment,
    alignedCoverage: coverage,
    alignedMean: mean,
    rareShare: totalSq ? inSetSq / totalSq : 0,
    synonymShare: inSet ? viaSynonym / inSet : 0,
    pairs,
    credit,
    partner,
    querySentences,
  };
}

/** Position of `value` in the ascending array `sorted`, or -1. */
function indexIn(sorted: Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Sentence ranges [start, end) over a stems array. */
function ranges(starts: Uint32Array, length: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = k + 1 < starts.length ? starts[k + 1]! : length;
    if (to > from) out.push([from, to]);
  }
  return out;
}

/** Weighted Dice of query stems [i0, i1) against span stems [j0, j1), from the grid. */
function rangeSimilarity(
  q: QueryContext,
  spanWeights: Float64Array,
  m: number,
  i0: number,
  i1: number,
  j0: number,
  j1: number,
): number {
  let rowSum = 0;
  let rowTotal = 0;
  colBest.fill(0, j0, j1);
  for (let i = i0; i < i1; i++) {
    const row = i * m;
    let best = 0;
    for (let j = j0; j < j1; j++) {
      const v = grid[row + j]!;
      if (v > best) best = v;
      if (v > colBest[j]!) colBest[j] = v;
    }
    rowSum += CREDIT[best]! * q.weights[i]!;
    rowTotal += q.weights[i]!;
  }
  let colSum = 0;
  let colTotal = 0;
  for (let j = j0; j < j1; j++) {
    colSum += CREDIT[colBest[j]!]! * spanWeights[j]!;
    colTotal += spanWeights[j]!;
  }
  const denominator = rowTotal + colTotal;
  return denominator ? (rowSum + colSum) / denominator : 0;
}

function alignSentences(q: QueryContext, span: TextFeatures, spanWeights: Float64Array, n: number, m: number) {
  const qs = ranges(q.features.sentenceStarts, n);
  const ss = ranges(span.sentenceStarts, m);
  const pairs: SentencePair[] = [];
  let total = 0;
  let aligned = 0;
  let weightedBest = 0;
  for (let k = 0; k < qs.length; k++) {
    const [i0, i1] = qs[k]!;
    let weight = 0;
    for (let i = i0; i < i1; i++) weight += q.weights[i]!;
    let best = 0;
    let bestFrom = -1;
    let bestTo = -1;
    for (let t = 0; t < ss.length; t++) {
      const [j0, j1] = ss[t]!;
      const sim = rangeSimilarity(q, spanWeights, m, i0, i1, j0, j1);
      if (sim > best) {
        best = sim;
        bestFrom = bestTo = t;
      }
    }
    // The query may have merged the best sentence with its neighbour (or the span split one).
    if (bestFrom >= 0) {
      for (const [from, to] of [[bestFrom - 1, bestFrom], [bestFrom, bestFrom + 1]] as const) {
        if (from < 0 || to >= ss.length) continue;
        const sim = rangeSimilarity(q, spanWeights, m, i0, i1, ss[from]![0], ss[to]![1]);
        if (sim > best) {
          best = sim;
          bestFrom = from;
          bestTo = to;
        }
      }
    }
    total += weight;
    weightedBest += weight * best;
    if (best >= ALIGNED_SENTENCE) {
      aligned += weight;
      pairs.push({ query: k, spanFrom: bestFrom, spanTo: bestTo, score: best });
    }
  }
  return {
    pairs,
    coverage: total ? aligned / total : 0,
    mean: total ? weightedBest / total : 0,
    querySentences: qs.length,
  };
}

let lcsA = new Float64Array(256);
let lcsB = new Float64Array(256);

/** Weighted longest common subsequence over the grid (exact = weight, synonym = credit x weight). */
function softLcs(n: number, m: number, weights: Float64Array): number {
  if (n === 0 || m === 0) return 0;
  if (lcsA.length < m + 1) {
    lcsA = new Float64Array(2 * (m + 1));
    lcsB = new Float64Array(2 * (m + 1));
  }
  let prev = lcsA;
  let curr = lcsB;
  prev.fill(0, 0, m + 1);
  curr[0] = 0;
  for (let i = 1; i <= n; i++) {
    const w = weights[i - 1]!;
    const row = (i - 1) * m;
    for (let j = 1; j <= m; j++) {
      const v = grid[row + j - 1]!;
      const diag = v ? prev[j - 1]! + CREDIT[v]! * w : 0;
      const up = prev[j]!;
      const left = curr[j - 1]!;
      curr[j] = up > left ? (up > diag ? up : diag) : left > diag ? left : diag;
    }
    const done = prev;
    prev = curr;
    curr = done;
  }
  return prev[m]!;
}
