/**
 * Replies as people paste them from logs and bounces (found through the development set, test/diagnosis/dev/): a
 * multi-line reply that Postfix folded in mid-line, a flattened one with its markers inside the text, PHPMailer's
 * "Detail:" before its code labels, a stack frame or an object field after a reply, and the failure words the paste
 * reader accepts for an address or an antivirus notice.
 */
import { describe, expect, it } from 'vitest';
import { cleanReply, findCommand } from '../../lib/engine/reply';
import { readPastedText, readText } from '../../lib/engine/read';

const GMAIL_FOLDED = [
  '<pat@gmail.example>: host gmail-smtp-in.l.google.com[192.0.2.27] said:',
  '    550-5.7.1 [198.51.100.129      12] Our system has detected that this message',
  '    is 550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to',
  '    Gmail, 550-5.7.1 this message has been blocked. Please visit 550-5.7.1',
  '    https://support.google.com/mail/?p=UnsolicitedMessageError 550 5.7.1  for',
  '    more information. a1si1.237 - gsmtp (in reply to end of DATA command)',
].join('\n');

describe('a multi-line reply folded or flattened in mid-line', () => {
  it('keeps its folded lines and drops the markers inside them (strict and paste readers)', () => {
    for (const report of [readText(GMAIL_FOLDED), readPastedText(GMAIL_FOLDED)]) {
      const reply = report.recipients[0]?.reply ?? '';
      expect(reply).toContain('this message is likely unsolicited mail');
      expect(reply).toContain('UnsolicitedMessageError for more information');
      expect(reply).not.toMatch(/550-5\.7\.1|550 5\.7\.1 for/);
    }
  });

  it('keeps a reply folded as a header folds (a line break and one space) in mid-sentence', () => {
    // A Diagnostic-Code copied out of a delivery report: Exchange Online's directory-based edge blocking.
    const text = '550 5.4.1 [kim@dest.example]: Recipient address rejected: Access\n denied [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]';
    for (const report of [readText(text), readPastedText(text)]) {
      expect(report.recipients[0]?.reply).toBe('550 5.4.1 [kim@dest.example]: Recipient address rejected: Access denied [DM6NAM10FT012.eop-nam10.prod.protection.outlook.com]');
    }
    // A sentence that ended stays whole, and the next indented line is not taken into it.
    const ended = readText('550 5.1.1 User unknown.\n More text from somewhere else');
    expect(ended.recipients[0]?.reply).toBe('550 5.1.1 User unknown.');
  });

  it('takes the words of a reply wrapped right after its code onto the next line', () => {
    const text = 'host mx.dest.example[192.0.2.8] said: 550 5.7.1\n... Relaying denied (in reply to RCPT TO command)';
    for (const report of [readText(text), readPastedText(text)]) {
      expect(report.recipients[0]).toMatchObject({ code: '550', enhanced: '5.7.1', reply: '550 5.7.1 ... Relaying denied' });
    }
  });

  it('takes them when they open with the refused address, the indent lost; a record of its own still ends the reply', () => {
    const text = 'The mail system\n<pat@dest.example>: host mx.dest.example[192.0.2.8] said: 550 5.1.1\npat@dest.example recipient rejected, account administratively disabled (in reply to RCPT TO command)';
    for (const report of [readText(text), readPastedText(text)]) {
      expect(report.recipients[0]).toMatchObject({ code: '550', enhanced: '5.1.1', command: 'RCPT TO', reply: '550 5.1.1 pat@dest.example recipient rejected, account administratively disabled' });
    }
    const two = readText('<pat@dest.example>: host mx.dest.example[192.0.2.8] said: 550 5.1.1\n<kim@dest.example>: host mx.dest.example[192.0.2.8] said: 550 5.1.1 User unknown');
    expect(two.recipients[0]?.reply).not.toContain('kim@');
    expect(two.recipients[1]).toMatchObject({ recipient: 'kim@dest.example' });
    expect(two.recipients[1]?.reply).toMatch(/User unknown$/);
  });

  it("takes the words after a code alone even when they open like a notice's section, the indent lost ('Your message')", () => {
    const text = '<pat@dest.example>: host mx.dest.example[192.0.2.8] said: 554 5.7.1\nYour message was rejected due to dest.example\'s DMARC policy. See\nhttps://help.dest.example/dmarc for info (in reply to end of DATA command)';
    for (const report of [readText(text), readPastedText(text)]) {
      expect(report.recipients[0]).toMatchObject({ code: '554', command: 'end of data', reply: "554 5.7.1 Your message was rejected due to dest.example's DMARC policy. See https://help.dest.example/dmarc for info" });
    }
    // With no tail to run to, the same first line of words is still the reply's.
    expect(readText('<pat@dest.example>: host mx.dest.example[192.0.2.8] said: 554 5.7.1\nYour message was rejected by policy').recipients[0]?.reply).toBe('554 5.7.1 Your message was rejected by policy');
  });

  it("keeps Postfix's folded lines when one starts with words that would open a notice's section ('Your message')", () => {
    const text = '<pat@example.org>: host mx.example.org[192.0.2.123] said: 554\n    Your message was received but it could not be saved. Please retry later.\n    (in reply to end of DATA command)';
    for (const report of [readText(text), readPastedText(text)]) {
      expect(report.recipients[0]?.reply).toBe('554 Your message was received but it could not be saved. Please retry later.');
    }
  });
  it('takes the words a reply line ends on a colon to introduce, from the next line', () => {
    // Exim's bounce, its folding indent lost in the paste: RFC 5321's text for a 550 split after "not taken:".
    const text = 'SMTP error from remote mail server after RCPT TO:<pat@dest.example>:\nhost mx2.dest.example [192.0.2.72]: 550 Requested action not taken:\nmailbox unavailable';
    for (const report of [readText(text), readPastedText(text)]) expect(report.recipients[0]?.reply).toBe('550 Requested action not taken: mailbox unavailable');
    // Only the words it introduces: a section that begins on the next line is not one of them.
    expect(readText('550 Requested action not taken:\nReporting-MTA: dns; mx.dest.example').recipients[0]?.reply).toBe('550 Requested action not taken:');
  });

  it('takes the clause a reply line ends on a semicolon to go on with, from the next line', () => {
    // Postfix's reject_rbl_client text ("Service unavailable; Client host [%s] blocked using %s"), wrapped by whoever
    // quoted it in a client's error.
    const text = 'SMTP Protocol Returned a Permanent Error 554 Service unavailable;\nClient host [192.0.2.9] blocked using zen.example.net\n';
    expect(readPastedText(text).recipients[0]?.reply).toBe('554 Service unavailable; Client host [192.0.2.9] blocked using zen.example.net');
    // A field or a new address on the next line is no part of it.
    expect(readPastedText('Error: 554 Service unavailable;\nReporting-MTA: dns; mx.dest.example').recipients[0]?.reply).toBe('554 Service unavailable;');
    expect(readPastedText('Error: 554 Service unavailable;\npat@dest.example: host mx said 550 no').recipients[0]?.reply).toBe('554 Service unavailable;');
  });

  it('takes the lines of a reply hard-wrapped at a margin by whoever pasted it, and nothing after a first-person template line or a log line', () => {
    // A client's error quoting the reply, wrapped at its margin mid-sentence (read by the paste reader).
    const client = 'upstream (mx.dest.example.) error: failed to initialize:\nPermanent Unknown error: permanent error (550): 5.7.1 Unfortunately, messages\nfrom [192.0.2.9] were not sent, since part of their network is on our block list';
    expect(readPastedText(client).recipients[0]?.reply).toContain('on our block list');
    // A reply pasted alone, its lines broken after sentences at the paster's margin (read by the strict reader).
    const alone = "550 5.7.1 Unfortunately, messages from [192.0.2.9] weren't sent.\nPlease contact your Internet service provider since part of their network\nis on our block list. You can also refer your provider to our help page.";
    expect(readPastedText(alone).recipients[0]?.reply).toContain('on our block list');
    // qmail-send's own sentence after the reply, and a next log line, are not the reply's.
    const qmail = "<pat@dest.example>: Connected to 192.0.2.10 but sender was rejected.\nRemote host said: 450 5.7.1 192.0.2.20: Poor Reputation Sender, try later\nI'm not going to try again; this message has been in the queue too long.";
    expect(readPastedText(qmail).recipients[0]?.reply).not.toContain('queue too long');
    const log = 'Nov 10 08:27:52 mail postfix/smtp[1]: A0F7: to=<pat@dest.example>, status=bounced (host said: 550 5.1.1 unknown user)\nNov 10 08:27:53 mail postfix/qmgr[2]: A0F7: removed';
    expect(readPastedText(log).recipients[0]?.reply).not.toContain('removed');
  });

  it("drops a transcript's success steps beside a refusal, and keeps a success that stands alone", () => {
    const transcript = '250 2.1.0 Ok\n550 5.1.2 <pat@exampel.invalid>: Recipient address rejected: Domain not found';
    for (const report of [readText(transcript), readPastedText(transcript)]) expect(report.recipients.map((r) => r.code)).toEqual(['550']);
    expect(readText('250 2.0.0 Ok: queued as 4BC1D2').recipients.map((r) => r.code)).toEqual(['250']);
  });

  it('takes the words of a reply whose first line holds only its code and names (a host, a tag)', () => {
    const text = '421 mwinf5c27 ME\nTrop de connexions, veuillez verifier votre configuration. Too many\nconnections, slow down. OFR004_104 [104]';
    for (const report of [readText(text), readPastedText(text)]) expect(report.recipients[0]?.reply).toContain('Too many connections, slow down');
    // A first line that already says something stays the reply alone.
    expect(readText('550 User unknown\nGiving up on 192.0.2.1.').recipients[0]?.reply).toBe('550 User unknown');
  });

  it("reads Postfix's alias note folded after '(expanded from' as one recipient, not two", () => {
    const text = [
      'pat@example.de (expanded from',
      '    pat@example.com: host mx.example.de[192.0.2.97] said:',
      '    550 5.1.1 No such mailbox (in reply to RCPT TO command)',
    ].join('\n');
    for (const report of [readText(text), readPastedText(text)]) {
      expect(report.recipients.map((r) => r.recipient)).toEqual(['pat@example.de']);
      expect(report.recipients[0]).toMatchObject({ code: '550', enhanced: '5.1.1', command: 'RCPT TO' });
    }
  });

  it('cleans a log line that flattened the reply onto one line', () => {
    const reply = cleanReply('550-5.7.1 [192.0.2.1 1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address. 550 5.7.1 Bulk Email Senders Guidelines.');
    expect(reply).toBe('550 5.7.1 [192.0.2.1 1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. Bulk Email Senders Guidelines.');
    // A reply that repeats its code as words, with no continuation marker, is left as it is.
    expect(cleanReply('550 5.1.1 Mailbox 550 is unknown')).toBe('550 5.1.1 Mailbox 550 is unknown');
  });

  it('drops the closing bracket of what the reply was quoted in, never one of its own', () => {
    expect(cleanReply('250 2.0.0 Ok: queued as 7E097A40D6F)')).toBe('250 2.0.0 Ok: queued as 7E097A40D6F');
    expect(cleanReply('550 5.7.1 Rejected (see https://example.org/policy)')).toBe('550 5.7.1 Rejected (see https://example.org/policy)');
  });

  it("reads a DSN's Diagnostic-Code whose folded lines lost their leading whitespace in the paste", () => {
    const dsn = ['Final-Recipient: rfc822; pat@example.org', 'Action: failed', 'Status: 5.7.1', 'Diagnostic-Code: smtp; 550-5.7.1 [192.0.2.1] Messages with', 'multiple addresses in From: 550 5.7.1 header are not accepted.', '30si1.217 - gsmtp', '', 'Arrival-Date: Sun, 27 Aug 2017 21:37:37 +0300'].join('\n');
    const r = readText(dsn).recipients[0];
    expect(r?.reply).toMatch(/multiple addresses in From: .*header are not accepted/);
    expect(r?.reply).not.toMatch(/Arrival-Date/);
    // A field line after it is a field: it does not join the reply.
    const next = readText(['Final-Recipient: rfc822; pat@example.org', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', 'Last-Attempt-Date: Sun, 27 Aug 2017 21:37:37 +0300'].join('\n')).recipients[0];
    expect(next?.reply).toBe('550 5.1.1 User unknown');
  });
  it('never takes a stack frame or an object field for a folded line', () => {
    const text = ['System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay for pat@dest.example', '   at System.Net.Mail.SmtpTransport.SendMail(MailAddress sender)', "   code: 'EENVELOPE',"].join('\n');
    expect(readPastedText(text).recipients[0]?.reply).not.toMatch(/SendMail|EENVELOPE/);
  });
});

describe("PHPMailer's error with the reply's words before its labels", () => {
  it('reads the words after "Detail:" over the lines of a multi-line reply', () => {
    const text = 'SMTP Error: data not accepted.SMTP server error:\nDATA END command failed Detail: Message rejected: Email address is not verified.\nThe following identities failed the check in region EU-WEST-1: sender@example.com\nSMTP code: 554';
    const r = readPastedText(text).recipients[0];
    expect(r?.code).toBe('554');
    expect(r?.reply).toContain('Email address is not verified');
  });
});

describe("Nodemailer's names for the command that failed", () => {
  it('Mail, Recipient and Data command failed', () => {
    expect(findCommand("[Error: Mail command failed] code: 'EENVELOPE'")).toBe('MAIL FROM');
    expect(findCommand('Error: Recipient command failed: 550 5.1.1 unknown')).toBe('RCPT TO');
    expect(findCommand('Error: Data command failed: 554 rejected')).toBe('DATA');
  });
});

describe("an MTA's own words around a reply, broken by Postfix's fold or a quoting margin", () => {
  it('still name the command and the host', () => {
    // Postfix folds its bounce lines at 79 columns and indents the rest (bounce_notify_util.c).
    expect(findCommand('host mx.dest.example[192.0.2.1] refused to talk\n    to me: 554 mx.dest.example')).toBe('connect');
    expect(findCommand('(in reply to RCPT\n    TO command)')).toBe('RCPT TO');
    // Exim's words wrapped by a quoting mail client, its next line marked.
    expect(findCommand('SMTP error from remote mail server after MAIL\n> FROM:<me@shop.example> SIZE=2472:')).toBe('MAIL FROM');
    // A Postfix log line wrapped at 60 columns: "host" ends one line, "talk" the next.
    const r = readPastedText('Nov 10 08:27:52 mail postfix/smtp[13789]: A0F7BE2AA5: host\nmx-in-03.mailgate.dest.example[192.0.2.119] refused to talk\nto me: 554 mx-in-03.mailgate.dest.example').recipients[0];
    expect(r).toMatchObject({ remoteHost: 'mx-in-03.mailgate.dest.example', remoteIp: '192.0.2.119', command: 'connect', code: '554' });
  });

  it('go on over "host rejected:" after Postfix\'s "Client" broken at a margin', () => {
    const text = '> UNKNOWN ann@dest.example: SMTP greeting: 450 4.7.1 Client\n> host rejected: cannot find your hostname, [192.0.2.110]';
    expect(readPastedText(text).recipients[0]?.reply).toBe('450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.110]');
  });

  it("go on after a wrapper's own code (PEAR Mail's '(code: 554, response: …') and over a word that closes the wrapper's string", () => {
    const pear = 'Failed to send data [SMTP: Invalid response code received\nfrom server (code: 554, response: Message rejected: Email\naddress is not verified. The following identities failed the\ncheck in region EU-WEST-1: me@shop.example)]';
    expect(readPastedText(pear).recipients[0]).toMatchObject({ code: '554', reply: expect.stringMatching(/^554 Message rejected: Email address is not verified\. .*me@shop\.example$/) });
    const dotnet = '> Exception calling "Send" with "1" argument(s): "The SMTP\n> server requires a secure connection or the client was not\n> authenticated. The server response was: 5.7.1 Client was not\n> authenticated" At C:\\scripts\\check.ps1:615 char:4';
    expect(readPastedText(dotnet).recipients[0]?.reply).toMatch(/^5\.7\.1 Client was not authenticated/);
  });

  it('go on over a bracketed IP with its port that the margin pushed down after a word no sentence ends on', () => {
    const text = '> 550 Message rejected because\n> [198.51.100.139]:16741 is blacklisted see Blocked';
    expect(readPastedText(text).recipients[0]?.reply).toBe('550 Message rejected because [198.51.100.139]:16741 is blacklisted see Blocked');
  });

  it("read a reply whose introduction the margin broke ('… got code \"501\", with' + 'message \"501 …')", () => {
    const text = 'An error occurred while attempting to test mail settings:\nExpected response code "250" but got code "501", with\nmessage "501 HELO requires domain/address - see RFC-2821\n4.1.1.1".';
    expect(readPastedText(text).recipients[0]).toMatchObject({ code: '501', reply: '501 HELO requires domain/address - see RFC-2821 4.1.1.1' });
  });

  it('go on over a line the margin started with an IP address after "from", or with a word that ends the sentence', () => {
    // Exim's bounce of a Hotmail refusal, wrapped at 72 by a mail client: its indented lines broken mid-sentence.
    const text = [
      '  ann@dest.example',
      '    host mx2.hotmail.com [192.0.2.120]',
      '    SMTP error from remote mail server after MAIL',
      'FROM:<me@shop.example> SIZE=2472:',
      '    550 SC-001 (COL004-MC4F40) Unfortunately, messages from',
      "198.51.100.165 weren't sent. Please contact your Internet service",
      'provider since part of their network is on our block list. You can',
      'also refer your provider to',
    ].join('\n');
    // The same wrapped at 60 and quoted: a line starts with the word that ends a sentence ("block" + "list. You can").
    const narrower = text.replace('Internet service\nprovider since part of their network is on our block list. You can\nalso', 'Internet\nservice provider since part of their network is on our block\nlist. You can also');
    expect(narrower).toContain('block\nlist.');
    for (const pasted of [text, text.replace(/^/gm, '> '), narrower.replace(/^/gm, '> ')]) {
      const r = readPastedText(pasted).recipients[0];
      expect(r).toMatchObject({ recipient: 'ann@dest.example', command: 'MAIL FROM' });
      expect(r?.reply).toMatch(/messages from 198\.51\.100\.165 weren't sent\..*on our block list\. You can also refer your provider to$/);
    }
  });

  it("go on over the margin in a reply a wrapper printed with no code, in its string or out of it", () => {
    // MailKit's SmtpCommandException carries the server's words alone; a mail client wrapped the line at 72.
    const bare = 'Unhandled exception. MailKit.Net.Smtp.SmtpCommandException: Syntax\nerror, command unrecognized\n   at MailKit.Net.Smtp.SmtpClient.OnSenderNotAccepted';
    expect(readPastedText(bare).recipients[0]?.reply).toBe('Syntax error, command unrecognized');
    const quoted = "MailKit.Net.Smtp.SmtpCommandException: '<ann@dest.example> Domain size\nlimit exceeded'\nAt line:1 char:1";
    expect(readPastedText(quoted).recipients[0]?.reply).toBe('<ann@dest.example> Domain size limit exceeded');
    // Postfix's own replies open "Error:" (smtpd.c), which would read as a field: after a code, or a code and the host
    // the reply names, alone on a line, they are the reply's words.
    const nodemailer = 'Twikoo: Error: Mail command failed: 501\nError: Bad sender address syntax\n    at SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)';
    expect(readPastedText(nodemailer).recipients[0]?.reply).toBe('501 Error: Bad sender address syntax');
    const greeting = 'Error: Invalid greeting. response=421 4.7.0 mail.dest.example\nError: too many connections from 192.0.2.10';
    expect(readPastedText(greeting).recipients[0]?.reply).toBe('421 4.7.0 mail.dest.example Error: too many connections from 192.0.2.10');
    // A word the reply quotes, pushed down by the margin, goes on with it; a dump's quoted key after the reply does not.
    const java = 'org.springframework.mail.MailSendException: Failed messages:\ncom.sun.mail.smtp.SMTPSendFailedException: 550 MIME message is missing\n\'From\' header';
    expect(readPastedText(java).recipients[0]?.reply).toBe("550 MIME message is missing 'From' header");
    const dump = "{ Error: Message failed: 550 5.7.1 The message was refused by the filters\n'response': 'ok', 'responseCode': 550 }";
    expect(readPastedText(dump).recipients[0]?.reply).toBe('550 5.7.1 The message was refused by the filters');
    // The question of whoever pasted it, after a code that ends a line, is not the reply's words, blank line or none —
    // while a server's first person is ("550" + "I cannot deliver mail for <x>").
    const javax = 'Caused by: javax.mail.MessagingException: Could not connect to SMTP host: relay.dest.example, port: 25, response: 554';
    for (const asked of [`I got this error when sending:\n\n${javax}\n\nAny idea what is wrong? Thanks`, `${javax}\nWhy would it do that?`]) {
      expect(readPastedText(asked).recipients[0]?.reply).toBe('554');
    }
    const ses = 'I got this error when sending:\n\nThrottling: Maximum sending rate exceeded.\n\tstatus code: 400\n\nAny idea what is wrong? Thanks';
    expect(readPastedText(ses).recipients[0]?.reply).toMatch(/^(?!.*Any idea).*400$/);
    expect(readText('status code: 400\nThanks in advance for any help').recipients[0]?.reply ?? null).not.toMatch(/Thanks/);
    const first = 'org.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550\nI cannot deliver mail for <ann@dest.example>';
    expect(readPastedText(first).recipients[0]?.reply).toBe('550 I cannot deliver mail for <ann@dest.example>');
    // A short line that ends a sentence is no margin's: the reply ends there, as it did.
    const ended = 'SmtpCommandException: Mailbox full.\nThe mail was not sent, so we tried again the next morning.';
    expect(readPastedText(ended).recipients[0]?.reply).toBe('Mailbox full.');
  });
});

describe('failure words the paste reader accepts', () => {
  it.each([
    'User pat@example.net is disabled',
    'Quota exceed the hard limit for user pat@example.net',
    "Your message can't be delivered because you do not have permissions to send to this distribution list",
    'user not exist (in reply to RCPT TO command)',
    'The IronMail(TM) Virus Scanning Queue detected a virus in the attached message, but was unable to clean it.',
    'One or more attachments were deleted from the message.',
    // A Python tuple with a code RFC 5321 defines: the code is mail context for the words' failure.
    `(550, b'The "From" header is missing or invalid.')`,
    // …and so is a sentence of its own after such a code, failure words or not (Mailgun's sandbox reply).
    "(554, 'Sandbox subdomains are for test purposes only. Please add your own domain')",
    // A code RFC 5321 defines, mid-line, after a log prefix or a client's words, with a refusal right after it.
    '[2022-12-23 16:27:54] DEBUG [#njtpdtnyaura7ogx] S: 554 access forbidden by policy',
    'Mail 554-Reject due to policy restrictions',
    // Sendmail's bounce subject (savemail.c).
    'From: MAILER-DAEMON\nSubject: Returned mail: see transcript for details',
    '发送邮件失败。535: Login Fail. Please enter your authorization code to login.',
    'Requested mail action not taken: Fake sender',
    // A program's words for a send that failed, however it phrases the error's happening.
    'The ticket was saved, but an error occurred while sending notifications.',
  ])('%s', (text) => {
    expect(readPastedText(text).isBounce).toBe(true);
  });

  it('still leaves prose alone: a topic word beside an address, a version number beside a failure', () => {
    expect(readPastedText('DMARC policy set to quarantine for example.com, reports go to dmarc@example.com').isBounce).toBe(false);
    expect(readPastedText('npm ERR! Failed to install lodash@4.17.21 because the registry was slow').isBounce).toBe(false);
    // A tuple of data: a word or two, or a success code, is not a reply.
    expect(readPastedText("x = (550, 'units')").isBounce).toBe(false);
    // Refusal words that count only right after a reply code: in prose they stay prose.
    expect(readPastedText('How do I configure postfix to reject mail from senders without reverse DNS?').isBounce).toBe(false);
    expect(readPastedText('Sending the email may fail if the web form is forbidden on forks; rerun the job.').isBounce).toBe(false);
    expect(readPastedText("(250, 'Message accepted for delivery queue id abc')").isBounce).toBe(false);
  });
});

describe("Postfix's quoted reply re-wrapped at the margin", () => {
  it('runs to its "(in reply to … command)" tail, even split over two lines', () => {
    const text = [
      '<pat@hotmail.example>: host eur.olc.protection.outlook.com[192.0.2.9]',
      'said: 550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent.',
      'Please contact your Internet service provider since part of their network',
      'is on our block list (S3150). You can also refer your provider to',
      '[DB3EUR04FT007.eop-eur04.prod.protection.outlook.com] (in reply to MAIL',
      'FROM command)',
    ].join('\n');
    const reply = readText(text).recipients[0]?.reply ?? '';
    expect(reply).toContain('on our block list (S3150)');
    expect(reply).not.toContain('in reply to');
    // Without the tail, a sentence that ends at the line's end still ends the reply.
    const cut = readText(text.split('\n').slice(0, 3).join('\n')).recipients[0]?.reply ?? '';
    expect(cut).not.toContain('Please contact');
  });
});

describe('codes with no words after them', () => {
  it('take the words before them on the line as the reply, and stay its codes', () => {
    const r = readPastedText('Sender address rejected: not logged in (Diagnostic-Code: smtp; 553 5.7.1)').recipients[0];
    expect(r?.code).toBe('553');
    expect(r?.enhanced).toBe('5.7.1');
    expect(r?.reply).toContain('Sender address rejected: not logged in');
  });
});

describe('a reply re-wrapped with soft line breaks (RFC 3676 format=flowed)', () => {
  it('is one reply: a line that ends in a space goes on in the next', () => {
    const text = "550 SC-001 (BAY004-MC4F49) Unfortunately, messages from \nweren't sent. Please contact your Internet service provider since part of \ntheir network is on our block list.";
    const r = readPastedText(text).recipients[0];
    expect(r?.reply).toContain('on our block list');
    expect(r?.replySpan?.end).toBeGreaterThan(text.indexOf('block list'));
  });
  it('a hard line break still ends a reply', () => {
    const r = readPastedText('550 5.1.1 User unknown\nThanks, Pat').recipients[0];
    expect(r?.reply).not.toContain('Thanks');
  });
});

describe('a short fragment re-wrapped at a hard margin mid-sentence', () => {
  it('is one reply when the next line goes on with a lower-case word', () => {
    const r = readPastedText('host mx.example.net[192.0.2.27] said: 554 Reject\nby behaviour spam at DATA State').recipients[0];
    expect(r?.reply).toContain('Reject by behaviour spam');
    expect(r?.code).toBe('554');
  });
  it('a new line that starts a new sentence or an address is not joined', () => {
    const r = readPastedText('550 5.1.1 User unknown.\nPat').recipients[0];
    expect(r?.reply).not.toContain('Pat');
  });
});

describe('a two-line reply flattened with only its last marker inside', () => {
  it('loses the marker: "550-The domain … does not 550 exist" reads "does not exist"', () => {
    const r = readPastedText("smtp04.example.net #550-The domain in the email address 'pat@example.invalid' does not 550 exist. Sorry. ##").recipients[0];
    expect(r?.code).toBe('550');
    expect(r?.reply).toContain('does not exist');
  });
});

describe('where a multi-line reply ends when the paste goes on after an empty line', () => {
  const setup = '\n\nThe domain is hosted at our registrar and we send through a relay with SPF and DKIM set up.';

  it("ends at a flattened reply's last marker ('554 ' with a space), before the next paragraph (strict and paste readers)", () => {
    const flat = '554-mx.dest.example Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.dest.example/case';
    for (const report of [readText(flat + setup), readPastedText(flat + setup)]) {
      expect(report.recipients[0]?.reply).toBe('554 mx.dest.example Service not available No SMTP service IP address is block listed. 554 For explanation visit https://postmaster.dest.example/case');
    }
  });

  it('ends at an empty line when its last lines were cut off and a sentence of capitals follows', () => {
    const cut = '552-5.7.0 Our system detected an illegal attachment on your message';
    for (const report of [readText(cut + setup), readPastedText(cut + setup)]) expect(report.recipients[0]?.reply).toBe('552 5.7.0 Our system detected an illegal attachment on your message');
  });

  it('still goes on past an empty line (a double-spaced copy) with words in lower case or a bracket left open', () => {
    const lower = readPastedText('550-5.7.27 This message was blocked because it did not pass SPF\n\nauthentication. Please check your SPF record.');
    expect(lower.recipients[0]?.reply).toContain('did not pass SPF authentication.');
    const bracket = readText('550-5.7.1 [192.0.2.1\n\n12] Our system has detected an unusual rate of unsolicited mail');
    expect(bracket.recipients[0]?.reply).toContain('Our system has detected an unusual rate');
  });
});

describe('an address in brackets that opens a line of the reply', () => {
  it("is the reply's mention of it, folded or pushed down by a margin, not the next record (strict and paste readers)", () => {
    const folded = "554 delivery error: dd This user doesn't have a yahoo.co.jp account\n    (pat@yahoo.co.jp) [-5] - mta7149.mail.djm.ynwp.yahoo.co.jp (in\n    reply to end of DATA command)";
    const wrapped = "The error that the other server returned was:\n554 delivery error: dd This user doesn't have a yahoo.com account\n(pat@yahoo.example) [-5] - mta1325.mail.gq1.yahoo.com";
    for (const text of [folded, wrapped]) {
      for (const report of [readText(text), readPastedText(text)]) expect(report.recipients[0]?.reply).toMatch(/account \(pat@yahoo\.\S+\) \[-5\] - mta\d+/);
    }
  });
});

describe("an address that opens one of the lines Postfix folded a reply into", () => {
  const BOUNCE = [
    'This is the mail system at host shop.example.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    '                   The mail system',
    '',
    '<kim@dest.example>: host mx.dest.example[192.0.2.4] said: 550 5.1.0',
    '    <ann@shop.example> sender rejected. The address you are sending as',
    '    must match the address you used to log in. (in reply to MAIL FROM',
    '    command)',
  ].join('\n');

  it('is the reply’s own words, not another recipient (strict and paste readers)', () => {
    for (const report of [readText(BOUNCE), readPastedText(BOUNCE)]) {
      expect(report.recipients.map((r) => r.recipient)).toEqual(['kim@dest.example']);
      expect(report.recipients[0]?.reply).toContain('<ann@shop.example> sender rejected. The address you are sending as must match');
    }
  });

  it('still starts the next record when a colon follows it, as Postfix writes a recipient', () => {
    const two = `${BOUNCE}\n\n<lee@dest.example>: host mx.dest.example[192.0.2.4] said: 550 5.1.1 User unknown (in\n    reply to RCPT TO command)`;
    expect(readText(two).recipients.map((r) => r.recipient)).toEqual(['kim@dest.example', 'lee@dest.example']);
  });
});

describe("a multi-line reply in Exim's mainlog, its line breaks written as '\\n'", () => {
  it('is joined as the lines it stands for, its continuation codes dropped (strict and paste readers)', () => {
    const line = String.raw`2008-09-28 12:54:17 1KjzXB-0003Xe-RZ ** kim@gmail.example R=dnslookup T=remote_smtp: SMTP error from remote mail server after end of data: host gmail-smtp-in.l.google.com [192.0.2.27]: 550-5.7.1 [198.51.100.1] The IP you're using to send mail is not authorized\n550-5.7.1 to send email directly to our servers. Please use the SMTP\n550 5.7.1 relay at your service provider instead.`;
    for (const report of [readText(line), readPastedText(line)]) {
      const reply = report.recipients[0]?.reply ?? '';
      expect(reply).toContain('is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.');
      expect(reply).not.toContain('\\n');
    }
  });
});

describe('a reply whose line a narrow margin broke where no margin rule sees it', () => {
  it("a code at the end of a wrapper's line has its words on the next line", () => {
    const java = 'org.springframework.mail.MailSendException: Failed messages:\norg.eclipse.angus.mail.smtp.SMTPSendFailedException: 553\nMail from must equal authorized user\n;';
    expect(readPastedText(java).recipients[0]?.reply).toBe('553 Mail from must equal authorized user');
    // A status alone, then the address the reply refuses and its words (Postfix's "<x>: Sender address rejected").
    const lettre = 'Error sending SMTP test email\nSMTP 5xx error: permanent error (553): 5.7.1\n<pat@example.com>: Sender address rejected:\nnot owned by user\nvaultwarden';
    expect(readPastedText(lettre).recipients[0]?.reply).toContain('Sender address rejected');
  });
  it(".NET's status text and 'The server response was:' broken apart by a margin are still its wrapper", () => {
    const r = readPastedText('System.Net.Mail.SmtpFailedRecipientException: Mailbox name not allowed.\nThe server response was: 5.7.1 <pat@example.com>: Sender address rejected: not logged in');
    expect(r.notes).toContain('Read as an error message from .NET System.Net.Mail.');
    expect(r.recipients[0]?.command).toBe('RCPT TO');
  });
  it('a bracketed IP or address pushed onto the next line goes on with the clause', () => {
    const text = 'C: RCPT TO:<pat@example.net>\nS: 550 5.7.1 Service unavailable, Client host is listed, the\n[203.0.113.123] blocked using Spamhaus; see their site for removal.';
    expect(readPastedText(text).recipients[0]?.reply).toContain('blocked using Spamhaus');
  });
  it('a line that ends with no closing mark goes on where the next opens in lower case, or after a word no sentence ends with', () => {
    expect(readPastedText('C: MAIL FROM:<pat@example.org>\nS: 550 5.7.1 Service unavailable, Client host\nblocked using zen.spamhaus.org').recipients[0]?.reply).toContain('zen.spamhaus.org');
    expect(readPastedText('failed to close data writer: 550 5.7.0 Blocked by\nSpamAssassin').recipients[0]?.reply).toBe('550 5.7.0 Blocked by SpamAssassin');
    // A notice's own line after a whole reply is not joined: a capital after a word a sentence may end with.
    expect(readPastedText('550 5.1.1 User unknown\nPlease check the address').recipients[0]?.reply).toBe('550 5.1.1 User unknown');
  });
  it("in a notice: the reason line a client wrapped at its margin, and a margin read from lines of words, not a long link", () => {
    const sendmail = '   ----- The following addresses had permanent fatal errors -----\n<pat@example.com>\n    (reason: Deferred: 450 4.3.2 Service currently\nunavailable)';
    expect(readText(sendmail).recipients[0]?.reply).toContain('Service currently unavailable');
    // The link is longer than the margin the lines of words show (a margin cannot break a link): 51, not 80.
    const linked = 'said: 550 5.7.1 Client host 192.0.2.1 blocked using\nSpamhaus. To request removal from this list see\nhttps://check.spamhaus.org/listed/?searchterm=192.0.2.1&from=x1234567';
    expect(readPastedText(linked).recipients[0]?.reply).toContain('blocked using Spamhaus. To request removal');
  });
});

describe("a wrapper's reply hard-wrapped at a mail client's margin", () => {
  it("a code and status that end their line, the words on the next (Swift Mailer 3's '… but got response [530 5.7.0' + 'Must issue …]')", () => {
    const r = readPastedText("Fatal error: Uncaught exception 'Swift_BadResponseException' with\nmessage 'Expected response code(s) [250] but got response [530 5.7.0\nMust issue a STARTTLS command first]' in\n/var/www/modules/swift_mailer/Swift.php:250").recipients[0];
    expect(r).toMatchObject({ code: '530', enhanced: '5.7.0' });
    expect(r?.reply).toMatch(/^530 5\.7\.0 Must issue a STARTTLS command first/);
  });
  it('a code and status alone on their line, and no words after them, are no reply of their own', () => {
    expect(readPastedText('Deploy log, build 550 5.1.1\n\nAll good.').recipients).toEqual([]);
  });
  it("a byte string the paste cut off before its closing quote runs to where the text ends (Python's SMTPDataError)", () => {
    const r = readPastedText("SMTPDataError: (550, b'The from address does not match a verified Sender\nIdentity. Mail cannot be sent until this error is resolved. Visit\nhttps://sendgrid.example/docs/sender-identity").recipients[0];
    expect(r?.code).toBe('550');
    expect(r?.reply).toMatch(/verified Sender Identity\. Mail cannot be sent .* Visit https:\/\/sendgrid\.example\/docs\/sender-identity$/);
  });
});

describe('an address after a word no sentence ends on goes on with the reply', () => {
  it("JavaMail's reply broken after 'from' (the address and the rest on the next line)", () => {
    const r = readPastedText('com.sun.mail.smtp.SMTPSendFailedException: 554 Mail from\nkim@dest.example rejected for policy reasons.').recipients[0];
    expect(r?.reply).toBe('554 Mail from kim@dest.example rejected for policy reasons.');
  });
  it("a notice's reply broken after 'to' (Yahoo's '554 30 Sorry, your message to' + the address), and a list of records stays a list", () => {
    const text = '<pat@dest.example>: host mta7.am0.yahoodns.example[192.0.2.8] said: 554 30 Sorry, your message to\npat@dest.example cannot be delivered. This mailbox is disabled (554.30). (in reply to end of DATA command)';
    expect(readText(text).recipients.map((r) => [r.recipient, r.reply])).toEqual([['pat@dest.example', '554 30 Sorry, your message to pat@dest.example cannot be delivered. This mailbox is disabled (554.30).']]);
    const list = '<pat@dest.example>: host mx.dest.example[192.0.2.8] said: 550 5.1.1 User unknown\n<kim@dest.example>: host mx.dest.example[192.0.2.8] said: 552 5.2.2 Mailbox full';
    expect(readText(list).recipients.map((r) => r.recipient)).toEqual(['pat@dest.example', 'kim@dest.example']);
  });
});

describe('a code alone on its line, its words after an empty line (a page or a copy that double-spaces every line)', () => {
  it('in a pasted client error', () => {
    expect(readPastedText('SMTP error: 530 5.7.0\n\nMust issue a STARTTLS command first').recipients[0]?.reply).toBe('530 5.7.0 Must issue a STARTTLS command first');
  });
  it("in Postfix's bounce line", () => {
    const r = readText('<kim@dest.example>: host mx.dest.example[192.0.2.3] said: 530 5.7.0\n\nMust issue a STARTTLS command first (in reply to MAIL FROM command)').recipients[0];
    expect(r).toMatchObject({ recipient: 'kim@dest.example', reply: '530 5.7.0 Must issue a STARTTLS command first' });
  });
  it('a reply with words of its own ends at the empty line', () => {
    expect(readText('<kim@dest.example>: host mx.dest.example[192.0.2.3] said: 550 5.1.1 User unknown\n\nRegards, the mail system').recipients[0]?.reply).toBe('550 5.1.1 User unknown');
  });
});

describe("qmail-send's own sentence after a reply, with the line breaks lost", () => {
  it("is not the reply's ('… Poor Reputation Sender I'm not going to try again; this message has been in the queue too long.')", () => {
    const text = "<kim@dest.example>: Connected to 192.0.2.10 but sender was rejected. Remote host said: 450 5.7.1 192.0.2.20: Poor Reputation Sender I'm not going to try again; this message has been in the queue too long.";
    expect(readPastedText(text).recipients[0]?.reply).toBe('450 5.7.1 192.0.2.20: Poor Reputation Sender');
  });
});

describe('a folded reply re-wrapped by a mail client where one of its sentences ends', () => {
  const EXIM_REWRAPPED = [
    'A message that you sent could not be delivered to one or',
    'more of its recipients. This is a permanent error. The',
    'following address(es) failed:',
    '',
    '  kim@example.com',
    '    host mx.example.com [192.0.2.7]',
    '    SMTP error from remote mail server after MAIL FROM:<>:',
    "    550 5.7.1 Unfortunately, messages from [] weren't sent.",
    'Please contact your Internet service provider since part of',
    'their network is on our block list (S3140).',
  ].join('\n');
  it('the next sentence at the left margin is still the reply', () => {
    expect(readText(EXIM_REWRAPPED).recipients[0]?.reply).toContain('since part of their network is on our block list (S3140)');
  });
  it('not when the folded line ends short of the margin', () => {
    const text = EXIM_REWRAPPED.replace("    550 5.7.1 Unfortunately, messages from [] weren't sent.", '    550 5.1.1 No such user here.');
    expect(readText(text).recipients[0]?.reply).toBe('550 5.1.1 No such user here.');
  });
});

describe("a Diagnostic-Code that lost its folding, broken before a word in lower case and a colon", () => {
  const report = ['Final-Recipient: rfc822; kim@example.com', 'Action: failed', 'Status: 5.5.2', 'Diagnostic-Code: smtp; 504 5.5.2 <host1>: Helo command', 'rejected: need fully-qualified hostname'];
  it("the reply's own words go on, not a field", () => {
    expect(readText(report.join('\n')).recipients[0]?.reply).toBe('504 5.5.2 <host1>: Helo command rejected: need fully-qualified hostname');
  });
  it("a report's own field after it is still a field", () => {
    const text = [...report.slice(0, 4), 'Last-Attempt-Date: Sat, 5 Dec 2026 10:00:00 +0000'].join('\n');
    expect(readText(text).recipients[0]?.reply).toBe('504 5.5.2 <host1>: Helo command');
  });
});

describe("Exim's callout refusal broken by a margin after 'for', the verified address on the next line", () => {
  const text = [
    'SMTP error from remote mail server after RCPT TO:<kim@example.com>:',
    'host mx.example.com [192.0.2.17]: 550-Verification failed for',
    '<noreply@sender.example>',
    '550-No Such User Here',
    '550 Sender verify failed',
  ].join('\n');
  it('the address is the reply\'s, not a failed recipient, and the reply runs to its last line', () => {
    const r = readText(text).recipients;
    expect(r.map((x) => x.recipient)).toEqual(['kim@example.com']);
    expect(r[0]?.reply).toBe('550 Verification failed for <noreply@sender.example> No Such User Here Sender verify failed');
  });
  it('an address after a line that ends a sentence still names a recipient', () => {
    const list = 'The following addresses failed:\n<ann@example.com>\n550 5.1.1 No such user\n<bob@example.com>\n550 5.1.1 No such user';
    expect(readText(list).recipients.map((x) => x.recipient)).toEqual(['ann@example.com', 'bob@example.com']);
  });
});
