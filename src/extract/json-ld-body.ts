/**
 * The article body a page states about itself: schema.org `articleBody` in its JSON-LD (news
 * sites publish it for search engines). When the page's blocks hold most of it, the blocks whose
 * text it contains belong to the article, whatever the markup around them looks like.
 */
import type { RawBlock } from './walk-blocks';
import { collapseWhitespace } from '../text';

/** Thresholds of the JSON-LD pick. */
const LD = {
  /** JSON-LD scripts read at most, and characters read of each. */
  maxScripts: 8,
  maxScriptChars: 500_000,
  /** A stated body shorter than this is a summary, not the body. */
  minBodyChars: 400,
  /** Blocks shorter than this are not looked up (a "Share" would be found in any text). */
  minBlockChars: 25,
  /** The blocks found must cover this share of the stated body. */
  minCoverage: 0.6,
} as const;

function findBody(value: unknown, depth: number): string | undefined {
  if (depth > 6 || !value || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findBody(v, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const body = (value as Record<string, unknown>).articleBody;
  if (typeof body === 'string' && body.length >= LD.minBodyChars) return body;
  for (const v of Object.values(value as Record<string, unknown>)) {
    const found = findBody(v, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The page's JSON-LD scripts parsed, each with its element, in page order: the first `maxScripts`,
 * `maxChars` of each, only those whose text includes `mustContain` (a cheap test before parsing).
 * Broken JSON-LD is common and skipped: the page's markup still decides.
 */
export function readJsonLd(
  doc: Document,
  maxScripts: number,
  maxChars: number,
  mustContain = '',
): { script: Element; value: unknown }[] {
  const out: { script: Element; value: unknown }[] = [];
  for (const script of jsonLdScripts(doc).slice(0, maxScripts)) {
    const text = (script.textContent ?? '').slice(0, maxChars);
    if (!text.includes(mustContain)) continue;
    try {
      out.push({ script, value: JSON.parse(text) as unknown });
    } catch {
      // skipped (see above)
    }
  }
  return out;
}

/**
 * The page's `<script type="application/ld+json">` elements, in document order. By tag name, then
 * type (compared as a browser's selector compares `type`, ignoring ASCII case): without a native
 * selector engine (linkedom) `querySelectorAll` compiles and runs a CSS matcher on every element.
 */
export function jsonLdScripts(doc: Document): Element[] {
  return Array.from(doc.getElementsByTagName('script')).filter((script) => script.getAttribute('type')?.toLowerCase() === 'application/ld+json');
}

/** The page's JSON-LD `articleBody`, whitespace collapsed and without markup; undefined when none. */
export function statedArticleBody(doc: Document): string | undefined {
  for (const { value } of readJsonLd(doc, LD.maxScripts, LD.maxScriptChars, 'articleBody')) {
    const body = findBody(value, 0);
    // Some sites put HTML in it: keep the text.
    if (body) return collapseWhitespace(body.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' '));
  }
  return undefined;
}

/**
 * `kept` plus the blocks of the stated body (on the dev split, replacing the pick by them lost
 * recall: the stated body leaves out subheadings and lists); undefined when the blocks do not
 * cover enough of it.
 */
export function keepsFromStatedBody(blocks: readonly RawBlock[], kept: Set<number>, body: string): Set<number> | undefined {
  const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();
  const hay = norm(body);
  const found: number[] = [];
  let covered = 0;
  blocks.forEach((b, i) => {
    if (b.text.length < LD.minBlockChars) return;
    if (hay.includes(norm(b.text))) {
      found.push(i);
      covered += b.text.length;
    }
  });
  if (found.length === 0 || covered < LD.minCoverage * hay.length) return undefined;
  // Readability's pick stays (the stated body often leaves out subheadings and lists); the
  // stated body adds what it dropped.
  const out = new Set(kept);
  for (const i of found) out.add(i);
  return out;
}
