/**
 * Two shortcuts of page matching must change no result: the page-prior pass skipped when the
 * first pass rules it out, and explain reading the comparison find kept. Both are checked on the
 * real reuse data's pages against doing the work again.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import { dropUnfollowed, findWithPagePrior, followedDocuments, lookUp, matchPage, pooledDocuments, pooledMeans, preferFollowedDocuments, PAGE_PRIOR } from '../../src/match/page-prior';
import { creditedDocuments } from '../../src/match/page-credits';
import { loadReuseReal } from '../../bench/lib/reuse-data';
import { pagesOf } from '../../bench/lib/reuse-eval';
import { loadSynonymsFile } from '../../src/synonyms/load-file';

const set = loadReuseReal();

describe.skipIf(!set)('page matching shortcuts (real reuse pages)', async () => {
  const real = set!;
  const index = buildMatchIndex(real.paragraphs);
  index.useSynonyms(await loadSynonymsFile());
  // Every page with a paragraph the page prior can act on: many pages, a few seconds.
  const pages = pagesOf(real.items).map((blocks) => blocks.map((b) => b.text));

  it('the page-prior passes give the same matches whether or not the first pass may rule them out', () => {
    let secondPasses = 0;
    for (const texts of pages) {
      const lookups = texts.map((t) => lookUp(index, t));
      const hits = lookups.map((l) => l.hits);
      const means = pooledMeans(texts, lookups);
      const followed = followedDocuments(hits, PAGE_PRIOR, pooledDocuments(means), creditedDocuments(texts, real.outlets));
      const second = hits.map((h, i) =>
        h.length ? preferFollowedDocuments(index, texts[i]!, h, followed, {}, PAGE_PRIOR) : findWithPagePrior(index, texts[i]!, followed, {}, PAGE_PRIOR),
      );
      const full = dropUnfollowed(texts, second, followed, means, {}, PAGE_PRIOR);
      if (followed.size) secondPasses += hits.filter((h) => h.length === 0).length;
      expect(matchPage(index, texts, {}, PAGE_PRIOR, real.outlets)).toEqual(full);
    }
    expect(secondPasses).toBeGreaterThan(20);
  });

  it('explain gives the same reasons from the comparison find kept as from a new one', async () => {
    let explained = 0;
    for (const texts of pages.slice(0, 40)) {
      for (const text of texts) {
        const match = index.find(text)[0];
        if (!match || match.relation === 'verbatim') continue;
        const kept = index.explain(text, match);
        index.useSynonyms(await loadSynonymsFile()); // drops what find kept
        expect(index.explain(text, match)).toEqual(kept);
        explained++;
      }
    }
    expect(explained).toBeGreaterThan(10);
  });
});
