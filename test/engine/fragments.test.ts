/** Every fragment form a user may paste or select: one reply, a multi-line reply, a Diagnostic-Code line, a Postfix
 * log line, a sending library's exception, an Exchange "Remote Server returned" line. */
import { describe, expect, it } from 'vitest';
import { readBounce, readPastedText, readText } from '../../lib/engine/read';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const CASES: { name: string; text: string; code: string | null; enhanced: string | null; recipient?: string; reply?: string; remoteHost?: string; remoteIp?: string; command?: string }[] = [
  { name: 'a single reply', text: '550 5.1.1 <x@dest.example>: Recipient address rejected: User unknown', code: '550', enhanced: '5.1.1', reply: '550 5.1.1 <x@dest.example>: Recipient address rejected: User unknown' },
  { name: 'a reply without enhanced status', text: '554 Transaction failed', code: '554', enhanced: null },
  {
    name: 'a multi-line reply',
    text: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail\n421-4.7.28 originating from your IP address. To protect our users\n421 4.7.28 from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
    code: '421',
    enhanced: '4.7.28',
    reply: '421 4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp',
  },
  { name: 'a Diagnostic-Code line', text: 'Diagnostic-Code: smtp; 550 5.7.606 Access denied, banned sending IP [203.0.113.7]', code: '550', enhanced: '5.7.606' },
  {
    name: 'a Postfix log line',
    text: 'Mar  3 10:00:05 mail postfix/smtp[1234]: 4ABC123: to=<pat@dest.example>, relay=mx.dest.example[203.0.113.9]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.7.1, status=bounced (host mx.dest.example[203.0.113.9] said: 550 5.7.1 Message rejected as spam (in reply to end of DATA command))',
    code: '550',
    enhanced: '5.7.1',
    recipient: 'pat@dest.example',
    remoteHost: 'mx.dest.example',
    remoteIp: '203.0.113.9',
    command: 'end of data',
    reply: '550 5.7.1 Message rejected as spam',
  },
  {
    // log_adhoc.c: "orig_to=<…>" is the address the sender wrote, before an alias or a virtual map rewrote it.
    name: 'a Postfix log line with the original recipient beside the final one (one recipient, not two)',
    text: 'Jun  2 08:12:40 relay postfix/smtp[881]: 7C1D2E3: to=<kim@dest.example>, orig_to=<sales@origin.example>, relay=mx.dest.example[203.0.113.9]:25, delay=3, delays=0.1/0/1.2/1.7, dsn=4.2.1, status=deferred (host mx.dest.example[203.0.113.9] said: 450 4.2.1 Mailbox busy, try again later (in reply to RCPT TO command))',
    code: '450',
    enhanced: '4.2.1',
    recipient: 'kim@dest.example',
    reply: '450 4.2.1 Mailbox busy, try again later',
  },
  {
    name: "a sending library's exception",
    text: 'Expected response code 250 but got code "550", with message "550 5.7.1 Relaying denied. Proper authentication required."',
    code: '550',
    enhanced: '5.7.1',
    reply: '550 5.7.1 Relaying denied. Proper authentication required.',
  },
  { name: 'an Exchange "Remote Server returned" line', text: "Remote Server returned '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'", code: '550', enhanced: '5.7.708' },
  { name: 'a Yahoo-style reply with a colon', text: '553: 5.7.1 [BL21] Connections will not be accepted from 203.0.113.5', code: '553', enhanced: '5.7.1' },
  { name: 'an Exchange 2007 reply', text: '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', code: '550', enhanced: '5.1.1', reply: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' },
];

describe('fragments', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const report = readText(c.text);
      expect(report.isBounce).toBe(true);
      expect(report.format).toBe('fragment');
      expect(report.inputType).toBe('fragment');
      expect(report.recipients).toHaveLength(1);
      const r = report.recipients[0]!;
      expect(r.code).toBe(c.code);
      expect(r.enhanced).toBe(c.enhanced);
      if (c.recipient) expect(r.recipient).toBe(c.recipient);
      if (c.reply) expect(r.reply).toBe(c.reply);
      if (c.remoteHost) expect(r.remoteHost).toBe(c.remoteHost);
      if (c.remoteIp) expect(r.remoteIp).toBe(c.remoteIp);
      if (c.command) expect(r.command).toBe(c.command);
      expect(r.replySpan).not.toBeNull();
      expect(r.replySpan!.start).toBeGreaterThanOrEqual(0);
      expect(r.replySpan!.end).toBeLessThanOrEqual(c.text.length);
    });
  }

  it('says when the codes disagree in class, without changing them', () => {
    const r = readText('550 4.2.2 Mailbox full').recipients[0]!;
    expect(r.code).toBe('550');
    expect(r.enhanced).toBe('4.2.2');
    expect(r.codeMismatch).toMatch(/permanent.*temporary/);
  });

  it('never invents a code that is not in the text', () => {
    const report = readText('Diagnostic-Code: smtp; Host or domain name not found');
    for (const r of report.recipients) {
      expect(r.code).toBeNull();
      expect(r.enhanced).toBeNull();
    }
  });
});

