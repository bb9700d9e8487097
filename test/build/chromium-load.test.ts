/** Chromium loads dist/chrome: its service worker starts, and its id names extension pages. */
import { describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, CHROMIUM } from '../../scripts/lib/chromium.mjs';

if (!hasChromium()) console.warn(`Chromium not found at ${CHROMIUM}: load test skipped (apt-get install chromium)`);

describe.skipIf(!hasChromium())('Chromium with dist/chrome', () => {
  it('starts the service worker', async () => {
    const browser = await launchChromium();
    try {
      expect(browser.worker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
      const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
      expect(manifest.manifest_version).toBe(3);
      const menus = await browser.worker.evaluate(() => typeof chrome.sidePanel?.open);
      expect(menus).toBe('function');
    } finally {
      await browser.close();
    }
  });
});
