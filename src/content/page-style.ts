/**
 * The one style element we add to the page itself: the outline of a highlighted block and the
 * teaching-mode colours, keyed on our `data-sc-*` attributes. It exists only while one of them is
 * in use, and is removed with them.
 */
const STYLE_ID = 'source-context-page-style';

const CSS = `
[data-sc-highlight] {
  outline: 3px solid #f5a623 !important;
  outline-offset: 4px !important;
  border-radius: 2px !important;
}
[data-sc-teach] { border-radius: 3px !important; }
[data-sc-teach="copy"] { background-color: rgba(37, 99, 235, 0.16) !important; box-shadow: inset 4px 0 0 #2563eb !important; }
[data-sc-teach="paraphrase"] { background-color: rgba(245, 158, 11, 0.2) !important; box-shadow: inset 4px 0 0 #d97706 !important; }
[data-sc-teach="original"] { background-color: rgba(22, 163, 74, 0.14) !important; box-shadow: inset 4px 0 0 #16a34a !important; }
[data-sc-teach="noise"] { background-color: rgba(107, 114, 128, 0.14) !important; box-shadow: inset 4px 0 0 #9ca3af !important; }
`;

/** Users of the style element; it is removed when none is left. */
const users = new Set<string>();

/** Ensure our style element is in the page, on behalf of `user`. */
export function usePageStyle(user: string): void {
  users.add(user);
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = CSS;
  (document.head ?? document.documentElement).append(style);
}

/** `user` no longer needs the style element; it goes when nobody does. */
export function releasePageStyle(user: string): void {
  users.delete(user);
  if (users.size === 0) document.getElementById(STYLE_ID)?.remove();
}
