/**
 * The sidebar on real analyses: the corpus built from seeds/ by src/corpus, fixture pages from
 * test/fixtures/pages analysed by src/analyze.ts, selections traced by `traceSelection`. Nothing
 * here is assembled by hand; expectations are read off the Analysis or are facts of the seeds
 * (004 copies NBC's 003 without credit and turns "game changer" into "watershed"; 002 credits NPR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocumentSync, traceSelection } from '../../src/analyze';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { noiseLabel, type NoiseCategory } from '../../src/noise/categories';
import type { Analysis } from '../../src/shared/analysis-types';
import { App } from '../../src/sidebar/App';
import { mount, summaryText, textOf, type Mounted } from './dom';
import { memorySource } from './memory-source';

const ROOT = join(import.meta.dirname, '../..');
let corpus: Corpus;
let view: Mounted | undefined;

beforeAll(async () => {
  // Through JSON, as the extension gets it: the built index is serialised, then loaded.
  corpus = loadCorpus(JSON.parse(JSON.stringify(await buildCorpus(join(ROOT, 'seeds')))));
});
afterEach(() => view?.unmount());

function analyseFixture(name: string): Analysis {
  const html = readFileSync(join(ROOT, 'test/fixtures/pages', name, 'source.html'), 'utf8');
  const { document } = parseHTML(html);
  return analyzeDocumentSync(document as unknown as Document, corpus, { input: `https://example.test/${name}` });
}

async function show(analysis: Analysis, kind: 'page' | 'selection' = 'page') {
  const source = memorySource({ 1: analysis });
  source.selections.set(1, analysis);
  view = await mount(<App source={source} tabId={1} view={kind} />);
  await view.settle();
  return view;
}

const chains = (v: Mounted) => v.all('.sc-chain').map((ol) => [...ol.querySelectorAll('li')].map(textOf).join(' → '));

describe('a page that republishes the unattributed paraphrase (fixture 004-copy-site)', () => {
  it('renders the header and tab counts the analysis gives', async () => {
    const a = analyseFixture('004-copy-site');
    const v = await show(a);
    const content = a.blocks.filter((b) => b.kind === 'content');
    const traced = content.filter((b) => b.match);
    expect(traced.length).toBeGreaterThan(0);
    expect(summaryText(v)).toMatch(
      new RegExp(`^${traced.length} of ${content.length} paragraphs traced · origin: NBC News \\(web story\\) · ${a.quotes.length} quotes? · `),
    );
    expect(textOf(v.one('#sc-tab-origins'))).toBe(`Origins (${traced.length})`);
    expect(textOf(v.one('#sc-tab-quotes'))).toBe(`Quotes (${a.quotes.length})`);
    expect(textOf(v.one('#sc-tab-stripped'))).toBe(`Stripped (${a.blocks.length - content.length})`);
  });

  it('shows the copy chain without credit back to NBC', async () => {
    const v = await show(analyseFixture('004-copy-site'));
    expect(chains(v)).toContain('this page → unattributed copy (004), no credit → NBC News web story (003)');
  });

  it("says how a word-for-word copy of 004 relates to NBC's original", async () => {
    const a = analyseFixture('004-copy-site');
    const rewritten = a.blocks.filter((b) => b.match && b.match.originRelation !== b.match.relation).length;
    expect(rewritten).toBeGreaterThan(0);
    const v = await show(a);
    const notes = v.all('.sc-origin-relation').map(textOf);
    expect(notes).toHaveLength(rewritten);
    expect(notes.every((n) => /^against the original: (near-verbatim|paraphrase)$/i.test(n))).toBe(true);
  });

  it('marks the words 004 changed inside the Feeley quote, with spaces between them', async () => {
    const v = await show(analyseFixture('004-copy-site'));
    const card = v.all('#sc-panel-quotes article').find((a) => textOf(a).includes('watershed'));
    if (!card) throw new Error('no quote card with "watershed"');
    expect([...card.querySelectorAll('del')].map(textOf)).toContain('game changer');
    expect([...card.querySelectorAll('ins')].map(textOf)).toContain('watershed');
    expect(textOf(card.querySelector('blockquote') as Element)).toContain('game changer watershed here,');
    expect(textOf(card)).toContain('Altered');
    expect(textOf(card)).toContain('original: NBC News web story (003)');
    expect(textOf(card)).toContain('this wording: unattributed copy (004)');
  });

  it('groups every stripped block under its category label', async () => {
    const a = analyseFixture('004-copy-site');
    const v = await show(a);
    const counts = new Map<NoiseCategory, number>();
    for (const b of a.blocks) if (b.kind === 'boilerplate') counts.set(b.category ?? 'other', (counts.get(b.category ?? 'other') ?? 0) + 1);
    const shown = v.all('#sc-panel-stripped summary').map(textOf).sort();
    expect(shown).toEqual([...counts].map(([c, n]) => `${noiseLabel(c)} (${n})`).sort());
  });
});

describe("the Daily Caller's rewrite (fixture 002-daily-caller)", () => {
  it('credits NPR in the chain', async () => {
    const v = await show(analyseFixture('002-daily-caller'));
    expect(chains(v)).toContain('this page → Daily Caller News Foundation rewrite (002), credits NPR → NPR web story (000)');
  });
});

describe('traced selections', () => {
  it('leads a sentence of 004 back to NBC', async () => {
    const v = await show(traceSelection('We have a watershed here, and the watershed is 100,000 people killed a year', corpus), 'selection');
    expect(summaryText(v)).toBe('Selected text · 1 match');
    expect(chains(v)[0]).toMatch(/→ NBC News web story \(003\)$/);
  });

  it('says "No match in the corpus" for a sentence from elsewhere', async () => {
    const v = await show(traceSelection('The library will extend its weekend opening hours from next month, the council said.', corpus), 'selection');
    expect(textOf(v.one('.sc-no-match'))).toMatch(/^No match in the corpus/);
  });
});
