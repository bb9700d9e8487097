/** Small statistics for the benchmarks: nearest-rank percentiles, so p90 is a measured value. */

/** The q-quantile (0..1) of `values` by nearest rank; 0 for no values. */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Median and p90 of `values`, rounded to 0.01 ms. */
export function spread(values: readonly number[]): { median: number; p90: number } {
  return { median: round(percentile(values, 0.5)), p90: round(percentile(values, 0.9)) };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
