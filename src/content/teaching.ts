/**
 * Teaching mode: colour the page's paragraphs by relation (copy blue, paraphrase amber, original
 * to this page green, page furniture grey) with a legend in our shadow root. The page changes by
 * one `data-sc-teach` attribute per coloured element plus our style element; all removed when off.
 */
import type { Analysis } from '../shared/analysis-types';
import { TEACH_LABELS, teachClass, type TeachClass } from './describe';
import { releasePageStyle, usePageStyle } from './page-style';
import { removeUiPart, uiPart } from './ui-root';

const ATTR = 'data-sc-teach';
const LEGEND_ID = 'legend';
const ORDER: TeachClass[] = ['copy', 'paraphrase', 'original', 'noise'];

let coloured: Element[] = [];

/** Colour the elements of `analysis` and show the legend (replacing any earlier colouring). */
export function applyTeaching(analysis: Analysis, elements: (Element | null)[]): void {
  removeTeaching();
  usePageStyle('teaching');
  const counts: Record<TeachClass, number> = { copy: 0, paraphrase: 0, original: 0, noise: 0 };
  analysis.blocks.forEach((block, i) => {
    const el = elements[i];
    if (!el || !el.isConnected) return;
    const cls = teachClass(block);
    counts[cls] += 1;
    el.setAttribute(ATTR, cls);
    coloured.push(el);
  });
  showLegend(counts);
}

/** Remove every colour, the legend and (when unused) our style element. */
export function removeTeaching(): void {
  for (const el of coloured) el.removeAttribute(ATTR);
  coloured = [];
  removeUiPart(LEGEND_ID);
  releasePageStyle('teaching');
}

function showLegend(counts: Record<TeachClass, number>): void {
  const legend = uiPart(LEGEND_ID, () => {
    const div = document.createElement('div');
    div.className = 'sc';
    div.setAttribute('role', 'note');
    div.setAttribute('aria-label', 'Source Context colour legend');
    return div;
  });
  const title = document.createElement('h2');
  title.textContent = 'Where this text comes from';
  const list = document.createElement('ul');
  for (const cls of ORDER) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = `swatch ${cls}`;
    swatch.setAttribute('aria-hidden', 'true');
    const label = document.createElement('span');
    label.textContent = `${TEACH_LABELS[cls]} (${counts[cls]})`;
    item.append(swatch, label);
    list.append(item);
  }
  legend.replaceChildren(title, list);
}
