/**
 * What a sending program itself prints when it could not hand a message to its outgoing server: the error texts of
 * SMTP client libraries, command-line senders and mail apps, and of the TLS libraries under them. People paste these
 * instead of a bounce ("Invalid login: 535 …", "msmtp: the server does not support TLS via the STARTTLS command").
 * ./client-errors.ts holds the operating systems' network errors and the first TLS/certificate texts (OpenSSL's
 * wrong-version, handshake and local-issuer/self-signed-in-chain/expired/hostname-mismatch strings, Go's x509 errors,
 * Thunderbird, Outlook's 0x800CCC0F); this file adds, each text from the program's own source or reference page:
 * - Nodemailer (lib/smtp-connection, lib/smtp-transport) and emailjs (src/connection.ts, src/response.ts).
 * - msmtp (src/smtp.c, src/msmtp.c, src/net.c, src/mtls-gnutls.c).
 * - Other command-line senders: sSMTP (ssmtp.c), swaks, NeoMutt (smtp.c); Prometheus Alertmanager's email notifier
 *   (notify/email/email.go).
 * - Outlook / Outlook Express / Windows Live Mail: the 0x800CCCxx codes are the Internet Mail transport HRESULTs
 *   (HR_E(0xCCxx) = 0x800CCCxx), read from their definitions in Wine's imnxport.idl; one dialog text from a host's
 *   support page that quotes it.
 * - K-9 Mail / Thunderbird for Android (SmtpTransport.kt).
 * - Mailspring (app/src/mailsync-process.ts: the texts it shows for its sync engine's error codes).
 * - TLS libraries: Node.js's checkServerIdentity error and its X509 verify codes, further OpenSSL verify strings
 *   (crypto/x509/x509_txt.c), and GnuTLS's gnutls_strerror texts (lib/errors.c).
 *
 * Messages that only say a server refused a step and quote its reply are `symptom: true`: the quoted reply decides.
 * Left out on purpose: the "recipient refused" wrappers (Nodemailer's "Recipient command failed" / "Can't send mail -
 * all recipients were rejected", msmtp's "recipient address … not accepted by the server", ssmtp's "RCPT TO:<…> (…)",
 * Outlook's 0x800CCC79): they say only that RCPT failed — relay refused, no authentication, unknown user — and no
 * category fits them without the reply. Likewise "Data command failed", "Message failed", msmtp's "the server did not
 * accept the mail": the reply behind them says why.
 *
 * Searched without a citable result: s-nail / mailx (no s-nail source stored under a findable name), Apple Mail (the
 * support pages describe the alerts but quote no error text), Microsoft's own pages for the 0x800CCC78/79 dialogs
 * (only third-party copies found), GnuTLS's certificate status texts ("The certificate is NOT trusted. The certificate
 * issuer is unknown.": only quoted by others, the source file not found), Node's "Client network socket disconnected
 * before secure TLS connection was established" (seen only in programs quoting it, not in Node's source here).
 */
import { accountLimit, entries, programVariant, symptom } from './entry';
import type { KnowledgeSource } from './types';

// ── Node.js mail libraries ────────────────────────────────────────────────────────────────────────────────────────────
const NM_CONN = 'nodemailer/nodemailer lib/smtp-connection/index.js';
const NM_TRANSPORT = 'nodemailer/nodemailer lib/smtp-transport/index.js';
const EMAILJS = 'eleith/emailjs src/connection.ts (SMTPConnection)';
const EMAILJS_RESPONSE = 'eleith/emailjs src/response.ts (SMTPResponseMonitor)';

const nm = entries('nodemailer', NM_CONN, programVariant);
const ej = entries('emailjs', EMAILJS, programVariant);

