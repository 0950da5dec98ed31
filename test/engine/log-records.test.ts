/**
 * A log that stores each printed line as a JSON record of its own — Docker's json-file driver, journalctl's JSON output
 * — read as the lines its records hold (undisguise.ts withoutLogRecords). Fixtures are written here in those formats:
 * Docker writes {"log":"<line>\n","stream":"stderr","time":"<RFC 3339 nano>"} with Go's encoder (which escapes <, > and
 * & as \u003c, \u003e, \u0026); journalctl -o json writes one object per entry with its text in MESSAGE.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { withoutLogRecords } from '../../lib/engine/undisguise';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const verdict = (text: string) => diagnoseReport(read(text))[0]?.category ?? null;
const docker = (lines: string[]) =>
  lines
    .map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stderr', time: '2024-06-03T10:02:11.123456789Z' }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'))
    .join('\n');

const NOTICE = [
  'procmail: Mailbox limit exceeded while appending message',
  '550 <kim@example.org>... Can\'t create output',
];

describe("a log's JSON records", () => {
  it("reads Docker's json-file records as the lines they hold, Go's escapes decoded", () => {
    const text = docker(NOTICE);
    expect(withoutLogRecords(text)?.text).toBe(`${NOTICE.join('\n')}`);
    const report = read(text);
    expect(report.recipients[0]?.recipient).toBe('kim@example.org');
    // As pasted plainly: the procmail line says why the output could not be created.
    expect(verdict(text)).toBe(verdict(NOTICE.join('\n')));
    expect(verdict(text)).toBe('mailbox-full');
    // The reply's span points into the records as pasted.
    const span = report.recipients[0]?.replySpan;
    expect(span && text.slice(span.start, span.start + 3)).toBe('550');
  });

  it("reads journalctl's JSON entries by their MESSAGE", () => {
    const lines = ['<kim@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1', '    <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox', '    table (in reply to RCPT TO command)'];
    const text = lines.map((l, i) => JSON.stringify({ __REALTIME_TIMESTAMP: String(1717409000000000 + i), _HOSTNAME: 'mail', SYSLOG_IDENTIFIER: 'app', MESSAGE: l, PRIORITY: '3' })).join('\n');
    expect(read(text).recipients[0]).toMatchObject({ recipient: 'kim@example.net', enhanced: '5.1.1', command: 'RCPT TO' });
    expect(verdict(text)).toBe('recipient-unknown');
  });

  it('leaves a text alone when a line with text is no record', () => {
    const text = `Our app logs this:\n${docker(NOTICE)}`;
    expect(withoutLogRecords(text)).toBeNull();
    expect(withoutLogRecords('{"eventType":"Bounce","bounce":{"bounceType":"Permanent"}}')).toBeNull();
  });
});
