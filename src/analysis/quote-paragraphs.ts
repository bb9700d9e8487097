/**
 * Page blocks as the quotes stage wants them: a transcript page (NPR prints "MATTHEW DONAHUE:" in
 * bold at the start of the paragraph) has its speaker labels split off the spoken words, the same
 * way the corpus builder splits them, so each labelled paragraph is a quote of its speaker and the
 * byline reporter's lines stay narration.
 */
import type { QuoteParagraph } from '../quotes';
import { SpeakerNames } from '../corpus/paragraphs';
import { splitLeadingMarkers } from '../noise/speaker-labels';

export function quoteParagraphs(texts: string[]): { paragraphs: QuoteParagraph[]; narrators: string[] } {
  const names = new SpeakerNames(texts.join('\n'));
  const narrators = new Set<string>();
  const paragraphs = texts.map((text): QuoteParagraph => {
    const parts = splitLeadingMarkers(text);
    let speaker: string | undefined;
    let spoken = text;
    for (const part of parts) {
      if (part.type === 'text') spoken = part.text;
      else if (part.type === 'label') {
        speaker = names.resolve(part.name ?? '');
        if (part.role === 'BYLINE') narrators.add(speaker);
      } else {
        speaker = undefined; // a sound cue ends the previous speaker's turn
        spoken = '';
      }
    }
    if (parts.length === 1 && parts[0]!.type === 'text') return { text };
    return speaker ? { text: spoken, speaker } : { text: spoken };
  });
  return { paragraphs, narrators: [...narrators] };
}
