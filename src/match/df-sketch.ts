/**
 * Document frequencies of content terms in a fixed 64 KB sketch (one byte a bucket, log-scaled),
 * so runtime IDF weights need no vocabulary in the corpus file. Collisions keep the larger count,
 * which only ever lowers a weight: a rare word can look common, never the reverse.
 */
import { fnv1a } from './hash';

const SCALE = 12; // byte = round(12 * log2(df + 1)): exact enough, and 2^21 documents still fit.

export function buildDfSketch(df: Map<string, number>, buckets: number): Uint8Array {
  const sketch = new Uint8Array(buckets);
  for (const [term, count] of df) {
    const b = fnv1a(term) % buckets;
    const q = Math.min(255, Math.round(SCALE * Math.log2(count + 1)));
    if (q > sketch[b]!) sketch[b] = q;
  }
  return sketch;
}

/**
 * Smoothed inverse document frequency among `total` paragraphs, by the term's `fnv1a` hash (what
 * the features carry): one table read per term, the table computed once per index.
 */
export function idfByHash(sketch: Uint8Array, total: number): (termHash: number) => number {
  const table = new Float64Array(256);
  for (let q = 0; q < 256; q++) {
    const df = Math.max(1, 2 ** (q / SCALE) - 1);
    table[q] = Math.log(1 + total / df);
  }
  return (termHash) => table[sketch[termHash % sketch.length]!]!;
}
