/**
 * Mail server products: the replies each one sends (or writes into the bounces it generates), read from the product's
 * own source code or the vendor's own manual / knowledge base. One KnowledgeSource per product, every entry citing its
 * page or source file.
 *
 * In: hMailServer (hmailserver/hmailserver), Stalwart Mail Server (stalwartlabs/mail-server), Zimbra's LMTP server
 * (Zimbra/zm-mailbox), iRedMail's policy server iRedAPD (iredmail/iRedAPD), Mailu (Mailu/Mailu), IceWarp and Kerio
 * Connect (vendor documentation / knowledge base).
 *
 * Not in (no primary source could be read, and forum posts, pastebins and bounce copies are not evidence): MDaemon,
 * SmarterMail (its bounce texts are quoted only by hosting providers' knowledge bases), Axigen, MailEnable (its KB lists
 * only the RFC reply texts; ME-E0193 is a wrapper whose meaning is the remote server's reply), mailcow (its own
 * configuration only uses stock Postfix/rspamd texts).
 */
import type { KnowledgeSource } from './types';
import { HELO_NAME } from './entry';

// --- hMailServer ---
const HM = 'hmailserver/hmailserver hmailserver/source';
const HM_SMTP = `${HM}/Server/SMTP/SMTPConnection.cpp`;
const HM_RCPT = `${HM}/Server/SMTP/RecipientParser.cpp`;
const HM_LOCAL = `${HM}/Server/SMTP/LocalDelivery.cpp`;
const HM_EXT = `${HM}/Server/SMTP/ExternalDelivery.cpp`;
const HM_AS = `${HM}/Server/Common/AntiSpam`;
const HM_DB = `${HM}/DBScripts/CreateTablesMYSQL.sql`;

