/**
 * The page prior's other side, on a real page: Semafor's own report of García Luna's sentencing
 * states the facts of Reuters' story in the corpus (the court, the 38 years, the bribes), and its
 * first paragraph alone reads as a paraphrase of Reuters' lede. No other paragraph of the page
 * comes from Reuters, nor does it credit Reuters: on the page, the match is weighed at the odds
 * such a lone match has, and dropped. A copy of the story keeps its matches. UPI's report of the
 * 26 cartel figures sent to the U.S. restates one fact of AP's story in three paragraphs: all
 * three trace to the same paragraph of it, which does not make the page follow AP's story.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import { dropUnfollowed, followedDocuments, lookUp, matchPage, PAGE_PRIOR } from '../../src/match/page-prior';
import { loadReuseReal } from '../../bench/lib/reuse-data';
import { pagesOf } from '../../bench/lib/reuse-eval';
import { loadSynonymsFile } from '../../src/synonyms/load-file';

const set = loadReuseReal();
const REPORT = 'news-semafor-garcia-luna-sentenced-p0';
const COPY = 'news-huffingtonposttoday-reuters-garcia-luna-sentenced-p6';

describe.skipIf(!set)('a lone match on a page that follows no document (real pages)', async () => {
  const real = set!;
  const index = buildMatchIndex(real.paragraphs);
  index.useSynonyms(await loadSynonymsFile());
  const pageOf = (id: string) => {
    const blocks = pagesOf(real.items).find((b) => b.some((x) => real.items[x.item]!.id === id))!;
    return { texts: blocks.map((b) => b.text), at: blocks.findIndex((b) => real.items[b.item]!.id === id) };
  };

  it('drops it on the page, where alone (a selection) it would be taken', () => {
    const { texts, at } = pageOf(REPORT);
    expect(texts.length).toBeGreaterThan(1);
    const alone = lookUp(index, texts[at]!).hits;
    expect(alone.length, 'looked up alone, the paragraph matches').toBeGreaterThan(0);
    expect(matchPage(index, texts, {}, PAGE_PRIOR, real.outlets)[at]).toEqual([]);
    // The factor is what drops it: at 1 (log factor 0) the page's matches are the lookups' own.
    const neutral = matchPage(index, texts, {}, { ...PAGE_PRIOR, unfollowed: { intercept: 0, slope: 0 } }, real.outlets);
    expect(neutral[at]![0]?.doc).toBe(alone[0]!.doc);
    // A one-paragraph page has no page to weigh it by.
    expect(matchPage(index, [texts[at]!], {}, PAGE_PRIOR, real.outlets)[0]![0]?.doc).toBe(alone[0]!.doc);
  });

  it("keeps a copy's matches: its page follows the source", () => {
    const { texts } = pageOf(COPY);
    const source = real.items.find((i) => i.id === COPY)!.sourceDoc!;
    const traced = matchPage(index, texts, {}, PAGE_PRIOR, real.outlets).filter((h) => h[0]?.doc === source).length;
    const neutral = matchPage(index, texts, {}, { ...PAGE_PRIOR, unfollowed: { intercept: 0, slope: 0 } }, real.outlets).filter((h) => h[0]?.doc === source).length;
    expect(traced).toBeGreaterThan(texts.length / 2);
    expect(traced).toBe(neutral);
  });

  it('leaves a word-for-word match alone wherever it is (P = 1 outweighs the factor)', () => {
    const { texts, at } = pageOf(REPORT);
    const verbatim = { doc: 0, paragraph: 0, paragraphs: [0], score: 1, relation: 'verbatim' as const, text: '', coverage: 1, probability: 1, alignment: [], evidence: [] };
    const kept = dropUnfollowed(texts, texts.map((_, i) => (i === at ? [verbatim] : [])), new Map(), new Map(), {});
    expect(kept[at]).toEqual([verbatim]);
  });

  it('does not follow a document because several paragraphs restate one of its paragraphs', () => {
    const { texts } = pageOf('news-upi-mexico-26-transferred-p4');
    const hits = texts.map((t) => lookUp(index, t).hits);
    const byDoc = new Map<number, { page: number; passages: Set<string> }>();
    for (const h of hits) {
      if (!h[0]) continue;
      const e = byDoc.get(h[0].doc) ?? { page: 0, passages: new Set<string>() };
      e.page++;
      e.passages.add(h[0].paragraphs.join());
      byDoc.set(h[0].doc, e);
    }
    const [doc, restated] = [...byDoc].find(([, e]) => e.page >= 2 && e.passages.size === 1)!;
    expect(restated.page, 'several paragraphs trace to one paragraph of the document').toBeGreaterThanOrEqual(PAGE_PRIOR.minParagraphs);
    expect(followedDocuments(hits).has(doc)).toBe(false);
    // Not followed, each is a lone match, weighed by the rest of the page: dropped.
    const matched = matchPage(index, texts, {}, PAGE_PRIOR, real.outlets);
    expect(matched.filter((h) => h[0]?.doc === doc)).toEqual([]);
  });
});
