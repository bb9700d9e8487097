/** The paragraph matcher: one implementation for corpus relations, page blocks and selections. */
export { buildMatchIndex } from './build-index';
export { loadMatchIndex, MATCH_INDEX_VERSION } from './lookup';
export { MATCH_CONFIG, type MatchConfig } from './config';
export type { MatchIndex, MatchOptions, ParagraphMatch, IndexedParagraph, SerializedMatchIndex } from './types';
