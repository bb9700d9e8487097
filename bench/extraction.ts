/**
 * Extraction benchmark: our content blocks vs. plain Readability.js 0.6.0 (`new Readability(clone)
 * .parse().textContent` under linkedom), same pages, same run, on two sets beside the repo:
 *
 * - shared/benchmarks/article-extraction (121 pages): the benchmark's metric, `\w+` tokens, 4-token
 *   shingles with multiplicity, per page tp/fp/fn normalised to sum 1, precision and recall averaged
 *   over pages, F1 of the two averages; our text is the body (content blocks without headline/dek).
 * - shared/benchmarks/trafilatura-eval (743 pages, decoded as a browser would): trafilatura's
 *   metric, each `with` segment found in the text a TP (else FN), each `without` segment found an
 *   FP (else TN), counts summed over pages, whitespace collapsed; our text is every content block.
 *
 * Pages are parsed as the CLI parses them (`parseHtmlDocument`: linkedom, or the WHATWG tree
 * builder for the malformed pages linkedom nests wrongly), for both extractors.
 *
 * Each set is split by a hash of the page id (bench/lib/pages `isHeldOut`, a quarter held out):
 * thresholds are set on `dev` only; `heldOut` is reported beside it. Also: pages refused or failed
 * (an exception or no text) and milliseconds per page (HTML parsing excluded; Readability.js timed
 * with its clone, as the extension must clone; each extractor starts on a collected heap, see
 * `timed`).
 *
 * Run alone: `npx tsx bench/extraction.ts` (`--dev` dev split only, `--set trafilatura-eval`,
 * `--worst` the dev pages we lose most on, `--dump file.json` per-page dev counts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from '../src/corpus/html-text';
import { extractBlocks, isProbablyArticle, type ExtractedBlock, type ExtractOptions } from '../src/extract/index';
import { EXTRACTION_BENCH, extractionPages, isHeldOut, TRAFILATURA_BENCH, trafilaturaPages } from './lib/pages';
import { collapseWhitespace } from '../src/text';
import { round, spread } from './lib/stats';

const GROUND_TRUTH = join(EXTRACTION_BENCH, 'ground-truth.json');

/** tp, fp, fn of one page, normalised to sum 1. */
type Counts = [number, number, number];

