/**
 * Which quoted spans count as direct quotes, as data. Quotation marks also mark scare quotes
 * (`cooperation was “nonexistent”`, 003), titles (`“PAGAN POETRY”`, 001) and coined terms
 * (`a “material support for terrorism” charge`, 003); those are not anyone's speech.
 */

/** Opening marks: straight and curly double quotes, and the low mark of some European presses. */
export const OPEN_MARKS = '"“„«';
/** Closing marks. A straight `"` both opens and closes (000 uses straight quotes throughout). */
export const CLOSE_MARKS = '"”»';

/**
 * A span with fewer words than this is a scare quote or title unless an attribution sits right
 * next to it (`“No,” she said.`). Taught by 003: `“nonexistent”`, `“robust”`, `“social decay”`,
 * `“completely broken”`, and `“hugs, not bullets”` (3 words). The last is López Obrador's slogan,
 * but the text uses it as a noun phrase of its own sentence (`his policy … would be “hugs, not
 * bullets”`), no speech verb touches it, and three words are too few to tell the same quote from
 * a coincidence when matching across documents, so it is skipped by design.
 */
export const MIN_QUOTE_WORDS = 4;

/**
 * Words just before a span that make it a noun phrase of the writer's sentence (a term, title or
 * label) when the span has no sentence punctuation and is short: `using a “material support for
 * terrorism” charge` (003), `a charge of “material support for terrorism” that` (004).
 */
export const TERM_LEAD_INS: readonly string[] = ['a', 'an', 'the', 'of', 'for', 'on', 'as', 'called', 'dubbed', 'so-called', 'titled', 'named'];

/** A term-like span (see `TERM_LEAD_INS`) longer than this is speech after all. */
export const MAX_TERM_WORDS = 7;

/**
 * A quote left open at the end of a paragraph is cut where an inverted attribution starts, when
 * the writer forgot the closing mark: `“I give them a ‘B-plus’ for effort and a ‘D’ for results,
 * said John Feeley, a former senior State Department official` (003).
 */
export const UNCLOSED_ATTRIBUTION = /,\s+(?:(?:said|says|added|told)\s+\p{Lu}|(?:he|she|\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})\s+(?:said|says|added|told)\b)/u;
