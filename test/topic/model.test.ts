/**
 * Properties of the built model, on the seeds: its terms come from the corpus, story terms
 * outweigh general news words, noise is ignored, it stays small, and it survives JSON.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTopicModel, scoreTopic, type StoredTopicModel } from '../../src/topic';
import { contentTerms } from '../../src/text';
import { countTerms } from '../../src/topic/terms';
import { asDocument, loadBenchmark, loadSeeds, type Seed } from './load';
import { ON_TOPIC } from './texts';

let seeds: Seed[];
let model: StoredTopicModel;

beforeAll(() => {
  seeds = loadSeeds();
  model = buildTopicModel(seeds.map((s) => s.doc));
});

/** Weight of a written word in the model (through the same stemmer, whatever it makes of it). */
function weightOf(word: string): number {
  const term = contentTerms(word)[0];
  return model.terms.find((t) => t.term === term)?.weight ?? 0;
}

describe('buildTopicModel on the seeds', () => {
  it('takes every term from the corpus text itself', () => {
    const corpusTerms = new Set(seeds.flatMap((s) => contentTerms(s.text)));
    expect(model.terms.length).toBeGreaterThan(50);
    for (const t of model.terms) expect(corpusTerms.has(t.term), t.term).toBe(true);
  });

  it('weighs story terms above general news terms', () => {
    const story = ['cartels', 'fentanyl', 'trafficking', 'DEA', 'interdiction'].map((w) => weightOf(w));
    const general = ['said', 'officials', 'president', 'administration', 'year', 'government'].map((w) => weightOf(w));
    expect(Math.min(...story)).toBeGreaterThan(0);
    for (const s of story) expect(s).toBeGreaterThan(Math.max(...general));
  });

  it('lists terms strongest first and keeps the model small', () => {
    const weights = model.terms.map((t) => t.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const bytes = JSON.stringify(model).length;
    expect(bytes).toBeLessThan(50_000);
    expect(bytes).toBeGreaterThan(1_000);
  });

  it('places the threshold between the null score and the held-out corpus windows', () => {
    expect(model.threshold).toBeGreaterThan(model.basis.nullScore);
    expect(model.threshold).toBeLessThanOrEqual(model.basis.heldOutLow);
    expect(model.basis.windows).toBeGreaterThan(10);
  });

  it('ignores noise paragraphs', () => {
    const withNoise = seeds.map((s, i) => {
      const doc = asDocument(s.text);
      if (i < 3) doc.paragraphs = [...doc.paragraphs, { text: 'Subscribe to our podcast about gardening tomatoes and compost.', kind: 'noise' }];
      return doc;
    });
    const m = buildTopicModel(withNoise);
    const terms = new Set(m.terms.map((t) => t.term));
    expect(terms.has('tomato')).toBe(false);
    expect(terms.has('compost')).toBe(false);
    // Content is unchanged, so the model is too.
    expect(m.terms).toEqual(model.terms);
  });

  it('gives the same verdict after a JSON round trip (the model ships inside the corpus file)', () => {
    const stored = JSON.parse(JSON.stringify(model)) as StoredTopicModel;
    for (const text of Object.values(ON_TOPIC)) expect(scoreTopic(stored, text)).toEqual(scoreTopic(model, text));
  });
});

describe('topic terms', () => {
  it('are the terms src/text contentTerms gives (the fast tokeniser agrees on real text)', () => {
    const texts = [...seeds.map((s) => s.text), ...(loadBenchmark() ?? []).map((p) => p.body)];
    let total = 0;
    let differing = 0;
    for (const text of texts) {
      const expected = new Map<string, number>();
      for (const t of contentTerms(text)) if (t.length >= 3 && /^[a-z]+$/.test(t)) expected.set(t, (expected.get(t) ?? 0) + 1);
      const got = countTerms(text).counts;
      for (const t of new Set([...expected.keys(), ...got.keys()])) {
        total += expected.get(t) ?? 0;
        differing += Math.abs((expected.get(t) ?? 0) - (got.get(t) ?? 0));
      }
    }
    expect(total).toBeGreaterThan(3000);
    // Only odd tokens differ ("2.4GHz", "Motion.Some"): under 0.1%.
    expect(differing / total).toBeLessThan(0.001);
  });
});
