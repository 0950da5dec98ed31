/**
 * Mail filters' and gateways' own texts (knowledge/filters-more.ts): Proxmox Mail Gateway, MailScanner, Trend Micro
 * Email Security, HCL Domino. Texts written by us in each product's default wording, as its source or manual gives it.
 * Each was misread before the table: as generic policy, as spam or virus from one word, or not as a failure at all.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a filter's or gateway's own refusal", () => {
  it.each([
    ['MailScanner, sender on a blocklist (its spam words name the RBL check)', 'ip-blocklist', 'Our UCE (spam) detectors have been triggered by a message you sent: This message has been destroyed. The server which is sending the message to our site is listed in a public blacklist of badly configured or misused mail systems.'],
    ['MailScanner, attachment name refused', 'content-policy', 'Our e-mail content detector has just been triggered by a message you sent: One or more of the attachments (invoice.exe) are on the list of unacceptable attachments for this site and will not have been delivered.'],
    ['MailScanner, message it could not scan', 'content-policy', 'Our virus detector failed to completely analyse a message you sent: Any parts of the message that could not be analysed will not have been delivered.'],
    ['Domino, sender denied by inbound controls', 'sender-rejected', '554 Mail from <sender@example.com> rejected for policy reasons.'],
    ["Domino, the DNSBL filter's default reply", 'ip-blocklist', '554 Connection denied based on policy reason.'],
    ['Trend Micro Email Security, unregistered sender domain', 'relay-denied', '554 5.7.1 <pat@example.org>: Recipient address rejected: NO-DOMAIN'],
    ['Trend Micro Hosted Email Security, spamming from the customer server', 'reputation', '550 5.7.1 <pat@example.org>: Mail blocked due to possible spamming activity'],
  ])('%s', (_what, category, text) => {
    expect(pasted(text)?.category).toBe(category);
  });
});

describe("MailCleaner's ACL rejections and receivers' replies Momentum's manual documents", () => {
  it.each([
    ['550 no HELO given before MAIL command', 'protocol', 'mailcleaner.no-helo'],
    ['550 This domain does not accept mail from itself (spoofing)', 'sender-rejected', 'mailcleaner.spoofing'],
    ['550 blacklisted sender: pat@example.org', 'sender-rejected', 'mailcleaner.blacklisted-sender'],
    ['550 blacklisted recipient: kim@dest.example', 'recipient-policy', 'mailcleaner.blacklisted-recipient'],
    ['451 192.0.2.7 is not yet authorized to deliver mail from <pat@example.org> to <kim@dest.example>. Please try later.', 'greylisting', 'mailcleaner.greylisting'],
    ['530 Encryption is required from you', 'tls-required', 'mailcleaner.encryption-required'],
    ['554 Detected forbidden filetype (Security reasons).', 'content-policy', 'mailcleaner.forbidden-filetype'],
    ['550 Maximum line length is 998, got 2048.', 'message-format', 'mailcleaner.line-length'],
    ['host mx.tom.com[192.0.2.8] said: 553 this mail is blocked by kbas (in reply to end of DATA command)', 'spam', 'momentum-adaptive.tom-kbas'],
    ['554 mail.bigpond.com Cloudmark Sender Intelligence', 'ip-blocklist', 'momentum-adaptive.bigpond-cloudmark'],
    ['421 mx.telenet.be Too many simultaneous sessions', 'rate-limit', 'momentum-adaptive.telenet-sessions'],
  ])('%s → %s', (text, category, ruleId) => {
    const d = pasted(text);
    expect(d?.category).toBe(category);
    expect(d?.ruleId).toBe(ruleId);
  });
});
