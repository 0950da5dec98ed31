/**
 * The tolerant paste reader: what people really paste — a sending library's exception, an object dump, a JSON log
 * line, a log line with its prefix, a bare enhanced status, a sentence with no code — read into recipients, codes,
 * commands and replies. Every fixture is written by us from the wrapping library's own format (paste-formats.ts names
 * the source file of each), with made-up addresses and hosts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPastedText, readText } from '../../lib/engine/read';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { PASTE_FORMATS } from '../../lib/engine/paste-formats';
import { dequoted, fieldsApart, undoubled, withoutEntities, withoutHtmlTags, withoutLogLeads } from '../../lib/engine/undisguise';
import type { FailedRecipient } from '../../lib/engine/types';

interface Expected {
  recipient: string | null;
  code: string | null;
  enhanced: string | null;
  command: string | null;
  /** The reply, exactly (continuation lines joined, wrapper removed). */
  reply: string;
  remoteHost?: string;
}

interface Case {
  name: string;
  /** The wrapper entry of PASTE_FORMATS the case exercises, if any. */
  format?: string;
  text: string;
  expect: Expected[];
}

const GMAIL_NO_SUCH_USER =
  "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp";

const CASES: Case[] = [
  // Python smtplib (Lib/smtplib.py): SMTPRecipientsRefused's dict, one (code, reply) per refused recipient; the reply's
  // lines joined with b"\n" after their code was cut off.
  {
    name: 'Python SMTPRecipientsRefused with two recipients, a multi-line reply in bytes',
    format: 'python-recipients-refused',
    text: [
      'Traceback (most recent call last):',
      '  File "/srv/app/mailer.py", line 41, in send',
      '    smtp.sendmail(sender, recipients, body)',
      '  File "/usr/lib/python3.12/smtplib.py", line 892, in sendmail',
      '    raise SMTPRecipientsRefused(senderrs)',
      "smtplib.SMTPRecipientsRefused: {'ann@dest.example': (550, b'5.1.1 The email account that you tried to reach does not exist. Please try\\n5.1.1 double-checking the recipient\\'s email address for typos or\\n5.1.1 unnecessary spaces. - gsmtp'), 'bob@other.example': (452, b'4.2.2 The recipient\\'s inbox is out of storage space.')}",
    ].join('\n'),
    expect: [
      { recipient: 'ann@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: GMAIL_NO_SUCH_USER },
      { recipient: 'bob@other.example', code: '452', enhanced: '4.2.2', command: 'RCPT TO', reply: "452 4.2.2 The recipient's inbox is out of storage space." },
    ],
  },
  {
    name: 'Python SMTPSenderRefused: the third element is the sender, the command MAIL FROM',
    format: 'python-response-tuple',
    text: "smtplib.SMTPSenderRefused: (553, b'5.7.1 <me@shop.example>: Sender address rejected: not owned by user me@shop.example', 'me@shop.example')",
    expect: [{ recipient: null, code: '553', enhanced: '5.7.1', command: 'MAIL FROM', reply: '553 5.7.1 <me@shop.example>: Sender address rejected: not owned by user me@shop.example' }],
  },
  {
    name: 'Python SMTPDataError is the reply to DATA',
    format: 'python-response-tuple',
    text: "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected under policy; see https://mail.dest.example/policy')",
    expect: [{ recipient: null, code: '554', enhanced: '5.7.1', command: 'DATA', reply: '554 5.7.1 Message rejected under policy; see https://mail.dest.example/policy' }],
  },
  {
    name: 'Python 2 SMTPResponseException with a str reply and double quotes',
    format: 'python-response-tuple',
    text: `SMTPResponseException: (421, "4.7.0 Try again later, closing connection. (EHLO)")`,
    expect: [{ recipient: null, code: '421', enhanced: '4.7.0', command: null, reply: '421 4.7.0 Try again later, closing connection. (EHLO)' }],
  },
  // aiosmtplib (src/aiosmtplib/errors.py): SMTPRecipientsRefused lists SMTPRecipientRefused(code, message, recipient).
  {
    name: 'aiosmtplib SMTPRecipientsRefused: the third element is the recipient',
    format: 'python-response-tuple',
    text: "aiosmtplib.errors.SMTPRecipientsRefused: [SMTPRecipientRefused(550, '5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table', 'pat@dest.example'), SMTPRecipientRefused(450, '4.2.0 <kim@dest.example>: Recipient address rejected: Greylisted', 'kim@dest.example')]",
    expect: [
      { recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table' },
      { recipient: 'kim@dest.example', code: '450', enhanced: '4.2.0', command: 'RCPT TO', reply: '450 4.2.0 <kim@dest.example>: Recipient address rejected: Greylisted' },
    ],
  },
  // Ruby net-smtp (lib/net/smtp.rb): the message is the reply's first line; the backtrace names the command.
  {
    name: 'Ruby Net::SMTPFatalError with its backtrace (rcptto)',
    format: 'ruby-net-smtp',
    text: [
      "/usr/local/lib/ruby/3.3.0/net/smtp.rb:1092:in `check_response': 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in local recipient table (Net::SMTPFatalError)",
      "\tfrom /usr/local/lib/ruby/3.3.0/net/smtp.rb:1062:in `getok'",
      "\tfrom /usr/local/lib/ruby/3.3.0/net/smtp.rb:962:in `rcptto'",
      "\tfrom /usr/local/lib/ruby/3.3.0/net/smtp.rb:943:in `block in rcptto_list'",
    ].join('\n'),
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in local recipient table' }],
  },
  {
    name: 'Ruby Net::SMTPSyntaxError and its message with only a space between, as a job log prints them',
    format: 'ruby-net-smtp',
    text: 'Net::SMTPSyntaxError 501 <Shop «shop@example.com»>: "@" or "." expected after "Shop"',
    expect: [{ recipient: null, code: '501', enhanced: null, command: null, reply: '501 <Shop «shop@example.com»>: "@" or "." expected after "Shop"' }],
  },
  {
    name: 'Ruby Net::SMTPServerBusy as Rails logs it, Ruby 3.4 frames (mailfrom)',
    format: 'ruby-net-smtp',
    text: [
      'Net::SMTPServerBusy (451 4.7.1 Greylisting in action, please come back later',
      '):',
      "net-smtp (0.5.0) lib/net/smtp.rb:1088:in 'Net::SMTP#check_response'",
      "net-smtp (0.5.0) lib/net/smtp.rb:927:in 'Net::SMTP#mailfrom'",
    ].join('\n'),
    expect: [{ recipient: null, code: '451', enhanced: '4.7.1', command: 'MAIL FROM', reply: '451 4.7.1 Greylisting in action, please come back later' }],
  },
  {
    name: 'Ruby Net::SMTPSyntaxError after the class name',
    format: 'ruby-net-smtp',
    text: 'Net::SMTPSyntaxError: 501 5.1.3 Bad recipient address syntax',
    expect: [{ recipient: null, code: '501', enhanced: '5.1.3', command: null, reply: '501 5.1.3 Bad recipient address syntax' }],
  },
  // JavaMail / Jakarta Mail: one SMTPAddressFailedException per invalid address, chained under "Invalid Addresses".
  {
    name: 'JavaMail SendFailedException with two nested Invalid Addresses',
    format: 'javamail',
    text: [
      'jakarta.mail.SendFailedException: Invalid Addresses;',
      '  nested exception is:',
      '\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown in virtual mailbox table',
      ';',
      '  nested exception is:',
      '\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 552 5.2.2 <bob@dest.example>: Recipient address rejected: Mailbox full',
      '',
      '\tat org.eclipse.angus.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:2079)',
    ].join('\n'),
    expect: [
      { recipient: 'ann@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown in virtual mailbox table' },
      { recipient: 'bob@dest.example', code: '552', enhanced: '5.2.2', command: 'RCPT TO', reply: '552 5.2.2 <bob@dest.example>: Recipient address rejected: Mailbox full' },
    ],
  },
  {
    // SMTPTransport.openServer: the server answered the connection with 554 instead of the 220 greeting.
    name: 'JavaMail refused greeting: the code alone, at the connection',
    format: 'javamail-greeting',
    text: 'javax.mail.MessagingException: Could not connect to SMTP host: mx.dest.example, port: 25, response: 554',
    expect: [{ recipient: null, code: '554', enhanced: null, command: 'connect', reply: '554' }],
  },
  {
    // libcurl's smtp.c: the refused command's name and the server's code, nothing of its words.
    name: "libcurl: 'RCPT failed: 550', the code and the command it answered",
    format: 'curl-smtp',
    text: 'Warning: Error in curl_fetch_memory: RCPT failed: 550 (last error)',
    expect: [{ recipient: null, code: '550', enhanced: null, command: 'RCPT TO', reply: 'RCPT failed: 550 (last error)' }],
  },
  {
    // Roundcube's messages.inc: 'SMTP Error ($code): Failed to add recipient "$to" ($msg).'
    name: 'Roundcube: the code, the recipient, and the reply between parentheses',
    format: 'roundcube-recipient',
    text: 'SMTP Error (550): Failed to add recipient "kim@dest.example" (5.1.1 <kim@dest.example>: Recipient address rejected: User unknown in virtual mailbox table).',
    expect: [{ recipient: 'kim@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <kim@dest.example>: Recipient address rejected: User unknown in virtual mailbox table' }],
  },
  {
    name: 'Roundcube: a refused sender, its address not taken for a recipient',
    format: 'roundcube-sender',
    text: 'Email not sent: SMTP Error (451): Failed to set sender "pat@origin.example" (4.3.2 Please try again later).',
    expect: [{ recipient: null, code: '451', enhanced: '4.3.2', command: 'MAIL FROM', reply: '451 4.3.2 Please try again later' }],
  },
  {
    name: 'Roundcube: a refused login, the code alone',
    format: 'roundcube-session',
    text: 'SMTP Error (535): Authentication failed.',
    expect: [{ recipient: null, code: '535', enhanced: null, command: 'AUTH', reply: '535' }],
  },
  {
    // PEAR Mail's Mail_smtp::_error: the step that failed, then Net_SMTP's message with the code and the reply.
    name: 'PEAR Mail: the code and the reply after the failed RCPT TO, its closing bracket cut off',
    format: 'pear-mail',
    text: 'Error sending email: Failed to add recipient: kim@dest.example [SMTP: Invalid response code received from server (code: 550, response: 5.7.1 Unable to relay for kim@dest.example)]',
    expect: [{ recipient: 'kim@dest.example', code: '550', enhanced: '5.7.1', command: 'RCPT TO', reply: '550 5.7.1 Unable to relay for kim@dest.example' }],
  },
  {
    name: 'PEAR Mail: a refused login, its reply a word',
    format: 'pear-mail',
    text: 'LOGIN authentication failure [SMTP: Invalid response code received from server (code: 535, response: Denied)]',
    expect: [{ recipient: null, code: '535', enhanced: null, command: 'AUTH', reply: '535 Denied' }],
  },
  {
    name: 'JavaMail SMTPSenderFailedException is the reply to MAIL FROM',
    format: 'javamail',
    text: 'com.sun.mail.smtp.SMTPSenderFailedException: 530 5.7.0 Must issue a STARTTLS command first',
    expect: [{ recipient: null, code: '530', enhanced: '5.7.0', command: 'MAIL FROM', reply: '530 5.7.0 Must issue a STARTTLS command first' }],
  },
  {
    name: 'JavaMail SMTPSendFailedException with a multi-line reply (command not named)',
    format: 'javamail',
    text: [
      'javax.mail.MessagingException: Exception reading response;',
      '  nested exception is:',
      '\tcom.sun.mail.smtp.SMTPSendFailedException: 554-5.7.1 Message rejected as spam by Content Filtering.',
      '554 5.7.1 Contact the postmaster of dest.example',
    ].join('\n'),
    expect: [{ recipient: null, code: '554', enhanced: '5.7.1', command: null, reply: '554 5.7.1 Message rejected as spam by Content Filtering. Contact the postmaster of dest.example' }],
  },
  // PHPMailer (src/PHPMailer.php, src/SMTP.php).
  {
    name: "PHPMailer's recipients_failed list with ErrorInfo's labels",
    format: 'phpmailer-recipients',
    text: [
      'Message could not be sent. Mailer Error: SMTP Error: The following recipients failed: pat@dest.example: The email account that you tried to reach does not exist. Please try',
      "double-checking the recipient's email address for typos or",
      'unnecessary spaces. - gsmtp',
      "SMTP server error: RCPT TO command failed Detail: The email account that you tried to reach does not exist. Please try",
      "double-checking the recipient's email address for typos or",
      'unnecessary spaces. - gsmtp SMTP code: 550 Additional SMTP info: 5.1.1',
    ].join('\n'),
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: GMAIL_NO_SUCH_USER }],
  },
  {
    name: "PHPMailer's recipients_failed with two recipients (the labels belong to the last)",
    format: 'phpmailer-recipients',
    text: [
      'SMTP Error: The following recipients failed: ann@dest.example: <ann@dest.example>: Relay access denied',
      'bob@dest.example: <bob@dest.example>: Recipient address rejected: User unknown in virtual mailbox table',
      'SMTP server error: RCPT TO command failed Detail: <bob@dest.example>: Recipient address rejected: User unknown in virtual mailbox table SMTP code: 550 Additional SMTP info: 5.1.1',
    ].join('\n'),
    expect: [
      { recipient: 'ann@dest.example', code: null, enhanced: null, command: 'RCPT TO', reply: '<ann@dest.example>: Relay access denied' },
      { recipient: 'bob@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <bob@dest.example>: Recipient address rejected: User unknown in virtual mailbox table' },
    ],
  },
  {
    name: "PHPMailer's debug output: SMTP ERROR: RCPT TO command failed, recipient from the client line",
    format: 'phpmailer-command',
    text: [
      '2026-03-02 10:14:02 CLIENT -> SERVER: RCPT TO:<pat@dest.example>',
      '2026-03-02 10:14:02 SERVER -> CLIENT: 550 5.7.1 <pat@dest.example>: Relay access denied',
      '2026-03-02 10:14:02 SMTP ERROR: RCPT TO command failed: 550 5.7.1 <pat@dest.example>: Relay access denied',
    ].join('\n'),
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.7.1', command: 'RCPT TO', reply: '550 5.7.1 <pat@dest.example>: Relay access denied' }],
  },
  {
    name: "PHPMailer's DATA END failure is the end of data",
    format: 'phpmailer-command',
    text: 'SMTP ERROR: DATA END command failed: 554 5.7.1 Message rejected: spam content detected',
    expect: [{ recipient: null, code: '554', enhanced: '5.7.1', command: 'end of data', reply: '554 5.7.1 Message rejected: spam content detected' }],
  },
  {
    name: 'PHPMailer "SMTP code:" and "Additional SMTP info:" labels on their own',
    format: 'phpmailer-codes',
    text: 'SMTP code: 550 Additional SMTP info: 5.7.1',
    expect: [{ recipient: null, code: '550', enhanced: '5.7.1', command: null, reply: '550 5.7.1' }],
  },
  // Symfony Mailer / Swift Mailer (assertResponseCode): the raw reply between quotes, all its lines.
  {
    name: 'Symfony Mailer: a multi-line reply to RCPT TO (250/251/252 expected)',
    format: 'symfony-swift',
    text: [
      'Symfony\\Component\\Mailer\\Exception\\UnexpectedResponseException: Expected response code "250/251/252" but got code "550", with message "550-5.1.1 The email account that you tried to reach does not exist. Please try',
      "550-5.1.1 double-checking the recipient's email address for typos or",
      '550 5.1.1 unnecessary spaces. - gsmtp".',
    ].join('\n'),
    expect: [{ recipient: null, code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: GMAIL_NO_SUCH_USER }],
  },
  {
    name: 'Swift Mailer: a reply to DATA (354 expected)',
    format: 'symfony-swift',
    text: 'Swift_TransportException: Expected response code 354 but got code "554", with message "554 5.7.1 <unknown[203.0.113.7]>: Client host rejected: Access denied"',
    expect: [{ recipient: null, code: '554', enhanced: '5.7.1', command: 'DATA', reply: '554 5.7.1 <unknown[203.0.113.7]>: Client host rejected: Access denied' }],
  },
  // .NET System.Net.Mail (SmtpException.GetMessageForStatus): the reply follows without its basic code.
  {
    name: '.NET SmtpFailedRecipientException: "Mailbox unavailable. The server response was: …"',
    format: 'dotnet-smtpclient',
    text: 'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay for pat@dest.example\n   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender, MailAddressCollection recipients)',
    expect: [{ recipient: null, code: null, enhanced: '5.7.1', command: 'RCPT TO', reply: '5.7.1 Unable to relay for pat@dest.example' }],
  },
  {
    name: '.NET SmtpException "Transaction failed" (command not named)',
    format: 'dotnet-smtpclient',
    text: 'System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.606 Access denied, banned sending IP [203.0.113.7]',
    expect: [{ recipient: null, code: null, enhanced: '5.7.606', command: null, reply: '5.7.606 Access denied, banned sending IP [203.0.113.7]' }],
  },
  // MailKit (SmtpClient.OnRecipientNotAccepted): the reply's text, ErrorCode naming the command.
  {
    name: 'MailKit SmtpCommandException with its ErrorCode and StatusCode',
    format: 'mailkit',
    text: [
      'MailKit.Net.Smtp.SmtpCommandException: 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in relay recipient table',
      '   at MailKit.Net.Smtp.SmtpClient.OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)',
      'ErrorCode: RecipientNotAccepted',
      'StatusCode: MailboxUnavailable',
    ].join('\n'),
    expect: [{ recipient: 'pat@dest.example', code: null, enhanced: '5.1.1', command: 'RCPT TO', reply: '5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in relay recipient table' }],
  },
  // Go: net/smtp's textproto.Error ("%03d %s") inside go-mail's SendError.
  {
    name: 'go-mail SendError with its affected recipients',
    format: 'go-mail',
    text: 'failed to send mail: sending SMTP RCPT TO command: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown, affected recipient(s): pat@dest.example',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown' }],
  },
  {
    name: 'go-mail: a reply to the message data, for two recipients',
    format: 'go-mail',
    text: 'closing SMTP DATA writer: 554 5.7.1 Message rejected as spam, affected recipient(s): ann@dest.example, bob@dest.example',
    expect: [
      { recipient: 'ann@dest.example', code: '554', enhanced: '5.7.1', command: null, reply: '554 5.7.1 Message rejected as spam' },
      { recipient: 'bob@dest.example', code: '554', enhanced: '5.7.1', command: null, reply: '554 5.7.1 Message rejected as spam' },
    ],
  },
  // Nodemailer (lib/smtp-connection/index.js): the message, then util.inspect's fields.
  {
    name: 'Nodemailer: all recipients rejected, printed by console.error with its fields',
    format: 'nodemailer',
    text: [
      "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table",
      '    at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)',
      '    at SMTPConnection._actionRCPT (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:1682:28) {',
      "  code: 'EENVELOPE',",
      "  response: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table',",
      '  responseCode: 550,',
      "  command: 'RCPT TO',",
      "  rejected: [ 'pat@dest.example' ],",
      '  rejectedErrors: [',
      '    Error: Recipient command failed: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table',
      '        at SMTPConnection._formatError (/srv/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19) {',
      "      code: 'EENVELOPE',",
      "      response: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table',",
      '      responseCode: 550,',
      "      command: 'RCPT TO',",
      "      recipient: 'pat@dest.example'",
      '    }',
      '  ]',
      '}',
    ].join('\n'),
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table' }],
  },
  {
    name: "Nodemailer's fields alone, a multi-line response split by util.inspect",
    text: [
      '{',
      "  code: 'EMESSAGE',",
      "  response: '550-5.7.26 This mail is unauthenticated, which poses a security risk to the\\n' +",
      "    '550 5.7.26 sender and Gmail users. - gsmtp',",
      '  responseCode: 550,',
      "  command: 'DATA'",
      '}',
    ].join('\n'),
    expect: [{ recipient: null, code: '550', enhanced: '5.7.26', command: 'DATA', reply: '550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users. - gsmtp' }],
  },
  {
    name: 'Nodemailer: Mail command failed is MAIL FROM',
    format: 'nodemailer',
    text: 'Error: Mail command failed: 553 5.7.1 Sender address rejected: not owned by user me@shop.example',
    expect: [{ recipient: null, code: '553', enhanced: '5.7.1', command: 'MAIL FROM', reply: '553 5.7.1 Sender address rejected: not owned by user me@shop.example' }],
  },
  // lettre (src/transport/smtp/error.rs): "permanent error (550): " and the reply's text.
  {
    name: 'lettre permanent error',
    format: 'lettre',
    text: 'Error: Transport(Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }) })\npermanent error (550): 5.7.1 Relaying denied',
    expect: [{ recipient: null, code: '550', enhanced: '5.7.1', command: null, reply: '550 5.7.1 Relaying denied' }],
  },
  // gen_smtp (src/gen_smtp_client.erl) as Elixir's Swoosh prints it, and as Erlang prints it.
  {
    name: 'Elixir Swoosh / gen_smtp permanent_failure tuple',
    format: 'gen-smtp',
    text: '{:error, {:no_more_hosts, {:permanent_failure, ~c"mx1.dest.example", "550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown\\r\\n"}}}',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: null, reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown', remoteHost: 'mx1.dest.example' }],
  },
  {
    name: 'Erlang gen_smtp temporary_failure with binaries',
    format: 'gen-smtp',
    text: '{error,retries_exceeded,{temporary_failure,<<"mx2.dest.example">>,<<"421 4.7.0 Try again later\\r\\n">>}}',
    expect: [{ recipient: null, code: '421', enhanced: '4.7.0', command: null, reply: '421 4.7.0 Try again later', remoteHost: 'mx2.dest.example' }],
  },
  // Outlook Express / Windows Mail: labelled fields on one line; the quoted Server Response is the reply.
  {
    name: 'Outlook Express / Windows Mail error line (0x800CCC79)',
    format: 'outlook-express',
    text: "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'pat@dest.example'. Subject 'Test', Account: 'mail.example.com', Server: 'mail.example.com', Protocol: SMTP, Server Response: '550 5.7.1 Unable to relay for pat@dest.example', Port: 25, Secure(SSL): No, Server Error: 550, Error Number: 0x800CCC79",
    expect: [{ recipient: null, code: '550', enhanced: '5.7.1', command: null, reply: '550 5.7.1 Unable to relay for pat@dest.example' }],
  },
  {
    name: 'the same in Portuguese (Resposta do Servidor), whose reply has no failure word the reader knows',
    format: 'outlook-express',
    text: "A mensagem não pôde ser enviada porque um de seus destinatários foi recusado pelo servidor. O endereço de email recusado era 'pat@dest.example'. Assunto: 'Teste', Conta: 'mail.example.com', Servidor: 'smtp.example.com', Protocolo: SMTP, Resposta do Servidor: '550 pat@dest.example... Retransmissão Negada', Porta: 25, Secure Sockets Layer (SSL): Não, Erro do Servidor: 550, Número do Erro: 0x800CCC79.",
    expect: [{ recipient: null, code: '550', enhanced: null, command: null, reply: '550 pat@dest.example... Retransmissão Negada' }],
  },
  {
    name: 'the same line as a help page wraps it, the Server Response over two lines: one reply, its lines joined',
    format: 'outlook-express',
    text: "An unknown error has occurred. Subject 'Test', Account: 'mail.example.com', Server: 'mail.example.com',\nProtocol: SMTP, Server Response: '554 Originator address does not match\nauthentication credentials', Port: 25, Secure(SSL): No, Server Error: 554,\nError Number: 0x800CCC6F",
    expect: [{ recipient: null, code: '554', enhanced: null, command: null, reply: '554 Originator address does not match authentication credentials' }],
  },
  {
    name: 'the same in Italian (Risposta server), as Microsoft\'s Italian article on the relay error shows it',
    format: 'outlook-express',
    text: "Impossibile inviare il messaggio perché uno dei destinatari è stato rifiutato dal server. Oggetto: 'Prova', Account: 'mail.example.com', Server: 'smtp.example.com', Protocollo: SMTP, Risposta server: '550 <pat@dest.example>... Inoltro negato', porta: 25, sicuro (SSL): No, errore del server: 550, numero di errore: 0x800CCC79",
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: null, command: null, reply: '550 <pat@dest.example>... Inoltro negato' }],
  },
  {
    name: "the Server Response holding an apostrophe (qmail's \"isn't\"): the quote that closes the field ends the reply",
    format: 'outlook-express',
    text: "The message could not be sent because one of the recipients was rejected by the server. Subject 'Test', Account: 'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Server Response: '553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)', Port: 25, Secure(SSL): No, Server Error: 553, Error Number: 0x800CCC79",
    expect: [{ recipient: null, code: '553', enhanced: '5.7.1', command: null, reply: "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)" }],
  },
  // The same dialog as Microsoft's article on the relay error shows it in Dutch, Czech, Slovak, Swedish and Norwegian:
  // the field's label translated, its value in „…“ quotes, unquoted, or with no closing quote before the next field.
  {
    name: 'Dutch (reactie van server), the closing quote after a space',
    format: 'outlook-express',
    text: "Kan het bericht niet verzenden omdat één van de geadresseerden door de server is geweigerd. Het geweigerde e-mailadres is <pat@dest.example>.\nreactie van server: '550 <pat@dest.example>... Doorsturen geweigerd ', poort: 25, beveiligd (SSL): Nee, serverfout: 550, foutnummer: 0x800CCC79.",
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: null, command: null, reply: '550 <pat@dest.example>... Doorsturen geweigerd' }],
  },
  {
    name: 'Czech (Odpověď serveru), no closing quote: the reply ends at the next field, the port',
    format: 'outlook-express',
    text: "Zprávu nebylo možné odeslat, protože server odmítl jednoho z příjemců. Předmět: \"Test\", Účet: \"Test\", Server: \"smtp.example.com\", Protokol: SMTP, Odpověď serveru: '550 <pat@dest.example>... Přenos byl odepřen, port: 25, zabezpečení (SSL): Ne, chyba serveru: 550, číslo chyby: 0x800CCC79.",
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: null, command: null, reply: '550 <pat@dest.example>... Přenos byl odepřen' }],
  },
  {
    name: 'Slovak (odpoveď servera), in „…“ quotes',
    format: 'outlook-express',
    text: 'Správu nebolo možné odoslať, pretože jeden z príjemcov bol zamietnutý serverom. Predmet: „Test“, Konto: „Test“, Server: „smtp.example.com“, protokol: SMTP, odpoveď servera: „550 <pat@dest.example>... Prenos odmietnutý“, port: 25, zabezpečenie (SSL): nie, chyba servera: 550, číslo chyby: 0x800CCC79.',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: null, command: null, reply: '550 <pat@dest.example>... Prenos odmietnutý' }],
  },
  {
    name: 'Norwegian (Serversvar), unquoted',
    format: 'outlook-express',
    text: 'Meldingen kan ikke sendes fordi en av mottakerne ble avvist av serveren. Emne: Test, Konto: Test, Server: smtp.example.com, Protokoll: SMTP, Serversvar: 550 <pat@dest.example>... Formidling avslått, Port: 25, Sikker (SSL): Nei, Serverfeil: 550, Feilnummer: 0x800CCC79.',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: null, command: null, reply: '550 <pat@dest.example>... Formidling avslått' }],
  },
  // JSON fields, log lines, escapes.
  {
    name: 'a JSON log line with smtp_response and recipient fields',
    text: '{"level":"error","ts":"2026-03-02T10:14:02Z","msg":"delivery failed","recipient":"pat@dest.example","smtp_response":"550 5.7.1 Service unavailable; client host [203.0.113.7] blocked using zen.spamhaus.org","mx_host":"mx.dest.example"}',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.7.1', command: null, reply: '550 5.7.1 Service unavailable; client host [203.0.113.7] blocked using zen.spamhaus.org', remoteHost: 'mx.dest.example' }],
  },
  {
    name: 'JSON with diagnostic_code ("smtp; …") and a separate status',
    text: '{"email": "kim@dest.example", "event": "bounce", "diagnostic_code": "smtp; 550 Requested action not taken: mailbox unavailable", "status": "5.1.1"}',
    expect: [{ recipient: 'kim@dest.example', code: '550', enhanced: '5.1.1', command: null, reply: '550 Requested action not taken: mailbox unavailable' }],
  },
  {
    name: "a rejection list's entry: its label ('reason': 'soft-bounce') beside the reply, which opens with a quoted address",
    text: '"email": "pat@dest.example",\n"reason": "hard-bounce",\n"detail": "smtp;550 \\"pat@dest.example\\": Mailbox unavailable (#5.1.1)"',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: null, reply: '550 "pat@dest.example": Mailbox unavailable (#5.1.1)' }],
  },
  {
    name: 'JSON from an unknown service: bounce_reason and the remote host in a log line',
    text: '{"to": "lee@dest.example", "bounce_reason": "host mx.dest.example[192.0.2.25] said: 554 5.7.1 <lee@dest.example>: Recipient address rejected: Access denied (in reply to RCPT TO command)"}',
    expect: [{ recipient: 'lee@dest.example', code: '554', enhanced: '5.7.1', command: 'RCPT TO', reply: '554 5.7.1 <lee@dest.example>: Recipient address rejected: Access denied', remoteHost: 'mx.dest.example' }],
  },
  {
    name: 'a Laravel log line: Symfony message with escaped newlines in its JSON context',
    format: 'symfony-swift',
    text: '[2026-03-02 10:14:02] production.ERROR: Mail failed {"exception":"[object] (Symfony\\\\Component\\\\Mailer\\\\Exception\\\\UnexpectedResponseException(code: 550): Expected response code \\"250/251/252\\" but got code \\"550\\", with message \\"550-5.7.1 [203.0.113.7] Our system has detected an unusual rate of\\r\\n550 5.7.1 unsolicited mail originating from your IP address. - gsmtp\\". at /var/www/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php:342)"}',
    expect: [{ recipient: null, code: '550', enhanced: '5.7.1', command: 'RCPT TO', reply: '550 5.7.1 [203.0.113.7] Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp' }],
  },
  {
    name: "a checker's JSON of each command's reply: the one that failed, not the ones that went well",
    text: '"mx.dest.example": {"cmds": {"mail_from": {"code": 250, "msg": "250 2.1.0 Ok"}, "rcpt_to": {"code": 450, "msg": "450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.7]", "cmd": "rcpt to:<pat@dest.example>", "success": false}}}',
    expect: [{ recipient: null, code: '450', enhanced: '4.7.1', command: null, reply: '450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.7]' }],
  },
  {
    name: 'a syslog line with a level prefix',
    text: 'Mar  2 10:14:02 web1 worker[4412]: ERROR: 421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints',
    expect: [{ recipient: null, code: '421', enhanced: '4.7.0', command: null, reply: '421 4.7.0 [TSS04] Messages from 203.0.113.7 temporarily deferred due to unexpected volume or user complaints' }],
  },
  {
    name: 'an application log line naming the recipient with to=<…>',
    text: '2026-03-02T10:14:02.114Z [error] mail.send to=<pat@dest.example> failed: 550 5.7.26 Unauthenticated email from shop.example is not accepted due to domain\'s DMARC policy',
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.7.26', command: null, reply: "550 5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy" }],
  },
  {
    name: 'a Go net/smtp error (textproto.Error) after the caller\'s words',
    text: 'send: smtp: 554 5.7.1 <pat@dest.example>: Relay access denied',
    expect: [{ recipient: 'pat@dest.example', code: '554', enhanced: '5.7.1', command: null, reply: '554 5.7.1 <pat@dest.example>: Relay access denied' }],
  },
  {
    name: "Nodemailer's error as JSON.stringify writes it: one recipient per rejectedErrors entry",
    text: '{"code":"EENVELOPE","response":"550 5.1.1 <ann@dest.example>: Recipient address rejected","responseCode":550,"command":"RCPT TO","rejected":["ann@dest.example","bob@dest.example"],"rejectedErrors":[{"code":"EENVELOPE","response":"550 5.1.1 <ann@dest.example>: Recipient address rejected","responseCode":550,"command":"RCPT TO","recipient":"ann@dest.example"},{"code":"EENVELOPE","response":"452 4.2.2 Mailbox full","responseCode":452,"command":"RCPT TO","recipient":"bob@dest.example"}]}',
    expect: [
      { recipient: 'ann@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <ann@dest.example>: Recipient address rejected' },
      { recipient: 'bob@dest.example', code: '452', enhanced: '4.2.2', command: 'RCPT TO', reply: '452 4.2.2 Mailbox full' },
    ],
  },
  {
    name: 'a JSON list of events: each field stays with its own object',
    text: '[{"email":"ann@dest.example","reason":"550 5.1.1 user unknown"},{"email":"bob@dest.example","reason":"552 5.2.2 mailbox full"}]',
    expect: [
      { recipient: 'ann@dest.example', code: '550', enhanced: '5.1.1', command: null, reply: '550 5.1.1 user unknown' },
      { recipient: 'bob@dest.example', code: '552', enhanced: '5.2.2', command: null, reply: '552 5.2.2 mailbox full' },
    ],
  },
  {
    name: 'log lines for two recipients ("send to x failed: 550 …")',
    text: '2026-03-02 10:00:01 ERROR send to ann@dest.example failed: 550 5.1.1 User unknown\n2026-03-02 10:00:02 ERROR send to bob@dest.example failed: 452 4.2.2 Mailbox full',
    expect: [
      { recipient: 'ann@dest.example', code: '550', enhanced: '5.1.1', command: null, reply: '550 5.1.1 User unknown' },
      { recipient: 'bob@dest.example', code: '452', enhanced: '4.2.2', command: null, reply: '452 4.2.2 Mailbox full' },
    ],
  },
  {
    name: "Django's debug page title with smtplib's dict",
    format: 'python-recipients-refused',
    text: "SMTPRecipientsRefused at /signup/\n{'pat@dest.example': (550, b'5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual alias table')}\nRequest Method:\tPOST",
    expect: [{ recipient: 'pat@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual alias table' }],
  },
  {
    name: "PHPMailer's ErrorInfo after data not accepted (DATA END, Detail, SMTP code)",
    format: 'phpmailer-command',
    text: 'Message could not be sent. Mailer Error: SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Message rejected: Email address is not verified. SMTP code: 554',
    expect: [{ recipient: null, code: '554', enhanced: null, command: 'end of data', reply: '554 Message rejected: Email address is not verified.' }],
  },
  // No three-digit code.
  {
    name: 'a bare enhanced status with no reply code',
    text: '5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.example/',
    expect: [{ recipient: null, code: null, enhanced: '5.7.606', command: null, reply: '5.7.606 Access denied, banned sending IP [203.0.113.7]. To request removal from this list please visit https://sender.office.example/' }],
  },
  {
    name: "a sending service's suppression notice",
    text: 'Not delivering to previously bounced address',
    expect: [{ recipient: null, code: null, enhanced: null, command: null, reply: 'Not delivering to previously bounced address' }],
  },
  {
    name: 'a suppression-list sentence naming the address',
    text: 'The address pat@dest.example is on the suppression list, so the message was not sent.',
    expect: [{ recipient: 'pat@dest.example', code: null, enhanced: null, command: null, reply: 'The address pat@dest.example is on the suppression list, so the message was not sent.' }],
  },
];