export const HMAILSERVER: KnowledgeSource = {
  id: 'hmailserver',
  name: 'hMailServer',
  kind: 'mta',
  reference: HM_SMTP,
  replies: [
    // --- RCPT TO: recipient checks (RecipientParser.cpp, SMTPConnection.cpp _ProtocolRCPT) ---
    { id: 'hmailserver.unknown-user', category: 'recipient-unknown', phrases: ['550 unknown user'], text: '550 Unknown user (the address does not exist in the local domain)', source: HM_RCPT },
    { id: 'hmailserver.not-in-route-list', category: 'recipient-unknown', phrases: ['recipient not in route list'], text: '550 Recipient not in route list. (the domain is routed, but the address is not one of the route\'s addresses)', source: HM_RCPT },
    { id: 'hmailserver.account-inactive', category: 'mailbox-disabled', phrases: ['account is not active'], text: '550 Account is not active.', source: HM_RCPT },
    { id: 'hmailserver.alias-inactive', category: 'mailbox-disabled', phrases: ['alias is not active'], text: '550 Alias is not active.', source: HM_RCPT },
    { id: 'hmailserver.list-inactive', category: 'mailbox-disabled', phrases: ['distribution list is not active'], text: '550 Distribution list is not active.', source: HM_RCPT },
    { id: 'hmailserver.domain-disabled', category: 'recipient-domain', phrases: ['domain has been disabled'], text: '550 Domain has been disabled. (the recipient domain exists on the server but is deactivated)', source: HM_RCPT },
    { id: 'hmailserver.recursive-forwards', category: 'remote-error', phrases: ['too many recursive forwards'], text: '550 Mail server configuration error. Too many recursive forwards.', source: HM_RCPT },
    { id: 'hmailserver.list-auth', category: 'recipient-policy', phrases: ['550 smtp authentication required'], text: '550 SMTP authentication required. (the distribution list only accepts authenticated senders)', source: HM_RCPT },
    { id: 'hmailserver.list-owner', category: 'recipient-policy', phrases: ['not authorized owner'], text: '550 Not authorized owner. (announcement list: only its owner address may send)', source: HM_RCPT },
    { id: 'hmailserver.list-sender', category: 'recipient-policy', phrases: ['not authorized sender'], text: '550 Not authorized sender. (membership list: only its members may send)', source: HM_RCPT },
    { id: 'hmailserver.auth-required', category: 'auth-required', phrases: ['smtp authentication is required'], text: '530 SMTP authentication is required. (the IP range requires SMTP AUTH for this sender/recipient combination)', source: HM_SMTP },
    { id: 'hmailserver.relay-denied', category: 'relay-denied', phrases: ['delivery is not allowed to this address'], text: '550 Delivery is not allowed to this address. (the IP range does not allow relaying for this sender/recipient combination)', source: HM_SMTP },
    { id: 'hmailserver.too-many-recipients', category: 'rate-limit', phrases: ['550 too many recipients'], text: '550 Too many recipients.', source: HM_SMTP },
    { id: 'hmailserver.rcpt-invalid', category: 'recipient-unknown', phrases: ['a valid address is required'], text: '550 A valid address is required. (RCPT TO address is not a valid email address)', source: HM_SMTP },

    // --- MAIL FROM (SMTPConnection.cpp _ProtocolMAIL, CheckIfValidSenderAddress, ReAuthenticateUser) ---
    { id: 'hmailserver.sender-required', category: 'sender-rejected', phrases: ['sender address must be specified'], text: '550 Sender address must be specified. (null sender not allowed)', source: HM_SMTP },
    { id: 'hmailserver.sender-invalid', category: 'sender-rejected', phrases: ['the address is not valid'], text: '550 The address is not valid. (MAIL FROM address is not a valid email address)', source: HM_SMTP },
    { id: 'hmailserver.syntax', category: 'protocol', phrases: ['syntax should be mail from:', 'syntax should be rcpt to:'], text: '550 Invalid syntax. Syntax should be MAIL FROM:<userdomain>[crlf] (and RCPT TO:<userdomain>[crlf])', source: HM_SMTP },
    { id: 'hmailserver.size-mail-from', category: 'message-size', phrases: ['message size exceeds fixed maximum message size. size:'], text: '552 Message size exceeds fixed maximum message size. Size: 30000 KB, Max size: 20480 KB (SIZE= at MAIL FROM)', source: HM_SMTP },
    { id: 'hmailserver.size-data', category: 'message-size', phrases: ['rejected - message size exceeds fixed maximum'], text: '554 Rejected - Message size exceeds fixed maximum message size. Size: 30000 KB, Max size: 20480 KB', source: HM_SMTP },
    { id: 'hmailserver.size-drop', category: 'message-size', phrases: ['exceeds the drop maximum message size'], text: '552 Message size exceeds the drop maximum message size. Size: 50000 KB, Max size: 40000 KB - DROP!', source: HM_SMTP },
    { id: 'hmailserver.reauth', category: 'auth-required', phrases: ['login credentials no longer valid'], text: '550 Login credentials no longer valid. Please re-authenticate.', source: HM_SMTP },
    { id: 'hmailserver.auth-failed', category: 'auth-required', phrases: ['authentication failed. restarting authentication process', 'authentication failed. too many invalid logon attempts'], text: '535 Authentication failed. Restarting authentication process. / 535 Authentication failed. Too many invalid logon attempts.', source: HM_SMTP },

    // --- DATA (SMTPConnection.cpp _OnPreAcceptTransfer, _HandleSMTPFinalizationTaskCompleted) ---
    { id: 'hmailserver.bare-lf', category: 'message-format', phrases: ["message containing bare lf's"], text: "554 Rejected - Message containing bare LF's.", source: HM_SMTP },
    { id: 'hmailserver.not-saved', category: 'remote-error', phrases: ['could not be saved. please retry later', 'rejected - no data saved'], text: '554 Your message was received but it could not be saved. Please retry later. / 451 Rejected - No data saved.', source: HM_SMTP },
    { id: 'hmailserver.protocol', category: 'protocol', phrases: ['use helo/ehlo first', 'must have sender and recipient first', 'issue a reset if you want to start over', 'ehlo invalid domain address'], text: '502 Use HELO/EHLO first. / 503 Must have sender and recipient first. / 503 Issue a reset if you want to start over / 501 EHLO Invalid domain address.', source: HM_SMTP },
    { id: 'hmailserver.invalid-commands', category: 'protocol', phrases: ['too many invalid commands. bye'], text: 'Too many invalid commands. Bye!', source: HM_SMTP },

    // --- anti-spam tests: the failing test's text is the 550 (RCPT) / 554 (DATA) reply once the delete threshold is reached ---
    { id: 'hmailserver.spf', category: 'spf', phrases: ['blocked by spf'], text: '550 Blocked by SPF. (<SPF explanation>)', source: `${HM_AS}/SpamTestSPF.cpp` },
    { id: 'hmailserver.dkim', category: 'dkim', phrases: ['rejected by dkim'], text: '554 Rejected by DKIM.', source: `${HM_AS}/DKIM/SpamTestDKIM.cpp` },
    { id: 'hmailserver.dmarc', category: 'dmarc', phrases: ['rejected by dmarc'], text: '554 Rejected by DMARC. (example.com)', source: `${HM_AS}/DMARC/SpamTestDMARC.cpp` },
    { id: 'hmailserver.helo-mismatch', category: 'ptr', phrases: ['host name specified in helo does not match'], text: '550 The host name specified in HELO does not match IP address.', source: `${HM_AS}/SpamTestHeloHost.cpp`, variant: HELO_NAME },
    { id: 'hmailserver.ptr', category: 'ptr', phrases: ['no valid rdns/ptr record found'], text: '550 No valid rDNS/PTR record found.', source: `${HM_AS}/SpamTestPTR.cpp` },
    { id: 'hmailserver.sender-no-mx', category: 'sender-rejected', phrases: ['sender domain does not have any mx records'], text: '550 Sender domain does not have any MX records.', source: `${HM_AS}/SpamTestMXRecords.cpp` },
    { id: 'hmailserver.spamassassin', category: 'spam', phrases: ['tagged as spam by spamassassin'], text: '554 Tagged as Spam by SpamAssassin', source: `${HM_AS}/SpamTestSpamAssassin.cpp` },
    { id: 'hmailserver.dnsbl-spamhaus', category: 'ip-blocklist', phrases: ['rejected by spamhaus'], text: '550 Rejected by Spamhaus. (default reject message of the zen.spamhaus.org DNSBL entry)', source: HM_DB },
    { id: 'hmailserver.dnsbl-spamcop', category: 'ip-blocklist', phrases: ['rejected by spamcop'], text: '550 Rejected by SpamCop. (default reject message of the bl.spamcop.net DNSBL entry)', source: HM_DB },
    { id: 'hmailserver.surbl', category: 'domain-blocklist', phrases: ['rejected by surbl'], text: '554 Rejected by SURBL. (default reject message of the multi.surbl.org SURBL entry)', source: HM_DB },

    // --- texts in the bounces hMailServer generates ---
    { id: 'hmailserver.inbox-full', category: 'mailbox-full', phrases: ['error description: inbox is full', 'the recipients inbox is full'], text: 'user@example.com Error Type: SMTP Error Description: Inbox is full Additional information: The recipients inbox is full.', source: HM_LOCAL },
    { id: 'hmailserver.no-mail-servers', category: 'recipient-domain', phrases: ["no mail servers appear to exists for the recipient's address"], text: "Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.", source: HM_EXT },
    { id: 'hmailserver.dns-failed', category: 'network', phrases: ["unable to find the recipient's email server. the dns query has failed"], text: "Error Type: SMTP Error Description: Unable to find the recipient's email server. The DNS query has failed.", source: HM_EXT },
    { id: 'hmailserver.remote-closed', category: 'network', phrases: ['remote server closed connection.'], text: 'Remote server closed connection. (a recipient whose delivery ended without a result; retried, then bounced with "Tried N time(s)")', source: HM_EXT },
  ],
};

