/**
 * Markdown's inline code — single backticks, as a chat, an issue or a forum post marks a reply someone quotes — is not
 * the reply's: a paste that is one span as a whole reads as the reply alone (undisguise.ts withoutCodeSpan), and a span
 * in a sentence of theirs is read alone when it holds a failure's code (paste.ts codeSpan). Fixtures are written here.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const verdict = (text: string) => diagnoseReport(read(text))[0]?.category ?? null;

describe('inline code', () => {
  it('reads a paste that is one code span as the reply it marks', () => {
    const text = '`451 Bad reverse DNS.`';
    const report = read(text);
    expect(report.recipients[0]?.code).toBe('451');
    expect(verdict(text)).toBe('ptr');
  });

  it('reads a reply quoted as code in a sentence of theirs, its span pointing at the reply', () => {
    const text = 'hey all, mails from the CRM to this customer bounce with `451 Bad reverse DNS.`, any idea?';
    const report = read(text);
    expect(verdict(text)).toBe('ptr');
    const span = report.recipients[0]?.replySpan;
    expect(span && text.slice(span.start, span.end)).toBe('451 Bad reverse DNS.');
  });

  it('does not read what is around the span into the reply', () => {
    const text = 'Since Monday sending fails with `550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org` on every mail';
    expect(read(text).recipients[0]?.reply).toBe('550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org');
    expect(verdict(text)).toBe('ip-blocklist');
  });

  it('takes no HTTP status or other code in a README for a reply', () => {
    expect(read('Browsers retry `408 Request Timeout` responses at the network layer for keep-alive connections.').isBounce).toBe(false);
    expect(read('Run `npm run build` and then `npm test` before you open a pull request.').isBounce).toBe(false);
  });
});
