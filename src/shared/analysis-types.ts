/**
 * What `analyze()` returns. It crosses every boundary (content script -> background -> sidebar,
 * and the CLI's `--json`), so it is plain JSON and every field says what it means.
 */
import type { NoiseCategory } from '../noise/categories';
import type { ReuseRelation } from '../corpus/types';
import type { TopicVerdict } from '../topic/types';
import type { AlignedSentence, MatchEvidence } from '../match/types';

export type { AlignedSentence, MatchEvidence };

/** A corpus passage as the sidebar shows it. */
export interface CorpusRef {
  /** Corpus document's file name (for the bundled corpus, the seed's). */
  file: string;
  /** The corpus text (paragraph, or span of paragraphs). */
  text: string;
  outlet: string;
  /** Document kind, e.g. `attributed-rewrite`. */
  kind: string;
  headline: string;
}

/** One step of the chain of copies, from the matched document up to the root source. */
export interface ChainStep extends CorpusRef {
  /** How this step relates to the next one up (absent on the root). */
  relationToSource?: 'attributed-rewrite' | 'unattributed-copy' | 'sibling-version';
}

/** Where one page block's text comes from. */
export interface BlockMatch extends CorpusRef {
  /** Index of the corpus document and its paragraphs. */
  doc: number;
  paragraphs: number[];
  /** Similarity in [0, 1]. */
  score: number;
  relation: ReuseRelation;
  /** The reuse model's probability that the block reuses the matched passage, in [0, 1]. */
  probability: number;
  /** The block's sentences aligned with the matched passage's (the Compare view shows them). */
  alignment: AlignedSentence[];
  /** The strongest reasons for the match, strongest first (shared rare words, aligned sentences, synonym swaps). */
  evidence: MatchEvidence[];
  /** The root source reached through the corpus relations (itself when the match is a root). */
  origin: CorpusRef;
  /**
   * How this page's text relates to the origin's text: measured directly where the page's text
   * was found in the origin, else composed along the chain (a verbatim copy of a paraphrase is a
   * paraphrase of the original). A page copying 004 word for word is a paraphrase of 003.
   */
  originRelation: ReuseRelation;
  /** Matched document first, root last. */
  chain: ChainStep[];
}

/** A block of the page: one paragraph-level piece of text. */
export interface Block {
  /** Position in `Analysis.blocks`. */
  index: number;
  text: string;
  kind: 'content' | 'boilerplate';
  /** Set for boilerplate. */
  category?: NoiseCategory;
  /** Why it got its label. */
  reason: string;
  /** Locator of the element on the page (the content script sets `data-sc-block` to this index). */
  match?: BlockMatch;
}

/** One word-level change between a quote and its original. */
export interface DiffPart {
  /** `same`, `added` (in this page's wording only) or `removed` (in the original only). */
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** A direct quote found on the page. */
export interface PageQuote {
  text: string;
  speaker?: string;
  /** Index of the block that holds it. */
  block: number;
  fidelity: 'exact' | 'editorial' | 'altered' | 'unmatched';
  /** The original wording (from the root document that carries it). */
  original?: CorpusRef;
  /** When this page's wording is closest to a copy rather than the original: that copy. */
  closestCopy?: CorpusRef;
  /** Word-level diff from the original to this page's wording. */
  diff?: DiffPart[];
  /** Other corpus documents that carry the same quote. */
  alsoIn: CorpusRef[];
}

/** The analysis of one page or selection. */
export interface Analysis {
  /** The page URL, file name, or `selection`. */
  input: string;
  title: string;
  topic: TopicVerdict;
  /** Whether the page looks like an article at all (the cheap check). */
  isArticle: boolean;
  blocks: Block[];
  quotes: PageQuote[];
  /** Counts for the badge and the sidebar's header. */
  summary: {
    contentBlocks: number;
    tracedBlocks: number;
    boilerplateBlocks: number;
    quotes: number;
    /** Outlet of the root source most traced blocks lead to. */
    mainOrigin?: string;
  };
  /** Milliseconds spent per stage (for the benchmarks). */
  timings: { extract: number; topic: number; match: number; quotes: number; total: number };
}
