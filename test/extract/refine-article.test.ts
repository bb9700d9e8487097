/**
 * The generic signals on top of Readability's pick (src/extract/refine-article.ts, json-ld-body.ts)
 * and the pages that must never come back empty. Each page is small and made up; none is a copy of
 * a benchmark page.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks, type ExtractedBlock } from '../../src/extract/index';
import { parse } from './helpers';

const PROSE = [
  'The council met on Tuesday evening to discuss the new budget for the coming year, which includes more money for schools.',
  'Several residents spoke during the public comment period, and most of them asked for longer opening hours at the library.',
  'The mayor said the city would look at the request again in the spring, once the figures for the winter are known to everyone.',
  'A final vote on the budget is expected next month, after two more hearings that are open to the public and streamed online.',
];

const paragraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');

function block(blocks: ExtractedBlock[], start: string): ExtractedBlock {
  const b = blocks.find((x) => x.text.startsWith(start));
  if (!b) throw new Error(`no block starts with "${start}"`);
  return b;
}

describe('refining the article pick', () => {
  it('trims a short line hanging after the prose, with a category and a reason', () => {
    const doc = parse(`<html><head><title>Budget</title></head><body>
      <div class="story"><h1>Budget</h1>${paragraphs(PROSE)}
      <p>Weitere Artikel</p></div>
      <div class="elsewhere"><a href="/a">Another story</a> <a href="/b">And one more story</a></div></body></html>`);
    const { blocks } = extractBlocks(doc);
    for (const t of PROSE) expect(block(blocks, t.slice(0, 30)).kind).toBe('content');
    const hanging = block(blocks, 'Weitere Artikel');
    expect(hanging.kind).toBe('boilerplate');
    expect(hanging.category).toBeTruthy();
    expect(hanging.reason).toMatch(/short line|outside the article/);
  });

  it("keeps the article's own standfirst in its <header>", () => {
    const doc = parse(`<html><head><title>Council passes the budget</title></head><body>
      <article><header class="entry-header"><h1>Council passes the budget</h1>
      <div class="entry-excerpt"><p>After weeks of debate the city has a budget, and the library gets its longer hours.</p></div></header>
      <div class="entry-content">${paragraphs(PROSE)}</div></article></body></html>`);
    const { blocks } = extractBlocks(doc);
    const dek = block(blocks, 'After weeks of debate');
    expect(dek.kind).toBe('content');
  });

  it("joins the blocks of the page's JSON-LD articleBody to the pick", () => {
    const extra = 'Officials later confirmed that the library would stay open until nine on weekdays from the first of March.';
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: [...PROSE, extra].join(' ') });
    const doc = parse(`<html><head><title>Budget</title><script type="application/ld+json">${ld}</script></head><body>
      <div class="story">${paragraphs(PROSE)}</div>
      <div class="box"><span>${extra}</span></div></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(block(blocks, 'Officials later confirmed').kind).toBe('content');
  });
});

describe('lines that lead into the article text', () => {
  it('keeps a subheading before the first paragraph and a line ending in a colon before a list', () => {
    const doc = parse(`<html><head><title>Budget</title></head><body>
      <div class="story"><h2>What the budget holds</h2>${paragraphs(PROSE)}
      <p>What residents asked for:</p><ul><li>Longer library hours on weekdays and weekends</li><li>More buses to the outer districts at night</li></ul></div>
      <div class="elsewhere"><a href="/a">Another story</a> <a href="/b">And one more story</a></div></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(block(blocks, 'What the budget holds').kind).toBe('content');
    expect(block(blocks, 'What residents asked for:').kind).toBe('content');
  });
});

describe("the article's lead outside its container", () => {
  it('adds the teaser paragraph in the article header, above the date, to the pick', () => {
    const lead = 'The city finally has a budget after weeks of debate, and the library gets the longer hours that residents asked for.';
    const doc = parse(`<html><head><title>Budget</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><header class="intro"><h1>Council passes the budget</h1><div class="teaser"><p>${lead}</p></div>
      <div class="meta">4 February 2022, by Ann Lee</div></header>
      <article><div class="body">${paragraphs(PROSE)}</div></article></main>
      <footer><a href="/terms">Terms</a></footer></body></html>`);
    // The rules alone: the block model has the last word and overrules them on this page (it reads
    // the lone paragraph above the byline, under a headline it cannot tie to the title, as a promo).
    const { blocks } = extractBlocks(doc, { blockModel: false });
    expect(block(blocks, lead.slice(0, 30)).kind).toBe('content');
    expect(block(blocks, 'Home').kind).toBe('boilerplate');
  });

  it('keeps it, with the block model, under a headline that matches the title', () => {
    const lead = 'The city finally has a budget after weeks of debate, and the library gets the longer hours that residents asked for.';
    const doc = parse(`<html><head><title>Council passes the budget</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <main><header class="intro"><h1>Council passes the budget</h1><div class="teaser"><p>${lead}</p></div>
      <div class="meta">4 February 2022, by Ann Lee</div></header>
      <article><div class="body">${paragraphs(PROSE)}</div></article></main>
      <footer><a href="/terms">Terms</a></footer></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(block(blocks, 'Council passes the budget').role).toBe('headline');
    expect(block(blocks, lead.slice(0, 30)).kind).toBe('content');
  });
});

describe('sections named as ad slots', () => {
  it('keeps the paragraphs of an article section whose class says "ads", strips the ad itself', () => {
    const TAIL = ['library', 'school', 'park', 'harbour', 'market', 'station', 'museum'].map(
      (place, i) => `Residents near the ${place} were asked ${i + 2} questions about the plans, and most of them answered within a week of the survey.`,
    );
    const more = [
      'In the second part of the meeting the members of the council turned to the plans for the new swimming pool by the river.',
      'The architects showed three designs, and the one with the larger outdoor area got the most support from the people in the room.',
      'Building could start in the autumn if the money is found, though the treasurer warned that prices for steel are still rising.',
      'Opponents said the pool would bring more traffic to the quiet streets near the river, and asked for a study of the parking.',
      'The council will publish all three designs on its website next week so that residents can send their comments by the end of May.',
    ];
    const doc = parse(`<html><head><title>Budget</title></head><body><article>
      <section class="report-section">${paragraphs(PROSE)}</section>
      <section class="report-section report-section--ads">${paragraphs(more)}<div class="ad-slot">Advertisement</div></section>
      <section class="report-section">${paragraphs(TAIL)}</section></article></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(block(blocks, more[0]!.slice(0, 30)).kind).toBe('content');
    const ad = blocks.find((b) => b.text === 'Advertisement');
    expect(ad?.kind ?? 'boilerplate').toBe('boilerplate');
  });
});

describe('pages that must not come back empty', () => {
  it('reads a page whose body a lenient parser leaves empty (text before <html>)', () => {
    const html = `<br /><b>Warning</b>: something in <b>/www/site.php</b> on line <b>5</b><br />
      <!DOCTYPE html><html><head><title>Budget</title></head><body><div>${paragraphs(PROSE)}</div></body></html>`;
    const { blocks } = extractBlocks(parse(html));
    expect(blocks.filter((b) => b.kind === 'content').map((b) => b.text)).toEqual(expect.arrayContaining(PROSE));
  });

  it('does not let a framework class hide the whole article', () => {
    const doc = parse(`<html><body><nav><a href="/">Home</a></nav>
      <div class="content print-only">${paragraphs(PROSE)}</div>
      <div class="hidden">Menu overlay</div></body></html>`);
    const { blocks } = extractBlocks(doc);
    expect(block(blocks, PROSE[0]!.slice(0, 30)).kind).toBe('content');
    expect(blocks.some((b) => b.text === 'Menu overlay')).toBe(false);
  });
});
