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
import { sortedIndexOf, type TextFeatures } from './features';

/** What the matcher needs of a synonym graph: a stem's neighbours, by stem hash. */
export interface SynonymLinks {
  /** Stem hashes linked to `stemHash`, ascending; empty when none. */
  neighbours(stemHash: number): Uint32Array;
}

/**
 * A stem linked to more than this many others (the 1% most-linked in Moby: get, make, rank,
 * changer) is evidence of nothing: its links are not used. This also bounds the cost of a lookup.
 */
export const MAX_SYNONYM_DEGREE = 300;

/** A thesaurus link is weaker evidence than the same word: half of an exact match. */
export const SYNONYM_CREDIT = 0.5;
/**
 * A query sentence is aligned when its similarity (weighted Dice on specific words) reaches this.
 * Sanchez-Perez et al. (PAN 2014) seed on sentence pairs with Dice >= 0.33 on stemmed content words.
 */
export const ALIGNED_SENTENCE = 0.33;

const EMPTY = new Uint32Array(0);

/** What is computed once per query: its weights, and where each distinct stem occurs. */
export interface QueryContext {
  features: TextFeatures;
  /** Specificity weight of each query stem, aligned with `features.stems`. */
  weights: Float64Array;
  /** Query stem positions grouped by distinct stem: those of `features.stemSet[k]` are
   *  `order[runStart[k]] .. order[runStart[k + 1] - 1]`. */
  order: Int32Array;
  runStart: Int32Array;
  /** 1 for a distinct query stem whose links are not used (MAX_SYNONYM_DEGREE). */
  hub: Uint8Array;
  /** A bit filter of the query's stems (8,192 bits): most neighbours fail it at one test. */
  filter: Uint32Array;
}

const FILTER_MASK = 255;

export function queryContext(
  features: TextFeatures,
  weights: Float64Array,
  /** True for a stem whose links are not used (MAX_SYNONYM_DEGREE); absent without a graph. */
  isHub: ((stemHash: number) => boolean) | null = null,
): QueryContext {
  // A counting sort of the positions by their stem's place in the sorted distinct stems (no
  // comparator: this runs once per lookup).
  const n = features.stems.length;
  const set = features.stemSet;
  const slot = new Int32Array(n);
  const runStart = new Int32Array(set.length + 1);
  for (let i = 0; i < n; i++) {
    slot[i] = sortedIndexOf(set, features.stems[i]!);
    runStart[slot[i]! + 1]!++;
  }
  for (let k = 0; k < set.length; k++) runStart[k + 1]! += runStart[k]!;
  const fill = runStart.slice(0, set.length);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[slot[i]!]!++] = i;
  const hub = new Uint8Array(set.length);
  if (isHub) for (let k = 0; k < set.length; k++) hub[k] = isHub(set[k]!) ? 1 : 0;
  const filter = new Uint32Array(FILTER_MASK + 1);
  for (let k = 0; k < set.length; k++) {
    const h = set[k]!;
    filter[(h >>> 5) & FILTER_MASK]! |= 1 << (h & 31);
  }
  return { features, weights, order, runStart, hub, filter };
}

/**
 * The synonym stems of each of a span's stems (empty arrays without a graph), looked up once per
 * corpus paragraph: a link is symmetric, so the span side alone finds every linked query stem.
 */
export function spanSynonyms(span: TextFeatures, synonyms: SynonymLinks | null): Uint32Array[] | null {
  if (!synonyms) return null;
  return Array.from(span.stems, (h) => {
    const nb = synonyms.neighbours(h);
    return nb.length > MAX_SYNONYM_DEGREE ? EMPTY : nb;
  });
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
  /** Per query stem: 0 unmatched, 1 matched through a synonym, 2 matched exactly (a view of a
   *  buffer the next comparison overwrites: read it at once). */
  credit: Uint8Array;
  /** For a synonym-matched query stem: the span stem position it matched (the same caveat). */
  partner: Int32Array;
  /** Number of query sentences. */
  querySentences: number;
}

