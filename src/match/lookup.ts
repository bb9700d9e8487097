/**
 * Runtime lookups: candidates from the two posting lists, then verification of a few spans.
 */
import type { IndexedParagraph, InspectedSpan, MatchIndex, MatchOptions, ParagraphMatch, SerializedMatchIndex } from './types';
import { MATCH_CONFIG, type MatchConfig } from './config';
import { textFeatures, combineFeatures, sortedIndexOf, concatTyped, type TextFeatures } from './features';
import { encodePostings, decodePostings, firstPosting, withDirectory, bytesToBase64, base64ToBytes, type Postings } from './codec';
import { idfByHash } from './df-sketch';
import { generalRarityByHash } from './specificity';
import { boundedMemo } from '../text';
import { compareFeatures, classify, type Comparison, type Verdict } from './verify';
import { joinParagraphs } from './passage';
import { queryContext, spanSynonyms, MAX_SYNONYM_DEGREE, type QueryContext, type SynonymLinks } from './align';
import { cutoffFor } from './reuse-model';
import { explainMatch } from './explain';

export const MATCH_INDEX_VERSION = 3;

/** Documents per lookup whose candidates are also aligned as one region. */
const MAX_REGION_DOCS = 2;

/** The numeric part of an index (what the corpus file stores). */
export interface IndexData {
  config: MatchConfig;
  paragraphCount: number;
  fingerprints: Postings;
  signatures: Postings;
  dfSketch: Uint8Array;
  /** General-English rarity of every word the background table knows, with the story factor for the corpus's own (specificity.ts). */
  generalSketch: Uint8Array;
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
  const paragraphWeights: (Float64Array | undefined)[] = new Array(paragraphs.length);
  const weightsOf = (id: number): Float64Array => (paragraphWeights[id] ??= weightsFor(featuresOf(id)));
  const idf = idfByHash(data.dfSketch, data.paragraphCount);
  const rarity = generalRarityByHash(data.generalSketch);
  // Specificity: rare in the corpus and rare in general English (specificity.ts).
  const weight = (h: number) => idf(h) * rarity(h);
  const weightsFor = (f: TextFeatures): Float64Array => {
    const w = new Float64Array(f.stems.length);
    for (let i = 0; i < f.stems.length; i++) w[i] = weight(f.stems[i]!);
    return w;
  };
  // A block's text is looked up, looked up again with the page prior and explained: its features
  // and weights are computed once (the last few hundred texts are kept).
  const queryOf = boundedMemo((text: string): { features: TextFeatures; weights: Float64Array; context?: QueryContext; graph?: SynonymLinks | null } => {
    const features = textFeatures(text, config.shingle);
    return { features, weights: weightsFor(features) };
  }, 512);
  /** The query's comparison context, kept with its features while the synonym graph stays the same. */
  const contextOf = (text: string): QueryContext => {
    const q = queryOf(text);
    if (!q.context || q.graph !== synonyms) {
      q.context = queryContext(q.features, q.weights, synonyms ? isHub : null);
      q.graph = synonyms;
    }
    return q.context;
  };
  let synonyms: SynonymLinks | null = null;
  // Whether a stem is a synonym hub, remembered per stem (a graph lookup per query word otherwise).
  const hubs = new Map<number, boolean>();
  const isHub = (h: number): boolean => {
    let hub = hubs.get(h);
    if (hub === undefined) {
      if (hubs.size > 200_000) hubs.clear();
      hubs.set(h, (hub = synonyms!.neighbours(h).length > MAX_SYNONYM_DEGREE));
    }
    return hub;
  };
  // Each verified paragraph's stems' synonyms, looked up once (dropped when the graph changes).
  let paragraphSynonyms: (Uint32Array[] | null | undefined)[] = new Array(paragraphs.length);
  const synonymsOf = (id: number): Uint32Array[] | null =>
    paragraphSynonyms[id] === undefined ? (paragraphSynonyms[id] = spanSynonyms(featuresOf(id), synonyms)) : paragraphSynonyms[id]!;
  // A term in more paragraphs than this says little about which one a query came from; its
  // posting list is long, so it is not looked up among the signatures.
  const commonIdf = Math.log(1 + 1 / config.commonTermFraction);

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

