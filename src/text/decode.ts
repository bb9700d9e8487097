/**
 * Bytes of a page or article -> text, decoded the way a browser decodes it, plus whether it is
 * HTML or plain text. One pure reader for `analyze`, `corpus build` and anything the extension
 * may import: no Node or browser APIs beyond TextDecoder.
 *
 * Encoding, in the HTML standard's order (https://html.spec.whatwg.org/#encoding-sniffing-algorithm):
 *   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. the charset of the HTTP Content-Type header (URLs only);
 *   3. <meta charset> / <meta http-equiv="Content-Type" content="...charset=..."> in the first
 *      1,024 bytes (the standard's prescan);
 *   4. UTF-8, or Windows-1252 when nothing was declared and the bytes are plainly not UTF-8.
 * Bad bytes become U+FFFD (TextDecoder without `fatal`), as in a browser, instead of a refusal.
 *
 * HTML or text, as the MIME Sniffing standard's "rules for identifying an unknown MIME type"
 * (https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type), plus an
 * <html>/<body> tag early in the file after junk such as a PHP warning; a .html/.htm name or a
 * text/html Content-Type settles it.
 *
 * Refused: empty or whitespace-only input, binary data (NUL and control bytes), oversized input.
 */

/** Limits on what an input may be; named so a reviewer can see them. */
export const DECODE_LIMITS = {
  /** Larger files are refused: a news article is tens of KB; 5 MB is a data dump or a mistake. */
  maxBytes: 5 * 1024 * 1024,
  /**
   * Share of NUL and control characters (the MIME Sniffing standard's "binary data bytes") above
   * which input is binary. Real pages do carry a few stray NULs (one benchmark page has 22 in
   * 190 KB), so a single one is not enough; images and archives are far above 2%.
   */
  maxBadCharFraction: 0.02,
} as const;

/** The HTML standard's prescan reads at most this many bytes for a <meta> charset. */
export const PRESCAN_BYTES = 1024;
/** The MIME Sniffing standard looks for a leading HTML tag within this many bytes. */
const SNIFF_CHARS = 512;
/**
 * An <html> or <body> tag this early after junk still makes the file HTML: PHP warnings run to a
 * few KB, and one benchmark page has 51 KB of inline <style> before its <html>.
 */
const LATE_HTML_TAG_CHARS = 64 * 1024;

/** Where the encoding came from, in the standard's order. */
export type EncodingSource = 'bom' | 'http' | 'meta' | 'default' | 'fallback';

/** What the caller knows about the input besides its bytes. */
export interface DecodeHints {
  /** File name or URL path: a .html/.htm/.xhtml name means HTML. */
  name?: string;
  /** HTTP Content-Type header of a fetched URL: its charset and whether it says HTML. */
  contentType?: string;
}

/** A decoded input or why it was refused. */
export type Decoded =
  | { ok: true; text: string; encoding: string; encodingSource: EncodingSource; kind: 'html' | 'text' }
  | { ok: false; reason: string };

/** Decodes `bytes` as a browser would and says whether they are HTML; refuses empty, binary and oversized input. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file (0 bytes)' };
  if (bytes.length > DECODE_LIMITS.maxBytes) {
    return { ok: false, reason: `file too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${DECODE_LIMITS.maxBytes / 1048576} MB)` };
  }
  const { encoding, source, bomLength } = sniffEncoding(bytes, hints.contentType);
  let text = decodeWith(encoding, bytes.subarray(bomLength));
  let used = { encoding, source };
  if (source === 'default' && isPlainlyNotUtf8(bytes, text)) {
    text = decodeWith('windows-1252', bytes);
    used = { encoding: 'windows-1252', source: 'fallback' };
  }
  const refusal = refuse(text);
  if (refusal) return { ok: false, reason: refusal };
  return { ok: true, text, encoding: used.encoding, encodingSource: used.source, kind: sniffKind(text, hints) };
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** The encoding the HTML standard would pick before looking at the text itself. */
export function sniffEncoding(bytes: Uint8Array, contentType?: string): { encoding: string; source: EncodingSource; bomLength: number } {
  const bom = bomEncoding(bytes);
  if (bom) return { ...bom, source: 'bom' };
  const http = contentType ? encodingForLabel(charsetParameter(contentType)) : undefined;
  if (http) return { encoding: http, source: 'http', bomLength: 0 };
  const meta = prescanCharset(bytes);
  if (meta) return { encoding: meta, source: 'meta', bomLength: 0 };
  return { encoding: 'utf-8', source: 'default', bomLength: 0 };
}

