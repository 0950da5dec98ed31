/**
 * Open-source mail servers: the replies each sends when it refuses or defers mail, and the texts it records for a
 * failed delivery, read from the product's own source code. One KnowledgeSource per product, every entry citing the
 * repository file it comes from.
 *
 * In: maddy (foxcpp/maddy: SMTP endpoint, check modules, message pipeline, storage and remote delivery), Dovecot
 * LDA/LMTP additions to ./mta-others.ts and ./mta-more.ts (dovecot/core: quota, mail-storage error strings, LMTP
 * proxy), chasquid (albertito/chasquid: SMTP server and outgoing courier), mox (mjl-/mox: SMTP server, delivery
 * analysis, subjectpass), Postal additions to ./mail-servers.ts (postalserver/postal: SMTP server replies and the
 * delivery details of its message processors), Apache James additions to ./mta-more.ts (apache/james-project: the
 * server's fastfail hooks and the SIZE extension), Haraka additions to ./mta-others.ts and ./mta-more.ts
 * (haraka/Haraka plugins: data.signatures, prevent_credential_leaks, attachment).
 *
 * Searched, nothing citable beyond what other tables hold: Cyrus IMAP lmtpd (its LMTP reply texts live in the
 * lmtp_err.et error table, which the index does not hold; ./documented-extra.ts has the lmtpengine.c replies),
 * Courier MTA (the submit/esmtp texts are in ./mta-others.ts; maildrop's quota text was found only in bounce-parser
 * test data, which is not evidence), OpenSMTPD (./mta-others.ts holds its smtp_session/lka/mta texts; its builtin
 * filters reply only with the text the administrator configures), Haraka dkim_verify (adds headers, never rejects)
 * and backscatterer (its "is blacklisted by" text is ./mta-others.ts haraka.dnsbl).
 *
 * maddy appends " (msg ID = <id>)" to every reply text it sends (internal/endpoint/smtp/session.go wrapErr).
 */
import { entries, SUPPRESSED, symptom, HELO_NAME } from './entry';
import type { KnowledgeSource } from './types';

// --- maddy ---
const MD = 'foxcpp/maddy';
const MD_DNS = `${MD} internal/check/dns/dns.go`;
const MD_DNSBL = `${MD} internal/check/dnsbl/dnsbl.go`;
const MD_SPF = `${MD} internal/check/spf/spf.go`;
const MD_DKIM = `${MD} internal/check/dkim/dkim.go`;
const MD_AUTHZ = `${MD} internal/check/authorize_sender/authorize_sender.go`;
const MD_RSPAMD = `${MD} internal/check/rspamd/rspamd.go`;
const MD_SESSION = `${MD} internal/endpoint/smtp/session.go`;
const MD_PIPELINE = `${MD} internal/msgpipeline`;
const MD_REMOTE = `${MD} internal/target/remote`;
const md = entries('maddy', MD_SESSION);

