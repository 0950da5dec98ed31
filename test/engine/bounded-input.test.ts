/**
 * Hostile structure is capped, with a note, and what comes before the cap is still read (issue 16): MIME parts,
 * nesting, header lines, recipients in a DSN or a text layout, and sending-service events of any number. How fast
 * the capped inputs are read is measured in the bench (`npm run bench`), not here.
 */
import { describe, expect, it } from 'vitest';
import { readEspEvents } from '../../lib/engine/esp-events';
import { readBounceBytes } from '../../lib/engine/input';
import { jsonPieces } from '../../lib/engine/json-stream';
import { MAX_RECIPIENTS } from '../../lib/engine/limits';
import { MAX_HEADER_LINES, MAX_MIME_DEPTH, MAX_MIME_PARTS, planMime } from '../../lib/engine/mime-limits';
import { readMessage, readPastedText } from '../../lib/engine/read';

const HEAD = 'From: MAILER-DAEMON@mx.example\nTo: a@b.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n';
const POSTFIX_PART =
  'Content-Type: text/plain\n\nThis is the mail system at host mx.example.\n\n<kim@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)\n';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('MIME structure caps', () => {
  it(`reads the first ${MAX_MIME_PARTS} parts of a message of 25,000 parts, says so, and still finds the bounce in the first`, async () => {
    const raw = `${HEAD}Content-Type: multipart/mixed; boundary=b\n\n--b\n${POSTFIX_PART}${'--b\n'.repeat(25_000)}--b--\n`;
    const r = await readBounceBytes(bytes(raw));
    expect(r.notes).toContain(`The message has more than ${MAX_MIME_PARTS} MIME parts; only the first ${MAX_MIME_PARTS} were read.`);
    expect(r.recipients.map((x) => [x.recipient, x.code])).toEqual([['kim@dest.example', '550']]);
    expect(r.notes.join(' ')).not.toMatch(/cut short/);
  });

  it(`cuts MIME nesting deeper than ${MAX_MIME_DEPTH} levels with a note, keeping the parts above`, async () => {
    let nested = '';
    for (let i = 1; i <= 200; i++) nested += `--b${i - 1}\nContent-Type: multipart/mixed; boundary=b${i}\n\n`;
    const raw = `${HEAD}Content-Type: multipart/mixed; boundary=b0\n\n--b0\n${POSTFIX_PART}${nested}`;
    const r = await readMessage(bytes(raw));
    expect(r.notes).toContain(`The message's MIME parts are nested more than ${MAX_MIME_DEPTH} levels deep; the parts below that were not read.`);
    expect(r.notes.join(' ')).not.toMatch(/could not be read/);
    expect(r.recipients[0]).toMatchObject({ recipient: 'kim@dest.example', code: '550' });
  });

  it(`drops the header lines past ${MAX_HEADER_LINES.toLocaleString('en-US')} of the message's own header and reads its body`, async () => {
    const raw = `${HEAD}${'X-Junk: 1\n'.repeat(50_000)}Content-Type: multipart/mixed; boundary=b\n\n--b\n${POSTFIX_PART}--b--\n`;
    const r = await readMessage(raw);
    expect(r.notes).toContain(`The message's header has 50,005 lines; only the first ${MAX_HEADER_LINES.toLocaleString('en-US')} were read.`);
    expect(r.recipients[0]).toMatchObject({ recipient: 'kim@dest.example', code: '550' });
  });

  it('plans nothing for an ordinary bounce (the input is passed on untouched)', () => {
    const raw = `${HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary="r"\n\n--r\n${POSTFIX_PART}\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; kim@dest.example\nAction: failed\nStatus: 5.1.1\n\n--r--\n`;
    expect(planMime(raw)).toEqual({ keep: [[0, raw.length]], notes: [], moreRecipients: 0 });
  });

  it('counts a boundary line only where the parser would: not inside an attached message, not an undeclared one', () => {
    const inner = 'Content-Type: message/rfc822\n\nSubject: x\nContent-Type: multipart/mixed; boundary=in\n\n' + '--in\n'.repeat(MAX_MIME_PARTS * 3);
    const raw = `${HEAD}Content-Type: multipart/mixed; boundary=out\n\n--out\n${inner}--out--\n` + '--nope\n'.repeat(MAX_MIME_PARTS * 3);
    expect(planMime(raw).notes).toEqual([]);
  });
});

