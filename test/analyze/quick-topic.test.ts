/**
 * The content script's first check: the page's first paragraphs, scored against the topic model.
 * It may only say "no" for pages clearly about something else; every page on the story, and any
 * page with too little text to judge, goes on to the full analysis.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildCorpus } from '../../src/corpus/build-corpus';
import type { CorpusIndex } from '../../src/corpus/types';
import { quickTopicText, quickTopicVerdict } from '../../src/analyze';
import { fixtureNames, loadFixture } from '../fixture-pages';

let index: CorpusIndex;
beforeAll(async () => {
  index = await buildCorpus(join(import.meta.dirname, '..', '..', 'seeds'));
});

function verdict(name: string) {
  const doc = parseHTML(loadFixture(name).html).document as unknown as Document;
  return quickTopicVerdict(index.topic, quickTopicText(doc));
}

describe('quick topic check', () => {
  it('lets every page about the story through', () => {
    const onTopic = fixtureNames().filter((n) => loadFixture(n).expected.onTopic);
    expect(onTopic.length).toBeGreaterThan(10);
    expect(onTopic.filter((n) => !verdict(n).maybeOnTopic)).toEqual([]);
  });

  it('stops articles about something else, including one that mentions Mexico and drugs', () => {
    for (const name of ['offtopic-city-library', 'offtopic-sports-recap', 'offtopic-travel-oaxaca', 'offtopic-markup-text']) {
      const v = verdict(name);
      expect(v.words, name).toBeGreaterThanOrEqual(100);
      expect(v.maybeOnTopic, name).toBe(false);
    }
  });

  it('does not judge a page with too little text: the article check decides', () => {
    const v = verdict('offtopic-shop-category');
    expect(v.words).toBeLessThan(100);
    expect(v.maybeOnTopic).toBe(true);
  });

  it('reads only the first part of a long page', () => {
    const doc = parseHTML(loadFixture('003-nbc').html).document as unknown as Document;
    expect(quickTopicText(doc).length).toBeLessThanOrEqual(2500);
  });
});
