/**
 * The model is built from whatever corpus a user gives it, not tuned to the cartel story: a
 * corpus of five short encyclopedia texts on five computer-science subjects must accept a new
 * short answer on one of those subjects and turn away news, the cartel story included.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTopicModel, scoreTopic, type StoredTopicModel } from '../../src/topic';
import { contentTerms } from '../../src/text';
import { asDocument, loadBenchmark, loadSeeds } from './load';
import { CS_CORPUS, CS_ON_TOPIC, OFF_TOPIC, ON_TOPIC } from './texts';

let cs: StoredTopicModel;

beforeAll(() => {
  cs = buildTopicModel(Object.values(CS_CORPUS).map(asDocument));
});

describe('a corpus on five computer-science subjects', () => {
  it('builds its own terms from its own texts', () => {
    const terms = new Set(cs.terms.map((t) => t.term));
    const term = (word: string) => contentTerms(word)[0] ?? word;
    for (const w of ['subproblems', 'superclass', 'posterior', 'PageRank']) expect(terms.has(term(w)), w).toBe(true);
    for (const w of ['cartels', 'fentanyl', 'Mexico']) expect(terms.has(term(w)), w).toBe(false);
  });

  it('finds new short answers on its subjects on-topic', () => {
    for (const [name, text] of Object.entries(CS_ON_TOPIC)) {
      const v = scoreTopic(cs, text);
      expect(v.onTopic, `${name} scored ${v.score} < ${cs.threshold}`).toBe(true);
    }
  });

  it('finds the cartel story and other news off-topic', () => {
    const news = [...loadSeeds().map((s) => s.text), ...Object.values(ON_TOPIC), ...Object.values(OFF_TOPIC)];
    for (const text of news) {
      const v = scoreTopic(cs, text);
      expect(v.onTopic, `${text.slice(0, 60)} scored ${v.score} >= ${cs.threshold}`).toBe(false);
    }
  });

  const bench = loadBenchmark();
  it.skipIf(!bench)('finds the benchmark pages off-topic (tech news among them)', () => {
    for (const page of bench ?? []) expect(scoreTopic(cs, page.body).onTopic, page.url).toBe(false);
  });

  it('and the seed model finds the computer-science answers off-topic', () => {
    const story = buildTopicModel(loadSeeds().map((s) => s.doc));
    for (const text of [...Object.values(CS_ON_TOPIC), ...Object.values(CS_CORPUS)]) {
      expect(scoreTopic(story, text).onTopic).toBe(false);
    }
  });
});
