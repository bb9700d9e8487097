/**
 * Runs one bench section in a process of its own and returns its JSON result. The timing sections
 * (matcher and analysis at 10,000 documents) measure what a content script pays in its own heap;
 * in the one process of `npm run bench` they ran after the extraction section had parsed 864 pages,
 * and its garbage (a heap of about a gigabyte) made their collections, and so their p90, slower
 * than the extension ever sees. Each section's tables still go to our stderr.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNNER = join(dirname(fileURLToPath(import.meta.url)), 'section-runner.ts');

/** Calls `exportName(options)` of the bench module `modulePath` (relative to bench/) in a fresh Node process. */
export async function inFreshProcess<T>(modulePath: string, exportName: string, options: unknown): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  const out = join(dir, 'result.json');
  try {
    const module = resolve(dirname(fileURLToPath(import.meta.url)), '..', modulePath);
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, module, exportName, JSON.stringify(options), out], {
        // The child's tables and errors go where ours go (stderr under --json).
        stdio: ['ignore', process.stderr, process.stderr],
      });
      child.on('error', fail);
      child.on('exit', done);
    });
    if (code !== 0) throw new Error(`${modulePath} ${exportName} exited with code ${code}`);
    return JSON.parse(readFileSync(out, 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
