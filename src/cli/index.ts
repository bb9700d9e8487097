/**
 * The `source-context` command line: a dispatcher over one module per command. Every command
 * runs the same library code as the extension (src/analyze.ts, src/corpus/).
 */
import { processIO, type CliIO } from './io';
import { UsageError } from './args';
import { runAnalyzeCommand, ANALYZE_USAGE } from './analyze-command';
import { runCorpusCommand } from './corpus-command';

const USAGE = `Source Context: trace where a news article's paragraphs and quotes came from.

usage:
  source-context corpus [--corpus <index-file>] [--json]    summary of a corpus (the bundled one by default)
  source-context corpus build <folder> --out <index-file>   build a corpus index from a folder of articles (.txt, .html)
  ${ANALYZE_USAGE.replace('usage: ', '')}
  source-context help`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'analyze':
        return await runAnalyzeCommand(rest, io);
      case 'corpus':
        return await runCorpusCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`source-context: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`source-context: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

// Run when executed directly (bin/source-context.mjs or the bundled dist/cli/source-context.mjs).
const entry = process.argv[1] ?? '';
if (/source-context(\.mjs)?$|src[\\/]cli[\\/]index\.ts$/.test(entry)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
