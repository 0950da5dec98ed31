/**
 * A sending program's own failure to reach a server (lib/diagnosis/knowledge/client-errors.ts), Gmail's notice
 * sentences (knowledge/google.ts GMAIL_NOTICE) and RFC 3463's permanent X.4.4 (registry.ts): pasted as people paste
 * them, each is read as a failure with the category its documentation gives.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { registryEntry } from '../../lib/diagnosis/registry';
import { readPastedText } from '../../lib/engine/read';

const diagnosisOf = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

function categoryOf(text: string): string {
  const report = readPastedText(text, { documented: isDocumentedFailure });
  if (!report.isBounce) return 'not a bounce';
  return diagnoseReport(report)[0]?.category ?? 'none';
}

describe('network errors of the operating system and the client libraries', () => {
  it.each([
    ['Python / glibc', 'socket.gaierror: [Errno -2] Name or service not known'],
    ['glibc, temporary', 'smtplib: [Errno -3] Temporary failure in name resolution'],
    ['musl (Alpine)', 'socket.gaierror: [Errno -2] Name does not resolve'],
    ['musl (Alpine), temporary', 'send mail error [Errno -3] Try again'],
    ['Windows Sockets', 'System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it. 192.0.2.1:587'],
    ['Windows Sockets timeout', 'A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond 192.0.2.1:25'],
    ['Node.js', 'Error: connect ECONNREFUSED 192.0.2.1:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)'],
    ['Node.js DNS', 'Error: getaddrinfo ENOTFOUND smtp.example.com'],
    ['Nodemailer', 'Error: Greeting never received'],
    ['Go', 'dial tcp 192.0.2.1:25: i/o timeout'],
    ['Go, a deadline', 'send failed: dial tcp 192.0.2.1:587: context deadline exceeded'],
    ['Go DNS', 'dial tcp: lookup smtp.example.com: no such host'],
    ['PHPMailer', 'SMTP Error: Could not connect to SMTP host.'],
    ['Jakarta Mail', "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 25; timeout -1"],
    ["Laminas's (Zend's) HTTP client, sending through an API", 'Unable to send test email. Exception message was: Unable to read response, or response is empty'],
    ['sSMTP (syslog)', 'Dec 27 06:39:06 host sSMTP[20355]: Unable to connect to "smtp.example.com" port 587.'],
    ['sSMTP installed as sendmail', 'sendmail: Cannot open mail:25'],
    ['Python, no IPv6 in the container (EAFNOSUPPORT)', 'Notification email failed: [Errno 97] Address family not supported by protocol'],
  ])('%s: read as a network failure', (_name, text) => {
    expect(categoryOf(text)).toBe('network');
  });

  it("reads JavaMail's refused greeting by its code: the connection was made, and a 554 in place of 220 is a refusal", () => {
    // SMTPTransport.openServer: "Could not connect to SMTP host: <host>, port: <port>, response: <code>".
    const text = 'Caused by: javax.mail.MessagingException: Could not connect to SMTP host: relay.example.net, port: 25, response: 554';
    const report = readPastedText(text, { documented: isDocumentedFailure });
    expect(report.recipients[0]).toMatchObject({ code: '554', command: 'connect' });
    expect(categoryOf(text)).toBe('policy');
    expect(categoryOf(`org.springframework.mail.MailSendException: Mail server connection failed; nested exception is ${text.slice(11)}. Failed messages: ${text.slice(11)}`)).toBe('policy');
    // No answer at all (-1), or the connection itself failing, stays a network failure.
    expect(categoryOf('javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25, response: -1')).toBe('network');
    expect(categoryOf('javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused')).toBe('network');
  });

  it("reads Node's failed MX lookup of the recipient's domain as a domain that does not exist", () => {
    expect(categoryOf('Error: queryMx ENOTFOUND example.invalid')).toBe('recipient-domain');
  });

  it("reads Node's failed address lookup of the SMTP host it was given (Nodemailer's resolver) as the connection failing", () => {
    expect(categoryOf('Error: queryA ENOTFOUND smtp.example.invalid')).toBe('network');
    expect(categoryOf('Error: queryAaaa ENODATA smtp.example.org')).toBe('network');
  });

  it("says Python's SMTPServerDisconnected, which does not say why the server hung up, at medium confidence at most", () => {
    const d = diagnosisOf('smtplib.SMTPServerDisconnected: Connection unexpectedly closed');
    expect(d?.category).toBe('network');
    expect(d?.confidence.level).not.toBe('high');
  });

  it("lets the server's words after MailKit's 'unexpectedly disconnected' say why, and says the connection alone", () => {
    expect(categoryOf('MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected: Authentication failed: Bad username / password')).toBe('auth-required');
    expect(categoryOf('MailKit.Net.Smtp.SmtpProtocolException: The SMTP server has unexpectedly disconnected.')).toBe('network');
  });

  it("reads a connection lost inside PHP's stream_socket_enable_crypto() as the TLS negotiation failing", () => {
    expect(categoryOf('stream_socket_enable_crypto(): SSL: Broken pipe')).toBe('tls-required');
    expect(categoryOf('SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto(): SSL: Connection reset by peer')).toBe('tls-required');
    // The same socket error anywhere else is the connection.
    expect(categoryOf('SMTP Error: Could not connect to SMTP host. Connection failed. stream_socket_client(): unable to connect to ssl://smtp.example.com:465 (Connection reset by peer)')).toBe('network');
  });

  it('still says "not a bounce" for prose that merely talks about connections', () => {
    expect(categoryOf('We refactored the connection pool so that idle sockets are closed after a minute.')).toBe('not a bounce');
  });
});

describe("the client libraries' and tools' own words about authentication, TLS and the session (knowledge/client-scripting.ts, client-compiled.ts, client-tools.ts)", () => {
  it.each([
    ['Nodemailer, no credentials', 'Error: Missing credentials for "PLAIN"', 'auth-required'],
    ['Python smtplib, no AUTH offered (it never starts TLS by itself)', 'smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', 'tls-required'],
    ['Go net/smtp, no AUTH offered', "smtp: server doesn't support AUTH", 'auth-required'],
    ['MailKit, no AUTH offered', 'System.NotSupportedException: The SMTP server does not support authentication.', 'auth-required'],
    ['curl', 'curl: (67) Login denied', 'auth-required'],
    ['Outlook Express dialog', "The message could not be sent because the server rejected the sender's e-mail address. The sender's e-mail address was pat@example.com. Subject 'Hi', Account: 'mail.example.com', Server: 'mail.example.com', Protocol: SMTP, Port: 25, Secure(SSL): No, Error Number: 0x800CCC78", 'auth-required'],
    ['msmtp, no STARTTLS', 'msmtp: the server does not support TLS via the STARTTLS command', 'tls-required'],
    ['Alertmanager, no STARTTLS (notify/email/email.go)', '\'require_tls\' is true (default) but "smtp.example.com:465" does not advertise the STARTTLS extension', 'tls-required'],
    ['Go crypto/x509, a certificate with no names (HostnameError)', 'msg="error closing connection to SMTP server" err="x509: certificate is not valid for any names, but wanted to match smtp.example.com"', 'tls-required'],
    ['Jakarta Mail, STARTTLS handshake', 'javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)', 'tls-required'],
    ['.NET SslStream', 'System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.', 'tls-required'],
    ['Node.js, certificate name', "Error: Hostname/IP does not match certificate's altnames: Host: smtp.example.com. is not in the cert's altnames: DNS:*.example.net", 'tls-required'],
    ['Node.js, missing intermediate', 'Error: unable to verify the first certificate', 'tls-required'],
    ['rustls', 'SMTP error: Connection error: invalid peer certificate: UnknownIssuer', 'tls-required'],
    ["Google Apps Script's daily email quota", 'Exception: Service invoked too many times for one day: email.', 'rate-limit'],
  ])('%s', (_name, text, category) => {
    expect(categoryOf(text)).toBe(category);
  });

  it("lets the server's reply quoted after a library's wrapper decide when it names another cause", () => {
    // JavaMail raises AuthenticationFailedException with the server's reply to AUTH as its message.
    expect(categoryOf('javax.mail.AuthenticationFailedException: 530 5.7.0 Must issue a STARTTLS command first.')).toBe('tls-required');
    // Nodemailer's "Invalid greeting" carries the server's first line: a refusal says why.
    expect(categoryOf('Error: Invalid greeting. response=554 Local Policy Violation: 554 Local Policy Violation')).toBe('policy');
    expect(categoryOf('Error: Invalid greeting. response=421 Too many concurrent SMTP connections; please try again later.')).toBe('rate-limit');
  });
});

describe('a client that found no AUTH in the EHLO reply', () => {
  it('is about the login, at most medium, from a client that starts TLS by itself when it is offered', () => {
    // Go's SendMail and MailKit upgrade with STARTTLS whenever the server offers it, so TLS is not what is missing.
    for (const text of ["smtp: server doesn't support AUTH", "Command unknown: 'AUTH' at /usr/lib/git-core/git-send-email line 1509."]) {
      const d = diagnosisOf(text);
      expect(d?.category, text).toBe('auth-required');
      expect(d?.confidence.level, text).not.toBe('high');
    }
  });

  it("is the STARTTLS that did not come first, at most medium, from Python's smtplib and aiosmtplib, which never start TLS by themselves", () => {
    // RFC 4954 §4: no plaintext password mechanism before the session is protected; aiosmtplib: "Try connecting via TLS".
    for (const text of ['smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.', 'aiosmtplib.errors.SMTPException: SMTP AUTH extension not supported by server.']) {
      const d = diagnosisOf(text);
      expect(d?.category, text).toBe('tls-required');
      expect(d?.confidence.level, text).not.toBe('high');
    }
  });
});

describe("git send-email's 'Unable to initialize SMTP properly'", () => {
  it('is the connection, at most medium: with smtpEncryption=ssl a failed TLS handshake dies with the same words', () => {
    const d = diagnoseReport(readPastedText('Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=smtp.example.com encryption=ssl hello=localhost port=465 at /usr/libexec/git-core/git-send-email line 1357.', { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('network');
    expect(d?.confidence.level).toBe('medium');
  });
});

describe('a greeting that never came on port 465 (score.ts port.implicit-tls: RFC 8314 §3.3, implicit TLS)', () => {
  it.each([
    ['Postfix smtp(8)', 'postfix/smtp[2608]: 1A2B3C4D5E: to=<pat@example.org>, relay=smtp.example.net[192.0.2.8]:465, delay=62, dsn=4.4.2, status=deferred (lost connection with smtp.example.net[192.0.2.8] while receiving the initial server greeting)'],
    ['Exim', 'Connecting to smtp.example.net [192.0.2.8]:465 ... connected\nSMTP timeout while connected to smtp.example.net [192.0.2.8] after initial connection: Connection timed out'],
    ['Nodemailer, port 465 with secure: false', "Error: Greeting never received\n  code: 'ETIMEDOUT', command: 'CONN'\n  (host: 'smtp.example.net', port: 465, secure: false)"],
    ['Swift Mailer, no encryption set', 'Swift_TransportException: Expected response code 220 but got code "", with message ""\nMAIL_HOST=smtp.example.net\nMAIL_PORT=465\nMAIL_ENCRYPTION=null'],
    ['MailKit, STARTTLS asked for on 465', 'Connected to smtp://smtp.example.net:465/?starttls=always\nERROR: The SMTP server has unexpectedly disconnected.'],
  ])('%s: the TLS mode does not match the port, said at medium', (_name, text) => {
    const d = diagnosisOf(text);
    expect(d?.category).toBe('tls-required');
    expect(d?.confidence.level).toBe('medium');
    expect(d?.confidence.reason).toMatch(/port 465/);
  });
  it('stays the network when the client spoke TLS there, when the port is another, or when the connection was never made', () => {
    expect(diagnosisOf('Swift_TransportException: Expected response code 220 but got code "", with message ""\nMAIL_PORT=465\nMAIL_ENCRYPTION=ssl')?.category).toBe('network');
    expect(diagnosisOf('postfix/smtp[2608]: 1A2B3C4D5E: to=<pat@example.org>, relay=smtp.example.net[192.0.2.8]:25, delay=62, dsn=4.4.2, status=deferred (lost connection with smtp.example.net[192.0.2.8] while receiving the initial server greeting)')?.category).toBe('network');
    expect(diagnosisOf('Error: connect ETIMEDOUT 192.0.2.8:465')?.category).toBe('network');
  });
});

describe('a documented code that says only what failed', () => {
  it("decides alone, but not with high confidence: Outlook Express's 0x800CCC78 names the refused sender, not why", () => {
    const d = diagnoseReport(readPastedText('0x800CCC78 SMTP_REJECTED_SENDER', { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('auth-required');
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("Gmail's notice sentences", () => {
  it('reads the notice alone, with no remote reply pasted', () => {
    expect(categoryOf("Address not found\nYour message wasn't delivered to bob@example.org because the address couldn't be found, or is unable to receive mail.")).toBe('recipient-unknown');
    expect(categoryOf("Address not found\nYour message wasn't delivered to bob@example.comn because the domain example.comn couldn't be found. Check for typos or unnecessary spaces and try again.")).toBe('recipient-domain');
  });

  it("reads Gmail's sending-limit messages (Google Workspace's 'Gmail sending limits') as the sender's rate limit", () => {
    expect(categoryOf('You have reached a limit for sending mail. Your message was not sent.')).toBe('rate-limit');
    expect(categoryOf('Message not sent: You have reached your Gmail sending limit.')).toBe('rate-limit');
    expect(categoryOf('You have exceeded the maximum number of recipients.')).toBe('rate-limit');
  });

  it("lets the remote server's own reply decide when it is pasted too", () => {
    const text = "Address not found\nYour message wasn't delivered to list@groups.example because the address couldn't be found, or is unable to receive mail.\nThe response from the remote server was:\n552 5.2.2 The email account that you tried to reach is over quota.";
    expect(categoryOf(text)).toBe('mailbox-full');
  });
});

describe('RFC 3463 X.4.4 "Unable to route"', () => {
  it('is the recipient domain when permanent and a network problem when temporary', () => {
    expect(registryEntry('5.4.4')?.category).toBe('recipient-domain');
    expect(registryEntry('4.4.4')?.category).toBe('network');
    expect(categoryOf('554 5.4.4 [internal] Domain Lookup Failed')).toBe('recipient-domain');
    expect(categoryOf('451 4.4.4 Domain lookup failed, try again later')).toBe('network');
  });
});

describe("RFC 3463's positive details (X.1.5 'Destination address valid', X.6.4 'Conversion with loss performed')", () => {
  it('mean delivered only in a 2.x.x status: in a failure they name no cause', () => {
    expect(registryEntry('2.1.5')?.category).toBe('delivered');
    expect(registryEntry('5.1.5')?.category).toBeNull();
    expect(registryEntry('4.6.4')?.category).toBeNull();
    expect(categoryOf('550 5.1.5 Recipient address rejected')).not.toBe('delivered');
    expect(categoryOf('550 5.1.5 <pat@example.org>: User unknown')).toBe('recipient-unknown');
  });
});

describe("JavaMail's address and header parsers (InternetAddress.checkAddress, ContentType, ContentDisposition)", () => {
  const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('refuse a malformed address or header before any server sees it: the message is malformed, and which address the text does not say', () => {
    for (const text of [
      'javax.mail.internet.AddressException: Local address contains control or whitespace',
      '554 Transaction failed: Domain contains illegal character',
      "Error: gomail: could not send email 1: 554 Transaction failed: Expected '/', got ;",
      'Transaction failed: Expected disposition, got =',
    ]) expect(categoryOf(text), text).toBe('message-format');
    // An address: at most medium (it may be the sender's or a recipient's).
    expect(pasted('AddressException: Domain contains dot-dot')?.confidence.level).not.toBe('high');
  });
});

describe("Android's TLS provider (Conscrypt) under JavaMail", () => {
  it("'Unable to parse TLS packet header' is TLS spoken to a port that does not answer in TLS, as the JDK's 'Unrecognized SSL message'", () => {
    expect(categoryOf('javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587;\n  nested exception is:\n\tjavax.net.ssl.SSLException: Unable to parse TLS packet header')).toBe('tls-required');
  });
});

describe("Windows' CDO (CDOSYS) errors, as classic ASP, VBScript and PowerShell print them (cdosysstr.h)", () => {
  it('reads the CDO code or its text: a failed logon is the login, a failed connection the network', () => {
    expect(categoryOf('The message could not be sent to the SMTP server. The transport error code was 0x80040217. The server response was not available')).toBe('auth-required');
    expect(categoryOf("CDO.Message.1 error '80040213'\nThe transport failed to connect to the server.")).toBe('network');
    expect(categoryOf('The transport lost its connection to the server.')).toBe('network');
  });
  it("lets the server's reply after 'The server response was:' decide", () => {
    expect(categoryOf('The server rejected the sender address. The server response was: 530 5.7.0 Must issue a STARTTLS command first')).toBe('tls-required');
    expect(categoryOf('The server rejected the sender address. The server response was not available')).toBe('sender-rejected');
  });
});

describe("RFC 5321's 'No SMTP service here' and GMX's / 1&1's multi-line lead-in", () => {
  it('say that the server refuses, not why: the line under them decides, and alone they are the receiver’s policy', () => {
    const gmx = (reason: string) => `554-mx.example.net (mxgmx104) Nemesis ESMTP Service not available\n554-No SMTP service\n554-${reason}\n554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201`;
    expect(categoryOf(gmx('IP address is block listed.'))).toBe('ip-blocklist');
    expect(categoryOf(gmx('Reject due to policy restrictions.'))).toBe('policy');
    expect(categoryOf('554 mx.example.net No SMTP service here')).toBe('policy');
  });
});

describe('failures a sending library reports without any server reply', () => {
  it("reads gen_smtp's atoms (Erlang, and Elixir with ':' before them): a host not reached is the network, a refused login the login", () => {
    expect(categoryOf('{error,retries_exceeded,{network_failure,"198.51.100.7",{error,econnrefused}}}')).toBe('network');
    expect(categoryOf('Swoosh delivery failed: {:retries_exceeded, {:network_failure, ~c"198.51.100.7", {:error, :nxdomain}}}')).toBe('network');
    expect(categoryOf('** (Swoosh) {:no_more_hosts, {:permanent_failure, ~c"smtp.example.net", :auth_failed}}')).toBe('auth-required');
    // Mua's transport error: the connection, unless its reason names the cause.
    expect(categoryOf('{:error, %Mua.TransportError{reason: :timeout}}')).toBe('network');
    expect(categoryOf('{:error, %Mua.TransportError{reason: :starttls_required}}')).toBe('tls-required');
    // try_STARTTLS with tls: :always, the upgrade failed.
    expect(categoryOf('{:error, {:retries_exceeded, {:temporary_failure, ~c"198.51.100.7", :tls_failed}}}')).toBe('tls-required');
  });
  it("reads Node's resolver codes for a host name that could not be looked up", () => {
    expect(categoryOf('Error: queryA EBADNAME "smtp.example.net "')).toBe('network');
    expect(categoryOf('Error: queryA ESERVFAIL smtp.example.net')).toBe('network');
    // Whose resolver failed a SERVFAIL does not say (a receiving server written in Node quotes its own): not high.
    const d = diagnoseReport(readPastedText('550 queryTxt ESERVFAIL', { documented: isDocumentedFailure }))[0];
    expect(d?.confidence.level).not.toBe('high');
  });
  it("reads Go's net/mail address errors as a malformed message, not sure whose address", () => {
    const d = diagnoseReport(readPastedText('send failed: mail: missing @ in addr-spec', { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('message-format');
    expect(d?.confidence.level).not.toBe('high');
  });
  it('reads a refused login said as a noun or of the attempt (RFC 4954 §4)', () => {
    expect(categoryOf('RuntimeException: 535 5.7.8 ...authentication rejected')).toBe('auth-required');
    expect(categoryOf('could not send: (smtp) authentication failure')).toBe('auth-required');
    // RFC 4954's own 454 is the server's trouble, not the credentials: the longer words decide.
    expect(categoryOf('454 4.7.0 Temporary authentication failure')).toBe('remote-error');
  });
  it("reads Twisted's ESMTP client errors (Matrix Synapse): no usable AUTH offered is the login, not sure; no TLS offered is TLS", () => {
    const d = diagnoseReport(readPastedText('twisted.mail._except.AUTHRequiredError: 502 Server does not support Client Authentication schemes [LOGIN, PLAIN]', { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('auth-required');
    expect(d?.confidence.level).not.toBe('high');
    expect(categoryOf('twisted.mail._except.TLSRequiredError: 502 Server does not support secure communication via TLS / SSL')).toBe('tls-required');
  });
  it("reads PHPMailer's 'SMTP connect() failed.' as the connection only when no server reply above it says more", () => {
    expect(categoryOf('SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting')).toBe('network');
    // On one line with the server's refusal, it no longer competes with it: the refusal is said with more confidence.
    const d = diagnoseReport(readPastedText('Mailer Error: 535 Incorrect authentication data SMTP connect() failed.', { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('auth-required');
    expect(d?.confidence.level).not.toBe('low');
  });
  it("reads Thunderbird's MAIL FROM template (smtp-error-sending-from-command): an address refusal in it is the sender's", () => {
    expect(categoryOf('An error occurred while sending mail. The mail server responded: 550 5.1.1 <pat@origin.example>... User unknown. Please verify that your email address is correct in your account settings and try again.')).toBe('sender-rejected');
    // Its colon left out by whoever retyped it, the reply is still read.
    expect(categoryOf('An error occurred while sending mail. The mail server responded 5.1.3 <pat@(none)>... Hostname required. Please verify that your email address is correct in your Mail preferences and try again.')).toBe('sender-rejected');
    // A refusal that is not about an address keeps its own cause.
    expect(categoryOf('An error occurred while sending mail. The mail server responded: 550 5.7.1 Client host rejected: cannot find your hostname. Please verify that your email address is correct in your account settings and try again.')).toBe('ptr');
  });
  it("reads msmtp's line above the server's message for the step it names (src/msmtp.c): the envelope sender's refusal is the sender's", () => {
    const refused = (line: string) => `msmtp: ${line} not accepted by the server\nmsmtp: server message: 550 5.1.1 <pat@origin.example>... User unknown\nmsmtp: could not send mail (account default from /etc/msmtprc)`;
    const report = readPastedText(refused('envelope from address pat@origin.example'), { documented: isDocumentedFailure });
    expect(report.recipients[0]?.command).toBe('MAIL FROM');
    expect(diagnoseReport(report)[0]?.category).toBe('sender-rejected');
    // The same reply under msmtp's recipient line is the recipient's.
    expect(readPastedText(refused('recipient address kim@dest.example'), { documented: isDocumentedFailure }).recipients[0]?.command).toBe('RCPT TO');
    expect(categoryOf(refused('recipient address kim@dest.example'))).toBe('recipient-unknown');
  });
  it("reads Barracuda's reputation link, as the list's own TXT answer gives it, as the sending IP's listing", () => {
    expect(categoryOf('Welcome response error: mtpd: 192.0.2.10 pid 811: 451 http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.10')).toBe('ip-blocklist');
  });
  it("reads the C library's EADDRNOTAVAIL: no local address to connect from, so no server was reached", () => {
    expect(categoryOf('smtplib send failed: OSError: [Errno 99] Cannot assign requested address')).toBe('network');
  });
  it("reads PHPMailer's command sent with no connection open as the network, whatever its wrapper says failed", () => {
    expect(categoryOf('The following From address failed: noreply@example.com : Called MAIL FROM without being connected')).toBe('network');
  });
  it("reads libcurl's connection and certificate errors (strerror.c, vtls/openssl.c) as what they are", () => {
    expect(categoryOf('curl_easy_perform() failed: Failure when receiving data from the peer')).toBe('network');
    expect(categoryOf('curl: (55) Failed sending data to the peer')).toBe('network');
    expect(categoryOf("Error in curl::curl_fetch_memory(url, handle = h) : SSL: no alternative certificate subject name matches target host name 'smtp.example.com'")).toBe('tls-required');
  });
  it("reads libcurl's refused command by its name and the server's code (smtp.c: 'MAIL failed: %d')", () => {
    const mail = readPastedText('Error in curl::curl_fetch_memory(url, handle = h) : MAIL failed: 530').recipients[0];
    expect(mail).toMatchObject({ code: '530', command: 'MAIL FROM', reply: 'MAIL failed: 530' });
    expect(categoryOf('Error in curl::curl_fetch_memory(url, handle = h) : MAIL failed: 530')).toBe('auth-required');
    expect(readPastedText('curl: (55) RCPT failed: 550').recipients[0]).toMatchObject({ code: '550', command: 'RCPT TO' });
    // Beside the whole reply its verbose log quotes, the code alone says nothing more: the reply is read.
    const verbose = readPastedText('> MAIL FROM:<pat@example.com>\n< 421 4.7.0 Try again later, closing connection. (MAIL) - gsmtp\ncurl: (55) MAIL failed: 421');
    expect(verbose.recipients.map((r) => r.reply)).toEqual(['421 4.7.0 Try again later, closing connection. (MAIL) - gsmtp']);
    // A wrapper that prints the server's words after the code: they are the reply.
    expect(readPastedText('SMTP error: Authentication failed: 535 5.7.8 Username and Password not accepted').recipients[0]?.reply).toBe('535 5.7.8 Username and Password not accepted');
  });
  it("reads Laminas/Zend Mail's failed read of the server's answer as the connection, and not the same words in prose", () => {
    expect(categoryOf('main.ERROR: Could not read from smtp.example.net [] []')).toBe('network');
    expect(readPastedText('I could not read from the manual what to do next.', { documented: isDocumentedFailure }).isBounce).toBe(false);
  });
  it("reads libcurl's CURLE_AUTH_ERROR as the login", () => {
    expect(categoryOf('curl: (94) An authentication function returned an error')).toBe('auth-required');
  });
  it('reads a mechanism the server does not support (RFC 4954 §4, 504 to AUTH) as the login settings, not the syntax', () => {
    expect(categoryOf('AUTH CRAM-MD5\n504 5.5.4 Unsupported authentication mechanism')).toBe('auth-required');
    expect(categoryOf('504 5.5.4 Unrecognized authentication type')).toBe('auth-required');
    // Another 504 is still the command's parameter (RFC 5321 §4.2.2).
    expect(categoryOf('504 5.5.4 Command parameter not implemented')).toBe('protocol');
  });
  it("reads a sending program's failure whose whole reason is 'timed out' (Python's socket time-out) as the network", () => {
    expect(categoryOf('Sending the daily report failed: timed out')).toBe('network');
    expect(categoryOf('{"error":"failed to send: timed out","level":"error"}')).toBe('network');
    // Not when the retries' time follows: that is the queue giving up, not one connection.
    expect(categoryOf('Error: message delivery failed: timed out after 5 days')).not.toBe('network');
  });
});

describe("Mailspring's texts for its sync engine's errors (app/src/mailsync-process.ts)", () => {
  it('reads the dialog as the cause it names, with the service it adds and the link after it', () => {
    expect(categoryOf('Authentication Error - Check your username and password. (SMTP)View Log')).toBe('auth-required');
    expect(categoryOf("The message has been blocked by Yahoo's outbound spam filter.")).toBe('spam');
    expect(categoryOf('The message has been blocked by Yahoo - you have exceeded your daily sending limit.')).toBe('rate-limit');
    expect(categoryOf('The message contains an illegial attachment that is not allowed by the server.')).toBe('content-policy');
  });
});

describe("Outlook's relay refusal dialog (0x800CCC79) in the languages of Microsoft's article on the 550/553 relay error", () => {
  it.each([
    ['Dutch', "reactie van server: '550 <pat@dest.example>... Doorsturen geweigerd ', poort: 25, beveiligd (SSL): Nee, serverfout: 550, foutnummer: 0x800CCC79."],
    ['Czech, no closing quote', "Protokol: SMTP, Odpověď serveru: '550 <pat@dest.example>... Přenos byl odepřen, port: 25, zabezpečení (SSL): Ne, chyba serveru: 550, číslo chyby: 0x800CCC79."],
    // The dialog's "(SSL): Nej" is its setting, not a TLS failure: the reply ends at the port.
    ['Swedish words under the English label', "Protocol: SMTP, Server Response: '550 <pat@dest.example>... Vidarebefordran nekad, Port: 25, Säker (SSL): Nej, Serverfel: 550, Felnummer: 0x800CCC79."],
    ['Norwegian, unquoted', 'Protokoll: SMTP, Serversvar: 550 <pat@dest.example>... Formidling avslått, Port: 25, Sikker (SSL): Nei, Serverfeil: 550, Feilnummer: 0x800CCC79.'],
    ['Slovak, „…“ quotes', 'protokol: SMTP, odpoveď servera: „550 <pat@dest.example>... Prenos odmietnutý“, port: 25, zabezpečenie (SSL): nie, chyba servera: 550, číslo chyby: 0x800CCC79.'],
  ])('%s', (_name, text) => {
    expect(categoryOf(text)).toBe('relay-denied');
  });

  it('leaves a reply wrapped over lines after "Server response:" whole: no port field, no dialog', () => {
    expect(categoryOf("Server response: 550 5.7.1 Unauthenticated email from example.com is not\naccepted due to domain's 5.7.1 DMARC policy. Please contact the administrator\nof example.com domain if this was a legitimate mail. - gsmtp")).toBe('dmarc');
  });
});

describe("Outlook's 'No transport provider was available for delivery to this recipient' (KB 197417)", () => {
  it.each([
    ['English', 'No transport provider was available for delivery to this recipient.'],
    ['Dutch', 'Er is geen transportserviceprogramma beschikbaar voor bezorging bij deze geadresseerde.'],
    ['Polish', 'Brak dostawcy transportu do dostarczenia do tego adresata.'],
  ])('%s: a failure in the client whose cause the text does not say', (_name, text) => {
    expect(categoryOf(text)).toBe('unknown');
  });
});

describe("Postfix's sendmail(1) -t with no recipient in the message's own header (src/sendmail/sendmail.c)", () => {
  it('is the message: its To:, Cc: and Bcc: named nobody', () => {
    expect(categoryOf('sendmail: fatal: www-data(33): No recipient addresses found in message header')).toBe('message-format');
  });
});
