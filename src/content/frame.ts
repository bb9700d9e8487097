/**
 * The in-page sidebar: an iframe of our sidebar.html inside our closed shadow root, for browsers
 * without a side panel we can open (or when opening it failed, e.g. without a user gesture).
 * sidebar.html is a web-accessible resource for this (Chrome: with a dynamic URL, so pages cannot
 * probe for it by a fixed address).
 */
import browser from 'webextension-polyfill';
import { guard } from '../shared/guard';
import { removeUiPart, uiPart } from './ui-root';

const ID = 'frame';

/** Open (or re-point) the frame at `sidebar.html?tab=<tabId>&view=<view>`. */
export function openFrame(tabId: number, view: 'page' | 'selection'): void {
  const url = browser.runtime.getURL(`sidebar.html?tab=${tabId}&view=${view}`);
  const box = uiPart(ID, () => {
    const panel = document.createElement('div');
    panel.className = 'sc';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Source Context');
    const bar = document.createElement('div');
    bar.className = 'bar';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.textContent = '× Close';
    close.setAttribute('aria-label', 'Close Source Context');
    close.addEventListener('click', guard(closeFrame));
    bar.append(close);
    const iframe = document.createElement('iframe');
    iframe.title = 'Source Context';
    panel.append(bar, iframe);
    return panel;
  });
  const iframe = box.querySelector('iframe');
  if (iframe && iframe.src !== url) iframe.src = url;
}

/** Close the frame. */
export function closeFrame(): void {
  removeUiPart(ID);
}
