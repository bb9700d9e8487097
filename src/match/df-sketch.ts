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

/** Smoothed inverse document frequency of a term among `total` paragraphs. */
export function idfFromSketch(sketch: Uint8Array, term: string, total: number): number {
  const q = sketch[fnv1a(term) % sketch.length]!;
  const df = Math.max(1, 2 ** (q / SCALE) - 1);
  return Math.log(1 + total / df);
}