// --- Stalwart Mail Server ---
const SW = 'stalwartlabs/mail-server crates/smtp/src/inbound';
const SW_RCPT = `${SW}/rcpt.rs`;
const SW_MAIL = `${SW}/mail.rs`;
const SW_DATA = `${SW}/data.rs`;
const SW_EHLO = `${SW}/ehlo.rs`;
const SW_SESSION = `${SW}/session.rs`;
const SW_AUTH = `${SW}/auth.rs`;
const SW_SPAWN = `${SW}/spawn.rs`;
const SW_DSN = 'stalwartlabs/mail-server crates/smtp/src/reporting/dsn.rs';

export const STALWART: KnowledgeSource = {
  id: 'stalwart',
  name: 'Stalwart Mail Server',
  kind: 'mta',
  reference: SW_RCPT,
  replies: [
    // --- RCPT TO ---
    { id: 'stalwart.mailbox-does-not-exist', category: 'recipient-unknown', status: '5.1.2', phrases: ['mailbox does not exist'], text: '550 5.1.2 Mailbox does not exist.', source: SW_RCPT },
    { id: 'stalwart.relay-not-allowed', category: 'relay-denied', status: '5.1.2', phrases: ['5.1.2 relay not allowed'], text: '550 5.1.2 Relay not allowed.', source: SW_RCPT },
    { id: 'stalwart.verify-tempfail', category: 'remote-error', status: '4.4.3', phrases: ['unable to verify address at this time'], text: '451 4.4.3 Unable to verify address at this time.', source: SW_RCPT },
    { id: 'stalwart.greylisted', category: 'greylisting', status: '4.2.2', phrases: ['greylisted, please try again in a few moments'], text: '452 4.2.2 Greylisted, please try again in a few moments.', source: SW_RCPT },
    { id: 'stalwart.rate-limit', category: 'rate-limit', status: '4.4.5', phrases: ['4.4.5 rate limit exceeded, try again later'], text: '452 4.4.5 Rate limit exceeded, try again later. (451 at MAIL FROM)', source: SW_RCPT },
    { id: 'stalwart.too-many-recipients', category: 'rate-limit', status: '4.5.3', phrases: ['455 4.5.3 too many recipients'], text: '455 4.5.3 Too many recipients.', source: SW_RCPT },

    // --- MAIL FROM ---
    { id: 'stalwart.auth-first', category: 'auth-required', status: '5.5.1', phrases: ['you must authenticate first'], text: '503 5.5.1 You must authenticate first.', source: SW_MAIL },
    { id: 'stalwart.iprev-failed', category: 'ptr', status: '5.7.25', phrases: ['reverse dns validation failed', 'temporary error validating reverse dns'], text: '550 5.7.25 Reverse DNS validation failed. / 451 4.7.25 Temporary error validating reverse DNS.', source: SW_MAIL },
    { id: 'stalwart.sender-not-allowed', category: 'sender-rejected', status: '5.5.4', phrases: ['you are not allowed to send from this address'], text: '501 5.5.4 You are not allowed to send from this address. (the authenticated account does not own the MAIL FROM address)', source: SW_MAIL },
    { id: 'stalwart.requiretls-disabled', category: 'tls-required', status: '5.5.4', phrases: ['requiretls has been disabled'], text: '501 5.5.4 REQUIRETLS has been disabled.', source: SW_MAIL },
    { id: 'stalwart.too-big', category: 'message-size', status: '5.3.4', phrases: ['message too big for system'], text: '552 5.3.4 Message too big for system.', source: SW_MAIL },
    { id: 'stalwart.spf-failed', category: 'spf', status: '5.7.23', phrases: ['spf validation failed, status'], text: '550 5.7.23 SPF validation failed, status: fail.', source: SW_MAIL },
    { id: 'stalwart.spf-tempfail', category: 'spf', status: '4.7.24', phrases: ['temporary spf validation error'], text: '451 4.7.24 Temporary SPF validation error.', source: SW_MAIL },
    { id: 'stalwart.extension-disabled', category: 'protocol', status: '5.5.4', phrases: ['dsn extension has been disabled', 'futurerelease extension has been disabled', 'deliverby extension has been disabled', 'mt-priority extension has been disabled'], text: '501 5.5.4 DSN extension has been disabled. (also FUTURERELEASE, DELIVERBY, MT-PRIORITY)', source: SW_MAIL },

    // --- DATA (queue_message) ---
    { id: 'stalwart.parse-failed', category: 'message-format', status: '5.7.7', phrases: ['failed to parse message'], text: '550 5.7.7 Failed to parse message.', source: SW_DATA },
    { id: 'stalwart.loop', category: 'remote-error', status: '4.4.6', phrases: ['too many received headers. possible loop detected'], text: '450 4.4.6 Too many Received headers. Possible loop detected.', source: SW_DATA },
    { id: 'stalwart.dkim', category: 'dkim', status: '5.7.20', phrases: ['no passing dkim signatures found'], text: '550 5.7.20 No passing DKIM signatures found. (451 4.7.20 on a temporary DNS error)', source: SW_DATA },
    { id: 'stalwart.arc', category: 'unauthenticated', status: '5.7.29', phrases: ['arc validation failed'], text: '550 5.7.29 ARC validation failed. (451 4.7.29 on a temporary error)', source: SW_DATA },
    { id: 'stalwart.dmarc', category: 'dmarc', status: '5.7.1', phrases: ['email rejected per dmarc policy', 'email temporarily rejected per dmarc policy'], text: '550 5.7.1 Email rejected per DMARC policy. / 451 4.7.1 Email temporarily rejected per DMARC policy.', source: SW_DATA },
    { id: 'stalwart.queue-failed', category: 'remote-error', status: '4.3.5', phrases: ['unable to accept message at this time'], text: '451 4.3.5 Unable to accept message at this time.', source: SW_DATA },
    { id: 'stalwart.queue-full', category: 'remote-error', status: '4.3.1', phrases: ['mail system full, try again later'], text: '452 4.3.1 Mail system full, try again later. (queue quota reached)', source: SW_DATA },
    { id: 'stalwart.max-messages', category: 'rate-limit', status: '4.4.5', phrases: ['maximum number of messages per session exceeded'], text: '451 4.4.5 Maximum number of messages per session exceeded.', source: SW_DATA },

    // --- EHLO, session, AUTH, connection ---
    { id: 'stalwart.invalid-ehlo', category: 'ptr', status: '5.5.0', phrases: ['invalid ehlo domain'], text: '550 5.5.0 Invalid EHLO domain. (non-FQDN EHLO rejected)', source: SW_EHLO, variant: HELO_NAME },
    { id: 'stalwart.protocol', category: 'protocol', status: '5.5.1', phrases: ['polite people say ehlo first', 'multiple mail commands not allowed', 'mail is required first', 'rcpt is required first', 'invalid command: ehlo expected'], text: '503 5.5.1 Polite people say EHLO first. / 503 5.5.1 Multiple MAIL commands not allowed. / 503 5.5.1 MAIL is required first. / 503 5.5.1 RCPT is required first.', source: SW_MAIL },
    { id: 'stalwart.syntax', category: 'protocol', status: '5.5.2', phrases: ['syntax error, expected:'], text: '501 5.5.2 Syntax error, expected: <syntax> (also 500 5.5.1 Invalid command., 501 5.5.4 Invalid parameter)', source: SW_SESSION },
    { id: 'stalwart.bad-sender', category: 'sender-rejected', status: '5.1.8', phrases: ["bad sender's system address"], text: "501 5.1.8 Bad sender's system address.", source: SW_SESSION },
    { id: 'stalwart.bad-recipient', category: 'recipient-unknown', status: '5.1.3', phrases: ['bad destination mailbox address syntax'], text: '501 5.1.3 Bad destination mailbox address syntax.', source: SW_SESSION },
    { id: 'stalwart.line-too-long', category: 'message-format', status: '5.3.4', phrases: ['5.3.4 line is too long'], text: '554 5.3.4 Line is too long.', source: SW_SESSION },
    { id: 'stalwart.tls-unavailable', category: 'tls-required', status: '5.7.0', phrases: ['5.7.0 tls not available'], text: '502 5.7.0 TLS not available.', source: SW_SESSION },
    { id: 'stalwart.auth-invalid', category: 'auth-required', status: '5.7.8', phrases: ['authentication credentials invalid', 'oauth token expired', 'too many authentication errors'], text: '535 5.7.8 Authentication credentials invalid. / 535 5.7.8 OAuth token expired. / 421 4.3.0 Too many authentication errors, disconnecting.', source: SW_AUTH },
    { id: 'stalwart.auth-not-authorized', category: 'auth-required', status: '5.7.1', phrases: ['your account is not authorized to use this service'], text: '550 5.7.1 Your account is not authorized to use this service.', source: SW_AUTH },
    { id: 'stalwart.auth-tempfail', category: 'remote-error', status: '4.7.0', phrases: ['4.7.0 temporary authentication failure'], text: '454 4.7.0 Temporary authentication failure', source: SW_AUTH },
    { id: 'stalwart.auth-mechanism', category: 'auth-required', status: '5.7.8', phrases: ['authentication mechanism not supported'], text: '554 5.7.8 Authentication mechanism not supported.', source: SW_SESSION },
    { id: 'stalwart.transfer-quota', category: 'rate-limit', status: '4.7.28', phrases: ['session exceeded transfer quota', 'session open for too long'], text: '451 4.7.28 mx.example.com Session exceeded transfer quota. / 453 4.3.2 mx.example.com Session open for too long.', source: SW_SPAWN },
    { id: 'stalwart.shutting-down', category: 'remote-error', status: '4.3.0', phrases: ['4.3.0 server shutting down'], text: '421 4.3.0 Server shutting down.', source: SW_SPAWN },

    // --- Its own delivery status notices, per recipient, when no reply decided (ErrorDetails::write_dsn_text): the
    // secure channel it could not get, the connection or the lookup that failed, its own outbound limits ---
    { id: 'stalwart.dsn-tls-error', category: 'tls-required', phrases: ['tls error from \''], text: "<pat@example.org> (TLS error from 'mx.example.org': <details>)", source: SW_DSN },
    { id: 'stalwart.dsn-dane', category: 'tls-required', phrases: ['dane failed to authenticate \''], text: "<pat@example.org> (DANE failed to authenticate 'mx.example.org': <details>)", source: SW_DSN },
    { id: 'stalwart.dsn-mta-sts', category: 'tls-required', phrases: ['mta-sts failed to authenticate \''], text: "<pat@example.org> (MTA-STS failed to authenticate 'mx.example.org': <details>)", source: SW_DSN },
    { id: 'stalwart.dsn-concurrency', category: 'rate-limit', phrases: ['too many concurrent connections to remote server'], text: '<pat@example.org> (too many concurrent connections to remote server)', source: SW_DSN },
  ],
};

