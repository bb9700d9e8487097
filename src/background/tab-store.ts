/**
 * Per-tab state: the page analysis and the selection trace. Kept in `storage.session` where the
 * browser has it (it outlives a stopped service worker and is never written to disk), else in
 * memory (the Firefox event page keeps it while it lives; content scripts re-send on load).
 */
import browser from 'webextension-polyfill';
import type { Analysis } from '../shared/analysis-types';

/** Which of a tab's two analyses. */
export type Slot = 'page' | 'selection';

interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const memory = new Map<string, Analysis>();

function session(): SessionArea | null {
  const storage = browser.storage as unknown as { session?: SessionArea };
  return storage.session ?? null;
}

const key = (tabId: number, slot: Slot): string => `tab:${tabId}:${slot}`;

/** The tab's stored analysis for `slot`, or null. */
export async function getTabAnalysis(tabId: number, slot: Slot): Promise<Analysis | null> {
  const k = key(tabId, slot);
  const area = session();
  if (memory.has(k) || !area) return memory.get(k) ?? null;
  const stored = await area.get(k);
  return (stored[k] as Analysis | undefined) ?? null;
}

/** Store (or with null, forget) the tab's analysis for `slot`. */
export async function setTabAnalysis(tabId: number, slot: Slot, analysis: Analysis | null): Promise<void> {
  const area = session();
  const k = key(tabId, slot);
  memory.delete(k);
  if (!analysis) {
    await area?.remove(k);
    return;
  }
  if (!area) {
    memory.set(k, analysis);
    return;
  }
  try {
    await area.set({ [k]: analysis });
  } catch {
    // storage.session is capped (10 MB in Chrome): past that, this tab's analysis lives in memory.
    memory.set(k, analysis);
  }
}

/** Forget everything about a tab. */
export async function forgetTab(tabId: number): Promise<void> {
  await Promise.all([setTabAnalysis(tabId, 'page', null), setTabAnalysis(tabId, 'selection', null)]);
}

/** Tabs whose page analysis is of `url`. */
export async function tabsShowing(url: string): Promise<number[]> {
  const area = session();
  const entries: [string, unknown][] = [...memory, ...(area ? Object.entries(await area.get(null)) : [])];
  return entries
    .filter(([k, analysis]) => k.endsWith(':page') && (analysis as Analysis | undefined)?.input === url)
    .map(([k]) => Number(k.split(':')[1]));
}