export const NODEMAILER: KnowledgeSource = {
  id: 'nodemailer',
  name: 'Nodemailer (SMTP transport)',
  kind: 'client',
  reference: NM_CONN,
  replies: [
    // login(): auth was configured but without user and pass, so nothing could be sent for AUTH.
    nm('missing-credentials', 'auth-required', ['missing credentials for'], 'Missing credentials for "PLAIN" (EAUTH, command API: authentication is configured but no user/password was given)'),
    // _actionAUTHComplete: the server answered the AUTH exchange with a non-2xx reply.
    nm('invalid-login', 'auth-required', ['invalid login:'], 'Invalid login: 535 Authentication failed (EAUTH, command AUTH PLAIN)'),
    symptom(nm('login-sequence', 'auth-required', ['invalid login sequence while waiting'], 'Invalid login sequence while waiting for "334 VXNlcm5hbWU6" (EAUTH, command AUTH LOGIN: the server did not accept the AUTH command)')),
    nm('auth-not-provided', 'auth-required', ['authentication info was not provided'], 'Authentication info was not provided (NoAuth: the server offers AUTH, forceAuth is set, and no credentials were configured)', { source: `${NM_TRANSPORT} (verify)` }),
    // STARTTLS: refused by the server, or the TLS handshake after it failed; requireTLS with a server that fails EHLO.
    nm('starttls-refused', 'tls-required', ['error upgrading connection with starttls'], 'Error upgrading connection with STARTTLS: 454 4.7.0 TLS not available (ETLS, command STARTTLS)'),
    nm('tls-init', 'tls-required', ['error initiating tls'], 'Error initiating TLS - <the TLS error> (ETLS: the TLS handshake after STARTTLS, or on the SMTPS port, failed)'),
    nm('requiretls-helo', 'tls-required', ['helo does not support required starttls'], 'EHLO failed but HELO does not support required STARTTLS. response=<the EHLO reply> (ECONNECTION)'),
    // Left out: "Invalid greeting. response=<the first line>" and "Server terminates connection. response=421 <reason>"
    // (EPROTOCOL, ECONNECTION): the server's own line after "response=" is read as the reply and says why.
    nm('connection-timeout', 'network', ['connection timeout'], 'Connection timeout (ETIMEDOUT, command CONN: no TCP connection within connectionTimeout)'),
    nm('closed-unexpectedly', 'network', ['connection closed unexpectedly'], 'Connection closed unexpectedly (ECONNECTION: the server closed the connection in the middle of the session)'),
    nm('unexpected-socket-close', 'network', ['unexpected socket close'], 'Unexpected socket close (the connection ended before the transaction finished; code ETLS when it happened during the STARTTLS upgrade)', { source: NM_TRANSPORT }),
    // send(): the message is larger than the SIZE the server announced in its EHLO reply.
    nm('size-limit', 'message-size', ['message size larger than allowed'], 'Message size larger than allowed 10485760 (EMESSAGE, command MAIL FROM: the server announced SIZE 10485760)'),
    // _actionMAIL: MAIL FROM refused; the reply after the colon says why.
    symptom(nm('mail-command-failed', 'sender-rejected', ['mail command failed'], 'Mail command failed: <the MAIL FROM reply> (EENVELOPE, command MAIL FROM: the server refused the envelope sender)')),
  ],
};

export const EMAILJS_SOURCE: KnowledgeSource = {
  id: 'emailjs',
  name: 'emailjs',
  kind: 'client',
  reference: EMAILJS,
  replies: [
    ej('ssl', 'tls-required', ['could not establish an ssl connection'], 'could not establish an ssl connection (CONNECTIONAUTH: the server certificate was not authorized)'),
    ej('starttls', 'tls-required', ['while establishing a starttls session'], '<error> while establishing a starttls session'),
    ej('auth-failed', 'auth-required', [], 'authorization.failed (AUTHFAILED: the server refused the login)', { token: 'authorization.failed' }),
    ej('timeout', 'network', ['timedout while connecting to smtp server'], 'timedout while connecting to smtp server (TIMEDOUT)', { source: EMAILJS_RESPONSE }),
    symptom(ej('bad-greeting', 'network', ['bad response on connection'], 'bad response on connection (BADRESPONSE: the server greeting was not 220)')),
  ],
};

// ── msmtp ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
const MSMTP = 'marlam/msmtp src/msmtp.c';
const MSMTP_SMTP = 'marlam/msmtp src/smtp.c';
const MSMTP_NET = 'marlam/msmtp src/net.c (net_open_socket)';
const MSMTP_TLS = 'marlam/msmtp src/mtls-gnutls.c (mtls_start, mtls_check_cert)';
const ms = entries('msmtp', MSMTP, programVariant);

