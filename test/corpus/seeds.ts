/** The real seed documents, read once for the corpus tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

export const SEED_FILES = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

/** Text of seed `n` (0..4). */
export function seedText(n: number): string {
  const file = SEED_FILES[n];
  if (!file) throw new Error(`no seed ${n}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** Non-empty lines of seed `n`, trimmed (what a page extractor would hand over as blocks). */
export function seedLines(n: number): string[] {
  return seedText(n).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