function check(r: FailedRecipient | undefined, e: Expected, text: string): void {
  expect(r).toBeDefined();
  expect({ recipient: r!.recipient, code: r!.code, enhanced: r!.enhanced, command: r!.command, reply: r!.reply }).toEqual({
    recipient: e.recipient,
    code: e.code,
    enhanced: e.enhanced,
    command: e.command,
    reply: e.reply,
  });
  if (e.remoteHost) expect(r!.remoteHost).toBe(e.remoteHost);
  // The span lies in the input and holds the reply's first words (or the literal that carries them).
  expect(r!.replySpan).not.toBeNull();
  const span = r!.replySpan!;
  expect(span.start).toBeGreaterThanOrEqual(0);
  expect(span.end).toBeLessThanOrEqual(text.length);
  const firstWord = e.reply.split(' ').find((w) => /[A-Za-z]{4}/.test(w)) ?? e.code ?? e.enhanced ?? '';
  expect(text.slice(span.start, span.end)).toContain(firstWord.replace(/['"]/g, '').slice(0, 4));
}

describe('the paste reader finds the reply behind any wrapper', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const report = readPastedText(c.text);
      expect(report.isBounce).toBe(true);
      expect(report.recipients).toHaveLength(c.expect.length);
      c.expect.forEach((e, i) => check(report.recipients[i], e, c.text));
    });
  }

  it('has a fixture for every wrapper format of the table', () => {
    const covered = new Set(CASES.map((c) => c.format).filter(Boolean));
    for (const f of PASTE_FORMATS) expect(covered.has(f.id), f.id).toBe(true);
  });

  it('every wrapper format names the library file it comes from (or, for a closed program, a page that shows its output)', () => {
    for (const f of PASTE_FORMATS) expect(f.source).toMatch(/^(?:[\w.-]+\/[\w.-]+ \S+\.\w+|https:\/\/\S+ \()/);
  });

  it('says which library the error came from', () => {
    expect(readPastedText(CASES[0]!.text).notes.join(' ')).toContain("Python's smtplib");
  });

  it('says when the words alone carry the reason', () => {
    expect(readPastedText('Not delivering to previously bounced address').notes.join(' ')).toMatch(/no SMTP reply code/);
  });

  it("keeps the status after words with no code, as qmail ('(#5.1.1)') and Exchange 2000–2007 ('<host #5.1.1>') write it", () => {
    expect(readPastedText('このメッセージは配信できませんでした。\n<mail.example.org #5.2.1>').recipients[0]?.enhanced).toBe('5.2.1');
    expect(readPastedText('The message could not be delivered: mailbox unavailable (#5.2.1)').recipients[0]?.enhanced).toBe('5.2.1');
  });

  it('a reply that says the server will retry is a delay, a permanent one a failure', () => {
    expect(readPastedText('Net::SMTPServerBusy: 451 4.4.1 No answer from host; will retry for 5 days').kind).toBe('delay');
    expect(readPastedText('Net::SMTPFatalError: 550 5.1.1 User unknown').kind).toBe('failure');
  });
});

