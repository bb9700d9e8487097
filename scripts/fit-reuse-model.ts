/**
 * Fits the matcher's reuse model (src/match/reuse-model.json) on the DEVELOPMENT split only:
 * every span the matcher verifies for a dev item becomes a row (its features; label 1 when the
 * span is the item's source; spans the verbatim rule decides are left out), rows weighted so each
 * class counts the same and, within a class, each story or task the same, then a logistic
 * regression and the cut-off that maximises F0.5 over dev items. Held-out items are never read
 * here; bench/reuse.ts reports them.
 *
 *   npx tsx scripts/fit-reuse-model.ts          # fit, print dev figures, write the model
 *   npx tsx scripts/fit-reuse-model.ts --dry    # fit and print, write nothing
 *   npx tsx scripts/fit-reuse-model.ts --prior  # then (with the model written) fit the page prior
 *                                                # (--move: write the estimate even within the
 *                                                #  written factor's sampling interval)
 *
 * The page prior (src/match/page-prior.json) is estimated second, with the model as written (see
 * fitPagePrior).
 */
import { writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES, REUSE_MODEL, type ReuseModel } from '../src/match/reuse-model';
import { MATCH_CONFIG } from '../src/match/config';
import { loadSynonymsFile } from '../src/synonyms/load-file';
import { indexFor, isRightSource, loadReuseReal, loadSeedSet, type ReuseItem, type ReuseSet } from '../bench/lib/reuse-data';
import type { PageBlock } from '../bench/lib/reuse-eval';
import type { MatchIndex } from '../src/match/types';
import type { PagePrior } from '../src/match/page-prior';
import { fitLogistic } from '../bench/lib/logistic';
import { loadBenchmarkArticles } from '../test/match/seed-data';
import { splitTextParagraphs } from '../src/analysis/text-blocks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dry = process.argv.includes('--dry');
if (process.argv.includes('--prior')) {
  await fitPagePrior();
  process.exit(0);
}

const synonyms = await loadSynonymsFile();
const sets: ReuseSet[] = [loadSeedSet()];
const real = loadReuseReal();
if (real) sets.push(real);
else console.warn('fit: bench/data/reuse-real is missing; fitting on the seed pairs alone');

// Off-topic negatives: paragraphs of real articles on other subjects (the extraction benchmark's
// ground truth), against the seed corpus; every third article is left for the bench.
const offTopic = loadBenchmarkArticles()
  .filter((_, i) => i % 3 !== 0)
  .flatMap((paras) => paras.filter((p) => p.split(/\s+/).length >= 12).slice(0, 4));
sets[0]!.items.push(
  ...offTopic.map((text, i) => ({
    id: `offtopic-${i}`,
    set: 'seeds' as const,
    group: 'off-topic',
    split: 'dev' as const,
    kind: 'off-topic',
    text,
    sourceDoc: null,
  })),
);

interface Row {
  x: number[];
  y: number;
  item: string;
  /** The story or task the item belongs to: cross-validation folds never split one. */
  group: string;
  positive: boolean;
}
const rows: Row[] = [];
// One entry a paragraph, as `analyze` looks them up.
const itemsOf: { set: ReuseSet; id: string; positive: boolean; spans: { x: number[]; right: boolean; row: number }[] }[] = [];
for (const set of sets) {
  const index = indexFor(set);
  index.useSynonyms(synonyms);
  for (const item of set.items) {
    if (item.split !== 'dev' || item.kind === 'shared-quote') continue;
    for (const block of splitTextParagraphs(item.text)) {
      const spans = index.inspect(block, { excludeDocs: item.excludeDocs }).map((s) => {
        const x = FEATURE_NAMES.map((f) => s.features[f]!);
        const right = isRightSource(item, s.doc, s.ids.map((id) => set.paragraphs[id]!.paragraph));
        // A span the verbatim rule decides (the text is the span's word for word) is reuse
        // whatever the model says: it is no row of the model's, which fits the cases it decides.
        if ((s.features.containment ?? 0) >= MATCH_CONFIG.thresholds.verbatim) return { x, right, row: -1 };
        rows.push({ x, y: right ? 1 : 0, item: item.id, group: `${set.name}:${item.group}`, positive: item.sourceDoc !== null });
        return { x, right, row: rows.length - 1 };
      });
      itemsOf.push({ set, id: item.id, positive: item.sourceDoc !== null, spans });
    }
  }
}
const positives = rows.filter((r) => r.y === 1).length;
const negatives = rows.length - positives;
console.info(`fit: ${itemsOf.length} dev items, ${rows.length} spans (${positives} right, ${negatives} not)`);
// Each class counts the same, and within a class each group (story or task) counts the same:
// a group with many rows must not set the weights alone.
const groupClassRows = new Map<string, number>();
for (const r of rows) groupClassRows.set(`${r.y}|${r.group}`, (groupClassRows.get(`${r.y}|${r.group}`) ?? 0) + 1);
const groupsOfClass = (y: number) => [...groupClassRows.keys()].filter((k) => k.startsWith(`${y}|`)).length;
const classGroups = [groupsOfClass(0), groupsOfClass(1)];
const balance = (r: Row) => rows.length / (2 * classGroups[r.y]! * groupClassRows.get(`${r.y}|${r.group}`)!);