export const MADDY: KnowledgeSource = {
  id: 'maddy',
  name: 'maddy Mail Server',
  kind: 'mta',
  reference: MD_SESSION,
  replies: [
    // check.require_matching_rdns, require_matching_ehlo, require_mx_record (internal/check/dns/dns.go)
    md('no-ptr', 'ptr', ['no ptr record found'], '550 5.7.25 No PTR record found (msg ID = 1a2b3c4d) (require_matching_rdns: the client IP has no reverse DNS)', { status: '5.7.25', source: MD_DNS }),
    md('rdns-mismatch', 'ptr', ['rdns name does not match source hostname'], '550 5.7.25 rDNS name does not match source hostname (require_matching_rdns: the PTR name is not the EHLO name)', { status: '5.7.25', source: MD_DNS }),
    md('ehlo-no-match', 'ptr', ['no matching a/aaa records found for the ehlo'], '550 5.7.0 No matching A/AAA records found for the EHLO hostname (require_matching_ehlo)', { status: '5.7.0', source: MD_DNS, variant: HELO_NAME }),
    md('ehlo-ip', 'ptr', ['ip in ehlo is not the same', 'malformed ip in ehlo'], '550 5.7.0 IP in EHLO is not the same as the actual client IP / 550 5.7.0 Malformed IP in EHLO (require_matching_ehlo)', { status: '5.7.0', source: MD_DNS, variant: HELO_NAME }),
    md('sender-no-mx', 'sender-rejected', ['in mail from does not have any mx', 'mail from has null mx record'], '501 5.7.27 Domain in MAIL FROM does not have any MX records / 501 5.7.27 Domain in MAIL FROM has null MX record (require_mx_record)', { status: '5.7.27', source: MD_DNS }),
    md('dns-policy-error', 'network', ['dns error during policy check'], '450 4.7.25 DNS error during policy check (a DNS lookup for require_matching_rdns, require_mx_record, require_matching_ehlo or dnsbl failed; 550 when the error is not temporary)', { source: MD_DNS }),
    // check.dnsbl
    md('dnsbl', 'ip-blocklist', ['listed in the used dnsbl'], '554 5.7.0 Client identity is listed in the used DNSBL (check.dnsbl: the client IP, EHLO or MAIL FROM domain scored above reject_threshold)', { status: '5.7.0', source: MD_DNSBL }),
    // check.spf
    md('spf-fail', 'spf', ['spf authentication failed', 'spf authentication soft-failed'], '550 5.7.23 SPF authentication failed / 550 5.7.23 SPF authentication soft-failed (check.spf fail_action / softfail_action set to reject)', { status: '5.7.23', source: MD_SPF }),
    md('spf-error', 'spf', ['spf authentication failed with a permanent error', 'spf authentication failed with a temporary error'], '550 5.7.23 SPF authentication failed with a permanent error / 451 4.7.23 SPF authentication failed with a temporary error (check.spf permerr_action / temperr_action, reject by default)', { status: 'x.7.23', source: MD_SPF }),
    md('spf-none', 'spf', ['no spf policy', 'neutral spf result is not permitted'], '550 5.7.23 No SPF policy / 550 5.7.23 Neutral SPF result is not permitted (check.spf none_action / neutral_action set to reject)', { status: '5.7.23', source: MD_SPF }),
    // check.dkim
    md('dkim-none', 'dkim', ['no dkim signatures'], '550 5.7.20 No DKIM signatures (check.dkim no_sig_action set to reject)', { status: '5.7.20', source: MD_DKIM }),
    md('dkim-no-pass', 'dkim', ['no passing dkim signatures'], '550 5.7.20 No passing DKIM signatures (check.dkim broken_sig_action set to reject)', { status: '5.7.20', source: MD_DKIM }),
    md('dkim-temp', 'dkim', ['temporary error during dkim verification'], '421 4.7.20 Temporary error during DKIM verification (the signing domain\'s key could not be fetched)', { status: '4.7.20', source: MD_DKIM }),
    // DMARC policy applied by the message pipeline (check_runner.go applyResults)
    md('dmarc', 'dmarc', ['dmarc check failed'], '550 5.7.1 DMARC check failed (msg ID = 1a2b3c4d) (the From domain\'s DMARC policy is p=reject; 450 4.7.1 on a temporary DMARC error)', { status: 'x.7.1', source: `${MD_PIPELINE}/check_runner.go` }),
    // check.require_tls
    md('tls-required', 'tls-required', ['tls conversation required'], '550 5.7.1 TLS conversation required (require_tls: the client did not use STARTTLS)', { status: '5.7.1', source: `${MD} internal/check/requiretls/requiretls.go` }),
    // check.authorize_sender
    md('unauthorized-sender', 'sender-rejected', ['unauthorized use of sender address'], '553 5.7.0 Unauthorized use of sender address (authorize_sender: the authenticated user may not send as the MAIL FROM or From address)', { status: '5.7.0', source: MD_AUTHZ }),
    md('from-header', 'message-format', ['multiple from addresses are not allowed', 'malformed from header', 'malformed sender header'], '550 5.7.0 Multiple From addresses are not allowed / Malformed From header / Malformed Sender header / Missing From header (authorize_sender check_header)', { status: '5.7.0', source: MD_AUTHZ }),
    // check.rspamd's "reject" action answers "Message rejected due to local policy" (550, or 450 for "soft reject"): left
    // out, because iCloud answers the same words for its own policy rejections ([HM08], [CS01]); the words name no
    // cause wherever they appear.
    md('reject-directive', 'policy', ['message rejected due to a local policy'], '554 5.7.0 Message rejected due to a local policy (the default text of the pipeline\'s "reject" directive for a source or destination)', { status: '5.7.0', source: `${MD_PIPELINE}/config.go (parseRejectDirective)` }),
    md('user-not-local', 'relay-denied', ['5.1.1 user not local'], '550 5.1.1 User not local (msg ID = 1a2b3c4d) (the shipped maddy.conf rejects recipients outside $(local_domains) on port 25 with this text)', { status: '5.1.1', source: `${MD} maddy.conf` }),
    md('user-does-not-exist', 'recipient-unknown', ['5.1.1 user does not exist'], '501 5.1.1 User does not exist (msg ID = 1a2b3c4d) (the local storage has no account for the recipient)', { status: '5.1.1', source: `${MD} internal/storage/imapsql/delivery.go` }),
    md('storage-serialization', 'remote-error', ['storage access serialiation problem', 'internal server error, try again later'], '453 4.3.2 Storage access serialiation problem, try again later / 453 4.3.2 Internal server error, try again later (the storage database could not serialize the transaction)', { status: '4.3.2', source: `${MD} internal/storage/imapsql/delivery.go` }),
    // SMTP endpoint (session.go)
    md('loop', 'remote-error', ['possible forwarding loop'], '554 5.4.6 Too many Received header fields (51), possible forwarding loop', { status: '5.4.6', source: MD_SESSION }),
    md('header-too-big', 'message-size', ['message header size exceeds limit'], '552 5.3.4 Message header size exceeds limit', { status: '5.3.4', source: MD_SESSION }),
    md('high-load', 'remote-error', ['high load, try again later'], '451 4.4.5 High load, try again later (the server\'s limits or a deadline were reached)', { status: '4.4.5', source: MD_SESSION }),
    md('smtputf8', 'protocol', ['smtputf8 is required for non-ascii'], '550 5.6.7 SMTPUTF8 is required for non-ASCII senders / 553 5.6.7 SMTPUTF8 is required for non-ASCII recipients', { status: '5.6.7', source: MD_SESSION }),
    md('policy-internal', 'remote-error', ['internal error during policy check'], '451 4.7.0 Internal error during policy check (a check module such as rspamd, spf or dkim failed internally)', { status: '4.7.0', source: MD_RSPAMD }),
    // Outbound delivery (target.remote): the texts recorded for a recipient and returned in maddy's DSNs
    md('null-mx', 'recipient-domain', ['domain does not accept email (null mx)'], '556 5.1.10 Domain does not accept email (null MX)', { status: '5.1.10', source: `${MD_REMOTE}/connect.go` }),
    symptom(md('no-usable-mx', 'network', ['no usable mxs, last err'], '451 4.4.0 No usable MXs, last err: dial tcp 192.0.2.1:25: i/o timeout (the last MX\'s error says why; 550 when that error is permanent)', { source: `${MD_REMOTE}/connect.go` })),
    md('mx-lookup', 'network', ['mx lookup error'], '451 4.4.4 MX lookup error (554 5.4.4 when the DNS error is not temporary)', { status: 'x.4.4', source: `${MD_REMOTE}/connect.go` }),
    md('mtasts-mx', 'tls-required', ['estabilish the mx record authenticity', 'establish the mx record authenticity'], '550 5.7.0 Failed to estabilish the MX record authenticity (MTA-STS) (also "(STARTTLS Everywhere)"; "Failed to establish the MX record authenticity (REQUIRETLS)" with 5.7.30)', { status: 'x.7.0', source: `${MD_REMOTE}/security.go` }),
    md('mtasts-tls', 'tls-required', ['tls is required but unavailable or failed', 'tls certificate is not trusted but authentication is required'], '451 4.7.1 TLS is required but unavailable or failed (MTA-STS) / 451 4.7.1 Recipient server TLS certificate is not trusted but authentication is required by MTA-STS', { status: '4.7.1', source: `${MD_REMOTE}/security.go` }),
    md('requiretls', 'tls-required', ['or unauthenticated but required (requiretls)'], '550 5.7.30 TLS it not available or unauthenticated but required (REQUIRETLS)', { status: '5.7.30', source: `${MD_REMOTE}/connect.go` }),
    // The same refusal as the queue logs it for a recipient, under whatever status the last MX left ("No usable MXs,
    // last err: TLS it not available or unauthenticated but required", 451 5.4.0), keeping maddy's own "it" for "is".
    md('tls-unavailable', 'tls-required', ['tls it not available or unauthenticated but required'], '451 5.4.0 No usable MXs, last err: TLS it not available or unauthenticated but required', { source: `${MD_REMOTE}/connect.go` }),
    symptom(md('quarantined', 'policy', ['refusing to deliver a quarantined message', 'refusing to deliver quarantined message'], '550 5.7.0 Refusing to deliver a quarantined message (a check marked the message for quarantine; the remote target does not relay it)', { status: '5.7.0', source: `${MD_REMOTE}/remote.go` })),
  ],
};

