/**
 * Postfix: the reply texts its SMTP server (smtpd(8), postscreen(8)) sends when it refuses or defers, and the texts
 * its delivery agents (smtp(8), local(8), trivial-rewrite(8)) write into the bounces it generates. Read from the
 * Postfix source (mirror vdukhovni/postfix). Reply classes in smtpd_check.c are "Client host", "Helo command",
 * "Sender address", "Recipient address", "Data command" (smtpd.h SMTPD_NAME_*), so "<x>: Recipient address rejected:
 * User unknown in local recipient table" is one template. Greylisting texts of the policy servers usually run with
 * Postfix (postgrey, policyd) live in ./filters.ts.
 */
import { hedged, MAIL_LOOP, symptom, SENDER_LOGIN_MISMATCH, HELO_NAME, MAIL_HOPS, STARTTLS_FIRST } from './entry';
import type { KnowledgeSource } from './types';

const CHECK = 'vdukhovni/postfix postfix/src/smtpd/smtpd_check.c';
const SMTPD = 'vdukhovni/postfix postfix/src/smtpd/smtpd.c';
const CLEANUP = 'vdukhovni/postfix postfix/src/global/cleanup_strerror.c';
const SENDMAIL_CMD = 'vdukhovni/postfix postfix/src/sendmail/sendmail.c (enqueue: SM_FLAG_XRCPT)';
const PARAMS = 'vdukhovni/postfix postfix/src/global/mail_params.h';
const RESOLVE = 'vdukhovni/postfix postfix/src/trivial-rewrite/resolve.c';
const SMTP_PROTO = 'vdukhovni/postfix postfix/src/smtp/smtp_proto.c';
const SMTP_CONNECT = 'vdukhovni/postfix postfix/src/smtp/smtp_connect.c';
const SMTP_ADDR = 'vdukhovni/postfix postfix/src/smtp/smtp_addr.c';
const SMTP_TROUBLE = 'vdukhovni/postfix postfix/src/smtp/smtp_trouble.c';
const DNS = 'vdukhovni/postfix postfix/src/dns/dns_lookup.c';
const LOCAL_UNKNOWN = 'vdukhovni/postfix postfix/src/local/unknown.c';
const MAIL_COPY = 'vdukhovni/postfix postfix/src/global/mail_copy.c';
const LOCAL_MAILBOX = 'vdukhovni/postfix postfix/src/local/mailbox.c';
const LOCAL_MAILDIR = 'vdukhovni/postfix postfix/src/local/maildir.c (deliver_maildir: "maildir delivery failed: %s")';
const PSC_EARLY = 'vdukhovni/postfix postfix/src/postscreen/postscreen_early.c';
const PSC = 'vdukhovni/postfix postfix/src/postscreen/postscreen.c';
const PSC_STATE = 'vdukhovni/postfix postfix/src/postscreen/postscreen_state.c';
const DSN_FILTER_DOC = 'https://www.postfix.org/postconf.5.html#smtp_delivery_status_filter';

