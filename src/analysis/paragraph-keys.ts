/**
 * The normalised words of each corpus paragraph, joined: the key short lines are compared by
 * ("A decadeslong problem" on the page = the same subheading in 003). Computed once per loaded
 * corpus and document, not once per short block.
 */
import type { Corpus } from '../corpus/load-corpus';
import { words } from '../text';

const keysByCorpus = new WeakMap<Corpus, Map<number, string[]>>();

/** Index of the content paragraph of `doc` whose words are exactly `key`, or -1. */
export function paragraphWithWords(corpus: Corpus, doc: number, key: string): number {
  let byDoc = keysByCorpus.get(corpus);
  if (!byDoc) keysByCorpus.set(corpus, (byDoc = new Map()));
  let keys = byDoc.get(doc);
  if (!keys) {
    keys = (corpus.index.documents[doc]?.paragraphs ?? []).map((p) => (p.kind === 'content' ? words(p.text).join(' ') : ''));
    byDoc.set(doc, keys);
  }
  return key === '' ? -1 : keys.indexOf(key);
}
