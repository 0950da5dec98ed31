/**
 * The SMTP client code of scripting languages: the messages their mail libraries print (or raise) when sending failed,
 * as users paste them from a traceback, a log or a web form. Every text is the library's own, read in its source:
 * - Python: cpython Lib/smtplib.py (login, starttls), the ssl module's SSLCertVerificationError (Modules/_ssl.c) and
 *   the built-in OS exceptions of a refused or reset connection; aiosmtplib (src/aiosmtplib/smtp.py, protocol.py).
 * - Ruby: ruby/net-smtp lib/net/smtp.rb (the errors Rails' ActionMailer and the mail gem surface), and ruby/openssl's
 *   SSLError text for a failed handshake (ext/openssl/ossl_ssl.c).
 * - PHP: PHPMailer's English strings (src/PHPMailer.php setLanguage, which the language/ files translate; the
 *   translations are in ./localized-clients.ts) and the errors of src/SMTP.php; Symfony Mailer (Transport/Smtp/*);
 *   Swift Mailer; Laminas Mail (src/Protocol/*); CodeIgniter's email language file; and PHP's own stream warnings
 *   that those libraries quote (main/network.c, ext/openssl/xp_ssl.c).
 * - Perl: Net::SMTP (libnet), git send-email (git-send-email.perl), Email::Sender::Transport::SMTP.
 * - Erlang and Elixir: gen_smtp's client (src/gen_smtp_client.erl), the failures it returns without a server reply.
 *
 * A message that says only which step failed and quotes the server's reply after it (PHPMailer's "The following From
 * address failed: …", Email::Sender's "… failed after MAIL FROM:", Ruby's Net::SMTPAuthenticationError for any 53x
 * reply) is a symptom: the quoted reply decides when it names a cause.
 *
 * Searched and left out (nothing citable of their own, or nothing that names a cause):
 * - Django's smtp backend (django/core/mail/backends/smtp.py) re-raises smtplib's exceptions; its only own message is
 *   a local settings check. The mail gem's SMTP delivery method raises only local ArgumentErrors (no author, no
 *   recipient) and hands the rest to Net::SMTP; ActionMailer was not looked up beyond the mail gem it delivers through.
 * - smtplib's SMTPSenderRefused, SMTPRecipientsRefused, SMTPDataError, SMTPHeloError, SMTPConnectError print only the
 *   class name and the server's reply; PHPMailer's "SMTP Error: The following recipients failed" and "data not
 *   accepted", Email::Sender's "all recipients were rejected during RCPT" and "error at DATA start", Net::SMTP's
 *   SMTPServerBusy/SMTPSyntaxError/SMTPFatalError (raised by the reply's class: 4xx, 50x, 5xx) say which step failed, never why (the reply they quote decides). PHPMailer's
 *   "Could not connect to SMTP host" and "SMTP connect() failed" are in ./client-errors.ts, as are smtplib's
 *   "STARTTLS extension not supported by server" and "Connection unexpectedly closed".
 * - Timeouts whose only fixed words are "timed out" around a host placeholder (Symfony 'Connection to "<host>" timed
 *   out.', Swift 'Connection to <host> Timed Out', Laminas '<host> has timed out'): no phrase without a placeholder;
 *   the general rule's pattern for a connection that timed out (rules/transport.ts) reads them, host name and all.
 * - Local mistakes that never reach a server (missing MIME::Base64/Authen::SASL for Net::SMTP auth, "please run
 *   connect() first", mutually exclusive TLS settings), and "SMTPUTF8 not supported" (no category fits it cleanly).
 */
import { entries, hedged, symptom, programVariant } from './entry';
import type { KnowledgeSource } from './types';

// ── Python ───────────────────────────────────────────────────────────────────────────────────────────────────────────
const SMTPLIB = 'python/cpython Lib/smtplib.py';
const PY_SSL = 'python/cpython Modules/_ssl.c (PySSL_SetError: SSL_R_CERTIFICATE_VERIFY_FAILED raises ssl.SSLCertVerificationError; gh-107077)';
const PY_EXC = 'https://docs.python.org/3/library/exceptions.html#os-exceptions';
const AIO_SMTP = 'cole/aiosmtplib src/aiosmtplib/smtp.py';
const AIO_PROTO = 'cole/aiosmtplib src/aiosmtplib/protocol.py';

