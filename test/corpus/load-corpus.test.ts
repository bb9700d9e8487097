import { beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus';
import { CORPUS_INDEX_VERSION } from '../../src/corpus/types';
import { SEEDS_DIR } from './seeds';

let stored: unknown;
let corpus: Corpus;
beforeAll(async () => {
  // Through JSON, as the extension and the CLI get it from the index file.
  stored = JSON.parse(JSON.stringify(await buildCorpus(SEEDS_DIR)));
  corpus = loadCorpus(stored);
});

describe('loadCorpus', () => {
  it('follows the chain of copies to the root', () => {
    expect(corpus.chainOf(2)).toEqual([2, 0]);
    expect(corpus.chainOf(4)).toEqual([4, 3]);
    expect(corpus.chainOf(0)).toEqual([0]);
    expect(corpus.originOf(2)).toBe(0);
    expect(corpus.originOf(4)).toBe(3);
    expect(corpus.originOf(1)).toBe(1); // a sibling version is not a copy
  });

  it('loads a matcher that finds corpus paragraphs again', () => {
    const doc = corpus.index.documents[3]!;
    const paragraph = doc.paragraphs.find((p) => p.text.startsWith('The multibillion-dollar trade'))!;
    const best = corpus.matcher.find(paragraph.text)[0];
    expect([best?.doc, best?.paragraph, best?.relation]).toEqual([3, paragraph.index, 'verbatim']);
  });

  it('refuses what is not a current corpus index, saying why', () => {
    expect(() => loadCorpus(null)).toThrow(/expected a JSON object/);
    expect(() => loadCorpus([])).toThrow(/expected a JSON object/);
    expect(() => loadCorpus({ ...(stored as object), version: CORPUS_INDEX_VERSION + 1 })).toThrow(
      new RegExp(`version ${CORPUS_INDEX_VERSION + 1}, but this build reads version ${CORPUS_INDEX_VERSION}; rebuild`),
    );
    expect(() => loadCorpus({ version: CORPUS_INDEX_VERSION })).toThrow(/field "documents"/);
    const broken = JSON.parse(JSON.stringify(stored));
    broken.documents[1].paragraphs.pop();
    broken.documents[1].paragraphs.pop();
    broken.documents[1].paragraphs.pop();
    broken.documents[1].paragraphs.pop();
    broken.documents[1].paragraphs = broken.documents[1].paragraphs.filter((p: { kind: string }) => p.kind === 'noise');
    expect(() => loadCorpus(broken)).toThrow(/match index does not load/);
  });
});
