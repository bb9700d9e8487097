import { tokenize } from './tokenize';
import { isStopword } from './stopwords';
import { stem } from './stem';

/** Stemmed content words of a text, in order (function words and 1-letter tokens dropped). */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.norm.length < 2 || isStopword(t.norm)) continue;
    out.push(stem(t.norm));
  }
  return out;
}
