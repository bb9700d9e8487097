/**
 * "Trace origin" on a highlighted span, from a phrase to several paragraphs, on any page: the same
 * matches as a page's blocks get, whatever the topic, and nothing for text the corpus lacks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { traceSelection } from '../../src/analyze';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const seedLines = (prefix: string): string[] => {
  const file = ['000_e47383a489849ae0.txt', '002_6b3167d55fa68f9c.txt', '003_1ca589219219b27f.txt', '004_526864c1977376da.txt'].find((f) => f.startsWith(prefix))!;
  return readFileSync(join(SEEDS, file), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
};

let corpus: Corpus;
beforeAll(async () => {
  corpus = loadCorpus(await buildCorpus(SEEDS));
});

describe('traceSelection', () => {
  it('traces a short phrase (fewer words than a paragraph match needs) to the document that has it', () => {
    const trace = traceSelection('hugs, not bullets', corpus);
    const match = trace.blocks[0]?.match;
    expect(match?.origin.file).toMatch(/^003_/);
    expect(match?.text).toContain('hugs, not bullets');
  });

  it('traces one sentence of a copy through the chain to its origin', () => {
    const sentence = 'The cartels are engaged in deliberate and calculated betrayals to deceive Americans and generate addictions for greater profits';
    const trace = traceSelection(sentence, corpus);
    const match = trace.blocks[0]!.match!;
    expect(match.file).toMatch(/^004_/);
    expect(match.chain.map((s) => s.file.slice(0, 3))).toEqual(['004', '003']);
    expect(match.origin.text).toContain('deliberate, calculated treachery');
    expect(trace.quotes.length).toBe(0); // a selection without quote marks holds no quote
  });

  it('traces a selection of several paragraphs paragraph by paragraph', () => {
    const lines = seedLines('000');
    const selection = lines.slice(14, 17).join('\n\n');
    const trace = traceSelection(selection, corpus);
    expect(trace.blocks).toHaveLength(3);
    for (const block of trace.blocks) {
      expect(block.kind).toBe('content');
      expect(block.match?.origin.outlet).toBe('NPR');
    }
    expect(trace.summary.tracedBlocks).toBe(3);
  });

  it('finds the quote in a selected quote and rates it against the original', () => {
    const selection = '“We have a watershed here, and the watershed is 100,000 people killed a year,” Feeley said.';
    const trace = traceSelection(selection, corpus);
    expect(trace.quotes[0]?.fidelity).toBe('altered');
    expect(trace.quotes[0]?.original?.file).toMatch(/^003_/);
  });

  it('matches on any page: an off-topic selection of corpus text is still traced', () => {
    const trace = traceSelection(seedLines('003')[30]!, corpus);
    expect(trace.blocks[0]?.match?.origin.file).toMatch(/^003_/);
  });

  it('finds nothing for text the corpus does not contain, even on the same story', () => {
    const own = 'Sinaloa cartel chemists have moved fentanyl production to smaller mobile labs, the DEA said, after Cienfuegos was returned to Mexico.';
    const trace = traceSelection(own, corpus);
    expect(trace.blocks[0]?.match).toBeUndefined();
    expect(trace.summary.tracedBlocks).toBe(0);
  });

  it('keeps markup in selected text as text', () => {
    const trace = traceSelection('<img src=x onerror=alert(1)> <script>alert(1)</script>', corpus);
    expect(trace.blocks[0]?.text).toContain('<script>');
    expect(trace.blocks[0]?.match).toBeUndefined();
  });

  it('handles an empty or whitespace selection without throwing', () => {
    expect(traceSelection('   \n ', corpus).blocks).toEqual([]);
  });
});
