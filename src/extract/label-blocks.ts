/**
 * Labels one block given where the article is: blocks outside it are boilerplate named by the DOM
 * rules (or the text rules, or their link density); blocks inside it stay content unless a
 * specific DOM rule (caption, credit, embed, share bar...) strips them.
 */
import { classAttribute } from './element-reads';
import type { NoiseCategory } from '../noise/categories';
import type { DomClassifier, DomHit } from './dom-classify';
import { linkDensity } from './fallback-scoring';
import type { ArticleFinding } from './find-article';
import { isHeadline } from './headline-dek';
import { classifyKeptTexts } from './text-pass';
import { EXTRACT } from './thresholds';
import type { ExtractedBlock } from './types';
import type { RawBlock } from './walk-blocks';

/** What labelling needs to know about the page. */
export interface LabelContext {
  article: ArticleFinding;
  dom: DomClassifier;
  title: string;
  /** Text length of an element (memoised by the caller). */
  lengthOf(el: Element): number;
}

/** `<tag#id.class1.class2 role=x>` of the element a rule matched, for reasons. */
function describe(hit: DomHit): string {
  const el = hit.element;
  const tag = el.tagName.toLowerCase();
  const cls = (classAttribute(el) ?? '').trim().split(/\s+/).slice(0, 2).join('.');
  const id = el.getAttribute('id');
  const role = el.getAttribute('role');
  return `<${tag}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}${role ? ` role=${role}` : ''}>`;
}

function boilerplate(b: RawBlock, category: NoiseCategory, reason: string): ExtractedBlock {
  return { text: b.text, kind: 'boilerplate', category, reason, element: b.element };
}

/** A block the article finder kept. */
export function labelKept(b: RawBlock, ctx: LabelContext): ExtractedBlock {
  const { dom, article } = ctx;
  const hit = dom.pick(
    b.element,
    (h) =>
      h.rule.stripsKept &&
      (h.element === b.element ||
        (ctx.lengthOf(h.element) <= EXTRACT.maxStripShare * article.keptChars &&
          // An "ad" wrapper holding paragraphs of the article is a section with an ad in it.
          !(h.rule.category === 'ad-slot' && ctx.lengthOf(h.element) > EXTRACT.maxAdSlotChars))),
  );
  const finder = article.finder.split(' (')[0];
  if (hit) return boilerplate(b, hit.rule.category, `kept by ${finder} but ${hit.rule.name}: ${describe(hit)}`);
  return { text: b.text, kind: 'content', reason: `article body (${article.finder})`, element: b.element };
}

/** A block the article finder left out. */
export function labelDropped(b: RawBlock, ctx: LabelContext): ExtractedBlock {
  const { dom, article } = ctx;
  const found = article.kept.size > 0;
  const outside = found ? `outside the article found by ${article.finder}` : `no article: ${article.finder}`;
  const hit = dom.pick(b.element);
  if (found && (!hit || !hit.rule.stripsKept) && isHeadline(b, ctx.title)) {
    return { text: b.text, kind: 'content', role: 'headline', reason: 'headline (same words as the title)', element: b.element };
  }
  if (hit) return boilerplate(b, hit.rule.category, `${outside}; ${hit.rule.name}: ${describe(hit)}`);
  // No DOM rule: the text rules may still know this kind of line ("Advertisement", a © line).
  const byText = classifyKeptTexts([b.text])[0];
  if (byText) return boilerplate(b, byText.category, `${outside}; text rule: ${byText.reason}`);
  if (linkDensity(b) >= EXTRACT.navLinkDensity) return boilerplate(b, 'navigation', `${outside}; mostly links`);
  return boilerplate(b, 'other', outside);
}
