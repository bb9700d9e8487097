/**
 * Text normalisation on the real seeds: the same words typeset differently by NPR, the Daily
 * Caller, NBC and the machine paraphrase must come out equal, with offsets that point back at
 * the original characters.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  contentTerms,
  foldDiacritics,
  foldTypography,
  isStopword,
  normalizeWord,
  splitSentences,
  stem,
  tokenize,
  words,
} from '../../src/text';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../seeds');
const raw = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));
const lines = raw.map((t) => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
const line = (doc: number, startsWith: string): string => {
  const found = lines[doc]!.find((l) => l.startsWith(startsWith));
  if (!found) throw new Error(`seed ${doc} has no line starting "${startsWith}"`);
  return found;
};
/** The text between the first pair of double quotes (straight or curly). */
const firstQuote = (s: string): string => /["“]([^"”]+)["”]/.exec(s)![1]!;

describe('tokenize', () => {
  it('gives offsets that slice back to each word, in order, in every seed', () => {
    for (const text of raw) {
      const tokens = tokenize(text);
      expect(tokens.length).toBeGreaterThan(400);
      let last = 0;
      for (const t of tokens) {
        expect(text.slice(t.start, t.end)).toBe(t.word);
        expect(t.start).toBeGreaterThanOrEqual(last);
        expect(t.word).not.toMatch(/\s/);
        last = t.end;
      }
    }
  });

  it('folds "U.S." and "US" to one word (003 writes U.S., 004 rewrote it as US)', () => {
    expect(normalizeWord('U.S.')).toBe(normalizeWord('US'));
    const nbc = words(line(3, 'U.S. officials and international experts'));
    const copy = words(line(4, 'US officials and international experts'));
    expect(copy.slice(0, 8)).toEqual(nbc.slice(0, 8));
  });

  it("reads NPR's straight-quoted and the Daily Caller's curly-quoted copy of Donahue's quote as the same words", () => {
    const npr = firstQuote(line(0, 'A senior Drug Enforcement Administration official'));
    const dc = firstQuote(line(2, '“We’re willing to share'));
    expect(npr).not.toBe(dc); // different typography and one comma
    expect(words(dc)).toEqual(words(npr));
  });

  it('folds diacritics: NBC\'s "López Obrador" and NPR\'s "Lopez Obrador" are one name', () => {
    expect(raw[3]).toContain('López Obrador');
    expect(raw[0]).toContain('Lopez Obrador');
    expect(words('López Obrador')).toEqual(words('Lopez Obrador'));
    expect(foldDiacritics('Farfán-Méndez')).toBe('Farfan-Mendez');
  });

  it('keeps numbers with separators whole and drops possessive apostrophes', () => {
    expect(words('In 2021, 106,000 people died')).toEqual(['in', '2021', '106000', 'people', 'died']);
    expect(words('Mexico’s')).toEqual(words("Mexico's"));
  });

  it('survives empty, binary and huge input', () => {
    expect(tokenize('')).toEqual([]);
    let garbage = '';
    for (let i = 0; i < 5000; i++) garbage += String.fromCharCode((i * 7919) % 65536);
    for (const t of tokenize(garbage)) expect(garbage.slice(t.start, t.end)).toBe(t.word);
    const huge = raw[3]!.repeat(80);
    expect(tokenize(huge).length).toBe(tokenize(raw[3]!).length * 80);
  });
});

describe('foldTypography', () => {
  it('leaves no curly quote, typographic dash, ellipsis or no-break space in any seed', () => {
    for (const text of raw) {
      expect(foldTypography(text)).not.toMatch(/[‘’“”–—…\u00A0]/);
    }
  });

  it("makes 004's en dash and 003's em dash the same punctuation", () => {
    const nbc = foldTypography(line(3, 'But the synthetic opioid fentanyl'));
    const copy = foldTypography(line(4, 'But the synthetic opioid fentanyl'));
    const dash = (s: string) => /cartels (\S) potential/.exec(s)?.[1];
    expect(dash(nbc)).toBe('-');
    expect(dash(copy)).toBe('-');
  });
});

describe('splitSentences', () => {
  it('splits NBC prose without breaking after titles like "Sen." or initials, and loses no word', () => {
    let total = 0;
    for (const paragraph of lines[3]!) {
      const sentences = splitSentences(paragraph);
      total += sentences.length;
      for (const s of sentences) expect(s).not.toMatch(/\b(?:Sen|Gen|Mr|Mrs|Dr|Gov|Rep|Lt|Col)\.$/);
      expect(words(sentences.join(' '))).toEqual(words(paragraph));
    }
    expect(total).toBeGreaterThan(lines[3]!.length);
    const graham = splitSentences(line(3, '“We’re going to unleash the fury'));
    expect(graham.some((s) => s.includes('Sen. Lindsey Graham'))).toBe(true);
  });

  it('finds the three sentences of "It wasn’t to be. Even before ... upended them. Andrés ..."', () => {
    const s = splitSentences(line(3, 'It wasn’t to be.'));
    expect(s[0]).toBe('It wasn’t to be.');
    expect(s[1]).toBe('Even before the talks began, Mexico’s president upended them.');
    expect(s.length).toBeGreaterThanOrEqual(3);
  });
});

describe('stem and contentTerms', () => {
  it("conflates the word forms 004 swapped in 003's sentences", () => {
    // 003 "from manufacture to distribution" / 004 "from manufacturing to distribution", etc.
    const pairs: [string, string][] = [
      ['manufacture', 'manufacturing'],
      ['engaging', 'engaged'],
      ['cartels', 'cartel'],
      ['addiction', 'addictions'],
      ['seized', 'seizes'],
      ['overdoses', 'overdose'],
    ];
    for (const [a, b] of pairs) expect(stem(a), `${a} ~ ${b}`).toBe(stem(b));
  });

  it('keeps unrelated words apart', () => {
    for (const [a, b] of [['university', 'universe'], ['cartel', 'cart'], ['police', 'policy']] as const) {
      expect(stem(a), `${a} vs ${b}`).not.toBe(stem(b));
    }
  });

  it('content terms of a seed sentence drop function words and keep the stemmed names and nouns', () => {
    const terms = contentTerms(line(4, '“The Sinaloa cartel and the Jalisco cartel'));
    expect(terms.slice(0, 4)).toEqual([stem('sinaloa'), stem('cartel'), stem('jalisco'), stem('cartel')]);
    expect(terms.some((t) => isStopword(t))).toBe(false);
    expect(terms).toContain(stem('precursor'));
  });
});
