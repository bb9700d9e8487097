/**
 * The per-text features both sides of a comparison need: shingle hashes, content-stem hashes and
 * their bigrams. Computed once per page block and once per corpus paragraph that gets verified.
 *
 * Everything is a typed array of 32-bit hashes, the distinct ones sorted: a comparison is then a
 * merge or a binary search over numbers, and a lookup allocates a few small arrays instead of
 * Sets and strings (the garbage of the matching stage used to trigger most of its GC pauses).
 * Two stems share a hash by chance about once in four billion pairs: it can only add one word's
 * weight to a comparison, never make a match on its own.
 */
import { boundedMemo, rawWords, normalizeWord, isStopword, stem, splitSentences } from '../text';
import { fnv1a, fmix32 } from './hash';

export interface TextFeatures {
  /** Number of normalised words. */
  wordCount: number;
  /** Hashes of every word `k`-gram, in order (a span's: distinct, in any order). */
  shingles: Uint32Array;
  /** Distinct shingle hashes, ascending. */
  shingleSet: Uint32Array;
  /** Hashes (`fnv1a`, as in the signatures and the DF sketch) of the content stems, in order. */
  stems: Uint32Array;
  /** Distinct stem hashes, ascending. */
  stemSet: Uint32Array;
  /** Distinct hashes of adjacent content-stem pairs, ascending. */
  bigrams: Uint32Array;
  /**
   * Where each sentence starts in `stems` (the first is 0), in the order of `splitSentences`:
   * what sentence alignment compares. A span's are its paragraphs' in turn.
   */
  sentenceStarts: Uint32Array;
}

/** What the matcher needs of one written word, computed once per distinct written form. */
interface WordInfo {
  hash: number;
  /** The stem when it is a content word, else ''. */
  stem: string;
  stemHash: number;
}

/**
 * Keyed by the word as written ("Mexico's"), so a known word costs one lookup: no lower-casing
 * or folding per occurrence. Null for a token that normalises to nothing.
 */
const infoOf = boundedMemo((written: string): WordInfo | null => {
  const word = normalizeWord(written);
  if (word === '') return null;
  const content = word.length > 1 && !isStopword(word);
  const s = content ? stem(word) : '';
  return { hash: fnv1a(word), stem: s, stemHash: s === '' ? 0 : fnv1a(s) };
}, 200_000);

/** The content stems of a text as strings, in order (the index builder ranks terms by them). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const written of rawWords(text)) {
    const info = infoOf(written);
    if (info && info.stem !== '') out.push(info.stem);
  }
  return out;
}

/** A written word's content stem hash (fnv1a of its stem), or 0 for a stopword or no word. */
export function stemHashOf(written: string): number {
  return infoOf(written)?.stemHash ?? 0;
}

/**
 * The text's sentences that hold a content word, in `sentenceStarts` order, each with its
 * written words and their stem hashes (0 for a stopword): what explaining a match shows.
 */
export function contentSentences(text: string): { text: string; words: string[]; stems: number[] }[] {
  const out: { text: string; words: string[]; stems: number[] }[] = [];
  for (const sentence of splitSentences(text)) {
    const words: string[] = [];
    const stems: number[] = [];
    for (const written of rawWords(sentence)) {
      const info = infoOf(written);
      if (!info) continue;
      words.push(written);
      stems.push(info.stemHash);
    }
    if (stems.some((h) => h !== 0)) out.push({ text: sentence, words, stems });
  }
  return out;
}

// Scratch rows for one text's word and stem hashes, grown on demand and reused by every call.
let wordHashes = new Uint32Array(1024);
let stemHashes = new Uint32Array(1024);
let starts = new Uint32Array(64);

