/**
 * Pages that change after load (infinite scroll, single-page apps changing URL) are checked
 * again: mutations are debounced, then a cheap signature of the page's text blocks and URL is
 * compared with the last one, and only a change runs the analysis again.
 */
import { guard } from '../shared/guard';
import { measure } from './perf';

/** Quiet time after the last mutation before we look (pages mutate in bursts). */
const DEBOUNCE_MS = 1200;
/** Look at the latest this long after the first mutation of a burst, even if mutations go on. */
const MAX_WAIT_MS = 6000;
/** Re-analyses per page view, at most: a page that never settles must not keep us busy. */
const MAX_RUNS = 30;
/** Elements read for the signature, at most. */
const MAX_ELEMENTS = 4000;
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, li, blockquote, pre, td, dd, figcaption';

let observer: MutationObserver | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let firstMutation = 0;
let runs = 0;
let lastSignature = '';
let listening = false;

/** Start watching; `onChange` runs when the signature changed. Idempotent. */
export function observePage(onChange: () => unknown): void {
  if (observer) return;
  lastSignature = signature();
  const check = guard(() => {
    timer = undefined;
    firstMutation = 0;
    const next = signature();
    if (next === lastSignature) return;
    lastSignature = next;
    if (++runs >= MAX_RUNS) stopObserving();
    return onChange();
  });
  const schedule = (): void => {
    if (!observer) return;
    const now = performance.now();
    if (!firstMutation) firstMutation = now;
    clearTimeout(timer);
    const wait = Math.min(DEBOUNCE_MS, Math.max(0, firstMutation + MAX_WAIT_MS - now));
    timer = setTimeout(check, wait);
  };
  observer = new MutationObserver(guard(schedule));
  // The whole document, as apps may replace <body> itself. Attributes are not watched, so our own
  // data-sc-* attributes never wake us; adding our UI host or style element does, and then the
  // signature (page text only) is unchanged and nothing runs.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  if (listening) return;
  listening = true;
  // Single-page apps that change URL without changing much text still get a fresh report.
  window.addEventListener('popstate', guard(schedule));
  window.addEventListener('hashchange', guard(schedule));
  // `history.pushState` fires no event; the Navigation API (where present) reports it.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', guard(schedule));
}

/** Stop watching. */
export function stopObserving(): void {
  observer?.disconnect();
  observer = null;
  clearTimeout(timer);
}

/** URL plus a hash of the text of the page's block elements (FNV-1a; collisions only cost a skip). */
function signature(): string {
  const start = performance.now();
  let hash = 0x811c9dc5;
  const blocks = document.body ? document.body.querySelectorAll(BLOCK_SELECTOR) : [];
  const n = Math.min(blocks.length, MAX_ELEMENTS);
  for (let i = 0; i < n; i++) {
    const text = blocks[i]?.textContent ?? '';
    for (let j = 0; j < text.length; j++) {
      hash ^= text.charCodeAt(j);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
  }
  measure('sc:signature', start);
  return `${location.href}#${n}:${(hash >>> 0).toString(36)}`;
}