// --- Zimbra (the mailbox server's LMTP replies, relayed by Zimbra's Postfix into its bounces) ---
const ZM_LMTP = 'Zimbra/zm-mailbox store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java';

export const ZIMBRA: KnowledgeSource = {
  id: 'zimbra',
  name: 'Zimbra Collaboration (LMTP delivery)',
  kind: 'mta',
  reference: ZM_LMTP,
  replies: [
    { id: 'zimbra.no-such-user', category: 'recipient-unknown', status: '5.1.1', phrases: ['5.1.1 no such user here'], text: '550 5.1.1 No such user here', source: ZM_LMTP },
    { id: 'zimbra.over-quota', category: 'mailbox-full', status: 'x.2.2', phrases: ['5.2.2 over quota', '4.2.2 over quota'], text: '552 5.2.2 Over quota (452 4.2.2 Over quota while the quota is treated as temporary)', source: ZM_LMTP },
    { id: 'zimbra.mailbox-disabled', category: 'mailbox-disabled', status: '4.2.1', phrases: ['mailbox disabled, not accepting messages'], text: '450 4.2.1 Mailbox disabled, not accepting messages', source: ZM_LMTP },
    { id: 'zimbra.not-on-this-server', category: 'remote-error', status: '4.2.0', phrases: ['mailbox is not on this server'], text: '450 4.2.0 Mailbox is not on this server', source: ZM_LMTP },
    { id: 'zimbra.tls-required', category: 'tls-required', status: '4.2.2', phrases: ['server accepts messages only on tls connection'], text: '451 4.2.2 Server accepts messages only on TLS connection', source: ZM_LMTP },
    { id: 'zimbra.temporary-failure', category: 'remote-error', status: '4.0.0', phrases: ['temporary message delivery failure try again'], text: '451 4.0.0 Temporary message delivery failure try again', source: ZM_LMTP },
    { id: 'zimbra.permanent-failure', category: 'remote-error', status: '5.0.0', phrases: ['permanent message delivery failure'], text: '554 5.0.0 Permanent message delivery failure', source: ZM_LMTP },
    { id: 'zimbra.line-too-long', category: 'message-format', phrases: ['maximum line length exceeded'], text: '500 Maximum line length exceeded', source: ZM_LMTP },
  ],
};