let grid = new Uint8Array(1 << 16);
// credit and partner of the latest comparison (valid until the next one: explaining a match uses
// them straight after its own comparison).
let creditScratch = new Uint8Array(256);
let partnerScratch = new Int32Array(256);
let spanWordInQuery = new Uint8Array(1024);
let active = new Int32Array(1024);
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
  if (creditScratch.length < n) {
    creditScratch = new Uint8Array(2 * n);
    partnerScratch = new Int32Array(2 * n);
  }
  const credit = creditScratch.subarray(0, n);
  const partner = partnerScratch.subarray(0, n);
  credit.fill(0);
  partner.fill(-1);
  // The match grid: 2 the same stem, 1 linked by the thesaurus, 0 neither. Filled column by
  // column from the span side: its stem's query positions, then its synonyms' (one merge each).
  if (spanWordInQuery.length < m) spanWordInQuery = new Uint8Array(2 * m);
  spanWordInQuery.fill(0, 0, m);
  if (active.length < m) active = new Int32Array(2 * m);
  let activeCount = 0;
  for (let j = 0; j < m; j++) {
    let marked = false;
    const exact = sortedIndexOf(set, b[j]!);
    if (exact >= 0) {
      mark(q, m, exact, j, 2);
      spanWordInQuery[j] = 1;
      marked = true;
    }
    const nb = spanNeighbours?.[j];
    if (nb && nb.length > 0) {
      // A neighbour is a query stem only if its bit is set in the query's filter: one test per
      // neighbour, and a binary search for the few that pass.
      for (let x = 0; x < nb.length; x++) {
        const u = nb[x]!;
        if ((q.filter[(u >>> 5) & FILTER_MASK]! & (1 << (u & 31))) === 0) continue;
        const y = sortedIndexOf(set, u);
        if (y >= 0 && !q.hub[y]) {
          mark(q, m, y, j, 1);
          marked = true;
        }
      }
    }
    if (marked) active[activeCount++] = j;
  }
  // Columns that match anything: the rest can change no overlap, pair or alignment, so every
  // later pass walks these only (most of an unrelated candidate's words match nothing).
  const cols = active.subarray(0, activeCount);
  for (let i = 0; i < n; i++) {
    const row = i * m;
    let best = 0;
    for (let c = 0; c < cols.length; c++) {
      const j = cols[c]!;
      const v = grid[row + j]!;
      if (v > best) best = v;
      // The partner of a synonym match: preferably a span word the query does not use itself
      // (the word that was replaced), for explaining the match.
      if (v === 1 && (partner[i] === -1 || (spanWordInQuery[partner[i]!] && !spanWordInQuery[j]))) partner[i] = j;
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
  const ordered = softLcs(n, m, cols, q.weights);
  const contentOverlap = total ? (ordered + inSet) / (2 * total) : 0;

  // Adjacent pairs kept adjacent (a rewrite keeps local phrases; independent text rarely does).
  let bigramHits = 0;
  for (let i = 0; i + 1 < n; i++) {
    let best = 0;
    const r1 = i * m;
    const r2 = (i + 1) * m;
    for (let c = 0; c < cols.length && best < 2; c++) {
      const j = cols[c]!;
      if (j + 1 >= m) break;
      const v = Math.min(grid[r1 + j]!, grid[r2 + j + 1]!);
      if (v > best) best = v;
    }
    bigramHits += CREDIT[best]!;
  }
  const bigramContainment = n > 1 ? bigramHits / (n - 1) : 0;

  const { pairs, coverage, mean, querySentences } = alignSentences(q, span, spanWeights, n, m, cols);
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

/** Marks grid column `j` with `v` at every query position of distinct stem `k` (keeping a higher mark). */
function mark(q: QueryContext, m: number, k: number, j: number, v: number): void {
  for (let r = q.runStart[k]!; r < q.runStart[k + 1]!; r++) {
    const at = q.order[r]! * m + j;
    if (grid[at]! < v) grid[at] = v;
  }
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

/**
 * Weighted Dice of query stems [i0, i1) against the span stems of active columns cols[c0..c1),
 * whose sentence(s) weigh `spanTotal` in all: from the grid.
 */
function rangeSimilarity(
  q: QueryContext,
  spanWeights: Float64Array,
  m: number,
  cols: Int32Array,
  i0: number,
  i1: number,
  c0: number,
  c1: number,
  spanTotal: number,
): number {
  let rowSum = 0;
  let rowTotal = 0;
  colBest.fill(0, c0, c1);
  for (let i = i0; i < i1; i++) {
    const row = i * m;
    let best = 0;
    for (let c = c0; c < c1; c++) {
      const v = grid[row + cols[c]!]!;
      if (v > best) best = v;
      if (v > colBest[c]!) colBest[c] = v;
    }
    rowSum += CREDIT[best]! * q.weights[i]!;
    rowTotal += q.weights[i]!;
  }
  let colSum = 0;
  for (let c = c0; c < c1; c++) colSum += CREDIT[colBest[c]!]! * spanWeights[cols[c]!]!;
  const denominator = rowTotal + spanTotal;
  return denominator ? (rowSum + colSum) / denominator : 0;
}

/** What choosing a query range's best span sentence needs (see alignSentences). */
interface SentenceContext {
  q: QueryContext;
  spanWeights: Float64Array;
  m: number;
  cols: Int32Array;
  ss: [number, number][];
  colFrom: Int32Array;
  colTo: Int32Array;
  sentenceWeight: Float64Array;
}

/** The best span sentence (or two adjacent ones) for query stems [i0, i1): [score, from, to]. */
function bestSentence(x: SentenceContext, i0: number, i1: number): [number, number, number] {
  const { q, spanWeights, m, cols, ss, colFrom, colTo, sentenceWeight } = x;
  let best = 0;
  let bestFrom = -1;
  let bestTo = -1;
  for (let t = 0; t < ss.length; t++) {
    if (colTo[t] === colFrom[t]) continue; // nothing in it matches
    const sim = rangeSimilarity(q, spanWeights, m, cols, i0, i1, colFrom[t]!, colTo[t]!, sentenceWeight[t]!);
    if (sim > best) {
      best = sim;
      bestFrom = bestTo = t;
    }
  }
  // The query may have merged the best sentence with its neighbour (or the span split one).
  if (bestFrom >= 0) {
    const single = bestFrom;
    for (let from = single - 1; from <= single; from++) {
      const to = from + 1;
      if (from < 0 || to >= ss.length) continue;
      const sim = rangeSimilarity(q, spanWeights, m, cols, i0, i1, colFrom[from]!, colTo[to]!, sentenceWeight[from]! + sentenceWeight[to]!);
      if (sim > best) {
        best = sim;
        bestFrom = from;
        bestTo = to;
      }
    }
  }
  return [best, bestFrom, bestTo];
}

let sentenceWeightScratch = new Float64Array(64);
let colFromScratch = new Int32Array(64);
let colToScratch = new Int32Array(64);

function alignSentences(q: QueryContext, span: TextFeatures, spanWeights: Float64Array, n: number, m: number, cols: Int32Array) {
  const qs = ranges(q.features.sentenceStarts, n);
  const ss = ranges(span.sentenceStarts, m);
  // Each span sentence's weight, and its first and last active column.
  if (sentenceWeightScratch.length < ss.length) {
    sentenceWeightScratch = new Float64Array(2 * ss.length);
    colFromScratch = new Int32Array(2 * ss.length);
    colToScratch = new Int32Array(2 * ss.length);
  }
  const sentenceWeight = sentenceWeightScratch.subarray(0, ss.length).fill(0);
  const colFrom = colFromScratch.subarray(0, ss.length);
  const colTo = colToScratch.subarray(0, ss.length);
  let c = 0;
  for (let t = 0; t < ss.length; t++) {
    const [j0, j1] = ss[t]!;
    for (let j = j0; j < j1; j++) sentenceWeight[t] = sentenceWeight[t]! + spanWeights[j]!;
    while (c < cols.length && cols[c]! < j0) c++;
    colFrom[t] = c;
    while (c < cols.length && cols[c]! < j1) c++;
    colTo[t] = c;
  }
  if (colBest.length < cols.length) colBest = new Uint8Array(2 * cols.length);
  const ctx: SentenceContext = { q, spanWeights, m, cols, ss, colFrom, colTo, sentenceWeight };
  const results: [number, number, number][] = [];
  for (const [i0, i1] of qs) results.push(bestSentence(ctx, i0, i1));
  // The page may have split one source sentence in two: two adjacent query sentences that do
  // not align alone are tried together.
  for (let k = 0; k + 1 < qs.length; k++) {
    if (results[k]![0] >= ALIGNED_SENTENCE || results[k + 1]![0] >= ALIGNED_SENTENCE) continue;
    const together = bestSentence(ctx, qs[k]![0], qs[k + 1]![1]);
    if (together[0] >= ALIGNED_SENTENCE) {
      results[k] = together;
      results[k + 1] = together;
      k++;
    }
  }
  const pairs: SentencePair[] = [];
  let total = 0;
  let aligned = 0;
  let weightedBest = 0;
  for (let k = 0; k < qs.length; k++) {
    const [i0, i1] = qs[k]!;
    let weight = 0;
    for (let i = i0; i < i1; i++) weight += q.weights[i]!;
    const [best, bestFrom, bestTo] = results[k]!;
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

/** Weighted longest common subsequence over the grid's active columns (exact = weight, synonym = credit x weight). */
function softLcs(n: number, m: number, cols: Int32Array, weights: Float64Array): number {
  const k = cols.length;
  if (n === 0 || k === 0) return 0;
  if (lcsA.length < k + 1) {
    lcsA = new Float64Array(2 * (k + 1));
    lcsB = new Float64Array(2 * (k + 1));
  }
  let prev = lcsA;
  let curr = lcsB;
  prev.fill(0, 0, k + 1);
  curr[0] = 0;
  for (let i = 1; i <= n; i++) {
    const w = weights[i - 1]!;
    const row = (i - 1) * m;
    for (let c = 1; c <= k; c++) {
      const v = grid[row + cols[c - 1]!]!;
      const diag = v ? prev[c - 1]! + CREDIT[v]! * w : 0;
      const up = prev[c]!;
      const left = curr[c - 1]!;
      curr[c] = up > left ? (up > diag ? up : diag) : left > diag ? left : diag;
    }
    const done = prev;
    prev = curr;
    curr = done;
  }
  return prev[k]!;
}
