/**
 * More mail-transfer-agent and filter reply templates, from their own source code and manuals: the replies each documents, one source each, every entry citing its page or source file.
 *
 * Additions to ./mta-postfix.ts, ./mta-exim.ts, ./mta-others.ts and ./filters.ts (nothing here repeats a text those
 * tables hold): Postfix's milter default replies, access-map defaults, SASL and local(8) texts; Exim's header
 * verification and protocol-error texts; Sendmail's sysexits texts and its milter default; the chkuser patch for
 * qmail/vpopmail; policyd-weight; MIMEDefang; Dovecot's Sieve rejection template, Sieve temporary failure, LMTP temporary
 * file and LMTP concurrency limit.
 */
import { MAIL_LOOP, SASL_MECHANISM, SENDER_LOGIN_MISMATCH, HELO_NAME, MAIL_HOPS } from './entry';
import type { KnowledgeSource } from './types';

// --- Postfix ---
const PF = 'vdukhovni/postfix postfix/src';
const PF_MILTER = `${PF}/milter/milter8.c`;
const PF_CHECK = `${PF}/smtpd/smtpd_check.c`;
const PF_SASL = `${PF}/smtpd/smtpd_sasl_glue.c`;
const PF_SMTP_SASL = `${PF}/smtp/smtp_sasl_proto.c, smtp_sasl_glue.c`;
const PF_LOCAL = `${PF}/local/recipient.c`;
const PF_ACCESS = 'https://www.postfix.org/access.5.html';