describe('recipient caps', () => {
  const dsnMessage = (n: number) => {
    const blocks: string[] = [];
    // Short blocks, so that 100,000 of them stay under the 10 MB input limit.
    for (let i = 1; i <= n; i++) blocks.push(`Final-Recipient: rfc822;u${i}@d.example\nAction: failed\nStatus: 5.1.1\n${i % 1000 === 0 ? 'Diagnostic-Code: smtp; 550 5.1.1 no such user\n' : ''}`);
    return `${HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary="r"\n\n--r\nContent-Type: text/plain\n\nDelivery failed.\n\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n${blocks.join('\n')}\n--r--\n`;
  };

  it('lists 1,000 recipients of a DSN naming 100,000 and reports the other 99,000 in a note and a count', async () => {
    const r = await readBounceBytes(bytes(dsnMessage(100_000)));
    expect(r.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(r.recipients[999]).toMatchObject({ recipient: 'u1000@d.example', code: '550', enhanced: '5.1.1' });
    expect(r.moreRecipients).toBe(99_000);
    expect(r.notes).toContain('100,000 failed recipients in all: the first 1,000 are listed, and 99,000 more are not.');
  });

  it('counts the recipients past the cap of a DSN pasted as text', () => {
    const r = readPastedText(dsnMessage(1500).split('\n\n').slice(3).join('\n\n'));
    expect(r.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(r.moreRecipients).toBe(500);
  });

  it('counts the recipients past the cap of a text layout (Postfix) instead of stopping silently', () => {
    const lines: string[] = [];
    for (let i = 1; i <= 5000; i++) lines.push(`<u${i}@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)`);
    const r = readPastedText(`This is the mail system at host mx.example.\n\n${lines.join('\n\n')}\n`);
    expect(r.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(r.recipients[999]).toMatchObject({ recipient: 'u1000@dest.example', code: '550' });
    expect(r.moreRecipients).toBe(4000);
    expect(r.notes).toContain('5,000 failed recipients in all: the first 1,000 are listed, and 4,000 more are not.');
  });

  it('leaves an ordinary report without the count', async () => {
    const r = await readBounceBytes(bytes(dsnMessage(3)));
    expect(r.recipients).toHaveLength(3);
    expect(r).not.toHaveProperty('moreRecipients');
  });
});

describe('sending-service events, read as a stream', () => {
  const sendgrid = (i: number) => ({ email: `u${i}@dest.example`, event: 'bounce', reason: '550 5.1.1 no such user', status: '5.1.1', sg_event_id: `e${i}` });

  it('reads 20,000 SendGrid events (over 2,000,000 characters) as 1,000 recipients and 19,000 more', () => {
    const text = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => sendgrid(i + 1)));
    expect(text.length).toBeGreaterThan(2_000_000);
    const r = readPastedText(text);
    expect(r).toMatchObject({ isBounce: true, format: 'sendgrid' });
    expect(r.recipients).toHaveLength(MAX_RECIPIENTS);
    expect(r.recipients[0]).toMatchObject({ recipient: 'u1@dest.example', code: '550', enhanced: '5.1.1' });
    expect(r.moreRecipients).toBe(19_000);
  });

  it('reads JSON Lines (one event per line) and a log with a prefix on each line', () => {
    const jsonl = [1, 2, 3].map((i) => JSON.stringify(sendgrid(i))).join('\n');
    expect(readEspEvents(jsonl)?.recipients.map((x) => x.recipient)).toEqual(['u1@dest.example', 'u2@dest.example', 'u3@dest.example']);
    const log = [1, 2].map((i) => `2026-11-30T10:00:0${i}Z webhook ${JSON.stringify(sendgrid(i))}`).join('\n');
    expect(readEspEvents(log)?.recipients.map((x) => x.recipient)).toEqual(['u1@dest.example', 'u2@dest.example']);
  });

  it('reads the whole events of a batch cut short, with a note, and a batch inside an object of megabytes', () => {
    const whole = JSON.stringify(Array.from({ length: 5 }, (_, i) => sendgrid(i + 1)));
    const cut = readEspEvents(whole.slice(0, whole.length - 30));
    expect(cut?.recipients).toHaveLength(4);
    expect(cut?.notes).toEqual(['The events end in the middle of one (the text was cut short); the whole events before it were read.']);
    const items = Array.from({ length: 12_000 }, (_, i) => ({ event: 'failed', severity: 'permanent', recipient: `m${i}@dest.example`, 'delivery-status': { code: 550, message: '5.1.1 no such user' } }));
    const mailgun = readEspEvents(JSON.stringify({ items, paging: {} }));
    expect(mailgun).toMatchObject({ format: 'mailgun', kind: 'failure', moreRecipients: 11_000 });
  });

  it('reads many Amazon SES notifications, one per line', () => {
    const note = (i: number) =>
      JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: `s${i}@dest.example`, diagnosticCode: 'smtp; 550 5.1.1 no such user' }] } });
    const r = readPastedText([1, 2, 3].map(note).join('\n'));
    expect(r).toMatchObject({ format: 'amazon-ses', kind: 'failure' });
    expect(r.recipients.map((x) => [x.recipient, x.code])).toEqual([
      ['s1@dest.example', '550'],
      ['s2@dest.example', '550'],
      ['s3@dest.example', '550'],
    ]);
  });

  it('splits JSON into pieces in one pass: strings with brackets, prose around, and unclosed nesting', () => {
    expect(jsonPieces('log: [{"a":"}]"}, {"b":[1,{"c":2}]}] tail "quote').pieces).toEqual(['{"a":"}]"}', '{"b":[1,{"c":2}]}']);
    expect(jsonPieces('{"x":1}\n{"y":"{"}\n').pieces).toEqual(['{"x":1}', '{"y":"{"}']);
    const nested = jsonPieces('[' + '{"sg_event_id":"x",'.repeat(50_000));
    expect(nested).toEqual({ pieces: [], truncated: true });
  });
});
