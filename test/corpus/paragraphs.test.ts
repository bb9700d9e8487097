import { describe, expect, it } from 'vitest';
import { buildParagraphs, segmentText } from '../../src/corpus/paragraphs';
import { EXPECTED_NOISE } from './noise-expectations';
import { seedText } from './seeds';

describe('buildParagraphs on the seeds', () => {
  for (const seed of [0, 1, 2, 3, 4]) {
    it(`labels exactly the noise paragraphs of seed 00${seed}, each with a reason`, () => {
      const { paragraphs } = buildParagraphs(seedText(seed));
      const noise = paragraphs.filter((p) => p.kind === 'noise');
      const expected = EXPECTED_NOISE[seed]!;
      expect(noise.map((p) => p.category)).toEqual(expected.map(([, c]) => c));
      noise.forEach((p, i) => expect(p.text.startsWith(expected[i]![0])).toBe(true));
      for (const p of paragraphs) {
        expect(p.reason.length).toBeGreaterThan(0);
        expect(p.text).toBe(p.text.trim());
        expect(p.text.length).toBeGreaterThan(0);
      }
      paragraphs.forEach((p, i) => expect(p.index).toBe(i));
    });
  }

  it('keeps one paragraph per non-empty line where nothing is split off (000, 002-004)', () => {
    for (const seed of [0, 2, 3, 4]) {
      const lines = seedText(seed).split(/\r?\n/).filter((l) => l.trim());
      expect(buildParagraphs(seedText(seed)).paragraphs.map((p) => p.text)).toEqual(lines.map((l) => l.trim()));
    }
  });

  it('splits 001 speaker labels and sound cues off, resolving short labels to full names', () => {
    const { paragraphs, narrators } = buildParagraphs(seedText(1));
    const spoken = (start: string) => paragraphs.find((p) => p.kind === 'content' && p.text.startsWith(start));
    expect(spoken("We're willing to share with our counterparts")?.speaker).toBe('Matthew Donahue'); // after "DONAHUE:"
    expect(spoken("It's a crisis.")?.speaker).toBe('Matthew Donahue');
    expect(spoken('Last year overdose deaths')?.speaker).toBe('Brian Mann');
    expect(spoken('But Donahue says efforts')?.speaker).toBe('Brian Mann'); // after "MANN:"
    expect(spoken('Operations there have pretty much')?.speaker).toBe('Falko Ernst'); // "ERNST:" after "FALKO ERNST:"
    expect(spoken('With the elections coming up')?.speaker).toBe('Cecilia Farfan-Mendez');
    expect(spoken('An unusual arrest at LAX')?.speaker).toBe('Unidentified Reporter');
    // The anchor's intro has no label: no speaker.
    expect(spoken('A top official with the U.S. Drug Enforcement')?.speaker).toBeUndefined();
    expect(narrators).toEqual(['Brian Mann']);
    const cue = paragraphs.findIndex((p) => p.text.startsWith('(SOUNDBITE'));
    expect(paragraphs[cue + 1]?.text).toBe('Transcript provided by NPR, Copyright NPR.');
    expect(paragraphs[cue + 1]?.speaker).toBeUndefined();
  });

  it('marks headline, deks and subheadings', () => {
    const roles = (seed: number) =>
      buildParagraphs(seedText(seed)).paragraphs.filter((p) => p.role).map((p) => [p.role, p.text.slice(0, 20)]);
    expect(roles(0)).toEqual([
      ['headline', 'U.S.-Mexico efforts '],
      ['dek', 'There was already a '],
      ['dek', 'The collapse of join'],
    ]);
    expect(roles(1)).toEqual([['dek', 'A diplomatic row has']]);
    expect(roles(2)).toEqual([]);
    expect(roles(3)).toEqual([
      ['headline', 'Drug war cooperation'],
      ['dek', 'Mexican President Ló'],
      ['subheading', 'A decadeslong proble'],
      ['subheading', 'A complicated relati'],
    ]);
    expect(roles(4)).toEqual([
      ['headline', 'Cooperation in the d'],
      ['subheading', 'a complicated relati'],
    ]);
  });

  it('records blank-line gaps and copes with CRLF and empty text', () => {
    const segments = segmentText('A\r\n\r\n\r\nB\rMANN: hello\nDONAHUE: hi');
    expect(segments.map((s) => [s.text, s.gapBefore])).toEqual([['A', 0], ['B', 2], ['MANN:', 0], ['hello', 0], ['DONAHUE:', 0], ['hi', 0]]);
    expect(buildParagraphs('').paragraphs).toEqual([]);
    expect(buildParagraphs('\n\n  \n').paragraphs).toEqual([]);
  });

  it('leaves a lone colon dateline in its paragraph (not a transcript)', () => {
    const text = 'NEW DELHI: The government said on Monday that talks would resume.\n\n' + seedText(3);
    const { paragraphs } = buildParagraphs(text);
    expect(paragraphs[0]).toMatchObject({ kind: 'content', text: 'NEW DELHI: The government said on Monday that talks would resume.' });
    expect(paragraphs.some((p) => p.category === 'speaker-label')).toBe(false);
  });
});
