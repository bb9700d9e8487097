import type { PageQuote } from '../shared/analysis-types';
import { Badge } from './Badge';
import { DiffText } from './DiffText';
import { FIDELITY_LABELS } from './labels';
import { SourceName, sourceNameText } from './SourceName';

/** Props of `QuoteCard`. */
export interface QuoteCardProps {
  quote: PageQuote;
  /** Scroll the page to the quote's block (absent in the selection view). */
  showBlock?(block: number): void;
}

/** One quote: who said it, how faithful it is to the original, what changed, and who else carries it. */
export function QuoteCard({ quote, showBlock }: QuoteCardProps) {
  const fidelity = FIDELITY_LABELS[quote.fidelity];
  const changed = quote.diff?.some((p) => p.op !== 'same') ?? false;
  // The copy named in "this wording" need not be listed again under "also in".
  const alsoIn = quote.alsoIn.filter((r) => r.file !== quote.closestCopy?.file);
  return (
    <article class={`sc-card sc-edge-${fidelity.tone}`} aria-label={`Quote by ${quote.speaker ?? 'unknown speaker'}`}>
      <p class="sc-quote-head">
        <strong>{quote.speaker ?? 'Unknown speaker'}</strong>{' '}
        <Badge tone={fidelity.tone} title={fidelity.help}>
          {fidelity.label}
        </Badge>
      </p>
      <blockquote class="sc-quote">
        “{quote.diff && changed ? <DiffText parts={quote.diff} /> : quote.text}”
      </blockquote>
      {quote.original && (
        <p class="sc-meta">
          original: <SourceName source={quote.original} />
        </p>
      )}
      {quote.closestCopy && (
        <p class="sc-meta sc-note">
          this wording: <SourceName source={quote.closestCopy} /> — closer to this copy than to the original
        </p>
      )}
      {alsoIn.length > 0 && <p class="sc-meta">also in: {alsoIn.map(sourceNameText).join(', ')}</p>}
      {showBlock && (
        <div class="sc-actions">
          <button type="button" onClick={() => showBlock(quote.block)}>
            Show on page
          </button>
        </div>
      )}
    </article>
  );
}
