/**
 * The one reader of bytes (src/text/decode.ts): the HTML standard's encoding order (BOM, HTTP
 * charset, <meta> prescan, UTF-8, Windows-1252 for undeclared legacy bytes), the MIME Sniffing
 * standard's HTML-or-text decision, and refusals only for empty, binary and oversized input.
 * Pages in test/fixtures/decode/ are cut from real benchmark pages (see its README).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../src/corpus/decode';
import { encodingForLabel, looksLikeHtml, moveStrayMarkupIntoBody, prescanCharset } from '../../src/text/decode';
import { seedText } from './seeds';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, 'decode', name)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
/** UTF-16 with its BOM, as a text editor's "Save as Unicode" writes it. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], 2 + 2 * i);
  }
  return bytes;
}
const decodedText = (bytes: Uint8Array, hints = {}) => {
  const d = decodeBytes(bytes, hints);
  if (!d.ok) throw new Error(d.reason);
  return d;
};

describe('decodeBytes: encoding', () => {
  it('reads a seed as UTF-8, dropping a BOM', () => {
    const text = seedText(3);
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8', encodingSource: 'default', kind: 'text' });
    const withBom = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text));
    expect(decodeBytes(withBom)).toMatchObject({ ok: true, text, encoding: 'utf-8', encodingSource: 'bom' });
  });

  it('keeps a literal U+FFFD of a real UTF-8 page instead of refusing it or reading it as Windows-1252', () => {
    const d = decodedText(fixture('utf8-literal-fffd.html'));
    expect(d).toMatchObject({ encoding: 'utf-8', encodingSource: 'default', kind: 'html' });
    expect(d.text).toContain('class="widget \uFFFDlambda_5"');
    expect(d.text).toContain('Lawan moves motion for Senate’s adjournment over Nzeribe, Adedoyin’s deaths');
    expect(d.text).not.toContain('â€');
  });

  it('keeps UTF-8 with a damaged byte among many valid characters, the bad byte as U+FFFD', () => {
    const text = seedText(3);
    expect(text).toMatch(/[’“”—]/);
    const bytes = utf8(`X${text}`);
    bytes[0] = 0xff; // never valid in UTF-8
    const d = decodedText(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe(`\uFFFD${text}`);
  });

  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    const text = new TextDecoder().decode(fixture('leading-whitespace.html'));
    expect(decodeBytes(utf16(text, 'le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le', encodingSource: 'bom', kind: 'html' });
    expect(decodeBytes(utf16(text, 'be'))).toMatchObject({ ok: true, text, encoding: 'utf-16be', encodingSource: 'bom', kind: 'html' });
  });

  it('reads a real Windows-1252 page by its <meta charset>', () => {
    const d = decodedText(fixture('windows-1252.html'));
    expect(d).toMatchObject({ encoding: 'windows-1252', encodingSource: 'meta', kind: 'html' });
    expect(d.text).toContain('Natürlich ruft BVB-Coach Lucien Favre zum Angriff auf: „Wir wollen unbedingt gegen Gladbach gewinnen');
    expect(d.text).toContain('in der Meisterschaft da sein.“');
    expect(d.text).not.toContain('\uFFFD');
  });

  it('reads "café" and curly quotes declared by <meta charset=windows-1252> or http-equiv', () => {
    const body = latin('<p>Farf\xe1n-M\xe9ndez met reporters at a caf\xe9: \x93It\x92s a watershed,\x94 she said.</p>');
    const expected = '<p>Farfán-Méndez met reporters at a café: “It’s a watershed,” she said.</p>';
    for (const meta of ['<meta charset=windows-1252>', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "<META CONTENT='text/html;charset=latin1' HTTP-EQUIV=content-type>"]) {
      const d = decodedText(concat(utf8(`<!doctype html><html><head>${meta}</head><body>`), body));
      expect(d).toMatchObject({ encoding: 'windows-1252', encodingSource: 'meta' });
      expect(d.text).toContain(expected);
    }
    // The whole 0x80-0x9F block as the Encoding standard maps it (Node's own TextDecoder does not, nodejs/node#60888).
    const high = decodedText(concat(utf8('<meta charset=windows-1252>'), Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i)));
    expect(high.text.slice(-32)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });

  it('follows the standard order: BOM, then the HTTP charset, then <meta>, then UTF-8', () => {
    const page = (meta: string, body: Uint8Array) => concat(utf8(`<html><head>${meta}</head><body><p>`), body);
    const cafeUtf8 = utf8('café');
    const withBom = concat(new Uint8Array([0xef, 0xbb, 0xbf]), page('<meta charset=windows-1252>', cafeUtf8));
    expect(decodeBytes(withBom, { contentType: 'text/html; charset=iso-8859-1' })).toMatchObject({ encodingSource: 'bom', encoding: 'utf-8' });
    const httpFirst = decodeBytes(page('<meta charset=utf-8>', latin('caf\xe9')), { contentType: 'text/html; charset="ISO-8859-1"' });
    expect(httpFirst).toMatchObject({ encodingSource: 'http', encoding: 'windows-1252', text: expect.stringContaining('café') });
    expect(decodeBytes(page('<meta charset=utf-8>', cafeUtf8), { contentType: 'text/html' })).toMatchObject({ encodingSource: 'meta', encoding: 'utf-8' });
    expect(decodeBytes(page('', cafeUtf8))).toMatchObject({ encodingSource: 'default', encoding: 'utf-8', text: expect.stringContaining('café') });
  });

  it('prescans only the first 1,024 bytes, outside comments, and needs http-equiv for a content= charset', () => {
    const late = concat(utf8(`<html><head><title>${'x'.repeat(1024)}</title>`), utf8('<meta charset=windows-1252>'));
    expect(prescanCharset(late)).toBeUndefined();
    expect(prescanCharset(utf8('<!-- <meta charset=koi8-r> --><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
    expect(prescanCharset(utf8('<meta content="text/html; charset=koi8-r">'))).toBeUndefined();
    expect(prescanCharset(utf8('<meta name=x content="a>b"><meta charset=shift_jis>'))).toBe('shift_jis');
    // A page whose markup was readable byte by byte is not UTF-16, whatever it says; x-user-defined is Windows-1252.
    expect(prescanCharset(utf8('<meta charset=utf-16>'))).toBe('utf-8');
    expect(prescanCharset(utf8('<meta charset=x-user-defined>'))).toBe('windows-1252');
  });

  it('maps labels as the Encoding standard does, and an unknown label falls back to UTF-8', () => {
    for (const label of ['latin1', 'ISO-8859-1', 'ascii', 'us-ascii', ' cp1252 ']) expect(encodingForLabel(label)).toBe('windows-1252');
    expect(encodingForLabel('utf8')).toBe('utf-8');
    expect(encodingForLabel('no-such-charset')).toBeUndefined();
    const d = decodedText(utf8('<html><head><meta charset=no-such-charset></head><body><p>café</p>'), { contentType: 'text/html; charset=bogus' });
    expect(d).toMatchObject({ encoding: 'utf-8', encodingSource: 'default', text: expect.stringContaining('café') });
  });

  it('falls back to Windows-1252 for an undeclared legacy file, not for a declared one', () => {
    const ascii = 'Cecilia Farf?n-M?ndez said the cooperation would not be easy.';
    const bytes = utf8(ascii);
    bytes[ascii.indexOf('?')] = 0xe1; // á in Windows-1252
    bytes[ascii.lastIndexOf('?')] = 0xe9; // é
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: 'Cecilia Farfán-Méndez said the cooperation would not be easy.', encoding: 'windows-1252', encodingSource: 'fallback' });
    const declared = decodedText(concat(utf8('<meta charset=utf-8>'), bytes));
    expect(declared).toMatchObject({ encoding: 'utf-8', encodingSource: 'meta' });
    expect(declared.text).toContain('Farf\uFFFDn');
  });
});

describe('decodeBytes: refusals', () => {
  it('refuses empty and whitespace-only input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty file (0 bytes)' });
    expect(decodeBytes(utf8(' \n\t\n'))).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });

  it('refuses NUL-heavy and control-heavy binary data with a reason', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, reason: expect.stringMatching(/^binary file, not text \(\d+% NUL or control characters, a NUL at character 8\)$/) });
    const noise = new Uint8Array(4096).map((_, i) => (i * 97 + 13) % 255 || 1);
    expect(decodeBytes(noise)).toMatchObject({ ok: false, reason: expect.stringContaining('binary file') });
  });

  it('reads a real page with a few stray NUL bytes (one benchmark page has 22 in 190 KB)', () => {
    const page = fixture('leading-whitespace.html');
    const at = Buffer.from(page).indexOf('Mezcal is huge');
    const bytes = concat(page.subarray(0, at), new Uint8Array(10), page.subarray(at));
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, kind: 'html', text: expect.stringContaining('\u0000Mezcal is huge') });
  });

  it('refuses oversized input', () => {
    const huge = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    expect(decodeBytes(huge)).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
  });
});

describe('decodeBytes: HTML or plain text', () => {
  it('sniffs real pages as HTML: whitespace before <!DOCTYPE html>, a PHP warning before <html>', () => {
    expect(decodedText(fixture('leading-whitespace.html')).kind).toBe('html');
    expect(decodedText(fixture('php-warning.html')).kind).toBe('html');
  });

  it('takes a leading tag from the MIME Sniffing standard, case-insensitive, after whitespace', () => {
    for (const start of ['<!DOCTYPE HTML>', '  <html lang=en>', '\r\n<HEAD>', '<body>', '<p>', '<BR/>', '<div class=x>', '<table>', '<!-- x -->', '<?xml version="1.0"?>', '<script>x</script>']) {
      expect(looksLikeHtml(`${start}\nSome article text.`)).toBe(true);
    }
  });

  it('finds <html> or <body> after junk that is not a tag (a plain-text PHP warning, a <meta>)', () => {
    expect(looksLikeHtml('Warning: Undefined variable $x in /var/www/site/index.php on line 12\n<html><body><p>Text</p>')).toBe(true);
    expect(looksLikeHtml('<meta property="og:title" content="A story">\n<html>\n<body>')).toBe(true);
    expect(looksLikeHtml('A story whose comment hides it <!-- <body> -->')).toBe(false);
  });

  it('reads plain-text articles as text unless the name or Content-Type says HTML', () => {
    const seed = utf8(seedText(2));
    expect(decodeBytes(seed)).toMatchObject({ kind: 'text' });
    expect(decodeBytes(seed, { name: 'story.HTM' })).toMatchObject({ kind: 'html' });
    expect(decodeBytes(seed, { contentType: 'text/html; charset=utf-8' })).toMatchObject({ kind: 'html' });
    expect(decodeBytes(seed, { contentType: 'text/plain', name: 'story.txt' })).toMatchObject({ kind: 'text' });
  });
});

describe('moveStrayMarkupIntoBody', () => {
  it('moves a PHP warning from before <html> to the start of <body>, the doctype staying first', () => {
    const moved = moveStrayMarkupIntoBody(decodedText(fixture('php-warning.html')).text);
    expect(moved).toMatch(/^<!DOCTYPE html PUBLIC [^>]+><html xmlns=/);
    expect(moved).toContain('</head><body><br />\n<b>Strict Standards</b>:  Redefining already defined constructor');
  });

  it('moves a <script> between </head> and <body> inside <body>', () => {
    const moved = moveStrayMarkupIntoBody(decodedText(fixture('leading-whitespace.html')).text);
    expect(moved).toMatch(/<\/head><body id="Content"[^>]*>\s*<script>console\.log\('resize function removed'\);<\/script>/);
  });

  it('leaves well-formed pages byte for byte (whitespace, comments and conditional comments are not stray)', () => {
    const page = readFileSync(join(FIXTURES, 'pages/004-copy-site/source.html'), 'utf8');
    expect(moveStrayMarkupIntoBody(page)).toBe(page);
    const conditional = '<!doctype html>\n<!--[if IE]><html class=ie><![endif]-->\n<html><head></head>\n<!-- x -->\n<body><p>x</p></body></html>';
    expect(moveStrayMarkupIntoBody(conditional)).toBe(conditional);
  });
});
