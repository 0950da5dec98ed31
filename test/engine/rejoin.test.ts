/**
 * A paste re-wrapped at a mail client's margin (lib/engine/rejoin.ts): its broken lines joined back, and the paste
 * reader's second reading of it (paste.ts), kept only when the diagnosis is surer of it (lib/diagnosis/reading-rank.ts).
 */
import { describe, expect, it } from 'vitest';
import { rejoined } from '../../lib/engine/rejoin';
import { readPastedText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';
import { analyzeInput } from '../../lib/popup/analyze';
import { main } from '../../lib/cli/main';

const asTheProductReads = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const category = (text: string) => diagnoseReport(asTheProductReads(text))[0]?.category ?? null;

// Exim's notice of Outlook.com's published block-list refusal (S3150), as a mail client quoting it at 72 characters
// left it: the reply's sentence runs on over four lines.
const EXIM_WRAPPED = [
  'SMTP error from remote mail server after pipelined MAIL',
  'FROM:<ann@example.org> SIZE=1655:',
  "550 5.7.1 Unfortunately, messages from [192.0.2.10] weren't sent.",
  'Please contact your Internet service provider since part of their',
  'network is on our block list (S3150). You can also refer your provider',
  'to http://mail.live.com/mail/troubleshooting.aspx#errors.',
].join('\n');

// Postfix's log line of Gmail's refusal of a sender's own IP (its published "NotAuthorizedError" text), wrapped the
// same way: Gmail's own "550-5.7.1" continuations now start lines in the middle of its sentences.
const POSTFIX_WRAPPED = [
  'Sep 20 11:20:22 mx postfix/smtp[7505]: 5C56B8F1F5:',
  'to=<bob@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.27]:25,',
  'delay=5.4, delays=0.11/0.02/0.62/4.7, dsn=5.7.1, status=bounced (host',
  'gmail-smtp-in.l.google.com[192.0.2.27] said: 550-5.7.1',
  "[203.0.113.188] The IP you're using to send mail is not authorized",
  '550-5.7.1 to send email directly to our servers. Please use the SMTP',
  '550-5.7.1 relay at your service provider instead. (in reply to end of',
  'DATA command))',
].join('\n');

describe('joining the lines a margin broke', () => {
  it('joins a line broken at the margin to the words that go on under it, keeping the length', () => {
    const joined = rejoined(EXIM_WRAPPED);
    expect(joined).not.toBeNull();
    expect(joined).toHaveLength(EXIM_WRAPPED.length);
    expect(joined).toContain('weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://');
  });

  it('never joins a line that opens a record of its own: a reply code, a field, a date, a list item, an empty line', () => {
    const long = 'The mail system could not deliver the message to the recipient below here';
    for (const next of ['550 5.1.1 User unknown', 'Status: 5.1.1', '2024-05-01 10:00:00 retry', 'May  1 10:00:00 mx postfix', '- the second item', '']) {
      expect(rejoined(`${long}\n${next}`)).toBeNull();
    }
    expect(rejoined(`${long}\ngoes on here`)).toBe(`${long} goes on here`);
  });

  it('leaves short lines, single lines and very long texts as they are', () => {
    expect(rejoined('550 5.1.1 User unknown\nin virtual mailbox table')).toBeNull();
    expect(rejoined('550 5.1.1 User unknown in virtual mailbox table')).toBeNull();
    expect(rejoined(`${EXIM_WRAPPED}\n`.repeat(80))).toBeNull();
  });
});

describe('the second reading of a re-wrapped paste', () => {
  it('reads a reply a margin broke as the reply it was (Outlook.com block list; Gmail refusing an IP)', () => {
    expect(category(EXIM_WRAPPED)).toBe('ip-blocklist');
    expect(category(POSTFIX_WRAPPED)).toBe('ip-blocklist');
    const reply = asTheProductReads(POSTFIX_WRAPPED).recipients[0]?.reply;
    expect(reply).toContain("not authorized to send email directly to our servers");
  });

  it('points its spans into the paste as pasted', () => {
    const r = asTheProductReads(EXIM_WRAPPED).recipients[0];
    expect(r?.replySpan).toBeTruthy();
    const span = r?.replySpan ?? { start: 0, end: 0 };
    expect(EXIM_WRAPPED.slice(span.start, span.end)).toMatch(/^550 5\.7\.1 Unfortunately, messages from \[192\.0\.2\.10\] weren't sent\.\nPlease contact/);
  });

  it('keeps the first reading where the joined one is no surer: a reply and the lines of its own beside it', () => {
    const text = 'Sending the report to the accounts team at the branch office failed again\nretry scheduled at 10:30 by the queue runner of the local mail server';
    expect(asTheProductReads(text)).toEqual(readPastedText(text, { documented: isDocumentedFailure }));
    const prose = 'The package reads its configuration from the file named in the environment\nvariable, and falls back on the defaults when that variable is not set.';
    expect(asTheProductReads(prose).isBounce).toBe(false);
  });

  it('is read so in the popup (paste and right-click) and by the CLI', async () => {
    expect((await analyzeInput(EXIM_WRAPPED, 'paste')).diagnoses[0]?.category).toBe('ip-blocklist');
    let out = '';
    const io = {
      stdout: { write: (s: string) => ((out += s), true), isTTY: false },
      stderr: { write: () => true },
      stdin: (async function* () {
        yield Buffer.from(POSTFIX_WRAPPED);
      })(),
      env: {},
    };
    expect(await main(['diagnose', '--format', 'jsonl', '-'], io)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ isBounce: true, bounces: [{ category: 'ip-blocklist' }] });
  });
});
