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

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared benchmark folder sits beside the repo. */
export const EXTRACTION_PAGES = join(ROOT, '..', 'shared', 'benchmarks', 'article-extraction', 'html');
export const FIXTURE_PAGES = join(ROOT, 'test', 'fixtures', 'pages');

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
  return readdirSync(FIXTURE_PAGES)
    .sort()
    .filter((name) => existsSync(join(FIXTURE_PAGES, name, 'source.html')))
    .map((name) => ({ name, html: readFileSync(join(FIXTURE_PAGES, name, 'source.html'), 'utf8') }));
}

/** A fresh document for one run. */
export function parsePage(page: BenchPage): Document {
  return parseHTML(page.html).document as unknown as Document;
}