export const POSTFIX_MORE: KnowledgeSource = {
  id: 'postfix-more',
  name: 'Postfix (milter, access map, SASL and local(8) additions)',
  kind: 'mta',
  reference: PF_MILTER,
  replies: [
    // milter8.c: the replies Postfix gives when a milter answers without a text of its own, or cannot be reached
    { id: 'postfix-more.milter-reject', category: 'policy', hedged: true, status: '5.7.1', phrases: ['5.7.1 command rejected'], text: '550 5.7.1 Command rejected (a milter returned REJECT without a reply text of its own, e.g. a virus or spam milter)', source: PF_MILTER },
    // Its two readings differ: a milter's own TEMPFAIL (a greylisting milter's, typically) or a milter out of reach: hedged.
    { id: 'postfix-more.milter-tempfail', category: 'remote-error', hedged: true, status: '4.7.1', phrases: ['4.7.1 service unavailable - try again later'], text: '451 4.7.1 Service unavailable - try again later (a milter returned TEMPFAIL without a text, or the milter could not be reached and milter_default_action = tempfail, the default)', source: PF_MILTER },
    { id: 'postfix-more.milter-default-reject', category: 'remote-error', status: '5.5.0', phrases: ['5.5.0 service unavailable'], text: '550 5.5.0 Service unavailable (the milter could not be reached and milter_default_action = reject)', source: PF_MILTER },
    { id: 'postfix-more.milter-config', category: 'remote-error', status: '4.3.5', phrases: ['server configuration problem - try again later'], text: '451 4.3.5 Server configuration problem - try again later (unrecognized milter_default_action)', source: PF_MILTER },

    // smtpd_check.c / access(5): an access map REJECT without text gives the generic "Access denied"
    { id: 'postfix-more.client-access-denied', category: 'policy', status: '5.7.1', phrases: ['client host rejected: access denied'], text: '554 5.7.1 <host.example[192.0.2.1]>: Client host rejected: Access denied (check_client_access: access map REJECT without text)', source: PF_ACCESS },
    { id: 'postfix-more.helo-access-denied', category: 'policy', status: '5.7.1', phrases: ['helo command rejected: access denied'], text: '554 5.7.1 <host.example>: Helo command rejected: Access denied (check_helo_access: access map REJECT without text)', source: PF_ACCESS },
    // The sender refused by an access table whose reason the administrator chose and did not write: often a local
    // domain used without logging in (a rule against spoofing), or a blocked sender: at most medium.
    { id: 'postfix-more.sender-access-denied', category: 'sender-rejected', hedged: true, status: '5.7.1', phrases: ['sender address rejected: access denied'], text: '554 5.7.1 <sender@example.com>: Sender address rejected: Access denied (check_sender_access: access map REJECT without text)', source: PF_ACCESS },
    { id: 'postfix-more.recipient-access-denied', category: 'policy', status: '5.7.1', phrases: ['recipient address rejected: access denied'], text: '554 5.7.1 <user@example.com>: Recipient address rejected: Access denied (check_recipient_access: access map REJECT without text)', source: PF_ACCESS },
    { id: 'postfix-more.sender-unlisted', category: 'sender-rejected', status: '5.1.0', phrases: ['sender address rejected: user unknown'], text: '550 5.1.0 <sender@example.com>: Sender address rejected: User unknown in local recipient table (reject_unlisted_sender: the sender claims a local domain but is not a known address there)', source: PF_CHECK },

    // smtpd_sasl_glue.c
    { id: 'postfix-more.sasl-failed', category: 'auth-required', status: '5.7.8', phrases: ['error: authentication failed:'], text: '535 5.7.8 Error: authentication failed: <SASL reason>', source: PF_SASL },
    { id: 'postfix-more.sasl-temp', category: 'remote-error', status: '4.7.0', phrases: ['temporary authentication failure'], text: '454 4.7.0 Temporary authentication failure: <SASL reason> (the SASL back end could not answer)', source: PF_SASL },
    // xsasl_dovecot_server.c: the reasons Postfix gives when it cannot reach Dovecot's authentication service (its SASL
    // back end). They name the server's own failure, not the client's credentials, whichever code carries them.
    { id: 'postfix-more.sasl-backend-lost', category: 'remote-error', phrases: ['connection lost to authentication server', "can't connect to authentication server"], text: '454 4.7.0 Temporary authentication failure: Connection lost to authentication server (also seen after 535 5.7.8 Error: authentication failed:)', source: `${PF}/xsasl/xsasl_dovecot_server.c` },
    // smtp_sasl_proto.c and smtp_sasl_glue.c: the Postfix SMTP client's own login to a relay failed before any password
    // was tried — the server's EHLO offered no AUTH method that smtp_sasl_mechanism_filter keeps ("offered no compatible
    // authentication mechanisms for this type of connection security"; a warning "offered no supported AUTH mechanisms:
    // 'PLAIN LOGIN'"), or the Cyrus SASL library had none it may use (sasl_errstring(SASL_NOMECH) "no mechanism
    // available"; sasl_errdetail "No worthy mechs found"): smtp_sasl_security_options' default "noplaintext,
    // noanonymous" refuses PLAIN and LOGIN on a connection without TLS, and the plugins may not be installed.
    { id: 'postfix-more.sasl-no-mechanism', category: 'auth-required', phrases: ['offered no compatible authentication mechanisms', 'offered no supported auth mechanisms', 'no mechanism available', 'no worthy mechs found'], text: 'SASL authentication failed: server mail.example.net[192.0.2.10] offered no compatible authentication mechanisms for this type of connection security / SASL authentication failed; cannot authenticate to server mail.example.net[192.0.2.10]: no mechanism available / warning: SASL authentication failure: No worthy mechs found', source: PF_SMTP_SASL, variant: SASL_MECHANISM },


    // pipe(8)/local(8) command delivery: sys_exits.c texts, "<text>. Command output: <output>" (pipe_command.c)
    { id: 'postfix-more.command-died', category: 'remote-error', phrases: ['command died with status'], text: 'Command died with status 1: "/usr/bin/procmail". Command output: <output> (the delivery command exited with a status that is not a sysexits code)', source: `${PF}/global/pipe_command.c` },
    { id: 'postfix-more.command-tempfail', category: 'remote-error', status: '4.3.0', phrases: ['temporary failure. command output:'], text: 'temporary failure. Command output: <output> (the delivery command, e.g. maildrop or dovecot-lda, exited EX_TEMPFAIL; Postfix retries)', source: `${PF}/global/sys_exits.c` },
    { id: 'postfix-more.command-software', category: 'remote-error', status: '5.3.0', phrases: ['internal software error', 'system resource problem', 'critical os file missing', "can't create user output file", 'unknown mail system error'], text: "internal software error (EX_SOFTWARE, 5.3.0) / system resource problem (EX_OSERR, 4.3.0) / critical OS file missing (EX_OSFILE) / can't create user output file (EX_CANTCREAT, 5.2.0) / unknown mail system error 42 (not a sysexits code)", source: `${PF}/global/sys_exits.c` },
    { id: 'postfix-more.command-dataerr', category: 'message-format', status: '5.6.0', phrases: ['data format error'], text: 'data format error (EX_DATAERR, 5.6.0: the delivery command refused the message data)', source: `${PF}/global/sys_exits.c` },

    // local(8)
    { id: 'postfix-more.forwarding-loop', variant: MAIL_HOPS, category: 'remote-error', status: '5.4.6', phrases: ['mail forwarding loop for'], text: 'mail forwarding loop for user@example.com (the message already carries a Delivered-To: header for this recipient)', source: PF_LOCAL },
  ],
};

// --- Exim ---
const EX_SMTP_IN = 'Exim/exim src/src/smtp_in.c';
const EX_VERIFY = 'Exim/exim src/src/verify.c';

