import { describe, expect, it } from 'vitest';
import { DOM_RULES, matchDomRule } from '../../src/noise/dom-rules';
import { isNoiseCategory } from '../../src/noise/categories';
import { extractBlocks } from '../../src/extract/index';
import { parse } from './helpers';

/** Distinct body paragraphs (identical ones would trip the text rules' repeated-line check). */
const body = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Body paragraph ${i + 1} has enough words, commas, and length to count as article text for the extractor.</p>`).join('');

function ruleFor(html: string): string | null {
  const el = parse(`<html><body>${html}</body></html>`).body.firstElementChild!;
  return matchDomRule(el)?.category ?? null;
}

describe('DOM noise rules', () => {
  it('use only known categories', () => {
    for (const rule of DOM_RULES) expect(isNoiseCategory(rule.category), rule.name).toBe(true);
  });

  it("name the page's header by class, not a component's (a card's or a table's header)", () => {
    expect(ruleFor('<div class="site-header">x</div>')).toBe('header-footer');
    expect(ruleFor('<div class="header">x</div>')).toBe('header-footer');
    expect(ruleFor('<div id="main-header">x</div>')).toBe('header-footer');
    expect(ruleFor('<div class="site-footer">x</div>')).toBe('header-footer');
    expect(ruleFor('<table class="ingredients table-header"><tr><td>x</td></tr></table>')).toBeNull();
    expect(ruleFor('<div class="card-header">x</div>')).toBeNull();
  });

  it('match on tag, role, class, id and aria-label', () => {
    expect(ruleFor('<blockquote class="twitter-tweet"><p>x</p></blockquote>')).toBe('social-embed');
    expect(ruleFor('<figcaption>A caption</figcaption>')).toBe('photo-caption');
    expect(ruleFor('<span class="image-credit">AP Photo</span>')).toBe('photo-credit');
    expect(ruleFor('<div id="onetrust-banner-sdk">x</div>')).toBe('cookie-banner');
    expect(ruleFor('<div class="ad-slot">Advertisement</div>')).toBe('ad-slot');
    expect(ruleFor('<aside class="newsletter-signup">x</aside>')).toBe('newsletter-signup');
    expect(ruleFor('<div class="author-bio">x</div>')).toBe('author-bio');
    expect(ruleFor('<div class="share-tools" aria-label="Share this story">x</div>')).toBe('share-bar');
    expect(ruleFor('<ul aria-label="Share this story"><li>x</li></ul>')).toBe('share-bar');
    expect(ruleFor('<div role="navigation">x</div>')).toBe('navigation');
  });

  it('do not fire on ordinary article markup', () => {
    for (const html of [
      '<p class="paragraph">text</p>',
      '<div class="article-body">text</div>',
      '<div class="headline">text</div>',
      '<p class="shadow">text</p>',
      '<div class="padding">text</div>',
    ]) {
      expect(ruleFor(html), html).toBeNull();
    }
  });

  it('let a specific ancestor rule win over a generic nearer one', () => {
    const doc = parse(`<html><body><main><article>
      <h1>Headline here</h1>
      ${body(6)}
      <div class="author-card"><p class="author-name">Jane Reporter</p></div>
      <footer class="site-footer"><ul class="footer-nav"><li><a href="/help">Help</a></li></ul></footer>
    </article></main></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(blocks.find((b) => b.text === 'Jane Reporter')?.category).toBe('author-bio');
    expect(blocks.find((b) => b.text === 'Help')?.kind).toBe('boilerplate');
  });

  it('never strip a wrapper that holds most of the article (a class like `content-with-ads`)', () => {
    const doc = parse(`<html><body><div class="content-with-ads"><article>
      ${body(8)}
    </article></div></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(blocks.filter((b) => b.kind === 'content').length).toBe(8);
  });
});
