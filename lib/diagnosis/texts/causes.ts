/**
 * A cause in a few words, with the number of recipients it concerns: the headline that counts them ("3 recipients:
 * 2 addresses do not exist, 1 mailbox full") and the heading of a group of recipients. Small on purpose: the popup
 * shows it at open, before the diagnosis texts are loaded. {n} is the number.
 */
import type { Category } from '../types';

export interface CauseWords {
  one: string;
  many: string;
}

const refused = (why: string): CauseWords => ({ one: `1 recipient refused: ${why}`, many: `{n} recipients refused: ${why}` });

export const CAUSE_WORDS: Readonly<Record<Category, CauseWords>> = {
  spf: refused('SPF failed'),
  dkim: refused('DKIM failed'),
  dmarc: refused("your domain's DMARC policy"),
  unauthenticated: refused('not authenticated'),
  ptr: refused('no reverse DNS for your IP'),
  'ip-blocklist': refused('your IP is on a blocklist'),
  'domain-blocklist': refused('a domain is on a blocklist'),
  reputation: refused('sender reputation'),
  'rate-limit': { one: '1 recipient limited: too much mail at once', many: '{n} recipients limited: too much mail at once' },
  spam: refused('judged as spam'),
  virus: refused('looks dangerous'),
  'content-policy': refused('content not accepted'),
  'message-size': refused('message too large'),
  'message-format': refused('badly formatted message'),
  'relay-denied': refused('relaying not allowed'),
  'auth-required': refused('login to the server needed'),
  'tls-required': refused('encryption failed'),
  'sender-rejected': refused('your sender address'),
  'recipient-unknown': { one: '1 address does not exist', many: '{n} addresses do not exist' },
  'recipient-domain': { one: "1 address's domain cannot receive mail", many: "{n} addresses' domains cannot receive mail" },
  'mailbox-full': { one: '1 mailbox full', many: '{n} mailboxes full' },
  'mailbox-disabled': { one: '1 mailbox disabled', many: '{n} mailboxes disabled' },
  'recipient-policy': { one: '1 recipient does not accept mail from you', many: '{n} recipients do not accept mail from you' },
  policy: refused("the receiver's policy"),
  greylisting: { one: '1 recipient greylisted', many: '{n} recipients greylisted' },
  'delivery-timeout': { one: '1 recipient given up on after retrying', many: '{n} recipients given up on after retrying' },
  network: { one: "1 recipient's server unreachable", many: "{n} recipients' servers unreachable" },
  'remote-error': { one: "1 receiving server's own error", many: "{n} receiving servers' own errors" },
  protocol: refused('protocol error'),
  'auto-reply': { one: '1 automatic reply', many: '{n} automatic replies' },
  complaint: { one: '1 spam complaint', many: '{n} spam complaints' },
  delivered: { one: '1 delivered', many: '{n} delivered' },
  unknown: { one: '1 recipient, reason not clear', many: '{n} recipients, reason not clear' },
};

export function causeWords(category: Category, n: number): string {
  const w = CAUSE_WORDS[category];
  return n === 1 ? w.one : w.many.replace('{n}', n.toLocaleString('en-US'));
}
