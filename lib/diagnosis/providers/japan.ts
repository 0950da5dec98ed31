/**
 * Japanese mobile carriers, whose mail servers answer in their own conventions.
 * au (KDDI): ezweb.ne.jp / au.com mailboxes, MX lsean.ezweb.ne.jp and msmx.au.com. au answers "550 : User unknown" —
 * with the address left empty — when the recipient's reception settings (designated/blocked senders, spoofing filter)
 * refuse the message, and "550 <address>: User unknown" when the address does not exist.
 * NTT docomo: docomo.ne.jp, MX mfsmax.docomo.ne.jp; "Unknown user" after DATA is its sender filter (the DATA stage rule
 * in classify.ts covers it); "552 too much mail data" is a full mailbox.
 */
import type { Provider } from '../types';

export const kddi: Provider = {
  id: 'kddi',
  name: 'au (KDDI)',
  hosts: ['ezweb.ne.jp', 'au.com'],
  domains: ['ezweb.ne.jp', 'au.com'],
  links: { postmaster: 'https://www.au.com/support/service/mobile/trouble/mail/email/filter/' },
  rules: [
    // "550 : User unknown" (and "550: : User unknown" as relays print it): the reception filter, not a missing address.
    { id: 'kddi.filtered', category: 'recipient-policy', patterns: [/\b5\d\d:? ?: User unknown/i], source: 'au reception settings (迷惑メールフィルター); behaviour documented in Sisimai\'s Rhost::KDDI', },
    { id: 'kddi.unknown', category: 'recipient-unknown', phrases: ['>: user unknown'], source: 'as above', },
  ],
};

export const docomo: Provider = {
  id: 'docomo',
  name: 'NTT docomo',
  hosts: ['docomo.ne.jp'],
  domains: ['docomo.ne.jp'],
  links: { postmaster: 'https://www.docomo.ne.jp/info/spam_mail/' },
  rules: [
    { id: 'docomo.full', category: 'mailbox-full', phrases: ['552 too much mail data'], source: 'docomo mfsmax replies; Sisimai\'s Rhost::NTTDOCOMO', },
    { id: 'docomo.recipients', category: 'rate-limit', phrases: ['552 too many recipients'], source: 'as above', },
  ],
};
