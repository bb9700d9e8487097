import { describe, expect, it } from 'vitest';
import { isProbablyArticle } from '../../src/extract/index';
import { loadPage, parse } from './helpers';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} reports what officials said on Tuesday about the talks, the seizures, and the arrests that followed them across the border region this month, and what both governments plan next.</p>`;

describe('isProbablyArticle', () => {
  it('accepts a news article and refuses a sign-in page', () => {
    expect(isProbablyArticle(loadPage('news-page.html'))).toBe(true);
    expect(isProbablyArticle(loadPage('no-article.html'))).toBe(false);
  });

  it('needs enough paragraph text, and less of it when the page declares an article', () => {
    const two = `<body><main>${paragraph(1)}${paragraph(2)}</main></body>`;
    expect(isProbablyArticle(parse(`<html><head></head>${two}</html>`))).toBe(false);
    expect(isProbablyArticle(parse(`<html><head><meta property="og:type" content="article"></head>${two}</html>`))).toBe(true);
    const many = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('');
    expect(isProbablyArticle(parse(`<html><body><main>${many}</main></body></html>`))).toBe(true);
  });

  it('ignores hidden paragraphs', () => {
    const many = Array.from({ length: 6 }, (_, i) => paragraph(i)).join('');
    expect(isProbablyArticle(parse(`<html><body><div hidden>${many}</div></body></html>`))).toBe(false);
    expect(isProbablyArticle(parse(`<html><body><div style="display:none">${many}</div></body></html>`))).toBe(false);
  });

  it('says no to empty and binary input without throwing', () => {
    for (const html of ['', 'plain words', '\u0000\u0001\ufffd'.repeat(1000)]) expect(isProbablyArticle(parse(html))).toBe(false);
  });
});
