/**
 * Reading and writing the settings in `storage.local` (key `settings`), and hearing about changes,
 * so the options page's edits apply in every tab without a reload.
 */
import browser, { type Storage } from 'webextension-polyfill';
import { withDefaults, type Settings } from './settings';

/** The `storage.local` key that holds the settings object. */
export const SETTINGS_KEY = 'settings';

/** The stored settings, completed with defaults (defaults when storage cannot be read). */
export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return withDefaults(stored[SETTINGS_KEY]);
  } catch {
    return withDefaults(undefined);
  }
}

/** Merge `patch` into the stored settings and save them. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Call `listener` with the new settings whenever they change; returns an unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings, previous: Settings) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change) return;
    try {
      listener(withDefaults(change.newValue), withDefaults(change.oldValue));
    } catch (error) {
      console.warn('[source-context] settings listener failed:', error);
    }
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
