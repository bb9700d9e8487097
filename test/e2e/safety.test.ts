/**
 * We are a guest on the page: on 004-markup-text (a traced paragraph holds
 * `<img src=x onerror=alert(1)> <script>alert(1)</script>` as text) the sidebar shows that markup
 * as text and creates no such element, nothing runs (no dialog anywhere), and the page's title
 * and body are unchanged apart from our own data-sc-* attributes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialog } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, pagePath } from './helpers/fixtures';
import { hasFixture } from '../fixture-pages';
import { skipMessage, startSession, type Session } from './helpers/chromium';

const skip = skipMessage();
if (skip) console.warn(skip);
const NAME = '004-markup-text';
const PAYLOAD = '<img src=x onerror=alert(1)>';

describe.skipIf(skip !== null)('markup in page text stays text', () => {
  let s: Session;
  const dialogs: string[] = [];

  beforeAll(async () => {
    // 002 behind a strict Content-Security-Policy: no inline styles, no scripts, nothing remote.
    const strict = hasFixture('002-daily-caller')
      ? readFileSync(join(FIXTURES, 'pages', '002-daily-caller', 'source.html'), 'utf8').replace(
          '<head>',
          `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'">`,
        )
      : '';
    s = await startSession({ '/strict-csp.html': strict });
    const watch = (page: { on(e: 'dialog', f: (d: Dialog) => void): void }) =>
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    s.context.pages().forEach(watch);
    s.context.on('page', watch);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('the fixture page exists (test/fixtures/pages/004-markup-text)', () => {
    expect(hasFixture(NAME)).toBe(true);
  });

  it('page: title and body unchanged but for our attributes; sidebar: payload shown as text, inert', async () => {
    // Snapshot the page as its author made it, before any script of ours can run (document_idle).
    await s.context.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __scBefore: [string, string] }).__scBefore = [document.title, document.body.innerHTML];
      });
    });
    const { page, tabId } = await s.open(pagePath(NAME));
    const analysis = await s.analysisOf(tabId);
    expect(analysis).not.toBeNull();
    const carrier = analysis!.blocks.find((b) => b.text.includes(PAYLOAD));
    expect(carrier?.match, 'the paragraph carrying the markup is traced').toBeDefined();

    // Exercise everything that touches the page: teaching mode and a highlight.
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { teachingMode: true } }));
    await page.waitForSelector('[data-sc-teach]');
    await s.worker.evaluate(
      ({ tabId, block }) => chrome.tabs.sendMessage(tabId, { to: 'content', type: 'showBlock', args: [block] }, { frameId: 0 }),
      { tabId, block: carrier!.index },
    );
    await page.waitForSelector('[data-sc-highlight]');

    const [titleBefore, bodyBefore] = await page.evaluate(() => (window as unknown as { __scBefore: [string, string] }).__scBefore);
    const bodyAfter = await page.evaluate(() => document.body.innerHTML);
    const ours = / data-sc-(?:teach|highlight)="[^"]*"/g;
    expect(await page.title()).toBe(titleBefore);
    expect(bodyAfter.replace(ours, '')).toBe(bodyBefore);
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    const sidebar = await s.sidebar(tabId);
    await sidebar.getByText(PAYLOAD, { exact: false }).first().waitFor({ timeout: 10_000 });
    // Open every comparison too: the diff view renders page text word by word.
    for (const button of await sidebar.getByRole('button', { name: 'Compare' }).all()) await button.click();
    expect(await sidebar.locator('img[src="x"], img[onerror]').count()).toBe(0);
    expect(await sidebar.locator('body script').count()).toBe(0);
    expect(await sidebar.evaluate(() => document.body.innerText.includes('<script>alert(1)</script>'))).toBe(true);

    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { teachingMode: false } }));
    await page.waitForFunction(() => !document.querySelector('[data-sc-teach]'));
    expect(dialogs).toEqual([]);
    await sidebar.close();
    await page.close();
  });

  it.skipIf(!hasFixture('002-daily-caller'))('a page with a strict CSP still gets our styled launcher and teaching colours', async () => {
    const { page, tabId } = await s.open('/strict-csp.html');
    expect(await s.analysisOf(tabId)).not.toBeNull();
    await page.waitForSelector('source-context-ui', { state: 'attached' });
    // Styled means positioned: the launcher (inside our closed root) is what sits at the bottom right.
    const hit = await page.evaluate(() => document.elementFromPoint(innerWidth - 70, innerHeight - 32)?.localName);
    expect(hit).toBe('source-context-ui');
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { teachingMode: true } }));
    const colour = await page.waitForFunction(() => {
      const el = document.querySelector('[data-sc-teach="copy"]');
      return el ? getComputedStyle(el).backgroundColor : null;
    });
    expect(await colour.jsonValue()).not.toBe('rgba(0, 0, 0, 0)');
    await s.worker.evaluate(() => chrome.storage.local.set({ settings: { teachingMode: false } }));
    await page.close();
  });
});