describe('the leniency is for pastes only', () => {
  it('the webmail reader (readText) still reads a wrapped error strictly', () => {
    // The content script's bounce check must not take a page that quotes an exception for a bounce.
    for (const text of ['Net::SMTPFatalError: 550 5.1.1 User unknown', 'Not delivering to previously bounced address', "smtplib.SMTPDataError: (554, b'5.7.1 Message rejected')"]) {
      expect(readText(text).isBounce).toBe(false);
    }
  });

  it('a bounce in a layout the strict reader knows is read by it, not by the paste reader', () => {
    const text = readFileSync(join(__dirname, '../fixtures/bounces/gmail-address-not-found.txt'), 'utf8');
    expect(readPastedText(text)).toEqual(readText(text, undefined));
  });
});

describe('the paste reader leaves real non-bounces alone', () => {
  const dir = join(__dirname, '../fixtures/not-bounces');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(file, () => {
      const report = readPastedText(readFileSync(join(dir, file), 'utf8'));
      expect(report.isBounce).toBe(false);
      expect(report.recipients).toEqual([]);
    });
  }
  for (const text of [
    'Hi Pat, the proposal was rejected by the board; we will try again next quarter.',
    'Our order #550 5 items shipped. Release 5.1.1 of the app is out.',
    'Section 4.4.7 changed: see version 5.7.26 of the contract.',
    '{"status": "ok", "message": "Email sent", "code": 250}',
    "print('Traceback'); x = (550, 'units')",
  ]) {
    it(`prose: ${text.slice(0, 40)}`, () => expect(readPastedText(text).isBounce).toBe(false));
  }
});

