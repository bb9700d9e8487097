/**
 * A light suffix stripper (Porter's step 1 plus a few derivational endings). Paraphrases change
 * word forms ("manufacture" / "manufacturing", "addiction" / "addictions") more than roots, and a
 * full stemmer would be more code for little gain in matching. Input: a normalised word.
 */

/** Endings tried longest first; `min` is the shortest stem allowed to remain. */
const SUFFIXES: { suffix: string; replace: string; min: number }[] = [
  { suffix: 'izations', replace: 'iz', min: 3 },
  { suffix: 'ization', replace: 'iz', min: 3 },
  { suffix: 'ational', replace: 'at', min: 3 },
  { suffix: 'fulness', replace: 'ful', min: 3 },
  { suffix: 'ousness', replace: 'ous', min: 3 },
  { suffix: 'iveness', replace: 'ive', min: 3 },
  { suffix: 'ations', replace: 'at', min: 3 },
  { suffix: 'ation', replace: 'at', min: 3 },
  { suffix: 'ments', replace: '', min: 4 },
  { suffix: 'ment', replace: '', min: 4 },
  { suffix: 'ness', replace: '', min: 4 },
  { suffix: 'ingly', replace: '', min: 3 },
  { suffix: 'edly', replace: '', min: 3 },
  { suffix: 'ings', replace: '', min: 3 },
  { suffix: 'ing', replace: '', min: 3 },
  { suffix: 'ies', replace: 'y', min: 2 },
  { suffix: 'ied', replace: 'y', min: 2 },
  { suffix: 'ers', replace: '', min: 3 },
  { suffix: 'er', replace: '', min: 4 },
  { suffix: 'ed', replace: '', min: 3 },
  { suffix: 'ly', replace: '', min: 4 },
  { suffix: 'es', replace: '', min: 4 },
  { suffix: 's', replace: '', min: 3 },
  { suffix: 'e', replace: '', min: 4 },
];

const DOUBLE_END = /([bdfgkmnprt])\1$/;

export function stem(norm: string): string {
  if (norm.length <= 3 || /\d/.test(norm)) return norm;
  if (norm.endsWith('ss') || norm.endsWith('us') || norm.endsWith('is')) return norm;
  for (const { suffix, replace, min } of SUFFIXES) {
    if (norm.endsWith(suffix) && norm.length - suffix.length >= min) {
      let base = norm.slice(0, -suffix.length) + replace;
      // "stopped" -> "stopp" -> "stop"; "running" -> "run".
      if (replace === '' && DOUBLE_END.test(base)) base = base.slice(0, -1);
      return base;
    }
  }
  return norm;
}
