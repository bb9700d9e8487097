/**
 * An HTML corpus file -> plain text, one paragraph per line (the form the .txt seeds have), so
 * HTML and text files go through the same paragraph, noise and outlet rules.
 * Readability picks the article; its block elements become the lines. Runs in Node (linkedom).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { outletFor } from './outlets';
import { collapseWhitespace } from '../text';

/** Elements whose text is one paragraph of the article. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td';

/** Readability stops past this many elements (research.md: huge pages can take minutes). */
const MAX_ELEMENTS = 100_000;

/** Text of an HTML document, title first, one block per line; or a reason it has none. */
export function htmlToText(html: string): { ok: true; text: string } | { ok: false; reason: string } {
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch (e) {
    return { ok: false, reason: `could not parse the HTML (${e instanceof Error ? e.message : String(e)})` };
  }
  let article: { title?: string | null; content?: string | null; siteName?: string | null } | null = null;
  try {
    article = new Readability(document, { maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    article = null; // fall back to the whole body below
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

/** Text of the innermost block elements (a block holding other blocks contributes its loose text only through them). */
function blockLines(root: Element): string[] {
  const blocks = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const inner = blocks.filter((el) => !el.querySelector(BLOCK_SELECTOR));
  const lines = inner.map((el) => collapseWhitespace(el.textContent ?? '')).filter(Boolean);
  if (lines.length) return lines;
  // No block markup at all: split the text on line breaks.
  return (root.textContent ?? '').split(/\n+/).map(collapseWhitespace).filter(Boolean);
}
