import type { PageQuote } from '../shared/analysis-types';
import { QuoteCard } from './QuoteCard';

/** Props of `QuotesSection`. */
export interface QuotesSectionProps {
  /** Quotes to show with their position in `Analysis.quotes` (stable keys while filtering). */
  quotes: readonly { quote: PageQuote; index: number }[];
  showBlock?(block: number): void;
  filtering: boolean;
}

/** The page's direct quotes, in page order. */
export function QuotesSection({ quotes, showBlock, filtering }: QuotesSectionProps) {
  if (quotes.length === 0) {
    return <p class="sc-empty">{filtering ? 'No quote matches the search.' : 'No direct quotes found on this page.'}</p>;
  }
  const changed = quotes.some(({ quote }) => quote.diff?.some((p) => p.op !== 'same'));
  return (
    <>
      {changed && (
        <p class="sc-compare-key">
          In quotes, <del>struck</del> words are the original's and <ins>marked</ins> words this page's.
        </p>
      )}
      {quotes.map(({ quote, index }) => (
        <QuoteCard key={index} quote={quote} showBlock={showBlock} />
      ))}
    </>
  );
}
