/**
 * Runs Mozilla Readability on a copy of the page and reports which blocks survive in its article.
 * Readability mutates the document it reads, so it only ever sees a copy; the copy leaves out
 * what Readability would discard unread (scripts, styles, hidden subtrees, comments, whitespace
 * between blocks: a third of a page's nodes, which Readability's passes and its re-parses of the
 * page on a retry would go over again), and only the copy is tagged.
 */
import { Readability } from '@mozilla/readability';
import { HIDDEN_STYLE, hiddenByClassOrCss } from './visibility';
import { BLOCK_TAGS, type RawBlock } from './walk-blocks';

/** Attribute that carries a block's index through Readability (it keeps data-* attributes). */
const TAG = 'data-sc-block';

/** What the Readability pass found. */
export type ReadabilityOutcome =
  | { ok: true; kept: Set<number>; title: string }
  | { ok: false; reason: string };

/**
 * Which of the page's `blocks` Readability keeps. Past `maxElements` elements the copy is not made
 * and Readability is not asked (research.md: it can take minutes on huge pages); the copy does the
 * counting, and Readability's own `maxElemsToParse` check is off.
 */
export function readabilityKeeps(doc: Document, blocks: readonly RawBlock[], maxElements: number): ReadabilityOutcome {
  const needed = new Set<Node>();
  for (const block of blocks) {
    if (block.run) for (const n of block.run) needed.add(n);
    else needed.add(block.element);
  }
  let copy: ReadabilityCopy | string;
  try {
    copy = readabilityCopy(doc, needed, maxElements);
  } catch (e) {
    return { ok: false, reason: `could not clone the page (${String(e)})` };
  }
  if (typeof copy === 'string') return { ok: false, reason: copy };
  const { clone } = copy;
  tagBlocks(clone, blocks, copy.twins);

  let reader: Readability<Element>;
  let article: ReturnType<Readability<Element>['parse']>;
  try {
    // maxElemsToParse 0: the copy has already counted (past the limit it is not made), and
    // Readability's own count would walk the whole copy once more.
    reader = new Readability<Element>(clone, { maxElemsToParse: 0, serializer: (node) => node as Element });
    retryFromThePage(reader, copy, (twins) => tagBlocks(clone, blocks, twins));
    findTagsInOnePass(reader);
    article = reader.parse();
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

/**
 * Marks each block in the copy: its index rides on a span around the block's content. Readability
 * rebuilds text-only divs as new <p> elements (wrap phrasing content, then unwrap the single-<p>
 * div), which loses the div's own attributes (bench page: cnn.com's <div class="zn-body__paragraph">).
 * Loose text is wrapped the same way. A span is phrasing content, so Readability scores the block
 * as before. (An empty marker span before the content instead lost text on 58 trafilatura-eval dev
 * pages.) The span alone carries the index: it goes wherever the block's content goes (an index on
 * the element too found no other block on the 864 bench pages, and cost an attribute each).
 * Blocks with no twin in `twins` are left alone.
 */
function tagBlocks(clone: Document, blocks: readonly RawBlock[], twins: ReadonlyMap<Node, Node>): void {
  blocks.forEach((block, i) => {
    const span = clone.createElement('span');
    span.setAttribute(TAG, String(i));
    if (!block.run) {
      const element = twins.get(block.element) as Element | undefined;
      if (!element) return;
      while (element.firstChild) span.appendChild(element.firstChild);
      element.appendChild(span);
      return;
    }
    const nodes = block.run.map((n) => twins.get(n));
    const first = nodes[0];
    const parent = first?.parentNode;
    if (!first || !parent || nodes.some((n) => !n)) return;
    parent.insertBefore(span, first);
    for (const node of nodes) span.appendChild(node!);
  });
}

/** The copy Readability reads, and the twin of each original node it was asked to keep track of. */
interface ReadabilityCopy {
  clone: Document;
  twins: Map<Node, Node>;
  /**
   * Empties the copy's body and copies the page's body into it again, as Readability's own passes
   * find it (JSON-LD scripts left out: it has read and removed them by then); the twins of the
   * `needed` nodes made this time. Undefined when the copy has no body of its own to refill.
   */
  recopyBody?: () => Map<Node, Node>;
}

/**
 * Subtrees Readability discards before it reads (`_removeScripts`, `_prepDocument`; a template's
 * content is never shown). JSON-LD stays: Readability takes the title from it. An SVG is copied
 * as an empty element (its paths are most of an icon-heavy page's nodes), so the markup around
 * it reads the same.
 */
const NOT_COPIED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const COPIED_EMPTY = new Set(['SVG', 'svg']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;
/** NodeFilter.SHOW_ELEMENT (NodeFilter is not a global in Node). */
const SHOW_ELEMENT = 1;

/**
 * A copy of `doc` for Readability (which rewrites the document it reads), built node by node
 * from shallow clones: what Readability throws away unread (NOT_COPIED, subtrees its own
 * visibility test hides, comments, whitespace between blocks) is never copied, and the twins of
 * the `needed` nodes are noted as they are made. (It was a full clone, paired with the original
 * and then trimmed: in linkedom the clone was most of our time beyond Readability's, a third of
 * its nodes made only to be removed.) On the trafilatura-eval dev pages Readability keeps the
 * same blocks from it as from the full clone on all but two pages (0828, where it now finds the
 * article, and 0297, four characters). What our walk sees as hidden and Readability would not (a
 * framework's hiding class, a closed dialog, CSS in the browser) is left out too: Readability
 * then scores what a reader sees, as the blocks are (trafilatura-eval dev F1 0.9246 -> 0.9253: on
 * 0238 and 0670 hidden text no longer pulls its pick toward teasers). Past `maxElements`
 * elements it copies no more and says why (the only element limit Readability meets: its own
 * `maxElemsToParse` is passed as 0).
 */
function readabilityCopy(doc: Document, needed: ReadonlySet<Node>, maxElements: number): ReadabilityCopy | string {
  if (!doc.documentElement) return 'the page has no root element';
  // A shallow clone of a document keeps its URL (Readability resolves links against it).
  const clone = doc.cloneNode(false) as Document;
  let twins = new Map<Node, Node>();
  // The original of each <body> copied (a lenient parser may make several), to refill one.
  const bodies = new Map<Node, Element>();
  let elements = 0;
  let keepJsonLd = true;
  let bodyChars: number | undefined;
  const pageChars = () => (bodyChars ??= (doc.body?.textContent ?? '').length);
  // Past `maxElements` nothing more is copied, but the elements are still counted for the reason.
  const copyInto = (parent: Node | null, node: Node): Node | null => {
    if (!parent || elements > maxElements) return null;
    const copy = node.nodeType === ELEMENT_NODE ? shallowCopy(node as Element) : node.cloneNode(false);
    if (!copy) return null;
    parent.appendChild(copy);
    if (needed.has(node)) twins.set(node, copy);
    return copy;
  };
  // Our own visibility test only in the body: the head's elements are not rendered, but
  // Readability reads the title and metadata there.
  const copyElement = (parent: Node | null, el: Element, inBody: boolean): void => {
    elements++;
    const copy = copyInto(parent, el);
    const tag = el.tagName.toUpperCase();
    if (copy && tag === 'BODY') bodies.set(copy, el);
    // An SVG is copied empty.
    if (!COPIED_EMPTY.has(tag) && el.firstChild) copyChildren(el, copy, inBody || tag === 'BODY');
  };
  const copyChildren = (node: Node, twin: Node | null, inBody: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === ELEMENT_NODE) {
        const el = child as Element;
        if ((NOT_COPIED.has(el.tagName.toUpperCase()) && !(keepJsonLd && el.getAttribute('type') === 'application/ld+json')) || hiddenToReadability(el) || (inBody && hiddenByClassOrCss(el, pageChars))) continue;
        copyElement(twin, el, inBody);
      } else if (type === TEXT_NODE || type === CDATA_NODE) {
        if (!needed.has(child) && /^\s*$/.test(child.nodeValue ?? '') && betweenBlocks(child)) continue;
        copyInto(twin, child);
      } else if (type !== COMMENT_NODE) copyInto(twin, child);
    }
  };
  // At the top, every node is copied (the doctype; a lenient parser may give the document
  // several elements, page 0928), each element with what Readability reads of it. By
  // `childNodes`: linkedom's doctype has no `nextSibling`.
  for (const top of Array.from(doc.childNodes)) {
    if (top.nodeType === ELEMENT_NODE) copyElement(clone, top as Element, (top as Element).tagName.toUpperCase() === 'BODY');
    else if (elements <= maxElements) {
      const copy = top.cloneNode(true);
      if (copy) clone.appendChild(copy);
    }
  }
  if (elements > maxElements) return `page too large for Readability (${elements} elements)`;
  const body = clone.body;
  const original = body ? bodies.get(body) : undefined;
  if (!body || !original) return { clone, twins };
  // A block that holds the body itself would be tagged around it, and refilling would lose that.
  for (let up: Node | null = original; up; up = up.parentNode) if (needed.has(up)) return { clone, twins };
  const recopyBody = () => {
    while (body.firstChild) body.removeChild(body.firstChild);
    twins = new Map();
    keepJsonLd = false;
    elements = 0;
    copyChildren(original, body, true);
    return twins;
  };
  return { clone, twins, recopyBody };
}

/**
 * Readability 0.6 keeps the page's body as HTML (`page.innerHTML`) at the start of its search and,
 * when a pass finds too little text, writes that HTML back (a parse of the whole body) to search
 * again with looser rules. On the copy both are waste: the HTML is made on every page and used on
 * few (trafilatura-eval dev: 72 of 555 pages, 153 retries), and a parse is the dearest way back.
 * So the copy's body answers `innerHTML` with a token, and being given the token back it is
 * copied from the page again, tagged again, and prepared as Readability prepared it before its
 * search (images with no source go, `<br>` runs become paragraphs, `<font>` spans: the same
 * methods of its own). Any other read or write of the body's `innerHTML` goes to the
 * DOM as before. Where Readability lacks those methods (another version), nothing is changed.
 */
function retryFromThePage(reader: Readability<Element>, copy: ReadabilityCopy, retag: (twins: Map<Node, Node>) => void): void {
  const own = reader as unknown as ReadabilityPrep;
  const body = copy.clone.body;
  const recopy = copy.recopyBody;
  if (!body || !recopy || PREP_METHODS.some((name) => typeof own[name] !== 'function')) return;
  const native = innerHtmlAccessor(body);
  if (!native?.get || !native.set) return;
  const token = `<!--source-context: the page as copied ${Math.random()}-->`;
  let asked = false;
  let probing = false;
  let probed = false;
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      if (probing) {
        probed = true;
        return '';
      }
      if (asked) return native.get!.call(this);
      asked = true;
      return token;
    },
    set(this: Element, html: string) {
      if (html !== token) return native.set!.call(this, html);
      retag(recopy());
      // On the body itself, not through the document: Readability may have moved the body out of
      // it by now (its top candidate's relatives go into the article it builds).
      own._unwrapNoscriptImages(this);
      own._replaceBrs(this);
      own._replaceNodeTags(own._getAllNodesWithTag(this, ['font']), 'SPAN');
    },
  });
  // Readability must see the property as defined here, or not at all: where a DOM wrapper would
  // still answer with its native accessor (a content script's view of the page is such a wrapper,
  // and not every engine's is checked here), the definition is removed again and Readability
  // serialises and re-parses as it would anyway.
  probing = true;
  void body.innerHTML;
  probing = false;
  if (!probed) delete (body as { innerHTML?: string }).innerHTML;
}

