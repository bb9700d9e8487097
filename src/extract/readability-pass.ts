/**
 * Runs Mozilla Readability on a clone of the page and reports which blocks survive in its article.
 * Readability mutates the document it reads, so it only ever sees a clone; each block's nodes are
 * found in the clone by their path (node-paths) and only the clone is tagged.
 */
import { Readability } from '@mozilla/readability';
import { TwinFinder } from './node-paths';
import type { RawBlock } from './walk-blocks';

/** Attribute that carries a block's index through Readability (it keeps data-* attributes). */
const TAG = 'data-sc-block';

/** What the Readability pass found. */
export type ReadabilityOutcome =
  | { ok: true; kept: Set<number>; title: string }
  | { ok: false; reason: string };

/**
 * Which of the page's `blocks` Readability keeps. `maxElemsToParse` bounds its work in browsers
 * (past it Readability refuses the page; research.md: it can take minutes on huge pages).
 */
export function readabilityKeeps(doc: Document, blocks: readonly RawBlock[], maxElemsToParse: number): ReadabilityOutcome {
  let clone: Document;
  try {
    clone = doc.cloneNode(true) as Document;
  } catch (e) {
    return { ok: false, reason: `could not clone the page (${String(e)})` };
  }
  // Find every twin before the first change: wrapping shifts child indices.
  const finder = new TwinFinder(doc, clone);
  const twins = blocks.map((block) => ({
    element: block.run ? null : (finder.twin(block.element) as Element | null),
    nodes: (block.run ?? Array.from(block.element.childNodes)).map((n) => finder.twin(n)),
  }));
  if (twins.some((t, i) => (!blocks[i]!.run && !t.element) || t.nodes.some((n) => !n))) {
    return { ok: false, reason: 'the clone of the page does not have the same structure' };
  }
  twins.forEach((twin, i) => {
    // The index rides on a span around the block's content: Readability rebuilds text-only divs as
    // new <p> elements (wrap phrasing content, then unwrap the single-<p> div), which loses the
    // div's own attributes (bench page: cnn.com's <div class="zn-body__paragraph">). Loose text is
    // wrapped the same way. A span is phrasing content, so Readability scores the block as before.
    twin.element?.setAttribute(TAG, String(i));
    const nodes = twin.nodes as Node[];
    const first = nodes[0];
    const parent = first?.parentNode;
    if (!first || !parent) return;
    const span = clone.createElement('span');
    span.setAttribute(TAG, String(i));
    parent.insertBefore(span, first);
    for (const node of nodes) span.appendChild(node);
  });

  let article: ReturnType<Readability<Element>['parse']>;
  try {
    article = new Readability<Element>(clone, {
      maxElemsToParse,
      serializer: (node) => node as Element,
    }).parse();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, reason: `Readability gave up (${message})` };
  }
  const content = article?.content;
  if (!article || !content) return { ok: false, reason: 'Readability found no article' };
  const kept = new Set<number>();
  const own = content.getAttribute?.(TAG);
  if (own) kept.add(Number(own));
  for (const el of Array.from(content.querySelectorAll(`[${TAG}]`))) kept.add(Number(el.getAttribute(TAG)));
  return { ok: true, kept, title: (article.title ?? '').trim() };
}
