/** Turning corpus positions into the `CorpusRef`s the sidebar and the CLI show. */
import type { Corpus } from '../corpus/load-corpus';
import type { CorpusRef } from '../shared/analysis-types';

/** A reference to document `doc`, showing `text` (a paragraph, a span or a quote). */
export function corpusRef(corpus: Corpus, doc: number, text: string): CorpusRef {
  const d = corpus.index.documents[doc]!;
  return { file: d.file, text, outlet: d.outlet, kind: d.kind, headline: d.headline };
}

/** The text of paragraphs `paragraphs` of `doc`, joined. */
export function paragraphsText(corpus: Corpus, doc: number, paragraphs: number[]): string {
  const d = corpus.index.documents[doc]!;
  return paragraphs.map((p) => d.paragraphs[p]?.text ?? '').filter(Boolean).join(' ');
}
