// Validates bench/data/reuse-real: item fields, kinds, sources exist, split by group, ids unique.
// Prints counts by kind x split.  Usage: node scripts/reuse-real/check.mjs
import fs from 'node:fs';
import path from 'node:path';
import { KINDS, SOURCES_DIR, readItems } from './lib.mjs';
import { splitOf } from './split.mjs';

const items = readItems();
const errors = [];
const ids = new Set();
const sources = new Set(fs.readdirSync(SOURCES_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)));
for (const it of items) {
  if (ids.has(it.id)) errors.push(`duplicate id ${it.id}`);
  ids.add(it.id);
  for (const k of ['id', 'group', 'split', 'kind', 'text', 'origin']) if (typeof it[k] !== 'string' || !it[k]) errors.push(`${it.id}: bad ${k}`);
  if (!KINDS.has(it.kind)) errors.push(`${it.id}: unknown kind ${it.kind}`);
  if (it.split !== splitOf(it.group)) errors.push(`${it.id}: split ${it.split} != ${splitOf(it.group)}`);
  if (it.source !== null && !sources.has(it.source)) errors.push(`${it.id}: missing source ${it.source}`);
  const negative = it.kind === 'non' || it.kind === 'unrelated-on-topic';
  if (negative !== (it.source === null)) errors.push(`${it.id}: kind ${it.kind} with source ${it.source}`);
}
for (const s of sources) {
  const t = fs.readFileSync(path.join(SOURCES_DIR, `${s}.txt`), 'utf8');
  if (t.split('\n\n').length < 2) errors.push(`source ${s}: no paragraphs`);
}
const table = {};
for (const it of items) {
  table[it.kind] ??= { dev: 0, heldout: 0 };
  table[it.kind][it.split]++;
}
console.log('kind'.padEnd(20), 'dev'.padStart(5), 'heldout'.padStart(8));
let d = 0, h = 0;
for (const [k, v] of Object.entries(table).sort()) { console.log(k.padEnd(20), String(v.dev).padStart(5), String(v.heldout).padStart(8)); d += v.dev; h += v.heldout; }
console.log('total'.padEnd(20), String(d).padStart(5), String(h).padStart(8));
const groups = new Map();
for (const it of items) groups.set(it.group, it.split);
console.log(`${items.length} items, ${groups.size} groups (${[...groups.values()].filter((s) => s === 'heldout').length} held out), ${sources.size} sources`);
if (errors.length) { console.error(errors.join('\n')); process.exit(1); }
