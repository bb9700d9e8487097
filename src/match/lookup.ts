/**
 * Runtime lookups: candidates from the two posting lists, then verification of a few spans.
 */
import type { IndexedParagraph, MatchIndex, MatchOptions, ParagraphMatch, SerializedMatchIndex } from './types';
import { MATCH_CONFIG, thresholdsFor, type MatchConfig } from './config';
import { textFeatures, combineFeatures, sortedIndexOf, type TextFeatures } from './features';
import { encodePostings, decodePostings, firstPosting, withDirectory, bytesToBase64, base64ToBytes, type Postings } from './codec';
import { idfByHash } from './df-sketch';
import { compareFeatures, classify } from './verify';

export const MATCH_INDEX_VERSION = 2;

/** The numeric part of an index (what the corpus file stores). */
export interface IndexData {
  config: MatchConfig;
  paragraphCount: number;
  fingerprints: Postings;
  signatures: Postings;
  dfSketch: Uint8Array;
}

/** A paragraph worth verifying, and how strongly the index points at it. */
interface Candidate {
  id: number;
  rank: number;
}

/** True when a paragraph of rank `rank` and id `id` goes before `other` (ties: the lower id). */
function ranksAbove(rank: number, id: number, other: Candidate): boolean {
  return rank > other.rank || (rank === other.rank && id < other.id);
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
  const weight = idfByHash(data.dfSketch, data.paragraphCount);
  // A term in more paragraphs than this says little about which one a query came from; its
  // posting list is long, so it is not looked up among the signatures.
  const commonIdf = Math.log(1 + 1 / config.commonTermFraction);
  const thresholdsOf = new Map<number | undefined, MatchConfig['thresholds']>();

  // Scratch state reused by every lookup (a Map per lookup and a sort of every touched paragraph
  // cost more than the rest of the lookup together). Each paragraph's shingle and term scores sit
  // side by side, so a posting touches one cache line.
  const scores = new Float32Array(2 * paragraphs.length);
  const touched = new Int32Array(paragraphs.length);
  // The query's rarest distinct terms: hash and weight, best first.
  const rareHashes = new Uint32Array(config.queryTermsLookedUp);
  const rareWeights = new Float64Array(config.queryTermsLookedUp);
  let seenStem = new Uint8Array(256);

  function candidatesFor(query: TextFeatures, queryWeights: Float64Array, excluded: readonly number[]): Candidate[] {
    let touchedCount = 0;
    const perShingle = 2 / Math.max(1, query.shingleSet.length);
    const fp = fingerprints;
    for (let q = 0; q < query.shingleSet.length; q++) {
      const h = query.shingleSet[q]!;
      for (let i = firstPosting(fp, h); i >= 0 && i < fp.hashes.length && fp.hashes[i] === h; i++) {
        const id = fp.ids[i]!;
        if (scores[2 * id] === 0 && scores[2 * id + 1] === 0) touched[touchedCount++] = id;
        scores[2 * id]! += perShingle;
      }
    }
    // Only the query's rarest distinct terms are looked up: a paraphrase keeps the rare words
    // (names, numbers, specific nouns), and the common ones have the longest posting lists.
    // Equal weights keep the order the terms first appear in.
    const stemSet = query.stemSet;
    if (seenStem.length < stemSet.length) seenStem = new Uint8Array(2 * stemSet.length);
    seenStem.fill(0, 0, stemSet.length);
    let stemTotal = 0;
    let rareCount = 0;
    for (let i = 0; i < query.stems.length; i++) {
      const at = sortedIndexOf(stemSet, query.stems[i]!);
      if (seenStem[at]) continue;
      seenStem[at] = 1;
      const w = queryWeights[i]!;
      stemTotal += w;
      let slot = rareCount;
      while (slot > 0 && rareWeights[slot - 1]! < w) slot--;
      if (slot >= rareHashes.length) continue;
      for (let k = Math.min(rareCount, rareHashes.length - 1); k > slot; k--) {
        rareHashes[k] = rareHashes[k - 1]!;
        rareWeights[k] = rareWeights[k - 1]!;
      }
      rareHashes[slot] = query.stems[i]!;
      rareWeights[slot] = w;
      if (rareCount < rareHashes.length) rareCount++;
    }
    const sig = signatures;
    for (let r = 0; r < rareCount; r++) {
      const w = rareWeights[r]!;
      if (w < commonIdf && paragraphs.length > config.commonTermMinParagraphs) continue;
      const h = rareHashes[r]!;
      const share = w / Math.max(1e-9, stemTotal);
      for (let i = firstPosting(sig, h); i >= 0 && i < sig.hashes.length && sig.hashes[i] === h; i++) {
        const id = sig.ids[i]!;
        if (scores[2 * id] === 0 && scores[2 * id + 1] === 0) touched[touchedCount++] = id;
        scores[2 * id + 1]! += share;
      }
    }
    // Rank by shared fingerprints first, rare shared terms second; keep the best few (a small
    // insertion-sorted list: far cheaper than sorting every touched paragraph). Equal ranks go
    // to the lower paragraph id, whatever order the paragraphs were touched in.
    const top: Candidate[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t]!;
      const terms = scores[2 * id + 1]! >= config.minCandidateTermWeight ? scores[2 * id + 1]! : 0;
      const rank = scores[2 * id]! + terms;
      scores[2 * id] = 0;
      scores[2 * id + 1] = 0;
      if (rank <= 0 || (excluded.length > 0 && excluded.includes(paragraphs[id]!.doc))) continue;
      if (top.length === config.maxCandidates && !ranksAbove(rank, id, top[top.length - 1]!)) continue;
      let at = top.length;
      while (at > 0 && ranksAbove(rank, id, top[at - 1]!)) at--;
      top.splice(at, 0, { id, rank });
      if (top.length > config.maxCandidates) top.pop();
    }
    // Verification is the costly step: candidates far behind the best cannot be the best match,
    // and as a second document's hit they would only add noise to the chain of copies.
    // A weak candidate next to a strong one stays: it may be the other half of a merged block.
    const floor = (top[0]?.rank ?? 0) * config.candidateRankFloor;
    const strong = (id: number) => top.some((c) => c.id === id && c.rank >= floor);
    return top.filter((c) => c.rank >= floor || strong(c.id - 1) || strong(c.id + 1));
  }

  function find(text: string, options: MatchOptions = {}): ParagraphMatch[] {
    const query = textFeatures(text, config.shingle);
    if (query.wordCount < config.minWords) return [];
    let thresholds = thresholdsOf.get(options.sensitivity);
    if (!thresholds) thresholdsOf.set(options.sensitivity, (thresholds = thresholdsFor(config, options.sensitivity)));
    // A short query counts only as an exact run: a few words shared with another text ("Here are
    // some of the highlights:") are coincidence far more often than reuse.
    const exactOnly = query.wordCount < config.minLooseWords;
    const queryWeights = new Float64Array(query.stems.length);
    for (let i = 0; i < query.stems.length; i++) queryWeights[i] = weight(query.stems[i]!);
    const ranked = candidatesFor(query, queryWeights, options.excludeDocs ?? []);
    const candidates = ranked.map((c) => c.id);

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
        if (candidates.includes(next)) {
          ids.push(next);
        } else if (!gapUsed && candidates.includes(next + 1) && paragraphs[next + 1]?.doc === doc && ids.length + 2 <= config.maxSpan) {
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
