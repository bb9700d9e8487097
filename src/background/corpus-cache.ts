/**
 * The bundled corpus (corpus/index.json), read once per background lifetime: its text for content
 * scripts (they parse it themselves) and the loaded corpus for tracing selections here.
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

/** The loaded corpus, for `traceSelection` in the background. */
export async function loadedCorpus(): Promise<Corpus> {
  corpus ??= loadCorpus(JSON.parse(await corpusText()) as unknown);
  return corpus;
}

let topicModel: Promise<TopicModel> | null = null;

/** The topic model alone, so a page's quick topic check costs no corpus transfer. */
export function corpusTopicModel(): Promise<TopicModel> {
  topicModel ??= corpusText()
    .then((t) => (JSON.parse(t) as { topic: TopicModel }).topic)
    .catch((error: unknown) => {
      topicModel = null;
      throw error;
    });
  return topicModel;
}
