/**
 * loadSynonymsFile: the bundled asset by default (from src via tsx and from the bundled CLI in
 * dist/cli), and null with one clear warning, never a crash, when the file is missing or corrupt.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { BUNDLED_SYNONYMS, loadSynonymsFile } from '../../src/synonyms/load-file';

const ROOT = join(__dirname, '..', '..');

function withTempDir<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'synonyms-'));
  return body(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

describe('loadSynonymsFile', () => {
  it('loads the bundled extension/synonyms.bin by default', async () => {
    expect(BUNDLED_SYNONYMS).toBe(join(ROOT, 'extension', 'synonyms.bin'));
    const warnings: string[] = [];
    const graph = await loadSynonymsFile(undefined, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(graph?.nodeCount).toBeGreaterThan(0);
  });

  it('gives null and a warning naming the file when it is missing', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'nope.bin');
      const warnings: string[] = [];
      expect(await loadSynonymsFile(path, (m) => warnings.push(m))).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(path);
      expect(warnings[0]).toMatch(/does not exist.*without synonyms/);
    });
  });

  it('gives null and a warning with the reason when it is corrupt or truncated', async () => {
    await withTempDir(async (dir) => {
      const garbage = join(dir, 'garbage.bin');
      writeFileSync(garbage, 'this is not a synonym graph');
      const truncated = join(dir, 'truncated.bin');
      writeFileSync(truncated, readFileSync(BUNDLED_SYNONYMS).subarray(0, 5000));
      for (const [path, reason] of [
        [garbage, /bad magic/],
        [truncated, /truncated|corrupt/],
      ] as const) {
        const warnings: string[] = [];
        expect(await loadSynonymsFile(path, (m) => warnings.push(m))).toBeNull();
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain(path);
        expect(warnings[0]).toMatch(reason);
      }
      // A folder where a file is expected: unreadable, still no crash.
      const warnings: string[] = [];
      expect(await loadSynonymsFile(dir, (m) => warnings.push(m))).toBeNull();
      expect(warnings[0]).toMatch(/cannot be read/);
    });
  });

  it('finds the asset from the bundled CLI too (dist/cli is two levels below the project root)', async () => {
    await withTempDir(async (dir) => {
      // The same layout as the real build: <root>/dist/cli/<bundle>.mjs and <root>/extension/.
      mkdirSync(join(dir, 'extension'));
      writeFileSync(join(dir, 'extension', 'synonyms.bin'), readFileSync(BUNDLED_SYNONYMS));
      const outfile = join(dir, 'dist', 'cli', 'probe.mjs');
      await esbuild.build({
        stdin: {
          contents: `export { BUNDLED_SYNONYMS, loadSynonymsFile } from ${JSON.stringify(join(ROOT, 'src', 'synonyms', 'load-file.ts'))};`,
          resolveDir: ROOT,
          loader: 'ts',
        },
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'silent',
      });
      const probe = (await import(pathToFileURL(outfile).href)) as typeof import('../../src/synonyms/load-file');
      expect(probe.BUNDLED_SYNONYMS).toBe(join(dir, 'extension', 'synonyms.bin'));
      expect((await probe.loadSynonymsFile(undefined, () => {}))?.nodeCount).toBeGreaterThan(0);
    });
  });
});
