/**
 * Set by build.mjs with esbuild `define` for each browser's bundle: the other browser's branch is
 * dead code and dropped (Chrome-only APIs such as sidePanel never reach the Firefox package).
 */
declare const __CHROME__: boolean;
declare const __FIREFOX__: boolean;
