import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/corpus/decode';
import { seedText } from './seeds';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads a seed as UTF-8, dropping a BOM', () => {
    const text = seedText(3);
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(decodeBytes(withBom)).toMatchObject({ ok: true, text });
  });

  it('reads UTF-16 with a BOM', () => {
    const text = seedText(4).slice(0, 500);
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 for a legacy file with a few non-UTF-8 bytes', () => {
    const ascii = 'Cecilia Farf?n-M?ndez said the cooperation would not be easy.';
    const bytes = utf8(ascii);
    bytes[ascii.indexOf('?')] = 0xe1; // á in Windows-1252
    bytes[ascii.lastIndexOf('?')] = 0xe9; // é
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, text: 'Cecilia Farfán-Méndez said the cooperation would not be easy.', encoding: 'windows-1252' });
  });

  it('refuses empty, binary and oversized input with a reason', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty file (0 bytes)' });
    expect(decodeBytes(utf8(' \n\t\n'))).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, reason: expect.stringContaining('binary file (NUL byte') });
    const noise = new Uint8Array(4096).map((_, i) => (i * 97 + 13) % 255 || 1);
    expect(decodeBytes(noise)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary|not text/) });
    const huge = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    expect(decodeBytes(huge)).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
  });
});
