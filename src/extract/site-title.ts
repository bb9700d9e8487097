/**
 * The headline out of a `<title>` that adds the site's name: "Headline — CodeWire". Readability
 * cuts " | ", " - ", " / ", " » " itself (when the rest is long enough), but not the dashes " — "
 * and " – ", and real headlines hold dashes too ("Storm Imogen — a week on"). So we cut a part
 * only when it IS the site's name: the page's og:site_name / application-name or its masthead
 * link, or when the rest alone is the page's h1 (then the title is the headline anyway).
 */
import { classAttribute } from './element-reads';

/** Separators between a headline and a site name (reuse page copy-dynamic-programming-codewire: " — "). */
const SEPARATOR = / [—–|\-/»·] /g;

/** A site name is short: a cut part longer than this is never one. */
const MAX_SITE_WORDS = 6;

/**
 * Where a page names itself (reuse pages: `og:site_name`; CodeWire's `a.brand` masthead link): the
 * `<meta>` names below, and the first masthead element (`a.brand, .masthead, .site-title,
 * .site-name, .logo, a[rel="home"]` as a selector).
 */
const SITE_NAME_META = { property: new Set(['og:site_name']), name: new Set(['og:site_name', 'application-name', 'apple-mobile-web-app-title']) };
const MASTHEAD_CLASSES = new Set(['masthead', 'site-title', 'site-name', 'logo']);

/** NodeFilter.SHOW_ELEMENT (NodeFilter is not a global in Node). */
const SHOW_ELEMENT = 1;

/** Lower case, letters and digits only, no leading "The" ("The Morning Ledger" = "morningledger"). */
function norm(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/^\s*the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The page's own names (its site-name `<meta>` tags, a short masthead) and its first h1, from one
 * walk in document order: three selector queries would each compile a CSS matcher and run it
 * over the page where the DOM has no native engine (linkedom).
 */
function siteSignals(doc: Document): { names: Set<string>; h1: string } {
  const names = new Set<string>();
  let masthead: Element | undefined;
  let h1: Element | undefined;
  // Each top-level element and what is under it (a lenient parser may give a document several).
  for (const top of Array.from(doc.children)) {
    const walker = doc.createTreeWalker(top, SHOW_ELEMENT);
    for (let el: Element | null = top; el; el = walker.nextNode() as Element | null) {
      const tag = el.localName.toLowerCase();
      if (tag === 'meta' && isSiteNameMeta(el)) names.add(norm(el.getAttribute('content')));
      else if (tag === 'h1') h1 ??= el;
      if (!masthead && isMasthead(el, tag)) masthead = el;
    }
  }
  const mastheadText = masthead?.textContent ?? '';
  if (mastheadText.length <= 60) names.add(norm(mastheadText));
  names.delete('');
  return { names, h1: norm(h1?.textContent) };
}

function isSiteNameMeta(meta: Element): boolean {
  const property = meta.getAttribute('property');
  const name = meta.getAttribute('name');
  return (property !== null && SITE_NAME_META.property.has(property)) || (name !== null && SITE_NAME_META.name.has(name));
}

/** `a.brand, .masthead, .site-title, .site-name, .logo, a[rel="home"]`. */
function isMasthead(el: Element, tag: string): boolean {
  const classes = (classAttribute(el) ?? '').split(/[ \t\n\f\r]+/);
  if (classes.some((c) => MASTHEAD_CLASSES.has(c))) return true;
  return tag === 'a' && (classes.includes('brand') || el.getAttribute('rel') === 'home');
}

/** `title` without a leading or trailing site name; unchanged when neither end is one. */
export function withoutSiteName(title: string, doc: Document): string {
  const cuts = Array.from(title.matchAll(SEPARATOR));
  const first = cuts[0];
  const last = cuts[cuts.length - 1];
  if (!first || !last || first.index === undefined || last.index === undefined) return title;
  const { names, h1 } = siteSignals(doc);
  const isSite = (part: string, rest: string) =>
    part.trim().split(/\s+/).length <= MAX_SITE_WORDS && (names.has(norm(part)) || (h1 !== '' && norm(rest) === h1));
  const beforeLast = title.slice(0, last.index).trim();
  if (isSite(title.slice(last.index + last[0].length), beforeLast)) return beforeLast;
  const afterFirst = title.slice(first.index + first[0].length).trim();
  if (isSite(title.slice(0, first.index), afterFirst)) return afterFirst;
  return title;
}
