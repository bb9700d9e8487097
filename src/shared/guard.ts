/**
 * Every callback the browser or the page calls into goes through `guard`: we are a guest on every
 * page, and an error of ours must never surface as the page's error, stop its handlers, or become
 * an unhandled rejection in the background.
 */
export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
}

/** Log quietly (console.debug) what went wrong; never rethrow. */
export function report(error: unknown): void {
  console.debug('[source-context]', error);
}