// --- Dovecot LDA / LMTP (additions) ---
const DC = 'dovecot/core';
const DC_ERR = `${DC} src/lib-storage/mail-error.h`;
const DC_QUOTA = `${DC} src/plugins/quota/quota.c (quota_alloc_result_errstr)`;
const dl = entries('dovecot-lda', `${DC} src/lmtp/lmtp-local.c`);

export const DOVECOT_LDA: KnowledgeSource = {
  id: 'dovecot-lda',
  name: 'Dovecot LDA / LMTP (quota, mail-storage and proxy additions)',
  kind: 'mta',
  reference: `${DC} src/lmtp/lmtp-local.c`,
  replies: [
    // LMTP answers a storage error as "451 4.2.0 <rcpt> <error>", a quota error as "552 5.2.2 <rcpt> <error>"
    // (452 4.2.2 with quota_full_tempfail); dovecot-lda prints the same error text and exits.
    dl('max-mail-size', 'message-size', ['maximum size allowed by server configuration'], '<user@example.com> Mail size is larger than the maximum size allowed by server configuration (quota_max_mail_size)', { source: DC_QUOTA }),
    dl('mailbox-message-limit', 'mailbox-full', ['too many messages in the mailbox'], '552 5.2.2 <user@example.com> Too many messages in the mailbox (the quota\'s message-count limit)', { status: 'x.2.2', source: DC_QUOTA }),
    dl('disk-quota', 'mailbox-full', ['not enough disk quota'], '552 5.2.2 <user@example.com> Not enough disk quota (MAIL_ERRSTR_NO_QUOTA: the filesystem quota is exhausted)', { status: 'x.2.2', source: DC_ERR }),
    dl('mailbox-not-found', 'remote-error', ["mailbox doesn't exist: inbox"], "451 4.2.0 <user@example.com> Mailbox doesn't exist: INBOX (MAIL_ERRSTR_MAILBOX_NOT_FOUND: the delivery target folder is missing and not autocreated)", { status: '4.2.0', source: DC_ERR }),
    dl('lock-timeout', 'remote-error', ['timeout while waiting for lock'], '451 4.2.0 <user@example.com> Timeout while waiting for lock (MAIL_ERRSTR_LOCK_TIMEOUT)', { status: '4.2.0', source: DC_ERR }),
    dl('internal-error', 'remote-error', ['refer to server log for more information'], '451 4.2.0 <user@example.com> Internal error occurred. Refer to server log for more information. [2026-12-03 10:00:00] (MAIL_ERRSTR_CRITICAL_MSG)', { status: '4.2.0', source: DC_ERR }),
    dl('proxy-loop', 'remote-error', ['proxying loops to itself', 'proxying appears to be looping'], '554 5.4.6 <user@example.com> Proxying loops to itself / 554 5.4.6 Proxying appears to be looping (TTL=0) (LMTP proxy)', { status: '5.4.6', source: `${DC} src/lmtp/lmtp-proxy.c` }),
  ],
};

