/**
 * Quotes a copy changed: for each copy relation, the copy's quotes whose wording `compareQuotes`
 * calls `altered` against the same quote in the source (004 turned Feeley's "game changer" into
 * "watershed"). They go into the relation's evidence: a copy that rewrites what people said.
 */
import type { CorpusQuote, DocumentRelation, Evidence } from './types';
import { compareQuotes } from '../quotes/index';
import { quoteWords } from './evidence';

/** Altered-quote evidence entries per relation at most. */
const MAX_ALTERED = 2;

/** Adds `altered-quote` evidence to copy relations, in place. */
export function addAlteredQuoteEvidence(relations: DocumentRelation[], quotes: readonly CorpusQuote[]): void {
  for (const r of relations) {
    if (r.type === 'sibling-version') continue;
    const found: Evidence[] = [];
    for (const q of quotes) {
      if (q.doc !== r.copy || found.length >= MAX_ALTERED) continue;
      const original = quotes.find((o) => o.doc === r.source && o.cluster === q.cluster);
      if (!original) continue;
      const { fidelity, diff } = compareQuotes(original.text, q.text);
      if (fidelity !== 'altered') continue;
      const removed = diff.filter((d) => d.op === 'removed').map((d) => d.text.trim()).join(' ');
      found.push({ rule: `altered-quote (source: "${quoteWords(removed, 6)}")`, quote: quoteWords(q.text) });
    }
    r.evidence.push(...found);
  }
}
