/**
 * The seeds as findQuotes' callers hand them over: one paragraph per non-empty line; for the 001
 * transcript, `NAME:` speaker labels split off the way the corpus builder does, with the
 * `, BYLINE` speaker returned as the narrator.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { QuoteParagraph } from '../../src/quotes';

const SEEDS = join(import.meta.dirname, '../../seeds');

/** A speaker label: upper-case words and a colon at the start of a line (`MATTHEW DONAHUE:`). */
const LABEL = /^([A-Z][A-Z .'\-]+?)(, BYLINE)?:\s+(.*)$/;

/** Paragraphs and narrators of seed `prefix` (`000` … `004`). */
export function seedParagraphs(prefix: string): { paragraphs: QuoteParagraph[]; narrators: string[] } {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  const lines = readFileSync(join(SEEDS, file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const narrators: string[] = [];
  const paragraphs = lines.map((line): QuoteParagraph => {
    const m = LABEL.exec(line);
    if (!m) return { text: line };
    if (m[2]) narrators.push(m[1]!);
    return { text: m[3]!, speaker: m[1]! };
  });
  return { paragraphs, narrators };
}
