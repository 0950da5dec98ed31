/**
 * A paste that opens with header fields (lib/engine/read.ts bodyAsPasted): read as a message, and its body also as
 * pasted text — a bounce under the fields a mail client copies is more often what a person pastes than a whole
 * message — keeping the reading the diagnosis is surer of.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBounce, readMessage } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';
import { analyzeInput } from '../../lib/popup/analyze';

const options = { documented: isDocumentedFailure, rank: readingRank };
const HEAD = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 3 Jun 2024 10:02:11 +0200\nTo: ann@example.org\n\n';
// Python's smtplib as a script prints it: the refusal inside the exception's tuple.
const PYTHON = "smtplib.SMTPRecipientsRefused: {'kim@example.net': (550, b'5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table')}";
// Outlook's block of a message it shows or copies, over another of Python's exceptions.
const OUTLOOK = 'From: Microsoft Outlook\nSent: Monday, June 3, 2024 10:02 AM\nTo: Ann Smith\nSubject: Undeliverable: Invoice\n\n';
const LOG = "smtplib.SMTPDataError: (552, b'5.2.2 <kim@example.net>: Recipient mailbox is full')";

describe('a paste that opens with header fields', () => {
  it('reads the bounce in its body as pasted text when the message reader finds none there', async () => {
    const text = HEAD + PYTHON;
    expect((await readMessage(text)).recipients).toHaveLength(0);
    const report = await readBounce(text, options);
    const r = report.recipients[0];
    expect(r).toMatchObject({ recipient: 'kim@example.net', code: '550', enhanced: '5.1.1' });
    expect(diagnoseReport(report)[0]?.category).toBe('recipient-unknown');
    // Its span points into the paste as pasted, header block and all.
    expect(text.slice(r?.replySpan?.start ?? 0, r?.replySpan?.end ?? 0)).toContain('5.1.1 <kim@example.net>: Recipient address rejected');
  });

  it("reads a paste under Outlook's From / Sent / To / Subject block so, in the popup too", async () => {
    const text = OUTLOOK + LOG;
    expect(diagnoseReport(await readBounce(text, options))[0]?.category).toBe('mailbox-full');
    expect((await analyzeInput(text, 'paste')).diagnoses[0]?.category).toBe('mailbox-full');
  });

  it('leaves an ordinary message an ordinary message', async () => {
    const text = 'From: Kim Lee <kim@example.net>\nSubject: Invoice 4711\nDate: Mon, 3 Jun 2024 10:02:11 +0200\nTo: ann@example.org\n\nThanks for the invoice. Payment goes out on Friday.\n\nKim';
    expect((await readBounce(text, options)).isBounce).toBe(false);
  });

  it("leaves a body longer than the paste reader looks at to the message reader", async () => {
    const text = `${HEAD}${PYTHON}\n${'the rest of a long message body\n'.repeat(80_000)}`;
    expect(JSON.stringify(await readBounce(text, options))).toBe(JSON.stringify(await readMessage(text)));
  });

  it("leaves a whole MIME message to the message reader: its body is boundaries and encodings", async () => {
    const eml = readFileSync(join(__dirname, '../fixtures/bounces/postfix.eml'), 'utf8');
    expect(JSON.stringify(await readBounce(eml, options))).toBe(JSON.stringify(await readMessage(eml)));
  });
});
