import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCorpusCommand } from '../../src/cli/corpus-command';
import { SEEDS_DIR } from './seeds';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
}

describe('corpus command', () => {
  it('builds an index file, then summarises it with evidence', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sc-cli-')), 'out', 'index.json');
    const build = capture();
    expect(await runCorpusCommand(['build', SEEDS_DIR, '--out', file], build.io)).toBe(0);
    expect(build.out.join('\n')).toMatch(/wrote .*index\.json: 5 documents/);
    expect(JSON.parse(readFileSync(file, 'utf8')).documents).toHaveLength(5);

    const show = capture();
    expect(await runCorpusCommand(['--corpus', file], show.io)).toBe(0);
    const text = show.out.join('\n');
    expect(text).toContain('outlet:   Daily Caller News Foundation  <- ');
    expect(text).toContain('kind:     unattributed-copy');
    expect(text).toMatch(/\[2\] -> \[0\] attributed-rewrite/);
    expect(text).toContain('attribution: "NPR reported"');
    expect(text).toMatch(/\d+\s+photo-caption \(Photo caption\)/);
    expect(text).toMatch(/#\d+ Matthew Donahue: "We/);

    const json = capture();
    expect(await runCorpusCommand(['--corpus', file, '--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out.join(''));
    expect(parsed.documents[4].outlet).toBe('Unknown outlet');
    expect(parsed.match).toBeUndefined();
  });

  it('reports usage mistakes with exit 2 and failures with exit 1', async () => {
    const noOut = capture();
    expect(await runCorpusCommand(['build', SEEDS_DIR], noOut.io)).toBe(2);
    expect(noOut.err.join('\n')).toMatch(/needs --out/);
    const unknown = capture();
    expect(await runCorpusCommand(['frobnicate'], unknown.io)).toBe(2);
    const missing = capture();
    expect(await runCorpusCommand(['build', join(SEEDS_DIR, 'nope'), '--out', '/tmp/x.json'], missing.io)).toBe(1);
    expect(missing.err.join('\n')).toMatch(/corpus folder not found/);
    const notIndex = capture();
    expect(await runCorpusCommand(['--corpus', join(SEEDS_DIR, '..', 'package.json')], notIndex.io)).toBe(1);
    expect(notIndex.err.join('\n')).toMatch(/version/);
  });

  it('summarises the bundled corpus by default', async () => {
    const json = capture();
    expect(await runCorpusCommand(['--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out.join(''));
    expect(parsed.documents.map((d: { outlet: string }) => d.outlet)).toEqual(['NPR', 'NPR', 'Daily Caller News Foundation', 'NBC News', 'Unknown outlet']);
  });
});
