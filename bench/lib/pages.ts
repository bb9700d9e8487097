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
import { decodeBytes } from '../../src/text/decode';

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

/** trafilatura's evaluation set (743 pages), beside the repo like the other benchmark. */
export const TRAFILATURA_BENCH = join(ROOT, '..', 'shared', 'benchmarks', 'trafilatura-eval');

/** One page of trafilatura's set: the decoded HTML and the segments it must and must not yield. */
export interface SegmentPage extends BenchPage {
  url: string;
  with: string[];
  without: string[];
}

/**
 * Page bytes decoded as a browser decodes them (src/text/decode.ts: BOM, then the page's
 * `<meta charset>`, then UTF-8 with replacement characters); UTF-8 for what it refuses.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const decoded = decodeBytes(bytes, { name: 'page.html' });
  return decoded.ok ? decoded.text : new TextDecoder('utf-8').decode(bytes);
}

/** trafilatura's pages, or `undefined` when the folder is missing. */
export function trafilaturaPages(): SegmentPage[] | undefined {
  const list = join(TRAFILATURA_BENCH, 'pages.json');
  if (!existsSync(list)) return undefined;
  const pages = JSON.parse(readFileSync(list, 'utf8')) as { id: string; url: string; with: string[]; without: string[] }[];
  return pages.map((p) => ({
    name: p.id,
    url: p.url,
    with: p.with,
    without: p.without,
    html: decodeHtml(gunzipSync(readFileSync(join(TRAFILATURA_BENCH, 'html', `${p.id}.html.gz`)))),
  }));
}

/**
 * The held-out quarter of a benchmark set: decided by a hash (FNV-1a) of the set's name and the
 * page id, so it never moves. Rules and thresholds are set looking at the other pages only.
 */
export function isHeldOut(set: string, id: string): boolean {
  let h = 0x811c9dc5;
  for (const ch of `${set}/${id}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 4 === 0;
}

/** The fixture pages (`test/fixtures/pages/<name>/source.html`), on- and off-topic. */
export function fixturePages(): BenchPage[] {
  return fixtureNames().map((name) => ({ name, html: fixtureHtml(name) }));
}

/** A fresh document for one run. */
export function parsePage(page: BenchPage): Document {
  return parseHTML(page.html).document as unknown as Document;
}
