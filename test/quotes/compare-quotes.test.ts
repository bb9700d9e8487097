import { describe, expect, it } from 'vitest';
import { compareQuotes, findQuotes, type QuoteDiffPart } from '../../src/quotes';
import { wordKey, wordSpans } from '../../src/quotes/fold';
import { seedParagraphs } from './seed-paragraphs';

/** The quote of seed `id` holding `fragment`. */
function seedQuote(id: string, fragment: string): string {
  const { paragraphs, narrators } = seedParagraphs(id);
  const hits = findQuotes(paragraphs, { narrators }).filter((q) => q.text.includes(fragment));
  expect(hits, `${id}: “${fragment}”`).toHaveLength(1);
  return hits[0]!.text;
}

const changed = (diff: QuoteDiffPart[], op: 'added' | 'removed') => diff.filter((p) => p.op === op).map((p) => p.text);
const keys = (s: string) => wordSpans(s).map((w) => wordKey(w.word));

/** The diff read one way gives the original's words, read the other way the variant's. */
function expectDiffRebuilds(original: string, variant: string, diff: QuoteDiffPart[]): void {
  expect(keys(diff.filter((p) => p.op !== 'added').map((p) => p.text).join(' '))).toEqual(keys(original));
  expect(keys(diff.filter((p) => p.op !== 'removed').map((p) => p.text).join(' '))).toEqual(keys(variant));
}

describe('compareQuotes: 003 (NBC) against its 004 machine paraphrase', () => {
  it('Feeley: "game changer" became "watershed": altered, with the changed words in the diff', () => {
    const original = seedQuote('003', 'game changer');
    const variant = seedQuote('004', 'watershed');
    const r = compareQuotes(original, variant);
    expect(r.fidelity).toBe('altered');
    expect(changed(r.diff, 'removed')).toContain('game changer');
    expect(changed(r.diff, 'added')).toContain('watershed');
    expect(changed(r.diff, 'removed').join(' ')).toContain('dead');
    expect(changed(r.diff, 'added').join(' ')).toContain('killed');
    expect(r.diff[0]).toEqual({ op: 'same', text: 'We have a' });
    expectDiffRebuilds(original, variant, r.diff);
  });

  it('Milgram: "fake prescription pills" became "dummy pills": altered', () => {
    const original = seedQuote('003', 'The cartels are buying precursor');
    const variant = seedQuote('004', 'The cartels are buying precursor');
    const r = compareQuotes(original, variant);
    expect(r.fidelity).toBe('altered');
    expect(changed(r.diff, 'removed').join(' ')).toContain('fake prescription');
    expect(changed(r.diff, 'added')).toContain('dummy');
    // `China,,` against `China,` and `distribution.”` against `distribution”.` are punctuation only.
    expect(changed(r.diff, 'removed').join(' ')).not.toMatch(/China|distribution/);
    expectDiffRebuilds(original, variant, r.diff);
  });

  it('Rudman: "I do think … pretty patient" became "I think … very patient": altered', () => {
    const r = compareQuotes(seedQuote('003', 'I do think'), seedQuote('004', 'I think the Biden'));
    expect(r.fidelity).toBe('altered');
    expect(changed(r.diff, 'removed')).toEqual(['do', 'pretty']);
    expect(changed(r.diff, 'added')).toEqual(['very']);
  });

  it('Watson: the one quote 004 left alone is exact', () => {
    const r = compareQuotes(seedQuote('003', 'We are not contemplating'), seedQuote('004', 'We are not contemplating'));
    expect(r.fidelity).toBe('exact');
    expect(r.similarity).toBe(1);
    expect(r.diff.every((p) => p.op === 'same')).toBe(true);
  });
});

