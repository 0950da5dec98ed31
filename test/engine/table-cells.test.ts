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
import { tableFromHtml, tableFromMarkdown } from '../../lib/engine/undisguise';
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

describe("an HTML table's source (a report page's markup, a notice's text/html part)", () => {
  const SOURCE = [
    '<table class="report">',
    '  <tr><th>Email</th><th>Event</th><th>Reason</th></tr>',
    '  <tr>',
    '    <td style="padding:4px">ann@example.com</td>',
    '    <td>Soft bounce</td>',
    '    <td>451 Bad reverse DNS.</td>',
    '  </tr>',
    '  <tr><td>bob@example.org</td><td>Hard bounce</td><td>550 5.1.1 &lt;bob@example.org&gt;: Recipient address<br>',
    '      rejected: User unknown in virtual mailbox table</td></tr>',
    '</table>',
  ].join('\n');

  it('lays the cells out as a browser copies the table: a row a line, its cells a tab apart, escapes decoded', () => {
    const html = tableFromHtml(SOURCE);
    expect(html?.text).toBe(
      'Email\tEvent\tReason\nann@example.com\tSoft bounce\t451 Bad reverse DNS.\nbob@example.org\tHard bounce\t550 5.1.1 <bob@example.org>: Recipient address  rejected: User unknown in virtual mailbox table\n',
    );
    // Each character points at the paste's character it came from (an escape's at its "&").
    const at = html?.text.indexOf('<bob') ?? -1;
    expect(SOURCE.slice(html?.map[at], (html?.map[at] ?? 0) + 4)).toBe('&lt;');
    expect(tableFromHtml('<p>Hello</p><table><tr><td>only</td><td>two</td></tr></table>')).toBeNull();
  });

  it('reads each row as a recipient of its own, the reply in its cell', () => {
    const report = read(SOURCE);
    expect(report.recipients.map((r) => [r.recipient, r.code])).toEqual([
      ['ann@example.com', '451'],
      ['bob@example.org', '550'],
    ]);
    expect(verdicts(SOURCE)).toEqual(['ptr', 'recipient-unknown']);
    const span = report.recipients[0]?.replySpan;
    expect(span && SOURCE.slice(span.start, span.end)).toBe('451 Bad reverse DNS.');
  });

  it('leaves a reply read above the table as it was: the table is read instead only where that reading lies in it', () => {
    const text = '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown\n\n<table><tr><td>x@y.example</td><td>Bounced</td><td>452 4.2.2 Mailbox full</td></tr></table>';
    expect(read(text).recipients.map((r) => [r.recipient, r.code])).toEqual([['a@b.example', '550']]);
    expect(verdicts(text)).toEqual(['recipient-unknown']);
  });

  it("takes no address for a tag: '<a@b.example>', '<p@b.example>' are addresses, as in any paste with HTML", () => {
    expect(tableFromHtml('<table><tr><td><a@b.example></td><td>bounce</td><td>550 5.1.1 User unknown</td></tr></table>')?.text).toBe('<a@b.example>\tbounce\t550 5.1.1 User unknown\n');
    const text = '<p@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <p@example.org>: Recipient address rejected: User unknown<br>\n(in reply to RCPT TO command)';
    expect(read(text).recipients[0]).toMatchObject({ recipient: 'p@example.org', code: '550' });
    expect(read(text).recipients[0]?.reply).toContain('<p@example.org>');
  });

  it('reads a table of features or prices as no failure', () => {
    expect(read('<table><tr><th>Plan</th><th>Price</th><th>Support</th></tr><tr><td>Basic</td><td>$5</td><td>Email</td></tr><tr><td>Pro</td><td>$20</td><td>Not available on weekends</td></tr></table>').isBounce).toBe(false);
  });

  it('reads a long run of cells with no space from its first 512 KB, and at most 50 rows', () => {
    // (1 MB of "<td>x": the first 512 KB hold some 105,000 cells, a tab apart.)
    const view = tableFromHtml('<td>x'.repeat(200_000))?.text ?? '';
    expect(view.startsWith('x\tx\tx')).toBe(true);
    expect(view.length).toBeGreaterThan(200_000);
    expect(view.length).toBeLessThan(220_000);
    const rows = '<tr><td>u@example.com</td><td>Bounced</td><td>550 5.1.1 User unknown</td></tr>'.repeat(5000);
    expect(tableRows(tableFromHtml(rows)?.text ?? '', null).length).toBe(50);
  });
});

describe("a Markdown table's source (an issue's, a wiki's, a notes app's export)", () => {
  const SOURCE = [
    'Bounces since Monday:',
    '',
    '| Email | Event | Reason | When |',
    '| :--- | :---: | --- | ---: |',
    '| bob@example.org | delivered | 250 2.0.0 OK | 09:58 |',
    '| ann@example.com | bounce | 550-5.7.1 Our system has detected that this message is<br>550 5.7.1 likely unsolicited mail \\| gsmtp | 10:02 |',
    '',
    'Any idea?',
  ].join('\n');

  it('lays the rows out as the page shows them copied: the delimiter row gone, "\\|" a pipe, "<br>" a space', () => {
    expect(tableFromMarkdown(SOURCE)?.text).toBe(
      ' Email \t Event \t Reason \t When \n bob@example.org \t delivered \t 250 2.0.0 OK \t 09:58 \n ann@example.com \t bounce \t 550-5.7.1 Our system has detected that this message is 550 5.7.1 likely unsolicited mail | gsmtp \t 10:02 \n',
    );
    expect(tableFromMarkdown('a | b\nno delimiter row here')).toBeNull();
  });

  it("reads the failure's row, its reply in its cell, and leaves the delivered row out", () => {
    const report = read(SOURCE);
    expect(report.recipients.map((r) => [r.recipient, r.code])).toEqual([['ann@example.com', '550']]);
    expect(verdicts(SOURCE)).toEqual(['spam']);
    const span = report.recipients[0]?.replySpan;
    expect(span && SOURCE.slice(span.start, span.end)).toMatch(/^550-5\.7\.1 Our system/);
  });

  it('reads a failure with no code in its cell where the paste as it stands reads as a notice', () => {
    const text = "| Email | Event | Reason |\n|---|---|---|\n| bob@example.org | delivered | 250 2.0.0 OK |\n| ann@example.com | bounce | The recipient's mailbox is full and can't accept messages now. |";
    expect(read(text).recipients.map((r) => r.recipient)).toEqual(['ann@example.com']);
    expect(verdicts(text)).toEqual(['mailbox-full']);
  });

  it("reads a README's tables as no failure: words that read alone as a failure's, numbers shaped like codes", () => {
    expect(read('| Feature | Fast | Safe |\n|---|---|---|\n| Speed | Very Fast | Slower |\n| Security | Not Secure | Secure |\n| Length | 32-bit | 256-bit |').isBounce).toBe(false);
    expect(read('| Suite | Tests | Passed |\n| :--- | :---: | :---: |\n| Cascade | 556 | 528 |\n| Variables | 501 | 466 |').isBounce).toBe(false);
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
