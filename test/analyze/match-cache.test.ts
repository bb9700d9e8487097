/**
 * A page analysed again after it changed (infinite scroll, a single-page app) looks up only the
 * paragraphs it has not seen before, and gets the same answer as a fresh analysis.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus } from '../../src/corpus/load-corpus';
import { analyzeDocumentSync } from '../../src/analyze';
import type { Lookup } from '../../src/match/page-prior';

const ROOT = join(import.meta.dirname, '..', '..');

describe('analysis of a page that changed', () => {
  it('reuses the hits of unchanged paragraphs and looks up only the new ones', async () => {
    const corpus = loadCorpus(await buildCorpus(join(ROOT, 'seeds')));
    const lookups: string[] = [];
    const find = corpus.matcher.find.bind(corpus.matcher);
    corpus.matcher.find = (text, options) => {
      lookups.push(text);
      return find(text, options);
    };
    const html = readFileSync(join(ROOT, 'test/fixtures/pages/004-copy-site/source.html'), 'utf8');
    const { document } = parseHTML(html);
    const cache = new Map<string, Lookup>();

    const first = analyzeDocumentSync(document as unknown as Document, corpus, { matchCache: cache });
    const firstLookups = lookups.length;
    expect(firstLookups).toBeGreaterThan(20);

    // The page grows: one more paragraph is appended to the article (as a live-updating story does).
    const added = document.createElement('p');
    added.textContent = 'The problems are obvious. Much less clear is how to solve them, experts told the newspaper on Friday.';
    const anchor = [...document.querySelectorAll('p')].find((p) => p.textContent?.startsWith('The Biden administration opposes'))!;
    anchor.after(added);
    const second = analyzeDocumentSync(document as unknown as Document, corpus, { matchCache: cache });

    // Only the new paragraph is looked up: once, and once more in the documents the page follows
    // when the first lookup found nothing (the page prior).
    const newLookups = lookups.slice(firstLookups);
    expect(newLookups.length).toBeGreaterThanOrEqual(1);
    expect(newLookups.length).toBeLessThanOrEqual(2);
    for (const text of newLookups) expect(text).toContain('experts told the newspaper');
    const traced = (a: typeof first) => a.blocks.filter((b) => b.match).map((b) => `${b.text}|${b.match!.file}`);
    const unchanged = traced(second).filter((t) => !t.includes('experts told the newspaper'));
    expect(unchanged).toEqual(traced(first));
  });
});
