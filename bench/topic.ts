/**
 * Benchmark of topic detection (src/topic): build time and size of the seed model, and the time
 * `scoreTopic` takes on 1,500-word articles (it runs on every article page in the browser).
 *
 * Run alone: `npx tsx bench/topic.ts`; bench/index.ts may call `runTopicBench`.
 * Target (from the brief): well under 2 ms per 1,500-word article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { buildTopicModel, scoreTopic } from '../src/topic';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the benchmark measured. */
export interface TopicBenchResult {
  buildMs: number;
  modelBytes: number;
  /** Per-article scoring time on 1,500-word articles, in ms. */
  scoreMedianMs: number;
  scoreP90Ms: number;
  targetMs: number;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export function runTopicBench(print = true): TopicBenchResult {
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
  };
  if (print) {
    console.log(
      `topic: build ${buildMs.toFixed(0)} ms, model ${(result.modelBytes / 1024).toFixed(1)} KB; ` +
        `scoreTopic on 1,500 words median ${result.scoreMedianMs.toFixed(3)} ms, p90 ${result.scoreP90Ms.toFixed(3)} ms ` +
        `(target < ${result.targetMs} ms) ${result.scoreP90Ms < result.targetMs ? 'OK' : 'OVER'}`,
    );
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runTopicBench();
