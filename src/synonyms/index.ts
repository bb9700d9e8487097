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
