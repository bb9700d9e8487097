/**
 * Sentence bounds inside a paragraph whose quoted words are masked (see `quote-spans.ts`), so a
 * period inside a quote never ends the writer's sentence.
 */
import { ABBREVIATIONS } from './attribution-patterns';

const ABBREVIATION_SET: ReadonlySet<string> = new Set(ABBREVIATIONS);

/** Offsets where a sentence starts (0 always first). */
export function sentenceStarts(masked: string): number[] {
  const starts = [0];
  const re = /[.!?]["”’)\]]*\s+(?=[\p{Lu}\p{N}“"‘(])/gu;
  for (const m of masked.matchAll(re)) {
    const before = /([\p{L}.’'-]+)$/u.exec(masked.slice(Math.max(0, m.index - 20), m.index + 1));
    const word = (before?.[1] ?? '').toLowerCase().replace(/\.$/, '');
    // `Sen. Lindsey Graham`, `U.S. officials`, initials like `John F. Kennedy` do not end a sentence.
    if (ABBREVIATION_SET.has(word) || /^\p{L}$/u.test(word)) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Start of the sentence holding offset `pos`. */
export function sentenceStartAt(starts: number[], pos: number): number {
  let best = 0;
  for (const s of starts) if (s <= pos) best = s;
  return best;
}

/** End (exclusive) of the sentence holding offset `pos`. */
export function sentenceEndAt(starts: number[], pos: number, length: number): number {
  for (const s of starts) if (s > pos) return s;
  return length;
}
