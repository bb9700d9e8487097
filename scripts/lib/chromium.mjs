/**
 * Launch Debian's Chromium with the built extension (dist/chrome) through playwright-core: the
 * recipe of /work/shared/testing.md, shared by the demo, the browser tests and the benchmark.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where Debian puts Chromium; override with $CHROMIUM. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** True when the Chromium binary is installed. */
export function hasChromium() {
  return existsSync(CHROMIUM);
}

/**
 * Start Chromium with the extension; resolves to { context, worker, extensionId, close }.
 * `headless` defaults to true; headed needs a display.
 */
export async function launchChromium({ extension = "dist/chrome", headless = true, viewport } = {}) {
  const { chromium } = await import('playwright-core');
  const ext = resolve(import.meta.dirname, '..', '..', extension);
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`${ext} has no manifest.json: run npm run build first`);
  const profile = mkdtempSync(join(tmpdir(), 'sc-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    // `null` (headed demo) lets the window size the page.
    viewport: viewport === undefined ? { width: 1280, height: 900 } : viewport,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-default-apps',
      '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
