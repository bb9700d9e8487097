/**
 * The same corpus text as a page shows it: retypeset (quotes, dashes, spaces, "US"), reflowed
 * (two paragraphs merged into one block, one paragraph split in two), truncated, and selected
 * (a run of words, several paragraphs). Variants are generated here from the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import type { MatchIndex, ParagraphMatch } from '../../src/match/types';
import { splitSentences, words } from '../../src/text';
import { loadSeedParagraphs, seedIndexedParagraphs } from './seed-data';

const seeds = loadSeedParagraphs();
let index: MatchIndex;
beforeAll(() => {
  index = buildMatchIndex(seedIndexedParagraphs(seeds));
});

/** NPR's web story (doc 0): its siblings 001/002 repeat its quotes, so they are left out of lookups. */
const DOC = 0;
const EXCLUDE = [1, 2];
const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** Same words, whatever the punctuation: 000 repeats its dek as paragraph 5 with a final dot. */
const key = (s: string): string => words(s).join(' ');
/** Paragraphs of 000 long enough to be a paragraph match, each wording once. */
const paragraphs = seeds[DOC]!
  .map((text, i) => ({ text, i }))
  .filter(({ text }, _, all) => wordCount(text) >= 12 && all.filter((o) => key(o.text) === key(text)).length === 1);

const covers = (m: ParagraphMatch | undefined, paras: number[]): boolean =>
  m !== undefined && m.doc === DOC && paras.every((p) => m.paragraphs.includes(p));

/** Retypesets like a different CMS: curly quotes, em dashes, nbsp, "US" for "U.S.", "..." as one glyph. */
function retypeset(s: string): string {
  return s
    .replace(/"([^"]*)"/g, '\u201C$1\u201D')
    .replace(/'/g, '\u2019')
    .replace(/ - /g, ' \u2014 ')
    .replace(/\.\.\./g, '\u2026')
    .replace(/U\.S\./g, 'US')
    .replace(/ (\w+) (\w+) /, ' $1\u00A0$2 ')
    .replace(/Lopez/g, 'López');
}

describe('retypeset and reflowed page text', () => {
  it('has enough material', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(15);
  });

  it('a retypeset paragraph is still a verbatim match of its source', () => {
    const failures: string[] = [];
    for (const { text, i } of paragraphs) {
      const variant = retypeset(text);
      const top = index.find(variant, { excludeDocs: EXCLUDE })[0];
      if (!covers(top, [i]) || top?.relation !== 'verbatim') failures.push(`${i}: ${top?.relation ?? 'none'} ${top?.paragraphs}`);
    }
    expect(failures).toEqual([]);
  });

  it('a block that merges two consecutive paragraphs matches the span of both', () => {
    const failures: string[] = [];
    for (let i = 3; i + 1 < 25; i++) {
      const [a, b] = [seeds[DOC]![i]!, seeds[DOC]![i + 1]!];
      if (a === b || wordCount(a) < 8 || wordCount(b) < 8) continue;
      const top = index.find(`${a} ${b}`, { excludeDocs: EXCLUDE })[0];
      if (!covers(top, [i, i + 1])) failures.push(`${i}+${i + 1}: got ${top?.doc}:${top?.paragraphs}`);
    }
    expect(failures).toEqual([]);
  });

  it('each half of a paragraph split at a sentence boundary matches the paragraph', () => {
    const failures: string[] = [];
    let tried = 0;
    for (const { text, i } of paragraphs) {
      const sentences = splitSentences(text);
      if (sentences.length < 2) continue;
      const cut = Math.ceil(sentences.length / 2);
      for (const half of [sentences.slice(0, cut).join(' '), sentences.slice(cut).join(' ')]) {
        if (wordCount(half) < 8) continue;
        tried++;
        const top = index.find(half, { excludeDocs: EXCLUDE })[0];
        if (!covers(top, [i])) failures.push(`${i}: "${half.slice(0, 40)}" got ${top?.doc}:${top?.paragraphs}`);
      }
    }
    expect(tried).toBeGreaterThanOrEqual(10);
    expect(failures).toEqual([]);
  });

  it('a truncated paragraph (first 60% of its words) matches it with the query fully covered', () => {
    const failures: string[] = [];
    for (const { text, i } of paragraphs) {
      const words = text.split(/\s+/);
      const part = words.slice(0, Math.ceil(words.length * 0.6)).join(' ');
      const top = index.find(part, { excludeDocs: EXCLUDE })[0];
      if (!covers(top, [i]) || (top?.coverage ?? 0) < 0.9) failures.push(`${i}: ${top?.paragraphs} cov ${top?.coverage}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('selections', () => {
  it('an exact run of 8 words from inside a paragraph finds that paragraph', () => {
    const failures: string[] = [];
    for (const { text, i } of paragraphs) {
      const words = text.split(/\s+/);
      const from = Math.floor((words.length - 8) / 2);
      const run = words.slice(from, from + 8).join(' ');
      const top = index.find(run, { excludeDocs: EXCLUDE })[0];
      if (!covers(top, [i])) failures.push(`${i}: "${run}" got ${top?.doc}:${top?.paragraphs}`);
    }
    expect(failures).toEqual([]);
  });

  it('a 4-word phrase is too short to be evidence of anything', () => {
    const found: string[] = [];
    for (const { text } of paragraphs) {
      const phrase = text.split(/\s+/).slice(2, 6).join(' ');
      if (index.find(phrase).length > 0) found.push(phrase);
    }
    expect(found).toEqual([]);
  });

  it('a selection of three whole paragraphs matches all three as one span', () => {
    const block = [9, 10, 11].map((p) => seeds[DOC]![p]!).join('\n\n');
    const top = index.find(block, { excludeDocs: EXCLUDE })[0];
    expect(top?.paragraphs).toEqual([9, 10, 11]);
    expect(top?.relation).toBe('verbatim');
  });

  it('a selection run found in several documents (a quote 000, 001 and 002 all carry) returns each of them', () => {
    const run = 'too afraid to even engage with us because of repercussions from their own government';
    const docs = new Set(index.find(run, { limit: 10 }).map((m) => m.doc));
    expect([...docs].sort()).toEqual([0, 1, 2]);
  });
});

describe('lookup options', () => {
  const quote = 'too afraid to even engage with us because of repercussions from their own government';

  it('limit caps the answer, best first', () => {
    const all = index.find(quote, { limit: 10 });
    expect(all.length).toBeGreaterThan(1);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
    expect(index.find(quote, { limit: 1 })).toEqual(all.slice(0, 1));
  });

  it('excludeDocs leaves those documents out and nothing else', () => {
    const all = index.find(quote, { limit: 10 });
    const without = index.find(quote, { limit: 10, excludeDocs: [0] });
    expect(without.some((m) => m.doc === 0)).toBe(false);
    expect(without.map((m) => m.doc)).toEqual(all.filter((m) => m.doc !== 0).map((m) => m.doc));
  });

  it('every match carries its span text, paragraph list and scores in range', () => {
    for (const m of index.find(quote, { limit: 10 })) {
      expect(m.paragraphs[0]).toBe(m.paragraph);
      expect(m.text).toContain('afraid to even engage');
      for (const x of [m.score, m.coverage]) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThanOrEqual(1);
      }
    }
  });
});
