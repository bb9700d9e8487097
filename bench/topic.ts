/**
 * Benchmark of topic detection (src/topic): build time and size of the seed model, the time
 * `scoreTopic` takes on 1,500-word articles (it runs on every article page in the browser), and
 * how well the gate tells real articles on the corpus's story from real articles on anything else
 * (bench/data/topic-real: recall and precision, dev split and held-out split, for the full verdict
 * `analyze` uses and for the content script's quick check on a page's first ~400 words).
 *
 * Run alone: `npx tsx bench/topic.ts` (`--list` prints every page's scores); bench/index.ts calls
 * `runTopicBench`, so `npm run bench -- --json` carries these figures under `topic.real`.
 * Target (from the brief): well under 2 ms per 1,500-word article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { quickTopicText, quickTopicVerdict } from '../src/analysis/quick-topic';
import { buildCorpus } from '../src/corpus/build-corpus';
import { buildTopicModel, scoreTopic, type TopicModel } from '../src/topic';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the benchmark measured. */
export interface TopicBenchResult {
  buildMs: number;
  modelBytes: number;
  /** Per-article scoring time on 1,500-word articles, in ms. */
  scoreMedianMs: number;
  scoreP90Ms: number;
  targetMs: number;
  /** Recall and precision on real articles (bench/data/topic-real), under the bundled corpus's model. */
  real: RealTopicResult | null;
}

/** Where the real-article topic set lives. */
export const TOPIC_REAL_DIR = join(root, 'bench', 'data', 'topic-real');

/** One article of the set, with its text. */
export interface TopicRealPage {
  file: string;
  label: 'on' | 'off';
  url: string;
  split: 'dev' | 'held-out';
  text: string;
}

/** FNV-1a (32 bit) of the file's base name: which split it belongs to (held out when < 30 of 100). */
export function topicRealSplit(file: string): 'dev' | 'held-out' {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(file.slice(file.lastIndexOf('/') + 1), 'utf8')) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h % 100 < 30 ? 'held-out' : 'dev';
}

/** The set's articles (manifest order), or null when the folder is missing. Checks the manifest's split. */
export function loadTopicReal(): TopicRealPage[] | null {
  const manifest = join(TOPIC_REAL_DIR, 'manifest.json');
  if (!existsSync(manifest)) return null;
  const rows = JSON.parse(readFileSync(manifest, 'utf8')) as Omit<TopicRealPage, 'text'>[];
  return rows.map((r) => {
    if (topicRealSplit(r.file) !== r.split) throw new Error(`topic-real: ${r.file} is in ${r.split}, its hash says ${topicRealSplit(r.file)}`);
    return { ...r, text: readFileSync(join(TOPIC_REAL_DIR, r.file), 'utf8') };
  });
}