export const MSMTP_SOURCE: KnowledgeSource = {
  id: 'msmtp',
  name: 'msmtp',
  kind: 'client',
  reference: MSMTP,
  replies: [
    ms('no-starttls', 'tls-required', ['does not support tls via the starttls'], 'msmtp: the server does not support TLS via the STARTTLS command'),
    ms('no-auth', 'auth-required', ['the server does not support authentication'], 'msmtp: the server does not support authentication'),
    ms('auth-method', 'auth-required', ['does not support authentication method'], 'msmtp: the server does not support authentication method PLAIN', { source: MSMTP_SMTP }),
    // smtp_auth(): only plain-text mechanisms offered and TLS is off, or nothing usable offered at all.
    ms('no-secure-method', 'auth-required', ['cannot use a secure authentication method'], 'msmtp: cannot use a secure authentication method (no TLS, and the server offers only plain-text mechanisms)', { source: MSMTP_SMTP }),
    ms('no-usable-method', 'auth-required', ['cannot find a usable authentication method'], 'msmtp: cannot find a usable authentication method', { source: MSMTP_SMTP }),
    ms('auth-failed', 'auth-required', ['authentication failed (method'], 'msmtp: authentication failed (method PLAIN)', { source: MSMTP_SMTP }),
    symptom(ms('envelope-from', 'sender-rejected', ['envelope from address'], 'msmtp: envelope from address <sender> not accepted by the server', { source: MSMTP_SMTP })),
    symptom(ms('no-greeting', 'network', ['cannot get initial ok message'], 'msmtp: cannot get initial OK message from server', { source: MSMTP_SMTP })),
    symptom(ms('helo-refused', 'protocol', ['does not accept ehlo or helo'], 'msmtp: SMTP server does not accept EHLO or HELO commands', { source: MSMTP_SMTP })),
    ms('locate-host', 'network', ['cannot locate host'], 'msmtp: cannot locate host smtp.example.com: Name or service not known', { source: MSMTP_NET }),
    ms('connect', 'network', ['cannot connect to'], 'msmtp: cannot connect to smtp.example.com, port 587: Connection refused', { source: MSMTP_NET }),
    ms('tls-handshake', 'tls-required', ['tls handshake failed'], 'msmtp: TLS handshake failed: <the TLS library error>', { source: MSMTP_TLS }),
    ms('cert-verify', 'tls-required', ['tls certificate verification failed'], 'msmtp: TLS certificate verification failed: <reason>', { source: MSMTP_TLS }),
    ms('cert-fingerprint', 'tls-required', ['certificate fingerprint does not match'], 'msmtp: TLS certificate verification failed: the certificate fingerprint does not match', { source: MSMTP_TLS }),
    ms('cert-owner', 'tls-required', ['certificate owner does not match hostname'], 'msmtp: TLS certificate verification failed: the certificate owner does not match hostname smtp.example.com', { source: 'marlam/msmtp src/mtls-sspi.c (SEC_E_WRONG_PRINCIPAL); src/tls.c in older releases' }),
  ],
};

// ── Other command-line senders ────────────────────────────────────────────────────────────────────────────────────────
const SSMTP = 'TheJonny/debian-ssmtp ssmtp.c (sSMTP 2.64: smtp_open, ssmtp)';
const SWAKS = 'jetmore/swaks swaks';
const NEOMUTT = 'neomutt/neomutt smtp.c';
const ALERTMANAGER = 'prometheus/alertmanager notify/email/email.go (Email.Notify)';
const cli = entries('cli', SSMTP, programVariant);

