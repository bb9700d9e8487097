/**
 * `showBlock`: scroll a block's element into view and outline it for a few seconds. The only
 * change to the page is the `data-sc-highlight` attribute on that element and our one style
 * element, both removed afterwards.
 */
import { page } from './state';
import { releasePageStyle, usePageStyle } from './page-style';

const ATTR = 'data-sc-highlight';
const HOLD_MS = 4000;

let current: Element | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Scroll to and outline block `index` of the current analysis; false when it has no element. */
export function showBlock(index: number): boolean {
  const el = page.elements[index];
  if (!el || !el.isConnected) return false;
  clearHighlight();
  usePageStyle('highlight');
  el.setAttribute(ATTR, '');
  current = el;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  timer = setTimeout(clearHighlight, HOLD_MS);
  return true;
}

/** Remove the outline (and our style element when nothing else uses it). */
export function clearHighlight(): void {
  clearTimeout(timer);
  current?.removeAttribute(ATTR);
  current = null;
  releasePageStyle('highlight');
}
