/**
 * The Readability shortcuts (src/extract/readability-shortcuts.ts) must answer exactly as the
 * Readability methods they replace: checked method by method on every element of real pages
 * (the repo's test pages and a spread of trafilatura-eval pages when the benchmark is present),
 * and end to end (the same article text and title from `parse()`).
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { trafilaturaPages } from '../../bench/lib/pages';
import { parseHtmlDocument } from '../../src/corpus/html-text';
import { installReadabilityShortcuts } from '../../src/extract/readability-shortcuts';
import { loadPage, parse } from './helpers';

type Internals = Record<string, (...args: never[]) => unknown> & { REGEXPS: Record<string, RegExp> };

/** Every 37th trafilatura-eval page (20 pages from many sites and languages), when present. */
const REAL = (trafilaturaPages() ?? []).filter((_, i) => i % 37 === 0).map((p) => ({ name: p.name, html: p.html }));

/**
 * Built for this test: what Readability's steps before its search change (images without a
 * source, an image in <noscript>, <br> runs, <font>, scripts and JSON-LD, styles, hidden and
 * byline-like elements, empty containers).
 */
const PREP_PAGE = `<!doctype html><html><head><title>Prep page - Site</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Stated headline"}</script>
<script>var x = 1;</script><style>p { color: red }</style><meta property="og:site_name" content="Site"></head>
<body><div class="byline author">By A. Writer</div><span rel="author"></span>
<div id="story"><p>First paragraph, long enough to be read as text by Readability, with a few more words here.</p>
<img class="lazy"><img data-src="x.jpg"><img alt="a.png"><img src="/a.jpg">
<div>Loose line<br><br>after two breaks<br>after one <font color="red">in red <font>nested</font></font></div>
<div style="display:none">hidden by style</div><div hidden>hidden</div><div aria-hidden="true" class="fallback-image">math</div>
<div aria-hidden="true">aria hidden</div><div style="color: blue">styled but shown</div>
<div>   <br> <hr> </div><div><span> </span></div><section></section>
<p>Second paragraph, also long enough to be read as text by Readability, with a few more words.</p></div>
<noscript><p>Enable JavaScript</p></noscript></body></html>`;
const NOSCRIPT_IMAGE_PAGE = `<html><body><div><p>Text of the page, long enough to count as a paragraph of an article body.</p>
<img class="placeholder"><noscript><img src="real.jpg"></noscript></div></body></html>`;

const pages = (): { name: string; doc: () => Document }[] => [
  ...['news-page.html', 'readability-retry.html', 'no-article.html'].map((name) => ({ name, doc: () => loadPage(name) })),
  { name: 'prep page', doc: () => parse(PREP_PAGE) },
  { name: 'noscript image page', doc: () => parse(NOSCRIPT_IMAGE_PAGE) },
  ...REAL.map((p) => ({ name: p.name, doc: () => parseHtmlDocument(p.html) })),
];

function readers(doc: Document): { plain: Internals; fast: Internals } {
  const plain = new Readability(doc) as unknown as Internals;
  const fast = new Readability(doc);
  installReadabilityShortcuts(fast);
  return { plain, fast: fast as unknown as Internals };
}

function elementsOf(doc: Document): Element[] {
  const out: Element[] = [];
  const walker = doc.createTreeWalker(doc, 1);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) out.push(el);
  return out;
}