function shingles(text: string): Map<string, number> {
  const tokens = text.match(/\w+/gu) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The benchmark's per-page score of `predicted` against `truth`. */
export function pageCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of p) {
    const m = t.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of t) fn += Math.max(0, m - (p.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

/** Average precision and recall over pages, and the F1 of the two. */
export function summarise(pages: Counts[]): { precision: number; recall: number; f1: number } {
  const ratio = (a: number, b: number) => (a + b > 0 ? a / (a + b) : 0);
  const precision = pages.reduce((s, [tp, fp]) => s + ratio(tp, fp), 0) / (pages.length || 1);
  const recall = pages.reduce((s, [tp, , fn]) => s + ratio(tp, fn), 0) / (pages.length || 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision, 4), recall: round(recall, 4), f1: round(f1, 4) };
}


/**
 * Our article text: content blocks without the headline and the dek. The ground truth is the body
 * without them; we keep both as content (with a `role`), so they are scored apart.
 */
function bodyText(blocks: ExtractedBlock[]): string {
  return blocks.filter((b) => b.kind === 'content' && !b.role).map((b) => b.text).join('\n');
}

function ms(values: number[]): { medianMs: number; p90Ms: number } {
  const { median, p90 } = spread(values);
  return { medianMs: median, p90Ms: p90 };
}

/** What one extractor did on one page. */
interface Run {
  text: string;
  ms: number;
  /** Set when it threw or returned no text: why. */
  refused?: string;
}

/**
 * Starts a timing on a collected heap, where Node was started with `--expose-gc` (the bench's
 * fresh process is): one process runs both extractors page after page, and without this each
 * paid for collecting the other's garbage and the pages' parse trees, a cost that depends on
 * which ran before it rather than on its own work (it made our p90 read 1.08x Readability.js's
 * where each extractor timed alone in a fresh process read about 1.5x).
 */
function timed(): () => number {
  (globalThis as { gc?: () => void }).gc?.();
  const t = performance.now();
  return () => performance.now() - t;
}

/** Our extraction of a page: the content blocks (`body`: without headline and dek). */
function runOurs(html: string, body: boolean, options: ExtractOptions = {}): Run & { fellBack: boolean } {
  const doc = parseHtmlDocument(html);
  const elapsed = timed();
  const { blocks } = extractBlocks(doc, options);
  const ms = elapsed();
  const failed = blocks.find((b) => b.reason.startsWith('extraction failed'));
  const text = body ? bodyText(blocks) : blocks.filter((b) => b.kind === 'content').map((b) => b.text).join('\n');
  const fellBack = blocks.some((b) => b.reason.includes('fallback scorer'));
  if (failed) return { text: '', ms, refused: failed.reason, fellBack };
  return text.trim() ? { text, ms, fellBack } : { text, ms, refused: 'no content', fellBack };
}

/** Plain Readability.js on a clone of the page (the clone timed too, as the extension must). */
function runReadability(html: string): Run {
  const doc = parseHtmlDocument(html);
  const elapsed = timed();
  try {
    const text = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    const ms = elapsed();
    return text.trim() ? { text, ms } : { text: '', ms, refused: 'no article' };
  } catch (e) {
    return { text: '', ms: elapsed(), refused: `threw: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** trafilatura's per-page counts: segments found (tp / fp) or not (fn / tn) in the text. */
type SegmentCounts = { tp: number; fp: number; fn: number; tn: number };

export function segmentCounts(text: string, page: { with: string[]; without: string[] }): SegmentCounts {
  const hay = collapseWhitespace(text);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of page.with) hay.includes(collapseWhitespace(s)) ? c.tp++ : c.fn++;
  for (const s of page.without) hay.includes(collapseWhitespace(s)) ? c.fp++ : c.tn++;
  return c;
}

/** Precision, recall, accuracy and F1 from counts summed over pages (trafilatura's way). */
export function summariseSegments(pages: SegmentCounts[]) {
  const s = pages.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
  const precision = s.tp / (s.tp + s.fp || 1);
  const recall = s.tp / (s.tp + s.fn || 1);
  const accuracy = (s.tp + s.tn) / (s.tp + s.fp + s.fn + s.tn || 1);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision, 4), recall: round(recall, 4), accuracy: round(accuracy, 4), f1: round(f1, 4) };
}

/** One extractor's figures on one split. */
interface SideFigures {
  pages: number;
  refused: number;
  refusedPages: string[];
  medianMs: number;
  p90Ms: number;
}

function side(runs: { id: string; run: Run }[]): SideFigures {
  const refusedPages = runs.filter((r) => r.run.refused).map((r) => `${r.id}: ${r.run.refused}`);
  return { pages: runs.length, refused: refusedPages.length, refusedPages, ...ms(runs.map((r) => r.run.ms)) };
}

const SPLITS = ['dev', 'heldOut', 'all'] as const;
type Split = (typeof SPLITS)[number];
const inSplit = (split: Split, set: string, id: string) => split === 'all' || (split === 'heldOut') === isHeldOut(set, id);

/** Each split's figures for ours and Readability.js: the set's metric (`summary`) and `side`'s. */
function bySplit<C, S>(
  set: string,
  rows: readonly { id: string; ours: Run; plain: Run; o: C; p: C }[],
  summary: (counts: C[]) => S,
): Record<Split, { pages: number; ours: S & SideFigures; readability: S & SideFigures }> {
  const figures = (r: typeof rows, run: 'ours' | 'plain', counts: 'o' | 'p') => ({
    ...summary(r.map((x) => x[counts])),
    ...side(r.map((x) => ({ id: x.id, run: x[run] }))),
  });
  return Object.fromEntries(
    SPLITS.map((split) => {
      const r = rows.filter((x) => inSplit(split, set, x.id));
      return [split, { pages: r.length, ours: figures(r, 'ours', 'o'), readability: figures(r, 'plain', 'p') }];
    }),
  ) as Record<Split, { pages: number; ours: S & SideFigures; readability: S & SideFigures }>;
}

/** The 121 pages of the article-extraction benchmark (shingle metric), dev and held-out apart. */
function articleExtractionSet(options: { worst?: number; only?: Split }) {
  if (!existsSync(GROUND_TRUTH)) return { skipped: `article-extraction benchmark not found at ${EXTRACTION_BENCH}` };
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const rows: { id: string; url: string; ours: Run; plain: Run; o: Counts; p: Counts; head: Counts; fb: Counts; fellBack: boolean; checkMs: number; accepted: boolean }[] = [];
  for (const { name: id, html } of extractionPages() ?? []) {
    const gt = truth[id];
    if (!gt) continue;
    if (options.only && !inSplit(options.only, 'article-extraction', id)) continue;
    const doc = parseHtmlDocument(html);
    const t = performance.now();
    const accepted = isProbablyArticle(doc);
    const checkMs = performance.now() - t;
    const ours = runOurs(html, true);
    const withHead = runOurs(html, false);
    const plain = runReadability(html);
    // The path huge pages take: our fallback scorer instead of Readability, then the same rules.
    const viaFallback = extractBlocks(parseHtmlDocument(html), { readabilityMaxElements: 0 }).blocks;
    rows.push({
      id,
      url: gt.url,
      ours,
      plain,
      o: pageCounts(gt.articleBody, ours.text),
      p: pageCounts(gt.articleBody, plain.text),
      head: pageCounts(gt.articleBody, withHead.text),
      fb: pageCounts(gt.articleBody, bodyText(viaFallback)),
      fellBack: ours.fellBack,
      checkMs,
      accepted,
    });
  }
  const splits = bySplit('article-extraction', rows, summarise);
  const f = ([tp, fp, fn]: Counts) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  const losses = rows
    .filter((x) => !isHeldOut('article-extraction', x.id))
    .map((x) => ({ id: x.id, url: x.url, ours: round(f(x.o), 4), plain: round(f(x.p), 4) }))
    .sort((a, b) => a.ours - a.plain - (b.ours - b.plain));
  return {
    pages: rows.length,
    metric: 'shingles of 4 \\w+ tokens, P and R averaged over pages (the benchmark README)',
    ...splits,
    /** Back-compatible headline figures: all pages. */
    ours: splits.all.ours,
    readability: splits.all.readability,
    oursWithHeadline: summarise(rows.map((x) => x.head)),
    /** Readability skipped on every page (as on huge pages): our fallback scorer plus the rules. */
    fallbackPath: summarise(rows.map((x) => x.fb)),
    cheapCheck: { accepted: rows.filter((x) => x.accepted).length, of: rows.length, ...ms(rows.map((x) => x.checkMs)) },
    /** Pages where Readability refused or failed and our fallback scorer found the article. */
    fellBack: rows.filter((x) => x.fellBack).length,
    worstDev: losses.slice(0, options.worst ?? 0),
  };
}

/** trafilatura's 743 pages (segment metric), dev and held-out apart. */
function trafilaturaSet(options: { worst?: number; only?: Split; dump?: string }) {
  const pages = trafilaturaPages();
  if (!pages) return { skipped: `trafilatura-eval not found at ${TRAFILATURA_BENCH}` };
  const rows: { id: string; url: string; ours: Run; plain: Run; o: SegmentCounts; p: SegmentCounts; fb: SegmentCounts; fbMs: number }[] = [];
  for (const page of pages) {
    if (options.only && !inSplit(options.only, 'trafilatura-eval', page.name)) continue;
    const ours = runOurs(page.html, false);
    const plain = runReadability(page.html);
    // The path huge pages take: our fallback scorer instead of Readability, then the same rules.
    const viaFallback = runOurs(page.html, false, { readabilityMaxElements: 0 });
    rows.push({
      id: page.name,
      url: page.url,
      ours,
      plain,
      o: segmentCounts(ours.text, page),
      p: segmentCounts(plain.text, page),
      fb: segmentCounts(viaFallback.text, page),
      fbMs: viaFallback.ms,
    });
  }
  if (options.dump) {
    const dev = rows.filter((x) => !isHeldOut('trafilatura-eval', x.id));
    writeFileSync(options.dump, JSON.stringify(dev.map((x) => ({ id: x.id, url: x.url, o: x.o, p: x.p }))));
  }
  const splits = bySplit('trafilatura-eval', rows, summariseSegments);
  const score = (c: SegmentCounts) => c.tp - c.fp;
  const worstDev = rows
    .filter((x) => !isHeldOut('trafilatura-eval', x.id))
    .map((x) => ({ id: x.id, url: x.url, ours: x.o, plain: x.p, delta: score(x.o) - score(x.p) }))
    .sort((a, b) => a.delta - b.delta)
    .slice(0, options.worst ?? 0);
  /** Readability skipped on every page: what our own scorer plus the rules and model reach, and how fast. */
  const fallbackPath = Object.fromEntries(
    SPLITS.map((split) => {
      const r = rows.filter((x) => inSplit(split, 'trafilatura-eval', x.id));
      return [split, { ...summariseSegments(r.map((x) => x.fb)), ...ms(r.map((x) => x.fbMs)) }];
    }),
  ) as Record<Split, ReturnType<typeof summariseSegments> & { medianMs: number; p90Ms: number }>;
  return {
    pages: rows.length,
    metric: "trafilatura's: with/without segments found in the text, counts summed over pages",
    ...splits,
    fallbackPath,
    worstDev,
  };
}

function printSet(name: string, r: Record<string, unknown>): void {
  if (r.skipped) {
    console.log(`${name}: ${String(r.skipped)}: skipped`);
    return;
  }
  console.log(`${name}, ${String(r.pages)} pages`);
  console.log(`  ${'split'.padEnd(8)} ${'extractor'.padEnd(15)} ${'pages'.padStart(5)}  ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  refused  median ms  p90 ms`);
  for (const split of SPLITS) {
    const s = r[split] as { pages: number; ours: Record<string, number>; readability: Record<string, number> } | undefined;
    if (!s) continue;
    for (const [label, x] of [['ours', s.ours], ['readability.js', s.readability]] as const) {
      console.log(
        `  ${split.padEnd(8)} ${label.padEnd(15)} ${String(s.pages).padStart(5)}  ${x.precision!.toFixed(4)} ${x.recall!.toFixed(4)} ${x.f1!.toFixed(4)}  ` +
          `${String(x.refused).padStart(7)}  ${String(x.medianMs).padStart(9)}  ${String(x.p90Ms).padStart(6)}`,
      );
    }
  }
  for (const w of (r.worstDev as object[] | undefined) ?? []) console.log(`  worst (dev) ${JSON.stringify(w)}`);
}

/**
 * Runs both benchmark sets; a set whose folder is not beside the repo is `{ skipped }`.
 * `only` restricts to one split (development runs: `--dev`), `dump` writes per-page dev counts.
 */
export async function runExtractionBench(options: { worst?: number; only?: Split; dump?: string; sets?: string[] } = {}): Promise<object> {
  const sets = options.sets ?? ['article-extraction', 'trafilatura-eval'];
  const articleExtraction = sets.includes('article-extraction') ? articleExtractionSet(options) : { skipped: 'not asked' };
  printSet('article-extraction (scrapinghub)', articleExtraction);
  if ('fallbackPath' in articleExtraction) {
    const h = articleExtraction.oursWithHeadline;
    const fb = articleExtraction.fallbackPath;
    console.log(`  ours + head & dek (all)  P ${h.precision.toFixed(4)}  R ${h.recall.toFixed(4)}  F1 ${h.f1.toFixed(4)}`);
    console.log(`  fallback path (all)      P ${fb.precision.toFixed(4)}  R ${fb.recall.toFixed(4)}  F1 ${fb.f1.toFixed(4)}  (no Readability, as on huge pages)`);
    console.log(`  fallback scorer used on ${articleExtraction.fellBack} of ${articleExtraction.pages} pages`);
    console.log(`  cheap check accepts ${articleExtraction.cheapCheck.accepted}/${articleExtraction.pages} article pages (median ${articleExtraction.cheapCheck.medianMs} ms)`);
  }
  const trafilatura = sets.includes('trafilatura-eval') ? trafilaturaSet(options) : { skipped: 'not asked' };
  printSet("trafilatura-eval (trafilatura's set)", trafilatura);
  if ('fallbackPath' in trafilatura) {
    for (const split of SPLITS) {
      const fb = trafilatura.fallbackPath[split];
      if (fb) console.log(`  fallback path (${split.padEnd(7)}) P ${fb.precision.toFixed(4)}  R ${fb.recall.toFixed(4)}  F1 ${fb.f1.toFixed(4)}  p90 ${fb.p90Ms} ms  (no Readability, as on huge pages)`);
    }
  }
  // The 121-page figures stay at the top level (ours, readability, ...) for earlier readers.
  return { ...articleExtraction, trafilatura };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const set = arg('--set');
  const dump = arg('--dump');
  await runExtractionBench({
    worst: process.argv.includes('--worst') ? 15 : 0,
    ...(process.argv.includes('--dev') ? { only: 'dev' as const } : {}),
    ...(set ? { sets: [set] } : {}),
    ...(dump ? { dump } : {}),
  });
}
