/**
 * Documented sources for reply wordings that the shared corpus contains but the other tables did not cover, each one
 * found in the vendor's own page, the program's own source, or an RFC:
 *
 * - Facebook's postmaster "SMTP Response Codes" page (RCP-P2 "Refused due to recipient preferences" and the other
 *   codes; the POL-*, CON-* and a few other codes only through Sisimai's copy of the table, marked "via").
 * - Sun Java System Messaging Server ("Illegal host/domain name found"): the Administration Guide's troubleshooting
 *   section on illegal host/domain errors.
 * - qmail-ldap's qmail-local ("The users mailfolder is over the allowed quota (size)."): not vpopmail, as had been
 *   assumed; vpopmail's vdelivermail says "user is over quota" / "domain is over quota" (also listed).
 * - Sendmail collect.c ("552 Headers too large (N max)" and its neighbours).
 * - Cyrus IMAP lmtpengine.c ("554 5.6.0 Message contains invalid header" and the other LMTP replies).
 * - Postfix smtpd.c ("554 5.5.1 Error: no valid recipients").
 * - Yahoo's SMTP error codes page (the "dd This user doesn't have a <domain> account" sample, for domains other than
 *   yahoo.com that Yahoo hosts; yahoo.ts only matches the yahoo.com form).
 * - RFC 3463 X.3.2 ("System not accepting network messages").
 *
 * Searched for and NOT found as documentation (so nothing is written for them): Ipswitch IMail's "Invalid final
 * delivery userid"; "You've reached your daily relay quota"; the Microsoft 365 / Google Groups "only accepts messages
 * from people in its organization" NDR text and Google Groups' German "nicht die erforderlichen Berechtigungen" (the
 * Microsoft 5.7.133 article documents the code, which microsoft.ts has, but not this wording); "No relaying"; "service
 * permits N unverifyable sending IPs"; "mismatches client ip"; "unable to connect" / "not responding" / "not delivered
 * within N days" (no single program's text); amavisd-new's old "Message
 * content rejected, UBE, id=" form (the stored amavisd sources are the current "Reject, id=… - spam" form); "is not a
 * registered gateway user"; Barracuda's "Message blocked by the bulk email filter"; Proofpoint's "Message rejected by
 * recipient's policy"; United Internet's "Reject due to policy restrictions"; the Outlook.com OU-001 / SC-001 / DY-001
 * codes (only bounce quotes and blogs, no Microsoft page); Apple's [HM08] / [CS01]; "AOL will not accept delivery of
 * this message" (the stored AOL postmaster pages list RTR/RLY/CON… codes, not this text); GMX's older "IP address is
 * black listed" (GMX documents "block listed").
 * Read since by the general rules, not from a table here, because real replies of other servers in the development
 * set say the same in the same words (test/diagnosis/single-sample.test.ts counts them): BIGLOBE's "number of messages
 * in recipient's mailbox exceeded the local limit" (docomo's PHS mail says "the volume of recipient's mailbox exceeded
 * the local limit"); "Unroutable sender address" (Mail.ru's reply, quoted in two development replies).
 */
import { entries as entry } from './entry';
import type { KnowledgeSource } from './types';



// ── Facebook (@facebook.com mail, retired in 2014) ────────────────────────────────────────────────────────────────
// The page lists the codes with a one-line meaning; the reply carries the code, a link to the page and, for RCP-P2,
// "Refused due to recipient preferences" (e.g. "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=…#rcp
// Refused due to recipient preferences"). DNS-T1/DNS-T2 are hidden in the stored copy of the page and read from a
// verbatim copy of it; the policy (POL-*), connection (CON-*) and a few recipient codes only from Sisimai's copy.
// POL-P7 is left out: Sisimai's two copies give it two different meanings (domain authentication / abuse policies).
const FB = 'http://postmaster.facebook.com/response_codes';
const FB_COPY = `${FB} (via http://esp.teneo.be/index.php/espblog/112-facebook-email-smtp-codes)`;
const FB_VIA = `${FB} (via sisimai/p5-sisimai lib/Sisimai/Rhost/Facebook.pm)`;
const fb = entry('facebook', FB);
const fbInternal = Array.from({ length: 12 }, (_, i) =>
  fb(`int-t${i + 1}`, 'remote-error', [], `INT-T${i + 1} — Facebook System Resource Issues: a temporary issue internal to Facebook's system; administrators observing it are not required to take any action.`, { token: `INT-T${i + 1}` }),
);