  // Corpus paragraph ids by (document, paragraph number), built the first time one is asked for
  // (a paragraph `alsoVerify` names, or a match explained).
  let idByPosition: Map<number, number> | undefined;
  const position = (doc: number, paragraph: number) => doc * 0x100000 + paragraph;
  function idAt(doc: number, paragraph: number): number | undefined {
    idByPosition ??= new Map(paragraphs.map((p, id) => [position(p.doc, p.paragraph), id]));
    return idByPosition.get(position(doc, paragraph));
  }

  /** The candidates, then the paragraphs `options.alsoVerify` asks for that are not among them
   *  (ranked last: they were not found, only pointed at). */
  function withParagraphsAsked(ranked: Candidate[], options: MatchOptions): Candidate[] {
    if (!options.alsoVerify?.length) return ranked;
    const out = [...ranked];
    const have = new Set(ranked.map((c) => c.id));
    for (const { doc, paragraphs: wanted } of options.alsoVerify) {
      if (options.excludeDocs?.includes(doc)) continue;
      for (const paragraph of wanted) {
        const id = idAt(doc, paragraph);
        if (id === undefined || have.has(id)) continue;
        have.add(id);
        out.push({ id, rank: 0 });
      }
    }
    return out;
  }

  /** The query compared with the span of corpus paragraphs `ids` (their features, weights and synonyms). */
  function compareSpan(query: QueryContext, ids: number[]): Comparison {
    const single = ids.length === 1;
    const span = combineFeatures(ids.map(featuresOf));
    const spanWeights = single ? weightsOf(ids[0]!) : concatWeights(ids.map(weightsOf));
    const spanNb = !synonyms ? null : single ? synonymsOf(ids[0]!) : ids.flatMap((id) => synonymsOf(id)!);
    return compareFeatures(query, span, spanWeights, spanNb);
  }

  /** A verified span and what the model made of it. */
  interface Verified {
    ids: number[];
    comparison: Comparison;
    verdict: Verdict | null;
    /** Compared just now: its credit and partner views still hold this comparison's values. */
    fresh: boolean;
  }

