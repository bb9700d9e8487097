import { describe, expect, it } from 'vitest';
import { classifyParagraphs, TEXT_RULES } from '../../src/noise/text-rules';
import { isNoiseCategory } from '../../src/noise/categories';
import { EXPECTED_NOISE } from './noise-expectations';
import { seedLines } from './seeds';

/** Noise found by the text rules on a seed's raw lines, as [text, category] in order. */
function noiseOf(lines: string[]): [string, string][] {
  const labels = classifyParagraphs(lines);
  return lines.flatMap((line, i) => (labels[i] ? [[line, labels[i]!.category] as [string, string]] : []));
}

describe('classifyParagraphs on the seeds (raw lines, as page blocks arrive)', () => {
  // 001 glues speaker labels to speech on one line; the builder splits them (see paragraphs.test.ts).
  for (const seed of [0, 2, 3, 4]) {
    it(`labels exactly the noise lines of seed 00${seed}`, () => {
      const found = noiseOf(seedLines(seed));
      const expected = EXPECTED_NOISE[seed]!;
      expect(found.map(([, c]) => c)).toEqual(expected.map(([, c]) => c));
      found.forEach(([text], i) => expect(text.startsWith(expected[i]![0])).toBe(true));
    });
  }

  it('quotes the triggering words of the paragraph in every reason', () => {
    for (const seed of [0, 1, 2, 3, 4]) {
      const lines = seedLines(seed);
      classifyParagraphs(lines).forEach((label, i) => {
        if (!label) return;
        const quoted = /"(.*)"$/s.exec(label.reason)?.[1] ?? '';
        const words = quoted.replace(/…$/, '');
        // Region labels ("after related-heading") quote the heading, not the teaser itself.
        const source = label.reason.startsWith('after ') ? lines.join('\n') : lines[i]!;
        expect(words.length).toBeGreaterThan(0);
        expect(source).toContain(words);
      });
    }
  });

  it('labels the tail lines of the radio transcript (001)', () => {
    const labels = classifyParagraphs(['Brian Mann, NPR News.', 'Transcript provided by NPR, Copyright NPR.', 'Tags: drug cartels  Mexico', 'MANN:']);
    expect(labels.map((l) => l?.category)).toEqual(['transcript-credit', 'transcript-credit', 'other', 'speaker-label']);
  });

  it('lets a specific rule win inside a "Read more" region', () => {
    const lines = [...seedLines(0).slice(-9), 'Leave a Reply', 'Scroll to top'];
    const labels = classifyParagraphs(lines);
    expect(labels[0]?.category).toBe('related-teaser');
    expect(labels[8]?.category).toBe('related-teaser');
    expect(labels[9]?.category).toBe('comment-prompt');
    expect(labels[10]?.category).toBe('navigation');
  });

  it('keeps subheadings and body text as content', () => {
    const lines = seedLines(3);
    const labels = classifyParagraphs(lines);
    for (const text of ['A decadeslong problem', 'A complicated relationship', 'WASHINGTON — It was yet another fraught moment']) {
      const i = lines.findIndex((l) => l.startsWith(text));
      expect(i).toBeGreaterThan(0);
      expect(labels[i]).toBeNull();
    }
  });

  it('copes with empty and odd input', () => {
    expect(classifyParagraphs([])).toEqual([]);
    expect(classifyParagraphs(['', '   ', '\u0000\u0001'])).toEqual([null, null, null]);
    const huge = 'word '.repeat(200_000);
    expect(classifyParagraphs([huge])).toEqual([null]);
  });

  it('uses only known categories and unique rule ids', () => {
    for (const rule of TEXT_RULES) expect(isNoiseCategory(rule.category)).toBe(true);
    expect(new Set(TEXT_RULES.map((r) => r.id)).size).toBe(TEXT_RULES.length);
  });
});

describe('classifyParagraphs on page furniture left inside article bodies (extraction bench pages)', () => {
  const categoryOf = (line: string) => classifyParagraphs(['An opening paragraph of the story, long enough to be prose.', line])[1]?.category ?? null;

  it('labels the usual lines of furniture', () => {
    const cases: [string, string][] = [
      ['READ MORE: China plague outbreak confirmed: Two diagnosed with disease in Beijing', 'related-teaser'],
      ['SEE MORE: Hong Kong protests: 800 students under siege in university', 'related-teaser'],
      ['[Related: Salesforce Dreamforce Keynote: AI, Integration, Alicia Keys And Protestors]', 'related-teaser'],
      ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', 'share-bar'],
      ['Follow me on Twitter or LinkedIn. Check out my website.', 'share-bar'],
      ['(Reporting by Greg Roumeliotis; editing by Martin Howell.)', 'other'],
      ['Additional reporting by Joseph Hudak', 'other'],
      ['Keith Bradsher contributed reporting from Hong Kong.', 'other'],
      ['Fox News’ Jessica Napoli contributed to this report.', 'other'],
      ['Sign up to our Markets Morning newsletter', 'newsletter-signup'],
      ['Click here to subscribe to The Paradigm Newsletter', 'newsletter-signup'],
      ['Wed 18 Nov 2026 07.00 GMT', 'other'],
      ['Nov. 20, 2019, 9:28 AM UTC', 'other'],
      ['Published November 20th, 2019 - 07:29 GMT', 'other'],
      ['Image 1 of 9', 'photo-caption'],
      ['Photo: David Zalubowski, STF / Associated Press', 'photo-credit'],
      ['Photo: Ringo H.W. Chiu, AP', 'photo-credit'],
      ['By Reuters', 'other'],
      ["DON'T MISS", 'related-teaser'],
      ['Popular on IndieWire', 'related-teaser'],
      ['CLICK HERE TO GET THE FOX NEWS APP', 'other'],
      ['4 comments', 'comments'],
      ['Advert', 'ad-slot'],
      ['This post may contain affiliate and/or referral links. Please see my disclosure page.', 'other'],
    ];
    for (const [line, category] of cases) expect(categoryOf(line), line).toBe(category);
  });

  it('leaves story sentences that share the words alone', () => {
    for (const line of [
      'Read more about the plan, officials said, once the budget is published next spring.',
      'Follow-up visits were scheduled for Monday, the hospital said in a statement.',
      'Reporting by local journalists first revealed the scheme in 2019, prompting an inquiry that lasted two years.',
      'Published in 1763, two years after his death, the essay set out the rule that now bears his name.',
      'She followed the story on Twitter for weeks before she decided to call the newsroom herself.',
      'By the end of the year, the plant had doubled its output.',
      'More people are moving to the city than at any time since 1990.',
      'The photo: a crowd of protesters outside the ministry, taken minutes before the police arrived. It went viral.',
    ]) {
      expect(categoryOf(line), line).toBeNull();
    }
  });
});
