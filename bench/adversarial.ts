/** Hostile inputs for the linear-time checks (benchmark and tests share them). Sizes in characters. */
export interface Adversarial {
  name: string;
  text: string;
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

export function adversarialInputs(sizes: number[] = [1 << 20, 5 << 20]): Adversarial[] {
  const out: Adversarial[] = [];
  for (const size of sizes) {
    const mb = `${Math.round(size / 1048576)}MB`;
    out.push({ name: `digits ${mb}`, text: repeatTo('5', size) });
    out.push({ name: `digits, dashes, dots ${mb}`, text: repeatTo('550-5.1.1.', size) });
    out.push({ name: `spaces ${mb}`, text: repeatTo(' ', size - 1) + 'x' });
    out.push({ name: `newlines ${mb}`, text: repeatTo('\n', size - 1) + 'x' });
    out.push({ name: `one character ${mb}`, text: repeatTo('a', size) });
    out.push({ name: `codes and addresses ${mb}`, text: repeatTo('<a@b.example>: 550 5.1.1 user unknown (in reply to RCPT TO command)\n', size) });
    out.push({ name: `one long line of replies ${mb}`, text: repeatTo('said: 550 5.1.1 x@y.example ', size) });
    out.push({ name: `at-signs and dots ${mb}`, text: repeatTo('a@a.', size) });
    out.push({ name: `CRLF and zero-width ${mb}`, text: repeatTo('550 5.7.1\u200b\r\n', size) });
    const depth = 2000;
    let nested = '';
    for (let i = 0; i < depth; i++) nested += `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n`;
    out.push({ name: `nested MIME ${mb}`, text: 'From: a@b.example\nSubject: x\n' + nested + repeatTo('x', Math.max(0, size - nested.length)) });
  }
  return out;
}

/**
 * Hostile pastes for the tolerant paste reader (lib/engine/paste.ts): each repeats a piece its wrapper table or its
 * loose reading starts on, so every pattern is tried as often as it can be. The popup reads pastes up to 2 MB.
 */
export function pasteAdversarialInputs(size = 2 << 20): Adversarial[] {
  const mb = `${Math.round(size / 1048576)}MB`;
  const units: [string, string][] = [
    ['Python tuples', "(550, b'"],
    ['Python dict entries', "'a@b.example': (550, b'5.1.1 x', "],
    ['unclosed quotes after a field', "response: '"],
    ['escaped newlines and quotes', '\\n\\"'],
    ['string concatenations', "'a' + "],
    ['Symfony messages', 'Expected response code "250" but got code "550", with message "550 x\n'],
    ['Ruby exception names', 'Net::SMTPFatalError '],
    ['Erlang failure tuples', '{permanent_failure, <<"'],
    ['PHPMailer labels', 'SMTP code: 550 '],
    ['codes after colons', 'x: 550 y '],
    ['bare statuses', '5.1.1 x\n'],
    ['failure words', 'mail bounced '],
    // The names of SPF, DKIM and DMARC, each looked past for a result in its line (paste-formats.ts FAILURE_WORDS_WEAK).
    ['SPF and DKIM names', 'dkim spf dmarc email '],
    // Whole lines the reader reads one reply each from (until its 2,000-recipient cap), and the steps that undo a
    // paste's disguise (quote marks, HTML, a log's lead, doubled lines) on every line.
    ['lines of replies', '550 5.7.1 blocked because of reasons here and there x\n'],
    ['quoted lines of replies', '> 550 5.7.1 blocked because of reasons here and there x\n'],
    ['HTML lines of replies', '&lt;a@b.c&gt; said 550 5.1.1 unknown<br>\n'],
    ['logged lines of replies', '2024-03-05 10:22:31 [error] 550 5.7.1 blocked because of reasons\n'],
    ['double-spaced wrapped lines', 'words going on and on until the margin is reached and\n\n'],
    // Lines two and three breaks apart, whose empty lines nothing marks as added: read again with them halved (paste.ts).
    ['lines unevenly spaced', 'the mail was blocked: 550 5.7.1 for a reason.\n\n\n'],
    // Delivery-status fields run together on one line, split apart before reading (undisguise.ts fieldsApart).
    ['delivery-status fields on one line', 'Final-Recipient: rfc822; a@b.example Action: failed Status: 5.1.1 '],
    // A table's rows, each cell read alone (table-cells.ts, paste.ts readTable); quote marks a CSV row pairs.
    ['table rows', 'a@b.example\tBounced\t550 5.1.1 User unknown here\tJun 3\n'],
    ['CSV rows with quoted fields', 'a@b.example,bounce,"550 5.1.1 ""x"" unknown",2024-06-03\n'],
    ['CSV quote marks', ',""",'],
    // An HTML table's source, laid out as a browser copies it before its rows are read (undisguise.ts tableFromHtml).
    ['HTML table cells', '<tr><td>a@b.example</td><td>bounce</td><td>550 5.1.1 &lt;a@b.example&gt; unknown</td></tr>\n'],
    ['HTML cells with no space', '<td>x'],
    // A Markdown table's source, its rows under a delimiter row each (undisguise.ts tableFromMarkdown).
    ['Markdown table rows', '| a@b.example | bounce | 550 5.1.1 unknown<br>x \\| y |\n|---|---|---|\n'],
    ['Markdown delimiter rows', '|---|---|\n'],
    // A log's records and leads on every line (undisguise.ts withoutLogRecords, withoutSyslogLeads), a text in capitals
    // read twice, Markdown's inline code read alone (paste.ts).
    ['Docker log records', '{"log":"550 5.1.1 \\u003cx@b.example\\u003e unknown\\n","stream":"stderr","time":"2024-06-03T10:02:11Z"}\n'],
    ['syslog leads', 'Jun  3 10:02:11 mail app[42]: 550 5.7.1 blocked because of reasons\n'],
    ['capitals', "550 5.7.1 BLOCKED BECAUSE OF REASONS, B'X' \\N "],
    ['inline code', 'it fails with `550 5.7.1 x` '],
  ];
  return units.map(([name, unit]) => ({ name: `paste: ${name} ${mb}`, text: repeatTo(unit, size) }));
}

/**
 * Hostile structure rather than hostile characters (issue 16): what a 100 KB / 2 MB / 9.5 MB file can hold that costs
 * per item — MIME parts, nesting, header lines, recipients, events. Each is a complete input as the CLI or the popup's
 * file drop gets it (bytes or text), and every one must be read in under a second.
 */
export interface AdversarialFile {
  name: string;
  size: number;
  text: string;
}

const MESSAGE_HEAD = 'From: MAILER-DAEMON@mx.example\nTo: a@b.example\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n';

export const ADVERSARIAL_SIZES = [100 * 1024, 2 * 1024 * 1024, 9.5 * 1024 * 1024] as const;

export function sizeLabel(size: number): string {
  return size < 1048576 ? `${Math.round(size / 1024)} KB` : `${+(size / 1048576).toFixed(1)} MB`;
}

/** Fills `size` characters with a head, `unit` repeated (`#` numbered from 1, so every address differs), and a tail. */
function fill(head: string, unit: string, size: number, tail = ''): string {
  if (!unit.includes('#')) return head + unit.repeat(Math.max(0, Math.floor((size - head.length - tail.length) / unit.length))) + tail;
  const parts = [head];
  let length = head.length + tail.length;
  for (let i = 1; ; i++) {
    const item = unit.replaceAll('#', String(i));
    if (length + item.length > size) break;
    parts.push(item);
    length += item.length;
  }
  parts.push(tail);
  return parts.join('');
}

export function adversarialFiles(sizes: readonly number[] = ADVERSARIAL_SIZES): AdversarialFile[] {
  const out: AdversarialFile[] = [];
  for (const size of sizes) {
    const label = sizeLabel(size);
    out.push({ name: `MIME: empty parts ${label}`, size, text: fill(`${MESSAGE_HEAD}Content-Type: multipart/mixed; boundary=b\n\n`, '--b\n', size, '--b--\n') });
    out.push({
      name: `MIME: empty parts with headers ${label}`,
      size,
      text: fill(`${MESSAGE_HEAD}Content-Type: multipart/mixed; boundary=b\n\n`, '--b\nContent-Type: text/plain\n\nx\n', size, '--b--\n'),
    });
    let nested = '';
    for (let i = 0; nested.length < size - 200; i++) nested += `--b${i}\nContent-Type: multipart/mixed; boundary=b${i + 1}\n\n`;
    out.push({ name: `MIME: deep nesting ${label}`, size, text: `${MESSAGE_HEAD}Content-Type: multipart/mixed; boundary=b0\n\n${nested}` });
    out.push({ name: `MIME: many header lines ${label}`, size, text: fill(MESSAGE_HEAD, 'X-A: b\n', size, '\nbody\n') });
    out.push({
      name: `DSN: many recipients ${label}`,
      size,
      text: fill(
        `${MESSAGE_HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary=r\n\n--r\nContent-Type: text/plain\n\nDelivery failed.\n\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n`,
        '\nFinal-Recipient: rfc822; user#@dest.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no such user\n',
        size,
        '\n--r--\n',
      ),
    });
    out.push({ name: `text: many recipient lines ${label}`, size, text: fill('This is the mail system at host mx.example.\n\n', '<user#@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 unknown (in reply to RCPT TO command)\n', size) });
    const event = '{"email":"user#@dest.example","event":"bounce","reason":"550 5.1.1 no such user","status":"5.1.1","sg_event_id":"e"},';
    out.push({ name: `events: SendGrid batch ${label}`, size, text: fill('[', event, size - 1, '{}]') });
  }
  return out;
}