  /** Candidates, verified singly, as consecutive spans and as regions; `visit` sees each. */
  function verifyCandidates(text: string, options: MatchOptions, visit: (v: Verified, doc: number) => void) {
    const { features, weights: queryWeights } = queryOf(text);
    if (features.wordCount < config.minWords) return null;
    const cutoff = cutoffFor(options.sensitivity, undefined, options.priorOdds);
    // A short query counts only as an exact run: a few words shared with another text ("Here are
    // some of the highlights:") are coincidence far more often than reuse. Not where the page's
    // other paragraphs raised the prior odds (page-prior.ts): the page has said where its text
    // comes from, and a copy's short line that changed a word ("petrol station" for "gas
    // station") is then reuse far more often than coincidence.
    const exactOnly = features.wordCount < config.minLooseWords && !((options.priorOdds ?? 1) > 1);
    const query = contextOf(text);
    const found = options.onlyAsked ? [] : candidatesFor(features, queryWeights, options.excludeDocs ?? []);
    // Spans and regions are built from the candidates the postings found; a paragraph only asked
    // for is compared alone (each span tried costs a comparison, and they add up fast).
    const candidates = found.map((c) => c.id);
    const ranked = withParagraphsAsked(found, options);

    // A corpus of reposts holds the same paragraph many times: compared once per lookup.
    const sameText = new Map<string, Comparison>();
    const verify = (ids: number[]): Verified => {
      const single = ids.length === 1 ? paragraphs[ids[0]!]!.text : undefined;
      let comparison = single !== undefined ? sameText.get(single) : undefined;
      const fresh = !comparison;
      if (!comparison) {
        comparison = compareSpan(query, ids);
        if (single !== undefined) sameText.set(single, comparison);
      }
      const verdict = classify(comparison, features, config.thresholds, cutoff, config.minContentWords, config.minSharedRun);
      return { ids, comparison, verdict: verdict && (!exactOnly || verdict.relation === 'verbatim') ? verdict : null, fresh };
    };
    const singleCoverage = new Map<number, number>();
    let settledFrom = -1;
    for (const { id, rank } of ranked) {
      if (settledFrom >= 0 && rank < settledFrom) continue;
      const v = verify([id]);
      const doc = paragraphs[id]!.doc;
      if (v.verdict) singleCoverage.set(doc, Math.max(singleCoverage.get(doc) ?? 0, v.verdict.coverage));
      visit(v, doc);
      // Once the best candidate holds the query word for word, only its near rivals are worth
      // verifying (another document carrying the same text: 004 keeps some of 003's sentences).
      if (settledFrom < 0 && v.verdict?.relation === 'verbatim' && v.verdict.coverage >= config.settledCoverage) {
        settledFrom = rank * config.rivalRankFloor;
      }
    }
    // One sentence cannot be two merged paragraphs: spans would only add the neighbour's words.
    if (settledFrom >= 0 || features.sentenceStarts.length < 2) return query;
    // Spans of consecutive candidates of one document, tried only where no single paragraph holds
    // the query already (the page merged paragraphs, or reflowed them across a boundary).
    const byDoc = new Map<number, number[]>();
    for (const id of candidates) {
      const doc = paragraphs[id]!.doc;
      if ((singleCoverage.get(doc) ?? 0) >= config.spanNeededBelow) continue;
      byDoc.set(doc, [...(byDoc.get(doc) ?? []), id]);
    }
    const tried = new Set<string>();
    const tryIds = (ids: number[], doc: number) => {
      const key = ids.join();
      if (tried.has(key)) return;
      tried.add(key);
      visit(verify(ids), doc);
    };
    // Regions are the costliest comparisons: tried for the documents of the best-ranked
    // candidates only (a corpus of many reposts puts every repost among the candidates).
    const regionDocs = new Set<number>();
    for (const id of candidates) {
      if (regionDocs.size >= MAX_REGION_DOCS) break;
      if (byDoc.has(paragraphs[id]!.doc)) regionDocs.add(paragraphs[id]!.doc);
    }
    for (const [doc, ids] of byDoc) {
      for (const first of ids) {
        const span = [first];
        let gapUsed = false;
        while (span.length < config.maxSpan) {
          const next = span[span.length - 1]! + 1;
          if (paragraphs[next]?.doc !== doc) break;
          if (ids.includes(next)) {
            span.push(next);
          } else if (!gapUsed && ids.includes(next + 1) && paragraphs[next + 1]?.doc === doc && span.length + 2 <= config.maxSpan) {
            // One paragraph the page left out (a transcript condenses, a rewrite drops a quote).
            gapUsed = true;
            span.push(next, next + 1);
          } else {
            break;
          }
          tryIds([...span], doc);
        }
      }
      // Pairs of candidates further apart: a rewrite that merged one paragraph's sentence with
      // one from a few paragraphs on, skipping those between ("a DEA official said…, according
      // to NPR. Cartels are using illegal labs…"). Both lie within one span's reach (`maxSpan`);
      // adjacent ones and those one apart the spans above have tried. Best-ranked documents
      // only, as for regions: each pair costs a comparison.
      if (!regionDocs.has(doc)) continue;
      const sorted = [...ids].sort((a, b) => a - b);
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length && sorted[j]! - sorted[i]! < config.maxSpan; j++) {
          if (sorted[j]! - sorted[i]! > 2) tryIds([sorted[i]!, sorted[j]!], doc);
        }
      }
      // A region: the document's candidates from first to last, so a long page paragraph that
      // follows its source sentence by sentence across several paragraphs aligns as a whole.
      // A query of many sentences may follow more paragraphs than were candidates (one sentence
      // from each): the region is widened to as many paragraphs as the query has sentences.
      const sentences = features.sentenceStarts.length;
      if (ids.length >= 3 || sentences >= 4) {
        const first = sorted[0]!;
        const last = sorted[sorted.length - 1]!;
        const pad = Math.max(0, Math.ceil((Math.min(sentences, config.maxRegion) - (last - first + 1)) / 2));
        const from = Math.max(0, first - pad);
        const to = Math.min(last + pad, from + config.maxRegion - 1);
        const region: number[] = [];
        for (let id = from; id <= to; id++) if (paragraphs[id]?.doc === doc) region.push(id);
        tryIds(region, doc);
      }
    }
    return query;
  }

  /** Longest common subsequence of the query's stems and a span's, in stems (ties only). */
  function stemOrder(stems: Uint32Array, ids: number[]): number {
    const span = ids.flatMap((id) => Array.from(featuresOf(id).stems));
    let prev = new Int32Array(span.length + 1);
    let curr = new Int32Array(span.length + 1);
    for (let i = 1; i <= stems.length; i++) {
      for (let j = 1; j <= span.length; j++) {
        curr[j] = stems[i - 1] === span[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
      }
      [prev, curr] = [curr, prev];
    }
    return prev[span.length]!;
  }

  function find(text: string, options: MatchOptions = {}): ParagraphMatch[] {
    const bestPerDoc = new Map<number, Verified>();
    const snapshots = new Map<number, Comparison>();
    let queryStems: Uint32Array | undefined;
    const bestByDoc = options.bestByDoc;
    const query = verifyCandidates(text, options, (v, doc) => {
      if (bestByDoc && v.comparison.probability > (bestByDoc.get(doc) ?? 0)) bestByDoc.set(doc, v.comparison.probability);
      if (!v.verdict) return;
      const previous = bestPerDoc.get(doc);
      if (previous) {
        // A longer span must earn its place: it always contains at least as much of the query.
        const margin = previous.ids.length < v.ids.length ? config.spanMargin : 0;
        const gain = v.verdict.strength - (previous.verdict!.strength + margin);
        if (gain < -1e-9) return;
        if (Math.abs(gain) <= 1e-9) {
          // A tie: the better word order wins, then the earlier passage (a document that repeats
          // a paragraph gives two equal spans; the answer must not depend on the lookup order).
          let orderGain = v.verdict.order - previous.verdict!.order;
          // Still tied (set features cannot tell "4 5" from "3 4" when 3 repeats 5): the words'
          // order in each span decides.
          if (Math.abs(orderGain) <= 1e-9) {
            const stems = (queryStems ??= queryOf(text).features.stems);
            orderGain = stemOrder(stems, v.ids) - stemOrder(stems, previous.ids);
          }
          if (orderGain < -1e-9 || (Math.abs(orderGain) <= 1e-9 && v.ids[0]! >= previous.ids[0]!)) return;
        }
      }
      bestPerDoc.set(doc, v);
      // The comparison behind the match, kept for explain (the reasons a reader sees are for this
      // span). credit and partner are views the next comparison overwrites: copied while fresh.
      if (v.fresh) snapshots.set(doc, { ...v.comparison, credit: v.comparison.credit.slice(), partner: v.comparison.partner.slice() });
      else snapshots.delete(doc);
    });
    if (!query) return [];
    for (const [doc, v] of bestPerDoc) {
      const snapshot = snapshots.get(doc);
      if (!snapshot) continue;
      if (compared.size >= 512) compared.clear();
      compared.set(comparedKey(text, v.ids), snapshot);
    }
    const matches = [...bestPerDoc.entries()]
      .map(([doc, v]): ParagraphMatch => {
        const match: ParagraphMatch = {
          doc,
          paragraph: paragraphs[v.ids[0]!]!.paragraph,
          paragraphs: v.ids.map((k) => paragraphs[k]!.paragraph),
          score: round(v.verdict!.score),
          relation: v.verdict!.relation,
          text: joinParagraphs(v.ids.map((k, i) => ({ text: paragraphs[k]!.text, afterGap: i > 0 && k - v.ids[i - 1]! > 1 }))),
          coverage: round(v.verdict!.coverage),
          probability: round(v.comparison.probability),
          alignment: [],
          evidence: [],
        };
        return match;
      })
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, options.limit ?? 10);
    return matches;
  }

  // The latest matches' comparisons (find fills it, explain reads it), by query text and span.
  const compared = new Map<string, Comparison>();
  const comparedKey = (text: string, ids: number[]) => `${ids.join()}\u0000${text}`;


  /** The reasons for one match of `text` (what `find` returned), from its comparison (kept by find, or made again). */
  function explain(text: string, match: ParagraphMatch): Pick<ParagraphMatch, 'alignment' | 'evidence'> {
    // Word for word: the wording is the reason, and the Compare view's diff shows it; aligning
    // identical sentences would cost as much as the lookup and say nothing more.
    if (match.relation === 'verbatim') {
      return {
        alignment: [],
        evidence: [{ kind: 'shared-wording', text: `${Math.round(match.score * 100)}% of its three-word phrases are in the source, word for word`, weight: 1 }],
      };
    }
    const ids = match.paragraphs.map((p) => idAt(match.doc, p));
    if (ids.some((id) => id === undefined) || ids.length === 0) return { alignment: [], evidence: [] };
    const { weights } = queryOf(text);
    const spanIds = ids as number[];
    const comparison = compared.get(comparedKey(text, spanIds)) ?? compareSpan(contextOf(text), spanIds);
    return explainMatch(text, spanIds.map((id) => paragraphs[id]!.text), comparison, weights);
  }

  function inspect(text: string, options: MatchOptions = {}): InspectedSpan[] {
    const out: InspectedSpan[] = [];
    verifyCandidates(text, options, (v, doc) => {
      out.push({
        doc,
        ids: v.ids,
        features: { ...v.comparison.features },
        probability: v.comparison.probability,
        relation: v.verdict?.relation ?? null,
      });
    });
    return out;
  }

  function serialize(): SerializedMatchIndex {
    return {
      version: MATCH_INDEX_VERSION,
      config: data.config,
      paragraphCount: data.paragraphCount,
      fingerprints: encodePostings(data.fingerprints),
      signatures: encodePostings(data.signatures),
      dfSketch: bytesToBase64(data.dfSketch),
      generalSketch: bytesToBase64(data.generalSketch),
    };
  }

  let size: number | undefined;
  return {
    find,
    explain,
    inspect,
    useSynonyms: (graph) => {
      synonyms = graph;
      paragraphSynonyms = new Array(paragraphs.length);
      hubs.clear();
      compared.clear();
    },
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
    generalSketch: string;
  };
  return createMatchIndex(
    {
      // Structure comes from the file (it was built with it); tolerances from this build's config.
      config: { ...MATCH_CONFIG, shingle: s.config.shingle, window: s.config.window, dfBuckets: s.config.dfBuckets },
      paragraphCount: s.paragraphCount,
      fingerprints: decodePostings(s.fingerprints),
      signatures: decodePostings(s.signatures),
      dfSketch: base64ToBytes(s.dfSketch),
      generalSketch: base64ToBytes(s.generalSketch),
    },
    paragraphs,
  );
}

function concatWeights(parts: Float64Array[]): Float64Array {
  return concatTyped(parts, (n) => new Float64Array(n));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
