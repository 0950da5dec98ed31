/**
 * Table-driven: each fixture (written by us after the real formats in ../shared/docs/webmail.md) → the recipients,
 * codes and layout the engine must read. Every text fixture is read twice, with LF and with CRLF line ends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounceBytes } from '../../lib/engine/input';
import type { BounceFormat, MessageKind, SmtpCommand } from '../../lib/engine/types';

const dir = join(__dirname, '../fixtures/bounces');

interface Expect {
  file: string;
  format: BounceFormat;
  kind?: MessageKind;
  recipients: {
    recipient: string | null;
    code: string | null;
    enhanced: string | null;
    command?: SmtpCommand | null;
    remoteHost?: string;
    remoteIp?: string;
    replyIncludes?: string;
    replyExcludes?: string;
    /** Words of the reason when the bounce gives no reply (the report's prose). */
    reasonIncludes?: string;
  }[];
  originalSubject?: string;
  reportingMta?: string;
  /** The bounce's own subject, decoded (charsets, encoded words). */
  subject?: string;
}

const TABLE: Expect[] = [
  { file: 'gmail-address-not-found.txt', format: 'gmail', recipients: [{ recipient: 'nobody.here@example.org', code: '550', enhanced: '5.1.1', replyIncludes: 'does not exist' }] },
  { file: 'gmail-message-blocked.txt', format: 'gmail', recipients: [{ recipient: 'pat.lee@contoso.example', code: '550', enhanced: '5.4.1', replyIncludes: 'AS(201806281)' }] },
  {
    file: 'gmail-dmarc-multiline.txt',
    format: 'gmail',
    recipients: [{ recipient: 'alex@gmail.example', code: '550', enhanced: '5.7.26', replyIncludes: "domain's DMARC policy. Please contact", replyExcludes: '550-5.7.26' }],
  },
  { file: 'gmail-delay.txt', format: 'gmail', kind: 'delay', recipients: [{ recipient: 'sam@slow.example', code: '451', enhanced: '4.7.1' }] },
  // No remote reply to quote: the reason is the paragraph after the retry headline, not the headline.
  { file: 'gmail-delay-no-reply.txt', format: 'gmail', kind: 'delay', recipients: [{ recipient: 'sam@slow.example', code: null, enhanced: null, replyIncludes: 'did not accept our requests to connect' }] },
  { file: 'gmail-legacy.txt', format: 'gmail-legacy', recipients: [{ recipient: 'old.friend@example.net', code: '550', enhanced: '5.1.1' }], originalSubject: 'Lunch?' },
  { file: 'gmail-oneline.txt', format: 'gmail', recipients: [{ recipient: 'liam@dest.example', code: '550', enhanced: '5.1.1', replyIncludes: 'User unknown' }] },
  { file: 'google-groups.txt', format: 'google-groups', recipients: [{ recipient: 'team-announce@googlegroups.com', code: '550', enhanced: '5.1.1' }] },
  {
    file: 'gmail.eml',
    format: 'gmail',
    recipients: [{ recipient: 'olga@dest.example', code: '550', enhanced: '5.1.1', remoteHost: 'mx.dest.example', remoteIp: '203.0.113.44' }],
    originalSubject: 'Dinner',
  },
  {
    file: 'exchange-classic.txt',
    format: 'exchange-classic',
    recipients: [{ recipient: 'old.staff@acme.example', code: '550', enhanced: '5.7.1', replyIncludes: 'zen.spamhaus.org', replyExcludes: "'" }],
    originalSubject: 'Quarterly report',
  },
  { file: 'exchange-doubled.txt', format: 'exchange-classic', recipients: [{ recipient: 'mia@dest.example', code: '554', enhanced: '5.4.14' }] },
  {
    file: 'exchange-enhanced.txt',
    format: 'exchange-enhanced',
    reportingMta: 'am6pr07mb1234.eurprd07.prod.outlook.com',
    recipients: [{ recipient: 'kim@contoso.example', code: '550', enhanced: '5.1.10', remoteHost: 'mx.contoso.example', replyIncludes: 'RESOLVER.ADR.RecipientNotFound' }],
  },
  { file: 'exchange-2007.txt', format: 'exchange-2007', recipients: [{ recipient: 'big.files@corp.example', code: '550', enhanced: '5.2.3', replyExcludes: '##' }] },
  ...(['fr', 'es', 'pt', 'nl', 'it', 'ja'] as const).map((lang) => ({
    file: `exchange-classic-${lang}.txt`,
    format: 'exchange-classic' as const,
    recipients: [{ recipient: expect.stringContaining('@') as unknown as string, code: '550', enhanced: '5.1.1', replyIncludes: 'RecipNotFound; not found', replyExcludes: "'" }],
  })),
  { file: 'exchange-classic-de.txt', format: 'exchange-classic', recipients: [{ recipient: 'jonas.weber@beispiel.example', code: '552', enhanced: '5.2.2', replyExcludes: 'zurückgegeben' }] },
  { file: 'exchange-fr-latin1.eml', format: 'exchange-classic', recipients: [{ recipient: 'paul@exemple.example', code: '550', enhanced: '5.1.1', replyIncludes: 'not found' }] },
  {
    file: 'postfix-folded.txt',
    format: 'postfix',
    recipients: [
      { recipient: 'chris@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', remoteHost: 'mx1.dest.example', remoteIp: '203.0.113.25', replyIncludes: 'in local recipient table', replyExcludes: 'in reply to' },
      { recipient: 'dana@other.example', code: '452', enhanced: '4.2.2', command: 'end of data', remoteHost: 'mx.other.example', remoteIp: '198.51.100.3' },
    ],
  },
  {
    file: 'postfix.eml',
    format: 'postfix',
    recipients: [{ recipient: 'nora@dest.example', code: '550', enhanced: '5.7.1', command: 'RCPT TO', remoteHost: 'mx.dest.example', replyIncludes: 'zen.spamhaus.org' }],
    originalSubject: 'Réunion lundi',
  },
  {
    file: 'exim.txt',
    format: 'exim',
    recipients: [{ recipient: 'erin@dest.example', code: '550', enhanced: '5.7.1', command: 'RCPT TO', remoteHost: 'mx.dest.example', remoteIp: '192.0.2.20', replyIncludes: 'content restrictions' }],
    originalSubject: 'Proposal',
  },
  {
    file: 'mimecast-postfix.txt',
    format: 'postfix',
    recipients: [{ recipient: 'ruth@dest.example', code: '550', enhanced: null, command: 'end of data', remoteHost: 'us-smtp-inbound-1.mimecast.com', replyIncludes: 'DOC-1369#550 [AbCdEf123.us1]' }],
  },
  {
    file: 'proofpoint-exim.txt',
    format: 'exim',
    recipients: [{ recipient: 'sara@dest.example', code: '554', enhanced: '5.7.1', command: 'RCPT TO', remoteHost: 'mx0a-00123456.pphosted.com', remoteIp: '198.51.100.80', replyIncludes: 'ipcheck.proofpoint.com' }],
  },
  { file: 'gateway-delivery-problems.eml', format: 'generic', recipients: [{ recipient: 'tom@dest.example', code: '550', enhanced: null, remoteIp: '192.0.2.192' }] },
  { file: 'amazon-ses-mail.txt', format: 'amazon-ses', recipients: [{ recipient: 'uma@dest.example', code: '550', enhanced: '5.1.1' }] },
  { file: 'exchange-ja-iso2022.eml', format: 'exchange-classic', subject: '配信不能: こんにちは', recipients: [{ recipient: 'yamada@rei.example', code: '552', enhanced: '5.2.2' }] },
  { file: 'exchange-de-cp1252.eml', format: 'exchange-classic', recipients: [{ recipient: 'lena.müller@beispiel.example', code: '550', enhanced: '5.1.1' }] },
  { file: 'exim-retry.txt', format: 'exim', recipients: [{ recipient: 'frank@gone.example', code: null, enhanced: null, replyIncludes: 'retry timeout exceeded' }] },
  { file: 'sendmail.txt', format: 'sendmail', recipients: [{ recipient: 'gina@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO' }], originalSubject: 'Invoice' },
  { file: 'qmail.txt', format: 'qmail', recipients: [{ recipient: 'hank@dest.example', code: '550', enhanced: null, remoteIp: '192.0.2.32', replyIncludes: 'Unknown user hank' }] },
  { file: 'yahoo.txt', format: 'yahoo', recipients: [{ recipient: 'ivy@dest.example', code: '554', enhanced: '5.7.9', command: 'RCPT TO', replyExcludes: '[RCPT_TO]' }] },
  { file: 'amazon-ses.json', format: 'amazon-ses', recipients: [{ recipient: 'jack@dest.example', code: '550', enhanced: '5.1.1' }] },
  // Each reply introduced by the recipient it is for, the second one naming nobody itself.
  {
    file: 'replies-introduced-per-recipient.txt',
    format: 'fragment',
    recipients: [
      { recipient: 'a@one.example', code: '550', enhanced: '5.1.1' },
      { recipient: 'b@two.example', code: '452', enhanced: '4.2.2' },
    ],
  },
  // Only the headline of a Microsoft 365 notice, as a user copies it from the top of the message: no code at all.
  { file: 'o365-headline-only.txt', format: 'exchange-enhanced', recipients: [{ recipient: 'kim@dest.example', code: null, enhanced: null, replyIncludes: "mailbox is full" }] },
  // Exim's main log as an admin pastes it: the failed and the deferred deliveries, never the arrival or the delivered one.
  {
    file: 'exim-mainlog.txt',
    format: 'exim',
    recipients: [
      { recipient: 'pat@dest.example', code: null, enhanced: null, replyIncludes: 'No Such User Here' },
      { recipient: 'ann@slow.example', code: null, enhanced: null, remoteHost: 'mx.slow.example', remoteIp: '192.0.2.11', replyIncludes: 'Connection timed out' },
    ],
  },
  // Sending services' event JSON: a batch's failures and delays, never its deliveries.
  {
    file: 'sendgrid-events.json',
    format: 'sendgrid',
    kind: 'failure',
    recipients: [
      { recipient: 'ben@slow.example', code: '451', enhanced: '4.7.1' },
      { recipient: 'ola@dest.example', code: '550', enhanced: '5.7.1', replyIncludes: 'zen.spamhaus.org' },
    ],
  },
  { file: 'mailgun-failed.json', format: 'mailgun', kind: 'failure', recipients: [{ recipient: 'max@dest.example', code: '550', enhanced: '5.1.1', remoteHost: 'mx1.dest.example', replyIncludes: '550 5.1.1 <max@dest.example>' }] },
  { file: 'mailgun-events-temporary.json', format: 'mailgun', kind: 'delay', recipients: [{ recipient: 'nina@busy.example', code: '421', enhanced: '4.7.0', remoteHost: 'mx.busy.example' }] },
  { file: 'postmark-bounce.json', format: 'postmark', kind: 'failure', recipients: [{ recipient: 'rita@dest.example', code: '552', enhanced: '5.2.2', replyExcludes: 'smtp;' }] },
  { file: 'sparkpost-batch.json', format: 'sparkpost', kind: 'failure', recipients: [{ recipient: 'zed@dest.example', code: '550', enhanced: '5.1.1' }] },
  { file: 'mandrill-events.json', format: 'mandrill', kind: 'failure', recipients: [{ recipient: 'omar@dest.example', code: '550', enhanced: '5.1.1' }] },
  { file: 'resend-bounced.json', format: 'resend', kind: 'failure', recipients: [{ recipient: 'pia@dest.example', code: '550', enhanced: '5.4.1', replyIncludes: 'Access denied' }] },
  { file: 'brevo-hard-bounce.json', format: 'brevo', kind: 'failure', recipients: [{ recipient: 'quinn@dest.example', code: '550', enhanced: '5.1.1' }] },
  // An event cut short by the paste: no longer JSON, still read by its reply (introduced by its key).
  { file: 'esp-malformed.json', format: 'fragment', recipients: [{ recipient: 'lu@dest.example', code: '550', enhanced: '5.1.1', replyExcludes: '"' }] },
  { file: 'rfc3464-fields.txt', format: 'rfc3464', recipients: [{ recipient: 'kate@dest.example', code: '552', enhanced: '5.2.2', remoteHost: 'mx.dest.example', replyIncludes: 'out of storage space. Please direct' }] },
  { file: 'notes-because.eml', format: 'notes', recipients: [{ recipient: 'pat@dest.example', code: null, enhanced: null, replyIncludes: 'not listed in Domino Directory' }] },
  { file: 'reason-before-list.eml', format: 'generic', recipients: [{ recipient: 'rosa@slow.example', code: null, enhanced: null, reasonIncludes: 'Remote host is not responding.' }] },
  { file: 'forwarded-bounce.eml', format: 'postfix', recipients: [{ recipient: 'jo@dest.example', code: '550', enhanced: '5.1.1', command: 'RCPT TO', remoteHost: 'mx.dest.example' }] },
  { file: 'dma-postmaster.eml', format: 'generic', recipients: [{ recipient: 'postmaster@gone.example', code: null, enhanced: null, replyIncludes: 'host gone.example not found' }] },
  { file: 'no-recipient-named.eml', format: 'generic', recipients: [{ recipient: '5550100@mms.carrier.example', code: null, enhanced: null, reasonIncludes: 'No valid recipients for this MM' }] },
  {
    // A reply that names nobody (the DATA refusal) must not go to the one recipient named by RCPT TO further down.
    file: 'sendmail-sessions.txt',
    format: 'sendmail',
    recipients: [
      { recipient: 'ann@a.example', code: '554', enhanced: null },
      { recipient: 'bob@b.example', code: '550', enhanced: null, command: 'RCPT TO', replyExcludes: 'content rule' },
    ],
  },
  { file: 'broken-mime.eml', format: 'sendmail', recipients: [{ recipient: 'quinn@dest.example', code: '550', enhanced: '5.1.1' }] },
];

