/**
 * A selection too short for the fingerprint matcher (a phrase of a few words) is looked up with
 * fuse.js: a Bitap search is right for short typed or selected text (research.md), and wrong for
 * whole paragraphs, which is why it serves only here.
 */
import Fuse from 'fuse.js';
import type { Corpus } from '../corpus/load-corpus';
import type { BlockMatch } from '../shared/analysis-types';
import { MATCH_CONFIG } from '../match/config';
import { foldDiacritics, foldTypography, words } from '../text';
import { toBlockMatch } from './block-match';

interface Row {
  doc: number;
  paragraph: number;
  text: string;
  folded: string;
}

/** Fewer words than this is too little to say where a phrase came from ("the U.S." is everywhere). */
const MIN_PHRASE_WORDS = 3;
/** Fuse score (0 = perfect) above which a hit is not the phrase. */
const MAX_FUSE_SCORE = 0.15;

const searchers = new WeakMap<Corpus, Fuse<Row>>();

function fold(text: string): string {
  return foldDiacritics(foldTypography(text)).toLowerCase();
}

function searcher(corpus: Corpus): Fuse<Row> {
  let fuse = searchers.get(corpus);
  if (!fuse) {
    const rows: Row[] = [];
    for (const d of corpus.index.documents) {
      for (const p of d.paragraphs) {
        if (p.kind === 'content') rows.push({ doc: d.index, paragraph: p.index, text: p.text, folded: fold(p.text) });
      }
    }
    // ignoreFieldNorm: a phrase inside a long paragraph is as good a hit as in a short one.
    fuse = new Fuse(rows, { keys: ['folded'], includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: MAX_FUSE_SCORE });
    searchers.set(corpus, fuse);
  }
  return fuse;
}

export function traceShortSelection(text: string, corpus: Corpus): BlockMatch | undefined {
  const count = words(text).length;
  if (count < MIN_PHRASE_WORDS || count >= MATCH_CONFIG.minWords) return undefined;
  const phrase = fold(text);
  const hits = searcher(corpus)
    .search(phrase, { limit: 20 })
    .filter((h) => (h.score ?? 1) <= MAX_FUSE_SCORE);
  if (hits.length === 0) return undefined;
  // One hit per document, exact containment first; the chain then leads to the root.
  const seen = new Set<number>();
  const matches = hits
    .map((h) => ({ row: h.item, exact: h.item.folded.includes(phrase), score: 1 - (h.score ?? 0) }))
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || a.row.doc - b.row.doc)
    .filter((m) => (seen.has(m.row.doc) ? false : (seen.add(m.row.doc), true)))
    .map((m) => ({
      doc: m.row.doc,
      paragraph: m.row.paragraph,
      paragraphs: [m.row.paragraph],
      score: m.exact ? 1 : Math.round(m.score * 1000) / 1000,
      relation: m.exact ? ('verbatim' as const) : ('near-verbatim' as const),
      text: m.row.text,
      coverage: m.exact ? 1 : m.score,
      probability: m.exact ? 1 : m.score,
      alignment: [],
      evidence: [
        {
          kind: 'shared-wording' as const,
          text: m.exact ? 'the selected words appear word for word' : 'the selected words appear with small differences',
          weight: 1,
        },
      ],
    }));
  // Prefer the root among exact hits: a phrase found verbatim in the original and its copy
  // "comes from" the original.
  const roots = matches.filter((m) => m.relation === 'verbatim' && corpus.originOf(m.doc) === m.doc);
  const first = roots[0] ?? matches[0]!;
  return toBlockMatch(corpus, [first, ...matches.filter((m) => m !== first)]);
}
