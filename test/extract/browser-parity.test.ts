/**
 * The extractor in a real browser DOM gives the same blocks as under linkedom in Node, and leaves
 * the live page unchanged: Chromium through playwright-core, Firefox ESR through puppeteer-core
 * (shared/testing.md). Each browser is skipped when it is not installed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import puppeteer, { type Browser as PuppeteerBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBlocks } from '../../src/extract/index';
import { parse } from './helpers';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const PAGES = [
  new URL('./pages/news-page.html', import.meta.url),
  new URL('./pages/no-article.html', import.meta.url),
  // Readability retries here: the copy's body is refilled from the page (readability-pass.ts).
  new URL('./pages/readability-retry.html', import.meta.url),
  new URL('../fixtures/pages/003-nbc/source.html', import.meta.url),
  new URL('../fixtures/pages/002-daily-caller/source.html', import.meta.url),
].filter((u) => existsSync(u));

type Row = [string, string, string, string];

/** Runs in the page: extract, and report what we compare (the bundle defines SourceContextExtract). */
function inPage() {
  const api = (window as unknown as { SourceContextExtract: typeof import('../../src/extract/index') }).SourceContextExtract;
  const before = document.documentElement.outerHTML;
  const { title, blocks } = api.extractBlocks(document);
  return {
    title,
    rows: blocks.map((b) => [b.text, b.kind, b.category ?? '', b.element?.tagName.toUpperCase() ?? '']),
    connected: blocks.every((b) => b.element === null || b.element.isConnected),
    unchanged: document.documentElement.outerHTML === before,
  };
}

async function bundleExtractor(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('../../src/extract/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    globalName: 'SourceContextExtract',
    write: false,
    platform: 'browser',
  });
  return out.outputFiles[0]!.text;
}

/** What the tests use of a page, the same in Playwright and Puppeteer. */
interface BrowserPage {
  setContent(html: string, options: { waitUntil: 'domcontentloaded' }): Promise<unknown>;
  addScriptTag(options: { content: string }): Promise<unknown>;
  evaluate(fn: typeof inPage): Promise<ReturnType<typeof inPage>>;
  close(): Promise<unknown>;
}

/** Load `html` in a new page, run the bundled extractor in it, close the page. */
async function extractInBrowser(newPage: () => Promise<BrowserPage>, html: string, bundle: string): Promise<ReturnType<typeof inPage>> {
  const page = await newPage();
  try {
    await page.setContent(html, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(inPage);
  } finally {
    await page.close();
  }
}

function expectSameAsNode(html: string, result: Awaited<ReturnType<typeof inPage>>): void {
  const node = extractBlocks(parse(html));
  expect(result.unchanged).toBe(true);
  expect(result.connected).toBe(true);
  expect(result.rows).toEqual(rows(node.blocks));
  expect(result.title).toBe(node.title);
}

/** What we compare: text, kind, category, tag of the element. */
function rows(blocks: ReturnType<typeof extractBlocks>['blocks']): Row[] {
  return blocks.map((b) => [b.text, b.kind, b.category ?? '', b.element?.tagName.toUpperCase() ?? '']);
}

describe.skipIf(!existsSync(CHROMIUM))('extractBlocks in Chromium', () => {
  let browser: Browser;
  let bundle: string;

  beforeAll(async () => {
    bundle = await bundleExtractor();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const url of PAGES) {
    it(`${url.pathname.split('/').slice(-2).join('/')}: same blocks as linkedom, page unchanged`, async () => {
      const html = readFileSync(url, 'utf8');
      expectSameAsNode(html, await extractInBrowser(() => browser.newPage(), html, bundle));
    }, 60_000);
  }

  it('leaves out text a stylesheet hides (which linkedom cannot see)', async () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough, with commas, and detail, to count as body text.</p>`).join('');
    const html = `<html><head><style>.modal { display: none }</style></head><body><article>${paras}</article><div class="modal"><p>Hidden by the stylesheet.</p></div></body></html>`;
    const texts = (await extractInBrowser(() => browser.newPage(), html, bundle)).rows.map((r) => r[0]);
    expect(texts).toHaveLength(6);
    expect(texts.join(' ')).not.toContain('Hidden by the stylesheet');
    // linkedom has no stylesheet engine: there the block is listed (as boilerplate).
    expect(extractBlocks(parse(html)).blocks.map((b) => b.text)).toContain('Hidden by the stylesheet.');
  }, 60_000);
});

describe.skipIf(!existsSync(FIREFOX))('extractBlocks in Firefox', () => {
  let browser: PuppeteerBrowser;
  let bundle: string;

  beforeAll(async () => {
    bundle = await bundleExtractor();
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  for (const url of PAGES) {
    it(`${url.pathname.split('/').slice(-2).join('/')}: same blocks as linkedom, page unchanged`, async () => {
      const html = readFileSync(url, 'utf8');
      expectSameAsNode(html, await extractInBrowser(() => browser.newPage(), html, bundle));
    }, 60_000);
  }
});
