/**
 * The per-text features both sides of a comparison need: shingle hashes, content stems and their
 * bigrams. Computed once per page block and once per corpus paragraph that gets verified.
 */
import { boundedMemo, words as normalisedWords, isStopword, stem } from '../text';
import { fnv1a, fmix32 } from './hash';

export interface TextFeatures {
  /** Normalised words, in order. */
  words: string[];
  /** Hashes of every word `k`-gram, in order. */
  shingles: Uint32Array;
  /** Distinct shingle hashes. */
  shingleSet: Set<number>;
  /** Stemmed content words, in order. */
  stems: string[];
  /** The same, as a set (kept: every comparison with this text asks it). */
  stemSet: Set<string>;
  /** Hashes of the distinct pairs of adjacent content stems. */
  bigrams: Set<number>;
}

/** What the matcher needs of one normalised word, computed once per distinct word. */
interface WordInfo {
  hash: number;
  /** The stem when it is a content word, else ''. */
  stem: string;
  stemHash: number;
}

/** Per distinct word, once: its hash, and its stem when it is a content word. */
const infoOf = boundedMemo((word: string): WordInfo => {
  const content = word.length > 1 && !isStopword(word);
  const s = content ? stem(word) : '';
  return { hash: fnv1a(word), stem: s, stemHash: content ? fnv1a(s) : 0 };
}, 200_000);

export function textFeatures(text: string, k: number): TextFeatures {
  const words = normalisedWords(text);
  const n = Math.max(0, words.length - k + 1);
  const infos = words.map(infoOf);
  // A shingle's hash mixes its words' hashes: no joined string is built per shingle (this loop
  // runs for every page block and every verified candidate).
  const shingles = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ infos[j]!.hash, 0x01000193);
    shingles[i] = fmix32(h);
  }
  // Content stems, and their adjacent pairs as numbers (a string per pair was most of this
  // function's garbage).
  const stems: string[] = [];
  const bigrams = new Set<number>();
  let previous = 0;
  for (const info of infos) {
    if (info.stem === '') continue;
    if (stems.length > 0) bigrams.add(fmix32(Math.imul(previous, 0x01000193) ^ info.stemHash));
    stems.push(info.stem);
    previous = info.stemHash;
  }
  return { words, shingles, shingleSet: new Set(shingles), stems, stemSet: new Set(stems), bigrams };
}

/**
 * Features of consecutive paragraphs taken as one span, from each paragraph's own features (no
 * re-tokenising). The few shingles and bigrams that straddle a boundary are left out: a span is
 * only tried when a page merged paragraphs, and the bulk of each side decides the match.
 */
export function combineFeatures(parts: TextFeatures[]): TextFeatures {
  if (parts.length === 1) return parts[0]!;
  const shingleSet = new Set<number>();
  const bigrams = new Set<number>();
  const words: string[] = [];
  const stems: string[] = [];
  for (const p of parts) {
    for (const h of p.shingleSet) shingleSet.add(h);
    for (const b of p.bigrams) bigrams.add(b);
    words.push(...p.words);
    stems.push(...p.stems);
  }
  return { words, shingles: Uint32Array.from(shingleSet), shingleSet, stems, stemSet: new Set(stems), bigrams };
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
