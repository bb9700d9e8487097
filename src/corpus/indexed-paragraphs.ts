/**
 * The paragraphs the match index covers: every content paragraph of every document, in document
 * then paragraph order. Build and load both call this, so the index and its paragraph list line up.
 */
import type { IndexedParagraph } from '../match/types';
import type { CorpusDocument } from './types';

/** Content paragraphs of all documents as the matcher indexes them. */
export function indexedParagraphs(documents: readonly Pick<CorpusDocument, 'index' | 'paragraphs'>[]): IndexedParagraph[] {
  const out: IndexedParagraph[] = [];
  for (const d of documents) {
    for (const p of d.paragraphs) if (p.kind === 'content') out.push({ doc: d.index, paragraph: p.index, text: p.text });
  }
  return out;
}
