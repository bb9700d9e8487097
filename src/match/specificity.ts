/**
 * How specific a term is: evidence of reuse must be what only the source says. A term counts by
 * how rare it is among the corpus's paragraphs (IDF), times how rare it is in general English
 * (words any text uses, like said or told, count little whatever the corpus), times how little
 * it belongs to the story's common vocabulary (a word in every document of the corpus, like
 * fentanyl, cartel or DEA in the seeds, is what any article on the story says).
 *
 * The general-English part comes from the topic module's background table (Brown corpus and
 * SUBTLEX) at build time only, stored in the index as a 64 KB byte sketch by stem hash, as the
 * document frequencies are: the table itself never ships.
 */
import { backgroundCommonness, backgroundStems } from '../topic/background';
import { fnv1a } from './hash';

/** ln(1 / the background table's floor of 0.001): the rarest a word can look in general English. */
const RAREST = Math.log(1000);
/** Quantisation of -ln(commonness): 30 steps a unit keeps the 0..6.9 range in a byte. */
const STEPS = 30;
/** A term every text uses still counts this fraction of its IDF (never nothing). */
const MIN_FACTOR = 0.05;

/**
 * How much of a term's general rarity survives being the story's own vocabulary: a term in every
 * document of the corpus (fentanyl, cartel, DEA in the seeds) is what any article on the story
 * says, so it keeps a fifth of its weight; a term in one document keeps all of it. Corpora of
 * fewer than three documents say nothing about what is common to a story.
 */
export function storyFactor(docFraction: number, documents: number): number {
  return documents < 3 ? 1 : 1 - 0.8 * Math.min(1, Math.max(0, docFraction));
}

/**
 * The specificity of each corpus stem outside its corpus IDF, in `buckets` bytes: general-English
 * rarity times the story factor, as 1 + round(STEPS * -ln(commonness) * story factor); 0 = not a
 * corpus stem (unknown; treated as rare). Collisions keep the lower value, so a rare word can
 * look common, never the reverse.
 */
export function buildGeneralSketch(stems: Iterable<[stem: string, docFraction: number]>, documents: number, buckets: number): Uint8Array {
  const sketch = new Uint8Array(buckets);
  const put = (s: string, factor: number) => {
    const b = fnv1a(s) % buckets;
    const q = 1 + Math.min(254, Math.round(STEPS * -Math.log(backgroundCommonness(s)) * factor));
    if (sketch[b] === 0 || q < sketch[b]!) sketch[b] = q;
  };
  // Every word general English uses, so a page word the corpus lacks ("dont", "consume") is not
  // taken for a rare one; then the corpus's own, with what the story makes common.
  for (const s of backgroundStems()) put(s, 1);
  for (const [s, fraction] of stems) put(s, storyFactor(fraction, documents));
  return sketch;
}

/** Buckets of the general sketch: the background table's ~24,600 stems need 64 K to keep collisions rare. */
export const GENERAL_SKETCH_BUCKETS = 1 << 16;

/** Factor in [MIN_FACTOR, 1] by stem hash: how rare the term is in general English. */
export function generalRarityByHash(sketch: Uint8Array): (termHash: number) => number {
  const table = new Float64Array(256);
  table[0] = 1;
  for (let q = 1; q < 256; q++) table[q] = Math.max(MIN_FACTOR, Math.min(1, (q - 1) / STEPS / RAREST));
  return (termHash) => (sketch.length ? table[sketch[termHash % sketch.length]!]! : 1);
}
