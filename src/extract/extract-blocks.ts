/**
 * Page extraction: every visible text block of the page, in document order, labelled content or
 * boilerplate with a category and a reason.
 *
 * 1. Cut the ORIGINAL page into blocks (walk-blocks). Nothing is ever written to it.
 * 2. Find the article (find-article): Readability on a clone, or our own scorer when Readability
 *    refuses the page.
 * 3. Label each block (label-blocks): outside the article = boilerplate named by the DOM rules;
 *    inside, the specific DOM rules still strip captions, credits, embeds, share bars...
 * 4. Put back the headline and dek Readability leaves out (headline-dek).
 * 5. Run the text rules (src/noise/text-rules.ts) over the kept texts in sequence.
 * 6. The fitted block model (block-model.ts) has the last word on prose-length blocks that the
 *    rules kept, or left out without a rule naming them.
 * The title is Readability's (else `<title>`) without the site name (site-title).
 */
import { DomClassifier } from './dom-classify';
import { findArticle } from './find-article';
import { restoreDek } from './headline-dek';
import { proseFallback, refineArticle } from './refine-article';
import { labelDropped, labelKept, type LabelContext } from './label-blocks';
import { withoutSiteName } from './site-title';
import { classifyKeptTexts } from './text-pass';
import { EXTRACT } from './thresholds';
import type { ExtractedBlock, ExtractOptions, ExtractResult } from './types';
import { walkBlocks, type RawBlock } from './walk-blocks';
import { unrenderedArticle, type UnrenderedArticle } from './unrendered-text';
import { linkDensity } from './fallback-scoring';
import { collapseWhitespace } from '../text';
import { BlockFeatures, modelDecides } from './block-features';
import { applyBlockModel } from './block-model';

/** Lists and labels every visible text block of `doc`. Never throws; never changes `doc`. */
export function extractBlocks(doc: Document, options: ExtractOptions = {}): ExtractResult {
  const steps = extractBlocksInSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same extraction as a generator that pauses between its steps (walk, article, labels), so
 * the content script can give the page its main thread back in between: on a long page each step
 * takes a good part of the 50 ms a task may last.
 */
export function* extractBlocksInSteps(doc: Document, options: ExtractOptions = {}): Generator<void, ExtractResult> {
  try {
    return yield* extract(doc, options);
  } catch (e) {
    // A DOM we did not foresee must not take the content script down: say what happened instead.
    const message = e instanceof Error ? e.message : String(e);
    return {
      title: '',
      blocks: [{ text: '', kind: 'boilerplate', category: 'other', reason: `extraction failed: ${message}`, element: null }],
    };
  }
}

/**
 * The element that holds the page's text: `document.body`, unless it holds next to none. A browser's
 * parser always puts the text in the body, but a DOM built by a lenient parser (linkedom, for
 * the CLI) can leave the body empty on a malformed page (PHP warnings before `<html>`, a stray
 * `<meta>` before `<head>`: trafilatura-eval pages 0029, 0106) and put the text in a second
 * `<body>` or a sibling of the root. Then the candidate with the most text is the page.
 */
function pageRoot(doc: Document): { root: Element; chars?: number } | null {
  // linkedom's `body` getter throws on a document with no root element (empty input).
  if (!doc?.documentElement) return null;
  const body = doc.body ?? doc.documentElement;
  const text = body.textContent ?? '';
  if (text.trim().length >= EXTRACT.minArticleChars) return { root: body, chars: text.length };
  let best: Element = body;
  let bestLength = 0;
  // The text may even sit in the <head> (page 0918: a stray tag before <body>).
  // On a tie the innermost wins: the root element holds the head's text too, but the walk skips
  // a <head> below the root.
  const candidates = [...Array.from(doc.querySelectorAll('body')), ...Array.from(doc.querySelectorAll('head')), ...Array.from(doc.children)];
  for (const el of candidates) {
    let length = (el.textContent ?? '').trim().length;
    for (const code of Array.from(el.querySelectorAll('script, style, noscript, template, title'))) length -= (code.textContent ?? '').length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return { root: best };
}

/**
 * Adds the blocks found off the rendered page (unrendered-text) where their holder sits: content,
 * unless mostly links or named by the text rules. Their element is the holder's shown ancestor.
 */
function insertUnrendered(blocks: ExtractedBlock[], found: UnrenderedArticle): void {
  const { host } = found;
  const why = `no article in the rendered page; text from ${found.source}, which the page's scripts show`;
  const added: ExtractedBlock[] = found.blocks.map((b) =>
    linkDensity(b) > EXTRACT.navLinkDensity
      ? { text: b.text, kind: 'boilerplate', category: 'navigation', reason: `${why}, but mostly links`, element: host }
      : { text: b.text, kind: 'content', reason: why, element: host },
  );
  const keptIdx = added.flatMap((b, i) => (b.kind === 'content' ? [i] : []));
  const verdicts = classifyKeptTexts(keptIdx.map((i) => added[i]!.text));
  keptIdx.forEach((i, k) => {
    const v = verdicts[k];
    if (v) added[i] = { ...added[i]!, kind: 'boilerplate', category: v.category, reason: `${why}; text rule: ${v.reason}` };
  });
  // After the blocks before the holder (and those inside it), in document order: the blocks are
  // in document order, so a binary search on each element's path of child indices.
  const path = (el: Element) => {
    const out: number[] = [];
    for (let e: Element | null = el; e?.parentElement; e = e.parentElement) {
      let i = 0;
      for (let s = e.previousElementSibling; s; s = s.previousElementSibling) i++;
      out.push(i);
    }
    return out.reverse();
  };
  const hostPath = path(host);
  const after = (el: Element | null) => {
    if (!el || host.contains(el)) return false;
    const p = path(el);
    for (let k = 0; k < Math.min(p.length, hostPath.length); k++) if (p[k] !== hostPath[k]) return p[k]! > hostPath[k]!;
    return false;
  };
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(blocks[mid]!.element)) hi = mid;
    else lo = mid + 1;
  }
  const at = lo;
  blocks.splice(at, 0, ...added);
}

