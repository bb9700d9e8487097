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
const out = [read('readme-head.md'), run('describe.mjs'), read('readme-gaps.md'), '## Counts (kind x split)\n\n```\n', run('check.mjs'), '```\n'].join('');
fs.writeFileSync(path.join(DATA_DIR, 'README.md'), out);
console.log('README written');
