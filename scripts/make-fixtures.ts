/**
 * `npm run fixtures`: regenerates test/fixtures/ from the seeds (pages with expectations, demo
 * index). Deterministic: no clock, no randomness; run twice, get the same bytes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAll } from './fixtures/render-all';

const FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

const files = renderAll();

// Drop page folders the generator no longer makes, so a renamed page leaves no stale copy.
const pagesDir = join(FIXTURES_DIR, 'pages');
const wanted = new Set([...files.keys()].filter((path) => path.startsWith('pages/')).map((path) => path.split('/')[1]));
for (const entry of readdirSync(pagesDir, { withFileTypes: true })) {
  if (entry.isDirectory() && !wanted.has(entry.name)) rmSync(join(pagesDir, entry.name), { recursive: true });
}

for (const [path, content] of files) {
  const target = join(FIXTURES_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
console.log(`wrote ${files.size} files to ${FIXTURES_DIR}`);
