/**
 * The synonym graph for the bundled corpus, read from the package once per background lifetime,
 * only when a page has passed the topic and article checks (a content script asks for it then).
 * A content script gets the graph restricted to the links that touch a corpus stem (a few
 * hundred KB instead of the whole 2 MB asset): the corpus side of every comparison is a corpus
 * paragraph, so no other link can ever count.
 */
import browser from 'webextension-polyfill';
import { buildSynonymGraph, decodeSynonymGraph, encodeSynonymGraph, restrictSynonyms, synonymLinks } from '../synonyms';
import { MAX_SYNONYM_DEGREE } from '../match/align';
import { bytesToBase64 } from '../match/codec';
import { stemHashOf } from '../match/features';
import { rawWords } from '../text';
import { loadedCorpus } from './corpus-cache';

let restricted: Promise<string> | null = null;

/** The restricted graph, base64-encoded ('' when the asset cannot be read: matching goes on without). */
export function corpusSynonyms(): Promise<string> {
  restricted ??= build().catch((error: unknown) => {
    restricted = null;
    console.warn('Source Context: no synonym graph, matching exact words only', error);
    return '';
  });
  return restricted;
}

async function build(): Promise<string> {
  const response = await fetch(browser.runtime.getURL('synonyms.bin'));
  if (!response.ok) throw new Error(`synonyms.bin: HTTP ${response.status}`);
  const graph = decodeSynonymGraph(new Uint8Array(await response.arrayBuffer()));
  const corpus = await loadedCorpus();
  const stems = new Set<number>();
  for (const doc of corpus.index.documents) {
    for (const p of doc.paragraphs) {
      for (const word of rawWords(p.text)) {
        const h = stemHashOf(word);
        if (h !== 0) stems.add(h);
      }
    }
  }
  // Links that touch a hub are never used (MAX_SYNONYM_DEGREE): left out here, judged by the
  // whole graph's degrees, so the content script matches as the command line does.
  const restricted = restrictSynonyms(graph, stems);
  const ordinary = (h: number) => graph.neighbours(h).length <= MAX_SYNONYM_DEGREE;
  const kept = buildSynonymGraph([...synonymLinks(restricted)].filter(([a, b]) => ordinary(a) && ordinary(b)));
  return bytesToBase64(encodeSynonymGraph(kept));
}
