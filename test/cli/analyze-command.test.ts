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