const TWISTED_SMTP = 'twisted/twisted src/twisted/mail/smtp.py';

const py = entries('python-smtplib', SMTPLIB, programVariant);
const tw = entries('python-twisted-mail', TWISTED_SMTP, programVariant);
const aio = entries('python-aiosmtplib', AIO_SMTP, programVariant);

// ── Ruby ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
const NET_SMTP_RB = 'ruby/net-smtp lib/net/smtp.rb';
const RUBY_OSSL = 'ruby/openssl ext/openssl/ossl_ssl.c ("%s%s returned=%d errno=%d peeraddr=%s state=%s", funcname SSL_connect)';

const rb = entries('ruby-net-smtp', NET_SMTP_RB, programVariant);

// ── PHP ──────────────────────────────────────────────────────────────────────────────────────────────────────────────
const PHPMAILER_LANG = 'PHPMailer/PHPMailer src/PHPMailer.php (setLanguage: $PHPMAILER_LANG)';
const PHPMAILER_SMTP = 'PHPMailer/PHPMailer src/SMTP.php';
const SYMFONY_ESMTP = 'symfony/mailer Transport/Smtp/EsmtpTransport.php';
const SYMFONY_SOCKET = 'symfony/mailer Transport/Smtp/Stream/SocketStream.php';
const SYMFONY_STREAM = 'symfony/mailer Transport/Smtp/Stream/AbstractStream.php';
const SWIFT_BUFFER = 'swiftmailer/swiftmailer lib/classes/Swift/Transport/StreamBuffer.php';
const SWIFT_ESMTP = 'swiftmailer/swiftmailer lib/classes/Swift/Transport/EsmtpTransport.php';
const SWIFT_AUTH = 'swiftmailer/swiftmailer lib/classes/Swift/Transport/Esmtp/AuthHandler.php';
const SWIFT_ASSERT = 'swiftmailer/swiftmailer lib/classes/Swift/Transport/AbstractSmtpTransport.php (assertResponseCode)';
const SYMFONY_ASSERT = 'symfony/mailer Transport/Smtp/SmtpTransport.php (assertResponseCode)';
const LAMINAS_SMTP = 'laminas/laminas-mail src/Protocol/Smtp.php';
const LAMINAS_ABSTRACT = 'laminas/laminas-mail src/Protocol/AbstractProtocol.php';
const LAMINAS_TRAIT = 'laminas/laminas-mail src/Protocol/ProtocolTrait.php (setSocket)';
const LAMINAS_HTTP = 'laminas/laminas-http src/Client.php (send; Zend Framework 1\'s Zend_Http_Client::request says the same)';
const CODEIGNITER = 'bcit-ci/CodeIgniter system/language/english/email_lang.php';
const PHP_NETWORK = 'php/php-src main/network.c (php_network_getaddresses)';
const PHP_XPORT = 'php/php-src ext/standard/tests/network (expected warning: "stream_socket_client(): Unable to connect to tcp://<host>:80 (php_network_getaddresses: …)")';
const PHP_XP_SSL = 'php/php-src ext/openssl/xp_ssl.c (php_openssl_matches_common_name)';

const pm = entries('phpmailer', PHPMAILER_SMTP, programVariant);
const sf = entries('php-symfony-mailer', SYMFONY_ESMTP, programVariant);
const sw = entries('php-swiftmailer', SWIFT_BUFFER, programVariant);
const lm = entries('php-laminas-mail', LAMINAS_SMTP, programVariant);
const ci = entries('php-codeigniter', CODEIGNITER, programVariant);
const phpcore = entries('php-streams', PHP_NETWORK, programVariant);

// ── Perl ─────────────────────────────────────────────────────────────────────────────────────────────────────────────
const LIBNET = 'steve-m-hay/perl-libnet lib/Net/SMTP.pm';
const GIT_SEND_EMAIL = 'git/git git-send-email.perl (send_message)';
const EMAIL_SENDER = 'rjbs/Email-Sender lib/Email/Sender/Transport/SMTP.pm';

const gse = entries('perl-git-send-email', GIT_SEND_EMAIL, programVariant);
const nsm = entries('perl-net-smtp', LIBNET, programVariant);
const es = entries('perl-email-sender', EMAIL_SENDER, programVariant);
const GEN_SMTP = 'gen-smtp/gen_smtp src/gen_smtp_client.erl (try_AUTH: throw({permanent_failure, auth_failed}); open_smtp_session: {network_failure, Host, {error, Reason}})';
const gen = entries('erlang-gen-smtp', GEN_SMTP, programVariant);
const MUA = 'ruslandoga/mua lib/mua/transport_error.ex (Mua.TransportError: its reasons)';

