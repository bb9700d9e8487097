/** A small argument parser: positional arguments, `--flag` booleans and `--option value`s. */
export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export function parseArgs(args: string[], valued: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      parsed.positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (valued.includes(name)) {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        parsed.options.set(name, value);
      } else {
        parsed.flags.add(name);
      }
    } else {
      parsed.positional.push(arg);
    }
  }
  return parsed;
}

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}
