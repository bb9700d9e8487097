/**
 * Quotes of every corpus document (found by src/quotes) grouped into clusters of the same quote
 * across documents, each with the wording taken as the original: the root document's.
 */
import type { CorpusDocument, CorpusQuote, ParagraphLink, QuoteCluster } from './types';
import { findQuotes, quoteSimilarity, QUOTE_SIMILARITY_THRESHOLD } from '../quotes/index';
import { words, isStopword } from '../text/index';

/** Rank of a document kind when choosing the original wording among root documents. */
const ORIGINAL_PREFERENCE: Record<CorpusDocument['kind'], number> = {
  // 000's web story prints the quote as NPR edited it; 001's transcript has the raw speech. The
  // web story is the version copies quote (002 carries 000's "[intelligence]" insertion).
  'original-web-story': 0,
  'broadcast-transcript': 1,
  'attributed-rewrite': 2,
  'unattributed-copy': 3,
};

/** Content words two quotes must share before they are compared at all (cheap pre-filter). */
const MIN_SHARED_WORDS = 2;

/**
 * Quotes at the same place in two paragraphs the matcher linked are the same quote even when a
 * rewrite changed its words, down to this similarity: 004 turned Feeley's "We have a game changer
 * here, and the game changer is a hundred thousand dead people a year" into "We have a watershed
 * here, and the watershed is 100,000 people killed a year" (similarity about 0.3).
 */
const ALIGNED_MIN_SIMILARITY = 0.2;

/** Quotes of one document (content paragraphs only: a tweet's quote is not the story's). */
export function documentQuotes(doc: CorpusDocument, narrators: string[]): Omit<CorpusQuote, 'cluster'>[] {
  const content = doc.paragraphs.filter((p) => p.kind === 'content');
  const found = findQuotes(
    content.map((p) => (p.speaker ? { text: p.text, speaker: p.speaker } : { text: p.text })),
    { narrators },
  );
  return found.map((q, n) => {
    const quote: Omit<CorpusQuote, 'cluster'> = { id: `${doc.index}:${n}`, doc: doc.index, paragraph: content[q.paragraph]!.index, text: q.text };
    if (q.speaker) quote.speaker = q.speaker;
    if (q.speakerEvidence) quote.speakerEvidence = q.speakerEvidence;
    return quote;
  });
}

/** Groups quotes (single-link, `quoteSimilarity` >= its threshold) and picks each group's original. */
export function clusterQuotes(
  quotes: Omit<CorpusQuote, 'cluster'>[],
  documents: readonly CorpusDocument[],
  links: readonly ParagraphLink[] = [],
): { quotes: CorpusQuote[]; clusters: QuoteCluster[] } {
  const parent = quotes.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [i, j] of alignedPairs(quotes, links)) if (root(i) !== root(j)) parent[root(i)] = root(j);
  // Candidate pairs through an inverted index of content words, so a large corpus is not n².
  const byWord = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const shared = new Map<number, number>();
    const own = new Set(words(q.text).filter((w) => w.length > 2 && !isStopword(w)));
    for (const w of own) {
      for (const j of byWord.get(w) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
    for (const [j, n] of shared) {
      if (n < MIN_SHARED_WORDS || root(i) === root(j)) continue;
      if (quoteSimilarity(quotes[j]!.text, q.text) >= QUOTE_SIMILARITY_THRESHOLD) parent[root(i)] = root(j);
    }
  });
  const groups = new Map<number, number[]>();
  quotes.forEach((_, i) => {
    const group = groups.get(root(i));
    if (group) group.push(i);
    else groups.set(root(i), [i]);
  });
  const clusters: QuoteCluster[] = [];
  const out: CorpusQuote[] = quotes.map((q) => ({ ...q, cluster: -1 }));
  for (const members of groups.values()) {
    const id = clusters.length;
    for (const i of members) out[i]!.cluster = id;
    const original = pickOriginal(members.map((i) => quotes[i]!), documents);
    const cluster: QuoteCluster = { id, quotes: members.map((i) => quotes[i]!.id), original: original.text };
    const speaker = commonSpeaker(members.map((i) => quotes[i]!.speaker));
    if (speaker) cluster.speaker = speaker;
    clusters.push(cluster);
  }
  return { quotes: out, clusters };
}

/**
 * Pairs of quotes that sit in linked paragraphs (the copy's and the source's), matched in order,
 * with compatible speakers (same surname, or one unnamed) and at least a little wording in common.
 */
function alignedPairs(quotes: readonly Omit<CorpusQuote, 'cluster'>[], links: readonly ParagraphLink[]): [number, number][] {
  const inParagraph = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const key = `${q.doc}:${q.paragraph}`;
    const list = inParagraph.get(key);
    if (list) list.push(i);
    else inParagraph.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  for (const link of links) {
    const from = inParagraph.get(`${link.from.doc}:${link.from.paragraph}`) ?? [];
    const to = inParagraph.get(`${link.to.doc}:${link.to.paragraph}`) ?? [];
    if (!from.length || from.length !== to.length) continue; // no clear one-to-one order
    from.forEach((i, k) => {
      const j = to[k]!;
      const a = quotes[i]!;
      const b = quotes[j]!;
      if (!sameSpeaker(a.speaker, b.speaker)) return;
      if (quoteSimilarity(b.text, a.text) >= ALIGNED_MIN_SIMILARITY) pairs.push([i, j]);
    });
  }
  return pairs;
}

/** "John Feeley" and "Feeley" are one speaker; an unnamed side does not contradict. */
function sameSpeaker(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const last = (s: string) => s.trim().split(/\s+/).at(-1)!.toLowerCase();
  return last(a) === last(b) || a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());
}

/** The member from a root document (no `derivedFrom`), preferring web stories, then the first document. */
function pickOriginal(members: Omit<CorpusQuote, 'cluster'>[], documents: readonly CorpusDocument[]): Omit<CorpusQuote, 'cluster'> {
  const rank = (q: Omit<CorpusQuote, 'cluster'>) => {
    const d = documents[q.doc];
    if (!d) return [9, q.doc];
    return [d.derivedFrom === undefined ? 0 : 1, ORIGINAL_PREFERENCE[d.kind], q.doc];
  };
  return [...members].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  })[0]!;
}

/** The speaker most members name; a full name beats its last word ("John Feeley" over "Feeley"). */
function commonSpeaker(speakers: (string | undefined)[]): string | undefined {
  const named = speakers.filter((s): s is string => !!s);
  const full = (s: string) => named.filter((n) => n.split(/\s+/).length > s.split(/\s+/).length && n.endsWith(s))[0] ?? s;
  const counts = new Map<string, number>();
  for (const s of named) counts.set(full(s), (counts.get(full(s)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}
