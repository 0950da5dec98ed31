/**
 * What a sending program says when it could not reach a mail server at all: the operating system's network error
 * texts and the SMTP client libraries' own. People paste these as often as bounces (issue 12 item 4 names the
 * libraries' exceptions); the reply behind them is no SMTP reply but a failed connection or name lookup, which is
 * the `network` category ("DNS or connection failure reaching the recipient's server", taxonomy.md) — or, when the
 * name looked up is the recipient's domain and the resolver says it does not exist, `recipient-domain`.
 *
 * Every text is the program's own, from its source or its reference manual:
 * - glibc: gai_strerror (sysdeps/posix/gai_strerror-strs.h) and strerror (sysdeps/gnu/errlist.h) — what Linux programs
 *   print, and what Python ("[Errno -2] Name or service not known"), Ruby ("getaddrinfo: Name or service not known"),
 *   PHP and Perl quote from the C library; musl's gai_strerror (src/network/gai_strerror.c) for the same failures on
 *   Alpine Linux ("Name does not resolve", "Try again").
 * - Windows Sockets error codes (learn.microsoft.com): the texts .NET and every Windows program print.
 * - Node.js: the system error codes its errors carry ("connect ECONNREFUSED 192.0.2.1:25", "getaddrinfo ENOTFOUND
 *   host", "queryMx ENOTFOUND domain") and Nodemailer's own timeouts.
 * - Go's net package ("dial tcp …: i/o timeout", "lookup host: no such host").
 * - PHPMailer's and Jakarta Mail's connection failures.
 *
 * Texts that say only that the connection or lookup failed, with no word of why ("Connection closed"), are left out:
 * the words say nothing more than the code would.
 */
import { entries, hedged, programVariant, symptom } from './entry';
import type { KnowledgeSource } from './types';

const GAI = 'bminor/glibc sysdeps/posix/gai_strerror-strs.h';
const ERRLIST = 'bminor/glibc sysdeps/gnu/errlist.h';
const MUSL_GAI = 'bminor/musl src/network/gai_strerror.c';
const WINSOCK = 'https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2';
const NODE_ERRORS = 'https://nodejs.org/api/errors.html#common-system-errors';
const NODE_DNS = 'https://nodejs.org/api/dns.html#error-codes';
const NODEMAILER = 'nodemailer/nodemailer lib/smtp-connection/index.js';
const GO_NET = 'golang/go src/net/net.go';
const GO_POLL = 'golang/go src/internal/poll/fd.go';
const GO_X509 = 'golang/go src/crypto/x509/verify.go (UnknownAuthorityError, CertificateInvalidError, HostnameError)';
const PHPMAILER = 'PHPMailer/PHPMailer src/PHPMailer.php';
const JAKARTA = 'javaee/javamail mail/src/main/java/com/sun/mail/util/MailConnectException.java (JavaMail 1.5+, now Jakarta/Angus Mail)';
const PY_SMTPLIB = 'https://docs.python.org/3/library/smtplib.html#smtplib.SMTPServerDisconnected; python/cpython Lib/smtplib.py ("Connection unexpectedly closed")';
const RUBY_NET = 'https://docs.ruby-lang.org/en/master/Net/OpenTimeout.html, https://docs.ruby-lang.org/en/master/Net/ReadTimeout.html';
const JAVA_NET = 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/UnknownHostException.html, https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/net/ConnectException.html';
const CURL = 'https://curl.se/libcurl/c/libcurl-errors.html (CURLE_OPERATION_TIMEDOUT: "Timeout was reached")';
const RUBY_TIMEOUT = 'https://docs.ruby-lang.org/en/master/Timeout/Error.html (Timeout::Error, message "execution expired")';
const THUNDERBIRD = 'mozilla/releases-comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (send-error-smtp-*; older releases: composeMsgs.properties)';
const OUTLOOK_0CCC0F = 'https://learn.microsoft.com/en-us/troubleshoot/outlook/email/error-0x800ccc0f (Outlook and Outlook Express: "Your server has unexpectedly terminated the connection")';
const DOTNET = 'https://learn.microsoft.com/en-us/dotnet/api/system.net.webexceptionstatus (NameResolutionFailure: "The name resolver service could not resolve the host name"); dotnet/runtime System.Net.Mail Strings.resx (net_io_connectionclosed, net_io_readfailure, net_io_writefailure)';

