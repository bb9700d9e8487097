/**
 * Node-only: reads a folder of articles and builds the corpus index. File reading and decoding
 * problems never stop the build: the file goes to `skipped` with the reason and the rest builds.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CorpusIndex } from './types';
import { decodeBytes, DECODE_LIMITS } from './decode';
import { buildCorpusFromTexts, type SourceText } from './build-from-texts';

/** File name endings the builder reads; anything else in the folder is reported as skipped. */
export const CORPUS_FILE_PATTERN = /\.(?:txt|html?)$/i;

/** Options of `buildCorpus`. */
export interface BuildCorpusOptions {
  /** Corpus name (default: the folder's name). */
  name?: string;
}

/** Builds the corpus index from every .txt/.html/.htm file of `folder` (sorted by name). */
export async function buildCorpus(folder: string, options: BuildCorpusOptions = {}): Promise<CorpusIndex> {
  let entries: string[];
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new Error(`corpus folder ${folder} is not a folder`);
    entries = (await readdir(folder)).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`corpus folder not found: ${folder}`);
    if (code === 'EACCES') throw new Error(`corpus folder not readable (permission denied): ${folder}`);
    throw e instanceof Error ? e : new Error(String(e));
  }
  const texts: SourceText[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of entries) {
    if (file.startsWith('.')) continue; // hidden files (.DS_Store, editor swap files) are not articles
    const path = join(folder, file);
    const info = await stat(path).catch(() => null);
    if (!info) {
      skipped.push({ file, reason: 'could not read the file (it vanished or is a broken link)' });
      continue;
    }
    if (info.isDirectory()) continue;
    if (!CORPUS_FILE_PATTERN.test(file)) {
      skipped.push({ file, reason: 'not a .txt, .html or .htm file' });
      continue;
    }
    if (info.size > DECODE_LIMITS.maxBytes) {
      skipped.push({ file, reason: `file too large (${(info.size / 1048576).toFixed(1)} MB; the limit is ${DECODE_LIMITS.maxBytes / 1048576} MB)` });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (e) {
      skipped.push({ file, reason: `could not read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
      continue;
    }
    const decoded = decodeBytes(bytes);
    if (decoded.ok) texts.push({ file, text: decoded.text });
    else skipped.push({ file, reason: decoded.reason });
  }
  if (!texts.length) {
    const why = skipped.length ? `: ${skipped.map((s) => `${s.file} (${s.reason})`).join('; ')}` : ' (the folder has no .txt or .html files)';
    throw new Error(`no usable files in corpus folder ${folder}${why}`);
  }
  return buildCorpusFromTexts(texts, { name: options.name ?? basename(folder), skipped });
}
