/**
 * Cuts a page into paragraph-level blocks: every element that breaks the line (p, h1-h6, li,
 * blockquote, figcaption, pre, dd/dt, td, and divs) and has no such element inside becomes one
 * block; loose text between the block children of a container becomes a block of its own, so no
 * visible text is left out. The walk only reads the document.
 */
import { upperCaseTag } from './element-reads';
import { isHidden } from './visibility';
import { collapseWhitespace } from '../text';

/** Tags that break inline flow (HTML's block-level and table elements). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Deeper than this the walk stops descending and takes the text as it is (no stack overflow). */
const MAX_DEPTH = 300;

/**
 * The text with its characters composed (Unicode NFC): a page may write "ü" or a Bengali "য়" as a
 * letter plus a combining mark, which reads the same but compares unequal to the composed form
 * that the corpus, a search or a copied quote has (trafilatura-eval page 0510, among others).
 * ASCII text is left as it is, without a pass.
 */
function composed(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
}

/** A block as the walk finds it, before it is labelled. */
export interface RawBlock {
  text: string;
  /**
   * The leaf block element; for loose text, the run's one element when it is a single element,
   * else the container that holds the run.
   */
  element: Element;
  /** For loose text: the sibling nodes that make up the run. */
  run?: Node[];
}

/** Blocks of a page, and where the walk stopped early (if it did). */
export interface WalkResult {
  blocks: RawBlock[];
  /** Elements visited. */
  elements: number;
  /**
   * Sum of the visited elements' depths = the summed size of every element's subtree: what
   * Readability's per-container passes cost (deeply nested pages are quadratic for it).
   * Infinity when the walk hit its depth cap.
   */
  depthSum: number;
  /** Set when a limit stopped the walk: the reason, and roughly how much text was left. */
  truncated?: { reason: string; element: Element | null };
}

/** Limits of one walk. */
export interface WalkLimits {
  maxElements: number;
  maxChars: number;
}

type Visit = { inline: true; text: string } | { inline: false; blocks: RawBlock[] } | null;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/**
 * Walks `root` (normally `document.body`) into blocks in document order. `rootChars`: the length
 * of the root's `textContent`, when the caller has it already (a long page's text is not cheap).
 */
export function walkBlocks(root: Element, limits: WalkLimits, rootChars?: number): WalkResult {
  let elements = 0;
  let depthSum = 0;
  let tooDeep = false;
  let chars = 0;
  let truncated: WalkResult['truncated'];
  const pageChars = rootChars ?? (root.textContent ?? '').length;

  function visit(el: Element, depth: number): Visit {
    if (truncated) return null;
    if (++elements > limits.maxElements) {
      truncated = { reason: `page has more than ${limits.maxElements} elements`, element: el };
      return null;
    }
    depthSum += depth;
    // The root is read whatever it says (a <body class="hidden"> until scripts run, or the <head>
    // a lenient parser put the text in), its descendants only when visible.
    if (el !== root && isHidden(el, pageChars)) return null;
    const tag = upperCaseTag(el);
    if (tag === 'BR') return { inline: true, text: ' ' };
    const isBlockTag = BLOCK_TAGS.has(tag);
    if (depth > MAX_DEPTH) {
      tooDeep = true;
      const text = collapseWhitespace(el.textContent ?? '');
      return isBlockTag ? { inline: false, blocks: text ? [emit(text, el)] : [] } : { inline: true, text };
    }

    // Children in order: inline pieces (with their nodes, for loose-text runs) or block lists.
    const parts: { text?: string; blocks?: RawBlock[]; node: Node }[] = [];
    let hasBlocks = false;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_NODE) {
        parts.push({ text: child.nodeValue ?? '', node: child });
      } else if (child.nodeType === ELEMENT_NODE) {
        const v = visit(child as Element, depth + 1);
        if (!v) continue;
        if (v.inline) parts.push({ text: v.text, node: child });
        else {
          hasBlocks = true;
          parts.push({ blocks: v.blocks, node: child });
        }
      }
      if (truncated) break;
    }

    if (!hasBlocks) {
      const text = parts.map((p) => p.text).join('');
      if (!isBlockTag) return { inline: true, text };
      const clean = collapseWhitespace(text);
      return { inline: false, blocks: clean ? [emit(clean, el)] : [] };
    }

    // A container: its block children were listed by their own visits; loose runs become blocks.
    const blocks: RawBlock[] = [];
    let run: Node[] = [];
    let runText = '';
    const flush = () => {
      const clean = collapseWhitespace(runText);
      if (clean) blocks.push(emit(clean, el, run));
      run = [];
      runText = '';
    };
    for (const part of parts) {
      if (part.blocks) {
        flush();
        for (const b of part.blocks) blocks.push(b);
      } else {
        run.push(part.node);
        runText += part.text;
      }
    }
    flush();
    return { inline: false, blocks };
  }

  function emit(written: string, element: Element, run?: Node[]): RawBlock {
    const text = composed(written);
    chars += text.length;
    // A run that is one element (a <time>, a <span class="credit">) is that element: the rules see
    // its class and the content script marks just it, not the whole container.
    if (run) {
      const solid = run.filter((n) => n.nodeType === ELEMENT_NODE || (n.nodeValue ?? '').trim() !== '');
      if (solid.length === 1 && solid[0]!.nodeType === ELEMENT_NODE) element = solid[0] as Element;
    }
    if (chars > limits.maxChars && !truncated) {
      truncated = { reason: `page has more than ${limits.maxChars} characters of text`, element };
    }
    return run ? { text, element, run } : { text, element };
  }

  const v = visit(root, 0);
  const rootText = v?.inline ? collapseWhitespace(v.text) : '';
  const blocks = !v ? [] : v.inline ? (rootText ? [emit(rootText, root)] : []) : v.blocks;
  // Past the depth cap the true cost is unknown and large: say so through the sum.
  if (tooDeep) depthSum = Number.POSITIVE_INFINITY;
  return truncated ? { blocks, elements, depthSum, truncated } : { blocks, elements, depthSum };
}
