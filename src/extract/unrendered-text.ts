/**
 * The article a page carries but does not show as markup: pages whose text is written by scripts
 * keep it in an inert holder (a `<script type="text/template">`, a `<template>`, a `<noscript>`)
 * or state it for search engines in JSON-LD (`articleBody`; a HowTo's description and steps).
 * Asked only when the rendered page yields no article, so a reader of a page a script has not
 * (yet) filled, or the CLI reading saved HTML, still gets its text.
 *
 * The markup is parsed off the page (DOMParser in a browser: an inert document that loads no
 * image and runs no script) and cut into blocks by the same walk; nothing is written to the page.
 */
import { readJsonLd } from './json-ld-body';
import { linkDensity } from './fallback-scoring';
import { walkBlocks, type RawBlock, type WalkLimits } from './walk-blocks';

/** Thresholds of the unrendered-text fallback. */
const UNRENDERED = {
  /** Holders and JSON-LD scripts read at most, and characters read of each. */
  maxHolders: 40,
  maxChars: 500_000,
  /** A JSON-LD string shorter than this is a name or a label, not text. */
  minFieldChars: 80,
  /** A block counts as prose when at most this share of it is linked. */
  maxLinkDensity: 0.5,
} as const;

/** Blocks found off the rendered page, the element that holds them there, and why. */
export interface UnrenderedArticle {
  blocks: RawBlock[];
  /** Where they were on the page: the holder's nearest shown ancestor (else the body). */
  host: Element;
  /** For the blocks' reasons. */
  source: string;
}

/** JSON-LD keys whose long string values are the page's text. */
const TEXT_KEYS = new Set(['articleBody', 'reviewBody', 'text', 'description']);

function collectText(value: unknown, key: string, out: string[], depth: number): void {
  if (depth > 8 || value == null) return;
  if (typeof value === 'string') {
    if (TEXT_KEYS.has(key) && value.length >= UNRENDERED.minFieldChars && /\s/.test(value) && !/^https?:\/\/\S+$/.test(value)) out.push(value);
    return;
  }
  if (typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectText(v, key, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  // The stated body is the text: the description beside it only sums it up.
  if (typeof record.articleBody === 'string' && record.articleBody.length >= UNRENDERED.minFieldChars) {
    out.push(record.articleBody);
    return;
  }
  for (const [k, v] of Object.entries(record)) collectText(v, k, out, depth + 1);
}

/** Parses `html` into an element that is not part of any shown page. */
function parseOffPage(doc: Document, html: string): Element | null {
  const Parser = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  try {
    if (Parser) return new Parser().parseFromString(html, 'text/html').body;
    // linkedom (CLI, tests): a detached element is inert there.
    const div = doc.createElement('div');
    div.innerHTML = html;
    return div;
  } catch {
    return null;
  }
}

/** Characters of prose in `blocks` (not mostly links). */
function proseChars(blocks: readonly RawBlock[]): number {
  let n = 0;
  for (const b of blocks) if (linkDensity(b) <= UNRENDERED.maxLinkDensity) n += b.text.length;
  return n;
}

function shownAncestor(doc: Document, el: Element): Element {
  const up = el.parentElement;
  if (up && up !== doc.head && !doc.head?.contains(up) && up.tagName.toUpperCase() !== 'HTML') return up;
  return doc.body ?? doc.documentElement;
}

function describe(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const type = el.getAttribute('type');
  return type ? `<${tag} type="${type}">` : `<${tag}>`;
}

/**
 * The largest text the page holds off its rendered markup, when it has at least `minChars` of
 * prose; undefined otherwise.
 */
export function unrenderedArticle(doc: Document, limits: WalkLimits, minChars: number): UnrenderedArticle | undefined {
  let best: UnrenderedArticle | undefined;
  let bestChars = minChars - 1;
  const consider = (html: string, holder: Element, source: string) => {
    const root = parseOffPage(doc, html.slice(0, UNRENDERED.maxChars));
    if (!root) return;
    const blocks = walkBlocks(root, limits).blocks;
    const chars = proseChars(blocks);
    if (chars > bestChars) {
      best = { blocks, host: shownAncestor(doc, holder), source };
      bestChars = chars;
    }
  };
  // 1. Markup kept inert in the page: script templates, <template>, <noscript>.
  const holders = Array.from(
    doc.querySelectorAll('script[type="text/template"], script[type="text/x-template"], script[type="text/html"], template, noscript'),
  ).slice(0, UNRENDERED.maxHolders);
  for (const holder of holders) {
    const isScript = holder.tagName.toUpperCase() === 'SCRIPT';
    const html = isScript ? (holder.textContent ?? '') : holder.innerHTML;
    if (html.length < minChars) continue;
    consider(html, holder, `the page's markup in a ${describe(holder)}`);
  }
  if (best) return best;
  // 2. The text the page states in JSON-LD.
  for (const { script, value } of readJsonLd(doc, UNRENDERED.maxHolders, UNRENDERED.maxChars)) {
    const texts: string[] = [];
    collectText(value, '', texts, 0);
    if (texts.length === 0) continue;
    // Plain text: one paragraph per blank-line-separated part; HTML is parsed as it is.
    const html = texts
      .map((t) => (/<\/?(p|div|br|li|h\d)\b/i.test(t) ? `<div>${t}</div>` : t.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join('')))
      .join('');
    consider(html, script, "the page's JSON-LD");
  }
  return best;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
