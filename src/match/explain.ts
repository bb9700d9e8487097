/**
 * A match in words: the aligned sentence pairs and the strongest reasons, for the sidebar's
 * Compare view and the CLI's JSON. Computed for returned matches only (a few per block).
 */
import type { AlignedSentence, MatchEvidence } from './types';
import type { Comparison } from './verify';
import { contentSentences } from './features';
import { contributions } from './reuse-model';

/** Shared words listed as evidence, most specific first. */
const RARE_TERMS_SHOWN = 6;
/** Synonym swaps listed as evidence. */
const SWAPS_SHOWN = 6;

export function explainMatch(
  queryText: string,
  spanTexts: string[],
  c: Comparison,
  queryWeights: Float64Array,
): { alignment: AlignedSentence[]; evidence: MatchEvidence[] } {
  const querySentences = contentSentences(queryText);
  const spanSentences = spanTexts.flatMap((t) => contentSentences(t));
  const alignment = c.pairs
    .filter((p) => querySentences[p.query] && spanSentences[p.spanFrom])
    .map((p) => ({
      pageSentence: querySentences[p.query]!.text,
      corpusSentence: spanSentences
        .slice(p.spanFrom, p.spanTo + 1)
        .map((s) => s.text)
        .join(' '),
      score: Math.round(p.score * 1000) / 1000,
    }));

  // Written words by content-stem position, on both sides.
  const contentWords = (sentences: { words: string[]; stems: number[] }[]) =>
    sentences.flatMap((s) => s.words.filter((_, i) => s.stems[i] !== 0));
  const queryWords = contentWords(querySentences);
  const spanWords = contentWords(spanSentences);

  const parts = contributions(c.features);
  const evidence: MatchEvidence[] = [];
  if (c.longestRun >= 8 || c.shingleContainment >= 0.3) {
    evidence.push({
      kind: 'shared-wording',
      text:
        `${Math.round(c.shingleContainment * 100)}% of its three-word phrases are in the source` +
        (c.longestRun >= 8 ? `; the longest passage shared word for word is ${c.longestRun} words` : ''),
      weight: parts.containment + parts.longestRun,
    });
  }
  if (c.querySentences > 0 && c.pairs.length > 0) {
    evidence.push({
      kind: 'aligned-sentences',
      text:
        c.pairs.length === c.querySentences
          ? c.querySentences === 1
            ? 'its sentence aligns with a sentence of the source'
            : `all ${c.querySentences} of its sentences align with the source's`
          : `${c.pairs.length} of its ${c.querySentences} sentences align with the source's`,
      weight: parts.alignedCoverage + parts.alignedMean,
    });
  }
  const rare = new Map<string, number>();
  for (let i = 0; i < c.credit.length; i++) {
    const word = queryWords[i];
    if (c.credit[i] !== 2 || !word) continue;
    const key = word.toLowerCase();
    rare.set(key, Math.max(rare.get(key) ?? 0, queryWeights[i]!));
  }
  const terms = [...rare.entries()].sort((a, b) => b[1] - a[1]).slice(0, RARE_TERMS_SHOWN);
  if (terms.length) {
    evidence.push({
      kind: 'rare-terms',
      text: `shares its most specific words: ${terms.map(([t]) => t).join(', ')}`,
      terms: terms.map(([t]) => t),
      weight: parts.rareShare + parts.contentOverlap + parts.bigrams,
    });
  }
  // A swap is shown only where it explains an aligned sentence: the corpus word sits in the
  // sentence the page's sentence was aligned with, and the page does not use that word itself
  // (a thesaurus links many loose pairs; only a word replaced by its synonym is a swap).
  const sentenceOfStem = (sentences: { stems: number[] }[]) =>
    sentences.flatMap((s, k) => s.stems.filter((h) => h !== 0).map(() => k));
  const querySentenceOf = sentenceOfStem(querySentences);
  const spanSentenceOf = sentenceOfStem(spanSentences);
  const queryStems = new Set(querySentences.flatMap((s) => s.stems));
  const spanStems = spanSentences.flatMap((s) => s.stems.filter((h) => h !== 0));
  const alignedWith = new Map(c.pairs.map((p) => [p.query, p]));
  const swaps: { page: string; corpus: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < c.credit.length && swaps.length < SWAPS_SHOWN; i++) {
    if (c.credit[i] !== 1) continue;
    const j = c.partner[i]!;
    const pair = alignedWith.get(querySentenceOf[i]!);
    const inAligned = pair !== undefined && spanSentenceOf[j]! >= pair.spanFrom && spanSentenceOf[j]! <= pair.spanTo;
    if (!inAligned || queryStems.has(spanStems[j]!)) continue;
    const page = queryWords[i];
    const corpus = spanWords[j];
    if (!page || !corpus) continue;
    const key = `${page.toLowerCase()}>${corpus.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    swaps.push({ page, corpus });
  }
  if (swaps.length) {
    evidence.push({
      kind: 'synonyms',
      text: `words swapped for synonyms: ${swaps.map((s) => `${s.corpus} → ${s.page}`).join(', ')}`,
      swaps,
      // Synonym matches are part of the overlap; they explain it rather than add to it.
      weight: Math.abs(parts.synonymShare) + 0.5 * parts.contentOverlap * c.synonymShare,
    });
  }
  evidence.sort((a, b) => b.weight - a.weight);
  for (const e of evidence) e.weight = Math.round(e.weight * 1000) / 1000;
  return { alignment, evidence };
}
