/** Sentence splitting for news prose: enough to compare a paraphrase sentence by sentence. */

// Abbreviations that end with a dot but do not end a sentence in news copy.
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Inc|Co|Corp|No|vs|Feb|Jan|Aug|Sept|Sep|Oct|Nov|Dec|Ariz|Calif|Tex|U\.S|U\.N|D\.C|R-S\.C)\.|\b[A-Z]\.)$/;

/** Split a paragraph into sentences (keeps the text of each, trimmed). */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?]+["'\u201D\u2019)]*\s+(?=["'\u201C\u2018(]?[A-Z0-9])/g;
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length;
    const candidate = text.slice(start, end).trim();
    if (ABBREVIATIONS.test(text.slice(start, (m.index ?? 0) + 1).trim())) continue;
    if (candidate) out.push(candidate);
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