function variants(file: string): [string, Uint8Array][] {
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const text = Buffer.from(bytes).toString('latin1');
  const lf = text.replace(/\r\n/g, '\n');
  return [
    ['LF', new Uint8Array(Buffer.from(lf, 'latin1'))],
    ['CRLF', new Uint8Array(Buffer.from(lf.replace(/\n/g, '\r\n'), 'latin1'))],
  ];
}

describe('bounce fixtures', () => {
  for (const t of TABLE) {
    for (const [ending, bytes] of variants(t.file)) {
      it(`${t.file} (${ending})`, async () => {
        const report = await readBounceBytes(bytes);
        expect(report.isBounce).toBe(true);
        expect(report.kind).toBe(t.kind ?? 'failure');
        expect(report.format).toBe(t.format);
        expect(report.recipients).toHaveLength(t.recipients.length);
        t.recipients.forEach((want, i) => {
          const got = report.recipients[i];
          expect(got?.recipient).toEqual(want.recipient);
          expect(got?.code).toBe(want.code);
          expect(got?.enhanced).toBe(want.enhanced);
          if (want.command !== undefined) expect(got?.command).toBe(want.command);
          if (want.remoteHost) expect(got?.remoteHost).toBe(want.remoteHost);
          if (want.remoteIp) expect(got?.remoteIp).toBe(want.remoteIp);
          if (want.replyIncludes) expect(got?.reply).toContain(want.replyIncludes);
          if (want.replyExcludes) expect(got?.reply).not.toContain(want.replyExcludes);
          if (want.reasonIncludes) expect(got?.reply ?? got?.statedReason).toContain(want.reasonIncludes);
          // The span points at the reply in the input, whatever the line ends.
          if (got?.replySpan && got.code) {
            const input = Buffer.from(bytes).toString('latin1');
            expect(got.replySpan.start).toBeGreaterThanOrEqual(0);
            expect(got.replySpan.end).toBeLessThanOrEqual(input.length);
          }
        });
        if (t.originalSubject) expect(report.original?.subject).toBe(t.originalSubject);
        if (t.subject) expect(report.subject).toBe(t.subject);
        if (t.reportingMta) expect(report.reportingMta).toBe(t.reportingMta);
      });
    }
  }
});