function bomEncoding(bytes: Uint8Array): { encoding: string; bomLength: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  return undefined;
}

/**
 * The Encoding standard's name for a label ("latin1", "iso-8859-1" and "ascii" are all
 * windows-1252), or undefined for an unknown one. TextDecoder knows the standard's label table.
 */
export function encodingForLabel(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined; // unknown label, or one TextDecoder refuses (the "replacement" encodings)
  }
}

/** The charset parameter of a Content-Type value (`text/html; charset="iso-8859-1"`). */
function charsetParameter(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType)?.slice(1).find((v) => v !== undefined);
}

/** Bytes -> text; an encoding TextDecoder cannot build (it should not happen) falls back to UTF-8. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  }
  return decoder.decode(bytes);
}

/** Windows-1252's characters for bytes 0x80-0x9F (the Encoding standard's index); the rest is Latin-1. */
const WINDOWS_1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 by its table rather than TextDecoder: Node 20.18.3 and later decode it as Latin-1,
 * turning curly quotes, dashes and the euro sign into C1 controls (nodejs/node#60888); browsers are right.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}

/**
 * True when undeclared bytes are a legacy single-byte file rather than UTF-8: more invalid UTF-8
 * sequences than valid non-ASCII ones. A Windows-1252 "é" (0xE9) only forms valid UTF-8 when two
 * continuation bytes happen to follow, so old files are almost all invalid sequences, while a
 * UTF-8 page with a damaged byte or two still has its many valid accents, dashes and quotes (and
 * a literal U+FFFD in the page is a valid sequence, not an invalid one). Browsers guess the same
 * way for undeclared pages (Firefox's chardetng, Chrome's CED), with Windows-1252 as the Western
 * default.
 */
function isPlainlyNotUtf8(bytes: Uint8Array, utf8: string): boolean {
  const literal = literalReplacementChars(bytes);
  let replacements = 0;
  let nonAscii = 0;
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8.charCodeAt(i);
    if (c === 0xfffd) replacements++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) nonAscii++; // a surrogate pair counts once
  }
  const invalid = replacements - literal;
  return invalid > 0 && invalid > nonAscii + literal;
}

/** How many U+FFFD the bytes spell out in UTF-8 (EF BF BD): characters the page itself contains. */
function literalReplacementChars(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// The HTML standard's prescan for <meta> charsets (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding)

/** The encoding a <meta> in the first 1,024 bytes declares, or undefined. */
export function prescanCharset(bytes: Uint8Array): string | undefined {
  // Latin-1 keeps one character per byte, so positions are byte offsets; the markup is ASCII.
  const s = Array.from(bytes.subarray(0, PRESCAN_BYTES), (b) => String.fromCharCode(b)).join('');
  let i = 0;
  while (i < s.length) {
    if (s.startsWith('<!--', i)) {
      const end = s.indexOf('-->', i + 2); // "<!-->" closes itself, as in the standard
      if (end < 0) return undefined;
      i = end + 3;
    } else if (/^<meta[\t\n\f\r /]/i.test(s.slice(i, i + 6))) {
      const meta = readMeta(s, i + 5);
      if (meta.encoding) return meta.encoding;
      i = meta.end;
    } else if (/^<\/?[a-z]/i.test(s.slice(i, i + 3))) {
      i = skipTag(s, i);
    } else if (/^<[!/?]/.test(s.slice(i, i + 2))) {
      const end = s.indexOf('>', i);
      if (end < 0) return undefined;
      i = end + 1;
    } else {
      i++;
    }
  }
  return undefined;
}

/** A <meta>'s attributes -> its declared encoding (the standard's charset / http-equiv rules). */
function readMeta(s: string, from: number): { encoding?: string; end: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let charset: string | undefined;
  let needPragma: boolean | undefined;
  let i = from;
  for (let attr = readAttribute(s, i); attr; attr = readAttribute(s, i)) {
    i = attr.end;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value.toLowerCase() === 'content-type') gotPragma = true;
    else if (attr.name === 'content' && charset === undefined) {
      const fromContent = charsetInContent(attr.value);
      if (fromContent !== undefined) [charset, needPragma] = [fromContent, true];
    } else if (attr.name === 'charset') [charset, needPragma] = [attr.value, false];
  }
  const end = Math.max(i, s.indexOf('>', from) + 1);
  if (charset === undefined || (needPragma && !gotPragma)) return { end };
  const encoding = encodingForLabel(charset) ?? (/^x-user-defined$/i.test(charset.trim()) ? 'windows-1252' : undefined);
  // A page cannot be UTF-16 if its own ASCII markup was readable byte by byte: the standard says UTF-8.
  return { encoding: encoding?.startsWith('utf-16') ? 'utf-8' : encoding, end };
}