// --- chasquid ---
const CQ = 'albertito/chasquid';
const CQ_CONN = `${CQ} internal/smtpsrv/conn.go`;
const CQ_OUT = `${CQ} internal/courier/smtp.go`;
const cq = entries('chasquid', CQ_CONN);

export const CHASQUID: KnowledgeSource = {
  id: 'chasquid',
  name: 'chasquid',
  kind: 'mta',
  reference: CQ_CONN,
  replies: [
    cq('relay-not-allowed', 'relay-denied', ['5.7.1 relay not allowed'], '503 5.7.1 Relay not allowed (recipient outside the local domains, client not authenticated)', { status: '5.7.1' }),
    cq('unknown-user', 'recipient-unknown', ['destination address is unknown'], '550 5.1.1 Destination address is unknown (user does not exist)', { status: '5.1.1' }),
    cq('invalid-address', 'recipient-unknown', ['destination address is invalid'], '550 5.1.3 Destination address is invalid', { status: '5.1.3' }),
    cq('address-check-temp', 'remote-error', ['temporary error checking address'], '451 4.4.3 Temporary error checking address (the user database could not be read)', { status: '4.4.3' }),
    cq('spf', 'spf', ['5.7.23 spf check failed'], '550 5.7.23 SPF check failed: <SPF error> (the MAIL FROM domain\'s SPF record says fail)', { status: '5.7.23' }),
    cq('security-level', 'tls-required', ['security level check failed'], '550 5.7.3 Security level check failed (the sender\'s domain delivered over TLS before; this plain-text delivery is refused as a downgrade)', { status: '5.7.3' }),
    cq('submission-auth', 'auth-required', ['mail to submission port must be authenticated'], '550 5.7.9 Mail to submission port must be authenticated', { status: '5.7.9' }),
    cq('auth-needs-tls', 'tls-required', ['5.7.10 you feel vulnerable'], '503 5.7.10 You feel vulnerable (AUTH before STARTTLS)', { status: '5.7.10' }),
    cq('too-big', 'message-size', ['552 5.3.4 message too big'], '552 5.3.4 Message too big', { status: '5.3.4' }),
    cq('loop', 'remote-error', ['5.4.6 loop detected'], '554 5.4.6 Loop detected (50 hops)', { status: '5.4.6' }),
    cq('parse-error', 'message-format', ['5.6.0 error parsing message'], '554 5.6.0 Error parsing message: <parser error>', { status: '5.6.0' }),
    cq('sender-malformed', 'sender-rejected', ['sender address malformed', 'sender address must contain a domain'], '501 5.1.7 Sender address malformed / 501 5.1.8 Sender address must contain a domain', { status: 'x.1.7' }),
    cq('queue-failed', 'remote-error', ['failed to queue message:'], '451 4.3.0 Failed to queue message: <error>', { status: '4.3.0' }),
    cq('too-many-errors', 'protocol', ['too many errors, bye'], '421 4.5.0 Too many errors, bye (three failed commands in a session)', { status: '4.5.0' }),
    // Outgoing delivery (courier): the error recorded for the recipient and quoted in chasquid's DSN
    cq('no-mail-server', 'recipient-domain', ['could not find mail server:'], 'Could not find mail server: lookup example.invalid: no such host (the MX lookup failed; permanent unless the DNS error is temporary)', { source: CQ_OUT }),
    symptom(cq('all-mxs-transient', 'network', ['all mxs returned transient failures'], 'all MXs returned transient failures (last: Could not dial: dial tcp 192.0.2.1:25: i/o timeout)', { source: CQ_OUT })),
    cq('could-not-dial', 'network', ['could not dial: dial tcp'], 'Could not dial: dial tcp 192.0.2.1:25: connect: connection refused', { source: CQ_OUT }),
    cq('out-security-level', 'tls-required', ['security level check failed (level'], 'Security level check failed (level:PLAIN) (the destination offered TLS before; a weaker connection is refused and retried)', { source: CQ_OUT }),
    cq('sts-policy', 'tls-required', ['for sts policy'], 'invalid security level (TLS_INSECURE) for STS policy (the domain publishes an enforced MTA-STS policy and the MX certificate is not valid)', { source: CQ_OUT }),
  ],
};

