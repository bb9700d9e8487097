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

/** trafilatura's evaluation set (743 pages), beside the repo like the other benchmark. */
export const TRAFILATURA_BENCH = join(ROOT, '..', 'shared', 'benchmarks', 'trafilatura-eval');

/** One page of trafilatura's set: the decoded HTML and the segments it must and must not yield. */
export interface SegmentPage extends BenchPage {
  url: string;
  with: string[];
  without: string[];
}

/** A `<meta charset>` or `http-equiv="content-type"` declaration in the page's first bytes. */
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes page bytes as a browser does without an HTTP header: a byte-order mark, else the
 * charset the page declares in a `<meta>` of its head (the spec's prescan reads 1,024 bytes; we
 * read the head up to 8 KB, as the parser's later switch would), else UTF-8 with replacement
 * characters. An unknown label also falls back to UTF-8.
 */
export function decodeHtml(bytes: Uint8Array): string {
  let label = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
    const end = head.search(/<body\b/i);
    const m = META_CHARSET.exec(end > 0 ? head.slice(0, end) : head);
    if (m?.[1]) label = m[1].toLowerCase();
    // A page that says UTF-16 in ASCII bytes is not UTF-16 (the spec reads it as UTF-8).
    if (label.startsWith('utf-16')) label = 'utf-8';
  }
  try {
    return new TextDecoder(label).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('utf-8').decode(bytes.subarray(start));
  }
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
