/**
 * The bundled corpus (corpus/index.json), read once per background lifetime: its text for content
 * scripts (they parse it themselves), and, parsed once, the topic model for the quick topic check
 * and the loaded corpus for tracing selections here.
 */
import browser from 'webextension-polyfill';
import { loadCorpus, type Corpus } from '../corpus/load-corpus';
import type { TopicModel } from '../topic/types';

let text: Promise<string> | null = null;
let corpus: Corpus | null = null;

/** The corpus file's text (fetched from the package once; a failed read is retried next time). */
export function corpusText(): Promise<string> {
  text ??= fetch(browser.runtime.getURL('corpus/index.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`corpus/index.json: HTTP ${response.status}`);
      return response.text();
    })
    .catch((error: unknown) => {
      text = null;
      throw error;
    });
  return text;
}

let json: Promise<unknown> | null = null;

/** The corpus file parsed, once: the topic model and the loaded corpus both come from it. */
function corpusJson(): Promise<unknown> {
  json ??= corpusText()
    .then((t) => JSON.parse(t) as unknown)
    .catch((error: unknown) => {
      json = null;
      throw error;
    });
  return json;
}

/** The loaded corpus, for `traceSelection` in the background. */
export async function loadedCorpus(): Promise<Corpus> {
  corpus ??= loadCorpus(await corpusJson());
  return corpus;
}

/** The topic model alone, so a page's quick topic check costs no corpus transfer. */
export async function corpusTopicModel(): Promise<TopicModel> {
  return ((await corpusJson()) as { topic: TopicModel }).topic;
}
