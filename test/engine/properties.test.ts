/** Property tests: no input makes any entry point throw, and the output is always well-formed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBounce, readMessage, readText } from '../../lib/engine/read';
import type { BounceReport } from '../../lib/engine/types';

const KINDS = ['failure', 'delay', 'delivered', 'auto-reply', 'complaint', 'not-bounce'];

function wellFormed(report: BounceReport, input: string | null): void {
  expect(KINDS).toContain(report.kind);
  expect(report.isBounce).toBe(report.kind === 'failure' || report.kind === 'delay');
  expect(Array.isArray(report.recipients)).toBe(true);
  expect(Array.isArray(report.notes)).toBe(true);
  if (!report.isBounce && report.kind !== 'delivered' && report.kind !== 'complaint') expect(report.recipients).toEqual([]);
  for (const r of report.recipients) {
    if (r.code !== null) expect(r.code).toMatch(/^[245][0-5]\d$/);
    if (r.enhanced !== null) expect(r.enhanced).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
    if (r.recipient !== null) expect(r.recipient).toContain('@');
    if (input !== null && r.replySpan) {
      expect(r.replySpan.start).toBeGreaterThanOrEqual(0);
      expect(r.replySpan.end).toBeGreaterThanOrEqual(r.replySpan.start);
      expect(r.replySpan.end).toBeLessThanOrEqual(input.length);
    }
    if (input !== null && r.code !== null && report.inputType !== 'message') expect(input).toContain(r.code);
  }
}

// Text built from the pieces bounces are made of, so the generator reaches the interesting paths.
const piece = fc.constantFrom(
  '550', '5.1.1', '550-5.7.26', '#550 5.2.3', '421 4.7.0', ' said: ', 'host mx.example.com[192.0.2.1]', '<a@b.example>:',
  'x@y.example', '\n', '\r\n', '\r', '    ', '(in reply to RCPT TO command)', "Remote Server returned '", "'", '"',
  'The response from the remote server was:', 'Final-Recipient: rfc822; a@b.example', 'Diagnostic-Code: smtp; ',
  'Action: failed', 'Status: 5.1.1', '** Address not found **', 'Delivery has failed to these recipients or groups:',
  '------ This is a copy of the message, including all the headers. ------', 'Received: from x', '\u200b', '\u202e',
  '\u00a0', 'é', '日本', 'RCPT TO:<c@d.example>', '<<< 550 ', '>>> DATA', 'status=bounced (', 'to=<e@f.example>', '\u0000',
);
const bounceish = fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((a) => a.join(''));

describe('engine properties', () => {
  it('readText never throws and is well-formed (arbitrary strings)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => wellFormed(readText(s), s)), { numRuns: 400 });
  });

  it('readText never throws and is well-formed (bounce-like strings)', () => {
    fc.assert(fc.property(bounceish, (s) => wellFormed(readText(s), s)), { numRuns: 600 });
  });

  it('readMessage never throws and is well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(bounceish, fc.constantFrom('', 'Content-Type: multipart/report; boundary="b"\n', 'Content-Transfer-Encoding: base64\n'), async (body, extra) => {
        const raw = `From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\n${extra}\n${body}`;
        wellFormed(await readMessage(raw), raw);
      }),
      { numRuns: 200 },
    );
  });

  it('readBounce takes bytes of any kind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => wellFormed(await readBounce(bytes), null)),
      { numRuns: 200 },
    );
  });
});