export const POSTFIX: KnowledgeSource = {
  id: 'postfix',
  name: 'Postfix',
  kind: 'mta',
  reference: CHECK,
  replies: [
    // --- smtpd(8) recipient validation (check_rcpt_maps, trivial-rewrite) ---
    { id: 'postfix.unknown-local', category: 'recipient-unknown', status: '5.1.1', phrases: ['user unknown in local recipient table'], text: '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table', source: CHECK },
    { id: 'postfix.unknown-virtual-mailbox', category: 'recipient-unknown', status: '5.1.1', phrases: ['user unknown in virtual mailbox table'], text: '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table', source: CHECK },
    { id: 'postfix.unknown-relay', category: 'recipient-unknown', status: '5.1.1', phrases: ['user unknown in relay recipient table'], text: '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in relay recipient table', source: CHECK },
    { id: 'postfix.unknown-virtual-alias', category: 'recipient-unknown', status: '5.1.1', phrases: ['user unknown in virtual alias table'], text: '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual alias table (bounce text: "User unknown in virtual alias table")', source: RESOLVE },
    { id: 'postfix.unknown-plain', category: 'recipient-unknown', status: '5.1.1', phrases: ['recipient address rejected: user unknown'], text: '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown (show_user_unknown_table_name = no)', source: CHECK },
    { id: 'postfix.local-unknown-user', category: 'recipient-unknown', status: '5.1.1', phrases: ['unknown user: "'], text: 'unknown user: "user" (local(8) delivery agent, no such local user or alias)', source: LOCAL_UNKNOWN },
    { id: 'postfix.relocated', category: 'mailbox-disabled', phrases: ['user has moved to'], text: 'User has moved to new@example.net (relocated_maps)', source: RESOLVE },
    // The probe's result follows the colon ("undeliverable address: host … said: 550 5.1.1 … User unknown", "…: mail for
    // example.com loops back to myself"): a cause named there decides; alone, the words still say the address failed.
    symptom({ id: 'postfix.unverified-recipient', category: 'recipient-unknown', status: '5.1.1', phrases: ['recipient address rejected: undeliverable address'], text: '550 5.1.1 <user@example.com>: Recipient address rejected: undeliverable address: <reason> (reject_unverified_recipient)', source: CHECK }),
    // "unverified address" (not "undeliverable address") is the probe that has not finished or failed for a temporary
    // reason (smtpd_check.c: DEL_RCPT_STAT_DEFER / TODO, unverified_recipient_defer_code): nothing is known against the
    // address; the receiving side could not check it yet ("Address lookup failure", "unknown mail transport error"). A
    // reason the probe quotes ("host … said: 550 5.1.1 …") decides.
    symptom(hedged({ id: 'postfix.unverified-recipient-temp', category: 'remote-error', status: '4.1.1', phrases: ['recipient address rejected: unverified address'], text: '450 4.1.1 <user@example.com>: Recipient address rejected: unverified address: <reason> (reject_unverified_recipient: the probe is not finished or failed temporarily)', source: `${CHECK}; https://www.postfix.org/ADDRESS_VERIFICATION_README.html` })),
    { id: 'postfix.recipient-nonfqdn', category: 'recipient-unknown', status: '4.5.2', phrases: ['recipient address rejected: need fully-qualified address'], text: '504 5.5.2 <user>: Recipient address rejected: need fully-qualified address', source: CHECK },
    { id: 'postfix.recipient-bad-syntax', category: 'recipient-unknown', status: '5.1.3', phrases: ['bad recipient address syntax'], text: '501 5.1.3 Bad recipient address syntax', source: SMTPD },
    { id: 'postfix.recipient-domain-not-found', category: 'recipient-domain', status: '4.1.2', phrases: ['recipient address rejected: domain not found'], text: '450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found (reject_unknown_recipient_domain)', source: CHECK },
    { id: 'postfix.recipient-nullmx', category: 'recipient-domain', status: '5.1.10', phrases: ['does not accept mail (nullmx)'], text: '556 5.1.10 <user@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)', source: CHECK },

    // --- relaying, SASL, TLS ---
    { id: 'postfix.relay-denied', category: 'relay-denied', status: '5.7.1', phrases: ['relay access denied'], text: '554 5.7.1 <user@example.net>: Relay access denied', source: CHECK },
    { id: 'postfix.sender-not-logged-in', category: 'auth-required', status: '5.7.1', phrases: ['sender address rejected: not logged in'], text: '553 5.7.1 <sender@example.com>: Sender address rejected: not logged in (reject_unauthenticated_sender_login_mismatch)', source: CHECK },
    { id: 'postfix.sender-not-owned', category: 'sender-rejected', status: '5.7.1', phrases: ['sender address rejected: not owned by user'], text: '553 5.7.1 <sender@example.com>: Sender address rejected: not owned by user <login> (reject_sender_login_mismatch)', source: CHECK, variant: SENDER_LOGIN_MISMATCH },
    { id: 'postfix.starttls-first', variant: STARTTLS_FIRST, category: 'tls-required', status: '5.7.0', phrases: ['must issue a starttls command first'], text: '530 5.7.0 Must issue a STARTTLS command first', source: SMTPD },
    { id: 'postfix.session-encryption', category: 'tls-required', status: '4.7.1', phrases: ['session encryption is required'], text: '450 4.7.1 Session encryption is required (reject_plaintext_session)', source: CHECK },
    { id: 'postfix.tls-local-problem', category: 'tls-required', status: '4.7.0', phrases: ['tls not available due to local problem'], text: '454 4.7.0 TLS not available due to local problem', source: SMTPD },
    { id: 'postfix.client-cert', category: 'tls-required', status: '4.7.1', phrases: ['client certificate not trusted', 'no client certificate presented'], text: '421 4.7.1 <host> Error: Client certificate not trusted / No client certificate presented', source: SMTPD },

    // --- client, HELO and sender checks ---
    { id: 'postfix.client-no-hostname', category: 'ptr', status: '4.7.25', phrases: ['cannot find your hostname'], text: '450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1] (reject_unknown_client_hostname; 550 when permanent)', source: CHECK },
    { id: 'postfix.client-no-reverse-hostname', category: 'ptr', status: '4.7.1', phrases: ['cannot find your reverse hostname'], text: '450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1] (reject_unknown_reverse_client_hostname)', source: CHECK },
    { id: 'postfix.helo-host-not-found', category: 'ptr', status: '4.7.1', phrases: ['helo command rejected: host not found'], text: '450 4.7.1 <host.example>: Helo command rejected: Host not found (reject_unknown_helo_hostname)', source: CHECK, variant: HELO_NAME },
    { id: 'postfix.helo-non-fqdn', category: 'ptr', status: '5.5.2', phrases: ['helo command rejected: need fully-qualified hostname'], text: '504 5.5.2 <host>: Helo command rejected: need fully-qualified hostname', source: CHECK, variant: HELO_NAME },
    { id: 'postfix.helo-invalid', category: 'ptr', status: '5.5.2', phrases: ['helo command rejected: invalid name', 'helo command rejected: invalid ip address'], text: '501 5.5.2 <host>: Helo command rejected: Invalid name (reject_invalid_helo_hostname; "invalid ip address" for a bad address literal)', source: CHECK, variant: HELO_NAME },
    { id: 'postfix.helo-malformed-dns', category: 'ptr', status: '4.7.1', phrases: ['helo command rejected: malformed dns server reply'], text: '550 4.7.1 <host>: Helo command rejected: Malformed DNS server reply', source: CHECK },
    { id: 'postfix.sender-domain-not-found', category: 'sender-rejected', status: '4.1.8', phrases: ['sender address rejected: domain not found'], text: '450 4.1.8 <sender@example.invalid>: Sender address rejected: Domain not found (reject_unknown_sender_domain; 550 5.1.8 when permanent)', source: CHECK },
    { id: 'postfix.sender-nullmx', category: 'sender-rejected', status: '4.7.27', phrases: ['sender address rejected: domain'], text: '550 5.7.27 <sender@example.com>: Sender address rejected: Domain example.com does not accept mail (nullMX)', source: CHECK },
    { id: 'postfix.sender-nonfqdn', category: 'sender-rejected', status: '4.5.2', phrases: ['sender address rejected: need fully-qualified address'], text: '504 5.5.2 <sender>: Sender address rejected: need fully-qualified address', source: CHECK },
    { id: 'postfix.sender-unverified', category: 'sender-rejected', status: '4.1.7', phrases: ['sender address rejected: undeliverable address', 'sender address rejected: unverified address', 'sender address rejected: address verification problem'], text: '550 5.1.7 <sender@example.com>: Sender address rejected: undeliverable address: <reason> (reject_unverified_sender; 450 "unverified address" while the probe is pending)', source: CHECK },
    { id: 'postfix.sender-bad-syntax', category: 'sender-rejected', status: '5.1.7', phrases: ['bad sender address syntax'], text: '501 5.1.7 Bad sender address syntax', source: SMTPD },

    // --- DNS blocklists (default_rbl_reply: "$rbl_code Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain${rbl_reason?; $rbl_reason}") ---
    { id: 'postfix.rbl-client', category: 'ip-blocklist', status: '5.7.1', phrases: ['service unavailable; client host', 'unverified client host ['], text: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; <TXT reason> (reject_rbl_client)', source: PARAMS },
    { id: 'postfix.rbl-sender', category: 'domain-blocklist', status: '5.7.1', phrases: ['service unavailable; sender address'], text: '554 5.7.1 Service unavailable; Sender address [sender@example.com] blocked using dbl.example.org (reject_rhsbl_sender)', source: PARAMS },
    { id: 'postfix.rbl-helo', category: 'domain-blocklist', status: '5.7.1', phrases: ['service unavailable; helo command'], text: '554 5.7.1 Service unavailable; Helo command [host.example] blocked using dbl.example.org (reject_rhsbl_helo)', source: PARAMS },
    { id: 'postfix.rbl-recipient', category: 'domain-blocklist', status: '5.7.1', phrases: ['service unavailable; recipient address'], text: '554 5.7.1 Service unavailable; Recipient address [user@example.com] blocked using rhsbl.example.org (reject_rhsbl_recipient)', source: PARAMS },

    // --- limits and protocol ---
    { id: 'postfix.size-fixed-limit', category: 'message-size', status: '5.3.4', phrases: ['message size exceeds fixed limit'], text: '552 5.3.4 Message size exceeds fixed limit (message_size_limit, checked at MAIL FROM SIZE=)', source: CHECK },
    { id: 'postfix.size-file-too-big', category: 'message-size', status: '5.3.4', phrases: ['message file too big'], text: '552 5.3.4 Error: message file too big', source: CLEANUP },
    { id: 'postfix.size-fs-limit', category: 'message-size', status: '5.3.4', phrases: ['exceeds file system imposed limit'], text: '552 5.3.4 Message size exceeds file system imposed limit', source: SMTPD },
    { id: 'postfix.too-many-recipients', category: 'rate-limit', status: '4.5.3', phrases: ['error: too many recipients'], text: '452 4.5.3 Error: too many recipients (smtpd_recipient_limit)', source: SMTPD },
    { id: 'postfix.rcpt-rate', category: 'rate-limit', status: '4.7.1', phrases: ['too many recipients from'], text: '450 4.7.1 Error: too many recipients from 192.0.2.1 (smtpd_client_recipient_rate_limit)', source: SMTPD },
    { id: 'postfix.mail-rate', category: 'rate-limit', status: '4.7.1', phrases: ['too much mail from'], text: '450 4.7.1 Error: too much mail from 192.0.2.1 (smtpd_client_message_rate_limit)', source: SMTPD },
    { id: 'postfix.conn-limit', category: 'rate-limit', status: '4.7.0', phrases: ['error: too many connections'], text: '421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1 (smtpd_client_connection_count_limit / _rate_limit; postscreen: "421 4.7.0 Error: too many connections")', source: SMTPD },
    { id: 'postfix.tls-rate', category: 'rate-limit', status: '4.7.0', phrases: ['too many new tls sessions'], text: '454 4.7.0 Error: too many new TLS sessions from 192.0.2.1 (smtpd_client_new_tls_session_rate_limit)', source: SMTPD },
    { id: 'postfix.pipelining', category: 'protocol', status: '5.5.0', phrases: ['improper use of smtp command pipelining'], text: '503 5.5.0 <host>: Client host rejected: Improper use of SMTP command pipelining (reject_unauth_pipelining)', source: CHECK },
    { id: 'postfix.multi-recipient-bounce', category: 'policy', status: '5.5.3', phrases: ['multi-recipient bounce'], text: '550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce (reject_multi_recipient_bounce: a null-sender message with several recipients)', source: CHECK },
    { id: 'postfix.too-many-errors', category: 'protocol', status: '4.7.0', phrases: ['error: too many errors'], text: '421 4.7.0 mx.example.com Error: too many errors', source: SMTPD },
    { id: 'postfix.command-not-recognized', category: 'protocol', status: '5.5.2', phrases: ['error: command not recognized', 'error: bad syntax'], text: '502 5.5.2 Error: command not recognized / 500 5.5.2 Error: bad syntax', source: SMTPD },
    { id: 'postfix.need-helo', category: 'protocol', status: '5.5.1', phrases: ['error: send helo/ehlo first', 'error: need mail command', 'error: need rcpt command', 'error: nested mail command'], text: '503 5.5.1 Error: send HELO/EHLO first / need MAIL command / need RCPT command / nested MAIL command', source: SMTPD },
    { id: 'postfix.non-smtp-command', category: 'protocol', status: '2.7.0', phrases: ['i can break rules, too'], text: '221 2.7.0 Error: I can break rules, too. Goodbye. (a header or forbidden command sent as an SMTP command)', source: SMTPD },
    { id: 'postfix.unsupported-option', category: 'protocol', status: '5.5.4', phrases: ['unsupported option:'], text: '555 5.5.4 Unsupported option: <parameter>', source: SMTPD },
    { id: 'postfix.timeout-exceeded', category: 'network', status: '4.4.2', phrases: ['error: timeout exceeded'], text: '421 4.4.2 mx.example.com Error: timeout exceeded', source: SMTPD },

    // --- content (cleanup(8): header_checks, body_checks, milters) ---
    { id: 'postfix.content-rejected', category: 'content-policy', status: '5.7.1', phrases: ['message content rejected'], text: '550 5.7.1 Error: message content rejected (header_checks/body_checks REJECT without text, or a milter)', source: CLEANUP },
    { id: 'postfix.too-many-hops', variant: MAIL_HOPS, category: 'remote-error', status: '5.4.0', phrases: ['error: too many hops'], text: '554 5.4.0 Error: too many hops (mail loop: hopcount_limit Received: headers)', source: CLEANUP },
    { id: 'postfix.no-recipients', category: 'protocol', status: '5.1.0', phrases: ['no recipients specified'], text: '550 5.1.0 Error: no recipients specified', source: CLEANUP },
    // sendmail(1) -t (the mail() of PHP and most scripts): the message's own To:, Cc: and Bcc: named nobody.
    { id: 'postfix.sendmail-no-header-recipients', category: 'message-format', phrases: ['no recipient addresses found in message header'], text: 'sendmail: fatal: www-data(33): No recipient addresses found in message header', source: SENDMAIL_CMD },

    // --- server-side failures ---
    { id: 'postfix.insufficient-storage', category: 'remote-error', status: '4.3.1', phrases: ['insufficient system storage'], text: '452 4.3.1 Insufficient system storage (queue file system nearly full)', source: CHECK },
    { id: 'postfix.temporary-lookup', category: 'remote-error', status: '4.3.0', phrases: ['temporary lookup failure'], text: '451 4.3.0 <user@example.com>: Temporary lookup failure', source: CHECK },
    { id: 'postfix.config-error', category: 'remote-error', status: '4.3.5', phrases: ['server configuration error'], text: '451 4.3.5 Server configuration error', source: CHECK },
    { id: 'postfix.queue-write', category: 'remote-error', status: '4.3.0', phrases: ['queue file write error', 'internal protocol error', 'mail system error', 'server local data error'], text: '451 4.3.0 Error: queue file write error / internal protocol error; 421 4.3.0 Mail system error; 421 4.3.0 Server local data error', source: CLEANUP },
    { id: 'postfix.milter-connect-reject', category: 'policy', phrases: ['esmtp not accepting connections'], text: '554 mx.example.com ESMTP not accepting connections (a milter rejected the connection)', source: SMTPD },
    { id: 'postfix.access-denied-after-connect', category: 'policy', status: '5.7.0', phrases: ['error: access denied for'], text: '503 5.7.0 Error: access denied for host[192.0.2.1] (client rejected at connect time)', source: SMTPD },

    // --- postscreen(8) ---
    { id: 'postfix.postscreen-dnsbl', category: 'ip-blocklist', status: '5.7.1', phrases: ['service unavailable; client ['], text: '550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org (postscreen_dnsbl_action enforce; 521 with drop)', source: PSC_EARLY },
    { id: 'postfix.postscreen-pregreet', category: 'protocol', status: '5.5.1', phrases: ['5.5.1 protocol error'], text: '550 5.5.1 Protocol error (postscreen: client spoke before its turn; 521 with drop)', source: PSC_EARLY },
    { id: 'postfix.postscreen-blacklist', category: 'ip-blocklist', status: '5.3.2', phrases: ['5.3.2 service currently unavailable'], text: '550 5.3.2 Service currently unavailable (postscreen_access_list reject; 521 with drop)', source: PSC },
    // postscreen's meaning; "Service currently unavailable" with 4.3.2 (RFC 3463: system not accepting network
    // messages) is also any other server's saying it is down for now: at most medium.
    { id: 'postfix.postscreen-retry', category: 'greylisting', hedged: true, status: '4.3.2', phrases: ['4.3.2 service currently unavailable'], text: '450 4.3.2 Service currently unavailable (postscreen: client not yet allowed through to the real SMTP server; it must reconnect, 421 4.3.2 at end of session)', source: PSC_STATE },
    { id: 'postfix.postscreen-busy', category: 'rate-limit', status: '4.3.2', phrases: ['all server ports are busy'], text: '421 4.3.2 All server ports are busy', source: PSC },

    // --- smtp(8) client: texts Postfix writes into its own bounces and delay notices ---
    { id: 'postfix.smtp-connect-failed', category: 'network', status: '4.4.1', phrases: ['connection timed out', 'connection refused', 'no route to host', 'network is unreachable'], text: 'connect to mx.example.com[192.0.2.1]:25: Connection timed out (also "Connection refused", "No route to host", "Network is unreachable")', source: SMTP_CONNECT },
    { id: 'postfix.smtp-lost-connection', category: 'network', status: '4.4.2', phrases: ['lost connection with'], text: 'lost connection with mx.example.com[192.0.2.1] while receiving the initial server greeting', source: SMTP_TROUBLE },
    { id: 'postfix.smtp-conversation-timeout', category: 'network', status: '4.4.2', phrases: ['timed out while'], text: 'conversation with mx.example.com[192.0.2.1] timed out while sending end of data -- message may be sent more than once', source: SMTP_TROUBLE },
    { id: 'postfix.dns-host-not-found', category: 'recipient-domain', status: '5.4.4', phrases: ['host or domain name not found', 'host found but no data record'], text: 'Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found', source: DNS },
    { id: 'postfix.dns-try-again', category: 'network', status: '4.4.3', phrases: ['host not found, try again'], text: 'Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again', source: DNS },
    { id: 'postfix.dns-invalid-name', category: 'recipient-domain', status: '5.4.4', phrases: ['invalid host or domain name'], text: 'Name service error for example..com: invalid host or domain name', source: DNS },
    { id: 'postfix.dns-malformed', category: 'network', phrases: ['malformed or unexpected name server reply'], text: 'Name service error for name=example.com type=MX: Malformed or unexpected name server reply', source: DNS },
    { id: 'postfix.nullmx', category: 'recipient-domain', status: '5.1.0', phrases: ['does not accept mail (nullmx)'], text: 'Domain example.com does not accept mail (nullMX)', source: DNS },
    // The next hop is this very server (the domain's MX names it, or a relayhost does) while it is not configured as
    // the domain's final destination: a routing loop (X.4.6), the receiving side's configuration — which may be the
    // sender's own server. Which of the two is wrong is not said: at most medium.
    hedged({ id: 'postfix.loops-back', category: 'remote-error', status: '5.4.6', phrases: ['loops back to myself'], text: 'mail for example.com loops back to myself', source: SMTP_ADDR, variant: MAIL_LOOP }),
    // --- the sending Postfix's own delivery machinery failing (not the recipient's server): a delivery agent or a
    // transport that master.cf names is missing, crashed or misconfigured; the mail waits in the queue ---
    { id: 'postfix.transport-unavailable', category: 'remote-error', phrases: ['mail transport unavailable'], text: 'status=deferred (mail transport unavailable) — 4.3.0: the transport a delivery was passed to did not answer', source: 'vdukhovni/postfix postfix/src/global/deliver_pass.c (DSN_SIMPLE "4.3.0", "mail transport unavailable")' },
    // (The agent said nothing of why: what failed is known, the cause is in the mail log — at most medium.)
    hedged({ id: 'postfix.transport-error', category: 'remote-error', phrases: ['unknown mail transport error'], text: 'delivery temporarily suspended: unknown mail transport error — 4.3.0: the delivery agent exited without a status', source: 'vdukhovni/postfix postfix/src/qmgr/qmgr_deliver.c' }),
    { id: 'postfix.delivery-config-error', category: 'remote-error', phrases: ['mail system configuration error'], text: 'status=deferred (mail system configuration error) — 4.3.5 / 5.3.5: a lookup table, a home directory or a pipe(8) flag is wrong', source: 'vdukhovni/postfix postfix/src/local/command.c, local/include.c, pipe/pipe.c (dsb_simple "4.3.5"/"5.3.5", "mail system configuration error")' },
    { id: 'postfix.no-primary-relay', category: 'network', status: '4.4.4', phrases: ['unable to find primary relay'], text: 'unable to find primary relay for example.com', source: SMTP_ADDR },
    { id: 'postfix.smtp-size', category: 'message-size', status: '5.3.4', phrases: ['exceeds size limit'], text: 'message size 31457280 exceeds size limit 26214400 of server mx.example.com[192.0.2.1]', source: SMTP_PROTO },
    // The smtp(8) client's log line when its TLS handshake with the next hop fails (tls_client_start), before the
    // "Cannot start TLS: handshake failure" it then records for the delivery.
    { id: 'postfix.ssl-connect-error', category: 'tls-required', phrases: ['ssl_connect error to'], text: 'SSL_connect error to mx.example.com[192.0.2.1]:25: -1 (then "Cannot start TLS: handshake failure")', source: 'vdukhovni/postfix postfix/src/tls/tls_client.c (tls_client_start)' },
    { id: 'postfix.tls-not-offered', category: 'tls-required', status: '4.7.4', phrases: ['tls is required, but was not offered'], text: 'TLS is required, but was not offered by host mx.example.com[192.0.2.1]', source: SMTP_PROTO },
    // A message whose envelope or headers need SMTPUTF8 (RFC 6531) and a next hop that does not offer it: the client
    // bounces it itself with 5.6.7 ("Non-ASCII addresses not permitted", IANA); the fix is on the sending side (encode
    // the headers, RFC 2047, or smtputf8_enable = no).
    { id: 'postfix.smtputf8-not-offered', category: 'message-format', status: '5.6.7', phrases: ['smtputf8 is required, but was not offered'], text: 'SMTPUTF8 is required, but was not offered by host mx.example.com[192.0.2.1]', source: SMTP_PROTO },
    { id: 'postfix.tls-refused', category: 'tls-required', status: '4.7.4', phrases: ['refused to start tls'], text: 'TLS is required, but host mx.example.com[192.0.2.1] refused to start TLS: <reply>', source: SMTP_PROTO },
    { id: 'postfix.tls-unavailable', category: 'tls-required', status: '4.7.5', phrases: ['tls is required, but our tls engine is unavailable', 'tls is required, but unavailable'], text: 'TLS is required, but our TLS engine is unavailable', source: SMTP_PROTO },
    // smtp_tls_security_level verify, secure or dane: the server's certificate did not match (a deferral, 4.7.5).
    { id: 'postfix.server-cert-not-verified', category: 'tls-required', status: '4.7.5', phrases: ['server certificate not verified'], text: 'Server certificate not verified (delivery temporarily suspended: Server certificate not verified)', source: SMTP_PROTO },
    { id: 'postfix.tls-handshake', category: 'tls-required', phrases: ['cannot start tls: handshake failure'], text: 'Cannot start TLS: handshake failure', source: DSN_FILTER_DOC },
    { id: 'postfix.delivery-suspended', category: 'network', phrases: ['delivery temporarily suspended'], text: 'delivery temporarily suspended: <earlier connection or DNS error for the destination>', source: 'vdukhovni/postfix postfix/src/qmgr/qmgr_queue.c' },

    // --- local(8)/virtual(8) mailbox delivery ---
    { id: 'postfix.mailbox-full', category: 'mailbox-full', status: '5.2.2', phrases: ['error writing message: disk quota exceeded', 'error writing message: file too large'], text: 'cannot update mailbox /var/mail/user for user user. error writing message: File too large (mailbox_size_limit / virtual_mailbox_limit; "Disk quota exceeded" with file system quotas; mbox_dsn() gives 5.2.2)', source: MAIL_COPY },
    // smtp(8)'s own deferral when its TLS policy for the destination is invalid (a bad smtp_tls_policy_maps entry).
    { id: 'postfix.client-tls-config', category: 'tls-required', status: '4.7.5', phrases: ['client tls configuration problem'], text: 'status=deferred (client TLS configuration problem)', source: 'vdukhovni/postfix postfix/src/smtp/smtp_tls_policy.c' },
    // The VDA quota patch for Postfix's virtual(8) delivery agent, whose default over-quota text many hosting set-ups keep.
    { id: 'postfix.vda-maildir-quota', category: 'mailbox-full', phrases: ['maildir has overdrawn his diskspace quota', 'overdrawn his diskspace quota'], text: "maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.", source: 'http://vda.sf.net (the Postfix VDA patch for virtual(8) quotas: src/global/mail_params.h DEF_VIRT_MAILDIR_LIMIT_MESSAGE)' },
    { id: 'postfix.mailbox-update-failed', category: 'remote-error', phrases: ['cannot update mailbox'], text: 'cannot update mailbox /var/mail/user for user user. <error>', source: LOCAL_MAILBOX },
    // local(8) could not write the maildir file; the system error after it says why ("Permission denied": the server's
    // own setup; "Disk quota exceeded": the mailbox is full, and that decides).
    { id: 'postfix.maildir-delivery-failed', category: 'remote-error', symptom: true, phrases: ['maildir delivery failed'], text: 'maildir delivery failed: create maildir file /home/user/Maildir/tmp/…: Permission denied', source: LOCAL_MAILDIR },
  ],
};
