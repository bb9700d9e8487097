/** The keyboard command "Trace origin of the selected text" (manifest `commands.trace-selection`). */
import browser, { type Tabs } from 'webextension-polyfill';
import { guard } from '../shared/guard';
import { traceInTab } from './trace-selection';

const COMMAND = 'trace-selection';

/** Commands carry no selection text: the trace asks the tab's content script for it. */
export function registerTraceCommand(): void {
  browser.commands.onCommand.addListener(
    guard((command: string, tab?: Tabs.Tab) => {
      if (command !== COMMAND || tab?.id === undefined) return;
      return traceInTab(tab.id, undefined);
    }),
  );
}