describe('paste reader properties', () => {
  const piece = fc.constantFrom(
    "b'", "'", '"', '\\n', '\\r\\n', '(550, ', ': (', "{'a@b.example': ", 'Net::SMTPFatalError: ', 'SMTPAddressFailedException: ',
    'SMTP Error: The following recipients failed: ', 'SMTP code: 550', ' Additional SMTP info: 5.1.1', 'Expected response code "250" but got code "550", with message "',
    'The server response was: ', 'response: ', 'recipient: ', 'rejected: [ ', ' +\n    ', '~c"', '<<"', '>>', '{:permanent_failure, ', '550 ', '5.1.1 ',
    '5.7.606 ', 'previously bounced', 'x@y.example', '\n', '\u0000', 'é',
  );
  const pasteish = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 50 }).map((a) => a.join(''));

  it('never throws, and its output is well-formed', () => {
    fc.assert(
      fc.property(pasteish, (s) => {
        const report = readPastedText(s);
        expect(report.isBounce).toBe(report.kind === 'failure' || report.kind === 'delay');
        if (!report.isBounce && report.kind !== 'delivered' && report.kind !== 'complaint') expect(report.recipients).toEqual([]);
        for (const r of report.recipients) {
          if (r.code !== null) {
            expect(r.code).toMatch(/^[245][0-5]\d$/);
            expect(s).toContain(r.code);
          }
          if (r.enhanced !== null) expect(r.enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
          if (r.recipient !== null) expect(r.recipient).toContain('@');
          if (r.replySpan) {
            expect(r.replySpan.start).toBeGreaterThanOrEqual(0);
            expect(r.replySpan.end).toBeGreaterThanOrEqual(r.replySpan.start);
            expect(r.replySpan.end).toBeLessThanOrEqual(s.length);
          }
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('the paste reader reads what a sending server says on its own', () => {
  const read = (text: string) => readPastedText(text).recipients[0] ?? null;
  it("a code RFC 5321 defines is mail context: 'reply: 550 Rejected' is a refusal; the same words after another number are not", () => {
    expect(read('reply: 550 Rejected')).toMatchObject({ code: '550', reply: '550 Rejected' });
    expect(read('Mail server says 552 Message size exceeds limit')).toMatchObject({ code: '552' });
    expect(readPastedText('The committee says 512 proposals exceeded the limit and were rejected.').isBounce).toBe(false);
  });
  it("RFC 5321's words for a command the server will not take, after the command that drew them on one line", () => {
    // A transcript flattened into one line: the client's command, then the server's reply to it (RFC 5321 §4.2.2).
    expect(read('AUTH LOGIN 502 AUTH not supported.')).toMatchObject({ code: '502' });
    expect(read('auth login 500 Error: command "AUTH" not recognized')).toMatchObject({ code: '500' });
    expect(read('EHLO host 504 Command parameter not implemented')).toMatchObject({ code: '504' });
    // A flattened transcript that starts with the server's greeting: the refusal further on is the reply, not the 220.
    expect(read('220 relay.example ESMTP ready. helo test 250 Go ahead AUTH LOGIN 502 AUTH not supported.')).toMatchObject({ code: '502', reply: '502 AUTH not supported.' });
    // The same words after a number that is not a reply code, or in prose, are no refusal.
    expect(readPastedText('Version 512 of the API: streaming is not supported yet.').isBounce).toBe(false);
    expect(readPastedText('That option is not recognized by the installer.').isBounce).toBe(false);
  });
  it('a code RFC 5321 defines right after words that announce an error or a reply is a reply, whatever its words', () => {
    expect(read('send reset password email err: 503 STARTTLS command used when not advertised')).toMatchObject({ code: '503' });
    expect(read('The server responded: 421 mx.example.org closing transmission channel now')).toMatchObject({ code: '421' });
    // After a step said to have failed and a colon: the code is why.
    expect(read('smtp: failed to send RSET to SMTP client: 500 Expected MAIL FROM:<addr> or QUIT')).toMatchObject({ code: '500' });
    expect(readPastedText('The import failed: 550 rows were skipped').isBounce).toBe(false);
    // …or could not be done, as Go's gomail wraps a reply ("gomail: could not send email 1: …").
    expect(read('gomail: could not send email 1: 503 Bad command sequence')).toMatchObject({ code: '503', reply: '503 Bad command sequence' });
    expect(readPastedText('We could not import the file: 550 rows were skipped').isBounce).toBe(false);
    // A code and its status of the same class with no words, after such words or a server's answer, is the reply.
    expect(read('command failed: 454 4.7.1')).toMatchObject({ code: '454', enhanced: '4.7.1' });
    expect(read('The server replied: 550 5.1.1')).toMatchObject({ code: '550', enhanced: '5.1.1' });
    expect(readPastedText('Changelog: bumped 550 5.1.1').isBounce).toBe(false);
    expect(readPastedText('The import failed: 550 4.1.1').isBounce).toBe(false);
    // Without such a word, or with a number RFC 5321 does not define, the same words are prose.
    expect(readPastedText('Release notes: 503 STARTTLS command tests were used when not advertised').isBounce).toBe(false);
    expect(readPastedText('Total: 550 items were imported from the spreadsheet yesterday').isBounce).toBe(false);
  });
  it('a code after words naming a server as what answered is its reply, however short; a code a client got instead of the one it expected, even bare', () => {
    expect(read('Server responded with 550 protocol deviation')).toMatchObject({ code: '550', reply: '550 protocol deviation' });
    expect(read('the remote host said: 554 go away')).toMatchObject({ code: '554' });
    expect(read('Error: Expected smtp code 250, got 552')).toMatchObject({ code: '552', reply: '552' });
    expect(read('expected response code 354 but got code 503.')).toMatchObject({ code: '503' });
    // A number that is no reply code, or a server that did something else, stays prose.
    expect(readPastedText('The server responded with 200 records in the export').isBounce).toBe(false);
    expect(readPastedText('We expected 300 guests but got 450').isBounce).toBe(false);
    expect(readPastedText('The host has 550 users on the new plan').isBounce).toBe(false);
  });
  it("a (code, message) pair with its parentheses cut, and a bare status whose words a user left out ('…')", () => {
    // Python's smtplib exceptions carry (code, b'message'); pasted from the middle, the opening parenthesis is lost.
    expect(read("550, 'maximum allowed line length is 998 octets,")).toMatchObject({ code: '550' });
    expect(read("554, b'5.7.1 Message rejected'")).toMatchObject({ code: '554' });
    expect(read("ir_mail_server: (553, 'Relaying disallowed')")).toMatchObject({ code: '553', reply: expect.stringContaining('Relaying disallowed') });
    expect(read('5.7.1 ... must use TLS ...')).toMatchObject({ enhanced: '5.7.1', reply: '5.7.1 ... must use TLS ...' });
    expect(read('5.7.1 \u2026 sender denied')).toMatchObject({ enhanced: '5.7.1' });
    // A number and a comma in prose are not a pair; an ellipsis after a version number is not a status.
    expect(readPastedText("We sold 550, 'more than expected' said the report.").isBounce).toBe(false);
    expect(readPastedText('Version 4.2.1 ... released today').isBounce).toBe(false);
  });
  it("qmail-send's log line, spaces written as underscores and line breaks as slashes, reads as the report it encodes", () => {
    const line = 'delivery 5: failure: 192.0.2.11_does_not_like_recipient./Remote_host_said:_550_5.1.1_<ann@example.org>_is_not_a_valid_mailbox/Giving_up_on_192.0.2.11./';
    const r = read(line);
    expect(r).toMatchObject({ code: '550', enhanced: '5.1.1' });
    expect(r?.reply).toMatch(/^550 5\.1\.1 <ann@example\.org> is not a valid mailbox/);
    // Offsets still point into the text as pasted.
    expect(r?.replySpan && line.slice(r.replySpan.start, r.replySpan.start + 8)).toBe('550_5.1.');
    // A URL's slashes inside the report stay.
    expect(read('192.0.2.1_does_not_like_recipient./Remote_host_said:_554_blocked,_see_http://example.com/why/Giving_up_on_192.0.2.1./')?.reply).toContain('http://example.com/why');
    // Underscores elsewhere are not a qmail report.
    expect(readPastedText('my_variable_name = 550_units / total').isBounce).toBe(false);
  });
  it('a reply whose code says more lines follow ("550-") goes on over the lines a paste hard-wrapped', () => {
    const r = read('Remote host said: 550-5.7.1 [192.0.2.1\n12] Our system has detected that this message is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to\nGmail, this message has been blocked.');
    expect(r?.reply).toMatch(/likely unsolicited mail/);
    expect(r?.reply).toMatch(/has been blocked/);
    // A reply without the marker ends with its line.
    expect(read('Remote host said: 550 5.7.1 Message refused\nThanks for your help, the rest of my post.')?.reply).toBe('550 5.7.1 Message refused');
  });
  it('a multi-line reply whose every line carries the same log prefix ("[434849] <-- 550-5.7.1 …") is one reply', () => {
    const text = '[434849] <-- 550-5.7.1 [192.0.2.1 18] Our system has detected that this message is\n[434849] <-- 550-5.7.1 likely suspicious due to the very low reputation of the sending IP\n[434849] <-- 550 5.7.1 address. d30si1 - gsmtp';
    const report = readPastedText(text);
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]?.reply).toMatch(/this message is likely suspicious due to the very low reputation of the sending IP address/);
  });
  it("a line of swaks's transcript the server sent, by its transaction hint ('<-', '<~', '<**', '<~*'), is a reply on its own", () => {
    expect(read('<** 554 mx.dest.example IP 192.0.2.108 reverse non valido / Your IP 192.0.2.108 has no valid reverse DNS (PTR)')).toMatchObject({ code: '554' });
    expect(read('<~* 550 5.7.1 Relaying denied for this client')).toMatchObject({ code: '550', enhanced: '5.7.1' });
    expect(read('<- 421 4.7.0 Too many connections from your host')).toMatchObject({ code: '421' });
    // An arrow in prose before a number is not one.
    expect(readPastedText('x <- 550 units of stock').isBounce).toBe(false);
  });
  it("PHPMailer's labels followed by a multi-line reply read every line of it", () => {
    const text = "Error: SMTP code:550 msg:550-5.7.1 [192.0.2.7] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550 5.7.1 service provider instead. - gsmtp";
    expect(read(text)?.reply).toMatch(/not authorized to send email directly to our servers\. Please use the SMTP relay at your service provider instead/);
  });
  it("Swift Mailer's message without its opening quote is the rest of its line", () => {
    expect(read('Expected response code 250 but got code "550", with message BAD HELO - Host impersonating domain name [example.com]\nNext log line')).toMatchObject({ code: '550', reply: 'BAD HELO - Host impersonating domain name [example.com]' });
  });
  it('a positive reply a client got where it expected another is no refusal: the client\'s sentence is the reply', () => {
    for (const text of [
      'Swift_TransportException: Expected response code 250 but got code "354", with message "354 Start mail input; end with <CRLF>.<CRLF>"',
      'Expected response code "354" but got code "250", with message "250 2.1.5 Ok".',
    ]) {
      const report = readPastedText(text);
      expect(report).toMatchObject({ isBounce: true, kind: 'failure' });
      expect(report.recipients[0]).toMatchObject({ code: null, enhanced: null });
      expect(report.recipients[0]?.reply).toMatch(/^Expected response code/);
    }
    // A failure code got instead stays the server's reply, and so does a refusal further on in the same paste.
    expect(read('Expected response code "250" but got code "550", with message "550 5.1.1 User unknown"')).toMatchObject({ code: '550', reply: '550 5.1.1 User unknown' });
    expect(read('Expected response code 250 but got code "235", with message "235 ok"\nThen the server responded with 550 No such user here')).toMatchObject({ code: '550', reply: '550 No such user here' });
  });
  it("Swift Mailer's quoted message cut off by the paste runs to where the paste ends", () => {
    const text = 'Uncaught exception \'Swift_TransportException\' with message \'Expected response code 250 but got code "550", with message "550\n5.7.1 Command rejected';
    expect(read(text)?.reply).toBe('550 5.7.1 Command rejected');
  });
  it('a log that writes a reply\'s spaces as underscores ("cause=450_4.7.0_Transmit_rate_limit_exceeded")', () => {
    expect(read('stat=Reject:RCPT:RATELIMIT cause=450_4.7.0_Transmit_rate_limit_exceeded,_try_again_later_(ACC)')).toMatchObject({ code: '450', enhanced: '4.7.0' });
    expect(readPastedText('const max_rate_limit = 450_000;').isBounce).toBe(false);
  });
  it("Haraka's outbound log: the remote end closed the connection", () => {
    expect(readPastedText('[outbound] Remote end 192.0.2.27:25 closed connection while we were processing mail. Trying next MX.').isBounce).toBe(true);
  });
  it('the word for "failed" in each language of the localized refusals, next to a word about mail', () => {
    expect(readPastedText('Das Senden der E-Mail an pat@example.org ist fehlgeschlagen: exit status 78').isBounce).toBe(true);
    expect(readPastedText("L'envoi du message a échoué.").isBounce).toBe(true);
    expect(readPastedText('El envío del correo falló.').isBounce).toBe(true);
    expect(readPastedText('Het verzenden van het bericht is mislukt.').isBounce).toBe(true);
    // …and the word for "unavailable".
    expect(readPastedText("La boîte aux lettres est indisponible.").isBounce).toBe(true);
    // Without a word about mail it is ordinary prose.
    expect(readPastedText('Der Build ist fehlgeschlagen.').isBounce).toBe(false);
    expect(readPastedText('Die Seite ist zurzeit nicht verfügbar.').isBounce).toBe(false);
    expect(readPastedText('La compilation a échoué hier soir.').isBounce).toBe(false);
  });
  it("French failure wording written without accents, and \"could not be sent\" (n'a pu être envoyé)", () => {
    expect(readPastedText("Nous sommes desoles de vous informer que l'email n'a pu etre envoye.").isBounce).toBe(true);
    expect(readPastedText("Votre message n'a pas été envoyé à bob@example.com.").isBounce).toBe(true);
    expect(readPastedText("Le rapport a été envoyé hier, merci.").isBounce).toBe(false);
  });
  it("DNS, connection, TLS and queue errors with no reply code (Postfix, Exim, qmail, Sendmail's own words)", () => {
    for (const text of [
      'Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found',
      "Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
      'connect to mx.example.com[192.0.2.1]:25: Connection timed out',
      'TLS is required, but was not offered by host mx.example.com[192.0.2.1]',
      'retry timeout exceeded',
      "I'm not going to try again; this message has been in the queue too long.",
      'Connection closed by remote host',
      'Socket error: connection reset',
      'Could not establish a connection to the remote mail server',
      'Remote server unreachable',
      'Could not connect to mail server',
      'Timeout connecting to server',
    ]) {
      const report = readPastedText(text);
      expect(report.isBounce, text).toBe(true);
      expect(report.recipients[0]?.code ?? null, text).toBeNull();
    }
  });
  it("a delay notice's own words with no code are a delay (Exchange/Outlook, Sendmail, Postfix templates)", () => {
    for (const [text, recipient] of [
      ['Delivery is delayed to these recipients or groups: bob@example.com', 'bob@example.com'],
      ['Delivery to the following recipient has been delayed: bob@example.com', 'bob@example.com'],
      ['Warning: could not send message for past 4 hours', null],
      ['Delayed Mail (still being retried)', null],
    ] as const) {
      const report = readPastedText(text);
      expect(report.isBounce, text).toBe(true);
      expect(report.kind, text).toBe('delay');
      expect(report.recipients[0]?.recipient ?? null, text).toBe(recipient);
    }
    // Retrying without a word about mail is not a delay notice.
    expect(readPastedText('The uploader will retry failed files; the job has been delayed by a day.').isBounce).toBe(false);
  });
  it("a mailbox's or account's state with a verb between ('account is disabled', 'mailbox has been deactivated')", () => {
    for (const text of ['bob@example.com: account is disabled', 'The mailbox has been deactivated', 'user@example.org: address is unknown']) {
      expect(readPastedText(text).isBounce, text).toBe(true);
    }
    expect(readPastedText('The account settings page was redesigned; the sidebar is disabled on mobile.').isBounce).toBe(false);
  });
  it("reads a log object's SMTP reply fields over its own note (maddy's smtp_code, smtp_enchcode, smtp_msg beside 'reason')", () => {
    // maddy replies with smtp_code / smtp_enchcode / smtp_msg (internal/exterrors/smtp.go); "reason" is its own note.
    const line = 'smtp: DATA error\t{"check":"check.spf","msg_id":"1a2b3c4d","reason":"too many MX records","smtp_code":550,"smtp_enchcode":"5.7.23","smtp_msg":"SPF authentication failed with a permanent error"}';
    expect(readPastedText(line).recipients[0]).toMatchObject({ code: '550', enhanced: '5.7.23', reply: '550 5.7.23 SPF authentication failed with a permanent error' });
    // The same fields of a success are not a failure.
    expect(readPastedText('smtp: delivered\t{"msg_id":"1a2b3c4d","smtp_code":250,"smtp_enchcode":"2.0.0","smtp_msg":"OK"}').isBounce).toBe(false);
  });

  it("reads a bounce quoted in Markdown code fences (an issue thread's ``` lines) as the same bounce without them", () => {
    const plain = 'Delivery to the following recipient failed permanently:\n\n     pat@example.com\n\nTechnical details of permanent failure:\nDNS Error: Address resolution of example.com. failed: Domain name not found';
    const fenced = 'Delivery to the following recipient failed permanently:\n\n```\npat@example.com\n```\n\nTechnical details of permanent failure:\nDNS Error: Address resolution of example.com. failed: Domain name not found';
    const a = readPastedText(plain).recipients[0];
    const b = readPastedText(fenced).recipients[0];
    expect(b?.recipient).toBe('pat@example.com');
    expect(b?.reply).toBe(a?.reply);
    expect(b?.reply).toMatch(/Domain name not found/);
    // Offsets still point into the text as pasted.
    const span = b?.replySpan;
    expect(span && fenced.slice(span.start, span.end)).toMatch(/^Technical details/);
  });
  it("reads a reply between a ticket's or a forum post's block markers (Jira's {noformat}, {code:java}; BBCode's [quote]) as the reply alone", () => {
    const reply = '451 Bad reverse DNS.';
    for (const [open, close] of [['{noformat}', '{noformat}'], ['{code:java}', '{code}'], ['[quote="admin"]', '[/quote]'], ['[code]', '[/code]']]) {
      const text = `${open}\n${reply}\n${close}`;
      const r = readPastedText(text).recipients[0];
      expect(r?.code, open).toBe('451');
      const span = r?.replySpan;
      expect(span && text.slice(span.start, span.end), open).toBe(reply);
    }
    // A log object that opens with a "code" key is no marker.
    expect(readPastedText('{code: 429, msg: "Email rate limit exceeded"}').isBounce).toBe(true);
  });
  it('reads a bounce quoted line by line ("> ", an email reply or a Markdown blockquote) as the bounce', () => {
    const quoted = '> <pat@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <pat@example.org>:\n> Recipient address rejected: User unknown in virtual mailbox table (in reply to\n> RCPT TO command)';
    const r = readPastedText(quoted).recipients[0];
    expect(r).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1', command: 'RCPT TO' });
    expect(r?.reply).toMatch(/User unknown in virtual mailbox table/);
    // An SMTP transcript's "> " lines among others are not a quote: they stay as they are.
    const transcript = '>>> RCPT TO:<pat@example.org>\n<<< 550 5.1.1 User unknown';
    expect(readPastedText(transcript).recipients[0]?.reply).toMatch(/User unknown/);
  });
  it('reads a bounce quoted, indented or listed as a whole as the bounce, its spans in the paste as given', () => {
    const reply = '550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
    for (const pasted of [`> ${reply}`, `> > ${reply}`, `    ${reply}`, `- ${reply}`, `* ${reply}`, `1. ${reply}`]) {
      const r = readPastedText(pasted).recipients[0];
      expect(r, pasted).toMatchObject({ code: '550', enhanced: '5.1.1', reply });
      const span = r?.replySpan;
      expect(span && pasted.slice(span.start, span.end), pasted).toBe(reply);
    }
    // A quoted Sendmail bounce keeps its transcript's ">>>" and "<<<" lines: one level of quoting comes off.
    const sendmail = '> ----- The following addresses had permanent fatal errors -----\n> <pat@example.org>\n>     (reason: 550 5.1.1 <pat@example.org>... User unknown)\n>\n>    ----- Transcript of session follows -----\n> ... while talking to mx.example.org.:\n> >>> RCPT To:<pat@example.org>\n> <<< 550 5.1.1 <pat@example.org>... User unknown';
    expect(readPastedText(sendmail).recipients[0]).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1', command: 'RCPT TO' });
    // A DSN's fields indented as a block (a quote in a mail's body, a Markdown code block) are its fields.
    const dsn = '    Final-Recipient: rfc822; pat@example.org\n    Action: failed\n    Status: 5.2.2\n    Diagnostic-Code: smtp; 552 5.2.2 Mailbox full';
    expect(readPastedText(dsn).recipients[0]).toMatchObject({ recipient: 'pat@example.org', code: '552', enhanced: '5.2.2' });
    // Where only some lines are quoted, the one run of them loses its marks and the lines around stay as they are
    // (undisguise.ts quotedBlock): never an SMTP transcript's ">>>" and "<<<" lines, nor two quotes apart.
    expect(dequoted('> 550 5.1.1 User unknown\nsee above')?.text).toBe('550 5.1.1 User unknown\nsee above');
    expect(dequoted('Why?\n> 550 5.1.1 User unknown\n>\n> (in reply to RCPT TO command)\nThanks')?.text).toBe('Why?\n550 5.1.1 User unknown\n\n(in reply to RCPT TO command)\nThanks');
    expect(dequoted('... while talking to mx.example.org.:\n>>> RCPT To:<pat@example.org>\n<<< 550 5.1.1 User unknown')).toBeNull();
    expect(dequoted('> Did you check SPF?\nYes.\n> 550 5.1.1 User unknown')).toBeNull();
    // …but a bounce given as one list item, only its first line behind the bullet, loses the bullet: a reply's lines
    // after it, lines that open alike, a delivery-status part's fields. Never in a list of several items.
    expect(dequoted('- 421-4.7.0 This message does not have authentication information or fails to pass\n421-4.7.0 authentication checks.')?.text).toBe('421-4.7.0 This message does not have authentication information or fails to pass\n421-4.7.0 authentication checks.');
    expect(dequoted('- Final-Recipient: rfc822; pat@example.org\nAction: failed\nStatus: 4.4.7')?.text).toMatch(/^Final-Recipient/);
    expect(dequoted('* SERVER: 554-mx.example.net Service not available\nSERVER: 554 No SMTP service')?.text).toMatch(/^SERVER: 554-/);
    expect(dequoted('- 500 new users\n- 250 returning\nand more')).toBeNull();
    expect(dequoted('- Faster builds\nThe cache is now shared.')).toBeNull();
    const item = readPastedText('- 421-4.7.0 This message does not have authentication information or fails to pass\n421-4.7.0 authentication checks. To best protect our users from spam, the\n421 4.7.0 message has been blocked.').recipients[0];
    expect(item?.reply).toMatch(/^421 4\.7\.0 This message does not have authentication information or fails to pass authentication checks\./);
  });
  it('reads HTML-escaped text (a page\'s source) as the text it escapes, only when it has no raw angle bracket', () => {
    const pasted = '&lt;pat@example.org&gt;: host mx.example.org[192.0.2.1] said: 550 5.1.1 &lt;pat@example.org&gt;: Recipient address rejected: User unknown (in reply to RCPT TO command)';
    const r = readPastedText(pasted).recipients[0];
    expect(r).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1', command: 'RCPT TO' });
    expect(r?.reply).toMatch(/^550 5\.1\.1 <pat@example\.org>: Recipient address rejected: User unknown/);
    const span = r?.replySpan;
    expect(span && pasted.slice(span.start, span.end)).toMatch(/^550 5\.1\.1 &lt;pat@example\.org&gt;: Recipient/);
    expect(withoutEntities('<pat@example.org> said &lt;hi&gt;')).toBeNull();
    expect(withoutEntities('Tom &amp; Jerry')).toBeNull();
  });
  it('reads curly quotes a forum put for straight ones as straight, when the text has no straight one', () => {
    const r = readPastedText('Expected response code 250 but got code \u201c550\u201d, with message \u201c550 5.7.1 Relaying denied\u201d').recipients[0];
    expect(r).toMatchObject({ code: '550', enhanced: '5.7.1' });
    expect(r?.reply).toBe('550 5.7.1 Relaying denied');
    const py = readPastedText("smtplib.SMTPRecipientsRefused: {\u2018pat@example.org\u2019: (550, b\u20185.1.1 User unknown\u2019)}").recipients[0];
    expect(py).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1' });
  });
  it('reads a reply hard-wrapped at a mail client\'s margin whole: a quoted string over the break, a line the next word did not fit on', () => {
    // A Python tuple's byte string broken after 64 characters: the string goes on until the line that closes it.
    const tuple = readPastedText("smtplib.SMTPRecipientsRefused: {'pat@example.org': (454, b'4.7.1\n<pat@example.org>: Relay access denied')}").recipients[0];
    expect(tuple).toMatchObject({ recipient: 'pat@example.org', code: '454', reply: '454 4.7.1 <pat@example.org>: Relay access denied' });
    // A line of 58 characters in a text wrapped at 72: "Unfortunately," would not have fitted on it.
    const wrapped = '550 Mailbox unavailable. The server response was: 550 5.7.1\nUnfortunately, messages from [192.0.2.174] weren\'t sent. Please contact\nyour Internet service provider since part of their network is on our\nblock list.';
    expect(readPastedText(wrapped).recipients[0]?.reply).toMatch(/^550 5\.7\.1 Unfortunately, messages from \[192\.0\.2\.174\] weren't sent\..*block list\.$/);
    // A string that takes five lines at that margin goes on to the line that closes it, four lines on.
    const long = "SMTPRecipientsRefused: {'pat@example.org': (554, '5.7.1\n<pat@example.org>: Relay access denied\\n5.7.1 Contact your\npostmaster/admin for assistance. Please provide the following\ninformation in your problem report: time (Aug 23 09:58:29) and client\n(2001:db8::a4).')}";
    expect(readPastedText(long).recipients[0]?.reply).toMatch(/^554 5\.7\.1 <pat@example\.org>: Relay access denied.*\(2001:db8::a4\)\.$/s);
    // A margin that broke Postfix's "<what> rejected: <why>" before "rejected:": the sentence goes on (a dump's field,
    // after a line that ends on a comma, does not).
    const rejected = 'SMTP failed to set data: Transaction failed: 5.7.1 <DATA>: Data command\nrejected: limit of 400 rcpts per 24 hours for client pat@example.org reached';
    expect(readPastedText(rejected).recipients[0]?.reply).toMatch(/Data command rejected: limit of 400 rcpts per 24 hours .* reached$/);
    const dump = "{ Error: Message failed: 550 5.1.1 <pat@example.org>: Recipient address rejected: unknown user,\n  command: 'DATA' }";
    expect(readPastedText(dump).recipients[0]?.reply).not.toMatch(/command: 'DATA'/);
    // A short line is no wrap: the string ends with its line when nothing closes it, and a short reply keeps its line.
    expect(readPastedText("error: (550, b'5.7.1 Denied\nplease call us')").recipients[0]?.reply).toBe('550 5.7.1 Denied');
  });
  it('reads a paste whose every line became a paragraph (an empty line after each) as its lines, when a sentence runs over one', () => {
    const plain = '<pat@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1\n    Service unavailable; client [192.0.2.1] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)';
    const doubled = plain.replace(/\n/g, '\n\n');
    const a = readPastedText(plain).recipients[0];
    const b = readPastedText(doubled).recipients[0];
    expect(b).toMatchObject({ recipient: 'pat@example.org', code: '550', command: 'RCPT TO' });
    expect(b?.reply).toBe(a?.reply);
    expect(b?.reply).toMatch(/zen\.spamhaus\.org/);
    const span = b?.replySpan;
    expect(span && doubled.slice(span.start, span.end)).toMatch(/^550 5\.7\.1\n\n {4}Service unavailable/);
    // Three short paragraphs that end their sentences are left as they are; four or more lines all one empty line apart
    // are halved whatever their sentences do (a text whose paragraphs are all one line reads the same either way).
    expect(undoubled('Your message was rejected:\n\nNot enough disk space\n\nRegards')).toBeNull();
    const held = 'Your mail to the list\n\nIs being held until the moderator can review it.\n\nThe reason it is being held:\n\n    Message has a suspicious header';
    expect(undoubled(held)?.text).toBe(held.replace(/\n\n/g, '\n'));
    // Google's multi-line reply behind a client's lead, every line doubled: one reply, to its last line.
    const google = "Error: SMTP code:550 msg:550-5.7.1 [192.0.2.73] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550-5.7.1 service provider instead. Learn more at\n550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError f64si1223417pfg.362 - gsmtp";
    const g = readPastedText(google.replace(/\n/g, '\n\n')).recipients[0];
    expect(g?.reply).toBe(readPastedText(google).recipients[0]?.reply);
    expect(g?.reply).toMatch(/NotAuthorizedError/);
    expect(undoubled('550 5.7.1 blocked\nusing zen\n\nsee above\n\nthanks')).toBeNull();
    // Two lines are enough when the second goes on with the first's sentence.
    expect(undoubled('<pat@example.org>: host mx.example.org[192.0.2.1] said: 550 Requested\n\n    action not taken: mailbox unavailable')?.text).toBe('<pat@example.org>: host mx.example.org[192.0.2.1] said: 550 Requested\n    action not taken: mailbox unavailable');
    // So are two when the first ends on a colon and the second goes on in lower case, or the first ends with the code.
    expect(readPastedText('SMTP error from remote mail server after RCPT TO:<pat@example.org>:\n\nhost mx.example.org [192.0.2.72]: 550 Requested action not taken:\n\nmailbox unavailable').recipients[0]?.reply).toBe('550 Requested action not taken: mailbox unavailable');
    expect(readPastedText('<pat@example.org>: host mx.example.org[192.0.2.1] said: 550\n\n5.7.1 <pat@example.org>: Recipient address rejected: Access denied').recipients[0]).toMatchObject({ code: '550', enhanced: '5.7.1' });
    // So are two when the first is a reply that breaks off, whatever the case of the words after the empty line.
    expect(readPastedText('550 5.4.1 Recipient address rejected:\n\nAccess denied. AS(201806281)').recipients[0]?.reply).toBe('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)');
    expect(undoubled('550 5.1.1 User unknown.\n\nPlease check the address')).toBeNull();
    // Lines that open alike, a transcript's or a multi-line reply's, are one block whatever their sentences do.
    const transcript = 'SERVER: 554-mx.example.net Service not available\n\nSERVER: 554-No SMTP service\n\nSERVER: 554 invalid DNS PTR resource record, IP=192.0.2.23';
    expect(undoubled(transcript)?.text).toBe(transcript.replace(/\n\n/g, '\n'));
    expect(readPastedText(transcript).recipients[0]?.reply).toMatch(/invalid DNS PTR resource record/);
    // Paragraphs that only share a word do not.
    expect(undoubled('Hello Pat: the mail bounced.\n\nHello again: it bounced twice.\n\nRegards')).toBeNull();
  });
  it('reads delivery-status fields a form or a chat ran together on one line as the fields they are', () => {
    const fields = 'Final-Recipient: rfc822; pat@example.org\nAction: failed\nStatus: 5.3.4\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed limit\nLast-Attempt-Date: Sun, 16 Jun 2019 23:25:24 -0700';
    const flat = fields.replace(/\n/g, ' ');
    expect(fieldsApart(flat)?.text).toBe(fields);
    const r = readPastedText(flat).recipients;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ recipient: 'pat@example.org', enhanced: '5.3.4', reply: '552 5.3.4 Message size exceeds fixed limit' });
    // A line that names a field or two is prose, or an application's own labels: left as it is.
    expect(fieldsApart('Job 12 Status: failed Action: retry later, see the log')).toBeNull();
  });
  it("reads a paste with CR LF line ends, or Markdown's two spaces at its lines' ends, as the same lines", () => {
    const plain = 'Verify the email address in your account properties. Server responded: 530\n5.7.0. Issue a STARTTLS command first.';
    const a = readPastedText(plain).recipients[0];
    expect(a?.reply).toMatch(/STARTTLS/);
    for (const variant of [plain.replace(/\n/g, '\r\n'), plain.replace(/\n/g, '  \n')]) {
      const b = readPastedText(variant).recipients[0];
      expect(b?.reply, JSON.stringify(variant)).toBe(a?.reply);
      const span = b?.replySpan;
      expect(span && variant.slice(span.start, span.end).replace(/\s+/g, ' ')).toBe(a?.reply);
    }
  });
  it("reads a log's lead on every line (Docker Compose's service, an application's timestamp and level) as not part of the text", () => {
    const plain = '<pat@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1\n    Service unavailable; client [192.0.2.1] blocked using\n    zen.spamhaus.org (in reply to RCPT TO command)';
    const a = readPastedText(plain).recipients[0];
    for (const lead of ['mailserver_1  | ', '2024-03-05 10:22:31 [error] ', '2024-03-05T10:22:31.123Z ERROR ']) {
      const pasted = plain.split('\n').map((l) => lead + l).join('\n');
      const b = readPastedText(pasted).recipients[0];
      expect(b?.reply, lead).toBe(a?.reply);
      expect(b, lead).toMatchObject({ recipient: 'pat@example.org', code: '550', command: 'RCPT TO' });
    }
    expect(readPastedText('2024-03-05 10:22:31 [error] 550 bodyhash_mismatch').recipients[0]?.reply).toBe('550 bodyhash_mismatch');
    // A syslog line keeps its timestamp, host and program: there is no level in it.
    expect(withoutLogLeads('Mar  5 10:22:31 mail postfix/smtp[123]: 4F2A: to=<pat@example.org>, status=bounced (host said: 550 5.1.1 User unknown)')).toBeNull();
    // Lines without the lead leave the text as it is.
    expect(withoutLogLeads('app_1  | 550 5.1.1 User unknown\nsomething else')).toBeNull();
  });
  it("reads a bounce copied from HTML source (its <br> and <p> tags, its &lt; escapes) as its text", () => {
    const plain = '<pat@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n    <pat@example.org>: Recipient address rejected: User unknown (in reply to\n    RCPT TO command)';
    const html = plain.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>\n') + '<br>';
    const a = readPastedText(plain).recipients[0];
    const b = readPastedText(html).recipients[0];
    expect(b).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1', command: 'RCPT TO' });
    expect(b?.reply).toBe(a?.reply);
    // A tag between two words is a space; an address in angle brackets is no tag.
    expect(withoutHtmlTags('<p>550 5.1.1 <pat@example.org> unknown</p><p>bye</p>')?.text).toBe('550 5.1.1 <pat@example.org> unknown bye');
    expect(withoutHtmlTags('550 5.1.1 <pat@example.org>: User unknown')).toBeNull();
  });
  it("re-joins a reply wrapped at a narrower margin (60, under a quote's marks) where the next word would not have fitted", () => {
    const quoted = '> 550 5.7.1 This message was not accepted due to domain owner\n> DMARC policy (RFC 7489)\n> https://help.mail.ru/mail-help/postmaster/dmarc';
    expect(readPastedText(quoted).recipients[0]?.reply).toBe('550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc');
    // A mailer's own sentence in the first person after the reply is not the reply's.
    const qmail = '<pat@example.org>:\nConnected to 192.0.2.10 but sender was rejected.\nRemote host said: 450 5.7.1 192.0.2.20: Poor Reputation Sender\nI\'m not going to try again; this message has been in the queue too long.';
    expect(readPastedText(qmail).recipients[0]?.reply).not.toMatch(/not going to try again/);
  });
  it("a sending client's 'message was not sent' / 'could not be sent' is failure wording", () => {
    expect(readPastedText('A mail message was not sent due to a protocol error.').isBounce).toBe(true);
    expect(readPastedText('The message could not be sent because the server refused it.').isBounce).toBe(true);
    expect(readPastedText('The invoice was not sent yet, I will do it tomorrow.').isBounce).toBe(false);
  });
  it("lettre's Debug of a reply code with no text (severity, category, detail) is that code", () => {
    const r = readPastedText("SMTP 5xx error: lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }) }");
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.code).toBe('535');
    expect(readPastedText('Error { kind: Transient(Code { severity: TransientNegativeCompletion, category: MailSystem, detail: One }) }').recipients[0]?.code).toBe('451');
    // A Response's Debug carries the reply's lines after the code.
    const resp = 'SMTP failed to send: Permanent(Response { code: Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Four }, message: [\\"5.7.1 [2] Message rejected under suspicion of SPAM\\"] })';
    expect(readPastedText(resp).recipients[0]).toMatchObject({ code: '554', enhanced: '5.7.1', reply: '554 5.7.1 [2] Message rejected under suspicion of SPAM' });
    // A success is no failure.
    expect(readPastedText('Ok(Response { code: Code { severity: PositiveCompletion, category: MailSystem, detail: Zero } })').isBounce).toBe(false);
  });
  it("a Postfix log line of a delivery that worked is a delivery notice, not a failure and not 'nothing'", () => {
    const sent = readPastedText('Sep 18 14:13:00 mail postfix/smtp[1234]: BC7F0205C4: to=<pat@example.com>, relay=mx.example.com[192.0.2.27]:25, delay=8.3, dsn=2.0.0, status=sent (250 2.0.0 OK 1568808780 a17si1603973wmb.98 - gsmtp)');
    expect(sent.kind).toBe('delivered');
    expect(sent.isBounce).toBe(false);
    expect(readPastedText('status=sent (250 2.0.0 Ok: queued as 7E097A40D6F)').kind).toBe('delivered');
    // A content filter that took the message in to drop it (amavisd-new) did not deliver it.
    expect(readPastedText('postfix/lmtp[3961]: B97952261F: to=<pat@example.org>, relay=127.0.0.1[127.0.0.1]:10024, dsn=2.7.0, status=sent (250 2.7.0 Ok, discarded, id=03991-01 - INFECTED: Eicar-Test-Signature)').kind).not.toBe('delivered');
    // Beside a failure, the failure is what the paste is about.
    const both = readPastedText('to=<a@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)\nto=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <b@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))');
    expect(both.isBounce).toBe(true);
    expect(both.recipients.map((r) => r.code)).toEqual(['550']);
  });
  /** Reads a paste that must be a delivery notice, not a bounce. */
  const delivered = (text: string) => {
    const r = readPastedText(text);
    expect(r.kind, text).toBe('delivered');
    expect(r.isBounce, text).toBe(false);
    return r;
  };
  it("a server's reply that took the message, pasted alone or after a label, is a delivery, not a failure and not 'nothing'", () => {
    // The MTAs' own words for a message they took (RFC 5321 §4.2.1, 2yz): Postfix, Exchange, Gmail, qmail, Exim, Sendmail.
    for (const text of [
      '250 2.0.0 Ok: queued as 4F2A81C0D3',
      'Message sent: 250 2.6.0 <a1b2c3@example.com> [InternalId=12884901890, Hostname=EX01.example.com] Queued mail for delivery',
      'smtp: 250 2.0.0 OK  1701423001 a17si1603973wmb.98 - gsmtp',
      'C="250 ok 1701423001 qp 4711"',
      'smtp.sendmail() returned: 250 OK id=1r5Xyz-0004Ab-Cd',
      '250 2.0.0 3B1Hq9aB012345 Message accepted for delivery',
    ]) {
      const r = delivered(text);
      expect(r.recipients[0]?.code, text).toBe('250');
      expect(r.recipients[0]?.action, text).toBe('delivered');
    }
    // A 250 that discards (amavisd-new's D_DISCARD reply), or beside words that say the mail went nowhere, is no delivery.
    expect(readPastedText('The message WAS NOT relayed to: <pat@example.org>: 250 2.7.0 Ok, discarded, id=30329-04 - BANNED: .exe').kind).not.toBe('delivered');
    expect(readPastedText('250 OK id=1r5Xyz-0004Ab-Cd\nbut the message bounced later').kind).not.toBe('delivered');
    // A number that is not a reply, and a greeting that says nothing about a message, are not a delivery either.
    expect(readPastedText('We sent 250 messages yesterday, ok?').kind).not.toBe('delivered');
    expect(readPastedText('220 mx.example.com ESMTP ready').kind).not.toBe('delivered');
  });
  it("a success notice in its program's words (Postfix, Sendmail/Exim, Exchange's relay notice) is a delivery, unless it also lists a failure", () => {
    for (const text of [
      'Your message was successfully delivered to the destination(s) listed below. If the message was delivered to mailbox you will receive no further notifications.',
      '   ----- The following addresses had successful delivery notifications -----\n<pat@example.org>  (relayed to non-DSN-aware mailer)',
      'Delivery to these recipients or groups is complete, but no delivery notification was sent by the destination server:\n\npat@example.org',
    ])
      delivered(text);
    // Its reply, when it quotes one, is kept.
    expect(readPastedText('Your message was successfully delivered to the destination(s) listed below.\n\n<pat@example.org>: delivery via mx.example.org[192.0.2.1]:25: 250 2.0.0 Ok: queued as 4F2A81C0D3').recipients[0]?.code).toBe('250');
    // A notice that lists failed addresses too is about the failure.
    const mixed = readPastedText('   ----- The following addresses had permanent fatal errors -----\n<a@example.org>\n    (reason: 550 5.1.1 User unknown)\n\n   ----- The following addresses had successful delivery notifications -----\n<b@example.org>  (successfully delivered to mailbox)');
    expect(mixed.kind).not.toBe('delivered');
    expect(mixed.isBounce).toBe(true);
  });
  it("the reply that refused an address its verification could not reach is the outer one, not the probe's result it quotes (Postfix reject_unverified_sender)", () => {
    const text = "smtplib.SMTPRecipientsRefused: {'pat@example.org': (450, '4.1.7 <app@example.com>: Sender address rejected: undeliverable address: host mx.example.com[192.0.2.5] said: 550 5.1.1 <app@example.com> recipient rejected (in reply to RCPT TO command)')}";
    const r = readPastedText(text).recipients[0];
    expect(r?.code).toBe('450');
    expect(r?.enhanced).toBe('4.1.7');
    expect(r?.reply).toMatch(/^450 4\.1\.7 <app@example\.com>: Sender address rejected: undeliverable address/);
    // Pasted bare, the same.
    expect(readPastedText('450 4.1.7 <app@example.com>: Sender address rejected: undeliverable address: host mx.example.com[192.0.2.5] said: 550 5.1.1 <app@example.com> recipient rejected (in reply to RCPT TO command)').recipients[0]?.code).toBe('450');
  });
  it("lettre's pretty Debug ({:#?}, one field a line) and its Display with no reply text ('permanent error (535)') are that code", () => {
    const pretty = 'lettre::transport::smtp::Error {\n    kind: Permanent(\n        Code {\n            severity: PermanentNegativeCompletion,\n            category: MailSystem,\n            detail: Four,\n        },\n    ),\n}';
    expect(readPastedText(pretty).recipients[0]?.code).toBe('554');
    expect(readPastedText('Error: permanent error (535)').recipients[0]?.code).toBe('535');
    expect(readPastedText('send failed: transient error (421)').recipients[0]?.code).toBe('421');
    expect(readPastedText('A permanent error (see page 535) is explained in the manual.').isBounce).toBe(false);
  });
  it("Exchange's diagnostic tag ('<contoso.com #5.2.2>') gives its status to the words before it", () => {
    const r = readPastedText("The message could not be delivered because the recipient's mailbox is full. <mail.example.org #5.2.2>");
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]).toMatchObject({ enhanced: '5.2.2', reply: "The message could not be delivered because the recipient's mailbox is full." });
    const dns = readPastedText('The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. <{Issuing Server} #5.4.0>');
    expect(dns.isBounce).toBe(true);
    expect(dns.recipients[0]?.enhanced).toBe('5.4.0');
    // A delivery's tag is no failure.
    expect(readPastedText('Your message was relayed. <mail.example.org #2.0.0>').isBounce).toBe(false);
  });
  it("a log's message says what failed and its error field why (logfmt msg=… error=…, a JSON log's message and error)", () => {
    const logfmt = 't=2024-01-01T00:00:00Z lvl=eror msg="Failed to send notification email" logger=notifier.email error="dial tcp 192.0.2.1:587: i/o timeout"';
    const r = readPastedText(logfmt);
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]?.reply).toBe('Failed to send notification email: dial tcp 192.0.2.1:587: i/o timeout');
    // An error whose own words say something failed joins the message too, as one failure.
    const json = '{"level":"error","message":"Failed to send email","error":"dial tcp 192.0.2.1:25: connect: connection refused"}';
    const j = readPastedText(json);
    expect(j.recipients).toHaveLength(1);
    expect(j.recipients[0]?.reply).toMatch(/^Failed to send email: dial tcp .*connection refused$/);
  });
  it('a failure code at the head of its line, then the SMTP command it answers in capitals, inside a client log', () => {
    const log = 'READ Apr 01 19:49:18 -- host:relay.example.net -- port:25\n501 EHLO requires valid address\n...\nWROTE HELO laptop.example';
    expect(readPastedText(log).recipients.map((r) => r.reply)).toEqual(['501 EHLO requires valid address']);
    expect(readPastedText('Session:\n503 5.5.1 MAIL first').recipients[0]?.code).toBe('503');
    // Not in the middle of a sentence.
    expect(readPastedText('We changed the HELO handling; 501 HELO tests pass now').isBounce).toBe(false);
  });
  it("a scanner's 'scanned for viruses' footer is not a failure; the notice's own virus line is", () => {
    const notice = 'This email was scanned for viruses by Example Gateway.\n\n[Detail]\nThe following action has been applied to the below attachments:\nAttachment Name: invoice.pif, Virus Found: W32/Example.A, Status: Deleted';
    const r = readPastedText(notice);
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.reply).toMatch(/Virus Found/);
    // The footer under an ordinary mail says nothing failed.
    expect(readPastedText('Thanks, see you Monday.\n\nThis email has been checked for viruses by Example Antivirus software.').isBounce).toBe(false);
  });
  it('a refusal word next to a word about mail, in the languages notices are written in', () => {
    for (const text of ['Diese Nachricht wurde vom Empfänger abgelehnt', 'Votre message pour la liste a été rejeté.', 'El destinatario ha rechazado su mensaje', 'Il messaggio è stato rifiutato dal destinatario', 'Seu e-mail foi bloqueado pelo destinatário', 'Uw bericht is geweigerd']) {
      expect(readPastedText(text).isBounce, text).toBe(true);
    }
    // Either alone is prose.
    for (const text of ['Der Antrag wurde abgelehnt.', 'Le projet a été rejeté par le conseil.', 'La propuesta fue rechazada.', 'Voici le message de mardi.']) {
      expect(readPastedText(text).isBounce, text).toBe(false);
    }
  });
  it('failure wording in the languages notices are written in', () => {
    for (const text of ['Error en la entrega: 550 usuario desconocido', 'Unzustellbar: Empfänger unbekannt', 'Message non remis : destinataire inconnu', '退信原因：收件人不存在', 'メールを配信できませんでした', 'Tu mensaje no se ha entregado a ana@example.com', "Votre message n'a pas pu être remis à bob@example.fr.", 'Il messaggio non è stato recapitato', '邮件未送达', 'Impossibile inviare il messaggio. Errore del server: 550.', 'Diese Nachricht konnte nicht gesendet werden.', 'No se puede enviar el mensaje.']) {
      expect(readPastedText(text).isBounce, text).toBe(true);
    }
    expect(readPastedText('Bonjour, voici le compte rendu de la réunion de mardi.').isBounce).toBe(false);
    expect(readPastedText('El informe de la reunión fue entregado ayer.').isBounce).toBe(false);
  });
});