describe('reply spans in text input', () => {
  it('cover exactly the reply in a CRLF paste', async () => {
    const [, crlf] = variants('postfix-folded.txt')[1] as [string, Uint8Array];
    const input = Buffer.from(crlf).toString('latin1');
    const report = await readBounceBytes(crlf);
    const span = report.recipients[0]?.replySpan;
    expect(span).toBeTruthy();
    const covered = input.slice(span!.start, span!.end);
    expect(covered.startsWith('550 5.1.1')).toBe(true);
    expect(covered).toContain('recipient table');
  });

  it('locate a message reply in the raw .eml', async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'postfix.eml')));
    const report = await readBounceBytes(bytes);
    const span = report.recipients[0]?.replySpan;
    expect(span).toBeTruthy();
    expect(Buffer.from(bytes).toString('latin1').slice(span!.start, span!.start + 9)).toBe('550 5.7.1');
  });
});

describe('the returned original message', () => {
  it('keeps authentication headers and DKIM selectors for the diagnosis', async () => {
    const report = await readBounceBytes(new Uint8Array(readFileSync(join(dir, 'exchange-classic.txt'))));
    expect(report.original?.authenticationResults[0]).toContain('dkim=fail');
    expect(report.original?.dkimSignatures).toEqual([{ domain: 'sender.example', selector: 'selector1' }]);
    expect(report.original?.from).toBe('Robin <robin@sender.example>');
  });

  it('reads text/rfc822-headers parts and decodes encoded words', async () => {
    const report = await readBounceBytes(new Uint8Array(readFileSync(join(dir, 'postfix.eml'))));
    expect(report.original?.dkimSignatures).toEqual([{ domain: 'sender.example', selector: 'mail2025' }]);
    expect(report.original?.messageId).toBe('<1234@sender.example>');
    expect(report.reportingMta).toBe('mail.sender.example');
    expect(report.arrivalDate).toBe('Mon,  3 Mar 2025 10:00:01 +0000 (UTC)');
    expect(report.subject).toBe('Undelivered Mail Returned to Sender');
  });
});