/** The steps of Readability 0.6's `parse` and `_prepDocument` that change the body before its search. */
interface ReadabilityPrep {
  _unwrapNoscriptImages(root: Element): void;
  _replaceBrs(root: Element): void;
  _getAllNodesWithTag(root: Element, tags: string[]): ArrayLike<Element>;
  _replaceNodeTags(nodes: ArrayLike<Element>, tag: string): void;
}
const PREP_METHODS = ['_unwrapNoscriptImages', '_replaceBrs', '_getAllNodesWithTag', '_replaceNodeTags'] as const;

/**
 * Readability finds elements by tag name through `querySelectorAll('h1,h2')` (22 places). A DOM
 * without a native selector engine (linkedom, for the CLI) compiles a CSS matcher for each call
 * and runs it on every element: a fifth of Readability's time on the copy (CPU profile of the
 * trafilatura-eval dev pages). A tree walker finds the same elements, in the same document
 * order, in one plain pass; the result is an array, static as a `querySelectorAll` result is
 * (Readability removes and replaces what it finds).
 */
function findTagsInOnePass(reader: Readability<Element>): void {
  const own = reader as unknown as { _getAllNodesWithTag?: (node: ParentNode, tags: string[]) => ArrayLike<Element> };
  const original = own._getAllNodesWithTag;
  if (typeof original !== 'function') return;
  own._getAllNodesWithTag = function (node, tags) {
    const doc = node.nodeType === DOCUMENT_NODE ? (node as Document) : node.ownerDocument;
    if (!doc?.createTreeWalker) return original.call(this, node, tags);
    // Names compared in lower case, as a selector matches HTML elements (linkedom's
    // getElementsByTagName misses the <DIV> Readability itself creates).
    const wanted = new Set(tags.map((t) => t.toLowerCase()));
    const found: Element[] = [];
    const walker = doc.createTreeWalker(node, SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if (wanted.has(el.localName.toLowerCase())) found.push(el);
    }
    return found;
  };
}

