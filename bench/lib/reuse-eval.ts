/**
 * Runs the matcher over labelled reuse items and counts, by split and kind, how many derived
 * texts are traced to the right source and how many negatives match anything; beside it, the plain
 * word-3-gram containment >= 0.1 baseline (Clough & Stevenson's measure) on the same items.
 */
import type { MatchIndex, ParagraphMatch } from '../../src/match/types';
import { matchPage, PAGE_PRIOR, type PagePrior } from '../../src/match/page-prior';
import { words } from '../../src/text';
import { splitTextParagraphs } from '../../src/analysis/text-blocks';
import { isRightSource, type ReuseItem, type ReuseSet } from './reuse-data';

export interface ItemResult {
  item: ReuseItem;
  /** The top match, if any. */
  top: { doc: number; paragraphs: number[]; relation: string; probability: number } | null;
  /** Derived: traced to the right source; negative: matched nothing. */
  right: boolean;
  /** The same for the 3-gram baseline. */
  baselineRight: boolean;
}

export interface Tally {
  n: number;
  right: number;
  baselineRight: number;
}

/**
 * The page an item was taken from: the paragraphs of one derived article are looked up together
 * (as `analyze` does a page); a short answer is a page of its own.
 */
export function pageOf(item: ReuseItem): string {
  if (item.set === 'seeds') return `seeds:${item.group}`;
  return item.id.replace(/-p\d+$/, '');
}

/** One paragraph of a page, with the item it came from (`item` is its position in the list given). */
export interface PageBlock {
  item: number;
  text: string;
}

/** The items' paragraphs grouped into pages (same page, same documents left out), in order. */
export function pagesOf(items: ReuseItem[]): PageBlock[][] {
  const pages = new Map<string, PageBlock[]>();
  items.forEach((item, i) => {
    const key = `${pageOf(item)}|${(item.excludeDocs ?? []).join()}`;
    const blocks = pages.get(key) ?? [];
    for (const text of splitTextParagraphs(item.text)) blocks.push({ item: i, text });
    pages.set(key, blocks);
  });
  return [...pages.values()];
}

export function evaluateSet(index: MatchIndex, set: ReuseSet, sensitivity?: number, prior: PagePrior = PAGE_PRIOR): ItemResult[] {
  const baseline = trigramBaseline(set);
  const hitsOf: ParagraphMatch[][][] = set.items.map(() => []);
  for (const blocks of pagesOf(set.items)) {
    const exclude = set.items[blocks[0]!.item]!.excludeDocs;
    const hits = matchPage(index, blocks.map((b) => b.text), { excludeDocs: exclude, sensitivity, limit: 3 }, prior, set.outlets);
    blocks.forEach((b, k) => hitsOf[b.item]!.push(hits[k]!));
  }
  return set.items.map((item, i) => {
    // A derived text is traced when a paragraph is matched to its source and none to another;
    // a negative when nothing matches.
    const tops = hitsOf[i]!
      .map((h) => h[0])
      .filter((m) => m !== undefined)
      .map((m) => ({ doc: m.doc, paragraphs: m.paragraphs, relation: m.relation, probability: m.probability }));
    const top = tops.find((t) => isRightSource(item, t.doc, t.paragraphs)) ?? tops[0] ?? null;
    const right =
      item.sourceDoc === null
        ? tops.length === 0
        : tops.length > 0 && tops.every((t) => isRightSource(item, t.doc, t.paragraphs) || t.doc === item.sourceDoc);
    return { item, top, right, baselineRight: baseline(item) };
  });
}

/** Counts by `${split}/${kind}` and by `${split}/derived` and `${split}/negative`. */
export function tally(results: ItemResult[]): Record<string, Tally> {
  const out: Record<string, Tally> = {};
  const add = (key: string, r: ItemResult) => {
    const t = (out[key] ??= { n: 0, right: 0, baselineRight: 0 });
    t.n++;
    if (r.right) t.right++;
    if (r.baselineRight) t.baselineRight++;
  };
  for (const r of results) {
    add(`${r.item.split}/${r.item.kind}`, r);
    add(`${r.item.split}/${r.item.sourceDoc === null ? 'negative' : 'derived'}`, r);
  }
  return out;
}

const BASELINE_CONTAINMENT = 0.1;

/**
 * The baseline: the share of the text's word 3-grams found in a corpus document; the best
 * document is the answer when its share is at least 0.1, else nothing.
 */
function trigramBaseline(set: ReuseSet): (item: ReuseItem) => boolean {
  const docGrams = set.documents.map((paras) => new Set(trigrams(words(paras.join(' ')))));
  return (item) => {
    const grams = [...new Set(trigrams(words(item.text)))];
    if (grams.length === 0) return item.sourceDoc === null;
    let bestDoc = -1;
    let best = 0;
    docGrams.forEach((g, doc) => {
      if (item.excludeDocs?.includes(doc)) return;
      let shared = 0;
      for (const t of grams) if (g.has(t)) shared++;
      const c = shared / grams.length;
      if (c > best) {
        best = c;
        bestDoc = doc;
      }
    });
    const matched = best >= BASELINE_CONTAINMENT;
    return item.sourceDoc === null ? !matched : matched && bestDoc === item.sourceDoc;
  };
}

function trigrams(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}
