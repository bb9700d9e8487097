/**
 * The sidebar's door to the background, over the real send.ts and messages.ts: the polyfill is
 * replaced by a recorder (it refuses to load outside an extension), everything above it is real.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown) => unknown;
const sent: unknown[] = [];
const listeners = new Set<Listener>();
const replies: Record<string, unknown> = {};

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        return replies[message.type] ?? null;
      },
      onMessage: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  },
}));
const { browserDataSource, parseParams } = await import('../../src/sidebar/data-source');

beforeEach(() => {
  sent.length = 0;
  for (const k of Object.keys(replies)) delete replies[k];
});

describe('browserDataSource', () => {
  it('sends typed envelopes to the background and returns the replies', async () => {
    replies.getAnalysis = { input: 'https://example.org/a' };
    await expect(browserDataSource.getAnalysis(5)).resolves.toEqual({ input: 'https://example.org/a' });
    await browserDataSource.showBlock(5, 12);
    expect(sent).toEqual([
      { to: 'background', type: 'getAnalysis', args: [5] },
      { to: 'background', type: 'showBlock', args: [5, 12] },
    ]);
  });

  it('reads a missing corrections list as empty', async () => {
    await expect(browserDataSource.getCorrections()).resolves.toEqual([]);
  });

  it('hears analysisChanged addressed to the sidebar only, until unsubscribed', async () => {
    const heard: number[] = [];
    const stop = browserDataSource.onAnalysisChanged((tabId) => heard.push(tabId));
    const deliver = async (message: unknown) => {
      for (const l of [...listeners]) await l(message, {});
    };
    await deliver({ to: 'sidebar', type: 'analysisChanged', args: [9] });
    await deliver({ to: 'background', type: 'analysisChanged', args: [10] });
    await deliver({ to: 'sidebar', type: 'somethingElse', args: [11] });
    stop();
    await deliver({ to: 'sidebar', type: 'analysisChanged', args: [12] });
    expect(heard).toEqual([9]);
  });
});

describe('parseParams', () => {
  it('reads the tab and the view', () => {
    expect(parseParams('?tab=42&view=selection')).toEqual({ tabId: 42, view: 'selection' });
    expect(parseParams('?tab=0')).toEqual({ tabId: 0, view: 'page' });
  });

  it('falls back to the active tab and the page view on missing or bad values', () => {
    expect(parseParams('')).toEqual({ view: 'page' });
    expect(parseParams('?tab=abc&view=<script>')).toEqual({ view: 'page' });
    expect(parseParams('?tab=-3')).toEqual({ view: 'page' });
    expect(parseParams('?tab=12abc')).toEqual({ view: 'page' });
  });
});
