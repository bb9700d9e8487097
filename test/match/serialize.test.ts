/**
 * The index as the corpus file carries it: a JSON round trip gives the same answers, and a file
 * that is stale, truncated or paired with the wrong paragraphs is refused with a clear error.
 * Bad queries (empty, binary, huge) give an empty answer, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, loadMatchIndex } from '../../src/match';
import type { SerializedMatchIndex } from '../../src/match/types';
import { loadSeedParagraphs, seedIndexedParagraphs } from './seed-data';
import { PARAPHRASE_004_003, SIBLING_001_000 } from './seed-pairs';

const seeds = loadSeedParagraphs();
const paragraphs = seedIndexedParagraphs(seeds);
const built = buildMatchIndex(paragraphs);
const queries = [...PARAPHRASE_004_003, ...SIBLING_001_000].map((l) => seeds[l.copy.doc]![l.copy.paragraph]!);

describe('serialized index', () => {
  it('survives JSON and gives the same matches as the freshly built index', () => {
    const json = JSON.stringify(built.serialize());
    const loaded = loadMatchIndex(JSON.parse(json) as SerializedMatchIndex, paragraphs);
    for (const q of queries) expect(loaded.find(q)).toEqual(built.find(q));
    expect(loaded.byteSize()).toBe(built.byteSize());
    expect(built.byteSize()).toBe(json.length);
  });

  it('holds only numeric structures, not the paragraph texts (the corpus file has them already)', () => {
    const json = JSON.stringify(built.serialize());
    const longest = paragraphs.map((p) => p.text).sort((a, b) => b.length - a.length)[0]!;
    expect(json.includes(longest.slice(0, 40))).toBe(false);
  });

  it('refuses an index of another version with a message that says what to do', () => {
    const stale = { ...built.serialize(), version: 999 };
    expect(() => loadMatchIndex(stale, paragraphs)).toThrow(/version/);
  });

  it('refuses an index paired with a different paragraph list', () => {
    expect(() => loadMatchIndex(built.serialize(), paragraphs.slice(1))).toThrow(/paragraphs/);
  });

  it('refuses truncated postings with an Error, not a crash or a silently empty index', () => {
    const s = built.serialize();
    const key = Object.keys(s).find((k) => typeof s[k] === 'string' && (s[k] as string).length > 1000)!;
    const broken = { ...s, [key]: (s[key] as string).slice(0, 200) };
    expect(() => loadMatchIndex(broken, paragraphs)).toThrow(Error);
  });
});

describe('bad queries', () => {
  it('empty, whitespace and punctuation-only text match nothing', () => {
    for (const q of ['', '   \n\t ', '!!! ... — “ ” ???']) expect(built.find(q)).toEqual([]);
  });

  it('binary garbage matches nothing', () => {
    let garbage = '';
    for (let i = 0; i < 4096; i++) garbage += String.fromCharCode((i * 7919) % 65536);
    expect(built.find(garbage)).toEqual([]);
  });

  it('a huge text (a whole seed repeated to ~1 MB) returns an answer instead of crashing', () => {
    const huge = seeds[3]!.join('\n').repeat(80);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const matches = built.find(huge, { excludeDocs: [3] });
    expect(Array.isArray(matches)).toBe(true);
  });

  it('an empty corpus builds and matches nothing', () => {
    const empty = buildMatchIndex([]);
    expect(empty.find(queries[0]!)).toEqual([]);
    expect(loadMatchIndex(empty.serialize(), []).find(queries[0]!)).toEqual([]);
  });
});
