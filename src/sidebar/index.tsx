/**
 * Entry of sidebar.html (Chrome side panel, Firefox sidebar, or the content script's frame):
 * `sidebar.html?tab=<tabId>&view=page|selection`. Without `tab` it shows the active tab of the
 * current window and follows the user when they switch tabs.
 */
import { render } from 'preact';
import { App } from './App';
import { activeTabId, browserDataSource, onActiveTabChanged, parseParams } from './data-source';

const root = document.getElementById('app');
const params = parseParams(location.search);

function draw(tabId: number | null | undefined): void {
  if (root) render(<App source={browserDataSource} tabId={tabId} view={params.view} />, root);
}

if (params.tabId !== undefined) {
  draw(params.tabId);
} else {
  draw(undefined);
  activeTabId().then(draw, () => draw(null));
  onActiveTabChanged(draw);
}