export const EXIM_MORE: KnowledgeSource = {
  id: 'exim-more',
  name: 'Exim (header verification and protocol-error additions)',
  kind: 'mta',
  reference: EX_VERIFY,
  replies: [
    { id: 'exim-more.synprot-errors', category: 'protocol', phrases: ['too many syntax or protocol errors'], text: '501-<last error>\\n501 Too many syntax or protocol errors (smtp_max_synprot_errors reached; Exim drops the connection)', source: EX_SMTP_IN },
    { id: 'exim-more.nonmail-commands', category: 'protocol', phrases: ['too many nonmail commands'], text: '554 Too many nonmail commands (smtp_accept_max_nonmail reached: too many commands such as RSET, NOOP or VRFY without a message; Exim drops the connection)', source: EX_SMTP_IN },
    { id: 'exim-more.header-syntax', category: 'message-format', phrases: ['header when scanning for sender'], text: "550 syntax error in 'From' header when scanning for sender: missing or malformed local part in \"<...>\" (verify = header_syntax)", source: EX_VERIFY },
    { id: 'exim-more.header-sender', category: 'sender-rejected', phrases: ['no valid sender in any header line'], text: '550 there is no valid sender in any header line (envelope sender is <sender@example.com>) (verify = header_sender: no address in From:, Sender: or Reply-To: could be verified)', source: EX_VERIFY },
    // Its sender verification (verify = sender, with a callout): the log line and the reply name the sender address, and
    // the callout's answer quoted after them ("response to \"RCPT TO:<…>\" from … was: 550 5.1.1 …") is about that
    // address, not about any recipient — so its words of an unknown user or a missing domain say nothing of the recipient.
    { id: 'exim-more.sender-verify-fail', category: 'sender-rejected', voids: ['recipient-unknown', 'recipient-domain', 'mailbox-disabled', 'mailbox-full'], phrases: ['sender verify fail for', 'sender verify defer for'], text: 'H=host [192.0.2.1] sender verify fail for <sender@example.com>: response to "RCPT TO:<sender@example.com>" from mx.example.com [192.0.2.2] was: 550 5.1.1 user unknown (the receiving Exim\'s callout to the sender\'s own server found no such sender; "sender verify defer" when the callout got a temporary answer)', source: `Exim/exim src/src/acl.c ("sender verify fail for <%s>"); ${EX_VERIFY} (the callout's "response to … from … was:")` },
    { id: 'exim-more.header-sender-defer', category: 'sender-rejected', phrases: ['attempts to verify a sender in a header line deferred'], text: '451 all attempts to verify a sender in a header line deferred (verify = header_sender, temporary)', source: EX_VERIFY },
  ],
};

// --- Sendmail (sysexits texts it writes into its own DSNs; milter default) ---
const SM = 'freebsd/freebsd-src contrib/sendmail/src';
const SM_SYSEXITS = `${SM}/sysexits.c`;
const SM_SRVRSMTP = `${SM}/srvrsmtp.c`;

export const SENDMAIL_MORE: KnowledgeSource = {
  id: 'sendmail-more',
  name: 'Sendmail (sysexits and milter additions)',
  kind: 'mta',
  reference: SM_SYSEXITS,
  replies: [
    { id: 'sendmail-more.milter-reject', category: 'policy', hedged: true, status: '5.7.1', phrases: ['5.7.1 command rejected'], text: '550 5.7.1 Command rejected (a milter returned REJECT without a reply text of its own)', source: SM_SRVRSMTP },
    { id: 'sendmail-more.too-many-hops', variant: MAIL_HOPS, category: 'remote-error', status: '5.4.6', phrases: ['too many hops'], text: '554 5.4.6 Too many hops 26 (25 max): from <sender@example.com> via relay.example.com, to <user@example.com> (MaxHopCount Received: headers exceeded: a mail loop)', source: `${SM}/deliver.c` },
    { id: 'sendmail-more.loops-back', category: 'remote-error', status: '5.3.5', phrases: ['config error: mail loops back to me', 'system config error'], text: '553 5.3.5 mx.example.com. config error: mail loops back to me (MX problem?) (the remote server greeted with this host\'s own name; the DSN status is "553 5.3.5 system config error")', source: `${SM}/usersmtp.c`, variant: MAIL_LOOP },
    { id: 'sendmail-more.mx-points-back', category: 'network', phrases: ['points back to'], text: 'MX list for example.com points back to mx.example.com (EX_CONFIG: this host is the best MX for the domain but does not treat it as local; the DSN gives "Local configuration error")', source: `${SM}/domain.c` },
    { id: 'sendmail-more.cant-create-output', category: 'remote-error', phrases: ["can't create output"], text: "550 Can't create output (EX_CANTCREAT: the local mailer could not create its output file)", source: SM_SYSEXITS, symptom: true },
    { id: 'sendmail-more.os-error', category: 'remote-error', phrases: ['operating system error'], text: '451 Operating system error (EX_OSERR: fork, memory or similar trouble on the receiving system)', source: SM_SYSEXITS },
    { id: 'sendmail-more.system-file-missing', category: 'remote-error', phrases: ['system file missing'], text: '554 System file missing (EX_OSFILE)', source: SM_SYSEXITS },
    { id: 'sendmail-more.local-config-error', category: 'remote-error', phrases: ['local configuration error'], text: '554 Local configuration error (EX_CONFIG: the receiving host is misconfigured, often an MX that points back to a host that does not treat the domain as local)', source: SM_SYSEXITS },
    // Rewriting the address failed for now (a DNS lookup in canonification, status 4.4.3): queued, retried later.
    { id: 'sendmail-more.transient-parse-error', category: 'network', status: '4.4.3', phrases: ['transient parse error'], text: 'Transient parse error -- message queued for future delivery (parseaddr: the rewriting rules returned a temporary failure, 4.4.3)', source: `${SM}/parseaddr.c` },
    { id: 'sendmail-more.cannot-open-input', category: 'remote-error', phrases: ['cannot open input'], text: '550 Cannot open input (EX_NOINPUT)', source: SM_SYSEXITS },
  ],
};

// --- chkuser (recipient/sender checking patch for qmail-smtpd with vpopmail), default reply strings ---
const CHKUSER = 'sagredo-dev/qmail chkuser_settings.h';

