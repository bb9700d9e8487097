/**
 * Page in, analysis out: the one pipeline that the content script, the CLI and the tests share.
 * Stages: extract blocks -> topic -> match content blocks -> quotes. The pipeline is a generator
 * so the content script can yield to the page between steps (no long task) while the CLI and the
 * tests run the same steps straight through.
 */
import type { Corpus } from './corpus/load-corpus';
import type { Analysis, Block, PageQuote } from './shared/analysis-types';
import type { Correction } from './shared/settings';
import type { ParagraphMatch } from './match/types';
import { extractBlocksInSteps, isProbablyArticle, type ExtractedBlock, type ExtractOptions } from './extract';
import { scoreTopic } from './topic';
import { findQuotes } from './quotes';
import { isHidden, toBlockMatch } from './analysis/block-match';
import { pageContextEvidence } from './analysis/page-context';
import { linkQuote } from './analysis/quote-links';
import { quoteParagraphs } from './analysis/quote-paragraphs';
import { matchShortBlocks } from './analysis/short-blocks';
import { MATCH_CONFIG } from './match/config';
import { dropUnfollowed, findWithPagePrior, followedDocuments, lookUp, pooledDocuments, pooledMeans, preferFollowedDocuments, PAGE_PRIOR, type Lookup } from './match/page-prior';
import { creditedDocuments, outletIndex, type OutletIndex } from './match/page-credits';
import { textBlocks, titleFromParagraphs, splitTextParagraphs } from './analysis/text-blocks';
import { traceShortSelection } from './analysis/short-selection';

export { isProbablyArticle };
export { quickTopicText, quickTopicVerdict, type QuickTopicVerdict } from './analysis/quick-topic';

/** Options of one analysis. */
export interface AnalyzeOptions {
  /** What to call the input in the result (URL, file name). */
  input?: string;
  /** Matcher sensitivity 0 (strict) .. 1 (loose). */
  sensitivity?: number;
  /** Matches the user flagged as wrong: hidden from the result. */
  hiddenMatches?: Correction[];
  /** Called between steps by `analyzeDocument`, so the page stays responsive. */
  yieldToPage?: () => Promise<void>;
  /** Limits for huge pages. */
  extract?: ExtractOptions;
  /**
   * Matcher hits by block text, kept by a caller that analyses the same page again (infinite
   * scroll, a single-page app): unchanged paragraphs are not looked up twice. Valid for one corpus
   * and one sensitivity; the caller drops it when either changes.
   */
  matchCache?: Map<string, Lookup>;
}

/** Blocks matched between two yields: each lookup takes well under a millisecond. */
const BLOCKS_PER_STEP = 8;
/** Quotes linked between two yields (each is a few similarity checks and at most two diffs). */
const QUOTES_PER_STEP = 4;

