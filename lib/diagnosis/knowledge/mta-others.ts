/**
 * Other MTAs and mail stores: the reply texts they send when they refuse or defer, and the texts they write into the
 * bounces they generate, read from each program's own source. One KnowledgeSource per program: Sendmail, qmail
 * (netqmail), OpenSMTPD, Haraka (core and its plugins), Courier, Dovecot (LMTP/LDA and quota-status), Python's smtpd
 * and aiosmtpd.
 *
 * Not here: Microsoft Exchange on-premises (its texts are the ones the Microsoft table already covers), and the
 * proprietary servers (MDaemon, hMailServer, Zimbra, HCL Domino, Kerio, Axigen, SmarterMail, IceWarp, CommuniGate):
 * no source or vendor reference listing their reply texts could be read, and forum quotes are not evidence.
 * Greylisting and filter texts (postgrey, policyd, milters, rspamd, amavis) are in ./filters.ts.
 */
import { hedged, symptom, SENDER_LOGIN_MISMATCH, HELO_NAME, MAIL_HOPS, STARTTLS_FIRST } from './entry';
import type { KnowledgeSource } from './types';

// --- Sendmail (the FreeBSD tree carries the unmodified sendmail distribution under contrib/sendmail) ---
const SM = 'freebsd/freebsd-src contrib/sendmail';
const SM_PROTO = `${SM}/cf/m4/proto.m4`;
const SM_DNSBL = `${SM}/cf/feature/dnsbl.m4`;
const SM_SYSEXITS = `${SM}/src/sysexits.c`;
const SM_ERR = `${SM}/src/err.c`;
const SM_ENVELOPE = `${SM}/src/envelope.c`;
const SM_SRVRSMTP = `${SM}/src/srvrsmtp.c`;
const SM_COLLECT = `${SM}/src/collect.c`;
const SM_CONF = `${SM}/src/conf.c`;
const SM_MAP = `${SM}/src/map.c`;

