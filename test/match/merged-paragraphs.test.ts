/**
 * A rewrite that merges sentences of two source paragraphs some way apart, on a real page: The
 * Hill's paragraph on the 2019 Culiacán operation takes one sentence from each of two paragraphs
 * of Reuters' story, three apart. Neither paragraph alone holds it; the two together do.
 */
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import { matchPage, PAGE_PRIOR } from '../../src/match/page-prior';
import { loadReuseReal } from '../../bench/lib/reuse-data';
import { pagesOf } from '../../bench/lib/reuse-eval';
import { loadSynonymsFile } from '../../src/synonyms/load-file';

const set = loadReuseReal();
const ID = 'news-thehill-reuters-ovidio-freed-p4';

describe.skipIf(!set)('a page paragraph merged from two source paragraphs apart (real rewrite)', async () => {
  const real = set!;
  const index = buildMatchIndex(real.paragraphs);
  index.useSynonyms(await loadSynonymsFile());
  const item = real.items.find((i) => i.id === ID)!;
  const source = item.sourceDoc!;
  const spans = index.inspect(item.text).filter((s) => s.doc === source);
  const numbers = (ids: number[]) => ids.map((id) => real.paragraphs[id]!.paragraph);

  it('compares the two paragraphs together, and together they explain it better than either alone', () => {
    const pair = spans.find((s) => s.ids.length === 2 && s.ids[1]! - s.ids[0]! > 2);
    expect(pair, 'a pair of non-adjacent paragraphs is verified').toBeDefined();
    for (const id of pair!.ids) {
      const alone = spans.find((s) => s.ids.length === 1 && s.ids[0] === id)!;
      expect(pair!.probability).toBeGreaterThan(alone.probability);
      expect(pair!.features.alignedCoverage).toBeGreaterThan(alone.features.alignedCoverage!);
    }
  });

  it('traces the paragraph on its page to both, and shows the skipped text as an ellipsis', () => {
    const page = pagesOf(real.items).find((blocks) => blocks.some((b) => real.items[b.item]!.id === ID))!;
    const k = page.findIndex((b) => real.items[b.item]!.id === ID);
    const match = matchPage(index, page.map((b) => b.text), {}, PAGE_PRIOR, real.outlets)[k]![0];
    expect(match?.doc).toBe(source);
    const [first, second] = match!.paragraphs;
    expect(second! - first!).toBeGreaterThan(1);
    const pairNumbers = numbers(spans.find((s) => s.ids.length === 2 && s.ids[1]! - s.ids[0]! > 2)!.ids);
    expect(match!.paragraphs).toEqual(pairNumbers);
    const [a, b] = match!.paragraphs.map((p) => real.paragraphs.find((q) => q.doc === source && q.paragraph === p)!.text);
    expect(match!.text).toBe(`${a} … ${b}`);
  });
});
