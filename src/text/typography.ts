/**
 * Typography folding: pages and copies differ in quotes, dashes and spacing far more often than in
 * words (002 uses curly quotes where 000 uses straight ones; 003 uses em dashes where 004 uses en
 * dashes). Everything that compares text folds it first.
 */

/** Character classes folded to one ASCII form, each with the reason it exists. */
const FOLDS: [RegExp, string][] = [
  // Single quotes and apostrophes: ‘ ’ ‚ ‛ ′ and the grave accent used as an apostrophe.
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  // Double quotes: “ ” „ ‟ ″ « » (French-style quotes appear on syndicated copies).
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  // Hyphens and dashes: ‐ ‑ ‒ – — ― − (003 uses "—", 004 re-typesets it as "–").
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  // Ellipsis character vs three dots (004 writes "problem…" where 003 writes "problem ...").
  [/\u2026/g, '...'],
  // No-break, thin, zero-width and other odd spaces.
  [/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, ' '],
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ''],
];

/** Fold quotes, dashes, ellipses and odd spaces to ASCII forms and collapse runs of spaces. */
export function foldTypography(text: string): string {
  let out = text.normalize('NFKC');
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** Remove diacritics ("Farfán-Méndez" -> "Farfan-Mendez": 001 spells the name without them). */
export function foldDiacritics(text: string): string {
  // Most text is plain ASCII, which has nothing to strip: skipping the Unicode decomposition for
  // it dominated word-normalisation profiles (the tokeniser and the quotes' name lookups).
  return ASCII_ONLY.test(text) ? text : text.normalize('NFD').replace(/\p{M}+/gu, '');
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Collapse all whitespace (including newlines) to single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
