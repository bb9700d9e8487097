/**
 * An element's `class` attribute as written, or null. Not `getAttribute('class')`: linkedom (the
 * CLI's DOM) answers that through `classList`, which it builds as a set of tokens for every
 * element asked and rejoins on each read, a cost paid on every element of every page.
 * Every test of class names here matches whole space-separated names, which read the same in
 * both.
 */
export function classAttribute(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}
