/**
 * A document's text -> its paragraphs: one per non-empty line, transcript speaker labels and
 * sound cues split off into noise paragraphs of their own, every paragraph labelled content or
 * noise (with the reason), speakers resolved to full names, and headline/dek/subheading roles.
 */
import type { CorpusParagraph } from './types';
import { classifyParagraphs } from '../noise/text-rules';
import { leadingMarker, splitLeadingMarkers, titleCaseName } from '../noise/speaker-labels';
import { assignRoles } from './roles';

/** Lines starting with a speaker label that make a text a transcript (below: datelines, not speakers). */
export const MIN_LABELLED_LINES = 2;

/** One paragraph before labelling, with what the layout says about it. */
export interface Segment {
  text: string;
  /** Set when this segment is a speaker label or sound cue split off its line. */
  marker?: { type: 'label' | 'cue'; name?: string; role?: string };
  /** Blank lines between this segment's line and the previous non-empty line (0 for split-off parts). */
  gapBefore: number;
}

/** Cuts a document into segments: one per non-empty line, markers split off the front. */
export function segmentText(text: string): Segment[] {
  const segments: Segment[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  // One "WASHINGTON:" line is a dateline; a transcript has many labelled turns (001 has 15).
  const labelled = lines.filter((l) => leadingMarker(l)?.type === 'label').length;
  const isTranscript = labelled >= MIN_LABELLED_LINES;
  let blanks = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      blanks++;
      continue;
    }
    const parts = splitLeadingMarkers(line);
    const keep = isTranscript || parts.every((p) => p.type !== 'label') ? parts : [{ type: 'text' as const, text: line }];
    keep.forEach((part, k) => {
      const gapBefore = k === 0 ? blanks : 0;
      if (part.type === 'text') segments.push({ text: part.text, gapBefore });
      else segments.push({ text: part.marker, marker: { type: part.type, name: part.name, role: part.role }, gapBefore });
    });
    blanks = 0;
  }
  return segments;
}

/** Labels the segments of one document and returns its paragraphs. */
export function buildParagraphs(text: string): {
  paragraphs: CorpusParagraph[];
  segments: Segment[];
  /** Full names of the labels marked `, BYLINE` (the transcript's reporter: narration, not quotes). */
  narrators: string[];
} {
  const segments = segmentText(text);
  const labels = classifyParagraphs(segments.map((s) => s.text));
  const speakers = new SpeakerNames(text);
  let speaker: string | undefined;
  const narrators = new Set<string>();
  const paragraphs: CorpusParagraph[] = segments.map((segment, index) => {
    if (segment.marker) {
      // A label names who speaks next; a cue (music, a clip) ends the previous speaker's turn.
      speaker = segment.marker.type === 'label' ? speakers.resolve(segment.marker.name ?? '') : undefined;
      if (speaker && segment.marker.role === 'BYLINE') narrators.add(speaker);
      const rule = segment.marker.type === 'label' ? 'speaker-label' : 'sound-cue';
      return { index, text: segment.text, kind: 'noise', category: 'speaker-label', reason: `${rule}: "${segment.text}"` };
    }
    const label = labels[index];
    // A line with no label before it is the narrator's again.
    if (!segments[index - 1]?.marker) speaker = undefined;
    const paragraph: CorpusParagraph = label
      ? { index, text: segment.text, kind: 'noise', category: label.category, reason: label.reason }
      : { index, text: segment.text, kind: 'content', reason: 'no noise rule matched' };
    if (speaker && paragraph.kind === 'content') paragraph.speaker = speaker;
    return paragraph;
  });
  assignRoles(paragraphs, segments);
  return { paragraphs, segments, narrators: [...narrators] };
}

/**
 * Full names of a transcript's speakers: "MATTHEW DONAHUE:" (a full label) teaches that a later
 * "DONAHUE:" is Matthew Donahue; failing a label, a capitalised "First Last" in the text does
 * (a byline such as "NPR addiction correspondent Brian Mann reports").
 */
export class SpeakerNames {
  private readonly full: string[] = [];

  constructor(private readonly text: string) {}

  resolve(labelName: string): string {
    const name = titleCaseName(labelName.trim());
    const words = name.split(/\s+/);
    if (words.length > 1) {
      if (!this.full.includes(name)) this.full.push(name);
      return name;
    }
    const last = words[0] ?? name;
    const known = this.full.find((n) => n.split(/\s+/).includes(last));
    if (known) return known;
    // "First Last" written out in the text, e.g. "Matthew Donahue is head of operations".
    const pattern = new RegExp(`\\b(\\p{Lu}\\p{Ll}+) ${escape(last)}\\b`, 'u');
    const found = pattern.exec(this.text);
    return found ? `${found[1]} ${last}` : name;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
