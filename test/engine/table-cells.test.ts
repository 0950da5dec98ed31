/**
 * A table pasted or selected — an email service's activity or bounce report copied from the page (a tab between cells,
 * as a browser copies a table's row), a spreadsheet's rows, a CSV export's lines (RFC 4180; semicolons in locales with
 * the decimal comma) — read row by row: in each row the cell the diagnosis is surest of is that row's failure, the
 * row's address cell its recipient (paste.ts readTable, table-cells.ts). Fixtures are written here, in the layouts
 * those tools write.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { tableRows } from '../../lib/engine/table-cells';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readingRank } from '../../lib/diagnosis/reading-rank';

const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure, rank: readingRank });
const verdicts = (text: string) => diagnoseReport(read(text)).map((d) => d.category);

describe('a row copied from a report page (cells a tab apart)', () => {
  const ROW = 'ann@example.com\tSoft bounce\t451 Bad reverse DNS.\tJun 3, 2024 10:02';

  it('reads the reply in its cell, the row\'s address as its recipient', () => {
    const report = read(ROW);
    expect(report.isBounce).toBe(true);
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]?.recipient).toBe('ann@example.com');
    expect(report.recipients[0]?.code).toBe('451');
    expect(verdicts(ROW)).toEqual(['ptr']);
    // The reply's span points at its cell in the paste.
    const span = report.recipients[0]?.replySpan;
    expect(span && ROW.slice(span.start, span.end)).toBe('451 Bad reverse DNS.');
  });

  it('reads every row of a report as a recipient of its own, and leaves out its header and a delivered row', () => {
    const TABLE = [
      'Recipient\tEvent\tResponse\tTime',
      'ann@example.com\tBounced\t550 5.1.1 The email account that you tried to reach does not exist.\tJun 3',
      'lee@example.net\tDelivered\t250 2.0.0 OK 1717409000\tJun 3',
      'bob@example.org\tBounced\t552 5.2.2 Mailbox full\tJun 3',
      'cat@example.net\tDeferred\t451 Bad reverse DNS.\tJun 4',
    ].join('\n');
    const report = read(TABLE);
    expect(report.recipients.map((r) => r.recipient)).toEqual(['ann@example.com', 'bob@example.org', 'cat@example.net']);
    expect(report.recipients.map((r) => r.code)).toEqual(['550', '552', '451']);
    expect(verdicts(TABLE)).toEqual(['recipient-unknown', 'mailbox-full', 'ptr']);
  });

  it('does not take one tab for a table: Outlook\'s "Error:\\t550 …" line is the notice\'s own', () => {
    const NOTICE = "Your message to kim@contoso.com couldn't be delivered.\nkim wasn't found at contoso.com.\nError:\t550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient kim@contoso.com not found by SMTP address lookup";
    expect(tableRows(NOTICE, null)).toEqual([]);
    expect(verdicts(NOTICE)).toEqual(['recipient-unknown']);
  });
});

describe('a line of a CSV export', () => {
  it('reads a quoted field, its doubled quote marks single and its line breaks kept', () => {
    const CSV = [
      'email,event,reason,timestamp',
      'ann@example.com,bounce,"550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
      '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
      '550-5.7.26 ',
      '550-5.7.26  Authentication results:',
      '550-5.7.26  DKIM = did not pass',
      '550-5.7.26  SPF [shop.example] with ip: [192.0.2.10] = did not pass',
      '550 5.7.26 ""For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication""",2024-06-03T10:02:11Z',
    ].join('\n');
    const report = read(CSV);
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]?.recipient).toBe('ann@example.com');
    expect(report.recipients[0]?.enhanced).toBe('5.7.26');
    expect(verdicts(CSV)).toEqual(['unauthenticated']);
  });

  it('reads a semicolon-separated export as a spreadsheet in a decimal-comma locale writes it', () => {
    const CSV = 'E-Mail;Status;Grund;Datum\nann@example.com;bounce;"451 Bad reverse DNS.";03.06.2024 10:02';
    expect(read(CSV).recipients[0]?.recipient).toBe('ann@example.com');
    expect(verdicts(CSV)).toEqual(['ptr']);
  });

  it('takes no comma-separated prose for a row: a field that opens with a space, a quote inside an unquoted field', () => {
    expect(tableRows('Hello, I got this, any idea what "blocked" means here?', null)).toEqual([]);
    expect(tableRows('{"status":"failed","to":"ann@example.com","error":"451 Bad reverse DNS."}', null)).toEqual([]);
  });
});

describe('tables that are not bounces', () => {
  it.each([
    ['a price list', 'Product\tPrice\tStock\nWidget\t4.99\t120\nGadget\t12.50\t7'],
    ['a contacts export', 'id,name,comment\n1,"Smith, Ann","Great service, will buy again"\n2,"Lee, Bob","Arrived late"'],
    ['a server table', 'host\tcpu\tload\nmx1\t45%\t0.3\nmx2\t99%\t4.1'],
    ['a delivery log', 'Recipient\tEvent\tResponse\nann@example.com\tDelivered\t250 2.0.0 OK 1717409000\nbob@example.org\tDelivered\t250 2.0.0 OK 1717409001'],
  ])('%s is no failure', (_name, text) => {
    expect(read(text).isBounce).toBe(false);
  });
});

describe('hostile tables', () => {
  it('reads at most 50 rows of a table however long, and quote marks that never close end nothing', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `u${i}@example.com\tBounced\t550 5.1.1 User unknown\tJun 3`).join('\n');
    expect(tableRows(long, null).length).toBe(50);
    const quotes = `a,"${'""'.repeat(200_000)}\n`.repeat(3);
    expect(tableRows(quotes, null)).toEqual([]);
    expect(read(quotes).isBounce).toBe(false);
  });
});
