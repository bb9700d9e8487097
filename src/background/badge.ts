/** The toolbar badge: per tab, the number of traced paragraphs (nothing on pages without any). */
import browser from 'webextension-polyfill';

const COLOR = '#1f4e99';

/** Show `count` on the tab's badge; 0 clears it. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  const text = count > 0 ? String(count) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (!text) return;
  await browser.action.setBadgeBackgroundColor({ tabId, color: COLOR });
  await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
}
