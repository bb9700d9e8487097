/**
 * The content script in real Chromium with dist/chrome: on off-topic pages and on each seed's demo
 * page, how much main-thread time it takes (the sum of its `sc:slice` measures), its longest
 * slice, the page's long tasks (a PerformanceObserver for `longtask` installed before any script),
 * and whether it loaded the corpus (it should only where the cheap article check passed).
 *
 *   npx tsx bench/browser.ts      # after npm run build; prints JSON
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { hasChromium, launchChromium, CHROMIUM } from '../scripts/lib/chromium.mjs';
import { serveStatic } from '../scripts/lib/static-server.mjs';
import { round } from './lib/stats';

const FIXTURES = join(process.cwd(), 'test', 'fixtures');
/** The seeds' own demo pages. */
const SEED_PAGES = ['000-npr-web', '001-npr-transcript', '002-daily-caller', '003-nbc', '004-copy-site'];

/** What one page cost. */
export interface PageCost {
  page: string;
  /** The cheap article check passed. */
  checkPassed: boolean;
  /** The quick topic check passed too. */
  topicPassed: boolean;
  /** The corpus index was loaded into the page (should equal checkPassed && topicPassed). */
  corpusLoaded: boolean;
  /** Paragraphs traced (0 when nothing was shown). */
  traced: number;
  /** Main-thread time of the content script: the sum of its `sc:slice` measures, ms. */
  mainThreadMs: number;
  /** Its longest uninterrupted slice, ms (the goal: under 50). */
  longestSliceMs: number;
  /** Parsing the corpus (JSON.parse + loadCorpus), ms; 0 when not loaded. */
  corpusLoadMs: number;
  /** Wall time of the analysis, yields included, ms. */
  analyzeWallMs: number;
  /** Long tasks (> 50 ms) the page saw while we ran, and the longest, ms. */
  longTasks: number;
  longestTaskMs: number;
  /** Main-thread ms of every visit, when the page was visited more than once. */
  visits?: number[];
}

/** Visits of each off-topic page (see runBrowserBench). */
const OFF_TOPIC_VISITS = 5;

/** Run the benchmark; resolves to `{ skipped }` when Chromium is missing. */
export async function runBrowserBench(): Promise<object> {
  if (!hasChromium()) return { skipped: `Chromium not found at ${CHROMIUM}` };
  if (!existsSync(join(process.cwd(), 'dist', 'chrome', 'manifest.json'))) throw new Error('dist/chrome missing: run npm run build');
  const offTopic = readdirSync(join(FIXTURES, 'pages')).filter((n) => n.startsWith('offtopic-')).sort();
  const names = [...offTopic, ...SEED_PAGES].filter((n) => existsSync(join(FIXTURES, 'pages', n, 'source.html')));
  const server = await serveStatic(FIXTURES);
  const browser = await launchChromium();
  try {
    await browser.context.addInitScript(() => {
      const tasks: number[] = [];
      (window as unknown as { __scLongTasks: number[] }).__scLongTasks = tasks;
      try {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // No long-task API: the figures stay empty.
      }
    });
    // Warm the background's corpus cache once, as on a browser that has run a while.
    await measurePage(browser.context.newPage.bind(browser.context), server.url(`/pages/${names.at(-1)}/source.html`), browser.worker);
    const pages: PageCost[] = [];
    for (const name of names) {
      // Off-topic pages cost about a millisecond, so one scheduler hiccup or GC pause on this shared
      // machine doubles a single reading: they are visited OFF_TOPIC_VISITS times and the visit
      // with the median main-thread time is kept (every visit is listed under `visits`). Five: of three,
      // two slow visits set the median (one run read 0.7, 2.2 and 5.1 ms on the same page).
      const visits = name.startsWith('offtopic-') ? OFF_TOPIC_VISITS : 1;
      const costs: PageCost[] = [];
      for (let v = 0; v < visits; v++) {
        costs.push(await measurePage(browser.context.newPage.bind(browser.context), server.url(`/pages/${name}/source.html`), browser.worker));
      }
      costs.sort((a, b) => a.mainThreadMs - b.mainThreadMs);
      const median = costs[Math.floor(costs.length / 2)]!;
      pages.push({ ...median, page: name, ...(visits > 1 ? { visits: costs.map((c) => c.mainThreadMs) } : {}) });
    }
    const seeds = pages.filter((p) => SEED_PAGES.includes(p.page));
    return {
      browser: 'chromium',
      pages,
      worstSliceMs: Math.max(...pages.map((p) => p.longestSliceMs)),
      worstLongTaskMs: Math.max(0, ...pages.map((p) => p.longestTaskMs)),
      meanMainThreadMsSeedPages: round(seeds.reduce((sum, p) => sum + p.mainThreadMs, 0) / Math.max(1, seeds.length), 1),
      // The corpus is loaded only on pages that pass both cheap checks (article, then topic).
      corpusLoadedOnlyWhenCheckPassed: pages.every((p) => p.corpusLoaded === (p.checkPassed && p.topicPassed)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measurePage(
  newPage: () => Promise<Page>,
  url: string,
  worker: Awaited<ReturnType<typeof launchChromium>>['worker'],
): Promise<PageCost> {
  const page = await newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  // Done when the check failed, or the analysis finished; then let trailing work (signature) land.
  await page.waitForFunction(
    () => performance.getEntriesByName('sc:check-failed').length > 0 || performance.getEntriesByName('sc:topic-failed').length > 0 || performance.getEntriesByName('sc:analyze').length > 0,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(600);
  // No named functions inside evaluate: tsx's keepNames would wrap them in a `__name` helper
  // that does not exist in the page.
  const figures = await page.evaluate(() => {
    const measures = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sc:'));
    const slices = measures.filter((e) => e.name === 'sc:slice').map((e) => e.duration);
    const totals: Record<string, number> = {};
    for (const e of measures) totals[e.name] = (totals[e.name] ?? 0) + e.duration;
    const marks = performance.getEntriesByType('mark').map((m) => m.name);
    const tasks = (window as unknown as { __scLongTasks?: number[] }).__scLongTasks ?? [];
    return {
      checkPassed: marks.includes('sc:check-passed'),
      topicPassed: marks.includes('sc:topic-passed'),
      corpusLoaded: marks.includes('sc:corpus-loaded'),
      mainThreadMs: slices.reduce((s, d) => s + d, 0),
      longestSliceMs: Math.max(0, ...slices),
      corpusLoadMs: totals['sc:corpus-load'] ?? 0,
      analyzeWallMs: totals['sc:analyze'] ?? 0,
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks),
    };
  });
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
  const traced = await worker.evaluate(async (id) => {
    const key = `tab:${id}:page`;
    const stored = (await chrome.storage.session.get(key))[key] as { summary?: { tracedBlocks?: number } } | undefined;
    return stored?.summary?.tracedBlocks ?? 0;
  }, tabId);
  await page.close();
  return {
    page: url,
    ...figures,
    traced,
    mainThreadMs: round(figures.mainThreadMs, 1),
    longestSliceMs: round(figures.longestSliceMs, 1),
    corpusLoadMs: round(figures.corpusLoadMs, 1),
    analyzeWallMs: round(figures.analyzeWallMs, 1),
    longestTaskMs: round(figures.longestTaskMs, 1),
  };
}


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runBrowserBench().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
