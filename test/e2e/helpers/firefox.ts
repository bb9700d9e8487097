/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with dist/firefox installed as a
 * temporary add-on (the recipe of /work/shared/testing.md).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

export function firefoxSkipMessage(): string | null {
  return existsSync(FIREFOX) ? null : `Firefox not found at ${FIREFOX}: Firefox tests skipped (apt-get install firefox-esr)`;
}

/** Start Firefox and install the built add-on. */
export async function launchFirefox(): Promise<Browser> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(resolve('dist/firefox'));
  return browser;
}

/** Wait until `fn` returns a truthy value (polling), or fail with `what`. */
export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The frame of the page whose document is our sidebar.html. (Over BiDi a child frame's `url()`
 * can lag behind its navigation, so each frame is asked for its own location.)
 */
export function sidebarFrame(page: Page): Promise<Frame> {
  return waitFor('the in-page sidebar frame', async () => {
    for (const frame of page.frames()) {
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/sidebar.html')) return frame;
    }
    return null;
  });
}
