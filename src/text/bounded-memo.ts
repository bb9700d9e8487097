/**
 * A memo of a one-argument function that forgets everything once it holds `limit` entries. Pages
 * and corpora repeat the same words, terms and quotes constantly, so memoising pays; a long
 * browsing session must not grow a cache without bound, and refilling one is cheap.
 */
export interface BoundedMemo<K, V> {
  (key: K): V;
  /** Forget every entry (benchmarks measure a page never seen before). */
  clear(): void;
}

export function boundedMemo<K, V>(compute: (key: K) => V, limit: number): BoundedMemo<K, V> {
  const cache = new Map<K, V>();
  const memo = ((key: K): V => {
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as V;
    const value = compute(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  }) as BoundedMemo<K, V>;
  memo.clear = () => cache.clear();
  return memo;
}