// --- mox ---
const MX = 'mjl-/mox';
const MX_SERVER = `${MX} smtpserver/server.go`;
const MX_ANALYZE = `${MX} smtpserver/analyze.go`;
const mx = entries('mox', MX_SERVER);

export const MOX: KnowledgeSource = {
  id: 'mox',
  name: 'mox',
  kind: 'mta',
  reference: MX_SERVER,
  replies: [
    mx('dmarc', 'dmarc', ['rejecting per dmarc policy'], '550 5.7.26 rejecting per dmarc policy', { status: '5.7.26', source: MX_ANALYZE }),
    mx('subjectpass', 'spam', ['your message resembles spam', 'added to the email message subject'], '550 5.7.1 Your message resembles spam. If your email is legitimate, please send it again with the following added to the email message subject: (pass:AbCdEf…) (junk filter or DNSBL verdict for a sender without reputation)', { status: '5.7.1', source: `${MX} subjectpass/subjectpass.go; ${MX_ANALYZE}` }),
    mx('sender-null-mx', 'sender-rejected', ['mailfrom domain not configured for mail'], '550 5.7.27 mailfrom domain not configured for mail (the MAIL FROM domain has a null MX or no usable MX)', { status: '5.7.27' }),
    mx('sender-mx-temp', 'network', ['cannot verify mx records for mailfrom domain'], '451 4.4.0 cannot verify mx records for mailfrom domain (temporary DNS error)', { status: '4.4.0' }),
    mx('must-match-user', 'sender-rejected', ['must match authenticated user'], '550 5.7.1 must match authenticated user (submission: MAIL FROM is not an address of the logged-in account)', { status: '5.7.1' }),
    mx('not-for-domain', 'relay-denied', ['not accepting email for domain'], '550 5.1.1 not accepting email for domain (the recipient domain is not configured on this server)', { status: '5.1.1' }),
    mx('one-rcpt-without-spf', 'rate-limit', ['only one recipient allowed without spf pass'], '452 4.5.3 only one recipient allowed without spf pass (further recipients are deferred to later transactions)', { status: '4.5.3' }),
    mx('max-recipients', 'rate-limit', ['max of 1000 recipients reached'], '452 4.5.3 max of 1000 recipients reached', { status: '4.5.3' }),
    // Its outgoing queue, when the recipient domain's MTA-STS policy is in enforce mode and names none of the domain's MX
    // hosts (RFC 8461 §4.1): no host may be delivered to over verified TLS, so nothing is sent (queue/direct.go).
    mx('mta-sts-mx-mismatch', 'tls-required', ['does not match enforced mta-sts policy'], 'mx host mx.example.org does not match enforced mta-sts policy with hosts mail.example.org', { source: `${MX} queue/direct.go` }),
    // Its SMTP client's errors when the next hop lacks an extension the message needs (smtpclient/client.go): SMTPUTF8
    // or 8BITMIME for the message's own bytes (as Postfix's "SMTPUTF8 is required, but was not offered"), REQUIRETLS for
    // a message that demands TLS all the way (RFC 8689).
    mx('smtputf8-unsupported', 'message-format', ['does not implement smtputf8 extension', 'does not implement 8bitmime extension'], 'remote smtp server does not implement smtputf8 extension, required by message (also: 8bitmime)', { source: `${MX} smtpclient/client.go` }),
    mx('requiretls-unsupported', 'tls-required', ['does not implement requiretls extension'], 'remote smtp server does not implement requiretls extension, required for delivery', { source: `${MX} smtpclient/client.go` }),
    mx('smtp-smuggling', 'message-format', ['may be smtp smuggling'], '500 5.5.2 invalid bare \\r or \\n, may be smtp smuggling (mox-1a2b3c) (the DATA contains a bare CR or LF)', { status: '5.5.2' }),
  ],
};

