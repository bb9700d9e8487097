/**
 * The five seed documents split the way the corpus keeps them (one paragraph a non-empty line),
 * plus off-topic paragraphs from the article-extraction benchmark when it is present.
 * Shared by the matcher's evaluation test and bench/match-scale.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexedParagraph } from '../../src/match/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Transcript speaker labels ("MANN:", "BRIAN MANN, BYLINE:") are split off by the corpus builder;
 * the evaluation strips them the same way so 001's text is compared without them.
 */
const SPEAKER_LABEL = /^[A-Z][A-Z .'’-]+(?:, [A-Z]+)?: /;

/** File names of the seeds, sorted (index = document number). */
export function seedFileNames(): string[] {
  return readdirSync(join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** Paragraphs of each seed, in file order (index = document number). */
export function loadSeedParagraphs(): string[][] {
  const dir = join(ROOT, 'seeds');
  return seedFileNames().map((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim().replace(SPEAKER_LABEL, ''))
        .filter((line) => line.length > 0),
    );
}

/** Every seed paragraph as the matcher's input. */
export function seedIndexedParagraphs(seeds: string[][] = loadSeedParagraphs()): IndexedParagraph[] {
  return seeds.flatMap((paras, doc) => paras.map((text, paragraph) => ({ doc, paragraph, text })));
}

/** Where the benchmark ground truth lives: beside the repo (CI) or in /work/shared. */
export function groundTruthPath(): string | undefined {
  const candidates = [
    resolve(ROOT, '../shared/benchmarks/article-extraction/ground-truth.json'),
    '/work/shared/benchmarks/article-extraction/ground-truth.json',
  ];
  return candidates.find((p) => existsSync(p));
}

/**
 * Article bodies of the benchmark, one string array of paragraphs per article, in key order
 * (deterministic). Empty when the benchmark is not present.
 */
export function loadBenchmarkArticles(): string[][] {
  const path = groundTruthPath();
  if (!path) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.keys(data)
    .sort()
    .map((k) =>
      (data[k]?.articleBody ?? '')
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .filter((paras) => paras.length > 0);
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpora and revisions every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
