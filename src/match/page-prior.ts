/**
 * Matching a whole page: a paragraph of a page whose other paragraphs come from a document is
 * more likely to come from it too (a rewrite keeps the order and the story of its source), so
 * after a first pass the documents the page follows are looked up again, for the paragraphs still
 * untraced, with the reuse model's prior odds raised by a fitted factor. A page follows a document
 * when several of its paragraphs are traced to it, or when its long paragraphs, none confident
 * alone, all point at it (their mean best probability for it reaches a fitted level): a heavy
 * rewrite of a whole text, or when it credits the document's outlet as its source ("NPR
 * reported": page-credits.ts). Independent text gains nothing: it has no document to follow.
 * The second lookup also compares the followed document's paragraphs near the traced ones that
 * the postings did not find, and the same raised odds decide, for a paragraph the first pass
 * traced elsewhere, whether the followed document is the likelier source after all. And a match
 * in a document the page does not follow is weighed at the (lower) odds such matches have.
 */
import type { MatchIndex, MatchOptions, ParagraphMatch } from './types';
import { creditedDocuments, type OutletIndex } from './page-credits';
import { cutoffFor } from './reuse-model';
import pagePrior from './page-prior.json';

export interface PagePrior {
  /** Multiplier of the odds of reuse for a document the page follows (fitted on the dev split). */
  oddsFactor: number;
  /** A page follows a document when at least this many of its paragraphs are traced to it, to
   *  as many distinct paragraphs of it... */
  minParagraphs: number;
  /** ... and they are at least this share of its traced paragraphs. */
  minShare: number;
  /** A second-pass match must lie within this many paragraphs of one the page was traced to in
   *  that document: a rewrite follows its source's order, so its next paragraph sits near. */
  maxDistance: number;
  /** A page follows a document also when the mean, over its paragraphs of at least
   *  `minPooledWords` words (two or more), of each one's best P(reuse) for it reaches this
   *  (fitted on dev pages). */
  minPageMean: number;
  minPooledWords: number;
  /**
   * A match in a document the page does not follow, on a page of two or more long paragraphs:
   * its odds are multiplied by exp(intercept + slope × m), m the page's pooled mean for that
   * document (`pooledMeans`). Fitted on dev pages; at m near `minPageMean`, where the page would
   * follow the document, the factor is near 1.
   */
  unfollowed: { intercept: number; slope: number };
}

export const PAGE_PRIOR: PagePrior = pagePrior as PagePrior;

/** One paragraph's first-pass lookup: its matches, and the best P(reuse) of every document verified. */
export interface Lookup {
  hits: ParagraphMatch[];
  bestByDoc: Map<number, number>;
}

/** A first-pass lookup that keeps the weak evidence too. */
export function lookUp(matcher: MatchIndex, text: string, options: MatchOptions = {}): Lookup {
  const bestByDoc = new Map<number, number>();
  return { hits: matcher.find(text, { ...options, bestByDoc }), bestByDoc };
}

/**
 * Each document's mean, over the page's long paragraphs (two or more), of their best P(reuse)
 * for it; empty when the page has fewer than two long paragraphs.
 */
export function pooledMeans(texts: string[], lookups: Lookup[], prior: PagePrior = PAGE_PRIOR): Map<number, number> {
  const long = lookups.filter((_, i) => isLongParagraph(texts[i]!, prior));
  const means = new Map<number, number>();
  if (long.length < 2) return means;
  for (const l of long) for (const [doc, p] of l.bestByDoc) means.set(doc, (means.get(doc) ?? 0) + p / long.length);
  return means;
}

/** Documents the page's long paragraphs point at together (see `minPageMean`), from `pooledMeans`. */
export function pooledDocuments(means: Map<number, number>, prior: PagePrior = PAGE_PRIOR): Set<number> {
  const out = new Set<number>();
  for (const [doc, mean] of means) if (mean >= prior.minPageMean) out.add(doc);
  return out;
}

/** A paragraph long enough for the page's pooled evidence (`minPooledWords`). */
export function isLongParagraph(text: string, prior: PagePrior = PAGE_PRIOR): boolean {
  return wordCount(text) >= prior.minPooledWords;
}