// --- iRedMail (iRedAPD, its Postfix policy server: Postfix sends "<code> <status> <address>: ... rejected: <text>") ---
const IRA = 'iredmail/iRedAPD';
const IRA_LIBS = `${IRA} libs/__init__.py`;
const IRA_DEFAULTS = `${IRA} libs/default_settings.py`;

export const IREDMAIL: KnowledgeSource = {
  id: 'iredmail',
  name: 'iRedMail (iRedAPD policy server)',
  kind: 'filter',
  reference: IRA_LIBS,
  replies: [
    { id: 'iredmail.greylisting', category: 'greylisting', status: '4.7.1', phrases: ['greylisting in effect, please try again later'], text: '451 4.7.1 Greylisting in effect, please try again later', source: IRA_DEFAULTS },
    { id: 'iredmail.null-sender', category: 'sender-rejected', phrases: ['policy rejection due to null sender'], text: 'REJECT Policy rejection due to null sender', source: IRA_LIBS },
    { id: 'iredmail.forged-sender', category: 'auth-required', phrases: ['smtp auth is required for users under this sender domain'], text: 'REJECT SMTP AUTH is required for users under this sender domain (unauthenticated mail claiming a locally hosted sender domain)', source: IRA_LIBS },
    { id: 'iredmail.login-mismatch', category: 'sender-rejected', phrases: ['sender is not same as smtp authenticate username'], text: 'REJECT Sender is not same as SMTP authenticate username', source: IRA_LIBS },
    { id: 'iredmail.blacklisted', category: 'recipient-policy', phrases: ['address rejected: blacklisted'], text: '554 5.7.1 <user@example.com>: Recipient address rejected: Blacklisted (REJECT Blacklisted: the sender is on the recipient\'s, domain\'s or global blacklist)', source: IRA_LIBS },
    { id: 'iredmail.not-authorized', category: 'recipient-policy', phrases: ['address rejected: not authorized'], text: '554 5.7.1 <list@example.com>: Recipient address rejected: Not authorized (REJECT Not authorized: mailing list or alias access policy, or mail to the server hostname)', source: IRA_LIBS },
    { id: 'iredmail.message-size', category: 'message-size', phrases: ['message size exceed (maybe caused by big attachment file)'], text: 'REJECT Message size exceed (maybe caused by big attachment file)', source: IRA_LIBS },
    { id: 'iredmail.rdns-blacklisted', category: 'ip-blocklist', phrases: ['blacklisted reverse dns name of server ip address'], text: 'REJECT Blacklisted reverse DNS name of server IP address', source: IRA_LIBS },
    { id: 'iredmail.senderscore', category: 'reputation', phrases: ['server ip address has bad reputation'], text: 'REJECT Server IP address has bad reputation. FYI: https://www.senderscore.org/lookup.php?lookup=192.0.2.1', source: IRA_LIBS },
    { id: 'iredmail.throttle-count', category: 'rate-limit', phrases: ['quota exceeded (number of mails in total)', 'quota exceeded (accumulated message size)'], text: 'REJECT Quota exceeded (number of mails in total) / REJECT Quota exceeded (accumulated message size) (throttle plugin)', source: IRA_LIBS },
    { id: 'iredmail.throttle-size', category: 'message-size', phrases: ['quota exceeded (size of single mail message)'], text: 'REJECT Quota exceeded (size of single mail message) (throttle plugin: msg_size)', source: IRA_LIBS },
    { id: 'iredmail.password-expired', category: 'auth-required', phrases: ['password expired or never changed'], text: 'REJECT Password expired or never changed, please change your password in webmail before sending email', source: IRA_DEFAULTS },
  ],
};

