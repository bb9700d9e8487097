/**
 * What a reader gets to judge a match by: each traced paragraph of a paraphrased copy carries
 * its aligned sentences and its strongest reasons, and a sentence of facts every article on the
 * story states (the independent check's false match) is not traced at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { analyzeText } from '../../src/analyze';
import { loadSynonymsFile } from '../../src/synonyms/load-file';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
let corpus: Corpus;
beforeAll(async () => {
  // The seeds without 004, so 004's text is traced to NBC's original rather than to itself.
  const dir = mkdtempSync(join(tmpdir(), 'sc-explain-'));
  for (const f of readdirSync(SEEDS).filter((f) => !f.startsWith('004_'))) cpSync(join(SEEDS, f), join(dir, f));
  corpus = loadCorpus(await buildCorpus(dir));
  corpus.matcher.useSynonyms(await loadSynonymsFile());
});

describe('a match explained', () => {
  it("traces 004's reworded paragraphs with aligned sentence pairs and reasons", () => {
    const text = readFileSync(join(SEEDS, '004_526864c1977376da.txt'), 'utf8');
    const analysis = analyzeText(text, corpus);
    const traced = analysis.blocks.filter((b) => b.match);
    expect(traced.length).toBeGreaterThan(20);
    // Reworded (not word-for-word) paragraphs: the ones whose match needs explaining.
    const paraphrases = traced.filter((b) => b.match!.relation !== 'verbatim');
    expect(paraphrases.length).toBeGreaterThan(10);
    for (const b of paraphrases) {
      const m = b.match!;
      expect(m.probability).toBeGreaterThan(0);
      expect(m.evidence.length).toBeGreaterThan(0);
      expect(m.alignment.length, `${m.relation} ${m.score} ${b.text.slice(0, 60)} | ${JSON.stringify(m.evidence)}`).toBeGreaterThan(0);
      for (const pair of m.alignment) {
        expect(b.text).toContain(pair.pageSentence);
        expect(m.text).toContain(pair.corpusSentence.split(' ').slice(0, 3).join(' '));
        expect(pair.score).toBeGreaterThan(0.3);
      }
    }
    // The reasons name the words only the source shares with the page.
    const watershed = traced.find((b) => b.text.includes('watershed'))!;
    const kinds = watershed.match!.evidence.map((e) => e.kind);
    expect(kinds).toContain('rare-terms');
    expect(kinds).toContain('aligned-sentences');
  });

  it('does not trace a sentence of facts that every article on the story states', () => {
    const analysis = analyzeText(
      'Illicitly produced fentanyl is primarily manufactured in Mexico, according to the U.S. Drug Enforcement Administration.',
      corpus,
    );
    expect(analysis.blocks.filter((b) => b.match)).toEqual([]);
  });
});