export const FACEBOOK: KnowledgeSource = {
  id: 'facebook',
  name: 'Facebook (facebook.com mail)',
  kind: 'mailbox-provider',
  reference: FB,
  replies: [
    ...fbInternal,
    // Sender domain issues
    fb('dns-p1', 'sender-rejected', [], 'DNS-P1 — Your SMTP MAIL FROM domain does not exist. (permanent until corrected)', { token: 'DNS-P1' }),
    fb('dns-p2', 'sender-rejected', [], 'DNS-P2 — Your SMTP MAIL FROM domain does not have an MX record. (permanent until corrected)', { token: 'DNS-P2' }),
    fb('dns-p3', 'ptr', [], 'DNS-P3 — Your mail server does not have a reverse DNS record. (permanent until corrected)', { token: 'DNS-P3' }),
    fb('dns-t1', 'sender-rejected', [], 'DNS-T1 — Your SMTP MAIL FROM domain exists but does not currently resolve. (temporary)', { token: 'DNS-T1', source: FB_COPY }),
    fb('dns-t2', 'ptr', [], "DNS-T2 — Your mail server's reverse DNS record does not currently resolve. (temporary)", { token: 'DNS-T2', source: FB_COPY }),
    // Recipient issues
    fb('rcp-p1', 'recipient-unknown', [], 'RCP-P1 — The attempted recipient address does not exist.', { token: 'RCP-P1' }),
    fb('rcp-p2', 'recipient-policy', ['refused due to recipient preferences'], "RCP-P2 — The attempted recipient's preferences prevent messages from being delivered. Reply: 550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=<ip>#rcp Refused due to recipient preferences", { token: 'RCP-P2' }),
    fb('rcp-p3', 'recipient-policy', [], "RCP-P3 — The attempted recipient's privacy settings blocked the delivery.", { token: 'RCP-P3', source: FB_VIA }),
    fb('rcp-t1', 'remote-error', [], 'RCP-T1 — The attempted recipient address is not currently available due to an internal system issue. This is a temporary condition.', { token: 'RCP-T1' }),
    fb('rcp-t4', 'mailbox-disabled', [], 'RCP-T4 — The attempted recipient address is currently deactivated. The user may or may not reactivate it.', { token: 'RCP-T4', source: FB_VIA }),
    fb('int-p1', 'recipient-unknown', [], 'INT-P1 — The attempted recipient address does not exist.', { token: 'INT-P1' }),
    fb('int-p3', 'recipient-unknown', [], 'INT-P3 — The attempted recipient group address does not exist.', { token: 'INT-P3' }),
    fb('int-p4', 'recipient-unknown', [], 'INT-P4 — The attempted recipient address does not exist.', { token: 'INT-P4' }),
    // Message issues
    fb('msg-p1', 'message-size', [], "MSG-P1 — The message exceeds Facebook's maximum allowed size.", { token: 'MSG-P1' }),
    fb('int-p2', 'message-size', [], "INT-P2 — The message exceeds Facebook's maximum allowed size.", { token: 'INT-P2' }),
    fb('msg-p2', 'content-policy', [], 'MSG-P2 — The message contains an attachment type that Facebook does not accept.', { token: 'MSG-P2' }),
    fb('msg-p3', 'message-format', [], 'MSG-P3 — The message contains multiple instances of a header field that can only be present once (RFC 5322 section 3.6).', { token: 'MSG-P3' }),
    fb('msg-t1', 'rate-limit', [], "MSG-T1 — The number of recipients on the message exceeds Facebook's allowed maximum.", { token: 'MSG-T1', source: FB_VIA }),
    // Policy issues (via Sisimai)
    fb('pol-p1', 'ip-blocklist', [], "POL-P1 — Your mail server's IP Address is listed on the Spamhaus PBL.", { token: 'POL-P1', source: FB_VIA }),
    fb('pol-p2', 'ip-blocklist', [], "POL-P2 — Facebook will no longer accept mail from your mail server's IP Address.", { token: 'POL-P2', source: FB_VIA }),
    fb('pol-p3', 'reputation', [], 'POL-P3 — Facebook is not accepting messages from your mail server. This will persist for 4 to 8 hours.', { token: 'POL-P3', source: FB_VIA }),
    fb('pol-p4', 'reputation', [], 'POL-P4 — Facebook is not accepting messages from your mail server. This will persist for 24 to 48 hours.', { token: 'POL-P4', source: FB_VIA }),
    fb('pol-t1', 'reputation', [], 'POL-T1 — Facebook is not accepting messages from your mail server, but they may be retried later. This will persist for 1 to 2 hours.', { token: 'POL-T1', source: FB_VIA }),
    fb('pol-t2', 'reputation', [], 'POL-T2 — Facebook is not accepting messages from your mail server, but they may be retried later. This will persist for 4 to 8 hours.', { token: 'POL-T2', source: FB_VIA }),
    fb('pol-t3', 'reputation', [], 'POL-T3 — Facebook is not accepting messages from your mail server, but they may be retried later. This will persist for 24 to 48 hours.', { token: 'POL-T3', source: FB_VIA }),
    fb('pol-p5', 'virus', [], 'POL-P5 — The message contains a virus.', { token: 'POL-P5', source: FB_VIA }),
    fb('pol-p6', 'domain-blocklist', [], 'POL-P6 — The message contains a url that has been blocked by Facebook.', { token: 'POL-P6', source: FB_VIA }),
    // Connection issues (via Sisimai)
    fb('con-t1', 'rate-limit', [], "CON-T1 — Facebook's mail server currently has too many connections open to allow another one.", { token: 'CON-T1', source: FB_VIA }),
    fb('con-t2', 'rate-limit', [], "CON-T2 — Your mail server currently has too many connections open to Facebook's mail servers.", { token: 'CON-T2', source: FB_VIA }),
    fb('con-t3', 'rate-limit', [], "CON-T3 — Your mail server has opened too many new connections to Facebook's mail servers in a short period of time.", { token: 'CON-T3', source: FB_VIA }),
    fb('con-t4', 'rate-limit', [], 'CON-T4 — Your mail server has exceeded the maximum number of recipients for its current connection.', { token: 'CON-T4', source: FB_VIA }),
  ],
};

