/**
 * Content script entry: on http(s) pages, top frame only. After load and in idle time, analyse
 * the page (the cheap article check first), then watch it for changes and follow the settings.
 * On excluded sites, or with automatic analysis off, nothing runs until the settings allow it.
 */
import { guard, report } from '../shared/guard';
import { sendToBackground } from '../shared/send';
import { onSettingsChanged } from '../shared/settings-store';
import { allowed, currentSettings, refresh, settingsChanged } from './controller';
import { listenToBackground } from './handlers';
import { observePage, stopObserving } from './observer';
import { whenIdle, whenLoaded } from './schedule';

const LOADED = Symbol.for('source-context.content');

/** Analyse now and follow the page's changes from then on. */
async function start(): Promise<void> {
  await whenLoaded();
  await whenIdle();
  await refresh();
  observePage(() => refresh());
}

async function main(): Promise<void> {
  listenToBackground();
  onSettingsChanged(
    guard(async (next, previous) => {
      settingsChanged(next, previous);
      if (allowed(next) && !allowed(previous)) await start();
      if (!allowed(next)) stopObserving();
    }),
  );
  // Leaving the page (or entering the back/forward cache): its analysis no longer describes the tab.
  window.addEventListener('pagehide', guard(() => sendToBackground('cleared')));
  window.addEventListener('pageshow', guard((event: PageTransitionEvent) => event.persisted && refresh(true)));
  if (allowed(await currentSettings())) await start();
}

const scope = globalThis as { [LOADED]?: boolean };
if (window.top === window && /^https?:$/.test(location.protocol) && !scope[LOADED]) {
  scope[LOADED] = true;
  main().catch(report);
}
