/** Round 82: see replies.ts. */
import type { DevReply } from './types';
export const DEV_INTL82: readonly DevReply[] = [
  { text: "Ihre Nachricht an user@example.com konnte nicht zugestellt werden.\ninfo wurde nicht in example.com gefunden,\noder das Postfach ist nicht verfügbar.", category: "recipient-unknown", permanent: true, source: "https://github.com/jrumpfinger-star/dorfladen-static-web-app/blob/4e431ef41be5398ca69ac1524d545ef9ee7ddab5/specs/bestellkopie-laden/spec.md", why: "A shop's Microsoft 365 (Exchange Online) tenant got this German NDR when mailing the shop's own IONOS-hosted address; the text says the recipient was not found in the domain. Doubtful: the page later found the mailbox healthy and receiving mail, and never pinned down why this one bounce occurred.", lang: "de" },
];
