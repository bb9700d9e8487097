/**
 * Our own performance entries, all named `sc:*`, so the browser benchmark (bench/browser.ts) can
 * add up the content script's main-thread time from the page: each `sc:slice` measure is one
 * uninterrupted stretch of our work; other measures time a step.
 */

let openSlice: number | null = null;

/** Start timing a slice of main-thread work (a no-op when one is open). */
export function startSlice(): void {
  if (openSlice === null) openSlice = performance.now();
}

/** Close the open slice as an `sc:slice` measure. */
export function endSlice(): void {
  if (openSlice === null) return;
  measure('sc:slice', openSlice);
  openSlice = null;
}

/** Record a measure named `name` from `start` (a `performance.now()` value) to now. */
export function measure(name: `sc:${string}`, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // The User Timing API is optional for us: timing must never break the page.
  }
}

/** Record a mark (e.g. `sc:corpus-loaded`, which the benchmark looks for). */
export function mark(name: `sc:${string}`): void {
  try {
    performance.mark(name);
  } catch {
    // As above.
  }
}