export function textFeatures(text: string, k: number): TextFeatures {
  const sentences = splitSentences(text);
  let wordCount = 0;
  let stemCount = 0;
  let sentenceCount = 0;
  for (const sentence of sentences) {
    const written = rawWords(sentence);
    if (wordHashes.length < wordCount + written.length) {
      wordHashes = grow(wordHashes, 2 * (wordCount + written.length));
      stemHashes = grow(stemHashes, 2 * (wordCount + written.length));
    }
    const sentenceStart = stemCount;
    for (let i = 0; i < written.length; i++) {
      const info = infoOf(written[i]!);
      if (!info) continue;
      wordHashes[wordCount++] = info.hash;
      if (info.stem !== '') stemHashes[stemCount++] = info.stemHash;
    }
    // A sentence without content words (a dangling "Yes.") has nothing to align.
    if (stemCount > sentenceStart) {
      if (starts.length <= sentenceCount) starts = grow(starts, 2 * sentenceCount + 2);
      starts[sentenceCount++] = sentenceStart;
    }
  }
  // A shingle's hash mixes its words' hashes: no joined string is built per shingle.
  const shingles = new Uint32Array(Math.max(0, wordCount - k + 1));
  for (let i = 0; i < shingles.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ wordHashes[j]!, 0x01000193);
    shingles[i] = fmix32(h);
  }
  const stems = stemHashes.slice(0, stemCount);
  const bigrams = new Uint32Array(Math.max(0, stemCount - 1));
  for (let i = 1; i < stemCount; i++) bigrams[i - 1] = fmix32(Math.imul(stems[i - 1]!, 0x01000193) ^ stems[i]!);
  return {
    wordCount,
    shingles,
    shingleSet: distinctSorted(shingles.slice()),
    stems,
    stemSet: distinctSorted(stems.slice()),
    bigrams: distinctSorted(bigrams),
    sentenceStarts: sentenceCount ? starts.slice(0, sentenceCount) : Uint32Array.of(0),
  };
}

function grow(a: Uint32Array, length: number): Uint32Array<ArrayBuffer> {
  const out = new Uint32Array(length);
  out.set(a);
  return out;
}

/** Sorts `values` in place and returns its distinct values (a copy only when there were repeats). */
function distinctSorted(values: Uint32Array): Uint32Array {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++) {
    if (i === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  }
  return kept === values.length ? values : values.slice(0, kept);
}

/** Position of `value` in the ascending array `sorted` (or in its run [from, to)), or -1. */
export function sortedIndexOf(sorted: Uint32Array, value: number, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** True when the ascending array `sorted` holds `value`. */
export function sortedHas(sorted: Uint32Array, value: number): boolean {
  return sortedIndexOf(sorted, value) >= 0;
}

/** How many values two ascending distinct arrays share (one merge pass). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * Features of consecutive paragraphs taken as one span, from each paragraph's own features (no
 * re-tokenising). The few shingles and bigrams that straddle a boundary are left out: a span is
 * only tried when a page merged paragraphs, and the bulk of each side decides the match.
 * A span is only ever the corpus side of a comparison, so its shingles need no order.
 */
export function combineFeatures(parts: TextFeatures[]): TextFeatures {
  if (parts.length === 1) return parts[0]!;
  let wordCount = 0;
  for (const p of parts) wordCount += p.wordCount;
  const shingleSet = distinctSorted(concat(parts.map((p) => p.shingleSet)));
  const stems = concat(parts.map((p) => p.stems));
  let offset = 0;
  const sentenceStarts = concat(
    parts.map((p) => {
      const shifted = p.sentenceStarts.map((s) => s + offset);
      offset += p.stems.length;
      // A paragraph without content words contributes no sentence.
      return p.stems.length ? shifted : new Uint32Array(0);
    }),
  );
  return {
    wordCount,
    shingles: shingleSet,
    shingleSet,
    stems,
    stemSet: distinctSorted(stems.slice()),
    bigrams: distinctSorted(concat(parts.map((p) => p.bigrams))),
    sentenceStarts: sentenceStarts.length ? sentenceStarts : Uint32Array.of(0),
  };
}

function concat(arrays: Uint32Array[]): Uint32Array {
  return concatTyped(arrays, (n) => new Uint32Array(n));
}

/** The arrays one after another in a new array of the same kind (`make(length)` allocates it). */
export function concatTyped<T extends Uint32Array | Float64Array>(arrays: T[], make: (length: number) => T): T {
  let length = 0;
  for (const a of arrays) length += a.length;
  const out = make(length);
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Winnowing (Schleimer et al. 2003): the minimum hash of each window, rightmost on ties. */
export function winnow(hashes: Uint32Array, window: number): Set<number> {
  const picked = new Set<number>();
  if (hashes.length === 0) return picked;
  if (hashes.length <= window) {
    let min = hashes[0]!;
    for (const h of hashes) if (h < min) min = h;
    picked.add(min);
    return picked;
  }
  for (let start = 0; start + window <= hashes.length; start++) {
    let min = hashes[start]!;
    for (let i = start + 1; i < start + window; i++) if (hashes[i]! <= min) min = hashes[i]!;
    picked.add(min);
  }
  return picked;
}
