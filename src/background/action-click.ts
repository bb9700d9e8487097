/**
 * The toolbar button opens the sidebar: Chrome's side panel does it by itself once told to;
 * Firefox's sidebar is toggled from the click (a user gesture, as `sidebarAction` requires).
 */
/// <reference types="chrome" />
import browser from 'webextension-polyfill';
import { guard, report } from '../shared/guard';

export function registerActionClick(): void {
  if (__CHROME__) chrome.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(report);
  if (__FIREFOX__) browser.action.onClicked.addListener(guard(() => browser.sidebarAction.toggle()));
}
