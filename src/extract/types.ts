/**
 * Contract of the page extractor: what `extractBlocks` hands to `analyze` (and, through it, to the
 * content script, which marks `element` on the page).
 */
import type { NoiseCategory } from '../noise/categories';

/** One paragraph-level piece of visible text on the page, in document order. */
export interface ExtractedBlock {
  /** The block's visible text, whitespace collapsed. */
  text: string;
  /** `content` = article text; `boilerplate` = site chrome or noise around it. */
  kind: 'content' | 'boilerplate';
  /** Set for boilerplate: which kind of noise. */
  category?: NoiseCategory;
  /**
   * Set on the article's headline and on the dek (standfirst) right under it. Readability leaves
   * both out of its body; we keep them as content so they can be traced like the corpus's
   * `headline` and `dek` paragraphs.
   */
  role?: 'headline' | 'dek';
  /** Why it got its label: the rule (and the class, tag or words) that decided it. */
  reason: string;
  /**
   * The element in the ORIGINAL document that holds the text (never a clone), so the content
   * script can mark it and scroll to it. For loose text sitting between block children of a
   * container this is the container (or the run's one element, e.g. a lone <time>). `null` only
   * on the single block that reports a failed extraction.
   */
  element: Element | null;
}

/** Limits that keep extraction bounded on huge pages. */
export interface ExtractOptions {
  /**
   * Elements the walk visits at most; past it the rest of the page is summarised in one block
   * whose reason says so. Default 60,000.
   */
  maxElements?: number;
  /** Characters of block text collected at most (same treatment). Default 1,000,000. */
  maxChars?: number;
  /**
   * Pages with more elements than this skip Readability for our linear fallback scorer (0: always
   * the fallback, which is how the benchmark measures it). Default 15,000.
   */
  readabilityMaxElements?: number;
  /** Let the fitted block model relabel prose-length blocks (block-model.ts). Default true. */
  blockModel?: boolean;
  /** For scripts/fit-block-model.ts: return each block's features as the rules left it. */
  withBlockFeatures?: boolean;
}

/** What `extractBlocks` returns. */
export interface ExtractResult {
  /**
   * The article's title (Readability's, else `<title>`, else the first h1; may be empty), without
   * a leading or trailing site name ("Headline — CodeWire": see site-title.ts).
   */
  title: string;
  /** Every visible text block of the page, in document order. */
  blocks: ExtractedBlock[];
  /**
   * With `withBlockFeatures`: per walked block (the first `rows.length` of `blocks`), its feature
   * row as the rules left it (block-features.ts) and whether the model decides it.
   */
  blockFeatures?: { rows: number[][]; decides: boolean[] };
}
