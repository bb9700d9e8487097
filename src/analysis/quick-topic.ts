/**
 * A topic check that costs about a millisecond, run before the full extraction: the text of the
 * page's first paragraphs and headings, scored with the corpus's topic model. A page that is
 * clearly about something else stops here (most articles a reader visits), and never pays for
 * Readability, the index or the matcher. When in doubt (too little text to judge, a score near
 * the threshold) the page goes on to the full analysis, whose verdict is the real one.
 */
import type { TopicModel } from '../topic/types';
import { scoreTopic } from '../topic';

/** What is read and how sure the early "no" must be. */
export const QUICK_TOPIC = {
  /** Elements read at most (headings and paragraphs, in document order). */
  maxElements: 50,
  /** Characters read at most: the first ~400 words say what an article is about. */
  maxChars: 2500,
  /** Fewer words than this is too little to say no: the full analysis decides. */
  minWords: 100,
  /** Say no only below this fraction of the threshold (off-topic news scores ~0.1-0.45 of it,
   *  the corpus's own documents and new reporting on its story 1.7x and more; see src/topic).
   *  0.65 of today's line is where 0.5 of the line before its refit for recall was: the early
   *  "no" stops the same pages as before (bench: quick-check recall and precision unchanged). */
  clearlyOffBelow: 0.65,
} as const;

export interface QuickTopicVerdict {
  /** False only when the page is clearly about something else. */
  maybeOnTopic: boolean;
  score: number;
  words: number;
}

/** The text the quick check reads: the title and the first headings and paragraphs. */
export function quickTopicText(doc: Document): string {
  const parts: string[] = [doc.title ?? ''];
  let chars = parts[0]!.length;
  const elements = doc.querySelectorAll('h1, h2, p');
  for (let i = 0; i < elements.length && i < QUICK_TOPIC.maxElements && chars < QUICK_TOPIC.maxChars; i++) {
    const text = elements[i]!.textContent ?? '';
    parts.push(text);
    chars += text.length;
  }
  return parts.join('\n').slice(0, QUICK_TOPIC.maxChars);
}

/**
 * The verdict on that text. The content script gathers the text and lets the background score it,
 * where the code is warm and the model decoded once: on a page, the first run of the scorer costs
 * milliseconds of compiling that an off-topic page should not pay.
 */
export function quickTopicVerdict(model: TopicModel, text: string): QuickTopicVerdict {
  const words = text.split(/\s+/).filter(Boolean).length;
  const { score } = scoreTopic(model, text);
  const clearlyOff = words >= QUICK_TOPIC.minWords && score < model.threshold * QUICK_TOPIC.clearlyOffBelow;
  return { maybeOnTopic: !clearlyOff, score, words };
}