// ── Sun Java System / Oracle Communications Messaging Server ─────────────────────────────────────────────────────
// "Illegal Host/Domain Errors": the error (returned at once or in a bounce) means the MTA is not able to deliver mail
// to the specified host; the guide's first check is that the address is not misspelled and does not use a host or
// domain that no longer exists (then the MTA's rewrite rules). The same wording in the PMDF system manager's guide,
// the product it descends from (https://vsm.com.au/pmdf_root/doc/html/sysman/book_wd4.html).
const SUN_ILLEGAL = 'https://docs.oracle.com/cd/E19636-01/819-2650/bgbid/index.html';

export const SUN_MESSAGING_SERVER: KnowledgeSource = {
  id: 'sun-messaging-server',
  name: 'Sun Java System / Oracle Communications Messaging Server (iPlanet)',
  kind: 'mta',
  reference: SUN_ILLEGAL,
  replies: [
    entry('sun-messaging-server', SUN_ILLEGAL)('illegal-host-domain', 'recipient-domain', ['illegal host/domain name found', 'illegal host/domain'],
      'Illegal host/domain name found (e.g. "Recipient address: user@example.jp Reason: Illegal host/domain name found") — the MTA is not able to deliver mail to the specified host: check that the address is not misspelled and does not use a host or domain name that no longer exists.'),
  ],
};

