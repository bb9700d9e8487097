/**
 * The CLI contract that tests, benchmarks and users rely on: `source-context analyze` over files
 * and URLs, `--json` one object per input per line with the documented fields, a clear error per
 * bad input (missing, binary, empty, unreachable) with the others still analysed and a non-zero
 * exit at the end, and `--corpus` taking an index written by `corpus build`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE_004 = join(ROOT, 'test/fixtures/pages/004-copy-site/source.html');
const OFF_TOPIC = join(ROOT, 'test/fixtures/pages/offtopic-travel-oaxaca/source.html');
/** Real pages cut small (test/fixtures/decode/README.md says where each comes from). */
const DECODE = (name: string) => join(ROOT, 'test/fixtures/decode', name);

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string }> {
  const out: string[] = [];
  let err = '';
  const code = await main(args, {
    stdout: (t) => out.push(...t.split('\n').filter((l) => l.trim() !== '')),
    stderr: (t) => {
      err += t + '\n';
    },
  });
  return { code, out, err };
}

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  server = createServer((req, res) => {
    if (req.url === '/004.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(PAGE_004));
    } else if (req.url === '/legacy') {
      // The header's charset, not the page's (its <meta> is gone): the browser's second source.
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' });
      res.end(Buffer.from(readFileSync(DECODE('windows-1252.html'), 'latin1').replace('<meta charset="windows-1252" />', ''), 'latin1'));
    } else {
      res.writeHead(404);
      res.end('not here');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('source-context analyze', () => {
  it('prints one JSON object per input with the documented fields', async () => {
    const { code, out } = await run(['analyze', PAGE_004, OFF_TOPIC, '--json']);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const [copy, offTopic] = out.map((l) => JSON.parse(l));
    expect(copy.input).toBe(PAGE_004);
    expect(typeof copy.title).toBe('string');
    expect(copy.topic.onTopic).toBe(true);
    expect(typeof copy.topic.score).toBe('number');
    const traced = copy.blocks.filter((b: { match?: unknown }) => b.match);
    expect(traced.length).toBeGreaterThan(20);
    for (const b of traced) {
      expect(b.kind).toBe('content');
      expect(b.match.file).toMatch(/^00[34]_.*\.txt$/);
      expect(['verbatim', 'near-verbatim', 'paraphrase']).toContain(b.match.relation);
      expect(b.match.score).toBeGreaterThan(0);
      expect(b.match.origin.file).toMatch(/^003_/);
      expect(b.match.origin.outlet).toBe('NBC News');
      expect(typeof b.match.origin.text).toBe('string');
      expect(b.match.probability).toBeGreaterThan(0);
      expect(Array.isArray(b.match.alignment)).toBe(true);
      expect(b.match.evidence.length).toBeGreaterThan(0);
      for (const e of b.match.evidence) expect(typeof e.text).toBe('string');
      for (const a of b.match.alignment) {
        expect(b.text).toContain(a.pageSentence);
        expect(typeof a.corpusSentence).toBe('string');
        expect(a.score).toBeGreaterThan(0);
      }
    }
    const stripped = copy.blocks.filter((b: { kind: string }) => b.kind === 'boilerplate');
    expect(stripped.length).toBeGreaterThan(10);
    for (const b of stripped) expect(typeof b.category).toBe('string');
    const altered = copy.quotes.find((q: { text: string }) => q.text.includes('watershed'));
    expect(altered.fidelity).toBe('altered');
    expect(altered.original.file).toMatch(/^003_/);
    expect(Array.isArray(altered.diff)).toBe(true);

    expect(offTopic.topic.onTopic).toBe(false);
    expect(offTopic.blocks.some((b: { match?: unknown }) => b.match)).toBe(false);
  });

  it('analyses a plain-text article (paragraphs separated by blank lines)', async () => {
    const seed = readFileSync(join(ROOT, 'seeds/002_6b3167d55fa68f9c.txt'), 'utf8');
    const file = join(dir, 'rewrite.txt');
    writeFileSync(file, seed.split('\n').join('\n\n'));
    const { code, out } = await run(['analyze', file, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    const donahue = result.blocks.find((b: { text: string }) => b.text.includes('willing to share'));
    expect(donahue.match.origin.file).toMatch(/^000_/);
    const notice = result.blocks.find((b: { text: string }) => b.text.startsWith('All content created by'));
    expect(notice.kind).toBe('boilerplate');
    expect(notice.category).toBe('syndication-notice');
  });

  it('fetches a URL, and reports an unreachable one without stopping the others', async () => {
    const { code, out, err } = await run(['analyze', `${base}/004.html`, `${base}/missing.html`, '--json']);
    expect(code).not.toBe(0);
    expect(out).toHaveLength(2);
    const [ok, failed] = out.map((l) => JSON.parse(l));
    expect(ok.topic.onTopic).toBe(true);
    expect(failed.error).toMatch(/HTTP 404/);
    expect(err).toContain('missing.html');
  });

  it('gives a clear error for a missing, a binary and an empty file, and still analyses the rest', async () => {
    const binary = join(dir, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const missing = join(dir, 'nope.html');
    const { code, out, err } = await run(['analyze', missing, binary, empty, PAGE_004, '--json']);
    expect(code).toBe(1);
    const results = out.map((l) => JSON.parse(l));
    expect(results.map((r) => Boolean(r.error))).toEqual([true, true, true, false]);
    expect(results[0].error).toMatch(/no such file/);
    expect(results[1].error).toMatch(/binary/);
    expect(results[2].error).toMatch(/empty/);
    expect(results[3].blocks.length).toBeGreaterThan(0);
    expect(err).toContain('nope.html');
  });

  it('writes a readable report without --json', async () => {
    const { code, out } = await run(['analyze', PAGE_004]);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('ON-TOPIC');
    expect(text).toMatch(/this page -> Unknown outlet \(unattributed copy, 004_[0-9a-f]+\.txt\) -> NBC News/);
    expect(text).toContain('ALTERED');
  });

  it('uses a corpus index built with `corpus build` via --corpus', async () => {
    const folder = join(dir, 'my-corpus');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'only-003.txt'), readFileSync(join(ROOT, 'seeds/003_1ca589219219b27f.txt')));
    const index = join(dir, 'index.json');
    const built = await run(['corpus', 'build', folder, '--out', index]);
    expect(built.code).toBe(0);
    const { code, out } = await run(['analyze', PAGE_004, '--corpus', index, '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    const traced = result.blocks.filter((b: { match?: { file: string } }) => b.match);
    expect(traced.length).toBeGreaterThan(20);
    expect(new Set(traced.map((b: { match: { file: string } }) => b.match.file))).toEqual(new Set(['only-003.txt']));
  });

  it('rejects bad usage with exit code 2 and the usage text', async () => {
    expect((await run(['analyze'])).code).toBe(2);
    expect((await run(['frobnicate'])).err).toContain('usage:');
    expect((await run(['analyze', PAGE_004, '--sensitivity', '7'])).code).toBe(2);
  });
});

/** Text of the analysed blocks of one --json result line. */
const blockTexts = (result: { blocks: { text: string }[] }) => result.blocks.map((b) => b.text);

/** UTF-16 with its BOM, as a text editor's "Save as Unicode" writes it. */
function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('source-context analyze reads pages as a browser decodes them', () => {
  it('analyses a valid UTF-8 page with a literal U+FFFD, as UTF-8', async () => {
    const { code, out } = await run(['analyze', DECODE('utf8-literal-fffd.html'), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(result.title).toBe('BREAKING: Lawan moves motion for Senate’s adjournment over Nzeribe, Adedoyin’s deaths');
    const texts = blockTexts(result);
    expect(texts).toContain('The National Assembly resumed from its annual recess on Tuesday .');
    expect(texts.some((t) => t.startsWith('Senator representing Yobe North , Ahmad Lawan'))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/â€|\uFFFD/);
  });

  it('analyses a page that starts with whitespace before <!DOCTYPE html> (and a <script> before <body>)', async () => {
    const { code, out } = await run(['analyze', DECODE('leading-whitespace.html'), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out[0]!);
    expect(result.title).toMatch(/^Detroit’s Mezcal restaurant goes beyond familiar Mexican fare/);
    const texts = blockTexts(result);
    expect(texts.some((t) => t.startsWith('Mezcal is huge right now.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Guanajuato natives José Granados and Sandra Haro'))).toBe(true);
    expect(result.blocks.filter((b: { kind: string }) => b.kind === 'content').length).toBeGreaterThanOrEqual(6);
  });

  it('analyses a page that starts with a PHP warning before <html>, by name and by its bytes alone', async () => {
    const asText = join(dir, 'php-warning.txt');
    writeFileSync(asText, readFileSync(DECODE('php-warning.html')));
    const { code, out } = await run(['analyze', DECODE('php-warning.html'), asText, '--json']);
    expect(code).toBe(0);
    const [byName, bySniff] = out.map((l) => JSON.parse(l));
    for (const result of [byName, bySniff]) {
      expect(result.title).toBe('Malaga, die quirlige Metropole in Andalusien');
      const texts = blockTexts(result);
      expect(texts.some((t) => t.startsWith('Spanien hat als Reiseland eine Menge zu bieten.'))).toBe(true);
      expect(texts.some((t) => t.startsWith('Eine der größten Städte ganz Spaniens ist Malaga in Andalusien.'))).toBe(true);
    }
  });

  it('decodes a Windows-1252 page declared by <meta charset>, and one declared by the HTTP header', async () => {
    const { code, out } = await run(['analyze', DECODE('windows-1252.html'), `${base}/legacy`, '--json']);
    expect(code).toBe(0);
    for (const result of out.map((l) => JSON.parse(l))) {
      expect(result.title).toBe('Bundesliga: Dortmund - Mönchengladbach live sehen!');
      const text = blockTexts(result).join('\n');
      expect(text).toContain('Natürlich ruft BVB-Coach Lucien Favre zum Angriff auf: „Wir wollen unbedingt gegen Gladbach gewinnen und in der Meisterschaft da sein.“');
      expect(text).toContain('Plötzlich war die Borussia Tabellenführer');
      expect(text).not.toMatch(/[\u0080-\u009F\uFFFD]/);
    }
  });

  it('analyses a UTF-16 page with a BOM, saved as .html or as .txt', async () => {
    const page = readFileSync(DECODE('leading-whitespace.html'), 'utf8');
    const [html, txt] = [join(dir, 'utf16.html'), join(dir, 'utf16.txt')];
    writeFileSync(html, utf16le(page));
    writeFileSync(txt, utf16le(page));
    const { code, out } = await run(['analyze', html, txt, '--json']);
    expect(code).toBe(0);
    for (const result of out.map((l) => JSON.parse(l))) {
      expect(blockTexts(result).some((t) => t.startsWith('Mezcal is huge right now.'))).toBe(true);
    }
  });

  it('refuses only NUL-heavy binary and empty input, naming each file, and analyses the rest', async () => {
    const binary = join(dir, 'photo.jpg.html');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
    const blank = join(dir, 'blank.html');
    writeFileSync(blank, ' \r\n\t\n');
    const strayNuls = join(dir, 'stray-nuls.html');
    const page = readFileSync(DECODE('leading-whitespace.html'));
    const at = page.indexOf('Mezcal is huge');
    writeFileSync(strayNuls, Buffer.concat([page.subarray(0, at), Buffer.alloc(10), page.subarray(at)]));
    const { code, out, err } = await run(['analyze', binary, blank, strayNuls, DECODE('utf8-literal-fffd.html'), '--json']);
    expect(code).toBe(1);
    const results = out.map((l) => JSON.parse(l));
    expect(results.map((r) => r.input)).toEqual([binary, blank, strayNuls, DECODE('utf8-literal-fffd.html')]);
    expect(results[0].error).toMatch(/^binary file, not text \(\d+% NUL or control characters, a NUL at character 4\)$/);
    expect(results[1].error).toBe('empty file (only whitespace)');
    expect(results[2].error).toBeUndefined();
    expect(blockTexts(results[2]).some((t) => t.includes('Mezcal is huge right now.'))).toBe(true);
    expect(results[3].error).toBeUndefined();
    expect(err).toContain(`source-context: ${binary}: binary file, not text`);
    expect(err).toContain(`source-context: ${blank}: empty file`);
  });
});
