/**
 * "Trace origin" on a selection (context menu and keyboard command): open the sidebar on the
 * selection view at once (inside the user's gesture), trace the text here in the background,
 * store it as the tab's selection trace and tell the sidebar.
 */
import { traceSelection } from '../analyze';
import { sendToSidebar, sendToTab } from '../shared/send';
import { loadSettings } from '../shared/settings-store';
import { loadedCorpus } from './corpus-cache';
import { openNativePanel } from './open-sidebar';
import { setTabAnalysis } from './tab-store';

/** Longest selection we trace: a few pages of text is plenty, and keeps the work bounded. */
const MAX_SELECTION_CHARS = 20_000;

/**
 * Start the trace of `text` (or, when undefined, of the tab's current selection) in `tabId`.
 * Must be called synchronously from the gesture's handler; the panel opens before any await.
 */
export function traceInTab(tabId: number, text: string | undefined): Promise<void> {
  const opening = openNativePanel(tabId, 'selection');
  return (async () => {
    const selected = text ?? (await sendToTab(tabId, 'getSelection'));
    const clean = (selected ?? '').trim().slice(0, MAX_SELECTION_CHARS);
    if (clean) {
      const [corpus, settings] = await Promise.all([loadedCorpus(), loadSettings()]);
      const analysis = traceSelection(clean, corpus, { input: 'selection', sensitivity: settings.sensitivity });
      await setTabAnalysis(tabId, 'selection', analysis);
      await sendToSidebar('analysisChanged', tabId);
    }
    if (!(await opening)) await sendToTab(tabId, 'openFrame', 'selection');
  })();
}