describe('a forwarded notice with no code: its header is the title, the text under it the reason', () => {
  const reply = (text: string) => readPastedText(text).recipients[0]?.reply ?? '';
  it('in Spanish (Thunderbird\'s "Mensaje reenviado", Asunto/De): the connection error is read, not only the subject', () => {
    // (What is under the header block is a failure on its own: the block is the forwarding mail's — persons.ts
    // forwardedHead — and the error is read as when it is pasted alone.)
    const r = reply('-------- Mensaje reenviado --------\nAsunto: Undelivered Mail Returned to Sender\nDe: Mail Delivery System <MAILER-DAEMON@relay.example>\n\n<kim@dest.example>: connect to mx.dest.example[192.0.2.100]:25: No\n    route to host');
    expect(r).toMatch(/^<kim@dest\.example>: connect to mx\.dest\.example\[192\.0\.2\.100\]:25: No route to host$/);
  });
  it("in Outlook's English \"-----Original Message-----\" with From/Subject", () => {
    expect(reply('-----Original Message-----\nFrom: MAILER-DAEMON (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\n\n<kim@dest.example>: mail for dest.example loops back to myself')).toMatch(/loops back to myself$/);
  });
  it('a header alone, with only a person\'s words under it, stays the title', () => {
    expect(reply('Subject: Undeliverable: hello\n\nHi, can you help?')).toBe('Subject: Undeliverable: hello');
  });
});

