/**
 * One analysis of the page: the quick topic check (with the topic model alone) and the cheap
 * article check; only when both pass, the corpus (asked of the background once per page, then
 * kept) and the engine, in slices that yield.
 */
import { analyzeDocument, isProbablyArticle, quickTopicText } from '../analyze';
import { loadCorpus } from '../corpus/load-corpus';
import { decodeSynonymGraph } from '../synonyms';
import { base64ToBytes } from '../match/codec';
import type { Analysis } from '../shared/analysis-types';
import type { Lookup } from '../match/page-prior';
import type { Settings } from '../shared/settings';
import { sendToBackground } from '../shared/send';
import { mark, measure } from './perf';
import { pauseWork, resumeWork, yieldToPage } from './schedule';

type Corpus = ReturnType<typeof loadCorpus>;

/** What one run found: the analysis and the element of each block. */
export interface RunResult {
  analysis: Analysis;
  elements: (Element | null)[];
}

let corpus: Corpus | null = null;
/** Matcher hits by paragraph text for this page's life (see AnalyzeOptions.matchCache). */
const matchCache = new Map<string, Lookup>();
let cachedSensitivity: number | undefined;
/** An endlessly scrolling page must not grow the cache without bound. */
const MATCH_CACHE_LIMIT = 5000;

/**
 * Analyse the page; null when it is not an article about the corpus's story (the corpus is then
 * never loaded). The topic check goes first: it reads only the first paragraphs and most articles
 * a reader visits fail it, so they never pay for the article check's walk over the whole page.
 */
export async function runAnalysis(settings: Settings): Promise<RunResult | null> {
  const text = timedWork('sc:topic-check', () => quickTopicText(document));
  const { maybeOnTopic } = await sendToBackground('checkTopic', text);
  mark(maybeOnTopic ? 'sc:topic-passed' : 'sc:topic-failed');
  if (!maybeOnTopic) return null;

  await yieldToPage();
  const article = timedWork('sc:check', () => isProbablyArticle(document));
  mark(article ? 'sc:check-passed' : 'sc:check-failed');
  if (!article) return null;

  const [loaded, corrections] = await Promise.all([ensureCorpus(), sendToBackground('getCorrections')]);
  const url = location.href;
  await yieldToPage();
  resumeWork();
  const start = performance.now();
  try {
    // Re-analysing a page that changed (more paragraphs loaded, an SPA swapped its view) looks up
    // only the paragraphs it has not seen; a new sensitivity starts the cache afresh.
    if (cachedSensitivity !== settings.sensitivity) {
      matchCache.clear();
      cachedSensitivity = settings.sensitivity;
    }
    if (matchCache.size > MATCH_CACHE_LIMIT) matchCache.clear();
    return await analyzeDocument(document, loaded, {
      input: url,
      sensitivity: settings.sensitivity,
      matchCache,
      hiddenMatches: (corrections ?? []).filter((c) => c.url === url),
      yieldToPage,
    });
  } finally {
    measure('sc:analyze', start);
    pauseWork();
  }
}

/** The corpus, asked of the background (which caches the file) and parsed once per page. */
async function ensureCorpus(): Promise<Corpus> {
  if (corpus) return corpus;
  // One load at a time: a second run starting meanwhile (the page changed) waits for the first.
  loading ??= loadOnce().finally(() => {
    loading = null;
  });
  return loading;
}

let loading: Promise<Corpus> | null = null;

async function loadOnce(): Promise<Corpus> {
  const [text, synonyms] = await Promise.all([
    sendToBackground('getCorpus'),
    // Synonyms only add soft matches: a failure leaves exact matching working.
    sendToBackground('getSynonyms').catch(() => ''),
  ]);
  const loaded = timedWork('sc:corpus-load', () => loadCorpus(JSON.parse(text) as unknown));
  if (synonyms) {
    // Its own slice: decoding the graph is the second-largest step of loading.
    await yieldToPage();
    timedWork('sc:synonyms-load', () => loaded.matcher.useSynonyms(decodeSynonymGraph(base64ToBytes(synonyms))));
  }
  mark('sc:corpus-loaded');
  corpus = loaded;
  return loaded;
}

/** Run one synchronous step of ours on the page's main thread, as a timed slice. */
function timedWork<T>(name: `sc:${string}`, work: () => T): T {
  resumeWork();
  const start = performance.now();
  try {
    return work();
  } finally {
    measure(name, start);
    pauseWork();
  }
}
