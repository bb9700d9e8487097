/** Mozilla's linter (addons-linter 10.13.0, pinned: newer ones do not install here) on dist/firefox. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error addons-linter ships no types
import linter from 'addons-linter';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('addons-linter', () => {
  it('dist/firefox has 0 errors', async () => {
    const instance = linter.createInstance({
      config: {
        _: [join(process.cwd(), 'dist', 'firefox')],
        logLevel: 'fatal',
        stack: false,
        pretty: false,
        warningsAsErrors: false,
        metadata: false,
        output: 'none',
        boring: false,
        selfHosted: false,
      },
      runAsBinary: false,
    });
    const result = (await instance.run()) as { errors: LintMessage[]; warnings: LintMessage[] };
    const show = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
    if (result.warnings.length > 0) console.info('addons-linter warnings:\n' + result.warnings.map(show).join('\n'));
    expect(result.errors.map(show)).toEqual([]);
  });
});