/** The text `analyze` scores for a plain-text article: its paragraphs (non-empty lines), one a line. */
export function articleText(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** The text the content script's quick check reads, from the article laid out as a page (title, paragraphs). */
export function quickText(text: string): string {
  const [title = '', ...paragraphs] = articleText(text).split('\n');
  const esc = (x: string) => x.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const { document } = parseHTML(`<!doctype html><html><head><title>${esc(title)}</title></head><body>${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`);
  return quickTopicText(document as unknown as Document);
}

/** Counts of one check on one split. `falseMatches` and `misses` name the pages. */
export interface TopicCounts {
  on: number;
  off: number;
  truePositives: number;
  falsePositives: number;
  recall: number;
  precision: number;
  misses: string[];
  falseMatches: string[];
}

/** Per-page verdicts of both checks. */
export interface TopicPageScore {
  file: string;
  label: 'on' | 'off';
  split: 'dev' | 'held-out';
  /** The full verdict (`scoreTopic` on the article text), as a ratio to the line (1). */
  score: number;
  onTopic: boolean;
  /** The quick check (first ~400 words): score, and whether the page goes on to the full analysis. */
  quickScore: number;
  quickPasses: boolean;
}

/** What the real-article evaluation measured. */
export interface RealTopicResult {
  pages: { on: number; off: number; dev: number; heldOut: number };
  /** `scoreTopic` on the whole article: the verdict `analyze` gives. */
  full: { dev: TopicCounts; heldOut: TopicCounts };
  /** The content script's quick check: "passes" = not stopped as clearly off-topic. */
  quick: { dev: TopicCounts; heldOut: TopicCounts };
  /** The article-extraction benchmark's real pages (all off-topic) found on-topic by the full verdict. */
  benchmarkPages: { pages: number; onTopic: string[] } | null;
  scores: TopicPageScore[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function counts(rows: readonly TopicPageScore[], pass: (r: TopicPageScore) => boolean): TopicCounts {
  const on = rows.filter((r) => r.label === 'on');
  const off = rows.filter((r) => r.label === 'off');
  const tp = on.filter(pass).length;
  const fp = off.filter(pass).length;
  return {
    on: on.length,
    off: off.length,
    truePositives: tp,
    falsePositives: fp,
    recall: on.length ? r3(tp / on.length) : 0,
    precision: tp + fp ? r3(tp / (tp + fp)) : 1,
    misses: on.filter((r) => !pass(r)).map((r) => r.file),
    falseMatches: off.filter(pass).map((r) => r.file),
  };
}

/** Scores every page of the set with `model`, both checks. */
export function evaluateTopicReal(model: TopicModel, pages: readonly TopicRealPage[], benchmark?: readonly { url: string; body: string }[]): RealTopicResult {
  const scores = pages.map((p): TopicPageScore => {
    const full = scoreTopic(model, articleText(p.text));
    const quick = quickTopicVerdict(model, quickText(p.text));
    return { file: p.file, label: p.label, split: p.split, score: full.score, onTopic: full.onTopic, quickScore: quick.score, quickPasses: quick.maybeOnTopic };
  });
  const split = (s: 'dev' | 'held-out') => scores.filter((r) => r.split === s);
  return {
    pages: {
      on: pages.filter((p) => p.label === 'on').length,
      off: pages.filter((p) => p.label === 'off').length,
      dev: split('dev').length,
      heldOut: split('held-out').length,
    },
    full: { dev: counts(split('dev'), (r) => r.onTopic), heldOut: counts(split('held-out'), (r) => r.onTopic) },
    quick: { dev: counts(split('dev'), (r) => r.quickPasses), heldOut: counts(split('held-out'), (r) => r.quickPasses) },
    benchmarkPages: benchmark ? { pages: benchmark.length, onTopic: benchmark.filter((b) => scoreTopic(model, b.body).onTopic).map((b) => b.url) } : null,
    scores,
  };
}

/** The article-extraction benchmark's article bodies (all off-topic), or undefined when absent. */
function benchmarkBodies(): { url: string; body: string }[] | undefined {
  const file = join(root, '..', 'shared', 'benchmarks', 'article-extraction', 'ground-truth.json');
  if (!existsSync(file)) return undefined;
  const gt = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.values(gt).map((v) => ({ url: v.url, body: v.articleBody }));
}

/** The model the extension ships: the seeds built as `corpus build seeds` builds them. */
export async function bundledTopicModel(): Promise<TopicModel> {
  return (await buildCorpus(join(root, 'seeds'))).topic;
}

/** Runs the real-article evaluation under the bundled model; null when the set is missing. */
export async function runRealTopicEval(print = true, list = false): Promise<RealTopicResult | null> {
  const pages = loadTopicReal();
  if (!pages) {
    if (print) console.log(`topic-real: ${TOPIC_REAL_DIR} not found, skipped`);
    return null;
  }
  const result = evaluateTopicReal(await bundledTopicModel(), pages, benchmarkBodies());
  if (print) {
    const line = (name: string, c: TopicCounts) =>
      `  ${name.padEnd(22)} recall ${c.recall.toFixed(3)} (${c.truePositives}/${c.on})  precision ${c.precision.toFixed(3)} (${c.falsePositives} of ${c.off} off-topic pass)`;
    console.log(`topic on real articles (bench/data/topic-real: ${result.pages.on} on-topic, ${result.pages.off} off-topic; dev ${result.pages.dev}, held-out ${result.pages.heldOut})`);
    console.log(line('full verdict, dev', result.full.dev));
    console.log(line('full verdict, held-out', result.full.heldOut));
    console.log(line('quick check, dev', result.quick.dev));
    console.log(line('quick check, held-out', result.quick.heldOut));
    if (result.benchmarkPages) console.log(`  article-extraction benchmark pages on-topic: ${result.benchmarkPages.onTopic.length} of ${result.benchmarkPages.pages}`);
    const missed = [...result.full.dev.misses, ...result.full.heldOut.misses];
    const falses = [...result.full.dev.falseMatches, ...result.full.heldOut.falseMatches];
    if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
    if (falses.length) console.log(`  false matches: ${falses.join(', ')}`);
    if (list) {
      for (const r of [...result.scores].sort((a, b) => a.label.localeCompare(b.label) || b.score - a.score)) {
        console.log(`  ${r.label} ${r.split.padEnd(8)} full ${r.score.toFixed(3)} quick ${r.quickScore.toFixed(3)} ${r.file}`);
      }
    }
  }
  return result;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export async function runTopicBench(print = true, list = false): Promise<TopicBenchResult> {
  const dir = join(root, 'seeds');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const docs = texts.map((t) => ({
    paragraphs: t
      .split('\n')
      .filter((l) => l.trim())
      .map((text) => ({ text, kind: 'content' as const })),
  }));
  let t0 = performance.now();
  const model = buildTopicModel(docs);
  const buildMs = performance.now() - t0;
  const stored = JSON.parse(JSON.stringify(model)) as typeof model;

  // 1,500-word articles: every seed's words, cycled, from five starting points.
  const allWords = texts.join('\n').split(/\s+/).filter(Boolean);
  const articles = [0, 1000, 2000, 3000, 4000].map((start) =>
    Array.from({ length: 1500 }, (_, i) => allWords[(start + i) % allWords.length]).join(' '),
  );
  for (let i = 0; i < 20; i++) for (const a of articles) scoreTopic(stored, a); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    for (const a of articles) {
      t0 = performance.now();
      scoreTopic(stored, a);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const result: TopicBenchResult = {
    buildMs,
    modelBytes: JSON.stringify(model).length,
    scoreMedianMs: quantile(times, 0.5),
    scoreP90Ms: quantile(times, 0.9),
    targetMs: 2,
    real: null,
  };
  if (print) {
    console.log(
      `topic: build ${buildMs.toFixed(0)} ms, model ${(result.modelBytes / 1024).toFixed(1)} KB; ` +
        `scoreTopic on 1,500 words median ${result.scoreMedianMs.toFixed(3)} ms, p90 ${result.scoreP90Ms.toFixed(3)} ms ` +
        `(target < ${result.targetMs} ms) ${result.scoreP90Ms < result.targetMs ? 'OK' : 'OVER'}`,
    );
  }
  result.real = await runRealTopicEval(print, list);
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runTopicBench(true, process.argv.includes('--list'));
