/**
 * Compare two wordings of one quote: exact, editorial (an editor's marks, a transcript's fillers,
 * an excerpt) or altered (words changed), with a word-level diff for the sidebar.
 */
import { diffArrays } from 'diff';
import { boundedMemo } from '../text';
import { foldTypography } from './fold';
import { cachedQuoteTokens, type QuoteToken } from './quote-tokens';
import { quoteSimilarity } from './similarity';
import type { QuoteComparison, QuoteDiffPart, QuoteFidelity } from './types';

/**
 * Words whose insertion or removal alone is editorial: articles. 000 prints Donahue's `working
 * with DEA` where the 001 tape has `working with the DEA`; dropping an article before an acronym
 * is house style and changes no meaning, so it does not make a quote `altered`. Every other word
 * counts.
 */
const EDITORIAL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Past this many edits the diff gives up and the wordings count as altered (huge, unrelated input). */
const MAX_EDIT_LENGTH = 500;

/** Compare `original` with `variant` (see `QuoteComparison`). The diff reads original -> variant. */
export function compareQuotes(originalText: string, variantText: string): QuoteComparison {
  const original = typeof originalText === 'string' ? originalText : '';
  const variant = typeof variantText === 'string' ? variantText : '';
  const a = cachedQuoteTokens(original);
  const b = cachedQuoteTokens(variant);
  const similarity = quoteSimilarity(original, variant);
  const sameText = exactText(original) === exactText(variant);
  const changes = diffTokens(a, b);
  if (changes === undefined) {
    return {
      fidelity: sameText ? 'exact' : 'altered',
      similarity,
      diff: mergeParts([
        { op: 'removed', text: a.map((t) => t.display).join(' ') },
        { op: 'added', text: b.map((t) => t.display).join(' ') },
      ]),
    };
  }

  const diff: QuoteDiffPart[] = [];
  const hunks: Hunk[] = [];
  let ia = 0; // position in `a`
  let ib = 0; // position in `b`
  let open: Hunk | undefined;
  for (const change of changes) {
    const tokens = change.value;
    if (change.added || change.removed) {
      if (!open) {
        open = { removed: [], added: [], aAt: ia, bAt: ib };
        hunks.push(open);
      }
      if (change.removed) {
        open.removed.push(...tokens);
        ia += tokens.length;
        diff.push({ op: 'removed', text: tokens.map((t) => t.display).join(' ') });
      } else {
        open.added.push(...tokens);
        ib += tokens.length;
        diff.push({ op: 'added', text: tokens.map((t) => t.display).join(' ') });
      }
    } else {
      open = undefined;
      ia += tokens.length;
      ib += tokens.length;
      // For common words diffArrays hands back the variant's tokens: show the page's spelling.
      diff.push({ op: 'same', text: tokens.map((t) => t.display).join(' ') });
    }
  }

  return { fidelity: classify(sameText, a, b, hunks), similarity, diff: mergeParts(diff) };
}

/** One run of a diff: tokens common to both (the variant's), added to the variant, or removed from the original. */
interface Change {
  value: readonly QuoteToken[];
  added: boolean;
  removed: boolean;
}

/**
 * `diffArrays` on the tokens, compared by key. The keys are first numbered (one number per
 * distinct key), so the diff compares numbers with `===` instead of calling a comparator on
 * token objects: the same edit script, found faster. Identical key sequences (a page quoting
 * the corpus word for word, the common case) skip the diff.
 */
function diffTokens(a: readonly QuoteToken[], b: readonly QuoteToken[]): Change[] | undefined {
  if (a.length === b.length && a.every((t, i) => t.key === b[i]!.key)) {
    return b.length === 0 ? [] : [{ value: b, added: false, removed: false }];
  }
  const ids = new Map<string, number>();
  const idOf = (t: QuoteToken): number => {
    let id = ids.get(t.key);
    if (id === undefined) ids.set(t.key, (id = ids.size));
    return id;
  };
  const changes = diffArrays(a.map(idOf), b.map(idOf), { maxEditLength: MAX_EDIT_LENGTH });
  if (changes === undefined) return undefined;
  // Back from numbers to tokens: common and added runs read the variant, removed runs the original.
  const out: Change[] = [];
  let ia = 0;
  let ib = 0;
  for (const c of changes) {
    const n = c.value.length;
    if (c.removed) {
      out.push({ value: a.slice(ia, ia + n), added: false, removed: true });
      ia += n;
    } else {
      out.push({ value: b.slice(ib, ib + n), added: Boolean(c.added), removed: false });
      ib += n;
      if (!c.added) ia += n;
    }
  }
  return out;
}

