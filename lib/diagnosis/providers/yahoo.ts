/**
 * Yahoo and AOL (Yahoo Inc.). Codes from https://senders.yahooinc.com/smtp-error-codes/ : [TSS04]/[TS0x] temporary
 * deferrals for volume or complaints, [BL21]/[BL22]/[BL23] blocks from Spamhaus listings, [PH01]… policy, 5.7.9
 * "Message not accepted for policy reasons", 554.30 disabled mailboxes, "554 delivery error: dd This user doesn't have a
 * yahoo.com account" (given at the end of DATA) for addresses that do not exist.
 */
import type { Provider } from '../types';

const SRC = 'https://senders.yahooinc.com/smtp-error-codes/';

export const yahoo: Provider = {
  id: 'yahoo',
  name: 'Yahoo / AOL',
  hosts: ['yahoodns.net', 'yahoo.com', 'aol.com', 'yahoo.co.jp'],
  // (Its own forms, from the code page: "554 delivery error: dd …" and a disabled mailbox's "(554.30)".)
  signatures: [/\[(?:TSS?\d{2}|BL\d{2}|PH\d{2}|GL\d{2}|RL\d{2})\]/, /postmaster\.yahoo(?:inc)?\.com/i, /senders\.yahooinc\.com/i, /help\.yahoo\.com/i, /\bmta\d{1,5}\.mail\.[a-z]{2,4}\d{0,2}\.yahoo\.com\b/i, /\b554 delivery error: dd\b/i, /\(554\.30\)/],
  domains: ['yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'ymail.com', 'rocketmail.com', 'aol.com', 'aim.com', 'verizon.net'],
  links: { postmaster: 'https://senders.yahooinc.com/', errors: SRC },
  rules: [
    { id: 'yahoo.blocklist', category: 'ip-blocklist', patterns: [/\[BL\d{2}\]/], source: SRC, },
    { id: 'yahoo.deferred-volume', category: 'reputation', patterns: [/\[TSS?\d{2}\]/], source: SRC, },
    { id: 'yahoo.rate', category: 'rate-limit', patterns: [/\[RL\d{2}\]/], phrases: ['max message per connection'], source: SRC, },
    { id: 'yahoo.dmarc', category: 'dmarc', status: ['x.7.9'], phrases: ['dmarc'], source: SRC, },
    { id: 'yahoo.unauthenticated', category: 'unauthenticated', status: ['x.7.9'], phrases: ['unauthenticated', 'authenticate with'], source: SRC, },
    { id: 'yahoo.policy-reasons', category: 'policy', status: ['x.7.9'], source: SRC, },
    { id: 'yahoo.disabled', category: 'mailbox-disabled', phrases: ['this mailbox is disabled', '554.30'], source: SRC, },
    { id: 'yahoo.not-found', category: 'recipient-unknown', phrases: ['mailbox not found', 'user unknown', 'does not exist', "this user doesn't have a"], source: SRC, },
  ],
};
