/**
 * What the sections show, derived from an `Analysis` and the matches the user flagged as wrong.
 * Counts are computed from the blocks themselves so the header and the tab labels always agree
 * with the lists below them.
 */
import type { Analysis, Block, BlockMatch } from '../shared/analysis-types';
import type { Correction } from '../shared/settings';
import { NOISE_CATEGORIES, noiseLabel, type NoiseCategory } from '../noise/categories';
import { kindLabel, outletName } from './labels';

/** A content block with a match the user has not rejected. */
export type TracedBlock = Block & { match: BlockMatch };

/** Content blocks with a match, in page order, minus those whose match was flagged wrong. */
export function tracedBlocks(analysis: Analysis, flagged: ReadonlySet<number>): TracedBlock[] {
  return analysis.blocks.filter(
    (b): b is TracedBlock => b.kind === 'content' && b.match !== undefined && !flagged.has(b.index),
  );
}

/** Content blocks with no (accepted) match: original to this page as far as the corpus knows. */
export function untracedBlocks(analysis: Analysis, flagged: ReadonlySet<number>): Block[] {
  return analysis.blocks.filter((b) => b.kind === 'content' && (b.match === undefined || flagged.has(b.index)));
}

/** Stripped blocks of one noise category. */
export interface StrippedGroup {
  category: NoiseCategory;
  label: string;
  blocks: Block[];
}

/** Boilerplate blocks grouped by category, in the order of the category table (stable across pages). */
export function strippedGroups(blocks: readonly Block[]): StrippedGroup[] {
  const byCategory = new Map<NoiseCategory, Block[]>();
  for (const b of blocks) {
    if (b.kind !== 'boilerplate') continue;
    const category = b.category ?? 'other';
    const list = byCategory.get(category) ?? [];
    list.push(b);
    byCategory.set(category, list);
  }
  const order = Object.keys(NOISE_CATEGORIES) as NoiseCategory[];
  return order
    .filter((c) => byCategory.has(c))
    .map((category) => ({ category, label: noiseLabel(category), blocks: byCategory.get(category) ?? [] }));
}

/** Block indices whose match the stored corrections reject (same page text, same corpus passage). */
export function flaggedFromCorrections(analysis: Analysis, corrections: readonly Correction[]): Set<number> {
  const keys = new Set(corrections.map((c) => correctionKey(c.blockText, c.file, c.paragraphs)));
  const flagged = new Set<number>();
  for (const b of analysis.blocks) {
    if (b.match && keys.has(correctionKey(b.text, b.match.file, b.match.paragraphs))) flagged.add(b.index);
  }
  return flagged;
}

// The URL is left out on purpose: the same text against the same passage is the same wrong match
// wherever the text appears (syndicated copies of one story are the usual case).
function correctionKey(text: string, file: string, paragraphs: readonly number[]): string {
  return `${file}\u0000${paragraphs.join(',')}\u0000${text.trim()}`;
}

/** The pieces of the header's summary line, e.g. ["18 of 21 paragraphs traced", "origin: NPR (web story)", ...]. */
export function summaryParts(analysis: Analysis, flagged: ReadonlySet<number>): string[] {
  const traced = tracedBlocks(analysis, flagged);
  const content = analysis.blocks.filter((b) => b.kind === 'content').length;
  const stripped = analysis.blocks.length - content;
  const parts = [`${traced.length} of ${plural(content, 'paragraph')} traced`];
  const origin = mainOrigin(analysis, traced);
  if (origin) parts.push(`origin: ${origin}`);
  parts.push(plural(analysis.quotes.length, 'quote'));
  parts.push(`${plural(stripped, 'noise block')} stripped`);
  return parts;
}

/** "NPR (web story)": the outlet most traced blocks lead to, with the kind of its document. */
function mainOrigin(analysis: Analysis, traced: readonly TracedBlock[]): string | undefined {
  const outlet = analysis.summary.mainOrigin;
  const chosen = outlet
    ? traced.find((b) => b.match.origin.outlet === outlet)
    : // The summary may predate a flagged match; fall back to the first traced block's origin.
      traced[0];
  if (!chosen) return outlet ? outletName(outlet) : undefined;
  return `${outletName(chosen.match.origin.outlet)} (${kindLabel(chosen.match.origin.kind)})`;
}

/** "1 quote", "3 quotes" ("2 matches" with `many` given). */
export function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}
