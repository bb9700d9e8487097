/**
 * The page's life cycle: decide whether to run (settings, excluded hosts), run, then either show
 * our UI and tell the background (`analysed`) or show nothing and say `cleared`.
 */
import type { Analysis } from '../shared/analysis-types';
import { sendToBackground } from '../shared/send';
import { isExcludedHost, type Settings } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { report } from '../shared/guard';
import { closeFrame, openFrame } from './frame';
import { clearHighlight } from './highlights';
import { hideLauncher, showLauncher } from './launcher';
import { runAnalysis } from './run';
import { pauseWork, resumeWork } from './schedule';
import { hasFindings, page, setAnalysis } from './state';
import { applyTeaching, removeTeaching } from './teaching';
import { disableTooltips, enableTooltips } from './tooltip';

let settings: Settings | null = null;
let running: Promise<void> | null = null;
let again = false;
let forceAgain = false;
let reportedUrl: string | null = null;
let cachedTabId: number | null = null;

/** The current settings (read once, then kept up to date by `settingsChanged`). */
export async function currentSettings(): Promise<Settings> {
  settings ??= await loadSettings();
  return settings;
}

/** May we run on this page at all? */
export function allowed(s: Settings): boolean {
  return s.autoAnalyze && !isExcludedHost(location.hostname, s.neverRunOn);
}

/**
 * Analyse the page (again). Calls made while a run is going merge into one more run after it.
 * `force` re-sends the result even when the page's blocks did not change.
 */
export function refresh(force = false): Promise<void> {
  if (running) {
    again = true;
    forceAgain ||= force;
    return running;
  }
  running = (async () => {
    try {
      let forced = force;
      do {
        again = false;
        forceAgain = false;
        await refreshOnce(forced);
        forced = forceAgain;
      } while (again);
    } catch (error) {
      report(error);
    } finally {
      running = null;
    }
  })();
  return running;
}

async function refreshOnce(force: boolean): Promise<void> {
  const s = await currentSettings();
  if (!allowed(s)) return clearPage();
  const result = await runAnalysis(s);
  if (!result || !hasFindings(result.analysis)) return clearPage();
  // Rendering and handing the analysis over (a structured clone) are main-thread work too.
  resumeWork();
  let sent: Promise<void> | null = null;
  try {
    const same = !force && reportedUrl === location.href && sameBlocks(page.analysis, result.analysis);
    setAnalysis(result.analysis, result.elements);
    render(s);
    if (!same) {
      reportedUrl = location.href;
      sent = sendToBackground('analysed', result.analysis);
    }
  } finally {
    pauseWork();
  }
  await sent;
}

/** Show our UI for the current analysis, as the settings ask. */
export function render(s: Settings): void {
  const analysis = page.analysis;
  if (!analysis) return;
  showLauncher(analysis, openSidebar);
  enableTooltips();
  if (s.teachingMode) applyTeaching(analysis, page.elements);
  else removeTeaching();
}

/** Nothing for us here: remove every trace of our UI and tell the background. */
export async function clearPage(): Promise<void> {
  const had = page.analysis !== null || reportedUrl === null;
  setAnalysis(null);
  hideLauncher();
  disableTooltips();
  removeTeaching();
  clearHighlight();
  closeFrame();
  reportedUrl = location.href;
  if (had) await sendToBackground('cleared');
}

/** Launcher click: the browser's own panel when it opens, else our in-page frame. */
export async function openSidebar(): Promise<void> {
  let opened = false;
  try {
    opened = await sendToBackground('openSidebar');
  } catch (error) {
    report(error);
  }
  if (!opened) openFrame(await tabId(), 'page');
}

/** This tab's id, asked of the background once. */
export async function tabId(): Promise<number> {
  cachedTabId ??= await sendToBackground('tabId');
  return cachedTabId;
}

/**
 * Apply changed settings live: stop (and clean up) when no longer allowed, re-run when the
 * sensitivity changed, recolour when teaching mode changed. (Starting when newly allowed is the
 * entry's job: it also starts the observer.)
 */
export function settingsChanged(next: Settings, previous: Settings): void {
  settings = next;
  if (!allowed(next)) {
    if (page.analysis) void clearPage();
    return;
  }
  if (!allowed(previous)) return;
  if (next.sensitivity !== previous.sensitivity) {
    void refresh(true);
    return;
  }
  if (next.teachingMode !== previous.teachingMode) render(next);
}

/** Same blocks, same texts: a re-run found nothing new to report. */
function sameBlocks(a: Analysis | null, b: Analysis): boolean {
  if (!a || a.blocks.length !== b.blocks.length) return false;
  return a.blocks.every((block, i) => block.text === b.blocks[i]?.text);
}
