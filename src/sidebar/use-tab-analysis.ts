/** Loading a tab's analysis and the stored corrections, and reloading when the background says so. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis } from '../shared/analysis-types';
import type { Correction } from '../shared/settings';
import type { DataSource, SidebarView } from './data-source';

/** Where the load stands. `ready` with a null analysis: the tab has nothing to show. */
export type TabLoad =
  | { status: 'loading' }
  | { status: 'ready'; analysis: Analysis | null }
  | { status: 'error'; message: string };

/** What the hook returns. */
export interface TabAnalysis {
  load: TabLoad;
  /** Corrections already stored (they keep rejected matches hidden). */
  stored: Correction[];
  /** Load again (after an error). */
  retry(): void;
}

/**
 * The analysis (or selection trace) of `tabId`. `undefined` means the tab is still being looked
 * up, `null` that there is none. A refresh pushed by the background keeps the old analysis on
 * screen until the new one lands, so the panel does not flash a spinner on every page change.
 */
export function useTabAnalysis(source: DataSource, tabId: number | null | undefined, view: SidebarView): TabAnalysis {
  const [load, setLoad] = useState<TabLoad>({ status: 'loading' });
  const [stored, setStored] = useState<Correction[]>([]);
  const [attempt, setAttempt] = useState(0);
  const requests = useRef(0);

  useEffect(() => {
    if (tabId === undefined) return setLoad({ status: 'loading' });
    if (tabId === null) return setLoad({ status: 'ready', analysis: null });
    let live = true;
    const fetchAll = (showLoading: boolean) => {
      // Only the latest request may land: a slow early answer must not overwrite a fresh one.
      const request = ++requests.current;
      const current = () => live && request === requests.current;
      if (showLoading) setLoad({ status: 'loading' });
      const analysis = view === 'selection' ? source.getSelectionTrace(tabId) : source.getAnalysis(tabId);
      // Corrections only refine the view: failing to read them must not block the analysis.
      const corrections = source.getCorrections().catch(() => [] as Correction[]);
      Promise.all([analysis, corrections]).then(
        ([a, c]) => {
          if (!current()) return;
          setLoad({ status: 'ready', analysis: a });
          setStored(c);
        },
        (error: unknown) => {
          if (current()) setLoad({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    fetchAll(true);
    const stop = source.onAnalysisChanged((changed) => {
      if (changed === tabId) fetchAll(false);
    });
    return () => {
      live = false;
      stop();
    };
  }, [source, tabId, view, attempt]);

  return { load, stored, retry: () => setAttempt((n) => n + 1) };
}
