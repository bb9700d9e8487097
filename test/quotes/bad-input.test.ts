import { describe, expect, it } from 'vitest';
import { findQuotes, type QuoteParagraph } from '../../src/quotes';
import { seedParagraphs } from './seed-paragraphs';

describe('findQuotes on bad input', () => {
  it('returns nothing for no paragraphs, empty text or missing fields', () => {
    expect(findQuotes([])).toEqual([]);
    expect(findQuotes(null as unknown as QuoteParagraph[])).toEqual([]);
    expect(findQuotes([{ text: '' }, { text: '   ' }, {} as QuoteParagraph, { text: 42 } as unknown as QuoteParagraph])).toEqual([]);
    // Marks with nothing inside, a stray closing mark, an unmatched straight quote.
    expect(findQuotes([{ text: '“”' }, { text: '”' }, { text: '"""""' }])).toEqual([]);
    // A speaker label with no words is not a quote.
    expect(findQuotes([{ text: '  ', speaker: 'DONAHUE' }])).toEqual([]);
  });

  it('survives a huge paragraph and finds the quotes at its start', () => {
    const { paragraphs } = seedParagraphs('003');
    const huge = paragraphs.map((p) => p.text).join(' ').repeat(40);
    expect(huge.length).toBeGreaterThan(400_000);
    const quotes = findQuotes([{ text: huge }]);
    expect(quotes.length).toBeGreaterThan(5);
    expect(quotes.every((q) => huge.slice(q.start, q.end) === q.text)).toBe(true);
  });

  it('keeps offsets right with a byte-order mark, mojibake, emoji and NULs in the text', () => {
    const { paragraphs } = seedParagraphs('003');
    const line = paragraphs.find((p) => p.text.includes('Feeley said'))!.text;
    const odd = `\uFEFF😀 â€œ ${line.replace('game', 'ga\u0000me')} \uD800`;
    const [q] = findQuotes([{ text: odd }]);
    expect(q).toBeDefined();
    expect(odd.slice(q!.start, q!.end)).toBe(q!.text);
    expect(q!.speaker).toBe('Feeley');
  });
});
