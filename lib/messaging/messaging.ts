/**
 * A small typed wrapper over `runtime.sendMessage` / `runtime.onMessage` (webextension-polyfill: listeners may return
 * promises). The background registers one handler per message type; each handler only runs for the sender kinds that
 * `ALLOWED_SENDERS` lists.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { webmailForUrl } from '../webmail/hosts';
import {
  ALLOWED_SENDERS,
  isEnvelope,
  type Envelope,
  type MessageData,
  type MessageResponse,
  type MessageType,
  type SenderKind,
} from './protocol';

type MessagingBrowser = Pick<Browser, 'runtime'>;

export function sendMessage<K extends MessageType>(
  browser: MessagingBrowser,
  type: K,
  data: MessageData<K>,
): Promise<MessageResponse<K>> {
  const envelope: Envelope<K> = { bd: 1, type, data };
  return browser.runtime.sendMessage(envelope) as Promise<MessageResponse<K>>;
}

export type Handlers = {
  [K in MessageType]?: (
    data: MessageData<K>,
    sender: Runtime.MessageSender,
  ) => MessageResponse<K> | Promise<MessageResponse<K>>;
};

/** Classifies a sender: our own extension page, our content script on a webmail host, or nobody we trust. */
export function senderKind(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  const url = sender.url ?? '';
  if (sender.tab && webmailForUrl(url) !== null && !url.startsWith(ownOrigin)) return 'webmail-content';
  if (url.startsWith(ownOrigin)) return 'extension-page';
  return null;
}

/**
 * Registers the handlers synchronously (MV3 service workers must add listeners in the first turn).
 * Returns the listener so tests can call it directly.
 */
export function onMessages(browser: MessagingBrowser, handlers: Handlers) {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      | ((data: unknown, sender: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/').replace(/\/$/, ''));
    if (kind === null || !ALLOWED_SENDERS[message.type].includes(kind)) {
      return Promise.reject(new Error(`Bounce Doctor: ${message.type} is not accepted from this sender`));
    }
    return Promise.resolve().then(() => handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return listener;
}
