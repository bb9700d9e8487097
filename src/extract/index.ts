/** The page extractor: a cheap "is this an article?" check and the block-level extraction. */
export { isProbablyArticle } from './is-probably-article';
export { extractBlocks, extractBlocksInSteps } from './extract-blocks';
export type { ExtractedBlock, ExtractOptions, ExtractResult } from './types';
