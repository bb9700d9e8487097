// Builds the news part of bench/data/reuse-real from the stored pages and the labels in news-labels.mjs:
// writes sources/<id>.txt for each group's original and (re)places the news items in items.json.
// Usage: node scripts/reuse-real/build-news.mjs
import { GROUPS, SEED_ORIGINS } from './news-labels.mjs';
import { readPage } from './pages.mjs';
import { mergeItems, writeItems, writeSource } from './lib.mjs';
import { splitOf } from './split.mjs';

const pages = new Map();
const page = (name) => {
  if (!pages.has(name)) pages.set(name, readPage(name));
  return pages.get(name);
};
const originOf = (name) => SEED_ORIGINS[name] ?? page(name).meta.url;
const para = (name, i) => {
  const t = page(name).paragraphs[i];
  if (t === undefined) throw new Error(`${name} has no paragraph ${i}`);
  return t;
};

const items = [];
const seen = new Set();
for (const g of GROUPS) {
  const s = g.source;
  writeSource(s.id, s.title, s.paras.map((i) => para(s.page, i)));
  for (const it of g.items) {
    const id = `news-${it.page.replace(/^seed:/, 'seed-')}-p${it.para}`;
    if (seen.has(id)) throw new Error(`duplicate item ${id}`);
    seen.add(id);
    const item = {
      id,
      group: g.group,
      split: splitOf(g.group),
      kind: it.kind,
      text: para(it.page, it.para),
      source: it.src ? s.id : null,
      origin: originOf(it.page),
    };
    if (it.note) item.note = it.note;
    items.push(item);
  }
}
writeItems(mergeItems(items, new Set(GROUPS.map((g) => g.group))));
console.log(`news: ${GROUPS.length} groups, ${items.length} items`);
