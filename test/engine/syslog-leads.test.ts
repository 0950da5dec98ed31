/**
 * A program's lines as a log file holds them, each behind a lead of the log's: syslog's (RFC 3164 §4.1.2: time, host,
 * tag[pid]; rsyslog's RFC 3339 time), read again without it when the program is no MTA (paste.ts, undisguise.ts
 * withoutSyslogLeads); a container runtime's (Kubernetes' CRI format: time, stream, F or P), always taken off
 * (withoutLogLeads). Fixtures are written here in those formats.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { withoutSyslogLeads } from '../../lib/engine/undisguise';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const verdict = (text: string) => diagnoseReport(read(text))[0]?.category ?? null;

const REPLY = ['550-5.7.26 Unauthenticated email from shop.example is not accepted due to', "550-5.7.26 domain's DMARC policy. Please contact the administrator of", '550 5.7.26 shop.example domain if this was a legitimate mail.'];

describe("a log's lead on every line", () => {
  it("reads a program's multi-line error behind syslog's leads as the program printed it", () => {
    const text = REPLY.map((l, i) => `Jun  3 10:02:1${i} web01 php-fpm[8812]: ${l}`).join('\n');
    expect(verdict(REPLY.join('\n'))).toBe('dmarc');
    expect(verdict(text)).toBe('dmarc');
    const span = read(text).recipients[0]?.replySpan;
    expect(span && text.slice(span.start, span.start + 10)).toBe('550-5.7.26');
  });

  it("reads rsyslog's RFC 3339 time the same way", () => {
    const text = REPLY.map((l, i) => `2024-06-03T10:02:1${i}.123456+02:00 web01 app[8812]: ${l}`).join('\n');
    expect(verdict(text)).toBe('dmarc');
  });

  it("leaves an MTA's own log lines to the log readers, leads and all", () => {
    const postfix = 'Jun  3 10:02:11 mail postfix/smtp[5032]: 71EC23C1439A: to=<kim@example.net>, relay=mx.example.net[192.0.2.25]:25, delay=0.4, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.25] said: 550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))';
    expect(withoutSyslogLeads(postfix)).toBeNull();
    expect(read(postfix).recipients[0]).toMatchObject({ recipient: 'kim@example.net', enhanced: '5.1.1' });
  });

  it("takes a container runtime's lead off every line", () => {
    const text = ['mailer: delivery failed, the server said:', '451 Bad reverse DNS.'].map((l) => `2024-06-03T10:02:11.123456789Z stderr F ${l}`).join('\n');
    expect(read(text).recipients[0]?.code).toBe('451');
    expect(verdict(text)).toBe('ptr');
  });
});