export const CHKUSER_SOURCE: KnowledgeSource = {
  id: 'chkuser',
  name: 'chkuser (qmail-smtpd patch)',
  kind: 'mta',
  reference: CHKUSER,
  replies: [
    { id: 'chkuser.no-mailbox', category: 'recipient-unknown', status: '5.1.1', phrases: ['no mailbox here by that name (chkuser)'], text: '550 5.1.1 sorry, no mailbox here by that name (chkuser)', source: CHKUSER },
    { id: 'chkuser.mailbox-full', category: 'mailbox-full', status: '5.2.2', phrases: ['recipient mailbox is full (chkuser)', 'sorry, recipient mailbox is full'], text: '552 5.2.2 sorry, recipient mailbox is full (chkuser)', source: CHKUSER },
    { id: 'chkuser.resource', category: 'remote-error', status: '4.3.0', phrases: ['system temporary unavailable, try again later'], text: '451 4.3.0 system temporary unavailable, try again later (chkuser)', source: CHKUSER },
    { id: 'chkuser.max-recipients', category: 'rate-limit', status: '5.5.3', phrases: ['reached maximum number of recipients allowed in one session'], text: '550 5.5.3 sorry, reached maximum number of recipients allowed in one session (chkuser)', source: CHKUSER },
    { id: 'chkuser.security-policies', category: 'rate-limit', phrases: ['you are violating our security policies'], text: '550 5.5.3 sorry, you are violating our security policies (chkuser) (too many unknown recipients in the session; 550 5.7.1 with the same text when the intrusion threshold is reached)', source: CHKUSER },
    { id: 'chkuser.domain-missing', category: 'recipient-unknown', status: '5.1.2', phrases: ['sorry, you must specify a domain'], text: '550 5.1.2 sorry, you must specify a domain (chkuser)', source: CHKUSER },
    { id: 'chkuser.rcpt-format', category: 'recipient-unknown', status: '5.1.3', phrases: ['5.1.3 sorry, mailbox syntax not allowed'], text: '553 5.1.3 sorry, mailbox syntax not allowed (chkuser) (recipient address has characters chkuser does not accept)', source: CHKUSER },
    { id: 'chkuser.sender-format', category: 'sender-rejected', status: '5.1.7', phrases: ['5.1.7 sorry, mailbox syntax not allowed'], text: '553 5.1.7 sorry, mailbox syntax not allowed (chkuser) (sender address has characters chkuser does not accept)', source: CHKUSER },
    { id: 'chkuser.rcpt-mx', category: 'recipient-domain', status: '5.1.2', phrases: ["can't find a valid mx for rcpt domain"], text: "550 5.1.2 sorry, can't find a valid MX for rcpt domain (chkuser)", source: CHKUSER },
    { id: 'chkuser.sender-mx', category: 'sender-rejected', status: '5.1.8', phrases: ["can't find a valid mx for sender domain"], text: "550 5.1.8 sorry, can't find a valid MX for sender domain (chkuser)", source: CHKUSER },
    { id: 'chkuser.dns-temp', category: 'network', status: '4.4.0', phrases: ['dns temporary failure (chkuser)'], text: '451 4.4.0 DNS temporary failure (chkuser) (the MX lookup of the recipient or sender domain failed temporarily)', source: CHKUSER },
    { id: 'chkuser.must-auth', category: 'auth-required', status: '5.7.0', phrases: ['authentication required (chkuser)'], text: '530 5.7.0 Authentication required (chkuser)', source: CHKUSER },
  ],
};

// --- qmail with the common qmail-smtpd patches (qregex, validrcptto/realbadrcpt, rejectnullsenders, SMTP AUTH, SPF,
// rcptcheck, eMPF, maxrcpt, greetdelay), as collected in Roberto Puzzanghera's qmail distribution ---
const QP = 'sagredo-dev/qmail qmail-smtpd.c';
const QP_SPF = 'sagredo-dev/qmail spf.h';

