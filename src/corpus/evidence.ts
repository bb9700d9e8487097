/**
 * Evidence quotes: exact words of a document, cut at a word boundary (never an added ellipsis,
 * so every evidence quote can be found verbatim in the text it came from).
 */
import type { Evidence } from './types';

/** Words in an evidence quote at most. */
export const MAX_EVIDENCE_WORDS = 14;

/** The first `maxWords` words of `text`, exactly as written. */
export function quoteWords(text: string, maxWords: number = MAX_EVIDENCE_WORDS): string {
  const t = text.trim();
  const re = /\S+/g;
  let end = 0;
  let n = 0;
  for (const m of t.matchAll(re)) {
    if (n++ >= maxWords) break;
    end = (m.index ?? 0) + m[0].length;
  }
  return t.slice(0, end);
}

/** The evidence without repeats (the same rule quoting the same words), first occurrence kept. */
export function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.rule}\u0000${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
