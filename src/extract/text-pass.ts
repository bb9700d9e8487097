/**
 * Bridge to the text rules (src/noise/text-rules.ts, owned by the noise stage): the verdict on
 * each kept block's text, judged in sequence. Kept apart so a failing rule can never take the
 * extraction down with it.
 */
import { classifyParagraphs, type TextNoiseLabel } from '../noise/text-rules';

/** One verdict per text (null = no rule fired). */
export function classifyKeptTexts(texts: string[]): (TextNoiseLabel | null)[] {
  try {
    const labels = classifyParagraphs(texts);
    return texts.map((_, i) => labels[i] ?? null);
  } catch {
    return texts.map(() => null);
  }
}
