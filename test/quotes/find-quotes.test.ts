import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote, type QuoteParagraph } from '../../src/quotes';
import { seedParagraphs } from './seed-paragraphs';

function quotesOf(id: string): { quotes: FoundQuote[]; paragraphs: QuoteParagraph[] } {
  const { paragraphs, narrators } = seedParagraphs(id);
  return { quotes: findQuotes(paragraphs, { narrators }), paragraphs };
}

/** The one quote whose text holds `fragment`. */
function quote(quotes: FoundQuote[], fragment: string): FoundQuote {
  const hits = quotes.filter((q) => q.text.includes(fragment));
  expect(hits.map((q) => q.text), `quotes holding “${fragment}”`).toHaveLength(1);
  return hits[0]!;
}

/** Every quote's offsets point at its text, and a quote mark opens it unless it is a labelled line. */
function expectOffsetsHold(quotes: FoundQuote[], paragraphs: QuoteParagraph[]): void {
  for (const q of quotes) {
    const p = paragraphs[q.paragraph]!;
    expect(p.text.slice(q.start, q.end)).toBe(q.text);
    if (p.speaker === undefined) expect(p.text.slice(0, q.start).trimEnd()).toMatch(/["“]$/);
  }
}

describe('findQuotes on 000 (NPR web story, straight quotes)', () => {
  const { quotes, paragraphs } = quotesOf('000');

  it('names the speaker of each quote, resolving he/she and surnames', () => {
    expect(quote(quotes, "We're willing to share").speaker).toBe('Matthew Donahue');
    expect(quote(quotes, "We're willing to share").speakerEvidence).toBe('said Matthew Donahue');
    const threat = quote(quotes, 'national health threat');
    expect(threat.speaker).toBe('Matthew Donahue');
    expect(threat.speakerEvidence).toBe('he said');
    // Second quote of the paragraph, no attribution of its own.
    expect(quote(quotes, 'They do not fear').speaker).toBe('Matthew Donahue');
    // 000 writes "Ernst Falko" (001's label says "FALKO ERNST"): each text keeps its own order.
    expect(quote(quotes, 'Operations have pretty much').speaker).toBe('Ernst Falko');
    expect(quote(quotes, 'So what the U.S. had built').speaker).toBe('Ernst Falko');
    expect(quote(quotes, 'They captured many').speaker).toBe('Steven Dudley');
    // "LaBelle said", full name from "Regina LaBelle, acting head of …" earlier.
    expect(quote(quotes, 'on-going cooperation').speaker).toBe('Regina LaBelle');
    expect(quote(quotes, "It's my expectation").speaker).toBe('Cecilia Farfán-Méndez');
    expect(quote(quotes, "It's my expectation").speakerEvidence).toBe('she told');
  });

  it('keeps offsets and finds nothing in the "Read more" teasers', () => {
    expectOffsetsHold(quotes, paragraphs);
    const readMore = paragraphs.findIndex((p) => p.text === 'Read more');
    expect(readMore).toBeGreaterThan(0);
    expect(quotes.filter((q) => q.paragraph > readMore)).toEqual([]);
  });
});

describe('findQuotes on 001 (NPR transcript, speaker labels)', () => {
  const { paragraphs, narrators } = seedParagraphs('001');

  it('counts labelled lines as quotes of their speaker, title-cased and surname-resolved', () => {
    const quotes = findQuotes(paragraphs, { narrators });
    expect(quote(quotes, "It's a crisis").speaker).toBe('Matthew Donahue');
    // Label "DONAHUE:" resolves to the "MATTHEW DONAHUE:" label before it.
    expect(quote(quotes, "We're willing to share").speaker).toBe('Matthew Donahue');
    expect(quote(quotes, "We're willing to share").speakerEvidence).toBe('DONAHUE:');
    expect(quote(quotes, 'They do not fear').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'very high level of mistrust').speaker).toBe('Falko Ernst');
    expect(quote(quotes, 'Operations there have').speaker).toBe('Falko Ernst');
    expect(quote(quotes, 'An unusual arrest at LAX').speaker).toBe('Unidentified reporter');
    expect(quote(quotes, 'my expectation is').speaker).toBe('Cecilia Farfan-Mendez');
    expectOffsetsHold(quotes, paragraphs);
  });

  it('takes labels already resolved to names, as the corpus builder passes them', () => {
    const resolved = paragraphs.map((p) => {
      if (p.speaker === undefined) return p;
      const full: Record<string, string> = { DONAHUE: 'Matthew Donahue', MANN: 'Brian Mann', ERNST: 'Falko Ernst', 'UNIDENTIFIED REPORTER': 'Unidentified Reporter' };
      return { ...p, speaker: full[p.speaker] ?? p.speaker };
    });
    const quotes = findQuotes(resolved, { narrators: ['Brian Mann'] });
    expect(quote(quotes, 'They do not fear').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'An unusual arrest').speaker).toBe('Unidentified reporter');
    expect(quotes.some((q) => resolved[q.paragraph]!.speaker === 'Brian Mann')).toBe(false);
  });

  it('treats the byline reporter’s lines as narration', () => {
    expect(narrators).toEqual(['BRIAN MANN']);
    const quotes = findQuotes(paragraphs, { narrators });
    const mannLines = paragraphs.flatMap((p, i) => (p.speaker === 'MANN' || p.speaker === 'BRIAN MANN' ? [i] : []));
    expect(mannLines.length).toBeGreaterThan(5);
    expect(quotes.filter((q) => mannLines.includes(q.paragraph))).toEqual([]);
    // Without the option the same lines would be quotes: the option is what excludes them.
    const unaware = findQuotes(paragraphs);
    expect(unaware.filter((q) => mannLines.includes(q.paragraph)).length).toBe(mannLines.length);
  });
});