/** A run of changed words between two runs of common words. */
interface Hunk {
  removed: QuoteToken[];
  added: QuoteToken[];
  /** Index in the original where the hunk starts. */
  aAt: number;
  /** Index in the variant where the hunk starts. */
  bAt: number;
}

function classify(sameText: boolean, a: readonly QuoteToken[], b: readonly QuoteToken[], hunks: Hunk[]): QuoteFidelity {
  if (sameText) return 'exact';
  if (a.length === 0 || b.length === 0) return 'altered';
  const commonWords = a.length - hunks.reduce((n, h) => n + h.removed.length, 0);
  if (commonWords === 0) return 'altered';

  // An excerpt: words cut off only at the ends, and only from one of the two wordings.
  const edgeSides = new Set<string>();
  for (const h of hunks) {
    const atStart = h.aAt === 0 && h.bAt === 0;
    const atEnd = h.aAt + h.removed.length === a.length && h.bAt + h.added.length === b.length;
    const oneSided = h.removed.length === 0 || h.added.length === 0;
    if ((atStart || atEnd) && oneSided) {
      edgeSides.add(h.removed.length > 0 ? 'original' : 'variant');
      continue;
    }
    if (!isEditorial(h, a, b)) return 'altered';
  }
  return edgeSides.size <= 1 ? 'editorial' : 'altered';
}

/** Whether a changed run only holds an editor's or a transcriber's marks. */
function isEditorial(h: Hunk, a: readonly QuoteToken[], b: readonly QuoteToken[]): boolean {
  // A bracketed clarification in place of the words it explains: `[Mexico's] cooperation`.
  if (h.added.length > 0 && h.added.every((t) => t.bracketed)) return true;
  if (h.removed.length > 0 && h.removed.every((t) => t.bracketed)) return true;
  const removed = h.removed.filter((t) => !ignorable(t));
  const added = h.added.filter((t) => !ignorable(t));
  if (removed.length === 0 && added.length === 0) return true;
  // Hyphenation split differently: `mid level` against `midlevel`.
  if (removed.length > 0 && added.length > 0) return keyOf(removed) === keyOf(added);
  // Words left out where the other wording shows an ellipsis: `law enforcement ... or military`
  // (000) against `law enforcement inside - or military` (001).
  const other = removed.length > 0 ? b : a;
  const at = removed.length > 0 ? h.bAt : h.aAt;
  return Boolean(other[at - 1]?.ellipsisAfter || other[at]?.ellipsisBefore);
}

function ignorable(t: QuoteToken): boolean {
  return t.bracketed || t.filler || EDITORIAL_WORDS.has(t.key);
}

function keyOf(tokens: QuoteToken[]): string {
  return tokens.map((t) => t.key).join('');
}

/**
 * The text as `exact` compares it: typography folded, and the punctuation at either end dropped
 * (`distribution.”` in 003 and `distribution”.` in 004 quote the same words).
 */
const exactText = boundedMemo(
  // Memoised: a corpus quote is compared with every page that quotes it.
  (s: string): string => foldTypography(s).replace(/^[\s"'.,;:!?-]+|[\s"'.,;:!?-]+$/g, ''),
  4000,
);

/** Forget folded texts (see `clearQuoteCaches`). */
export function clearExactTexts(): void {
  exactText.clear();
}

/** Join neighbouring parts of the same kind. */
function mergeParts(parts: QuoteDiffPart[]): QuoteDiffPart[] {
  const out: QuoteDiffPart[] = [];
  for (const p of parts) {
    if (p.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.op === p.op) last.text += ` ${p.text}`;
    else out.push({ ...p });
  }
  return out;
}
