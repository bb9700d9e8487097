/** Word-level diff for the "Compare" view, in the same shape as a quote's `diff`. */
import { diffWords } from 'diff';
import type { DiffPart } from '../shared/analysis-types';

/**
 * Parts that turn `original` (the corpus passage) into `page` (this page's text): `removed` words
 * are only in the corpus, `added` words only on the page. Same direction as `PageQuote.diff`.
 */
export function wordDiff(original: string, page: string): DiffPart[] {
  return diffWords(original, page).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

/** Share of the page's words kept from the original, in [0, 1] (shown next to the diff). */
export function keptShare(parts: readonly DiffPart[]): number {
  let same = 0;
  let added = 0;
  for (const p of parts) {
    const words = p.text.split(/\s+/).filter(Boolean).length;
    if (p.op === 'same') same += words;
    else if (p.op === 'added') added += words;
  }
  return same + added === 0 ? 1 : same / (same + added);
}
