/**
 * The quotes stage caches what it derives from a text (tokens, word keys, similarity profiles,
 * folded text), since one corpus quote is compared with every page that quotes it. Results never
 * depend on the caches; clearing them lets a benchmark time a page never seen before.
 */
import { clearExactTexts } from './compare-quotes';
import { clearWordKeys } from './fold';
import { clearNameTokens } from './names';
import { clearQuoteTokens } from './quote-tokens';
import { clearProfiles } from './similarity';

/** Forget every cached tokenisation, word key, name, profile and folded text. */
export function clearQuoteCaches(): void {
  clearProfiles();
  clearExactTexts();
  clearQuoteTokens();
  clearWordKeys();
  clearNameTokens();
}
