/** Limits and thresholds of the extraction stage, in one table (style.md: heuristics as data). */
export const EXTRACT = {
  /** Elements the walk visits at most (ExtractOptions.maxElements default). */
  maxElements: 60_000,
  /** Characters of block text collected at most (ExtractOptions.maxChars default). */
  maxChars: 1_000_000,
  /**
   * Readability is skipped past this many elements (research.md: seconds to minutes on huge
   * pages; the bench pages have at most ~4,000). Our linear fallback scorer takes over.
   */
  readabilityMaxElements: 15_000,
  /**
   * ...and past this summed depth (walk-blocks' `depthSum`): Readability's cleaning passes cost
   * about the sum of every container's subtree, so deep nesting makes it quadratic (a 500-deep
   * div chain took 0.9 s under linkedom). The bench pages reach 20,000 at most.
   */
  readabilityMaxDepthSum: 60_000,
  /**
   * Less kept text than this is no article (a sign-in form, a shop grid): Readability returns its
   * best guess whatever its size. Its own cheap check wants one 140-character paragraph; we ask a
   * little more of the whole (test page no-article.html keeps 84 characters).
   */
  minArticleChars: 200,
  /**
   * When Readability keeps less text than this, our fallback scorer is asked too, and its pick
   * wins when it holds `secondOpinionRatio` times more text (set on the benchmarks' dev split).
   */
  secondOpinionChars: 1000,
  secondOpinionRatio: 2,
  /**
   * A rule matched on an ancestor may strip kept blocks only if that ancestor holds less than
   * this share of the kept text: a wrapper named `content-with-ads` is not an ad slot.
   */
  maxStripShare: 0.4,
  /**
   * ...and a wrapper named as an ad slot only if it holds less text than this: an ad says
   * "Advertisement" and a line or two, a section named `TestReport__Section--Ads` holds paragraphs
   * (trafilatura-eval dev).
   */
  maxAdSlotChars: 600,
  /** A dropped block this linked, with no rule, is navigation. */
  navLinkDensity: 0.6,
  /** A dek is a sentence or two: longer than a label, shorter than a body paragraph. */
  dekChars: { min: 30, max: 400 },
  /** A dek is prose, not a row of links. */
  dekMaxLinkDensity: 0.3,
} as const;
