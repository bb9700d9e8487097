/**
 * The child side of fresh-process.ts: `node --import tsx section-runner.ts <module> <export>
 * <options JSON> <result file>` runs one bench section and writes its result as JSON to the file.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [modulePath, exportName, optionsJson, resultFile] = process.argv.slice(2);
if (!modulePath || !exportName || !resultFile) {
  console.error('usage: section-runner.ts <module> <export> <options JSON> <result file>');
  process.exit(2);
}
// Tables go to stderr: stdout is the parent's JSON channel.
console.log = console.error;
console.info = console.error;
const module = (await import(pathToFileURL(modulePath).href)) as Record<string, (options: unknown) => unknown>;
const run = module[exportName];
if (typeof run !== 'function') {
  console.error(`${modulePath} has no export ${exportName}`);
  process.exit(2);
}
const result = await run(JSON.parse(optionsJson ?? '{}'));
writeFileSync(resultFile, JSON.stringify(result));
