/**
 * Second opinion on the article finder's pick, from signals that hold across sites and languages
 * (the idea of jusText's block classes and neighbour correction, and of trafilatura's checks of
 * its own pick; no code taken from either):
 *
 * - **Container.** The article lives in one element: the smallest ancestor of the pick that
 *   holds most of its text (`containerShare`).
 * - **Add back** (recall): Readability drops real paragraphs, mostly at the edges (a standfirst,
 *   a closing paragraph in a sibling div) and in list-heavy or non-English pages. A block inside
 *   the container that reads as prose (long enough, little of it linked) and that no DOM rule
 *   names is added back; so are short blocks between two kept ones (a subheading, a list item).
 * - **Trim** (precision): a pick often starts or ends with dates, bylines, category links, "Share"
 *   and comment prompts. Short blocks before the first and after the last prose block of the
 *   pick are dropped, as are link-dense blocks anywhere in it.
 *
 * Every trimmed block keeps a reason (the labeller names it from the DOM rules, else from this).
 */
import type { DomClassifier } from './dom-classify';
import { linkDensity } from './fallback-scoring';
import type { RawBlock } from './walk-blocks';

/** Thresholds of the refinement, set on the development split of both benchmark sets. */
export const REFINE = {
  /** The container is the smallest ancestor holding this share of the pick's text. */
  containerShare: 0.8,
  /** Prose: at least this many characters... */
  proseChars: 80,
  /** ...with at most this share of them in links. */
  proseLinkDensity: 0.25,
  /** A kept block this linked (and no longer than `linkedMaxChars`) is a row of links. */
  linkedDensity: 0.5,
  linkedMaxChars: 300,
  /** An edge line shorter than this (before the first / after the last prose block) is trimmed. */
  edgeChars: 80,
  /** Expanding outward, at most this many non-prose blocks in a row are stepped over. */
  maxSkip: 3,
  /** Add the blocks in gaps between kept blocks. */
  fillGaps: true,
  /** Expanding outward may leave the container for its parent (not the body): off, no gain on dev. */
  expandToParent: false,
  /** Trim short lines the article's text does not go on from. */
  dangling: true,
  /** How many blocks before the pick are looked at for its lead (0: none). */
  leadWindow: 8,
  /** A short line that leads into the kept block after it (subheading, "...:") is not trimmed. */
  keepLeadIns: true,
  /** Last resort: the largest block, when it holds this many times an article's minimum. */
  largestBlockFactor: 2,
} as const;

/** Why a block was trimmed from the pick. */
export type TrimReason = 'edge' | 'linked';

/** The refined pick. */
export interface Refined {
  kept: Set<number>;
  trimmed: Map<number, TrimReason>;
  added: Set<number>;
}

function elementOf(b: RawBlock): Element {
  return b.run ? (b.run[0]?.parentElement ?? b.element) : b.element;
}

/** The smallest ancestor of the pick's largest block holding `containerShare` of its text. */
function containerOf(blocks: readonly RawBlock[], kept: Set<number>): Element | null {
  let total = 0;
  let largest = -1;
  for (const i of kept) {
    const n = blocks[i]!.text.length;
    total += n;
    if (largest < 0 || n > blocks[largest]!.text.length) largest = i;
  }
  if (largest < 0) return null;
  const inside = (el: Element) => {
    let n = 0;
    for (const i of kept) if (el.contains(elementOf(blocks[i]!))) n += blocks[i]!.text.length;
    return n;
  };
  for (let el: Element | null = elementOf(blocks[largest]!); el; el = el.parentElement) {
    if (inside(el) < REFINE.containerShare * total) continue;
    // The page's own word for where the article is: an <article> (or articleBody) around it.
    const landmark = el.closest('article, [itemprop="articleBody"]');
    return landmark && landmark.tagName.toUpperCase() === 'ARTICLE' ? landmark : el;
  }
  return null;
}

/** A line that ends a sentence (a label, date or button does not); CJK full stops too. */
export const ENDS_SENTENCE = /\p{L}\p{L}[.!?…。！？]["”»'’)\]」』]?$|[。！？]["”」』]?$/u;