describe('a failure said in a paragraph that ends on a colon: the paragraph after it is the reason', () => {
  const reply = (text: string) => readPastedText(text).recipients[0]?.reply ?? '';
  it("Exim's local_scan rejection notice (\"The following error was given:\", then the error, indented and quoted)", () => {
    expect(reply('A message that you sent was rejected by the local scanning code that\nchecks incoming messages on this system. The following error was given:\n\n  "Mailbox quota exceeded"')).toMatch(/error was given: "Mailbox quota exceeded"$/);
  });
  it('a notice that names the recipient, then the reason under it', () => {
    expect(reply('Your message to <kim@dest.example> was automatically rejected:\n\nNot enough disk space\n\nRegards')).toMatch(/rejected: Not enough disk space$/);
  });
  it('header fields under the colon are not a reason; a paragraph that does not end on a colon takes nothing after it', () => {
    expect(reply('Delivery failed for the following message:\n\nSubject: hello\nTo: kim@dest.example')).toBe('Delivery failed for the following message:');
    expect(reply('Delivery to kim@dest.example failed.\n\nThanks for your help')).toBe('Delivery to kim@dest.example failed.');
  });
  it('takes a reason quoted over several indented lines, its span ending where the quote does', () => {
    const text = 'A message that you sent was rejected by the local scanning code. The following error was given:\n\n  "Attachment type .exe\n  is not accepted here"\n\nBye';
    expect(reply(text)).toMatch(/given: "Attachment type \.exe is not accepted here"$/);
    const span = readPastedText(text).recipients[0]?.replySpan;
    expect(span && text.slice(span.start, span.end)).toMatch(/^A message .* here"$/s);
  });
  it("never takes the sender's own words for a reason: not after 'The original message follows:', nor a paragraph of several lines", () => {
    const follows = 'Your message could not be delivered to kim@dest.example. The original message follows:\n\nHi Kim, the spam filter report is attached.';
    expect(reply(follows)).not.toMatch(/spam/);
    expect(reply('Your message could not be delivered to kim@dest.example:\n\nHi Kim, the virus scan was clean.\nBest, Ann')).not.toMatch(/virus/);
  });
});

describe("a notice's paragraph that only names the notice gives way to the one that says what failed", () => {
  const read = (text: string) => readPastedText(text).recipients[0];
  // Windows' SMTP service and Exchange 2000–2003 (shared docs/webmail.md §1.5 layout): the notice's name, then the
  // reason, then the recipients indented under it.
  const notice = (reason: string) => `This is an automatically generated Delivery Status Notification.\n\n${reason}\n\n       kim@dest.example\n\n\n`;
  it('the reason after the name is the reply, and the recipient under it is named', () => {
    const r = read(notice('Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.'));
    expect(r?.reply).toMatch(/^Unable to deliver message .* destination mail server\.$/);
    expect(r?.recipient).toBe('kim@dest.example');
  });
  it('a reason without a cause still replaces the name', () => {
    expect(read(notice('Delivery to the following recipients failed.'))?.reply).toBe('Delivery to the following recipients failed.');
  });
  it('the name alone stays the reply', () => {
    expect(read('This is an automatically generated Delivery Status Notification.\n\nHi Kim, see below.')?.reply).toBe('This is an automatically generated Delivery Status Notification.');
  });
});

describe("Gmail's card pasted: its help link's line and the line that introduces the reply stand between the sentence and the reply", () => {
  // shared docs/webmail.md §1.4: the sentence, "Learn more here: <link>", "The response was:", then Gmail's own words
  // when no server replied (no code to find the reply by).
  const card = (learn: string) =>
    `** Message not delivered **\n\nThere was a problem delivering your message to kim@dest.example. See the technical details below.\n\n${learn}The response was:\n\nThe recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 \n[dest.example 192.0.2.7: timed out]\n`;
  it.each([
    ['with the help link', 'Learn more here: https://support.google.com/mail/answer/7720\n\n'],
    ['without it', ''],
  ])('%s', (_name, learn) => {
    const r = readPastedText(card(learn)).recipients[0];
    expect(r?.recipient).toBe('kim@dest.example');
    expect(r?.reply).toMatch(/The recipient server did not accept our requests to connect/);
  });
});

describe('what a client or server says it cannot do, beside a word about mail, is a failure to read', () => {
  it.each([
    ['The remote SMTP service does not support TLS.'],
    ["Sender can't be empty"],
    ['Unable to find MX of domain dest.example'],
    ['Callout verification failed'],
  ])('%s', (text) => {
    const r = readPastedText(text);
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.reply).toBe(text);
  });
  it('the same words with nothing about mail stay prose', () => {
    for (const text of ['This browser does not support WebGL.', "Password can't be empty", 'Unable to find the file you asked for.']) expect(readPastedText(text).isBounce).toBe(false);
  });
});

