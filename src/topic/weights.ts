/**
 * Term weights: how much more likely a corpus document is to contain a term than a text of
 * general English, as a log ratio (an IDF against the background, scaled by the corpus's own
 * document frequency), times the confidence its corpus count gives.
 *
 *   spread(t) = df(t) / D   (share of corpus documents holding the term)
 *   weight(t) = ln(spread(t) / commonness(t)) * count(t) / (count(t) + k)
 *
 * "cartel" (in every seed, rare in general English) scores high; "said", "officials",
 * "administration" (in every seed, but common everywhere) score low; a word in one document only
 * keeps a weight when it is rare enough, so a corpus of five articles on five subjects still has
 * each subject's terms. (Multiplying by spread again, to favour shared terms harder, narrowed the
 * gaps on both the seeds and the five-subject test corpus, so spread only enters the ratio.)
 */
import { backgroundCommonness } from './background';
import { BACKGROUND, MODEL } from './config';
import { termOf, type TermCounts } from './terms';

/**
 * Calendar words (months, weekdays) are dates, not subjects: like numbers (terms.ts), they recur
 * across a story's versions because its events fell on those days. The seeds all said "October"
 * (the Cienfuegos arrest), which made it a name worth 1.9, a free share of the line for any page
 * dated in October (the benchmark's car-sales and drug-seizure pages) and nothing for reporting
 * from any other month. They stay content words; they get no weight.
 */
const CALENDAR = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'
    .split(' ')
    .map((w) => termOf(w))
    .filter(Boolean),
);

/** One weighted term, with its general-English commonness (for the null score). */
export interface WeightedTerm {
  term: string;
  weight: number;
  /** Background chance that a general-English text contains the term. */
  commonness: number;
}

/** Weighted terms of the documents, strongest first, at most `limit` (a cluster's share of the term budget). */
export function weighTerms(
  docs: readonly TermCounts[],
  names: ReadonlySet<string> = new Set(),
  limit: number = MODEL.maxTerms,
  nameRuns?: ReadonlyMap<string, number>,
): WeightedTerm[] {
  const used = docs.filter((d) => d.total > 0);
  if (used.length === 0) return [];
  const df = new Map<string, number>();
  const count = new Map<string, number>();
  for (const doc of used) {
    for (const [t, n] of doc.counts) {
      df.set(t, (df.get(t) ?? 0) + 1);
      count.set(t, (count.get(t) ?? 0) + n);
    }
  }
  const out: WeightedTerm[] = [];
  for (const [term, n] of count) {
    if (n < MODEL.minCorpusCount || CALENDAR.has(term)) continue;
    const known = backgroundCommonness(term);
    const commonness = known <= BACKGROUND.floor && names.has(term) ? MODEL.unseenNameCommonness : known;
    const spread = (df.get(term) ?? 0) / used.length;
    const lift = Math.log(spread / commonness);
    // A name written with several words shares one name's weight among them (proper-nouns.ts).
    const run = names.has(term) ? Math.max(1, nameRuns?.get(term) ?? 1) : 1;
    const weight = (lift * (n / (n + MODEL.countConfidenceK))) / run;
    if (weight > 0) out.push({ term, weight, commonness });
  }
  out.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  return out.slice(0, limit);
}
