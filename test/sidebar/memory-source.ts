/**
 * An in-memory `DataSource` for the component tests: it answers from a table, records what the
 * sidebar asked the background to do, and can push "analysis changed" like the background does.
 */
import type { Analysis } from '../../src/shared/analysis-types';
import type { Correction } from '../../src/shared/settings';
import type { DataSource } from '../../src/sidebar/data-source';

/** The test's handle on the source. */
export interface MemorySource extends DataSource {
  pages: Map<number, Analysis | null>;
  selections: Map<number, Analysis | null>;
  corrections: Correction[];
  shown: { tabId: number; block: number }[];
  /** When set, the next getAnalysis calls reject with it. */
  failWith?: Error;
  /** Push `analysisChanged(tabId)` to the listeners. */
  emitChanged(tabId: number): void;
  /** How many times each request was made. */
  calls: { getAnalysis: number; getSelectionTrace: number };
}

export function memorySource(pages: Record<number, Analysis | null> = {}): MemorySource {
  const listeners = new Set<(tabId: number) => void>();
  const source: MemorySource = {
    pages: new Map(Object.entries(pages).map(([k, v]) => [Number(k), v])),
    selections: new Map(),
    corrections: [],
    shown: [],
    calls: { getAnalysis: 0, getSelectionTrace: 0 },
    async getAnalysis(tabId) {
      source.calls.getAnalysis++;
      if (source.failWith) throw source.failWith;
      return source.pages.get(tabId) ?? null;
    },
    async getSelectionTrace(tabId) {
      source.calls.getSelectionTrace++;
      return source.selections.get(tabId) ?? null;
    },
    async showBlock(tabId, block) {
      source.shown.push({ tabId, block });
    },
    async reportWrongMatch(correction) {
      source.corrections.push(correction);
    },
    async getCorrections() {
      return [...source.corrections];
    },
    onAnalysisChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitChanged(tabId) {
      for (const l of listeners) l(tabId);
    },
  };
  return source;
}