describe('compareQuotes: Donahue across 000 (web), 001 (tape), 002 (rewrite)', () => {
  const web = seedQuote('000', "We're willing to share");
  const tape = seedQuote('001', "We're willing to share");
  const rewrite = seedQuote('002', 'We’re willing to share');

  it('tape -> web is editorial: the bracketed [intelligence] and a dropped article', () => {
    // Decision: `working with the DEA` (001, the tape) against `working with DEA` (000) is an
    // article dropped before an acronym, house style that changes no meaning: editorial.
    const r = compareQuotes(tape, web);
    expect(r.fidelity).toBe('editorial');
    expect(changed(r.diff, 'added')).toEqual(['[intelligence]']);
    expect(changed(r.diff, 'removed')).toEqual(['the']);
    expectDiffRebuilds(tape, web, r.diff);
  });

  it('web -> rewrite differs by a comma and curly quotes only: editorial, and the diff shows no change', () => {
    const r = compareQuotes(web, rewrite);
    expect(r.fidelity).toBe('editorial');
    expect(r.diff.map((p) => p.op)).toEqual(['same']);
  });

  it('tape -> rewrite is editorial too', () => {
    expect(compareQuotes(tape, rewrite).fidelity).toBe('editorial');
  });
});

describe('compareQuotes: other editorial and altered cases from the seeds', () => {
  it('Farfán-Méndez: 000 prints an excerpt of the tape without the "it\'s -" stumble: editorial', () => {
    const tape = seedQuote('001', 'my expectation is');
    const web = seedQuote('000', "It's my expectation");
    const r = compareQuotes(tape, web);
    expect(r.fidelity).toBe('editorial');
    expect(changed(r.diff, 'removed')).toEqual(['With the elections coming up,']);
  });

  it('Dudley: "mid-level" (000) against "midlevel" (002) is spelling: editorial', () => {
    const r = compareQuotes(seedQuote('000', 'They captured many'), seedQuote('002', 'They captured many'));
    expect(r.fidelity).toBe('editorial');
    expect(r.diff.map((p) => p.op)).toEqual(['same']);
  });

  it('Falko: the web story changed "has" to "had" and added "been": altered', () => {
    const tape = seedQuote('001', 'Operations there have');
    const web = seedQuote('000', 'So what the U.S. had built');
    const r = compareQuotes(tape, web);
    expect(r.fidelity).toBe('altered');
    expect(changed(r.diff, 'added')).toContain('had');
  });

  it('an ellipsis covers left-out words, not changed ones', () => {
    // 001: `law enforcement inside - or military`; 000: `law enforcement ... or military`.
    const tape = 'They do not fear any kind of law enforcement inside - or military inside Mexico right now.';
    const web = seedQuote('000', 'They do not fear');
    expect(compareQuotes(tape, web.replace('inside of Mexico', 'inside Mexico')).fidelity).toBe('editorial');
    // The real 000 also writes `inside of Mexico`: a word added, so altered.
    expect(compareQuotes(tape, web).fidelity).toBe('altered');
  });

  it('a transcript filler and a repeated word are editorial', () => {
    const tape = seedQuote('001', 'my expectation is');
    expect(compareQuotes(tape, tape.replace('my expectation', 'um, my my expectation')).fidelity).toBe('editorial');
  });
});

describe('compareQuotes on bad input', () => {
  it('returns a verdict for empty, one-sided and huge input', () => {
    expect(compareQuotes('', '').fidelity).toBe('exact');
    expect(compareQuotes('', 'We have a watershed here').fidelity).toBe('altered');
    const huge = seedQuote('003', 'The cartels are buying precursor').repeat(400);
    const r = compareQuotes(huge, 'unrelated words entirely');
    expect(r.fidelity).toBe('altered');
    expect(r.similarity).toBeGreaterThanOrEqual(0);
    // A byte-order mark, a NUL, a zero-width space and a lone surrogate are not words.
    expect(compareQuotes('\uFEFFWe have\u0000 a water\u200Bshed \uD800here', 'We have a watershed here').fidelity).toBe('exact');
  });
});
