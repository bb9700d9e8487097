import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/corpus/paragraphs';
import { clipSources, detectOutlet } from '../../src/corpus/outlet-rules';
import { seedText } from './seeds';

const outletOf = (seed: number) => detectOutlet(buildParagraphs(seedText(seed)).paragraphs);

describe('detectOutlet on the seeds', () => {
  it('finds each seed outlet from its self-references, quoting them', () => {
    const expected = ['NPR', 'NPR', 'Daily Caller News Foundation', 'NBC News', 'Unknown outlet'];
    expected.forEach((outlet, seed) => {
      const found = outletOf(seed);
      expect(found.outlet).toBe(outlet);
      for (const e of found.evidence) expect(seedText(seed)).toContain(e.quote);
    });
    expect(outletOf(0).evidence.map((e) => e.quote)).toEqual(
      expect.arrayContaining(['National Public Radio', 'In an exclusive interview with NPR']),
    );
    expect(outletOf(1).evidence.map((e) => e.quote)).toContain('Transcript provided by NPR');
    expect(outletOf(2).evidence.map((e) => e.quote)).toEqual(
      expect.arrayContaining(['All content created by the Daily Caller News Foundation', 'the Daily Caller News Foundation’s request for comment']),
    );
    expect(outletOf(3).evidence.map((e) => e.quote)).toContain('consulted by NBC News');
    expect(outletOf(4).evidence).toEqual([]);
  });

  it('tells attributions to another outlet apart from self-references (002 credits NPR)', () => {
    const found = outletOf(2);
    const quotes = found.attributions.map((a) => a.quote);
    expect(new Set(found.attributions.map((a) => a.outlet))).toEqual(new Set(['NPR']));
    expect(quotes).toEqual(expect.arrayContaining(['NPR reported', 'according to NPR', 'told NPR']));
    expect(found.evidence.some((e) => e.quote.includes('NPR'))).toBe(false);
    // NPR's own "told NPR" is a self-reference, not an attribution.
    expect(outletOf(0).attributions).toEqual([]);
  });

  it('treats a clip source as neither outlet nor attribution (001: "That report from CBS News")', () => {
    const paragraphs = buildParagraphs(seedText(1)).paragraphs;
    expect(clipSources(paragraphs).map((c) => [c.outlet, c.quote])).toEqual([['CBS News', 'report from CBS News']]);
    expect(outletOf(1).attributions).toEqual([]);
  });

  it('needs the outlet name to end a word', () => {
    const paragraphs = buildParagraphs('Experts consulted by NBCUniversal said so.\n\nAll content created by the DCNFX team.').paragraphs;
    expect(detectOutlet(paragraphs).outlet).toBe('Unknown outlet');
  });

  it('reads a site suffix on the title line, and only there', () => {
    const lines = seedText(4).split(/\n+/).filter((l) => l.trim());
    const titled = [`${lines[0]} | Reuters`, ...lines.slice(1)].join('\n\n');
    expect(detectOutlet(buildParagraphs(titled).paragraphs)).toMatchObject({ outlet: 'Reuters', evidence: [{ rule: 'title-suffix' }] });
    const late = [...lines.slice(0, 5), 'Some other story people read today | CNN', ...lines.slice(5)].join('\n\n');
    expect(detectOutlet(buildParagraphs(late).paragraphs).outlet).toBe('Unknown outlet');
  });
});