/** The `innerHTML` accessor an element inherits. */
function innerHtmlAccessor(el: Element): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const found = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (found) return found;
  }
  return undefined;
}

/**
 * The attributes Readability 0.6 reads on any element (`getAttribute`, `className`, `id`,
 * `style`, its byline, visibility, unlikely-candidate, data-table, metadata, JSON-LD, link and
 * direction tests). The copy keeps only these: the others (data-*, aria-*, event handlers...) are
 * most of a modern page's attributes, and Readability's every `getAttribute` scans them, and it
 * serialises and re-parses the page with them on each retry.
 */
const READ_ATTRIBUTES = new Set([
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'aria-modal', 'role', 'rel', 'itemprop', 'href',
  'src', 'srcset', 'poster', 'lang', 'dir', 'name', 'property', 'content', 'type', 'datatable',
  'summary', 'colspan', 'rowspan',
]);

/** Elements whose every attribute Readability may read (lazy images, video embeds, metadata). */
const ALL_ATTRIBUTES_READ = new Set(['IMG', 'PICTURE', 'FIGURE', 'SOURCE', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'IFRAME', 'META', 'LINK']);

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * A shallow copy of `el` with the attributes Readability reads. Made from `el`'s own document, as
 * `cloneNode` makes it: linkedom leaves a clone owned by the original document, and Readability
 * creates its new elements from a node's owner. Other namespaces (SVG) are cloned as they are.
 */
