/**
 * The page prior's other side through `analyze`, on a real article: a Wall Street Journal report
 * (bench/data/topic-real, dev) on Mexico's law restricting foreign agents mentions Cienfuegos'
 * arrest in a sentence that, alone, reads as a paraphrase of NPR's story in the seed corpus. No
 * other paragraph of the article comes from the corpus: on the page, the lone match is dropped.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { analyzeText, traceSelection } from '../../src/analyze';

const PAGE = join(import.meta.dirname, '..', '..', 'bench', 'data', 'topic-real', 'on', 'wsj-copy-mexico-law-foreign-agents.txt');
let corpus: Corpus;

beforeAll(async () => {
  corpus = loadCorpus(await buildCorpus(join(import.meta.dirname, '..', '..', 'seeds')));
});

describe.skipIf(!existsSync(PAGE))('a lone match on a real article that follows no corpus document', () => {
  it('is dropped on the page, and given for the paragraph selected alone', () => {
    const text = readFileSync(PAGE, 'utf8');
    const page = analyzeText(text, corpus);
    expect(page.topic.onTopic).toBe(true);
    expect(page.blocks.filter((b) => b.kind === 'content').length).toBeGreaterThan(3);
    expect(page.blocks.filter((b) => b.match).map((b) => b.text.slice(0, 60))).toEqual([]);
    const paragraph = text.split(/\n+/).find((p) => p.startsWith('Former Mexican Defense Minister Salvador Cienfuegos'))!;
    const selected = traceSelection(paragraph, corpus);
    expect(selected.blocks.find((b) => b.match)?.match?.file).toMatch(/^00[012]_/);
  });
});
