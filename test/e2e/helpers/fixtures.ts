/**
 * What the fixture pages expect (test/fixtures/pages/<name>/expected.json, written from the seeds
 * by scripts/make-fixtures.ts) and what the built corpus says about its documents: the browser
 * tests take their expectations from these files instead of restating them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures');

/** One expected block of a fixture page. */
export interface ExpectedBlock {
  text: string;
  kind: 'content' | 'boilerplate';
  /** File of the root source this block traces to (absent when untraced). */
  origin?: string;
  /** Seed file the block's text is taken from. */
  matchFile?: string;
}

/** The expectations of a fixture page. */
export interface Expected {
  name: string;
  title: string;
  onTopic: boolean;
  blocks: ExpectedBlock[];
  quotes?: { text: string; speaker?: string; fidelity: string }[];
}

/** The page's path on the test server. */
export function pagePath(name: string): string {
  return `/pages/${name}/source.html`;
}

export function hasPage(name: string): boolean {
  return existsSync(join(FIXTURES, 'pages', name, 'source.html'));
}

export function expected(name: string): Expected {
  return JSON.parse(readFileSync(join(FIXTURES, 'pages', name, 'expected.json'), 'utf8')) as Expected;
}

/** The origin file most of the page's traced blocks lead to. */
export function mainOrigin(e: Expected): string {
  const counts = new Map<string, number>();
  for (const b of e.blocks) if (b.origin) counts.set(b.origin, (counts.get(b.origin) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!best) throw new Error(`${e.name}: expected.json traces no block`);
  return best[0];
}

/** Outlet name of a corpus document, from the built corpus shipped in dist/chrome. */
export function outletOf(file: string): string {
  const corpus = JSON.parse(readFileSync(join(process.cwd(), 'dist', 'chrome', 'corpus', 'index.json'), 'utf8')) as {
    documents: { file: string; outlet: string }[];
  };
  const doc = corpus.documents.find((d) => d.file === file);
  if (!doc) throw new Error(`corpus has no ${file}`);
  return doc.outlet;
}

/** The off-topic fixture pages (expected.json says `onTopic: false`). */
export function offTopicPages(): string[] {
  const dir = join(FIXTURES, 'pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => hasPage(name) && existsSync(join(dir, name, 'expected.json')))
    .filter((name) => expected(name).onTopic === false)
    .sort();
}

/**
 * A paragraph to select and trace: the longest one of the root source's own page (000), whose
 * origin is that page's seed itself, so the expected origin does not hang on the copy chain.
 */
export function selectionSample(): { page: string; text: string; origin: string } {
  const page = '000-npr-web';
  const blocks = expected(page).blocks.filter((b) => b.origin && b.matchFile === b.origin);
  const longest = blocks.sort((a, b) => b.text.length - a.text.length)[0];
  if (!longest?.origin) throw new Error(`${page}: expected.json has no paragraph of its own seed`);
  return { page, text: longest.text, origin: longest.origin };
}
