/**
 * Bytes of a corpus file -> text, or a clear reason why the file cannot be used. Pure: the
 * Node-only file reading lives in build-corpus.ts.
 */

/** Limits on what a corpus file may be; named so a reviewer can see them. */
export const DECODE_LIMITS = {
  /** Larger files are refused: a news article is tens of KB; 5 MB is a data dump or a mistake. */
  maxBytes: 5 * 1024 * 1024,
  /** Share of undecodable or control characters above which a file is binary, not text. */
  maxBadCharFraction: 0.02,
} as const;

/** A decoded file or why it was refused. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Decodes UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 when UTF-8 fails cleanly. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  if (bytes.length > DECODE_LIMITS.maxBytes) {
    return { ok: false, reason: `file too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${DECODE_LIMITS.maxBytes / 1048576} MB)` };
  }
  // UTF-16 needs its BOM: without one, NUL bytes below mean binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at offset ${nul}), not text` };
  const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  const invalid = count(utf8, /\uFFFD/g);
  if (invalid === 0) return checked(utf8, 'utf-8');
  // A few invalid sequences in otherwise printable text: an old single-byte file (Windows-1252).
  const legacy = new TextDecoder('windows-1252').decode(bytes);
  if (invalid / utf8.length <= 0.5 && controlFraction(legacy) <= DECODE_LIMITS.maxBadCharFraction) {
    return checked(legacy, 'windows-1252');
  }
  return { ok: false, reason: `not text: ${invalid} invalid UTF-8 sequences and not readable as Windows-1252` };
}

function checked(text: string, encoding: string): Decoded {
  if (!text.trim()) return { ok: false, reason: 'empty file (only whitespace)' };
  const bad = controlFraction(text);
  if (bad > DECODE_LIMITS.maxBadCharFraction) {
    return { ok: false, reason: `binary file (${Math.round(bad * 100)}% control or undecodable characters), not text` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, ''), encoding };
}

/** Fraction of characters that never occur in text: C0/C1 controls (bar tab/newlines) and U+FFFD. */
function controlFraction(text: string): number {
  if (!text.length) return 0;
  return count(text, /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFFFD]/g) / text.length;
}

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}
