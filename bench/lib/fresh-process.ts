/**
 * Runs one bench section in a process of its own, on the code as the extension ships it, and
 * returns its JSON result.
 *
 * - A process of its own: the timing sections (matcher and analysis at 10,000 documents) measure
 *   what a content script pays in its own heap. In the one process of `npm run bench` they ran
 *   after the extraction section had parsed 864 pages, and that garbage (a heap of about a
 *   gigabyte) made their collections, and so their p90, slower than the extension ever sees.
 * - As shipped: the section is bundled by esbuild as build.mjs bundles the extension (one file,
 *   `minifySyntax`), not run through tsx, whose transform wraps every function to keep its name
 *   and so adds a call to each one the extension never makes.
 * - With `--expose-gc`: a section may start a timing on a collected heap (extraction does).
 * Each section's tables still go to our stderr.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Inside the repository, so the bundle resolves the packages it leaves external from node_modules. */
const BUNDLES = join(BENCH, '..', '.cache', 'bench-sections');

/** Calls `exportName(options)` of the bench module `modulePath` (relative to bench/) in a fresh Node process. */
export async function inFreshProcess<T>(modulePath: string, exportName: string, options: unknown): Promise<T> {
  const module = join(BENCH, modulePath);
  mkdirSync(BUNDLES, { recursive: true });
  const bundle = join(BUNDLES, `${modulePath.replace(/\W+/g, '-')}-${exportName}.mjs`);
  await esbuild.build({
    stdin: {
      // The runner: the section's tables to stderr, its result as JSON to the file it is given.
      contents: `
        import { writeFileSync } from 'node:fs';
        import { ${exportName} as run } from ${JSON.stringify(module)};
        console.log = console.error;
        console.info = console.error;
        const [optionsJson, resultFile] = process.argv.slice(2);
        writeFileSync(resultFile, JSON.stringify(await run(JSON.parse(optionsJson))));
      `,
      resolveDir: BENCH,
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minifySyntax: true,
    packages: 'external',
    logLevel: 'warning',
    plugins: [moduleUrls],
  });
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-'));
  const out = join(dir, 'result.json');
  try {
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, ['--expose-gc', bundle, JSON.stringify(options), out], {
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

/**
 * Modules find their data beside themselves (`new URL('../..', import.meta.url)`,
 * `import.meta.dirname`): in one bundle every module would see the bundle's, so each keeps its own.
 */
const moduleUrls: esbuild.Plugin = {
  name: 'module-urls',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8'))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path)),
      loader: 'ts',
    }));
  },
};
