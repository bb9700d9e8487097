/** The synonym graph: stems linked as synonyms, for soft matches of swapped words. */
export {
  type SynonymGraph,
  buildSynonymGraph,
  decodeSynonymGraph,
  encodeSynonymGraph,
  restrictSynonyms,
  synonymLinks,
  SYNONYM_MAGIC,
  SYNONYM_VERSION,
} from './graph';

/**
 * The asset's path inside each package (extension/synonyms.bin, copied by build.mjs's copyStatic
 * to dist/chrome and dist/firefox): the background reads it with `fetch(runtime.getURL(...))`.
 */
export const SYNONYMS_ASSET = 'synonyms.bin';
