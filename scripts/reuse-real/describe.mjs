// Prints a Markdown summary of every group (source, pages, kinds, split) for the README.
import { readItems } from './lib.mjs';
import { GROUPS, SEED_ORIGINS } from './news-labels.mjs';
import { readPage } from './pages.mjs';
import { splitOf } from './split.mjs';

const items = readItems();
const url = (p) => SEED_ORIGINS[p] ?? readPage(p).meta.url;
for (const g of GROUPS) {
  const its = items.filter((i) => i.group === g.group);
  console.log(`### ${g.group} (${splitOf(g.group)})\n`);
  const note = readPage(g.source.page).meta.note;
  console.log(`- source \`${g.source.id}\` — "${g.source.title}": ${url(g.source.page)}${note ? ` (${note})` : ''}`);
  const byPage = new Map();
  for (const it of g.items) {
    const k = it.page;
    if (!byPage.has(k)) byPage.set(k, []);
    byPage.get(k).push(it);
  }
  for (const [p, list] of byPage) {
    const kinds = {};
    for (const it of list) kinds[it.kind] = (kinds[it.kind] ?? 0) + 1;
    const ks = Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ');
    console.log(`- ${url(p)} — ${ks}`);
  }
  console.log(`- ${its.length} items\n`);
}
