/**
 * Linking a page's quotes to the corpus's: the same quote (by similarity), its original wording
 * (the version in the root document of its cluster), the fidelity of the page's wording against
 * it, and the copy whose wording the page follows when that is not the original (004's
 * "watershed" for 003's "game changer").
 */
import type { Corpus } from '../corpus/load-corpus';
import type { CorpusQuote } from '../corpus/types';
import type { PageQuote } from '../shared/analysis-types';
import { compareQuotes, quoteSimilarity, QUOTE_SIMILARITY_THRESHOLD, type FoundQuote } from '../quotes';
import { contentTerms } from '../text';
import { corpusRef } from './corpus-refs';

/** Corpus quotes by content term, built once per loaded corpus (a corpus may hold many thousands). */
const termIndexes = new WeakMap<Corpus, Map<string, number[]>>();

function termIndex(corpus: Corpus): Map<string, number[]> {
  let index = termIndexes.get(corpus);
  if (!index) {
    index = new Map();
    corpus.index.quotes.forEach((q, i) => {
      for (const term of new Set(contentTerms(q.text))) {
        let list = index!.get(term);
        if (!list) index!.set(term, (list = []));
        list.push(i);
      }
    });
    termIndexes.set(corpus, index);
  }
  return index;
}

/** Quotes sharing at least two content terms with `text` (or one, for a very short quote). */
function candidateQuotes(corpus: Corpus, text: string): CorpusQuote[] {
  const index = termIndex(corpus);
  const terms = new Set(contentTerms(text));
  const shared = new Map<number, number>();
  for (const t of terms) for (const i of index.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const need = terms.size <= 3 ? 1 : 2;
  return [...shared.entries()].filter(([, n]) => n >= need).map(([i]) => corpus.index.quotes[i]!);
}

const FIDELITY_RANK = { exact: 0, editorial: 1, altered: 2 } as const;

export function linkQuote(corpus: Corpus, found: FoundQuote, block: number): PageQuote {
  const base: PageQuote = { text: found.text, block, fidelity: 'unmatched', alsoIn: [] };
  if (found.speaker) base.speaker = found.speaker;

  let best: CorpusQuote | undefined;
  let bestSimilarity = 0;
  for (const q of candidateQuotes(corpus, found.text)) {
    const s = quoteSimilarity(found.text, q.text);
    if (s > bestSimilarity) [best, bestSimilarity] = [q, s];
  }
  if (!best || bestSimilarity < QUOTE_SIMILARITY_THRESHOLD) return base;

  const cluster = corpus.index.quoteClusters.find((c) => c.id === best!.cluster);
  const members = corpus.index.quotes.filter((q) => q.cluster === best!.cluster);
  // The original is the wording in the root document of the hit's chain: the hit itself when it
  // is in a root (NPR's web story and transcript are both originals, each its own wording), else
  // the root's version (004's "watershed" -> 003's "game changer"), else the cluster's original.
  const root = corpus.originOf(best.doc);
  const original =
    (root === best.doc ? best : undefined) ??
    members.find((q) => q.doc === root) ??
    members.find((q) => q.text === cluster?.original) ??
    best;
  const vsOriginal = compareQuotes(original.text, found.text);
  const result: PageQuote = {
    ...base,
    speaker: found.speaker ?? original.speaker ?? cluster?.speaker,
    fidelity: vsOriginal.fidelity,
    original: corpusRef(corpus, original.doc, original.text),
    diff: vsOriginal.diff,
    alsoIn: [],
  };
  if (best.id !== original.id) {
    const vsCopy = compareQuotes(best.text, found.text);
    if (FIDELITY_RANK[vsCopy.fidelity] < FIDELITY_RANK[vsOriginal.fidelity]) {
      result.closestCopy = corpusRef(corpus, best.doc, best.text);
    }
  }
  const seen = new Set([original.doc]);
  for (const q of members) {
    if (seen.has(q.doc)) continue;
    seen.add(q.doc);
    result.alsoIn.push(corpusRef(corpus, q.doc, q.text));
  }
  if (result.speaker === undefined) delete result.speaker;
  return result;
}
