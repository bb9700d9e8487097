/** "Wrong match" reports, kept in `storage.local` under `corrections` (exportable from the sidebar). */
import browser from 'webextension-polyfill';
import type { Correction } from '../shared/settings';

const KEY = 'corrections';
/** Keep the list bounded: it is a local notebook, not a log. */
const MAX = 1000;

/** Every stored correction, oldest first. */
export async function listCorrections(): Promise<Correction[]> {
  const stored = await browser.storage.local.get(KEY);
  const list = stored[KEY];
  return Array.isArray(list) ? (list as Correction[]) : [];
}

/** Store one correction (a repeat of the same block and match replaces the earlier one). */
export async function addCorrection(correction: Correction): Promise<void> {
  const same = (c: Correction): boolean =>
    c.url === correction.url &&
    c.blockText === correction.blockText &&
    c.file === correction.file &&
    c.paragraphs.join() === correction.paragraphs.join();
  const list = (await listCorrections()).filter((c) => !same(c));
  list.push(correction);
  await browser.storage.local.set({ [KEY]: list.slice(-MAX) });
}
