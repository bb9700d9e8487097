import { describe, expect, it } from 'vitest';
import { findQuotes, quoteSimilarity, QUOTE_SIMILARITY_THRESHOLD, type FoundQuote } from '../../src/quotes';
import { seedParagraphs } from './seed-paragraphs';

function quotesOf(id: string): FoundQuote[] {
  const { paragraphs, narrators } = seedParagraphs(id);
  return findQuotes(paragraphs, { narrators });
}

/**
 * Which 003 quote each 004 quote paraphrases, by opening words (read off the two texts by hand).
 * Every other 003 x 004 pair is two different quotes.
 */
const SAME_QUOTE: [string, string][] = [
  ['We have a game changer', 'We have a watershed'],
  ['Yet, when we most need', 'Yet when we most need'],
  ['The Sinaloa cartel', 'The Sinaloa cartel'],
  ['The cartels are buying', 'The cartels are buying'],
  ['The cartels are engaging', 'The cartels are engaged'],
  ['Here, we do not produce', 'Here, we don’t produce'],
  ['We deeply lament', 'We are deeply sorry'],
  ['We’re going to unleash', 'Let’s unleash'],
  ['give the military', 'give the military'],
  ['We are not contemplating', 'We are not contemplating'],
  ['We are not getting', 'We are not receiving'],
  ['We are very concerned', 'We are very concerned'],
  ['One of the things', 'One of the things'],
  ['Last year, Mexico', 'Last year, Mexico'],
  ['I do think', 'I think'],
  ['Maybe at times', 'Maybe sometimes'],
];

describe('quoteSimilarity on 003 against 004', () => {
  const q3 = quotesOf('003');
  const q4 = quotesOf('004');
  const same: number[] = [];
  const different: { score: number; a: string; b: string }[] = [];
  for (const a of q3) {
    for (const b of q4) {
      const score = quoteSimilarity(a.text, b.text);
      const paired = SAME_QUOTE.some(([x, y]) => a.text.startsWith(x) && b.text.startsWith(y));
      if (paired) same.push(score);
      else different.push({ score, a: a.text, b: b.text });
    }
  }

  it('finds every pair of the table among the found quotes', () => {
    expect(same).toHaveLength(SAME_QUOTE.length);
    expect(different.length).toBeGreaterThan(200);
  });

  it('puts every version of one quote above the threshold and every different pair below it', () => {
    expect(Math.min(...same)).toBeGreaterThanOrEqual(QUOTE_SIMILARITY_THRESHOLD);
    const worst = different.reduce((m, d) => (d.score > m.score ? d : m));
    expect(worst.score, `${worst.a} / ${worst.b}`).toBeLessThan(QUOTE_SIMILARITY_THRESHOLD);
  });

  it('scores Feeley’s paraphrased quote well above any other Feeley quote or any unrelated quote', () => {
    const feeley3 = q3.find((q) => q.text.startsWith('We have a game changer'))!;
    const feeley4 = q4.find((q) => q.text.startsWith('We have a watershed'))!;
    const score = quoteSimilarity(feeley3.text, feeley4.text);
    const otherFeeley = q3.find((q) => q.text.startsWith('I give them'))!;
    expect(score - quoteSimilarity(otherFeeley.text, feeley4.text)).toBeGreaterThan(0.3);
    const bestUnrelated = Math.max(...different.filter((d) => d.b === feeley4.text).map((d) => d.score));
    expect(score - bestUnrelated).toBeGreaterThan(0.2);
  });
});

describe('quoteSimilarity on Donahue across 000, 001, 002', () => {
  const texts = ['000', '001', '002'].map((id) => quotesOf(id).find((q) => /^We[’']re willing to share/.test(q.text))!.text);

  it('scores the three versions of "We\'re willing to share" close to 1, far above his other quotes', () => {
    const others = quotesOf('000').filter((q) => q.speaker === 'Matthew Donahue' && !q.text.startsWith("We're willing"));
    expect(others.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < 3; i++) {
      for (let j = i + 1; j < 3; j++) expect(quoteSimilarity(texts[i]!, texts[j]!)).toBeGreaterThan(0.9);
      for (const o of others) expect(quoteSimilarity(texts[i]!, o.text)).toBeLessThan(0.3);
    }
  });

  it('scores an excerpt near its full quote (000 prints part of Farfán-Méndez’s 001 answer)', () => {
    const tape = quotesOf('001').find((q) => q.text.startsWith('With the elections'))!.text;
    const web = quotesOf('000').find((q) => q.text.startsWith("It's my expectation"))!.text;
    expect(quoteSimilarity(tape, web)).toBeGreaterThan(0.8);
  });
});

describe('quoteSimilarity properties', () => {
  const a = 'We have a game changer here, and the game changer is a hundred thousand dead people a year';
  const b = 'We have a watershed here, and the watershed is 100,000 people killed a year';

  it('is symmetric, 1 for the same words whatever the typography, 0 without shared words or text', () => {
    expect(quoteSimilarity(a, b)).toBe(quoteSimilarity(b, a));
    expect(quoteSimilarity(a, a.toUpperCase().replace(/,/g, ' —'))).toBe(1);
    expect(quoteSimilarity('alpha beta gamma', 'delta epsilon')).toBe(0);
    expect(quoteSimilarity('', a)).toBe(0);
    expect(quoteSimilarity('', '')).toBe(0);
  });

  it('folds number words: "a hundred thousand" shares its number with "100,000"', () => {
    expect(quoteSimilarity('a hundred thousand dead people', '100,000 dead people')).toBe(1);
  });

  it('stays in [0, 1] on odd input', () => {
    for (const [x, y] of [['\uD800\u0000', a], [a.repeat(500), b], ['…', '...'], ['[intelligence]', 'intelligence']]) {
      const s = quoteSimilarity(x!, y!);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });
});