interface PipelineInput {
  input: string;
  title: string;
  isArticle: boolean;
  blocks: ExtractedBlock[];
  /** Selections are traced whatever their topic. */
  ignoreTopic: boolean;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function* pipeline(
  source: PipelineInput,
  corpus: Corpus,
  options: AnalyzeOptions,
  extractMs: number,
): Generator<void, Analysis> {
  const started = now() - extractMs;
  const blocks: Block[] = source.blocks.map((b, index) => {
    const block: Block = { index, text: b.text, kind: b.kind, reason: b.reason };
    if (b.category) block.category = b.category;
    return block;
  });
  const content = blocks.filter((b) => b.kind === 'content');

  let t = now();
  const topic = scoreTopic(corpus.index.topic, content.map((b) => b.text).join('\n'));
  const topicMs = now() - t;
  yield;

  const quotes: PageQuote[] = [];
  let matchMs = 0;
  let quotesMs = 0;
  // Off-topic pages get no matches at all: sharing a name or two with the corpus is not reuse.
  if (topic.onTopic || source.ignoreTopic) {
    t = now();
    const hidden = options.hiddenMatches ?? [];
    const hitsOf: ParagraphMatch[][] = [];
    const lookups: Lookup[] = [];
    const matchOptions = { sensitivity: options.sensitivity, limit: 8 };
    for (let i = 0; i < content.length; i++) {
      const block = content[i]!;
      let lookup = options.matchCache?.get(block.text);
      if (!lookup) {
        lookup = lookUp(corpus.matcher, block.text, matchOptions);
        options.matchCache?.set(block.text, lookup);
      }
      lookups.push(lookup);
      hitsOf.push(lookup.hits.filter((h) => !isHidden(h, block.text, corpus, hidden)));
      if ((i + 1) % BLOCKS_PER_STEP === 0) {
        matchMs += now() - t;
        yield;
        t = now();
      }
    }
    // Second pass (src/match/page-prior.ts): on a page that follows a corpus document (traced
    // there, pointed at by its paragraphs together, or credited: "NPR reported"), paragraphs still
    // untraced are looked up again with the prior odds the page gives them, and a traced one whose
    // match lies outside the followed documents is weighed again at the same odds (a passage two
    // documents share goes to the one the page follows).
    const texts = content.map((b) => b.text);
    const credited = creditedDocuments(texts, outletIndexOf(corpus));
    const means = pooledMeans(texts, lookups);
    const followed = followedDocuments(hitsOf, PAGE_PRIOR, pooledDocuments(means), credited);
    // The first lookup's documents, and the matches only the page prior took or preferred: those
    // say so among their reasons (src/analysis/page-context.ts).
    const firstDocs = hitsOf.map((hits) => hits[0]?.doc);
    const fromPage = new Set<ParagraphMatch>();
    if (followed.size > 0) {
      // Cached apart from the first pass: the answer depends on where the page was traced.
      const followedKey = [...followed].map(([doc, paragraphs]) => `${doc}:${paragraphs.join('.')}`).join();
      for (let i = 0; i < content.length; i++) {
        const block = content[i]!;
        const traced = hitsOf[i]!;
        const key = `\u0000prior ${followedKey}\u0000${traced[0]?.doc ?? ''}\u0000${block.text}`;
        let lookup = options.matchCache?.get(key);
        if (!lookup) {
          const hits = traced.length
            ? preferFollowedDocuments(corpus.matcher, block.text, traced, followed, matchOptions, PAGE_PRIOR, lookups[i])
            : findWithPagePrior(corpus.matcher, block.text, followed, matchOptions, PAGE_PRIOR, lookups[i]);
          lookup = { hits, bestByDoc: new Map() };
          options.matchCache?.set(key, lookup);
        }
        const after = lookup.hits.filter((h) => !isHidden(h, block.text, corpus, hidden));
        if (after[0] && after[0] !== traced[0]) fromPage.add(after[0]);
        hitsOf[i] = after;
        if ((i + 1) % BLOCKS_PER_STEP === 0) {
          matchMs += now() - t;
          yield;
          t = now();
        }
      }
    }
    // And the other side of the same prior: a match in a document the page does not follow is
    // weighed at the odds such matches have (an independent report of the same event).
    dropUnfollowed(texts, hitsOf, followed, means, matchOptions).forEach((hits, i) => (hitsOf[i] = hits));
    const pageDocs = preferPageDocuments(hitsOf);
    content.forEach((block, i) => {
      const hits = pageDocs(hitsOf[i]!);
      const match = toBlockMatch(corpus, hits, block.text);
      if (!match) return;
      if (fromPage.has(hits[0]!)) {
        const doc = hits[0]!.doc;
        const tracedHere = firstDocs.filter((d, k) => k !== i && d === doc).length;
        const outlet = corpus.index.documents[doc]?.outlet;
        const creditedOutlet = tracedHere === 0 && credited.has(doc) ? outlet : undefined;
        const preferred = firstDocs[i] !== undefined;
        match.evidence = [pageContextEvidence({ tracedHere, creditedOutlet, oddsFactor: PAGE_PRIOR.oddsFactor, preferred }), ...match.evidence];
      }
      block.match = match;
    });
    for (const [block, hit] of matchShortBlocks(content, corpus, MATCH_CONFIG.minWords)) {
      const match = toBlockMatch(corpus, [hit]);
      if (match) block.match = match;
    }
    matchMs += now() - t;
    yield;

    t = now();
    const { paragraphs, narrators } = quoteParagraphs(content.map((b) => b.text));
    const found = findQuotes(paragraphs, { narrators });
    quotesMs += now() - t;
    yield;
    t = now();
    for (let i = 0; i < found.length; i++) {
      const q = found[i]!;
      quotes.push(linkQuote(corpus, q, content[q.paragraph]!.index));
      if ((i + 1) % QUOTES_PER_STEP === 0) {
        quotesMs += now() - t;
        yield;
        t = now();
      }
    }
    quotesMs += now() - t;
  }

  const traced = content.filter((b) => b.match);
  return {
    input: source.input,
    title: source.title,
    topic,
    isArticle: source.isArticle,
    blocks,
    quotes,
    summary: {
      contentBlocks: content.length,
      tracedBlocks: traced.length,
      boilerplateBlocks: blocks.length - content.length,
      quotes: quotes.length,
      ...mainOrigin(traced, corpus),
    },
    timings: {
      extract: round(extractMs),
      topic: round(topicMs),
      match: round(matchMs),
      quotes: round(quotesMs),
      total: round(now() - started),
    },
  };
}

/** Scores this close count as a tie between documents carrying the same passage. */
const TIE = 0.02;

/**
 * When a passage is in two documents with the same score (004 keeps some of 003's sentences word
 * for word), the page is taken to follow the document most of its other blocks follow: a page
 * copying 004 gets "this page -> 004 -> 003" for those sentences too, not a jump straight to 003.
 */
function preferPageDocuments(hitsOf: ParagraphMatch[][]): (hits: ParagraphMatch[]) => ParagraphMatch[] {
  const votes = new Map<number, number>();
  for (const hits of hitsOf) {
    const top = hits[0];
    if (!top) continue;
    for (const h of hits) if (top.score - h.score <= TIE) votes.set(h.doc, (votes.get(h.doc) ?? 0) + 1);
  }
  return (hits) => {
    const top = hits[0];
    if (!top) return hits;
    const tied = hits.filter((h) => top.score - h.score <= TIE);
    const chosen = tied.reduce((a, b) => ((votes.get(b.doc) ?? 0) > (votes.get(a.doc) ?? 0) ? b : a));
    return [chosen, ...hits.filter((h) => h !== chosen)];
  };
}

/**
 * The outlet the page's text comes from: the root of the corpus document most traced blocks
 * follow (a page copying the Daily Caller's rewrite of NPR comes from NPR, even where the rewrite
 * added sentences of its own).
 */
function mainOrigin(traced: Block[], corpus: Corpus): { mainOrigin?: string } {
  const counts = new Map<number, number>();
  for (const b of traced) counts.set(b.match!.doc, (counts.get(b.match!.doc) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  if (!top) return {};
  const root = corpus.index.documents[corpus.originOf(top[0])];
  return root ? { mainOrigin: root.outlet } : {};
}

function runSync<T>(gen: Generator<void, T>): T {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
  }
}

async function runAsync<T>(gen: Generator<void, T>, yieldToPage?: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = gen.next();
    if (step.done) return step.value;
    if (yieldToPage) await yieldToPage();
  }
}

interface FromDocument {
  source: PipelineInput;
  ms: number;
  elements: (Element | null)[];
}

/** Extraction in steps: the sync runner goes straight through, the async one yields between. */
function* fromDocument(doc: Document, options: AnalyzeOptions): Generator<void, FromDocument> {
  let ms = 0;
  let t = now();
  const steps = extractBlocksInSteps(doc, options.extract);
  let step = steps.next();
  while (!step.done) {
    ms += now() - t;
    yield;
    t = now();
    step = steps.next();
  }
  ms += now() - t;
  const { title, blocks } = step.value;
  return {
    source: {
      input: options.input ?? doc.location?.href ?? '',
      title: title || doc.title || '',
      isArticle: blocks.some((b) => b.kind === 'content'),
      blocks,
      ignoreTopic: false,
    },
    ms,
    elements: blocks.map((b) => b.element),
  };
}

/** Analyse a page (the content script's entry), yielding to the page between steps. */
export async function analyzeDocument(
  doc: Document,
  corpus: Corpus,
  options: AnalyzeOptions = {},
): Promise<{ analysis: Analysis; elements: (Element | null)[] }> {
  const { source, ms, elements } = await runAsync(fromDocument(doc, options), options.yieldToPage);
  if (options.yieldToPage) await options.yieldToPage();
  const analysis = await runAsync(pipeline(source, corpus, options, ms), options.yieldToPage);
  return { analysis, elements };
}

/** The same analysis in one go (the CLI and the tests). */
export function analyzeDocumentSync(doc: Document, corpus: Corpus, options: AnalyzeOptions = {}): Analysis {
  const { source, ms } = runSync(fromDocument(doc, options));
  return runSync(pipeline(source, corpus, options, ms));
}

/** Analyse a plain-text article (paragraphs separated by blank lines). */
export function analyzeText(text: string, corpus: Corpus, options: AnalyzeOptions = {}): Analysis {
  const t = now();
  const blocks = textBlocks(text, true);
  const source: PipelineInput = {
    input: options.input ?? 'text',
    title: titleFromParagraphs(splitTextParagraphs(text)),
    isArticle: blocks.some((b) => b.kind === 'content'),
    blocks,
    ignoreTopic: false,
  };
  return runSync(pipeline(source, corpus, options, now() - t));
}

/**
 * Trace a highlighted span, from a phrase to several paragraphs, on any page: the topic is
 * reported but does not gate matching, and nothing of it is labelled noise (the user chose it).
 */
export function traceSelection(text: string, corpus: Corpus, options: AnalyzeOptions = {}): Analysis {
  const t = now();
  const blocks = textBlocks(text, false);
  const analysis = runSync(
    pipeline({ input: options.input ?? 'selection', title: '', isArticle: false, blocks, ignoreTopic: true }, corpus, options, now() - t),
  );
  // A phrase shorter than the matcher's minimum gets a phrase search instead (fuse.js's home ground).
  for (const block of analysis.blocks) {
    if (!block.match) {
      const match = traceShortSelection(block.text, corpus);
      if (match) block.match = match;
    }
  }
  analysis.summary.tracedBlocks = analysis.blocks.filter((b) => b.match).length;
  return analysis;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

// The corpus's documents by outlet, built once per corpus (for the page's credits).
const outletIndexes = new WeakMap<Corpus, OutletIndex>();
function outletIndexOf(corpus: Corpus): OutletIndex {
  let index = outletIndexes.get(corpus);
  if (!index) {
    index = outletIndex(corpus.index.documents.map((d) => d.outlet));
    outletIndexes.set(corpus, index);
  }
  return index;
}
