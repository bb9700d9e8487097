/**
 * A match the page prior took or preferred says so first among its reasons: on the fixture pages
 * with the real seed corpus, every match below the model's own cut-off (the wording alone would
 * not have been taken) carries the page's reason, and a passage two seeds share (004 keeps some
 * of 003's sentences word for word) names the other text when the page follows one of them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { cutoffFor } from '../../src/match/reuse-model';
import { pageContextEvidence } from '../../src/analysis/page-context';
import type { Block } from '../../src/shared/analysis-types';
import { analyzeFixture } from './fixture-eval';
import { fixtureNames } from '../fixture-pages';

let corpus: Corpus;
const matched: { page: string; block: Block }[] = [];

beforeAll(async () => {
  corpus = loadCorpus(await buildCorpus(join(import.meta.dirname, '..', '..', 'seeds')));
  for (const page of fixtureNames()) {
    for (const block of analyzeFixture(page, corpus).analysis.blocks) if (block.match) matched.push({ page, block });
  }
});

describe('the page as a reason for a match', () => {
  it('puts it first on every match the wording alone would not have made', () => {
    const cutoff = cutoffFor(0.5);
    const loose = matched.filter(({ block }) => block.match!.relation !== 'verbatim' && block.match!.probability < cutoff);
    expect(loose.length).toBeGreaterThan(0);
    for (const { page, block } of loose) expect(block.match!.evidence[0]?.kind, `${page} block ${block.index}`).toBe('page-context');
  });

  it('says another corpus text has the passage when the page prior chose between two documents', () => {
    const preferred = matched.filter(({ block }) => block.match!.evidence[0]?.text.endsWith('another corpus text has this passage too'));
    expect(preferred.map(({ page }) => page)).toContain('004-copy-site');
    // The page follows 004, the copy, so the shared sentence is traced to it (and through it to 003).
    for (const { block } of preferred) expect(block.match!.file).toMatch(/^004_/);
  });

  it('words the reason by what the page does', () => {
    expect(pageContextEvidence({ tracedHere: 1, oddsFactor: 7.56, preferred: false }).text).toBe(
      '1 other paragraph of this page comes from this source, so a looser match counts here',
    );
    expect(pageContextEvidence({ tracedHere: 0, creditedOutlet: 'NPR', oddsFactor: 7.56, preferred: false }).text).toBe(
      'this page credits NPR as its source, so a looser match counts here',
    );
    expect(pageContextEvidence({ tracedHere: 0, oddsFactor: 7.56, preferred: false }).text).toMatch(/^this page's paragraphs together resemble/);
    expect(pageContextEvidence({ tracedHere: 3, oddsFactor: 7.56, preferred: true }).weight).toBeCloseTo(Math.log(7.56));
  });
});