function wordCount(text: string): number {
  let n = 0;
  for (let i = 0, inWord = false; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Documents the page follows, each with the paragraphs the page was traced to (empty for a
 * document only the pooled evidence or the page's credit points at: any of its paragraphs may
 * then be the source).
 */
export function followedDocuments(
  hits: ParagraphMatch[][],
  prior: PagePrior = PAGE_PRIOR,
  pooled: Set<number> = new Set(),
  credited: Set<number> = new Set(),
): Map<number, number[]> {
  const byDoc = new Map<number, number[]>();
  let traced = 0;
  for (const h of hits) {
    const top = h[0];
    if (!top) continue;
    traced++;
    byDoc.set(top.doc, [...(byDoc.get(top.doc) ?? []), ...top.paragraphs]);
  }
  const followed = new Map<number, number[]>();
  for (const [doc, paragraphs] of byDoc) {
    // Page paragraphs traced to distinct passages of it: a copy or a rewrite takes one passage
    // after another, while independent reports of one event restate the same fact (the reward
    // on a man's head, the number of men handed over) in paragraph after paragraph, all of which
    // then trace to the one paragraph of the corpus's story that states it.
    const count = Math.min(hits.filter((h) => h[0]?.doc === doc).length, new Set(paragraphs).size);
    if (count >= prior.minParagraphs && count >= prior.minShare * traced) followed.set(doc, paragraphs);
  }
  for (const doc of [...pooled, ...credited]) if (!followed.has(doc)) followed.set(doc, []);
  return followed;
}

/**
 * The second pass for one untraced paragraph: its hits in the followed documents only, at the
 * raised odds. Empty when there is nothing to follow.
 */
export function findWithPagePrior(
  matcher: MatchIndex,
  text: string,
  followed: Map<number, number[]>,
  options: MatchOptions,
  prior: PagePrior = PAGE_PRIOR,
  /** The paragraph's first-pass lookup, when there was one: it can rule the second pass out. */
  firstPass?: Lookup,
): ParagraphMatch[] {
  if (followed.size === 0 || prior.oddsFactor <= 1) return [];
  // The postings find the same candidates as in the first pass (they do not depend on the odds),
  // so a document whose best first-pass P(reuse) stays below the raised odds' cut-off cannot
  // match through them. When that holds for every followed document, only the paragraphs asked
  // for can match: compared alone first, they settle most lookups at a few comparisons.
  if (firstPass) {
    const cutoff = cutoffFor(options.sensitivity, undefined, prior.oddsFactor);
    if (![...followed.keys()].some((doc) => (firstPass.bestByDoc.get(doc) ?? 0) >= cutoff)) {
      if (askedMatches(matcher, text, followed, options, prior).length === 0) return [];
    }
  }
  // Where the page was traced to a document, its paragraphs near those are compared whether or
  // not the postings found them: the postings look up the rarest words only, and a rewrite may
  // keep none of a paragraph's (or share them with another document on the same story).
  const asked = nearParagraphs(followed, prior.maxDistance);
  return matcher.find(text, { ...options, priorOdds: prior.oddsFactor, alsoVerify: asked }).filter(nearTraced(followed, prior.maxDistance));
}

/**
 * The cheap check both page-prior steps make first: the matches, at the raised odds, among the
 * followed documents' paragraphs near the traced ones only (no postings). Empty when none is near.
 */
function askedMatches(
  matcher: MatchIndex,
  text: string,
  followed: Map<number, number[]>,
  options: MatchOptions,
  prior: PagePrior,
): ParagraphMatch[] {
  const asked = nearParagraphs(followed, prior.maxDistance);
  if (asked.length === 0) return [];
  const raised = { ...options, priorOdds: prior.oddsFactor, alsoVerify: asked, onlyAsked: true };
  return matcher.find(text, raised).filter(nearTraced(followed, prior.maxDistance));
}

/** Whether a match lies in a followed document, near a paragraph the page was traced to there
 *  (anywhere in a document only the pooled evidence or a credit points at). */
function nearTraced(followed: Map<number, number[]>, distance: number): (m: ParagraphMatch) => boolean {
  return (m) => {
    const traced = followed.get(m.doc);
    if (!traced) return false;
    return traced.length === 0 || traced.some((p) => m.paragraphs.some((q) => Math.abs(p - q) <= distance));
  };
}

/** Each followed document's paragraphs within `distance` of one the page was traced to. */
function nearParagraphs(followed: Map<number, number[]>, distance: number): { doc: number; paragraphs: number[] }[] {
  const out: { doc: number; paragraphs: number[] }[] = [];
  for (const [doc, traced] of followed) {
    const near = new Set<number>();
    for (const p of traced) for (let q = Math.max(0, p - distance); q <= p + distance; q++) near.add(q);
    if (near.size > 0) out.push({ doc, paragraphs: [...near].sort((a, b) => a - b) });
  }
  return out;
}

/** Log-odds of a probability, kept finite for a span the verbatim rule decides (P = 1). */
function logOdds(p: number): number {
  const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
  return Math.log(q / (1 - q));
}

/**
 * A traced paragraph on a page that follows a document: its match chosen by the odds after the
 * page's prior, not by P(reuse) alone. A passage two corpus documents share (a wire's stock line
 * in two of its stories: "who was behind the killing of a U.S. DEA agent in 1985") goes to the
 * one the page follows near the paragraph, unless the other is the likelier by more than the
 * page prior's factor. The same fitted factor the second pass uses: one prior, applied to every
 * paragraph. The hits come back unchanged when the top one is in a followed document already.
 */
export function preferFollowedDocuments(
  matcher: MatchIndex,
  text: string,
  hits: ParagraphMatch[],
  followed: Map<number, number[]>,
  options: MatchOptions,
  prior: PagePrior = PAGE_PRIOR,
  firstPass?: Lookup,
): ParagraphMatch[] {
  const top = hits[0];
  if (!top || followed.size === 0 || prior.oddsFactor <= 1 || followed.has(top.doc)) return hits;
  const boost = Math.log(prior.oddsFactor);
  const beatsTop = (p: number) => logOdds(p) + boost > logOdds(top.probability);
  // As in the second pass: when no followed document's first-pass best could win, only the
  // paragraphs asked for near the traced ones could, and they are compared alone first.
  if (firstPass && ![...followed.keys()].some((doc) => beatsTop(firstPass.bestByDoc.get(doc) ?? 0))) {
    if (!askedMatches(matcher, text, followed, options, prior).some((m) => beatsTop(m.probability))) return hits;
  }
  const alternative = findWithPagePrior(matcher, text, followed, options, prior)[0];
  if (!alternative || !beatsTop(alternative.probability)) return hits;
  return [alternative, ...hits.filter((h) => h.doc !== alternative.doc || h.paragraph !== alternative.paragraph)];
}

/**
 * The page prior's other side: a match in a document the page does not follow, on a page with
 * two or more long paragraphs, is weighed at the odds such a match has, given how much the page's
 * other paragraphs point at the same document (their pooled mean). Independent reports of the
 * same event share a paragraph's facts, names and release wording with the corpus's story, but
 * the rest of the page points elsewhere (on dev pages, 15 such first-pass matches were wrong,
 * their pooled means 0.10 to 0.48, and 4 right, 0.41 to 0.61); a page that takes one paragraph
 * from a source and rewrites the rest more loosely (a student's answer) still points at it. A
 * copy, a rewrite or a page quoting a source follows it, or credits it; a word-for-word match
 * (P = 1) outweighs any factor. A one-paragraph page or selection has no page to weigh it by.
 */
export function dropUnfollowed(
  texts: string[],
  hits: ParagraphMatch[][],
  followed: Map<number, number[]>,
  means: Map<number, number>,
  options: MatchOptions,
  prior: PagePrior = PAGE_PRIOR,
): ParagraphMatch[][] {
  const { intercept, slope } = prior.unfollowed;
  if (intercept === 0 && slope === 0) return hits;
  if (texts.filter((t) => isLongParagraph(t, prior)).length < 2) return hits;
  const cutoff = logOdds(cutoffFor(options.sensitivity));
  const kept = (m: ParagraphMatch) => followed.has(m.doc) || logOdds(m.probability) + intercept + slope * (means.get(m.doc) ?? 0) >= cutoff;
  return hits.map((h) => h.filter(kept));
}

/**
 * Both passes over a page's paragraphs (the bench and the fitting use this; `analyze` the same
 * steps). `outlets`, when given, is the corpus's documents by outlet (for the page's credits;
 * page-credits' `outletIndex`, built once per corpus).
 */
export function matchPage(
  matcher: MatchIndex,
  texts: string[],
  options: MatchOptions = {},
  prior: PagePrior = PAGE_PRIOR,
  outlets?: OutletIndex,
): ParagraphMatch[][] {
  const lookups = texts.map((t) => lookUp(matcher, t, options));
  const hits = lookups.map((l) => l.hits);
  const credited = outlets ? creditedDocuments(texts, outlets, options.excludeDocs) : new Set<number>();
  const means = pooledMeans(texts, lookups, prior);
  const followed = followedDocuments(hits, prior, pooledDocuments(means, prior), credited);
  const second = hits.map((h, i) =>
    h.length
      ? preferFollowedDocuments(matcher, texts[i]!, h, followed, options, prior, lookups[i])
      : findWithPagePrior(matcher, texts[i]!, followed, options, prior, lookups[i]),
  );
  return dropUnfollowed(texts, second, followed, means, options, prior);
}