// The penalty by 5-fold cross-validation over groups (a story's or task's rows stay together, as
// the held-out split keeps them): the one with the lowest weighted log-loss on the left-out folds.
// The features overlap (overlap, pairs, aligned sentences measure related things), so a penalty
// chosen on data keeps the weights from trading against each other on dev noise.
const groups = [...new Set(rows.map((r) => r.group))].sort();
const foldOf = new Map(groups.map((g, k) => [g, k % 5]));
let bestL2 = { l2: 1, loss: Infinity, outOfFold: new Float64Array(rows.length) };
for (const l2 of [0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100]) {
  let loss = 0;
  let weight = 0;
  const outOfFold = new Float64Array(rows.length);
  for (let fold = 0; fold < 5; fold++) {
    const train = rows.filter((r) => foldOf.get(r.group) !== fold);
    if (!train.some((r) => r.y === 1) || !train.some((r) => r.y === 0)) continue;
    const f = fitLogistic(train.map((r) => r.x), train.map((r) => r.y), train.map(balance), l2);
    rows.forEach((r, k) => {
      if (foldOf.get(r.group) !== fold) return;
      const z = f.bias + f.weights.reduce((acc, w, j) => acc + w * r.x[j]!, 0);
      const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-z))));
      outOfFold[k] = p;
      loss -= balance(r) * (r.y ? Math.log(p) : Math.log(1 - p));
      weight += balance(r);
    });
  }
  console.info(`fit: L2 ${l2}: cross-validated log-loss ${(loss / weight).toFixed(4)}`);
  if (loss / weight < bestL2.loss) bestL2 = { l2, loss: loss / weight, outOfFold };
}
const fit = fitLogistic(rows.map((r) => r.x), rows.map((r) => r.y), rows.map(balance), bestL2.l2);

