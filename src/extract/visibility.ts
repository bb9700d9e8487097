/**
 * Which elements a reader can see. From markup (tags, `hidden`, `aria-hidden`, inline styles) in
 * linkedom and everywhere; in a rendered browser page also from CSS, through the standard
 * `Element.checkVisibility()` (site menus and modals are often hidden by a stylesheet class).
 */
import { classAttribute, upperCaseTag } from './element-reads';

/** Elements whose text is never shown as text. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK',
  // Media and embeds: their fallback text is not shown when they render.
  'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'PICTURE', 'IMG', 'MATH',
  // Form controls whose text is an option list or a value, not reading text.
  'SELECT', 'OPTION', 'DATALIST', 'TEXTAREA', 'INPUT',
]);

/** `display:none` / `visibility:hidden` in an inline style (what `_isProbablyVisible` in readability checks). */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Classes that CSS frameworks define as `display: none` on screen: Bootstrap 4/5 `d-none`,
 * Bootstrap 3 / Tailwind `hidden`, Bootstrap 2 / Foundation `hide`, and print-only blocks (bench:
 * phys.org's `d-none d-print-block` citation box, chron.com's `print-header` URL line).
 */
const HIDDEN_CLASS = /(?:^|\s)(?:d-none|hidden|hide|print-only|printonly|print-header|print-footer|visible-print(?:-block|-inline)?|show-for-print)(?:\s|$)/i;
/** ...unless a responsive class shows it at some screen width (Tailwind `md:block`, Bootstrap `d-md-block`). */
const SHOWN_AT_SOME_WIDTH = /(?:^|\s)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|inline|inline-block|inline-flex|grid|table)|d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|inline-flex|grid|table))(?:\s|$)/i;

/**
 * True when the element and its subtree show no text to the reader. With `pageChars` (the page's
 * text length), a framework class alone does not hide an element that holds most of the page's
 * text: some sites use those names for other things (trafilatura-eval 0324: the whole article in
 * a `print-only` div).
 */
export function isHidden(el: Element, pageChars?: number): boolean {
  // linkedom keeps SVG tags lower case; the browser upper-cases HTML tags only.
  if (NEVER_TEXT.has(upperCaseTag(el))) return true;
  // Most elements have no attributes: nothing of the markup to read for them.
  if (el.hasAttributes()) {
    if (el.hasAttribute('hidden')) return true;
    // aria-hidden content is skipped by readers and by Readability; readability keeps
    // `fallback-image` (Wikimedia's lazy images) which carries no text anyway.
    if (el.getAttribute('aria-hidden') === 'true') return true;
    const style = el.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
  }
  return hiddenBeyondMarkup(el, () => pageChars);
}

/**
 * The part of `isHidden` that markup alone does not say (Readability's own test reads the
 * `hidden`, `aria-hidden` and inline-style ones): a framework's hiding class, a closed
 * `<dialog>`, CSS in a rendered page. For the copy Readability reads (readability-pass).
 */
export function hiddenByClassOrCss(el: Element, pageChars: () => number): boolean {
  const tag = upperCaseTag(el);
  if (tag === 'BODY' || tag === 'HTML' || tag === 'HEAD') return false;
  return hiddenBeyondMarkup(el, pageChars);
}

/**
 * A closed `<dialog>`, a framework's hiding class (unless it would hide most of the page's text,
 * when `pageChars` gives its length), or CSS in a rendered page.
 */
function hiddenBeyondMarkup(el: Element, pageChars: () => number | undefined): boolean {
  // A <dialog> shows nothing until it is opened (cookie walls often sit in one).
  if (upperCaseTag(el) === 'DIALOG' && !el.hasAttribute('open')) return true;
  const cls = classAttribute(el);
  if (cls && HIDDEN_CLASS.test(cls) && !SHOWN_AT_SOME_WIDTH.test(cls)) {
    const page = pageChars();
    if (page === undefined || (el.textContent ?? '').length < MOST_OF_PAGE * page) return true;
  }
  return !renderedVisible(el);
}

/** Share of the page's text that a class alone may not hide. */
const MOST_OF_PAGE = 0.5;

type Checkable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean }) => boolean };

/**
 * CSS visibility where the browser can tell (Chrome 105+, Firefox 106+). Only on a document shown
 * in a window: a detached clone has no layout, and there every element would read as hidden.
 */
function renderedVisible(el: Element): boolean {
  const check = (el as Checkable).checkVisibility;
  if (typeof check !== 'function' || !el.ownerDocument?.defaultView || !el.isConnected) return true;
  try {
    return check.call(el, { visibilityProperty: true });
  } catch {
    return true;
  }
}
