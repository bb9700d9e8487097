import { describe, expect, it } from 'vitest';
import { extractBlocks, type ExtractedBlock } from '../../src/extract/index';
import { loadPage, parse } from './helpers';

function find(blocks: ExtractedBlock[], start: string): ExtractedBlock {
  const b = blocks.find((x) => x.text.startsWith(start));
  if (!b) throw new Error(`no block starts with "${start}"`);
  return b;
}

/** Visible text computed another way (strip what no reader sees, take textContent), spaces removed. */
function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as Element;
  const gone = 'script, style, noscript, template, svg, select, textarea, [hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]';
  for (const el of Array.from(body.querySelectorAll(gone))) el.remove();
  return (body.textContent ?? '').replace(/\s+/g, '');
}

describe('extractBlocks on a news page', () => {
  const doc = loadPage('news-page.html');
  const before = doc.documentElement.outerHTML;
  const { title, blocks } = extractBlocks(doc);

  it('labels each block with the right kind and category', () => {
    // [start of the block's text, kind, category]
    const expected: [string, 'content' | 'boilerplate', string | undefined][] = [
      ['We use cookies', 'boilerplate', 'cookie-banner'],
      ['Accept all', 'boilerplate', 'cookie-banner'],
      ['Politics', 'boilerplate', 'navigation'],
      ['Drug war cooperation between', 'content', undefined],
      ['Officials on both sides say', 'content', undefined],
      ['By Jane Reporter', 'boilerplate', 'other'],
      ['March 19, 2023', 'boilerplate', 'other'],
      ['Share on Facebook', 'boilerplate', 'share-bar'],
      // The figcaption carries its credit (span.image-credit): a caption-with-credit line is
      // `photo-credit`, as the corpus builder labels it in the seeds (fixture 003-nbc).
      ['An armed guard stands', 'boilerplate', 'photo-credit'],
      ['WASHINGTON — It was yet another', 'content', undefined],
      ['Senior Biden administration', 'content', undefined],
      ['Advertisement', 'boilerplate', 'ad-slot'],
      ['But after Mexican officials', 'content', undefined],
      ['The fentanyl crisis is a shared problem', 'boilerplate', 'social-embed'],
      ['— A Senator (@asenator)', 'boilerplate', 'social-embed'],
      ['A long decline', 'content', undefined],
      ['Sign up for The Morning Rundown', 'boilerplate', 'newsletter-signup'],
      ['Get the news you need', 'boilerplate', 'newsletter-signup'],
      ['Today, overdose deaths', 'content', undefined],
      ['"We need them to do more', 'content', undefined],
      ['Jane Reporter is a national security correspondent', 'boilerplate', 'author-bio'],
      ['Related stories', 'boilerplate', 'related-links'],
      ['Four Americans kidnapped', 'boilerplate', 'related-links'],
      ['Comments (2)', 'boilerplate', 'comments'],
      ['This has been going on for years', 'boilerplate', 'comments'],
      ['© 2023 Example News', 'boilerplate', 'header-footer'],
      ['Privacy policy', 'boilerplate', 'header-footer'],
    ];
    const got = expected.map(([start]) => {
      const b = find(blocks, start);
      return [start, b.kind, b.category];
    });
    expect(got).toEqual(expected);
    expect(title).toBe('Drug war cooperation between the U.S. and Mexico hits a low');
    expect(find(blocks, 'Drug war cooperation').role).toBe('headline');
  });

  it('gives every boilerplate block a category and every block a reason', () => {
    // The article was found by Readability on the clone, not by the fallback scorer.
    expect(find(blocks, 'WASHINGTON').reason).toBe('article body (Readability)');
    for (const b of blocks) {
      expect(b.reason.length).toBeGreaterThan(0);
      if (b.kind === 'boilerplate') expect(b.category).toBeDefined();
      else expect(b.category).toBeUndefined();
    }
  });

  it('lists all visible text once, in order, and nothing hidden', () => {
    expect(blocks.map((b) => b.text).join('').replace(/\s+/g, '')).toBe(visibleText(doc));
    expect(blocks.some((b) => /Hidden survey|invisible modal|enable JavaScript|dataLayer/.test(b.text))).toBe(false);
  });

  it('points each block at an element of the original document, in document order', () => {
    // Document order of every element (compareDocumentPosition is unreliable under linkedom).
    const order = new Map(Array.from(doc.querySelectorAll('*')).map((el, i) => [el, i]));
    let last: Element | null = null;
    for (const b of blocks) {
      expect(b.element).not.toBeNull();
      const el = b.element!;
      expect(el.ownerDocument).toBe(doc);
      expect(doc.documentElement.contains(el)).toBe(true);
      expect(el.textContent!.replace(/\s+/g, ' ')).toContain(b.text.slice(0, 20));
      if (last && last !== el && !el.contains(last)) {
        // Each block's element comes after the last one (or holds it: loose text of a container).
        expect(order.get(el)!).toBeGreaterThan(order.get(last)!);
      }
      last = el;
    }
  });

  it('leaves the original document unchanged', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.querySelector('[data-sc-block]')).toBeNull();
  });
});

