/**
 * What the SMTP client code of compiled languages prints when sending failed: the exception messages people paste
 * from a Java, .NET, Go or Rust program, and libcurl's error strings. They are about the sender's own outgoing
 * server: "authentication is not possible / was refused" is `auth-required`, "STARTTLS refused / the TLS handshake or
 * the server's certificate failed" is `tls-required`, "cannot reach the host" is `network`.
 *
 * Every text is the program's own, read in its source (or the runtime's resource file):
 * - Java: JavaMail / Jakarta Mail / Angus Mail (com.sun.mail.smtp.SMTPTransport, javax.mail.Service,
 *   com.sun.mail.util.SocketFetcher; the Angus copy keeps the same texts), Spring's JavaMailSenderImpl and mail
 *   exceptions, and the JDK's TLS messages that JavaMail's exceptions carry nested (sun.security.ssl,
 *   sun.security.validator, sun.security.util.HostnameChecker).
 * - .NET: System.Net.Mail SmtpClient (Strings.resx, SmtpException.GetMessageForStatus: "<status text> The server
 *   response was: <reply>"), System.Net.Security SslStream (Strings.resx), and MailKit (SmtpClient, SmtpStream,
 *   SslHandshakeException, SmtpServiceNotAuthenticatedException).
 * - Go: net/smtp (smtp.go, auth.go), crypto/tls (alert.go, conn.go), wneessen/go-mail (client.go, auth.go,
 *   senderror.go).
 * - Rust: lettre (transport/smtp/error.rs Display: "<kind>: <source>", client/connection.rs) and rustls (error.rs
 *   Display).
 * - libcurl: lib/strerror.c (curl_easy_strerror) and lib/smtp.c (failf texts), beyond the two in client-errors.ts.
 *
 * Texts that say only which step failed, the server's reply quoted after them or nested ("Mail server connection
 * failed; nested exception is …", curl's "RCPT failed: 550"), are `symptom`: the quoted reply decides when it names a
 * cause. Left out because the engine already reads them as paste formats (lib/engine/paste-formats.ts), taking the
 * server's reply from behind them: .NET's "<SmtpStatusCode text>. The server response was: …" ("Mailbox
 * unavailable.", "Client does not have permission to submit mail to this server."), go-mail's "sending SMTP RCPT TO
 * command: …", lettre's "permanent error (550): …", MailKit's SmtpCommandException and JavaMail's
 * SMTPAddressFailedException. .NET's other SmtpStatusCode texts are RFC 5321's own reply texts ("Bad sequence of
 * commands.") and read through standards.ts.
 *
 * Searched without a citable result (left out): go-gomail (it only wraps net/smtp's errors: "gomail: could not send
 * email 1: <error>"), libcurl's "STARTTLS not supported." for SMTP (the stored copies show only POP3's "STLS not
 * supported."), curl's "Weird server reply" (the stored strerror.c is too old to have it), the JDK's
 * CertificateExpiredException texts.
 * Windows Sockets texts .NET prints ("No connection could be made…") are in client-errors.ts.
 */
import { entries, hedged, symptom, programVariant } from './entry';
import type { KnowledgeSource } from './types';

type Maker = ReturnType<typeof entries>;

// ── Java ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
const SMTP_TRANSPORT = 'javaee/javamail mail/src/main/java/com/sun/mail/smtp/SMTPTransport.java';
const JM_SERVICE = 'javaee/javamail mail/src/main/java/javax/mail/Service.java (connect)';
const JM_SOCKETFETCHER = 'javaee/javamail mail/src/main/java/com/sun/mail/util/SocketFetcher.java (checkServerIdentity)';
const SPRING_SENDER = 'spring-projects/spring-framework spring-context-support/src/main/java/org/springframework/mail/javamail/JavaMailSenderImpl.java (doSend)';
const SPRING_AUTH = 'spring-projects/spring-framework spring-context-support/src/main/java/org/springframework/mail/MailAuthenticationException.java';
const JM_ADDRESS = 'javaee/javamail mail/src/main/java/javax/mail/internet/InternetAddress.java (checkAddress, parse)';
const JM_CONTENT = 'javaee/javamail mail/src/main/java/javax/mail/internet/ContentType.java, ContentDisposition.java';
const JDK_SSL = 'openjdk/jdk src/java.base/share/classes/sun/security/ssl/';
const JDK_PKIX = 'openjdk/jdk src/java.base/share/classes/sun/security/validator/PKIXValidator.java, src/java.base/share/classes/sun/security/provider/certpath/SunCertPathBuilder.java';
const JDK_HOSTNAME = 'openjdk/jdk src/java.base/share/classes/sun/security/util/HostnameChecker.java';

