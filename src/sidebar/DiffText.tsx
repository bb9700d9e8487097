import { Fragment } from 'preact';
import type { DiffPart } from '../shared/analysis-types';

/** Props of `DiffText`. */
export interface DiffTextProps {
  /** Word-level parts from the original to this page's wording. */
  parts: readonly DiffPart[];
}

/**
 * Inline word diff: words only in the original are struck (`<del>`), words only on this page are
 * marked (`<ins>`). The elements carry a title because most screen readers do not announce
 * del/ins; the stylesheet adds hidden "removed:"/"added:" cues too.
 */
export function DiffText({ parts }: DiffTextProps) {
  const gap = needsGaps(parts) ? ' ' : '';
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 ? gap : ''}
          {p.op === 'removed' ? (
            <del title="only in the original">{p.text}</del>
          ) : p.op === 'added' ? (
            <ins title="only on this page">{p.text}</ins>
          ) : (
            p.text
          )}
        </Fragment>
      ))}
    </>
  );
}

/**
 * The contract leaves a part's spacing open: `diff`'s `diffWords` keeps the spaces inside the
 * parts ("We have a ", "game changer"), while the quote engine (src/quotes/compare-quotes.ts)
 * joins trimmed word runs ("We have a", "game changer", "here,"). Parts of the second kind need a
 * space put back between them, or the words run together.
 */
export function needsGaps(parts: readonly DiffPart[]): boolean {
  return parts.length > 1 && !parts.some((p) => /^\s|\s$/.test(p.text));
}
