// Regenerates bench/data/reuse-real/README.md from readme-head.md, the describe.mjs listing,
// readme-gaps.md and the check.mjs counts.  Usage: node scripts/reuse-real/make-readme.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = (f) => execFileSync(process.execPath, [path.join(here, f)], { encoding: 'utf8' });
const read = (f) => fs.readFileSync(path.join(here, f), 'utf8');
import { readItems } from './lib.mjs';
const items = readItems();
const groups = new Map(items.map((i) => [i.group, i.split]));
const news = [...groups].filter(([g]) => g.startsWith('news-'));
const nsrc = fs.readdirSync(path.join(DATA_DIR, 'sources')).length;
const fill = (t) => t
  .replaceAll('{{NSOURCES}}', String(nsrc))
  .replaceAll('{{NNEWS}}', String(news.length))
  .replaceAll('{{NEWSHELD}}', String(news.filter(([, s]) => s === 'heldout').length))
  .replaceAll('{{HELD}}', String([...groups.values()].filter((s) => s === 'heldout').length))
  .replaceAll('{{NGROUPS}}', String(groups.size));
const out = [fill(read('readme-head.md')), run('describe.mjs'), read('readme-gaps.md'), '## Counts (kind x split)\n\n```\n', run('check.mjs'), '```\n'].join('');
fs.writeFileSync(path.join(DATA_DIR, 'README.md'), out);
console.log('README written');
