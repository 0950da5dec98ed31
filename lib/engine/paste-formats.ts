/**
 * How sending libraries and services wrap an SMTP reply in what they print or log: the formats the paste reader
 * (paste.ts) takes apart. One entry per wrapper; each was read from the library's own source (repository and file
 * named in `source`; for a closed program, a page showing its output whole), never from a bug report. Every pattern is
 * anchored on a fixed phrase and bounded, so it stays linear on hostile input (test/engine/redos.test.ts checks them).
 *
 * An entry finds where one failure starts (`start`, a global pattern) and says how its reply is read from there:
 * - `literal`: a quoted string starts right after the match (a Python `b'…'`, a JavaScript `'…' +` concatenation,
 *   an Erlang `<<"…">>`): its escapes are decoded;
 * - `lines`: the reply is the rest of the line, with the continuation lines of a multi-line reply;
 * - `quoted-message`: the reply runs to the line that closes the quote (Symfony and Swift Mailer put the raw
 *   multi-line reply between quotes without escaping it);
 * - `host-literal`: a host literal, a comma, then the reply literal (gen_smtp's failure tuples);
 * - `detail-list`: "address: detail" lines (PHPMailer's list of failed recipients);
 * - `labels`: the code and status are labelled; the reply's words are the rest of the line;
 * - `code`: the wrapper quotes the code alone (the `code` group), no words of the reply.
 * Named groups of `start` carry what the wrapper says besides the reply: `code`, `status` (enhanced), `rcpt`
 * (recipient), `cmd` (the command, looked up in `commands`), `host`.
 */
import { QMAIL_STATUS } from './codes';
import { EXCHANGE_DELAY_DE } from './kind';
import type { SmtpCommand } from './types';

/** qmail's status of a failure (4 or 5 class) at the end of its words. */
const QMAIL_FAILURE = new RegExp(QMAIL_STATUS.source.replace('[245]', '[45]'));

export type ReplyRule = 'literal' | 'lines' | 'quoted-message' | 'host-literal' | 'detail-list' | 'labels' | 'code';

export interface PasteFormat {
  id: string;
  /** The library, as the user knows it. */
  library: string;
  /** Repository and file the format was read from. */
  source: string;
  /** Lower-case literals; the entry is tried only when one of them occurs in the text ([] = always). */
  markers: readonly string[];
  /** Global pattern: where one failure starts; its end is where the reply begins. */
  start: RegExp;
  reply: ReplyRule;
  /** The command every failure of this wrapper answered. */
  command?: SmtpCommand;
  /** The `cmd` group (lower-cased, spaces collapsed) → the command. */
  commands?: Readonly<Record<string, SmtpCommand>>;
  /**
   * Words near the failure that name the command (an exception's class, a backtrace frame): looked for in the
   * `window` characters before the match (and after its reply with `after`); the first group, lower-cased, is looked
   * up in `commands`.
   */
  context?: { pattern: RegExp; window: number; after?: boolean };
  /** After the reply: an address the wrapper adds (a Python tuple's third element), kept when the command is RCPT TO. */
  tailAddress?: RegExp;
  /** Before the match, on its line: the recipient the wrapper names ("Failed to add recipient: a@b"); group 1. */
  rcptBefore?: RegExp;
  /** After the reply: the recipients the failure applies to ("affected recipient(s): a, b"); group 1 is the list. */
  recipientsAfter?: RegExp;
  /** The reply may stand before the match on its line ("550 … (Net::SMTPFatalError)"). */
  replyBefore?: boolean;
  /** The match is a field labelled as the server's reply ("Server Response:"): what it holds is a reply, whatever its words. */
  labelled?: boolean;
  /** With `reply: 'code'`: the reply keeps the words the match opens with, which name the step ("RCPT failed: 550"). */
  keepLead?: boolean;
  /** With `reply: 'lines'`: the match opens a parenthesis that closes after the reply ("… (<reply>)."): cut from its end. */
  parenthesized?: boolean;
}

const ADDRESS = String.raw`[^\s"'<>@,;()\[\]]{1,64}@[^\s"'<>@,;()\[\]]{1,255}`;

/** Python's smtplib and aiosmtplib exception classes → the command whose reply they carry. */
const PYTHON_CLASSES: Readonly<Record<string, SmtpCommand>> = {
  smtprecipientsrefused: 'RCPT TO',
  smtprecipientrefused: 'RCPT TO',
  smtpsenderrefused: 'MAIL FROM',
  smtpdataerror: 'DATA',
  smtpheloerror: 'HELO',
  smtpauthenticationerror: 'AUTH',
  smtpconnecterror: 'connect',
};