export const QMAIL_PATCHES: KnowledgeSource = {
  id: 'qmail-patches',
  name: 'qmail-smtpd patches (qregex, validrcptto, SPF, SMTP AUTH, rcptcheck, eMPF)',
  kind: 'mta',
  reference: QP,
  replies: [
    { id: 'qmail-patches.bmf', category: 'sender-rejected', status: '5.7.1', phrases: ['your envelope sender has been denied'], text: '553 sorry, your envelope sender has been denied (#5.7.1) (qregex: the sender matches control/badmailfrom)', source: QP },
    { id: 'qmail-patches.bmt', category: 'policy', status: '5.7.1', phrases: ['your envelope recipient has been denied'], text: '553 sorry, your envelope recipient has been denied (#5.7.1) (qregex: the recipient matches control/badrcptto)', source: QP },
    { id: 'qmail-patches.bhelo', category: 'ptr', status: '5.7.1', phrases: ['your helo host name has been denied'], text: '553 sorry, your HELO host name has been denied (#5.7.1) (qregex: the HELO name matches control/badhelo)', source: QP, variant: HELO_NAME },
    { id: 'qmail-patches.validrcptto', category: 'recipient-unknown', status: '5.7.1', phrases: ['not in my validrcptto list'], text: '553 sorry, this recipient is not in my validrcptto list (#5.7.1)', source: QP },
    { id: 'qmail-patches.brtlimit', category: 'rate-limit', status: '4.3.0', phrases: ['too many invalid addresses, goodbye'], text: '421 too many invalid addresses, goodbye (#4.3.0) (realbadrcpt: brtlimit bad recipients reached)', source: QP },
    { id: 'qmail-patches.maxrcpt', category: 'rate-limit', status: '5.7.1', phrases: ['max rcpt limit exceeded'], text: '452 max rcpt limit exceeded (#5.7.1) (control/maxrcpt)', source: QP },
    { id: 'qmail-patches.messaging-limits', category: 'rate-limit', status: '4.3.0', phrases: ['you have exceeded your messaging limits'], text: '421 you have exceeded your messaging limits (#4.3.0) (rcptcheck program reported the sender over its limit)', source: QP },
    { id: 'qmail-patches.rcptcheck-temp', category: 'remote-error', status: '4.3.0', phrases: ['unable to verify recipient (#4.3.0)', 'unable to execute recipient check'], text: '421 unable to verify recipient (#4.3.0) / 421 unable to execute recipient check (#4.3.0)', source: QP },
    { id: 'qmail-patches.null-sender', category: 'sender-rejected', status: '4.3.0', phrases: ['null senders temporarily denied'], text: '421 null senders temporarily denied (#4.3.0) (rejectnullsenders)', source: QP },
    { id: 'qmail-patches.auth-required', category: 'auth-required', status: '5.7.1', phrases: ['530 authorization required (#5.7.1)'], text: '530 Authorization required (#5.7.1) (SMTPAUTH="!": authentication is mandatory)', source: QP },
    { id: 'qmail-patches.auth-mismatch', category: 'sender-rejected', status: '5.5.1', phrases: ['from and auth not the same'], text: '503 from and auth not the same (#5.5.1) (FORCEAUTHMAILFROM: MAIL FROM differs from the authenticated user)', source: QP, variant: SENDER_LOGIN_MISMATCH },
    { id: 'qmail-patches.auth-backend', category: 'remote-error', status: '4.3.0', phrases: ["and i can't auth"], text: "454 oops, problem with child and I can't auth (#4.3.0) (also \"child won't start\", \"unable to open pipe\", \"unable to write pipe\")", source: QP },
    { id: 'qmail-patches.pre-greet', category: 'protocol', phrases: ['554 smtp protocol violation'], text: '554 SMTP protocol violation (DROP_PRE_GREET: the client spoke before the greeting)', source: QP },
    { id: 'qmail-patches.spf-lookup', category: 'spf', status: '4.3.0', phrases: ['spf lookup failure'], text: '451 SPF lookup failure (#4.3.0) (spfbehavior 2 and up: the SPF check returned an error)', source: QP },
    { id: 'qmail-patches.spf-reject', category: 'spf', status: '5.7.1', phrases: ['validate your spf configuration here', 'spf.pobox.com/why.html'], text: '550 SPF failure. Validate your SPF configuration here https://mxtoolbox.com/SuperTool.aspx?action=spf (#5.7.1) (control/spfexp default; the original SPF patch default was "See http://spf.pobox.com/why.html?sender=%{S}&ip=%{I}&receiver=%{xR}")', source: QP_SPF },
    { id: 'qmail-patches.empf-denied', category: 'recipient-policy', phrases: ['denied by policy)'], text: '550 cannot message user@example.com (#5.0.0 denied by policy) (eMPF: the domain\'s mail policy does not let this sender write to this recipient)', source: QP },
    { id: 'qmail-patches.empf-broken', category: 'remote-error', phrases: ['broken policy)'], text: '454 cannot message user@example.com (#4.3.0 broken policy) (eMPF policy could not be evaluated)', source: QP },
  ],
};

// --- rblsmtpd (ucspi-tcp), the DNSBL front end for qmail-smtpd: the reply is "451 <TXT record>" or "553 <TXT record>" ---
const RBLSMTPD = 'comotion/ucspi-tcp rblsmtpd.c';

export const RBLSMTPD_SOURCE: KnowledgeSource = {
  id: 'rblsmtpd',
  name: 'rblsmtpd (ucspi-tcp)',
  kind: 'filter',
  reference: RBLSMTPD,
  replies: [
    { id: 'rblsmtpd.temp-lookup', category: 'network', phrases: ['temporary rbl lookup error'], text: '451 temporary RBL lookup error (-c: fail closed when the DNSBL lookup fails)', source: RBLSMTPD },
  ],
};

// --- Haraka plugins not in ./mta-others.ts ---
const HK = 'haraka/Haraka plugins';