/** Ends like prose: a sentence, or a clause that the next block continues. */
const SENTENCE_END = /[.!?:;…。！？"”»'’)\]」』]$/u;

/** Han, kana and Hangul carry about a word per character: they count three. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Length in Latin-script characters. */
export function weightedLength(text: string): number {
  return text.length + 2 * (text.match(CJK)?.length ?? 0);
}

/** A list item or table cell: items of one list stand or fall together, however short. */
export function isItem(b: RawBlock): boolean {
  return !b.run && /^(LI|TD|TH|DD|DT)$/.test(b.element.tagName.toUpperCase());
}

/**
 * The last resort when nothing was kept: the page's prose blocks (sentences, little of them
 * linked), if they add up to an article's length, else its largest hardly linked block if it is
 * long (REFINE.largestBlockFactor). A reader would still read them.
 */
export function proseFallback(blocks: readonly RawBlock[], minChars: number): Set<number> {
  const out = new Set<number>();
  let chars = 0;
  blocks.forEach((b, i) => {
    if (weightedLength(b.text) < REFINE.proseChars || !ENDS_SENTENCE.test(b.text)) return;
    if (linkDensity(b) > REFINE.proseLinkDensity) return;
    out.add(i);
    chars += b.text.length;
  });
  if (chars >= minChars) return out;
  // No sentences add up (a poem, lyrics, a recipe written line by line with <br>): the largest
  // block of the page, when it is long and hardly linked, is what a reader came for.
  let largest = -1;
  blocks.forEach((b, i) => {
    if (linkDensity(b) > REFINE.proseLinkDensity) return;
    if (largest < 0 || weightedLength(b.text) > weightedLength(blocks[largest]!.text)) largest = i;
  });
  return largest >= 0 && weightedLength(blocks[largest]!.text) >= REFINE.largestBlockFactor * minChars ? new Set([largest]) : new Set();
}

/** Refines `kept` (indices into `blocks`). */
export function refineArticle(blocks: readonly RawBlock[], kept: Set<number>, dom: DomClassifier): Refined {
  const out: Refined = { kept: new Set(kept), trimmed: new Map(), added: new Set() };
  if (kept.size === 0) return out;
  const density = new Map<number, number>();
  const ld = (i: number) => {
    let d = density.get(i);
    if (d === undefined) density.set(i, (d = linkDensity(blocks[i]!)));
    return d;
  };
  const len = (i: number) => weightedLength(blocks[i]!.text);
  const isProse = (i: number) => len(i) >= REFINE.proseChars && ld(i) <= REFINE.proseLinkDensity;
  const sorted = [...kept].sort((a, b) => a - b);

  const container = containerOf(blocks, kept);
  if (container) {
    // No DOM rule names it, or only the article's own header does (where the standfirst sits).
    const ruleFree = (i: number) => {
      const hit = dom.nearest(blocks[i]!.element);
      if (!hit || hit.element.contains(container)) return true;
      return hit.rule.name.startsWith('header or footer') && hit.element.tagName.toUpperCase() !== 'FOOTER' && !/foot/i.test(hit.element.className);
    };
    const add = (i: number) => {
      out.kept.add(i);
      out.added.add(i);
    };
    // Outward from the pick, within the container: prose is added; short lines are stepped over
    // (a byline, a subheading) up to `maxSkip` in a row; a row of links or a named block ends it.
    // Readability's sibling check, one level up: the container's parent, unless that is the page.
    const parent = container.parentElement;
    const scope = REFINE.expandToParent && parent && !/^(BODY|HTML)$/.test(parent.tagName.toUpperCase()) ? parent : container;
    const expand = (from: number, step: 1 | -1) => {
      let skipped = 0;
      for (let i = from + step; i >= 0 && i < blocks.length && !out.kept.has(i); i += step) {
        const b = blocks[i]!;
        if (!scope.contains(b.element) || (b.element === scope && !b.run)) break;
        if (ld(i) >= REFINE.linkedDensity || !ruleFree(i)) break;
        if (isProse(i) && SENTENCE_END.test(b.text)) {
          add(i);
          skipped = 0;
        } else if (++skipped > REFINE.maxSkip) break;
      }
    };
    expand(sorted[0]!, -1);
    expand(sorted[sorted.length - 1]!, 1);
    // The lead: prose just before the pick, outside the container but under the same section
    // (a teaser paragraph in the article's header, above the date and tags). Short lines and short
    // link rows (category links, a byline) are stepped over; a long non-prose block ends it.
    if (REFINE.leadWindow > 0) {
      const shared = (el: Element) => {
        for (let a = container.parentElement; a && !/^(BODY|HTML)$/.test(a.tagName.toUpperCase()); a = a.parentElement) if (a.contains(el)) return true;
        return false;
      };
      const top = Math.min(...out.kept);
      let skipped = 0;
      for (let i = top - 1; i >= 0 && i >= top - REFINE.leadWindow; i--) {
        const b = blocks[i]!;
        if (!shared(b.element)) break;
        if (isProse(i) && ENDS_SENTENCE.test(b.text) && ruleFree(i)) {
          add(i);
          skipped = 0;
        } else if (len(i) >= REFINE.edgeChars && ld(i) < REFINE.linkedDensity) break;
        else if (++skipped > REFINE.maxSkip) break;
      }
    }
    // Between two kept blocks: what the finder cut out of the middle (subheadings, list items,
    // short paragraphs), unless linked or named by a rule.
    if (REFINE.fillGaps) {
      for (let k = 0; k + 1 < sorted.length; k++) {
        for (let i = sorted[k]! + 1; i < sorted[k + 1]!; i++) {
          const b = blocks[i]!;
          if (out.kept.has(i) || !container.contains(b.element) || ld(i) >= REFINE.linkedDensity) continue;
          const hit = dom.nearest(b.element);
          if (hit && !hit.element.contains(container)) continue;
          add(i);
        }
      }
    }
  }

  // A short line that leads into the kept text right after it is part of it: a subheading before
  // the first paragraph, a line ending in a colon before a list (when the next is no link row).
  const leadsIn = (i: number) => {
    if (!REFINE.keepLeadIns) return false;
    const next = i + 1;
    if (!out.kept.has(next) || ld(next) >= REFINE.linkedDensity || ld(i) >= REFINE.linkedDensity) return false;
    const b = blocks[i]!;
    return /:$/.test(b.text) || (!b.run && /^H[2-6]$/.test(b.element.tagName.toUpperCase()) && i < first);
  };
  // Trim short link rows anywhere, and short lines outside the first..last prose block.
  const order = [...out.kept].sort((a, b) => a - b);
  const prose = order.filter(isProse);
  const first = prose[0] ?? Infinity;
  const last = prose[prose.length - 1] ?? -Infinity;
  for (const i of order) {
    const b = blocks[i]!;
    const sentence = ENDS_SENTENCE.test(b.text);
    if (ld(i) >= REFINE.linkedDensity && len(i) <= REFINE.linkedMaxChars && !(sentence && len(i) >= REFINE.proseChars)) out.trimmed.set(i, 'linked');
    else if ((i < first || i > last) && len(i) < REFINE.edgeChars && !sentence && !isItem(b) && !leadsIn(i)) out.trimmed.set(i, 'edge');
  }
  // A short line that the article's text does not go on from (the next block is dropped or a
  // link row): the heading of a link list ("Read more:", "Weitere Artikel") or a button label.
  if (REFINE.dangling) {
    for (const i of order) {
      if (out.trimmed.has(i)) continue;
      const b = blocks[i]!;
      if (len(i) >= REFINE.edgeChars || ENDS_SENTENCE.test(b.text) || isItem(b)) continue;
      const next = i + 1;
      if (next < blocks.length && (!out.kept.has(next) || out.trimmed.has(next))) out.trimmed.set(i, 'edge');
    }
  }
  // Never trim the whole pick away.
  if (out.trimmed.size < out.kept.size) for (const i of out.trimmed.keys()) out.kept.delete(i);
  else out.trimmed.clear();
  for (const i of out.trimmed.keys()) out.added.delete(i);
  return out;
}