const j: Maker = entries('java', SMTP_TRANSPORT, programVariant);

const JAVA: KnowledgeSource = {
  id: 'java',
  name: 'Java: JavaMail / Jakarta Mail / Angus Mail, Spring mail, the JDK TLS stack',
  kind: 'client',
  reference: SMTP_TRANSPORT,
  replies: [
    // SMTPTransport.startTLS: the server answered 220 to STARTTLS, then the TLS handshake failed (the JDK's reason nested).
    j('convert-socket-tls', 'tls-required', ['could not convert socket to tls'], 'javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: … (SMTPTransport.startTLS)'),
    // mail.smtp.starttls.required=true and the EHLO reply offers no STARTTLS.
    j('starttls-required', 'tls-required', ['starttls is required but host does not support starttls'], 'MessagingException: STARTTLS is required but host does not support STARTTLS (mail.smtp.starttls.required, SMTPTransport.protocolConnect)'),
    j('no-auth-mechanisms', 'auth-required', ['no authentication mechanisms supported by both server and client'], 'AuthenticationFailedException: No authentication mechanisms supported by both server and client (SMTPTransport.authenticate)'),
    // Service.connect: the server asks for authentication (mail.smtp.auth) and no user name or password was given.
    j('no-password', 'auth-required', ['failed to connect, no password specified', 'failed to connect, no user name specified'], 'javax.mail.AuthenticationFailedException: failed to connect, no password specified? / failed to connect, no user name specified?', { source: JM_SERVICE }),
    // Every AuthenticationFailedException is about authentication; after a refused AUTH its message is the server's reply,
    // which decides when it names a cause of its own ("530 5.7.0 Must issue a STARTTLS command first").
    symptom(j('authentication-failed', 'auth-required', [], 'javax.mail.AuthenticationFailedException: 535-5.7.8 Username and Password not accepted (the server\'s reply to AUTH is the message)', { token: 'AuthenticationFailedException' })),
    j('unknown-smtp-host', 'network', ['unknown smtp host'], 'javax.mail.MessagingException: Unknown SMTP host: smtp.example.com; nested exception is: java.net.UnknownHostException: smtp.example.com (SMTPTransport.openServer)'),
    symptom(j('could-not-connect', 'network', ['could not connect to smtp host'], 'MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587; nested exception is: java.net.ConnectException: Connection refused / …, port: 25, response: -1 (SMTPTransport.openServer; the nested exception or the greeting code says why)')),
    symptom(j('exception-reading-response', 'network', ['exception reading response'], 'javax.mail.MessagingException: Exception reading response; nested exception is: java.net.SocketTimeoutException: Read timed out (SMTPTransport.readServerResponse)')),
    symptom(j('cant-send-command', 'network', ["can't send command to smtp host"], "javax.mail.MessagingException: Can't send command to SMTP host; nested exception is: java.net.SocketException: Connection reset (SMTPTransport.sendCommand)")),
    // rcptTo: one or more RCPT TO refused; the nested SMTPAddressFailedException carries each server reply.
    hedged(symptom(j('invalid-addresses', 'recipient-unknown', ['sendfailedexception: invalid addresses'], 'javax.mail.SendFailedException: Invalid Addresses; nested exception is: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <user@example.com>: Recipient address rejected (SMTPTransport.rcptTo)'))),
    // JavaMail's parsers refusing an address or a header as written (RFC 5322 addr-spec, RFC 2045 Content-Type,
    // RFC 2183 Content-Disposition): the message is malformed before any server sees it. Services built on JavaMail
    // pass the same texts on ("554 Transaction failed: Domain contains illegal character", Amazon SES).
    // Which address (the sender's, a recipient's, one in a header) the text does not say: never more than medium.
    hedged(j('address-syntax', 'message-format', ['local address contains control or whitespace', 'local address contains illegal character', 'local address starts with dot', 'local address ends with dot', 'local address contains dot-dot', 'domain contains control or whitespace', 'domain contains illegal character', 'domain contains dot-dot', 'domain starts with dot', 'domain ends with dot', 'domain literal not at start of domain', "missing final '@domain'", 'quoted local address contains'],
      "javax.mail.internet.AddressException: Domain contains illegal character in string ``user@exa mple.com'' (also: Local address contains control or whitespace, Domain contains dot-dot, Missing final '@domain' …)", { source: JM_ADDRESS })),
    j('header-syntax', 'message-format', ["expected '/', got", 'expected disposition, got', 'expected mime type, got', 'expected mime subtype, got'],
      "javax.mail.internet.ParseException: In Content-Type string <text>, expected '/', got ; / Expected disposition, got =", { source: JM_CONTENT }),
    // mail.smtp.ssl.checkserveridentity: the certificate does not name the host connected to.
    j('cant-verify-identity', 'tls-required', ["can't verify identity of server"], "java.io.IOException: Can't verify identity of server: smtp.example.com", { source: JM_SOCKETFETCHER }),
    // Spring: JavaMailSenderImpl wraps AuthenticationFailedException, and any other failure to connect.
    symptom(j('spring-authentication', 'auth-required', [], 'org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: …', { token: 'MailAuthenticationException', source: SPRING_AUTH })),
    symptom(j('spring-connection-failed', 'network', ['mail server connection failed'], 'org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: …', { source: SPRING_SENDER })),
    // The JDK's TLS failures, as they appear nested in JavaMail's exceptions.
    j('jdk-pkix', 'tls-required', ['pkix path building failed', 'unable to find valid certification path'], 'javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target (the server\'s certificate chain is not trusted)', { source: JDK_PKIX, token: 'SunCertPathBuilderException' }),
    j('jdk-no-appropriate-protocol', 'tls-required', ['no appropriate protocol'], 'javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate) (no TLS version both enabled and usable: e.g. a server that only speaks TLS 1.0/1.1)', { source: JDK_SSL + 'HandshakeContext.java' }),
    j('jdk-protocol-not-accepted', 'tls-required', ['is not accepted by client preferences'], 'javax.net.ssl.SSLHandshakeException: The server selected protocol version TLS10 is not accepted by client preferences [TLS13, TLS12]', { source: JDK_SSL + 'ServerHello.java' }),
    j('jdk-fatal-alert', 'tls-required', ['received fatal alert'], 'javax.net.ssl.SSLHandshakeException: Received fatal alert: handshake_failure (also protocol_version, certificate_unknown …: the server ended the TLS handshake)', { source: JDK_SSL + 'Alert.java' }),
    j('jdk-no-san', 'tls-required', ['no subject alternative dns name matching', 'no subject alternative names matching'], 'java.security.cert.CertificateException: No subject alternative DNS name matching smtp.example.com found.', { source: JDK_HOSTNAME }),
    // TLS spoken to a port that answers in plain text (SMTPS on 587 or 25): the "220 …" greeting is no TLS record.
    j('jdk-unrecognized-ssl', 'tls-required', ['unrecognized ssl message'], 'javax.net.ssl.SSLException: Unsupported or unrecognized SSL message (JDK 11+) / Unrecognized SSL message, plaintext connection? (JDK 8)', { source: JDK_SSL + 'SSLSocketInputRecord.java; JDK 8 sun/security/ssl/InputRecord.java' }),
    // Android's TLS provider (Conscrypt, under JavaMail on Android) says the same of bytes that are no TLS record.
    j('conscrypt-tls-header', 'tls-required', ['unable to parse tls packet header'], 'javax.net.ssl.SSLException: Unable to parse TLS packet header (ConscryptEngine.unwrap: the server answered in plain text, or not in TLS)', { source: 'google/conscrypt common/src/main/java/org/conscrypt/ConscryptEngine.java (unwrap)' }),
    j('jdk-remote-terminated', 'tls-required', ['remote host terminated the handshake', 'remote host closed connection during handshake'], 'javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake (JDK 9+) / Remote host closed connection during handshake (JDK 8)', { source: JDK_SSL + 'SSLSocketImpl.java' }),
  ],
};

