/**
 * Relations between corpus documents, from the same matcher the extension uses on pages (one
 * implementation): every content paragraph of each document is looked up in the others; the links
 * are aggregated per pair of documents, and the pair's direction and type come from what the texts
 * say (attribution phrases, shared outlet, no source named).
 */
import type { MatchIndex, ParagraphMatch } from '../match/types';
import { findWithPagePrior, followedDocuments } from '../match/page-prior';
import type { CorpusDocument, DocumentRelation, Evidence, ParagraphLink, ReuseRelation } from './types';
import type { OutletMention } from './outlet-rules';
import { UNKNOWN_OUTLET } from './outlet-rules';
import { dedupeEvidence, quoteWords } from './evidence';

/** Thresholds of the relation rules; each says which seed taught it. */
export const RELATION_RULES = {
  /** A pair needs this many linked paragraphs to be related at all (one shared stock phrase is not reuse). */
  minSharedParagraphs: 2,
  /** "Repeatedly attributes": 002 credits NPR nine times; one passing mention is a citation, not a rewrite. */
  minAttributions: 2,
  /** A document naming no source is a copy when this share of its content reappears (004: most of it is 003). */
  minUnattributedCoverage: 0.4,
  /** Between two outlets, neither naming the other: the covered one is the copy only when clearly so. */
  minCoverageLead: 0.2,
  /** A lookup returning this many documents may have left others out (see findLinks). */
  fullLookup: 4,
  /** ...so look again, at most this many times per paragraph (10 reposts of each seed needed 3). */
  maxLookupRounds: 4,
  /** Weight of one editorial insertion ("[intelligence]") shared with one candidate source only: about one verbatim paragraph. */
  insertionBonus: 1,
  /** Reused-text evidence quotes per relation. */
  reusedQuotes: 2,
} as const;

/** Aggregated links from one document to another. */
interface PairStats {
  copy: number;
  source: number;
  links: ParagraphLink[];
  coverage: number;
  /** Sum of link scores: how much of the copy this source explains (chooses between candidate sources). */
  affinity: number;
}

/** What a document says about outlets, as relations need it. */
export interface RelationDoc {
  doc: CorpusDocument;
  attributions: OutletMention[];
}

/** Finds the paragraph links between all documents (directed: from the querying document). */
export function findLinks(documents: readonly CorpusDocument[], matcher: MatchIndex): ParagraphLink[] {
  const links: ParagraphLink[] = [];
  for (const d of documents) {
    const hitsOf: ParagraphMatch[][] = [];
    const untraced: { index: number; text: string }[] = [];
    for (const p of d.paragraphs) {
      if (p.kind !== 'content') continue;
      const before = links.length;
      // The matcher verifies a few candidates per lookup: when one lookup comes back full (many
      // reposts of one text), look again without the documents found, so the original still shows.
      const seen = new Set<number>([d.index]);
      for (let round = 0; round < RELATION_RULES.maxLookupRounds; round++) {
        const matches = matcher.find(p.text, { excludeDocs: [...seen] });
        for (const m of matches) {
          if (seen.has(m.doc)) continue; // best match per other document only
          seen.add(m.doc);
          links.push({ from: { doc: d.index, paragraph: p.index }, to: { doc: m.doc, paragraph: m.paragraph }, relation: m.relation, score: round3(m.score) });
        }
        if (matches.length < RELATION_RULES.fullLookup) break;
      }
      hitsOf.push(links.slice(before).map((l) => ({ doc: l.to.doc, paragraphs: [l.to.paragraph] }) as ParagraphMatch));
      if (links.length === before) untraced.push({ index: p.index, text: p.text });
    }
    // As on a page: a document that follows another has its untraced paragraphs looked up again
    // there, near the linked ones, with the page prior's odds (src/match/page-prior.ts).
    const followed = followedDocuments(hitsOf);
    for (const p of untraced) {
      const m = findWithPagePrior(matcher, p.text, followed, { excludeDocs: [d.index] })[0];
      if (m) links.push({ from: { doc: d.index, paragraph: p.index }, to: { doc: m.doc, paragraph: m.paragraph }, relation: m.relation, score: round3(m.score) });
    }
  }
  return links;
}

