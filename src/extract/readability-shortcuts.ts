/**
 * Cheaper equivalents of Readability 0.6 methods that are slow where the DOM has no native
 * traversal (linkedom, for the CLI and the bench: `textContent`, `style` and every tag look-up
 * walk the whole subtree in JavaScript). Each one gives the answer the method it replaces gives,
 * on any DOM, but for the post-processing of the article's HTML, which is skipped (only which
 * blocks the article holds is read from it); each is installed only where Readability has the
 * method it replaces (another version is left as it is). On the 864 bench pages every block of
 * every page is byte-identical with and without them.
 */
import type { Readability } from '@mozilla/readability';

/** The Readability 0.6 methods replaced here (private: they are read and set on the instance). */
interface ReadabilityInternals {
  REGEXPS?: { byline?: RegExp };
  _isValidByline?(node: Element, matchString: string): boolean;
  _isProbablyVisible?(node: Element): boolean;
  _isElementWithoutContent?(node: Node): boolean;
  _postProcessContent?(article: Element): void;
  _getAllNodesWithTag?(node: ParentNode, tags: string[]): ArrayLike<Element>;
  _unwrapNoscriptImages?(root: Document | Element): void;
  _grabArticle?(...args: unknown[]): unknown;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;
/** NodeFilter.SHOW_ELEMENT (NodeFilter is not a global in Node). */
const SHOW_ELEMENT = 1;

/** Elements by lower-case tag name, each list in document order. */
export type TagLists = Map<string, Element[]>;

/**
 * Installs every shortcut on `reader`. `listedUnder`, when given, answers for a root (the
 * document or its body) the elements of each of PREP_TAGS under it, in document order, where the
 * caller already has them (it made the page); otherwise they are found by a walk.
 */
export function installReadabilityShortcuts<T>(reader: Readability<T>, listedUnder?: (root: Node) => TagLists | undefined): void {
  const own = reader as unknown as ReadabilityInternals;
  bylineTextOnlyWhenAsked(own);
  visibilityWithoutStyleObject(own);
  emptinessWithoutWholeText(own);
  noPostProcessing(own);
  findTagsInOnePass(own);
  // After findTagsInOnePass: what it cannot answer goes to that walk.
  prepLookupsFromOneWalk(own, listedUnder);
}

/**
 * `_isValidByline` reads the node's whole text before it tests the node's attributes and class
 * (it is asked of every element until a byline is found, and the body's text is most of the page).
 * The same test, with the text read only when the rest already says "byline".
 */
function bylineTextOnlyWhenAsked(own: ReadabilityInternals): void {
  const byline = own.REGEXPS?.byline;
  if (typeof own._isValidByline !== 'function' || !(byline instanceof RegExp)) return;
  own._isValidByline = (node, matchString) => {
    const itemprop = node.getAttribute('itemprop');
    const named = node.getAttribute('rel') === 'author' || (!!itemprop && itemprop.includes('author')) || byline.test(matchString);
    if (!named) return false;
    const length = (node.textContent ?? '').trim().length;
    return !!length && length < 100;
  };
}

/**
 * `_isProbablyVisible` reads `node.style` for every element (linkedom builds a style object for
 * it). An element with no `style` attribute has an empty inline style (no script runs on the
 * copy), so only elements that have one need the object; the attribute tests are Readability's.
 */
function visibilityWithoutStyleObject(own: ReadabilityInternals): void {
  const original = own._isProbablyVisible;
  if (typeof original !== 'function') return;
  own._isProbablyVisible = function (node) {
    if (typeof node.hasAttribute !== 'function' || node.hasAttribute('style')) return original.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') !== 'true') return true;
    const className = node.className as unknown;
    return !!className && typeof className === 'string' && className.includes('fallback-image');
  };
}

/**
 * `_isElementWithoutContent` joins all of an element's text to learn whether any of it is not
 * white space. The same answer stops at the first text node that is not (JavaScript's `trim`
 * and `\s` strip the same characters); only an element with no text goes on to count children.
 */
function emptinessWithoutWholeText(own: ReadabilityInternals): void {
  if (typeof own._isElementWithoutContent !== 'function') return;
  own._isElementWithoutContent = (node) => {
    if (node.nodeType !== ELEMENT_NODE || hasVisibleText(node)) return false;
    const el = node as Element;
    const children = el.children.length;
    return !children || children === el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
  };
}

/**
 * Whether any text under `node` is other than white space (what `textContent.trim()` keeps). A
 * walk in document order without recursion: a malformed page can nest thousands deep.
 */
function hasVisibleText(node: Node): boolean {
  let current: Node | null = node.firstChild;
  while (current) {
    const type = current.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      if (/\S/.test(current.nodeValue ?? '')) return true;
    } else if (type === ELEMENT_NODE && current.firstChild) {
      current = current.firstChild;
      continue;
    }
    // Next in document order within `node`: the next sibling of the nearest ancestor with one.
    while (current && current !== node && !current.nextSibling) current = current.parentNode;
    if (!current || current === node) return false;
    current = current.nextSibling;
  }
  return false;
}

