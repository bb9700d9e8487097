/**
 * The quotes stage: find direct quotes and their speakers in a document, compare two wordings of
 * one quote, and score how alike two quotes are (for clustering and for linking a page's quote to
 * the corpus's).
 */
export type {
  FindQuotesOptions,
  FoundQuote,
  QuoteComparison,
  QuoteDiffPart,
  QuoteFidelity,
  QuoteParagraph,
} from './types';
export { findQuotes } from './find-quotes';
export { compareQuotes } from './compare-quotes';
export { quoteSimilarity, QUOTE_SIMILARITY_THRESHOLD } from './similarity';
export { clearQuoteCaches } from './caches';