describe('the command a transcript reply answered', () => {
  const transcript = (after: string) =>
    ['   ----- Transcript of session follows -----', '... while talking to mx.dest.example.:', '>>> DATA', '<<< 550 5.1.1 <pat@dest.example>... User unknown', after].join('\n');
  it('is DATA when the DATA line is the last command and nothing else answers', () => {
    expect(readText(transcript('554 5.0.0 Service unavailable')).recipients[0]?.command).toBe('DATA');
  });
  it('is RCPT TO when a further server reply follows (pipelining: the 503 or 554 answered DATA)', () => {
    expect(readText(transcript('<<< 503 5.0.0 Need RCPT (recipient)')).recipients[0]?.command).toBe('RCPT TO');
    expect(readText(transcript('<<< 554 Error: no valid recipients')).recipients[0]?.command).toBe('RCPT TO');
  });
  it('is the last command sent before the reply in a verbose transcript, not the first (sendmail -v)', () => {
    const verbose = ['pat@dest.example... Connecting to [127.0.0.1] via relay...', '>>> MAIL From:<> SIZE=1112', '250 2.1.0 <>... Sender ok', '>>> RCPT To:<pat@dest.example>'];
    expect(readText([...verbose, '550 5.1.1 <pat@dest.example>... User unknown'].join('\n')).recipients[0]?.command).toBe('RCPT TO');
    // Pipelined, its replies printed without "<<<": the DATA's "503 Need RCPT" after the refusal says it was the RCPT's.
    expect(readText([...verbose, '>>> DATA', '550 5.1.1 <pat@dest.example>... User unknown', '503 5.0.0 Need RCPT (recipient)'].join('\n')).recipients[0]?.command).toBe('RCPT TO');
  });
  it('stays DATA when the next line is a new client command', () => {
    expect(readText(transcript('>>> QUIT\n<<< 221 Bye')).recipients[0]?.command).toBe('DATA');
  });
  it('is read from an "SMTP command" heading below the server message', () => {
    const text = ['Delivery to the following address failed:', 'pat@dest.example', '', '-------server message', '550 unknown user <pat@dest.example>', '', '-------SMTP command', 'DATA', ''].join('\n');
    const r = readText(text).recipients[0];
    expect(r?.recipient).toBe('pat@dest.example');
    expect(r?.command).toBe('DATA');
  });
});

describe("IMail's retries-exhausted notice", () => {
  it('is a bounce for the address on the "Delivery failed N attempts" line', async () => {
    const message = [
      'From: "Postmaster" <postmaster@mail.example>',
      'To: <me@shop.example>',
      'Subject: Undeliverable Mail',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Delivery failed 20 attempts: pat@dest.example',
      '',
      '',
      'Original message follows.',
      '====',
      'Subject: hi',
      '',
      'hello',
      '',
    ].join('\r\n');
    const report = await readBounce(message);
    expect(report.kind).toBe('failure');
    expect(report.recipients.map((r) => r.recipient)).toEqual(['pat@dest.example']);
    expect(report.recipients[0]?.reply).toContain('Delivery failed 20 attempts');
  });
  it('is not read into ordinary prose that mentions failed attempts', () => {
    expect(readText('Hi Pat, our courier says delivery failed 3 attempts last week. Write to me at me@shop.example.').kind).toBe('not-bounce');
  });
});

