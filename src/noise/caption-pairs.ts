/**
 * How a photo caption shows in plain text: printed twice, the second time with its credit glued
 * on ("...June 15, 2021." then "...June 15, 2021.CBP"), or once with the credit glued after its
 * last full stop ("...office.Salwan Georges / The Washington Post via Getty Images file").
 * Helpers of the text rules (text-rules.ts), which decide the labels.
 */
import { isStopword, words as wordsOf } from '../text/index';

/** Thresholds of the caption helpers; each says which seed taught it. */
export const CAPTION_THRESHOLDS = {
  /** A credit glued after a caption (`...2021.CBP`) is at most this long: credits are names. */
  maxCreditChars: 90,
  /** A credited caption is at most this long (003's longest, line 9, is about 230 characters). */
  maxCaptionChars: 600,
  /** A caption's credit line and the line before it share at least this fraction of content words. */
  captionOverlap: 0.3,
} as const;

/** A glued credit: sentence end, no space, then a capitalised credit (003 line 9 "office.Salwan Georges / ..."). */
const GLUED_CREDIT = /[\p{Ll}\d)\]’'"”]\.(\p{Lu}[^]*)$/u;
/** Marks that the glued tail is a photo credit and not a run-on sentence (003: " / ", "via AP", "Getty Images"). */
const CREDIT_MARKERS = /( \/ |\bvia\b|Getty Images|\bAP\b|Reuters|AFP|\bfile\b|Photo|Courtesy|Shutterstock)/;

/** The credit `second` appends to `first` when `second` repeats `first` with a short credit glued on. */
export function creditTail(first: string | undefined, second: string | undefined): string | null {
  const a = (first ?? '').trim();
  const b = (second ?? '').trim();
  if (a.length < 20 || !b.startsWith(a) || b.length === a.length) return null;
  const tail = b.slice(a.length).trim();
  if (tail.length > CAPTION_THRESHOLDS.maxCreditChars || /[.!?]\s+\p{Lu}/u.test(tail)) return null;
  return tail;
}

/** The credit glued after the last full stop of `text` ("office.Salwan Georges / ... via Getty Images file"). */
export function gluedCredit(text: string | undefined): string | null {
  const t = (text ?? '').trim();
  // Captions are short; the cap also keeps the backtracking regex linear on huge paragraphs.
  if (t.length > CAPTION_THRESHOLDS.maxCaptionChars) return null;
  const m = GLUED_CREDIT.exec(t);
  const tail = m?.[1];
  if (!tail || tail.length > CAPTION_THRESHOLDS.maxCreditChars || /[.!?]\s/.test(tail)) return null;
  return CREDIT_MARKERS.test(tail) ? tail : null;
}

/** Shared content words over the smaller set's size (two captions of one photo share most names). */
export function wordOverlap(a: string, b: string): number {
  // "Mexico's" and "Mexicos" (003 line 8) both fold to the stem without the possessive.
  const words = (s: string) =>
    new Set(wordsOf(s).map((w) => w.replace(/s$/, '')).filter((w) => w.length > 2 && !isStopword(w)));
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size);
}
