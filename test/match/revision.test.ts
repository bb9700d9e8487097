/**
 * Synthetic stand-in for Clough & Stevenson's revision levels (research.md): replacing a fraction
 * of a source paragraph's words at random gives word 3-gram containment near their medians
 * (20% replaced -> 0.54, "light revision" median 0.53; 40% -> 0.24, "heavy revision" median 0.24,
 * measured on these sources). The corpus is the
 * seeds plus real articles from the extraction benchmark, so candidates compete with real text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../src/match';
import type { IndexedParagraph, MatchIndex } from '../../src/match/types';
import { words } from '../../src/text';
import { loadBenchmarkArticles, loadSeedParagraphs, seededRandom as rng } from './seed-data';

const articles = loadBenchmarkArticles().slice(0, 80);
const docs: string[][] = [...loadSeedParagraphs(), ...articles];
const paragraphs: IndexedParagraph[] = docs.flatMap((paras, doc) => paras.map((text, paragraph) => ({ doc, paragraph, text })));
/**
 * Replacement words come from articles outside the corpus, drawn by their frequency there (a
 * token list, not a set), as a reviser mostly swaps in ordinary words, not rare ones.
 */
const vocabulary = loadBenchmarkArticles().slice(80).flat().join(' ').split(/\s+/).filter((w) => /^[a-z]{3,}$/.test(w));
/** Word 3-grams of a text, for picking sources that have no near-duplicate in the corpus. */
function trigrams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return out;
}
const gramsOf = paragraphs.map((p) => trigrams(p.text));
/**
 * Sources: article paragraphs (not seeds, which copy each other by design) of 25+ words that share
 * under 20% of their 3-grams with any other corpus paragraph (real pages repeat recipe lines and
 * product blurbs; a revision of one of those may rightly find its twin).
 */
const sources = paragraphs
  .map((p, i) => ({ p, i }))
  .filter(({ p, i }) => {
    if (p.doc < 5 || i % 5 !== 0 || p.text.split(/\s+/).length < 25) return false;
    const mine = gramsOf[i]!;
    return gramsOf.every((g, j) => {
      if (j === i) return true;
      let shared = 0;
      for (const x of mine) if (g.has(x)) shared++;
      return shared < 0.2 * mine.size;
    });
  })
  .map(({ p }) => p)
  .slice(0, 80);

/** Replaces `fraction` of the words of `text` by random vocabulary words. */
function revise(text: string, fraction: number, r: () => number): string {
  return text
    .split(/\s+/)
    .map((w) => (r() < fraction ? vocabulary[Math.floor(r() * vocabulary.length)]! : w))
    .join(' ');
}

let index: MatchIndex;
beforeAll(() => {
  index = buildMatchIndex(paragraphs);
});

function run(fraction: number) {
  const r = rng(Math.round(fraction * 1000));
  const relations: Record<string, number> = {};
  let found = 0;
  let wrongTop = 0;
  for (const p of sources) {
    const matches = index.find(revise(p.text, fraction, r));
    const hit = matches.find((m) => m.doc === p.doc && m.paragraphs.includes(p.paragraph));
    if (hit) {
      found++;
      relations[hit.relation] = (relations[hit.relation] ?? 0) + 1;
    }
    // The best match in another document than the source is a wrong answer.
    if (matches[0] && matches[0].doc !== p.doc) wrongTop++;
  }
  const recall = found / sources.length;
  console.info(`${fraction * 100}% of words replaced: recall ${recall.toFixed(2)}, wrong top ${wrongTop}, relations ${JSON.stringify(relations)}`);
  return { recall, wrongTop, relations };
}

describe.skipIf(articles.length < 40)('revision levels (random word replacement)', () => {
  it('has enough sources', () => {
    console.info(`${sources.length} source paragraphs, ${paragraphs.length} corpus paragraphs`);
    expect(sources.length).toBeGreaterThanOrEqual(60);
    expect(vocabulary.length).toBeGreaterThan(2000);
  });

  it('light revision (20% replaced, ~0.54 containment) is found, mostly as near-verbatim', () => {
    const { recall, wrongTop, relations } = run(0.2);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(wrongTop).toBe(0);
    // Light edits are near-verbatim by the contract; the C&S light median sits at the boundary,
    // so only a majority is required.
    expect(relations['near-verbatim'] ?? 0).toBeGreaterThan(sources.length * 0.5);
  });

  it('heavy revision (40% replaced, ~0.24 containment, C&S heavy median) is still found', () => {
    const { recall, wrongTop } = run(0.4);
    // research.md: 3-gram candidates alone find 91% at this level; acceptance costs some of it.
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(wrongTop).toBe(0);
  });

  it('reports the 50% and 60% levels (figures only above the floor of 40%)', () => {
    const half = run(0.5);
    const most = run(0.6);
    expect(half.wrongTop + most.wrongTop).toBe(0);
    expect(most.recall).toBeLessThanOrEqual(half.recall);
  });
});
