/**
 * The on-topic threshold, set from the corpus itself:
 * 1. Held-out windows: every document is cut into windows of ~150 words (a short news article;
 *    at most half the document, so a short document still gives two). Each window is scored by a
 *    model built from the corpus *without that window*, imitating what the threshold must accept:
 *    new text on a subject of the corpus that shares vocabulary but not sentences. The rest of the
 *    window's document stays in, so a corpus of unrelated subjects (five encyclopedia articles)
 *    still knows the window's subject, as it does for a new page on that subject.
 *    The line sits at `margin` x the `percentile` of those scores (`singleDocumentMargin` for a
 *    cluster of one document, whose windows are scored by the rest of the same article).
 * build-model.ts calls this once per cluster, with the cluster's documents only.
 * 2. A floor from general English: the score the model expects for background text (each term
 *    at its background rate), times `nullMultiple`, for corpora too small to hold anything out.
 */
import { BACKGROUND, KINDS, THRESHOLD } from './config';
import { density } from './score';
import { countTerms, type TermCounts } from './terms';
import { weighTerms, type WeightedTerm } from './weights';

/** How the threshold was reached (stored with the model so a reviewer can see it). */
export interface ThresholdBasis {
  threshold: number;
  /** Number of held-out windows scored. */
  windows: number;
  /** The `THRESHOLD.percentile` of held-out window scores (0 when there were none). */
  heldOutLow: number;
  /** Median of held-out window scores. */
  heldOutMedian: number;
  /** Expected score of general-English text. */
  nullScore: number;
  /**
   * The `KINDS.percentile` of the held-out windows' shares of story weight carried by names
   * (`names`) and by the other story terms (`topic`): how much of each kind the corpus's own text
   * always has (0 when a kind is absent from some windows, e.g. a corpus without names).
   */
  kindShares: { names: number; topic: number };
}

/** Content paragraphs of one document. */
export type DocText = readonly string[];

/** Words of a text, as the windows count them. */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Consecutive windows of at least `size` words (a short remainder joins the last window). */
export function windows(paragraphs: DocText, size: number): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    cur.push(p);
    words += wordCount(p);
    if (words >= size) {
      out.push(cur.join('\n'));
      cur = [];
      words = 0;
    }
  }
  if (cur.length > 0) {
    if (out.length > 0 && words < size / 2) out[out.length - 1] += '\n' + cur.join('\n');
    else out.push(cur.join('\n'));
  }
  return out;
}

function minus(a: TermCounts, b: TermCounts): TermCounts {
  const counts = new Map(a.counts);
  for (const [t, n] of b.counts) {
    const left = (counts.get(t) ?? 0) - n;
    if (left > 0) counts.set(t, left);
    else counts.delete(t);
  }
  return { counts, total: a.total - b.total };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))));
  return sorted[i] ?? 0;
}

/** Expected density of general English: each term at its background rate per content word. */
function nullScore(terms: readonly WeightedTerm[]): number {
  let s = 0;
  for (const t of terms) {
    const perContentWord = -Math.log(1 - t.commonness) / (BACKGROUND.textLength * THRESHOLD.contentFraction);
    s += t.weight * perContentWord;
  }
  return s;
}

/**
 * Chooses the threshold for a model with `terms`, built from `docs` (their text and term counts)
 * keeping at most `limit` terms; the held-out models keep as many, so they weigh as the stored one.
 */
export function chooseThreshold(
  terms: readonly WeightedTerm[],
  docs: readonly { text: DocText; counts: TermCounts }[],
  names: ReadonlySet<string>,
  limit?: number,
  nameRuns?: ReadonlyMap<string, number>,
): ThresholdBasis {
  const held: { doc: number; counts: TermCounts }[] = [];
  docs.forEach((d, doc) => {
    const words = d.text.reduce((n, p) => n + wordCount(p), 0);
    const size = Math.min(THRESHOLD.windowWords, Math.ceil(words / 2));
    for (const w of windows(d.text, size)) held.push({ doc, counts: countTerms(w) });
  });
  // Evenly spaced sample: a large corpus needs no more windows to place a percentile.
  const step = Math.max(1, held.length / THRESHOLD.maxWindows);
  const scores: number[] = [];
  const nameShares: number[] = [];
  const topicShares: number[] = [];
  for (let k = 0; k < held.length; k += step) {
    const h = held[Math.floor(k)];
    if (!h || h.counts.total === 0) continue;
    const rest = docs.map((d, i) => (i === h.doc ? minus(d.counts, h.counts) : d.counts));
    const weights = new Map(weighTerms(rest, names, limit, nameRuns).map((t) => [t.term, t.weight]));
    const d = density(weights, h.counts);
    scores.push(d.score);
    const total = d.hits.reduce((n, x) => n + x.weight, 0);
    const named = d.hits.reduce((n, x) => n + (names.has(x.term) ? x.weight : 0), 0);
    if (total > 0) {
      nameShares.push(named / total);
      topicShares.push(1 - named / total);
    }
  }
  scores.sort((a, b) => a - b);
  nameShares.sort((a, b) => a - b);
  topicShares.sort((a, b) => a - b);
  const heldOutLow = quantile(scores, THRESHOLD.percentile);
  const nul = nullScore(terms);
  const margin = docs.length === 1 ? THRESHOLD.singleDocumentMargin : THRESHOLD.margin;
  const threshold = Math.max(margin * heldOutLow, THRESHOLD.nullMultiple * nul);
  return {
    threshold,
    windows: scores.length,
    heldOutLow,
    heldOutMedian: quantile(scores, 0.5),
    nullScore: nul,
    kindShares: { names: quantile(nameShares, KINDS.percentile), topic: quantile(topicShares, KINDS.percentile) },
  };
}
