import { describe, expect, it } from 'vitest';
import { creditedDocuments, creditedOutlets, outletIndex } from '../../src/match/page-credits';
import { matchPage } from '../../src/match/page-prior';
import { loadReuseReal } from '../../bench/lib/reuse-data';
import { buildMatchIndex } from '../../src/match';
import { loadSeedParagraphs } from './seed-data';

describe('a page that credits an outlet', () => {
  it('credits the outlet it says reported the story, in any of the attribution phrasings', () => {
    expect([...creditedOutlets(['Cooperation has fallen flat, NPR reported Monday.'])]).toEqual(['NPR']);
    expect([...creditedOutlets(['The charges were dropped, according to Reuters.'])]).toEqual(['Reuters']);
    expect([...creditedOutlets(['It was first reported by The Associated Press.'])]).toEqual(['AP']);
    expect([...creditedOutlets(['El Chapo was extradited on Thursday, the AP reports.'])]).toEqual(['AP']);
    expect(creditedOutlets(['Officials met in Mexico City on Tuesday.']).size).toBe(0);
  });

  it('takes "told X" for a credit, except on a page that is X\'s own article', () => {
    expect([...creditedOutlets(['Donahue, the DEA deputy chief of operations, told NPR.'])]).toEqual(['NPR']);
    // 000 is NPR's own story: its "told NPR" is how NPR quotes its sources.
    const npr = loadSeedParagraphs()[0]!;
    expect(npr.join('\n')).toMatch(/told NPR/);
    expect(creditedOutlets(npr).has('NPR')).toBe(false);
  });

  it('maps the credited outlets to the corpus documents of that outlet, never an unknown one', () => {
    const outlets = outletIndex(['NPR', 'NPR', 'Daily Caller News Foundation', 'NBC News', 'Unknown outlet']);
    expect([...creditedDocuments(['Mexico cut ties with the DEA, NPR reported.'], outlets)]).toEqual([0, 1]);
    expect([...creditedDocuments(['Mexico cut ties with the DEA, NPR reported.'], outlets, [0])]).toEqual([1]);
    expect(creditedDocuments(['Mexico cut ties with the DEA, NPR reported.'], outletIndex([])).size).toBe(0);
    expect(creditedDocuments(['No outlet here.'], outlets).size).toBe(0);
  });
});

describe('the credit in page matching (real rewrite)', () => {
  const set = loadReuseReal();
  it.skipIf(!set)('traces a rewrite paragraph that is untraced alone once its page credits the source\'s outlet', () => {
    const real = set!;
    const index = buildMatchIndex(real.paragraphs);
    const page = real.items.filter((i) => i.id.startsWith('news-truepundit-dea-impunity-p'));
    const texts = page.map((i) => i.text);
    const source = page[0]!.sourceDoc!;
    expect(real.outlets.docsOf.get('NPR')).toContain(source);
    const without = matchPage(index, texts);
    const withCredit = matchPage(index, texts, {}, undefined, real.outlets);
    const traced = (hits: typeof without) => hits.filter((h) => h[0]?.doc === source).length;
    expect(traced(withCredit)).toBeGreaterThan(traced(without));
  });
});
