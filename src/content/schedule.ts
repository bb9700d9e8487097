/**
 * When the content script works: after the page has loaded, in idle time, in slices short enough
 * that the page never waits on us for long (a long task is 50 ms; we aim well under it).
 */
import { endSlice, startSlice } from './perf';

/** Resolves once the page's load event has fired (at once if it already has). */
export function whenLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/** Resolves in the browser's idle time, or after `timeout` ms when the page is never idle. */
export function whenIdle(timeout = 2000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}

/** Our slice has run this long: time to let the page have the main thread. */
const SLICE_MS = 12;
let sliceStart = performance.now();

/** `scheduler.yield()` where the browser has it (keeps our place in the queue), else a macrotask. */
function yieldOnce(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The `yieldToPage` handed to the engine: called between steps, it gives the page the main
 * thread once our current slice passed SLICE_MS (yielding at every call would only add delay).
 */
export async function yieldToPage(): Promise<void> {
  if (performance.now() - sliceStart < SLICE_MS) return;
  endSlice();
  await yieldOnce();
  startSlice();
  sliceStart = performance.now();
}

/** Mark the start of a slice of our work (after an await that gave the page the thread). */
export function resumeWork(): void {
  startSlice();
  sliceStart = performance.now();
}

/** Mark the end of a slice of our work (before an await). */
export function pauseWork(): void {
  endSlice();
}
