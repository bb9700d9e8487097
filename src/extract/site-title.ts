/**
 * The headline out of a `<title>` that adds the site's name: "Headline — CodeWire". Readability
 * cuts " | ", " - ", " / ", " » " itself (when the rest is long enough), but not the dashes " — "
 * and " – ", and real headlines hold dashes too ("Storm Imogen — a week on"). So we cut a part
 * only when it IS the site's name: the page's og:site_name / application-name or its masthead
 * link, or when the rest alone is the page's h1 (then the title is the headline anyway).
 */

/** Separators between a headline and a site name (reuse page copy-dynamic-programming-codewire: " — "). */
const SEPARATOR = / [—–|\-/»·] /g;

/** A site name is short: a cut part longer than this is never one. */
const MAX_SITE_WORDS = 6;

/** Where a page names itself (reuse pages: `og:site_name`; CodeWire's `a.brand` masthead link). */
const SITE_NAME_META = 'meta[property="og:site_name"], meta[name="og:site_name"], meta[name="application-name"], meta[name="apple-mobile-web-app-title"]';
const MASTHEAD = 'a.brand, .masthead, .site-title, .site-name, .logo, a[rel="home"]';

/** Lower case, letters and digits only, no leading "The" ("The Morning Ledger" = "morningledger"). */
function norm(s: string | null | undefined): string {
  return (s ?? '').toLowerCase().replace(/^\s*the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function siteNames(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const meta of Array.from(doc.querySelectorAll(SITE_NAME_META))) out.add(norm(meta.getAttribute('content')));
  const masthead = doc.querySelector(MASTHEAD)?.textContent ?? '';
  if (masthead.length <= 60) out.add(norm(masthead));
  out.delete('');
  return out;
}

/** `title` without a leading or trailing site name; unchanged when neither end is one. */
export function withoutSiteName(title: string, doc: Document): string {
  const cuts = Array.from(title.matchAll(SEPARATOR));
  const first = cuts[0];
  const last = cuts[cuts.length - 1];
  if (!first || !last || first.index === undefined || last.index === undefined) return title;
  const names = siteNames(doc);
  const h1 = norm(doc.querySelector('h1')?.textContent);
  const isSite = (part: string, rest: string) =>
    part.trim().split(/\s+/).length <= MAX_SITE_WORDS && (names.has(norm(part)) || (h1 !== '' && norm(rest) === h1));
  const beforeLast = title.slice(0, last.index).trim();
  if (isSite(title.slice(last.index + last[0].length), beforeLast)) return beforeLast;
  const afterFirst = title.slice(first.index + first[0].length).trim();
  if (isSite(title.slice(0, first.index), afterFirst)) return afterFirst;
  return title;
}
