/**
 * Contract of the paragraph matcher. The corpus builder finds relations between seed documents
 * with it, and `analyze` matches page blocks and selections with it: one implementation.
 */
import type { ReuseRelation } from '../corpus/types';

/** A paragraph handed to the index builder or to the loader. */
export interface IndexedParagraph {
  doc: number;
  paragraph: number;
  text: string;
}

/**
 * The index as stored in the corpus file: plain JSON, typed arrays base64-encoded
 * (see research.md: Maps of arrays cost ~50x the memory of sorted typed arrays).
 */
export interface SerializedMatchIndex {
  version: number;
  /** Free-form numeric/base64 fields owned by src/match. */
  [field: string]: unknown;
}

/** One corpus passage that a piece of page text reuses. */
export interface ParagraphMatch {
  doc: number;
  /** First corpus paragraph of the matched span. */
  paragraph: number;
  /** All corpus paragraphs of the span (one, or several when the page merged paragraphs). */
  paragraphs: number[];
  /** Similarity in [0, 1] (what the sidebar shows as a percentage). */
  score: number;
  relation: ReuseRelation;
  /** The corpus text of the span. */
  text: string;
  /** Fraction of the query's words that the alignment covers, in [0, 1]. */
  coverage: number;
}

/** Options for one lookup. */
export interface MatchOptions {
  /** 0 (strict) .. 1 (loose); 0.5 is the default. Scales the acceptance thresholds. */
  sensitivity?: number;
  /** At most this many matches, best first. */
  limit?: number;
  /** Skip these documents (e.g. a document itself when relating corpus documents). */
  excludeDocs?: number[];
}

/** A loaded (or freshly built) index: lookups only. */
export interface MatchIndex {
  /** Corpus passages that `text` reuses, best first; empty when none passes the thresholds. */
  find(text: string, options?: MatchOptions): ParagraphMatch[];
  /** Bytes the index occupies serialized (for the size benchmark). */
  byteSize(): number;
  /** Plain-JSON form for the corpus file. */
  serialize(): SerializedMatchIndex;
}