// ── qmail-ldap (qmail-local with the LDAP patch) ─────────────────────────────────────────────────────────────────
// quota_bounce(type): strerr_die3x(100, "The users ", type, " is over the allowed quota (size).") — "mailfolder" for
// a Maildir, "mailbox" for an mbox file; newer releases append " (#5.2.2)". Exit 100 = permanent bounce.
const QLDAP = 'qmail-ldap/qmail-ldap qmail-local.c';
const qldap = entry('qmail-ldap', QLDAP);

export const QMAIL_LDAP: KnowledgeSource = {
  id: 'qmail-ldap',
  name: 'qmail-ldap',
  kind: 'mta',
  reference: QLDAP,
  replies: [
    qldap('mailfolder-over-quota', 'mailbox-full', ['users mailfolder is over the allowed quota', 'is over the allowed quota (size)'],
      'The users mailfolder is over the allowed quota (size). (#5.2.2) — the Maildir quota (maildirsize) would be exceeded by this message; permanent bounce.', { status: '5.2.2' }),
    qldap('mailbox-over-quota', 'mailbox-full', ['users mailbox is over the allowed quota'],
      'The users mailbox is over the allowed quota (size). — the mbox file plus this message exceeds the quota; permanent bounce.', { status: '5.2.2' }),
  ],
};

// ── vpopmail (vdelivermail) ────────────────────────────────────────────────────────────────────────────────────────
// deliver_mail(): when the Maildir++ quota is exceeded it prints the domain's (or vpopmail's) .over-quota.msg if one
// exists, else "user is over quota"; with DOMAIN_QUOTAS, "domain is over quota"; the message is bounced.
const VPOP = 'DerDakon/vpopmail vdelivermail.c';

export const VPOPMAIL: KnowledgeSource = {
  id: 'vpopmail',
  name: 'vpopmail (vdelivermail)',
  kind: 'mta',
  reference: VPOP,
  replies: [
    entry('vpopmail', VPOP)('user-over-quota', 'mailbox-full', ['user is over quota'],
      'user is over quota (default text when no .over-quota.msg is configured; the user\'s Maildir quota is exceeded and the message is bounced)'),
    entry('vpopmail', VPOP)('domain-over-quota', 'mailbox-full', ['domain is over quota'],
      'domain is over quota (DOMAIN_QUOTAS: the whole domain\'s quota is exceeded; the message is bounced)'),
  ],
};

// ── Sendmail, collect.c (additions to mta-others.ts) ──────────────────────────────────────────────────────────────
// MaxHeadersLength: the sum of all header lines is over the configured limit (status 5.6.0). Classed as a size
// limit: the limit is the receiver's configuration, nothing in the headers breaks the RFCs.
const SM_COLLECT = 'hrs-allbsd/sendmail sendmail/collect.c';
const smx = entry('sendmail-extra', SM_COLLECT);

export const SENDMAIL_EXTRA: KnowledgeSource = {
  id: 'sendmail-extra',
  name: 'Sendmail (collect.c additions)',
  kind: 'mta',
  reference: SM_COLLECT,
  replies: [
    // A header section over the limit, not a message over the size limit: Sendmail's own status is 5.6.0 (RFC 3463 X.6,
    // the message's content or media), not 5.3.4 (message too big for the system) — the headers are what to fix.
    smx('headers-too-large', 'message-format', ['headers too large'],
      '552 5.6.0 Headers too large (32768 max) — the headers of the message exceed MaxHeadersLength (logged as "headers too large (%d max) from %s during message collect"); "552 5.6.0 Headers too large" without the limit when the header buffer overflows. The message is discarded.', { status: '5.6.0' }),
    smx('eight-bit', 'message-format', ['eight bit data not allowed'],
      '554 5.6.1 Eight bit data not allowed — the body has 8-bit characters, the message is not MIME and the server is not set to pass or convert 8-bit data.', { status: '5.6.1' }),
    smx('bare-lf', 'message-format', ['bare linefeed (lf) not allowed'],
      '550 5.6.0 Bare linefeed (LF) not allowed (_FFR_BARE_LF builds).', { status: '5.6.0' }),
    smx('nul-byte', 'message-format', ['nul byte not allowed'],
      '554 5.6.1 NUL byte not allowed (_FFR_REJECT_NUL_BYTE with RejectNUL).', { status: '5.6.1' }),
    smx('temp-disk-space', 'remote-error', ['out of disk space for temp file'],
      '421 4.3.1 Out of disk space for temp file (the receiving server cannot write the message to its queue).', { status: '4.3.1' }),
    // dferror(): writing the data file failed for any other reason (permissions, a missing queue directory, an I/O
    // error); Sendmail logs it as a SYSERR and gives the client the same text.
    smx('cannot-write', 'remote-error', ['collect: cannot write'],
      '421 4.3.0 collect: Cannot write ./dfXXXX (bfcommit, uid=0, gid=25): No such file or directory (the receiving server cannot write the message to its queue).', { status: '4.3.0' }),
  ],
};

