/**
 * Word tokens with offsets into the original string, so a match or a quote can point back at the
 * exact characters on the page.
 */
import { foldDiacritics } from './typography';

/** One word of a text. */
export interface Token {
  /** The word as written. */
  word: string;
  /** Lower case, diacritics and apostrophes removed, "U.S." -> "us", "100,000" -> "100000". */
  norm: string;
  /** Offsets in the original string. */
  start: number;
  end: number;
}

// An abbreviation with dots (U.S., U.N., p.m.), a number with separators (100,000 / 3.5), or a
// word with inner apostrophes or hyphen-less joins (don't, Mexico's, O'Brien).
const TOKEN = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{N}]+)*/gu;

/** Normalise one word for comparison. */
export function normalizeWord(word: string): string {
  const folded = foldDiacritics(word.toLowerCase());
  return NEEDS_STRIP.test(folded) ? folded.replace(STRIP, '') : folded;
}

const NEEDS_STRIP = /['\u2019\u02BC.,]/;
const STRIP = /['\u2019\u02BC.,]/g;

/** Split text into word tokens with their offsets. */
// The same pattern for ASCII-only text, without Unicode property classes (several times faster,
// and most English news text is ASCII once typography is folded).
// Curly apostrophes may join ASCII words ("don’t"): they are allowed inside words here too.
const ASCII_TOKEN = /(?:[A-Za-z]\.){2,}|[0-9]+(?:[.,][0-9]+)*|[A-Za-z0-9]+(?:['\u2019\u02BC][A-Za-z0-9]+)*/g;
/**
 * A letter or digit outside ASCII ("López", "Farfán"): only then is the Unicode pattern needed.
 * Written as ranges, not \p{L}: a Unicode property class costs ~0.3 ms to compile, paid on every
 * page the content script runs on. Over-inclusive on purpose (it only picks the slower path).
 */
export const NON_ASCII_WORD_CHAR = /[\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2070-\u209F\u2150-\u218F\u2460-\u24FF\u2C00-\uFFEF]|[\uD800-\uDBFF]/;

/** The word pattern for `text`: the ASCII one unless it has a non-ASCII letter or digit. */
function wordPattern(text: string): RegExp {
  return NON_ASCII_WORD_CHAR.test(text) ? TOKEN : ASCII_TOKEN;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(wordPattern(text))) {
    const word = m[0];
    const norm = normalizeWord(word);
    if (norm === '') continue;
    tokens.push({ word, norm, start: m.index ?? 0, end: (m.index ?? 0) + word.length });
  }
  return tokens;
}

/** The words as written, in order, not yet normalised (callers that memoise per written form). */
export function rawWords(text: string): string[] {
  return text.match(wordPattern(text)) ?? [];
}

/** Just the normalised words (no offsets and no token objects). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of rawWords(text)) {
    const norm = normalizeWord(word);
    if (norm !== '') out.push(norm);
  }
  return out;
}
