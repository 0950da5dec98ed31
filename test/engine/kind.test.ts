/** What kind of notice a text is: Sendmail's delay and failure notices, told apart by the headings its DSN body uses. */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readPastedText } from '../../lib/engine/read';

// Written here after sendmail/savemail.c errbody(): its headings, a transcript, its "Will keep trying" lines.
const notice = (sections: string[]) =>
  [
    'The original message was received at Tue, 1 Dec 2026 10:02:11 +0100',
    'from client.shop.example [192.0.2.10]',
    '',
    ...sections,
    '',
    '   ----- Transcript of session follows -----',
    '<pat@slow.example>... Deferred: Connection timed out with mx.slow.example.',
    'Warning: message still undelivered after 4 hours',
    'Will keep trying until message is 5 days old',
  ].join('\n');

describe("Sendmail's notices", () => {
  it('one listing addresses that "had transient non-fatal errors" is a delay', () => {
    expect(readPastedText(notice(['   ----- The following addresses had transient non-fatal errors -----', '<pat@slow.example>'])).kind).toBe('delay');
  });
  it('one with "permanent fatal errors" too is a failure', () => {
    const both = notice(['   ----- The following addresses had permanent fatal errors -----', '<kim@gone.example>', '', '   ----- The following addresses had transient non-fatal errors -----', '<pat@slow.example>']);
    expect(readPastedText(both).kind).toBe('failure');
  });
});

describe('a failure notice that says it gave up', () => {
  // Written here after Exim's default bounce text and qmail-send's.
  const exim = [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  pat@busy.example',
    '    host mx.busy.example [192.0.2.25]',
    '    SMTP error from remote mail server after RCPT TO:<pat@busy.example>:',
    '    451 4.3.0 Temporary system failure, please try again later',
  ].join('\n');

  it('marks its recipients failed, and the diagnosis is final whatever the last reply\'s class (RFC 3464 "failed")', () => {
    const report = readPastedText(exim);
    expect(report.kind).toBe('failure');
    expect(report.recipients[0]?.action).toBe('failed');
    const [d] = diagnoseReport(report);
    expect(d?.permanent).toBe(true);
    expect(d?.explanation).not.toMatch(/This is a delay/);
  });

  it("a Sendmail notice with addresses still being retried marks none (which line is whose is not known)", () => {
    const both = notice(['   ----- The following addresses had permanent fatal errors -----', '<kim@gone.example>', '', '   ----- The following addresses had transient non-fatal errors -----', '<pat@slow.example>']);
    const { recipients } = readPastedText(both);
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.every((r) => r.action !== 'failed')).toBe(true);
  });

  it("Exchange's NDR ('Delivery has failed to these recipients') over a 4.4.316 is final too", () => {
    const ndr = [
      'Delivery has failed to these recipients or groups:',
      '',
      'pat@dest.example',
      "Your message couldn't be delivered.",
      '',
      'Diagnostic information for administrators:',
      'Generating server: AM6PR01MB1234.eurprd01.prod.exchangelabs.com',
      'pat@dest.example',
      "Remote server returned '450 4.4.316 Connection refused [Message=Socket error code 10061]'",
    ].join('\n');
    const [d] = diagnoseReport(readPastedText(ndr));
    expect([d?.category, d?.permanent]).toEqual(['network', true]);
    expect(d?.explanation).toMatch(/this message was not delivered/);
  });

  it('a reply alone, or a delay warning, keeps the reply\'s class', () => {
    expect(diagnoseReport(readPastedText('451 4.3.0 Temporary system failure, please try again later'))[0]?.permanent).toBe(false);
    const qmailLike = readPastedText(exim.replace('This is a permanent error. The following address(es) failed:', 'The following address(es) are being retried:'));
    expect(qmailLike.recipients[0]?.action ?? null).toBeNull();
  });
});

describe("cPanel's hold on a sender over its limit", () => {
  // cpanel etc/exim/perl/mail_permissions: the hold's words, "Message will be reattempted later".
  it('is a delay: the server says it will try the message again', () => {
    expect(readPastedText('Domain shop.example has exceeded the max emails per hour (101/100 (101%)) allowed.  Message will be reattempted later').kind).toBe('delay');
    const [d] = diagnoseReport(readPastedText('Sender pat@shop.example has an outgoing mail hold.  Message will be reattempted later'));
    expect(d?.permanent).toBe(false);
  });
});
