#!/usr/bin/env node
/**
 * Does every real page get analysed? Runs `source-context analyze <page> --json` (in process, the
 * CLI's own `main`) and the corpus builder's `htmlToText` over the gzipped benchmark pages and
 * lists each page the CLI refuses ("no text found in it") or fails on, each page the corpus
 * builder finds no text in, and each page whose DOM (parseHtmlDocument) has an empty <body>; it
 * also counts the pages linkedom alone gives an empty <body>, the parser gap parseHtmlDocument fills.
 *
 *   node scripts/check-refused.mjs [dir ...]     (default: the two benchmark html folders)
 *   node scripts/check-refused.mjs --limit 50    (the first 50 pages of each folder)
 *
 * Exit code 1 when any page was refused or failed.
 */
import { register } from 'tsx/esm/api';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

register();
const { main } = await import('../src/cli/index.ts');
const { htmlToText, parseHtmlDocument } = await import('../src/corpus/html-text.ts');
const { parseHTML } = await import('linkedom');
const { decodeBytes, moveStrayMarkupIntoBody } = await import('../src/text/decode.ts');

const DEFAULT_DIRS = [
  '/work/shared/benchmarks/article-extraction/html',
  '/work/shared/benchmarks/trafilatura-eval/html',
];

const argv = process.argv.slice(2);
let limit = Infinity;
const dirs = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--limit') limit = Number(argv[++i]);
  else dirs.push(argv[i]);
}
if (!dirs.length) dirs.push(...DEFAULT_DIRS);

const tmp = mkdtempSync(join(tmpdir(), 'sc-refused-'));
const refused = [];
const emptyCorpusText = [];
const emptyBody = [];
let linkedomEmptyBody = 0;
const hasText = (document) => /\S/.test(document.body?.textContent ?? '');
let pages = 0;
let paragraphs = 0;
const started = performance.now();
try {
  for (const dir of dirs) {
    const names = readdirSync(dir).filter((n) => /\.html?(\.gz)?$/i.test(n)).sort().slice(0, limit);
    for (const name of names) {
      const path = join(dir, name);
      let bytes = readFileSync(path);
      if (name.endsWith('.gz')) bytes = gunzipSync(bytes);
      const file = join(tmp, name.replace(/\.gz$/, ''));
      writeFileSync(file, bytes);
      pages++;

      const out = [];
      let err = '';
      await main(['analyze', file, '--json'], {
        stdout: (t) => out.push(t),
        stderr: (t) => (err += t),
      });
      let result;
      try {
        result = JSON.parse(out.join('\n'));
      } catch {
        result = { error: err.trim() || 'no output' };
      }
      if (result.error) refused.push({ path, error: result.error });
      else paragraphs += result.blocks?.length ?? 0;

      const decoded = decodeBytes(new Uint8Array(bytes), { name: file });
      if (decoded.ok && decoded.kind === 'html') {
        // As build-from-texts.ts reads an HTML file.
        const text = htmlToText(moveStrayMarkupIntoBody(decoded.text));
        if (!text.ok) emptyCorpusText.push({ path, error: text.reason });
        // The DOM the CLI analyses, and (for comparison) linkedom's own tree of the same markup.
        const markup = moveStrayMarkupIntoBody(decoded.text);
        if (!hasText(parseHtmlDocument(markup))) emptyBody.push({ path, error: 'the DOM has an empty body' });
        if (!hasText(parseHTML(markup).document)) linkedomEmptyBody++;
      }
      rmSync(file);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;

for (const r of refused) console.log(`analyze refused ${r.path}: ${r.error}`);
for (const r of emptyCorpusText) console.log(`corpus text empty ${r.path}: ${r.error}`);
for (const r of emptyBody) console.log(`empty body ${r.path}: ${r.error}`);
console.log(
  `${pages} pages, ${refused.length} refused or failed by analyze, ${emptyCorpusText.length} without corpus text, ` +
    `${emptyBody.length} with an empty body (linkedom alone: ${linkedomEmptyBody}), ` +
    `${paragraphs} blocks analysed, ${seconds.toFixed(1)} s`,
);
process.exitCode = refused.length || emptyCorpusText.length || emptyBody.length ? 1 : 0;
