/** Empty, tiny, huge and odd input: a sensible verdict, never a crash. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTopicModel, scoreTopic, type StoredTopicModel, type TopicModel } from '../../src/topic';
import { asDocument, loadSeeds } from './load';
import { ON_TOPIC } from './texts';

let model: StoredTopicModel;

beforeAll(() => {
  model = buildTopicModel(loadSeeds().map((s) => s.doc));
});

describe('scoreTopic edge cases', () => {
  it('finds empty and blank text off-topic with score 0', () => {
    for (const text of ['', '   \n\t ', '...', '2021 2022 90,000']) {
      expect(scoreTopic(model, text)).toEqual({ onTopic: false, score: 0, terms: [] });
    }
  });

  it('does not call a bare list of story words a page about the story when it is too thin', () => {
    // Three story terms: fewer than the distinct terms a page must hit.
    expect(scoreTopic(model, 'cartel fentanyl cartel fentanyl DEA').onTopic).toBe(false);
  });

  it('handles a huge page (the seeds repeated to ~280,000 words) and still finds it on-topic', () => {
    const huge = loadSeeds()
      .map((s) => s.text)
      .join('\n')
      .repeat(50);
    const v = scoreTopic(model, huge);
    expect(v.onTopic).toBe(true);
    expect(Number.isFinite(v.score)).toBe(true);
  });

  it('finds text in another script off-topic', () => {
    expect(scoreTopic(model, 'Мексиканские картели и фентанил. メキシコの麻薬カルテル。').onTopic).toBe(false);
  });

  it('survives a damaged model (missing terms, bad threshold) with an off-topic verdict', () => {
    const text = ON_TOPIC['security-dialogue'] ?? '';
    const broken = { threshold: Number.NaN } as unknown as TopicModel;
    expect(scoreTopic(broken, text).onTopic).toBe(false);
    expect(scoreTopic({ ...model, threshold: Number.NaN }, text).onTopic).toBe(false);
    expect(scoreTopic(undefined as unknown as TopicModel, text)).toEqual({ onTopic: false, score: 0, terms: [] });
    // Damaged clusters: no usable threshold, term indices out of range, weights missing.
    const clusters = [{ threshold: 0, terms: [0, 1, 2, 3] }, { threshold: 'x' }, { threshold: 0.5, terms: [9999, -1, 0.5], weights: [1, 1, 1] }, null];
    expect(scoreTopic({ ...model, clusters }, text).onTopic).toBe(false);
    expect(scoreTopic({ ...model, clusters: [{ threshold: 0.5, terms: [0, 1], weights: ['a', null] }] }, text).score).toBe(0);
    // The same text is on-topic for the intact model, so the checks above test the damage.
    expect(scoreTopic(model, text).onTopic).toBe(true);
  });
});

describe('buildTopicModel edge cases', () => {
  it('builds a model that finds every page off-topic from an empty corpus', () => {
    for (const docs of [[], [{ paragraphs: [] }], [asDocument('')]]) {
      const m = buildTopicModel(docs);
      expect(m.terms).toEqual([]);
      expect(Number.isFinite(m.threshold)).toBe(true);
      expect(JSON.parse(JSON.stringify(m))).toEqual(m);
      expect(scoreTopic(m, ON_TOPIC['security-dialogue'] ?? '').onTopic).toBe(false);
    }
  });

  it('builds from a single document, and that document is on-topic for it', () => {
    const seed = loadSeeds()[0]!;
    const m = buildTopicModel([seed.doc]);
    expect(m.terms.length).toBeGreaterThan(10);
    expect(scoreTopic(m, seed.text).onTopic).toBe(true);
    expect(scoreTopic(m, 'The weather in Paris was mild on Sunday, with light rain expected by evening.').onTopic).toBe(false);
  });
});