export const CLI_SENDERS: KnowledgeSource = {
  id: 'cli',
  name: 'Command-line senders (sSMTP, swaks, NeoMutt) and Alertmanager',
  kind: 'client',
  reference: SSMTP,
  replies: [
    // sSMTP: the reply in parentheses is the server's; "Server didn't like our AUTH LOGIN (530 Must issue a STARTTLS
    // command first.)" is a TLS matter, which that reply says.
    symptom(cli('ssmtp-auth-login', 'auth-required', ["didn't like our auth login"], "ssmtp: Server didn't like our AUTH LOGIN (<the AUTH reply>)")),
    symptom(cli('ssmtp-auth-login-user', 'auth-required', ["didn't accept auth login"], "ssmtp: Server didn't accept AUTH LOGIN (<the reply>)")),
    symptom(cli('ssmtp-cram-md5', 'auth-required', ['server rejected auth cram-md5'], 'ssmtp: Server rejected AUTH CRAM-MD5 (<the reply>)')),
    cli('ssmtp-authorization', 'auth-required', ['authorization failed ('], 'ssmtp: Authorization failed (535 <reason>)'),
    cli('ssmtp-starttls', 'tls-required', ['starttls not working'], 'sSMTP: STARTTLS not working'),
    cli('ssmtp-lost', 'network', ['connection lost in middle of processing'], 'ssmtp: Connection lost in middle of processing'),
    // swaks
    cli('swaks-no-starttls', 'tls-required', ['host did not advertise starttls'], '*** Host did not advertise STARTTLS', { source: SWAKS }),
    // Prometheus Alertmanager (and Grafana's alerting, which took its notifier) when require_tls is set and the
    // smarthost offers no STARTTLS — as a port-465 smarthost, which speaks TLS at once, does not.
    cli('alertmanager-no-starttls', 'tls-required', ['does not advertise the starttls extension'], "'require_tls' is true (default) but \"smtp.example.com:465\" does not advertise the STARTTLS extension", { source: ALERTMANAGER }),
    cli('swaks-starttls-failed', 'tls-required', ['starttls attempted but failed'], '*** STARTTLS attempted but failed', { source: SWAKS }),
    cli('swaks-no-auth', 'auth-required', ['host did not advertise authentication'], '*** Host did not advertise authentication', { source: SWAKS }),
    cli('swaks-auth-failed', 'auth-required', ['no authentication type succeeded'], '*** No authentication type succeeded', { source: SWAKS }),
    cli('swaks-no-auth-type', 'auth-required', ['no acceptable authentication types available', 'requested type not available'], '*** No acceptable authentication types available / *** Auth not attempted, requested type not available', { source: SWAKS }),
    // NeoMutt (and Mutt): its own words around the server's reply.
    cli('neomutt-tls', 'tls-required', ['could not negotiate tls connection'], 'Could not negotiate TLS connection', { source: NEOMUTT }),
    cli('neomutt-no-auth', 'auth-required', ['smtp server does not support authentication'], 'SMTP server does not support authentication', { source: NEOMUTT }),
    cli('neomutt-sasl', 'auth-required', ['sasl authentication failed', 'authentication failed, trying next method'], 'SASL authentication failed / <method> authentication failed, trying next method', { source: NEOMUTT }),
    cli('neomutt-no-authenticators', 'auth-required', ['no authenticators available'], 'No authenticators available', { source: NEOMUTT }),
    cli('neomutt-session', 'network', ['smtp session failed: read error', 'smtp session failed: write error'], 'SMTP session failed: read error / SMTP session failed: write error', { source: NEOMUTT }),
  ],
};

// ── Outlook, Outlook Express, Windows Live Mail; K-9 Mail ───────────────────────────────────────────────────────────
const IMNXPORT = 'wine-mirror/wine include/imnxport.idl (IXP_E_* = HR_E(0xCCxx), FACILITY_INTERNET: the Internet Mail transport errors Outlook and Outlook Express report as 0x800CCCxx)';
const HOSTM_ENCRYPTION = 'https://hostm.com/tutorials/security/outdated-email-encryption-windows';
const ol = entries('outlook', IMNXPORT, programVariant);

