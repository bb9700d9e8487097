import { useMemo, useState } from 'preact/hooks';
import type { Analysis } from '../shared/analysis-types';
import type { Correction } from '../shared/settings';
import type { BlockActions } from './actions';
import { flaggedFromCorrections, plural, summaryParts, tracedBlocks } from './analysis-view';
import type { DataSource, SidebarView } from './data-source';
import { downloadCorrections } from './export-corrections';
import { Footer } from './Footer';
import { Header } from './Header';
import { PageView } from './PageView';
import { SelectionView } from './SelectionView';
import { StateMessage } from './StateMessage';
import { useTabAnalysis } from './use-tab-analysis';

/** Props of `App`. */
export interface AppProps {
  /** Where data comes from: the background in the extension, an in-memory source in tests. */
  source: DataSource;
  /** The tab to show; `undefined` while the active tab is still being looked up, `null` when there is none. */
  tabId: number | null | undefined;
  /** `page`: the tab's analysis; `selection`: the trace of the text the user highlighted. */
  view: SidebarView;
}

export const NOTHING_TO_TRACE =
  "Nothing to trace on this page: it is not an article about the corpus's story, or automatic analysis is off. Select text and choose Trace origin to trace any passage.";

/** The sidebar: the tab's analysis (or selection trace) with its states, actions and footer. */
export function App({ source, tabId, view }: AppProps) {
  const { load, stored, retry } = useTabAnalysis(source, tabId, view);
  // Reports made in this session: they hide their match at once, before the store answers.
  const [session, setSession] = useState<Correction[]>([]);
  const [status, setStatus] = useState('');

  const analysis = load.status === 'ready' ? load.analysis : null;
  const flagged = useMemo(
    () => (analysis ? flaggedFromCorrections(analysis, [...stored, ...session]) : new Set<number>()),
    [analysis, stored, session],
  );

  const actions: BlockActions = {
    showBlock: (block) => {
      if (typeof tabId !== 'number') return;
      source.showBlock(tabId, block).catch(() => setStatus('Could not reach the page: reload it and try again.'));
    },
    flagWrong: (block) => {
      const b = analysis?.blocks.find((x) => x.index === block);
      if (!analysis || !b?.match) return;
      void flagWrong(analysis, b.text, b.match.file, b.match.paragraphs);
    },
  };

  const flagWrong = async (a: Analysis, blockText: string, file: string, paragraphs: number[]) => {
    const correction: Correction = { url: a.input, blockText, file, paragraphs, at: new Date().toISOString() };
    // Hide first (the URL plays no part in hiding), then look up the page URL a selection lacks.
    setSession((s) => [...s, correction]);
    // The focused button goes away with its card: put focus on the list it was in, not on <body>.
    setTimeout(() => document.getElementById(view === 'page' ? 'sc-panel-origins' : 'sc-main')?.focus(), 0);
    try {
      await source.reportWrongMatch({ ...correction, url: await pageUrl(a) });
      setStatus('Match hidden. The correction is saved; export it from here.');
    } catch {
      setStatus('Match hidden for now, but the correction could not be saved.');
    }
  };

  // A selection trace's `input` is "selection": the correction should name the page instead.
  const pageUrl = async (a: Analysis): Promise<string> => {
    if (a.input !== 'selection' || typeof tabId !== 'number') return a.input;
    const page = await source.getAnalysis(tabId).catch(() => null);
    return page?.input ?? a.input;
  };

  const onExport = async () => {
    const list = await source.getCorrections().catch(() => [...stored, ...session]);
    if (list.length === 0) return setStatus('No corrections to export yet: use "Wrong match" on a bad match first.');
    const name = downloadCorrections(list, document);
    setStatus(`Exported ${plural(list.length, 'correction')} to ${name}.`);
  };

  return (
    <div class="sc-app">
      <Header summary={analysis ? headerSummary(analysis, flagged, view) : undefined} note={analysis ? headerNote(analysis, view) : undefined} />
      <main class="sc-main" id="sc-main" tabindex={-1}>
        {load.status === 'loading' && <StateMessage kind="loading" title="Tracing sources…" />}
        {load.status === 'error' && (
          <StateMessage kind="error" title="Could not load the analysis for this tab.">
            <p class="sc-muted">{load.message}</p>
            <button type="button" onClick={retry}>
              Try again
            </button>
          </StateMessage>
        )}
        {load.status === 'ready' && !analysis && (
          <StateMessage
            kind="empty"
            title={
              tabId === null
                ? 'No tab to trace: open Source Context from a tab with a news article.'
                : view === 'selection'
                  ? 'No selection traced yet. Select text on the page and choose Trace origin.'
                  : NOTHING_TO_TRACE
            }
          />
        )}
        {analysis && view === 'page' && <PageView analysis={analysis} flagged={flagged} actions={actions} />}
        {analysis && view === 'selection' && (
          <SelectionView analysis={analysis} flagged={flagged} actions={{ flagWrong: actions.flagWrong }} />
        )}
      </main>
      <Footer onExport={() => void onExport()} status={status} />
    </div>
  );
}

function headerSummary(analysis: Analysis, flagged: ReadonlySet<number>, view: SidebarView): string[] {
  if (view === 'page') return summaryParts(analysis, flagged);
  const traced = tracedBlocks(analysis, flagged).length;
  return ['Selected text', traced === 0 ? 'no match in the corpus' : plural(traced, 'match', 'matches')];
}

function headerNote(analysis: Analysis, view: SidebarView): string | undefined {
  if (view === 'page' && !analysis.topic.onTopic) {
    return "This page does not look like it is about the corpus's story, so few matches are expected.";
  }
  return undefined;
}