describe('the command a qmail block names', () => {
  it('"does not like recipient" is RCPT TO, "failed after I sent the message" the end of DATA', () => {
    const rcpt = readText('<pat@dest.example>:\n192.0.2.9 does not like recipient.\nRemote host said: 550 No such user\nGiving up on 192.0.2.9.\n').recipients[0];
    expect(rcpt).toMatchObject({ recipient: 'pat@dest.example', code: '550', command: 'RCPT TO' });
    const data = readText('<pat@dest.example>:\n192.0.2.9 failed after I sent the message.\nRemote host said: 554 Message refused\n').recipients[0];
    expect(data).toMatchObject({ recipient: 'pat@dest.example', code: '554', command: 'end of data' });
  });
});

describe('a notice that gives the status first and the server\'s words after "SMTP protocol diagnostic:"', () => {
  it('takes the reply after that label, not the status line above it', () => {
    const text = [
      'These recipients of your message have been processed by the mail server:',
      'kim@dest.example; Failed; 5.3.0 (other or undefined mail system status)',
      '',
      '    Remote MTA mx.dest.example: network error',
      '',
      ' - SMTP protocol diagnostic: 554 5.7.1 Message rejected: the domain of pat@origin.example does not designate 192.0.2.9 as permitted sender',
    ].join('\n');
    const r = readText(text).recipients[0];
    expect(r?.code).toBe('554');
    expect(r?.enhanced).toBe('5.7.1');
    expect(r?.reply).toContain('does not designate');
  });
});

describe("a mail server's deferral in its log or queue listing", () => {
  // sendmail/deliver.c logdelivery: ", dsn=…, stat=Deferred: …"; mailq: "(Deferred: …)" under the queued message.
  it('is a delay the queue will retry, with the dsn= status when the line has one', () => {
    for (const text of [
      'Sep  2 15:53:53 box sm-mta[6679]: t82Drr6w006677: to=<kim@dest.example>, delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=120069, relay=mx.dest.example. [203.0.113.9], dsn=4.0.0, stat=Deferred: Connection refused by mx.dest.example.',
      'stat=Deferred: Connection timed out with dest.example.',
      'vBNGqqNO000204     1442 Sat Dec 23 16:52 <pat@origin.example>\n                 (Deferred: Connection refused by [192.0.2.10])\n                                         <kim@dest.example>',
    ]) {
      const report = readPastedText(text);
      expect(report.kind, text).toBe('delay');
      expect(report.recipients[0]?.action, text).toBe('delayed');
    }
    expect(readPastedText('Sep  2 15:53:53 box sm-mta[6679]: t82Drr6w006677: to=<kim@dest.example>, mailer=esmtp, relay=mx.dest.example. [203.0.113.9], dsn=4.0.0, stat=Deferred: Connection refused by mx.dest.example.').recipients[0]?.enhanced).toBe('4.0.0');
    // A refusal that only names the word is not a deferral.
    expect(readPastedText('550 5.7.1 Message deferred by policy: rejected').kind).toBe('failure');
  });

  // postfix src/qmgr/qmgr_defer.c: "delivery temporarily suspended: …".
  it("is Postfix's 'delivery temporarily suspended' in a log line, but not in a notice of a returned message", () => {
    const line = readPastedText('Jun  2 08:12:40 relay postfix/smtp[881]: 7C1D2E3: to=<kim@dest.example>, relay=none, delay=2755, delays=2520/235/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to mx.dest.example[203.0.113.9]:25: Connection timed out)');
    expect(line.kind).toBe('delay');
    expect(line.recipients[0]?.enhanced).toBe('4.4.1');
    expect(readPastedText('delivery temporarily suspended: connect to mx.dest.example[203.0.113.9]:25: Connection timed out').kind).toBe('delay');
    const notice = "This is the mail system at host relay.origin.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n<kim@dest.example>: delivery temporarily suspended: connect to\n    mx.dest.example[2001:db8::25]:25: Network is unreachable";
    expect(readPastedText(notice).kind).toBe('failure');
  });

  it("keeps a content filter's 'Ok, discarded' final, though its dsn= is a success's", () => {
    const text = 'May  4 08:33:18 box postfix/lmtp[10155]: 7B39B1F: to=<kim@dest.example>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.83, dsn=2.6.0, status=sent (254 2.6.0 Ok, discarded, id=09981-06 - BAD_HEADER: MIME error: error: part did not end with expected boundary)';
    const [d] = diagnoseReport(readPastedText(text, { documented: isDocumentedFailure, rank: readingRank }));
    expect(d?.category).toBe('message-format');
    expect(d?.permanent).toBe(true);
  });
});
