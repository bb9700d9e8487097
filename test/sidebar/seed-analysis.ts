/**
 * A hand-assembled `Analysis` for the component tests, made of the real seed texts (paragraphs are
 * looked up in seeds/ by a phrase, never retyped). It stands in for the engine's output so the
 * components can be tested on their own: the relations, scores and chains are what the corpus
 * says about these documents (004 paraphrases 003 without credit; 002 credits NPR's 000), but they
 * are set here by hand. The engine-backed test (analysis-engine.test.tsx) renders a real one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Block, BlockMatch, ChainStep, CorpusRef, PageQuote } from '../../src/shared/analysis-types';
import type { NoiseCategory } from '../../src/noise/categories';
import { wordDiff } from '../../src/sidebar/word-diff';

const SEEDS = join(import.meta.dirname, '../../seeds');

const DOCS = {
  0: { outlet: 'NPR', kind: 'original-web-story' },
  1: { outlet: 'NPR', kind: 'broadcast-transcript' },
  2: { outlet: 'Daily Caller News Foundation', kind: 'attributed-rewrite' },
  3: { outlet: 'NBC News', kind: 'original-web-story' },
  4: { outlet: 'Unknown outlet', kind: 'unattributed-copy' },
} as const;
type DocNo = keyof typeof DOCS;

/** The seed file name of document `n` (e.g. `003_1ca589219219b27f.txt`). */
export function seedFile(n: DocNo): string {
  const prefix = String(n).padStart(3, '0') + '_';
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return file;
}

function lines(n: DocNo): string[] {
  return readFileSync(join(SEEDS, seedFile(n)), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The first line of seed `n` that contains `phrase`. */
export function seedLine(n: DocNo, phrase: string): string {
  const line = lines(n).find((l) => l.includes(phrase));
  if (!line) throw new Error(`seed ${n} has no line with "${phrase}"`);
  return line;
}

/** The words between the first pair of quotation marks (curly or straight) in `text`. */
function quoted(text: string): string {
  const m = /[“"]([^”"]+)[”"]/.exec(text);
  if (!m?.[1]) throw new Error(`no quote in "${text}"`);
  return m[1].replace(/[,.]$/, '');
}

function ref(n: DocNo, phrase: string): CorpusRef {
  return { file: seedFile(n), text: seedLine(n, phrase), ...DOCS[n], headline: lines(n)[n === 0 ? 1 : 0] ?? '' };
}

function match(
  n: DocNo,
  phrase: string,
  relation: BlockMatch['relation'],
  score: number,
  chain: { n: DocNo; phrase: string; relationToSource?: ChainStep['relationToSource'] }[],
): BlockMatch {
  const steps: ChainStep[] = chain.map((s) => ({
    ...ref(s.n, s.phrase),
    ...(s.relationToSource ? { relationToSource: s.relationToSource } : {}),
  }));
  const root = chain[chain.length - 1] ?? { n, phrase };
  const origin = ref(root.n, root.phrase);
  // Hand-built: the page-to-origin relation is taken to be the block's own relation.
  return { ...ref(n, phrase), doc: n, paragraphs: [lines(n).findIndex((l) => l.includes(phrase))], score, relation, probability: score, alignment: [], evidence: [], originRelation: relation, origin, chain: steps };
}

function content(index: number, text: string, m?: BlockMatch): Block {
  return { index, text, kind: 'content', reason: m ? 'matched the corpus' : 'body paragraph', ...(m ? { match: m } : {}) };
}

function noise(index: number, text: string, category: NoiseCategory, reason: string): Block {
  return { index, text, kind: 'boilerplate', category, reason };
}

/**
 * A page that republishes 004 (the unattributed paraphrase of NBC's 003) and embeds a paragraph
 * of the Daily Caller's rewrite of NPR, with NBC's page furniture around it.
 */
export function seedAnalysis(): Analysis {
  const feeleyOriginal = quoted(seedLine(3, 'game changer'));
  const feeleyHere = quoted(seedLine(4, 'watershed'));
  const donahue = quoted(seedLine(2, 'willing to share'));
  const blocks: Block[] = [
    noise(0, seedLine(3, 'IE 11'), 'browser-notice', 'asks for another browser'),
    noise(1, seedLine(3, 'Morning Rundown'), 'newsletter-teaser', '"Morning Rundown" before the headline'),
    content(2, seedLine(4, 'synthetic opioid'), match(3, 'synthetic opioid', 'paraphrase', 0.71, [{ n: 3, phrase: 'synthetic opioid' }])),
    content(3, seedLine(4, 'watershed'), match(3, 'game changer', 'near-verbatim', 0.83, [{ n: 3, phrase: 'game changer' }])),
    content(
      4,
      seedLine(2, 'willing to share'),
      match(2, 'willing to share', 'verbatim', 1, [
        { n: 2, phrase: 'willing to share', relationToSource: 'attributed-rewrite' },
        { n: 0, phrase: 'willing to share' },
      ]),
    ),
    content(5, 'Our reporter asked three pharmacists in Tijuana what they see at the counter each week.'),
    noise(6, seedLine(3, 'Tempe, Ariz.'), 'photo-caption', 'figcaption; repeats a credit line'),
    noise(7, seedLine(3, 'spare tire'), 'photo-caption', 'figcaption; repeats a credit line'),
    content(
      8,
      seedLine(4, '10 cents'),
      match(4, '10 cents', 'verbatim', 0.98, [
        { n: 4, phrase: '10 cents', relationToSource: 'unattributed-copy' },
        { n: 3, phrase: '10 cents' },
      ]),
    ),
  ];
  const quotes: PageQuote[] = [
    {
      text: feeleyHere,
      speaker: 'John Feeley',
      block: 3,
      fidelity: 'altered',
      original: ref(3, 'game changer'),
      closestCopy: ref(4, 'watershed'),
      diff: wordDiff(feeleyOriginal, feeleyHere),
      alsoIn: [ref(4, 'watershed')],
    },
    {
      text: donahue,
      speaker: 'Matthew Donahue',
      block: 4,
      fidelity: 'editorial',
      original: ref(0, 'willing to share'),
      diff: wordDiff(quoted(seedLine(0, 'willing to share')), donahue),
      alsoIn: [ref(1, 'willing to share'), ref(2, 'willing to share')],
    },
  ];
  return {
    input: 'https://example.org/cartels-story',
    title: 'Cooperation in the drug war',
    topic: { onTopic: true, score: 0.9, terms: [{ term: 'fentanyl', weight: 1 }] },
    isArticle: true,
    blocks,
    quotes,
    summary: {
      contentBlocks: 5,
      tracedBlocks: 4,
      boilerplateBlocks: 4,
      quotes: 2,
      mainOrigin: 'NBC News',
    },
    timings: { extract: 1, topic: 1, match: 1, quotes: 1, total: 4 },
  };
}