// ── Cyrus IMAP, LMTP replies (lmtpengine.c send_lmtp_error) ───────────────────────────────────────────────────────
const CYRUS = 'cyrusimap/cyrus-imapd imap/lmtpengine.c';
const cy = entry('cyrus', CYRUS);

export const CYRUS_IMAP: KnowledgeSource = {
  id: 'cyrus',
  name: 'Cyrus IMAP (lmtpd)',
  kind: 'mta',
  reference: CYRUS,
  replies: [
    // A mailbox being moved to another server (IMAP_MAILBOX_MOVED): the delivery is retried, the mailbox still exists.
    cy('mailbox-moved', 'remote-error', ['4.2.1 mailbox moved'], '451 4.2.1 Mailbox Moved (IMAP_MAILBOX_MOVED: the mailbox is being moved between backends; the delivery is retried)', { status: '4.2.1' }),
    cy('invalid-header', 'message-format', ['message contains invalid header'], '554 5.6.0 Message contains invalid header (IMAP_MESSAGE_BADHEADER)', { status: '5.6.0' }),
    cy('nul-characters', 'message-format', ['message contains nul characters'], '554 5.6.0 Message contains NUL characters (IMAP_MESSAGE_CONTAINSNULL)', { status: '5.6.0' }),
    cy('bare-newlines', 'message-format', ['message contains bare newlines'], '554 5.6.0 Message contains bare newlines (IMAP_MESSAGE_CONTAINSNL)', { status: '5.6.0' }),
    cy('8bit-headers', 'message-format', ['non-ascii characters in headers'], '554 5.6.0 Message contains non-ASCII characters in headers (IMAP_MESSAGE_CONTAINS8BIT)', { status: '5.6.0' }),
    cy('no-separator', 'message-format', ['no header/body separator'], '554 5.6.0 Message has no header/body separator (IMAP_MESSAGE_NOBLANKLINE)', { status: '5.6.0' }),
    cy('over-quota', 'mailbox-full', ['2.2 over quota'], '452 4.2.2 Over quota (default) / 552 5.2.2 Over quota when lmtp_over_quota_perm_failure is set (IMAP_QUOTA_EXCEEDED)', { status: 'x.2.2' }),
    cy('user-unknown', 'recipient-unknown', ['no mailbox associated with this name'], '550-Mailbox unknown.  Either there is no mailbox associated with this name or you do not have authorization to see it. 550 5.1.1 User unknown (IMAP_MAILBOX_NONEXISTENT)', { status: '5.1.1' }),
    cy('permission-denied', 'recipient-policy', ['permission to post a message to this mailbox'], '550-You do not have permission to post a message to this mailbox. 550-Please contact the owner of this mailbox in order to submit your message … 550 5.7.1 Permission denied (IMAP_PERMISSION_DENIED: the mailbox ACL does not let the sender post)', { status: '5.7.1' }),
    cy('invalid-format', 'remote-error', ['mailbox has an invalid format'], '451 4.2.0 Mailbox has an invalid format (IMAP_MAILBOX_BADFORMAT / NOTSUPPORTED)', { status: '4.2.0' }),
    cy('remote-unavailable', 'remote-error', ['4.4.3 remote server unavailable'], '451 4.4.3 Remote server unavailable (Murder backend / mupdate not reachable)', { status: '4.4.3' }),
    cy('out-of-space', 'remote-error', ['cannot create file: out of space', 'cannot create temporary file'], '451 4.3.1 cannot create file: out of space (IMAP_NOSPACE); "451 4.3.1 cannot create temporary file: …" when spooling fails', { status: '4.3.1' }),
    cy('io-error', 'remote-error', ['4.3.0 system i/o error'], '451 4.3.0 System I/O error (IMAP_IOERROR)', { status: '4.3.0' }),
  ],
};

