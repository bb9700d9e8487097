/**
 * The built Chrome package on the fixture pages, in real Chromium: badge, sidebar page, teaching
 * mode, highlights, the context-menu trace, the off-topic page, and no request leaving the machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainOrigin, offTopicPages, pagePath, selectionSample } from './helpers/fixtures';
import { expectedOf, hasFixture } from '../fixture-pages';
import { expectOriginShown, skipMessage, startSession, type Session } from './helpers/chromium';

const skip = skipMessage();
if (skip) console.warn(skip);

/** Any element, attribute or style element of ours in the page's DOM. */
const OUR_TRACES = 'source-context-ui, #source-context-page-style, [data-sc-highlight], [data-sc-teach]';

/** A page that is no article at all: a list of links (the cheap check must turn it down). */
const LINK_LIST =
  '<!doctype html><title>Links</title><ul>' +
  Array.from({ length: 40 }, (_, i) => `<li><a href="#${i}">Link number ${i}</a></li>`).join('') +
  '</ul>';

describe.skipIf(skip !== null)('Chrome package on fixture pages', () => {
  let s: Session;

  beforeAll(async () => {
    s = await startSession({ '/links.html': LINK_LIST });
  });
  afterAll(async () => {
    await s?.stop();
  });

  for (const name of ['002-daily-caller', '004-copy-site']) {
    it.skipIf(!hasFixture(name))(`${name}: badge counts traced paragraphs; sidebar names the origin`, async () => {
      const origin = mainOrigin(expectedOf(name));
      const { page, tabId } = await s.open(pagePath(name));
      const analysis = await s.analysisOf(tabId);
      expect(analysis, 'the content script stored an analysis').not.toBeNull();
      const traced = analysis!.summary.tracedBlocks;
      expect(traced).toBeGreaterThan(0);
      expect(await s.badge(tabId)).toBe(String(traced));
      // Our launcher host exists (its closed shadow root is out of reach, by design).
      expect(await page.locator('source-context-ui').count()).toBe(1);

      // The synonym graph reached the content script and was decoded in its own slice.
      const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((m) => m.name));
      expect(measures).toContain('sc:synonyms-load');

      const sidebar = await s.sidebar(tabId);
      await expectOriginShown(sidebar, origin);
      // A reworded paragraph says why it was traced (a verbatim one's badge says it already).
      if (analysis!.blocks.some((b) => b.match && b.match.relation !== 'verbatim')) {
        await sidebar.locator('.sc-evidence li').first().waitFor({ timeout: 10_000 });
      }
      await sidebar.close();
      await page.close();
    });
  }

  it.skipIf(!hasFixture('004-copy-site'))('004: the altered quote is shown against the original wording', async () => {
    const quote = expectedOf('004-copy-site').quotes?.find((q) => q.fidelity === 'altered' && /watershed/.test(q.text));
    expect(quote, 'expected.json lists the altered "watershed" quote').toBeDefined();
    const { page, tabId } = await s.open(pagePath('004-copy-site'));
    expect(await s.analysisOf(tabId)).not.toBeNull();
    const sidebar = await s.sidebar(tabId);
    await sidebar.getByRole('tab', { name: /Quotes/ }).click();
    const card = sidebar.locator('article', { hasText: 'watershed' }).filter({ hasText: 'game changer' }).first();
    await card.waitFor({ timeout: 10_000 });
    expect(await card.innerText()).toMatch(/game changer/);
    await sidebar.close();
    await page.close();
  });

  for (const name of offTopicPages()) {
    it(`${name} (off topic): no badge, nothing of ours in the page; no corpus unless it passed the article check`, async () => {
      const { page, tabId } = await s.open(pagePath(name));
      // Wait for the content script to finish looking (check failed, or analysis done), then a beat
      // for anything it would show.
      await page.waitForFunction(
        () => performance.getEntriesByName('sc:check-failed').length + performance.getEntriesByName('sc:topic-failed').length + performance.getEntriesByName('sc:analyze').length > 0,
        null,
        { timeout: 20_000 },
      );
      await page.waitForTimeout(300);
      expect(await s.badge(tabId)).toBe('');
      expect(await s.analysisOf(tabId, 500)).toBeNull();
      expect(await page.locator(OUR_TRACES).count()).toBe(0);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
      if (marks.includes('sc:check-failed')) expect(marks).not.toContain('sc:corpus-loaded');
      await page.close();
    });
  }

  it('a page that is not an article: the cheap check turns it down and the corpus is never loaded', async () => {
    const { page, tabId } = await s.open('/links.html');
    await page.waitForFunction(
      () => performance.getEntriesByName('sc:check-failed').length + performance.getEntriesByName('sc:topic-failed').length > 0,
      null,
      { timeout: 15_000 },
    );
    await page.waitForTimeout(500);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    expect(marks).toContain('sc:check-failed');
    expect(marks).not.toContain('sc:corpus-loaded');
    expect(await s.badge(tabId)).toBe('');
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('launcher and hover tooltip say the count and the origin (seen through the accessibility tree)', async () => {
    const { page, tabId } = await s.open(pagePath('002-daily-caller'));
    const analysis = await s.analysisOf(tabId);
    // Our UI is in a closed shadow root: no DOM query reaches it, but the accessibility tree does.
    const cdp = await s.context.newCDPSession(page);
    const axNames = async (role: string) => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value: string }; name?: { value: string } }[];
      };
      return nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
    };
    const traced = analysis!.summary.tracedBlocks;
    expect(await axNames('button')).toContain(
      `${traced} paragraphs traced${analysis!.summary.mainOrigin ? ` to ${analysis!.summary.mainOrigin}` : ''}. Open Source Context.`,
    );
    const block = analysis!.blocks.find((b) => b.match && b.match.origin.file !== b.match.file && b.text.length > 80)!;
    const paragraph = page.locator('p', { hasText: block.text.slice(0, 60) }).first();
    // Scroll first: scrolling hides the tooltip (it would float away from its paragraph).
    await paragraph.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await paragraph.hover();
    await expect.poll(() => axNames('tooltip')).toEqual([expect.stringMatching(new RegExp(`^From ${block.match!.origin.outlet}, via `))]);
    await page.mouse.move(0, 0);
    await cdp.detach();
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('teaching mode colours paragraphs live and removes every trace when off', async () => {
    const { page, tabId } = await s.open(pagePath('002-daily-caller'));
    expect(await s.analysisOf(tabId)).not.toBeNull();
    const setTeaching = (on: boolean) =>
      s.worker.evaluate(async (teachingMode) => {
        const { settings } = await chrome.storage.local.get('settings');
        await chrome.storage.local.set({ settings: { ...(settings ?? {}), teachingMode } });
      }, on);
    await setTeaching(true);
    await page.waitForSelector('[data-sc-teach="copy"]', { timeout: 5000 });
    expect(await page.locator('#source-context-page-style').count()).toBe(1);
    await setTeaching(false);
    await page.waitForFunction(() => !document.querySelector('[data-sc-teach], #source-context-page-style'));
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('"Show on page" from the sidebar outlines the block', async () => {
    const { page, tabId } = await s.open(pagePath('002-daily-caller'));
    const analysis = await s.analysisOf(tabId);
    const block = analysis!.blocks.find((b) => b.match)!;
    const sidebar = await s.sidebar(tabId);
    await sidebar.getByRole('button', { name: 'Show on page' }).first().click();
    const outlined = await page.waitForSelector('[data-sc-highlight]', { timeout: 5000 });
    expect((await outlined.textContent())?.replace(/\s+/g, ' ').trim()).toBe(block.text);
    await sidebar.close();
    await page.close();
  });

  it('context-menu "Trace origin" on a selection traces it to its origin', async () => {
    const chosen = selectionSample();
    const { page, tabId } = await s.open(pagePath(chosen.page));
    // Menus cannot be clicked headless: dispatch the menu's own click event to its handler.
    await s.worker.evaluate(
      async ({ tabId, text }) => {
        const tab = await chrome.tabs.get(tabId);
        (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(
          { menuItemId: 'trace-origin', selectionText: text, editable: false, pageUrl: '' },
          tab,
        );
      },
      { tabId, text: chosen.text },
    );
    const sidebar = await s.sidebar(tabId, 'selection');
    await expectOriginShown(sidebar, chosen.origin);
    await sidebar.close();
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('"Wrong match" is stored and the page re-analyses without it (badge follows)', async () => {
    const { page, tabId, url } = await s.open(pagePath('002-daily-caller'));
    const before = await s.analysisOf(tabId);
    const traced = before!.summary.tracedBlocks;
    const sidebar = await s.sidebar(tabId);
    await sidebar.getByRole('button', { name: 'Wrong match' }).first().click();
    await expect.poll(() => s.badge(tabId), { timeout: 10_000 }).toBe(String(traced - 1));
    const after = await s.analysisOf(tabId);
    expect(after!.summary.tracedBlocks).toBe(traced - 1);
    const { corrections } = (await s.worker.evaluate(() => chrome.storage.local.get('corrections'))) as {
      corrections: { url: string; file: string }[];
    };
    expect(corrections.map((c) => c.url)).toEqual([url]);
    // Leave no correction behind for the other tests of this file.
    await s.worker.evaluate(() => chrome.storage.local.remove('corrections'));
    await sidebar.close();
    await page.close();
  });

  it('the browser requested nothing beyond the local test server', () => {
    const outside = s.requests.filter((url) => /^(https?|wss?):/.test(url) && !url.startsWith(s.server.origin + '/'));
    // The recording covers the service worker too: its one fetch (the packaged corpus) is in it.
    expect(s.requests).toContain(`chrome-extension://${s.extensionId}/corpus/index.json`);
    expect(outside).toEqual([]);
  });
});
