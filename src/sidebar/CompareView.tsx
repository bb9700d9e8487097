import { useMemo } from 'preact/hooks';
import type { BlockMatch, CorpusRef } from '../shared/analysis-types';
import { DiffText } from './DiffText';
import { SentenceAlignment } from './MatchEvidence';
import { sourceNameText } from './SourceName';
import { keptShare, wordDiff } from './word-diff';

/** Props of `CompareView`. */
export interface CompareViewProps {
  /** This page's text of the block. */
  pageText: string;
  match: BlockMatch;
}

/**
 * Word-level diff of the page text against the matched corpus passage and, when the match is a
 * copy, against the origin too: a teacher can show what each hop changed. Inline rather than side
 * by side, because two columns of prose do not fit a 320 px sidebar.
 */
export function CompareView({ pageText, match }: CompareViewProps) {
  const viaCopy = match.origin.file !== match.file;
  return (
    <div class="sc-compare">
      <p class="sc-compare-key">
        <del>struck</del>: only in the corpus text · <ins>marked</ins>: only on this page
      </p>
      <DiffBlock heading={`vs ${sourceNameText(match)}`} source={match} pageText={pageText} />
      {viaCopy && (
        <DiffBlock heading={`vs the origin, ${sourceNameText(match.origin)}`} source={match.origin} pageText={pageText} />
      )}
      <SentenceAlignment match={match} />
    </div>
  );
}

function DiffBlock({ heading, source, pageText }: { heading: string; source: CorpusRef; pageText: string }) {
  // Diffing a long paragraph costs a few milliseconds: once per open, not per render.
  const parts = useMemo(() => wordDiff(source.text, pageText), [source.text, pageText]);
  const kept = Math.round(keptShare(parts) * 100);
  const identical = parts.every((p) => p.op === 'same');
  return (
    <section class="sc-diff-block">
      <h4>
        {heading}{' '}
        <span class="sc-muted">· {identical ? 'same wording' : `${kept}% of this page's words shared`}</span>
      </h4>
      <p class="sc-diff">
        <DiffText parts={parts} />
      </p>
    </section>
  );
}
