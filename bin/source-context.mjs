#!/usr/bin/env node
/**
 * `source-context` (npx source-context ...): runs the TypeScript CLI (src/cli/index.ts) through
 * tsx's ESM loader, so it works from a fresh clone after `npm ci`, without a build. The CLI
 * module runs itself when the process was started as `source-context` (see its last lines).
 */
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
