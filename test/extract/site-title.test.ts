import { describe, expect, it } from 'vitest';
import { withoutSiteName } from '../../src/extract/site-title';
import { parse } from './helpers';

const doc = (head: string, body = '') => parse(`<html><head>${head}</head><body>${body}</body></html>`);

describe('withoutSiteName', () => {
  it('cuts a site name after an em or en dash when og:site_name names it (reuse page CodeWire)', () => {
    const d = doc('<meta property="og:site_name" content="CodeWire">');
    expect(withoutSiteName('Dynamic programming, the interview favourite, turns 70 — CodeWire', d)).toBe('Dynamic programming, the interview favourite, turns 70');
    expect(withoutSiteName('Dynamic programming turns 70 – CodeWire', d)).toBe('Dynamic programming turns 70');
  });

  it('knows the site from its masthead link, and ignores a leading "The"', () => {
    const d = doc('', '<header><a class="brand" href="/">The Morning Ledger</a></header>');
    expect(withoutSiteName('Bayes turns 260 — Morning Ledger', d)).toBe('Bayes turns 260');
    expect(withoutSiteName('Morning Ledger — Bayes turns 260', d)).toBe('Bayes turns 260');
  });

  it('cuts any short tail when the rest is the page h1', () => {
    const d = doc('', '<h1>About bugs</h1>');
    expect(withoutSiteName('About bugs – Vortex Cannon Entertainment', d)).toBe('About bugs');
  });

  it('keeps headlines that hold a dash of their own', () => {
    const d = doc('<meta property="og:site_name" content="Valley Courier">', '<h1>Storm Imogen — a week on</h1>');
    expect(withoutSiteName('Storm Imogen — a week on', d)).toBe('Storm Imogen — a week on');
    expect(withoutSiteName('Storm Imogen — a week on — Valley Courier', d)).toBe('Storm Imogen — a week on');
    expect(withoutSiteName('Rates rise — and so do rents', doc(''))).toBe('Rates rise — and so do rents');
  });
});