describe('SPF, DKIM and DMARC: a result that is not a pass is a failure to read, their names alone a topic', () => {
  it.each([
    ['Authentication-Results: mx.example.net; dkim=neutral (body hash did not verify) header.i=@example.org'],
    ['Received-SPF: softfail (mx.example.net: domain of transitioning pat@example.org does not designate 192.0.2.7 as permitted sender)'],
    ['Your email was not accepted: dmarc=fail (p=reject) header.from=example.org'],
    ['The email could not be relayed: SPF check failed for example.org'],
  ])('%s', (text) => {
    expect(readPastedText(text).isBounce).toBe(true);
  });
  it('their own setup under a text that is no bounce stays their words', () => {
    for (const text of [
      'Your email has been received.\n\nThe domain is hosted at our registrar and we send through our provider with an SPF include for spf.example.net, DKIM signing on.',
      'Our mail goes out through the provider; SPF and DKIM are set up for the domain and DMARC is published at p=none.',
    ])
      expect(readPastedText(text).isBounce).toBe(false);
  });
  it('a failed check in the headers\' own result syntax needs no other word about mail (RFC 8601, RFC 7208 §9.1)', () => {
    for (const text of ['dkim=fail (signature did not verify)', 'spf=permerror (too many DNS lookups)', 'Received-SPF: fail (domain of pat@example.org does not designate 192.0.2.7)']) {
      expect(readPastedText(text).isBounce, text).toBe(true);
    }
    expect(diagnoseReport(readPastedText('dkim=fail (signature did not verify)'))[0]?.category).toBe('dkim');
    // The results a delivered mail's headers carry are no failure alone.
    for (const text of ['dkim=pass header.i=@example.org', 'spf=neutral (no policy)', 'dmarc=none (p=none dis=none)']) expect(readPastedText(text).isBounce, text).toBe(false);
  });
});

describe("Exchange's message trace: the reply is the LED field's value", () => {
  it('a reply with no enhanced status and no failure word the reader knows, up to the field\'s end', () => {
    const r = readPastedText('Reason: [{LED=452 Mailbox delivery restricted by policy error <desk@dest.example>};{MSG=};{FQDN=mx.dest.example};{IP=192.0.2.216};{LRT=3/11/2026 5:20:00 AM}]');
    expect([r.isBounce, r.recipients[0]?.code, r.recipients[0]?.reply]).toEqual([true, '452', '452 Mailbox delivery restricted by policy error <desk@dest.example>']);
  });
  it('"led" in prose is not the field', () => {
    expect(readPastedText('The outage led= 452 people to complain about the new policy error page').isBounce).toBe(false);
  });
});

describe("MDaemon's Italian delay warning", () => {
  it('is a delay (will be retried), not a final failure and not prose', () => {
    const r = readPastedText('Oggetto: ATTENZIONE: recapito del messaggio rimandato\n\nIl seguente messaggio non è stato ancora recapitato ai seguenti destinatari: kim@dest.example (recapito ritardato) nonostante uno o più tentativi. I tentativi di recapito continueranno per un massimo di 48 ore.');
    expect([r.isBounce, r.kind]).toEqual([true, 'delay']);
  });
});

describe('a feedback report pasted as text (RFC 5965)', () => {
  it("is a complaint by its human-readable part in RFC 5965's example words, as AOL's feedback loop sends it", () => {
    expect(readPastedText('This is an email abuse report for an email message with the message-id of abc@sender.example received from IP address 192.0.2.13 on Thu, 10 Dec 2015 16:06:36 -0500 (EST)').kind).toBe('complaint');
  });
  it('and by its Feedback-Type field, as before', () => {
    expect(readPastedText('Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1').kind).toBe('complaint');
  });
});

describe('what a reply code says is wrong: missing, inconsistent, mismatched', () => {
  it('is the reason after a failure code, and prose elsewhere', () => {
    const r = readPastedText('Answer: 550 inconsistent / missing DNS PTR record (RFC 1912 2.1)');
    expect([r.isBounce, r.recipients[0]?.code, r.recipients[0]?.reply]).toEqual([true, '550', '550 inconsistent / missing DNS PTR record (RFC 1912 2.1)']);
    expect(readPastedText('Some emails are missing from my inbox since yesterday').isBounce).toBe(false);
  });
  it("a log's 'Remote side closed connection' is a connection the other end ended", () => {
    expect(readPastedText('deferral: to: kim@dest.example status: Remote side closed connection after DATA').isBounce).toBe(true);
  });
});

describe('delivery said to have been prevented', () => {
  it('is a failure to read, while the same words about something else stay prose', () => {
    expect(readPastedText('A restriction in the system prevented delivery of the message.').isBounce).toBe(true);
    expect(readPastedText('Delivery of your message was prevented by a policy of the receiving organization.').isBounce).toBe(true);
    expect(readPastedText('The roadworks prevented delivery vans from reaching our street.').isBounce).toBe(false);
  });
});

describe('a reply code and its enhanced status as quotes print them', () => {
  it('a full stop after the status, and a status wrapped onto the next line, are still that reply', () => {
    for (const text of ['Server responded: 530 5.7.0. Issue a STARTTLS command first.', 'Verify the email address in your account properties. Server responded: 530\n5.7.0. Issue a STARTTLS command first.']) {
      const r = readPastedText(text);
      expect([r.isBounce, r.recipients[0]?.code, r.recipients[0]?.enhanced, r.recipients[0]?.reply]).toEqual([true, '530', '5.7.0', '530 5.7.0. Issue a STARTTLS command first.']);
    }
  });
  it('a version number after a number is no status, with or without a full stop', () => {
    for (const text of ['We shipped 450. Then release 5.1.1.2 arrived.', 'Invoice 450 5.1.1.2 paid, thanks.']) expect(readPastedText(text).isBounce).toBe(false);
  });
});

describe('a server, a name or a certificate said to be out of reach or unverifiable, beside a word about mail', () => {
  it('is a failure to read', () => {
    for (const text of ['The mail server for the recipient domain could not be reached', 'The certificate of the receiving server could not be verified', 'TLS handshake with the receiving server failed']) expect(readPastedText(text).isBounce).toBe(true);
  });
  it('with nothing about mail it stays prose', () => {
    for (const text of ['The website could not be reached', 'Your file could not be verified', 'The handshake with the partner company failed']) expect(readPastedText(text).isBounce).toBe(false);
  });
});

describe("a reply re-wrapped so that the address line holds only Postfix's '(in reply to … command)'", () => {
  it('has its reply on the lines above, however the layout looks', () => {
    const r = readPastedText('Mail from IP 198.51.100.9 was rejected due to listing in the XYZ list. For\ndetails please see http://dnsbl.example/query :\nkim@dest.example (in reply to RCPT TO command)');
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.reply).toMatch(/^Mail from IP 198\.51\.100\.9 was rejected due to listing/);
  });
  it('a reply with words of its own on the address line stays as the layout reads it', () => {
    const r = readPastedText('<kim@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)');
    expect(r.recipients[0]?.reply).toMatch(/^550 5\.1\.1 User unknown/);
  });
});

describe('a layout whose replies are codes only', () => {
  it('keeps every recipient it found (a page flattened to lines, three recipients with their codes)', () => {
    const html = readFileSync(join(__dirname, '../browser/pages/gmail-three.html'), 'utf8');
    const text = html.replace(/<[^>]+>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const r = readPastedText(text);
    expect(r.recipients.map((x) => [x.recipient, x.code])).toEqual([['ann@dest.example', '550'], ['bob@dest.example', '550'], ['cy@full.example', '452']]);
  });
});

describe("a sending service's 'SMTP delivery error' with no code is a failure to read", () => {
  it('reads it, and leaves prose about SMTP alone', () => {
    expect(readPastedText('Temporary SMTP delivery error when sending to mx.dest.example (192.0.2.162)').isBounce).toBe(true);
    expect(readPastedText('We wrote a guide to SMTP delivery for beginners.').isBounce).toBe(false);
  });
});

describe('a code said once more on a line of its own is no failure of its own', () => {
  it('"Status code: 550" above the reply "550 …" is one failure, the reply', () => {
    const r = readPastedText('Recipient server rejected email. Status code: 550\n550 5.7.1 Relaying denied for kim@dest.example');
    expect(r.recipients.map((x) => x.reply)).toEqual(['550 5.7.1 Relaying denied for kim@dest.example']);
  });
  it('but a code that differs, or a reply with words of its own, stays', () => {
    expect(readPastedText('Status code: 451\n550 5.7.1 Relaying denied').recipients.length).toBe(2);
  });
});

describe('a pasted DSN whose fields have no Diagnostic-Code (RFC 3464 §2.3.6: it is optional)', () => {
  const human = "The following message to <kim@dest.example> was undeliverable.\nThe reason for the problem:\n5.3.0 - Other mail system problem 550-'Sender domain has no SPF record, see https://mx.dest.example/help'\n\n";
  const fields = 'Reporting-MTA: dns; gw.origin.example\n\nFinal-Recipient: rfc822;kim@dest.example\nAction: failed\nStatus: 5.0.0 (permanent failure)\nRemote-MTA: dns; [192.0.2.57]\n';
  it('takes its one recipient’s reply from the human-readable part above the fields', () => {
    const text = human + fields;
    const r = readPastedText(text);
    expect(r.recipients).toHaveLength(1);
    const x = r.recipients[0]!;
    expect(x.recipient).toBe('kim@dest.example');
    expect(x.code).toBe('550');
    expect(x.enhanced).toBe('5.0.0');
    expect(x.reply).toContain('Sender domain has no SPF record');
    expect(text.slice(x.replySpan!.start, x.replySpan!.end)).toContain('Sender domain has no SPF record');
  });
  it('keeps the fields as they are when the part above quotes no reply code', () => {
    const r = readPastedText('Your message could not be delivered.\n\n' + fields);
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]!.code).toBeNull();
    expect(r.recipients[0]!.reply).toBeNull();
  });
  it("takes the part's own words as the reason when they say why, and never the fields under the recipient's line", () => {
    // Exim names a local delivery by its mailbox file (deliver.c "save to …"); Windows' SMTP service puts the reason
    // above the list of recipients.
    const exim = readPastedText('A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  save to /var/mail/dest.example/kim\n    mailbox is full: retry timeout exceeded\n\nReporting-MTA: dns; mx.dest.example\n\nAction: failed\nFinal-Recipient: rfc822;/var/mail/dest.example/kim\nStatus: 5.0.0\n').recipients[0];
    expect(exim?.statedReason).toMatch(/mailbox is full: retry timeout exceeded/);
    const windows = readPastedText('This is an automatically generated Delivery Status Notification.\n\nUnable to deliver message to the following recipients, because the message was forwarded more than the maximum allowed times. This could indicate a mail loop.\n\n       kim@dest.example\n\nReporting-MTA: dns;mx.origin.example\nArrival-Date: Thu, 29 Apr 2010 23:34:45 +0900\n\nFinal-Recipient: rfc822;kim@dest.example\nAction: failed\nStatus: 4.4.6\n').recipients[0];
    expect(windows?.reply).toBeNull();
    expect(windows?.statedReason).toMatch(/forwarded more than the maximum allowed times/);
  });
});

describe("a reply in a client's debug log", () => {
  it('ends where the log’s next entry starts with its timestamp, even when its continuation lines were flattened into one', () => {
    const text = '2024-03-01 10:00:01 CLIENT -> SERVER: AUTH LOGIN\n2024-03-01 10:00:01 SMTP ERROR: Password command failed: 535-5.7.8 Username and Password not accepted. 535-5.7.8 See the help page 535 5.7.8 for details - gsmtp\n2024-03-01 10:00:01 CLIENT -> SERVER: QUIT\n2024-03-01 10:00:02 SMTP connect() failed.';
    const r = readPastedText(text);
    expect(r.recipients).toHaveLength(1);
    expect(r.recipients[0]!.code).toBe('535');
    expect(r.recipients[0]!.reply).not.toContain('QUIT');
    expect(r.recipients[0]!.reply).toContain('Username and Password not accepted');
  });
});

describe("Postfix's reject_warning lines (warn_if_reject, postconf(5): a warning instead of a refusal)", () => {
  const warned = 'postfix/smtpd[6698]: NOQUEUE: reject_warning: RCPT from mx[192.0.2.1]: 504 5.5.2 <host>: Helo command rejected: need fully-qualified hostname';
  const refused = 'postfix/smtpd[6698]: NOQUEUE: reject: RCPT from mx[192.0.2.1]: 450 4.2.0 <kim@dest.example>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/dest.example.html';
  it('give way to the refusals logged beside them', () => {
    const r = readPastedText(`${warned}\npostgrey[1405]: action=greylist, reason=new\n${refused}`);
    expect(r.recipients.map((x) => x.code)).toEqual(['450']);
  });
  it('are still read when nothing else was logged', () => {
    expect(readPastedText(warned).recipients.map((x) => x.code)).toEqual(['504']);
  });
});

describe('a code and its status after a word that says a reply follows, with nothing after them', () => {
  it("is the reply ('Negative SMTP reply: 550 5.1.1', K-9 Mail's NegativeSmtpReplyException)", () => {
    const report = readPastedText('Negative SMTP reply: 550 5.1.1');
    expect(report.isBounce).toBe(true);
    expect([report.recipients[0]?.code, report.recipients[0]?.enhanced]).toEqual(['550', '5.1.1']);
    expect(readPastedText('Failed to send some messages. Negative SMTP reply: 450 4.1.2').recipients[0]?.enhanced).toBe('4.1.2');
  });
});

describe('a refusal that says an address was not verified, right after a code RFC 5321 defines', () => {
  it("is read behind a program's prefix ('ssmtp: 553 From: address not verified')", () => {
    const report = readPastedText('ssmtp: 553 From: address not verified; see https://help.example.net/verify-email');
    expect(report.isBounce).toBe(true);
    expect(report.recipients[0]?.code).toBe('553');
  });
  it('but not as prose after a number that is no reply code', () => {
    expect(readPastedText('Accounts: 120 not verified yet, see the dashboard').isBounce).toBe(false);
  });
});

describe("a program's error object with nobody named: the server's reply comes first", () => {
  it("puts the field that quotes a failure code before the program's own message about it", () => {
    const text = '"message": "Error sending email!",\n"context": "Error sending email: Failed to send email. Reason: Invalid login: 535 Authentication failed. Please check your email settings.",\n"type": "EmailError",\n"code": "EAUTH"';
    const r = readPastedText(text);
    expect(r.recipients[0]?.code).toBe('535');
    expect(r.recipients[0]?.reply).toMatch(/^535 Authentication failed/);
  });
});

describe('a bounce shown as text with its delivery-status part after it (a webmail showing both, a paste of the whole view)', () => {
  // Sendmail with PIPELINING: the server's refusal of RCPT TO comes after ">>> DATA", and its refusal of the DATA
  // ("503 … Need RCPT") after that. The Diagnostic-Code repeats the RCPT refusal.
  const sendmail = [
    '   ----- The following addresses had permanent fatal errors -----',
    '<pat@dest.example>',
    '    (reason: 550 5.1.1 <pat@dest.example>... User Unknown)',
    '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.dest.example.:',
    '>>> DATA',
    '<<< 550 5.1.1 <pat@dest.example>... User Unknown',
    '550 5.1.1 <pat@dest.example>... User unknown',
    '<<< 503 5.0.0 Need RCPT (recipient)',
    '',
    'Reporting-MTA: dns; mail.sender.example',
    '',
    'Final-Recipient: RFC822; pat@dest.example',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: DNS; mx.dest.example',
    'Diagnostic-Code: SMTP; 550 5.1.1 <pat@dest.example>... User Unknown',
    'Last-Attempt-Date: Mon, 30 Nov 2026 10:00:01 +0100',
  ].join('\n');
  it("takes the command from the transcript line that shows the same reply, not from the transcript's last command", () => {
    const [r] = readText(sendmail).recipients;
    expect(r?.command).toBe('RCPT TO');
  });
  it('ends the reply at the next delivery-status field (RFC 3464)', () => {
    expect(readText(`Diagnostic-Code: smtp; 550 5.1.1 <pat@dest.example>... User Unknown\nLast-Attempt-Date: Mon, 30 Nov 2026 10:00:01 +0100\nWill-Retry-Until: Tue, 1 Dec 2026 10:00:01 +0100`).recipients[0]?.reply).toBe('550 5.1.1 <pat@dest.example>... User Unknown');
  });
});

