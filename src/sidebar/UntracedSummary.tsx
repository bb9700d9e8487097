import { useState } from 'preact/hooks';
import type { Block } from '../shared/analysis-types';
import { ExpandableText } from './ExpandableText';
import { plural } from './analysis-view';

/** Props of `UntracedSummary`. */
export interface UntracedSummaryProps {
  /** Content blocks with no accepted match. */
  blocks: readonly Block[];
  /** Blocks whose match the user rejected (listed with a note). */
  flagged: ReadonlySet<number>;
}

/** "3 paragraphs have no match in the corpus: original to this page", with the list behind a toggle. */
export function UntracedSummary({ blocks, flagged }: UntracedSummaryProps) {
  const [open, setOpen] = useState(false);
  if (blocks.length === 0) return null;
  const verb = blocks.length === 1 ? 'has' : 'have';
  return (
    <section class="sc-untraced sc-edge-original" aria-label="Paragraphs with no match">
      <p>
        <span class="sc-dot sc-tone-original" aria-hidden="true" />
        {plural(blocks.length, 'paragraph')} {verb} no match in the corpus: original to this page.{' '}
        <button type="button" class="sc-link" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </p>
      {open && (
        <ul class="sc-plain-list">
          {blocks.map((b) => (
            <li key={b.index}>
              <ExpandableText text={b.text} limit={140} class="sc-page-text" quoted />
              {flagged.has(b.index) && <p class="sc-muted">You marked its match as wrong.</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
