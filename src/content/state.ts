/** What the content script knows about its page: the current analysis and the elements it covers. */
import type { Analysis } from '../shared/analysis-types';

/** The page's current analysis (null when the page has nothing for us). */
export interface PageState {
  analysis: Analysis | null;
  /** `elements[i]` is the page element of `analysis.blocks[i]` (null when it has none). */
  elements: (Element | null)[];
  /** Element -> block index, for hover look-ups. */
  blockOf: WeakMap<Element, number>;
}

export const page: PageState = { analysis: null, elements: [], blockOf: new WeakMap() };

/** Replace the current analysis (or clear it with null). */
export function setAnalysis(analysis: Analysis | null, elements: (Element | null)[] = []): void {
  page.analysis = analysis;
  page.elements = analysis ? elements : [];
  page.blockOf = new WeakMap();
  page.elements.forEach((el, i) => {
    if (el) page.blockOf.set(el, i);
  });
}

/** True when the analysis has something to show: on topic and at least one traced paragraph. */
export function hasFindings(analysis: Analysis | null): analysis is Analysis {
  return !!analysis && analysis.topic.onTopic && analysis.summary.tracedBlocks > 0;
}
