// Re-derives the `split` field of every item in bench/data/reuse-real/items.json.
// The split is by group, never within a group.
//  - C&S (groups cs-task*): fixed rule, tasks d and e are held out (2 of 5 tasks, 40%; the hash
//    below would hold out a different number of the 5 tasks depending on chance, so the rule is explicit).
//  - every other group: held out when fnv1a32(group) % 100 < 30 (about 30% of groups).
// Usage: node scripts/reuse-real/split.mjs [--check]   (--check: exit 1 if a stored split differs)
import { readItems, writeItems } from './lib.mjs';

export function fnv1a32(s) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(s, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const CS_HELDOUT = new Set(['cs-taskd', 'cs-taske']);

export function splitOf(group) {
  if (group.startsWith('cs-task')) return CS_HELDOUT.has(group) ? 'heldout' : 'dev';
  return fnv1a32(group) % 100 < 30 ? 'heldout' : 'dev';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const items = readItems();
  let changed = 0;
  for (const it of items) {
    const s = splitOf(it.group);
    if (it.split !== s) { changed++; it.split = s; }
  }
  if (check) {
    if (changed) { console.error(`${changed} items have a stale split`); process.exit(1); }
    console.log('splits OK');
  } else {
    writeItems(items);
    const groups = new Map();
    for (const it of items) groups.set(it.group, it.split);
    for (const [g, s] of [...groups].sort()) console.log(s.padEnd(8), g);
    console.log(`${changed} split fields changed`);
  }
}