const N8N_ERRORS = 'n8n-io/n8n packages/workflow/src/errors/abstract/node.error.ts (COMMON_ERRORS)';
const MAILKIT_SMTP = 'jstedfast/MailKit MailKit/Net/Smtp/SmtpClient.cs (ConnectAsync with SecureSocketOptions.StartTls)';
const PY_SMTPLIB_SRC = 'python/cpython Lib/smtplib.py (SMTP.starttls)';
const SWIFT_MAILBOX = 'swiftmailer/swiftmailer lib/classes/Swift/Mime/Headers/MailboxHeader.php (assertValidAddress)';
const SYMFONY_ADDRESS = 'symfony/mime Address.php (RfcComplianceException)';
const OPENSSL_SSL = 'openssl/openssl ssl/ssl_err.c (SSL_R_* reason strings, as "[SSL: WRONG_VERSION_NUMBER] wrong version number" in Python, PHP and Ruby)';
const OPENSSL_X509 = 'openssl/openssl crypto/x509/x509_txt.c (X509_verify_cert_error_string)';

// A program's own texts get CLIENT_NO_CONNECTION's texts for a connection failure; the operating system's bare error
// texts (glibc's, musl's, Windows Sockets') do not: mail servers quote them too, in bounces about the recipient's server.
const e = entries('client', NODE_ERRORS, programVariant);
const os = entries('client', NODE_ERRORS);

