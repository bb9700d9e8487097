/**
 * Fits the extractor's block model (src/extract/block-model.json) on the DEVELOPMENT pages of both
 * extraction benchmarks. Held-out pages are never read here; `npm run bench` reports them.
 *
 *   npx tsx scripts/fit-block-model.ts          # fit, print out-of-fold figures, write the model
 *   npx tsx scripts/fit-block-model.ts --dry    # fit and print, write nothing
 *
 * Rows: every block the model decides (block-features' `modelDecides`), extracted with the model
 * off, that has a label:
 * - trafilatura-eval: the block holds one of the page's `with` segments (1) or `without` ones (0);
 *   blocks holding neither are unlabelled and left out (the set labels a few segments a page);
 * - article-extraction: the block is in the page's ground-truth body (1: the text itself, or half
 *   its word 3-grams) or not (0); the headline and dek are scored apart and left out.
 * Each set weighs the same in total. Trees: 50 rounds of depth 3, shrinkage 0.1, 20 rows a leaf,
 * leaf penalty 1: of six settings tried (rounds 30-100, depth 2-3, leaf 20-50, penalty 1-10), the
 * best summed out-of-fold F1 of the two sets.
 *
 * Out-of-fold figures: the dev pages in 4 folds by a hash of their id, each fold scored by trees
 * fitted on the other three, with each benchmark's own metric (bench/extraction.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtmlDocument } from '../src/corpus/html-text';
import { extractBlocks } from '../src/extract/index';
import { BLOCK_FEATURES } from '../src/extract/block-features';
import { articleProbability, type BlockModel } from '../src/extract/block-model';
import { collapseWhitespace } from '../src/text';
import { EXTRACTION_BENCH, extractionPages, isHeldOut, trafilaturaPages } from '../bench/lib/pages';
import { pageCounts, segmentCounts, summarise, summariseSegments } from '../bench/extraction';
import { fitBoostedTrees, type Boosted, type BoostOptions } from '../bench/lib/boosted-trees';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OPTIONS: BoostOptions = { rounds: 50, depth: 3, learningRate: 0.1, minLeaf: 20, lambda: 1 };
const FOLDS = 4;
/**
 * A kept block is dropped below `drop`; a dropped one is added at `add` or above. `--scan` prints
 * the out-of-fold F1 for a grid: dropping below 0.4 scored the same as below 0.5 (summed F1 1.9043
 * both), and losing a paragraph of the article costs a reader more than keeping a promo
 * line (it cannot be traced), so the lower one stands.
 */
const CUTOFFS = { drop: 0.4, add: 0.5 };

/** One dev page as the rules label it, with what the model needs and what scores it. */
interface DevPage {
  set: 'article-extraction' | 'trafilatura-eval';
  id: string;
  blocks: { text: string; kind: string; role?: string }[];
  rows: number[][];
  decides: boolean[];
  labels: (number | null)[];
  score: { truth: string } | { with: string[]; without: string[] };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function segmentLabels(texts: string[], page: { with: string[]; without: string[] }): (number | null)[] {
  const want = page.with.map(collapseWhitespace);
  const avoid = page.without.map(collapseWhitespace);
  return texts.map((t0) => {
    const t = collapseWhitespace(t0);
    if (!t) return null;
    if (want.some((s) => t.includes(s))) return 1;
    if (avoid.some((s) => t.includes(s))) return 0;
    return null;
  });
}

function truthLabels(blocks: DevPage['blocks'], truthText: string): (number | null)[] {
  const truth = collapseWhitespace(truthText);
  const tw = words(truth);
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= tw.length; i++) grams.add(tw.slice(i, i + 3).join(' '));
  return blocks.map((b) => {
    const t = collapseWhitespace(b.text);
    if (b.role || !t) return null;
    if (truth.includes(t)) return 1;
    const w = words(t);
    if (w.length < 3) return null;
    let hit = 0;
    for (let i = 0; i + 3 <= w.length; i++) if (grams.has(w.slice(i, i + 3).join(' '))) hit++;
    return hit / (w.length - 2) >= 0.5 ? 1 : 0;
  });
}

function rulesView(html: string) {
  const r = extractBlocks(parseHtmlDocument(html), { blockModel: false, withBlockFeatures: true });
  const f = r.blockFeatures ?? { rows: [], decides: [] };
  return { blocks: r.blocks.map((b) => ({ text: b.text, kind: b.kind, ...(b.role ? { role: b.role } : {}) })), rows: f.rows, decides: f.decides };
}

