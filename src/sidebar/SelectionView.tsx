import type { Analysis } from '../shared/analysis-types';
import type { BlockActions } from './actions';
import { tracedBlocks } from './analysis-view';
import { ExpandableText } from './ExpandableText';
import { OriginCard } from './OriginCard';
import { QuoteCard } from './QuoteCard';

/** Props of `SelectionView`. */
export interface SelectionViewProps {
  /** The trace of the highlighted text (`input` is `selection`). */
  analysis: Analysis;
  flagged: ReadonlySet<number>;
  /** Only `flagWrong` applies: a selection is not a block the page can scroll to. */
  actions: Pick<BlockActions, 'flagWrong'>;
}

/** Where the highlighted passage comes from, or a plain statement that the corpus does not know it. */
export function SelectionView({ analysis, flagged, actions }: SelectionViewProps) {
  const content = analysis.blocks.filter((b) => b.kind === 'content');
  const selected = content.map((b) => b.text).join('\n\n');
  const traced = tracedBlocks(analysis, flagged);
  return (
    <section class="sc-selection" aria-labelledby="sc-selection-title">
      <h2 id="sc-selection-title" class="sc-section-title">
        Selected text
      </h2>
      <ExpandableText text={selected} limit={300} class="sc-page-text" quoted />
      {traced.length > 0 ? (
        <>
          <h2 class="sc-section-title">Where it comes from</h2>
          {traced.map((b) => (
            <OriginCard key={b.index} block={b} actions={actions} showText={content.length > 1} />
          ))}
        </>
      ) : (
        <div class="sc-card sc-edge-original sc-no-match" role="status">
          <h2 class="sc-section-title">No match in the corpus</h2>
          <p>
            None of the documents bundled with Source Context contains this passage, word for word or
            paraphrased. That does not make it false or new: the corpus holds a handful of articles about
            one news story, so text from anywhere else finds no match. The passage may be original to this
            page, come from a source outside the corpus, or be too short to match with confidence (try a
            whole sentence or more).
          </p>
        </div>
      )}
      {analysis.quotes.length > 0 && (
        <>
          <h2 class="sc-section-title">Quotes in the selection</h2>
          {analysis.quotes.map((q, i) => (
            <QuoteCard key={i} quote={q} />
          ))}
        </>
      )}
    </section>
  );
}
