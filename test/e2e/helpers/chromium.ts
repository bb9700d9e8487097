/**
 * One Chromium per test file, with the built extension, a local server for test/fixtures/, and
 * every request the browser makes recorded (pages and the service worker).
 */
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Analysis } from '../../../src/shared/analysis-types';
import { hasChromium, launchChromium, CHROMIUM, type ExtensionBrowser } from '../../../scripts/lib/chromium.mjs';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.mjs';
import { FIXTURES, outletOf } from './fixtures';

export { hasChromium };

/** Say why browser tests are skipped (only ever because the binary is missing). */
export function skipMessage(): string | null {
  return hasChromium() ? null : `Chromium not found at ${CHROMIUM}: browser tests skipped (apt-get install chromium)`;
}

/** A running browser + server for one test file. */
export interface Session extends ExtensionBrowser {
  server: StaticServer;
  /** Every URL the browser requested (pages, subresources, service worker fetches). */
  requests: string[];
  /** Open `path` of the fixture server in a new tab; resolves with the page and its tab id. */
  open(path: string): Promise<{ page: Page; tabId: number; url: string }>;
  /** Wait for the stored analysis of the tab (null when none came within `timeout`). */
  analysisOf(tabId: number, timeout?: number): Promise<Analysis | null>;
  /** The extension page `sidebar.html?tab=<tabId>&view=<view>` in a new tab, ~420 px wide. */
  sidebar(tabId: number, view?: 'page' | 'selection'): Promise<Page>;
  /** The badge text of a tab. */
  badge(tabId: number): Promise<string>;
  stop(): Promise<void>;
}

/** Start a browser and a server of test/fixtures/ (plus `pages`, HTML by path, served from memory). */
export async function startSession(pages: Record<string, string> = {}): Promise<Session> {
  const server = await serveStatic(FIXTURES, pages);
  const browser = await launchChromium();
  const requests: string[] = [];
  browser.context.on('request', (request) => requests.push(request.url()));
  const { context, worker } = browser;

  const session: Session = {
    ...browser,
    server,
    requests,
    async open(path) {
      const page = await context.newPage();
      const url = server.url(path);
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const tabId = await worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (tabId < 0) throw new Error(`no active tab for ${url}`);
      return { page, tabId, url };
    },
    async analysisOf(tabId, timeout = 15_000) {
      const deadline = Date.now() + timeout;
      while (Date.now() < deadline) {
        const analysis = await worker.evaluate(async (id) => {
          const key = `tab:${id}:page`;
          return ((await chrome.storage.session.get(key))[key] as unknown) ?? null;
        }, tabId);
        if (analysis) return analysis as Analysis;
        await new Promise((r) => setTimeout(r, 150));
      }
      return null;
    },
    async sidebar(tabId, view = 'page') {
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(`chrome-extension://${browser.extensionId}/sidebar.html?tab=${tabId}&view=${view}`);
      return page;
    },
    badge: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async stop() {
      await browser.close();
      await server.close();
    },
  };
  return session;
}

/** Waits until a sidebar (its page, or the in-page frame) lists `origin`'s source, and checks it names the outlet. */
export async function expectOriginShown(sidebar: Page | Frame, origin: string): Promise<void> {
  const source = sidebar.locator(`.sc-source[title^="${origin}"]`).first();
  await source.waitFor({ timeout: 10_000 });
  expect(await source.innerText()).toContain(outletOf(origin));
}
