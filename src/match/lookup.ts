/**
 * Runtime lookups: candidates from the two posting lists, then verification of a few spans.
 */
import type { IndexedParagraph, MatchIndex, MatchOptions, ParagraphMatch, SerializedMatchIndex } from './types';
import { MATCH_CONFIG, thresholdsFor, type MatchConfig } from './config';
import { textFeatures, combineFeatures, type TextFeatures } from './features';
import { encodePostings, decodePostings, firstPosting, withDirectory, bytesToBase64, base64ToBytes, type Postings } from './codec';
import { idfFromSketch } from './df-sketch';
import { fnv1a } from './hash';
import { compareFeatures, classify } from './verify';
import { boundedMemo } from '../text';

export const MATCH_INDEX_VERSION = 2;

/** The numeric part of an index (what the corpus file stores). */
export interface IndexData {
  config: MatchConfig;
  paragraphCount: number;
  fingerprints: Postings;
  signatures: Postings;
  dfSketch: Uint8Array;
}

export function createMatchIndex(data: IndexData, paragraphs: IndexedParagraph[]): MatchIndex {
  if (paragraphs.length !== data.paragraphCount) {
    throw new Error(
      `match index: built for ${data.paragraphCount} paragraphs but given ${paragraphs.length}; rebuild the corpus`,
    );
  }
  const { config } = data;
  const fingerprints = withDirectory(data.fingerprints);
  const signatures = withDirectory(data.signatures);
  // Features of corpus paragraphs, computed the first time a paragraph is verified.
  const paragraphFeatures: (TextFeatures | undefined)[] = new Array(paragraphs.length);
  const featuresOf = (id: number): TextFeatures =>
    (paragraphFeatures[id] ??= textFeatures(paragraphs[id]!.text, config.shingle));
  const weight = boundedMemo((term: string) => idfFromSketch(data.dfSketch, term, data.paragraphCount), 200_000);
  // A term in more paragraphs than this says little about which one a query came from; its
  // posting list is long, so it is not looked up among the signatures.
  const commonIdf = Math.log(1 + 1 / config.commonTermFraction);

  // Scratch accumulators, one slot a paragraph, reused by every lookup (a Map per lookup and a
  // sort of every touched paragraph cost more than the rest of the lookup together).
  const shingleScore = new Float32Array(paragraphs.length);
  const termScore = new Float32Array(paragraphs.length);
  const touched: number[] = [];

  function candidatesFor(query: TextFeatures, excluded: Set<number>): { id: number; rank: number }[] {
    const perShingle = 2 / Math.max(1, query.shingleSet.size);
    const fp = fingerprints;
    for (const h of query.shingleSet) {
      for (let i = firstPosting(fp, h); i >= 0 && i < fp.hashes.length && fp.hashes[i] === h; i++) {
        const id = fp.ids[i]!;
        if (shingleScore[id] === 0 && termScore[id] === 0) touched.push(id);
        shingleScore[id]! += perShingle;
      }
    }
    const queryStems = [...new Set(query.stems)].map((s) => ({ s, w: weight(s) }));
    let stemTotal = 0;
    for (const { w } of queryStems) stemTotal += w;
    // Only the query's rarest terms are looked up: a paraphrase keeps the rare words (names,
    // numbers, specific nouns), and the common ones have the longest posting lists.
    const rarest = queryStems
      .sort((a, b) => b.w - a.w)
      .slice(0, config.queryTermsLookedUp)
      .map(({ s }) => s);
    const sig = signatures;
    for (const s of rarest) {
      const w = weight(s);
      if (w < commonIdf && paragraphs.length > config.commonTermMinParagraphs) continue;
      const h = fnv1a(s);
      const share = w / Math.max(1e-9, stemTotal);
      for (let i = firstPosting(sig, h); i >= 0 && i < sig.hashes.length && sig.hashes[i] === h; i++) {
        const id = sig.ids[i]!;
        if (shingleScore[id] === 0 && termScore[id] === 0) touched.push(id);
        termScore[id]! += share;
      }
    }
    // Rank by shared fingerprints first, rare shared terms second; keep the best few (a small
    // insertion-sorted list: far cheaper than sorting every touched paragraph).
    const top: { id: number; rank: number }[] = [];
    for (const id of touched) {
      const terms = termScore[id]! >= config.minCandidateTermWeight ? termScore[id]! : 0;
      const rank = shingleScore[id]! + terms;
      shingleScore[id] = 0;
      termScore[id] = 0;
      if (rank <= 0 || (excluded.size > 0 && excluded.has(paragraphs[id]!.doc))) continue;
      if (top.length === config.maxCandidates && rank <= top[top.length - 1]!.rank) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.rank < rank || (top[at - 1]!.rank === rank && top[at - 1]!.id > id))) at--;
      top.splice(at, 0, { id, rank });
      if (top.length > config.maxCandidates) top.pop();
    }
    touched.length = 0;
    // Verification is the costly step: candidates far behind the best cannot be the best match,
    // and as a second document's hit they would only add noise to the chain of copies.
    // A weak candidate next to a strong one stays: it may be the other half of a merged block.
    const floor = (top[0]?.rank ?? 0) * config.candidateRankFloor;
    const strong = new Set(top.filter((c) => c.rank >= floor).map((c) => c.id));
    return top.filter((c) => strong.has(c.id) || strong.has(c.id - 1) || strong.has(c.id + 1));
  }

  function find(text: string, options: MatchOptions = {}): ParagraphMatch[] {
    const query = textFeatures(text, config.shingle);
    if (query.words.length < config.minWords) return [];
    const thresholds = thresholdsFor(config, options.sensitivity);
    // A short query counts only as an exact run: a few words shared with another text ("Here are
    // some of the highlights:") are coincidence far more often than reuse.
    const exactOnly = query.words.length < config.minLooseWords;
    const ranked = candidatesFor(query, new Set(options.excludeDocs ?? []));
    const candidates = ranked.map((c) => c.id);
    const queryWeights = Float64Array.from(query.stems, weight);
    const candidateSet = new Set(candidates);

    const verify = (ids: number[]) => {
      const span = combineFeatures(ids.map(featuresOf));
      const verdict = classify(compareFeatures(query, span, queryWeights), query, thresholds, config.minContentWords, config.minSharedRun);
      return verdict && (!exactOnly || verdict.relation === 'verbatim') ? verdict : null;
    };

    const bestPerDoc = new Map<number, ParagraphMatch>();
    // Unrounded score and word-order agreement of each kept match, for comparing rivals.
    const rawOf = new Map<ParagraphMatch, { strength: number; order: number }>();
    const consider = (ids: number[]) => {
      const verdict = verify(ids);
      if (!verdict) return;
      const doc = paragraphs[ids[0]!]!.doc;
      const previous = bestPerDoc.get(doc);
      // A longer span must earn its place: it always contains at least as much of the query.
      const margin = previous && previous.paragraphs.length < ids.length ? config.spanMargin : 0;
      if (previous) {
        const raw = rawOf.get(previous)!;
        const gain = verdict.strength - (raw.strength + margin);
        if (gain < -1e-9 || (Math.abs(gain) <= 1e-9 && verdict.order <= raw.order)) return;
      }
      const match: ParagraphMatch = {
        doc,
        paragraph: paragraphs[ids[0]!]!.paragraph,
        paragraphs: ids.map((k) => paragraphs[k]!.paragraph),
        score: round(verdict.score),
        relation: verdict.relation,
        text: ids.map((k) => paragraphs[k]!.text).join(' '),
        coverage: round(verdict.coverage),
      };
      bestPerDoc.set(doc, match);
      rawOf.set(match, { strength: verdict.strength, order: verdict.order });
    };
    // Once the best candidate holds the query word for word, only its near rivals are worth
    // verifying (another document carrying the same text: 004 keeps some of 003's sentences);
    // the rest could add only second-document hits that the corpus's own links already give.
    let rivalsFrom = -1;
    for (const { id, rank } of ranked) {
      if (rivalsFrom >= 0 && rank < rivalsFrom) continue;
      consider([id]);
      const best = rivalsFrom < 0 ? bestPerDoc.get(paragraphs[id]!.doc) : undefined;
      if (best && best.relation === 'verbatim' && best.coverage >= config.settledCoverage) {
        rivalsFrom = rank * config.rivalRankFloor;
      }
    }
    // Spans of consecutive candidates of one document, tried only where no single paragraph holds
    // the query already (the page merged paragraphs, or reflowed them across a boundary).
    const singleCoverage = new Map([...bestPerDoc].map(([doc, m]) => [doc, m.coverage]));
    for (const first of candidates) {
      const doc = paragraphs[first]!.doc;
      if ((singleCoverage.get(doc) ?? 0) >= config.spanNeededBelow) continue;
      const ids = [first];
      let gapUsed = false;
      while (ids.length < config.maxSpan) {
        const next = ids[ids.length - 1]! + 1;
        if (paragraphs[next]?.doc !== doc) break;
        if (candidateSet.has(next)) {
          ids.push(next);
        } else if (!gapUsed && candidateSet.has(next + 1) && paragraphs[next + 1]?.doc === doc && ids.length + 2 <= config.maxSpan) {
          // One paragraph the page left out (a transcript condenses, a rewrite drops a quote).
          gapUsed = true;
          ids.push(next, next + 1);
        } else {
          break;
        }
        consider([...ids]);
      }
    }
    return [...bestPerDoc.values()]
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, options.limit ?? 10);
  }

  function serialize(): SerializedMatchIndex {
    return {
      version: MATCH_INDEX_VERSION,
      config: data.config,
      paragraphCount: data.paragraphCount,
      fingerprints: encodePostings(data.fingerprints),
      signatures: encodePostings(data.signatures),
      dfSketch: bytesToBase64(data.dfSketch),
    };
  }

  let size: number | undefined;
  return {
    find,
    serialize,
    byteSize: () => (size ??= JSON.stringify(serialize()).length),
  };
}

/** Load an index written by `serialize()`; `paragraphs` must be the same list, in the same order. */
export function loadMatchIndex(serialized: SerializedMatchIndex, paragraphs: IndexedParagraph[]): MatchIndex {
  if (!serialized || serialized.version !== MATCH_INDEX_VERSION) {
    throw new Error(
      `match index: version ${String(serialized?.version)} is not ${MATCH_INDEX_VERSION}; rebuild the corpus with "source-context corpus build"`,
    );
  }
  const s = serialized as unknown as {
    config: MatchConfig; paragraphCount: number; fingerprints: string; signatures: string; dfSketch: string;
  };
  return createMatchIndex(
    {
      // Structure comes from the file (it was built with it); tolerances from this build's config.
      config: { ...MATCH_CONFIG, shingle: s.config.shingle, window: s.config.window, dfBuckets: s.config.dfBuckets },
      paragraphCount: s.paragraphCount,
      fingerprints: decodePostings(s.fingerprints),
      signatures: decodePostings(s.signatures),
      dfSketch: base64ToBytes(s.dfSketch),
    },
    paragraphs,
  );
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
