import type { BrowserContext, Worker } from 'playwright-core';

export const CHROMIUM: string;
export function hasChromium(): boolean;

/** A Chromium with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  /** The extension's id (host of its URLs). */
  extensionId: string;
  close(): Promise<void>;
}

export function launchChromium(options?: {
  /** The unpacked extension, relative to the repository (default dist/chrome). */
  extension?: string;
  headless?: boolean;
  /** Page size; `null` lets a headed window size it. */
  viewport?: { width: number; height: number } | null;
}): Promise<ExtensionBrowser>;
