/** Per-category facts from ../shared/docs/taxonomy.md: who must act, and whether the address should be suppressed. */
import type { Category, Side } from './types';

export const CATEGORY_SIDE: Readonly<Record<Category, Side>> = {
  spf: 'sender',
  dkim: 'sender',
  dmarc: 'sender',
  unauthenticated: 'sender',
  ptr: 'sender',
  'ip-blocklist': 'sender',
  'domain-blocklist': 'sender',
  reputation: 'sender',
  'rate-limit': 'sender',
  spam: 'sender',
  virus: 'sender',
  'content-policy': 'sender',
  'message-size': 'sender',
  'message-format': 'sender',
  'relay-denied': 'sender',
  'auth-required': 'sender',
  'tls-required': 'either',
  'sender-rejected': 'sender',
  'recipient-unknown': 'recipient',
  'recipient-domain': 'recipient',
  'mailbox-full': 'recipient',
  'mailbox-disabled': 'recipient',
  'recipient-policy': 'recipient',
  policy: 'either',
  greylisting: 'none',
  'delivery-timeout': 'either',
  network: 'either',
  'remote-error': 'recipient',
  protocol: 'sender',
  'auto-reply': 'none',
  complaint: 'sender',
  delivered: 'none',
  unknown: 'either',
};

/** Only a bad address is suppressed; a 550 for SPF or a blocklist is the sender's to fix (taxonomy.md). */
export const SUPPRESS: ReadonlySet<Category> = new Set(['recipient-unknown', 'recipient-domain', 'mailbox-disabled']);

export const CATEGORIES = Object.keys(CATEGORY_SIDE) as Category[];

/** Not failures at all (taxonomy.md: a delivery or relay notice, an automatic reply, a complaint): nothing was refused, and nothing is final or delayed. */
export const NOT_FAILURE: ReadonlySet<Category> = new Set(['delivered', 'auto-reply', 'complaint']);
