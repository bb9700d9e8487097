/**
 * Our own article finder, for pages Readability refuses (too big, or no article it trusts):
 * a one-pass version of Readability's idea. Paragraph-like blocks score their parent (full) and
 * grandparent (half); the best-scoring container is the article, and its blocks that are not
 * mostly links are kept, with prose blocks around it. Linear in the number of blocks (plus the
 * link count of each), so it is safe on huge pages.
 */
import type { RawBlock } from './walk-blocks';

/** Thresholds of the fallback scorer (Readability's own, where it has one). */
const FALLBACK = {
  /** A block shorter than this does not vote (Readability: 25 characters). */
  minVoteChars: 25,
  /** Blocks more linked than this neither vote nor are kept (Readability: 0.25 for divs). */
  maxLinkDensity: 0.5,
  /** A container needs at least this score to count as an article (about three paragraphs). */
  minContainerScore: 8,
  /** Beside the best container, a block must be prose this long... */
  siblingMinChars: 80,
  /** ...and hardly linked (Readability's sibling test: under 0.25). */
  siblingLinkDensity: 0.25,
} as const;

/** A sentence or more of prose: long enough, and ends like a sentence. */
function isProse(text: string): boolean {
  return text.length >= FALLBACK.siblingMinChars && /[.!?]["”’)\]]?$/.test(text);
}

/** Share of a block's text that sits inside links. */
export function linkDensity(block: RawBlock): number {
  if (!block.text) return 0;
  // A block inside a link (a teaser card) is all link.
  if (insideLink(block.element)) return 1;
  let linked = 0;
  const nodes: Node[] = block.run ?? [block.element];
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'A') linked += (el.textContent ?? '').length;
    else for (const a of Array.from(el.getElementsByTagName('a'))) linked += (a.textContent ?? '').length;
  }
  return Math.min(1, linked / block.text.length);
}

/**
 * Whether `el` is an `<a>` or inside one: `closest('a')` by parent steps, without the CSS matcher
 * a DOM with no native selector engine (linkedom) compiles for each call, once per block.
 */
function insideLink(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (cur.localName.toLowerCase() === 'a') return true;
  return false;
}

/** Indices of the blocks the fallback takes as the article (empty when nothing looks like one). */
export function fallbackKeeps(blocks: RawBlock[]): Set<number> {
  const scores = new Map<Element, number>();
  const density = blocks.map(linkDensity);
  blocks.forEach((b, i) => {
    if (b.text.length < FALLBACK.minVoteChars || (density[i] ?? 1) > FALLBACK.maxLinkDensity) return;
    // Readability's paragraph score: 1, one per comma, one per 100 characters (at most 3).
    const score = 1 + (b.text.match(/,/g)?.length ?? 0) + Math.min(3, Math.floor(b.text.length / 100));
    const parent = b.run ? (b.run[0]?.parentElement ?? null) : b.element.parentElement;
    if (!parent) return;
    scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + score / 2);
  });
  let best: Element | null = null;
  let bestScore: number = FALLBACK.minContainerScore;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  const kept = new Set<number>();
  if (!best) return kept;
  // Readability also looks at the top candidate's siblings: articles split across sibling
  // containers lose their tail otherwise. Within the container's grandparent (the level whose
  // score the paragraphs also fed), prose-like blocks count too: on the bench pages this took
  // the fallback from F1 0.926 to 0.941 (parent only: 0.934; the whole body: 0.932).
  const around = best.parentElement?.parentElement ?? best.parentElement;
  blocks.forEach((b, i) => {
    const d = density[i] ?? 1;
    if (b.element === best || best.contains(b.element)) {
      if (d <= FALLBACK.maxLinkDensity) kept.add(i);
    } else if (around && around.contains(b.element) && isProse(b.text) && d <= FALLBACK.siblingLinkDensity) {
      kept.add(i);
    }
  });
  return kept;
}
