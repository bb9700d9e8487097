/**
 * The headline and the dek (standfirst) under it. Readability leaves both out of its body (the
 * headline repeats the title; the dek sits in the header), yet they are the article's own words,
 * and the corpus keeps them as content paragraphs (roles `headline` and `dek`).
 */
import { classAttribute } from './element-reads';
import { linkDensity } from './fallback-scoring';
import type { DomClassifier } from './dom-classify';
import { EXTRACT } from './thresholds';
import type { ExtractedBlock } from './types';
import type { RawBlock } from './walk-blocks';

/** Class names of a dek (fixture pages: NBC `article-dek`, NPR `subhead` and `teaser`). */
const DEK_NAMES = /dek|deck|subhead|standfirst|summary|teaser|sub-?title|subtitle|lede|excerpt|strapline|description/i;

/** Same words, ignoring case and punctuation; the title may add a site name (" | NPR"). */
function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const na = norm(a);
  const nb = norm(b);
  return na.length > 0 && (na === nb || (nb.includes(na) && na.length >= 0.5 * nb.length));
}

/** True when a dropped block is the headline: an h1-h3 with the title's words. */
export function isHeadline(b: RawBlock, title: string): boolean {
  return !b.run && /^H[1-3]$/.test(b.element.tagName.toUpperCase()) && sameWords(b.text, title);
}

/**
 * Relabels the dropped block right after the headline, in the same parent, as the dek when it is
 * sentence-sized prose and no stripping rule claims it (a byline there has its own rule).
 */
export function restoreDek(raw: readonly RawBlock[], blocks: ExtractedBlock[], dom: DomClassifier): void {
  const h = blocks.findIndex((b) => b.role === 'headline');
  const next = blocks[h + 1];
  const rawNext = raw[h + 1];
  const headline = blocks[h]?.element;
  // A block the refinement added back (refine-article) is no body text yet: it may be the dek.
  const added = next?.kind === 'content' && next.reason.includes('added back');
  if (h < 0 || !next || !rawNext || !headline || (next.kind === 'content' && !added) || !next.element) return;
  if (next.element.parentElement !== headline.parentElement || rawNext.run) return;
  const len = next.text.length;
  if (len < EXTRACT.dekChars.min || len > EXTRACT.dekChars.max) return;
  if (linkDensity(rawNext) > EXTRACT.dekMaxLinkDensity || dom.pick(next.element)?.rule.stripsKept) return;
  const named = DEK_NAMES.test(`${classAttribute(next.element) ?? ''} ${next.element.id}`);
  if (!named && !/^(P|H2|H3|DIV)$/.test(next.element.tagName.toUpperCase())) return;
  blocks[h + 1] = { text: next.text, kind: 'content', role: 'dek', reason: 'dek (the sentence under the headline)', element: next.element };
}
