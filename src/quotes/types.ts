/**
 * Types of the quotes stage: what `findQuotes` finds in a document's paragraphs and what
 * `compareQuotes` says about two wordings of one quote. Plain JSON, so they cross any boundary.
 */

/** A paragraph handed to `findQuotes`. */
export interface QuoteParagraph {
  /** The paragraph text as it stands in the document (speaker label already split off). */
  text: string;
  /**
   * For transcripts: the speaker label that preceded this text, as the document spells it
   * (`MATTHEW DONAHUE`, `DONAHUE`, `Matthew Donahue`). A labelled paragraph is a quote of that
   * speaker in full, unless the speaker is one of `FindQuotesOptions.narrators`.
   */
  speaker?: string;
}

/** Options of `findQuotes`. */
export interface FindQuotesOptions {
  /**
   * Speakers whose labelled lines are narration, not quotes: the byline reporter of a
   * transcript (the label that carried `, BYLINE`, e.g. `Brian Mann`). Matched on the full name
   * or its last word, ignoring case, so `MANN` lines count as Brian Mann's too.
   */
  narrators?: string[];
}

/** A direct quote found in one paragraph. */
export interface FoundQuote {
  /** Index of the paragraph in the array given to `findQuotes`. */
  paragraph: number;
  /** The quoted words, without the quotation marks (a trailing comma is dropped too). */
  text: string;
  /** Offset of the first quoted character in that paragraph's `text`. */
  start: number;
  /** Offset just past the last quoted character (`text === paragraph.text.slice(start, end)`). */
  end: number;
  /**
   * Who said it, as the text names them: the full name when the document gives it anywhere
   * (`Feeley said` -> `John Feeley`), else the name as written (`Feeley`). Unnamed sources get
   * the text's description (`senior Biden administration official`). Absent when unknown.
   */
  speaker?: string;
  /** The words of the document that tie the speaker to the quote (`said Matthew Donahue`, `he said`, `DONAHUE:`). */
  speakerEvidence?: string;
}

/** How faithfully one wording reproduces another. */
export type QuoteFidelity = 'exact' | 'editorial' | 'altered';

/** One word-level piece of a diff from the original wording to a variant. */
export interface QuoteDiffPart {
  /** `same`, `added` (only in the variant) or `removed` (only in the original). */
  op: 'same' | 'added' | 'removed';
  /** The words, as the variant spells them for `same` and `added`, as the original for `removed`. */
  text: string;
}

/** What `compareQuotes` returns. */
export interface QuoteComparison {
  /**
   * `exact`: same words and punctuation after typography folding (quote marks, dashes, spacing,
   * case). `editorial`: differences only in bracketed insertions, ellipses, punctuation,
   * transcript disfluencies, hyphenation/spelling, articles, or one is an excerpt of the other.
   * `altered`: words changed.
   */
  fidelity: QuoteFidelity;
  /** `quoteSimilarity` of the two wordings, in [0, 1]. */
  similarity: number;
  /** Word-level diff, original -> variant. */
  diff: QuoteDiffPart[];
}
