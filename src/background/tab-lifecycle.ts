/** A tab's analyses end with the tab, and with each navigation (its content script reports anew). */
import browser, { type Tabs } from 'webextension-polyfill';
import { guard } from '../shared/guard';
import { sendToSidebar } from '../shared/send';
import { setBadge } from './badge';
import { forgetTab } from './tab-store';

export function registerTabLifecycle(): void {
  browser.tabs.onRemoved.addListener(guard((tabId: number) => forgetTab(tabId)));
  browser.tabs.onUpdated.addListener(
    guard(async (tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
      // A new URL. Without the `tabs` permission the browser tells us only for pages we hold host
      // access to; the content script covers the rest (it says `cleared` on pagehide, and every
      // new document reports afresh), and the browsers reset a tab's badge on navigation.
      // Not `status: loading`: a tab also turns "loading" when a late iframe loads.
      if (change.url === undefined) return;
      await forgetTab(tabId);
      await setBadge(tabId, 0);
      await sendToSidebar('analysisChanged', tabId);
    }),
  );
}