export const OUTLOOK_CODES: KnowledgeSource = {
  id: 'outlook',
  name: 'Outlook / Outlook Express / Windows Live Mail (POP/IMAP/SMTP accounts)',
  kind: 'client',
  reference: IMNXPORT,
  replies: [
    ol('0x800ccc0d', 'network', [], '0x800CCC0D (IXP_E_CANT_FIND_HOST: the server name could not be found)', { token: '0x800CCC0D' }),
    ol('0x800ccc0e', 'network', [], '0x800CCC0E (IXP_E_FAILED_TO_CONNECT: could not connect to the server)', { token: '0x800CCC0E' }),
    ol('0x800ccc19', 'network', [], '0x800CCC19 (IXP_E_TIMEOUT: the server did not answer in time)', { token: '0x800CCC19' }),
    ol('0x800ccc1a', 'tls-required', [], '0x800CCC1A (IXP_E_SECURE_CONNECT_FAILED: the SSL/TLS connection could not be established)', { token: '0x800CCC1A' }),
    ol('0x800ccc18', 'auth-required', [], '0x800CCC18 (IXP_E_SICILY_LOGON_FAILED: the Secure Password Authentication logon failed)', { token: '0x800CCC18' }),
    // The code's name is "server rejected the sender" (IXP_E_SMTP_REJECTED_SENDER), and the dialog says so ("The message
    // could not be sent because the server rejected the sender's e-mail address"); AT&T's page gives its cause: the
    // client does not authenticate to the outgoing server. The server's response quoted in the dialog decides when it
    // names another cause ("553 sender not allowed").
    symptom(ol('0x800ccc78', 'auth-required', ["server rejected the sender's e-mail address"], "The message could not be sent because the server rejected the sender's e-mail address. … Server Response: '505 Authentication required', … Error Number: 0x800CCC78 (IXP_E_SMTP_REJECTED_SENDER)", { token: '0x800CCC78', source: `${IMNXPORT}; https://www.att.com/support/smallbusiness/article/smb-email-support/KM1189242/` })),
    ol('0x800ccc7c', 'tls-required', [], '0x800CCC7C (IXP_E_SMTP_530_STARTTLS_REQUIRED: the server requires STARTTLS)', { token: '0x800CCC7C' }),
    ol('0x800ccc7d', 'tls-required', [], '0x800CCC7D (IXP_E_SMTP_NO_STARTTLS_SUPPORT: the server does not offer STARTTLS)', { token: '0x800CCC7D' }),
    ol('0x800ccc7f', 'tls-required', [], '0x800CCC7F (IXP_E_SMTP_454_STARTTLS_FAILED: the server failed STARTTLS, 454)', { token: '0x800CCC7F' }),
    // Outlook 2000 (and later Outlook with a MAPI profile) on a recipient whose address type no transport service of
    // the profile handles: the mail never left the client, and the article lists several causes (a missing Internet E-
    // mail service, an address book entry of another type, a damaged profile) — the text alone does not say which.
    ol('no-transport-provider', 'unknown', ['no transport provider was available', 'geen transportserviceprogramma beschikbaar', 'brak dostawcy transportu'],
      'No transport provider was available for delivery to this recipient. (nl: "Er is geen transportserviceprogramma beschikbaar voor bezorging bij deze geadresseerde."; pl: "Brak dostawcy transportu do dostarczenia do tego adresata.")',
      { source: 'https://support.microsoft.com/kb/197417 (and its nl-nl, pl-pl versions)' }),
    ol('encryption-type', 'tls-required', ['does not support the connection encryption type'], 'Your server does not support the connection encryption type you have specified. Try changing the encryption method.', { source: HOSTM_ENCRYPTION }),
  ],
};

const K9 = 'thunderbird/thunderbird-android mail/protocols/smtp/src/main/java/com/fsck/k9/mail/transport/smtp/SmtpTransport.kt';
const k9 = entries('k9mail', K9, programVariant);

export const K9_MAIL: KnowledgeSource = {
  id: 'k9mail',
  name: 'K-9 Mail / Thunderbird for Android',
  kind: 'client',
  reference: K9,
  replies: [
    k9('too-large', 'message-size', ['message too large for server'], 'Message too large for server (the message is larger than the SIZE the server announced)'),
    k9('security-error', 'tls-required', ['due to security error'], 'Unable to open connection to SMTP server due to security error.'),
    k9('open-failed', 'network', ['unable to open connection to smtp server'], 'Unable to open connection to SMTP server.'),
    k9('no-starttls', 'tls-required', ['starttls connection security not available'], 'STARTTLS connection security not available (older releases; the server offered no STARTTLS)'),
  ],
};

// Mailspring's texts for the error codes its sync engine (mailsync, on MailCore2) reports, shown as they are with the
// service in parentheses ("Authentication Error - Check your username and password. (SMTP)"). Left out: "Sending is
// not enabled for this account" and "no sender is configured" (the app's own settings), "Certificate Error" alone.
const MAILSPRING = 'Foundry376/Mailspring app/src/mailsync-process.ts (LocalizedErrorStrings)';
const msp = entries('mailspring', MAILSPRING, programVariant);