describe('a bounce inside another message', () => {
  it('is read, and the report says so', async () => {
    const report = await readBounceBytes(new Uint8Array(readFileSync(join(dir, 'forwarded-bounce.eml'))));
    expect(report.recipients.map((r) => r.recipient)).toEqual(['jo@dest.example']);
    expect(report.notes.join(' ')).toMatch(/another bounce inside it/);
  });
  it('is opened only a few levels deep', async () => {
    // Wrap the bounce in ten forwarding layers: the reader opens three and then stops, without a crash.
    let message = readFileSync(join(dir, 'forwarded-bounce.eml'), 'latin1');
    for (let i = 0; i < 10; i++) {
      message = `From: MAILER-DAEMON@relay${i}.example\nSubject: Fwd\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\nContent-Type: text/plain\n\nsee attached\n\n--b${i}\nContent-Type: message/rfc822\n\n${message}\n--b${i}--\n`;
    }
    const report = await readBounceBytes(new Uint8Array(Buffer.from(message, 'latin1')));
    expect(report.recipients.some((r) => r.recipient === 'jo@dest.example')).toBe(false);
  });
});

/** An old Exchange server's notice: text only, no delivery-status part, from "System Administrator <postmaster@…>". */
const EXCHANGE_NOTICE = [
  'From: System Administrator <postmaster@corp.example>',
  'To: alex@shop.example',
  'Subject: Undeliverable: Quarterly report',
  'Date: Mon, 30 Nov 2026 10:00:00 +0100',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Your message did not reach some or all of the intended recipients.',
  '',
  '      Subject:  Quarterly report',
  '      Sent:     11/30/2026 9:58 AM',
  '',
  'The following recipient(s) could not be reached:',
  '',
  '      pat@dest.example on 11/30/2026 10:00 AM',
  '            The e-mail account does not exist at the organization this message was sent to.',
  '            <mail.corp.example #5.1.1 smtp;550 5.1.1 <pat@dest.example>... User unknown>',
  '',
].join('\n');

