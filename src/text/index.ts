/** Text normalisation shared by every stage: one way to fold, tokenise and stem. */
export { foldTypography, foldDiacritics, collapseWhitespace } from './typography';
export { tokenize, words, rawWords, normalizeWord, type Token } from './tokenize';
export { STOPWORDS, isStopword } from './stopwords';
export { stem } from './stem';
export { splitSentences } from './sentences';
export { contentTerms } from './content-terms';
export { boundedMemo, type BoundedMemo } from './bounded-memo';
