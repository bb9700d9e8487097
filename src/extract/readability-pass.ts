/**
 * Runs Mozilla Readability on a copy of the page and reports which blocks survive in its article.
 * Readability mutates the document it reads, so it only ever sees a copy; the copy leaves out
 * what Readability would discard unread (scripts, styles, hidden subtrees, comments, whitespace
 * between blocks: a third of a page's nodes, which Readability's passes and its retries would
 * go over again), and only the copy is tagged. Readability's slowest methods are replaced on the
 * reader by equivalents that answer the same (readability-shortcuts.ts).
 */
import { Readability } from '@mozilla/readability';
import { classAttribute, upperCaseTag } from './element-reads';
import { installReadabilityShortcuts, PREP_TAGS, type TagLists } from './readability-shortcuts';
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
    // The copy listed the elements Readability's preparation looks for as it made them.
    installReadabilityShortcuts(reader, (root) => (root === copy.listed.root ? copy.listed.lists : undefined));
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
  // A tree walk, not `querySelectorAll('[data-sc-block]')`: without a native selector engine
  // (linkedom) that compiles and runs a CSS matcher.
  const walker = content.ownerDocument.createTreeWalker(content, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const index = el.getAttribute(TAG);
    if (index) kept.add(Number(index));
  }
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
  /**
   * The copied elements of each of PREP_TAGS, in document order, and the root they were copied
   * under: the copy's document, or its body after a refill.
   */
  listed: { root: Node; lists: TagLists };
}

/** PREP_TAGS upper-cased, as the copy reads tags. */
const LISTED_TAGS = new Map(PREP_TAGS.map((tag) => [tag.toUpperCase(), tag]));

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
  const newLists = (): TagLists => new Map(PREP_TAGS.map((tag) => [tag, []]));
  const listed: ReadabilityCopy['listed'] = { root: clone, lists: newLists() };
  // The original of each <body> copied (a lenient parser may make several), to refill one.
  const bodies = new Map<Node, Element>();
  let elements = 0;
  let keepJsonLd = true;
  let bodyChars: number | undefined;
  const pageChars = () => (bodyChars ??= (doc.body?.textContent ?? '').length);
  // Past `maxElements` nothing more is copied, but the elements are still counted for the reason.
  const copyInto = (parent: Node | null, node: Node): Node | null => {
    if (!parent || elements > maxElements) return null;
    // Every attribute is copied: only which blocks survive is read from the copy, and a copy of
    // the attributes Readability reads alone cost more to make (a list of names per element)
    // than it saved Readability, now that its retries no longer serialise the page.
    const copy = node.cloneNode(false);
    if (!copy) return null;
    parent.appendChild(copy);
    if (needed.has(node)) twins.set(node, copy);
    return copy;
  };
  // Our own visibility test only in the body: the head's elements are not rendered, but
  // Readability reads the title and metadata there.
  const copyElement = (parent: Node | null, el: Element, tag: string, inBody: boolean): void => {
    elements++;
    const copy = copyInto(parent, el);
    if (copy && tag === 'BODY') bodies.set(copy, el);
    const listedAs = LISTED_TAGS.get(tag);
    if (copy && listedAs) listed.lists.get(listedAs)!.push(copy as Element);
    // An SVG is copied empty.
    if (!COPIED_EMPTY.has(tag) && el.firstChild) copyChildren(el, tag, copy, inBody || tag === 'BODY');
  };
  const copyChildren = (node: Node, nodeTag: string, twin: Node | null, inBody: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === ELEMENT_NODE) {
        const el = child as Element;
        const tag = upperCaseTag(el);
        if ((NOT_COPIED.has(tag) && !(keepJsonLd && el.getAttribute('type') === 'application/ld+json')) || hiddenToReadability(el) || (inBody && hiddenByClassOrCss(el, pageChars))) continue;
        copyElement(twin, el, tag, inBody);
      } else if (type === TEXT_NODE || type === CDATA_NODE) {
        if (!needed.has(child) && /^\s*$/.test(child.nodeValue ?? '') && betweenBlocks(child, nodeTag)) continue;
        copyInto(twin, child);
      } else if (type !== COMMENT_NODE) copyInto(twin, child);
    }
  };
  // At the top, every node is copied (the doctype; a lenient parser may give the document
  // several elements, page 0928). By `childNodes`: linkedom's doctype has no `nextSibling`.
  for (const top of Array.from(doc.childNodes)) {
    if (top.nodeType === ELEMENT_NODE) {
      const tag = upperCaseTag(top as Element);
      copyElement(clone, top as Element, tag, tag === 'BODY');
    } else if (elements <= maxElements) {
      const copy = top.cloneNode(true);
      if (copy) clone.appendChild(copy);
    }
  }
  if (elements > maxElements) return `page too large for Readability (${elements} elements)`;
  const body = clone.body;
  const original = body ? bodies.get(body) : undefined;
  if (!body || !original) return { clone, twins, listed };
  // A block that holds the body itself would be tagged around it, and refilling would lose that.
  for (let up: Node | null = original; up; up = up.parentNode) if (needed.has(up)) return { clone, twins, listed };
  const recopyBody = () => {
    while (body.firstChild) body.removeChild(body.firstChild);
    twins = new Map();
    keepJsonLd = false;
    elements = 0;
    listed.root = body;
    listed.lists = newLists();
    copyChildren(original, 'BODY', body, true);
    return twins;
  };
  return { clone, twins, recopyBody, listed };
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

/** The `innerHTML` accessor an element inherits. */
function innerHtmlAccessor(el: Element): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const found = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
    if (found) return found;
  }
  return undefined;
}

/**
 * What Readability removes unread as invisible (its `_isProbablyVisible`: the `hidden` attribute,
 * `aria-hidden` but for Wikimedia's `fallback-image`, an inline `display:none` or
 * `visibility:hidden`), so it need not be copied.
 */
function hiddenToReadability(el: Element): boolean {
  // Most elements have no attributes at all: nothing to read for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(classAttribute(el) ?? '').includes('fallback-image')) return true;
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
function betweenBlocks(node: Node, parentTag: string): boolean {
  if (parentTag !== 'HEAD' && (!BLOCK_TAGS.has(parentTag) || parentTag === 'PRE')) return false;
  const isBlock = (n: Node | null) => {
    if (!n) return true;
    if (n.nodeType !== ELEMENT_NODE) return false;
    const tag = upperCaseTag(n as Element);
    return BLOCK_TAGS.has(tag) || NO_SPACE_BESIDE.has(tag);
  };
  return isBlock(node.previousSibling) && isBlock(node.nextSibling);
}
