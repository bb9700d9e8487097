/**
 * Extraction benchmark: our content blocks vs. plain Readability 0.6.0 on the article-extraction
 * benchmark pages (shared/benchmarks/article-extraction, beside the repo), same pages, same run.
 * Metric as the benchmark's README defines it: `\w+` tokens, 4-token shingles with multiplicity,
 * per page tp/fp/fn normalised to sum 1, precision and recall averaged over pages, F1 of the two
 * averages. Also times both (HTML parsing excluded; Readability timed on a clone, as the extension
 * must run it) and counts how many of these article pages the cheap check accepts.
 *
 * Run alone: `npx tsx bench/extraction.ts` (add `--worst` to list the pages we lose most on).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractBlocks, isProbablyArticle, type ExtractedBlock } from '../src/extract/index';
import { EXTRACTION_BENCH, extractionPages } from './lib/pages';
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

/** Runs the benchmark; `{ skipped }` when the benchmark folder is not beside the repo. */
export async function runExtractionBench(options: { worst?: number } = {}): Promise<object> {
  if (!existsSync(GROUND_TRUTH)) {
    const skipped = `article-extraction benchmark not found at ${EXTRACTION_BENCH}: skipped`;
    console.log(skipped);
    return { skipped };
  }
  const truth = JSON.parse(readFileSync(GROUND_TRUTH, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const pages = extractionPages() ?? [];
  const ours: Counts[] = [];
  const plain: Counts[] = [];
  const oursHeadline: Counts[] = [];
  const fallback: Counts[] = [];
  const oursMs: number[] = [];
  const plainMs: number[] = [];
  const checkMs: number[] = [];
  let accepted = 0;
  let fellBack = 0;
  const losses: { id: string; url: string; ours: number; plain: number }[] = [];

  for (const { name: id, html } of pages) {
    const gt = truth[id];
    if (!gt) continue;
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;

    let t = performance.now();
    if (isProbablyArticle(doc)) accepted++;
    checkMs.push(performance.now() - t);

    t = performance.now();
    const { blocks } = extractBlocks(doc);
    oursMs.push(performance.now() - t);
    if (blocks.some((b) => b.reason.includes('fallback scorer'))) fellBack++;
    const ourText = bodyText(blocks);
    const withHeadline = blocks.filter((b) => b.kind === 'content').map((b) => b.text).join('\n');

    t = performance.now();
    const article = new Readability(doc.cloneNode(true) as Document).parse();
    plainMs.push(performance.now() - t);
    const plainText = article?.textContent ?? '';

    // The path huge pages take: our fallback scorer instead of Readability, then the same rules.
    const viaFallback = extractBlocks(doc, { readabilityMaxElements: 0 }).blocks;
    fallback.push(pageCounts(gt.articleBody, bodyText(viaFallback)));

    const o = pageCounts(gt.articleBody, ourText);
    const p = pageCounts(gt.articleBody, plainText);
    ours.push(o);
    oursHeadline.push(pageCounts(gt.articleBody, withHeadline));
    plain.push(p);
    const f = ([tp, fp, fn]: Counts) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
    losses.push({ id, url: gt.url, ours: round(f(o), 4), plain: round(f(p), 4) });
  }

  const result = {
    pages: ours.length,
    ours: { ...summarise(ours), ...ms(oursMs) },
    oursWithHeadline: summarise(oursHeadline),
    /** Readability skipped on every page (as on huge pages): our fallback scorer plus the rules. */
    fallbackPath: summarise(fallback),
    readability: { ...summarise(plain), ...ms(plainMs) },
    cheapCheck: { accepted, of: ours.length, ...ms(checkMs) },
    /** Pages where Readability refused or failed and our fallback scorer found the article. */
    fellBack,
  };
  console.log(`article extraction, ${result.pages} pages`);
  for (const [name, r] of [['ours (body)', result.ours], ['readability 0.6.0', result.readability]] as const) {
    console.log(
      `  ${name.padEnd(18)} P ${r.precision.toFixed(4)}  R ${r.recall.toFixed(4)}  F1 ${r.f1.toFixed(4)}  median ${r.medianMs} ms  p90 ${r.p90Ms} ms`,
    );
  }
  const h = result.oursWithHeadline;
  console.log(`  ours + head & dek  P ${h.precision.toFixed(4)}  R ${h.recall.toFixed(4)}  F1 ${h.f1.toFixed(4)}`);
  const fb = result.fallbackPath;
  console.log(`  fallback path      P ${fb.precision.toFixed(4)}  R ${fb.recall.toFixed(4)}  F1 ${fb.f1.toFixed(4)}  (no Readability, as on huge pages)`);
  console.log(`  fallback scorer used on ${fellBack} of ${result.pages} pages`);
  console.log(`  cheap check accepts ${accepted}/${result.pages} article pages (median ${result.cheapCheck.medianMs} ms)`);
  if (options.worst) {
    losses.sort((a, b) => a.ours - a.plain - (b.ours - b.plain));
    for (const l of losses.slice(0, options.worst)) console.log(`  ${l.id} ours ${l.ours} plain ${l.plain} ${l.url}`);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runExtractionBench({ worst: process.argv.includes('--worst') ? 15 : 0 });
}