export const CLIENT_ERRORS: KnowledgeSource = {
  id: 'client',
  name: "Operating systems' and SMTP client libraries' network errors",
  kind: 'client',
  reference: NODE_ERRORS,
  replies: [
    // ── The C library (Linux; quoted by Python, Ruby, PHP, Perl) ─────────────────────────────────────────────────────
    os('eai-noname', 'network', ['name or service not known'], 'Name or service not known (EAI_NONAME)', { source: GAI }),
    os('eai-again', 'network', ['temporary failure in name resolution'], 'Temporary failure in name resolution (EAI_AGAIN)', { source: GAI }),
    os('eai-nodata', 'network', ['no address associated with hostname'], 'No address associated with hostname (EAI_NODATA)', { source: GAI }),
    os('eai-fail', 'network', ['non-recoverable failure in name resolution'], 'Non-recoverable failure in name resolution (EAI_FAIL)', { source: GAI }),
    // musl, the C library of Alpine Linux and of most small Docker images, words the same two failures its own way.
    os('musl-eai-noname', 'network', ['name does not resolve'], 'Name does not resolve (EAI_NONAME, musl: "[Errno -2] Name does not resolve" in Python, "getaddrinfo: Name does not resolve" in Ruby)', { source: MUSL_GAI }),
    os('musl-eai-again', 'network', ['errno -3] try again', 'getaddrinfo: try again'], 'Try again (EAI_AGAIN, musl: "[Errno -3] Try again" in Python, "getaddrinfo: Try again" in Ruby)', { source: MUSL_GAI }),
    os('ehostunreach', 'network', ['no route to host'], 'No route to host (EHOSTUNREACH)', { source: ERRLIST }),
    os('enetunreach', 'network', ['network is unreachable'], 'Network is unreachable (ENETUNREACH)', { source: ERRLIST }),
    // No local address to connect from (an IPv6 address inside a container that has no IPv6, an exhausted port range):
    // the connection was never made. Python prints it "[Errno 99] Cannot assign requested address".
    os('eaddrnotavail-libc', 'network', ['cannot assign requested address'], 'Cannot assign requested address (EADDRNOTAVAIL)', { source: ERRLIST }),
    // A socket of an address family the host cannot open (IPv6 where the kernel or the container has none): Python
    // prints it "[Errno 97] Address family not supported by protocol".
    os('eafnosupport', 'network', ['address family not supported by protocol'], 'Address family not supported by protocol (EAFNOSUPPORT)', { source: ERRLIST }),
    // ── Windows Sockets (and .NET's SocketException, which prints them) ───────────────────────────────────────────────
    os('wsaeconnrefused', 'network', ['target machine actively refused', 'target computer actively refused'],
      'No connection could be made because the target machine actively refused it. (WSAECONNREFUSED 10061)', { source: WINSOCK }),
    os('wsaetimedout', 'network', ['connected party did not properly respond', 'connected host has failed to respond'],
      'A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond. (WSAETIMEDOUT 10060)', { source: WINSOCK }),
    os('wsahost-not-found', 'network', ['no such host is known'], 'No such host is known. (WSAHOST_NOT_FOUND 11001)', { source: WINSOCK }),
    // ── Node.js system errors (net, dns) and Nodemailer ──────────────────────────────────────────────────────────────
    e('econnrefused', 'network', [], 'connect ECONNREFUSED 192.0.2.1:25 (ECONNREFUSED: no connection could be made because the target machine actively refused it)', { token: 'ECONNREFUSED' }),
    e('etimedout', 'network', [], 'connect ETIMEDOUT 192.0.2.1:25 (ETIMEDOUT: a connect or send request failed because the connected party did not properly respond after a period of time)', { token: 'ETIMEDOUT' }),
    e('ehostunreach-node', 'network', [], 'connect EHOSTUNREACH 192.0.2.1:25', { token: 'EHOSTUNREACH' }),
    e('econnreset', 'network', [], 'read ECONNRESET (ECONNRESET: a connection was forcibly closed by a peer)', { token: 'ECONNRESET' }),
    e('enetunreach-node', 'network', [], 'connect ENETUNREACH 192.0.2.1:25 (the network is unreachable)', { token: 'ENETUNREACH' }),
    e('eaddrnotavail', 'network', [], 'connect EADDRNOTAVAIL 192.0.2.1:25 (the local address is not available)', { token: 'EADDRNOTAVAIL' }),
    e('erefused-dns', 'network', [], 'queryA EREFUSED smtp.example.com (EREFUSED: the DNS server refused the query)', { token: 'EREFUSED', source: NODE_DNS }),
    e('eai-again-node', 'network', [], 'getaddrinfo EAI_AGAIN smtp.example.com (a temporary DNS lookup failure)', { token: 'EAI_AGAIN', source: NODE_DNS }),
    // Node's resolver codes for a lookup that could not be answered (dns error codes: BADNAME "Misformatted hostname",
    // SERVFAIL "DNS server returned general failure", TIMEOUT "Timeout while contacting DNS servers"): the host name
    // set, or the resolver, not the mail server.
    e('ebadname-node', 'network', [], 'queryA EBADNAME "smtp.example.com" (dns.BADNAME: Misformatted hostname — often quotes or spaces kept in the host setting)', { token: 'EBADNAME', source: NODE_DNS }),
    // Whose resolver failed these do not say: a receiving server written in Node quotes its own ("550 queryTxt
    // ESERVFAIL" when its lookup of a TXT record failed) — at most medium.
    hedged(e('eservfail-node', 'network', [], 'queryA ESERVFAIL smtp.example.com (dns.SERVFAIL: DNS server returned general failure)', { token: 'ESERVFAIL', source: NODE_DNS })),
    hedged(e('etimeout-dns-node', 'network', [], 'queryA ETIMEOUT smtp.example.com (dns.TIMEOUT: Timeout while contacting DNS servers)', { token: 'ETIMEOUT', source: NODE_DNS })),
    e('getaddrinfo-enotfound', 'network', ['getaddrinfo enotfound'], 'getaddrinfo ENOTFOUND smtp.example.com (ENOTFOUND: a DNS lookup failure, the host name was not found)', { source: NODE_DNS }),
    // queryMx is the lookup of the recipient domain's mail servers; ENOTFOUND is "Domain name not found" (dns error codes).
    e('querymx-enotfound', 'recipient-domain', ['querymx enotfound'], 'queryMx ENOTFOUND example.com (dns.NOTFOUND: Domain name not found)', { source: NODE_DNS }),
    // A host's address looked up with the resolver's own queries (dns.resolve4 / resolve6, as Nodemailer resolves the SMTP
    // host it was given): "queryA ENOTFOUND smtp.example.com", "queryAaaa ENODATA …" — the name has no such record.
    e('querya-enotfound', 'network', ['querya enotfound', 'queryaaaa enotfound', 'querya enodata', 'queryaaaa enodata'],
      'queryA ENOTFOUND smtp.example.com (dns.resolve4 / resolve6: ENOTFOUND, no such name; ENODATA, the name has no address record)', { source: NODE_DNS }),
    e('nodemailer-greeting', 'network', ['greeting never received'], 'Greeting never received (ETIMEDOUT: the server accepted the connection but sent no SMTP greeting)', { source: NODEMAILER }),
    // ── Go's net package ─────────────────────────────────────────────────────────────────────────────────────────────
    e('go-io-timeout', 'network', ['i/o timeout'], 'dial tcp 192.0.2.1:25: i/o timeout', { source: GO_POLL }),
    // A Go program's deadline for the whole attempt (dial, conversation) ran out: context.DeadlineExceeded, a timeout.
    e('go-context-deadline', 'network', ['context deadline exceeded'], 'context deadline exceeded (context.DeadlineExceeded: the operation\'s deadline passed; Timeout() is true)', { source: 'golang/go src/context/context.go (deadlineExceededError)' }),
    e('go-no-such-host', 'network', [': no such host'], 'dial tcp: lookup smtp.example.com: no such host', { source: GO_NET }),
    // net.ErrClosed: the connection was closed under the client (by the peer or a timeout) while it still used it.
    e('go-closed-connection', 'network', ['use of closed network connection'], 'read tcp 192.0.2.2:54120->192.0.2.1:25: use of closed network connection', { source: GO_NET }),
    // crypto/x509's verification errors, as Go programs print a server certificate they would not trust.
    e('go-x509-unknown-authority', 'tls-required', ['x509: certificate signed by unknown authority'], 'x509: certificate signed by unknown authority', { source: GO_X509 }),
    e('go-x509-expired', 'tls-required', ['x509: certificate has expired or is not yet valid'], 'x509: certificate has expired or is not yet valid: current time … is after …', { source: GO_X509 }),
    e('go-x509-hostname', 'tls-required', ['x509: certificate is valid for', 'x509: certificate is not valid for any names'], 'x509: certificate is valid for mail.example.com, not smtp.example.com / x509: certificate is not valid for any names, but wanted to match smtp.example.com', { source: GO_X509 }),
    e('go-x509-legacy-cn', 'tls-required', ['x509: certificate relies on legacy common name field'], 'x509: certificate relies on legacy Common Name field, use SANs instead', { source: GO_X509 }),
    // ── PHPMailer and Jakarta Mail ───────────────────────────────────────────────────────────────────────────────────
    e('phpmailer-connect', 'network', ['smtp error: could not connect to smtp host'], 'SMTP Error: Could not connect to SMTP host.', { source: PHPMAILER }),
    // PHPMailer's last word whenever smtpConnect() gave up, a refused login included (smtp_connect_failed, thrown by
    // send() after any failure there): with nothing else said the connection, and the server's reply above it decides.
    symptom(e('phpmailer-connect-failed', 'network', ['smtp connect() failed'], 'SMTP connect() failed.', { source: `${PHPMAILER} (send: smtp_connect_failed)` })),
    e('jakarta-connect', 'network', ["couldn't connect to host, port"], "Couldn't connect to host, port: smtp.example.com, 25; timeout -1", { source: JAKARTA }),
    // OpenSSL's reasons for a TLS handshake that failed, as every program built on it prints them: a client that spoke
    // TLS to a plain port or the other way round (the SMTPS port 465 and STARTTLS on 587 confused), no protocol
    // version both sides accept, a server's weak key or legacy renegotiation refused by a current OpenSSL.
    e('openssl-wrong-version', 'tls-required', ['wrong version number'], '[SSL: WRONG_VERSION_NUMBER] wrong version number (SSL_R_WRONG_VERSION_NUMBER)', { source: OPENSSL_SSL, token: 'WRONG_VERSION_NUMBER' }),
    e('openssl-protocol-version', 'tls-required', ['tlsv1 alert protocol version', 'unsupported protocol', 'no protocols available'], '[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version / unsupported protocol / no protocols available', { source: OPENSSL_SSL, token: 'TLSV1_ALERT_PROTOCOL_VERSION' }),
    e('openssl-handshake-failure', 'tls-required', ['sslv3 alert handshake failure'], '[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure', { source: OPENSSL_SSL, token: 'SSLV3_ALERT_HANDSHAKE_FAILURE' }),
    e('openssl-dh-key', 'tls-required', ['dh key too small'], '[SSL: DH_KEY_TOO_SMALL] dh key too small', { source: OPENSSL_SSL, token: 'DH_KEY_TOO_SMALL' }),
    e('openssl-legacy-renegotiation', 'tls-required', ['unsafe legacy renegotiation disabled'], '[SSL: UNSAFE_LEGACY_RENEGOTIATION_DISABLED] unsafe legacy renegotiation disabled', { source: OPENSSL_SSL, token: 'UNSAFE_LEGACY_RENEGOTIATION_DISABLED' }),
    e('openssl-unexpected-eof', 'tls-required', [], '[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (the server closed the connection during the TLS handshake)', { source: OPENSSL_SSL, token: 'UNEXPECTED_EOF_WHILE_READING' }),
    // …and its reasons for not trusting the server's certificate (the verify error strings).
    e('openssl-local-issuer', 'tls-required', ['unable to get local issuer certificate'], 'certificate verify failed: unable to get local issuer certificate (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)', { source: OPENSSL_X509 }),
    e('openssl-self-signed', 'tls-required', ['self-signed certificate in certificate chain', 'self signed certificate in certificate chain'], 'certificate verify failed: self-signed certificate in certificate chain (X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN)', { source: OPENSSL_X509 }),
    e('openssl-expired', 'tls-required', ['certificate verify failed: certificate has expired'], 'certificate verify failed: certificate has expired (X509_V_ERR_CERT_HAS_EXPIRED)', { source: OPENSSL_X509 }),
    e('openssl-hostname', 'tls-required', ['hostname mismatch'], "certificate verify failed: Hostname mismatch, certificate is not valid for 'smtp.example.com' (X509_V_ERR_HOSTNAME_MISMATCH)", { source: OPENSSL_X509 }),
    // ── HTTP, as a sending service's API (or the proxy in front of it) answers a request too large to take ────────────
    // RFC 9110 §15.5.14 413 Content Too Large, called "Payload Too Large" in RFC 7231 §6.5.11 and "Request Entity Too
    // Large" in RFC 2616 §10.4.14: the message posted (with its attachments) is over the service's size limit.
    e('http-413', 'message-size', ['413 request entity too large', '413 payload too large', '413 content too large'], '413 Request Entity Too Large (HTTP; "Payload Too Large", "Content Too Large")', { source: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' }),
    // n8n's own words for Node's system errors, which replace the error its Send Email node got (COMMON_ERRORS).
    e('n8n-econnrefused', 'network', ['the service refused the connection'], 'The service refused the connection - perhaps it is offline (ECONNREFUSED)', { source: N8N_ERRORS }),
    e('n8n-econnreset', 'network', ['the connection to the server was closed unexpectedly, perhaps it is offline'], 'The connection to the server was closed unexpectedly, perhaps it is offline. (ECONNRESET)', { source: N8N_ERRORS }),
    e('n8n-enotfound', 'network', ['this usually occurs due to an incorrect host'], 'The connection cannot be established, this usually occurs due to an incorrect host (domain) value (ENOTFOUND)', { source: N8N_ERRORS }),
    e('n8n-etimedout', 'network', ["consider setting the 'retry on fail' option"], "The connection timed out, consider setting the 'Retry on Fail' option in the node settings (ETIMEDOUT)", { source: N8N_ERRORS }),
    e('n8n-unreachable', 'network', ['the host is unreachable, perhaps the server is offline', 'the connection was aborted, perhaps the server is offline', 'the dns server returned an error, perhaps the server is offline'], 'The host is unreachable / The connection was aborted / The DNS server returned an error, perhaps the server is offline (EHOSTUNREACH, ECONNABORTED, EAI_AGAIN)', { source: N8N_ERRORS }),
    // A client told to upgrade with STARTTLS, and a server that does not offer it (RFC 3207): the libraries refuse to
    // go on in clear text.
    // PHP's TLS layer (what PHPMailer, Swift Mailer and Symfony Mailer run on): the handshake or a read on the TLS
    // connection failed, OpenSSL's own reason following ("certificate verify failed", "wrong version number").
    e('php-ssl-operation-failed', 'tls-required', ['ssl operation failed'], 'stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:1416F086:SSL routines:tls_process_server_certificate:certificate verify failed', { source: 'php/php-src ext/openssl/xp_ssl.c (php_openssl_handle_ssl_error: "SSL operation failed with code %d. %s%s")' }),
    e('mailkit-no-starttls', 'tls-required', ['the smtp server does not support the starttls extension'], 'NotSupportedException: The SMTP server does not support the STARTTLS extension.', { source: MAILKIT_SMTP }),
    e('python-no-starttls', 'tls-required', ['starttls extension not supported by server'], 'smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.', { source: PY_SMTPLIB_SRC }),
    // An address the library would not put in a header: the message was never built, so never sent.
    e('swift-rfc-compliance', 'message-format', ['does not comply with rfc 2822'], 'Swift_RfcComplianceException: Address in mailbox given [<address>] does not comply with RFC 2822, 3.6.2.', { source: SWIFT_MAILBOX, token: 'Swift_RfcComplianceException' }),
    e('symfony-rfc-compliance', 'message-format', ['does not comply with addr-spec of rfc 2822'], 'Symfony\\Component\\Mime\\Exception\\RfcComplianceException: Email "<address>" does not comply with addr-spec of RFC 2822.', { source: SYMFONY_ADDRESS }),
    // The libraries' own exceptions for a server that went away, could not be reached in time, or whose name did not resolve.
    // Python's docs: raised "when the server unexpectedly disconnects, or when an attempt is made to use the SMTP instance
    // before connecting it": what happened, not why (a TLS mode that does not match the port, a refused login the
    // server answered by hanging up, a blocked client): at most medium.
    hedged(e('python-disconnected', 'network', ['connection unexpectedly closed'], 'smtplib.SMTPServerDisconnected: Connection unexpectedly closed', { source: PY_SMTPLIB, token: 'SMTPServerDisconnected' })),
    e('ruby-open-timeout', 'network', [], 'Net::OpenTimeout: execution expired (no connection within open_timeout)', { source: RUBY_NET, token: 'Net::OpenTimeout' }),
    e('ruby-read-timeout', 'network', [], 'Net::ReadTimeout (no answer within read_timeout)', { source: RUBY_NET, token: 'Net::ReadTimeout' }),
    e('java-unknown-host', 'network', [], 'java.net.UnknownHostException: smtp.example.com (the IP address of a host could not be determined)', { source: JAVA_NET, token: 'UnknownHostException' }),
    e('java-connect', 'network', [], 'java.net.ConnectException: Connection refused (an error while connecting a socket to a remote address and port)', { source: JAVA_NET, token: 'java.net.ConnectException' }),
    e('dotnet-name-resolution', 'network', ['remote name could not be resolved'], "The remote name could not be resolved: 'smtp.example.com'", { source: DOTNET }),
    e('dotnet-connection-closed', 'network', [], 'Unable to read data from the transport connection: net_io_connectionclosed.', { source: DOTNET, token: 'net_io_connectionclosed' }),
    // The same with its resource text resolved (.NET Core: net_io_readfailure / net_io_writefailure "Unable to read data
    // from / write data to the transport connection: {0}.", where {0} is the socket's own error).
    e('dotnet-transport-connection', 'network', ['unable to read data from the transport connection', 'unable to write data to the transport connection'], 'Unable to read data from the transport connection: The connection was closed.', { source: DOTNET }),
    e('curl-timeout', 'network', ['timeout was reached'], 'Timeout was reached (CURLE_OPERATION_TIMEDOUT 28: the operation timed out)', { source: CURL }),
    e('ruby-timeout', 'network', ['timeout::error (execution expired)'], 'Timeout::Error (execution expired): a connection or read that did not finish in time', { source: RUBY_TIMEOUT, token: 'Timeout::Error' }),
    // Thunderbird's sending errors, which name the outgoing server between their words.
    e('thunderbird-refused', 'network', ['is refusing smtp connections'], 'The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed. The server may be unavailable or is refusing SMTP connections.', { source: THUNDERBIRD }),
    e('thunderbird-interrupted', 'network', ['lost in the middle of the transaction'], 'The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com was lost in the middle of the transaction. Try again.', { source: THUNDERBIRD }),
    e('thunderbird-timeout', 'network', ['could not be sent because the connection to'], 'The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com timed out. Try again.', { source: THUNDERBIRD }),
    // The server refused the MAIL FROM command (smtp-error-sending-from-command): the sender's address, whose fault its
    // quoted reply says.
    symptom(e('thunderbird-from-command', 'sender-rejected', ['verify that your email address is correct in your'], 'An error occurred while sending mail. The mail server responded: <reply>. Please verify that your email address is correct in your account settings and try again. (older releases: "in your Mail preferences")', { source: THUNDERBIRD })),
    e('thunderbird-unknown-server', 'network', ['the server may be incorrectly configured', 'the server may be misconfigured'], 'An error occurred while sending mail: Outgoing server (SMTP) smtp.example.com is unknown. The server may be incorrectly configured.', { source: THUNDERBIRD }),
    // The dialog names several causes itself (server problems, network problems, inactivity), and Microsoft's article
    // adds the client's own settings and a scanning antivirus: the connection, said with medium confidence at most.
    hedged(e('outlook-0x800ccc0f', 'network', ['unexpectedly terminated the connection'], 'Your server has unexpectedly terminated the connection. Possible causes for this include server problems, network problems, or a long period of inactivity. (0x800CCC0F)', { source: OUTLOOK_0CCC0F, token: '0x800CCC0F' })),
    e('curl-resolve', 'network', ["couldn't resolve host name"], "Couldn't resolve host name (CURLE_COULDNT_RESOLVE_HOST 6)", { source: CURL }),
    os('epipe', 'network', ['broken pipe'], 'Broken pipe (EPIPE: the other end of the connection closed it)', { source: ERRLIST }),
  ],
};