describe("Exim's bounce of a message someone else sent (deliver.c: \"A message sent by <sender> could not be delivered …\")", () => {
  it('does not take the sender for a failed recipient', () => {
    const text = [
      'This message was created automatically by mail delivery software.',
      '',
      'A message sent by',
      '',
      '  <alex@shop.example>',
      '',
      'could not be delivered to one or more of its recipients. The following',
      'address(es) failed:',
      '',
      '  pat@dest.example',
      '    all hosts have been failing for a long time and were last tried after this message arrived',
    ].join('\n');
    expect(readText(text).recipients.map((r) => r.recipient)).toEqual(['pat@dest.example']);
  });
});

describe("the returned original's header block after the line that announces it", () => {
  const headers = [
    'X-Received: by 2002:a17:90a:1234:: with SMTP id x1mr1.2.1700000000000;',
    '        Mon, 30 Nov 2026 01:00:00 -0800 (PST)',
    'Received-SPF: pass (mx.groups.example: domain of alex@shop.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1;',
    'Authentication-Results: mx.groups.example;',
    '       spf=pass (mx.groups.example: domain of alex@shop.example designates 192.0.2.1 as permitted sender) smtp.mailfrom=alex@shop.example',
    'From: Alex Chen <alex@shop.example>',
    'To: team@groups.example',
    'Subject: Minutes',
  ].join('\n');
  it("is the original's, not a reason (a notice in a language the reader has no words for)", () => {
    const text = `Hei alex@shop.example,\n\nryhmää ei ehkä ole olemassa.\n\n----- Original message -----\n\n${headers}\n\nHello team`;
    expect(readPastedText(text).recipients.map((r) => r.reply ?? '').join(' ')).not.toMatch(/spf=|Received-SPF/);
  });
  it('pasted alone, is still read: the person asks about it', () => {
    const alone = headers.replace(/pass/g, 'fail').replace('designates', 'does not designate');
    expect(readPastedText(alone).recipients[0]?.reply).toMatch(/Received-SPF: fail/);
  });
});

describe('a status repeated line by line, the codes of a multi-line reply left out', () => {
  it('is read from its first status', () => {
    const [r] = readPastedText('Sync failed. Original error message : 5.7.14 5.7.14 Please log in through your web browser and then try again. 5.7.14 Learn more at 5.7.14 https://support.google.com/mail/answer/78754 - gsmtp').recipients;
    expect([r?.enhanced, r?.reply?.startsWith('5.7.14 5.7.14 Please log in')]).toEqual(['5.7.14', true]);
  });
});

describe('a failure code introduced by a bracket, followed by the command it answers', () => {
  it('is a reply (Redmine\'s "An error occurred while sending mail (%{value})")', () => {
    const [r] = readPastedText('An error occurred while sending mail (503 AUTH command used when not advertised )').recipients;
    expect([r?.code, r?.reply]).toEqual(['503', '503 AUTH command used when not advertised']);
  });
});

describe("a mail library's class or file name is a word about mail", () => {
  it("makes a timeout in a long stack-trace line a failure (Swift Mailer's StreamBuffer: 'Connection to <host> Timed Out')", () => {
    const trace = ' {"exception":"[object] (Swift_TransportException(code: 0): Connection to 192.0.2.16:25 Timed Out at /srv/app/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php:473, Swift_IoException(code: 0): Connection to 192.0.2.16:25 Timed Out at /srv/app/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php:166)"';
    expect(readPastedText(`Connection to 192.0.2.16:25 Timed Out${trace}`).recipients[0]?.reply).toMatch(/^Connection to 192\.0\.2\.16:25 Timed Out/);
  });
});

describe("a reply whose own words open with a notice's section phrase", () => {
  it("is not cut after its code (\"550 Your message wasn't delivered to …\", a server's refusal in a Postfix line)", () => {
    const [r] = readText("host mx.dest.example[192.0.2.9] said: 550 Your message wasn't delivered to pat@dest.example. Because you have no permission to send to this email address (in reply to RCPT TO command)").recipients;
    expect(r?.reply).toMatch(/^550 Your message wasn't delivered to pat@dest\.example\. Because you have no permission/);
  });
});

describe("Sendmail's '(reason: …)' under a recipient's line is that recipient's reply, over a transcript of earlier hosts", () => {
  // savemail.c errbody: the address, then "    (reason: <the final reply>)"; the transcript under it shows every host
  // tried, the first MX's temporary "450" before the next one's refusal.
  const notice = (reason: string, last: string) =>
    `   ----- The following addresses had permanent fatal errors -----\n<kim@dest.example>\n    (reason: ${reason})\n\n   ----- Transcript of session follows -----\n... while talking to mx1.dest.example.:\n<<< 450 busy - please try later\n... while talking to mx2.dest.example.:\n>>> DATA\n${last}\n`;
  it.each([readText, (t: string) => readPastedText(t)])('the reason, not the first MX\'s 450 (%#)', (read) => {
    const r = read(notice('551 not our user', '<<< 551 not our user'));
    expect(r.recipients.map((x) => [x.recipient, x.code, x.reply])).toEqual([['kim@dest.example', '551', '551 not our user']]);
  });
  it("not the first line of a reply of several: the transcript's whole reply", () => {
    const r = readText(notice('550-5.7.1 [192.0.2.7] Our system has detected that', '<<< 550-5.7.1 [192.0.2.7] Our system has detected that\n<<< 550-5.7.1 this message is likely unsolicited mail.\n<<< 550 5.7.1 https://support.google.com/mail/answer/188131 - gsmtp'));
    expect(r.recipients[0]?.reply).toMatch(/^550 5\.7\.1 \[192\.0\.2\.7\] Our system has detected that this message is likely unsolicited mail\./);
  });
});

describe("a TLS handshake's failure by its protocol names is a failure to read", () => {
  const read = (text: string) => readPastedText(text);
  it.each([
    // JSSE's debug log (javax.net.ssl) and RFC 8446's alert name.
    ['javax.net.ssl.SSLHandshakeException: No negotiable cipher suite'],
    ['main, SEND TLSv1.2 ALERT: fatal, description = handshake_failure'],
    // Postfix smtpd's log of a client whose TLS failed (tls_server.c, smtpd.c).
    ['postfix/smtpd[2148]: SSL_accept error from client.example[192.0.2.4]: lost connection'],
    ['postfix/smtpd[2148]: lost connection after STARTTLS from client.example[192.0.2.4]'],
  ])('%s', (text) => {
    const r = read(text);
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.reply).toContain(text.slice(-20));
  });
  it('the words alone, about something else, are not', () => {
    expect(read('We lost connection after the meeting started.').isBounce).toBe(false);
  });
});

describe("a code, its status and its words apart by commas, as Google's table of its replies lists them (support.google.com/a/answer/3726730)", () => {
  it.each([
    ['421, "4.3.0", Temporary System Problem. Try again later', '421', '4.3.0'],
    ['503, "5.5.1", MAIL first.', '503', '5.5.1'],
    ['421, “4.7.0”, TLS required for RCPT domain, closing connection.', '421', '4.7.0'],
    ['421, 4.3.0 Temporary failure', '421', '4.3.0'],
  ])('%s', (text, code, enhanced) => {
    const r = readPastedText(text);
    expect([r.isBounce, r.recipients[0]?.code, r.recipients[0]?.enhanced]).toEqual([true, code, enhanced]);
  });
  it('a code and a comma before words count at the head of a line', () => {
    const r = readPastedText('550, not allowed, not local host, not a gateway');
    expect([r.isBounce, r.recipients[0]?.code]).toEqual([true, '550']);
  });
  it("but not inside one, where a traceback's line number stands", () => {
    expect(readPastedText('  File "/usr/lib/python3/app.py", line 421, in send\n    return self.flush()').isBounce).toBe(false);
  });
});

describe('a margin pushes a link whole onto the next line, however short that leaves the line before', () => {
  it('the reply goes on with the link', () => {
    const text = 'Jul 28 12:59:52 zonemta[4133]: DEFERRED from=a@example.com (554\nBlocked - see\nhttps://ipcheck.proofpoint.com/?ip=192.0.2.14&check=all-lists)';
    expect(readPastedText(text).recipients[0]?.reply).toContain('https://ipcheck.proofpoint.com/?ip=192.0.2.14');
  });
  it('a short line before a word that is no link still ends there', () => {
    const text = 'Error 550 rejected here\nSomethingVeryLongButNotALinkAtAllReallyNot and more words follow after it';
    expect(readPastedText(text).recipients[0]?.reply).toBe('550 rejected here');
  });
});

describe('a reply a program printed as a string, broken by a margin before the string closes', () => {
  it.each([
    ['result="550 Rejected due to bad file extension in the\nattachment"', '550 Rejected due to bad file extension in the attachment'],
    ['The relay said: error 552 "message content presents a potential security\nissue"', 'a potential security issue'],
  ])('%s', (text, reply) => {
    expect(readPastedText(text).recipients[0]?.reply).toContain(reply);
  });
  it('goes on past a line the margin left short when it pushed a long run with no space down whole', () => {
    // Nodemailer's error object, wrapped at 60: the line "…my sender" is short because the JSON after it has no space.
    const text = [
      'Problem sending email verification: error sending email --',
      '{"code":"EENVELOPE","response":"553 5.7.1',
      '<pat@example.org>: Sender address rejected: not owned by',
      'user <<insert here my sender',
      'email>>","responseCode":553,"command":"RCPT TO"}',
    ].join('\n');
    expect(readPastedText(text).recipients[0]?.reply).toBe('553 5.7.1 <pat@example.org>: Sender address rejected: not owned by user <<insert here my sender email>>');
    // Outside a string left open, a short line before a long run still ends the reply there.
    expect(readPastedText('Error 550 rejected here\nSomethingVeryLongButNotALinkAtAllReallyNot and more words follow after it').recipients[0]?.reply).toBe('550 rejected here');
  });
  it('goes on to the next line however short the line before, when the next line closes the string and what opened it', () => {
    // Python's exception, wrapped at 60 under a quote's marks: the text has no line long enough to show its margin.
    expect(readPastedText("> smtplib.SMTPAuthenticationError: (535, b'5.7.3\n> Authentication unsuccessful')").recipients[0]?.reply).toBe('535 5.7.3 Authentication unsuccessful');
    // A next line that holds the quote with more after it is a line of its own.
    expect(readPastedText("> smtplib.SMTPAuthenticationError: (535, b'5.7.3\n> Authentication' is what it said").recipients[0]?.reply).toBe('535 5.7.3');
    // A next word that would have fitted within the narrowest margin: no margin broke the line.
    expect(readPastedText("> smtplib.SMTPAuthenticationError: (535, b'5.7.3\n> Bad auth')").recipients[0]?.reply).toBe('535 5.7.3');
  });
  it('a string closed on its own line ends there', () => {
    const text = 'result="550 Rejected due to bad file extension in the mail" ok\nnext="554 another"';
    expect(readPastedText(text).recipients[0]?.reply).not.toContain('another');
  });
});

describe('a reply broken by a margin after a word no sentence ends on, or after its code and status', () => {
  it.each([
    // RFC 5321's own words for 550, broken between "not" and "taken:".
    ['Error: Data command failed: 550 Requested action not\ntaken: mailbox unavailable', '550 Requested action not taken: mailbox unavailable'],
    ['Delivery failed: 550 Rejected because\nSpamhaus lists the sending address', '550 Rejected because Spamhaus lists the sending address'],
    // The address the reply refuses, on the next line after the code and status.
    ['gomail: could not send email 1: 550 5.1.0\n<hello@example.com> sender rejected', '550 5.1.0 <hello@example.com> sender rejected'],
  ])('%s', (text, reply) => {
    expect(readPastedText(text).recipients[0]?.reply).toBe(reply);
  });
  it('a field after a line that ends a sentence is no part of the reply', () => {
    expect(readPastedText('Error: 550 Mailbox unavailable.\nstatus: bounced for good').recipients[0]?.reply).toBe('550 Mailbox unavailable.');
  });
});

describe("a server's own token as the first word after a code alone, on the next line", () => {
  it.each([
    ['MailKit.Net.Smtp.SmtpCommandException: 432 4.3.2\nSTOREDRV.ClientSubmit; sender thread limit exceeded', '432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded'],
    ['com.sun.mail.smtp.SMTPSendFailedException: 554\nDT:SPM 163 smtp14,EsCowACHjnq--.37179S2 1581666', '554 DT:SPM 163 smtp14,EsCowACHjnq--.37179S2 1581666'],
  ])('%s', (text, reply) => {
    expect(readPastedText(text).recipients[0]?.reply).toBe(reply);
  });
  it('a field is not one', () => {
    expect(readPastedText('Error sending: 550 5.1.1\nHost: mx.example.com').recipients[0]?.reply).toBe('550 5.1.1');
  });
});

describe('full-width forms of ASCII read as ASCII (UAX #15 compatibility decompositions), every index where it was', () => {
  it("a Chinese paste's full-width bracket and comma around a Python tuple", () => {
    const text = "邮件发送失败（553，b'5.1.3 The recipient address is not a valid RFC 5321 address'）";
    const r = readPastedText(text).recipients[0];
    expect([r?.code, r?.enhanced]).toEqual(['553', '5.1.3']);
    expect(text.slice(r?.replySpan?.start, r?.replySpan?.end)).toContain('5.1.3 The recipient address is not a valid RFC 5321 address');
  });
  it('the ideographic space as a space', () => {
    expect(readPastedText('送信エラー：550\u30005.1.1 User unknown').recipients[0]?.enhanced).toBe('5.1.1');
  });
});

describe("a notice's own sender is not the refused recipient", () => {
  it('never takes a mailer-daemon address in angle brackets for the recipient', () => {
    // A notice pasted with its header line: the daemon's address is the only one in brackets.
    const pasted = 'FROM: Mail Notification <MAILER-DAEMON@mx.dest.example>\nSUBJECT: Inactive ID Notification.\n\nThe recipient e-mail address has been deactivated.';
    const report = readPastedText(pasted);
    expect(report.recipients.map((r) => r.recipient)).not.toContain('MAILER-DAEMON@mx.dest.example');
    // A refused address in brackets is still read.
    expect(readPastedText('550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown').recipients[0]?.recipient).toBe('pat@dest.example');
  });
});

describe("a log line's sender field is not the refused recipient", () => {
  const first = (text: string) => readPastedText(text).recipients[0]?.recipient ?? null;
  it("takes the address of Exim's refused RCPT, not its F= sender", () => {
    // Exim's log: "F=<sender> rejected RCPT <recipient>: reason" (doc/spec.txt, "Log files").
    expect(first('2016-12-11 15:36:43 H=(client.example) [192.0.2.198]:59408 I=[198.51.100.170]:587 F=<kim@src.example> rejected RCPT <pat@dest.example>: relay not permitted, authentication required')).toBe('pat@dest.example');
    expect(first('2019-09-05 16:07:44 H=(bad.example) [192.0.2.95] F=<nginx@bad.example> rejected RCPT <pat@dest.example>: Sender verify failed')).toBe('pat@dest.example');
    expect(first('H=(192.168.0.254) [192.0.2.29] F=<kim@src.example> rejected RCPT pat@dest.example: relay not permitted')).toBe('pat@dest.example');
  });
  it("takes Postfix's to=, not its from=, and names none where only the sender is written", () => {
    expect(first('postfix/cleanup[19528]: 89E6A2166DA6: milter-reject: END-OF-MESSAGE from unknown[192.0.2.73]: 4.7.1 Service unavailable - try again later; from=<kim@src.example> to=<pat@dest.example> proto=ESMTP')).toBe('pat@dest.example');
    // Exim's "rejected after DATA" names only the sender.
    expect(first('H=(client.example) [192.0.2.74]:49549 F=<kim@src.example> A=dovecot_login:kim@src.example rejected after DATA: "SpamAssassin as cpaneleximscanner detected OUTGOING smtp message as spam"')).toBeNull();
  });
});
