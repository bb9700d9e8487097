/**
 * A real DOM for the sidebar's component tests: linkedom's document and window set as the globals
 * Preact renders into, and `act` from preact/test-utils so hooks and effects run before asserting.
 * Nothing is faked but focus: linkedom has no focus management, so `focus()` records the element
 * as `document.activeElement` (what a browser does) and nothing more.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** A rendered tree and helpers to query and drive it. */
export interface Mounted {
  root: HTMLElement;
  /** All elements matching `selector` under the root. */
  all(selector: string): HTMLElement[];
  /** The first element matching `selector`; throws when there is none. */
  one(selector: string): HTMLElement;
  /** Click an element and let Preact re-render. */
  click(el: Element): Promise<void>;
  /** Dispatch a keydown with `key` on `el` and let Preact re-render. */
  key(el: Element, key: string): Promise<void>;
  /** Type `value` into an input (sets it and fires `input`). */
  type(el: Element, value: string): Promise<void>;
  /** Let pending promises (data-source answers) settle and re-render. */
  settle(): Promise<void>;
  unmount(): void;
}

/** Set up a fresh linkedom document and render `vnode` into it. */
export async function mount(vnode: ComponentChild): Promise<Mounted> {
  const { window, document } = parseHTML('<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window = window;
  g.document = document;
  let active: Element | null = null;
  Object.defineProperty(document, 'activeElement', { configurable: true, get: () => active ?? document.body });
  window.HTMLElement.prototype.focus = function focus(this: Element) {
    active = this;
  };
  const root = document.getElementById('root') as unknown as HTMLElement;
  await act(() => {
    render(vnode, root);
  });
  const all = (selector: string) => [...root.querySelectorAll(selector)] as HTMLElement[];
  const settle = () =>
    act(async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    });
  return {
    root,
    all,
    one(selector) {
      const el = root.querySelector(selector) as HTMLElement | null;
      if (!el) throw new Error(`no element matches ${selector}`);
      return el;
    },
    click: (el) =>
      act(() => {
        el.dispatchEvent(new window.Event('click', { bubbles: true }));
      }),
    key: (el, key) =>
      act(() => {
        const event = new window.Event('keydown', { bubbles: true, cancelable: true });
        Object.defineProperty(event, 'key', { value: key });
        el.dispatchEvent(event);
      }),
    type: (el, value) =>
      act(() => {
        (el as HTMLInputElement).value = value;
        el.dispatchEvent(new window.Event('input', { bubbles: true }));
      }),
    settle,
    unmount: () => render(null, root),
  };
}

/** Text of an element with whitespace collapsed (what a reader sees). */
export function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The header's summary as a reader sees it: its list items joined by the middots CSS draws. */
export function summaryText(v: Mounted): string {
  return v.all('.sc-summary li').map(textOf).join(' · ');
}
