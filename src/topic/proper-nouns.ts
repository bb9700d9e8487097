/**
 * Which terms are names in the corpus: written with a capital letter (almost) every time they
 * occur away from the start of a sentence. Build time only: the weights need it because the
 * general-English background does not know recent names (see MODEL.unseenNameCommonness).
 */
import { MODEL } from './config';
import { termOf, wordsOf } from './terms';

const UPPER = /^\p{Lu}/u;
/** Text just before a word that makes its capital prove nothing: a sentence end, a quote, a dash. */
const SENTENCE_START = /(?:^|[.!?:"“‘(\[—–-])\s*$/;

/** Terms written capitalised in at least `MODEL.nameCapitalShare` of their mid-sentence uses. */
export function properNouns(paragraphs: readonly string[]): Set<string> {
  const seen = new Map<string, { mid: number; upper: number }>();
  for (const text of paragraphs) {
    let prevEnd = 0;
    for (const m of wordsOf(text)) {
      const start = m.index ?? 0;
      const gap = text.slice(Math.max(0, prevEnd - 1), start);
      const initial = prevEnd === 0 || SENTENCE_START.test(gap);
      prevEnd = start + m[0].length;
      const term = termOf(m[0]);
      if (initial || !term) continue;
      const entry = seen.get(term) ?? { mid: 0, upper: 0 };
      entry.mid++;
      if (UPPER.test(m[0])) entry.upper++;
      seen.set(term, entry);
    }
  }
  const names = new Set<string>();
  for (const [term, { mid, upper }] of seen) if (upper >= MODEL.nameCapitalShare * mid) names.add(term);
  return names;
}

/**
 * How many name terms a name usually spans, per name term: the mean length of the runs of
 * consecutive name words it occurs in ("Andrés Manuel López Obrador" is one run of 4, "DEA" one of
 * 1). weights.ts divides a name's weight by it, so a person written with four words counts as one
 * name, not four: on the seeds, the four words of López Obrador weighed 13.5 together, more than
 * "cartel" and "fentanyl" together, and any page on Mexican politics reached half the line on his
 * name alone (bench/data/topic-real: the 2024 election pages scored 0.40-0.57 of the line).
 */
export function nameRunLengths(paragraphs: readonly string[], names: ReadonlySet<string>): Map<string, number> {
  const sum = new Map<string, { runs: number; words: number }>();
  for (const text of paragraphs) {
    let run: string[] = [];
    let prevEnd = 0;
    const close = () => {
      for (const t of run) {
        const e = sum.get(t) ?? { runs: 0, words: 0 };
        e.runs++;
        e.words += run.length;
        sum.set(t, e);
      }
      run = [];
    };
    for (const m of wordsOf(text)) {
      const start = m.index ?? 0;
      // A run is broken by anything but spaces between two words ("Mexico, DEA" is two names).
      if (run.length > 0 && /\S/.test(text.slice(prevEnd, start))) close();
      prevEnd = start + m[0].length;
      const term = termOf(m[0]);
      if (term && names.has(term) && UPPER.test(m[0])) run.push(term);
      else close();
    }
    close();
  }
  const out = new Map<string, number>();
  for (const [t, { runs, words }] of sum) out.set(t, words / runs);
  return out;
}
