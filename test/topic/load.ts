/**
 * Real data for the topic tests: the seed documents (one paragraph a line, every line taken as
 * content, so noise such as mastheads or speaker labels is in: the harder case) and the 121 pages
 * of the shared article-extraction benchmark, found beside the repository when present.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TopicSourceDocument } from '../../src/topic';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A seed: its file name, its lines, and the document `buildTopicModel` takes. */
export interface Seed {
  file: string;
  text: string;
  doc: TopicSourceDocument;
}

/** Splits text into paragraphs (non-empty lines), all labelled content. */
export function asDocument(text: string): TopicSourceDocument {
  return {
    paragraphs: text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((t) => ({ text: t, kind: 'content' as const })),
  };
}

/** The five seed documents, in file order. */
export function loadSeeds(): Seed[] {
  const dir = join(root, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      return { file, text, doc: asDocument(text) };
    });
}

/** The five one-subject sources and 25 student answers of test/reuse (`<subject>-<kind>.txt`). */
export function loadReuse(): { sources: { file: string; text: string }[]; answers: { file: string; text: string }[] } {
  const read = (sub: string) => {
    const dir = join(root, 'test', 'reuse', 'data', sub);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
  };
  return { sources: read('sources'), answers: read('answers') };
}

/** Where the shared benchmark lives: `../shared/benchmarks/article-extraction` from the repo root. */
export const BENCHMARK_DIR = join(root, '..', 'shared', 'benchmarks', 'article-extraction');

/** The benchmark's pages (id, url, article body), or null when the folder is not there. */
export function loadBenchmark(): { id: string; url: string; body: string }[] | null {
  const file = join(BENCHMARK_DIR, 'ground-truth.json');
  if (!existsSync(file)) return null;
  const gt = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(gt).map(([id, v]) => ({ id, url: v.url, body: v.articleBody }));
}