function featuresForFit(raw: RawBlock[], blocks: ExtractedBlock[]): NonNullable<ExtractResult['blockFeatures']> {
  const features = new BlockFeatures(raw, blocks);
  return { rows: raw.map((_, i) => features.row(i)), decides: raw.map((b, i) => modelDecides(blocks[i]!, b)) };
}

function titleOf(doc: Document, readabilityTitle: string | undefined): string {
  return withoutSiteName(
    readabilityTitle || collapseWhitespace(doc.title ?? '') || collapseWhitespace(doc.querySelector('h1')?.textContent ?? ''),
    doc,
  );
}

function* extract(doc: Document, options: ExtractOptions): Generator<void, ExtractResult> {
  const limits = {
    maxElements: options.maxElements ?? EXTRACT.maxElements,
    maxChars: options.maxChars ?? EXTRACT.maxChars,
  };
  const page = pageRoot(doc);
  if (!page) return { title: '', blocks: [] };
  const { root } = page;

  const walk = walkBlocks(root, limits, page.chars);
  yield;
  const article = findArticle(doc, walk, options.readabilityMaxElements ?? EXTRACT.readabilityMaxElements);
  yield;
  const title = titleOf(doc, article.title);
  const lengths = new Map<Element, number>();
  const ctx: LabelContext = {
    article,
    dom: new DomClassifier(root),
    title,
    lengthOf(el) {
      let n = lengths.get(el);
      if (n === undefined) lengths.set(el, (n = (el.textContent ?? '').length));
      return n;
    },
  };

  const refined = refineArticle(walk.blocks, article.kept, ctx.dom);
  article.kept = refined.kept;
  article.keptChars = walk.blocks.reduce((n, b, i) => (refined.kept.has(i) ? n + b.text.length : n), 0);
  const blocks: ExtractedBlock[] = walk.blocks.map((b, i) => {
    if (article.kept.has(i)) {
      const label = labelKept(b, ctx);
      return refined.added.has(i) && label.kind === 'content' ? { ...label, reason: `${label.reason}; added back: prose in the article's container` } : label;
    }
    const label = labelDropped(b, ctx);
    const trim = refined.trimmed.get(i);
    if (!trim || label.kind === 'content' || label.category !== 'other') return label;
    return trim === 'linked'
      ? { ...label, category: 'navigation', reason: `kept by ${article.finder} but mostly links` }
      : { ...label, reason: `kept by ${article.finder} but a short line before or after the article's prose` };
  });
  restoreDek(walk.blocks, blocks, ctx.dom);

  // Text rules on the sequence of kept texts (they see neighbours: a caption after a photo...).
  const keptIdx = blocks.flatMap((b, i) => (b.kind === 'content' ? [i] : []));
  const verdicts = classifyKeptTexts(keptIdx.map((i) => blocks[i]!.text));
  keptIdx.forEach((blockIndex, k) => {
    const v = verdicts[k];
    const block = blocks[blockIndex];
    if (!v || !block) return;
    const { role: _role, ...rest } = block;
    blocks[blockIndex] = { ...rest, kind: 'boilerplate', category: v.category, reason: `text rule: ${v.reason}` };
  });

  // The fit script's view: every block's features as the rules left it, and which the model decides.
  const forFit = options.withBlockFeatures ? featuresForFit(walk.blocks, blocks) : undefined;
  // The fitted block model has the last word on prose-length blocks (block-model.ts).
  if (options.blockModel !== false) applyBlockModel(walk.blocks, blocks);

  // Nothing left as content on a page that has prose: keep the prose rather than refuse the page;
  // or the text the page holds off its rendered markup (a script template, JSON-LD), when larger.
  if (!blocks.some((b) => b.kind === 'content')) {
    const prose = proseFallback(walk.blocks, EXTRACT.minArticleChars);
    let proseChars = 0;
    for (const i of prose) proseChars += walk.blocks[i]!.text.length;
    const unrendered = unrenderedArticle(doc, limits, Math.max(EXTRACT.minArticleChars, proseChars + 1));
    if (unrendered) insertUnrendered(blocks, unrendered);
    else {
      for (const i of prose) {
        const b = blocks[i]!;
        blocks[i] = { text: b.text, kind: 'content', reason: `no article found (${b.reason}); kept as prose, the last resort`, element: b.element };
      }
    }
  }

  if (walk.truncated) {
    blocks.push({
      text: '',
      kind: 'boilerplate',
      category: 'other',
      reason: `not analysed: ${walk.truncated.reason}; blocks after this point are not listed`,
      element: walk.truncated.element,
    });
  }
  return forFit ? { title, blocks, blockFeatures: forFit } : { title, blocks };
}