// --- Mailu ---
const MAILU_POSTFIX = 'Mailu/Mailu core/admin/mailu/internal/views/postfix.py';

export const MAILU: KnowledgeSource = {
  id: 'mailu',
  name: 'Mailu',
  kind: 'mta',
  reference: MAILU_POSTFIX,
  replies: [
    { id: 'mailu.sender-rate', category: 'rate-limit', status: '4.2.1', phrases: ['you are sending too many emails too fast'], text: '450 4.2.1 You are sending too many emails too fast. (per-user outbound rate limit)', source: MAILU_POSTFIX },
    // Its front end's answer to a login refused by its authentication rate limit (core/admin/mailu/internal/nginx.py).
    { id: 'mailu.auth-rate-limit', category: 'rate-limit', status: '4.3.2', phrases: ['temporary authentication failure (rate-limit)'], text: '451 4.3.2 Temporary authentication failure (rate-limit)', source: 'Mailu/Mailu core/admin/mailu/internal/nginx.py' },
  ],
};

// --- IceWarp (formerly Merak) ---
const ICEWARP_LOGS = 'https://support.icewarp.com/hc/en-us/articles/115003479468-What-are-the-SMTP-errors-that-can-appear-in-the-mail-logs-';
const ICEWARP_5XX = 'https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm';
const ICEWARP_IPS = 'https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Spam%20Queues/Intrusion%20Prevention.htm';

