/**
 * scripts/make-synonyms.ts on a tiny Moby-format excerpt (fixtures/words-excerpt.txt, CRLF like
 * the real words.txt): which entries become stems, that links are undirected, that the hub cap
 * prunes the hub and not ordinary words, and that the output is byte-identical on every run.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryStem, makeSynonyms } from '../../scripts/make-synonyms';
import { decodeSynonymGraph } from '../../src/synonyms';
import { fnv1a } from '../../src/match/hash';

const FIXTURE = join(__dirname, 'fixtures', 'words-excerpt.txt');
const TEXT = readFileSync(FIXTURE, 'utf8');
const h = (stemmed: string) => fnv1a(stemmed);

describe('entryStem', () => {
  it('maps an entry through the project normalisation and stemmer, as the matcher does', () => {
    expect(entryStem('legislators')).toBe('legislator');
    expect(entryStem('lawmakers')).toBe('lawmak');
    expect(entryStem('Paralyzed')).toBe('paralyz');
    expect(entryStem('MPs')).toBe('mps'); // three letters: the stemmer leaves it
  });

  it('skips multi-word and hyphenated entries, stopwords, numbers and one-letter words', () => {
    for (const entry of ['against the law', 'high-ranking', 'black-market', 'the', 'told', '1984', 'x', 'a', '']) {
      expect(entryStem(entry)).toBeNull();
    }
  });
});

describe('makeSynonyms', () => {
  it('links stems both ways, merges word forms of one stem and drops self-links', () => {
    const result = makeSynonyms(TEXT);
    const g = decodeSynonymGraph(result.bytes);
    expect(g.linked(h('illicit'), h('illegal'))).toBe(true);
    expect(g.linked(h('illegal'), h('illicit'))).toBe(true);
    // "legislators" -> "lawmakers" and "lawmaker" -> "legislator": one link of two stems.
    expect(g.linked(h('legislator'), h('lawmak'))).toBe(true);
    expect(g.linked(h('lawmak'), h('solon'))).toBe(true);
    // "paralyzed" lists "paralyze": the same stem, no self-link.
    expect(g.linked(h('paralyz'), h('paralyz'))).toBe(false);
    expect(g.linked(h('paralyz'), h('frozen'))).toBe(true);
    // Skipped entries: the hyphenated root's line, a stopword root's line, numbers, one letter.
    expect(g.neighbours(h('high')).length).toBe(0);
    expect(g.linked(h('senior'), h('chief'))).toBe(true);
    expect(g.linked(h('inform'), h('notify'))).toBe(false);
    expect(g.neighbours(h('1984')).length).toBe(0);
    expect(g.neighbours(h('unaccompany')).length + g.neighbours(h('unaccompanied')).length).toBe(0);
    expect(result.cap).toBe(Infinity);
    expect(result.droppedLinks).toBe(0);
    // Listed both ways: illicit-illegal, paralyz-frozen, frozen-go, and legislator-lawmak
    // (through two word forms of each).
    expect(result.mutualLinks).toBe(4);
    expect(result.linkCount).toBe(g.linkCount);
    expect(result.nodeCount).toBe(g.nodeCount);
  });

  it('fits a small budget by capping the hub, keeping the mutual links of ordinary words', () => {
    const full = makeSynonyms(TEXT);
    const budget = full.bytes.length - 6;
    const pruned = makeSynonyms(TEXT, budget);
    expect(pruned.bytes.length).toBeLessThanOrEqual(budget);
    expect(Number.isFinite(pruned.cap)).toBe(true);
    expect(pruned.droppedLinks).toBeGreaterThan(0);
    const g = decodeSynonymGraph(pruned.bytes);
    const full_ = decodeSynonymGraph(full.bytes);
    expect(g.neighbours(h('go')).length).toBeLessThan(full_.neighbours(h('go')).length);
    expect(g.linked(h('illicit'), h('illegal'))).toBe(true);
    expect(g.linked(h('paralyz'), h('frozen'))).toBe(true);
  });

  it('is deterministic: the same input gives byte-identical output, in-process and from the CLI', () => {
    const a = makeSynonyms(TEXT).bytes;
    const b = makeSynonyms(TEXT).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'make-synonyms-'));
    try {
      const out = join(dir, 'synonyms.bin');
      execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'scripts', 'make-synonyms.ts'), FIXTURE, out], {
        stdio: 'pipe',
      });
      expect(readFileSync(out).equals(Buffer.from(a))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