export const HARAKA_MORE: KnowledgeSource = {
  id: 'haraka-more',
  name: 'Haraka (more plugins: access, bounce, connect.fcrdns, lookup_rdns.strict, data.uribl, spf; outbound)',
  kind: 'mta',
  reference: `${HK}/access.js`,
  replies: [
    // The clamd plugin's temporary refusals when the receiving server cannot reach or run its own virus scanner (its
    // DENYSOFT with reject.error set): the receiving side's trouble, not a virus in the message.
    { id: 'haraka-more.clamd-error', category: 'remote-error', phrases: ['error connecting to virus scanner', 'error running virus scanner', 'virus scanner timed out'], text: '450 Error connecting to virus scanner (also "Error running virus scanner", "Virus scanner timed out")', source: 'haraka/Haraka plugins/clamd.js' },
    { id: 'haraka-more.access-conn', category: 'policy', phrases: ['you are not allowed to connect'], text: 'host.example [192.0.2.1] You are not allowed to connect (access plugin, connect.rdns_access blacklist)', source: `${HK}/access.js` },
    { id: 'haraka-more.access-helo', category: 'ptr', phrases: ['that helo is not allowed to connect'], text: 'host.example That HELO is not allowed to connect (access plugin, helo.checks.regexps)', source: `${HK}/access.js`, variant: HELO_NAME },
    { id: 'haraka-more.access-mail', category: 'sender-rejected', phrases: ['that sender cannot send mail here'], text: 'sender@example.com That sender cannot send mail here (access plugin, mail_from.access blacklist)', source: `${HK}/access.js` },
    { id: 'haraka-more.access-rcpt', category: 'policy', phrases: ['that recipient is not allowed'], text: 'user@example.com That recipient is not allowed (access plugin, rcpt_to.access blacklist)', source: `${HK}/access.js` },
    { id: 'haraka-more.no-bounces', category: 'sender-rejected', phrases: ['no bounces accepted here'], text: 'No bounces accepted here (bounce plugin reject_all / mail_from.nobounces: MAIL FROM:<> refused)', source: `${HK}/bounce.js` },
    { id: 'haraka-more.bounce-recipients', category: 'policy', phrases: ['this bounce message does not have 1 recipient'], text: 'this bounce message does not have 1 recipient (bounce plugin single_recipient)', source: `${HK}/bounce.js` },
    { id: 'haraka-more.bounce-bad-rcpt', category: 'recipient-policy', phrases: ['that recipient does not accept bounces'], text: 'That recipient does not accept bounces (bounce plugin bad_rcpt)', source: `${HK}/bounce.js` },
    { id: 'haraka-more.bounce-spoofed', category: 'policy', phrases: ['invalid bounce (spoofed sender)', "unable to verify that i sent it", "i didn't send it"], text: "Invalid bounce (spoofed sender) / bounce without Message-ID in headers, unable to verify that I sent it / bounce with invalid Message-ID, I didn't send it. (bounce plugin)", source: `${HK}/bounce.js` },
    { id: 'haraka-more.fcrdns-no-rdns', category: 'ptr', phrases: ['rejected; no rdns', 'rdns lookup error', 'rdns lookup timeout'], text: 'client [192.0.2.1] rejected; no rDNS (connect.fcrdns reject.no_rdns; "client [192.0.2.1] rDNS lookup error (…)" / "rDNS lookup timeout" are temporary)', source: `${HK}/connect.fcrdns.js` },
    { id: 'haraka-more.fcrdns-generic', category: 'ptr', phrases: ['generic rdns, please use your isps smtp relay'], text: "client host-192-0-2-1.dyn.example [192.0.2.1] rejected; generic rDNS, please use your ISPs SMTP relay (connect.fcrdns reject.generic_rdns)", source: `${HK}/connect.fcrdns.js` },
    { id: 'haraka-more.fcrdns-invalid-tld', category: 'ptr', phrases: ['invalid tld in rdns'], text: 'client [192.0.2.1] rejected; invalid TLD in rDNS (host.invalid) (connect.fcrdns reject.invalid_tld)', source: `${HK}/connect.fcrdns.js` },
    { id: 'haraka-more.fcrdns-no-match', category: 'ptr', phrases: ['no fcrdns match found'], text: 'Sorry, no FCrDNS match found (connect.fcrdns reject.no_fcrdns: no PTR name resolves back to the client IP)', source: `${HK}/connect.fcrdns.js` },
    { id: 'haraka-more.rdns-strict', category: 'ptr', phrases: ['sorry we could not find address for', 'sorry we encountered an error when looking up'], text: 'Sorry we could not find address for 192.0.2.1. / Sorry we encountered an error when looking up host.example. (lookup_rdns.strict)', source: `${HK}/lookup_rdns.strict.js` },
    { id: 'haraka-more.uribl', category: 'domain-blocklist', phrases: ['blacklisted in'], text: 'example.com blacklisted in multi.uribl.com (data.uribl: a domain from the rDNS, HELO, MAIL FROM, From:, Reply-To:, Message-ID or body is listed)', source: `${HK}/data.uribl.js` },
    { id: 'haraka-more.spf-fail', category: 'spf', phrases: ['> spf fail', '> spf softfail', 'spf record not found', 'openspf.org/why?s='], text: 'sender <sender@example.com> SPF Fail (also "SPF SoftFail", "SPF record not found" when the deny options are set; with openspf_text: "http://www.openspf.org/Why?s=mfrom&id=…&ip=…")', source: 'haraka/haraka-plugin-spf index.js' },
    { id: 'haraka-more.tried-all-mxs', category: 'network', phrases: ['tried all mxs'], text: 'Temp fail for: Tried all MXs (outbound: no MX of the domain took a connection; each recipient gets DSN addr_bad_dest_system)', source: 'haraka/Haraka outbound/hmail.js try_deliver' },
    { id: 'haraka-more.too-many-failures', category: 'delivery-timeout', phrases: ['too many failures ('], text: 'Too many failures (Tried all MXs) (outbound: the bounce after outbound.maxTempFailures temporary failures, 13 by default; the last one in brackets)', source: 'haraka/Haraka outbound/hmail.js temp_fail' },
    { id: 'haraka-more.spf-error', category: 'spf', phrases: ['spf temporary error', 'spf permanent error'], text: 'sender <sender@example.com> SPF Temporary Error / SPF Permanent Error (the sender domain\'s SPF record could not be evaluated)', source: 'haraka/haraka-plugin-spf index.js' },
  ],
};

