/**
 * How alike two quotes are, for clustering one quote across documents and linking a page's quote
 * to the corpus's. Token-based and typography-folded; content words weigh more than function
 * words, and an excerpt scores close to its full quote.
 */
import { boundedMemo } from '../text';
import { isStopKey } from './fold';
import { foldNumberWords } from './numbers';
import { cachedQuoteTokens } from './quote-tokens';

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
  const pa = profile(a);
  const pb = profile(b);
  if (pa.keys.length === 0 || pb.keys.length === 0) return 0;
  const wa = pa.total;
  const wb = pb.total;
  const shared = sharedWeight(pa, pb);
  const bigrams = sharedBigrams(pa, pb);
  // Word overlap says which words; word pairs say they come in the same order. Averaging the two
  // keeps a shuffled bag of the same words below the same sentence.
  const dice = (2 * shared) / (wa + wb);
  const pairDice = bigrams.total === 0 ? dice : (2 * bigrams.shared) / bigrams.total;
  const whole = (dice + pairDice) / 2;
  // An excerpt (000 prints the second half of Farfán-Méndez's 001 sentence) is scored by how
  // much of the shorter quote the longer one holds, discounted when the shorter is very short.
  const content = (wa <= wb ? pa : pb).content;
  const pairContain = bigrams.shorter === 0 ? shared / Math.min(wa, wb) : bigrams.shared / bigrams.shorter;
  const contained =
    ((shared / Math.min(wa, wb) + pairContain) / 2) * CONTAINMENT_CAP * Math.min(1, content / FULL_CONTAINMENT_WEIGHT);
  return round(Math.min(1, Math.max(whole, contained)));
}

/** What `quoteSimilarity` reads of one quote, computed once per text. */
interface Profile {
  /** Comparison keys, without editorial insertions and fillers, number words folded. */
  keys: string[];
  /** Weight of each key (function words weigh less). */
  weights: number[];
  /** Sum of `weights`, added in key order. */
  total: number;
  /** Keys that are not function words. */
  content: number;
  /** Adjacent key pairs. */
  pairs: string[];
  /** How often each key occurs. */
  keyCounts: Map<string, number>;
  /** How often each pair occurs. */
  pairCounts: Map<string, number>;
}

const EMPTY: Profile = { keys: [], weights: [], total: 0, content: 0, pairs: [], keyCounts: new Map(), pairCounts: new Map() };

/**
 * Profiles of texts already seen. The quotes stage scores each page quote against every corpus
 * quote sharing two content terms with it, and the corpus builder scores every pair of quotes:
 * tokenising both sides on every call was most of the stage's time (003-nbc, ~60 ms of ~150 ms).
 * Results are unchanged: the profile holds exactly what each call used to recompute.
 */
const memoProfile = boundedMemo((text: string): Profile => makeProfile(keys(text)), 4000);

/** Forget cached profiles (see `clearQuoteCaches`). */
export function clearProfiles(): void {
  memoProfile.clear();
}

function profile(text: string): Profile {
  return typeof text === 'string' ? memoProfile(text) : EMPTY;
}

function makeProfile(ks: string[]): Profile {
  const weights = ks.map(weight);
  let total = 0;
  for (const w of weights) total += w;
  const pairs = ks.slice(1).map((k, i) => `${ks[i]} ${k}`);
  return {
    keys: ks,
    weights,
    total,
    content: ks.filter((k) => !isStopKey(k)).length,
    pairs,
    keyCounts: countsOf(ks),
    pairCounts: countsOf(pairs),
  };
}

function countsOf(items: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of items) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Comparison keys of a quote, without editorial insertions and fillers. */
function keys(text: string): string[] {
  return foldNumberWords(
    cachedQuoteTokens(text)
      .filter((t) => !t.bracketed && !t.filler)
      .map((t) => t.key),
  );
}

function weight(k: string): number {
  return isStopKey(k) ? STOPWORD_WEIGHT : 1;
}

/** Weight of the multiset intersection, summed in `b`'s order. */
function sharedWeight(a: Profile, b: Profile): number {
  return sharedMultiset(b.keys, a.keyCounts, b.weights);
}

/** Shared adjacent word pairs (multiset), their total over both quotes, and the shorter's count. */
function sharedBigrams(a: Profile, b: Profile): { shared: number; total: number; shorter: number } {
  const shared = sharedMultiset(b.pairs, a.pairCounts);
  return { shared, total: a.pairs.length + b.pairs.length, shorter: Math.min(a.pairs.length, b.pairs.length) };
}

/**
 * The multiset intersection of `items` with the counts of another list: each item shared adds
 * its weight (1 without weights), an item only as often as the other list has it.
 */
function sharedMultiset(items: readonly string[], counts: ReadonlyMap<string, number>, weights?: readonly number[]): number {
  const used = new Map<string, number>();
  let shared = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const n = counts.get(item);
    if (n === undefined) continue;
    const u = used.get(item) ?? 0;
    if (u < n) {
      used.set(item, u + 1);
      shared += weights ? weights[i]! : 1;
    }
  }
  return shared;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
