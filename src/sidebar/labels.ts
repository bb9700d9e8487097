/**
 * Every word the sidebar uses for a relation, a document kind or a quote's fidelity, in one table
 * each, so the badges, the chain and the summary line never disagree.
 */
import type { ReuseRelation } from '../corpus/types';
import type { ChainStep, PageQuote } from '../shared/analysis-types';

/** Badge text and the palette tone (CSS class suffix) of a page-to-corpus relation. */
export const RELATION_LABELS: Record<ReuseRelation, { label: string; tone: Tone }> = {
  verbatim: { label: 'Verbatim', tone: 'verbatim' },
  // Near-verbatim is still copied wording, so it keeps the verbatim blue of the page legend.
  'near-verbatim': { label: 'Near-verbatim', tone: 'verbatim' },
  paraphrase: { label: 'Paraphrase', tone: 'paraphrase' },
};

/** Colour families of the palette (see `--sc-*` in extension/styles/sidebar.css). */
export type Tone = 'verbatim' | 'paraphrase' | 'original' | 'noise' | 'altered';

/** Short names of the document kinds of src/corpus/types.ts `DocumentKind` (kept as strings: the field is free text). */
const KIND_LABELS: Record<string, string> = {
  'original-web-story': 'web story',
  'broadcast-transcript': 'radio transcript',
  'attributed-rewrite': 'rewrite',
  'unattributed-copy': 'unattributed copy',
};

/** Human name of a document kind; unknown kinds read as themselves with dashes spaced. */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replace(/-/g, ' ');
}

/** Badge text and tone of a quote's fidelity. */
export const FIDELITY_LABELS: Record<PageQuote['fidelity'], { label: string; tone: Tone; help: string }> = {
  exact: { label: 'Exact', tone: 'verbatim', help: 'Word for word as in the original.' },
  // Blue like Exact, not green: green means "only on this page" in the page's legend, and an
  // editorial quote is still the original's words.
  editorial: {
    label: 'Editorial',
    tone: 'verbatim',
    help: 'Only editorial changes: brackets, ellipses, punctuation or capitals.',
  },
  altered: { label: 'Altered', tone: 'altered', help: 'Words inside the quotation marks differ from the original.' },
  unmatched: { label: 'Unmatched', tone: 'noise', help: 'No corpus document carries this quote.' },
};

/**
 * How a chain step relates to the next one up, as the chain shows it: "credits NPR" for an
 * attributed rewrite (the copy names its source), "no credit" for an unattributed copy.
 */
export function chainRelationLabel(step: ChainStep, next: ChainStep | undefined): string | undefined {
  switch (step.relationToSource) {
    case 'attributed-rewrite':
      return next ? `credits ${next.outlet}` : 'credits its source';
    case 'unattributed-copy':
      return 'no credit';
    case 'sibling-version':
      return 'sibling version';
    default:
      return undefined;
  }
}

/**
 * The short id of a corpus file: the seeds are named `003_<hash>.txt`, and "003" is what people
 * compare; any other name is shown whole.
 */
export function fileId(file: string): string {
  const m = /^(\d+)_/.exec(file);
  return m?.[1] ?? file;
}

/** "NPR" for a known outlet; the corpus says `Unknown outlet` when a text names none. */
export function outletName(outlet: string): string {
  return outlet.trim() === '' ? 'Unknown outlet' : outlet;
}
