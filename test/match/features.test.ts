/**
 * The matcher's features as hashed typed arrays: what one text and one span carry, and how two
 * compare. These are the numbers every lookup's verdict is made of.
 */
import { describe, expect, it } from 'vitest';
import { combineFeatures, sharedCount, sortedHas, textFeatures } from '../../src/match/features';
import { compareFeatures } from '../../src/match/verify';
import { queryContext } from '../../src/match/align';
import { idfByHash } from '../../src/match/df-sketch';
import { buildMatchIndex } from '../../src/match';
import { MATCH_CONFIG } from '../../src/match/config';

const FIRST =
  'Mexican officials said the arrest of the former defense secretary in Los Angeles had badly damaged trust between the two governments.';
const SECOND =
  'Cooperation on extraditions and on sharing intelligence about the cartels slowed to a trickle in the months after his release.';

const ascending = (a: Uint32Array) => a.every((v, i) => i === 0 || a[i - 1]! < v);

describe('textFeatures', () => {
  it('folds the written form: case, curly apostrophes and abbreviation dots give the same hashes', () => {
    const a = textFeatures('Mexico’s U.S. envoy met the D.E.A. chief on Tuesday', 3);
    const b = textFeatures("mexicos US envoy met the DEA chief on tuesday", 3);
    expect(a.wordCount).toBe(9);
    expect(Array.from(a.shingles)).toEqual(Array.from(b.shingles));
    expect(Array.from(a.stems)).toEqual(Array.from(b.stems));
  });

  it('keeps shingles and stems in order, and their distinct values sorted', () => {
    const f = textFeatures(`${FIRST} ${FIRST}`, 3);
    expect(f.shingles.length).toBe(f.wordCount - 2);
    expect(f.shingleSet.length).toBeLessThan(f.shingles.length); // the repeat adds no new shingles but the seam
    expect(ascending(f.shingleSet)).toBe(true);
    expect(ascending(f.stemSet)).toBe(true);
    expect(ascending(f.bigrams)).toBe(true);
    for (const h of f.shingles) expect(sortedHas(f.shingleSet, h)).toBe(true);
    // Stopwords are not content stems.
    expect(textFeatures('of the in and to', 3).stems.length).toBe(0);
    expect(textFeatures('of the cartels in and to', 3).stems.length).toBe(1);
  });

  it('has nothing for a text without words', () => {
    const f = textFeatures(' — … “” ', 3);
    expect(f.wordCount).toBe(0);
    expect(f.shingles.length + f.stems.length + f.bigrams.length).toBe(0);
  });
});

describe('compareFeatures', () => {
  const weightsOf = (stems: Uint32Array) => Float64Array.from(stems, () => 1);

  it('finds a text wholly in itself', () => {
    const f = textFeatures(FIRST, 3);
    const c = compareFeatures(queryContext(f, weightsOf(f.stems)), f, weightsOf(f.stems));
    expect(c.shingleContainment).toBe(1);
    expect(c.contentOverlap).toBe(1);
    expect(c.bigramContainment).toBe(1);
    expect(c.longestRun).toBe(f.wordCount);
  });

  it('finds a merged block in the span of its two paragraphs, and half of it in either one', () => {
    const query = textFeatures(`${FIRST} ${SECOND}`, 3);
    const first = textFeatures(FIRST, 3);
    const second = textFeatures(SECOND, 3);
    const span = combineFeatures([first, second]);
    expect(span.wordCount).toBe(first.wordCount + second.wordCount);
    expect(Array.from(span.stems)).toEqual([...first.stems, ...second.stems]);
    const whole = compareFeatures(queryContext(query, weightsOf(query.stems)), span, weightsOf(span.stems));
    const half = compareFeatures(queryContext(query, weightsOf(query.stems)), first, weightsOf(first.stems));
    // Only the two shingles straddling the seam are missing from the span.
    expect(whole.shingleContainment).toBeCloseTo((query.shingleSet.length - 2) / query.shingleSet.length, 5);
    expect(whole.contentOverlap).toBe(1);
    expect(half.shingleContainment).toBeGreaterThan(0.4);
    expect(half.shingleContainment).toBeLessThan(0.6);
  });

  it('counts shared values of two sorted sets in one pass', () => {
    expect(sharedCount(Uint32Array.of(1, 3, 5, 9), Uint32Array.of(2, 3, 4, 9, 10))).toBe(2);
    expect(sharedCount(Uint32Array.of(), Uint32Array.of(1))).toBe(0);
  });
});

describe('idfByHash', () => {
  it('weighs a term the sketch has never seen above one it holds often', () => {
    const sketch = new Uint8Array(1024);
    sketch[7] = 120; // 2^10 - 1 paragraphs
    const idf = idfByHash(sketch, 10_000);
    expect(idf(7)).toBeLessThan(idf(8));
    expect(idf(8)).toBeCloseTo(Math.log(1 + 10_000), 9);
    expect(idf(7 + 1024)).toBe(idf(7)); // hashes wrap around the sketch
  });
});

describe('candidate ranking', () => {
  it('breaks equal ranks by paragraph, whatever order the postings were read in', () => {
    // Twelve documents with the same paragraph: only maxCandidates of them are verified, and
    // they must be the first ones, every time.
    const paragraphs = Array.from({ length: 12 }, (_, doc) => ({ doc, paragraph: 0, text: `${FIRST} ${SECOND}` }));
    const index = buildMatchIndex(paragraphs, { minBanalDocs: 100 });
    const hits = index.find(`${FIRST} ${SECOND}`, { limit: 20 });
    expect(hits.map((h) => h.doc)).toEqual(Array.from({ length: MATCH_CONFIG.maxCandidates }, (_, i) => i));
    expect(hits.every((h) => h.relation === 'verbatim')).toBe(true);
  });
});