// ── .NET: System.Net.Mail, SslStream ─────────────────────────────────────────────────────────────────────────────────
const NET_MAIL = 'dotnet/runtime src/libraries/System.Net.Mail/src/Resources/Strings.resx';
const NET_MAIL_EX = 'dotnet/runtime src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpException.cs (GetMessageForStatus) + Strings.resx';
const NET_SECURITY = 'dotnet/runtime src/libraries/System.Net.Security/src/Resources/Strings.resx';
const NET_WEBSTATUS = 'dotnet/runtime SR.net_webstatus_ConnectFailure ("Unable to connect to the remote server"; .NET Framework\'s SmtpClient nests it in "Failure sending mail.")';

const d: Maker = entries('dotnet', NET_MAIL, programVariant);

const DOTNET: KnowledgeSource = {
  id: 'dotnet',
  name: '.NET: System.Net.Mail SmtpClient and SslStream',
  kind: 'client',
  reference: NET_MAIL,
  replies: [
    // SmtpStatusCode.MustIssueStartTlsFirst (530): either no STARTTLS (EnableSsl false) or no AUTH; the reply says which.
    symptom(d('must-issue-starttls-first', 'auth-required', ['requires a secure connection or the client was not authenticated'], 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required (SmtpMustIssueStartTlsFirst, code 530)', { source: NET_MAIL_EX })),
    // EnableSsl = true and the EHLO reply offers no STARTTLS.
    d('no-starttls', 'tls-required', ['server does not support secure connections'], 'System.Net.Mail.SmtpException: Server does not support secure connections. (MailServerDoesNotSupportStartTls)'),
    d('host-not-found', 'network', ['the smtp host was not found'], 'The SMTP host was not found. (MailHostNotFound)'),
    d('timeout', 'network', ['the operation has timed out'], 'System.Net.Mail.SmtpException: The operation has timed out. (net_timeout: SmtpClient.Timeout elapsed)'),
    symptom(d('unable-to-connect', 'network', ['unable to connect to the remote server'], 'System.Net.Mail.SmtpException: Failure sending mail. ---> System.Net.WebException: Unable to connect to the remote server ---> System.Net.Sockets.SocketException: …', { source: NET_WEBSTATUS })),
    // A non-ASCII local part and a server (or client setting) without SMTPUTF8.
    d('ascii-local-parts', 'message-format', ['only configured for e-mail addresses with ascii local-parts'], 'The client or server is only configured for E-mail addresses with ASCII local-parts: <address>. (SmtpNonAsciiUserNotSupported)'),
    // MailAddress parsing: the address is not one, so the message is never sent.
    d('address-format', 'message-format', ['not in the form required for an e-mail address'], 'System.FormatException: The specified string is not in the form required for an e-mail address. (MailAddressInvalidFormat)'),
    // SslStream (after STARTTLS, or on port 465): the handshake or the certificate check failed.
    d('remote-certificate-invalid', 'tls-required', ['remote certificate is invalid according to the validation procedure'], 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure: RemoteCertificateNameMismatch, RemoteCertificateChainErrors (net_ssl_io_cert_validation)', { source: NET_SECURITY }),
    d('remote-certificate-rejected', 'tls-required', ['remote certificate was rejected by'], 'The remote certificate was rejected by RemoteCertificateValidationCallback. (net_ssl_io_cert_custom_validation)', { source: NET_SECURITY }),
    d('auth-eof', 'tls-required', ['the remote party has closed the transport stream'], 'System.IO.IOException: Authentication failed because the remote party has closed the transport stream. (net_auth_eof: the server dropped the TLS handshake)', { source: NET_SECURITY }),
    d('tls-alert', 'tls-required', ['the remote party sent a tls alert'], "Authentication failed because the remote party sent a TLS alert: 'HandshakeFailure'. (net_auth_tls_alert)", { source: NET_SECURITY }),
    // TLS spoken to a plain-text port (or the reverse): the bytes read are no TLS record.
    d('unexpected-packet-format', 'tls-required', ['the handshake failed due to an unexpected packet format'], 'System.IO.IOException: The handshake failed due to an unexpected packet format. (net_ssl_io_frame)', { source: NET_SECURITY }),
    d('frame-size', 'tls-required', ['cannot determine the frame size or a corrupted frame was received'], 'Cannot determine the frame size or a corrupted frame was received. (net_frame_read_size)', { source: NET_SECURITY }),
    d('openssl-handshake', 'tls-required', ['ssl handshake failed with openssl error'], 'Interop+OpenSsl+SslException: SSL Handshake failed with OpenSSL error - SSL_ERROR_SSL. (net_ssl_handshake_failed_error, Linux)', { source: NET_SECURITY }),
  ],
};

// ── CDO (CDOSYS) ─────────────────────────────────────────────────────────────────────────────────────────────────────
// Windows' Collaboration Data Objects, what classic ASP, VBScript, PowerShell's COM use and older ERP systems send mail
// with: "CDO.Message.1 error '80040213'", or the SmtpSendFailed text with another CDO code as its transport error code.
const CDO_ERRORS = 'Windows SDK cdosysstr.h (MessageText of each CDO_E_* code); https://learn.microsoft.com/en-us/previous-versions/exchange-server/exchange-10/ms526287(v=exchg.10) (CDO for Windows 2000 error codes)';

const cdo: Maker = entries('cdo', CDO_ERRORS, programVariant);

const CDO: KnowledgeSource = {
  id: 'cdo',
  name: 'CDO for Windows (CDOSYS)',
  kind: 'client',
  reference: CDO_ERRORS,
  replies: [
    // CDO_E_LOGON_FAILURE: no logon to the outgoing server (wrong or missing credentials, or AUTH refused).
    cdo('logon-failure', 'auth-required', ['the transport was unable to log on to the server'], 'The transport was unable to log on to the server. (CDO_E_LOGON_FAILURE, 0x80040217)', { token: '0x80040217' }),
    // CDO_E_AUTHENTICATION_FAILURE: the server's reply to AUTH follows and may say more.
    symptom(cdo('authentication-failure', 'auth-required', ['rejected the logon attempt due to authentication failure'], 'The server rejected the logon attempt due to authentication failure. The server response was: <reply> (CDO_E_AUTHENTICATION_FAILURE, 0x80040215)', { token: '0x80040215' })),
    cdo('failed-to-connect', 'network', ['the transport failed to connect to the server'], 'The transport failed to connect to the server. (CDO_E_FAILED_TO_CONNECT, 0x80040213)', { token: '0x80040213' }),
    cdo('connection-dropped', 'network', ['the transport lost its connection to the server'], 'The transport lost its connection to the server. (CDO_E_CONNECTION_DROPPED, 0x80040212)', { token: '0x80040212' }),
    // CDO_E_SENDER_REJECTED: the refusal of MAIL FROM; the server's reply follows and may name another cause.
    symptom(cdo('sender-rejected', 'sender-rejected', ['the server rejected the sender address'], 'The server rejected the sender address. The server response was: <reply> (CDO_E_SENDER_REJECTED, 0x8004020E)')),
  ],
};

// ── MailKit ──────────────────────────────────────────────────────────────────────────────────────────────────────────
const MAILKIT_CLIENT = 'jstedfast/MailKit MailKit/Net/Smtp/SmtpClient.cs';
const MAILKIT_STREAM = 'jstedfast/MailKit MailKit/Net/Smtp/SmtpStream.cs (ReadAhead)';
const MAILKIT_SSL = 'jstedfast/MailKit MailKit/Security/SslHandshakeException.cs (Create)';
const MAILKIT_NOTAUTH = 'jstedfast/MailKit MailKit/Net/Smtp/SmtpServiceNotAuthenticatedException.cs';

const mk: Maker = entries('mailkit', MAILKIT_CLIENT, programVariant);

const MAILKIT: KnowledgeSource = {
  id: 'mailkit',
  name: 'MailKit (SmtpClient)',
  kind: 'client',
  reference: MAILKIT_CLIENT,
  replies: [
    // The connection is what failed, not why: a server's words quoted after it ("…: Authentication failed: Bad username /
    // password") say why.
    symptom(mk('unexpectedly-disconnected', 'network', ['the smtp server has unexpectedly disconnected'], 'MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.', { source: MAILKIT_STREAM })),
    // Authenticate() on a server whose EHLO reply offers no AUTH (often: AUTH is only offered after STARTTLS).
    mk('no-auth-support', 'auth-required', ['the smtp server does not support authentication'], 'System.NotSupportedException: The SMTP server does not support authentication.'),
    mk('no-compatible-mechanisms', 'auth-required', ['no compatible authentication mechanisms found'], 'System.NotSupportedException: No compatible authentication mechanisms found.'),
    // Authenticate(): every refused AUTH becomes "<code>: <server text>".
    symptom(mk('authentication-exception', 'auth-required', [], 'MailKit.Security.AuthenticationException: 535: 5.7.8 Username and Password not accepted', { token: 'MailKit.Security.AuthenticationException' })),
    // Thrown when the server answers a command with 530 (SmtpStatusCode.AuthenticationRequired); the reply text is the message.
    symptom(mk('service-not-authenticated', 'auth-required', [], 'MailKit.Net.Smtp.SmtpServiceNotAuthenticatedException: 5.7.0 Authentication Required (the server answered 530)', { token: 'SmtpServiceNotAuthenticatedException', source: MAILKIT_NOTAUTH })),
    mk('ssl-handshake', 'tls-required', ['error occurred while attempting to establish an ssl or tls connection'], 'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. This usually means that the SSL certificate presented by the server is not trusted by the system …', { source: MAILKIT_SSL }),
    mk('ssl-host-mismatch', 'tls-required', ["the host name did not match the name given in the server's ssl certificate"], "The host name did not match the name given in the server's SSL certificate.", { source: MAILKIT_SSL }),
    mk('ssl-not-validated', 'tls-required', ["the server's ssl certificate could not be validated"], "The server's SSL certificate could not be validated for the following reasons: • The server certificate has the following errors: …", { source: MAILKIT_SSL }),
  ],
};

// ── Go ───────────────────────────────────────────────────────────────────────────────────────────────────────────────
const GO_SMTP = 'golang/go src/net/smtp/smtp.go';
const GO_MAIL = 'golang/go src/net/mail/message.go (addrParser: parseAddress, consumeAddrSpec, consumeGroupList)';
const GO_AUTH = 'golang/go src/net/smtp/auth.go (plainAuth.Start)';
const GO_TLS_CONN = 'golang/go src/crypto/tls/conn.go (RecordHeaderError)';
const GO_TLS_ALERT = 'golang/go src/crypto/tls/alert.go (alert.String), conn.go (net.OpError{Op: "remote error"})';
const GOMAIL_CLIENT = 'wneessen/go-mail client.go';
const GOMAIL_AUTH = 'wneessen/go-mail auth.go';

const g: Maker = entries('go', GO_SMTP, programVariant);

const GO: KnowledgeSource = {
  id: 'go',
  name: 'Go: net/smtp, crypto/tls, wneessen/go-mail',
  kind: 'client',
  reference: GO_SMTP,
  replies: [
    // The EHLO reply offered no AUTH — often because STARTTLS came first on the server's side: at most medium, as Python's.
    hedged(g('no-auth-extension', 'auth-required', ["smtp: server doesn't support auth"], "smtp: server doesn't support AUTH (SendMail with an Auth, and the EHLO reply offers no AUTH)")),
    // PlainAuth refuses to send the password over a connection without TLS (unless the host is localhost).
    g('unencrypted-connection', 'tls-required', ['unencrypted connection'], 'unencrypted connection (smtp.PlainAuth: the server offered no STARTTLS, so the password is not sent)', { source: GO_AUTH }),
    // tls.Dial (port 465 settings) to a port that answers in plain text.
    g('tls-first-record', 'tls-required', ['first record does not look like a tls handshake'], 'tls: first record does not look like a TLS handshake', { source: GO_TLS_CONN }),
    g('tls-remote-alert', 'tls-required', ['remote error: tls:'], 'remote error: tls: handshake failure (also: protocol version not supported, bad certificate, unknown certificate authority …)', { source: GO_TLS_ALERT }),
    g('gomail-starttls-mandatory', 'tls-required', ['but target host does not support starttls'], 'STARTTLS mode set to: "TLSMandatory", but target host does not support STARTTLS', { source: GOMAIL_CLIENT }),
    g('gomail-auth-type', 'auth-required', ['server does not support smtp auth type'], 'server does not support SMTP AUTH type: PLAIN (also LOGIN, CRAM-MD5, XOAUTH2, SCRAM-SHA-1, SCRAM-SHA-256, NTLM …)', { source: GOMAIL_AUTH }),
    g('gomail-autodiscover', 'auth-required', ['not able to detect a supported authentication mechanism'], 'SMTP Auth autodiscover was not able to detect a supported authentication mechanism', { source: GOMAIL_AUTH }),
    g('gomail-8bitmime', 'message-format', ['but server does not support 8bitmime'], 'message is 8bit unencoded, but server does not support 8BITMIME', { source: GOMAIL_CLIENT }),
    // net/mail's address parser (ParseAddress, ParseAddressList, Header.AddressList): an address as written in a
    // header is no RFC 5322 address, so the message is refused before any server sees it. Which address the text does
    // not say (the sender's, a recipient's, an encoded display name): at most medium.
    hedged(g('mail-address-parse', 'message-format', ['mail: no angle-addr', 'mail: unclosed angle-addr', 'mail: missing @ in addr-spec', "mail: missing '@' or angle-addr", 'mail: no addr-spec', 'mail: expected comma', 'mail: expected single address', 'mail: misformatted parenthetical comment'],
      'mail: unclosed angle-addr (also: no angle-addr, missing @ in addr-spec, missing \'@\' or angle-addr, no addr-spec, expected comma, expected single address, misformatted parenthetical comment)', { source: GO_MAIL })),
  ],
};

// ── Rust: lettre, rustls ─────────────────────────────────────────────────────────────────────────────────────────────
const LETTRE_ERROR = 'lettre/lettre src/transport/smtp/error.rs (Display: "internal client error: …", "tls error: …")';
const LETTRE_CONN = 'lettre/lettre src/transport/smtp/client/connection.rs';
const LETTRE_ERROR_010 = 'lettre/lettre src/transport/smtp/error.rs (0.10: Error::Resolution)';
const RUSTLS = 'rustls/rustls rustls/src/error.rs (impl Display for Error)';

const r: Maker = entries('rust', LETTRE_CONN, programVariant);

const RUST: KnowledgeSource = {
  id: 'rust',
  name: 'Rust: lettre, rustls',
  kind: 'client',
  reference: LETTRE_ERROR,
  replies: [
    r('lettre-no-mechanism', 'auth-required', ['no compatible authentication mechanism was found'], 'internal client error: No compatible authentication mechanism was found (credentials given, and the EHLO reply offers none of the mechanisms lettre tries)'),
    r('lettre-no-starttls', 'tls-required', ['starttls is not supported on this server'], 'internal client error: STARTTLS is not supported on this server'),
    r('lettre-smtputf8', 'message-format', ['but server does not support smtputf8'], 'internal client error: Envelope contains non-ascii chars but server does not support SMTPUTF8'),
    r('lettre-8bitmime', 'message-format', ['message contains non-ascii chars but server does not support'], 'internal client error: Message contains non-ascii chars but server does not support 8BITMIME'),
    r('lettre-resolution', 'network', ['could not resolve hostname'], 'could not resolve hostname', { source: LETTRE_ERROR_010 }),
    r('rustls-invalid-certificate', 'tls-required', ['invalid peer certificate'], 'tls error: invalid peer certificate: UnknownIssuer (also NotValidForName, Expired, BadSignature …)', { source: RUSTLS }),
    r('rustls-fatal-alert', 'tls-required', ['received fatal alert: handshakefailure', 'received fatal alert: protocolversion'], 'received fatal alert: HandshakeFailure', { source: RUSTLS }),
    r('rustls-incompatible', 'tls-required', ['peer is incompatible'], 'peer is incompatible: Tls12NotOffered (no TLS version or cipher suite in common)', { source: RUSTLS }),
    // rustls reading a plain-text "220 …" greeting as TLS (TLS on a STARTTLS or plain port).
    r('rustls-corrupt-message', 'tls-required', ['received corrupt message'], 'received corrupt message (of type InvalidContentType)', { source: RUSTLS }),
    r('rustls-no-certificates', 'tls-required', ['peer sent no certificates'], 'peer sent no certificates', { source: RUSTLS }),
  ],
};

// ── libcurl ──────────────────────────────────────────────────────────────────────────────────────────────────────────
const CURL_STRERROR = 'curl/curl lib/strerror.c (curl_easy_strerror)';
const CURL_SMTP = 'curl/curl lib/smtp.c';

const c: Maker = entries('curl', CURL_STRERROR, programVariant);

const CURL: KnowledgeSource = {
  id: 'curl',
  name: 'libcurl (SMTP)',
  kind: 'client',
  reference: CURL_STRERROR,
  replies: [
    // SMTP AUTH refused ("Authentication failed: 535" in smtp.c).
    c('login-denied', 'auth-required', ['login denied'], 'curl: (67) Login denied (CURLE_LOGIN_DENIED)', { token: 'CURLE_LOGIN_DENIED' }),
    // A SASL mechanism's own step failed (a DIGEST-MD5 or NTLM challenge it could not answer, credentials it could not use).
    c('auth-error', 'auth-required', ['an authentication function returned an error'], 'curl: (94) An authentication function returned an error (CURLE_AUTH_ERROR)', { token: 'CURLE_AUTH_ERROR' }),
    // --ssl-reqd / CURLUSESSL_ALL and STARTTLS not offered or refused.
    c('use-ssl-failed', 'tls-required', ['requested ssl level failed'], 'curl: (64) Requested SSL level failed (CURLE_USE_SSL_FAILED)', { token: 'CURLE_USE_SSL_FAILED' }),
    c('starttls-denied', 'tls-required', ['starttls denied'], 'STARTTLS denied, code 454 (smtp_state_starttls_resp)', { source: CURL_SMTP }),
    c('ssl-connect-error', 'tls-required', ['ssl connect error'], 'curl: (35) SSL connect error (CURLE_SSL_CONNECT_ERROR)', { token: 'CURLE_SSL_CONNECT_ERROR' }),
    c('peer-failed-verification', 'tls-required', ['ssl peer certificate or ssh'], 'curl: (60) SSL peer certificate or SSH remote key was not OK (older: "SSL peer certificate or SSH md5 fingerprint was not OK"; CURLE_PEER_FAILED_VERIFICATION)', { token: 'CURLE_PEER_FAILED_VERIFICATION' }),
    c('cacert', 'tls-required', ['peer certificate cannot be authenticated with known ca certificates'], 'Peer certificate cannot be authenticated with known CA certificates (CURLE_SSL_CACERT, 60 before 7.62)'),
    c('couldnt-connect', 'network', ["couldn't connect to server"], "curl: (7) Couldn't connect to server (CURLE_COULDNT_CONNECT)", { token: 'CURLE_COULDNT_CONNECT' }),
    // The connection broke while the server's answer was awaited or the message was being sent (a reset, a close, a
    // TLS read that failed: "… [OpenSSL SSL_read: SSL_ERROR_SYSCALL, errno 104]").
    c('recv-error', 'network', ['failure when receiving data from the peer'], 'curl: (56) Failure when receiving data from the peer (CURLE_RECV_ERROR)', { token: 'CURLE_RECV_ERROR' }),
    c('send-error', 'network', ['failed sending data to the peer'], 'curl: (55) Failed sending data to the peer (CURLE_SEND_ERROR)', { token: 'CURLE_SEND_ERROR' }),
    // The server's certificate names another host than the one connected to (a mail host reached by an alias, an IP).
    c('hostname-mismatch', 'tls-required', ['no alternative certificate subject name matches target host name', 'does not match target host name'], "SSL: no alternative certificate subject name matches target host name 'smtp.example.com' (older: \"SSL: certificate subject name '…' does not match target host name '…'\")", { source: 'curl/curl lib/vtls/openssl.c (verifyhost)' }),
    // CURLE_SEND_ERROR with the refused RCPT's code; the verbose log or the code says why.
    hedged(symptom(c('rcpt-failed', 'recipient-unknown', ['rcpt failed'], 'curl: (55) RCPT failed: 550 (smtp_state_rcpt_resp; "RCPT failed: 550 (last error)" when every recipient was refused)', { source: CURL_SMTP }))),
  ],
};

export const CLIENT_COMPILED: readonly KnowledgeSource[] = [JAVA, DOTNET, CDO, MAILKIT, GO, RUST, CURL];
