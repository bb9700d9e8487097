/**
 * What sort of document each corpus document is, with the words that show it. Runs after the
 * relations, since "rewrite" and "copy" are claims about another document.
 */
import type { CorpusDocument, DocumentKind, DocumentRelation, Evidence } from './types';
import { quoteWords } from './evidence';

/** Speaker labels a transcript shows at the least (001 has 15; one label could be a quoted exchange). */
export const MIN_TRANSCRIPT_LABELS = 2;

/** The kind of `doc` and its evidence. */
export function documentKind(doc: CorpusDocument, relations: readonly DocumentRelation[]): { kind: DocumentKind; evidence: Evidence[] } {
  const labels = doc.paragraphs.filter((p) => p.category === 'speaker-label' && p.reason.startsWith('speaker-label'));
  if (labels.length >= MIN_TRANSCRIPT_LABELS) {
    return { kind: 'broadcast-transcript', evidence: labels.slice(0, 3).map((p) => ({ rule: 'speaker-label', quote: p.text })) };
  }
  const asCopy = relations.find((r) => r.copy === doc.index && r.source === doc.derivedFrom && r.type !== 'sibling-version');
  if (asCopy) return { kind: asCopy.type as DocumentKind, evidence: asCopy.evidence.slice(0, 4) };
  // An original: its own reporting shows in its self-references ("In an exclusive interview with NPR").
  const own = doc.outletEvidence.filter((e) => e.rule !== 'masthead' && e.rule !== 'told');
  const evidence: Evidence[] = own.length
    ? own.slice(0, 2)
    : [{ rule: 'no-source-named', quote: quoteWords(doc.headline) }];
  return { kind: 'original-web-story', evidence };
}
