/**
 * Builds both extension packages (dist/chrome, dist/firefox and a zip of each) and the corpus index.
 *
 *   node build.mjs            # everything
 *
 * One source manifest (manifest.json) plus a small overlay per browser
 * (extension/manifest.<browser>.json), merged here as darkreader does. `__CHROME__` and
 * `__FIREFOX__` are esbuild `define`s, so a branch for the other browser is dropped from a bundle
 * (the Firefox bundle must not mention `sidePanel`, or Mozilla's linter flags it).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { zip } from './scripts/lib/zip.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));
const DIST = join(ROOT, 'dist');
export const BROWSERS = /** @type {const} */ (['chrome', 'firefox']);

/** Bundles of each package: output name (`<name>.js`), entry point, and who writes it. */
const ENTRIES = [
  { name: 'content', entry: 'src/content/index.ts', owner: 'platform' },
  { name: 'background', entry: 'src/background/index.ts', owner: 'platform' },
  { name: 'sidebar', entry: 'src/sidebar/index.tsx', owner: 'sidebar engineer' },
  { name: 'options', entry: 'src/options/index.ts', owner: 'platform' },
];

/** Files of extension/ that are build inputs, not package files. */
const NOT_COPIED = [/^manifest\.[a-z]+\.json$/, /^styles[\\/]in-page\.css$/];

/** Browsers each bundle must run in (the manifests' minimum versions). */
const TARGETS = { chrome: ['chrome116'], firefox: ['firefox142'] };

class BuildError extends Error {}

/** Build everything into dist/. */
export async function build() {
  const started = Date.now();
  checkEntries();
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });

  const corpus = await buildCorpus();
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  for (const browser of BROWSERS) {
    const out = join(DIST, browser);
    copyStatic(out);
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, pkg.version), null, 2) + '\n');
    await bundle(browser, out);
    mkdirSync(join(out, 'corpus'), { recursive: true });
    cpSync(corpus, join(out, 'corpus', 'index.json'));
    checkPackage(browser, out);
    const archive = join(DIST, `source-context-${browser}.zip`);
    writeFileSync(archive, zip(listFiles(out).map((file) => ({ name: file, data: readFileSync(join(out, file)) }))));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`built dist/chrome, dist/firefox and their zips in ${seconds} s`);
}

/** Fail early, naming the missing file and who writes it, instead of an esbuild stack. */
function checkEntries() {
  const missing = [...ENTRIES, { entry: 'src/cli/index.ts', owner: 'lead' }].filter(
    (e) => !existsSync(join(ROOT, e.entry)),
  );
  if (missing.length > 0) {
    throw new BuildError(
      'missing entry points:\n' + missing.map((e) => `  ${e.entry} (written by the ${e.owner})`).join('\n'),
    );
  }
}

/** Bundle the CLI for Node and run `corpus build seeds` with it: the one precompiled index. */
async function buildCorpus() {
  const cli = join(DIST, 'cli', 'source-context.mjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src/cli/index.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies stay in node_modules: the CLI runs from the repo, where they are installed.
    packages: 'external',
    logLevel: 'warning',
  });
  const out = join(DIST, 'corpus', 'index.json');
  try {
    execFileSync(process.execPath, [cli, 'corpus', 'build', join(ROOT, 'seeds'), '--out', out], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch (error) {
    throw new BuildError(`corpus build failed (node dist/cli/source-context.mjs corpus build seeds): exit ${error.status}`);
  }
  if (!existsSync(out)) throw new BuildError(`corpus build wrote no ${relative(ROOT, out)}`);
  JSON.parse(readFileSync(out, 'utf8')); // a broken index must fail here, not in the browser
  return out;
}

/** The base manifest with the browser's overlay merged in, and the version from package.json. */
export function manifestFor(browser, version) {
  const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const overlay = JSON.parse(readFileSync(join(ROOT, 'extension', `manifest.${browser}.json`), 'utf8'));
  return { ...merge(base, overlay), version };
}

/** Deep merge: objects merge key by key, arrays concatenate (permissions), anything else is replaced. */
function merge(base, overlay) {
  if (Array.isArray(base) && Array.isArray(overlay)) return [...base, ...overlay];
  if (isObject(base) && isObject(overlay)) {
    const out = { ...base };
    for (const [key, value] of Object.entries(overlay)) out[key] = key in base ? merge(base[key], value) : value;
    return out;
  }
  return overlay;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function copyStatic(out) {
  const src = join(ROOT, 'extension');
  for (const file of listFiles(src)) {
    if (NOT_COPIED.some((re) => re.test(file))) continue;
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(join(src, file), join(out, file));
  }
}

async function bundle(browser, out) {
  const result = await esbuild.build({
    entryPoints: Object.fromEntries(ENTRIES.map((e) => [e.name, join(ROOT, e.entry)])),
    outdir: out,
    bundle: true,
    format: 'iife',
    target: TARGETS[browser],
    platform: 'browser',
    // Readable output (store reviewers read the code they approve), but with dead branches of the
    // other browser dropped: `minifySyntax` removes `if (false) ...` and keeps names and layout.
    minifySyntax: true,
    charset: 'utf8',
    legalComments: 'none',
    define: {
      __CHROME__: String(browser === 'chrome'),
      __FIREFOX__: String(browser === 'firefox'),
      'process.env.NODE_ENV': '"production"',
    },
    // In-page styles go into our shadow root as text (a <link> would need a web-accessible file).
    loader: { '.css': 'text' },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
    metafile: true,
  });
  if (result.errors.length > 0) throw new BuildError(`${browser} bundle failed`);
}

/** Sanity checks that would otherwise surface only when a browser refuses the package. */
function checkPackage(browser, out) {
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const needed = ['content.js', 'background.js', 'sidebar.js', 'options.js', 'options.html', 'sidebar.html'];
  for (const icon of Object.values(manifest.icons)) needed.push(icon);
  const missing = needed.filter((file) => !existsSync(join(out, file)));
  if (missing.length > 0) throw new BuildError(`dist/${browser} lacks ${missing.join(', ')}`);
  if (browser === 'firefox') {
    const offending = listFiles(out).filter(
      (file) => file.endsWith('.js') && readFileSync(join(out, file), 'utf8').includes('sidePanel'),
    );
    if (offending.length > 0) throw new BuildError(`Chrome-only sidePanel reached dist/firefox: ${offending.join(', ')}`);
  }
  const remote = listFiles(out).filter(
    (file) => /\.(html|json|css)$/.test(file) && /(?:src|href)\s*=\s*["']https?:/i.test(readFileSync(join(out, file), 'utf8')),
  );
  if (remote.length > 0) throw new BuildError(`remote URLs in dist/${browser}: ${remote.join(', ')}`);
}

/** Every file under `dir`, as `/`-separated relative paths, sorted (zips are reproducible). */
function listFiles(dir, prefix = '') {
  const files = [];
  for (const name of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) files.push(...listFiles(dir, rel));
    else files.push(rel.split(sep).join('/'));
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  build().catch((error) => {
    // esbuild has already printed its own diagnostics; say which step failed and stop.
    console.error(`build failed: ${error instanceof BuildError ? error.message : error?.message ?? error}`);
    process.exit(1);
  });
}