export const MAILSPRING_SOURCE: KnowledgeSource = {
  id: 'mailspring',
  name: 'Mailspring',
  kind: 'client',
  reference: MAILSPRING,
  replies: [
    msp('connection', 'network', ['unable to connect to the server / port you provided'], 'Connection Error - Unable to connect to the server / port you provided.'),
    msp('authentication', 'auth-required', ['authentication error - check your username and password'], 'Authentication Error - Check your username and password. (SMTP)'),
    msp('tls', 'tls-required', ['tls not available', 'starttls is not available'], 'TLS Not Available / StartTLS is not available.'),
    msp('certificate', 'tls-required', ["the mail server's security certificate is invalid"], "Certificate Error - The mail server's security certificate is invalid and may pose a security risk."),
    msp('app-password', 'auth-required', ['a gmail application-specific password is required'], 'A Gmail application-specific password is required.'),
    msp('web-sign-in', 'auth-required', ['you must sign in via a web browser', 'you must sign in via your webmail'], 'The Outlook server said you must sign in via a web browser. / The server said you must sign in via your webmail.'),
    // (The source spells it "illegial".)
    msp('attachment', 'content-policy', ['illegial attachment', 'illegal attachment that is not allowed by the server'], 'The message contains an illegial attachment that is not allowed by the server.'),
    msp('yahoo-spam', 'spam', ["blocked by yahoo's outbound spam filter"], "The message has been blocked by Yahoo's outbound spam filter."),
    accountLimit(msp('yahoo-daily-limit', 'rate-limit', ['you have exceeded your daily sending limit'], 'The message has been blocked by Yahoo - you have exceeded your daily sending limit.')),
  ],
};

// Google Apps Script's MailApp / GmailApp: a script over its daily quota of email recipients throws "Service invoked
// too many times for one day: email." (the quotas page: "your script throws an exception", per user, reset 24 hours
// after the first request).
const GAS_QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';
const gas = entries('apps-script', GAS_QUOTAS, programVariant);

export const APPS_SCRIPT: KnowledgeSource = {
  id: 'apps-script',
  name: 'Google Apps Script (MailApp, GmailApp)',
  kind: 'client',
  reference: GAS_QUOTAS,
  replies: [
    accountLimit(gas('daily-email-quota', 'rate-limit', ['invoked too many times for one day: email'], 'Exception: Service invoked too many times for one day: email. (the daily quota of email recipients: 100 for consumer accounts, 1,500 for Google Workspace)')),
  ],
};

// ── TLS libraries ─────────────────────────────────────────────────────────────────────────────────────────────────────
const NODE_ALTNAME = "nodejs/node lib/internal/errors.js (ERR_TLS_CERT_ALTNAME_INVALID: \"Hostname/IP does not match certificate's altnames: %s\"), lib/tls.js (checkServerIdentity); before 2017: \"Hostname/IP doesn't match certificate's altnames\"";
const NODE_X509 = 'https://nodejs.org/api/tls.html#x509-certificate-error-codes; openssl/openssl crypto/x509/x509_txt.c (X509_verify_cert_error_string)';
const OPENSSL_X509 = 'openssl/openssl crypto/x509/x509_txt.c (X509_verify_cert_error_string)';
const GNUTLS = 'gnutls/gnutls lib/errors.c (gnutls_strerror)';
const tls = entries('tls', OPENSSL_X509, programVariant);

