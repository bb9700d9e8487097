/**
 * Contract of the paragraph matcher. The corpus builder finds relations between seed documents
 * with it, and `analyze` matches page blocks and selections with it: one implementation.
 */
import type { ReuseRelation } from '../corpus/types';
import type { SynonymLinks } from './align';

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
  /** The reuse model's probability that the query reuses this span, in [0, 1]. */
  probability: number;
  /** The query's sentences aligned with the span's, in the query's order (empty from `find`: `explain` fills it). */
  alignment: AlignedSentence[];
  /** The strongest reasons for the match, strongest first (empty from `find`: `explain` fills it). */
  evidence: MatchEvidence[];
}

/** A page sentence and the corpus sentence (or two, merged) it was aligned with. */
export interface AlignedSentence {
  pageSentence: string;
  corpusSentence: string;
  /** Weighted Dice similarity of their specific words (synonyms at half), in [0, 1]. */
  score: number;
}

/** One reason for a match, in words a reader understands, with what it rests on. */
export interface MatchEvidence {
  /** page-context: the page's other paragraphs (or its credit) come from the source (src/analysis/page-context.ts). */
  kind: 'shared-wording' | 'rare-terms' | 'aligned-sentences' | 'synonyms' | 'page-context';
  /** A sentence for the sidebar, e.g. "4 of 5 sentences align with the source". */
  text: string;
  /** For rare-terms: the shared words most specific to the source, as written on the page. */
  terms?: string[];
  /** For synonyms: page word -> corpus word. */
  swaps?: { page: string; corpus: string }[];
  /** Its share of the model's log-odds (for ordering; larger is stronger). */
  weight: number;
}

/** A verified candidate span, as the model saw it (for fitting and inspecting the model). */
export interface InspectedSpan {
  doc: number;
  /** Corpus paragraph ids (positions in the indexed list) of the span. */
  ids: number[];
  features: Record<string, number>;
  probability: number;
  /** The verdict at the given sensitivity, or null when it was rejected. */
  relation: ReuseRelation | null;
}

/** Options for one lookup. */
export interface MatchOptions {
  /** 0 (strict) .. 1 (loose); 0.5 is the default. Moves the reuse model's cut-off. */
  sensitivity?: number;
  /** Prior odds of reuse against the model's (1 = as fitted): a page's other paragraphs can raise them (page-prior.ts). */
  priorOdds?: number;
  /** When given, filled with the best P(reuse) of each document's verified spans, accepted or
   *  not: a page's weak evidence for one document adds up (page-prior.ts). */
  bestByDoc?: Map<number, number>;
  /** At most this many matches, best first. */
  limit?: number;
  /** Skip these documents (e.g. a document itself when relating corpus documents). */
  excludeDocs?: number[];
  /**
   * Corpus paragraphs (by document and paragraph number) verified as well as the candidates the
   * postings find: where a page's other paragraphs say its source is (page-prior.ts), a rewrite
   * that kept none of a paragraph's rarest words is still compared with it.
   */
  alsoVerify?: { doc: number; paragraphs: number[] }[];
  /** Compare only the `alsoVerify` paragraphs, singly: no postings (a check that settles most
   *  second lookups at a few comparisons). */
  onlyAsked?: boolean;
}

/** A loaded (or freshly built) index: lookups only. */
export interface MatchIndex {
  /** Corpus passages that `text` reuses, best first; empty when none passes the thresholds. */
  find(text: string, options?: MatchOptions): ParagraphMatch[];
  /**
   * The aligned sentences and the reasons for a match `find` returned for `text`: computed for
   * the matches a reader sees only (the lookup itself skips them, and most lookups need none).
   */
  explain(text: string, match: ParagraphMatch): Pick<ParagraphMatch, 'alignment' | 'evidence'>;
  /** Every span verified for `text`, with the model's features (fitting, evaluation, debugging). */
  inspect(text: string, options?: MatchOptions): InspectedSpan[];
  /** Use this synonym graph for soft matches from now on (null: exact words only). */
  useSynonyms(synonyms: SynonymLinks | null): void;
  /** Bytes the index occupies serialized (for the size benchmark). */
  byteSize(): number;
  /** Plain-JSON form for the corpus file. */
  serialize(): SerializedMatchIndex;
}
