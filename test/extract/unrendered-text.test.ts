/**
 * Pages whose rendered markup holds no article (src/extract/unrendered-text.ts and the last
 * resorts of refine-article.ts): each kind of page that came back empty on trafilatura's set
 * (0438: a blog post in a <script type="text/template">; 0541: a how-to stated only in JSON-LD;
 * 0044: lyrics written line by line with <br>). Each page is small and made up in the same shape.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks, type ExtractedBlock } from '../../src/extract/index';
import { parse } from './helpers';

const PROSE = [
  'Over the past few years the attacks we see on the web have become faster and harder to spot, and lists updated hourly miss many of them.',
  'Turning the new mode on checks each page against fresher data, and warns you before you type a password into a site that only looks familiar.',
  'You can switch it on in the privacy settings of the browser, and switch it off again at any time without losing anything you saved.',
];

const SIDEBAR = `<div class="sidebar"><h2>Labels</h2><ul>${['android', 'chrome', 'privacy', 'spyware']
  .map((l) => `<li><a href="/label/${l}">${l}</a></li>`)
  .join('')}</ul></div>`;

const content = (blocks: ExtractedBlock[]) => blocks.filter((b) => b.kind === 'content');

describe('pages whose text is not in the rendered markup', () => {
  it('reads a post kept in a <script type="text/template"> that a script renders', () => {
    const post = `<span class="byline-author">Posted by the security team</span>${PROSE.map((p) => `<p>${p}</p>`).join('')}`;
    const doc = parse(`<html><head><title>New protection mode</title></head><body>
      <div class="header"><h1>Security Blog</h1></div>
      <div class="post"><h3 class="post-title">New protection mode</h3><div class="published">May 19, 2020</div>
      <div class="post-body"><div class="post-content" itemprop="articleBody">
      <script type="text/template">${post}</script>
      <noscript><p>Short note.</p></noscript></div></div></div>${SIDEBAR}</body></html>`);
    const { blocks } = extractBlocks(doc);
    const kept = content(blocks);
    for (const p of PROSE) expect(kept.map((b) => b.text)).toContain(p);
    const first = kept.find((b) => b.text === PROSE[0])!;
    expect(first.reason).toMatch(/text\/template/);
    // The block points at the holder's place on the page, in document order.
    expect(first.element?.className).toBe('post-content');
    expect(blocks.indexOf(first)).toBeGreaterThan(blocks.findIndex((b) => b.text === 'May 19, 2020'));
    expect(blocks.indexOf(first)).toBeLessThan(blocks.findIndex((b) => b.text === 'Labels'));
    // The sidebar stays boilerplate, with its category and reason.
    for (const b of blocks.filter((x) => x.text === 'android')) {
      expect(b.kind).toBe('boilerplate');
      expect(b.category).toBeTruthy();
    }
  });

  it("reads a how-to stated only in the page's JSON-LD (description and steps, as HTML)", () => {
    const ld = {
      '@context': 'http://schema.org/',
      '@type': 'HowTo',
      name: 'How to sew a round tablecloth',
      description: `<p>${PROSE[0]}</p><p>${PROSE[1]}</p>`,
      step: [{ '@type': 'HowToStep', name: 'Step 1', itemListElement: { '@type': 'HowToDirection', text: `<p>${PROSE[2]}</p>` } }],
      mainEntityOfPage: 'https://example.org/diy/round-tablecloth-in-seven-steps-with-pictures-and-a-pattern',
    };
    const doc = parse(`<html><head><title>Round tablecloth</title>
      <script type="application/ld+json">${JSON.stringify({ '@type': 'BreadcrumbList', itemListElement: [] })}</script>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <div class="browser-notice">Your browser is out of date.</div>
      <div class="navigation"><a href="/rooms">Rooms</a> <a href="/experts">Experts</a></div>
      <div data-react-class="ProjectPage"></div>
      <footer><a href="/help">Help</a> <a href="/terms">Terms</a></footer></body></html>`);
    const kept = content(extractBlocks(doc).blocks);
    expect(kept.map((b) => b.text)).toEqual(PROSE);
    expect(kept[0]!.reason).toMatch(/JSON-LD/);
  });

  it('keeps lyrics written line by line with <br> (no sentences, one long block)', () => {
    const lines = Array.from({ length: 24 }, (_, i) => (i % 2 ? `Ni hui zhao dao xin de sheng huo ${i}` : `你会找到新的生活 我会收起我的难过 ${i}`));
    const doc = parse(`<html><head><title>Lyrics</title></head><body>
      <div class="blog-posts"><h3 class="post-title">A song</h3>
      <div class="post-body entry-content">${lines.join('<br />')}<br /><br />Repeat Chorus</div>
      <div class="post-footer">Posted by K A at 12:11 PM</div></div>${SIDEBAR}</body></html>`);
    // The fallback scorer's path (as on pages too large or too deep for Readability).
    const kept = content(extractBlocks(doc, { readabilityMaxElements: 0 }).blocks);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.text).toContain('Repeat Chorus');
    expect(kept[0]!.reason).toMatch(/last resort/);
  });
});
