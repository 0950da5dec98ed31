/**
 * A text in capitals as a whole — a mainframe's or an appliance's notice, a log viewer or a pager that upper-cases what
 * it shows — is read in small letters too, and that reading is kept when the diagnosis is surer of it (paste.ts
 * readPaste). Fixtures are written here: replies as the programs print them, upper-cased.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const verdict = (text: string) => diagnoseReport(read(text))[0]?.category ?? null;

describe('a text in capitals', () => {
  it("reads Python's exception as Python prints it, its b'…' and all", () => {
    const text = "SMTPLIB.SMTPSENDERREFUSED: (502, B'5.7.0 PLEASE AUTHENTICATE FIRST', 'NOREPLY@EXAMPLE.COM')";
    expect(read(text).recipients[0]?.code).toBe('502');
    expect(verdict(text)).toBe('auth-required');
  });

  it("reads a Postfix log line as Postfix writes it: its status=deferred is a delay, its offsets point into the paste", () => {
    const text = 'POSTFIX/SMTP[4711]: 3F2A1C0B9: TO=<KIM@EXAMPLE.NET>, RELAY=MX.EXAMPLE.NET[192.0.2.25]:25, DELAY=1070, DELAYS=1070/0/0.03/0, DSN=4.7.5, STATUS=DEFERRED (SERVER CERTIFICATE NOT VERIFIED)';
    const report = read(text);
    expect(report.kind).toBe('delay');
    expect(report.recipients[0]?.enhanced).toBe('4.7.5');
    expect(verdict(text)).toBe('tls-required');
    const span = report.recipients[0]?.replySpan;
    expect(span && text.slice(span.start, span.end)).toMatch(/SERVER CERTIFICATE NOT VERIFIED/);
  });

  it('reads a licence or a warning banner in capitals as no bounce', () => {
    expect(read('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED. IN NO EVENT SHALL THE AUTHORS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY.').isBounce).toBe(false);
    expect(read('WARNING: THIS SYSTEM IS FOR AUTHORIZED USE ONLY. ALL ACTIVITY IS LOGGED AND MONITORED. UNAUTHORIZED ACCESS WILL BE REPORTED.').isBounce).toBe(false);
  });
});
