/**
 * `source-context corpus build <folder> --out <index-file>`: build and write a corpus index.
 * `source-context corpus [--corpus <index-file>] [--json]`: what a corpus holds, with the evidence
 * behind every conclusion (the bundled corpus by default).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CorpusIndex } from '../corpus/types';
import { buildCorpus } from '../corpus/build-corpus';
import { formatCorpusSummary } from '../corpus/summary';
import { parseArgs, UsageError } from './args';
import { resolveCorpus } from './corpus-file';

export const CORPUS_USAGE = `usage:
  source-context corpus build <folder> --out <index-file>
  source-context corpus [--corpus <index-file>] [--json]`;

/** Runs a `corpus ...` command; returns the exit code (2 for a usage mistake, 1 for a failure). */
export async function runCorpusCommand(
  args: string[],
  io: { stdout(s: string): void; stderr(s: string): void },
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs(args, ['out', 'corpus', 'name']);
    if (parsed.flags.has('help')) {
      io.stdout(CORPUS_USAGE);
      return 0;
    }
    const unknown = [...parsed.flags].filter((f) => f !== 'json');
    if (unknown.length) throw new UsageError(`unknown option --${unknown[0]}`);
  } catch (e) {
    return usage(io, e);
  }
  try {
    if (parsed.positional[0] === 'build') {
      const folder = parsed.positional[1];
      const out = parsed.options.get('out');
      if (!folder || parsed.positional.length > 2) return usage(io, new UsageError('corpus build needs exactly one <folder>'));
      if (!out) return usage(io, new UsageError('corpus build needs --out <index-file>'));
      const index = await buildCorpus(folder, parsed.options.has('name') ? { name: parsed.options.get('name')! } : {});
      await mkdir(dirname(out), { recursive: true });
      await writeFile(out, JSON.stringify(index));
      io.stdout(buildReport(index, out));
      for (const s of index.skipped) io.stderr(`skipped ${s.file}: ${s.reason}`);
      return 0;
    }
    if (parsed.positional.length) return usage(io, new UsageError(`unknown corpus command "${parsed.positional[0]}"`));
    const { corpus, source } = await resolveCorpus(parsed.options.get('corpus'));
    if (parsed.flags.has('json')) io.stdout(JSON.stringify(withoutMatchIndex(corpus.index), null, 2));
    else io.stdout(formatCorpusSummary(corpus.index, source));
    return 0;
  } catch (e) {
    io.stderr(`source-context corpus: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

function usage(io: { stderr(s: string): void }, e: unknown): number {
  io.stderr(`source-context corpus: ${e instanceof Error ? e.message : String(e)}\n\n${CORPUS_USAGE}`);
  return 2;
}

function buildReport(index: CorpusIndex, out: string): string {
  const paragraphs = index.documents.reduce((n, d) => n + d.paragraphs.length, 0);
  return `wrote ${out}: ${index.documents.length} documents, ${paragraphs} paragraphs, ${index.relations.length} relations, ` +
    `${index.quoteClusters.length} quote clusters${index.skipped.length ? `, ${index.skipped.length} files skipped` : ''}`;
}

/** The JSON summary leaves out the fingerprint index (base64 noise to a reader; it is in the file). */
function withoutMatchIndex(index: CorpusIndex): Omit<CorpusIndex, 'match'> {
  const { match: _match, ...rest } = index;
  return rest;
}
