/**
 * The reason a page gives for a match: where the rest of the page comes from a corpus document,
 * the page prior (src/match/page-prior.ts) raises the odds that a paragraph does too, and takes a
 * match the model alone would not, or prefers that document to another one sharing the passage.
 * A reader judging such a match needs that reason first: its wording alone did not decide it.
 */
import type { MatchEvidence } from '../match/types';

export interface PageContext {
  /** Other paragraphs of the page whose first lookup found this document. */
  tracedHere: number;
  /** The outlet the page credits ("NPR reported") when that is how it points at the document. */
  creditedOutlet?: string;
  /** The page prior's odds factor: the reason's share of the log-odds. */
  oddsFactor: number;
  /** The first lookup traced the paragraph to another document that shares the passage: the page
   *  prior chose between them, rather than taking a match the model alone would not. */
  preferred: boolean;
}

export function pageContextEvidence(context: PageContext): MatchEvidence {
  const { tracedHere: n, creditedOutlet } = context;
  const why =
    n > 0
      ? `${n} other paragraph${n === 1 ? ' of this page comes' : 's of this page come'} from this source`
      : creditedOutlet
        ? `this page credits ${creditedOutlet} as its source`
        : "this page's paragraphs together resemble this source";
  const so = context.preferred ? '; another corpus text has this passage too' : ', so a looser match counts here';
  return { kind: 'page-context', text: `${why}${so}`, weight: Math.log(context.oddsFactor) };
}