function shallowCopy(el: Element): Node {
  // Most elements have no attributes: no list of names to build for them.
  if (!el.hasAttributes() || el.namespaceURI !== HTML_NS || ALL_ATTRIBUTES_READ.has(el.tagName.toUpperCase())) return el.cloneNode(false);
  const names = el.getAttributeNames();
  if (names.every((n) => READ_ATTRIBUTES.has(n))) return el.cloneNode(false);
  const copy = el.ownerDocument.createElement(el.localName);
  for (const name of names) if (READ_ATTRIBUTES.has(name)) copy.setAttribute(name, el.getAttribute(name)!);
  return copy;
}

/**
 * What Readability removes unread as invisible (its `_isProbablyVisible`: the `hidden` attribute,
 * `aria-hidden` but for Wikimedia's `fallback-image`, an inline `display:none` or
 * `visibility:hidden`), so it need not be copied.
 */
function hiddenToReadability(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

/** Elements a line of whitespace beside them does not show next to: the head's and breaks. */
const NO_SPACE_BESIDE = new Set(['HEAD', 'META', 'LINK', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BR', 'HR']);

/**
 * A text node between two block elements (or between one and its block parent's edge), in a
 * block parent: whitespace there shows nothing, and indentation whitespace is a third of a
 * page's nodes. Whitespace between inline elements is a word space and is copied.
 */
function betweenBlocks(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return false;
  const parentTag = parent.tagName.toUpperCase();
  if (parentTag !== 'HEAD' && (!BLOCK_TAGS.has(parentTag) || parentTag === 'PRE')) return false;
  const isBlock = (n: Node | null) => {
    if (!n) return true;
    if (n.nodeType !== ELEMENT_NODE) return false;
    const tag = (n as Element).tagName.toUpperCase();
    return BLOCK_TAGS.has(tag) || NO_SPACE_BESIDE.has(tag);
  };
  return isBlock(node.previousSibling) && isBlock(node.nextSibling);
}
