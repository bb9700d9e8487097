/**
 * The one decision (src/match/reuse-model.ts) and the page prior (src/match/page-prior.ts): the
 * stored model is the one the features are computed for, the sensitivity and the prior move its
 * cut-off the right way, and a page's other paragraphs can only add matches in the documents it
 * follows, near its traced paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, REUSE_MODEL, cutoffFor, reuseProbability } from '../../src/match/reuse-model';
import { followedDocuments, findWithPagePrior, pooledDocuments, pooledMeans, PAGE_PRIOR } from '../../src/match/page-prior';
import type { MatchIndex, MatchOptions, ParagraphMatch } from '../../src/match/types';

const hit = (doc: number, paragraph: number): ParagraphMatch => ({
  doc,
  paragraph,
  paragraphs: [paragraph],
  score: 0.9,
  relation: 'paraphrase',
  text: '',
  coverage: 0.9,
  probability: 0.9,
  alignment: [],
  evidence: [],
});

describe('the reuse model', () => {
  it('is stored for the features the matcher computes, with its provenance', () => {
    expect(REUSE_MODEL.features).toEqual([...FEATURE_NAMES]);
    expect(REUSE_MODEL.weights).toHaveLength(FEATURE_NAMES.length);
    expect(REUSE_MODEL.fittedOn).toMatch(/dev split/);
  });

  it('gives shared wording a higher probability than none', () => {
    const none = Object.fromEntries(FEATURE_NAMES.map((f) => [f, 0])) as Record<(typeof FEATURE_NAMES)[number], number>;
    const copied = { ...none, containment: 1, contentOverlap: 1, bigrams: 1, alignedCoverage: 1, alignedMean: 1, rareShare: 1, longestRun: 1, length: 0.7 };
    expect(reuseProbability(copied)).toBeGreaterThan(0.99);
    expect(reuseProbability({ ...none, length: 0.7 })).toBeLessThan(cutoffFor(1));
  });

  it('moves its cut-off with the sensitivity and the prior odds', () => {
    expect(cutoffFor(0.5)).toBeCloseTo(REUSE_MODEL.cutoff, 6);
    expect(cutoffFor(0)).toBeGreaterThan(cutoffFor(0.5));
    expect(cutoffFor(1)).toBeLessThan(cutoffFor(0.5));
    expect(cutoffFor(0.5, REUSE_MODEL, 8)).toBeLessThan(cutoffFor(0.5));
  });
});

describe('the page prior', () => {
  it('follows a document only when several of the page’s paragraphs are traced to it', () => {
    expect([...followedDocuments([[hit(3, 10)], [], [hit(3, 12)], [hit(1, 4)]]).keys()]).toEqual([3]);
    expect(followedDocuments([[hit(3, 10)], [], [hit(1, 4)]]).size).toBe(0);
  });

  it('looks an untraced paragraph up again with raised odds, keeping hits near the traced ones only', () => {
    const asked: MatchOptions[] = [];
    const matcher = {
      find: (_text: string, options: MatchOptions = {}) => {
        asked.push(options);
        return [hit(3, 11), hit(3, 40), hit(5, 11)];
      },
    } as unknown as MatchIndex;
    const followed = followedDocuments([[hit(3, 10)], [hit(3, 12)]]);
    const found = findWithPagePrior(matcher, 'an untraced paragraph', followed, { sensitivity: 0.5 });
    expect(asked[0]!.priorOdds).toBe(PAGE_PRIOR.oddsFactor);
    expect(found.map((m) => [m.doc, m.paragraph])).toEqual([[3, 11]]);
    expect(findWithPagePrior(matcher, 'x', new Map(), {})).toEqual([]);
  });

  it('follows a document its long paragraphs all point at, none confidently alone', () => {
    const long = 'word '.repeat(PAGE_PRIOR.minPooledWords + 2);
    const weak = (p: number) => ({ hits: [], bestByDoc: new Map([[7, p], [2, 0.2]]) });
    const level = PAGE_PRIOR.minPageMean;
    expect([...pooledDocuments(pooledMeans([long, long, long], [weak(level + 0.05), weak(level), weak(level + 0.1)]))]).toEqual([7]);
    // Below the level, a single long paragraph, or only short ones: nothing to follow.
    expect(pooledDocuments(pooledMeans([long, long], [weak(level - 0.1), weak(level - 0.1)])).size).toBe(0);
    expect(pooledDocuments(pooledMeans([long], [weak(0.99)])).size).toBe(0);
    expect(pooledDocuments(pooledMeans(['short text', 'short text'], [weak(0.99), weak(0.99)])).size).toBe(0);
    // A pooled document has no traced paragraph to be near: any of its paragraphs may follow.
    const followed = followedDocuments([[], []], PAGE_PRIOR, new Set([7]));
    expect(followed.get(7)).toEqual([]);
  });
});