/** `text/html; charset=...` inside a content attribute (the standard's "extract a character encoding from a meta element"). */
function charsetInContent(content: string): string | undefined {
  const m = /charset\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s;"']+))/i.exec(content);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Skips a non-meta tag and its attributes (quoted values may hold a ">"). */
function skipTag(s: string, i: number): number {
  let j = i + 1;
  while (j < s.length && !/[\t\n\f\r >]/.test(s[j]!)) j++;
  for (let attr = readAttribute(s, j); attr; attr = readAttribute(s, j)) j = attr.end;
  return s[j] === '>' ? j + 1 : Math.max(j, i + 1);
}

/** The standard's "get an attribute", simplified: name, optional = and a quoted or bare value. */
function readAttribute(s: string, from: number): { name: string; value: string; end: number } | undefined {
  let i = from;
  while (i < s.length && /[\t\n\f\r /]/.test(s[i]!)) i++;
  if (i >= s.length || s[i] === '>') return undefined;
  const nameStart = i;
  while (i < s.length && !/[\t\n\f\r /=>]/.test(s[i]!)) i++;
  if (i === nameStart) i++; // a lone "=" starts a name in the standard
  const name = s.slice(nameStart, i).toLowerCase();
  while (i < s.length && /[\t\n\f\r ]/.test(s[i]!)) i++;
  if (s[i] !== '=') return { name, value: '', end: i };
  i++;
  while (i < s.length && /[\t\n\f\r ]/.test(s[i]!)) i++;
  const quote = s[i];
  if (quote === '"' || quote === "'") {
    const close = s.indexOf(quote, i + 1);
    const end = close < 0 ? s.length : close;
    return { name, value: s.slice(i + 1, end), end: end + 1 };
  }
  const valueStart = i;
  while (i < s.length && !/[\t\n\f\r >]/.test(s[i]!)) i++;
  return { name, value: s.slice(valueStart, i), end: i };
}

// ---------------------------------------------------------------------------------------------
// Refusals

/** Why decoded text cannot be used (empty, binary), or undefined when it can. */
function refuse(text: string): string | undefined {
  if (!text.trim()) return 'empty file (only whitespace)';
  if (isBinaryText(text)) {
    const nul = text.indexOf('\u0000');
    const where = nul >= 0 ? `, a NUL at character ${nul}` : '';
    return `binary file, not text (${Math.round(binaryFraction(text) * 100)}% NUL or control characters${where})`;
  }
  return undefined;
}

/** True when more than DECODE_LIMITS.maxBadCharFraction of the text is NUL or control characters. */
export function isBinaryText(text: string): boolean {
  return binaryFraction(text) > DECODE_LIMITS.maxBadCharFraction;
}

/**
 * Share of characters that are the MIME Sniffing standard's "binary data bytes" (NUL and the C0
 * controls other than tab, newlines, form feed and escape). U+FFFD is not among them: a browser
 * shows it and reads on, and real pages carry it.
 */
function binaryFraction(text: string): number {
  if (!text.length) return 0;
  return (text.match(/[\u0000-\u0008\u000B\u000E-\u001A\u001C-\u001F]/g) ?? []).length / text.length;
}

// ---------------------------------------------------------------------------------------------
// HTML or plain text

/** HTML when the name or Content-Type says so, else when the text itself looks like HTML. */
export function sniffKind(text: string, hints: DecodeHints = {}): 'html' | 'text' {
  if (hints.name && /\.x?html?(?:$|[?#])/i.test(hints.name)) return 'html';
  if (hints.contentType && /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(hints.contentType)) return 'html';
  return looksLikeHtml(text) ? 'html' : 'text';
}

/**
 * The MIME Sniffing standard's HTML patterns, after leading whitespace, plus `<?xml` (XHTML news
 * pages start so). The standard ends a tag name with a space or ">" only; "/" and other whitespace
 * are accepted too so that `<br/>` and `<html\n lang=..>` count.
 */
const LEADING_HTML_TAG =
  /^<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)(?=[\s>/])|^<!--|^<\?xml[\s?]/i;

/** True when the text is HTML by its start, or has an <html>/<body> tag early after junk. */
export function looksLikeHtml(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, SNIFF_CHARS);
  if (LEADING_HTML_TAG.test(head)) return true;
  return structuralTags(text.slice(0, LATE_HTML_TAG_CHARS)).some((t) => !t.close && (t.name === 'html' || t.name === 'body'));
}

/** An <html>, <head> or <body> tag of the document (outside comments, scripts and styles). */
interface StructuralTag {
  name: 'html' | 'head' | 'body';
  close: boolean;
  start: number;
  end: number;
}

/** Every <html>/<head>/<body> open or close tag, skipping comments and script/style contents. */
function structuralTags(html: string): StructuralTag[] {
  const tags: StructuralTag[] = [];
  const pattern = /<!--|<(script|style)(?=[\s>/])|<(\/?)(html|head|body)(?=[\s>/])/gi;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    if (m[0] === '<!--' || m[1]) {
      pattern.lastIndex = m[1] ? endOf(html, new RegExp(`</${m[1]}`, 'gi'), m.index + m[0].length) : endOf(html, /-->/g, m.index + 4);
      continue;
    }
    const end = endOf(html, />/g, m.index);
    tags.push({ name: m[3]!.toLowerCase() as StructuralTag['name'], close: m[2] === '/', start: m.index, end });
    pattern.lastIndex = end;
  }
  return tags;
}

/** Index just past the next match of `closer` (a global regex) from `from`, or the text's end. */
function endOf(html: string, closer: RegExp, from: number): number {
  closer.lastIndex = from;
  const m = closer.exec(html);
  return m ? m.index + m[0].length : html.length;
}

// ---------------------------------------------------------------------------------------------
// Stray markup, for DOMs without the standard's tree builder

/**
 * The same page with the markup a browser's parser would re-home moved just inside <body>: junk
 * before <html> (a PHP warning, a <script> or <style> printed before the template) and elements
 * between </head> and <body>. Browsers put these in head or body and read on; linkedom (the CLI's
 * and the corpus builder's DOM) instead makes the junk the root element, or gives `document.body`
 * an empty new <body>, and the page then has "no text". Unchanged when there is nothing to move.
 */
export function moveStrayMarkupIntoBody(html: string): string {
  const tags = structuralTags(html);
  const body = tags.find((t) => t.name === 'body' && !t.close);
  if (!body) return html;
  const root = tags.find((t) => t.name === 'html' && !t.close && t.start < body.start);
  const headClose = tags.find((t) => t.name === 'head' && t.close && t.start < body.start);
  const { keep, junk } = splitPreamble(html.slice(0, root?.start ?? 0));
  const strayStart = headClose && (!root || headClose.start > root.start) ? headClose.end : body.start;
  const stray = html.slice(strayStart, body.start);
  if (isBlank(junk) && isBlank(stray)) return html;
  return keep + html.slice(root?.start ?? 0, strayStart) + html.slice(body.start, body.end) + junk + stray + html.slice(body.end);
}

/** What may stand before <html> (whitespace, doctype, comments, an XML declaration) and the junk after it. */
function splitPreamble(prefix: string): { keep: string; junk: string } {
  const lead = /^(?:\s+|<!--[\s\S]*?-->|<!doctype[^>]*>|<\?xml[^>]*>)*/i.exec(prefix)![0];
  const rest = prefix.slice(lead.length);
  // A doctype printed after the junk still belongs at the top.
  const doctypes = rest.match(/<!doctype[^>]*>/gi) ?? [];
  return { keep: lead + doctypes.join(''), junk: rest.replace(/<!doctype[^>]*>/gi, '') };
}

/** Whitespace and comments only: nothing a DOM would make an element or text of. */
function isBlank(markup: string): boolean {
  return !markup.replace(/<!--[\s\S]*?-->/g, '').trim();
}
