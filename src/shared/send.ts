/**
 * Typed messaging over `webextension-polyfill`: one sender per direction and one router per
 * receiver, all keyed by the maps in `messages.ts` (see README.md beside this for who talks to whom).
 *
 *   const analysis = await sendToBackground('getAnalysis', tabId);
 *   listen('sidebar', { analysisChanged(tabId) { ... } });
 */
import browser, { type Runtime } from 'webextension-polyfill';
import {
  envelope,
  isEnvelopeFor,
  type Inboxes,
  type MessageArgs,
  type MessageReply,
  type Receiver,
} from './messages';

type ToBackground = Inboxes['background'];
type ToContent = Inboxes['content'];
type ToSidebar = Inboxes['sidebar'];

/** What a handler learns about the message besides its arguments. */
export interface MessageContext {
  /** The sender (its `tab` is set for content scripts; absent for extension pages). */
  sender: Runtime.MessageSender;
}

/** Handlers for the messages of one inbox: any subset; unknown messages go unanswered. */
export type Handlers<T> = {
  [M in keyof T]?: (
    ...args: [...MessageArgs<T, M>, MessageContext]
  ) => MessageReply<T, M> | Promise<MessageReply<T, M>>;
};

/** Send a message to the background (from a content script, the sidebar or the options page). */
export async function sendToBackground<M extends keyof ToBackground>(
  type: M,
  ...args: MessageArgs<ToBackground, M>
): Promise<MessageReply<ToBackground, M>> {
  return (await browser.runtime.sendMessage(envelope('background', type, ...args))) as MessageReply<
    ToBackground,
    M
  >;
}

/** Send a message to the content script of `tabId` (top frame only: our UI lives there). */
export async function sendToTab<M extends keyof ToContent>(
  tabId: number,
  type: M,
  ...args: MessageArgs<ToContent, M>
): Promise<MessageReply<ToContent, M>> {
  return (await browser.tabs.sendMessage(tabId, envelope('content', type, ...args), {
    frameId: 0,
  })) as MessageReply<ToContent, M>;
}

/**
 * Push a message to any open sidebar page. Resolves quietly when none is open (the browser
 * rejects with "Receiving end does not exist", which is the normal case here).
 */
export async function sendToSidebar<M extends keyof ToSidebar>(
  type: M,
  ...args: MessageArgs<ToSidebar, M>
): Promise<void> {
  try {
    await browser.runtime.sendMessage(envelope('sidebar', type, ...args));
  } catch {
    // No sidebar open: nobody to tell.
  }
}

/**
 * Route messages addressed to `to` to `handlers`. A handler's return value (or promise) is the
 * reply; a thrown error becomes the sender's rejection and never an unhandled error here.
 * Returns a function that stops listening.
 */
export function listen<R extends Receiver>(to: R, handlers: Handlers<Inboxes[R]>): () => void {
  const table = handlers as Record<string, ((...a: unknown[]) => unknown) | undefined>;
  const onMessage = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelopeFor(message, to)) return undefined;
    const type = message.type as string;
    const handler = Object.prototype.hasOwnProperty.call(table, type) ? table[type] : undefined;
    if (!handler) return undefined;
    try {
      return Promise.resolve(handler(...(message.args as unknown[]), { sender })).then(
        // `undefined` would read as "no reply" to the polyfill; send an explicit null instead.
        (reply) => (reply === undefined ? null : reply),
        (error: unknown) => {
          console.warn(`[source-context] ${to} handler "${type}" failed:`, error);
          throw error instanceof Error ? error : new Error(String(error));
        },
      );
    } catch (error) {
      console.warn(`[source-context] ${to} handler "${type}" failed:`, error);
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}
