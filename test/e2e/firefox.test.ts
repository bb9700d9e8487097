/**
 * The built Firefox package in Firefox ESR: the content script analyses a demo page, its launcher
 * opens the sidebar (Firefox allows `sidebarAction.open()` only in a user-input handler, which a
 * message from the page is not, so the launcher falls back to the in-page frame of sidebar.html,
 * which the test then reads), and the sidebar shows the page's analysis.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.mjs';
import { FIXTURES, mainOrigin, offTopicPages, outletOf, pagePath } from './helpers/fixtures';
import { expectedOf } from '../fixture-pages';
import { firefoxSkipMessage, launchFirefox, sidebarFrame, waitFor } from './helpers/firefox';

const skip = firefoxSkipMessage();
if (skip) console.warn(skip);

describe.skipIf(skip !== null)('Firefox package', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveStatic(FIXTURES);
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The content script has finished looking: its check failed, or its analysis is done. */
  const analysed = (page: Page) =>
    waitFor('the content script to finish', () =>
      page.evaluate(
        () => performance.getEntriesByName('sc:check-failed').length + performance.getEntriesByName('sc:topic-failed').length + performance.getEntriesByName('sc:analyze').length > 0,
      ),
    );

  it('analyses 002, and the launcher opens the sidebar page with its origins', async () => {
    const name = '002-daily-caller';
    const origin = mainOrigin(expectedOf(name));
    const page = await browser.newPage();
    await page.goto(server.url(pagePath(name)));
    await analysed(page);
    // The launcher is in a closed shadow root: click where it sits (bottom right, see in-page.css).
    await waitFor('our launcher', () => page.evaluate(() => !!document.querySelector('source-context-ui')));
    const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);
    await page.mouse.click(width! - 70, height! - 32);
    const frame = await sidebarFrame(page);
    const text = await waitFor('the sidebar to name the origin', () =>
      frame.evaluate((file) => document.querySelector(`.sc-source[title^="${file}"]`)?.textContent ?? null, origin),
    );
    expect(text).toContain(outletOf(origin));
    await page.close();
  });

  it('shows nothing on an off-topic page', async () => {
    const [name] = offTopicPages();
    expect(name, 'an off-topic fixture page exists').toBeDefined();
    const page = await browser.newPage();
    await page.goto(server.url(pagePath(name!)));
    await analysed(page);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => document.querySelectorAll('source-context-ui, [data-sc-teach]').length)).toBe(0);
    await page.close();
  });
});
