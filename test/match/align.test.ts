/**
 * The synonym-aware, sentence-aligned comparison (src/match/align.ts) on small texts whose
 * answers can be worked out by hand, with a tiny synonym graph of stems the project's own stemmer
 * produces.
 */
import { describe, expect, it } from 'vitest';
import { softCompare, queryContext, spanSynonyms, MAX_SYNONYM_DEGREE, type SynonymLinks } from '../../src/match/align';
import { stemHashOf, textFeatures } from '../../src/match/features';
import { buildSynonymGraph } from '../../src/synonyms';

const ones = (n: number) => new Float64Array(n).fill(1);
const graphOf = (pairs: [string, string][]): SynonymLinks =>
  buildSynonymGraph(pairs.map(([a, b]) => [stemHashOf(a), stemHashOf(b)] as const));

function compare(query: string, span: string, synonyms: SynonymLinks | null) {
  const q = textFeatures(query, 3);
  const s = textFeatures(span, 3);
  const isHub = synonyms ? (h: number) => synonyms.neighbours(h).length > MAX_SYNONYM_DEGREE : null;
  const c = softCompare(queryContext(q, ones(q.stems.length), isHub), s, ones(s.stems.length), spanSynonyms(s, synonyms));
  // credit and partner are views of buffers the next comparison reuses: keep copies.
  return { ...c, credit: c.credit.slice(), partner: c.partner.slice() };
}

const SOURCE = 'A senior official said illicit fentanyl shipments paralyzed the border crossings.';
const SPUN = 'A high-ranking official said illegal fentanyl shipments froze the border crossings.';

describe('soft matches through the synonym graph', () => {
  const graph = graphOf([
    ['illicit', 'illegal'],
    ['paralyzed', 'froze'],
  ]);

  it('counts a linked word at half an exact match, and only with the graph', () => {
    const without = compare(SPUN, SOURCE, null);
    const withGraph = compare(SPUN, SOURCE, graph);
    expect(withGraph.contentOverlap).toBeGreaterThan(without.contentOverlap);
    expect(withGraph.synonymShare).toBeGreaterThan(0);
    expect(without.synonymShare).toBe(0);
    // "illegal" is credited through "illicit" (1), "official" exactly (2).
    const q = textFeatures(SPUN, 3);
    const at = (word: string) => Array.from(q.stems).indexOf(stemHashOf(word));
    expect(withGraph.credit[at('illegal')]).toBe(1);
    expect(withGraph.credit[at('official')]).toBe(2);
    expect(without.credit[at('illegal')]).toBe(0);
  });

  it('finds the replaced word as the partner of a swap', () => {
    const c = compare(SPUN, SOURCE, graph);
    const q = textFeatures(SPUN, 3);
    const s = textFeatures(SOURCE, 3);
    const i = Array.from(q.stems).indexOf(stemHashOf('illegal'));
    expect(s.stems[c.partner[i]!]).toBe(stemHashOf('illicit'));
  });

  it('does not use the links of a word linked to everything', () => {
    const hubLinks: [string, string][] = [['illicit', 'illegal']];
    for (let k = 0; k <= MAX_SYNONYM_DEGREE; k++) hubLinks.push(['illegal', `filler${k}word`]);
    const c = compare(SPUN, SOURCE, graphOf(hubLinks));
    expect(c.synonymShare).toBe(0);
  });
});

describe('sentence alignment', () => {
  const a = 'The cartels buy precursor chemicals from suppliers in China.';
  const b = 'Fentanyl pills then cross the border hidden in trucks.';
  const c = 'Officials in Washington met their counterparts last week.';

  it('aligns each query sentence with its source sentence, in any order', () => {
    const cmp = compare(`${b} ${a}`, `${a} ${c} ${b}`, null);
    expect(cmp.querySentences).toBe(2);
    expect(cmp.pairs.map((p) => [p.query, p.spanFrom, p.spanTo])).toEqual([
      [0, 2, 2],
      [1, 0, 0],
    ]);
    expect(cmp.alignedCoverage).toBe(1);
  });

  it('aligns a merged sentence with the two it was made of', () => {
    const merged = 'The cartels buy precursor chemicals from suppliers in China and fentanyl pills then cross the border hidden in trucks.';
    const cmp = compare(merged, `${c} ${a} ${b}`, null);
    expect(cmp.pairs).toHaveLength(1);
    expect([cmp.pairs[0]!.spanFrom, cmp.pairs[0]!.spanTo]).toEqual([1, 2]);
  });

  it('leaves a sentence the span does not carry unaligned', () => {
    const cmp = compare(`${a} ${c}`, `${a} ${b}`, null);
    expect(cmp.pairs.map((p) => p.query)).toEqual([0]);
    expect(cmp.alignedCoverage).toBeGreaterThan(0.3);
    expect(cmp.alignedCoverage).toBeLessThan(0.7);
  });
});