/** A person's own mail around a bounce they got, as webmails forward one. */
const forwardedAsAttachment = (inner: string) =>
  `From: Alex Chen <alex@shop.example>\nTo: it-help@shop.example\nSubject: Fwd: bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="fw"\n\n--fw\nContent-Type: text/plain\n\nWhy did this come back?\n\n--fw\nContent-Type: message/rfc822\n\n${inner}\n--fw--\n`;

describe('a bounce forwarded by the person who got it', () => {
  it('as an attachment, from a postmaster with no delivery-status part, is read', async () => {
    const report = await readBounceBytes(new Uint8Array(Buffer.from(forwardedAsAttachment(EXCHANGE_NOTICE), 'latin1')));
    expect(report.recipients.map((r) => [r.recipient, r.code])).toEqual([['pat@dest.example', '550']]);
    expect(report.notes.join(' ')).toMatch(/another bounce inside it/);
  });
  it('inline in the body ("Forwarded message" and the bounce\'s own headers) is read from those headers on', async () => {
    const body = readFileSync(join(dir, 'postfix-folded.txt'), 'latin1');
    const mail = [
      'From: Alex Chen <alex@shop.example>',
      'To: it-help@shop.example',
      'Subject: Fwd: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Why did this come back?',
      '',
      '---------- Forwarded message ---------',
      'From: Mail Delivery System <MAILER-DAEMON@mail.sender.example>',
      'Date: Mon, 30 Nov 2026 10:00:00 +0100',
      'Subject: Undelivered Mail Returned to Sender',
      'To: <alex@shop.example>',
      '',
      body,
    ].join('\n');
    const report = await readBounceBytes(new Uint8Array(Buffer.from(mail, 'latin1')));
    expect(report.recipients.map((r) => [r.recipient, r.code, r.command])).toEqual([
      ['chris@dest.example', '550', 'RCPT TO'],
      ['dana@other.example', '452', 'end of data'],
    ]);
  });
  it("as an attachment whose headers are a sending service's own (Amazon SES's notice by Amazon SNS), is read as that notice", async () => {
    const json = readFileSync(join(dir, 'amazon-ses.json'), 'latin1');
    const notice = `From: AWS Notifications <no-reply@sns.amazonaws.com>\nTo: ops@sender.example\nSubject: AWS Notification Message\nContent-Type: text/plain; charset=UTF-8\n\n${json}`;
    const report = await readBounceBytes(new Uint8Array(Buffer.from(forwardedAsAttachment(notice), 'latin1')));
    expect(report.recipients.map((r) => [r.recipient, r.code])).toEqual([['jack@dest.example', '550']]);
  });
  it('an ordinary mail with an attached ordinary mail is still no bounce', async () => {
    const inner = 'From: Sam <sam@dest.example>\nTo: alex@shop.example\nSubject: Lunch\n\nSee you at noon.\n';
    const report = await readBounceBytes(new Uint8Array(Buffer.from(forwardedAsAttachment(inner), 'latin1')));
    expect(report.isBounce).toBe(false);
  });
});

describe('a bounce that names no recipient', () => {
  it("takes the returned message's single To: address, and says so", async () => {
    const report = await readBounceBytes(new Uint8Array(readFileSync(join(dir, 'no-recipient-named.eml'))));
    expect(report.recipients.map((r) => r.recipient)).toEqual(['5550100@mms.carrier.example']);
    expect(report.notes.join(' ')).toMatch(/taken from the returned message's To: line/);
  });
  it('guesses nothing when the returned message had several recipients', async () => {
    const text = readFileSync(join(dir, 'no-recipient-named.eml'), 'latin1').replace('To: 5550100@mms.carrier.example', 'To: 5550100@mms.carrier.example, 5550199@mms.carrier.example');
    const report = await readBounceBytes(new Uint8Array(Buffer.from(text, 'latin1')));
    expect(report.recipients).toEqual([]);
  });
});
