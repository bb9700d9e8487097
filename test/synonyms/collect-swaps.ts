/**
 * Real word swaps of a machine paraphrase: seeds/004_* rewrites NBC's story (seeds/003_*)
 * sentence by sentence. Each 004 sentence is aligned with its most similar 003 sentence (word
 * LCS, at least 60% of the words kept in order); a replaced content word (see `replacements`)
 * whose stem differs from its replacement's is a swap ("angry" -> "furious"). All of 003 is
 * searched: the paraphrase follows its second half, plus the headline.
 *
 *   npx tsx test/synonyms/collect-swaps.ts     # rewrites test/synonyms/swaps.json
 *
 * swaps.json records, for each swap, whether the synonym graph links it directly or through one
 * shared neighbour; synonyms.test.ts asserts the graph still links at least those (a regression
 * test, not a tuning target).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { words, splitSentences, isStopword, stem } from '../../src/text';
import { fnv1a } from '../../src/match/hash';
import type { SynonymGraph } from '../../src/synonyms';
import { loadSynonymsFile } from '../../src/synonyms/load-file';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SWAPS_FILE = join(ROOT, 'test', 'synonyms', 'swaps.json');

export interface Swap {
  /** The original's word (seeds/003) and the paraphrase's (seeds/004), normalised. */
  original: string;
  paraphrase: string;
  direct: boolean;
  /** Linked through one shared neighbour (and not directly). */
  twoStep: boolean;
}

function seedText(prefix: string): string {
  const name = readdirSync(join(ROOT, 'seeds')).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seeds/${prefix}*`);
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

function sentencesOf(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .flatMap((paragraph) => splitSentences(paragraph.replace(/\s+/g, ' ')))
    .map((sentence) => words(sentence))
    .filter((w) => w.length >= 5);
}

/** LCS table of two word lists. */
function lcs(a: string[], b: string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  return t;
}

/**
 * Word replacements between `a` and `b`: in each changed hunk of at most three words a side,
 * the content words of both sides paired in order when both sides have the same number (one or
 * two) of them ("acknowledges" / "recognizes that", "difficult bind" / "tight spot").
 */
function replacements(a: string[], b: string[]): [string, string][] {
  const t = lcs(a, b);
  const out: [string, string][] = [];
  let i = 0;
  let j = 0;
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = () => {
    const x = deleted.filter(isContent);
    const y = inserted.filter(isContent);
    if (deleted.length <= 3 && inserted.length <= 3 && x.length === y.length && x.length <= 2) {
      for (let k = 0; k < x.length; k++) out.push([x[k]!, y[k]!]);
    }
    deleted = [];
    inserted = [];
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && t[i + 1]![j]! >= t[i]![j + 1]!)) deleted.push(a[i++]!);
    else inserted.push(b[j++]!);
  }
  flush();
  return out;
}

const isContent = (word: string) => word.length > 1 && !isStopword(word) && !/\d/.test(word);

/** The swaps between seeds/003 (original) and seeds/004 (paraphrase), in order of appearance. */
export function collectSwaps(): [string, string][] {
  const originals = sentencesOf(seedText('003_'));
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(seedText('004_'))) {
    let best: string[] | undefined;
    let bestShared = 0;
    for (const candidate of originals) {
      const shared = lcs(candidate, sentence)[0]![0]!;
      if (shared > bestShared) {
        bestShared = shared;
        best = candidate;
      }
    }
    // The same sentence, reworded: most of its words kept in order.
    if (!best || bestShared < 0.6 * Math.max(best.length, sentence.length)) continue;
    for (const [x, y] of replacements(best, sentence)) {
      if (!isContent(x) || !isContent(y) || stem(x) === stem(y)) continue;
      const key = `${x}>${y}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([x, y]);
    }
  }
  return pairs;
}

const stemHash = (word: string) => fnv1a(stem(word));

/** Linked through one shared neighbour: some stem is a synonym of both. */
export function twoStepLinked(graph: SynonymGraph, a: number, b: number): boolean {
  const x = graph.neighbours(a);
  const y = graph.neighbours(b);
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) return true;
    if (x[i]! < y[j]!) i++;
    else j++;
  }
  return false;
}

export function swapStatus(graph: SynonymGraph, original: string, paraphrase: string): Swap {
  const a = stemHash(original);
  const b = stemHash(paraphrase);
  const direct = graph.linked(a, b);
  return { original, paraphrase, direct, twoStep: !direct && twoStepLinked(graph, a, b) };
}

async function main() {
  const graph = await loadSynonymsFile();
  if (!graph) process.exit(1);
  const swaps = collectSwaps().map(([x, y]) => swapStatus(graph, x, y));
  const direct = swaps.filter((s) => s.direct).length;
  const twoStep = swaps.filter((s) => s.twoStep).length;
  writeFileSync(SWAPS_FILE, JSON.stringify({ swaps }, null, 1) + '\n');
  for (const s of swaps) console.log(`${s.original} -> ${s.paraphrase}: ${s.direct ? 'linked' : s.twoStep ? 'one shared neighbour' : '-'}`);
  console.log(`${swaps.length} swaps: ${direct} linked directly, ${twoStep} more through one shared neighbour`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
