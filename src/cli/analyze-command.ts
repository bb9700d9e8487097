/**
 * `source-context analyze <file-or-url> [more ...] [--corpus <index-file>] [--json]`: the same
 * `analyze` the extension runs, on saved pages, plain-text articles or URLs. One JSON object per
 * input per line with --json; a readable report otherwise. A bad input gets a clear error, the
 * others are still analysed, and the exit code says whether all went well.
 */
import type { CliIO } from './io';
import { parseArgs, UsageError } from './args';
import { readInput } from './read-input';
import { resolveCorpus } from './corpus-file';
import { analyzeDocumentSync, analyzeText } from '../analyze';
import { formatAnalysis } from './format-analysis';
import { parseHtmlDocument } from '../corpus/html-text';
import type { Analysis } from '../shared/analysis-types';

export const ANALYZE_USAGE = `usage: source-context analyze <file-or-url> [more ...] [--corpus <index-file>] [--json] [--sensitivity 0..1]`;

export async function runAnalyzeCommand(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args, ['corpus', 'sensitivity']);
  if (parsed.positional.length === 0) throw new UsageError('analyze needs at least one file or URL');
  const json = parsed.flags.has('json');
  const sensitivityText = parsed.options.get('sensitivity');
  const sensitivity = sensitivityText === undefined ? undefined : Number(sensitivityText);
  if (sensitivity !== undefined && !(sensitivity >= 0 && sensitivity <= 1)) {
    throw new UsageError('--sensitivity takes a number from 0 to 1');
  }
  const { corpus } = await resolveCorpus(parsed.options.get('corpus'));

  let failures = 0;
  for (const input of parsed.positional) {
    const read = await readInput(input);
    let analysis: Analysis | undefined;
    let error: string | undefined;
    if (!read.ok) {
      error = read.reason;
    } else {
      try {
        analysis =
          read.kind === 'html'
            ? analyzeDocumentSync(parseHtmlDocument(read.text), corpus, { input, sensitivity })
            : analyzeText(read.text, corpus, { input, sensitivity });
        if (analysis.blocks.length === 0) error = 'no text found in it';
      } catch (e) {
        error = `could not analyse it: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    if (error) {
      failures++;
      io.stderr(`source-context: ${input}: ${error}`);
      if (json) io.stdout(JSON.stringify({ input, error }));
      continue;
    }
    io.stdout(json ? JSON.stringify(analysis) : formatAnalysis(analysis!));
  }
  return failures ? 1 : 0;
}
