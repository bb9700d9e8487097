/**
 * The matcher's knobs, imported by the index builder (build time) and the lookup (runtime), so the
 * two can never disagree. Figures in comments come from ../shared/research.md.
 */
export interface MatchConfig {
  /** Words per shingle. Word 3-grams are what TextPAIR and the Clough & Stevenson study use. */
  shingle: number;
  /**
   * Winnowing window over shingle hashes. Any run of `shingle + window - 1` shared words is
   * guaranteed a shared fingerprint (Schleimer et al.); 3 + 5 - 1 = 7 words, shorter than any
   * sentence worth tracing, at about a third of the postings of indexing every shingle.
   */
  window: number;
  /** Rarest content terms indexed per paragraph, to find paraphrases that share no 3-gram. */
  signatureTerms: number;
  /** Fingerprints in more documents than max(minBanalDocs, banalDocFraction * documents) are
   *  dropped as banal (stock phrases, boilerplate), as Churnalism dropped common fragments. */
  banalDocFraction: number;
  minBanalDocs: number;
  /** Paragraphs verified per lookup (verification is the costly step: research.md, Smith-Waterman). */
  maxCandidates: number;
  /** Candidates ranked below this fraction of the best candidate's rank are not verified. */
  candidateRankFloor: number;
  /** Longest run of consecutive corpus paragraphs tried as one span (a page that merged them;
   *  a student answer pasted from five paragraphs of a source taught us 4 was too few). */
  maxSpan: number;
  /** A run of this many words shared word for word is reuse even inside a longer original block
   *  (independent texts share runs of this length only by quoting the same words). */
  minSharedRun: number;
  /** Buckets of the document-frequency sketch used for IDF weights at runtime. */
  dfBuckets: number;
  /** A query needs this many words to be matched at all (a selection of a short phrase is noise). */
  minWords: number;
  /** Below this many words a query matches only verbatim (an exact run): short lines shared by
   *  independent articles ("Follow us on Facebook, Twitter and Instagram.") are coincidence. */
  minLooseWords: number;
  /** Fraction of paragraphs above which a term is too common to look up among signatures. */
  commonTermFraction: number;
  /** ... applied only to corpora larger than this (in a handful of documents every term is "common"). */
  commonTermMinParagraphs: number;
  /** The query's rarest content terms looked up among the signatures. */
  queryTermsLookedUp: number;
  /** A candidate found through signatures alone needs this share of the query's term weight. */
  minCandidateTermWeight: number;
  /** A verbatim hit covering this much of the query settles a lookup: after it only candidates
   *  ranked within `rivalRankFloor` of it are verified. */
  settledCoverage: number;
  rivalRankFloor: number;
  /** A span of paragraphs is tried only when no single paragraph covers this much of the query. */
  spanNeededBelow: number;
  /** How much better a longer span must score than a shorter one of the same document. */
  spanMargin: number;
  /** A paraphrase needs this many content words in the query. */
  minContentWords: number;
  /**
   * How close the wording is, by 3-gram containment of the query in the span: definitions of the
   * relation's name, not tolerances (whether it is reuse at all is the model's decision).
   */
  thresholds: {
    /** At or above: verbatim. */
    verbatim: number;
    /** At or above: near-verbatim (light edit). Clough & Stevenson: light revision median 0.53,
     *  heavy 0.24; 0.4 sits between them. Below: paraphrase. */
    nearVerbatim: number;
  };
  /** Most paragraphs of one document aligned together as one region (a long answer that follows
   *  its source sentence by sentence across eight of its paragraphs). */
  maxRegion: number;
}

export const MATCH_CONFIG: MatchConfig = {
  shingle: 3,
  window: 5,
  signatureTerms: 5,
  banalDocFraction: 0.01,
  minBanalDocs: 10,
  maxCandidates: 8,
  candidateRankFloor: 0.35,
  maxSpan: 6,
  minSharedRun: 20,
  dfBuckets: 1 << 16,
  minWords: 6,
  minLooseWords: 12,
  commonTermFraction: 0.002,
  commonTermMinParagraphs: 2000,
  queryTermsLookedUp: 10,
  minCandidateTermWeight: 0.06,
  settledCoverage: 0.95,
  rivalRankFloor: 0.8,
  spanNeededBelow: 0.85,
  spanMargin: 0.03,
  minContentWords: 6,
  thresholds: {
    verbatim: 0.9,
    nearVerbatim: 0.4,
  },
  maxRegion: 10,
};
