/**
 * A corpus of several subjects: one cluster per subject, each with its own weights and threshold,
 * and a page on-topic when it is on any of them. Data: the five one-subject sources of test/reuse
 * (~400 words each) and their 25 student answers, the seeds (one story, five documents), the
 * benchmark pages. Ends with the ratio distributions on both sides of the line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTopicModel, scoreTopic, type StoredTopicModel, type TopicModel } from '../../src/topic';
import { CLUSTER } from '../../src/topic/config';
import { asDocument, loadBenchmark, loadReuse, loadSeeds } from './load';
import { CS_CORPUS, CS_ON_TOPIC, OFF_TOPIC, ON_TOPIC } from './texts';

const bench = loadBenchmark();
const reuse = loadReuse();
let subjects: StoredTopicModel;
let mixed: StoredTopicModel;
let story: StoredTopicModel;
/** Ratios gathered below, for the closing report. */
const onRatios: { case: string; score: number }[] = [];
const offRatios: { case: string; score: number }[] = [];

beforeAll(() => {
  subjects = buildTopicModel(reuse.sources.map((s) => asDocument(s.text)));
  story = buildTopicModel(loadSeeds().map((s) => s.doc));
  mixed = buildTopicModel([...loadSeeds().map((s) => s.doc), ...reuse.sources.map((s) => asDocument(s.text))]);
});

describe('clusters', () => {
  it('puts the five seeds (one story) in one cluster and stores its terms once', () => {
    expect(story.clusters).toHaveLength(1);
    expect(story.clusters[0]!.documents).toBe(5);
    expect(story.clusters[0]!.terms).toBeUndefined();
    expect(JSON.stringify(story).length).toBeLessThan(16_000);
  });

  it('gives each of five unrelated one-subject sources a cluster of its own', () => {
    expect(subjects.clusters.map((c) => c.documents)).toEqual([1, 1, 1, 1, 1]);
    expect(mixed.clusters.map((c) => c.documents)).toEqual([5, 1, 1, 1, 1, 1]);
  });

  it('pools documents too short to set a threshold of their own (the 134-152-word CS texts)', () => {
    const cs = buildTopicModel(Object.values(CS_CORPUS).map(asDocument));
    expect(cs.clusters).toHaveLength(1);
    expect(cs.clusters[0]!.documents).toBe(5);
  });

  it('stays within its size bounds on a corpus of many subjects (the benchmark pages)', () => {
    if (!bench) return;
    const many = buildTopicModel(bench.map((p) => asDocument(p.body)));
    // The kept clusters plus at most one pool of short documents.
    expect(many.clusters.length).toBeLessThanOrEqual(CLUSTER.maxClusters + 1);
    const entries = many.clusters.reduce((n, c) => n + (c.terms?.length ?? many.terms.length), 0);
    expect(entries).toBeLessThanOrEqual(CLUSTER.termBudget + CLUSTER.minClusterTerms);
    expect(JSON.stringify(many).length).toBeLessThan(130_000);
    expect(many.clusters.reduce((n, c) => n + c.documents, 0)).toBe(bench.length);
  });
});

describe('a corpus of five subjects (test/reuse sources)', () => {
  it('finds every student answer on-topic, the independent ones included', () => {
    for (const a of reuse.answers) {
      const v = scoreTopic(subjects, a.text);
      onRatios.push({ case: `answer ${a.file}`, score: v.score });
      expect(v.onTopic, `${a.file} scored ${v.score}`).toBe(true);
    }
  });

  it('names the terms of the subject the page is about', () => {
    const v = scoreTopic(subjects, reuse.answers.find((a) => a.file === 'inheritance-non1.txt')!.text);
    expect(v.terms.map((t) => t.term)).toContain('class');
    expect(v.terms.map((t) => t.term)).not.toContain('probability');
  });

  it('finds news, the seeds and the hand-written off-topic texts off-topic', () => {
    const pages = [
      ...(bench ?? []).map((p) => ({ name: p.url, text: p.body })),
      ...loadSeeds().map((s) => ({ name: s.file, text: s.text })),
      ...Object.entries({ ...OFF_TOPIC, ...ON_TOPIC }).map(([name, text]) => ({ name, text })),
    ];
    for (const p of pages) {
      const v = scoreTopic(subjects, p.text);
      offRatios.push({ case: p.name, score: v.score });
      expect(v.onTopic, `${p.name} scored ${v.score}`).toBe(false);
    }
  });
});

describe('a corpus of the seed story and five subjects', () => {
  it('keeps the seed story as it was alone, and adds the subjects', () => {
    for (const s of loadSeeds()) expect(scoreTopic(mixed, s.text).onTopic, s.file).toBe(true);
    for (const text of Object.values(ON_TOPIC)) expect(scoreTopic(mixed, text).onTopic).toBe(true);
    for (const text of [...reuse.answers.map((a) => a.text), ...Object.values(CS_ON_TOPIC)]) expect(scoreTopic(mixed, text).onTopic).toBe(true);
    for (const text of Object.values(OFF_TOPIC)) expect(scoreTopic(mixed, text).onTopic).toBe(false);
    // The benchmark pages (off-topic news) get the verdict the story's model alone gives them.
    for (const p of bench ?? []) expect(scoreTopic(mixed, p.body).onTopic, p.url).toBe(scoreTopic(story, p.body).onTopic);
  });
});

describe('the score', () => {
  it('is the ratio to the line: on-topic exactly when score >= threshold (1), for every model', () => {
    const texts = [...reuse.answers.map((a) => a.text), ...loadSeeds().map((s) => s.text), ...(bench ?? []).slice(0, 40).map((p) => p.body)];
    for (const m of [subjects, story, mixed]) {
      expect(m.threshold).toBe(1);
      for (const text of texts) {
        const v = scoreTopic(m, text);
        if (v.terms.length >= 4) expect(v.onTopic).toBe(v.score >= m.threshold);
      }
    }
  });

  it('still reads a version-1 model (one pooled model, raw density against its own threshold)', () => {
    const v1: TopicModel = { terms: story.terms, threshold: story.clusters[0]!.threshold };
    for (const s of loadSeeds()) {
      const v = scoreTopic(v1, s.text);
      expect(v.onTopic).toBe(true);
      // The same page, the same verdict: raw density = ratio x threshold.
      expect(v.score).toBeCloseTo(scoreTopic(story, s.text).score * v1.threshold, 3);
    }
  });

  it('reports the distributions: lowest on-topic ratio against highest off-topic ratio', () => {
    expect(onRatios.length).toBeGreaterThan(0);
    const low = [...onRatios].sort((a, b) => a.score - b.score)[0]!;
    const high = [...offRatios].sort((a, b) => b.score - a.score).slice(0, 3);
    console.log(
      `five-subject corpus (ratio to the line 1): lowest on-topic ${low.score} ${low.case}; highest off-topic ${high.map((h) => `${h.score} ${h.case}`).join(', ')}`,
    );
    expect(low.score).toBeGreaterThanOrEqual(1);
    expect(high[0]!.score).toBeLessThan(1);
  });
});
