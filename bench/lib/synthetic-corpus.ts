/**
 * Corpora of 10 .. 10,000 documents for the analysis benchmark, around the match-scale bench's
 * `syntheticDocuments`. Building relations and quote clusters for 10,000 documents would take far
 * too long, so the index is put together directly: the seed corpus's own documents first (kept
 * whole, with their relations, links and quotes, so the quotes stage has real work on the seed
 * pages), then the generated documents as plain content paragraphs; the seeds' real topic model;
 * a match index over every content paragraph. `loadCorpus` then loads it as the runtime would.
 */
import { performance } from 'node:perf_hooks';
import type { Corpus } from '../../src/corpus/load-corpus';
import { loadCorpus } from '../../src/corpus/load-corpus';
import { indexedParagraphs } from '../../src/corpus/indexed-paragraphs';
import type { CorpusDocument, CorpusIndex } from '../../src/corpus/types';
import { buildMatchIndex } from '../../src/match';
import { syntheticDocuments } from '../match-scale';

/** A corpus of `count` documents and what it cost. */
export interface SyntheticCorpus {
  corpus: Corpus;
  documents: number;
  /** Serialized match index size (`matcher.byteSize()`). */
  indexBytes: number;
  buildMs: number;
  loadMs: number;
}

/** `count` documents: the seed corpus's, then generated ones. */
export function syntheticCorpus(seed: Corpus, count: number): SyntheticCorpus {
  const seedDocs = seed.index.documents;
  const generated = syntheticDocuments(Math.max(count, 0))
    .filter((d) => d.file.startsWith('synthetic-'))
    .slice(0, Math.max(0, count - seedDocs.length));
  const documents: CorpusDocument[] = [
    ...seedDocs,
    ...generated.map((d, i): CorpusDocument => {
      const index = seedDocs.length + i;
      return {
        index,
        file: d.file,
        outlet: 'synthetic',
        outletEvidence: [],
        headline: d.paragraphs[0] ?? '',
        headlineEvidence: [],
        kind: 'original-web-story',
        kindEvidence: [],
        paragraphs: d.paragraphs.map((text, p) => ({ index: p, text, kind: 'content' as const, reason: 'generated' })),
      };
    }),
  ];
  let t = performance.now();
  const matcher = buildMatchIndex(indexedParagraphs(documents));
  const buildMs = performance.now() - t;
  const indexBytes = matcher.byteSize();
  const index: CorpusIndex = { ...seed.index, name: `synthetic-${count}`, documents, match: matcher.serialize() };
  t = performance.now();
  const corpus = loadCorpus(index);
  const loadMs = performance.now() - t;
  return { corpus, documents: documents.length, indexBytes, buildMs, loadMs };
}
