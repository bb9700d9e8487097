/**
 * A synonym graph over content-stem hashes: the same `fnv1a(stem)` keys as `TextFeatures.stems`,
 * so the matcher can ask "are these two stems linked as synonyms?" without strings.
 *
 * Links are undirected. In memory the graph is CSR: the node hashes ascending, one offset per
 * node, and each node's neighbour hashes ascending in one shared array (a lookup is one binary
 * search for the node, one for the neighbour, and no allocation).
 *
 * Binary format (little-endian; version 1):
 *
 *   offset  size        field
 *   0       4           magic "SYNG"
 *   4       4           version (1)
 *   8       4           node count n
 *   12      4           link count m (undirected links)
 *   16      4           byte length of the neighbour section
 *   20      4 * n       node stem hashes, ascending (Uint32)
 *   ...     varints     n upper degrees: how many neighbours of node i have an index > i
 *                      (the CSR offsets of the neighbour section are their prefix sums)
 *   ...     varints     neighbour section: for each node i, its neighbours j > i ascending, as
 *                      node-index gaps: j0 - i - 1, then j(k) - j(k-1) - 1
 *
 * Each link is stored once, at its lower-indexed end; decoding restores both directions. Pure
 * TypeScript: no Node or browser API, so the background, a content script and Node all use it.
 */
import { sortedIndexOf } from '../match/features';

export interface SynonymGraph {
  /** Nodes (stems with at least one link). */
  readonly nodeCount: number;
  /** Undirected links. */
  readonly linkCount: number;
  /** Every node's stem hash, ascending. Do not modify. */
  readonly nodes: Uint32Array;
  /** The neighbours' stem hashes, ascending; empty when `stemHash` has none. Do not modify. */
  neighbours(stemHash: number): Uint32Array;
  /** True when `a` and `b` are linked (either order). */
  linked(a: number, b: number): boolean;
}

export const SYNONYM_MAGIC = 0x474e5953; // "SYNG" read as a little-endian Uint32
export const SYNONYM_VERSION = 1;
const HEADER_BYTES = 20;
const EMPTY = new Uint32Array(0);

class CsrSynonymGraph implements SynonymGraph {
  constructor(
    readonly nodes: Uint32Array,
    /** n + 1 offsets into `adjacency`. */
    private readonly offsets: Uint32Array,
    /** Neighbour hashes, each node's run ascending. */
    private readonly adjacency: Uint32Array,
    readonly linkCount: number,
  ) {}

  get nodeCount(): number {
    return this.nodes.length;
  }

  neighbours(stemHash: number): Uint32Array {
    const i = sortedIndexOf(this.nodes, stemHash >>> 0);
    if (i < 0) return EMPTY;
    return this.adjacency.subarray(this.offsets[i]!, this.offsets[i + 1]!);
  }

  linked(a: number, b: number): boolean {
    const i = sortedIndexOf(this.nodes, a >>> 0);
    if (i < 0) return false;
    return sortedIndexOf(this.adjacency, b >>> 0, this.offsets[i]!, this.offsets[i + 1]!) >= 0;
  }
}


/**
 * The CSR graph from node hashes (ascending, distinct) and each link once as a pair of node
 * indices `lower[k] < upper[k]`, the pairs ordered by (lower, upper) and distinct.
 */
function fromUpperLinks(nodes: Uint32Array, lower: Uint32Array, upper: Uint32Array): CsrSynonymGraph {
  const n = nodes.length;
  const m = lower.length;
  const offsets = new Uint32Array(n + 1);
  for (let k = 0; k < m; k++) {
    offsets[lower[k]! + 1]!++;
    offsets[upper[k]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const adjacency = new Uint32Array(2 * m);
  // Pairs ordered by lower end: node j receives its lower neighbours (from pairs whose lower end
  // is < j) before its own upper run, both ascending, so every run comes out ascending.
  for (let k = 0; k < m; k++) {
    const i = lower[k]!;
    const j = upper[k]!;
    adjacency[fill[i]!++] = nodes[j]!;
    adjacency[fill[j]!++] = nodes[i]!;
  }
  return new CsrSynonymGraph(nodes, offsets, adjacency, m);
}

/**
 * A graph from links given as pairs of stem hashes, in any order and either direction.
 * Self-links and repeats are dropped; nodes are the stems with at least one link.
 */
export function buildSynonymGraph(links: Iterable<readonly [number, number]>): SynonymGraph {
  const as: number[] = [];
  const bs: number[] = [];
  const seen = new Set<number>();
  for (const [x, y] of links) {
    const a = x >>> 0;
    const b = y >>> 0;
    if (a === b) continue;
    as.push(a);
    bs.push(b);
    seen.add(a);
    seen.add(b);
  }
  const nodes = Uint32Array.from(seen).sort();
  const index = new Map<number, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i]!, i);
  const n = nodes.length;
  // One number per pair, lower * n + upper (n^2 stays far below 2^53), sorted and deduplicated.
  const keys = new Float64Array(as.length);
  for (let k = 0; k < as.length; k++) {
    const i = index.get(as[k]!)!;
    const j = index.get(bs[k]!)!;
    keys[k] = i < j ? i * n + j : j * n + i;
  }
  keys.sort();
  let distinct = 0;
  for (let k = 0; k < keys.length; k++) if (k === 0 || keys[k] !== keys[k - 1]) keys[distinct++] = keys[k]!;
  const lower = new Uint32Array(distinct);
  const upper = new Uint32Array(distinct);
  for (let k = 0; k < distinct; k++) {
    const key = keys[k]!;
    lower[k] = Math.floor(key / n);
    upper[k] = key - lower[k]! * n;
  }
  return fromUpperLinks(nodes, lower, upper);
}

