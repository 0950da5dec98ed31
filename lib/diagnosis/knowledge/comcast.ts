/**
 * Comcast / Xfinity. Comcast's block codes are eight characters ("BL000001", "ES000010") and its replies link to
 * https://postmaster.comcast.net/smtp-error-codes.php#<code>. Sources: the postmaster code table
 * (http://postmaster.comcast.net/mail-error-codes.html: "Specific Error Codes"), Xfinity's "Email error codes" help
 * (https://www.xfinity.com/support/articles/email-errors, ES codes with their explanations), the postmaster page's
 * "Non-Specific Error Codes" (421 texts) and Comcast Business' hosted-Exchange bounce page (BL006, BL007).
 * The BL000xxx codes are a bit field: 1 = Spamhaus ZEN, 10 = Cloudmark CSI, 100 = SenderScore (the table as read
 * stops in the middle of BL000111).
 *
 * Not found in any Comcast page that could be read, so left out: the RL0000xx rate-limit codes and their "Throttled"
 * text, the RP codes, "found on one or more DNSBLs", "Comcast block for spam", "not our customer", DM000001 (DMARC).
 *
 * Audit of 2026-12-01: re-read postmaster.comcast.net mail-error-codes.html / .aspx / .xml (10 specific codes:
 * ES000001, ES000010, BL000000 … BL000111), smtp-error-codes.php (2 non-specific 421 texts; the code table itself is
 * a PHP template that did not render), the older security.comcast.net "Mail Delivery Error Messages" page (BL001 …
 * BL0010 and RL001 as bare links, no explanation; "Comcast allows 10 simultaneous connections", an older wording of
 * the 25-connection entry), Xfinity's email-errors article (ES codes) and Comcast Business' page (BL006, BL007).
 * Every documented code with a meaning is in the table; nothing added. The RL0000xx codes and the CON/RCP/SND-style
 * codes were not found on any Comcast page that could be read (only in bounce quotes and blogs).
 */
import type { Category } from '../types';
import type { KnownReply, KnowledgeSource } from './types';

const REF = 'http://postmaster.comcast.net/mail-error-codes.html';
const XFINITY = 'https://www.xfinity.com/support/articles/email-errors';
const SMTP_CODES = 'https://postmaster.comcast.net/smtp-error-codes.php';
const BUSINESS = 'https://business.comcast.com/help-and-support/internet/email-bounce-back-messages/';

const r = (id: string, category: Category, token: string | undefined, phrases: readonly string[], text: string, source = REF): KnownReply => ({
  id: `comcast.${id}`,
  category,
  ...(token ? { token } : {}),
  phrases,
  text,
  source,
});

export const COMCAST: KnowledgeSource = {
  id: 'comcast',
  name: 'Comcast (Xfinity)',
  kind: 'mailbox-provider',
  reference: REF,
  replies: [
    r('es000001', 'ip-blocklist', 'ES000001', [],
      "ES000001 — This error results when mail delivery is attempted from Comcast's dynamic/residential space. (Xfinity: you are sending email from a dynamic/residential IP address within the Comcast domain; Comcast does not allow subscribers to send email from email servers other than smtp.comcast.net. The block cannot be lifted.)",
      XFINITY),
    r('es000010', 'ptr', 'ES000010', [],
      'ES000010 — This error results when mail delivery is attempted from external dynamic/residential space. (Xfinity: Comcast does not allow residential/dynamic IP addresses to connect directly; in most cases Comcast classifies a server IP as dynamic if its reverse DNS does not comply with standard static naming conventions.)',
      XFINITY),
    r('bl000000', 'reputation', 'BL000000', [],
      'BL000000 — This error results when mail delivery is attempted from addresses that sent mail in patterns characteristic of spam.'),
    r('bl000001', 'ip-blocklist', 'BL000001', [],
      'BL000001 — This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen Blocklist.'),
    r('bl000010', 'ip-blocklist', 'BL000010', [],
      'BL000010 — This error results when mail delivery is attempted from addresses that are listed on Cloudmark CSI.'),
    r('bl000011', 'ip-blocklist', 'BL000011', [],
      'BL000011 — This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen blocklist and Cloudmark CSI.'),
    r('bl000100', 'ip-blocklist', 'BL000100', [],
      'BL000100 — This error results when mail delivery is attempted from addresses that are listed on the SenderScore blocklist.'),
    r('bl000101', 'ip-blocklist', 'BL000101', [],
      'BL000101 — This error results when mail delivery is attempted from addresses that are listed on the Spamhaus Zen blocklist and the SenderScore blocklist.'),
    r('bl000110', 'ip-blocklist', 'BL000110', [],
      'BL000110 — This error results when mail delivery is attempted from addresses that are listed on the SenderScore blocklist and Cloudmark CSI.'),
    r('bl000111', 'ip-blocklist', 'BL000111', [],
      'BL000111 — This error results when mail delivery is attempted from addresses that are listed on the SenderScore … (Spamhaus Zen, Cloudmark CSI and SenderScore: the bit field of the table).'),
    r('too-many-sessions', 'rate-limit', undefined, ['too many sessions opened'],
      '421 - [Too many sessions opened] — Comcast allows 25 simultaneous connections per sending IP address. This error results when that limit is exceeded.',
      SMTP_CODES),
    r('reverse-dns-failure', 'ptr', undefined, ['reverse dns failure'],
      '421 - [Reverse DNS failure : Try again later] — Comcast requires all sending IP addresses have a valid rDNS. This error results when the lookup failed. This error should be treated as a temp-fail and can be retried.',
      SMTP_CODES),
    r('bl006-spamhaus', 'ip-blocklist', 'BL006', [],
      'Code BL006 — your mail provider is listed on the Spamhaus SBL/XBL, a list of mail providers detected as sending spam. (Comcast Business hosted Exchange)',
      BUSINESS),
    r('bl007-cloudmark', 'ip-blocklist', 'BL007', [],
      'Code BL007 — your email provider is listed on the Cloudmark Sender Intelligence (CSI), a list of IP addresses detected as sending spam. (Comcast Business hosted Exchange)',
      BUSINESS),
  ],
};
