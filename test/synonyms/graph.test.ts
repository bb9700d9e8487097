/**
 * The synonym graph's codec and its restriction to a corpus's stems: what the background sends a
 * content script must be the same graph, and the restricted graph must hold exactly the links
 * that touch the corpus, seen from both ends.
 */
import { describe, expect, it } from 'vitest';
import {
  buildSynonymGraph,
  decodeSynonymGraph,
  encodeSynonymGraph,
  restrictSynonyms,
  synonymLinks,
  type SynonymGraph,
} from '../../src/synonyms';

/** A deterministic pseudo-random graph (xorshift), hashes spread over all 32 bits. */
function randomGraph(nodes: number, links: number, seed = 7): SynonymGraph {
  let s = seed;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const hashes = Array.from({ length: nodes }, () => next());
  const pairs: [number, number][] = [];
  for (let k = 0; k < links; k++) pairs.push([hashes[next() % nodes]!, hashes[next() % nodes]!]);
  return buildSynonymGraph(pairs);
}

const linkSet = (graph: SynonymGraph) => new Set([...synonymLinks(graph)].map(([a, b]) => `${a}-${b}`));

function expectSameGraph(a: SynonymGraph, b: SynonymGraph) {
  expect(b.nodeCount).toBe(a.nodeCount);
  expect(b.linkCount).toBe(a.linkCount);
  expect(Array.from(b.nodes)).toEqual(Array.from(a.nodes));
  for (const node of a.nodes) expect(Array.from(b.neighbours(node))).toEqual(Array.from(a.neighbours(node)));
}

describe('buildSynonymGraph', () => {
  it('makes links undirected, drops self-links and repeats, and keeps every run ascending', () => {
    const g = buildSynonymGraph([
      [30, 10],
      [10, 30],
      [10, 20],
      [20, 20],
      [0xffffffff, 10],
    ]);
    expect(g.nodeCount).toBe(4);
    expect(g.linkCount).toBe(3);
    expect(Array.from(g.nodes)).toEqual([10, 20, 30, 0xffffffff]);
    expect(Array.from(g.neighbours(10))).toEqual([20, 30, 0xffffffff]);
    expect(Array.from(g.neighbours(30))).toEqual([10]);
    expect(Array.from(g.neighbours(0xffffffff))).toEqual([10]);
    expect(g.linked(10, 30) && g.linked(30, 10)).toBe(true);
    expect(g.linked(20, 30)).toBe(false);
    expect(g.linked(20, 20)).toBe(false);
    expect(g.neighbours(99).length).toBe(0);
    expect(g.linked(99, 10)).toBe(false);
    // A negative int32 view of the same hash is the same stem.
    expect(g.linked(-1, 10)).toBe(true);
  });
});

describe('encodeSynonymGraph / decodeSynonymGraph', () => {
  it('round-trips a small graph, an empty one and a random one with large gaps', () => {
    for (const g of [
      buildSynonymGraph([
        [1, 2],
        [2, 3],
        [5, 1],
      ]),
      buildSynonymGraph([]),
      randomGraph(5000, 40_000),
    ]) {
      const bytes = encodeSynonymGraph(g);
      const back = decodeSynonymGraph(bytes);
      expectSameGraph(g, back);
      // Deterministic: encoding the decoded graph gives the same bytes.
      expect(Array.from(encodeSynonymGraph(back))).toEqual(Array.from(bytes));
    }
  });

  it('decodes from a view at an unaligned offset (a base64 message lands anywhere)', () => {
    const g = randomGraph(300, 1000, 3);
    const bytes = encodeSynonymGraph(g);
    const padded = new Uint8Array(bytes.length + 3);
    padded.set(bytes, 3);
    expectSameGraph(g, decodeSynonymGraph(padded.subarray(3)));
  });

  it('rejects corrupt input with a reason instead of returning a wrong graph', () => {
    const bytes = encodeSynonymGraph(randomGraph(300, 1000, 5));
    expect(() => decodeSynonymGraph(new Uint8Array(10))).toThrow(/shorter than the header/);
    expect(() => decodeSynonymGraph(new TextEncoder().encode('not a synonym graph at all'))).toThrow(/bad magic/);
    const version = bytes.slice();
    version[4] = 9;
    expect(() => decodeSynonymGraph(version)).toThrow(/version 9/);
    expect(() => decodeSynonymGraph(bytes.subarray(0, bytes.length - 7))).toThrow(/synonym graph/);
    const extra = new Uint8Array(bytes.length + 1);
    extra.set(bytes);
    expect(() => decodeSynonymGraph(extra)).toThrow(/synonym graph/);
    const links = bytes.slice();
    new DataView(links.buffer).setUint32(12, 999_999_999, true);
    expect(() => decodeSynonymGraph(links)).toThrow(/synonym graph/);
  });
});

describe('restrictSynonyms', () => {
  it('keeps exactly the links touching the given stems, seen from both ends', () => {
    const g = randomGraph(2000, 12_000, 11);
    const given = Array.from(g.nodes).filter((_, i) => i % 37 === 0);
    given.push(given[0]!, 12345); // a repeat and a stem that is no node
    const r = restrictSynonyms(g, given);
    const set = new Set(given);
    const expected = new Set([...synonymLinks(g)].filter(([a, b]) => set.has(a) || set.has(b)).map(([a, b]) => `${a}-${b}`));
    expect(linkSet(r)).toEqual(expected);
    expect(r.linkCount).toBe(expected.size);
    // From a given stem: all of its neighbours; from each neighbour: back to the given stems only.
    for (const s of given.slice(0, 20)) expect(Array.from(r.neighbours(s))).toEqual(Array.from(g.neighbours(s)));
    for (const s of given.slice(0, 20)) {
      for (const t of g.neighbours(s)) {
        expect(r.linked(t, s)).toBe(true);
        // (A neighbour that is itself given keeps all its links.)
        const back = Array.from(g.neighbours(t)).filter((u) => set.has(t) || set.has(u));
        expect(Array.from(r.neighbours(t))).toEqual(back);
      }
    }
    // It survives the trip to a content script.
    expectSameGraph(r, decodeSynonymGraph(encodeSynonymGraph(r)));
  });

  it('is empty for stems with no links', () => {
    const r = restrictSynonyms(randomGraph(100, 300), [1, 2, 3]);
    expect(r.nodeCount).toBe(0);
    expect(r.linkCount).toBe(0);
  });
});
