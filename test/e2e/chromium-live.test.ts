/**
 * The Chrome package as a page and its settings change under it: a single-page app swapping in
 * an article and changing its URL, the options page (labels, live effect of "never run on"), the
 * keyboard command on a real selection, and the in-page sidebar frame.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainOrigin, pagePath, selectionSample } from './helpers/fixtures';
import { expectedOf, hasFixture } from '../fixture-pages';
import { expectOriginShown, skipMessage, startSession, type Session } from './helpers/chromium';

const skip = skipMessage();
if (skip) console.warn(skip);

/**
 * A single-page app: starts as an off-topic stub; "Next story" fetches the 004 fixture, puts its
 * body in place and pushes a new URL, as client-side routers do.
 */
const SPA = `<!doctype html><title>App</title><body><main><h1>Welcome</h1>
<p>Nothing to read here yet. Press the button for the next story.</p>
<button id="next">Next story</button></main>
<script>
document.getElementById('next').addEventListener('click', async () => {
  const html = await (await fetch('${pagePath('004-copy-site')}')).text();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.title = doc.title;
  document.body.replaceWith(document.adoptNode(doc.body));
  history.pushState({}, '', '/app/story-2');
});
</script></body>`;

describe.skipIf(skip !== null)('Chrome package, live changes', () => {
  let s: Session;

  beforeAll(async () => {
    s = await startSession({ '/app/': SPA });
  });
  afterAll(async () => {
    await s?.stop();
  });

  it.skipIf(!hasFixture('004-copy-site'))('a single-page app that swaps in an article and changes URL is analysed anew', async () => {
    const { page, tabId } = await s.open('/app/');
    await page.waitForFunction(() => performance.getEntriesByName('sc:topic-check').length > 0);
    expect(await s.badge(tabId)).toBe('');
    await page.click('#next');
    await page.waitForURL('**/app/story-2');
    const deadline = Date.now() + 15_000;
    let analysis = await s.analysisOf(tabId, 1000);
    while ((!analysis || !analysis.input.endsWith('/app/story-2')) && Date.now() < deadline) analysis = await s.analysisOf(tabId, 500);
    expect(analysis?.input).toBe(s.server.url('/app/story-2'));
    expect(analysis!.summary.tracedBlocks).toBeGreaterThan(0);
    expect(await s.badge(tabId)).toBe(String(analysis!.summary.tracedBlocks));
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('options: labelled controls; "never run on" clears an open page at once', async () => {
    const { page, tabId } = await s.open(pagePath('002-daily-caller'));
    expect(await s.analysisOf(tabId)).not.toBeNull();
    expect(await page.locator('source-context-ui').count()).toBe(1);

    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    for (const label of ['Analyse article pages automatically', 'Never run on these sites', 'Teaching mode', 'Match sensitivity']) {
      expect(await options.getByLabel(label).count(), label).toBe(1);
    }
    await options.getByLabel('Never run on these sites').fill('www.example.org\n127.0.0.1');
    await options.getByLabel('Teaching mode').focus(); // leaving the textarea fires `change`
    await page.waitForFunction(() => !document.querySelector('source-context-ui'), null, { timeout: 5000 });
    expect(await s.badge(tabId)).toBe('');
    const stored = await s.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect((stored.settings as { neverRunOn: string[] }).neverRunOn).toEqual(['www.example.org', '127.0.0.1']);

    // And back: removing the site runs the analysis again without a reload.
    await options.getByLabel('Never run on these sites').fill('');
    await options.getByLabel('Teaching mode').focus();
    await page.waitForSelector('source-context-ui', { state: 'attached', timeout: 10_000 });
    await options.close();
    await page.close();
  });

  it('keyboard command traces the page selection', async () => {
    const chosen = selectionSample();
    const { page, tabId } = await s.open(pagePath(chosen.page));
    await s.analysisOf(tabId);
    // Select the paragraph the way a reader would (a DOM range over its text).
    const selected = await page.evaluate((text) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent?.replace(/\s+/g, ' ').trim() === text);
      if (!p) return '';
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return getSelection()?.toString() ?? '';
    }, chosen.text);
    expect(selected.length).toBeGreaterThan(0);
    await s.worker.evaluate(async (tabId) => {
      const tab = await chrome.tabs.get(tabId);
      (chrome.commands.onCommand as unknown as { dispatch(...a: unknown[]): void }).dispatch('trace-selection', tab);
    }, tabId);
    const sidebar = await s.sidebar(tabId, 'selection');
    await expectOriginShown(sidebar, chosen.origin);
    await sidebar.close();
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('clicking the launcher opens Chrome\'s side panel on this tab\'s sidebar page', async () => {
    const { page, tabId } = await s.open(pagePath('002-daily-caller'));
    await s.analysisOf(tabId);
    await page.waitForSelector('source-context-ui', { state: 'attached' });
    // The launcher sits in a closed shadow root at the bottom right (in-page.css): click there.
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);
    await page.mouse.click(width! - 70, height! - 32);
    const panelUrl = `chrome-extension://${s.extensionId}/sidebar.html?tab=${tabId}&view=page`;
    await expect
      .poll(() => s.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map((c) => c.documentUrl)))
      .toContain(panelUrl);
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('the in-page frame loads sidebar.html for its tab (dynamic URL)', async () => {
    const origin = mainOrigin(expectedOf('002-daily-caller'));
    const { page, tabId } = await s.open(pagePath('002-daily-caller'));
    await s.analysisOf(tabId);
    await s.worker.evaluate(
      (tabId) => chrome.tabs.sendMessage(tabId, { to: 'content', type: 'openFrame', args: ['page'] }, { frameId: 0 }),
      tabId,
    );
    const deadline = Date.now() + 10_000;
    let frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    while (!frame && Date.now() < deadline) {
      await page.waitForTimeout(200);
      frame = page.frames().find((f) => f.url().includes('/sidebar.html'));
    }
    expect(frame?.url()).toMatch(new RegExp(`^chrome-extension://[a-z0-9-]+/sidebar\\.html\\?tab=${tabId}&view=page$`));
    await expectOriginShown(frame!, origin);
    await page.close();
  });
});
