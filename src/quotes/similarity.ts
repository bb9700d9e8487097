/**
 * How alike two quotes are, for clustering one quote across documents and linking a page's quote
 * to the corpus's. Token-based and typography-folded; content words weigh more than function
 * words, and an excerpt scores close to its full quote.
 */
import { isStopKey } from './fold';
import { foldNumberWords } from './numbers';
import { quoteTokens } from './quote-tokens';

/**
 * Two quotes scoring at least this are the same quote. Measured on the seeds (see
 * test/quotes/similarity.test.ts): the 16 quotes 004 paraphrases from 003 score 0.455 (Milgram's
 * `engaging in deliberate, calculated treachery` -> `engaged in deliberate and calculated
 * betrayals`) and up, Feeley's `game changer` -> `watershed` 0.525; the best-scoring pair of
 * different quotes (Milgram against Graham) scores 0.325.
 */
export const QUOTE_SIMILARITY_THRESHOLD = 0.4;

/** Weight of a function word relative to a content word (1). */
const STOPWORD_WEIGHT = 0.3;

/**
 * Content weight the shorter quote needs before containment (an excerpt inside a longer quote)
 * counts in full; shorter excerpts are discounted, since a few words recur by chance.
 */
const FULL_CONTAINMENT_WEIGHT = 6;

/** Containment never scores above this, so an excerpt stays below an identical pair. */
const CONTAINMENT_CAP = 0.95;

/** Similarity of two quotes in [0, 1]: 1 for the same words, 0 for no word in common. */
export function quoteSimilarity(a: string, b: string): number {
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length === 0 || kb.length === 0) return 0;
  const wa = total(ka);
  const wb = total(kb);
  const shared = sharedWeight(ka, kb);
  const bigrams = sharedBigrams(ka, kb);
  // Word overlap says which words; word pairs say they come in the same order. Averaging the two
  // keeps a shuffled bag of the same words below the same sentence.
  const dice = (2 * shared) / (wa + wb);
  const pairDice = bigrams.total === 0 ? dice : (2 * bigrams.shared) / bigrams.total;
  const whole = (dice + pairDice) / 2;
  // An excerpt (000 prints the second half of Farfán-Méndez's 001 sentence) is scored by how
  // much of the shorter quote the longer one holds, discounted when the shorter is very short.
  const shorter = wa <= wb ? ka : kb;
  const content = shorter.filter((k) => !isStopKey(k)).length;
  const pairContain = bigrams.shorter === 0 ? shared / Math.min(wa, wb) : bigrams.shared / bigrams.shorter;
  const contained =
    ((shared / Math.min(wa, wb) + pairContain) / 2) * CONTAINMENT_CAP * Math.min(1, content / FULL_CONTAINMENT_WEIGHT);
  return round(Math.min(1, Math.max(whole, contained)));
}

/** Comparison keys of a quote, without editorial insertions and fillers. */
function keys(text: string): string[] {
  if (typeof text !== 'string') return [];
  return foldNumberWords(
    quoteTokens(text)
      .filter((t) => !t.bracketed && !t.filler)
      .map((t) => t.key),
  );
}

function weight(k: string): number {
  return isStopKey(k) ? STOPWORD_WEIGHT : 1;
}

function total(ks: string[]): number {
  let w = 0;
  for (const k of ks) w += weight(k);
  return w;
}

/** Weight of the multiset intersection. */
function sharedWeight(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let w = 0;
  for (const k of b) {
    const n = counts.get(k) ?? 0;
    if (n > 0) {
      counts.set(k, n - 1);
      w += weight(k);
    }
  }
  return w;
}

/** Shared adjacent word pairs (multiset), their total over both quotes, and the shorter's count. */
function sharedBigrams(a: string[], b: string[]): { shared: number; total: number; shorter: number } {
  const pairs = (ks: string[]) => ks.slice(1).map((k, i) => `${ks[i]} ${k}`);
  const pa = pairs(a);
  const pb = pairs(b);
  const counts = new Map<string, number>();
  for (const p of pa) counts.set(p, (counts.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of pb) {
    const n = counts.get(p) ?? 0;
    if (n > 0) {
      counts.set(p, n - 1);
      shared++;
    }
  }
  return { shared, total: pa.length + pb.length, shorter: Math.min(pa.length, pb.length) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
