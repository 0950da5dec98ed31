/**
 * Yahoo and AOL (Yahoo Inc.). Yahoo's current "SMTP Error Codes" page (https://senders.yahooinc.com/smtp-error-codes/,
 * copies of 2024-05-10 and 2026-02-15 in azumakuniyuki/feb-2024-no-auth-no-entry yahoo-senders-smtp-error-codes/) no
 * longer lists reply texts: it documents error *families* by heading ("Message temporarily deferred (eg: TS* Errors)",
 * "Content based blocks (e.g: PH* Errors)", "Authentication failures", "Unresolvable RFC.5321 or RFC.5322 from
 * domain", …) and one sample bounce ("554 delivery error: dd This user doesn't have a yahoo.com account"). Yahoo's
 * replies point to that page ("see https://postmaster.yahooinc.com/error-codes"), sometimes with the heading's anchor.
 * Older Yahoo Help articles document single texts: 554 5.7.9 (SLN7253), [TS03] (SLN3436), and the 4xx page (SLN26151).
 *
 * The bracketed codes ([TS01] … [TSS11], [BL21], [BL23], [PH01]) are identified as tokens. Their reply wording is
 * quoted from Sisimai's Rhost/YahooInc.pm (which cites the Yahoo page); their meaning is the one Yahoo documents for
 * the family: TS* = deferred for complaints, spam-like content, poor IP reputation or unusual traffic; PH* = content
 * Yahoo will not accept (viruses, phishing, ransomware, malware, links to them); 553/554 for an IP listed by Spamhaus.
 * Not found in any Yahoo document, so left out: "[TSS12]", "[TSS21]", "[BL22]", "[PH02]", "421 Max message per
 * connection reached", "450 User is receiving mail too quickly", "554 30 … This mailbox is disabled (554.30)".
 */
import type { Category } from '../types';
import type { KnownReply, KnowledgeSource } from './types';

const REF = 'https://senders.yahooinc.com/smtp-error-codes/';
const SLN7253 = 'https://help.yahoo.com/kb/SLN7253.html';
const SLN3436 = 'https://help.yahoo.com/kb/SLN3436.html';
const VIA = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/YahooInc.pm)';

const r = (
  id: string,
  category: Category,
  phrases: readonly string[],
  text: string,
  extra: { token?: string; status?: string; source?: string } = {},
): KnownReply => ({
  id: `yahoo.${id}`,
  category,
  phrases,
  text,
  source: extra.source ?? REF,
  ...(extra.token ? { token: extra.token } : {}),
  ...(extra.status ? { status: extra.status } : {}),
});