/** Decides the document relations from the links; sets `derivedFrom` on copies. */
export function relateDocuments(
  docs: readonly RelationDoc[],
  allLinks: readonly ParagraphLink[],
): { relations: DocumentRelation[]; links: ParagraphLink[] } {
  const stats = pairStats(docs, allLinks);
  const candidates: { stats: PairStats; type: DocumentRelation['type']; evidence: Evidence[] }[] = [];
  for (let a = 0; a < docs.length; a++) {
    for (let b = a + 1; b < docs.length; b++) {
      const decided = decidePair(docs, stats, a, b);
      if (decided) candidates.push(decided);
    }
  }
  // A copy keeps one source: the candidate that explains most of it, an editorial insertion only
  // that source shares counting extra (002: 000 over 001, both NPR; 000 and 002 print "[intelligence]").
  const chosen = new Map<number, (typeof candidates)[number]>();
  const copies = new Set(candidates.filter((c) => c.type !== 'sibling-version').map((c) => c.stats.copy));
  for (const copy of copies) {
    const group = candidates.filter((c) => c.type !== 'sibling-version' && c.stats.copy === copy);
    const scored = group.map((c) => {
      const insertions = sharedInsertions(docs, c.stats, group.filter((r) => r !== c).map((r) => r.stats.source));
      return { c, insertions, score: c.stats.affinity + RELATION_RULES.insertionBonus * insertions.length };
    });
    scored.sort((x, y) => y.score - x.score || x.c.stats.source - y.c.stats.source);
    const best = scored[0]!;
    // Never close a loop of copies (A from B from A): the stronger claim was made first.
    if (chainReaches(docs, best.c.stats.source, copy)) continue;
    best.c.evidence.push(...best.insertions);
    chosen.set(copy, best.c);
    docs[copy]!.doc.derivedFrom = best.c.stats.source;
  }
  const kept = candidates.filter((c) => c.type === 'sibling-version' || chosen.get(c.stats.copy) === c);
  const relations = kept.map((c) => toRelation(c.stats, c.type, c.evidence));
  const links = kept.flatMap((c) => c.stats.links);
  return { relations, links };
}

/** True when following `derivedFrom` from `start` reaches `target`. */
function chainReaches(docs: readonly RelationDoc[], start: number, target: number): boolean {
  const seen = new Set<number>();
  for (let d: number | undefined = start; d !== undefined && !seen.has(d); d = docs[d]?.doc.derivedFrom) {
    if (d === target) return true;
    seen.add(d);
  }
  return false;
}

function decidePair(
  docs: readonly RelationDoc[],
  stats: Map<string, PairStats>,
  a: number,
  b: number,
): { stats: PairStats; type: DocumentRelation['type']; evidence: Evidence[] } | null {
  const ab = stats.get(`${a}>${b}`);
  const ba = stats.get(`${b}>${a}`);
  const usable = (s: PairStats | undefined): s is PairStats => !!s && s.links.length >= RELATION_RULES.minSharedParagraphs;
  if (!usable(ab) && !usable(ba)) return null;
  const A = docs[a]!;
  const B = docs[b]!;

  // The document that repeatedly credits the other's outlet is the copy (002 -> "NPR reported").
  for (const [copy, source, s] of [[A, B, ab], [B, A, ba]] as const) {
    if (!usable(s) || source.doc.outlet === UNKNOWN_OUTLET || source.doc.outlet === copy.doc.outlet) continue;
    const credits = copy.attributions.filter((m) => m.outlet === source.doc.outlet);
    if (credits.length >= RELATION_RULES.minAttributions) {
      return { stats: s, type: 'attributed-rewrite', evidence: [...dedupeEvidence(credits.map((m) => ({ rule: 'attribution', quote: m.quote }))).slice(0, 3), ...reused(copy.doc, s)] };
    }
  }
  // Same outlet, neither crediting the other: two versions of one story (000 web, 001 radio).
  if (A.doc.outlet !== UNKNOWN_OUTLET && A.doc.outlet === B.doc.outlet) {
    const s = usable(ab) ? ab : ba!;
    const evidence: Evidence[] = [
      ...firstOwn(A.doc).map((e) => ({ rule: `same-outlet (${A.doc.file})`, quote: e.quote })),
      ...firstOwn(B.doc).map((e) => ({ rule: `same-outlet (${B.doc.file})`, quote: e.quote })),
      ...reused(docs[s.copy]!.doc, s),
    ];
    return { stats: s, type: 'sibling-version', evidence };
  }
  // A document that names no outlet at all, mostly covered by another: an unattributed copy (004 -> 003).
  for (const [copy, source, s] of [[A, B, ab], [B, A, ba]] as const) {
    if (!usable(s) || copy.doc.outlet !== UNKNOWN_OUTLET || source.doc.outlet === UNKNOWN_OUTLET) continue;
    if (s.coverage >= RELATION_RULES.minUnattributedCoverage && !copy.attributions.length) {
      return { stats: s, type: 'unattributed-copy', evidence: reused(copy.doc, s) };
    }
  }
  // A document that names its outlet is never taken for a copy of one that names none: the
  // anonymous one is the suspect (a corpus with several copies of 003 and 004 taught this).
  if ((A.doc.outlet === UNKNOWN_OUTLET) !== (B.doc.outlet === UNKNOWN_OUTLET)) return null;
  // Otherwise the clearly more covered side is the copy, if it credits nobody for it.
  const lead = (ab?.coverage ?? 0) - (ba?.coverage ?? 0);
  const [copy, s] = lead >= 0 ? [A, ab] : [B, ba];
  if (usable(s) && Math.abs(lead) >= RELATION_RULES.minCoverageLead && s.coverage >= RELATION_RULES.minUnattributedCoverage) {
    const source = docs[s.source]!;
    if (!copy.attributions.some((m) => m.outlet === source.doc.outlet)) {
      return { stats: s, type: 'unattributed-copy', evidence: reused(copy.doc, s) };
    }
  }
  return null;
}

