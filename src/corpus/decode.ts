/**
 * Bytes of a corpus file -> text, or a clear reason why the file cannot be used. The reader lives
 * in src/text/decode.ts (pure, shared with `analyze`); this module keeps the corpus's import path.
 */
export { decodeBytes, DECODE_LIMITS, type Decoded, type DecodeHints } from '../text/decode';
