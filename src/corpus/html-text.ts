/**
 * An HTML corpus file -> plain text, one paragraph per line (the form the .txt seeds have), so
 * HTML and text files go through the same paragraph, noise and outlet rules.
 * Readability picks the article; its block elements become the lines. Runs in Node (linkedom).
 *
 * `parseHtmlDocument` is where HTML text becomes a DOM in Node, for this file and for the CLI's
 * `analyze`: linkedom, with the markup first rebuilt by parse5 (the WHATWG tree builder a browser
 * follows) when linkedom's tree shows one of its parser gaps.
 */
import { parseHTML } from 'linkedom';
import { parse as parseWhatwg, serialize as serializeWhatwg } from 'parse5';
import { Readability } from '@mozilla/readability';
import { outletFor } from './outlets';
import { collapseWhitespace } from '../text';

/** Elements whose text is one paragraph of the article. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td';

/** Readability stops past this many elements (research.md: huge pages can take minutes). */
const MAX_ELEMENTS = 100_000;

/** Elements a browser keeps in <head>; any other element there is body content linkedom left in it. */
const HEAD_ELEMENTS = new Set(['BASE', 'BASEFONT', 'BGSOUND', 'LINK', 'META', 'NOFRAMES', 'NOSCRIPT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE']);

/**
 * The DOM a browser would build from `html`, as a linkedom Document.
 *
 * linkedom (htmlparser2) nests tags as written; it has no HTML tree builder. Real pages without an
 * `<html>` or `<head>` start tag, with a `<meta>` or `<script>` before `<head>`, without `</head>`
 * or `<body>`, or with a second `<html>` (IE conditional comments, a template printed twice) get
 * an empty <body> (their content left in <head> or beside <body>); others lose part of it. When
 * the first tree shows any of that, the markup is rebuilt by parse5, which implements the WHATWG
 * parsing algorithm a browser runs (implied html/head/body, head closed by the first body element,
 * a repeated <html>'s attributes merged, stray content moved into <body>), and its serialisation,
 * well-formed markup linkedom nests as a browser would, is parsed again. Well-formed pages are
 * parsed once: over the 864 benchmark pages 39 were rebuilt, adding about 2 s to 14 s of parsing.
 * test/cli/refused-pages.test.ts and scripts/check-refused.mjs check it.
 */
export function parseHtmlDocument(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (!needsTreeBuilder(document)) return document;
  return parseHTML(serializeWhatwg(parseWhatwg(html))).document as unknown as Document;
}

/** Signs of linkedom's parser gaps: a missing or textless body, stray children of <html>, body elements in <head>. */
function needsTreeBuilder(document: Document): boolean {
  const root = document.documentElement;
  const body = document.body;
  if (!root || !body) return true;
  for (const child of Array.from(root.children)) if (child !== document.head && child !== body) return true;
  const head = document.head;
  if (head) for (const child of Array.from(head.children)) if (!HEAD_ELEMENTS.has(child.tagName.toUpperCase())) return true;
  return !/\S/.test(body.textContent ?? '');
}

/**
 * Text of an HTML document, title first, one block per line; or a reason it has none. Past
 * `maxElements` elements Readability is not asked (the whole body is read instead).
 */
export function htmlToText(html: string, maxElements: number = MAX_ELEMENTS): { ok: true; text: string } | { ok: false; reason: string } {
  let document: Document;
  try {
    document = parseHtmlDocument(html);
  } catch (e) {
    return { ok: false, reason: `could not parse the HTML (${e instanceof Error ? e.message : String(e)})` };
  }
  let article: { title?: string | null; content?: string | null; siteName?: string | null } | null = null;
  // Counted here: Readability's own `maxElemsToParse` check counts `getElementsByTagName('*')`,
  // which linkedom answers with no elements at all, so it never stops a huge page.
  if (!hasMoreElements(document, maxElements)) {
    try {
      article = new Readability(document).parse();
    } catch {
      article = null; // fall back to the whole body below
    }
  }
  const title = collapseWhitespace(article?.title ?? document.querySelector('title')?.textContent ?? '');
  const root = article?.content ? (parseHTML(`<html><body>${article.content}</body></html>`).document as unknown as Document).body : document.body;
  const lines = root ? blockLines(root) : [];
  if (title && lines[0] !== title) lines.unshift(title);
  if (!lines.length) return { ok: false, reason: 'the HTML has no readable text' };
  // The page's site name (og:site_name) is its masthead; a known outlet's name goes first, where
  // the masthead rule and the outlet detection find it as they find 000's "National Public Radio".
  const site = collapseWhitespace(article?.siteName ?? '');
  if (site && outletFor(site) && lines[0] !== site) lines.unshift(site);
  return { ok: true, text: lines.join('\n\n') };
}

/** True when `document` has more than `limit` elements (counting stops there). */
function hasMoreElements(document: Document, limit: number): boolean {
  const walker = document.createTreeWalker(document, 1 /* NodeFilter.SHOW_ELEMENT */);
  let n = 0;
  while (walker.nextNode()) if (++n > limit) return true;
  return false;
}

/** Text of the innermost block elements (a block holding other blocks contributes its loose text only through them). */
function blockLines(root: Element): string[] {
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const inner = blocks.filter((el) => !el.querySelector(BLOCK_SELECTOR));
  const lines = inner.map((el) => collapseWhitespace(el.textContent ?? '')).filter(Boolean);
  if (lines.length) return lines;
  // No block markup at all: split the text on line breaks.
  return (root.textContent ?? '').split(/\n+/).map(collapseWhitespace).filter(Boolean);
}