// ── Postfix smtpd.c (addition to mta-postfix.ts) ──────────────────────────────────────────────────────────────────
// DATA after every RCPT TO was refused (with pipelining the client sends DATA before it sees the refusals). The reply
// itself names no cause: the cause is in the RCPT TO replies, hence 'unknown'.
const PF_SMTPD = 'vdukhovni/postfix postfix/src/smtpd/smtpd.c';

export const POSTFIX_EXTRA: KnowledgeSource = {
  id: 'postfix-extra',
  name: 'Postfix (smtpd additions)',
  kind: 'mta',
  reference: PF_SMTPD,
  replies: [
    entry('postfix-extra', PF_SMTPD)('no-valid-recipients', 'unknown', ['error: no valid recipients'],
      '554 5.5.1 Error: no valid recipients — DATA in a transaction where no recipient was accepted (all RCPT TO commands were refused; their replies carry the reason).', { status: '5.5.1' }),
  ],
};

// ── Yahoo (addition to yahoo.ts) ──────────────────────────────────────────────────────────────────────────────────
// The page's "Recipient does not exist" sample names yahoo.com; Yahoo gives the same reply for the other domains it
// hosts ("… doesn't have a <domain> account"). Meaning per the page: the account does not exist (Sisimai files these
// under "filtered"; the documentation says the address does not exist).
const YAHOO_ERR = 'https://senders.yahooinc.com/smtp-error-codes/';

export const YAHOO_EXTRA: KnowledgeSource = {
  id: 'yahoo-extra',
  name: 'Yahoo / AOL (additions)',
  kind: 'mailbox-provider',
  reference: YAHOO_ERR,
  replies: [
    entry('yahoo-extra', YAHOO_ERR)('dd-no-account', 'recipient-unknown', ["this user doesn't have a", 'delivery error: dd this user'],
      "Recipient does not exist — the Yahoo account that you're trying to send to does not exist. Sample: 554 delivery error: dd This user doesn't have a yahoo.com account (testing123@yahoo.com) [-5] - mta123.mail.mud.yahoo.com"),
  ],
};

// ── RFC 3463 (enhanced status code texts that servers print as their reply text) ───────────────────────────────────
const RFC3463 = 'https://www.rfc-editor.org/rfc/rfc3463#section-3.4';

export const RFC3463_EXTRA: KnowledgeSource = {
  id: 'rfc3463',
  name: 'RFC 3463 (Enhanced Mail System Status Codes)',
  kind: 'mta',
  reference: RFC3463,
  replies: [
    entry('rfc3463', RFC3463)('x.3.2-not-accepting', 'remote-error', ['system not accepting network messages'],
      'X.3.2 System not accepting network messages — the host on which the mailbox is resident is not accepting messages. Examples of such conditions include an imminent shutdown, excessive load, or system maintenance. Useful for both permanent and persistent transient errors.', { status: 'x.3.2' }),
  ],
};

export const DOCUMENTED_EXTRA: readonly KnowledgeSource[] = [
  FACEBOOK,
  SUN_MESSAGING_SERVER,
  QMAIL_LDAP,
  VPOPMAIL,
  SENDMAIL_EXTRA,
  CYRUS_IMAP,
  POSTFIX_EXTRA,
  YAHOO_EXTRA,
  RFC3463_EXTRA,
];