// --- Apache James (protocols/smtp hooks; DSN codes from DSNStatus: SECURITY_AUTH 7.1, ADDRESS_MAILBOX 1.1 …) ---
const JM = 'apache/james-project protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core';

export const JAMES: KnowledgeSource = {
  id: 'james',
  name: 'Apache James',
  kind: 'mta',
  reference: `${JM}/fastfail/AbstractValidRcptHandler.java`,
  replies: [
    { id: 'james.unknown-user', category: 'recipient-unknown', status: '5.1.1', phrases: ['5.1.1 unknown user:'], text: '550 5.1.1 Unknown user: user@example.com (ValidRcptHandler: the local domain has no such user)', source: `${JM}/fastfail/AbstractValidRcptHandler.java` },
    { id: 'james.rcpt-error', category: 'remote-error', status: '4.0.0', phrases: ['4.0.0 unexpected error for'], text: '451 4.0.0 Unexpected error for user@example.com (recipient validation failed with an internal error)', source: `${JM}/fastfail/AbstractValidRcptHandler.java` },
    { id: 'james.auth-required', category: 'auth-required', status: '5.7.1', phrases: ['5.7.1 authentication required'], text: '530 5.7.1 Authentication Required (relaying to a non-local domain, or a local sender address, without SMTP AUTH)', source: `${JM}/AbstractAuthRequiredToRelayRcptHook.java` },
    { id: 'james.relaying-denied', category: 'relay-denied', status: '5.7.1', phrases: ['requested action not taken: relaying denied'], text: '550 5.7.1 Requested action not taken: relaying denied (non-local recipient domain; the server offers no AUTH)', source: `${JM}/AbstractAuthRequiredToRelayRcptHook.java` },
    { id: 'james.auth-mismatch', category: 'sender-rejected', status: '5.7.1', phrases: ['incorrect authentication for specified email address'], text: '503 5.7.1 Incorrect Authentication for Specified Email Address (the authenticated user may not send as this MAIL FROM address)', source: `${JM}/AbstractSenderAuthIdentifyVerificationHook.java`, variant: SENDER_LOGIN_MISMATCH },
    { id: 'james.dnsrbl', category: 'ip-blocklist', status: '5.7.1', phrases: ['rejected: unauthenticated e-mail from', 'is restricted.  contact the postmaster for details'], text: '554 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.1 is restricted.  Contact the postmaster for details. (DNSRBLHandler: the client IP is on a configured DNS blocklist)', source: `${JM}/fastfail/DNSRBLHandler.java` },
    { id: 'james.greylist', category: 'greylisting', status: '4.4.3', phrases: ['temporary rejected: please try again later', 'temporary rejected: reconnect to fast'], text: '451 4.4.3 Temporary rejected: Please try again later / 451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later (GreylistHandler)', source: `${JM}/fastfail/AbstractGreylistHandler.java` },
    // Its remote delivery, when the recipient's domain gives no mail host: no DNS entries at all (permanent), or the
    // lookup failing for now (temporary).
    { id: 'james.no-dns-entries', category: 'recipient-domain', phrases: ['there are no dns entries for the hostname'], text: 'There are no DNS entries for the hostname <host>.  I cannot determine where to send this message.', source: 'apache/james-project server/mailet/mailets/src/main/java/org/apache/james/transport/mailets/remote/delivery/MailDelivrer.java' },
    { id: 'james.mx-lookup-temporary', category: 'network', phrases: ['temporary problem looking up mail server for host'], text: 'Temporary problem looking up mail server for host: <host>.  I cannot determine where to send this message.', source: 'apache/james-project server/mailet/mailets/src/main/java/org/apache/james/transport/mailets/remote/delivery/MailDelivrer.java' },
    { id: 'james.sender-no-mx', category: 'sender-rejected', status: '5.1.7', phrases: ['contains a domain with no valid mx records'], text: '501 5.1.7 sender sender@example.com contains a domain with no valid MX records (ValidSenderDomainHandler)', source: `${JM}/fastfail/ValidSenderDomainHandler.java` },
    { id: 'james.helo-unresolvable', category: 'ptr', status: '5.5.4', phrases: ['can not resolved.'], text: '501 5.5.4 Provided EHLO/HELO host.example can not resolved. (ResolvableEhloHeloHandler / ReverseEqualsEhloHeloHandler)', source: `${JM}/fastfail/ResolvableEhloHeloHandler.java`, variant: HELO_NAME },
    { id: 'james.max-recipients', category: 'rate-limit', phrases: ['requested action not taken: max recipients reached'], text: '452 Requested action not taken: max recipients reached (MaxRcptHandler)', source: `${JM}/fastfail/MaxRcptHandler.java` },
    { id: 'james.size-syntax', category: 'protocol', status: '5.5.4', phrases: ['syntactically incorrect value for size parameter'], text: '501 5.5.4 Syntactically incorrect value for SIZE parameter', source: `${JM}/esmtp/MailSizeEsmtpExtension.java` },
  ],
};

