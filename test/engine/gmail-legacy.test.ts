/**
 * Gmail's bounce and delay notices before 2016 ("Delivery to the following recipient failed permanently / has been
 * delayed", "Technical details of … failure:"): the paragraph under the details says why when no server answered.
 * Texts written by us in that layout.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readPastedText } from '../../lib/engine/read';

describe("Gmail's notice before 2016", () => {
  const legacy = (details: string[], reply: string[] = []) =>
    [
      'Delivery to the following recipient has been delayed:',
      '',
      '     pat@example.org',
      '',
      'Message will be retried for 2 more day(s)',
      '',
      'Technical details of temporary failure:',
      ...details,
      ...reply,
    ].join('\n');
  it('says why under "Technical details of … failure:" when no server answered: that is the reason it states', () => {
    const report = readPastedText(legacy(['The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720', '[example.org (10): Connection timed out]']));
    expect(report.recipients[0]?.statedReason).toContain('did not accept our requests to connect');
    expect(diagnoseReport(report)[0]?.category).toBe('network');
  });
  it("when a server answered, the paragraph is Gmail's fixed sentence and the server's reply decides", () => {
    const report = readPastedText(
      legacy(['Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.6].', ''], ['The error that the other server returned was:', '450 4.2.2 Mailbox full']),
    );
    expect(report.recipients[0]?.statedReason ?? null).toBeNull();
    expect(diagnoseReport(report)[0]?.category).toBe('mailbox-full');
  });
});