export const PASTE_FORMATS: readonly PasteFormat[] = [
  {
    // SMTPRecipientsRefused(senderrs): str() is the dict {'a@x': (550, b'5.1.1 …'), …}, one entry per refused
    // recipient, each (code, reply) as SMTP.rcpt() returned it; the reply's lines are joined with b"\n".
    id: 'python-recipients-refused',
    library: "Python's smtplib",
    source: 'python/cpython Lib/smtplib.py (SMTPRecipientsRefused, SMTP.sendmail, SMTP.getreply)',
    markers: [],
    start: new RegExp(String.raw`["'](?<rcpt>${ADDRESS})["'][ \t]{0,4}:[ \t]{0,4}\([ \t]{0,4}(?<code>[245][0-5]\d)[ \t]{0,4},[ \t]{0,4}(?=b?["'])`, 'g'),
    reply: 'literal',
    command: 'RCPT TO',
  },
  {
    // SMTPResponseException(code, msg) and its subclasses: str() is the args tuple (550, b'…'); SMTPSenderRefused
    // adds the sender (553, b'…', 'me@x'). aiosmtplib's classes (errors.py) keep the same args with a str reply,
    // its SMTPRecipientRefused adding the recipient; SMTPRecipientsRefused lists them: [SMTPRecipientRefused(550, '…', 'a@x')].
    id: 'python-response-tuple',
    library: "Python's smtplib or aiosmtplib",
    source: 'python/cpython Lib/smtplib.py (SMTPResponseException, SMTPSenderRefused, SMTPDataError); cole/aiosmtplib src/aiosmtplib/errors.py',
    markers: [],
    start: /\([ \t]{0,4}(?<code>[245][0-5]\d)[ \t]{0,4},[ \t]{0,4}(?=b?["'])/g,
    reply: 'literal',
    commands: PYTHON_CLASSES,
    context: { pattern: /\b(SMTP(?:RecipientsRefused|RecipientRefused|SenderRefused|DataError|HeloError|AuthenticationError|ConnectError))\b/g, window: 160 },
    tailAddress: new RegExp(String.raw`[ \t]{0,4},[ \t]{0,4}b?["'](${ADDRESS})["'][ \t]{0,4}\)`, 'y'),
  },
  {
    // Net::SMTP raises SMTPServerBusy (4xx), SMTPSyntaxError (50x), SMTPAuthenticationError (53x), SMTPFatalError
    // (5xx), SMTPUnknownError; the message is the reply's first line. Printed as "Net::SMTPFatalError: 550 …",
    // "550 … (Net::SMTPFatalError)", "#<Net::SMTPFatalError: 550 …>". The Mail gem and Rails raise the same classes.
    // The backtrace names the command: "in `rcptto'", "in 'Net::SMTP#mailfrom'", "in `data'".
    id: 'ruby-net-smtp',
    library: "Ruby's Net::SMTP",
    source: 'ruby/net-smtp lib/net/smtp.rb (SMTPError, Response#exception_class, check_response, rcptto, mailfrom, data)',
    markers: ['net::smtp'],
    // (A log may print the class and the message with only a space between: "Net::SMTPSyntaxError 501 …".)
    start: /\bNet::SMTP(?:FatalError|ServerBusy|SyntaxError|UnknownError|AuthenticationError)(?::[ \t]{0,4}|[ \t]{1,4}\(|[ \t]{1,4}(?=[245]\d\d[ -])|\b)/g,
    reply: 'lines',
    replyBefore: true,
    commands: { rcptto: 'RCPT TO', mailfrom: 'MAIL FROM', data: 'DATA', helo: 'HELO', ehlo: 'EHLO', starttls: 'STARTTLS' },
    context: { pattern: /\bin [`'](?:Net::SMTP#)?(rcptto|mailfrom|data|helo|ehlo|starttls)'/g, window: 2000, after: true },
  },
  {
    // SMTPTransport chains one SMTPAddressFailedException per refused recipient (its message is the server's whole
    // reply) under SendFailedException("Invalid Addresses"); MessagingException.toString prints each as
    // ";\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 550 …". SMTPSenderFailedException
    // carries the MAIL FROM reply, SMTPSendFailedException the reply to DATA or the message.
    id: 'javamail',
    library: 'JavaMail / Jakarta Mail',
    source: 'javaee/javamail mail/src/main/java/com/sun/mail/smtp/SMTPTransport.java (rcptTo, mailFrom, issueSendCommand); javax/mail/MessagingException.java (toString)',
    markers: ['smtp'],
    start: /\bSMTP(?<cmd>AddressFailed|SenderFailed|SendFailed)Exception:[ \t]{0,4}/g,
    reply: 'lines',
    commands: { addressfailed: 'RCPT TO', senderfailed: 'MAIL FROM' },
  },
  {
    // SMTPTransport.openServer: a server that answers the connection with a code other than the 220 greeting gets
    // "Could not connect to SMTP host: <host>, port: <port>, response: <code>" — the connection was made, and the code
    // is the server's answer to it (554 "No SMTP service here", RFC 5321 §3.1; 421). (-1, no answer at all, is no code.)
    id: 'javamail-greeting',
    library: 'JavaMail / Jakarta Mail',
    source: 'javaee/javamail mail/src/main/java/com/sun/mail/smtp/SMTPTransport.java (openServer)',
    markers: ['could not connect to smtp host'],
    start: /\bCould not connect to SMTP host: [^\s,]{1,255}, port: \d{1,5}, response: (?=(?<code>[45][0-5]\d)\b)/g,
    reply: 'code',
    command: 'connect',
  },
  {
    // libcurl's SMTP state machine names the refused command and gives the server's code alone ("MAIL failed: 530",
    // "RCPT failed: 550", "RCPT failed: 550 (last error)" when every recipient was refused, "Authentication failed:
    // 535"); the reply's words are in its verbose log only. R's curl package, PHP's and git's errors print it so.
    id: 'curl-smtp',
    library: 'libcurl',
    source: 'curl/curl lib/smtp.c (smtp_state_mail_resp, smtp_state_rcpt_resp, smtp_state_auth_resp)',
    markers: [' failed: '],
    start: /\b(?<cmd>MAIL|RCPT|Authentication) failed: (?=(?<code>[45][0-5]\d)\b)/g,
    reply: 'code',
    keepLead: true,
    commands: { mail: 'MAIL FROM', rcpt: 'RCPT TO', authentication: 'AUTH' },
  },
  {
    // Roundcube Webmail's SMTP errors (program/localization/en_US/messages.inc smtptoerror, smtpfromerror): 'SMTP Error
    // ($code): Failed to add recipient "$to" ($msg).', '… Failed to set sender "$from" ($msg).' — the server's code,
    // then its reply's words (without the code) between the parentheses.
    id: 'roundcube-recipient',
    library: 'Roundcube Webmail',
    source: 'roundcube/roundcubemail program/localization/en_US/messages.inc (smtptoerror); program/lib/Roundcube/rcube_smtp.php',
    markers: ['smtp error ('],
    start: new RegExp(String.raw`\bSMTP Error \((?<code>[45][0-5]\d)\): Failed to add recipient "<?(?<rcpt>${ADDRESS})>?" \(`, 'g'),
    reply: 'lines',
    parenthesized: true,
    command: 'RCPT TO',
  },
  {
    id: 'roundcube-sender',
    library: 'Roundcube Webmail',
    source: 'roundcube/roundcubemail program/localization/en_US/messages.inc (smtpfromerror); program/lib/Roundcube/rcube_smtp.php',
    markers: ['smtp error ('],
    start: /\bSMTP Error \((?<code>[45][0-5]\d)\): Failed to set sender "[^"\n]{0,320}" \(/g,
    reply: 'lines',
    parenthesized: true,
    command: 'MAIL FROM',
  },
  {
    // …and 'SMTP Error ($code): Connection to server failed.', '… Authentication failed.' (smtpconnerror,
    // smtpautherror): the code alone, after the step's words.
    id: 'roundcube-session',
    library: 'Roundcube Webmail',
    source: 'roundcube/roundcubemail program/localization/en_US/messages.inc (smtpconnerror, smtpautherror)',
    markers: ['smtp error ('],
    start: /\bSMTP Error \((?=(?<code>[45][0-5]\d)\): (?<cmd>Connection to server failed|Authentication failed)\.)/g,
    reply: 'code',
    commands: { 'connection to server failed': 'connect', 'authentication failed': 'AUTH' },
  },
  {
    // PEAR Mail (Mail_smtp::_error): "<what failed> [SMTP: <Net_SMTP's message> (code: 550, response: 5.7.1 …)]" — the
    // server's code and the rest of its reply, after the step that failed: "Failed to set sender: …" (MAIL FROM),
    // "Failed to add recipient: …" (RCPT TO), "Failed to send data" (DATA), "… authentication failure" (AUTH).
    id: 'pear-mail',
    library: 'PEAR Mail',
    source: 'pear/Mail Mail/smtp.php (_error, send_or_fail, getSMTPObject)',
    markers: ['response:'],
    start: /\(code: (?<code>[45][0-5]\d), response: ?/g,
    reply: 'lines',
    commands: { 'failed to set sender': 'MAIL FROM', 'failed to add recipient': 'RCPT TO', 'failed to send data': 'DATA', 'authentication failure': 'AUTH', 'failed to connect to': 'connect' },
    context: { pattern: /\b(Failed to set sender|Failed to add recipient|Failed to send data|authentication failure|Failed to connect to)\b/gi, window: 600 },
    rcptBefore: new RegExp(String.raw`\bFailed to add recipient:[ \t]{0,4}<?(${ADDRESS})>?[ \t]{0,4}\[SMTP:`, 'g'),
  },
  {
    // PHPMailer::smtpSend throws lang('recipients_failed') followed by "address: detail" for each refused recipient,
    // the detail being the reply without its code and status (SMTP::sendCommand cuts them off each line). The code
    // and status follow in ErrorInfo ("SMTP code: 550 Additional SMTP info: 5.1.1", PHPMailer::setError).
    id: 'phpmailer-recipients',
    library: 'PHPMailer',
    source: 'PHPMailer/PHPMailer src/PHPMailer.php (smtpSend, setError, lang: recipients_failed, smtp_code, smtp_code_ex); src/SMTP.php (sendCommand)',
    markers: ['following recipients failed'],
    start: /SMTP Error: The following recipients failed:[ \t]{0,4}/g,
    reply: 'detail-list',
    command: 'RCPT TO',
  },
  {
    // SMTP::sendCommand's debug line: "SMTP ERROR: RCPT TO command failed: 550 5.1.1 …" (the whole reply), and
    // PHPMailer::setError's "SMTP server error: MAIL FROM command failed Detail: … SMTP code: 550 Additional SMTP
    // info: 5.7.1". PHPMailer's own command names: MAIL FROM, RCPT TO, DATA, DATA END (the end of data), AUTH, EHLO…
    id: 'phpmailer-command',
    library: 'PHPMailer',
    source: 'PHPMailer/PHPMailer src/SMTP.php (sendCommand, mail, recipient, data); src/PHPMailer.php (setError, lang: smtp_error, smtp_detail)',
    markers: ['command failed'],
    start: /\bSMTP (?:ERROR|server error):[ \t]{0,4}(?<cmd>MAIL FROM|RCPT TO|DATA END|DATA|AUTH|EHLO|HELO|STARTTLS|BDAT)[ \t]command failed(?::[ \t]{0,4}|[ \t]{0,4}Detail:[ \t]{0,4}|[ \t]*$)/gm,
    reply: 'lines',
    commands: { 'mail from': 'MAIL FROM', 'rcpt to': 'RCPT TO', data: 'DATA', 'data end': 'end of data', auth: 'AUTH', ehlo: 'EHLO', helo: 'HELO', starttls: 'STARTTLS', bdat: 'BDAT' },
  },
  {
    // PHPMailer::setError's labels on their own: "SMTP code: 550 Additional SMTP info: 5.7.1" (lang: smtp_code,
    // smtp_code_ex), the reply's words before them on the line, if any.
    id: 'phpmailer-codes',
    library: 'PHPMailer',
    source: 'PHPMailer/PHPMailer src/PHPMailer.php (setError, lang: smtp_code, smtp_code_ex, smtp_detail)',
    markers: ['smtp code:'],
    start: /\bSMTP code:[ \t]{0,4}(?<code>[245][0-5]\d)\b(?:[ \t]{1,4}Additional SMTP info:[ \t]{0,4}(?<status>[245]\.\d{1,3}\.\d{1,3}))?/g,
    reply: 'labels',
  },
  {
    // Symfony Mailer (SmtpTransport::assertResponseCode) and Swift Mailer (AbstractSmtpTransport::assertResponseCode):
    // 'Expected response code "250/251/252" but got code "550", with message "550 5.1.1 …".' — the raw reply, all its
    // lines, between the quotes. The codes expected name the command: 354 only after DATA, 250/251/252 after RCPT TO.
    // Laravel sends through these two. A positive code got instead is no refusal (paste.ts GOT_POSITIVE).
    id: 'symfony-swift',
    library: 'Symfony Mailer or Swift Mailer',
    source: 'symfony/mailer Transport/Smtp/SmtpTransport.php (assertResponseCode); swiftmailer/swiftmailer lib/classes/Swift/Transport/AbstractSmtpTransport.php (assertResponseCode)',
    markers: ['expected response code'],
    start: /Expected response code "?(?<cmd>\d{3}(?:\/\d{3}){0,5})"? but got (?:code )?"?(?<code>[45][0-5]\d)"?, with message (?<quote>")?/g,
    reply: 'quoted-message',
    commands: { '354': 'DATA', '250/251/252': 'RCPT TO', '250/251': 'RCPT TO', '235': 'AUTH', '220': 'STARTTLS' },
  },
  {
    // System.Net.Mail: SmtpException.GetMessageForStatus gives the status code's text ("Mailbox unavailable.") then
    // "The server response was: {0}" with the reply after its code. SmtpFailedRecipient(s)Exception is thrown for
    // RCPT TO replies.
    id: 'dotnet-smtpclient',
    library: '.NET System.Net.Mail',
    source: 'dotnet/runtime src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpException.cs (GetMessageForStatus); Resources/Strings.resx (MailServerResponse, Smtp*)',
    markers: ['the server response was'],
    start: /\b(?:Mailbox unavailable|Transaction failed|Mailbox name not allowed|Exceeded storage allocation|Insufficient system storage|Error in processing|Service not available, closing transmission channel|User not local; please try a different path|Syntax error, command unrecognized|Syntax error in parameters or arguments|Command not implemented|Bad sequence of commands|Command parameter not implemented|Client does not have permission to submit mail to this server)\.(?:[ \t]{1,4}|\r?\n)The server response was:[ \t]{0,4}/g,
    reply: 'lines',
    commands: { smtpfailedrecipientexception: 'RCPT TO', smtpfailedrecipientsexception: 'RCPT TO' },
    context: { pattern: /\b(SmtpFailedRecipientsException|SmtpFailedRecipientException)\b/g, window: 400 },
  },
  {
    // MailKit: SmtpClient throws SmtpCommandException(SmtpErrorCode, SmtpStatusCode, mailbox, response.Response), the
    // message being the reply's text after its code; ErrorCode RecipientNotAccepted / SenderNotAccepted /
    // MessageNotAccepted names the command.
    id: 'mailkit',
    library: 'MailKit',
    source: 'jstedfast/MailKit MailKit/Net/Smtp/SmtpClient.cs (OnRecipientNotAccepted, OnSenderNotAccepted, OnMessageNotAccepted); SmtpCommandException.cs',
    markers: ['smtpcommandexception'],
    start: /\bSmtpCommandException:[ \t]{0,4}/g,
    reply: 'lines',
    commands: { recipientnotaccepted: 'RCPT TO', sendernotaccepted: 'MAIL FROM', messagenotaccepted: 'DATA' },
    context: { pattern: /\bErrorCode\b[ \t:=]{0,4}(RecipientNotAccepted|SenderNotAccepted|MessageNotAccepted)\b/g, window: 600, after: true },
  },
  {
    // go-mail: SendError.Error() is the reason ("sending SMTP RCPT TO command"), ": ", the errors (net/smtp's
    // textproto.Error prints "%03d %s"), then ", affected recipient(s): a@x, b@y".
    id: 'go-mail',
    library: 'go-mail',
    source: 'wneessen/go-mail senderror.go (SendError.Error, SendErrReason.String); Go net/textproto reader.go (Error.Error)',
    markers: ['smtp'],
    start: /\b(?:sending SMTP (?<cmd>MAIL FROM|RCPT TO|DATA) command|(?<close>closing SMTP DATA writer)):[ \t]{0,4}/g,
    reply: 'lines',
    commands: { 'mail from': 'MAIL FROM', 'rcpt to': 'RCPT TO', data: 'DATA' },
    recipientsAfter: /, affected recipient\(s\):[ \t]{0,4}([^\n]{1,4000})/y,
  },
  {
    // Nodemailer's SMTPConnection._formatError appends ": " and the server's response to the message: "Can't send
    // mail - all recipients were rejected: 550 …" (RCPT TO), "Recipient command failed: …", "Mail command failed: …"
    // (MAIL FROM), "Data command failed: …" (DATA), "Message failed: …" (the reply after the message).
    id: 'nodemailer',
    library: 'Nodemailer',
    source: 'nodemailer/nodemailer lib/smtp-connection/index.js (_formatError, _actionMAIL, _actionRCPT, _actionDATA, _actionSMTPStream)',
    markers: ['failed', 'rejected', 'invalid login'],
    start: new RegExp(String.raw`\b(?<cmd>Can't send mail - all recipients were rejected|Recipient command failed|Mail command failed|Data command failed|Message failed|Invalid login|Internationalized mailbox name not allowed)(?: for recipient (?<rcpt>${ADDRESS}))?:[ \t]{1,4}(?=[245]\d\d)`, 'g'),
    reply: 'lines',
    commands: {
      "can't send mail - all recipients were rejected": 'RCPT TO',
      'recipient command failed': 'RCPT TO',
      'internationalized mailbox name not allowed': 'RCPT TO',
      'mail command failed': 'MAIL FROM',
      'data command failed': 'DATA',
      'message failed': 'end of data',
      'invalid login': 'AUTH',
    },
  },
  {
    // lettre: Error's Display writes "permanent error (550)" or "transient error (421)", then ": " and the reply's text.
    id: 'lettre',
    library: 'lettre',
    source: 'lettre/lettre src/transport/smtp/error.rs (Display for Error, Kind::Permanent, Kind::Transient)',
    markers: ['error ('],
    start: /\b(?:permanent|transient) error \((?<code>[245][0-5]\d)\):[ \t]{0,4}/g,
    reply: 'lines',
  },
  {
    // Outlook Express, Windows Mail and Windows Live Mail (and Outlook's older POP/SMTP accounts) write their sending
    // errors as one line of labelled fields: "… Subject 'x', Account: 'y', Server: 'smtp.example.com', Protocol:
    // SMTP, Server Response: '550 5.7.1 … Relaying denied', Port: 25, Secure(SSL): No, Server Error: 550, Error Number:
    // 0x800CCC79". The reply is the quoted Server Response; the other fields (the SSL setting among them) are the
    // client's. Localized: "Resposta do Servidor", "Respuesta del servidor", "Réponse du serveur", "Serverantwort",
    // "Risposta server" (Microsoft's Italian article on the 550/553 relay error: support.office.com/it-it/article/…
    // 65B494A4-0A15-433E-829F-E73651E0245E), and in the same article's Dutch, Czech, Slovak, Swedish and Norwegian
    // versions "reactie van server", "Odpověď serveru", "odpoveď servera", "Serversvar" — there the value may be
    // unquoted or in „…“ quotes, and may run to the next field (the port) without a closing quote.
    id: 'outlook-express',
    library: 'Outlook Express / Windows Mail',
    source: 'https://support.moonpoint.com/network/email/clients/outlook-express/outlook-express6-tls.php (the whole error line as Outlook Express 6 prints it: 0x800CCC79, "Server Response: \'550 5.7.1 … Relaying denied…\', Port: 25, Secure(SSL): No")',
    markers: ['server response', 'resposta do servidor', 'respuesta del servidor', 'ponse du serveur', 'serverantwort', 'risposta server', 'reactie van server', 'serveru', 'servera', 'serversvar'],
    start: /\b(?:Server Response|Resposta do Servidor|Respuesta del servidor|R[ée]ponse du serveur|Serverantwort|Risposta server|reactie van server|Odpov[ěe]ď serveru|odpove[ďd] servera|Serversvar)[ \t]{0,2}:[ \t]{0,4}[\u201e\u201c]?(?=['"]?[245]\d\d\b)/gi,
    reply: 'literal',
    labelled: true,
  },
  {
    // gen_smtp_client returns {error, Type, {permanent_failure, Host, Message}} (or temporary_failure), Message being
    // the server's reply as a binary; Elixir's Swoosh passes it on as {:error, {Type, {…}}}.
    id: 'gen-smtp',
    library: 'gen_smtp (Erlang, Elixir Swoosh)',
    source: 'gen-smtp/gen_smtp src/gen_smtp_client.erl (handle_smtp_throw, try_MAIL_FROM, try_RCPT_TO, try_DATA)',
    markers: ['_failure'],
    start: /\{:?(?:permanent|temporary)_failure,[ \t]{0,4}/g,
    reply: 'host-literal',
  },
];

/**
 * Fields of an object dump (JSON, a JavaScript or Python object, a Ruby hash) whose value may hold the server's reply,
 * the recipient, the command, the codes or the remote host. Names as services and libraries write them (Nodemailer's
 * error: response, responseCode, command, recipient, rejected; the event JSON of sending services: reason,
 * diagnostic_code, smtp_response, bounce_reason…). Matched case-insensitively, with `_`, `-` or nothing between words.
 */
export const FIELD_NAMES: Readonly<Record<'reply' | 'code' | 'status' | 'recipient' | 'recipients' | 'command' | 'host', readonly string[]>> = {
  // maddy's log fields smtp_code / smtp_enchcode / smtp_msg are what it replies (internal/exterrors/smtp.go); its
  // "reason" field is its own note, never sent.
  reply: ['response', 'smtpresponse', 'smtpreply', 'smtpmsg', 'smtpmessage', 'serverresponse', 'lastresponse', 'rawresponse', 'diagnosticcode', 'diagnostic', 'bouncereason', 'bouncemessage', 'reason', 'error', 'err', 'errormessage', 'message', 'msg', 'description', 'details', 'detail', 'smtperror', 'statusmessage', 'deliverymessage', 'reply'],
  code: ['responsecode', 'smtpcode', 'replycode', 'statuscode', 'smtpstatus', 'code'],
  status: ['enhancedcode', 'enhancedstatus', 'enhancedstatuscode', 'smtpenchcode', 'enchcode', 'dsnstatus', 'dsn', 'status'],
  recipient: ['recipient', 'rcpt', 'rcptto', 'email', 'emailaddress', 'address', 'to', 'failedrecipient', 'recipientemail'],
  recipients: ['rejected', 'failedrecipients', 'recipients'],
  command: ['command', 'smtpcommand', 'stage', 'smtpstage'],
  host: ['mxhost', 'mx', 'remotehost', 'remotemta', 'remoteserver', 'host', 'smtphost'],
};

/**
 * Words that say an email was not delivered, for text with no SMTP code at all: a sending service's suppression
 * notice, a notice to the user, a log line. Strong phrases are about mail delivery by themselves; weak ones only
 * count next to a word about mail (MAIL_CONTEXT), so ordinary prose ("the proposal was rejected") stays prose.
 */
/** The names a notice gives itself ("Undeliverable", "Delivery Status Notification"): a failure, but not why. */
export const NOTICE_NAMES = /\bundeliverable\b|\bundelivered mail\b|\bdelivery status notification\b|\bmail delivery (?:failed|failure|subsystem)\b/gi;

export const FAILURE_WORDS_STRONG: readonly RegExp[] = [
  new RegExp(NOTICE_NAMES.source, 'i'),
  // Sendmail's bounce subjects (savemail.c: "Returned mail: see transcript for details", "Returned mail: User unknown").
  /\breturned mail: /i,
  /\bpreviously bounced\b|\bhard[- ]bounced?\b|\bsoft[- ]bounced?\b|\bbounced (?:address|recipient|email)\b/i,
  /\bsuppression list\b|\bsuppressed (?:address|recipient|email)\b|\b(?:address|recipient|email) (?:is|was|has been) suppressed\b|\bon (?:the|our|your|a) (?:suppression|bounce|block) ?list\b/i,
  /\bnot delivering to\b|\bwill not (?:be )?deliver(?:ed)?\b/i,
  /\b(?:user|mailbox|recipient|address|account) (?:(?:is|was|has been) )?(?:unknown|not found|does not exist|doesn't exist|not exist|unavailable|disabled|deactivated|suspended|inactive|full)\b/i,
  /\b(?:unknown|invalid|non-?existent) (?:user|mailbox|recipient|address)\b|\bno such (?:user|mailbox|recipient|address)\b/i,
  /\b(?:recipient|sender) address rejected\b|\brelay(?:ing)? (?:access )?(?:denied|not permitted|prohibited)\b/i,
  /\bover quota\b|\bquota exceeded\b|\bmailbox (?:is )?full\b/i,
  /\b(?:message|mail|email) (?:was |has been )?(?:rejected|refused|blocked|not accepted)\b/i,
  /\b(?:delivery|sending) (?:has |to [^\s]{1,80} )?failed\b|\bdelivery failure\b|\bfailed to deliver\b|\b(?:unable|failed) to (?:deliver|send)\b/i,
  /\b(?:could ?n[o'’]t|can ?not|can['’]t|was ?n[o'’]t|has ?n[o'’]t been|cannot) (?:be )?delivered\b/i,
  // Delivery said to have been stopped ("A restriction in the system prevented delivery of the message").
  /\bprevented (?:the )?delivery of\b|\bdelivery (?:of (?:the|this|your) (?:message|mail|e-?mail) )?(?:was|has been) prevented\b/i,
  // A sending client's words for the same ("The message could not be sent", "A mail message was not sent due to …").
  /\b(?:message|mail|e-?mail)s? (?:was ?n[o'’]t|were ?n[o'’]t|has ?n[o'’]t been|could ?n[o'’]t be|cannot be|can ?not be) sent\b/i,
  // Postfix's note of the command a remote reply answered: a reply quoted from a bounce or log, whatever its words.
  /\(in reply to (?:rcpt to|mail from|end of data|data) command\)/i,
  /\b(?:blacklisted|blocklisted|spamhaus|dnsbl)\b/i,
  // A mail authentication check that failed, in the result syntax only mail headers use: Authentication-Results'
  // "dkim=fail", "spf=softfail", "dmarc=fail" (RFC 8601 §2.2, results of §2.7) and Received-SPF's "Received-SPF: fail"
  // (RFC 7208 §9.1). The checks exist only for mail, so no other word about mail is needed; "none", "neutral" and
  // "policy" stand in a delivered mail's headers too, and "pass" is no failure.
  /\b(?:dkim|spf|dmarc)[ \t]*=[ \t]*(?:fail|softfail|permerror|temperror)\b|\bReceived-SPF:[ \t]*(?:fail|softfail|permerror|temperror)\b/i,
  // Exchange's and Outlook's notice around a remote server's refusal: "There was a SMTP communication problem with the
  // recipient's email server".
  /\bSMTP (?:(?:delivery|sending|send) )?(?:error|server error|failure|communication problem)\b/i,
  /\bRequested (?:mail )?action not taken\b|\bRequested mail action not okay\b|\bTransaction failed\b|\bService not available\b|\bmailbox name not allowed\b|\bexceeded storage allocation\b|\binsufficient system storage\b/i,
  // The sending server's own words when it could not even get a reply (no code to quote): DNS, connection, TLS and
  // queue errors as Postfix (smtp(8), dns_lookup.c), Exim (transports/smtp.c, retry.c), qmail-remote and Sendmail
  // print them.
  /\bhost or domain name not found\b|\bname service error\b|\bhost (?:not found|unknown)\b|\bcould ?n[o']t find any host\b|\bdomain name not found\b|\bnxdomain\b|\bmx records? point\b|\bdns (?:error|lookup failure)\b/i,
  /\bconnection (?:timed out|refused|reset by peer)\b|\blost connection with\b|\bconversation with \S{1,255} timed out\b|\bnetwork is unreachable\b|\bno route to host\b|\bwas ?n[o']t able to establish an smtp connection\b/i,
  // Client programs' and webmails' words for the same: "Connection closed by remote host", Haraka's "Remote end … closed
  // connection while we were processing mail" (outbound/hmail.js), "Socket error: connection
  // reset", "Could not establish a connection to the remote mail server", "Remote server unreachable".
  /\bconnection to (?:the )?(?:[\w.-]{1,60} )?server (?:was |has been )?(?:lost|dropped|interrupted)\b|\bconnection (?:closed|reset) by\b|\b(?:remote end|remote host|remote server|remote side|peer)(?: \S{1,60})? (?:unexpectedly )?closed (?:the )?connection\b|\bsocket error\b|\b(?:server|host) (?:is )?unreachable\b|\b(?:could ?n[o'’]t|unable to|failed to|cannot|can['’]t) (?:establish|open) (?:an? |the )?(?:smtp |tcp )?connection\b|\bunexpectedly closed (?:the )?connection\b|\b(?:could ?n[o'’]t|unable to|failed to|cannot|can['’]t) connect to (?:the |your )?(?:mail|smtp|e-?mail|remote|outgoing|recipient'?s?) ?(?:mail )?server\b|\b(?:mail|smtp|e-?mail) server (?:is )?not responding\b|\btime ?out connecting to\b|\bconnection to the (?:receiving|remote|recipient'?s?|mail|smtp) (?:mail )?server failed\b/i,
  /\btls is required\b|\bmust issue a starttls\b|\bcannot start tls\b|\b(?:tls|ssl) handshake (?:failed|failure)\b|\bhandshake failed\b|\bcertificate verification failed\b|\bssl routines\b/i,
  // The handshake's failure by its protocol names: RFC 8446 §6's alert "handshake_failure" (as JSSE's debug log prints
  // it, "description = handshake_failure"), Java's javax.net.ssl.SSLHandshakeException, and Postfix smtpd's own log of a
  // client whose TLS failed ("SSL_accept error from …", tls_server.c; "lost connection after STARTTLS from …", smtpd.c).
  /\bhandshake_failure\b|\bSSLHandshakeException\b|\bSSL_accept error\b|\blost connection after STARTTLS\b/i,
  // A receiving server that offers no TLS where the sender requires it (Postfix smtp_proto.c: "TLS is required, but was
  // not offered by host …"; "Remote server does not support TLS").
  /\b(?:server|host)(?: [\w.-]{1,60})? (?:does ?n[o'’]t|does not|did ?n[o'’]t|did not) (?:support|offer|advertise) (?:the )?(?:starttls|tls)\b/i,
  /\b(?:cannot|can not|could not|couldn't|unable to) (?:be )?(?:send|sent|deliver|delivered) (?:the |this |your )?(?:message|mail|e-?mail) (?:for|within|after|in) \d{1,4} (?:days?|hours?)\b|\bmaximum number of delivery attempts\b|\bretry timeout exceeded\b|\bstill undelivered after \d{1,4} (?:days?|hours?)\b|\bin the queue (?:for )?too long\b|\bmessage expired\b|\bnot going to try again\b|\bcould not be delivered for \d{1,3} days\b/i,
  /\ballowed rcpthosts\b/i,
  // A program saying it could not send a mail ("Failed to send email", "fail to send email", "Could not send the
  // message to …", "Cannot send mail", "Error sending email"): the sending failed, whatever follows.
  // (Also "An error occurred while sending notifications", as help desks and web apps put it.)
  /\b(?:(?:fail(?:s|ed|ure)? to|unable to|could ?n[o'’]t|can ?not|can['’]t) send|error (?:(?:has )?occurr?ed )?(?:while |when |in )?sending) (?:the |this |your |an? )?(?:e-?mail|mail|message|notification)s?\b/i,
  // qmail's status at the end of its own sentences ("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"):
  // a mail system's code, whatever the words before it.
  QMAIL_FAILURE,
  // A virus scanner's or attachment filter's notice about a message it changed or held.
  /\b(?:attachments?|files?) (?:(?:was|were|has been|have been|is|are) )?(?:removed|deleted|blocked|stripped|quarantined)\b|\battachments? (?:(?:is|are|was|were) )?(?:not allowed|prohibited|forbidden|refused|rejected)\b|\bvirus[- ]infected\b|\bdetected a virus\b/i,
  // The same in the languages webmails and servers write notices in (Exchange's localized "Undeliverable" subjects,
  // Gmail's localized notices, the providers' own words): not delivered, unknown recipient, mailbox full.
  EXCHANGE_DELAY_DE,
  /(?<![\p{L}])(?:unzustellbar|nicht zugestellt|(?:empf[äa]nger|benutzer) unbekannt|unbekannter empf[äa]nger|postfach (?:ist )?voll)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:non remis|non distribu[ée]|impossible de remettre|(?:utilisateur|destinataire) inconnu|bo[iî]te (?:aux lettres )?pleine|adresse introuvable|message bloqu[ée]|n['’]a (?:pas )?(?:pu )?(?:[ée]t[ée]|[êe]tre) (?:remis|distribu[ée]|livr[ée]|envoy[ée])|[ée]chec de (?:la )?(?:remise|distribution))(?![\p{L}])/iu,
  /(?<![\p{L}])(?:no se (?:pudo|puede) entregar|no se ha (?:podido )?entregado|no (?:ha sido|fue) entregad[oa]|(?:usuario|destinatario) (?:desconocido|no existe)|buz[oó]n (?:lleno|no existe)|error (?:en la |al )?entrega(?:r)?|no se ha encontrado la direcci[oó]n)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:n[ãa]o (?:foi )?entregue|(?:usu[áa]rio|destinat[áa]rio) desconhecido|caixa (?:de correio )?cheia)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:non recapitat[oa]|non recapitabile|non è stato (?:ancora )?(?:possibile )?(?:recapitat[oa]|consegnat[oa])|(?:utente|destinatario) sconosciuto|casella (?:di posta )?piena)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:onbestelbaar|onbekende ontvanger|niet afgeleverd|niedostarczon[aey]|nieznany (?:adresat|odbiorca|u[żz]ytkownik))(?![\p{L}])/iu,
  // A sending client's "could not be sent" (Outlook's localized send errors: "Impossibile inviare il messaggio", "Die
  // Nachricht konnte nicht gesendet werden", "No se puede enviar el mensaje", "A mensagem não pode ser enviada").
  /(?<![\p{L}])(?:impossibile inviare il messaggio|konnte nicht (?:gesendet|versendet|versandt) werden|no se (?:pudo|puede) enviar el mensaje|(?:a )?mensagem n[ãa]o (?:p[ôo]de|pode) ser enviada|n[ãa]o foi poss[íi]vel enviar a mensagem|kan (?:het )?bericht niet verzenden|kon niet worden verzonden)(?![\p{L}])/iu,
  /не доставлен|не (?:может|могло|могут|удалось) (?:быть )?доставлен|не удалось доставить|не существует|неизвестн[а-я]{0,3} (?:получател|пользовател)/iu,
  // Korean notices (Naver Mail's "… 전송 실패했습니다", Dooray!'s "메일 발송 실패 안내", Gmail's "메일이 전송되지
  // 않았습니다": notices-asia.ts) and the Japanese and Chinese words of a virus scanner's notice.
  /전송 ?실패|발송 ?실패|(?:전송|발송)되지 (?:않았|못하였|못했)|반송되었|ウイルスが(?:発見|検出)され|(?:发现|检测到)病毒/u,
  /配信できません|宛先不明|存在しません|送信できませんでした|退信|退回|无法(?:投递|送达)|未(?:能)?送达|发送失败|投递失败|收件人不存在|用户不存在|地址不存在|邮箱已满|無法傳遞|退件/u,
];

export const FAILURE_WORDS_WEAK: readonly RegExp[] = [
  /\b(?:bounced|rejected|refused|blocked|denied|deferred|not delivered|returned to sender|spam|quota|blacklist|blocklist|listed|rate limit(?:ed)?|too many|greylist(?:ed|ing)?|try again later)\b/i,
  // SPF, DKIM or DMARC with a result that is not a pass — "dkim=neutral", "Received-SPF: fail", "DKIM-Result: fail",
  // "dmarc=none" (RFC 8601 §2.7's results for each, RFC 7208 §2.6's for SPF, RFC 7489 §11.2's for DMARC) — or said to
  // have failed ("SPF check failed", "failed DKIM", "DKIM signature invalid"), or to be missing ("has no SPF record",
  // "without a valid DKIM signature"); and the results only these checks give, wherever they stand ("result=softfail").
  // Their names alone are a topic, not a failure: "we send with an SPF include, DKIM signing on" says how a domain is
  // set up.
  /\b(?:(?:dmarc|spf|dkim)(?:-result)?[ \t]*[=:][ \t]*(?:fail|neutral|policy|none)|(?:dmarc|spf|dkim)(?:[ \t]+(?:check|checks|validation|verification|signature|record|alignment|authentication))?[ \t]+(?:fail(?:ed|ure|s)?|missing|invalid|mismatch(?:ed)?|did not pass|not pass(?:ed)?|did not verify)|(?:fail(?:ed|ure|s)?|did not pass|not pass(?:ed)?)[ \t]+(?:the[ \t]+)?(?:dmarc|spf|dkim)|(?:no|missing|without(?:[ \t]+an?)?)[ \t]+(?:valid[ \t]+)?(?:dmarc|spf|dkim)|softfail|temperror|permerror)\b/i,
  /\b(?:unknown|not found|does not exist|unavailable|invalid|incorrect|not allowed|disallowed|not accepted|not permitted|exceeds?|exceeded|too large|too big|limit|maximum|disabled|suspended|full|expired|timed? ?out|failed|failure|stopped trying|gave up|giving up|connection reset)\b/i,
  // A mailbox or server that does not take mail ("This mailbox does not accept incoming messages", "Inbox not accepting
  // messages right now").
  /(?:\bnot|n['’]t|\bno longer) accept(?:s|ing)?\b/i,
  // What a client or a server says it cannot do: "The remote SMTP service does not support TLS", "Sender can't be
  // empty", "Unable to find MX of domain …", "(temporary MX resolution error)" — with a word about mail beside them.
  /\b(?:does ?n[o'’]t support|not supported|unsupported|(?:can ?not|can['’]t|must not|may not) be (?:empty|blank)|(?:unable to|could ?n[o'’]t|can ?not|can['’]t|failed to) (?:find|resolve|look ?up|verify)|(?:resolution|lookup) error)\b/i,
  // …and said of the server or the name in the passive ("The mail server for the recipient domain could not be
  // reached", "the certificate of the receiving server could not be verified").
  /\b(?:could ?n[o'’]t|can ?not|cannot|can['’]t) be (?:reached|contacted|verified|validated|resolved)\b|\bunreachable\b/i,
];

/**
 * Words of refusal that say a failure only right after a reply code RFC 5321 defines ("554-Reject due to policy
 * restrictions", "535: Login Fail", "550 User has no permission", "554 access forbidden by policy", "554 Local Policy
 * Violation", "553 From: address not verified"), and the words of
 * RFC 5321's own replies to a command the server will not take (§4.2.2: "500 Syntax error, command unrecognized",
 * "502 Command not implemented", "504 Command parameter not implemented"; servers print "502 AUTH not supported"); in
 * prose they are ordinary ("how do I reject mail from …", "this feature is not supported").
 */
export const REFUSAL_AFTER_CODE = /\b(?:reject|forbidden|no permission|not authori[sz]ed|fail|violation|unrecognized|not recogni[sz]ed|not implemented|not supported|not verified|unverified)\b/i;

/**
 * The same weak words in the languages notices are written in, each with that language's words about mail: a refusal
 * ("abgelehnt", "rejeté", "rechazado", "rifiutato", "rejeitado", "geweigerd") or a failure ("fehlgeschlagen",
 * "échoué", "falló", "fallito", "falhou", "mislukt": FAILURE_WORDS_WEAK's "failed"; "impossible de se connecter", "no se
 * pudo conectar", "não foi possível conectar": its "could not connect") or an unavailability ("nicht
 * verfügbar", "indisponible", "no disponible", "non disponibile", "indisponível", "niet beschikbaar": its
 * "unavailable") next to a message, a recipient or a mailbox. Either alone is ordinary prose ("the proposal was
 * rejected", "le message de mardi").
 */
export const LOCALIZED_REFUSALS: readonly (readonly [words: RegExp, context: RegExp])[] = [
  [/(?<![\p{L}])(?:abgelehnt|zurückgewiesen|gesperrt|blockiert|deaktiviert|abgewiesen|fehlgeschlagen|nicht verfügbar)(?![\p{L}])/iu, /(?<![\p{L}])(?:nachricht|e-?mail|mail|empfängers?|absenders?|postfach(?:e?s)?|adresse|mailserver|zustellung)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:rejet[ée]e?s?|refus[ée]e?s?|bloqu[ée]e?s?|d[ée]sactiv[ée]e?s?|suspendue?s?|[ée]chou[ée]e?s?|indisponibles?|impossible de se connecter)(?![\p{L}])/iu, /(?<![\p{L}])(?:message|courriel|e-?mail|destinataire|exp[ée]diteur|bo[iî]te|adresse|liste)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:rechazad[oa]s?|bloquead[oa]s?|desactivad[oa]s?|suspendid[oa]s?|denegad[oa]s?|fallid[oa]s?|fall[óo]|no disponibles?|no se pudo conectar)(?![\p{L}])/iu, /(?<![\p{L}])(?:mensaje|correo|e-?mail|destinatario|remitente|buz[oó]n|direcci[oó]n)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:rifiutat[oaie]|bloccat[oaie]|disattivat[oaie]|sospes[oaie]|respint[oaie]|fallit[oaie]|non riuscit[oaie]|non disponibil[ei])(?![\p{L}])/iu, /(?<![\p{L}])(?:messaggio|posta|e-?mail|destinatario|mittente|casella|indirizzo)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:rejeitad[oa]s?|recusad[oa]s?|bloquead[oa]s?|desativad[oa]s?|suspens[oa]s?|falhou|indispon[íi]ve(?:l|is)|não foi possível conectar)(?![\p{L}])/iu, /(?<![\p{L}])(?:mensagem|e-?mail|destinat[áa]rio|remetente|caixa|endere[çc]o)(?![\p{L}])/iu],
  [/(?<![\p{L}])(?:geweigerd|geblokkeerd|uitgeschakeld|afgewezen|mislukt|niet beschikbaar)(?![\p{L}])/iu, /(?<![\p{L}])(?:bericht|e-?mail|ontvanger|afzender|postvak|adres)(?![\p{L}])/iu],
  // Russian: "не удалось доставить / отправить / подключиться", "отклонено", "заблокирован", beside a letter, a message,
  // mail, a recipient, a sender or a mailbox in any of their cases.
  [/(?<![\p{L}])(?:не удалось (?:доставить|отправить|подключиться)|отклонен[оаы]?|отклонён|заблокирован[оаы]?)(?![\p{L}])/iu, /(?<![\p{L}])(?:письм\p{L}{0,3}|сообщени\p{L}{0,3}|почт\p{L}{0,5}|получател\p{L}{0,3}|отправител\p{L}{0,3}|ящик\p{L}{0,3})(?![\p{L}])/iu],
];

/**
 * An SMTP command named as the protocol writes it (upper case, so that "data" in prose is not one): as much a word
 * about mail ("rejected after DATA"). RCPT and STARTTLS are MAIL_CONTEXT's already, in any case.
 */
export const SMTP_COMMAND_CONTEXT = /\b(?:DATA|EHLO|HELO|MAIL FROM)\b/;
export const MAIL_CONTEXT = /\b(?:e-?mails?|messages?|msgs?|mail|rcpt|recipients?|senders?|mailbox(?:es)?|inbox|\w{0,30}(?:smtp|mailer)\w{0,30}|mx|mail server|receiving (?:mail )?server|starttls|deliver(?:y|ed|ing)?|attachments?|callout)\b/i;
/** An email address: as much a word about mail as "mailbox" ("User bob@example.com is disabled"). */
export const ADDRESS_CONTEXT = /[\w.+*-]@[a-z0-9-]{1,63}\.[a-z]{2,24}\b/i;
/** What an address's failure says about it ("… is disabled", "quota exceeded for …"): with an address, a failure. */
export const ADDRESS_STATE = /\b(?:unknown|not found|(?:does )?not exists?|disabled|suspended|deactivated|inactive|full|quota|exceed(?:s|ed)?|invalid|unavailable|rejected|refused|blocked|denied)\b/i;
/** Words for a virus or a dangerous attachment: failure words next to a word about mail (a scanner's notice). */
export const MALWARE_WORDS = /\b(?:virus(?:es)?|infected|malware|trojan|worm)\b/i;
/**
 * A scanner's footer that says a mail was checked ("This email has been scanned for viruses by …", "checked for
 * viruses by Avast"): it sits under ordinary mail too, so its malware word says nothing failed.
 */
export const MALWARE_SCAN_NOTE = /\b(?:scanned|checked)\s+(?:for\s+)?(?:viruses|malware)\b/gi;
