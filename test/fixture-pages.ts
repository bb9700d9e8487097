/**
 * Reading the fixture pages: test/fixtures/pages/<name>/{source.html, expected.json}, written by
 * `npm run fixtures` (scripts/fixtures/). The shape of expected.json is scripts/fixtures/types.ts;
 * every test and benchmark that reads the pages goes through here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ExpectedBlock, ExpectedPage } from '../scripts/fixtures/types';

export type { ExpectedBlock, ExpectedPage };

export const PAGES_DIR = join(import.meta.dirname, 'fixtures', 'pages');

/** True when the page has both its HTML and its expectations. */
export function hasFixture(name: string): boolean {
  return existsSync(join(PAGES_DIR, name, 'source.html')) && existsSync(join(PAGES_DIR, name, 'expected.json'));
}

/** The fixture pages, sorted by name (none when the folder is missing). */
export function fixtureNames(): string[] {
  return existsSync(PAGES_DIR) ? readdirSync(PAGES_DIR).filter(hasFixture).sort() : [];
}

export function expectedOf(name: string): ExpectedPage {
  return JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected.json'), 'utf8')) as ExpectedPage;
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8');
}

export function loadFixture(name: string): { html: string; expected: ExpectedPage } {
  return { html: fixtureHtml(name), expected: expectedOf(name) };
}
