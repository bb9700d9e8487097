/**
 * The corpus builder on texts already read: documents, relations, quotes and the match and topic
 * indexes. No file system here, so tests and any caller with strings in hand can use it.
 */
import type { CorpusDocument, CorpusIndex, Evidence } from './types';
import { CORPUS_INDEX_VERSION } from './types';
import { buildParagraphs } from './paragraphs';
import { detectOutlet, type OutletMention } from './outlet-rules';
import { htmlToText } from './html-text';
import { indexedParagraphs } from './indexed-paragraphs';
import { findLinks, relateDocuments } from './relations';
import { documentKind } from './kind';
import { clusterQuotes, documentQuotes } from './quote-clusters';
import { quoteWords } from './evidence';
import { DECODE_LIMITS } from './decode';
import { isBinaryText, looksLikeHtml, moveStrayMarkupIntoBody } from '../text/decode';
import { addAlteredQuoteEvidence } from './quote-evidence';
import { buildMatchIndex } from '../match/index';
import { buildTopicModel } from '../topic/index';
import { splitSentences } from '../text/index';

/** One file's name and decoded text. */
export interface SourceText {
  /** File name inside the corpus folder. */
  file: string;
  text: string;
}

/** Options of the builder. */
export interface BuildOptions {
  /** Corpus name (default `corpus`). */
  name?: string;
  /** Files refused before this step (unreadable, binary...), carried into `skipped`. */
  skipped?: { file: string; reason: string }[];
}

/** Builds the corpus index from texts; files that yield no document go to `skipped`. Throws when none is usable. */
export function buildCorpusFromTexts(files: readonly SourceText[], options: BuildOptions = {}): CorpusIndex {
  const skipped = [...(options.skipped ?? [])];
  const documents: CorpusDocument[] = [];
  const attributions: OutletMention[][] = [];
  const narrators: string[][] = [];
  for (const file of files) {
    const read = readDocument(file, documents.length);
    if ('reason' in read) {
      skipped.push({ file: file.file, reason: read.reason });
      continue;
    }
    documents.push(read.doc);
    attributions.push(read.attributions);
    narrators.push(read.narrators);
  }
  if (!documents.length) {
    const why = skipped.length ? skipped.map((s) => `${s.file}: ${s.reason}`).join('; ') : 'no files';
    throw new Error(`no usable documents for the corpus (${why})`);
  }

  const matcher = buildMatchIndex(indexedParagraphs(documents));
  const { relations, links } = relateDocuments(
    documents.map((doc, i) => ({ doc, attributions: attributions[i]! })),
    findLinks(documents, matcher),
  );
  for (const doc of documents) {
    const { kind, evidence } = documentKind(doc, relations);
    doc.kind = kind;
    doc.kindEvidence = evidence;
  }
  const { quotes, clusters } = clusterQuotes(
    documents.flatMap((d, i) => documentQuotes(d, narrators[i]!)),
    documents,
    links,
  );
  addAlteredQuoteEvidence(relations, quotes);
  return {
    version: CORPUS_INDEX_VERSION,
    name: options.name ?? 'corpus',
    documents,
    relations,
    links,
    quotes,
    quoteClusters: clusters,
    match: matcher.serialize(),
    topic: buildTopicModel(documents),
    skipped,
  };
}

/** One file -> a document (kind and relations come later), or why it yields none. */
function readDocument(
  file: SourceText,
  index: number,
): { doc: CorpusDocument; attributions: OutletMention[]; narrators: string[] } | { reason: string } {
  let text = file.text;
  // Strings can come from anywhere (not only decodeBytes): refuse the same junk it refuses.
  if (typeof text !== 'string' || !text.trim()) return { reason: 'empty file (no text)' };
  if (text.length > DECODE_LIMITS.maxBytes) return { reason: `text too large (${text.length} characters; the limit is ${DECODE_LIMITS.maxBytes})` };
  // The decoder's rule: a few stray NULs occur in real pages; only NUL/control-heavy text is binary.
  if (isBinaryText(text)) return { reason: 'binary data (NUL or control characters), not text' };
  if (isHtml(file)) {
    // linkedom has no HTML tree builder: re-home junk before <html> (a PHP warning) as a browser would.
    const html = htmlToText(moveStrayMarkupIntoBody(text));
    if (!html.ok) return { reason: html.reason };
    text = html.text;
  }
  const { paragraphs, narrators } = buildParagraphs(text);
  if (!paragraphs.some((p) => p.kind === 'content')) return { reason: 'no article text (every line is noise)' };
  const outlet = detectOutlet(paragraphs);
  const headline = findHeadline(paragraphs);
  const doc: CorpusDocument = {
    index,
    file: file.file,
    outlet: outlet.outlet,
    outletEvidence: outlet.evidence,
    headline: headline.text,
    headlineEvidence: [headline.evidence],
    kind: 'original-web-story',
    kindEvidence: [],
    paragraphs,
  };
  return { doc, attributions: outlet.attributions, narrators };
}

/** The headline line; else the dek's first sentence (001); else the lead's first sentence (002). */
function findHeadline(paragraphs: CorpusDocument['paragraphs']): { text: string; evidence: Evidence } {
  const line = paragraphs.find((p) => p.role === 'headline');
  if (line) return { text: line.text, evidence: { rule: 'headline-line', quote: line.text } };
  const dek = paragraphs.find((p) => p.role === 'dek');
  const lead = dek ?? paragraphs.find((p) => p.kind === 'content' && !p.speaker) ?? paragraphs.find((p) => p.kind === 'content')!;
  const sentence = splitSentences(lead.text)[0] ?? lead.text;
  const text = quoteWords(sentence, 40);
  return { text, evidence: { rule: dek ? 'dek-first-sentence' : 'lead-first-sentence', quote: text } };
}

function isHtml(file: SourceText): boolean {
  return /\.html?$/i.test(file.file) || looksLikeHtml(file.text);
}
