/**
 * The corpus index: what `source-context corpus build` writes and what the extension, the CLI and
 * the tests load. Everything here is plain JSON (typed arrays are carried base64-encoded inside the
 * match index), so one file serves Node and the browser alike.
 */
import type { NoiseCategory } from '../noise/categories';
import type { SerializedMatchIndex } from '../match/types';
import type { TopicModel } from '../topic/types';

/** A conclusion drawn from a document, with the words in the text that support it. */
export interface Evidence {
  /** Short rule name, e.g. `masthead`, `self-reference`, `speaker-labels`. */
  rule: string;
  /** The exact words quoted from the document (never invented). */
  quote: string;
}

/** What sort of document this is, as far as the text shows. */
export type DocumentKind =
  | 'original-web-story'
  | 'broadcast-transcript'
  | 'attributed-rewrite'
  | 'unattributed-copy';

/** One paragraph (one non-empty line, or one segment split off a line) of a corpus document. */
export interface CorpusParagraph {
  /** Position in `CorpusDocument.paragraphs`. */
  index: number;
  /** The paragraph text as it stands in the document (speaker labels split off). */
  text: string;
  /** `content` = article text; `noise` = stripped (with a category). */
  kind: 'content' | 'noise';
  /** Set when kind is `noise`. */
  category?: NoiseCategory;
  /** Why it got this label (the rule and the words that triggered it). */
  reason: string;
  /** For transcripts: the speaker whose label preceded this text, e.g. `Matthew Donahue`. */
  speaker?: string;
  /** Role of a content paragraph that is not body text. */
  role?: 'headline' | 'dek' | 'subheading' | 'masthead';
}

/** A direct quote found in a corpus document. */
export interface CorpusQuote {
  /** Id unique in the corpus: `<docIndex>:<n>`. */
  id: string;
  /** Index of the document. */
  doc: number;
  /** Index of the paragraph that holds it. */
  paragraph: number;
  /** The quoted words, without the quotation marks. */
  text: string;
  /** Who said it, as the text names them (full name where the text gives it). */
  speaker?: string;
  /** The words that tie the speaker to the quote (`said Matthew Donahue`, a speaker label...). */
  speakerEvidence?: string;
  /** Id of the cluster of the same quote across documents. */
  cluster: number;
}

/** How one paragraph's text reappears in another. */
export type ReuseRelation = 'verbatim' | 'near-verbatim' | 'paraphrase';

/** One paragraph of one document that reappears in another document's paragraph. */
export interface ParagraphLink {
  /** Document and paragraph that holds the copy (the later or derived text, when known). */
  from: { doc: number; paragraph: number };
  /** Document and paragraph it came from. */
  to: { doc: number; paragraph: number };
  relation: ReuseRelation;
  /** Similarity in [0, 1]. */
  score: number;
}

/** How two documents relate as wholes. */
export interface DocumentRelation {
  /** The derived document (or the first of two sibling versions). */
  copy: number;
  /** The document it derives from (or the second sibling). */
  source: number;
  /**
   * `attributed-rewrite`: copy names the source's outlet; `unattributed-copy`: it does not;
   * `sibling-version`: same outlet, neither derives from the other as far as the text shows.
   */
  type: 'attributed-rewrite' | 'unattributed-copy' | 'sibling-version';
  /** Counts of the copy's content paragraphs that reappear in the source, by relation. */
  shared: Record<ReuseRelation, number>;
  /** Fraction of the copy's content paragraphs that reappear in the source. */
  coverage: number;
  /** The words that show the relation and its direction (attribution phrases, shared insertions...). */
  evidence: Evidence[];
}

/** One document of the corpus. */
export interface CorpusDocument {
  /** Position in `CorpusIndex.documents`. */
  index: number;
  /** File name inside the folder the corpus was built from, e.g. `003_1ca589219219b27f.txt`. */
  file: string;
  /** Outlet name, or `Unknown outlet` when the text names none for itself. */
  outlet: string;
  outletEvidence: Evidence[];
  headline: string;
  headlineEvidence: Evidence[];
  kind: DocumentKind;
  kindEvidence: Evidence[];
  /** Document this one derives from, through `relations` (absent for roots). */
  derivedFrom?: number;
  paragraphs: CorpusParagraph[];
}

/** A group of quotes that are the same quote in different documents. */
export interface QuoteCluster {
  id: number;
  /** The speaker most documents name. */
  speaker?: string;
  /** Quote ids in this cluster. */
  quotes: string[];
  /** The quote taken as the original wording (from the root document when there is one). */
  original: string;
}

/** The whole built corpus. */
export interface CorpusIndex {
  /** Bumped when the shape changes, so an old index file is refused with a clear message. */
  version: number;
  /** Free-form name, e.g. the folder it was built from. */
  name: string;
  documents: CorpusDocument[];
  relations: DocumentRelation[];
  links: ParagraphLink[];
  quotes: CorpusQuote[];
  quoteClusters: QuoteCluster[];
  /** Fingerprint index over every content paragraph. */
  match: SerializedMatchIndex;
  /** Terms that characterise the corpus's story, for the on-topic check. */
  topic: TopicModel;
  /** Files that could not be read, with the reason (the rest still built). */
  skipped: { file: string; reason: string }[];
}

export const CORPUS_INDEX_VERSION = 1;