export const ICEWARP: KnowledgeSource = {
  id: 'icewarp',
  name: 'IceWarp Server',
  kind: 'mta',
  reference: ICEWARP_5XX,
  replies: [
    { id: 'icewarp.command-unrecognized', category: 'protocol', status: '5.5.1', phrases: ['5.5.1 command unrecognized'], text: '500 5.5.1 Command unrecognized (the SMTP command is unrecognized or not supported)', source: ICEWARP_5XX },
    { id: 'icewarp.domain-required', category: 'sender-rejected', status: '5.5.2', phrases: ['domain name required'], text: '501 5.5.2 Domain name required (the sender has no domain, usually in MAIL FROM)', source: ICEWARP_5XX },
    { id: 'icewarp.unbalanced', category: 'protocol', status: '5.5.2', phrases: ['5.5.2 unbalanced'], text: '501 5.5.2 Unbalanced (SMTP syntax invalid, usually unbalanced brackets)', source: ICEWARP_5XX },
    { id: 'icewarp.syntax', category: 'protocol', status: '5.5.4', phrases: ['syntax error in parameters scanning'], text: '501 5.5.4 Syntax error in parameters scanning', source: ICEWARP_5XX },
    { id: 'icewarp.helo-domain', category: 'protocol', status: '5.5.1', phrases: ['helo/ehlo requires domain address'], text: '501 5.5.1 HELO/EHLO requires domain address', source: ICEWARP_5XX },
    { id: 'icewarp.auth-canceled', category: 'auth-required', status: '5.0.0', phrases: ['authentication canceled'], text: '501 5.0.0 Authentication canceled', source: ICEWARP_5XX },
    { id: 'icewarp.expired', category: 'delivery-timeout', phrases: ['cannot send message within'], text: 'Cannot send message within 5 days (a log line: the message stayed deferred for the retry period and is returned)', source: ICEWARP_LOGS },
    // Intrusion Prevention keeps its own list of blocked IP addresses, each with an expiry and a reason (connections per
    // minute, failed logins, deliveries to unknown users, RSET count, relaying, a DNSBL listing, a spam score…): the
    // sending IP is on the receiver's own temporary block list. Which of those reasons put it there the reply does not say: a
    // symptom, at most medium alone.
    { id: 'icewarp.intrusion-prevention', category: 'ip-blocklist', phrases: ['intrusion prevention active for'], text: '421 4.7.1 Intrusion prevention active for [<ip>] (the sending IP is on IceWarp\'s Intrusion Prevention list until its block expires)', source: ICEWARP_IPS, symptom: true },
    { id: 'icewarp.too-long', category: 'message-size', status: '5.7.1', phrases: ['5.7.1 message is too long'], text: '501 5.7.1 Message is too long (message size limit of the server, domain or user exceeded)', source: ICEWARP_5XX },
  ],
};