// Item-level decision at a cut-off: a derived item is right when its best accepted span is
// its source; a negative is right when no span is accepted (a span the verbatim rule decides
// is accepted, as the matcher accepts it).
// The cut-off is chosen on out-of-fold probabilities (each span scored by a model that never saw
// its story or task): in-sample ones are overconfident, and a cut-off set on them lets through
// on new text what it kept out on dev.
const prob = (span: { row: number }) => (span.row < 0 ? 1 : bestL2.outOfFold[span.row]!);
function itemScores(cutoff: number) {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const it of itemsOf) {
    const accepted = it.spans.filter((s) => prob(s) >= cutoff);
    const best = accepted.sort((a, b) => prob(b) - prob(a))[0];
    if (it.positive) {
      if (best?.right) tp++;
      else fn++;
      if (best && !best.right) fp++;
    } else if (best) fp++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  // F0.5: precision counts twice as much as recall. A wrong origin misleads a fact-checker;
  // a missed one leaves the paragraph unexplained, which the sidebar says.
  const b2 = 0.25;
  const f1 = precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
  return { tp, fn, fp, precision, recall, f1 };
}
// The cut-off: the middle of the range of cut-offs that reach the best dev F0.5 (its edges are
// where one dev example flips, the least likely to hold on other text).
const grid: { cutoff: number; f1: number }[] = [];
for (let c = 0.05; c <= 0.951; c += 0.01) grid.push({ cutoff: Math.round(c * 100) / 100, f1: itemScores(c).f1 });
const topF1 = Math.max(...grid.map((g) => g.f1));
const plateau = grid.filter((g) => g.f1 >= topF1 - 1e-9);
const best = plateau[Math.floor(plateau.length / 2)]!;
console.info(`fit: best dev F0.5 from cut-off ${plateau[0]!.cutoff} to ${plateau[plateau.length - 1]!.cutoff}`);
const at = itemScores(best.cutoff);
console.info('fit: (paragraph-level figures: each paragraph of a text is one lookup)');
console.info(`fit: weights ${FEATURE_NAMES.map((f, k) => `${f} ${fit.weights[k]!.toFixed(2)}`).join(', ')}, bias ${fit.bias.toFixed(2)}`);
console.info(`fit: cut-off ${best.cutoff}: dev items recall ${at.recall.toFixed(3)}, precision ${at.precision.toFixed(3)}, F0.5 ${at.f1.toFixed(3)} (tp ${at.tp}, fn ${at.fn}, fp ${at.fp})`);

const model: ReuseModel = {
  features: [...FEATURE_NAMES],
  weights: fit.weights.map((w) => Math.round(w * 1e4) / 1e4),
  bias: Math.round(fit.bias * 1e4) / 1e4,
  cutoff: best.cutoff,
  fittedOn:
    `scripts/fit-reuse-model.ts on the dev split: ${sets.map((s) => s.name).join(' + ')} + off-topic benchmark paragraphs; ` +
    `${itemsOf.length} items, ${rows.length} spans, L2 ${bestL2.l2} (group 5-fold CV); dev item recall ${at.recall.toFixed(3)}, precision ${at.precision.toFixed(3)}`,
};
if (!dry) {
  writeFileSync(join(ROOT, 'src', 'match', 'reuse-model.json'), JSON.stringify(model, null, 2) + '\n');
  console.info('fit: wrote src/match/reuse-model.json');
} else {
  console.info(`fit: --dry, model not written (current: ${REUSE_MODEL.fittedOn})`);
}

/**
 * The page prior's odds factor, estimated rather than searched (Bayes' rule on the odds): how
 * much likelier a paragraph is to be derived when its page follows a document, against any dev
 * paragraph: odds(derived | page follows a document) / odds(derived). Pages are looked up with
 * the written model and no prior; a page follows a document as `followedDocuments` says.
 */
