/**
 * One message map per direction (as hypothesis types its port calls). Each method is a message
 * name; its parameters are the payload; its return type is the reply. See README.md beside this.
 */
import type { Analysis } from './analysis-types';
import type { Correction } from './settings';
import type { QuickTopicVerdict } from '../analysis/quick-topic';

/** Content script -> background. */
export interface ContentToBackground {
  /** The quick topic check on the page's first paragraphs, scored in the background (warm code,
   *  model decoded once) so an off-topic page pays only for reading its text. */
  checkTopic(text: string): QuickTopicVerdict;
  /** The serialized corpus index (JSON text); asked only after the article and topic checks passed. */
  getCorpus(): string;
  /** The synonym graph restricted to the corpus's stems, base64 ('' when unavailable); asked with the corpus. */
  getSynonyms(): string;
  /** The page's analysis is ready (or was redone after the page changed). */
  analysed(analysis: Analysis): void;
  /** The page has nothing for us (off-topic, excluded, not an article): clear badge and state. */
  cleared(): void;
  /**
   * The user clicked the in-page launcher: open the sidebar for this tab. Replies `true` when the
   * browser's own panel opened, `false` when it could not (the content script then opens its frame).
   */
  openSidebar(): boolean;
  /** The sender's own tab id (a content script cannot read it; the in-page frame's URL needs it). */
  tabId(): number;
}

/** Sidebar (or options) page -> background. */
export interface SidebarToBackground {
  /** The latest analysis of a tab (null when the tab has none). */
  getAnalysis(tabId: number): Analysis | null;
  /** The latest selection trace for a tab (null when none). */
  getSelectionTrace(tabId: number): Analysis | null;
  /** Ask the tab's content script to scroll to and highlight a block. */
  showBlock(tabId: number, block: number): void;
  /** Store a "wrong match" correction. */
  reportWrongMatch(correction: Correction): void;
  /** All stored corrections (for export). */
  getCorrections(): Correction[];
}

/** Background -> content script. */
export interface BackgroundToContent {
  /** Scroll to and highlight block `block` of the current analysis. */
  showBlock(block: number): void;
  /** Read the page's current selection (for the keyboard command, which has no selection text). */
  getSelection(): string;
  /** Open the in-page sidebar frame (where the browser has no side panel API). */
  openFrame(view: 'page' | 'selection'): void;
  /** Analyse the page again (a correction now hides one of its matches). */
  reanalyse(): void;
}

/** Background -> sidebar: pushed when a tab's analysis changes. */
export interface BackgroundToSidebar {
  /** The tab's page analysis or selection trace changed: fetch them again. */
  analysisChanged(tabId: number): void;
}

/** Who receives a message: each direction has its own map, and each receiver its own inbox. */
export interface Inboxes {
  /** The background receives from content scripts and from the sidebar/options pages. */
  background: ContentToBackground & SidebarToBackground;
  /** A tab's content script receives from the background (`tabs.sendMessage`). */
  content: BackgroundToContent;
  /** Sidebar pages (side panel, in-page frame, tab) receive pushes from the background. */
  sidebar: BackgroundToSidebar;
}

/** A receiver: `background`, `content` or `sidebar`. */
export type Receiver = keyof Inboxes;

/** The parameters of message `M` in map `T`. */
export type MessageArgs<T, M extends keyof T> = T[M] extends (...a: infer A) => unknown ? A : never;

/** The reply of message `M` in map `T`. */
export type MessageReply<T, M extends keyof T> = T[M] extends (...a: never[]) => infer R ? R : never;

/**
 * The wire form of any message: `{ to, type, args }`. `to` keeps directions apart: runtime
 * messages reach every extension page (the background and any open sidebar), and two maps share
 * the name `showBlock`, so a receiver only answers envelopes addressed to it.
 */
export interface Envelope<T, M extends keyof T = keyof T> {
  to: Receiver;
  type: M;
  args: MessageArgs<T, M>;
}

/** Build a typed envelope for receiver `to`; `src/shared/send.ts` sends it. */
export function envelope<R extends Receiver, M extends keyof Inboxes[R]>(
  to: R,
  type: M,
  ...args: MessageArgs<Inboxes[R], M>
): Envelope<Inboxes[R], M> {
  return { to, type, args };
}

/** True when `value` has the shape of an envelope addressed to `to` (anything else is ignored). */
export function isEnvelopeFor(value: unknown, to: Receiver): value is Envelope<Inboxes[Receiver]> {
  if (!value || typeof value !== 'object') return false;
  const v = value as { to?: unknown; type?: unknown; args?: unknown };
  return v.to === to && typeof v.type === 'string' && Array.isArray(v.args);
}
