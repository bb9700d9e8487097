import { describe, expect, it } from 'vitest';
import { extractBlocks, type ExtractedBlock } from '../../src/extract/index';
import { parse } from './helpers';

/** Distinct body paragraphs, enough for Readability to find an article. */
const body = (n: number, from = 1) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Body paragraph ${i + from} has enough words, commas, and length to count as article text for the extractor and Readability.</p>`,
  ).join('');

function page(inner: string, head = '<title>Story</title>'): ExtractedBlock[] {
  return extractBlocks(parse(`<html><head>${head}</head><body><main><article><h1>Story</h1>${inner}</article></main></body></html>`)).blocks;
}

function label(blocks: ExtractedBlock[], start: string): string | undefined {
  const b = blocks.find((x) => x.text.startsWith(start));
  if (!b) throw new Error(`no block starts with "${start}"`);
  return b.kind === 'content' ? 'content' : b.category;
}

const SUMMARY = 'A summary of the other story, a sentence or two long, the way teaser lists print them under each headline.';

describe('related sections: teasers with summaries vs plain links', () => {
  it('labels headline + summary pairs under a "Read more" heading as related-teaser (fixture 000-npr-web)', () => {
    const blocks = page(`${body(6)}<aside class="box"><h3 class="related-reads__title">Read more</h3>
      <div><h4><a href="/a">Other story one</a></h4><p>${SUMMARY}</p></div>
      <div><h4><a href="/b">Other story two</a></h4><p>${SUMMARY} Again.</p></div></aside>`);
    expect(label(blocks, 'Read more')).toBe('related-teaser');
    expect(label(blocks, 'Other story one')).toBe('related-teaser');
    expect(label(blocks, 'A summary of the other story')).toBe('related-teaser');
  });

  it('labels a section named related that holds summaries as related-teaser, without any heading', () => {
    const blocks = page(`${body(6)}<div class="related-stories"><div><a href="/a">Other story one</a><p>${SUMMARY}</p></div></div>`);
    expect(label(blocks, 'Other story one')).toBe('related-teaser');
  });

  it('keeps a plain list of links (no summaries) as related-links, in an aside or a related box', () => {
    const blocks = page(`${body(6)}<div class="related-stories"><h3>Related stories</h3><ul><li><a href="/a">Link one here</a></li><li><a href="/b">Link two here</a></li></ul></div>`);
    expect(label(blocks, 'Related stories')).toBe('related-links');
    expect(label(blocks, 'Link one here')).toBe('related-links');
    const aside = extractBlocks(parse(`<html><body><main><article><h1>Story</h1>${body(6)}</article></main>
      <aside><h2>Read more</h2><ul><li><a href="/a">Link one here</a></li></ul></aside></body></html>`)).blocks;
    expect(label(aside, 'Link one here')).toBe('related-links');
  });

  it('does not call an aside of prose with no related heading or name a teaser list', () => {
    const blocks = extractBlocks(parse(`<html><body><main><article><h1>Story</h1>${body(6)}</article></main>
      <aside><h2>About this site</h2><p>${SUMMARY}</p></aside></body></html>`)).blocks;
    expect(label(blocks, 'A summary of the other story')).toBe('related-links');
  });
});

describe('captions, credits and chart labels', () => {
  it('labels a caption line carrying its credit photo-credit, the plain caption line photo-caption (fixture 003-nbc)', () => {
    const blocks = page(`${body(3)}<figure><img src="x.jpg" alt=""><figcaption class="caption">
        <p class="caption__alt">Meth found in a spare tire at the Ysleta port of entry.</p>
        <div class="caption__text"><span class="caption__container">Meth found in a spare tire at the Ysleta port of entry.</span><span class="caption__source">CBP</span></div>
      </figcaption></figure>${body(3, 4)}`);
    expect(label(blocks, 'Meth found in a spare tire at the Ysleta port of entry.CBP')).toBe('photo-credit');
    const plain = blocks.find((b) => b.text === 'Meth found in a spare tire at the Ysleta port of entry.');
    expect(plain?.category).toBe('photo-caption');
  });

  it('labels a figcaption with a credit span photo-credit, and one without photo-caption', () => {
    const blocks = page(`${body(3)}<figure><img src="a.jpg" alt=""><figcaption>The reading room. <span class="mc-credit">Courier file photo</span></figcaption></figure>
      ${body(2, 4)}<figure><img src="b.jpg" alt=""><figcaption>The old periodicals room, seen from the lobby.</figcaption></figure>${body(2, 6)}`);
    expect(label(blocks, 'The reading room.')).toBe('photo-credit');
    expect(label(blocks, 'The old periodicals room')).toBe('photo-caption');
  });

  it('keeps a multi-line figcaption apart: the caption paragraph stays photo-caption, the credit paragraph photo-credit', () => {
    const blocks = page(`${body(3)}<figure><img src="a.jpg" alt=""><figcaption><p>The reading room, seen from the east wing.</p><p class="credit">Courier file photo</p></figcaption></figure>${body(3, 4)}`);
    expect(label(blocks, 'The reading room, seen')).toBe('photo-caption');
    expect(label(blocks, 'Courier file photo')).toBe('photo-credit');
  });

  it('labels the source line under a chart chart-label, not photo-caption (fixture 003-nbc)', () => {
    const blocks = page(`${body(3)}<figure class="chart-embed"><svg role="img" aria-label="Bar chart"></svg><p class="chart-embed__source">National Institute on Drug Abuse</p></figure>${body(3, 4)}`);
    expect(label(blocks, 'National Institute on Drug Abuse')).toBe('chart-label');
  });
});

describe('bylines and datelines', () => {
  it('labels a <time> line after an <address> byline as boilerplate (reuse page copy-bayes-morning-ledger)', () => {
    const blocks = page(`<address class="byline">Priya Natarajan, science correspondent</address>
      <time datetime="2026-11-18">Wed 18 Nov 2026 07.00 GMT</time><div class="article-body">${body(6)}</div>`);
    expect(label(blocks, 'Wed 18 Nov 2026')).toBe('other');
    expect(label(blocks, 'Priya Natarajan')).toBe('other');
  });

  it('keeps a <time> inside a sentence as part of the paragraph', () => {
    const blocks = page(`${body(3)}<p>The vote, held on <time datetime="2026-11-18">18 November</time>, passed easily after a long debate among the members of the committee.</p>${body(3, 4)}`);
    expect(label(blocks, 'The vote, held on 18 November')).toBe('content');
  });
});

describe('promos inside the body', () => {
  it('labels a newsletter promo box as newsletter-signup (reuse page offtopic-interest-rates-markets)', () => {
    const blocks = page(`${body(3)}<div class="inline-promo">Sign up to our Markets Morning newsletter</div>${body(3, 4)}`);
    expect(label(blocks, 'Sign up to our Markets Morning newsletter')).toBe('newsletter-signup');
  });
});
