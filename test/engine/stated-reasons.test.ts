/**
 * A layout's own line about why a recipient failed (formats.ts STATED_REASONS): kept as the recipient's stated reason,
 * which decides when the server's reply under it names no cause, and never over a reply that names one. Mimecast's
 * notice as the layout sisimai/p5-sisimai lib/Sisimai/Lhost/Mimecast.pm reads (every data line opens with "-- "), with
 * replies of our choosing; as a webmail shows its text part, as its HTML part reads once the tags are gone, and as a mail.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readBounceBytes } from '../../lib/engine/input';
import { readPastedText } from '../../lib/engine/read';
import type { BounceReport } from '../../lib/engine/types';

const mimecast = (recipients: string[], problem: string, reply: string) =>
  [
    'An email that you attempted to send to the following address could not be delivered:',
    ...recipients.map((r) => `-- ${r}`),
    '',
    'The problem appears to be :',
    `-- ${problem}`,
    '',
    'Additional information follows :',
    `-- ${reply}`,
    '',
    'This condition occurred after 1 attempt(s) to deliver over a period of 0 hour(s).',
  ].join('\n');

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure });
const outcome = (report: BounceReport) => ({
  format: report.format,
  recipients: report.recipients.map((r) => [r.recipient, r.statedReason]),
  categories: diagnoseReport(report).map((d) => d.category),
});

describe("a layout's own line about the failure", () => {
  it("Mimecast: the '-- x@y' line is the recipient and 'The problem appears to be' decides over a reply that names no cause", () => {
    const problem = "Message rejected by the recipient's attachment policy";
    expect(outcome(read(mimecast(['pat@dest.example'], problem, '550 5.7.1 Delivery not authorized, message refused')))).toEqual({
      format: 'mimecast',
      recipients: [['pat@dest.example', problem]],
      categories: ['content-policy'],
    });
  });

  it('gives the line to every recipient the notice lists above it', () => {
    const problem = "Message rejected by the recipient's attachment policy";
    const report = read(mimecast(['pat@dest.example', 'kim@dest.example'], problem, '550 5.7.1 Delivery not authorized, message refused'));
    expect(outcome(report)).toEqual({
      format: 'mimecast',
      recipients: [
        ['pat@dest.example', problem],
        ['kim@dest.example', problem],
      ],
      categories: ['content-policy', 'content-policy'],
    });
  });

  it("finds the server's reply under its '-- ' with no enhanced status too", () => {
    const report = read(mimecast(['pat@dest.example'], 'Recipient email address is possibly incorrect', '550 Requested action not taken: mailbox unavailable'));
    expect(report.recipients.map((r) => [r.recipient, r.code, r.reply])).toEqual([['pat@dest.example', '550', '550 Requested action not taken: mailbox unavailable']]);
  });

  it("never outweighs a reply that names its cause", () => {
    const report = read(mimecast(['pat@dest.example'], "Message rejected by the recipient's attachment policy", '552 5.2.2 Mailbox full'));
    expect(outcome(report).categories).toEqual(['mailbox-full']);
  });

  it('reads the line run on after its colon, as the HTML part shows it', () => {
    const text = [
      'An email that you attempted to send to the following address could not be delivered:',
      'pat@dest.example',
      "The problem appears to be: Message rejected by the recipient's attachment policy",
      'Additional information follows: 550 5.7.1 Delivery not authorized, message refused',
    ].join('\n');
    expect(outcome(read(text))).toEqual({
      format: 'mimecast',
      recipients: [['pat@dest.example', "Message rejected by the recipient's attachment policy"]],
      categories: ['content-policy'],
    });
  });

  it("does not take anyone's 'The problem appears to be:' for Mimecast's notice", () => {
    expect(read('The problem appears to be: the VPN drops every hour').isBounce).toBe(false);
  });

  it('reads it in a mail too', async () => {
    const mail = [
      'From: Postmaster <postmaster@dest.example>',
      'To: alex@shop.example',
      'Subject: [Postmaster] Email Delivery Failure',
      'Message-Id: <1741792833-881342-us-mta-42@us-mta-42.us.mimecast.lan>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      mimecast(['pat@dest.example'], "Message rejected by the recipient's attachment policy", '550 5.7.1 Delivery not authorized, message refused'),
    ].join('\r\n');
    const report = await readBounceBytes(new TextEncoder().encode(mail));
    expect(outcome(report)).toEqual({
      format: 'mimecast',
      recipients: [['pat@dest.example', "Message rejected by the recipient's attachment policy"]],
      categories: ['content-policy'],
    });
  });

  it("Gmail's headline speaks of its one recipient only", () => {
    const card = (addresses: string[]) =>
      [
        // As the webmail shows the card: its headline a line of its own (shared docs/webmail.md).
        'Address not found',
        ...addresses.map((a) => `Your message wasn't delivered to ${a} because the address couldn't be found, or is unable to receive mail.`),
        '',
        'The response from the remote server was:',
        '550 5.7.1 Delivery not authorized, message refused',
      ].join('\n');
    expect(read(card(['pat@dest.example'])).recipients.map((r) => r.statedReason)).toEqual(['Address not found']);
    expect(read(card(['pat@dest.example', 'kim@dest.example'])).recipients.every((r) => r.statedReason === null)).toBe(true);
  });
});