/**
 * `_postProcessContent` makes the article's links absolute, flattens nested divs and strips
 * classes: HTML for a reader view. Only which tagged blocks the article holds is read from it,
 * and none of those steps moves a block out (a flattened div gives way to its own child).
 */
function noPostProcessing(own: ReadabilityInternals): void {
  if (typeof own._postProcessContent !== 'function') return;
  own._postProcessContent = () => {};
}

/**
 * Readability finds elements by tag name through `querySelectorAll('h1,h2')` (22 places). A DOM
 * without a native selector engine (linkedom, for the CLI) compiles a CSS matcher for each call
 * and runs it on every element: a fifth of Readability's time on the copy (CPU profile of the
 * trafilatura-eval dev pages). A tree walker finds the same elements, in the same document
 * order, in one plain pass; the result is an array, static as a `querySelectorAll` result is
 * (Readability removes and replaces what it finds).
 */
function findTagsInOnePass(own: ReadabilityInternals): void {
  const original = own._getAllNodesWithTag;
  if (typeof original !== 'function') return;
  own._getAllNodesWithTag = function (node, tags) {
    const doc = node.nodeType === DOCUMENT_NODE ? (node as Document) : (node as Node).ownerDocument;
    if (!doc?.createTreeWalker) return original.call(this, node, tags);
    // Names compared in lower case, as a selector matches HTML elements (linkedom's
    // getElementsByTagName misses the <DIV> Readability itself creates).
    const wanted = new Set(tags.map((t) => t.toLowerCase()));
    const found: Element[] = [];
    const walker = doc.createTreeWalker(node as Node, SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      if (wanted.has(el.localName.toLowerCase())) found.push(el);
    }
    return found;
  };
}

/** The tags Readability 0.6 looks up over the whole page before it searches (each step once). */
export const PREP_TAGS = ['img', 'noscript', 'script', 'style', 'br', 'font'];

/** Attributes that make Readability keep an image before it looks inside `<noscript>`. */
const IMAGE_SOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'data-src', 'data-srcset']);
const IMAGE_FILE = /\.(jpg|jpeg|png|webp)/i;

/**
 * Before its search Readability walks the whole page once per step: images and `<noscript>`
 * (`_unwrapNoscriptImages`, its first step, and the first of our retry's), JSON-LD scripts,
 * scripts again to remove them, styles, `<br>` runs, `<font>`. One walk at the first step finds
 * them all (or none: the caller that made the page listed them as it made it); each later step
 * of the same preparation is answered from those lists, keeping only what is still in the page
 * (an earlier step may have removed it). That is the list a new walk would give: those steps
 * create none of these tags (only <p>, <div>, <span>) and move nodes only with their order kept.
 * The lists are only read, never changed, and serve until anything else is looked up or the
 * search starts; a page with an image inside `<noscript>` (never in the copy) gets Readability's
 * own steps.
 */
function prepLookupsFromOneWalk(own: ReadabilityInternals, listedUnder?: (root: Node) => TagLists | undefined): void {
  const findAll = own._getAllNodesWithTag;
  const unwrap = own._unwrapNoscriptImages;
  const grab = own._grabArticle;
  if (typeof findAll !== 'function' || typeof unwrap !== 'function' || typeof grab !== 'function') return;
  let found: Map<string, Element[]> | null = null;
  let root: Document | Element | null = null;
  own._unwrapNoscriptImages = function (this: ReadabilityInternals, from) {
    const given = listedUnder?.(from);
    if (given && PREP_TAGS.every((tag) => given.has(tag))) found = given;
    else {
      found = new Map(PREP_TAGS.map((tag) => [tag, []]));
      for (const el of Array.from(findAll.call(this, from, PREP_TAGS))) found.get(el.localName.toLowerCase())?.push(el);
    }
    root = from;
    if (found.get('noscript')!.length) {
      found = null;
      return unwrap.call(this, from);
    }
    for (const img of found.get('img')!) if (!namesAnImage(img)) img.remove();
  };
  own._getAllNodesWithTag = function (this: ReadabilityInternals, node, tags) {
    const lists = found && root && (node === root || node === (root as Document).body) ? tags.map((t) => found!.get(t.toLowerCase())) : [];
    if (!lists.length || lists.some((list) => !list) || lists.filter((list) => list!.length).length > 1) {
      found = null;
      return findAll.call(this, node, tags);
    }
    const scope = node as Node;
    return lists.flatMap((list) => list!.filter((el) => scope.contains(el)));
  };
  own._grabArticle = function (this: ReadabilityInternals, ...args) {
    found = null;
    return grab.apply(this, args);
  };
}

/** Readability's test for an image to keep: a source attribute, or a value naming an image file. */
function namesAnImage(img: Element): boolean {
  for (const name of img.getAttributeNames()) {
    if (IMAGE_SOURCE_ATTRIBUTES.has(name)) return true;
    // The value as written (linkedom's getAttribute('class') gives the class list rejoined).
    if (IMAGE_FILE.test(img.getAttributeNode(name)?.value ?? '')) return true;
  }
  return false;
}
