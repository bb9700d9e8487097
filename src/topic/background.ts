/**
 * General-English commonness of a stemmed term: the chance that a ~2,000-word text of general
 * English contains it. Only `buildTopicModel` uses this (at corpus build time); the table never
 * ships in the extension, only the weights computed from it.
 */
import table from './background-table.json';
import { stem } from '../text';
import { BACKGROUND } from './config';

let byStem: Map<string, number> | undefined;

/**
 * The table lists written words (space-separated, with a parallel array of commonness x scale),
 * so that it survives changes to the stemmer; here the forms
 * of one stem are merged as "contains any of them", treating forms as independent
 * ("cartel" or "cartels").
 */
function stemTable(): Map<string, number> {
  if (byStem) return byStem;
  const absent = new Map<string, number>(); // stem -> probability that no form occurs
  const words = table.words.split(' ');
  words.forEach((word, i) => {
    const scaled = table.commonness[i] ?? 0;
    const s = stem(word);
    absent.set(s, (absent.get(s) ?? 1) * (1 - scaled / BACKGROUND.scale));
  });
  byStem = new Map([...absent].map(([s, none]) => [s, 1 - none]));
  return byStem;
}

/** Every stemmed term the table knows (for a sketch of general-English commonness). */
export function backgroundStems(): Iterable<string> {
  return stemTable().keys();
}

/** Chance in [floor, 1) that a general-English text contains a form of this stemmed term. */
export function backgroundCommonness(term: string): number {
  return Math.min(0.999, Math.max(BACKGROUND.floor, stemTable().get(term) ?? 0));
}
