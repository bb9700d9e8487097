/**
 * The search box's filter: one fuse.js index over the three sections' items. Every word of the
 * query must match somewhere in an item (AND), each word with fuse's typo tolerance, so adding a
 * word narrows the list as a filter should. (fuse's own multi-word token search ORs fuzzily and
 * let "Feely" keep Donahue's quote, which is why the words are searched one by one here.)
 */
// The basic build: no extended-search syntax, which a filter box does not need (~9 KB less).
import Fuse from 'fuse.js/basic';
import type { Analysis } from '../shared/analysis-types';
import { noiseLabel } from '../noise/categories';
import { kindLabel } from './labels';

/** Which items of each section a query keeps (block indices for origins and stripped, quote positions for quotes). */
export interface SearchHits {
  origins: ReadonlySet<number>;
  quotes: ReadonlySet<number>;
  stripped: ReadonlySet<number>;
}

interface Entry {
  section: keyof SearchHits;
  id: number;
  text: string;
  /** Outlets (origin, chain, quote sources), speaker, or noise label and reason. */
  meta: string[];
}

const FUSE_OPTIONS = {
  keys: [
    { name: 'text', weight: 1 },
    { name: 'meta', weight: 2 },
  ],
  // Page paragraphs are long and the word can sit anywhere in them.
  ignoreLocation: true,
  // 0.3 tolerates one typo in a name ("Feely") without letting short words match everything.
  threshold: 0.3,
  minMatchCharLength: 2,
};

/** A query function over one analysis; returns null for an empty query (show everything). */
export type Search = (query: string) => SearchHits | null;

/** Index the analysis once; the returned function filters per keystroke. */
export function createSearch(analysis: Analysis): Search {
  const entries = searchEntries(analysis);
  const fuse = new Fuse(entries, FUSE_OPTIONS);
  return (query) => {
    const words = query.trim().split(/\s+/).filter((w) => w.length >= 2);
    if (words.length === 0) return null;
    let kept: Set<number> | undefined;
    for (const word of words) {
      const found = new Set(fuse.search(word).map((r) => r.refIndex));
      kept = kept ? new Set([...kept].filter((i) => found.has(i))) : found;
    }
    const hits = { origins: new Set<number>(), quotes: new Set<number>(), stripped: new Set<number>() };
    for (const i of kept ?? []) {
      const e = entries[i];
      if (e) hits[e.section].add(e.id);
    }
    return hits;
  };
}

function searchEntries(analysis: Analysis): Entry[] {
  const entries: Entry[] = [];
  for (const b of analysis.blocks) {
    if (b.kind === 'content' && b.match) {
      const m = b.match;
      const outlets = [m.outlet, m.origin.outlet, ...m.chain.map((s) => s.outlet)];
      entries.push({ section: 'origins', id: b.index, text: b.text, meta: [...outlets, kindLabel(m.origin.kind)] });
    } else if (b.kind === 'boilerplate') {
      const label = noiseLabel(b.category ?? 'other');
      entries.push({ section: 'stripped', id: b.index, text: b.text, meta: [label, b.reason] });
    }
  }
  analysis.quotes.forEach((q, i) => {
    const sources = [q.original?.outlet, q.closestCopy?.outlet, ...q.alsoIn.map((r) => r.outlet)];
    const meta = [q.speaker ?? '', ...sources.filter((s): s is string => s !== undefined)];
    entries.push({ section: 'quotes', id: i, text: q.text, meta });
  });
  return entries;
}
