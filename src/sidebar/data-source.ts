/**
 * The sidebar's only door to the browser: every message to the background, every listener and
 * every tab query goes through here, so the components take plain props and run in Node.
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../shared/analysis-types';
import type { Correction } from '../shared/settings';
import { listen, sendToBackground } from '../shared/send';

/** What the sidebar needs from its host; tests pass an in-memory one. */
export interface DataSource {
  /** The latest page analysis of a tab (null when there is none). */
  getAnalysis(tabId: number): Promise<Analysis | null>;
  /** The latest selection trace of a tab (null when there is none). */
  getSelectionTrace(tabId: number): Promise<Analysis | null>;
  /** Scroll the page to block `block` and highlight it. */
  showBlock(tabId: number, block: number): Promise<void>;
  /** Store a "wrong match" report. */
  reportWrongMatch(correction: Correction): Promise<void>;
  /** Every stored report (for export, and to keep flagged matches hidden). */
  getCorrections(): Promise<Correction[]>;
  /** Call `listener` whenever the background says a tab's analysis changed; returns an unsubscribe. */
  onAnalysisChanged(listener: (tabId: number) => void): () => void;
}

/** The data source of the real extension page. */
export const browserDataSource: DataSource = {
  getAnalysis: (tabId) => sendToBackground('getAnalysis', tabId),
  getSelectionTrace: (tabId) => sendToBackground('getSelectionTrace', tabId),
  showBlock: (tabId, block) => sendToBackground('showBlock', tabId, block),
  reportWrongMatch: (correction) => sendToBackground('reportWrongMatch', correction),
  getCorrections: async () => (await sendToBackground('getCorrections')) ?? [],
  onAnalysisChanged: (listener) =>
    listen('sidebar', {
      analysisChanged(tabId) {
        listener(tabId);
      },
    }),
};

/** Which view the page shows: the whole page's analysis or the trace of a selection. */
export type SidebarView = 'page' | 'selection';

/** What the sidebar's URL asks for: `sidebar.html?tab=<tabId>&view=page|selection`. */
export interface SidebarParams {
  /** Set when the URL names a tab (the in-page frame does); absent in the side panel. */
  tabId?: number;
  view: SidebarView;
}

/** Read the sidebar's query string; bad values fall back to "active tab, page view". */
export function parseParams(search: string): SidebarParams {
  const params = new URLSearchParams(search);
  const tab = params.get('tab') ?? '';
  const view: SidebarView = params.get('view') === 'selection' ? 'selection' : 'page';
  return /^\d{1,15}$/.test(tab) ? { tabId: Number(tab), view } : { view };
}

/** The active tab of the current window (the side panel has no `tab` in its URL). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * Follow the user across tabs: the Chrome side panel and the Firefox sidebar stay open while the
 * user switches tabs, so a sidebar without a `tab` parameter re-reads the active tab on each switch.
 */
export function onActiveTabChanged(listener: (tabId: number) => void): () => void {
  const handler = (info: { tabId: number; windowId: number }): void => {
    void browser.windows
      .getCurrent()
      .then((win) => {
        if (win.id === undefined || win.id === info.windowId) listener(info.tabId);
      })
      .catch(() => listener(info.tabId));
  };
  browser.tabs.onActivated.addListener(handler);
  return () => browser.tabs.onActivated.removeListener(handler);
}