describe('findQuotes on 002 (Daily Caller rewrite, curly quotes)', () => {
  const { quotes, paragraphs } = quotesOf('002');

  it('reads "DEA Deputy Chief of Operations Matthew Donahue said, NPR reported"', () => {
    const q = quote(quotes, 'We’re willing to share');
    expect(q.speaker).toBe('Matthew Donahue');
    expect(q.speakerEvidence).toBe('DEA Deputy Chief of Operations Matthew Donahue said');
    expect(quote(quotes, 'It’s essential').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'We would hope').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'They captured many').speaker).toBe('Steven Dudley');
    expectOffsetsHold(quotes, paragraphs);
  });

  it('skips the short phrase "lack of engagement" and leaves the tweet unattributed', () => {
    expect(quotes.some((q) => q.text === 'lack of engagement')).toBe(false);
    expect(quote(quotes, 'Seizures *originating in Mexico*').speaker).toBeUndefined();
  });
});

describe('findQuotes on 003 (NBC story)', () => {
  const { quotes, paragraphs } = quotesOf('003');

  it('names the speakers, with full names for surname attributions', () => {
    expect(quote(quotes, 'minimal to nonexistent').speaker).toBe('Vanda Felbab-Brown');
    expect(quote(quotes, 'has not been allowing joint raids').speaker).toBe('Vanda Felbab-Brown');
    expect(quote(quotes, 'and how it has infiltrated').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'This is the worst').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'What is frustrating').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'I would not call their almost complete').speaker).toBe('Matthew Donahue');
    expect(quote(quotes, 'If you can’t cooperate').speaker).toBe('Andrew Rudman');
    expect(quote(quotes, 'I do think the Biden').speaker).toBe('Andrew Rudman');
    expect(quote(quotes, 'We have robust').speaker).toBe('Adrienne Watson');
    expect(quote(quotes, 'We are not contemplating').speaker).toBe('Adrienne Watson');
    expect(quote(quotes, 'We are not contemplating').speakerEvidence).toBe('Watson, the NSC spokeswoman, said');
    expect(quote(quotes, 'game changer').speaker).toBe('John Feeley');
    expect(quote(quotes, 'game changer').speakerEvidence).toBe('Feeley said');
    expect(quote(quotes, 'Yet, when we most need').speaker).toBe('John Feeley');
    expect(quote(quotes, 'The Sinaloa cartel').speaker).toBe('Anne Milgram');
    expect(quote(quotes, 'deliberate, calculated treachery').speaker).toBe('Anne Milgram');
    expect(quote(quotes, 'We are not getting information').speaker).toBe('Anne Milgram');
    expect(quote(quotes, 'One of the things').speaker).toBe('Anne Milgram');
    expect(quote(quotes, 'unleash the fury').speaker).toBe('Lindsey Graham');
    expect(quote(quotes, 'unleash the fury').speakerEvidence).toBe('said Sen. Lindsey Graham');
    expect(quote(quotes, 'give the military the authority').speaker).toBe('Lindsey Graham');
    expect(quote(quotes, 'we need to be doing a lot more').speaker).toBe('senior Biden administration official');
    expect(quote(quotes, 'We’ve found that').speaker).toBe('senior Biden administration official');
    expect(quote(quotes, 'is not only dedicating resources').speaker).toBe('Mexico’s Foreign Affairs Ministry');
  });

  it('resolves "Last week, he told reporters" to López Obrador named before', () => {
    const q = quote(quotes, 'we do not produce fentanyl');
    // The fullest, accented form the document gives (the body's, not the caption's `Andres…`).
    expect(q.speaker).toBe('Andrés Manuel López Obrador');
    expect(q.speakerEvidence).toBe('he told');
    expect(quote(quotes, 'We deeply lament').speaker).toBe('Andrés Manuel López Obrador');
    // Content paragraphs only (no caption): the body's `Andrés Manuel López Obrador stood …`
    // extends `López Obrador, a leftist populist`.
    const captionless = paragraphs.filter((p) => !p.text.startsWith('Mexican President Andrés') && !p.text.startsWith('March 09, 2023'));
    expect(quote(findQuotes(captionless), 'we do not produce fentanyl').speaker).toBe('Andrés Manuel López Obrador');
  });

  it('cuts the quote Feeley never closed at "said John Feeley"', () => {
    const q = quote(quotes, 'I give them');
    expect(q.text).toBe('I give them a ‘B-plus’ for effort and a ‘D’ for results');
    expect(q.speaker).toBe('John Feeley');
  });

  it('skips scare quotes, slogans and terms', () => {
    for (const phrase of ['nonexistent', 'completely broken', 'social decay', 'hugs, not bullets.', 'material support for terrorism']) {
      expect(quotes.some((q) => q.text === phrase), phrase).toBe(false);
    }
    expectOffsetsHold(quotes, paragraphs);
  });
});

