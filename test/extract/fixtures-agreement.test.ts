/**
 * Agreement with the fixture pages written from the seeds (test/fixtures/pages/<name>/, owned by
 * the fixtures engineer): each expected block is found in our blocks, in order, and its kind and
 * category are compared. The agreement is printed and held to a floor, so a rule change that
 * loses it fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks, isProbablyArticle } from '../../src/extract/index';
import { parse } from './helpers';
import { fixtureNames, loadFixture } from '../fixture-pages';

const names = fixtureNames();
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Floors, a little under what the extractor reaches today (kind 99%, category 90% overall). */
const FLOOR = { found: 1, kind: 0.97, category: 0.85 } as const;

describe.skipIf(names.length === 0)('agreement with the seed fixture pages', () => {
  const totals = { expected: 0, found: 0, kind: 0, category: 0 };
  const lines: string[] = [];

  for (const name of names) {
    it(`${name}: finds every expected block and agrees on its kind`, () => {
      const { html, expected } = loadFixture(name);
      const doc = parse(html);
      const { blocks } = extractBlocks(doc);
      let at = 0;
      let found = 0;
      let kind = 0;
      let category = 0;
      const misses: string[] = [];
      for (const e of expected.blocks) {
        const i = blocks.findIndex((b, k) => k >= at && norm(b.text) === norm(e.text));
        if (i < 0) {
          misses.push(`missing: ${e.text.slice(0, 60)}`);
          continue;
        }
        at = i + 1;
        found++;
        const b = blocks[i]!;
        if (b.kind === e.kind) kind++;
        else misses.push(`kind ${b.kind} != ${e.kind}: ${e.text.slice(0, 60)} (${b.reason})`);
        if ((b.category ?? '') === (e.category ?? '')) category++;
      }
      const n = expected.blocks.length;
      totals.expected += n;
      totals.found += found;
      totals.kind += kind;
      totals.category += category;
      lines.push(`${name}: ${n} blocks, found ${found}, kind ${kind}, category ${category}`);
      if (expected.isArticle !== undefined) expect(isProbablyArticle(doc)).toBe(expected.isArticle);
      expect(found / n, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.found);
      expect(kind / n, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR.kind);
    });
  }

  it('agrees on categories overall', () => {
    const t = totals;
    console.log(
      `fixture agreement over ${names.length} pages: ${t.expected} blocks, kind ${(t.kind / t.expected).toFixed(3)}, category ${(t.category / t.expected).toFixed(3)}\n  ${lines.join('\n  ')}`,
    );
    expect(t.expected).toBeGreaterThan(0);
    expect(t.category / t.expected).toBeGreaterThanOrEqual(FLOOR.category);
  });
});
