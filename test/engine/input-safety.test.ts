/** Bad input gets a clear note and never a crash: empty, binary, oversized, malformed. */
import { describe, expect, it } from 'vitest';
import { readBounceBytes } from '../../lib/engine/input';
import { MAX_INPUT_CHARS, readBounce, readMessage, readText } from '../../lib/engine/read';

describe('bad input', () => {
  it('empty text', () => {
    const r = readText('   \n ');
    expect(r.isBounce).toBe(false);
    expect(r.notes[0]).toMatch(/no text/i);
  });

  it('binary bytes', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const r = await readBounceBytes(bytes);
    expect(r.isBounce).toBe(false);
    expect(r.notes.join(' ')).toMatch(/binary/i);
  });

  it('an input over the cap is cut with a note, and still read', () => {
    const big = 'The response from the remote server was:\n550 5.1.1 no such user\n' + 'x'.repeat(MAX_INPUT_CHARS + 10);
    const r = readText(big);
    expect(r.notes.join(' ')).toMatch(/only the first 10 MB/);
    expect(r.recipients[0]?.code).toBe('550');
  });

  it('a message with malformed MIME gives a partial result with a note', async () => {
    const raw = 'From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\nContent-Type: multipart/report; boundary="zz"\n\n<a@b.example>: host mx.b.example[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)\n';
    const r = await readMessage(raw);
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.recipient).toBe('a@b.example');
    expect(r.notes.join(' ')).toMatch(/MIME/);
  });

  it('a truncated message still reads what is there', async () => {
    const raw = 'From: Mail Delivery System <MAILER-DAEMON@x.example>\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\nThis is the mail system at host x.example.\n\n<c@d.example>: host mx.d.example[192.0.2.2] said: 552 5.2.2 over quota (in reply to RCPT TO command)\n\n--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; x.example\n\nFinal-Recipient: rfc822; c@d.ex';
    const r = await readBounce(raw);
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.code).toBe('552');
    expect(r.notes.join(' ')).toMatch(/cut short/);
  });
});
