/**
 * What the fixture pages expect (test/fixtures/pages/<name>/expected.json, written from the seeds
 * by scripts/make-fixtures.ts) and what the built corpus says about its documents: the browser
 * tests take their expectations from these files instead of restating them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedOf, fixtureNames, type ExpectedPage } from '../../fixture-pages';

export const FIXTURES = join(process.cwd(), 'test', 'fixtures');

/** The page's path on the test server. */
export function pagePath(name: string): string {
  return `/pages/${name}/source.html`;
}

/** The origin file most of the page's traced blocks lead to. */
export function mainOrigin(e: ExpectedPage): string {
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
  return fixtureNames().filter((name) => expectedOf(name).onTopic === false);
}

/**
 * A paragraph to select and trace: the longest one of the root source's own page (000), whose
 * origin is that page's seed itself, so the expected origin does not hang on the copy chain.
 */
export function selectionSample(): { page: string; text: string; origin: string } {
  const page = '000-npr-web';
  const blocks = expectedOf(page).blocks.filter((b) => b.origin && b.matchFile === b.origin);
  const longest = blocks.sort((a, b) => b.text.length - a.text.length)[0];
  if (!longest?.origin) throw new Error(`${page}: expected.json has no paragraph of its own seed`);
  return { page, text: longest.text, origin: longest.origin };
}