function pairStats(docs: readonly RelationDoc[], links: readonly ParagraphLink[]): Map<string, PairStats> {
  const out = new Map<string, PairStats>();
  for (const link of links) {
    const key = `${link.from.doc}>${link.to.doc}`;
    let s = out.get(key);
    if (!s) out.set(key, (s = { copy: link.from.doc, source: link.to.doc, links: [], coverage: 0, affinity: 0 }));
    s.links.push(link);
    s.affinity += link.score;
  }
  for (const s of out.values()) {
    const content = docs[s.copy]!.doc.paragraphs.filter((p) => p.kind === 'content').length;
    s.coverage = content ? round3(new Set(s.links.map((l) => l.from.paragraph)).size / content) : 0;
  }
  return out;
}

function toRelation(s: PairStats, type: DocumentRelation['type'], evidence: Evidence[]): DocumentRelation {
  const shared: Record<ReuseRelation, number> = { verbatim: 0, 'near-verbatim': 0, paraphrase: 0 };
  for (const l of s.links) shared[l.relation]++;
  return { copy: s.copy, source: s.source, type, shared, coverage: s.coverage, evidence: dedupeEvidence(evidence) };
}

/** The copy's best-matching paragraphs, quoted. */
function reused(copy: CorpusDocument, s: PairStats): Evidence[] {
  return [...s.links]
    .sort((x, y) => y.score - x.score)
    .slice(0, RELATION_RULES.reusedQuotes)
    .map((l) => ({ rule: `reused-text (${l.relation}, ${Math.round(l.score * 100)}%)`, quote: quoteWords(copy.paragraphs[l.from.paragraph]?.text ?? '') }));
}

/**
 * Bracketed editorial insertions the copy shares with its chosen source and with no rival source
 * ("[intelligence]" in 000 and 002, absent from 001): they show which version was copied.
 */
function sharedInsertions(docs: readonly RelationDoc[], s: PairStats, rivals: number[]): Evidence[] {
  const brackets = (d: number) => new Set(docs[d]!.doc.paragraphs.filter((p) => p.kind === 'content').flatMap((p) => p.text.match(/\[[^\]\n]{1,60}\]/g) ?? []));
  const inSource = brackets(s.source);
  const inRivals = new Set(rivals.flatMap((r) => [...brackets(r)]));
  return [...brackets(s.copy)].filter((b) => inSource.has(b) && !inRivals.has(b)).map((quote) => ({ rule: 'shared-insertion', quote }));
}

/** The document's strongest self-reference (not the bare masthead). */
function firstOwn(doc: CorpusDocument): Evidence[] {
  const own = doc.outletEvidence.filter((e) => e.rule !== 'masthead' && e.rule !== 'told');
  return (own.length ? own : doc.outletEvidence).slice(0, 1);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