// --- Postal (additions to ./mail-servers.ts) ---
const PO = 'postalserver/postal';
const PO_SMTP = `${PO} app/lib/smtp_server/client.rb`;
const PO_OUT = `${PO} app/lib/message_dequeuer/outgoing_message_processor.rb`;
const PO_IN = `${PO} app/lib/message_dequeuer/incoming_message_processor.rb`;
const po = entries('postal-server', PO_SMTP);

export const POSTAL_SERVER: KnowledgeSource = {
  id: 'postal-server',
  name: 'Postal (SMTP server replies and delivery details)',
  kind: 'mta',
  reference: PO_SMTP,
  replies: [
    po('route-rejects', 'mailbox-disabled', ['route does not accept incoming messages'], '550 Route does not accept incoming messages (the address\'s route is in Reject mode)'),
    po('invalid-token', 'recipient-unknown', ['invalid server token', 'invalid route token'], '550 Invalid server token / 550 Invalid route token (a return-path or route address that names no server or route)'),
    po('auth-required', 'auth-required', ['530 authentication required'], '530 Authentication required (relaying to a domain with no route, without SMTP AUTH or an IP credential)'),
    po('too-large', 'message-size', ['message too large (maximum size'], '552 Message too large (maximum size 14MB)'),
    po('loop', 'remote-error', ['550 loop detected'], '550 Loop detected (more than four of its own Received headers)'),
    po('suppression-list', 'recipient-unknown', ['is on the suppression list (reason'], 'Held: Recipient (user@example.com) is on the suppression list (reason: too many hard fails)', { source: PO_OUT, variant: SUPPRESSED }),
    po('outbound-spam', 'spam', ['message is likely spam. threshold is'], 'HardFail: Message is likely spam. Threshold is 5.0 and the message scored 7.3. (outbound spam check)', { source: PO_OUT }),
    po('send-limit', 'rate-limit', ['message held because send limit'], 'Held: Message held because send limit (1000) has been reached.', { source: PO_OUT }),
    po('inbound-spam', 'spam', ['spam score is higher than the failure threshold', 'message is spam and the route specifies'], "HardFail: Message's spam score is higher than the failure threshold for this server. Threshold is currently 20.0. / Message is spam and the route specifies it should be failed.", { source: PO_IN }),
    po('route-bounce', 'mailbox-disabled', ['bounced because the route asks for this'], 'HardFail: Message has been bounced because the route asks for this. See message <msg:1234> (route in Bounce or Reject mode)', { source: PO_IN }),
  ],
};

