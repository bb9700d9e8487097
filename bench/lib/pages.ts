/**
 * Pages the analysis benchmark feeds to `analyzeDocumentSync`: the article-extraction benchmark's
 * real news pages (off-topic for our corpus) and the seed fixture pages. Kept as HTML strings and
 * parsed again for every run, since extraction may mark up the document it reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { fixtureHtml, fixtureNames } from '../../test/fixture-pages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared benchmark folder sits beside the repo. */
export const EXTRACTION_BENCH = join(ROOT, '..', 'shared', 'benchmarks', 'article-extraction');
export const EXTRACTION_PAGES = join(EXTRACTION_BENCH, 'html');

/** One page: a name and its HTML. */
export interface BenchPage {
  name: string;
  html: string;
}

/** The article-extraction benchmark pages, or `undefined` when the folder is missing. */
export function extractionPages(): BenchPage[] | undefined {
  if (!existsSync(EXTRACTION_PAGES)) return undefined;
  return readdirSync(EXTRACTION_PAGES)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => ({ name: f.slice(0, -'.html.gz'.length), html: gunzipSync(readFileSync(join(EXTRACTION_PAGES, f))).toString('utf8') }));
}

/** The fixture pages (`test/fixtures/pages/<name>/source.html`), on- and off-topic. */
export function fixturePages(): BenchPage[] {
  return fixtureNames().map((name) => ({ name, html: fixtureHtml(name) }));
}

/** A fresh document for one run. */
export function parsePage(page: BenchPage): Document {
  return parseHTML(page.html).document as unknown as Document;
}
