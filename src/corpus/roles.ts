/**
 * Roles of content paragraphs that are not body text: the headline, the dek (summary under it)
 * and section subheadings. They stay content (a copy may reuse them) but the headline is what the
 * reader sees as the document's name.
 */
import type { CorpusParagraph } from './types';
import type { Segment } from './paragraphs';

/** Thresholds of the role rules; each says which seed taught it. */
export const ROLE_RULES = {
  /** A headline is among the first content paragraphs (000: after the masthead; 003: after two notices). */
  headlineZone: 2,
  /** ...is short (003's "Drug war cooperation ... What went wrong?" = 16 words). */
  maxHeadlineWords: 30,
  /** At most this many dek paragraphs (000 has two under its headline). */
  maxDeks: 2,
  /** A dek is a summary, not a chapter. */
  maxDekWords: 60,
  /**
   * Blank lines that close the top block (000 and 001 leave two or more blank lines between the
   * dek and the story; single blank lines separate ordinary paragraphs).
   */
  dekGap: 2,
  /** Subheadings are short (003: "A decadeslong problem", 004: "a complicated relationship"). */
  maxSubheadingWords: 8,
} as const;

/** A dateline opens the body of a wire-style story (003: "WASHINGTON — It was yet another ..."). */
const DATELINE = /^\p{Lu}[\p{Lu} .,'-]{2,40}\s[—–-]{1,2}\s/u;

/** Ends like a sentence (a headline or subheading does not, unless it asks a question). */
const SENTENCE_END = /[.:;,"”’)]$/;

/** Sets `role` on the headline, dek and subheading paragraphs, in place. */
export function assignRoles(paragraphs: CorpusParagraph[], segments: readonly Segment[]): void {
  const content = paragraphs.filter((p) => p.kind === 'content' && !p.speaker);
  const headline = content
    .slice(0, ROLE_RULES.headlineZone)
    .find((p) => wordCount(p.text) <= ROLE_RULES.maxHeadlineWords && !SENTENCE_END.test(p.text.trim()));
  if (headline) {
    headline.role = 'headline';
    headline.reason = 'headline: first short content line without a closing full stop';
  }
  markDeks(paragraphs, segments, headline ? headline.index + 1 : content[0]?.index ?? 0);
  const bodyStart = Math.max(headline?.index ?? -1, ...paragraphs.filter((p) => p.role === 'dek').map((p) => p.index));
  for (const p of paragraphs) {
    if (p.kind !== 'content' || p.role || p.speaker || p.index <= bodyStart) continue;
    const text = p.text.trim();
    if (wordCount(text) <= ROLE_RULES.maxSubheadingWords && !/[.?!:;,"”’)]$/.test(text) && /^\p{L}/u.test(text)) {
      p.role = 'subheading';
      p.reason = `subheading: short line without punctuation between paragraphs ("${text}")`;
    }
  }
}

/**
 * Deks: the content paragraphs right after the headline (or at the top when there is none) up to
 * a boundary that closes the top block: two or more blank lines after them (000, 001), noise such
 * as a photo caption (003), or a dateline paragraph next. No boundary within `maxDeks`: no dek (004).
 */
function markDeks(paragraphs: CorpusParagraph[], segments: readonly Segment[], from: number): void {
  const candidates: CorpusParagraph[] = [];
  for (let i = from; i < paragraphs.length && candidates.length < ROLE_RULES.maxDeks; i++) {
    const p = paragraphs[i]!;
    if (p.kind !== 'content' || p.speaker || wordCount(p.text) > ROLE_RULES.maxDekWords) return;
    candidates.push(p);
    const next = paragraphs[i + 1];
    const boundary =
      !next ||
      (segments[i + 1]?.gapBefore ?? 0) >= ROLE_RULES.dekGap ||
      next.kind === 'noise' ||
      DATELINE.test(next.text);
    if (boundary && next) {
      for (const dek of candidates) {
        dek.role = 'dek';
        dek.reason = `dek: summary line above the story, before "${excerpt(next.text)}"`;
      }
      return;
    }
  }
}

function wordCount(s: string): number {
  return s.trim().split(/\s+/).filter(Boolean).length;
}

function excerpt(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
