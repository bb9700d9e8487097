// Reads the stored page texts kept in bench/data/reuse-real/pages/ (and the repo's seeds/).
// A page file is: header lines `key: value` (url, date, note), a line `---`, then the text exactly as
// the store returned it. Paragraphs: if the text has blank lines, blocks separated by blank lines;
// otherwise one paragraph per line; a page whose header has `paragraphs: lines` (a page that mixes a
// blank-line-separated head with a one-paragraph-per-line body) is split one paragraph per line.
// Paragraphs are only trimmed, never edited.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './lib.mjs';

const SEEDS_DIR = path.resolve(DATA_DIR, '../../../seeds');

export function readPage(name) {
  if (name.startsWith('seed:')) {
    const text = fs.readFileSync(path.join(SEEDS_DIR, `${name.slice(5)}.txt`), 'utf8');
    return { name, meta: {}, text, paragraphs: splitParagraphs(text) };
  }
  const raw = fs.readFileSync(path.join(DATA_DIR, 'pages', `${name}.txt`), 'utf8');
  const cut = raw.indexOf('\n---\n');
  const meta = {};
  for (const line of raw.slice(0, cut).split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m) meta[m[1]] = m[2];
  }
  const text = raw.slice(cut + 5);
  return { name, meta, text, paragraphs: splitParagraphs(text, meta.paragraphs === 'lines') };
}

export function splitParagraphs(text, byLine = false) {
  const t = text.replace(/\r\n?/g, '\n');
  const blocks = !byLine && /\n[ \t]*\n/.test(t) ? t.split(/\n[ \t]*\n+/) : t.split('\n');
  return blocks.map((b) => b.trim()).filter(Boolean);
}

export function listPages() {
  return fs.readdirSync(path.join(DATA_DIR, 'pages')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

// node scripts/reuse-real/pages.mjs <page|seed:id> ...   prints numbered paragraphs (for labelling)
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of process.argv.slice(2)) {
    const p = readPage(name);
    console.log(`==== ${name} ${p.meta.url ?? ''}`);
    p.paragraphs.forEach((t, i) => console.log(`[${i}] ${t.length > 220 ? t.slice(0, 220) + ' …' : t}`));
  }
}
