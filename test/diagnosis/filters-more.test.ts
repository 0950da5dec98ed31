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
