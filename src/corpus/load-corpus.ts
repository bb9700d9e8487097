/**
 * Runtime side of the corpus: validates a stored index and wraps it with its matcher and the
 * chain of copies. Pure (no file system): the caller fetches or reads the JSON.
 */
import type { CorpusIndex } from './types';
import { CORPUS_INDEX_VERSION } from './types';
import type { MatchIndex } from '../match/types';
import { loadMatchIndex } from '../match/index';
import { indexedParagraphs } from './indexed-paragraphs';

/** A loaded corpus: the index, its matcher, and the copy chain. */
export interface Corpus {
  index: CorpusIndex;
  matcher: MatchIndex;
  /** `doc`, the document it derives from, and so on up to the root (`[doc]` for a root). */
  chainOf(doc: number): number[];
  /** The root of `doc`'s chain (itself when it derives from nothing). */
  originOf(doc: number): number;
}

/** Validates `json` as a corpus index and loads it; throws a clear Error when it is not one. */
export function loadCorpus(json: unknown): Corpus {
  const index = validate(json);
  let matcher: MatchIndex;
  try {
    matcher = loadMatchIndex(index.match, indexedParagraphs(index.documents));
  } catch (e) {
    throw new Error(`corpus index: its match index does not load (${e instanceof Error ? e.message : String(e)}); rebuild the corpus`);
  }
  const chainOf = (doc: number): number[] => {
    const chain = [doc];
    let current = index.documents[doc]?.derivedFrom;
    // A cycle can only come from a hand-edited file; stop rather than loop.
    while (current !== undefined && !chain.includes(current) && index.documents[current]) {
      chain.push(current);
      current = index.documents[current]!.derivedFrom;
    }
    return chain;
  };
  return { index, matcher, chainOf, originOf: (doc) => chainOf(doc).at(-1) ?? doc };
}

function validate(json: unknown): CorpusIndex {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw new Error('corpus index: expected a JSON object (is this a corpus index file?)');
  }
  const o = json as Record<string, unknown>;
  if (o.version !== CORPUS_INDEX_VERSION) {
    const found = o.version === undefined ? 'no version' : `version ${JSON.stringify(o.version)}`;
    throw new Error(`corpus index: ${found}, but this build reads version ${CORPUS_INDEX_VERSION}; rebuild it with \`source-context corpus build\``);
  }
  for (const field of ['documents', 'relations', 'links', 'quotes', 'quoteClusters', 'skipped'] as const) {
    if (!Array.isArray(o[field])) throw new Error(`corpus index: field "${field}" is missing or not a list`);
  }
  if (!o.match || typeof o.match !== 'object') throw new Error('corpus index: field "match" is missing');
  if (!o.topic || typeof o.topic !== 'object') throw new Error('corpus index: field "topic" is missing');
  (o.documents as unknown[]).forEach((d, i) => {
    const doc = d as Record<string, unknown> | null;
    if (!doc || doc.index !== i || typeof doc.file !== 'string' || !Array.isArray(doc.paragraphs)) {
      throw new Error(`corpus index: document ${i} is malformed (needs index ${i}, file and paragraphs)`);
    }
  });
  return json as CorpusIndex;
}