describe('findQuotes on 004 (unattributed paraphrase of 003)', () => {
  const { quotes, paragraphs } = quotesOf('004');

  it('keeps surnames that 004 never expands', () => {
    // 004 never gives Feeley's, Rudman's or Watson's first name.
    expect(quote(quotes, 'We have a watershed').speaker).toBe('Feeley');
    expect(quote(quotes, 'Yet when we most need').speaker).toBe('Feeley');
    expect(quote(quotes, 'I think the Biden').speaker).toBe('Rudman');
    expect(quote(quotes, 'We are not contemplating').speaker).toBe('Watson');
    expect(quote(quotes, 'The Sinaloa cartel').speaker).toBe('Anne Milgram');
    expect(quote(quotes, 'deliberate and calculated betrayals').speaker).toBe('Anne Milgram');
    expect(quote(quotes, 'Let’s unleash').speaker).toBe('Lindsey Graham');
    expect(quote(quotes, 'we don’t produce fentanyl').speaker).toBe('López Obrador');
    expect(quotes.some((q) => q.text.startsWith('material support'))).toBe(false);
    expectOffsetsHold(quotes, paragraphs);
  });
});

describe('findQuotes: quotes running over paragraphs', () => {
  it('carries a quote left open into the next paragraph that opens with a mark, with one speaker', () => {
    // Milgram's two-sentence 003 quote, set the news way over two paragraphs: the first left
    // open and unattributed, the second opening with a mark and carrying `she said`.
    const { paragraphs } = seedParagraphs('003');
    const at = paragraphs.findIndex((p) => p.text.startsWith('“We are not getting information'));
    const source = paragraphs[at]!.text;
    const split = source.indexOf(' “We are very concerned');
    const first = source.slice(0, split).replace(/,” she said\.$/, '.');
    const second = `${source.slice(split + 1)} she said.`;
    expect(first).toBe('“We are not getting information on seizures of precursor chemicals.');
    const edited = [...paragraphs.slice(0, at), { text: first }, { text: second }, ...paragraphs.slice(at + 1)];
    const quotes = findQuotes(edited).filter((q) => q.paragraph === at || q.paragraph === at + 1);
    expect(quotes.map((q) => q.paragraph)).toEqual([at, at + 1]);
    expect(quotes[0]!.text).toBe('We are not getting information on seizures of precursor chemicals.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Anne Milgram', 'Anne Milgram']);
    // Left open with a next paragraph that does not open with a mark, the quote has no speaker.
    const unlinked = findQuotes([...paragraphs.slice(0, at), { text: first }, { text: 'Furthermore, she added, Mexico is slow-walking dozens of U.S. extradition requests.' }]);
    expect(unlinked[unlinked.length - 1]!.speaker).toBeUndefined();
  });
});