// --- policyd-weight (Postfix policy server scoring DNSBL, HELO and DNS checks); default texts from its config block ---
const PDW = 'DavidGoodwin/policyd-weight src/policyd-weight.pl';

export const POLICYD_WEIGHT: KnowledgeSource = {
  id: 'policyd-weight',
  name: 'policyd-weight',
  kind: 'filter',
  reference: PDW,
  replies: [
    { id: 'policyd-weight.spam-or-forged', category: 'reputation', phrases: ['mail appeared to be spam or forged', 'correct helo and dns mx settings or to get removed from dnsbls'], text: '550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs ($REJECTMSG: the weighted score of DNSBL listings, HELO and DNS checks is above $REJECTLEVEL)', source: PDW },
    { id: 'policyd-weight.too-many-dnsbls', category: 'ip-blocklist', phrases: ['your mta is listed in too many dnsbls'], text: '550 Your MTA is listed in too many DNSBLs ($MAXDNSBLMSG: more than $MAXDNSBLHITS listings, or a DNSBL score above $MAXDNSBLSCORE)', source: PDW },
    { id: 'policyd-weight.cached-block', category: 'reputation', phrases: ['temporarily blocked because of previous errors'], text: '550 temporarily blocked because of previous errors ($CACHEREJECTMSG: the client was rejected recently and retried too fast; the result is cached)', source: PDW },
    { id: 'policyd-weight.no-dns', category: 'ptr', phrases: ['no dns entries for your mta, helo and domain'], text: '450 No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator ($DNSERRMSG)', source: PDW },
  ],
};

// --- MIMEDefang ---
const MD_ACTIONS = 'The-McGrail-Foundation/MIMEDefang modules/lib/Mail/MIMEDefang/Actions.pm';

export const MIMEDEFANG: KnowledgeSource = {
  id: 'mimedefang',
  name: 'MIMEDefang',
  kind: 'filter',
  reference: MD_ACTIONS,
  replies: [
    { id: 'mimedefang.bounce-default', category: 'policy', status: '5.7.1', phrases: ['forbidden for policy reasons'], text: '554 5.7.1 Forbidden for policy reasons (action_bounce called by the filter without a reply text)', source: MD_ACTIONS },
  ],
};

// --- Dovecot (additions to ./mta-others.ts) ---
const DC = 'dovecot/core';

export const DOVECOT_MORE: KnowledgeSource = {
  id: 'dovecot-more',
  name: 'Dovecot LDA / LMTP (Sieve rejection and concurrency additions)',
  kind: 'mta',
  reference: `${DC} src/lib-lda/lda-settings.c`,
  replies: [
    { id: 'dovecot-more.sieve-rejected', category: 'recipient-policy', phrases: ['was automatically rejected:'], text: 'Your message to <user@example.com> was automatically rejected: <reason> (rejection_reason default "Your message to <%t> was automatically rejected:%n%r": the recipient\'s Sieve script used "reject")', source: `${DC} src/lib-lda/lda-settings.c` },
    // Pigeonhole's LDA/LMTP Sieve plugin, when the recipient's Sieve script could not finish (SIEVE_EXEC_TEMP_FAILURE):
    // the delivery is deferred with this text — the receiving side's own trouble, retried.
    { id: 'dovecot-more.sieve-tempfail', category: 'remote-error', phrases: ['execution of sieve filters was aborted due to temporary failure'], text: '451 4.2.0 <user@example.com> Execution of Sieve filters was aborted due to temporary failure (the recipient\'s Sieve script hit a temporary error)', source: 'dovecot/pigeonhole src/plugins/lda-sieve/lda-sieve-plugin.c' },
    // Its LMTP server when it cannot create the temporary file it writes the message into (a missing or unwritable
    // temporary directory): the receiving side's own trouble, logged as the delivery fails.
    { id: 'dovecot-more.temp-file', category: 'remote-error', phrases: ['temp file creation to'], text: 'Error: Temp file creation to /tmp/dovecot.lmtp.host.123. failed: No such file or directory', source: `${DC} src/lmtp/lmtp-commands.c (the DATA command's temporary file)` },
    { id: 'dovecot-more.concurrency', category: 'remote-error', status: '4.3.0', phrases: ['too many concurrent deliveries for user'], text: '451 4.3.0 <user@example.com> Too many concurrent deliveries for user (lmtp_user_concurrency_limit reached)', source: `${DC} src/lmtp/lmtp-local.c` },
  ],
};

export const MTA_MORE: readonly KnowledgeSource[] = [
  POSTFIX_MORE,
  EXIM_MORE,
  SENDMAIL_MORE,
  CHKUSER_SOURCE,
  QMAIL_PATCHES,
  RBLSMTPD_SOURCE,
  HARAKA_MORE,
  JAMES,
  POLICYD_WEIGHT,
  MIMEDEFANG,
  DOVECOT_MORE,
];
