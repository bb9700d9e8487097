/**
 * Blocks from plain text (the CLI's .txt inputs and a highlighted selection): paragraphs split on
 * blank lines, or on single newlines when the text has no blank lines (002 is written that way),
 * labelled with the same text noise rules the corpus uses.
 */
import type { ExtractedBlock } from '../extract';
import { classifyParagraphs } from '../noise/text-rules';
import { collapseWhitespace } from '../text';

export function splitTextParagraphs(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, '\n');
  const parts = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n+/) : normalised.split('\n');
  return parts.map(collapseWhitespace).filter((p) => p !== '');
}

export function textBlocks(text: string, labelNoise: boolean): ExtractedBlock[] {
  const paragraphs = splitTextParagraphs(text);
  const labels = labelNoise ? classifyParagraphs(paragraphs) : paragraphs.map(() => null);
  return paragraphs.map((p, i) => {
    const label = labels[i];
    return label
      ? { text: p, kind: 'boilerplate', category: label.category, reason: label.reason, element: null }
      : { text: p, kind: 'content', reason: labelNoise ? 'no noise rule matched' : 'selected text', element: null };
  });
}

/** A short first paragraph without a closing full stop reads as the title. */
export function titleFromParagraphs(paragraphs: string[]): string {
  const first = paragraphs[0] ?? '';
  return first.split(/\s+/).length <= 25 && !/[.!?]["'\u201D]?$/.test(first) ? first : '';
}