export const CLIENT_SCRIPTING: readonly KnowledgeSource[] = [
  {
    id: 'python-smtplib',
    name: "Python's smtplib (and the ssl and socket errors it raises)",
    kind: 'client',
    reference: SMTPLIB,
    replies: [
      // login(): the server's EHLO offered no AUTH. A server offers no plaintext password mechanism before the session
      // is protected (RFC 4954 §4: it "MUST implement a configuration in which it does NOT permit any plaintext password
      // mechanisms, unless … the STARTTLS command has been negotiated"), so the usual cause is a login without STARTTLS
      // first — aiosmtplib's own message says so ("Try connecting via TLS (or STARTTLS)"). smtplib never starts TLS by
      // itself (unlike Go's SendMail or MailKit, which upgrade whenever STARTTLS is offered: for them a missing AUTH is
      // the login's). On port 25 a server may offer no AUTH at all: at most medium.
      hedged(py('no-auth-extension', 'tls-required', ['smtp auth extension not supported'],
        'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', { source: `${SMTPLIB} (SMTP.login)` })),
      py('no-suitable-auth', 'auth-required', ['no suitable authentication method found'],
        'smtplib.SMTPException: No suitable authentication method found.', { source: `${SMTPLIB} (SMTP.login)` }),
      // Raised by login() only, with the server's last reply to AUTH: "Most probably the server didn't accept the
      // username/password combination provided." (aiosmtplib raises a class of the same name for the same reason).
      // The token stands for "login refused" only with Python's class; Ruby's Net::SMTPAuthenticationError (same name)
      // is raised for any 53x, so the server's reply quoted with it decides when it names a cause.
      symptom(py('authentication-error', 'auth-required', [],
        "smtplib.SMTPAuthenticationError: (<code>, b'<server reply>') (most probably the server didn't accept the username/password combination provided)",
        { token: 'SMTPAuthenticationError', source: `${SMTPLIB} (class SMTPAuthenticationError, SMTP.login)` })),
      py('ssl-cert-verification', 'tls-required', [],
        'ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate',
        { token: 'SSLCertVerificationError', source: PY_SSL }),
      py('connection-refused', 'network', [],
        'ConnectionRefusedError: [Errno 111] Connection refused (raised when a connection attempt is refused by the peer, ECONNREFUSED)',
        { token: 'ConnectionRefusedError', source: PY_EXC }),
      py('connection-reset', 'network', [],
        'ConnectionResetError: [Errno 104] Connection reset by peer (raised when a connection is reset by the peer, ECONNRESET)',
        { token: 'ConnectionResetError', source: PY_EXC }),
    ],
  },
  {
    id: 'python-aiosmtplib',
    name: 'aiosmtplib (asyncio SMTP client for Python)',
    kind: 'client',
    reference: AIO_SMTP,
    replies: [
      aio('connect-timeout', 'network', ['timed out connecting to'],
        'aiosmtplib.errors.SMTPConnectTimeoutError: Timed out connecting to smtp.example.com on port 587', { source: `${AIO_SMTP} (SMTP._create_connection)` }),
      // The OSError quoted after it may be a TLS failure on an implicit-TLS port: then that names the cause.
      symptom(aio('connect-error', 'network', ['error connecting to'],
        'aiosmtplib.errors.SMTPConnectError: Error connecting to smtp.example.com on port 465: [Errno 111] Connection refused', { source: `${AIO_SMTP} (SMTP._create_connection)` })),
      aio('greeting-timeout', 'network', ['waiting for server ready message'],
        'aiosmtplib.errors.SMTPConnectTimeoutError: Timed out waiting for server ready message', { source: `${AIO_SMTP} (SMTP._create_connection)` }),
      aio('response-timeout', 'network', ['timed out waiting for server response'],
        'aiosmtplib.errors.SMTPReadTimeoutError: Timed out waiting for server response', { source: `${AIO_PROTO} (SMTPProtocol.read_response)` }),
      aio('unexpected-eof', 'network', ['unexpected eof received'],
        'aiosmtplib.errors.SMTPServerDisconnected: Unexpected EOF received', { source: `${AIO_PROTO} (SMTPProtocol.eof_received)` }),
      aio('no-starttls', 'tls-required', ['smtp starttls extension not supported'],
        'aiosmtplib.errors.SMTPException: SMTP STARTTLS extension not supported by server.', { source: `${AIO_SMTP} (SMTP.starttls)` }),
      aio('tls-upgrade-failed', 'tls-required', ['while upgrading transport'],
        'Timed out while upgrading transport / Connection aborted while upgrading transport / Connection reset while upgrading transport (the STARTTLS handshake did not complete)',
        { source: `${AIO_PROTO} (SMTPProtocol.start_tls)` }),
      hedged(aio('no-auth-extension', 'tls-required', ['smtp auth extension is not supported', 'try connecting via tls'],
        'aiosmtplib.errors.SMTPException: The SMTP AUTH extension is not supported by this server. Try connecting via TLS (or STARTTLS).', { source: `${AIO_SMTP} (SMTP.login)` })),
      aio('no-suitable-auth', 'auth-required', ['no suitable authentication method found'],
        'aiosmtplib.errors.SMTPException: No suitable authentication method found.', { source: `${AIO_SMTP} (SMTP.login)` }),
      // What answered does not speak SMTP (often a TLS port reached in clear text, or another service).
      aio('malformed-response', 'protocol', ['malformed smtp response line'],
        'aiosmtplib.errors.SMTPResponseException: (-1, Malformed SMTP response line: …)', { source: `${AIO_PROTO} (SMTPProtocol._read_response_from_buffer)` }),
    ],
  },
  {
    // Twisted's ESMTP client (used by Matrix Synapse and Buildbot): its own errors, given a made-up 502, when the EHLO
    // reply lacks what the client was told to require.
    id: 'python-twisted-mail',
    name: "Twisted's ESMTP client (twisted.mail.smtp)",
    kind: 'client',
    reference: TWISTED_SMTP,
    replies: [
      // No AUTH mechanism the client may use was offered (often: only after STARTTLS) — at most medium, as smtplib's.
      hedged(tw('auth-required', 'auth-required', ['server does not support client authentication schemes'],
        'twisted.mail._except.AUTHRequiredError: 502 Server does not support Client Authentication schemes [CRAM-MD5, LOGIN, PLAIN]', { source: `${TWISTED_SMTP} (ESMTPClient.esmtpAUTHRequired)` })),
      tw('tls-required', 'tls-required', ['server does not support secure communication via tls'],
        'twisted.mail._except.TLSRequiredError: 502 Server does not support secure communication via TLS / SSL', { source: `${TWISTED_SMTP} (ESMTPClient.esmtpTLSRequired)` }),
    ],
  },
  {
    id: 'ruby-net-smtp',
    name: "Ruby's Net::SMTP (used by the mail gem and Rails' ActionMailer)",
    kind: 'client',
    reference: NET_SMTP_RB,
    replies: [
      rb('starttls-unsupported', 'tls-required', ['starttls is not supported on'],
        'Net::SMTPUnsupportedCommand: STARTTLS is not supported on this server', { source: `${NET_SMTP_RB} (do_start, starttls: :always)` }),
      // Response#exception_class: any 53x reply raises it (535 bad credentials, 530 authentication required, but also
      // 530 "Must issue a STARTTLS command first"): the reply quoted in the message decides.
      symptom(rb('authentication-error', 'auth-required', ['net::smtpauthenticationerror'],
        'Net::SMTPAuthenticationError: <53x server reply> (raised for any 53x reply)', { source: `${NET_SMTP_RB} (Response#exception_class)` })),
      rb('ssl-connect', 'tls-required', ['ssl_connect returned', 'ssl_connect syscall returned'],
        'OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 peeraddr=192.0.2.1:465 state=error: <OpenSSL reason> (<verify result>)',
        { source: RUBY_OSSL }),
      // SSLSocket#post_connection_check, which Net::SMTP runs after the handshake: the certificate names another host
      // than the one connected to (a server reached by its IP, or by a name its certificate does not carry).
      rb('hostname-mismatch', 'tls-required', ['does not match the server certificate'],
        'OpenSSL::SSL::SSLError: hostname "192.0.2.1" does not match the server certificate', { source: 'ruby/openssl lib/openssl/ssl.rb (SSLSocket#post_connection_check)' }),
    ],
  },
  {
    id: 'phpmailer',
    name: 'PHPMailer (English messages)',
    kind: 'client',
    reference: PHPMAILER_LANG,
    replies: [
      pm('authenticate', 'auth-required', ['smtp error: could not authenticate'],
        'SMTP Error: Could not authenticate.', { source: `${PHPMAILER_LANG} 'authenticate'` }),
      // PHP's mail() (the local sendmail program) failed or is missing: a sending failure on the web server itself,
      // whose cause the message does not say.
      pm('instantiate', 'unknown', ['could not instantiate mail function'],
        'Could not instantiate mail function.', { source: `${PHPMAILER_LANG} 'instantiate'` }),
      symptom(pm('from-failed', 'sender-rejected', ['the following from address failed'],
        'The following From address failed: sender@example.com : MAIL FROM command failed,<server reply>,<code>', { source: `${PHPMAILER_LANG} 'from_failed'; PHPMailer::smtpSend` })),
      // A command sent with no connection open (the connect failed, or the server closed it): whatever the wrapper says
      // failed ("The following From address failed: … : Called Mail() without being connected"), nothing reached a server.
      pm('not-connected', 'network', ['without being connected'],
        'Called MAIL FROM without being connected', { source: `${PHPMAILER_SMTP} (SMTP::sendCommand, SMTP::client_send)` }),
      pm('connect-server', 'network', ['failed to connect to server:'],
        'SMTP ERROR: Failed to connect to server: Connection refused (111)', { source: `${PHPMAILER_SMTP} (SMTP::connect)` }),
      // sendCommand's "SMTP ERROR: <command> command failed: <the server's reply>", by the command that failed.
      pm('starttls-failed', 'tls-required', ['starttls command failed'],
        'SMTP ERROR: STARTTLS command failed', { source: `${PHPMAILER_SMTP} (SMTP::startTLS, SMTP::sendCommand)` }),
      pm('auth-command-failed', 'auth-required', ['password command failed', 'username command failed', 'auth command failed'],
        'SMTP ERROR: Password command failed: <server reply> (also "Username command failed", "AUTH command failed")', { source: `${PHPMAILER_SMTP} (SMTP::authenticate, SMTP::sendCommand)` }),
      symptom(pm('mail-from-failed', 'sender-rejected', ['mail from command failed'],
        'SMTP ERROR: MAIL FROM command failed', { source: `${PHPMAILER_SMTP} (SMTP::mail, SMTP::sendCommand)` })),
      // The server's EHLO offered no AUTH: "'at this stage' means that auth may be allowed after the stage changes
      // e.g. after STARTTLS" (the source's comment).
      pm('auth-not-at-this-stage', 'auth-required', ['authentication is not allowed at this stage'],
        'Authentication is not allowed at this stage', { source: `${PHPMAILER_SMTP} (SMTP::authenticate)` }),
      pm('no-auth-methods', 'auth-required', ['no supported authentication methods found'],
        'No supported authentication methods found', { source: `${PHPMAILER_SMTP} (SMTP::authenticate)` }),
      pm('auth-method-unsupported', 'auth-required', ['the requested authentication method'],
        'The requested authentication method "CRAM-MD5" is not supported by the server', { source: `${PHPMAILER_SMTP} (SMTP::authenticate)` }),
      // errorHandler: PHP's own warning from the socket or TLS call follows and names the cause.
      symptom(pm('connection-failed', 'network', ['connection failed. error #'],
        'Connection failed. Error #2: stream_socket_client(): unable to connect to ssl://smtp.example.com:465 (Connection refused)', { source: `${PHPMAILER_SMTP} (SMTP::errorHandler)` })),
    ],
  },
  {
    id: 'php-symfony-mailer',
    name: 'Symfony Mailer (SMTP transport)',
    kind: 'client',
    reference: SYMFONY_ESMTP,
    replies: [
      sf('starttls', 'tls-required', ['unable to connect with starttls'],
        'Symfony\\Component\\Mailer\\Exception\\TransportException: Unable to connect with STARTTLS: stream_socket_enable_crypto(): SSL operation failed with code 1.',
        { source: `${SYMFONY_ESMTP}; ${SYMFONY_SOCKET} (startTLS)` }),
      sf('tls-required', 'tls-required', ['tls required but neither tls or starttls'],
        'TLS required but neither TLS or STARTTLS are in use.'),
      sf('auth-failed', 'auth-required', ['failed to authenticate on smtp server'],
        'Failed to authenticate on SMTP server with username "user@example.com" using the following authenticators: "LOGIN", "PLAIN". Authenticator "LOGIN" returned "<error>".',
        { source: `${SYMFONY_ESMTP} (handleAuth)` }),
      sf('no-authenticator', 'auth-required', ['failed to find an authenticator'],
        'Failed to find an authenticator supported by the SMTP server, which currently supports: "gssapi".', { source: `${SYMFONY_ESMTP} (handleAuth)` }),
      // PHP's warning is appended: a TLS failure there ("SSL operation failed") names the cause.
      symptom(sf('connect', 'network', ['connection could not be established with host'],
        'Connection could not be established with host "ssl://smtp.example.com:465": stream_socket_client(): Unable to connect to ssl://smtp.example.com:465 (Connection refused)',
        { source: `${SYMFONY_SOCKET} (initialize)` })),
      sf('closed', 'network', ['has been closed unexpectedly'],
        'Connection to "smtp.example.com:587" has been closed unexpectedly.', { source: `${SYMFONY_STREAM} (readLine)` }),
      sf('read-failed', 'network', ['unable to read from connection to'],
        'Unable to read from connection to "smtp.example.com:587": <PHP error>', { source: `${SYMFONY_STREAM} (readLine)` }),
      sf('write-failed', 'network', ['write bytes on the wire'],
        'Unable to write bytes on the wire.', { source: `${SYMFONY_STREAM} (write)` }),
      // No reply at all where one was expected: the server closed the connection (or never spoke); why is not said, so at
      // most medium.
      hedged(sf('empty-code', 'network', ['but got empty code'],
        'Expected response code "250" but got empty code.', { source: SYMFONY_ASSERT })),
    ],
  },
  {
    id: 'php-swiftmailer',
    name: 'Swift Mailer',
    kind: 'client',
    reference: SWIFT_BUFFER,
    replies: [
      symptom(sw('connect', 'network', ['connection could not be established with host'],
        'Swift_TransportException: Connection could not be established with host smtp.example.com [Connection refused #111]', { source: `${SWIFT_BUFFER} (establishSocketConnection)` })),
      // No reply at all where one was expected (the server closed the connection): an empty code and message, or, in later
      // releases, "an empty response". Why the server hung up (a filter, a crash, the network) is not said: at most medium.
      hedged(sw('empty-response', 'network', ['but got an empty response', 'but got code "", with message ""'],
        'Swift_TransportException: Expected response code 250 but got code "", with message ""', { source: SWIFT_ASSERT })),
      sw('tls', 'tls-required', ['unable to connect with tls encryption'],
        'Swift_TransportException: Unable to connect with TLS encryption', { source: `${SWIFT_ESMTP} (_doHeloCommand)` }),
      sw('auth', 'auth-required', ['failed to authenticate on smtp server', 'possible authenticators'],
        'Swift_TransportException: Failed to authenticate on SMTP server with username "user@example.com" using 2 possible authenticators', { source: `${SWIFT_AUTH} (afterEhlo)` }),
      // send() finds no reverse path — no Return-Path, Sender or From address on the message (getReversePath): the
      // message lacks the originator RFC 5322 §3.6 requires, so nothing is sent (a framework's unset "from" address).
      sw('no-sender', 'message-format', ['cannot send message without a sender address'],
        'Swift_TransportException: Cannot send message without a sender address', { source: 'swiftmailer/swiftmailer lib/classes/Swift/Transport/AbstractSmtpTransport.php (send)' }),
    ],
  },
  {
    id: 'php-laminas-mail',
    name: 'Laminas Mail (formerly Zend Mail) SMTP protocol',
    kind: 'client',
    reference: LAMINAS_SMTP,
    replies: [
      lm('tls', 'tls-required', ['unable to connect via tls'],
        'Laminas\\Mail\\Protocol\\Exception\\RuntimeException: Unable to connect via TLS', { source: `${LAMINAS_SMTP} (helo)` }),
      lm('open-socket', 'network', ['could not open socket'],
        'Could not open socket: stream_socket_client(): Unable to connect to tcp://smtp.example.com:25 (Connection timed out)', { source: `${LAMINAS_ABSTRACT} (_connect)` }),
      lm('cannot-connect', 'network', ['cannot connect to host'],
        'cannot connect to host; error = stream_socket_client(): Unable to connect to tcp://smtp.example.com:25 (Connection refused) (errno = 2 )', { source: LAMINAS_TRAIT }),
      // A command sent when the socket is not open: the connection was never made, or the server dropped it (Zend
      // Framework 1's Zend_Mail_Protocol_Abstract::_send says the same, as applications built on it still print).
      // The server's answer never came: the read on the socket failed (the server or a middlebox closed the connection,
      // or a TLS port was spoken to in plain text) — "Could not read from <host>" (_receive; Zend_Mail_Protocol_Abstract too).
      // (As written, capital and all: "could not read from" is also everyday prose.)
      lm('no-read', 'network', [],
        'Laminas\\Mail\\Protocol\\Exception\\RuntimeException: Could not read from smtp.example.com', { token: 'Could not read from', source: `${LAMINAS_ABSTRACT} (_receive); zendframework/zf1 library/Zend/Mail/Protocol/Abstract.php (_receive)` }),
      lm('no-connection', 'network', ['no connection has been established to'],
        "Error was 'No connection has been established to smtp.example.com'", { source: `${LAMINAS_ABSTRACT} (_send); zendframework/zf1 library/Zend/Mail/Protocol/Abstract.php (_send)` }),
    ],
  },
  {
    // The HTTP client plugins and shops send through a sending service's API with: no answer came back (a timeout or a
    // connection the other end dropped).
    id: 'php-laminas-http',
    name: 'Laminas HTTP client (formerly Zend_Http_Client)',
    kind: 'client',
    reference: LAMINAS_HTTP,
    replies: [
      entries('php-laminas-http', LAMINAS_HTTP, programVariant)('empty-response', 'network', ['unable to read response, or response is empty'],
        'Laminas\\Http\\Client\\Exception\\RuntimeException: Unable to read response, or response is empty'),
    ],
  },
  {
    id: 'php-codeigniter',
    name: "CodeIgniter's Email library (English language file)",
    kind: 'client',
    reference: CODEIGNITER,
    replies: [
      ci('auth-login', 'auth-required', ['failed to send auth login command'],
        "Failed to send AUTH LOGIN command. Error: <server reply> ($lang['email_filed_smtp_login'])"),
      ci('auth-user-password', 'auth-required', ['failed to authenticate username', 'failed to authenticate password'],
        "Failed to authenticate password. Error: <server reply> ($lang['email_smtp_auth_pw']; also 'email_smtp_auth_un')"),
    ],
  },
  {
    id: 'php-streams',
    name: "PHP's socket and TLS stream warnings (quoted by PHPMailer, Symfony Mailer, Swift Mailer, Laminas Mail)",
    kind: 'client',
    reference: PHP_NETWORK,
    replies: [
      phpcore('getaddrinfo', 'network', ['php_network_getaddresses: getaddrinfo'],
        'stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or service not known'),
      // The reason in parentheses decides when it names one ("Connection refused", a TLS failure).
      symptom(phpcore('unable-to-connect', 'network', ['stream_socket_client(): unable to connect'],
        'stream_socket_client(): Unable to connect to tcp://smtp.example.com:25 (Connection timed out)', { source: PHP_XPORT })),
      phpcore('cn-mismatch', 'tls-required', ['did not match expected cn'],
        "stream_socket_enable_crypto(): Peer certificate CN=`mail.example.net' did not match expected CN=`smtp.example.com'", { source: PHP_XP_SSL }),
    ],
  },
  {
    id: 'perl-git-send-email',
    name: 'git send-email',
    kind: 'client',
    reference: GIT_SEND_EMAIL,
    replies: [
      gse('no-starttls', 'tls-required', ['server does not support starttls'],
        'Server does not support STARTTLS! <server reply>'),
      gse('starttls-failed', 'tls-required', ['starttls failed!'],
        'STARTTLS failed! <IO::Socket::SSL error>'),
      // Net::SMTP->new returned nothing: no connection (or no greeting) from the configured server — or, with
      // sendemail.smtpEncryption=ssl, a TLS handshake that failed, since send_message() opens the connection with
      // SSL => 1 and dies with the same words (git-send-email.perl): a connection failure is the likelier reading, not
      // a sure one.
      hedged(gse('init-failed', 'network', ['unable to initialize smtp properly'],
        'Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=smtp.example.com encryption=tls hello=localhost.localdomain port=587')),
    ],
  },
  {
    id: 'perl-net-smtp',
    name: "Perl's Net::SMTP (libnet)",
    kind: 'client',
    reference: LIBNET,
    replies: [
      // auth(): the server's EHLO offered no AUTH (git send-email dies with this message). A server that offers AUTH
      // only over TLS (RFC 4954 §4 lets it; Postfix's smtpd_tls_auth_only, Gmail's submission port) gives the same
      // words to a client that did not start TLS, and a server with no AUTH at all to one configured to log in: the
      // login is what failed, why is open.
      hedged(nsm('auth-unknown', 'auth-required', ["command unknown: 'auth'"],
        "Command unknown: 'AUTH' at /usr/lib/git-core/git-send-email line 1509.", { source: `${LIBNET} (auth: supports('AUTH', 500, ["Command unknown: 'AUTH'"]))` })),
    ],
  },
  {
    id: 'perl-email-sender',
    name: "Perl's Email::Sender (SMTP transport)",
    kind: 'client',
    reference: EMAIL_SENDER,
    replies: [
      es('connect', 'network', ['unable to establish smtp connection'],
        'unable to establish SMTP connection', { source: `${EMAIL_SENDER} (_smtp_client)` }),
      es('auth', 'auth-required', ['failed auth'],
        'failed AUTH: <server reply>', { source: `${EMAIL_SENDER} (_smtp_client)` }),
      symptom(es('mail-from', 'sender-rejected', ['failed after mail from'],
        'sender@example.com failed after MAIL FROM: <server reply>', { source: `${EMAIL_SENDER} (send_email)` })),
    ],
  },
  {
    // gen_smtp_client's failures that carry no server reply (a reply is read by the paste reader, paste-formats.ts
    // gen-smtp): {network_failure, Host, {error, Reason}} when the connection to a host could not be made (after the
    // retries: {retries_exceeded, …}), {permanent_failure, [Host,] auth_failed} when no AUTH mechanism was accepted.
    // Elixir (Swoosh, Bamboo) prints them with ':' before each atom.
    id: 'erlang-gen-smtp',
    name: "gen_smtp (Erlang, Elixir's Swoosh)",
    kind: 'client',
    reference: GEN_SMTP,
    replies: [
      gen('network-failure', 'network', [], '{error, retries_exceeded, {network_failure, "192.0.2.10", {error, timeout}}} (no connection to the host: timeout, econnrefused, nxdomain …)', { token: 'network_failure' }),
      gen('auth-failed', 'auth-required', [], '{error, no_more_hosts, {permanent_failure, "smtp.example.com", auth_failed}} (try_AUTH: no mechanism the server offered accepted the credentials)', { token: 'auth_failed' }),
      // Mua (Elixir): a Mua.TransportError is the connection's — its reason a timeout, a close, a socket error
      // (econnrefused, nxdomain), an SSL alert — save two that name the cause: STARTTLS required but not offered, no
      // AUTH mechanism the client supports.
      symptom(gen('mua-transport', 'network', [], '{:error, %Mua.TransportError{reason: :timeout}} (reason :timeout, :closed, an inet posix error or an ssl alert)', { token: 'Mua.TransportError', source: MUA })),
      gen('mua-starttls-required', 'tls-required', [], 'reason: :starttls_required (the transport error when STARTTLS is required but the server does not offer it)', { token: 'starttls_required', source: MUA }),
      gen('mua-auth-not-supported', 'auth-required', [], 'reason: :auth_not_supported (the transport error when the server advertises no authentication mechanism Mua supports)', { token: 'auth_not_supported', source: MUA }),
      // try_STARTTLS with {tls, always}: the server offered STARTTLS but the upgrade failed (a handshake, a
      // certificate the options reject) — throw({temporary_failure, tls_failed}).
      gen('tls-failed', 'tls-required', [], '{error, retries_exceeded, {temporary_failure, "192.0.2.10", tls_failed}} (try_STARTTLS: the TLS upgrade failed and the options require TLS)', { token: 'tls_failed', source: 'gen-smtp/gen_smtp src/gen_smtp_client.erl (try_STARTTLS)' }),
    ],
  },
];
