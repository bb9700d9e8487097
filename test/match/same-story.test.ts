/**
 * Real pages about the same stories from different outlets (the article-extraction benchmark has
 * three Doobie Brothers tour reports, several Apple deal roundups, two Taylor Swift statements...).
 * Short lines that share only names or a stock phrase with another outlet's paragraph are not
 * reuse; a quoted statement both outlets print is. The texts below were read and judged by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import type { MatchIndex } from '../../src/match/types';
import { loadBenchmarkArticles } from './seed-data';

const articles = loadBenchmarkArticles();
let index: MatchIndex;
beforeAll(() => {
  index = buildMatchIndex(articles.flatMap((paras, doc) => paras.map((text, paragraph) => ({ doc, paragraph, text }))));
});

/** The article whose paragraphs include `text` exactly. */
function docOf(text: string): number {
  const doc = articles.findIndex((paras) => paras.includes(text));
  if (doc < 0) throw new Error(`benchmark has no paragraph "${text}"`);
  return doc;
}

/**
 * Lines that must match no other article. Each shares words with another outlet's paragraph but
 * no sentence: a heading whose words all occur in a rival's lede, a product name inside a deal
 * blurb, a "follow us" line, a stock phrase.
 */
const NOT_REUSE = [
  'The Doobie Brothers 50th Anniversary Tour 2020 dates:',
  'Follow NBC Latino on Facebook, Twitter and Instagram.',
  'Be sure to visit Arrowhead on Facebook, Twitter, and Instagram.',
  'Here are some of the highlights:',
  'Apple AirPods with Wireless Charging Case (Latest Model)',
  'Apple iPad Pro (11-inch, Wi-Fi, 64GB)',
  'Save hundreds on the 16-inch MacBook Pro',
  '$10 Off Nintendo Switch Lite and Pokemon Bundle',
];

describe.skipIf(articles.length === 0)('same story, different outlets (extraction benchmark)', () => {
  it('short lines that share names or a stock phrase with another outlet match nothing there', () => {
    const wrong: string[] = [];
    for (const text of NOT_REUSE) {
      for (const m of index.find(text, { excludeDocs: [docOf(text)] })) {
        wrong.push(`"${text}" -> ${m.relation} ${m.score} "${m.text.slice(0, 60)}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("a statement two outlets both quote is found across them (Johnston's tour statement)", () => {
    const billboard = articles.flat().find((p) => p.startsWith('“We\'re truly excited about our 50th Anniversary Tour,” comments Johnston'));
    expect(billboard).toBeDefined();
    const matches = index.find(billboard!, { excludeDocs: [docOf(billboard!)] });
    expect(matches[0]?.text).toMatch(/^“We’re truly excited about our 50th Anniversary Tour, as it’s a celebration/);
    expect(matches[0]?.relation).not.toBe('paraphrase');
  });
});
