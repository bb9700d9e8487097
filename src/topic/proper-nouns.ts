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