async function fitPagePrior(): Promise<void> {
  const { pagesOf } = await import('../bench/lib/reuse-eval');
  const { PAGE_PRIOR, followedDocuments, isLongParagraph, lookUp, pooledDocuments, pooledMeans } = await import('../src/match/page-prior');
  const { creditedDocuments } = await import('../src/match/page-credits');
  const graph = await loadSynonymsFile();
  // Dev pages of every set, each with the index of its set.
  const pages: { index: MatchIndex; items: ReuseItem[]; blocks: PageBlock[]; outlets: ReuseSet['outlets'] }[] = [];
  for (const set of [loadSeedSet(), loadReuseReal()].filter((s): s is ReuseSet => s !== null)) {
    const index = indexFor(set);
    index.useSynonyms(graph);
    const items = set.items.filter((i) => i.split === 'dev' && i.kind !== 'shared-quote');
    for (const blocks of pagesOf(items)) pages.push({ index, items, blocks, outlets: set.outlets });
  }
  // First the pooled level (it decides which pages follow a document), then the odds factor
  // with that level: each page's first-pass lookups serve both.
  const looked = pages.map(({ index, items, blocks, outlets }) => {
    const exclude = items[blocks[0]!.item]!.excludeDocs;
    const lookups = blocks.map((b) => lookUp(index, b.text, { excludeDocs: exclude }));
    return { items, blocks, outlets, exclude, lookups, texts: blocks.map((b) => b.text) };
  });
  type Looked = (typeof looked)[number];
  // The pooled level's scores: each (page, document) pair's mean best P(reuse), positive when the
  // document is the page's source.
  const scored: { mean: number; positive: boolean }[] = [];
  for (const { items, blocks, lookups, texts } of looked) {
    const source = blocks.map((b) => items[b.item]!.sourceDoc).find((d) => d !== null) ?? null;
    for (const [doc, mean] of pooledMeans(texts, lookups, PAGE_PRIOR)) scored.push({ mean, positive: doc === source });
  }
  const minPageMean = pooledLevel(scored);
  const fitted = { ...PAGE_PRIOR, minPageMean };
  let derived = 0;
  let other = 0;
  let followedDerived = 0;
  let followedOther = 0;
  for (const { items, blocks, outlets, exclude, lookups, texts } of looked) {
    const hits = lookups.map((l) => l.hits);
    const credited = creditedDocuments(texts, outlets, exclude);
    const follows = followedDocuments(hits, fitted, pooledDocuments(pooledMeans(texts, lookups, fitted), fitted), credited).size > 0;
    blocks.forEach((b, i) => {
      // Only the paragraphs the prior would act on: those the first pass left untraced.
      if (hits[i]!.length > 0) return;
      const isDerived = items[b.item]!.sourceDoc !== null;
      if (isDerived) derived++;
      else other++;
      if (!follows) return;
      if (isDerived) followedDerived++;
      else followedOther++;
    });
  }
  // The likelihood ratio of "the page follows a document" among the paragraphs it acts on (those
  // the first pass left untraced): the odds of derived text where a page follows a document over
  // the odds among all untraced paragraphs. Add-one smoothing: a handful of paragraphs must not
  // give an infinite factor.
  const odds = (a: number, b: number) => (a + 1) / (b + 1);
  const factor = odds(followedDerived, followedOther) / odds(derived, other);
  const estimate = Math.round(Math.max(1, factor) * 100) / 100;
  // The estimate rests on a hundred-odd paragraphs: its log has a standard error of about 0.2
  // (a ratio of two odds: the root of the sum of the four counts' reciprocals). A new estimate
  // within the 95% interval of the written factor is no evidence to move it, and moving it would
  // make the figures chase sampling noise after every engine change: the written factor stays.
  const se = Math.sqrt([followedDerived, followedOther, derived, other].reduce((sum, n) => sum + 1 / (n + 1), 0));
  const [low, high] = [estimate * Math.exp(-1.96 * se), estimate * Math.exp(1.96 * se)];
  const within = PAGE_PRIOR.oddsFactor >= low && PAGE_PRIOR.oddsFactor <= high && !process.argv.includes('--move');
  const oddsFactor = within ? PAGE_PRIOR.oddsFactor : estimate;
  console.info(
    `prior: untraced paragraphs of pages that follow a document: ${followedDerived} derived, ${followedOther} not; ` +
      `all untraced dev paragraphs: ${derived} derived, ${other} not; odds factor ${estimate} ` +
      `(95% interval ${low.toFixed(2)} to ${high.toFixed(2)}); ` +
      (within ? `the written ${PAGE_PRIOR.oddsFactor} lies inside it and stays (--move to write the estimate)` : `written: ${oddsFactor}`),
  );
  /**
   * The odds factor of a match in a document the page does not follow (`dropUnfollowed`), as a
   * function of the page's pooled mean m for that document: a logistic regression of "the match
   * is right" on m over the first-pass matches of dev pages (two or more long paragraphs) whose
   * document the page does not follow, its L2 penalty chosen by leave-one-out log-loss; the
   * factor is its odds over the odds that any first-pass match on those pages is right (Bayes'
   * rule on the odds, as for the raise): log factor = intercept + slope × m.
   */
  function fitUnfollowed(looked: Looked[], prior: PagePrior): PagePrior['unfollowed'] {
    let [right, wrong] = [0, 0];
    const rows: { m: number; y: number }[] = [];
    for (const { items, blocks, outlets, exclude, lookups, texts } of looked) {
      if (texts.filter((t) => isLongParagraph(t, prior)).length < 2) continue;
      const hits = lookups.map((l) => l.hits);
      const means = pooledMeans(texts, lookups, prior);
      const followed = followedDocuments(hits, prior, pooledDocuments(means, prior), creditedDocuments(texts, outlets, exclude));
      blocks.forEach((b, i) => {
        const top = hits[i]![0];
        if (!top) return;
        const isRight = isRightSource(items[b.item]!, top.doc, top.paragraphs);
        if (isRight) right++;
        else wrong++;
        if (!followed.has(top.doc)) rows.push({ m: means.get(top.doc) ?? 0, y: isRight ? 1 : 0 });
      });
    }
    const fit = (data: typeof rows, l2: number) => fitLogistic(data.map((r) => [r.m]), data.map((r) => r.y), data.map(() => 1), l2);
    const looLoss = (l2: number) =>
      rows.reduce((loss, r, k) => {
        const f = fit(rows.filter((_, j) => j !== k), l2);
        const p = Math.min(1 - 1e-9, Math.max(1e-9, 1 / (1 + Math.exp(-(f.bias + f.weights[0]! * r.m)))));
        return loss - (r.y ? Math.log(p) : Math.log(1 - p)) / rows.length;
      }, 0);
    const penalties = [0.003, 0.01, 0.03, 0.1, 0.3, 1];
    const losses = penalties.map(looLoss);
    const l2 = penalties[losses.indexOf(Math.min(...losses))]!;
    const f = fit(rows, l2);
    const logOddsAll = Math.log((right + 1) / (wrong + 1));
    const unfollowed = { intercept: round2(f.bias - logOddsAll), slope: round2(f.weights[0]!) };
    const factorAt = (m: number) => Math.exp(unfollowed.intercept + unfollowed.slope * m).toFixed(3);
    console.info(
      `prior: first-pass matches on dev pages of two or more long paragraphs: ${right} right, ${wrong} wrong; ` +
        `${rows.length} in documents the page does not follow, ${rows.filter((r) => r.y).length} right; ` +
        `L2 ${l2} (leave-one-out log-loss ${losses.map((x) => x.toFixed(3)).join(' ')}); ` +
        `log factor ${unfollowed.intercept} + ${unfollowed.slope} m (factor ${factorAt(0.3)} at m 0.3, ${factorAt(0.5)} at 0.5, ${factorAt(prior.minPageMean)} at ${prior.minPageMean})`,
    );
    return unfollowed;
  }
  const prior = { ...fitted, oddsFactor, unfollowed: fitUnfollowed(looked, fitted) };
  if (!dry) writeFileSync(join(ROOT, 'src', 'match', 'page-prior.json'), JSON.stringify(prior, null, 2) + '\n');
  console.info(`prior: ${dry ? '--dry: not written' : 'written to src/match/page-prior.json'}`);
}