function loadDevPages(): DevPage[] {
  const out: DevPage[] = [];
  const truth = JSON.parse(readFileSync(join(EXTRACTION_BENCH, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>;
  for (const page of extractionPages() ?? []) {
    const gt = truth[page.name];
    if (!gt || isHeldOut('article-extraction', page.name)) continue;
    const view = rulesView(page.html);
    out.push({ set: 'article-extraction', id: page.name, ...view, labels: truthLabels(view.blocks.slice(0, view.rows.length), gt.articleBody), score: { truth: gt.articleBody } });
  }
  for (const page of trafilaturaPages() ?? []) {
    if (isHeldOut('trafilatura-eval', page.name)) continue;
    const view = rulesView(page.html);
    const texts = view.blocks.slice(0, view.rows.length).map((b) => b.text);
    out.push({ set: 'trafilatura-eval', id: page.name, ...view, labels: segmentLabels(texts, page), score: { with: page.with, without: page.without } });
  }
  return out;
}

function fit(pages: DevPage[]): Boosted {
  const rows: number[][] = [];
  const labels: number[] = [];
  const sets: string[] = [];
  for (const p of pages) {
    p.rows.forEach((row, i) => {
      const y = p.labels[i];
      if (!p.decides[i] || y === null || y === undefined) return;
      rows.push(row);
      labels.push(y);
      sets.push(p.set);
    });
  }
  const perSet = new Map<string, number>();
  for (const s of sets) perSet.set(s, (perSet.get(s) ?? 0) + 1);
  const weights = sets.map((s) => 1000 / perSet.get(s)!);
  return fitBoostedTrees(rows, labels, weights, OPTIONS);
}

/** The page's article text with the model's verdicts applied (or the rules' alone). */
function articleText(p: DevPage, model: Boosted | null, cut = CUTOFFS): string {
  const anyContent = p.blocks.some((b) => b.kind === 'content');
  const kept = p.blocks.filter((b, i) => {
    if (!model || !anyContent || !p.decides[i]) return b.kind === 'content';
    const prob = articleProbability(p.rows[i]!, model);
    return b.kind === 'content' ? prob >= cut.drop : prob >= cut.add;
  });
  // The 121-page truth is the body without headline and dek; trafilatura's segments count all.
  return kept.filter((b) => p.set === 'trafilatura-eval' || !b.role).map((b) => b.text).join('\n');
}

function f1(set: DevPage['set'], pages: DevPage[], modelOf: (p: DevPage) => Boosted | null, cut = CUTOFFS): number {
  const ps = pages.filter((p) => p.set === set);
  if (set === 'trafilatura-eval') {
    return summariseSegments(ps.map((p) => segmentCounts(articleText(p, modelOf(p), cut), p.score as { with: string[]; without: string[] }))).f1;
  }
  return summarise(ps.map((p) => pageCounts((p.score as { truth: string }).truth, articleText(p, modelOf(p), cut)))).f1;
}

function foldOf(p: DevPage): number {
  let h = 7;
  for (const c of `${p.set}/${p.id}`) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % FOLDS;
}

const pages = loadDevPages();
console.log(`fit: ${pages.length} dev pages (${pages.filter((p) => p.set === 'trafilatura-eval').length} trafilatura-eval, ${pages.filter((p) => p.set === 'article-extraction').length} article-extraction)`);
const outOfFold = new Map<DevPage, Boosted>();
for (let k = 0; k < FOLDS; k++) {
  const model = fit(pages.filter((p) => foldOf(p) !== k));
  for (const p of pages) if (foldOf(p) === k) outOfFold.set(p, model);
}
const figures: string[] = [];
for (const set of ['trafilatura-eval', 'article-extraction'] as const) {
  const rules = f1(set, pages, () => null);
  const oof = f1(set, pages, (p) => outOfFold.get(p)!);
  figures.push(`${set} F1 ${oof} out of fold (rules alone ${rules})`);
  console.log(`fit: ${set}: dev F1 rules alone ${rules}, with the model out of fold ${oof}`);
}
if (process.argv.includes('--scan')) {
  for (const drop of [0.3, 0.4, 0.5]) for (const add of [0.5, 0.6, 0.7]) {
    const f = (['trafilatura-eval', 'article-extraction'] as const).map((set) => f1(set, pages, (p) => outOfFold.get(p)!, { drop, add }));
    console.log(`scan: drop below ${drop}, add from ${add}: out of fold ${f.join(' / ')} (sum ${(f[0]! + f[1]!).toFixed(4)})`);
  }
}
const model = fit(pages);
const stored: BlockModel = {
  features: [...BLOCK_FEATURES],
  base: model.base,
  trees: model.trees,
  cutoffs: CUTOFFS,
  fittedOn: `scripts/fit-block-model.ts on the dev pages (${pages.length}); ${OPTIONS.rounds} trees of depth ${OPTIONS.depth}; ${figures.join('; ')}`,
};
if (process.argv.includes('--dry')) console.log('fit: --dry, model not written');
else {
  writeFileSync(join(ROOT, 'src', 'extract', 'block-model.json'), `${JSON.stringify(stored)}\n`);
  console.log(`fit: wrote src/extract/block-model.json (${model.trees.length} trees)`);
}
