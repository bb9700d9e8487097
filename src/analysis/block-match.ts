/**
 * From the matcher's hits for one page block to a `BlockMatch`: the best hit, and the chain of
 * copies from it up to the root source, each step with the passage that step carries.
 */
import type { Corpus } from '../corpus/load-corpus';
import type { ParagraphMatch } from '../match/types';
import type { ReuseRelation } from '../corpus/types';
import type { BlockMatch, ChainStep } from '../shared/analysis-types';
import type { Correction } from '../shared/settings';
import { corpusRef, paragraphsText } from './corpus-refs';
import { paragraphWithWords } from './paragraph-keys';
import { collapseWhitespace, words } from '../text';

/** True when the user flagged this hit for this block text as a wrong match. */
export function isHidden(hit: ParagraphMatch, blockText: string, corpus: Corpus, hidden: Correction[]): boolean {
  if (hidden.length === 0) return false;
  const file = corpus.index.documents[hit.doc]?.file;
  const text = collapseWhitespace(blockText);
  return hidden.some(
    (c) =>
      c.file === file &&
      collapseWhitespace(c.blockText) === text &&
      c.paragraphs.some((p) => hit.paragraphs.includes(p)),
  );
}

/**
 * The best hit becomes the match. Hits are best-per-document; the matched document is the one the
 * page's wording is closest to (a page copying 002 matches 002 verbatim and 000 only as paraphrase),
 * and its origin is the root reached through the corpus relations.
 */
export function toBlockMatch(corpus: Corpus, hits: ParagraphMatch[], blockText?: string): BlockMatch | undefined {
  const best = hits[0];
  if (!best) return undefined;
  // The reasons are computed for the match the reader sees only.
  const { alignment, evidence } =
    best.evidence.length || blockText === undefined ? best : corpus.matcher.explain(blockText, best);
  const byDoc = new Map(hits.map((h) => [h.doc, h]));
  const chainDocs = corpus.chainOf(best.doc);
  const chain: ChainStep[] = [];
  let paragraphs = best.paragraphs;
  for (let i = 0; i < chainDocs.length; i++) {
    const doc = chainDocs[i]!;
    if (i > 0) {
      paragraphs = linkedParagraphs(corpus, chainDocs[i - 1]!, paragraphs, doc, byDoc.get(doc));
      // The copy's own sentences (002's "The DEA did not respond to the Daily Caller...") have no
      // counterpart upstream: the chain, and the origin, end at the copy.
      if (paragraphs.length === 0) break;
      chain[i - 1]!.relationToSource = relationType(corpus, chainDocs[i - 1]!, doc);
    }
    chain.push(corpusRef(corpus, doc, paragraphsText(corpus, doc, paragraphs)));
  }
  const root = chain[chain.length - 1]!;
  const rootDoc = chainDocs[chain.length - 1]!;
  return {
    originRelation: originRelation(corpus, best, byDoc.get(rootDoc), chainDocs.slice(0, chain.length)),
    ...corpusRef(corpus, best.doc, best.text),
    doc: best.doc,
    paragraphs: best.paragraphs,
    score: best.score,
    relation: best.relation,
    probability: best.probability,
    alignment,
    evidence,
    origin: { file: root.file, text: root.text, outlet: root.outlet, kind: root.kind, headline: root.headline },
    chain,
  };
}

/**
 * Paragraphs of `to` that carry paragraphs `from` of document `fromDoc`: the corpus's own links
 * first (they were found when the corpus was built), else the page block's direct hit in `to`.
 */
function linkedParagraphs(
  corpus: Corpus,
  fromDoc: number,
  from: number[],
  to: number,
  directHit: ParagraphMatch | undefined,
): number[] {
  const linked = new Set<number>();
  for (const link of corpus.index.links) {
    if (link.from.doc === fromDoc && link.to.doc === to && from.includes(link.from.paragraph)) {
      linked.add(link.to.paragraph);
    }
  }
  if (linked.size) return [...linked].sort((a, b) => a - b);
  if (directHit) return directHit.paragraphs;
  // Lines too short for the corpus's own links (a subheading) carry over when the words are the same.
  const same = paragraphWithWords(corpus, to, words(paragraphsText(corpus, fromDoc, from)).join(' '));
  return same >= 0 ? [same] : [];
}

function relationType(corpus: Corpus, copy: number, source: number): ChainStep['relationToSource'] {
  return corpus.index.relations.find((r) => r.copy === copy && r.source === source)?.type;
}

const STRENGTH: Record<ReuseRelation, number> = { verbatim: 2, 'near-verbatim': 1, paraphrase: 0 };

/** The page-to-origin relation: the direct hit in the origin when there is one, else the weakest
 *  link along the chain (reuse only weakens as it is passed on). */
function originRelation(
  corpus: Corpus,
  best: ParagraphMatch,
  rootHit: ParagraphMatch | undefined,
  chainDocs: number[],
): ReuseRelation {
  if (chainDocs.length <= 1) return best.relation;
  if (rootHit) return rootHit.relation;
  let weakest = best.relation;
  let paragraphs = best.paragraphs;
  for (let i = 1; i < chainDocs.length; i++) {
    const from = chainDocs[i - 1]!;
    const to = chainDocs[i]!;
    const links = corpus.index.links.filter(
      (l) => l.from.doc === from && l.to.doc === to && paragraphs.includes(l.from.paragraph),
    );
    for (const l of links) if (STRENGTH[l.relation] < STRENGTH[weakest]) weakest = l.relation;
    paragraphs = links.map((l) => l.to.paragraph);
  }
  return weakest;
}