/** Every link of `graph` once, as [lower hash, higher hash], ascending. */
export function* synonymLinks(graph: SynonymGraph): Generator<[number, number]> {
  for (const a of graph.nodes) {
    for (const b of graph.neighbours(a)) if (b > a) yield [a, b];
  }
}

/**
 * The subgraph of the links that touch any of `stemHashes`: each given stem with all its
 * neighbours, and so each such neighbour linked back to the given stems it touches (links are
 * undirected). Links between two neighbours that are not themselves given are left out.
 */
export function restrictSynonyms(graph: SynonymGraph, stemHashes: Iterable<number>): SynonymGraph {
  // The given stems that have links, ascending and distinct.
  const wanted: number[] = [];
  for (const raw of stemHashes) if (graph.neighbours(raw).length > 0) wanted.push(raw >>> 0);
  const given = distinctAscending(Uint32Array.from(wanted));
  // Nodes: the given stems and all their neighbours.
  let size = given.length;
  for (const s of given) size += graph.neighbours(s).length;
  const all = new Uint32Array(size);
  let at = 0;
  for (const s of given) {
    all[at++] = s;
    all.set(graph.neighbours(s), at);
    at += graph.neighbours(s).length;
  }
  const nodes = distinctAscending(all);
  const n = nodes.length;
  // A given stem keeps its whole run; any other node gets back the given stems it touches.
  const isGiven = new Uint8Array(n);
  const offsets = new Uint32Array(n + 1);
  for (const s of given) {
    const i = sortedIndexOf(nodes, s, 0, n);
    isGiven[i] = 1;
    offsets[i + 1] = graph.neighbours(s).length;
  }
  for (const s of given) {
    for (const t of graph.neighbours(s)) {
      const j = sortedIndexOf(nodes, t, 0, n);
      if (!isGiven[j]) offsets[j + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const adjacency = new Uint32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  // Given stems in ascending order: each other node's run comes out ascending.
  for (const s of given) {
    const run = graph.neighbours(s);
    const i = sortedIndexOf(nodes, s, 0, n);
    adjacency.set(run, fill[i]!);
    for (const t of run) {
      const j = sortedIndexOf(nodes, t, 0, n);
      if (!isGiven[j]) adjacency[fill[j]!++] = s;
    }
  }
  return new CsrSynonymGraph(nodes, offsets, adjacency, offsets[n]! / 2);
}

/** `values` sorted in place, then its distinct values. */
function distinctAscending(values: Uint32Array): Uint32Array {
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  return values.subarray(0, kept);
}

/** The binary form of `graph` (see the format above); deterministic for a given graph. */
export function encodeSynonymGraph(graph: SynonymGraph): Uint8Array {
  const nodes = graph.nodes;
  const n = nodes.length;
  const degrees = new Writer();
  const lists = new Writer();
  let links = 0;
  for (let i = 0; i < n; i++) {
    const own = nodes[i]!;
    const run = graph.neighbours(own);
    // The run is ascending, so the neighbours with a higher index (= a higher hash) are its tail.
    let start = 0;
    while (start < run.length && run[start]! <= own) start++;
    degrees.varint(run.length - start);
    let previous = i;
    let lo = i + 1;
    for (let k = start; k < run.length; k++) {
      const j = sortedIndexOf(nodes, run[k]!, lo, n);
      if (j < 0) throw new Error(`synonym graph: neighbour ${run[k]} of ${own} is not a node`);
      lists.varint(j - previous - 1);
      previous = j;
      lo = j + 1;
      links++;
    }
  }
  const degreeBytes = degrees.bytes();
  const listBytes = lists.bytes();
  const out = new Uint8Array(HEADER_BYTES + 4 * n + degreeBytes.length + listBytes.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, SYNONYM_MAGIC, true);
  view.setUint32(4, SYNONYM_VERSION, true);
  view.setUint32(8, n, true);
  view.setUint32(12, links, true);
  view.setUint32(16, listBytes.length, true);
  for (let i = 0; i < n; i++) view.setUint32(HEADER_BYTES + 4 * i, nodes[i]!, true);
  out.set(degreeBytes, HEADER_BYTES + 4 * n);
  out.set(listBytes, HEADER_BYTES + 4 * n + degreeBytes.length);
  return out;
}

/** Reads the binary form; throws an Error saying what is wrong when `bytes` is not one. */
export function decodeSynonymGraph(bytes: Uint8Array): SynonymGraph {
  if (bytes.length < HEADER_BYTES) throw new Error(`synonym graph: ${bytes.length} bytes, shorter than the header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== SYNONYM_MAGIC) throw new Error('synonym graph: bad magic (not a synonym graph file)');
  const version = view.getUint32(4, true);
  if (version !== SYNONYM_VERSION) throw new Error(`synonym graph: version ${version}, expected ${SYNONYM_VERSION}`);
  const n = view.getUint32(8, true);
  const m = view.getUint32(12, true);
  const listLength = view.getUint32(16, true);
  let at = HEADER_BYTES + 4 * n;
  if (at + listLength > bytes.length) throw new Error('synonym graph: truncated (node table or neighbour section)');
  if (m > listLength) throw new Error('synonym graph: more links than neighbour bytes (corrupt header)');
  const nodes = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    nodes[i] = view.getUint32(HEADER_BYTES + 4 * i, true);
    if (i > 0 && nodes[i]! <= nodes[i - 1]!) throw new Error('synonym graph: node hashes not ascending');
  }
  const degreesEnd = bytes.length - listLength;
  const lower = new Uint32Array(m);
  const upper = new Uint32Array(m);
  let listAt = degreesEnd;
  let links = 0;
  for (let i = 0; i < n; i++) {
    // Upper degree of node i, then its run from the neighbour section. One- and two-byte
    // varints (nearly all of them) are read inline; longer ones, and any near an end, by
    // readVarint, which checks the bounds.
    let degree: number;
    let byte = bytes[at]!;
    if (byte < 0x80 && at < degreesEnd) {
      degree = byte;
      at++;
    } else {
      degree = readVarint(bytes, at, degreesEnd, 'degree table');
      at = varintEnd;
    }
    if (links + degree > m) throw new Error('synonym graph: more links than the header says');
    let j = i;
    const fastEnd = bytes.length - 2;
    for (let k = 0; k < degree; k++) {
      byte = bytes[listAt]!;
      if (listAt < fastEnd && byte < 0x80) {
        j += byte + 1;
        listAt++;
      } else if (listAt < fastEnd && bytes[listAt + 1]! < 0x80) {
        j += (byte & 0x7f) + (bytes[listAt + 1]! << 7) + 1;
        listAt += 2;
      } else {
        j += readVarint(bytes, listAt, bytes.length, 'neighbour section') + 1;
        listAt = varintEnd;
      }
      if (j >= n) throw new Error('synonym graph: neighbour index out of range');
      lower[links] = i;
      upper[links] = j;
      links++;
    }
  }
  if (at !== degreesEnd) throw new Error('synonym graph: degree table length does not match');
  if (listAt !== bytes.length) throw new Error('synonym graph: neighbour section length does not match');
  if (links !== m) throw new Error(`synonym graph: ${links} links, the header says ${m}`);
  return fromUpperLinks(nodes, lower, upper);
}

/** Where the last `readVarint` ended. */
let varintEnd = 0;

/** One unsigned LEB128 varint at `at` (sets `varintEnd` past it), which must end before `end`. */
function readVarint(bytes: Uint8Array, at: number, end: number, section: string): number {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    if (at >= end || shift > 28) throw new Error(`synonym graph: corrupt ${section}`);
    const byte = bytes[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) {
      varintEnd = at;
      return value;
    }
  }
}

/** Unsigned LEB128 varints into a growing buffer. */
class Writer {
  private buffer = new Uint8Array(1024);
  private length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let v = value >>> 0;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
