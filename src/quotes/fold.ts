/**
 * Typography folding and word keys for comparing quotes, on top of src/text's folding (one way
 * to fold across stages); what is quote-specific (word keys, spelling variants) lives here.
 */
import { boundedMemo, foldDiacritics, foldTypography as foldText, STOPWORDS as TEXT_STOPWORDS } from '../text/index';

/**
 * Remove what is not text: byte-order marks and zero-width characters go (they sit inside words
 * in pasted text); control characters and lone surrogate halves (broken encodings) become spaces.
 */
export function cleanText(s: string): string {
  return s
    .replace(/[\uFEFF\u200B-\u200D\u2060\u00AD]/g, '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ');
}

/**
 * Fold typography only: curly quotes and apostrophes to straight, every dash to `-`, the ellipsis
 * character to `...`, runs of white space to one space, lower case. Words and punctuation stay.
 */
export function foldTypography(s: string): string {
  return foldText(cleanText(s))
    .replace(/\.\s*\.\s*\./g, '...')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Spelling variants folded on both sides alike (so folding can only merge, never split, words):
 * British and American endings. Only words of six letters or more, so `four`/`for` stay apart.
 */
const SPELLING_RULES: readonly [RegExp, string][] = [
  [/our(s?)$/, 'or$1'], // labour/labor, behaviour/behavior
  [/is(e|es|ed|ing|ation)$/, 'iz$1'], // organise/organize
  [/ys(e|es|ed|ing)$/, 'yz$1'], // analyse/analyze
  [/tre(s?)$/, 'ter$1'], // centre/center
  [/ll(ed|ing)$/, 'l$1'], // counselled/counseled
];

/**
 * Word keys already computed. Folding one word runs a dozen regular expressions, and the quotes
 * stage keys the same words again and again (every page quote against every candidate corpus
 * quote): profiling 003-nbc put two thirds of the stage's time here before this cache.
 */
const WORD_KEYS_KEPT = 50_000;

/**
 * The comparison key of one word: typography folded, accents stripped, hyphens dropped
 * (`mid-level` (000) = `midlevel` (002)), digit group separators dropped (`100,000` = `100000`),
 * spelling variants merged.
 */
export const wordKey = boundedMemo((word: string) => computeWordKey(word), WORD_KEYS_KEPT);

/** Forget cached word keys (benchmarks measure a page never seen before). */
export function clearWordKeys(): void {
  wordKey.clear();
}

function computeWordKey(word: string): string {
  let k = foldDiacritics(foldTypography(word))
    .replace(/-/g, '')
    .replace(/(?<=\d)[,.](?=\d)/g, '');
  if (k.length >= 6) for (const [re, to] of SPELLING_RULES) k = k.replace(re, to);
  return k;
}

/**
 * Words of a text with their offsets. A word is letters/digits joined by apostrophes or hyphens
 * (`we're`, `mid-level`, `Farfán-Méndez`); digit groups join across `,`/`.` (`100,000`, `10.5`).
 */
export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{M}\p{N}]+(?:(?:['’‐‑-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
  for (const m of text.matchAll(re)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Whether a word key is a function word, which carries little identity: a quote pair sharing only
 * these is not the same quote. src/text's list spells contractions without apostrophes.
 */
export function isStopKey(key: string): boolean {
  return TEXT_STOPWORDS.has(key.replace(/'/g, ''));
}