export const SENDMAIL: KnowledgeSource = {
  id: 'sendmail',
  name: 'Sendmail',
  kind: 'mta',
  reference: SM_PROTO,
  replies: [
    // --- check_rcpt / relaying (cf/m4/proto.m4: confRELAY_MSG, confRCPTREJ_MSG, access map) ---
    { id: 'sendmail.relaying-denied', category: 'relay-denied', status: '5.7.1', phrases: ['relaying denied'], text: '550 5.7.1 <user@example.net>... Relaying denied (confRELAY_MSG; "Relaying denied. Proper authentication required." when AUTH is offered)', source: SM_PROTO },
    // The same refusal where AUTH is offered: log in and it relays (cf/m4/proto.m4 confRELAY_MSG under _USE_AUTH_).
    { id: 'sendmail.relaying-denied-auth', category: 'auth-required', status: '5.7.1', phrases: ['relaying denied. proper authentication required'], text: '550 5.7.1 <user@example.net>... Relaying denied. Proper authentication required.', source: SM_PROTO },
    { id: 'sendmail.relaying-ptr', category: 'ptr', status: 'x.7.1', phrases: ['cannot resolve ptr record for', 'ip name possibly forged', 'ip name lookup failed'], text: '450 4.7.1 Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1 / 550 5.7.1 Relaying denied. IP name possibly forged [192.0.2.1] / 550 5.7.1 Relaying denied. IP name lookup failed [192.0.2.1]', source: SM_PROTO },
    { id: 'sendmail.mailbox-disabled', category: 'mailbox-disabled', status: '5.2.1', phrases: ['mailbox disabled for this recipient'], text: '550 5.2.1 <user@example.com>... Mailbox disabled for this recipient (access map REJECT on the recipient, confRCPTREJ_MSG)', source: SM_PROTO },
    { id: 'sendmail.access-denied', category: 'policy', status: '5.7.1', phrases: ['... access denied'], text: '550 5.7.1 <sender@example.com>... Access denied (access map REJECT on the client or sender)', source: SM_PROTO },
    { id: 'sendmail.recipient-mx-check', category: 'recipient-domain', status: '4.1.2', phrases: ['can not check mx records for recipient host'], text: '450 4.1.2 <user@example.com>... Can not check MX records for recipient host example.com', source: SM_PROTO },

    // --- check_mail (sender checks) ---
    { id: 'sendmail.sender-domain', category: 'sender-rejected', status: 'x.1.8', phrases: ['domain of sender address'], text: '451 4.1.8 Domain of sender address sender@example.com does not resolve / 553 5.1.8 <sender@example.invalid>... Domain of sender address sender@example.invalid does not exist', source: SM_PROTO },
    { id: 'sendmail.sender-domain-required', category: 'sender-rejected', status: '5.5.4', phrases: ['domain name required for sender address'], text: '553 5.5.4 <sender>... Domain name required for sender address sender (also "Real domain name required for sender address")', source: SM_PROTO },
    { id: 'sendmail.sender-syntax', category: 'sender-rejected', status: '5.5.4', phrases: ['user address required', 'fully qualified domain name required'], text: '553 5.5.4 <@example.com>... User address required / 553 5.5.4 <sender@host>... Fully qualified domain name required', source: SM_PROTO },
    { id: 'sendmail.bad-mx', category: 'sender-rejected', status: '5.1.2', phrases: ['illegal mx record for host', 'invalid mx record for host'], text: '550 5.1.2 <sender@example.com>... Illegal MX record for host example.com (FEATURE(badmx); "Invalid MX record for host")', source: SM_PROTO },
    { id: 'sendmail.mx-lookup-failure', category: 'network', status: '4.1.2', phrases: ['mx lookup failure for'], text: '450 4.1.2 <sender@example.com>... MX lookup failure for example.com (FEATURE(badmx), temporary DNS failure)', source: SM_PROTO },
    { id: 'sendmail.bogus-helo', category: 'ptr', status: '5.7.1', phrases: ['bogus helo name used'], text: '550 5.7.1 bogus HELO name used: host.invalid', source: SM_PROTO, variant: HELO_NAME },
    { id: 'sendmail.not-authorized-as', category: 'auth-required', status: '5.7.1', phrases: ['not allowed to act as'], text: '550 5.7.1 <user> not allowed to act as <other> (Strust_auth: the AUTH= parameter names someone the session is not authenticated as; "not authenticated")', source: SM_PROTO },

    // --- TLS policy (tls_connection / tls_server / tls_client rulesets) ---
    { id: 'sendmail.tls-handshake', category: 'tls-required', status: '4.7.0', phrases: ['tls handshake failed', 'starttls failed'], text: '403 4.7.0 TLS handshake failed. / STARTTLS failed. (TLS required by the access map but the handshake failed)', source: SM_PROTO },
    { id: 'sendmail.tls-not-offered', category: 'tls-required', status: '4.7.0', phrases: ['other side does not support starttls', 'starttls disabled locally'], text: '403 4.7.0 other side does not support STARTTLS / STARTTLS disabled locally. (TLS required, TLS_Srv:/TLS_Clt: access entry)', source: SM_PROTO },
    { id: 'sendmail.tls-weak', category: 'tls-required', status: '4.7.0', phrases: ['encryption too weak'], text: '403 4.7.0 encryption too weak 56 less than 128 (TLS required with a minimum key length)', source: SM_PROTO },
    { id: 'sendmail.dane', category: 'tls-required', status: '4.7.0', phrases: ['dane check failed'], text: '403 4.7.0 DANE check failed. (DANE TLSA verification of the remote server failed)', source: SM_PROTO },

    // --- rate and connection control, DNS blocklists ---
    { id: 'sendmail.rate-control', category: 'rate-limit', status: '4.3.2', phrases: ['connection rate limit exceeded'], text: '421 4.3.2 Connection rate limit exceeded. (FEATURE(ratecontrol), ClientRate: access entry)', source: SM_PROTO },
    { id: 'sendmail.dnsbl', category: 'ip-blocklist', status: '5.7.1', phrases: ['listed at'], text: '550 5.7.1 Rejected: 192.0.2.1 listed at zen.spamhaus.org (FEATURE(dnsbl) / FEATURE(enhdnsbl) default message)', source: SM_DNSBL },
    // The same feature's default message before sendmail 8.12 ("Mail from <ip> refused by blackhole site <list>"; the
    // default list was the MAPS RBL), still quoted from old bounces and from servers that kept the old .mc.
    { id: 'sendmail.dnsbl-blackhole-site', category: 'ip-blocklist', status: '5.7.1', phrases: ['refused by blackhole site'], text: '550 5.7.1 Mail from 192.0.2.1 refused by blackhole site blackholes.mail-abuse.org (FEATURE(dnsbl) default message before sendmail 8.12)', source: `${SM_DNSBL} (its versions 8.18 of 1999 to 8.26 of 2001; 8.28, in 2002, changed it to "Rejected: … listed at")` },
    { id: 'sendmail.dnsbl-tempfail', category: 'network', status: '4.4.3', phrases: ['temporary lookup failure of'], text: '451 4.4.3 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org', source: SM_DNSBL },

    // --- SMTP server (srvrsmtp.c, collect.c) ---
    { id: 'sendmail.addressee-unknown', category: 'recipient-unknown', status: '5.1.1', phrases: ['addressee unknown'], text: '550 5.1.1 Addressee unknown', source: SM_SRVRSMTP },
    { id: 'sendmail.size', category: 'message-size', status: '5.2.3', phrases: ['message size exceeds fixed maximum', 'message size exceeds maximum value'], text: '552 5.2.3 Message size exceeds fixed maximum message size (10000000) (at MAIL FROM SIZE= and again after DATA; "Message size exceeds maximum value" for a bad SIZE= value)', source: SM_SRVRSMTP },
    { id: 'sendmail.size-collect', category: 'message-size', status: '5.2.3', phrases: ['message size exceeds fixed maximum'], text: '552 5.2.3 Message size exceeds fixed maximum message size (10000000) (collect(): message body larger than MaxMessageSize)', source: SM_COLLECT },
    { id: 'sendmail.too-many-recipients', category: 'rate-limit', status: '4.5.3', phrases: ['4.5.3 too many recipients'], text: '452 4.5.3 Too many recipients (MaxRecipientsPerMessage)', source: SM_SRVRSMTP },
    { id: 'sendmail.too-many-bad-recipients', category: 'rate-limit', status: '4.7.0', phrases: ['too many bad recipients'], text: '421 4.7.0 mx.example.com Too many bad recipients; closing connection (BadRcptShutdown: recipient flood)', source: SM_SRVRSMTP },
    // Commands out of order (RFC 5321 §4.1.4: one MAIL per transaction), as Sendmail words them; the sending program's
    // SMTP conversation is wrong, whatever else the reply says.
    { id: 'sendmail.sender-already-specified', category: 'protocol', status: '5.5.0', phrases: ['sender already specified'], text: '503 5.5.0 Sender already specified (a second MAIL in one transaction)', source: SM_SRVRSMTP },
    { id: 'sendmail.too-many-bad-commands', category: 'protocol', status: '4.7.0', phrases: ['too many bad commands'], text: '421 4.7.0 mx.example.com Too many bad commands; closing connection', source: SM_SRVRSMTP },
    { id: 'sendmail.auth-required', category: 'auth-required', status: '5.7.0', phrases: ['5.7.0 authentication required'], text: '530 5.7.0 Authentication required (DaemonPortOptions M=a: AUTH required before MAIL)', source: SM_SRVRSMTP },
    { id: 'sendmail.disk-space', category: 'remote-error', status: '4.4.5', phrases: ['insufficient disk space'], text: '452 4.4.5 Insufficient disk space; try again later', source: SM_SRVRSMTP },
    { id: 'sendmail.helo-first', category: 'protocol', status: '5.0.0', phrases: ['polite people say helo first'], text: '503 5.0.0 Polite people say HELO first (PrivacyOptions needmailhelo)', source: SM_SRVRSMTP },
    { id: 'sendmail.load-average', category: 'remote-error', phrases: ['rejecting connections on daemon'], text: 'rejecting connections on daemon MTA: load average: 25 (RefuseLA reached; the process title and log line, the client gets a 421)', source: SM_CONF },

    // --- delivery-side texts Sendmail writes into its own DSNs (sysexits.c, err.c, envelope.c) ---
    { id: 'sendmail.user-unknown', category: 'recipient-unknown', status: '5.1.1', phrases: ['user unknown'], text: '550 5.1.1 <user@example.com>... User unknown (EX_NOUSER from the local mailer; FEATURE(ldap_routing) uses the same text)', source: SM_SYSEXITS },
    { id: 'sendmail.host-unknown', category: 'recipient-domain', status: '5.1.2', phrases: ['host unknown (name server', 'name server:'], text: 'Host unknown (Name server: example.invalid: host not found) (EX_NOHOST)', source: SM_ERR },
    { id: 'sendmail.remote-protocol', category: 'protocol', phrases: ['remote protocol error'], text: 'Remote protocol error (EX_PROTOCOL: the remote server answered outside the SMTP protocol)', source: SM_SYSEXITS },
    { id: 'sendmail.local-config', category: 'remote-error', phrases: ['local configuration error'], text: 'Local configuration error (EX_CONFIG: the receiving Sendmail is misconfigured)', source: SM_SYSEXITS },
    { id: 'sendmail.connection-refused', category: 'network', status: '4.4.1', phrases: ['connection refused by', 'connection reset by', 'connection timed out with'], text: 'Deferred: Connection refused by mx.example.com. (also "Connection timed out with mx.example.com.", "Connection reset by mx.example.com.")', source: SM_ERR },
    { id: 'sendmail.dns-failure', category: 'network', phrases: ['host name lookup failure'], text: 'Deferred: Name server: example.com.: host name lookup failure (temporary DNS failure)', source: SM_ERR },
    { id: 'sendmail.host-map-deferred', category: 'network', phrases: ['host map: lookup'], text: 'host map: lookup (example.com): deferred (map_lookup: the "host" map — DNS — failed temporarily; the queue line of a deferred message)', source: SM_MAP },
    { id: 'sendmail.expired', category: 'delivery-timeout', status: 'x.4.7', phrases: ['cannot send message for', 'could not be delivered for', 'delivery time expired'], text: 'Cannot send message for 5 days (Timeout.queuereturn reached; "Message could not be delivered for 5 days", "Message will be deleted from queue")', source: SM_ENVELOPE },
  ],
};

