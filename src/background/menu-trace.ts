/** The context-menu item "Trace origin" on selected text. */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { guard } from '../shared/guard';
import { traceInTab } from './trace-selection';

export const MENU_ID = 'trace-origin';

/** (Re)create the menu item: on install and on browser start (Firefox event pages forget menus). */
export function createTraceMenu(): void {
  const create = (): void => {
    browser.contextMenus.create(
      { id: MENU_ID, title: browser.i18n.getMessage('menuTrace') || 'Trace origin', contexts: ['selection'] },
      // Reading lastError here keeps a duplicate-id error (menu already there) from being reported.
      () => void browser.runtime.lastError,
    );
  };
  browser.contextMenus.removeAll().then(create, create);
}

/** The click handler (exported so the end-to-end test can call it: menus cannot be clicked headless). */
export function onTraceMenuClicked(info: Pick<Menus.OnClickData, 'menuItemId' | 'selectionText'>, tab?: Tabs.Tab): void {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  void traceInTab(tab.id, info.selectionText).catch((error: unknown) => console.debug('[source-context]', error));
}

/** Register the menu and its click handler. */
export function registerTraceMenu(): void {
  browser.runtime.onInstalled.addListener(guard(createTraceMenu));
  browser.runtime.onStartup.addListener(guard(createTraceMenu));
  browser.contextMenus.onClicked.addListener(guard(onTraceMenuClicked));
}
