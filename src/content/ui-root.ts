/**
 * Our one element on the page: `<source-context-ui>` under <html> (outside <body>, so the page's
 * body is unchanged), holding a CLOSED shadow root. Page scripts cannot reach inside, and page
 * styles cannot reach our UI (the host's own style is inline and !important, which page rules
 * cannot override). Launcher, tooltip, legend and frame all live in it.
 */
import css from '../../extension/styles/in-page.css';

const HOST_TAG = 'source-context-ui';

let host: HTMLElement | null = null;
let root: ShadowRoot | null = null;

/** The shadow root of our UI, created on first use. */
export function uiRoot(): ShadowRoot {
  if (root && host?.isConnected) return root;
  host = document.createElement(HOST_TAG);
  host.setAttribute(
    'style',
    'all: initial !important; position: fixed !important; inset: auto !important; width: 0 !important;' +
      ' height: 0 !important; z-index: 2147483647 !important; display: block !important;',
  );
  root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  document.documentElement.append(host);
  return root;
}

/** A part of our UI (launcher, tooltip...) by id, created with `make` when absent. */
export function uiPart<T extends HTMLElement>(id: string, make: () => T): T {
  const r = uiRoot();
  const existing = r.getElementById(id) as T | null;
  if (existing) return existing;
  const el = make();
  el.id = id;
  r.append(el);
  return el;
}

/** Remove one part of our UI; removes the host too when nothing is left in it. */
export function removeUiPart(id: string): void {
  root?.getElementById(id)?.remove();
  // (`:scope > …` matches nothing in a shadow root, which is not an element: walk the children.)
  if (root && ![...root.children].some((child) => child.localName !== 'style')) removeUi();
}

/** Remove everything we added to the page's DOM for our UI. */
export function removeUi(): void {
  host?.remove();
  host = null;
  root = null;
}
