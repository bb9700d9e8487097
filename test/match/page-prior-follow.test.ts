/**
 * The page prior on every paragraph of a page that follows a corpus document, on real pages:
 * a traced paragraph goes to the followed document when another document shares its passage, and
 * an untraced one is compared with the followed document's paragraphs near the traced ones even
 * when the postings did not find them.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import { lookUp, matchPage, PAGE_PRIOR } from '../../src/match/page-prior';
import { loadReuseReal } from '../../bench/lib/reuse-data';
import { pagesOf } from '../../bench/lib/reuse-eval';
import { loadSynonymsFile } from '../../src/synonyms/load-file';

const set = loadReuseReal();

describe.skipIf(!set)('matching a page that follows a document (real reuse pages)', async () => {
  const real = set!;
  const index = buildMatchIndex(real.paragraphs);
  index.useSynonyms(await loadSynonymsFile());
  const itemById = new Map(real.items.map((item, i) => [item.id, i]));
  // The aggregator page briefly.co.za: a summary of AP's 2025 story on 29 cartel figures sent to
  // the U.S. The corpus also holds AP's 2022 story on Caro Quintero's capture, which has the same
  // stock line on him ("who was behind the killing of a U.S. DEA agent in 1985").
  const page = pagesOf(real.items).find((blocks) => blocks.some((b) => real.items[b.item]!.id === 'news-briefly-ap-caro-quintero-p3'))!;
  const texts = page.map((b) => b.text);
  const at = (id: string) => page.findIndex((b) => b.item === itemById.get(id));
  const source = real.items[itemById.get('news-briefly-ap-caro-quintero-p3')!]!.sourceDoc!;
  const matched = matchPage(index, texts, {}, PAGE_PRIOR, real.outlets);

  it('gives a passage two documents share to the document the rest of the page follows', () => {
    const k = at('news-briefly-ap-caro-quintero-p3');
    const alone = lookUp(index, texts[k]!).hits[0]!;
    // Alone, the paragraph is likelier the 2022 story's (the stock line is its lede's)...
    expect(alone.doc).not.toBe(source);
    // ...on the page, whose other paragraphs copy the 2025 story, it is the 2025 story's.
    expect(matched[k]![0]!.doc).toBe(source);
  });

  it("compares an untraced paragraph with the followed document's nearby paragraphs the postings missed", () => {
    const k = at('news-briefly-ap-caro-quintero-p0');
    // The postings do not put the source among the paragraph's candidates at all...
    expect(index.inspect(texts[k]!).some((s) => s.doc === source)).toBe(false);
    // ...asked for, the source's paragraphs near the ones the page was traced to are compared...
    const traced = matched.flatMap((hits) => (hits[0]?.doc === source ? hits[0].paragraphs : []));
    expect(traced.length).toBeGreaterThan(0);
    const asked = index.inspect(texts[k]!, { alsoVerify: [{ doc: source, paragraphs: traced }] });
    expect(asked.some((s) => s.doc === source)).toBe(true);
    // ...and the page's second pass traces it there.
    expect(matched[k]![0]!.doc).toBe(source);
  });

  it('verifies an asked-for paragraph once, and never one of an excluded document', () => {
    const k = at('news-briefly-ap-caro-quintero-p0');
    const ask = { alsoVerify: [{ doc: source, paragraphs: [0, 0, 1] }] };
    const spans = index.inspect(texts[k]!, ask).filter((s) => s.doc === source && s.ids.length === 1);
    expect(new Set(spans.map((s) => s.ids[0])).size).toBe(spans.length);
    expect(index.inspect(texts[k]!, { ...ask, excludeDocs: [source] }).some((s) => s.doc === source)).toBe(false);
  });
});
