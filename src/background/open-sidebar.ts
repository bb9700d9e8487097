/**
 * Opening the sidebar on a tab: Chrome's side panel, Firefox's sidebar, or (when neither opens)
 * the in-page frame. Browsers allow opening only inside a user gesture, so `openSidebar` must be
 * called synchronously from the click or command handler, before any await.
 */
/// <reference types="chrome" />
import browser from 'webextension-polyfill';
import { report } from '../shared/guard';
import { sendToTab } from '../shared/send';

/** Which view the sidebar shows. */
export type SidebarView = 'page' | 'selection';

/** The sidebar page's path for a tab and view. */
export function sidebarPath(tabId: number, view: SidebarView): string {
  return `sidebar.html?tab=${tabId}&view=${view}`;
}

/** Point the tab's panel at its own sidebar page (so the toolbar button opens the right one). */
export function setTabPanel(tabId: number, view: SidebarView): Promise<unknown> {
  const path = sidebarPath(tabId, view);
  if (__CHROME__) return chrome.sidePanel.setOptions({ tabId, path, enabled: true });
  if (__FIREFOX__) return browser.sidebarAction.setPanel({ tabId, panel: browser.runtime.getURL(path) });
  return Promise.resolve();
}

/**
 * Open the browser's own panel for `tabId` on `view`; resolves true when it opened. Call it
 * synchronously within the user gesture: both calls below are issued in this same task.
 */
export function openNativePanel(tabId: number, view: SidebarView): Promise<boolean> {
  try {
    const pointed = setTabPanel(tabId, view);
    let opened: Promise<unknown> = Promise.reject(new Error('no side panel API'));
    if (__CHROME__) opened = chrome.sidePanel.open({ tabId });
    if (__FIREFOX__) opened = browser.sidebarAction.open();
    return Promise.all([pointed, opened]).then(
      () => true,
      (error: unknown) => {
        report(error);
        return false;
      },
    );
  } catch (error) {
    report(error);
    return Promise.resolve(false);
  }
}

/** The native panel, or else the tab's in-page frame. Call synchronously within the gesture. */
export async function openSidebar(tabId: number, view: SidebarView): Promise<void> {
  if (await openNativePanel(tabId, view)) return;
  await sendToTab(tabId, 'openFrame', view);
}
