/**
 * A quote as a list of words for comparison: each word keeps how it is written (for the diff) and
 * a folded key (for equality), plus the editorial marks around it.
 */
import { boundedMemo } from '../text';
import { cleanText, wordKey, wordSpans } from './fold';

/** One word of a quote. */
export interface QuoteToken {
  /** The word with the punctuation that follows it, as written (`Mexico,`, `[intelligence]`). */
  display: string;
  /** Folded comparison key (`midlevel`, `100000`, `we're`). */
  key: string;
  /** Inside square brackets: an editor's insertion (`share [intelligence] with`, 000). */
  bracketed: boolean;
  /** A transcript filler (`um`, `uh`) or an immediate repetition of the previous word. */
  filler: boolean;
  /** An ellipsis stands right before this word (words may be left out there). */
  ellipsisBefore: boolean;
  /** An ellipsis stands right after this word. */
  ellipsisAfter: boolean;
}

/** Transcript fillers: spoken hesitations that transcripts keep and print quotes drop. */
const FILLERS: ReadonlySet<string> = new Set(['um', 'uh', 'er', 'erm', 'ah', 'uhm', 'hmm', 'mm']);

/** More words than this are compared on their first part only, so huge input stays cheap. */
export const MAX_QUOTE_TOKENS = 2000;

const ELLIPSIS = /\.\s*\.\s*\.|…/;

/**
 * Tokens of texts already split, for the quotes stage's own comparisons: one page quote is
 * compared with several corpus quotes, and each corpus quote with every page that quotes it.
 * Callers must not change the returned tokens (they are shared).
 */
const memoTokens = boundedMemo((raw: string): readonly QuoteToken[] => quoteTokens(raw), 4000);

/** `quoteTokens`, shared and cached: read only. */
export function cachedQuoteTokens(raw: string): readonly QuoteToken[] {
  return typeof raw === 'string' ? memoTokens(raw) : quoteTokens(raw);
}

/** Forget cached tokens. */
export function clearQuoteTokens(): void {
  memoTokens.clear();
}

/** Split a quote into tokens (see `QuoteToken`). */
export function quoteTokens(raw: string): QuoteToken[] {
  const text = cleanText(typeof raw === 'string' ? raw : '');
  const spans = wordSpans(text).slice(0, MAX_QUOTE_TOKENS);
  const out: QuoteToken[] = [];
  let depth = 0;
  let cursor = 0;
  let carried = ''; // opening punctuation of the gap before this word (`[`, `(`, `“`)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const before = text.slice(cursor, s.start);
    depth = bracketDepth(before, depth);
    const nextStart = spans[i + 1]?.start ?? text.length;
    const after = text.slice(s.end, nextStart);
    const gap = splitGap(after, i === spans.length - 1);
    const key = wordKey(s.word);
    const prev = out[out.length - 1];
    out.push({
      display: (i === 0 ? before.trim() : carried) + s.word + gap.trailing,
      key,
      bracketed: depth > 0,
      filler: FILLERS.has(key) || (prev !== undefined && prev.key === key && !ELLIPSIS.test(before)),
      ellipsisBefore: ELLIPSIS.test(before),
      ellipsisAfter: ELLIPSIS.test(after),
    });
    carried = gap.leading;
    depth = bracketDepth(after, depth);
    cursor = nextStart;
  }
  return out;
}

/**
 * Split the text between two words: what touches the next word (`[`, `“`) goes with it; the rest
 * (`,`, `]`, a free-standing `...` or `-`) stays with the word before.
 */
function splitGap(gap: string, last: boolean): { trailing: string; leading: string } {
  if (last) return { trailing: gap.trimEnd(), leading: '' };
  const lastSpace = gap.search(/\s\S*$/);
  if (lastSpace < 0) return { trailing: gap, leading: '' };
  return { trailing: gap.slice(0, lastSpace).replace(/\s+/g, ' ').trimEnd(), leading: gap.slice(lastSpace + 1) };
}

/** Bracket depth after reading `s` (an unmatched `]` never goes below zero). */
function bracketDepth(s: string, depth: number): number {
  for (const ch of s) {
    if (ch === '[') depth++;
    else if (ch === ']') depth = Math.max(0, depth - 1);
  }
  return depth;
}
