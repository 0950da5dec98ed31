/**
 * Exchange's delay and expiry notices: the reply under "Diagnostic information for administrators" is only the summary
 * ("400 4.4.7 Message delayed"); the attempt history below it, newest first, holds the error the server kept meeting.
 * That newest error is the reason the notice states, and the diagnosis reads it. Texts written by us in the layout
 * Exchange 2013–2019 and Exchange Online print (Microsoft's NDR documentation).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readPastedText } from '../../lib/engine/read';

const notice = (summary: string, history: string[]) =>
  [
    'Delivery is delayed to these recipients or groups:',
    '',
    'pat@example.org',
    '',
    'Diagnostic information for administrators:',
    '',
    'Generating server: MBX1.example.com',
    'Receiving server: mx.example.org (192.0.2.25)',
    '',
    'pat@example.org',
    '',
    `Remote Server at mx.example.org (192.0.2.25) returned '${summary}'`,
    '',
    ...history.map((h, i) => `3/${14 - i}/2026 ${9 - i}:05:17 AM - Remote Server at mx.example.org (192.0.2.25) returned '${h}'`),
  ].join('\n');

describe('Exchange delay notices: the newest attempt says why', () => {
  it('takes the newest attempt of the history as the stated reason, and diagnoses it', () => {
    const text = notice('400 4.4.7 Message delayed', [
      '451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketTimedout: Socket error code 10060',
      '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    ]);
    const report = readPastedText(text);
    const r = report.recipients[0];
    expect(r?.reply).toBe('400 4.4.7 Message delayed');
    expect(r?.statedReason).toContain('421 4.2.1 Unable to connect');
    expect(diagnoseReport(report)[0]?.category).toBe('network');
  });

  it('reads the history when a paste flattened it onto one line: the attempts are not recipients of their own', () => {
    const text = notice('400 4.4.7 Message delayed', [
      '451 4.4.397 Error communicating with target host. -> 421 4.2.1 Unable to connect -> SocketTimedout: Socket error code 10060',
      '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry',
    ]).replace(/\s*\n\s*/g, ' ');
    const report = readPastedText(text);
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]?.statedReason).toContain('421 4.2.1 Unable to connect');
    expect(diagnoseReport(report)[0]?.category).toBe('network');
  });

  it('skips attempts that are summaries themselves', () => {
    const text = notice("550 4.4.7 QUEUE.Expired; message expired", [
      '550 4.4.7 QUEUE.Expired; message expired',
      '451 4.7.0 Temporary server error. Please try again later. PRX4 ',
    ]);
    expect(readPastedText(text).recipients[0]?.statedReason).toContain('PRX4');
  });

  it('without a history the summary stands: the message expired', () => {
    const report = readPastedText(notice('400 4.4.7 Message delayed', []));
    expect(report.recipients[0]?.statedReason ?? null).toBeNull();
    expect(diagnoseReport(report)[0]?.category).toBe('delivery-timeout');
  });

  it("gives each recipient its own history's newest error", () => {
    const block = (who: string, error: string) => [
      who,
      '',
      `Remote Server at mx.example.org (192.0.2.25) returned '400 4.4.7 Message delayed'`,
      '',
      `3/14/2026 9:05:17 AM - Remote Server at mx.example.org (192.0.2.25) returned '${error}'`,
      '',
    ];
    const text = [
      'Delivery is delayed to these recipients or groups:',
      '',
      'pat@example.org',
      'lee@example.net',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: MBX1.example.com',
      '',
      ...block('pat@example.org', '451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry'),
      ...block('lee@example.net', '452 4.2.2 The recipient mailbox is over its storage quota'),
    ].join('\n');
    const rs = readPastedText(text).recipients;
    expect(rs.map((r) => r.recipient)).toEqual(['pat@example.org', 'lee@example.net']);
    expect(rs[0]?.statedReason).toContain('DNS query failed');
    expect(rs[1]?.statedReason).toContain('over its storage quota');
  });

  it('a reply that already says why keeps its own words', () => {
    const text = notice('550 5.7.1 Service unavailable; client [192.0.2.9] blocked using zen.spamhaus.org', ['451 4.4.0 DNS query failed']);
    const report = readPastedText(text);
    expect(report.recipients[0]?.statedReason ?? null).toBeNull();
    expect(diagnoseReport(report)[0]?.category).toBe('ip-blocklist');
  });

  it('reads the history in a paste of the diagnostic lines alone, or under a localized header', () => {
    // A French Exchange's notice, copied from "Serveur de génération" on: no English layout line to recognise.
    const text = [
      'Serveur de génération : MBX1.example.com',
      'Serveur de réception : mx.example.org (192.0.2.25)',
      'pat@example.org',
      "Remote Server at mx.example.org (192.0.2.25) returned '400 4.4.7 Message delayed'",
      "14/03/2026 09:05:17 - Remote Server at mx.example.org (192.0.2.25) returned '451-4.4.0 Primary target IP address responded with: \"554-mx.example.org Nemesis ESMTP Service not available 451-4.4.0 554-No SMTP service 451-4.4.0 554-Bad DNS PTR resource record.\" Attempted failover to alternate host, but that did not succeed.'",
    ].join('\n');
    const report = readPastedText(text);
    expect(report.recipients[0]?.statedReason).toContain('Bad DNS PTR resource record');
    // The summary and the wrapper only say that delivery is delayed and that the next server answered; GMX's lead-in
    // ("Nemesis ESMTP Service not available", "No SMTP service") that it refused: the reason under them decides.
    expect(diagnoseReport(report)[0]?.category).toBe('ptr');
  });
});
