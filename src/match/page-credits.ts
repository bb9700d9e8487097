/**
 * The corpus documents a page credits as its source. A rewrite names where it got the story ("NPR
 * reported", "according to Reuters", "Donahue told NPR"), so a page that credits a corpus
 * document's outlet follows that document (page-prior.ts) the way a page traced to it does.
 * "told X" is also how X's own article quotes its sources, so it counts as a credit only on a page
 * that names no outlet of its own by a stronger self-reference (a masthead, "X's request for
 * comment", "consulted by X").
 */
import { ATTRIBUTION_RULES, SELF_REFERENCE_RULES, UNKNOWN_OUTLET, findMentions } from '../corpus/outlet-rules';
import { OUTLETS } from '../corpus/outlets';

const CREDIT_RULES = ATTRIBUTION_RULES.filter((r) => r.id !== 'told-source');
const TOLD_RULES = ATTRIBUTION_RULES.filter((r) => r.id === 'told-source');
/** Self-references stronger than "told X" (weight 1). */
const OWN_RULES = SELF_REFERENCE_RULES.filter((r) => r.weight >= 2);

/** Outlets the page's texts credit as a source. */
export function creditedOutlets(texts: readonly string[]): Set<string> {
  const paragraphs = texts.map((text, index) => ({ index, text }));
  const out = new Set(findMentions(paragraphs, CREDIT_RULES).map((m) => m.outlet));
  const told = findMentions(paragraphs, TOLD_RULES).filter((m) => !out.has(m.outlet));
  // The page's own outlet matters only to a "told X" not credited otherwise (most pages have none).
  if (told.length === 0) return out;
  const own = new Set(findMentions(paragraphs, OWN_RULES).map((m) => m.outlet));
  for (const m of told) if (!own.has(m.outlet)) out.add(m.outlet);
  return out;
}

/** A corpus's documents by outlet, and every spelling of those outlets (`outletIndex`). */
export interface OutletIndex {
  docsOf: Map<string, number[]>;
  spellings: string[];
}

/**
 * The index `creditedDocuments` reads, from each corpus document's outlet (`docOutlets[d]`). A
 * corpus may hold thousands of documents: build it once per corpus, not per page.
 */
export function outletIndex(docOutlets: readonly string[]): OutletIndex {
  const docsOf = new Map<string, number[]>();
  docOutlets.forEach((outlet, doc) => {
    if (outlet !== UNKNOWN_OUTLET) docsOf.set(outlet, [...(docsOf.get(outlet) ?? []), doc]);
  });
  const spellings = OUTLETS.filter((o) => docsOf.has(o.name)).flatMap((o) => [o.name, ...o.aliases]);
  return { docsOf, spellings };
}

/** Corpus documents (by index) whose outlet the page credits, but none of `excludeDocs`. */
export function creditedDocuments(texts: readonly string[], outlets: OutletIndex, excludeDocs: readonly number[] = []): Set<number> {
  const docs = new Set<number>();
  const { docsOf, spellings } = outlets;
  // Only a paragraph that names a corpus outlet can credit one: a substring test per spelling
  // spares the rest of the page the outlet patterns (most pages name none).
  const naming = texts.filter((t) => spellings.some((s) => t.includes(s)));
  if (naming.length === 0) return docs;
  for (const outlet of creditedOutlets(naming)) {
    for (const doc of docsOf.get(outlet) ?? []) if (!excludeDocs.includes(doc)) docs.add(doc);
  }
  return docs;
}