describe('Readability shortcuts answer as the methods they replace', () => {
  it('installs only on a Readability that has those methods', () => {
    const doc = parse(PREP_PAGE);
    const reader = new Readability(doc) as unknown as Internals;
    const before = reader._isProbablyVisible;
    installReadabilityShortcuts(reader as never);
    expect(reader._isProbablyVisible).not.toBe(before);
    const other = { parse: () => null } as unknown as Readability<Element>;
    installReadabilityShortcuts(other);
    expect(Object.keys(other)).toEqual(['parse']);
  });

  it('byline, visibility and emptiness tests give the same answer on every element', () => {
    let checked = 0;
    for (const page of pages()) {
      const doc = page.doc();
      const { plain, fast } = readers(doc);
      for (const el of elementsOf(doc)) {
        const matchString = `${el.className} ${el.id}`;
        const call = (r: Internals, m: string, ...args: unknown[]) => (r[m] as (...a: unknown[]) => unknown).apply(r, args);
        expect([page.name, call(fast, '_isValidByline', el, matchString)]).toEqual([page.name, call(plain, '_isValidByline', el, matchString)]);
        // Readability reads visibility as a condition (its own answer may be '' for false).
        expect([page.name, Boolean(call(fast, '_isProbablyVisible', el))]).toEqual([page.name, Boolean(call(plain, '_isProbablyVisible', el))]);
        expect([page.name, call(fast, '_isElementWithoutContent', el)]).toEqual([page.name, call(plain, '_isElementWithoutContent', el)]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('finds the same elements by tag, in the same order', () => {
    for (const page of pages()) {
      const doc = page.doc();
      const { plain, fast } = readers(doc);
      for (const tags of [['p'], ['h1', 'h2'], ['img', 'picture', 'figure'], ['SPAN', 'LI', 'DIV', 'P']]) {
        for (const root of [doc, doc.body].filter(Boolean)) {
          const a = Array.from(plain._getAllNodesWithTag!(root as never, tags as never) as ArrayLike<Element>);
          const b = Array.from(fast._getAllNodesWithTag!(root as never, tags as never) as ArrayLike<Element>);
          expect(b.length, `${page.name} ${tags}`).toBe(a.length);
          expect(b.every((el, i) => el === a[i]), `${page.name} ${tags}`).toBe(true);
        }
      }
    }
  });

  it('leaves the page as Readability leaves it before its search', () => {
    for (const page of pages()) {
      const docs = [page.doc(), page.doc()];
      const [plain, fast] = [new Readability(docs[0]!) as unknown as Internals, new Readability(docs[1]!)];
      installReadabilityShortcuts(fast);
      const ld = [plain, fast as unknown as Internals].map((reader, i) => {
        const r = reader as unknown as { _unwrapNoscriptImages(d: Document): void; _getJSONLD(d: Document): unknown; _removeScripts(d: Document): void; _prepDocument(): void };
        r._unwrapNoscriptImages(docs[i]!);
        const json = r._getJSONLD(docs[i]!);
        r._removeScripts(docs[i]!);
        r._prepDocument();
        return json;
      });
      expect(ld[1], page.name).toEqual(ld[0]);
      expect(docs[1]!.documentElement.outerHTML, page.name).toBe(docs[0]!.documentElement.outerHTML);
    }
    // The page built for it did change: the image without a source and the <font> tags are gone.
    const doc = parse(PREP_PAGE);
    const reader = new Readability(doc);
    installReadabilityShortcuts(reader);
    (reader as unknown as { _unwrapNoscriptImages(d: Document): void; _prepDocument(): void })._unwrapNoscriptImages(doc);
    (reader as unknown as { _prepDocument(): void })._prepDocument();
    expect(doc.querySelectorAll('img')).toHaveLength(3);
    expect(doc.querySelectorAll('font')).toHaveLength(0);
  });

  it('gives the same article text and title end to end', () => {
    let articles = 0;
    for (const page of pages()) {
      const plain = new Readability(page.doc()).parse();
      const doc = page.doc();
      const reader = new Readability(doc);
      installReadabilityShortcuts(reader);
      const fast = reader.parse();
      // Whitespace aside: post-processing (skipped) drops containers that hold only white space.
      const text = (r: typeof plain) => (r?.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(text(fast), page.name).toBe(text(plain));
      expect(fast?.title ?? null, page.name).toBe(plain?.title ?? null);
      if (plain?.textContent) articles++;
    }
    expect(articles).toBeGreaterThan(3);
  });
});
