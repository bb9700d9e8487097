// Shared helpers for the reuse-real data set (bench/data/reuse-real). No dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DATA_DIR = path.resolve(here, '../../bench/data/reuse-real');
export const ITEMS_PATH = path.join(DATA_DIR, 'items.json');
export const SOURCES_DIR = path.join(DATA_DIR, 'sources');

export const KINDS = new Set(['cut', 'light', 'heavy', 'non', 'rewrite', 'copy', 'spin', 'translation', 'unrelated-on-topic']);

export function readItems() {
  if (!fs.existsSync(ITEMS_PATH)) return [];
  return JSON.parse(fs.readFileSync(ITEMS_PATH, 'utf8'));
}

export function writeItems(items) {
  items.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  fs.writeFileSync(ITEMS_PATH, JSON.stringify(items, null, 2) + '\n');
}

/** Replace every item whose group is in `groups` by `fresh` (idempotent re-import). */
export function mergeItems(fresh, groups) {
  const keep = readItems().filter((it) => !groups.has(it.group));
  return keep.concat(fresh);
}

/** Whitespace-only normalisation: CRLF -> LF, trim the ends. The words are never touched. */
export function clean(text) {
  return text.replace(/\r\n?/g, '\n').replace(/^\s+|\s+$/g, '');
}

/** Write a source document: first line the title, then paragraphs separated by one blank line. */
export function writeSource(id, title, paragraphs) {
  fs.mkdirSync(SOURCES_DIR, { recursive: true });
  const body = paragraphs.map((p) => p.trim()).filter(Boolean);
  fs.writeFileSync(path.join(SOURCES_DIR, `${id}.txt`), [title.trim(), ...body].join('\n\n') + '\n');
}