// --- Kerio Connect ---
const KERIO_OUTBOUND = 'https://support.kerioconnect.gfi.com/hc/en-us/articles/4416310418706-Outbound-Email-Delivery-Troubleshooting-Article';

export const KERIO: KnowledgeSource = {
  id: 'kerio',
  name: 'Kerio Connect',
  kind: 'mta',
  reference: KERIO_OUTBOUND,
  replies: [
    { id: 'kerio.relaying-denied', category: 'relay-denied', status: '5.7.1', phrases: ['relaying is denied'], text: '550 5.7.1 Relaying is denied', source: KERIO_OUTBOUND },
    { id: 'kerio.cannot-connect', category: 'network', status: '4.4.1', phrases: ['4.4.1 cannot connect to host'], text: 'Result: delayed, Status: 4.4.1 Cannot connect to host', source: KERIO_OUTBOUND },
  ],
};

// --- Postal (postalserver/postal): its SMTP server's replies and its sender's soft failures ---
const POSTAL_SMTP = 'postalserver/postal app/lib/smtp_server/client.rb';
const POSTAL_SENDER = 'postalserver/postal app/senders/smtp_sender.rb (send_message: "No SMTP servers were available for …")';
const POSTAL_DOCS = 'https://docs.postalserver.io/features/smtp-authentication (From/Sender validation)';

export const POSTAL: KnowledgeSource = {
  id: 'postal',
  name: 'Postal',
  kind: 'mta',
  reference: POSTAL_SMTP,
  replies: [
    // The From (or, when allowed, Sender) header names no domain the server or its organization owns and has verified.
    { id: 'postal.from-not-valid', category: 'sender-rejected', phrases: ['from/sender name is not valid'], text: '530 From/Sender name is not valid', source: `${POSTAL_SMTP}; ${POSTAL_DOCS}` },
    { id: 'postal.invalid-credential', category: 'auth-required', phrases: ['535 invalid credential'], text: '535 Invalid credential', source: POSTAL_SMTP },
    // The server (a Postal organisation's mail server) suspended by its admin: SMTP refuses the login, queued mail is held.
    { id: 'postal.server-suspended', category: 'policy', phrases: ['mail server has been suspended'], text: '535 Mail server has been suspended (held messages: "Mail server has been suspended. No e-mails can be processed at present. Contact support for assistance.")', source: `${POSTAL_SMTP}; postalserver/postal app/lib/message_dequeuer/single_message_processor.rb`, variant: 'service.account-hold' },
    { id: 'postal.development-mode', category: 'policy', phrases: ['server is in development mode'], text: 'Held: Server is in development mode. (a server in development mode holds every message instead of sending it)', source: 'postalserver/postal app/lib/message_dequeuer/base.rb', variant: 'service.test-mode' },
    { id: 'postal.credential-holds', category: 'policy', phrases: ['credential is configured to hold all messages'], text: 'Held: Credential is configured to hold all messages authenticated by it.', source: 'postalserver/postal app/lib/message_dequeuer/outgoing_message_processor.rb' },
    { id: 'postal.domain-gone', category: 'sender-rejected', phrases: ["message's domain no longer exist"], text: "HardFail: Message's domain no longer exist (the sending domain was removed from the server)", source: 'postalserver/postal app/lib/message_dequeuer/outgoing_message_processor.rb' },
    // Its sender's soft failure when no mail host took the connection: with no hosts at all, the MX and address
    // lookups gave none (the recipient's domain receives no mail); otherwise it lists the hosts it tried and the
    // connection errors, which say why.
    { id: 'postal.no-hosts', category: 'recipient-domain', phrases: ['no hosts to try'], text: 'No SMTP servers were available for <domain>. No hosts to try.', source: POSTAL_SENDER },
    { id: 'postal.no-servers', category: 'network', phrases: ['no smtp servers were available for'], text: 'No SMTP servers were available for <domain>. Tried <host>, <host>. <connection errors>', source: POSTAL_SENDER, symptom: true },
  ],
};

export const MAIL_SERVERS: readonly KnowledgeSource[] = [HMAILSERVER, STALWART, ZIMBRA, IREDMAIL, MAILU, ICEWARP, KERIO, POSTAL];
