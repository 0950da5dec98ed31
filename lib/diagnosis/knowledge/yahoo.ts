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
 *
 * Audit of 2026-12-01 against the 2026-02-15 copy of the page (11 headed families, plus the generic 4XX/5XX
 * paragraphs, plus five "Other policy errors (e.g. 550, 554)" reasons): added the five "Other policy errors" reasons
 * (null MX, header too big, date outside of range, undecodable header value, exotic characters in an address) and
 * the DKIM-signing-policy rejection of "Authentication failures"; and, from Yahoo Help articles the page's
 * predecessors link: SLN3437 (421 … 4.16.50), SLN3326 ([TS02] … 4.16.56.1, unusual traffic), SLN5066 (553 Mail from
 * x.x.x.x not allowed, open relay/proxy), SLN3444 (553 VS99-IP1, 451 VS1-IP / VS1-MF) and the 2008 abuse-57 article
 * (554 … This account is over quota). AOL (now Yahoo Inc.) entries come from AOL's own postmaster pages (RTR:DU,
 * RLY:B1, HVU:B1) and postmaster blog (500 5.1.1 … Recipient address rejected: aol.com). Not mapped: the generic
 * 4XX/5XX paragraphs (several causes each), the old "421 Message temporarily deferred - 4.16.51/4.16.52" article
 * (help.yahoo.com postmaster-22, seen only quoted on blogs), AOL's RTR:BB/RTR:CH/RTR:BG/RTR:RD, CON:B1, RLY:SN, DYN:T1
 * texts (the stored AOL list page shows only RTR:DU and RLY:B1; the others only on forums/blogs), and AOL's
 * "451 4.3.0 …: Temporary lookup failure" (documented as user unknown, but its wording is Postfix's generic one).
 */
import { hedged } from './entry';
import type { Category } from '../types';
import type { KnownReply, KnowledgeSource } from './types';

const REF = 'https://senders.yahooinc.com/smtp-error-codes/';
const SLN7253 = 'https://help.yahoo.com/kb/SLN7253.html';
const SLN3436 = 'https://help.yahoo.com/kb/SLN3436.html';
const SLN3437 = 'https://help.yahoo.com/kb/SLN3437.html';
const SLN3326 = 'https://help.yahoo.com/kb/postmaster/SLN3326.html';
const SLN5066 = 'https://help.yahoo.com/kb/SLN5066.html';
const SLN3444 = 'https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html';
const AOL_ERRORS = 'http://postmaster.info.aol.com/errors/';
const AOL_RLYB1 = 'http://postmaster.info.aol.com/errors/554rlyb1.html';
const AOL_HVUB1 = 'http://postmaster-us.info.aol.com/errors/554hvub1.html';
const AOL_BLOG = 'http://postmaster-blog.aol.com/';
const ABUSE57 = 'http://help.yahoo.com/l/in/yahoo/mail/original/abuse/abuse-57.html';
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
    r('dkim-signing-policy', 'dkim', ['failing dkim authentication', 'must be signed and authenticated with dkim'],
      'Authentication failures — Yahoo rejects emails for failing DKIM authentication when the signing domain (the d= tag of the DKIM signature) publishes a policy that all its emails must be signed and authenticated with DKIM, and the email could not be authenticated against that policy (missing or bad signature).',
      { status: '5.7.9' }),
    // "Other policy errors (e.g. 550, 554)": the page lists five reasons, each with its own meaning.
    r('other-policy-null-mx', 'sender-rejected', ['null mx record'],
      'Other policy errors (e.g. 550, 554) — Yahoo may permanently defer or reject mail for policy reasons, such as a null MX record (see RFC 7505).'),
    r('other-policy-header-too-big', 'message-format', ['header too big'],
      'Other policy errors (e.g. 550, 554) — Yahoo may permanently defer or reject mail for policy reasons, such as: header too big (e.g. From, Subject, To).'),
    r('other-policy-date-range', 'message-format', ['date outside of range'],
      'Other policy errors (e.g. 550, 554) — Yahoo may permanently defer or reject mail for policy reasons, such as: date outside of range.'),
    r('other-policy-header-decode', 'message-format', ['header value can not be decoded', 'header value cannot be decoded'],
      'Other policy errors (e.g. 550, 554) — Yahoo may permanently defer or reject mail for policy reasons, such as: header value can not be decoded (e.g. From, Subject).'),
    r('other-policy-forbidden-characters', 'policy', ['exotic or forbidden characters'],
      'Other policy errors (e.g. 550, 554) — Yahoo may permanently defer or reject mail for policy reasons, such as: an email address contains exotic or forbidden characters (e.g. ,$%?{}<>).'),

    // ── Help articles with a reply text ────────────────────────────────────────────────────────────────────────────
    // The reply's own words say only "policy reasons"; the cause is Yahoo's help article's (authentication): documented,
    // and said at most with medium confidence (so is PH01's, "Email not accepted for policy reasons").
    hedged(r('5.7.9-policy-reasons', 'unauthenticated', ['message not accepted for policy reasons'],
      '554 5.7.9 Message not accepted for policy reasons — your message was not delivered because Yahoo was unable to verify that it came from a legitimate email sender: it failed one or more of the DKIM, SPF or DMARC checks.',
      { status: '5.7.9', source: SLN7253 })),
    r('ts03-permanently-deferred', 'reputation', ['permanently deferred'],
      '421 4.7.1 [TS03] All messages from x.x.x.x permanently deferred — Yahoo is seeing a high volume of emails from your IP address, which is a characteristic of unsolicited, bulk emailing.',
      { token: 'TS03', source: SLN3436 }),
    r('4.16.50-complaints', 'reputation', ['temporarily deferred - 4.16.50'],
      '421 Message from x.x.x.x temporarily deferred - 4.16.50 — emails from your mail server have been generating substantial complaints from Yahoo Mail users; a temporary error, your server may retry later.',
      { token: '4.16.50', source: SLN3437 }),
    r('ts02-unusual-traffic', 'reputation', ['temporarily deferred - 4.16.56.1'],
      '421 4.7.0 [TS02] Messages from x.x.x.x temporarily deferred - 4.16.56.1 — Yahoo is receiving unusual traffic from your IP address (a shared IP may be hurting your sending reputation; users marking mail as spam also lowers it).',
      { token: 'TS02', status: '4.7.0', source: SLN3326 }),
    // "Email sent to Yahoo Mail addresses is rejected" (SLN3444) and its 2008 predecessor (abuse-57).
    r('vs99-ip1-deferred', 'policy', ['vs99-ip1 deferred'],
      '553 VS99-IP1 deferred — your SMTP connection was rejected.',
      { token: 'VS99-IP1', source: SLN3444 }),
    r('vs1-ip-unknown-recipients', 'reputation', ['excessive unknown recipients', 'possible open relay'],
      '451 VS1-IP Excessive unknown recipients - possible Open Relay (#4.1.8) — the email was deprioritized (see the guidelines on avoiding deprioritization).',
      { token: 'VS1-IP', source: SLN3444 }),
    r('vs1-mf-unknown-recipients', 'reputation', ['excessive unknown recipients', 'possible open relay'],
      '451 VS1-MF Excessive unknown recipients - possible Open Relay (#4.4.5) — the email was deprioritized (see the guidelines on avoiding deprioritization).',
      { token: 'VS1-MF', source: SLN3444 }),
    r('dd-over-quota', 'mailbox-full', ['this account is over quota'],
      "554 delivery error: dd Sorry, your message to (userid@yahoo.com) cannot be delivered. This account is over quota. — don't retry at once; queue the user separately and retry periodically in case they delete enough mail.",
      { source: ABUSE57 }),
    r('553-open-relay-proxy', 'ip-blocklist', ['open relays or open proxies', 'open relay or open proxy'],
      '553 Mail from x.x.x.x not allowed — Yahoo does not accept SMTP connections from open relays or open proxies; an IP address found to be one may have all its SMTP traffic rejected for at least 60 days.',
      { source: SLN5066 }),

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
    // The meaning is the PH code's ("Content based blocks (e.g: PH* Errors)"): the same sentence after another tag
    // ("554 Message not allowed: DK Email not accepted for policy reasons", "– UP Email not accepted …") is not a
    // content block, so the words alone are no phrase of this entry.
    hedged(r('ph01-content', 'virus', [],
      '554 Message not allowed - [PH01] Email not accepted for policy reasons. — Content based blocks (e.g: PH* Errors): something in the content Yahoo will not accept: viruses, phishing attempts, ransomware, other malicious software, or links to any of these.' + VIA,
      { token: 'PH01' })),

    // ── AOL (legacy AOL postmaster pages, before the move to Yahoo's infrastructure) ─────────────────────────────────
    r('aol-rtr-du', 'ip-blocklist', [],
      '554 RTR:DU — AOL works with Spamhaus to maintain lists of dynamic and residential IP addresses; per its e-mail guidelines AOL does not accept mail from these addresses.',
      { token: 'RTR:DU', source: AOL_ERRORS }),
    r('aol-rly-b1', 'reputation', [],
      '554 RLY:B1 — a dynamic block placed on an IP address when AOL member complaints go over AOL\'s threshold; removed automatically within 24 hours if the complaints fall below it.',
      { token: 'RLY:B1', source: AOL_RLYB1 }),
    r('aol-hvu-b1', 'domain-blocklist', [],
      '554 HVU:B1 — at least one domain in your email is generating substantial complaints from AOL members; AOL blocks emails that contain domains previously used for unsolicited email or phishing, anywhere in the message body source.',
      { token: 'HVU:B1', source: AOL_HVUB1 }),
    r('aol-recipient-rejected', 'recipient-unknown', ['recipient address rejected: aol.com'],
      '500 5.1.1 <invaliduser@aol.com>: Recipient address rejected: aol.com — AOL\'s code for an invalid mailbox / user unknown (alongside "550 Mailbox not found").',
      { status: '5.1.1', source: AOL_BLOG }),
  ],
};
