/** Turning corpus positions into the `CorpusRef`s the sidebar and the CLI show. */
import type { Corpus } from '../corpus/load-corpus';
import type { CorpusRef } from '../shared/analysis-types';
import { joinParagraphs } from '../match/passage';

/** A reference to document `doc`, showing `text` (a paragraph, a span or a quote). */
export function corpusRef(corpus: Corpus, doc: number, text: string): CorpusRef {
  const d = corpus.index.documents[doc]!;
  return { file: d.file, text, outlet: d.outlet, kind: d.kind, headline: d.headline };
}

/** The text of paragraphs `paragraphs` of `doc`, joined (an ellipsis where they skip some). */
export function paragraphsText(corpus: Corpus, doc: number, paragraphs: number[]): string {
  const d = corpus.index.documents[doc]!;
  // A gap is content skipped between two of them (noise between, a caption, is no gap).
  const skipsContent = (from: number, to: number) => d.paragraphs.slice(from + 1, to).some((p) => p.kind === 'content');
  return joinParagraphs(
    paragraphs
      .map((p, i) => ({ text: d.paragraphs[p]?.text ?? '', afterGap: i > 0 && skipsContent(paragraphs[i - 1]!, p) }))
      .filter((p) => p.text !== ''),
  );
}
