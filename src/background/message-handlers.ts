/** Answers to content scripts and sidebar pages (ContentToBackground and SidebarToBackground). */
import type { Runtime } from 'webextension-polyfill';
import { report } from '../shared/guard';
import { listen, sendToSidebar, sendToTab } from '../shared/send';
import { setBadge } from './badge';
import { addCorrection, listCorrections } from './corrections';
import { corpusText, corpusTopicModel } from './corpus-cache';
import { corpusSynonyms } from './synonym-cache';
import { quickTopicVerdict } from '../analysis/quick-topic';
import { openNativePanel, setTabPanel } from './open-sidebar';
import { getTabAnalysis, setTabAnalysis, tabsShowing } from './tab-store';

/** The sending tab's id; messages that need one are refused from elsewhere. */
function senderTab(sender: Runtime.MessageSender): number {
  const id = sender.tab?.id;
  if (id === undefined || id < 0) throw new Error('this message must come from a tab');
  return id;
}

export function registerMessageHandlers(): void {
  listen('background', {
    checkTopic: async (text) => quickTopicVerdict(await corpusTopicModel(), text),
    getCorpus: () => corpusText(),
    getSynonyms: () => corpusSynonyms(),

    async analysed(analysis, { sender }) {
      const tabId = senderTab(sender);
      await setTabAnalysis(tabId, 'page', analysis);
      await setBadge(tabId, analysis.summary.tracedBlocks);
      await setTabPanel(tabId, 'page');
      await sendToSidebar('analysisChanged', tabId);
    },

    async cleared({ sender }) {
      const tabId = senderTab(sender);
      await setTabAnalysis(tabId, 'page', null);
      await setBadge(tabId, 0);
      await sendToSidebar('analysisChanged', tabId);
    },

    // Synchronous up to openNativePanel: the launcher click's user gesture must still hold.
    openSidebar: ({ sender }) => openNativePanel(senderTab(sender), 'page'),

    tabId: ({ sender }) => senderTab(sender),

    getAnalysis: (tabId) => getTabAnalysis(tabId, 'page'),

    getSelectionTrace: (tabId) => getTabAnalysis(tabId, 'selection'),

    async showBlock(tabId, block) {
      await sendToTab(tabId, 'showBlock', block);
    },

    async reportWrongMatch(correction) {
      await addCorrection(correction);
      // Pages showing that URL analyse again with the match hidden (badge, launcher and colours follow).
      for (const tabId of await tabsShowing(correction.url)) await sendToTab(tabId, 'reanalyse').catch(report);
    },

    getCorrections: () => listCorrections(),
  });
}
