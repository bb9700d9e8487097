/**
 * Scores `analyze` against the fixture pages' expectations (test/fixtures/pages/<name>/expected.json,
 * written by hand from the seeds, independently of our classifiers): per-block kind and noise
 * category, per-block matched document and origin, quote fidelity. Shared by the fixture tests and
 * `npm run bench` (which prints the same figures).
 */
import { parseHTML } from 'linkedom';
import { analyzeDocumentSync } from '../../src/analyze';
import type { Corpus } from '../../src/corpus/load-corpus';
import type { Analysis } from '../../src/shared/analysis-types';
import { collapseWhitespace } from '../../src/text';
import { loadFixture, type ExpectedPage } from '../fixture-pages';

export function analyzeFixture(name: string, corpus: Corpus): { analysis: Analysis; expected: ExpectedPage } {
  const { html, expected } = loadFixture(name);
  const doc = parseHTML(html).document as unknown as Document;
  return { analysis: analyzeDocumentSync(doc, corpus, { input: name }), expected };
}

/** How one page's analysis agrees with its expectations. */
export interface PageScore {
  name: string;
  onTopicOk: boolean;
  /** Expected blocks found among our blocks (by text). */
  blocksFound: number;
  blocksExpected: number;
  kindAgree: number;
  /** Boilerplate blocks whose category we got right, of those we found. */
  categoryAgree: number;
  categoryExpected: number;
  /** Blocks expected to be traced: how many we traced to the right origin / matched document. */
  originExpected: number;
  originRight: number;
  matchFileRight: number;
  /** Content blocks expected untraced that we traced anyway (false matches). */
  falseMatches: string[];
  quotesExpected: number;
  quotesFound: number;
  fidelityRight: number;
}

const key = (s: string) => collapseWhitespace(s).toLowerCase();

export function scorePage(analysis: Analysis, expected: ExpectedPage): PageScore {
  // Blocks by text, in page order: a text can stand twice (004 repeats its headline at the end).
  const ours = new Map<string, Analysis['blocks']>();
  for (const b of analysis.blocks) ours.set(key(b.text), [...(ours.get(key(b.text)) ?? []), b]);
  const score: PageScore = {
    name: expected.name,
    onTopicOk: analysis.topic.onTopic === expected.onTopic,
    blocksFound: 0,
    blocksExpected: expected.blocks.length,
    kindAgree: 0,
    categoryAgree: 0,
    categoryExpected: 0,
    originExpected: 0,
    originRight: 0,
    matchFileRight: 0,
    falseMatches: [],
    quotesExpected: expected.quotes.length,
    quotesFound: 0,
    fidelityRight: 0,
  };
  for (const e of expected.blocks) {
    const b = ours.get(key(e.text))?.shift();
    if (e.origin) score.originExpected++;
    if (e.kind === 'boilerplate') score.categoryExpected++;
    if (!b) continue;
    score.blocksFound++;
    if (b.kind === e.kind) score.kindAgree++;
    if (e.kind === 'boilerplate' && b.kind === 'boilerplate' && b.category === e.category) score.categoryAgree++;
    if (e.origin && b.match?.origin.file === e.origin) score.originRight++;
    if (e.matchFile && b.match?.file === e.matchFile) score.matchFileRight++;
    if (!e.origin && e.kind === 'content' && b.match) score.falseMatches.push(e.text.slice(0, 60));
  }
  for (const q of expected.quotes) {
    const ourQuote = analysis.quotes.find((p) => key(p.text).includes(key(q.text).slice(0, 40)) || key(q.text).includes(key(p.text).slice(0, 40)));
    if (!ourQuote) continue;
    score.quotesFound++;
    if (ourQuote.fidelity === q.fidelity) score.fidelityRight++;
  }
  return score;
}