export const YAHOO: KnowledgeSource = {
  id: 'yahoo',
  name: 'Yahoo / AOL',
  kind: 'mailbox-provider',
  reference: REF,
  replies: [
    // ── Families documented on the SMTP Error Codes page (headings) ────────────────────────────────────────────────
    r('rfc-compliance', 'message-format', ['not rfc compliant', 'rfc compliance failures'],
      'RFC compliance failures — these errors indicate emails from your mail server are not RFC compliant (duplicate headers, incorrectly formatted headers, incorrect mime types…).'),
    r('unresolvable-from-domain', 'sender-rejected', ['unresolvable rfc.5321', 'unresolvable rfc.5322', 'unresolvable-from-domain'],
      'Unresolvable RFC.5321 or RFC.5322 from domain — the domain to the right of the @ in the MAIL FROM or HEADER FROM does not appear to be valid (checked with an SOA query); returned as a timeout/servfail (451) or a permfail (554).'),
    r('excessive-complaints', 'reputation', ['excessive user complaints', 'excessive amount of complaints'],
      'Excessive user complaints — emails from your mail server are generating an excessive amount of complaints from Yahoo users.'),
    r('excessive-unsolicited', 'reputation', ['excessive unsolicited messages'],
      'Excessive unsolicited messages — excessively high volume of emails from a single IP address is a characteristic of unsolicited, bulk emailing.'),
    r('excessive-unknown-recipients', 'reputation', ['excessive unknown recipients'],
      'Excessive unknown recipients — your mail server is sending to a large number of invalid recipients and may be configured as an "open relay" or "open proxy".'),
    r('authentication-failures', 'unauthenticated', ['yahoo requires all senders to authenticate', 'authenticate with either spf or dkim'],
      'Authentication failures — your email failed one or more authentication checks. All senders need to authenticate their emails with either SPF or DKIM; bulk senders must authenticate with SPF and DKIM and have a DMARC policy. Reply seen: "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM."' + VIA),
    r('recipient-does-not-exist', 'recipient-unknown', ['have a yahoo.com account'],
      "Recipient does not exist — the Yahoo account that you're trying to send to does not exist. Sample: 554 delivery error: dd This user doesn't have a yahoo.com account (testing123@yahoo.com) [-5] - mta123.mail.mud.yahoo.com"),
    r('resources-unavailable', 'remote-error', ['resources temporarily unavailable'],
      'Resources temporarily unavailable — the Yahoo mail servers were busy and temporarily unable to process your transaction at the time of connection.'),

    // ── Help articles with a reply text ────────────────────────────────────────────────────────────────────────────
    r('5.7.9-policy-reasons', 'unauthenticated', ['message not accepted for policy reasons'],
      '554 5.7.9 Message not accepted for policy reasons — your message was not delivered because Yahoo was unable to verify that it came from a legitimate email sender: it failed one or more of the DKIM, SPF or DMARC checks.',
      { status: '5.7.9', source: SLN7253 }),
    r('ts03-permanently-deferred', 'reputation', ['permanently deferred'],
      '421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred — Yahoo is seeing a high volume of emails from your IP address, which is a characteristic of unsolicited, bulk emailing.',
      { token: 'TS03', source: SLN3436 }),

    // ── TS* deferrals ("Message temporarily deferred (eg: TS* Errors)") ────────────────────────────────────────────
    r('ts01-deferred', 'reputation', ['temporarily deferred due to user complaints'],
      '421 4.7.0 [TS01] Messages from x.x.x.x temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes' + VIA,
      { token: 'TS01' }),
    r('ts02-deferred', 'reputation', ['temporarily deferred due to user complaints'],
      '421 4.7.0 [TS02] Messages from x.x.x.x temporarily deferred due to user complaints' + VIA,
      { token: 'TS02' }),
    r('tss04-deferred', 'reputation', ['temporarily deferred due to unexpected volume', 'unexpected volume or user complaints'],
      '421 4.7.0 [TSS04] Messages from x.x.x.x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes' + VIA,
      { token: 'TSS04' }),
    r('tss09-permanently-deferred', 'reputation', ['will be permanently deferred', 'retrying will not succeed'],
      '553 5.7.2 [TSS09] All messages from x.x.x.x will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes' + VIA,
      { token: 'TSS09' }),
    r('tss11-permanently-deferred', 'reputation', ['will be permanently deferred', 'retrying will not succeed'],
      '553 5.7.2 [TSS11] All messages from x.x.x.x will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes' + VIA,
      { token: 'TSS11' }),

    // ── Spamhaus listings (5xx: "Your IP is listed by Spamhaus") ───────────────────────────────────────────────────
    r('bl21-spamhaus', 'ip-blocklist', ["ip is in spamhaus's list", 'listed by spamhaus'],
      "553 5.7.1 [BL21] Connections will not be accepted from x.x.x.x, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html" + VIA,
      { token: 'BL21' }),
    r('bl23-spamhaus-xbl', 'ip-blocklist', ['ip addresses on spamhaus xbl'],
      '553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html' + VIA,
      { token: 'BL23' }),

    // ── PH* content blocks ─────────────────────────────────────────────────────────────────────────────────────────
    r('ph01-content', 'virus', ['email not accepted for policy reasons'],
      '554 Message not allowed - [PH01] Email not accepted for policy reasons. — Content based blocks (e.g: PH* Errors): something in the content Yahoo will not accept: viruses, phishing attempts, ransomware, other malicious software, or links to any of these.' + VIA,
      { token: 'PH01' }),
  ],
};
