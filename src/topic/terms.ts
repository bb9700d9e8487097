/**
 * The candidate topic terms of a text: stemmed content words, without stopwords, numbers and
 * very short words, counted. Build and scoring share it so both see the same terms.
 *
 * Why not `contentTerms` from src/text: that tokeniser keeps character offsets for highlighting
 * and took ~2.5 ms on a 1,500-word article here; scoring runs on every article page, and needs
 * neither offsets nor order. This one splits with a single regular expression and memoises the
 * stem of each word form, using src/text's folding, stopwords and stemmer, so its terms are the
 * ones `contentTerms` gives for ordinary words.
 */
import { boundedMemo, foldDiacritics, isStopword, stem } from '../text';
import { NON_ASCII_WORD_CHAR } from '../text/tokenize';
import { MODEL } from './config';

/** Counts of a text's topic-candidate terms, and their total. */
export interface TermCounts {
  counts: Map<string, number>;
  total: number;
}

/** A word: letters, marks and digits, with apostrophes inside it ("Mexico's", "didn’t"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC\u2018][\p{L}\p{M}\p{N}]+)*/gu;
/** The same words in text without non-ASCII letters (most English pages): no Unicode classes to
 *  compile or run on the content script's cheap topic check. */
const ASCII_WORD = /[A-Za-z0-9]+(?:['\u2019\u02BC\u2018][A-Za-z0-9]+)*/g;
const APOSTROPHES = /['\u2019\u02BC\u2018]/g;
/** Letters only: numbers ("2022", "90,000") recur across a story's versions but are not its topic. */
const TERM = /^[a-z]+$/;
/** The topic term of one written word, or '' when it is none (stopword, number, too short);
 *  memoised per written form, forgotten past 50,000 forms. */
export const termOf = boundedMemo((word: string): string => {
  let norm = word.toLowerCase().replace(APOSTROPHES, '');
  if (!TERM.test(norm)) norm = foldDiacritics(norm.normalize('NFKC'));
  if (!(TERM.test(norm) && norm.length >= 2 && !isStopword(norm))) return '';
  const s = stem(norm);
  return s.length >= MODEL.minTermLength ? s : '';
}, 50_000);

/** The words of `text` with their offsets. */
export function wordsOf(text: string): IterableIterator<RegExpMatchArray> {
  return text.matchAll(wordPattern(text));
}

function wordPattern(text: string): RegExp {
  return NON_ASCII_WORD_CHAR.test(text) ? WORD : ASCII_WORD;
}

/** Counts the candidate terms of `text` (added to `into` when given). */
export function countTerms(text: string, into: TermCounts = { counts: new Map(), total: 0 }): TermCounts {
  // match() rather than matchAll(): half the time, and offsets are not needed here.
  for (const w of text.match(wordPattern(text)) ?? []) {
    const t = termOf(w);
    if (!t) continue;
    into.counts.set(t, (into.counts.get(t) ?? 0) + 1);
    into.total++;
  }
  return into;
}
