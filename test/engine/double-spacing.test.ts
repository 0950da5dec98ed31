/**
 * A paste with an empty line after every line (a Q&A page, a web form, a PDF) where nothing in its own lines says the
 * empty lines are not the text's — two or three lines, each ending its sentence — is read a second time with them
 * taken out, and that reading is kept only when the diagnosis is surer of it (paste.ts readPasteAsIs; undisguise.ts
 * undoubled with evenIf). Fixtures are written here, after the shapes of Gmail's notice, PHPMailer's error and a
 * Postfix bounce line.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { undoubled } from '../../lib/engine/undisguise';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const verdict = (text: string) => diagnoseReport(read(text))[0]?.category ?? null;

describe('a paste double-spaced', () => {
  it("reads Gmail's three-paragraph notice with the technical details under it", () => {
    const text =
      'Message not delivered\n\nThere was a problem delivering your message to kim@example.net. See the technical details below.\n\nThe response was: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net. 192.0.2.25: timed out]';
    // (Three lines that end their sentences: nothing in them alone says the empty lines were added.)
    expect(undoubled(text)).toBeNull();
    expect(verdict(text)).toBe('network');
    const span = read(text).recipients[0]?.replySpan;
    expect(span && text.slice(span.start, span.end)).toMatch(/did not accept our requests to connect/);
  });

  it("reads PHPMailer's error, its SMTP code on the line after the empty one", () => {
    const text =
      'The following From address failed: pat@example.org : MAIL FROM command failed,Sender address rejected: not owned by auth user.\n\n,553,5.7.1SMTP server error: MAIL FROM command failed Detail: Sender address rejected: not owned by auth user.\n\n SMTP code: 553 Additional SMTP info: 5.7.1';
    expect(verdict(text)).toBe('sender-rejected');
  });

  it('joins a line a margin broke, then doubled', () => {
    const text = '<kim@example.net>: host mx.example.net[192.0.2.25] said: 550 No\n\n    Such User Here (in reply to RCPT TO command)';
    expect(verdict(text)).toBe('recipient-unknown');
    expect(read(text).recipients[0]).toMatchObject({ recipient: 'kim@example.net', code: '550' });
  });

  it('leaves lines that stand beside each other, and short paragraphs that read the same either way, as they are', () => {
    expect(undoubled('550 5.1.1 User unknown\nat mx.example.net\n\nsee above', true)).toBeNull();
    expect(undoubled('550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown\n\nPlease check the address and send it again.', true)?.text).toBe(
      '550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown\nPlease check the address and send it again.',
    );
    expect(verdict('550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown\n\nPlease check the address and send it again.')).toBe('recipient-unknown');
    expect(read('Hello Pat,\n\nThanks for the update.\n\nRegards').isBounce).toBe(false);
  });
});
