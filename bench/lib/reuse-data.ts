/**
 * The reuse evaluation data, real text only, as labelled items against a corpus of their sources:
 * - bench/data/reuse-real: Clough & Stevenson's short answers and real news rewrites, copies and
 *   on-topic unrelated articles, each with its dev/held-out split (see its README);
 * - the seeds' own copies (004 of 003, 002 of 000, 001 and 000), labelled by hand in
 *   test/match/seed-pairs.ts, and NBC's independent reporting against NPR's (negatives), all dev.
 * Used by scripts/fit-reuse-model.ts (dev only) and bench/reuse.ts (dev and held-out side by side).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMatchIndex } from '../../src/match';
import type { IndexedParagraph, MatchIndex } from '../../src/match/types';
import { splitTextParagraphs } from '../../src/analysis/text-blocks';
import { detectOutlet } from '../../src/corpus/outlet-rules';
import { outletIndex, type OutletIndex } from '../../src/match/page-credits';
import { loadSeedParagraphs, seedIndexedParagraphs } from '../../test/match/seed-data';
import { NBC_FIRST_HALF, PARAPHRASE_004_003, REWRITE_002_000, SIBLING_001_000 } from '../../test/match/seed-pairs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const REUSE_REAL = join(ROOT, 'bench', 'data', 'reuse-real');

/** One labelled query: a text and the corpus document (and paragraphs) it reuses, if any. */
export interface ReuseItem {
  id: string;
  set: 'reuse-real' | 'seeds';
  group: string;
  split: 'dev' | 'heldout';
  kind: string;
  text: string;
  /** Corpus document it derives from, or null for a negative. */
  sourceDoc: number | null;
  /** When known: the source paragraphs (a span of the match must touch one). */
  sourceParagraphs?: number[];
  /** Documents the query must not be matched against (a seed's own document). */
  excludeDocs?: number[];
}

/** A corpus and the items labelled against it. */
export interface ReuseSet {
  name: string;
  paragraphs: IndexedParagraph[];
  items: ReuseItem[];
  /** Paragraph texts of each document (for the 3-gram baseline). */
  documents: string[][];
  /** The documents by the outlet `corpus build` detects from their text (for a page's credits). */
  outlets: OutletIndex;
}

/** The documents by the outlet each names for itself, by the corpus builder's rules. */
function outletsOf(documents: string[][]): OutletIndex {
  return outletIndex(documents.map((paras) => detectOutlet(paras.map((text, index) => ({ index, text }))).outlet));
}

interface RawItem {
  id: string;
  group: string;
  split: 'dev' | 'heldout';
  kind: string;
  text: string;
  source: string | null;
  origin?: string;
  note?: string;
}

/** bench/data/reuse-real as a corpus of its sources plus its items; null when it is not there. */
export function loadReuseReal(): ReuseSet | null {
  const itemsPath = join(REUSE_REAL, 'items.json');
  const sourcesDir = join(REUSE_REAL, 'sources');
  if (!existsSync(itemsPath) || !existsSync(sourcesDir)) return null;
  const raw = JSON.parse(readFileSync(itemsPath, 'utf8')) as RawItem[];
  const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
  const docOf = new Map<string, number>();
  const documents: string[][] = [];
  const paragraphs: IndexedParagraph[] = [];
  files.forEach((file, doc) => {
    docOf.set(file.replace(/\.txt$/, ''), doc);
    const paras = splitTextParagraphs(readFileSync(join(sourcesDir, file), 'utf8'));
    documents.push(paras);
    paras.forEach((text, paragraph) => paragraphs.push({ doc, paragraph, text }));
  });
  const items: ReuseItem[] = raw
    .filter((r) => r.text && r.text.trim())
    .map((r) => ({
      id: r.id,
      set: 'reuse-real' as const,
      group: r.group,
      split: r.split,
      // Independent articles quoting the same statement share its words: reuse of the quote, not
      // of the article. Counted apart, and left out of fitting (its label is the article's).
      kind: r.kind === 'unrelated-on-topic' && r.note?.includes('shared-quote') ? 'shared-quote' : r.kind,
      text: r.text,
      sourceDoc: r.source == null ? null : (docOf.get(r.source) ?? null),
    }))
    .filter((item, i) => raw[i]!.source == null || item.sourceDoc !== null);
  return { name: 'reuse-real', paragraphs, items, documents, outlets: outletsOf(documents) };
}

/** The seeds' own labelled copies and NBC's independent reporting, against the seed corpus. */
export function loadSeedSet(): ReuseSet {
  const seeds = loadSeedParagraphs();
  const items: ReuseItem[] = [];
  const labelled = [
    ['004-of-003', PARAPHRASE_004_003],
    ['002-of-000', REWRITE_002_000],
    ['001-and-000', SIBLING_001_000],
  ] as const;
  for (const [group, labels] of labelled) {
    for (const l of labels) {
      items.push({
        id: `seed-${l.copy.doc}-${l.copy.paragraph}`,
        set: 'seeds',
        group,
        split: 'dev',
        kind: l.kind === 'paraphrase' ? 'heavy' : 'light',
        text: seeds[l.copy.doc]![l.copy.paragraph]!,
        sourceDoc: l.source.doc,
        sourceParagraphs: l.source.paragraphs,
        // Only the source and the copy's own document are told apart here: other copies of
        // the same source carry the same sentences and are not wrong.
        excludeDocs: [l.copy.doc, ...(l.copy.doc === 4 ? [] : l.copy.doc === 2 ? [1] : [2])],
      });
    }
  }
  for (let p = NBC_FIRST_HALF.from; p <= NBC_FIRST_HALF.to; p++) {
    items.push({
      id: `seed-3-${p}`,
      set: 'seeds',
      group: 'nbc-vs-npr',
      split: 'dev',
      kind: 'unrelated-on-topic',
      text: seeds[NBC_FIRST_HALF.doc]![p]!,
      sourceDoc: null,
      excludeDocs: [3, 4],
    });
  }
  return { name: 'seeds', paragraphs: seedIndexedParagraphs(seeds), items, documents: seeds, outlets: outletsOf(seeds) };
}

export function indexFor(set: ReuseSet): MatchIndex {
  return buildMatchIndex(set.paragraphs);
}

/** True when a match of `doc` over `paragraphs` is the item's source. */
export function isRightSource(item: ReuseItem, doc: number, paragraphs: number[]): boolean {
  if (item.sourceDoc === null || doc !== item.sourceDoc) return false;
  return !item.sourceParagraphs || paragraphs.some((p) => item.sourceParagraphs!.includes(p));
}