// --- Apache James (additions to ./mta-more.ts) ---
const JS = 'apache/james-project server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/fastfail';
const ja = entries('james-hooks', `${JS}/SPFHandler.java`);

export const JAMES_HOOKS: KnowledgeSource = {
  id: 'james-hooks',
  name: 'Apache James (SPF, SpamAssassin, URIRBL and SIZE hooks)',
  kind: 'mta',
  reference: `${JS}/SPFHandler.java`,
  replies: [
    ja('spf-temp', 'spf', ['problem on spf lookup'], '451 4.4.3 Temporarily rejected: Problem on SPF lookup (SPFHandler: the SPF evaluation gave temperror)', { status: '4.4.3' }),
    ja('spamassassin', 'spam', ['reach the spam hits treshold'], '554 5.7.0 This message reach the spam hits treshold. Please contact the Postmaster if the email is not SPAM. Message rejected', { status: '5.7.0', source: `${JS}/SpamAssassinHandler.java` }),
    ja('urirbl', 'domain-blocklist', ['rejected: message contains domain'], '554 5.7.0 Rejected: message contains domain example.com listed by multi.surbl.org (URIRBLHandler)', { status: '5.7.0', source: `${JS}/URIRBLHandler.java` }),
    ja('size', 'message-size', ['exceeds fixed maximum message size'], '552 5.3.4 Message size exceeds fixed maximum message size (SIZE= at MAIL FROM, or the DATA went over the limit)', { status: '5.3.4', source: 'apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/esmtp/MailSizeEsmtpExtension.java' }),
  ],
};

// --- Haraka (plugins not in ./mta-others.ts or ./mta-more.ts) ---
const HK = 'haraka/Haraka plugins';
const hk = entries('haraka-plugins', `${HK}/attachment.js`);

export const HARAKA_PLUGINS: KnowledgeSource = {
  id: 'haraka-plugins',
  name: 'Haraka (data.signatures, prevent_credential_leaks, attachment plugins)',
  kind: 'mta',
  reference: `${HK}/attachment.js`,
  replies: [
    hk('spam-signature', 'spam', ['matches a known spam signature'], 'Mail matches a known spam signature (data.signatures: the body contains a configured string)', { source: `${HK}/data.signatures.js` }),
    hk('credential-leak', 'content-policy', ['credential leak detected'], 'Credential leak detected: never give out your username/password to anyone! (prevent_credential_leaks: the body contains the sender\'s own AUTH credentials)', { source: `${HK}/prevent_credential_leaks.js` }),
    hk('attachment', 'content-policy', ['message contains unacceptable attachment', 'message contains unacceptable content type'], 'Message contains unacceptable attachment (invoice.exe) / Message contains unacceptable content type (application/x-msdownload)'),
    hk('archive', 'content-policy', ['message contains encrypted archive', 'nested archives exceeding the maximum depth'], 'Message contains encrypted archive / Message contains nested archives exceeding the maximum depth'),
  ],
};

export const SERVERS_OPEN: readonly KnowledgeSource[] = [MADDY, DOVECOT_LDA, CHASQUID, MOX, POSTAL_SERVER, JAMES_HOOKS, HARAKA_PLUGINS];
