/**
 * Cheap reads of what the extractor asks of every element of a page. In linkedom (the CLI's DOM)
 * the standard getters are dear: `tagName` upper-cases a new string on every read, and
 * `getAttribute('class')` goes through a `classList` built for every element asked.
 */

/**
 * An element's `class` attribute as written, or null. Every test of class names here matches
 * whole space-separated names, which read the same as linkedom's rejoined class list.
 */
export function classAttribute(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}

/**
 * An element's tag name in upper case, as `tagName.toUpperCase()` gives it for HTML (and for
 * SVG, whose tag names keep their case), from a table by local name.
 */
const UPPER_CASE_TAGS = new Map<string, string>();
export function upperCaseTag(el: Element): string {
  const name = el.localName;
  let upper = UPPER_CASE_TAGS.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    // Tag names are few; a page that invents thousands is not remembered past a bound.
    if (UPPER_CASE_TAGS.size < 2000) UPPER_CASE_TAGS.set(name, upper);
  }
  return upper;
}