/**
 * The level of a page's pooled evidence at which it follows a document: over dev pages with two or
 * more long paragraphs, each (page, document) pair's mean best P(reuse) is a score, positive when
 * the document is the page's source; the level is the middle of the range that maximises F0.5.
 */
function pooledLevel(scored: { mean: number; positive: boolean }[]): number {
  const f05 = (level: number) => {
    const tp = scored.filter((x) => x.positive && x.mean >= level).length;
    const fp = scored.filter((x) => !x.positive && x.mean >= level).length;
    const fn = scored.filter((x) => x.positive && x.mean < level).length;
    const p = tp + fp ? tp / (tp + fp) : 1;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return p + r ? (1.25 * p * r) / (0.25 * p + r) : 0;
  };
  const levels: { level: number; f: number }[] = [];
  for (let l = 0.3; l <= 0.951; l += 0.01) levels.push({ level: Math.round(l * 100) / 100, f: f05(l) });
  const top = Math.max(...levels.map((x) => x.f));
  const plateau = levels.filter((x) => x.f >= top - 1e-9);
  const level = plateau[Math.floor(plateau.length / 2)]!.level;
  console.info(`prior: pooled evidence over ${scored.length} (page, document) pairs of dev pages: best F0.5 ${top.toFixed(3)} from ${plateau[0]!.level} to ${plateau[plateau.length - 1]!.level}; level ${level}`);
  return level;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
