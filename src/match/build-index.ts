/**
 * Build time: fingerprint every paragraph once (winnowed word 3-grams and rare-term signatures)
 * into sorted typed arrays. Runtime only loads and looks up (style.md: precompiled index).
 */
import type { IndexedParagraph, MatchIndex } from './types';
import { MATCH_CONFIG, type MatchConfig } from './config';
import { contentStems, textFeatures, winnow } from './features';
import { sortPairs } from './codec';
import { buildDfSketch } from './df-sketch';
import { buildGeneralSketch, GENERAL_SKETCH_BUCKETS } from './specificity';
import { fnv1a } from './hash';
import { createMatchIndex, type IndexData } from './lookup';

const MAX_PARAGRAPHS = 2 ** 21;

export function buildMatchIndex(
  paragraphs: IndexedParagraph[],
  overrides: Partial<MatchConfig> = {},
): MatchIndex {
  const config: MatchConfig = { ...MATCH_CONFIG, ...overrides };
  if (paragraphs.length >= MAX_PARAGRAPHS) {
    throw new Error(`match index: ${paragraphs.length} paragraphs is more than ${MAX_PARAGRAPHS - 1}`);
  }
  const docCount = new Set(paragraphs.map((p) => p.doc)).size;

  // Pass 1: fingerprints per paragraph, documents per fingerprint, paragraph frequency per term.
  const fingerprints: Set<number>[] = [];
  const docsOf = new Map<number, Set<number>>();
  const termDf = new Map<string, number>();
  const stemsOf: Set<string>[] = [];
  // Documents per term: what is common to the whole story counts less (specificity.ts).
  const docsOfTerm = new Map<string, Set<number>>();
  for (const p of paragraphs) {
    const f = textFeatures(p.text, config.shingle);
    const fp = winnow(f.shingles, config.window);
    fingerprints.push(fp);
    for (const h of fp) {
      let docs = docsOf.get(h);
      if (!docs) docsOf.set(h, (docs = new Set()));
      docs.add(p.doc);
    }
    // Terms are ranked by their strings (ties broken alphabetically), so the index does not
    // depend on hash values.
    const stems = new Set(contentStems(p.text));
    stemsOf.push(stems);
    for (const s of stems) {
      termDf.set(s, (termDf.get(s) ?? 0) + 1);
      let docs = docsOfTerm.get(s);
      if (!docs) docsOfTerm.set(s, (docs = new Set()));
      docs.add(p.doc);
    }
  }

  // Banal fingerprints (in too many documents) never become postings.
  const banalAbove = Math.max(config.minBanalDocs, Math.ceil(config.banalDocFraction * docCount));
  const fpHashes: number[] = [];
  const fpIds: number[] = [];
  fingerprints.forEach((fp, id) => {
    for (const h of fp) {
      if (docsOf.get(h)!.size > banalAbove) continue;
      fpHashes.push(h);
      fpIds.push(id);
    }
  });

  // Pass 2: each paragraph's rarest content terms, for paraphrase candidates.
  const sigHashes: number[] = [];
  const sigIds: number[] = [];
  stemsOf.forEach((stems, id) => {
    const rarest = [...stems]
      .filter((s) => s.length > 2)
      .sort((a, b) => termDf.get(a)! - termDf.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, config.signatureTerms);
    for (const s of rarest) {
      sigHashes.push(fnv1a(s));
      sigIds.push(id);
    }
  });

  // The sketches grow with the vocabulary (two buckets a term keeps collisions rare), up to the cap.
  const sketchBuckets = Math.min(config.dfBuckets, nextPowerOfTwo(Math.max(1024, 2 * termDf.size)));
  const data: IndexData = {
    config,
    paragraphCount: paragraphs.length,
    fingerprints: sortPairs(fpHashes, fpIds),
    signatures: sortPairs(sigHashes, sigIds),
    dfSketch: buildDfSketch(termDf, sketchBuckets),
    generalSketch: buildGeneralSketch(
      [...docsOfTerm].map(([s, docs]): [string, number] => [s, docs.size / docCount]),
      docCount,
      GENERAL_SKETCH_BUCKETS,
    ),
  };
  return createMatchIndex(data, paragraphs);
}

function nextPowerOfTwo(n: number): number {
  return 2 ** Math.ceil(Math.log2(n));
}