export const TLS_LIBRARIES: KnowledgeSource = {
  id: 'tls',
  name: 'TLS libraries (Node.js tls, OpenSSL verify strings, GnuTLS)',
  kind: 'client',
  reference: OPENSSL_X509,
  replies: [
    // Node.js: the name the client connected to is not in the server certificate (Nodemailer passes it on as ESOCKET).
    tls('node-altname', 'tls-required', ["does not match certificate's altnames", "doesn't match certificate's altnames", "is not in the cert's altnames", "is not in the cert's list"], "Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in the cert's altnames: DNS:mail.example.net (ERR_TLS_CERT_ALTNAME_INVALID)", { source: NODE_ALTNAME, token: 'ERR_TLS_CERT_ALTNAME_INVALID' }),
    // Node.js X509 codes with OpenSSL's verify strings (the message is the string, err.code the code).
    tls('leaf-signature', 'tls-required', ['unable to verify the first certificate'], 'unable to verify the first certificate (UNABLE_TO_VERIFY_LEAF_SIGNATURE: the server sent no intermediate certificates)', { source: NODE_X509, token: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
    tls('self-signed', 'tls-required', ['self signed certificate', 'self-signed certificate'], 'self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT; OpenSSL before 3.0: "self signed certificate")', { source: NODE_X509, token: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
    tls('self-signed-chain-code', 'tls-required', [], 'self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN)', { source: NODE_X509, token: 'SELF_SIGNED_CERT_IN_CHAIN' }),
    tls('local-issuer-code', 'tls-required', [], 'unable to get local issuer certificate (UNABLE_TO_GET_ISSUER_CERT_LOCALLY)', { source: NODE_X509, token: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }),
    tls('expired', 'tls-required', ['certificate has expired'], 'certificate has expired (CERT_HAS_EXPIRED)', { source: NODE_X509, token: 'CERT_HAS_EXPIRED' }),
    tls('not-yet-valid', 'tls-required', ['certificate is not yet valid'], 'certificate is not yet valid or the system clock is incorrect (CERT_NOT_YET_VALID; older OpenSSL: "certificate is not yet valid")', { source: NODE_X509, token: 'CERT_NOT_YET_VALID' }),
    tls('issuer', 'tls-required', ['unable to get issuer certificate'], 'unable to get issuer certificate (UNABLE_TO_GET_ISSUER_CERT)', { source: NODE_X509, token: 'UNABLE_TO_GET_ISSUER_CERT' }),
    tls('revoked', 'tls-required', ['certificate revoked'], 'certificate revoked (CERT_REVOKED)', { source: NODE_X509, token: 'CERT_REVOKED' }),
    tls('purpose', 'tls-required', ['unsuitable certificate purpose'], 'unsuitable certificate purpose (INVALID_PURPOSE)', { source: NODE_X509 }),
    tls('invalid-ca', 'tls-required', ['invalid ca certificate'], 'invalid CA certificate (INVALID_CA)', { source: NODE_X509 }),
    tls('signature-failure', 'tls-required', ['certificate signature failure'], 'certificate signature failure (CERT_SIGNATURE_FAILURE)', { source: NODE_X509 }),
    tls('key-too-weak', 'tls-required', ['ee certificate key too weak', 'ca certificate key too weak', 'ca signature digest algorithm too weak'], 'EE certificate key too weak / CA certificate key too weak / CA signature digest algorithm too weak'),
    tls('dane', 'tls-required', ['no matching dane tlsa records'], 'no matching DANE TLSA records (X509_V_ERR_DANE_NO_MATCH)'),
    // GnuTLS (msmtp, NeoMutt, Exim and other programs built on it print gnutls_strerror after their own words).
    tls('gnutls-premature', 'tls-required', ['tls connection was non-properly terminated'], 'The TLS connection was non-properly terminated. (GNUTLS_E_PREMATURE_TERMINATION)', { source: GNUTLS }),
    tls('gnutls-unexpected-packet', 'tls-required', ['an unexpected tls packet was received'], 'An unexpected TLS packet was received. (GNUTLS_E_UNEXPECTED_PACKET)', { source: GNUTLS }),
    tls('gnutls-version', 'tls-required', ['illegal or unsupported version was received'], 'A packet with illegal or unsupported version was received. (GNUTLS_E_UNSUPPORTED_VERSION_PACKET)', { source: GNUTLS }),
    tls('gnutls-cipher', 'tls-required', ['could not negotiate a supported cipher suite', 'no supported cipher suites have been found'], 'Could not negotiate a supported cipher suite. / No supported cipher suites have been found.', { source: GNUTLS }),
    tls('gnutls-dh-prime', 'tls-required', ['diffie-hellman prime sent by the server is not acceptable'], 'The Diffie-Hellman prime sent by the server is not acceptable (not long enough). (GNUTLS_E_DH_PRIME_UNACCEPTABLE)', { source: GNUTLS }),
    tls('gnutls-fatal-alert', 'tls-required', ['a tls fatal alert has been received'], 'A TLS fatal alert has been received. (GNUTLS_E_FATAL_ALERT_RECEIVED)', { source: GNUTLS }),
    tls('gnutls-verification', 'tls-required', ['error in the certificate verification'], 'Error in the certificate verification. (GNUTLS_E_CERTIFICATE_VERIFICATION_ERROR)', { source: GNUTLS }),
    tls('gnutls-expired', 'tls-required', ['the session or certificate has expired'], 'The session or certificate has expired. (GNUTLS_E_EXPIRED)', { source: GNUTLS }),
    tls('gnutls-insufficient-security', 'tls-required', ['algorithms has insufficient security level'], 'One of the involved algorithms has insufficient security level. (GNUTLS_E_INSUFFICIENT_SECURITY)', { source: GNUTLS }),
  ],
};

export const CLIENT_TOOLS: readonly KnowledgeSource[] = [NODEMAILER, EMAILJS_SOURCE, MSMTP_SOURCE, CLI_SENDERS, OUTLOOK_CODES, K9_MAIL, MAILSPRING_SOURCE, APPS_SCRIPT, TLS_LIBRARIES];
