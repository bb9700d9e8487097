/**
 * The page prior's other side through `analyze`, on a real article: a Wall Street Journal report
 * (bench/data/topic-real, dev) on Mexico's law restricting foreign agents mentions Cienfuegos'
 * arrest in a sentence that, alone, reads as a paraphrase of NPR's story in the seed corpus. No
 * other paragraph of the article comes from the corpus: on the page, the lone match is dropped.
 * A student's light revision of a Wikipedia article (Clough & Stevenson's corpus), whose second
 * paragraph rewrites the source more loosely, is the other case: its page still points at the
 * source, and the match stays.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { analyzeText, traceSelection } from '../../src/analyze';

const REUSE = join(import.meta.dirname, '..', '..', 'bench', 'data', 'reuse-real');
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

describe.skipIf(!existsSync(join(REUSE, 'items.json')))('a light revision whose other paragraph the first pass leaves untraced', () => {
  it('keeps its match: the rest of the page points at the same source', async () => {
    // The command line's setting: a corpus of the five C&S source articles, an answer analysed against it.
    const dir = mkdtempSync(join(tmpdir(), 'cs-sources-'));
    for (const f of readdirSync(join(REUSE, 'sources')).filter((f) => f.startsWith('cs-orig_'))) copyFileSync(join(REUSE, 'sources', f), join(dir, f));
    const cs = loadCorpus(await buildCorpus(dir));
    const items = JSON.parse(readFileSync(join(REUSE, 'items.json'), 'utf8')) as { id: string; text: string }[];
    const answer = items.find((i) => i.id === 'cs-g1pB_taskd')!.text;
    const analysis = analyzeText(answer, cs);
    const content = analysis.blocks.filter((b) => b.kind === 'content');
    expect(content.length).toBe(2);
    // The second paragraph's own match is too weak to be taken (and the page follows nothing)...
    expect(content[1]!.match).toBeUndefined();
    // ...yet the first keeps its match to the source.
    expect(content[0]!.match?.file).toBe('cs-orig_taskd.txt');
  });
});
