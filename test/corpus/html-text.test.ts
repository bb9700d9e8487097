/**
 * The corpus builder's HTML reader: Readability's article when the page is small enough to ask
 * it, the whole body past the element limit (which it counts itself: under linkedom,
 * Readability's own count finds no elements and never stops a huge page).
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/corpus/html-text';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i + 1} of the report, long enough, with commas, and detail, to be read as the body text of it.</p>`,
).join('');
const page = `<html><head><title>Report</title></head><body><nav><ul><li><a href="/">Home page of the site</a></li></ul></nav><article>${paragraphs}</article></body></html>`;

describe('htmlToText', () => {
  it("reads Readability's article: the paragraphs, not the menu", () => {
    const text = htmlToText(page);
    expect(text.ok).toBe(true);
    const lines = text.ok ? text.text.split('\n\n') : [];
    expect(lines.filter((l) => l.startsWith('Paragraph'))).toHaveLength(6);
    expect(lines).not.toContain('Home page of the site');
  });

  it('reads the whole body, menu included, past the element limit, without asking Readability', () => {
    const text = htmlToText(page, 10);
    expect(text.ok).toBe(true);
    const lines = text.ok ? text.text.split('\n\n') : [];
    expect(lines.filter((l) => l.startsWith('Paragraph'))).toHaveLength(6);
    expect(lines).toContain('Home page of the site');
  });
});
