/**
 * Node only: the synonym graph from a file, by default the bundled extension/synonyms.bin (written
 * by scripts/make-synonyms.ts). A missing or corrupt file gives null and one warning on stderr:
 * synonyms only add soft matches, so a command without them still runs.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { decodeSynonymGraph, type SynonymGraph } from './graph';
import { SYNONYMS_ASSET } from './index';

/**
 * The project folder: this module is src/synonyms/ in the sources (run through tsx) and is bundled
 * into dist/cli/ by the build; both are two levels below the project root.
 */
const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUNDLED_SYNONYMS = join(PROJECT_ROOT, 'extension', SYNONYMS_ASSET);

export async function loadSynonymsFile(
  path: string = BUNDLED_SYNONYMS,
  warn: (message: string) => void = (message) => console.warn(message),
): Promise<SynonymGraph | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    const hint = existsSync(path) ? 'it cannot be read' : 'it does not exist';
    warn(`synonyms: no synonym graph at ${path} (${hint}); matching without synonyms. Rebuild it with "npx tsx scripts/make-synonyms.ts <words.txt>"`);
    return null;
  }
  try {
    return decodeSynonymGraph(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    warn(`synonyms: ${path} is not a usable synonym graph (${reason}); matching without synonyms`);
    return null;
  }
}