describe('extractBlocks keeps the link to the original elements through Readability', () => {
  it('keeps text-only divs that Readability rebuilds as new paragraphs (cnn.com markup)', () => {
    const paras = Array.from(
      { length: 6 },
      (_, i) => `<div class="zn-body__paragraph">Paragraph ${i + 1} of the story, long enough, with commas, and detail, to be scored as body text.</div>`,
    ).join('');
    const doc = parse(`<html><head><title>Story</title></head><body><article><section class="zn-body">${paras}</section></article></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(blocks.map((b) => [b.kind, b.element?.tagName])).toEqual(Array.from({ length: 6 }, () => ['content', 'DIV']));
  });

  it("keeps the article that Readability finds only on a retry (its first pass strips a 'sidebar' class)", () => {
    // Readability's first pass drops the unlikely-named holder, finds too little text and starts
    // again from the page as it was: the copy must come back whole and tagged, <br> runs and all.
    const doc = loadPage('readability-retry.html');
    const before = doc.documentElement.outerHTML;
    const { blocks } = extractBlocks(doc, { blockModel: false });
    const body = blocks.filter((b) => b.text.startsWith('Paragraph') || b.text.startsWith('A '));
    expect(body).toHaveLength(6);
    expect(body[5]!.text).toContain('A second line after two breaks');
    for (const b of body) expect([b.kind, b.reason]).toEqual(['content', 'article body (Readability)']);
    expect(find(blocks, 'Home').kind).toBe('boilerplate');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives loose text its own element when it is one inline element', () => {
    const doc = loadPage('news-page.html');
    expect(find(extractBlocks(doc).blocks, 'March 19').element?.tagName).toBe('TIME');
  });
});

describe('extractBlocks on pages without an article', () => {
  it('finds no content on a sign-in page, and still lists its blocks', () => {
    const doc = loadPage('no-article.html');
    const { blocks } = extractBlocks(doc);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.filter((b) => b.kind === 'content')).toEqual([]);
    expect(find(blocks, 'Sign in to your account').reason).toMatch(/no article/);
  });

  it('handles empty, text-only and binary input without throwing', () => {
    for (const html of ['', '<html><body></body></html>', 'just some words', '\u0000\u0001\u00ff\ufffd'.repeat(500)]) {
      const result = extractBlocks(parse(html));
      expect(result.blocks.filter((b) => b.kind === 'content')).toEqual([]);
      expect(typeof result.title).toBe('string');
    }
  });
});

describe('extractBlocks on huge pages', () => {
  // 4,000 sections of 5 elements each: past the Readability limit (15,000 elements).
  const section = (i: number) =>
    `<div class="story"><h2>Section ${i}</h2><p>Paragraph ${i} of a very long page, with enough words, commas, and length to score as text.</p><ul><li><a href="/x${i}">Link ${i}</a></li></ul></div>`;
  const html = `<html><head><title>Huge</title></head><body><main>${Array.from({ length: 4000 }, (_, i) => section(i)).join('')}</main></body></html>`;

  it('skips Readability past its element limit and says so', () => {
    const { blocks } = extractBlocks(parse(html));
    expect(blocks.length).toBe(12_000);
    const content = blocks.filter((b) => b.kind === 'content');
    expect(content.length).toBeGreaterThan(1000);
    expect(content[0]!.reason).toMatch(/fallback scorer \(page too large for Readability/);
  }, 30_000);

  it('stops at maxElements and maxChars with a block that says why', () => {
    const byElements = extractBlocks(parse(html), { maxElements: 500 });
    const last = byElements.blocks.at(-1)!;
    expect(last.reason).toMatch(/more than 500 elements/);
    expect(byElements.blocks.length).toBeLessThan(400);

    const byChars = extractBlocks(parse(html), { maxChars: 5_000 });
    expect(byChars.blocks.at(-1)!.reason).toMatch(/more than 5000 characters/);
    expect(byChars.blocks.length).toBeLessThan(200);
  }, 30_000);

  it('survives very deep nesting', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>Deep text.</p>${'</div>'.repeat(5000)}</body></html>`;
    const { blocks } = extractBlocks(parse(deep));
    expect(blocks.map((b) => b.text)).toEqual(['Deep text.']);
  }, 30_000);
});
