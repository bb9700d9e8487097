// Runs the whole vitest suite and ends with one plain line "N passed, N failed, N skipped", the
// closing line CI reads in any language (vitest's own summary is not one it knows).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
let line = 'tests: 0 passed, 1 failed';
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed without a failing test (it could not even load) counts as one failure.
  const brokenFiles = (r.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  const failed = r.numFailedTests + brokenFiles;
  line = `tests: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`;
} catch {
  // No report: vitest itself failed to start; count that as a failure.
}
console.log(line);
process.exit(run.status ?? 1);