// --- qmail / netqmail (icculus/netqmail: qmail 1.03 plus the netqmail patches) ---
const QM = 'icculus/netqmail';
const QM_REMOTE = `${QM} qmail-remote.c`;
const QM_SMTPD = `${QM} qmail-smtpd.c`;
const QM_LOCAL = `${QM} qmail-local.c`;
const QM_LSPAWN = `${QM} qmail-lspawn.c`;
const QM_SEND = `${QM} qmail-send.c`;

export const QMAIL: KnowledgeSource = {
  id: 'qmail',
  name: 'qmail / netqmail',
  kind: 'mta',
  reference: QM_REMOTE,
  replies: [
    // --- qmail-remote: texts qmail-send puts into its bounces and delay notices ---
    { id: 'qmail.no-connection', category: 'network', status: '4.4.1', phrases: ["wasn't able to establish an smtp connection"], text: "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)", source: QM_REMOTE },
    { id: 'qmail.connection-died', category: 'network', status: '4.4.2', phrases: ['but connection died'], text: 'Connected to 192.0.2.1 but connection died. (#4.4.2)', source: QM_REMOTE },
    { id: 'qmail.greeting-failed', category: 'remote-error', phrases: ['but greeting failed'], text: 'Connected to 192.0.2.1 but greeting failed.', source: QM_REMOTE },
    { id: 'qmail.name-rejected', category: 'ptr', phrases: ['but my name was rejected'], text: 'Connected to 192.0.2.1 but my name was rejected. (HELO refused)', source: QM_REMOTE, variant: HELO_NAME },
    { id: 'qmail.sender-rejected', category: 'sender-rejected', phrases: ['but sender was rejected'], text: 'Connected to 192.0.2.1 but sender was rejected. Remote host said: <reply>', source: QM_REMOTE },
    { id: 'qmail.no-host-temp', category: 'network', status: '4.1.2', phrases: ["couldn't find any host by that name"], text: "Sorry, I couldn't find any host by that name. (#4.1.2) (temporary DNS failure)", source: QM_REMOTE },
    { id: 'qmail.no-host', category: 'recipient-domain', status: '5.1.2', phrases: ["couldn't find any host named"], text: "Sorry, I couldn't find any host named example.invalid. (#5.1.2)", source: QM_REMOTE },
    { id: 'qmail.no-mx-or-ip', category: 'recipient-domain', status: '5.4.4', phrases: ["couldn't find a mail exchanger or ip address"], text: "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)", source: QM_REMOTE },
    { id: 'qmail.cname-temp', category: 'network', status: '4.4.3', phrases: ['cname lookup failed temporarily'], text: 'CNAME lookup failed temporarily. (#4.4.3)', source: QM_REMOTE },
    { id: 'qmail.mx-loop', category: 'remote-error', status: '5.4.6', phrases: ["i'm listed as a best-preference mx"], text: "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control/locals file, so I don't treat it as local. (#5.4.6)", source: QM_REMOTE },
    { id: 'qmail.partial-line', category: 'message-format', status: '5.6.2', phrases: ['cannot transfer messages with partial final lines'], text: 'SMTP cannot transfer messages with partial final lines. (#5.6.2)', source: QM_REMOTE },
    { id: 'qmail.resources', category: 'remote-error', status: '4.3.0', phrases: ['system resources temporarily unavailable', 'unable to read control files'], text: 'System resources temporarily unavailable. (#4.3.0) / Unable to read control files. (#4.3.0) (local trouble on the sending qmail)', source: QM_REMOTE },

    // --- qmail-smtpd: replies to SMTP clients ---
    { id: 'qmail.rcpthosts', category: 'relay-denied', status: '5.7.1', phrases: ["isn't in my list of allowed rcpthosts"], text: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", source: QM_SMTPD },
    { id: 'qmail.no-relay', category: 'relay-denied', status: '5.7.1', phrases: ["we don't relay"], text: "553 we don't relay (#5.7.1)", source: QM_SMTPD },
    { id: 'qmail.badmailfrom', category: 'sender-rejected', status: '5.7.1', phrases: ['is in my badmailfrom list'], text: '553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)', source: QM_SMTPD },
    { id: 'qmail.databytes', category: 'message-size', status: '5.3.4', phrases: ['exceeds my databytes limit'], text: '552 sorry, that message size exceeds my databytes limit (#5.3.4)', source: QM_SMTPD },
    { id: 'qmail.bare-lf', category: 'message-format', phrases: ['see http://pobox.com/~djb/docs/smtplf'], text: '451 See http://pobox.com/~djb/docs/smtplf.html. (bare LF in the message: lines must end in CRLF)', source: QM_SMTPD },
    { id: 'qmail.too-many-hops', variant: MAIL_HOPS, category: 'remote-error', status: '5.4.6', phrases: ['too many hops, this message is looping'], text: '554 too many hops, this message is looping (#5.4.6)', source: QM_SMTPD },
    { id: 'qmail.auth-failed', category: 'auth-required', status: '5.7.1', phrases: ['535 authentication failed (#5.7.1)'], text: '535 authentication failed (#5.7.1)', source: QM_SMTPD },
    { id: 'qmail.timeout', category: 'network', status: '4.4.2', phrases: ['451 timeout (#4.4.2)'], text: '451 timeout (#4.4.2)', source: QM_SMTPD },
    { id: 'qmail.qqt-failure', category: 'remote-error', status: '4.3.0', phrases: ['qqt failure', 'unable to read controls'], text: '451 qqt failure (#4.3.0) / 421 out of memory (#4.3.0) / 421 unable to read controls (#4.3.0)', source: QM_SMTPD },
    { id: 'qmail.protocol', category: 'protocol', status: '5.5.1', phrases: ['503 mail first (#5.5.1)', '503 rcpt first (#5.5.1)', '500 unrecognised (#5.5.2)', '555 syntax error (#5.5.4)'], text: '503 MAIL first (#5.5.1) / 503 RCPT first (#5.5.1) / 500 unrecognised (#5.5.2) / 555 syntax error (#5.5.4)', source: QM_SMTPD },

    // --- qmail-local / qmail-lspawn / qmail-send: local delivery and queue lifetime ---
    { id: 'qmail.no-mailbox', category: 'recipient-unknown', status: '5.1.1', phrases: ['no mailbox here by that name'], text: 'Sorry, no mailbox here by that name. (#5.1.1)', source: QM_LOCAL },
    { id: 'qmail.delivered-to-loop', category: 'remote-error', status: '5.4.6', phrases: ['already has my delivered-to line'], text: 'This message is looping: it already has my Delivered-To line. (#5.4.6)', source: QM_LOCAL },
    { id: 'qmail.maildir-trouble', category: 'remote-error', phrases: ['unable to chdir to maildir', 'temporary error on maildir delivery'], text: 'Unable to chdir to maildir. (#4.2.1) / Temporary error on maildir delivery. (#4.3.0)', source: QM_LOCAL },
    { id: 'qmail.home-trouble', category: 'remote-error', phrases: ['home directory is sticky', 'home directory is writable'], text: 'Home directory is sticky: user is editing his .qmail file. (#4.2.1) / Uh-oh: home directory is writable. (#4.7.0)', source: QM_LOCAL },
    { id: 'qmail.lspawn-trouble', category: 'remote-error', phrases: ['unable to find alias user', 'trouble reading users/cdb', 'qmail-local crashed'], text: 'Unable to find alias user! / Trouble reading users/cdb. / qmail-local crashed. (local delivery could not start)', source: QM_LSPAWN },
    { id: 'qmail.queue-lifetime', category: 'delivery-timeout', phrases: ['in the queue too long'], text: "I'm not going to try again; this message has been in the queue too long.", source: QM_SEND },
  ],
};

// --- OpenSMTPD ---
const OS = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd';
const OS_SESSION = `${OS}/smtp_session.c`;
const OS_LKA = `${OS}/lka_session.c`;
const OS_MTA = `${OS}/mta.c`;
const OS_MTA_SESSION = `${OS}/mta_session.c`;
const OS_QUEUE = `${OS}/queue.c`;

export const OPENSMTPD: KnowledgeSource = {
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  kind: 'mta',
  reference: OS_SESSION,
  replies: [
    // --- smtp(8) server replies ---
    { id: 'opensmtpd.invalid-recipient', category: 'recipient-unknown', phrases: ['550 invalid recipient'], text: '550 Invalid recipient: <user@example.com> (no matching "accept"/"match" rule, or no such user; the same text is used for a refused relay)', source: OS_LKA },
    { id: 'opensmtpd.expansion-problem', category: 'recipient-unknown', status: 'x.2.4', phrases: ['mailing list expansion problem'], text: '524 5.2.4 Mailing list expansion problem: <user@example.com> (alias/virtual lookup found nothing; 424 4.2.4 on a temporary lookup error)', source: OS_LKA },
    // OpenSMTPD's own meaning; other servers answer "451 Temporary failure, please try again later" for causes of their
    // own, and OpenSMTPD's relay log quotes them in the same words: at most medium.
    { id: 'opensmtpd.temporary-failure', category: 'remote-error', hedged: true, phrases: ['451 temporary failure'], text: '451 Temporary failure: <user@example.com> (lookup backend error)', source: OS_LKA },
    { id: 'opensmtpd.starttls-first', variant: STARTTLS_FIRST, category: 'tls-required', status: '5.5.1', phrases: ['must issue a starttls command first'], text: '530 5.5.1 Invalid command: Must issue a STARTTLS command first', source: OS_SESSION },
    { id: 'opensmtpd.auth-first', category: 'auth-required', status: '5.5.1', phrases: ['must issue an auth command first'], text: '530 5.5.1 Invalid command: Must issue an AUTH command first', source: OS_SESSION },
    { id: 'opensmtpd.sender-rejected', category: 'sender-rejected', phrases: ['530 sender rejected'], text: '530 Sender rejected (the authenticated user may not use this sender: listener "senders" table)', source: OS_SESSION, variant: SENDER_LOGIN_MISMATCH },
    { id: 'opensmtpd.too-many-messages', category: 'rate-limit', status: '4.5.3', phrases: ['too many messages sent'], text: '452 4.5.3 Too many recipients: Too many messages sent (session max-mails reached)', source: OS_SESSION },
    { id: 'opensmtpd.too-many-recipients', category: 'rate-limit', status: '4.5.3', phrases: ['too many recipients: too many recipients'], text: '451 4.5.3 Too many recipients: Too many recipients (session max-rcpt reached)', source: OS_SESSION },
    { id: 'opensmtpd.message-too-big', category: 'message-size', status: '5.3.4', phrases: ['transaction failed, message too big'], text: '554 5.3.4 Message too big for system: Transaction failed, message too big', source: OS_SESSION },
    { id: 'opensmtpd.loop', category: 'remote-error', status: '5.4.6', phrases: ['routing loop detected: loop detected'], text: '500 5.4.6 Routing loop detected: Loop detected (too many Received: headers)', source: OS_SESSION },
    { id: 'opensmtpd.not-rfc-compliant', category: 'message-format', status: '5.7.1', phrases: ['message is not rfc 2822 compliant'], text: '550 5.7.1 Delivery not authorized, message refused: Message is not RFC 2822 compliant', source: OS_SESSION },
    { id: 'opensmtpd.pipelining', category: 'protocol', status: '5.5.1', phrases: ['pipelining not supported'], text: '500 5.5.1 Invalid command: Pipelining not supported', source: OS_SESSION },
    { id: 'opensmtpd.syntax', category: 'protocol', status: '5.5.1', phrases: ['command not allowed at this point', 'command unrecognized', 'line too long'], text: '503 5.5.1 Invalid command: Command not allowed at this point. / 500 5.5.1 Invalid command: Command unrecognized / 500 5.0.0 Line too long', source: OS_SESSION },
    { id: 'opensmtpd.address-syntax', category: 'protocol', phrases: ['sender address syntax error', 'recipient address syntax error'], text: '553 5.1.0 Sender address syntax error / 501 5.1.3 Recipient address syntax error', source: OS_SESSION },
    { id: 'opensmtpd.temporary-error', category: 'remote-error', status: '4.3.0', phrases: ['4.3.0 temporary error', '421 internal server error'], text: '421 4.3.0 Temporary Error / 421 Internal server error (queue or filter failure)', source: OS_SESSION },
    { id: 'opensmtpd.auth-failed', category: 'auth-required', phrases: ['535 authentication failed'], text: '535 Authentication failed', source: OS_SESSION },

    // --- mta (the delivery side): texts OpenSMTPD writes into its bounces ---
    { id: 'opensmtpd.no-mx', category: 'recipient-domain', phrases: ['no mx found for domain', 'domain does not exist', 'invalid domain name'], text: 'No MX found for domain (temporary) / Domain does not exist / Invalid domain name (permanent)', source: OS_MTA },
    { id: 'opensmtpd.mx-tempfail', category: 'network', phrases: ['temporary failure in mx lookup'], text: 'Temporary failure in MX lookup', source: OS_MTA },
    { id: 'opensmtpd.route', category: 'network', phrases: ['network error on destination mxs', 'no valid route to remote mx', 'no valid route to destination', 'address family mismatch on destination mxs'], text: 'Network error on destination MXs (also "No valid route to remote MX", "No valid route to destination", "Address family mismatch on destination MXs")', source: OS_MTA },
    { id: 'opensmtpd.destination-rejects-all', category: 'remote-error', phrases: ['destination seem to reject all mails'], text: 'Destination seem to reject all mails (every route to the destination failed at the SMTP level)', source: OS_MTA },
    { id: 'opensmtpd.routes-blocked', category: 'policy', phrases: ['all routes to destination blocked'], text: 'All routes to destination blocked (smtpctl block on this sender/destination)', source: OS_MTA },
    { id: 'opensmtpd.tls-not-supported', category: 'tls-required', phrases: ['tls required but not supported by remote host'], text: 'TLS required but not supported by remote host', source: OS_MTA_SESSION },
    { id: 'opensmtpd.connection', category: 'network', phrases: ['connection timeout', 'connection closed unexpectedly', 'connection failed:'], text: 'Connection timeout / Connection closed unexpectedly / Connection failed: <error>', source: OS_MTA_SESSION },
    { id: 'opensmtpd.too-large-for-peer', category: 'message-size', phrases: ['message too large for peer'], text: 'message too large for peer (larger than the SIZE the remote server announced)', source: OS_MTA_SESSION },
    { id: 'opensmtpd.envelope-expired', category: 'delivery-timeout', phrases: ['envelope expired'], text: 'Envelope expired (the queue lifetime ran out)', source: OS_QUEUE },
  ],
};

// --- Haraka (core and the plugins that ship with it) ---
const HK = 'haraka/Haraka';
const HK_CONNECTION = `${HK} connection.js`;

export const HARAKA: KnowledgeSource = {
  id: 'haraka',
  name: 'Haraka',
  kind: 'mta',
  reference: HK_CONNECTION,
  replies: [
    { id: 'haraka.cannot-deliver', category: 'relay-denied', phrases: ['i cannot deliver mail for'], text: '550 I cannot deliver mail for <user@example.net> (no rcpt plugin accepted the recipient: not a local domain and relaying not allowed; 450 in early versions)', source: HK_CONNECTION },
    { id: 'haraka.dnsbl', category: 'ip-blocklist', phrases: ['is blacklisted by'], text: 'host [192.0.2.1] is blacklisted by zen.spamhaus.org (dnsbl plugin)', source: `${HK} plugins/dnsbl.js` },
    { id: 'haraka.helo', category: 'ptr', phrases: ['helo host name invalid', 'helo host has no forward dns match', 'helo host does not match rdns', 'helo is dynamic', 'invalid address format in helo', 'that helo not allowed here', 'host names have more than one dns label'], text: 'HELO host name invalid / HELO host has no forward DNS match / HELO host does not match rDNS / HELO is dynamic / Invalid address format in HELO / That HELO not allowed here (helo.checks plugin)', source: `${HK} plugins/helo.checks.js`, variant: HELO_NAME },
    { id: 'haraka.helo-literal', category: 'ptr', phrases: ['helo ip literal does not match your ip address', 'helo ip literal not in the same /24'], text: 'HELO IP literal does not match your IP address (helo.checks plugin)', source: `${HK} plugins/helo.checks.js`, variant: HELO_NAME },
    { id: 'haraka.helo-bigco', category: 'ptr', phrases: ['big company w/o rdns', 'you are not who you say you are'], text: 'Big company w/o rDNS? Unlikely. / You are not who you say you are (helo.checks big_company)', source: `${HK} plugins/helo.checks.js` },
    { id: 'haraka.helo-dns-timeout', category: 'network', phrases: ['dns timeout resolving your helo hostname'], text: '450 DNS timeout resolving your HELO hostname', source: `${HK} plugins/helo.checks.js` },
    { id: 'haraka.from-no-mx', category: 'sender-rejected', phrases: ['no mx for your from address', 'mx without a/aaaa records'], text: '550 No MX for your FROM address / MX without A/AAAA records (mail_from.is_resolvable; 450 when reject_no_mx is off)', source: `${HK} plugins/mail_from.is_resolvable.js` },
    { id: 'haraka.from-dns-temp', category: 'network', phrases: ['temporary resolver error (timeout)', 'temp. resolver error'], text: '450 Temporary resolver error (timeout) / Temp. resolver error (ESERVFAIL)', source: `${HK} plugins/mail_from.is_resolvable.js` },
    { id: 'haraka.greylist', category: 'greylisting', status: '4.7.1', phrases: ['greylisted. please come back later'], text: '451 4.7.1 Greylisted. Please come back later. (greylist plugin, text from config/greylist.ini)', source: `${HK} config/greylist.ini` },
    { id: 'haraka.spamassassin', category: 'spam', phrases: ['spam score exceeded threshold'], text: 'spam score exceeded threshold (spamassassin plugin reject_threshold; qpsmtpd uses the same text)', source: `${HK} plugins/spamassassin.js` },
    { id: 'haraka.virus', category: 'virus', phrases: ['message is infected with'], text: 'Message is infected with Eicar-Test-Signature (clamd / esets plugins)', source: `${HK} plugins/clamd.js` },
    { id: 'haraka.headers', category: 'message-format', phrases: ['header allowed. see rfc 5322', "required header '", 'the date header is too far in the future', 'the date header is too old', 'invalid delivered-to header content'], text: "Only one From header allowed. See RFC 5322, Section 3.6 / Required header 'Date' missing / The Date header is too old / Invalid Delivered-To header content (data.headers plugin)", source: `${HK} plugins/data.headers.js` },
    { id: 'haraka.limit', category: 'rate-limit', phrases: ['too many concurrent connections', 'too many recipient attempts', 'recipient rate limit exceeded'], text: '450 Too many concurrent connections / Too many recipient attempts / recipient rate limit exceeded (limit plugin)', source: 'haraka/haraka-plugin-limit index.js' },
    { id: 'haraka.limit-errors', category: 'protocol', phrases: ['too many unrecognized commands', 'too many errors'], text: '450 Too many unrecognized commands / Too many errors (limit plugin, then disconnect)', source: 'haraka/haraka-plugin-limit index.js' },
    { id: 'haraka.early-talker', category: 'protocol', phrases: ['you talk too soon'], text: 'You talk too soon (early_talker plugin: the client spoke before the banner)', source: `${HK} plugins/early_talker.js` },
  ],
};

// --- Courier MTA ---
const CR = 'svarshavchik/courier courier/courier';
const CR_SUBMIT = `${CR}/submit.C`;

export const COURIER: KnowledgeSource = {
  id: 'courier',
  name: 'Courier MTA',
  kind: 'mta',
  reference: CR_SUBMIT,
  replies: [
    { id: 'courier.relaying-denied', category: 'relay-denied', phrases: ['513 relaying denied'], text: '513 Relaying denied. (the domain is not in esmtpacceptmailfor and RELAYCLIENT is not set)', source: `${CR}/module.esmtp/esmtp.C` },
    { id: 'courier.user-unknown', category: 'recipient-unknown', phrases: ['> unknown'], text: '550 User <user@example.com> unknown (courierlocal: no account or alias)', source: `${CR}/module.local/local.C` },
    { id: 'courier.spf', category: 'spf', phrases: ['rejected by the sender policy framework', 'spf fail mailfrom', 'spf fail helo', 'spf softfail'], text: '517 SPF fail sender@example.com: Rejected by the Sender Policy Framework. (BOFHSPFMAILFROM/BOFHSPFHELO/BOFHSPFFROM; 417 for results not in BOFHSPFHARDERROR)', source: CR_SUBMIT },
    { id: 'courier.helo', category: 'ptr', phrases: ['517 helo', '417 dns lookup on helo'], text: '517 HELO host.example does not match 192.0.2.1 / 517 HELO host.example does not exist. / 417 DNS lookup on HELO host.example failed.  Try again later. (BOFHCHECKHELO)', source: CR_SUBMIT, variant: HELO_NAME },
    { id: 'courier.sender-rejected', category: 'sender-rejected', phrases: ['517 sender rejected', "can be accepted only from"], text: "517 Sender rejected: sender@example.com (badfrom) / 517 sender@gmail.com can be accepted only from gmail.com's mail relays. (freemail)", source: CR_SUBMIT },
    { id: 'courier.sender-domain', category: 'sender-rejected', phrases: ['domain does not exist:', 'invalid domain, see'], text: '517-Domain does not exist: example.invalid. 517 Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt> (BOFHCHECKDNS)', source: CR_SUBMIT },
    { id: 'courier.sender-dns-temp', category: 'network', phrases: ['dns lookup failure:'], text: '417 DNS lookup failure: example.com.  Try again later.', source: CR_SUBMIT },
    { id: 'courier.bad-mx', category: 'sender-rejected', phrases: ['517 mail server at', 'violate section 3.3.9 of rfc 1035'], text: '517 Mail server at 192.0.2.1 is blocked. / 517-MX records for example.com violate section 3.3.9 of RFC 1035.', source: CR_SUBMIT },
    { id: 'courier.too-many-recipients', category: 'rate-limit', phrases: ['531 too many recipients', '431 too many recipients'], text: '431 Too many recipients. (531 when the limit is hard)', source: CR_SUBMIT },
    { id: 'courier.mail-system-full', category: 'remote-error', phrases: ['431 mail system full'], text: '431 Mail system full.', source: CR_SUBMIT },
    { id: 'courier.backscatter', category: 'recipient-unknown', phrases: ['556 address unavailable', '456 address temporarily unavailable'], text: '556 Address unavailable. / 456 Address temporarily unavailable. (recipient recently bounced: backscatter suppression)', source: CR_SUBMIT },
    { id: 'courier.whitelisted', category: 'policy', phrases: ['whitelisted by this recipient'], text: '412 You are (not) whitelisted by this recipient, please try again later. (a message to recipients with different spam settings is split)', source: CR_SUBMIT },
    { id: 'courier.routing-loop', variant: MAIL_HOPS, category: 'remote-error', phrases: ['routing loop detected -- too many received'], text: '546 Routing loop detected -- too many Received: headers.', source: CR_SUBMIT },
    { id: 'courier.header-size', category: 'message-format', phrases: ['message header size exceeds policy limit'], text: '534 Message header size exceeds policy limit.', source: CR_SUBMIT },
  ],
};

// --- Dovecot (LMTP / LDA delivery, quota, quota-status policy service) ---
const DC = 'dovecot/core';

export const DOVECOT: KnowledgeSource = {
  id: 'dovecot',
  name: 'Dovecot LMTP / LDA',
  kind: 'mta',
  reference: `${DC} src/plugins/quota/quota.c`,
  replies: [
    { id: 'dovecot.quota-exceeded', category: 'mailbox-full', status: '5.2.2', phrases: ['quota exceeded (mailbox for user is full)'], text: '552 5.2.2 <user@example.com> Quota exceeded (mailbox for user is full) (DEFAULT_QUOTA_EXCEEDED_MSG, overridable with quota_exceeded_message)', source: `${DC} src/plugins/quota/quota.c` },
    { id: 'dovecot.quota-status', category: 'mailbox-full', status: '5.2.2', phrases: ['5.2.2 mailbox is full'], text: '552 5.2.2 Mailbox is full (quota-status policy service, the documented quota_status_overquota value)', source: 'https://doc.dovecot.org/configuration_manual/quota_plugin' },
    { id: 'dovecot.user-doesnt-exist', category: 'recipient-unknown', status: '5.1.1', phrases: ["user doesn't exist"], text: "550 5.1.1 <user@example.com> User doesn't exist: user@example.com (LMTP RCPT)", source: `${DC} src/lmtp/commands.c` },
    { id: 'dovecot.temp-user-lookup', category: 'remote-error', status: '4.3.0', phrases: ['temporary user lookup failure', '4.3.0 temporary internal error'], text: '451 4.3.0 Temporary user lookup failure / 451 4.3.0 <user@example.com> Temporary internal error', source: `${DC} src/lmtp/commands.c` },
  ],
};

// --- Python's SMTP servers (the standard library's smtpd, and aiosmtpd that replaced it), which test and development
// mail servers run; OpenBSD's spamd and Postfix's smtpd give the same reply to a HELO/EHLO with no host name ---
const PY_SMTPD = 'python/cpython Lib/smtpd.py (smtp_HELO); aio-libs/aiosmtpd aiosmtpd/smtp.py (smtp_HELO)';

export const PYTHON_SMTPD: KnowledgeSource = {
  id: 'python-smtpd',
  name: 'Python smtpd / aiosmtpd',
  kind: 'mta',
  reference: PY_SMTPD,
  replies: [
    { id: 'python-smtpd.helo-hostname', category: 'protocol', phrases: ['syntax: helo hostname', 'syntax: ehlo hostname'], text: '501 Syntax: HELO hostname (HELO or EHLO sent without a host name)', source: PY_SMTPD },
  ],
};

// --- ZMailer's SMTP server: what it answers when its policy database (smtp-policy) refuses a MAIL FROM address; the
// reason after "policy analysis reported:" is the site's own text (vger.kernel.org's "Your address is not liked source
// for email"), so a reason named there outweighs the sender refusal.
const ZM_CMDS = 'rzachariassen/zmailer smtpserver/smtpcmds.c (smtp_mail)';

export const ZMAILER: KnowledgeSource = {
  id: 'zmailer',
  name: 'ZMailer',
  kind: 'mta',
  reference: ZM_CMDS,
  replies: [
    symptom(hedged({ id: 'zmailer.mail-from-policy', category: 'sender-rejected', phrases: ['for your mail from address', 'for mail from address'], text: '553 5.7.1 For MAIL FROM address <sender@example.com> policy analysis reported: <the site\'s reason> (the policy database refused the sender address; later versions: "Hello [<ip>], for your MAIL FROM address <…> policy analysis reported: …")', source: ZM_CMDS })),
    // At RCPT TO (smtp_rcpt, policy result -2): the recipient's domain has no usable DNS (no MX, no address).
    { id: 'zmailer.target-domain-dns', category: 'recipient-domain', status: '5.4.3', phrases: ['dns error on the target domain', 'policy analysis found dns error on the target address'], text: '550 5.4.3 Policy analysis found DNS error on the target domain: <user@example.com> (multi-line: "… DNS error on the target address. This address is not currently acceptable")', source: 'rzachariassen/zmailer smtpserver/smtpcmds.c (smtp_rcpt)' },
    { id: 'zmailer.source-domain-dns', category: 'sender-rejected', status: '5.4.3', phrases: ['dns error with your source domain'], text: '553 5.4.3 For MAIL FROM address <sender@example.com> the policy analysis reports DNS error with your source domain. (450 4.4.3 when the error is temporary)', source: ZM_CMDS },
    { id: 'zmailer.access-denied', category: 'policy', status: '5.7.1', phrases: ['access denied by the policy analysis functions', 'access is denied by the policy analysis functions'], text: '553 5.7.1 For MAIL FROM address <sender@example.com> access is denied by the policy analysis functions. (This may be due to your source IP address, the IP reversal domain, the data you gave for the HELO/EHLO parameter, or address/domain you gave at the MAIL FROM address.)', source: ZM_CMDS },
  ],
};

export const OTHER_MTAS: readonly KnowledgeSource[] = [SENDMAIL, QMAIL, OPENSMTPD, HARAKA, COURIER, DOVECOT, PYTHON_SMTPD, ZMAILER];
