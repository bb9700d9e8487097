/**
 * What the block model (block-model.ts) sees of a block once the rules have labelled the page:
 * the rules' own verdict and the kind of rule, and signals that hold across sites and languages
 * (jusText's and trafilatura's: length, link density, sentence ends, being a list item or a
 * heading, and where the block sits relative to the article text around it).
 *
 * The verdict is one feature among many, so the fitted trees decide how far to trust the rules
 * given the rest. The model decides only blocks of prose length that no specific rule named (see
 * `modelDecides`): named noise (captions, comments, share bars...) keeps its category, and short
 * lines stay with the rules, which did better on them on the development pages.
 */
import { linkDensity } from './fallback-scoring';
import { ENDS_SENTENCE, isItem, weightedLength } from './refine-article';
import type { ExtractedBlock } from './types';
import type { RawBlock } from './walk-blocks';
import type { NoiseCategory } from '../noise/categories';

/** The model decides blocks at least this long (in Latin-script characters): a short paragraph. */
export const MODEL_MIN_CHARS = 80;

/** Noise categories in the groups the model weighs apart (few rows per category otherwise). */
const CATEGORY_GROUPS: Record<string, readonly NoiseCategory[]> = {
  links: ['navigation', 'related-links', 'related-teaser'],
  comments: ['comments', 'comment-prompt'],
  captions: ['photo-caption', 'photo-credit', 'chart-label'],
  chrome: ['header-footer', 'share-bar', 'cookie-banner', 'ad-slot', 'newsletter-signup', 'newsletter-teaser', 'browser-notice'],
  embeds: ['social-embed'],
  notices: ['author-bio', 'syndication-notice', 'transcript-credit', 'speaker-label'],
};

/** Feature names, in the order of each row (the fitted model stores them to check). */
export const BLOCK_FEATURES = [
  'rules keep it',
  'headline or dek',
  'the finder kept it, a rule stripped it',
  'outside the pick, named by a DOM rule',
  'named by a text rule',
  ...Object.keys(CATEGORY_GROUPS).map((g) => `category: ${g}`),
  'log length',
  'ends a sentence',
  'link density',
  'list item or table cell',
  'heading',
  'between the first and last article blocks',
  'log distance to the nearest article block',
  'previous block is article',
  'next block is article',
  'same parent as the nearest article block',
  'share of digits',
] as const;

const byTextRule = (label: ExtractedBlock) => label.reason.includes('text rule:');

/**
 * Whether the model decides this block: prose-length, not a heading, the headline or the dek, and
 * either kept by the rules or dropped only for lying outside the finder's pick (no rule named it).
 */
export function modelDecides(label: ExtractedBlock, block: RawBlock): boolean {
  if (label.role || weightedLength(block.text) < MODEL_MIN_CHARS) return false;
  // Headings stay with the rules: the 121 pages' truth leaves the headline out of the body, which
  // would teach the model to drop it, while the corpus traces headlines like any paragraph.
  if (isHeading(block)) return false;
  if (label.kind === 'content') return true;
  return (label.category ?? 'other') === 'other' && !label.reason.startsWith('kept by') && !byTextRule(label);
}

function isHeading(b: RawBlock): boolean {
  return !b.run && /^H[1-6]$/.test(b.element.tagName.toUpperCase());
}

function parentOf(b: RawBlock): Element | null {
  return b.run ? b.element : b.element.parentElement;
}

/** Features of blocks of one labelled page; `raw` and `labelled` are index-aligned. */
export class BlockFeatures {
  /** Indices of the article blocks, ascending. */
  private readonly article: number[];

  constructor(
    private readonly raw: readonly RawBlock[],
    private readonly labelled: readonly ExtractedBlock[],
  ) {
    this.article = labelled.flatMap((b, i) => (b.kind === 'content' ? [i] : []));
  }

  /** The article block nearest to `i` (other than `i`), or -1. */
  private nearest(i: number): number {
    const a = this.article;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid]! < i) lo = mid + 1;
      else hi = mid;
    }
    let best = -1;
    for (const j of [a[lo - 1], a[lo], a[lo + 1]]) {
      if (j === undefined || j === i) continue;
      if (best < 0 || Math.abs(j - i) < Math.abs(best - i)) best = j;
    }
    return best;
  }

  /** The feature row of block `i`, in BLOCK_FEATURES order. */
  row(i: number): number[] {
    const { raw, labelled, article } = this;
    const b = raw[i]!;
    const label = labelled[i]!;
    const first = article[0] ?? -1;
    const last = article[article.length - 1] ?? -1;
    const nearest = this.nearest(i);
    const kept = label.kind === 'content';
    const category = label.category ?? 'other';
    const text = b.text;
    const length = weightedLength(text);
    const digits = text.match(/\p{N}/gu)?.length ?? 0;
    const parent = parentOf(b);
    return [
      kept ? 1 : 0,
      label.role ? 1 : 0,
      !kept && label.reason.startsWith('kept by') ? 1 : 0,
      !kept && label.reason.startsWith('outside') && category !== 'other' && !byTextRule(label) ? 1 : 0,
      byTextRule(label) ? 1 : 0,
      ...Object.values(CATEGORY_GROUPS).map((group) => (!kept && group.includes(category) ? 1 : 0)),
      Math.log1p(length),
      ENDS_SENTENCE.test(text) ? 1 : 0,
      linkDensity(b),
      isItem(b) ? 1 : 0,
      isHeading(b) ? 1 : 0,
      i > first && i < last ? 1 : 0,
      nearest < 0 ? Math.log1p(raw.length) : Math.log1p(Math.abs(nearest - i)),
      i > 0 && labelled[i - 1]!.kind === 'content' ? 1 : 0,
      i + 1 < labelled.length && labelled[i + 1]!.kind === 'content' ? 1 : 0,
      nearest >= 0 && parent !== null && parentOf(raw[nearest]!) === parent ? 1 : 0,
      length ? digits / length : 0,
    ];
  }
}
