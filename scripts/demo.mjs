/**
 * `npm start`: build, serve test/fixtures/ on 127.0.0.1, and show the extension at work.
 *
 * - With a display: Chromium opens headed on the demo index with the extension loaded, and the
 *   server runs until Ctrl-C.
 * - Without one ($DISPLAY unset): headless, it visits every demo page, prints what each one traced,
 *   writes screenshots to screenshots/ (the launcher on a copied page, the sidebar for that tab,
 *   teaching mode, an off-topic page) and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, hasChromium, CHROMIUM } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const SHOTS = join(ROOT, 'screenshots');
/** The copied page shown with its launcher, sidebar and teaching mode (004 first: it shows most). */
const FEATURED = ['004-copy-site', '002-daily-caller'];

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

function buildFirst() {
  const run = spawnSync(process.execPath, [join(ROOT, 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) fail('the build failed (see above)');
}

/** The pages the demo index links to, as paths on the server. */
function demoPages() {
  const index = join(FIXTURES, 'demo', 'index.html');
  if (!existsSync(index)) fail(`${index} is missing: run npm run fixtures`);
  const hrefs = [...readFileSync(index, 'utf8').matchAll(/href="\.\.\/(pages\/[^"]+)"/g)].map((m) => '/' + m[1]);
  return hrefs.filter((p) => existsSync(join(FIXTURES, p)));
}

async function activeTabId(worker) {
  return worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1);
}

/** Wait for the content script to settle, then read the tab's stored analysis (null: none). */
async function analysisOf(page, worker, tabId) {
  await page.waitForFunction(() => performance.getEntriesByName('sc:topic-check').length > 0, null, { timeout: 20_000 });
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    const done = await page.evaluate(
      () => performance.getEntriesByName('sc:check-failed').length > 0 || performance.getEntriesByName('sc:topic-failed').length > 0 || performance.getEntriesByName('sc:analyze').length > 0,
    );
    if (done) break;
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(300);
  return worker.evaluate(async (id) => {
    const key = `tab:${id}:page`;
    return (await chrome.storage.session.get(key))[key] ?? null;
  }, tabId);
}

async function headless(server) {
  mkdirSync(SHOTS, { recursive: true });
  const browser = await launchChromium();
  const { context, worker, extensionId } = browser;
  try {
    const rows = [];
    for (const path of demoPages()) {
      const page = await context.newPage();
      await page.goto(server.url(path));
      await page.bringToFront();
      const analysis = await analysisOf(page, worker, await activeTabId(worker));
      rows.push({ page: path.split('/')[2], analysis });
      await page.close();
    }
    console.log('\nPage                              traced  origin');
    for (const { page, analysis } of rows) {
      const traced = analysis ? String(analysis.summary.tracedBlocks) : '-';
      const origin = analysis?.summary.mainOrigin ?? (analysis ? '' : 'nothing shown (not on topic / no match)');
      console.log(`${page.padEnd(34)}${traced.padStart(6)}  ${origin}`);
    }

    const featured = FEATURED.find((name) => existsSync(join(FIXTURES, 'pages', name, 'source.html')));
    if (!featured) fail('no demo page to feature');
    const page = await context.newPage();
    await page.goto(server.url(`/pages/${featured}/source.html`));
    await page.bringToFront();
    const tabId = await activeTabId(worker);
    await analysisOf(page, worker, tabId);
    await page.screenshot({ path: join(SHOTS, '1-page-with-launcher.png') });

    const sidebar = await context.newPage();
    await sidebar.setViewportSize({ width: 420, height: 900 });
    await sidebar.goto(`chrome-extension://${extensionId}/sidebar.html?tab=${tabId}&view=page`);
    await sidebar.waitForSelector('.sc-card', { timeout: 10_000 }).catch(() => {});
    await sidebar.screenshot({ path: join(SHOTS, '2-sidebar.png') });
    await sidebar.close();

    // A paraphrased page: a card's reasons and its sentence-by-sentence comparison.
    const paraphrased = demoPages().find((p) => p.includes('paraphrased'));
    if (paraphrased) {
      const copy = await context.newPage();
      await copy.goto(server.url(paraphrased));
      await copy.bringToFront();
      const copyTab = await activeTabId(worker);
      await analysisOf(copy, worker, copyTab);
      const panel = await context.newPage();
      await panel.setViewportSize({ width: 420, height: 1100 });
      await panel.goto(`chrome-extension://${extensionId}/sidebar.html?tab=${copyTab}&view=page`);
      const card = panel.locator('.sc-card', { has: panel.locator('.sc-evidence-aligned-sentences') }).first();
      await card.waitFor({ timeout: 10_000 }).catch(() => {});
      await card.getByRole('button', { name: 'Compare' }).click().catch(() => {});
      await card.scrollIntoViewIfNeeded().catch(() => {});
      await card.screenshot({ path: join(SHOTS, '5-paraphrase-compare.png') }).catch(() => {});
      // A match the page decided: its first reason says the page's other paragraphs come from
      // the source (the wording alone was below the model's cut-off).
      const decided = panel.locator('.sc-card', { has: panel.locator('.sc-evidence-page-context') }).first();
      if ((await decided.count()) > 0) {
        await decided.scrollIntoViewIfNeeded().catch(() => {});
        await decided.screenshot({ path: join(SHOTS, '6-page-context.png') }).catch(() => {});
      }
      await panel.close();
      await copy.close();
    }

    await page.bringToFront();
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), teachingMode: true } });
    });
    await page.waitForSelector('[data-sc-teach]', { timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: join(SHOTS, '3-teaching-mode.png') });
    await worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...(settings ?? {}), teachingMode: false } });
    });

    const offTopic = demoPages().find((p) => p.includes('offtopic')) ?? '/pages/offtopic-city-library/source.html';
    await page.goto(server.url(offTopic));
    await analysisOf(page, worker, tabId);
    await page.screenshot({ path: join(SHOTS, '4-off-topic.png') });

    console.log(`\nScreenshots (${featured}, its sidebar, teaching mode, ${offTopic.split('/')[2]}, a paraphrase compared, a match the page decided) in ${SHOTS}/`);
  } finally {
    await browser.close();
  }
}

async function headed(server) {
  const browser = await launchChromium({ headless: false, viewport: null });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url('/demo/index.html'));
  console.log(`Demo running: ${server.url('/demo/index.html')} (extension ${browser.extensionId}). Ctrl-C to stop.`);
  const stop = async () => {
    await browser.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  browser.context.on('close', stop);
}

if (!hasChromium()) fail(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set $CHROMIUM)`);
buildFirst();
const server = await serveStatic(FIXTURES);
if (process.env.DISPLAY) {
  await headed(server);
} else {
  try {
    await headless(server);
  } finally {
    await server.close();
  }
  process.exit(0);
}
