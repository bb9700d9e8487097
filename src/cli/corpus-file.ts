/**
 * Which corpus a CLI command uses: `--corpus <index-file>` (written by `corpus build`), or the
 * bundled one: dist/corpus/index.json when the build has run, else built from seeds/ on the fly
 * (the same command the build runs), so a fresh clone works without a build.
 */
import { readFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { loadCorpus, type Corpus } from '../corpus/load-corpus';
import { buildCorpus } from '../corpus/build-corpus';
import { loadSynonymsFile } from '../synonyms/load-file';

/** The project folder (this file is src/cli/ in the sources and dist/cli/ when bundled). */
export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUNDLED_INDEX = join(PROJECT_ROOT, 'dist', 'corpus', 'index.json');
export const SEEDS_FOLDER = join(PROJECT_ROOT, 'seeds');

export async function loadCorpusFile(path: string): Promise<Corpus> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`cannot read the corpus index ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${path} is not a corpus index (not JSON); build one with "source-context corpus build <folder> --out <file>"`);
  }
  return loadCorpus(json);
}

/** The corpus named by `--corpus`, else the bundled one; its matcher uses the synonym graph. */
export async function resolveCorpus(path: string | undefined): Promise<{ corpus: Corpus; source: string }> {
  const found = await findCorpus(path);
  // Synonyms only add soft matches: without the file (a warning says so) matching still runs.
  found.corpus.matcher.useSynonyms(await loadSynonymsFile());
  return found;
}

async function findCorpus(path: string | undefined): Promise<{ corpus: Corpus; source: string }> {
  if (path) return { corpus: await loadCorpusFile(path), source: path };
  try {
    await access(BUNDLED_INDEX);
    return { corpus: await loadCorpusFile(BUNDLED_INDEX), source: BUNDLED_INDEX };
  } catch {
    // Not built yet, or built by an older version of the code: the seeds are the source of truth.
  }
  const index = await buildCorpus(SEEDS_FOLDER);
  return { corpus: loadCorpus(index), source: `${SEEDS_FOLDER} (built on the fly; run "npm run build" to bundle it)` };
}
