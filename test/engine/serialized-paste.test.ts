/**
 * A notice or a reply a program serialized into a string — a JSON log's "error": "…", an exception's repr, a string
 * printed with its line breaks escaped — read as the text it is (paste.ts innerText), and kept when the diagnosis is
 * at least as sure of it. Fixtures are written here, in the layouts the programs print.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';
import { analyzeInput } from '../../lib/popup/analyze';

const asTheProductReads = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const first = (text: string) => diagnoseReport(asTheProductReads(text))[0];

// An Exchange-style notice with its DSN fields: the reason is in the Status field, not in a reply.
const NOTICE = [
  'This is an automatically generated Delivery Status Notification.',
  '',
  'Delivery to the following recipients failed.',
  '',
  '       kim@example.net',
  '',
  'Reporting-MTA: dns;mx1.example.org',
  'Arrival-Date: Mon, 3 Jun 2024 10:02:11 +0200',
  '',
  'Final-Recipient: rfc822;kim@example.net',
  'Action: failed',
  'Status: 5.1.1',
  '',
].join('\n');

// Postfix's notice, as Postfix writes it (bounce(8)'s template and its folded reply).
const POSTFIX = [
  'This is the mail system at host mail.example.org.',
  '',
  "I'm sorry to have to inform you that your message could not",
  "be delivered to one or more recipients. It's attached below.",
  '',
  '<kim@example.net>: host mx.example.net[192.0.2.25] said: 550 5.1.1',
  '    <kim@example.net>: Recipient address rejected: User unknown in virtual',
  '    mailbox table (in reply to RCPT TO command)',
].join('\n');

// Exim's notice (its default bounce_message_text and the address block under it).
const EXIM = [
  'This message was created automatically by mail delivery software.',
  '',
  'A message that you sent could not be delivered to one or more of its',
  'recipients. This is a permanent error. The following address(es) failed:',
  '',
  '  kim@example.net',
  '    host mx.example.net [192.0.2.25]',
  '    SMTP error from remote mail server after RCPT TO:<kim@example.net>:',
  "    550 5.2.2 <kim@example.net>: Recipient's mailbox is full",
].join('\n');

/** Python's repr of a str: single quotes, backslashes and quotes escaped, line breaks as \n. */
const pythonRepr = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

describe('a notice serialized into a string', () => {
  it('reads a JSON log whose error field holds a whole notice as that notice', () => {
    const log = `{"level":"error","time":"2024-06-03T08:02:11Z","msg":"mail delivery failed","error":${JSON.stringify(NOTICE)}}`;
    const d = first(log);
    expect(d?.category).toBe('recipient-unknown');
    expect(asTheProductReads(log).recipients[0]?.recipient).toBe('kim@example.net');
  });

  it("reads an exception's repr of a notice, and points the reply's span into the paste as pasted", () => {
    const line = `ERROR:mailer:bounce received: ${pythonRepr(EXIM)}`;
    const r = asTheProductReads(line).recipients[0];
    expect(r?.recipient).toBe('kim@example.net');
    expect(r?.code).toBe('550');
    expect(r?.enhanced).toBe('5.2.2');
    expect(first(line)?.category).toBe('mailbox-full');
    const span = r?.replySpan ?? { start: 0, end: 0 };
    expect(line.slice(span.start, span.end)).toBe("550 5.2.2 <kim@example.net>: Recipient\\'s mailbox is full");
    // The same notice as a Python log prints it with its other escapes: tabs and a closing \r\n.
    const tabbed = `ERROR:mailer:bounce received: ${pythonRepr(EXIM).replace(/ {4}/g, '\\t').replace(/'$/, "\\r\\n'")}`;
    expect(first(tabbed)?.category).toBe('mailbox-full');
  });

  it('reads a JSON string printed by a program the same way, and so does the popup', async () => {
    const printed = `Error: ${JSON.stringify(POSTFIX)}`;
    expect(first(printed)?.category).toBe('recipient-unknown');
    expect((await analyzeInput(printed, 'paste')).diagnoses[0]?.category).toBe('recipient-unknown');
  });

  it("keeps the address the object names when the string's reply names none", () => {
    const event = '{"to":"kim@example.net","status":"failed","response":"550-5.1.1 The email account that you tried to reach does not exist. Please try\\n550 5.1.1 double-checking the recipient\'s email address"}';
    expect(first(event)?.category).toBe('recipient-unknown');
    expect(asTheProductReads(event).recipients[0]?.recipient).toBe('kim@example.net');
  });

  it('reads a quoted string that opens with a reply code as that reply, where nothing else was read', () => {
    // A reply with no enhanced status and no failure word: read where it opens a text, or where quotes delimit it.
    const line = "WARNING:mailer:bounce received: '451 Internal server error' (job 4711 will retry)";
    const r = asTheProductReads(line).recipients[0];
    expect(r?.reply).toBe('451 Internal server error');
    expect(line.slice(r?.replySpan?.start ?? 0, r?.replySpan?.end ?? 0)).toBe('451 Internal server error');
    expect(first(line)?.category).toBe('remote-error');
  });

  it('takes no quoted number for a reply: a phone number in a code sample stays prose', () => {
    const sample = 'var document = { firstName: "Joachim", contactDetails: { phoneNumbers: [ { number: "555-123" } ] } };';
    expect(asTheProductReads(sample).isBounce).toBe(false);
  });

  it('leaves an automatic reply that quotes a refusal an automatic reply', () => {
    const autoReply = 'Thank you for your message. This is an automated response: I am out of the office until Monday.\n\nIf your mail came back with "550 Mailbox unavailable", write to the desk instead.';
    expect(asTheProductReads(autoReply).kind).toBe(readPastedText(autoReply, { documented: isDocumentedFailure }).kind);
  });

  it("leaves a quote in a notice's prose and a transcript's quoted reply as parts of the text around them", () => {
    // Exchange's history quotes each server's reply in single quotes; the notice says more than the quote alone.
    const history = "Remote Server at mx.example.net (192.0.2.25) returned '400 4.4.7 Message delayed'\n03/06/2024 10:02:11 - Remote Server at mx.example.net (192.0.2.25) returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped.\" Attempted failover to alternate host, but that did not succeed.'";
    expect(asTheProductReads(history)).toEqual(readPastedText(history, { documented: isDocumentedFailure }));
  });
});
