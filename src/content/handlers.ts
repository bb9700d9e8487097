/** What the background may ask of the content script (BackgroundToContent). */
import { listen } from '../shared/send';
import { refresh, tabId } from './controller';
import { openFrame } from './frame';
import { showBlock } from './highlights';

/** Answer the background's messages for this tab. */
export function listenToBackground(): void {
  listen('content', {
    showBlock(block) {
      showBlock(block);
    },
    getSelection() {
      return window.getSelection()?.toString() ?? '';
    },
    async openFrame(view) {
      openFrame(await tabId(), view);
    },
    reanalyse() {
      void refresh(true);
    },
  });
}
