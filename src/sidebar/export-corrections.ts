/** Download the stored "wrong match" corrections as a JSON file, entirely locally. */
import type { Correction } from '../shared/settings';

/** The file's content: versioned so whoever maintains the corpus can read old exports. */
export interface CorrectionsExport {
  format: 'source-context-corrections';
  version: 1;
  exportedAt: string;
  corrections: Correction[];
}

/** The export document for `corrections`, stamped with `now`. */
export function correctionsExport(corrections: readonly Correction[], now: Date): CorrectionsExport {
  return {
    format: 'source-context-corrections',
    version: 1,
    exportedAt: now.toISOString(),
    corrections: [...corrections],
  };
}

/**
 * Save the export through a Blob URL and an `a[download]` click: no network, no `downloads`
 * permission. The URL is revoked on the next task, once the click has started the download.
 * Returns the file name.
 */
export function downloadCorrections(corrections: readonly Correction[], doc: Document, now = new Date()): string {
  const json = JSON.stringify(correctionsExport(corrections, now), null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const name = `source-context-corrections-${now.toISOString().slice(0, 10)}.json`;
  const a = doc.createElement('a');
  a.setAttribute('href', url);
  a.setAttribute('download', name);
  a.hidden = true;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return name;
}
