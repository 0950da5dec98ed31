/**
 * A paste's disguise, undone before it is read. A reply reaches the popup quoted in an email reply, copied from HTML
 * source, behind a log's timestamp on every line, double-spaced by a Q&A page, with a forum's curly quotes, with a
 * delivery-status part's fields run together on one line…; none of that is the reply's. `undisguise` takes each such
 * layer off, in order, and returns the text as it was before, with `map` giving each of its characters' place in the
 * paste (the reader's spans are mapped back through it), or null when nothing was taken off and nothing moved.
 * bench/disguise.ts measures what each step is worth.
 *
 * Each step is a text → text, looked at only when the text shows that disguise as a whole (every line quoted, every
 * line led by a log's lead…) or, for fields run together, on a line that shows it; linear in the text's length, and
 * only up to MAX_SCAN characters (the paste reader's own limit; a longer paste is read as it stands).
 */
import { normalizeText } from './normalize';
import { endsOpen } from './margin';

/** As paste.ts's MAX_SCAN: what the paste reader scans at most. */
const MAX_SCAN = 2 * 1024 * 1024;

export interface Undisguised {
  text: string;
  /** For each index of `text` (and its end), the index of the paste it came from. */
  map: Int32Array;
}

/** The steps, in the order they are taken; before them, character for character, curly quotes and Markdown's code. */
const STEPS: readonly ((text: string) => Undisguised | null)[] = [
  withLineFeeds,
  withoutLogRecords,
  withoutHtmlTags,
  withoutTrailingSpaces,
  withoutEntities,
  withoutLogLeads,
  undoubled,
  dequoted,
  fieldsApart,
];

export function undisguise(pasted: string): { text: string; map: Int32Array | null } {
  let text = withoutCodeSpan(withoutFences(straightQuotes(pasted)));
  let map: Int32Array | null = null;
  for (const step of STEPS) {
    const inner = step(text);
    if (!inner) continue;
    const outer: Int32Array | null = map;
    map = outer ? inner.map.map((i) => outer[i] as number) : inner.map;
    text = inner.text;
  }
  return { text, map };
}

// ---------------------------------------------------------------------------------------------------------------
// Building a text and its map

/** A text put together from pieces of another, each of its characters remembering where it came from. */
class Builder {
  private readonly out: string[] = [];
  readonly map: Int32Array;
  private j = 0;

  constructor(private readonly source: string) {
    this.map = new Int32Array(source.length + 1);
  }

  /** The source's characters from `from` to `to`, as they are. */
  keep(from: number, to: number): void {
    if (to <= from) return;
    this.out.push(this.source.slice(from, to));
    for (let k = from; k < to; k++) this.map[this.j++] = k;
  }

  /** Characters of its own, all standing where the source's `at` is. */
  add(chars: string, at: number): void {
    this.out.push(chars);
    for (let k = 0; k < chars.length; k++) this.map[this.j++] = at;
  }

  done(): Undisguised {
    this.map[this.j] = this.source.length;
    return { text: this.out.join(''), map: this.map.subarray(0, this.j + 1) };
  }
}

/**
 * Each line of `text` cut to the part `keep` gives (start and end within the line), its line break kept; null when
 * `keep` gives null for a line (the text is not disguised so after all).
 */
function perLine(text: string, keep: (line: string) => [number, number] | null): Undisguised | null {
  const b = new Builder(text);
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const part = keep(text.slice(at, end));
    if (!part) return null;
    b.keep(at + part[0], at + part[1]);
    if (nl < 0) break;
    b.keep(nl, nl + 1);
    at = nl + 1;
  }
  return b.done();
}

/** The lines of a text that have some, with the first one's start (to look at a disguise's first sign). */
function firstLine(text: string): string {
  const lead = (/^(?:[ \t]*\n)*/.exec(text) as RegExpExecArray)[0].length;
  return text.slice(lead, lead + 400);
}

// ---------------------------------------------------------------------------------------------------------------
// The steps

/**
 * A forum, a blog or a word processor that "prettifies" what is pasted into it curls every quote mark: an exception's
 * "with message “503 …”", a JSON dump's “field”, Python's b’…’. A text with no straight double quote but curly
 * ones is read with them straight, and one with no straight single quote likewise; one character for one, so every
 * offset still points where it did. (German „…“ opens with U+201E: a text with it is left as it is.)
 */
function straightQuotes(text: string): string {
  let out = text;
  if (!out.includes('"') && /[\u201c\u201d]/.test(out) && !out.includes('\u201e')) out = out.replace(/[\u201c\u201d]/g, '"');
  if (!out.includes("'") && /[\u2018\u2019]/.test(out) && !out.includes('\u201a')) out = out.replace(/[\u2018\u2019]/g, "'");
  return out;
}

/**
 * Markdown's code fences (a line of ``` or ~~~, with or without a language name) are how people quote a bounce in an
 * issue, a forum post or a chat: they are not part of it; nor are the block markers of Jira's and Confluence's wiki
 * markup ({code}, {code:java}, {noformat}, {quote}) or a forum's BBCode ([code], [/quote]) on a line of their own, as
 * a ticket's or a post's source has them. Each such line becomes blank, spaces for its characters, so every offset
 * into the text still points where it did.
 */
// (No bounded counts and no two runs that both take spaces, so the ReDoS analyser proves it linear in a second; the
// form with {0,30} and {1,60} took it over 15 s, the test's budget.)
const FENCE_LINE = /^[ \t]*(?:(?:`{3,}|~{3,})[\w+#. \t-]*|(?:\{(?:code|noformat|quote)(?::[\w=|.#-]+)?\}|\[\/?(?:code|quote)(?:=[^[\]\n]*)?\])[ \t]*)$/gim;

function withoutFences(text: string): string {
  if (!text.includes('```') && !text.includes('~~~') && !/\{(?:code|noformat|quote)\b|\[\/?(?:code|quote)\b/i.test(text)) return text;
  return text.replace(FENCE_LINE, (line) => ' '.repeat(line.length));
}

/**
 * Markdown's inline code — single backticks, as a chat, an issue or a forum post marks what was pasted — is not the
 * reply's either: a paste that is one such span as a whole ("`451 Bad reverse DNS.`") has its two backticks blanked.
 * (A span in a sentence of theirs is read alone by paste.ts, codeSpan.) One character for one.
 */
function withoutCodeSpan(text: string): string {
  if (text.length > MAX_SCAN || !text.includes('`')) return text;
  const start = text.search(/\S/);
  const end = text.trimEnd().length;
  if (text[start] !== '`' || text[start + 1] === '`' || text[end - 1] !== '`' || end - start <= 4 || text.indexOf('`', start + 1) !== end - 1) return text;
  return `${text.slice(0, start)} ${text.slice(start + 1, end - 1)} ${text.slice(end)}`;
}

/** A paste with CR LF or CR line ends (a Windows file, an old Mac's) as the LF the steps below read lines by. */
function withLineFeeds(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !text.includes('\r')) return null;
  const norm = normalizeText(text);
  return norm.toOriginal ? { text: norm.text, map: norm.toOriginal } : null;
}

/**
 * A log that stores each line a program printed as a JSON record of its own — Docker's json-file driver
 * ({"log":"…\n","stream":"stderr","time":"…"}), journalctl's JSON output ({"MESSAGE":"…", …}) — splits a bounce over as
 * many records, each line's text escaped (Go's encoder writes "<" as \u003c). When every line with text is one of
 * them, each becomes the line it holds, its escapes decoded and the record's own line end dropped (paste.ts then
 * reads none of their strings alone).
 */
const RECORD_LINE = /^[ \t]*\{.*"(?:log|MESSAGE)"[ \t]*:[ \t]*"/;

export function withoutLogRecords(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !/"(?:log|MESSAGE)"[ \t]*:/.test(text.slice(0, 4000))) return null;
  const b = new Builder(text);
  let records = 0;
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (line.trim() !== '') {
      const open = RECORD_LINE.exec(line.slice(0, 400));
      const field = open && /"(?:log|MESSAGE)"[ \t]*:[ \t]*"/.exec(line);
      if (!field || !line.trimEnd().endsWith('}')) return null;
      if (!recordValue(b, text, at + field.index + field[0].length, end)) return null;
      records++;
    }
    if (nl < 0) break;
    b.keep(nl, nl + 1);
    at = nl + 1;
  }
  return records >= 1 ? b.done() : null;
}

const JSON_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '', '"': '"', '\\': '\\', '/': '/', b: '', f: '' };

/** The JSON string from `from` (after its opening quote) to its closing quote, decoded into `b`; false if it does not close. */
function recordValue(b: Builder, text: string, from: number, end: number): boolean {
  let close = -1;
  for (let k = from; k < end; k++) {
    const c = text[k];
    if (c === '"') {
      close = k;
      break;
    }
    if (c === '\\') k++;
  }
  if (close < 0) return false;
  // The record's own line end ("…\n" at the value's end) is the line break between records.
  let stop = close;
  while (stop >= from + 2 && text[stop - 2] === '\\' && (text[stop - 1] === 'n' || text[stop - 1] === 'r')) stop -= 2;
  let last = from;
  for (let k = from; k < stop; k++) {
    if (text[k] !== '\\') continue;
    b.keep(last, k);
    const d = text[k + 1] as string;
    const hex = d === 'u' ? /^[0-9a-fA-F]{4}/.exec(text.slice(k + 2, k + 6))?.[0] : undefined;
    if (hex) {
      const cp = parseInt(hex, 16);
      if (cp < 0xd800 || cp > 0xdfff) b.add(String.fromCharCode(cp), k);
      k += 5;
    } else {
      const value = JSON_ESCAPES[d] ?? d;
      if (value) b.add(value, k);
      k += 1;
    }
    last = k + 1;
  }
  b.keep(last, stop);
  return true;
}

/**
 * A bounce copied from a page's or a message's HTML source: HTML's own tags for lines and text styles ("<br>", "<p>",
 * "</div>", "<b>") are taken off — a line's tag between two words becomes a space: the lines it breaks are the source's
 * own when it has them, and a notice that puts its lines together with "<br>" reads best as one — so that its words
 * read as text (its escapes are decoded by withoutEntities). Only those tags: an address in angle brackets is no tag.
 * Null when the text has no line or paragraph tag.
 */
const HTML_SIGN = /<(?:br|p|div)(?=[\s/>])[^<>]{0,100}>|<\/(?:p|div|span|pre|td|font|b|strong)>/i;
const HTML_TAG = /<(\/?)(br|p|div|span|pre|code|b|i|u|strong|em|font|tt|a|table|tbody|thead|tr|td|th|ul|ol|li|html|head|body|blockquote|hr)(?=[\s/>])[^<>]{0,300}>/gi;
const BLOCK_TAG = /^(?:br|p|div|tr|li|blockquote|hr|table|pre)$/i;

export function withoutHtmlTags(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !HTML_SIGN.test(text)) return null;
  const b = new Builder(text);
  let last = 0;
  // Whether what was given out so far ends in a space (or nothing was).
  let spaced = true;
  HTML_TAG.lastIndex = 0;
  for (let m = HTML_TAG.exec(text); m; m = HTML_TAG.exec(text)) {
    if (m.index > last) spaced = /\s/.test(text[m.index - 1] as string);
    b.keep(last, m.index);
    last = m.index + m[0].length;
    const breaks = BLOCK_TAG.test(m[2] as string) && !(m[1] === '/' && /^(?:br|hr)$/i.test(m[2] as string));
    // A space between two words only: not at the start, nor after or before a space.
    if (breaks && !spaced && !/\s/.test(text[last] ?? ' ')) {
      b.add(' ', m.index);
      spaced = true;
    }
  }
  b.keep(last, text.length);
  return b.done();
}

/**
 * An HTML table's source (a report's page, a notice's text/html part, an export's markup: "<tr><td>pat@example.org</td>
 * <td>bounce</td><td>550 5.1.1 …</td></tr>") as a browser copies the table: each row a line, its cells a tab apart, so
 * that the table reader (table-cells.ts) reads each cell alone. Only the cells' text is kept, its runs of white space
 * (the source's own line breaks among them) one space and a line's tag ("<br>", "<p>") a space, HTML's escapes decoded
 * as withoutEntities decodes them. Null when the text has no table cell, or fewer than three.
 */
const TABLE_SIGN = /<t[dh](?=[\s/>])/i;
/** How much of a paste a table's source is read from (the table reader reads the first 256 KB of its layout). */
const TABLE_SCAN = 512 * 1024;
const TABLE_TAG = /<(\/?)(td|th|tr|table|tbody|thead|tfoot|br|p|div|span|pre|code|b|i|u|strong|em|font|tt|a|li|ul|ol)(?=[\s/>])[^<>]{0,300}>/gi;
/** A cell's run of white space, or one of HTML's escapes (ENTITY's, its groups in the same places). */
const CELL_TEXT = /\s+|&(?:lt|gt|amp|quot|apos|nbsp|#(\d{2,3})|#x([0-9a-f]{2}));/gi;

export function tableFromHtml(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !TABLE_SIGN.test(text)) return null;
  const b = new Builder(text);
  let last = 0;
  let inCell = false;
  let cellsInRow = 0;
  let cells = 0;
  // (A cell's text: its white space one space, its escapes decoded; nothing outside the cells.)
  const keep = (from: number, to: number): void => {
    if (!inCell || to <= from) return;
    // (Matched in the cell's own text: a pattern run on the whole text would look past the cell each time.)
    const cell = text.slice(from, to);
    CELL_TEXT.lastIndex = 0;
    let at = from;
    for (let m = CELL_TEXT.exec(cell); m; m = CELL_TEXT.exec(cell)) {
      const start = from + m.index;
      b.keep(at, start);
      at = start + m[0].length;
      b.add(m[0][0] === '&' ? (entityChar(m) ?? ' ') : ' ', start);
    }
    b.keep(at, to);
  };
  TABLE_TAG.lastIndex = 0;
  for (let m = TABLE_TAG.exec(text); m && m.index < TABLE_SCAN; m = TABLE_TAG.exec(text)) {
    keep(last, m.index);
    last = m.index + m[0].length;
    const name = (m[2] as string).toLowerCase();
    const closing = m[1] === '/';
    if (name === 'td' || name === 'th') {
      if (closing) inCell = false;
      else {
        if (cellsInRow > 0) b.add('\t', m.index);
        cellsInRow++;
        cells++;
        inCell = true;
      }
    } else if (name === 'tr' || name === 'table' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
      if (cellsInRow > 0) b.add('\n', m.index);
      cellsInRow = 0;
      inCell = false;
    } else if (inCell && /^(?:br|p|div|li)$/.test(name)) b.add(' ', m.index);
  }
  keep(last, Math.min(text.length, Math.max(last, TABLE_SCAN)));
  return cells >= 3 ? b.done() : null;
}

/**
 * A Markdown table's source (GitHub's, a wiki's, a notes app's export: "| Email | Event | Reason |" over "|---|---|---|",
 * then a row a line) as the page shows it copied: each row a line, its cells a tab apart, the delimiter row gone, an
 * escaped "\|" a pipe and a "<br>" a space. Only the table's lines: the header line above a delimiter row of two
 * columns or more and the lines with a pipe below it. Null when the text has no such table.
 */
export function tableFromMarkdown(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !text.includes('|') || !text.includes('--')) return null;
  const lines: [number, number][] = [];
  for (let at = 0; at <= text.length && at < TABLE_SCAN; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    lines.push([at, end]);
    at = end + 1;
  }
  const b = new Builder(text);
  const line = (k: number): [number, number] => lines[k] as [number, number];
  const piped = (k: number): boolean => text.slice(...line(k)).includes('|');
  let found = false;
  for (let k = 1; k < lines.length; k++) {
    if (!delimiterRow(text, ...line(k)) || !piped(k - 1)) continue;
    found = true;
    pipeRow(b, text, ...line(k - 1));
    for (k++; k < lines.length && piped(k); k++) pipeRow(b, text, ...line(k));
  }
  return found ? b.done() : null;
}

/** Whether the line from `start` to `end` is a Markdown table's delimiter row: two cells or more of "---", ":--:"… */
function delimiterRow(text: string, start: number, end: number): boolean {
  const line = text.slice(start, end).trim();
  const inner = line.slice(line.startsWith('|') ? 1 : 0, line.endsWith('|') && line.length > 1 ? -1 : undefined);
  const cells = inner.split('|');
  return cells.length >= 2 && cells.every((c) => /^:?-{3,}:?$/.test(c.trim()));
}

/** A Markdown table's row from `start` to `end` as a line of cells a tab apart (its outer pipes dropped). */
function pipeRow(b: Builder, text: string, start: number, end: number): void {
  let from = start;
  while (from < end && /[ \t]/.test(text[from] as string)) from++;
  if (text[from] === '|') from++;
  let to = end;
  while (to > from && /[ \t\r]/.test(text[to - 1] as string)) to--;
  if (to > from && text[to - 1] === '|' && text[to - 2] !== '\\') to--;
  let last = from;
  for (let k = from; k < to; k++) {
    const c = text[k];
    if (c === '\\' && text[k + 1] === '|') {
      b.keep(last, k);
      last = k + 1;
      k++;
    } else if (c === '|') {
      b.keep(last, k);
      b.add('\t', k);
      last = k + 1;
    } else if (c === '<') {
      const br = /^<br[ \t]*\/?>/i.exec(text.slice(k, k + 8));
      if (!br) continue;
      b.keep(last, k);
      b.add(' ', k);
      last = k + br[0].length;
      k = last - 1;
    }
  }
  b.keep(last, to);
  b.add('\n', end);
}

/**
 * Spaces at the ends of lines carry nothing a reader needs — except one space, format=flowed's soft break (RFC 3676),
 * which the paste reader's re-wrapping reads: two or more (Markdown's line break, an editor's padding) and blank
 * lines' spaces are dropped.
 */
function withoutTrailingSpaces(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !/[ \t]{2}\n|\n[ \t]+\n/.test(text)) return null;
  return perLine(text, (line) => {
    let keep = line.length;
    while (keep > 0 && (line.charCodeAt(keep - 1) === 32 || line.charCodeAt(keep - 1) === 9)) keep--;
    return [0, keep > 0 && line.length - keep === 1 ? line.length : keep];
  });
}

/**
 * Text copied from a page's source, or from a tool that escapes what it shows, carries HTML's escapes for the
 * characters replies are full of ("&lt;pat@example.org&gt;", "&quot;"): decoded (HTML's named references for <, >, &,
 * ", ' and the no-break space, and numeric ones in ASCII), each character mapped to where its reference began. Only
 * in a text with no raw angle bracket — one that has them was not escaped as a whole — and null when there is none.
 */
const ENTITY = /&(?:lt|gt|amp|quot|apos|nbsp|#(\d{2,3})|#x([0-9a-f]{2}));/gi;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

/** The character an escape ENTITY matched stands for (its decimal code in group 1, its hex code in group 2); null for a
 * numeric one outside printable ASCII. */
function entityChar(m: RegExpExecArray): string | null {
  const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : -1;
  return code >= 0 ? (code >= 32 && code < 127 ? String.fromCharCode(code) : null) : (NAMED[m[0].slice(1, -1).toLowerCase()] as string);
}

export function withoutEntities(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !text.includes('&') || /[<>]/.test(text) || !/&(?:lt|gt|quot);/i.test(text)) return null;
  const b = new Builder(text);
  let last = 0;
  ENTITY.lastIndex = 0;
  for (let m = ENTITY.exec(text); m; m = ENTITY.exec(text)) {
    const char = entityChar(m);
    if (char === null) continue;
    b.keep(last, m.index);
    b.add(char, m.index);
    last = m.index + m[0].length;
  }
  b.keep(last, text.length);
  return b.done();
}

/**
 * A log that puts its own lead on every line of what it logs: Docker Compose's service name ("app_1    | "), the same on
 * every line, an application's timestamp and level ("2024-03-05 10:22:31 [error] ", "2024-03-05T10:22:31Z ERROR "), or
 * a container runtime's (CRI_LEAD).
 * Every line with text must have one; then each loses it. (A syslog line's timestamp, host and program stay: with no
 * level in it, it is not such a lead, and the log readers read those lines whole.)
 */
const COMPOSE_LEAD = /^[\w.-]{1,60}[ \t]*\|[ \t]?/;
const LOG_LEAD = /^[ \t]*\[?\d{4}[-/.]\d\d[-/.]\d\d[T ]\d\d:\d\d(?::\d\d(?:[.,]\d{1,9})?)?(?:Z|[ ]?[+-]\d\d:?\d\d)?\]?[ \t]{1,4}(?:\[|<)?(?:error|err|warn|warning|info|notice|debug|crit|critical|fatal|alert|emerg)(?:\]|>)?:?[ \t]{1,4}/i;

export function withoutLogLeads(text: string): Undisguised | null {
  if (text.length > MAX_SCAN) return null;
  const head = firstLine(text);
  const compose = COMPOSE_LEAD.exec(head)?.[0];
  const lead = compose === undefined ? [LOG_LEAD, CRI_LEAD].find((l) => l.test(head)) : undefined;
  if (compose === undefined && !lead) return null;
  return perLine(text, (line) => {
    if (line.trim() === '') return [0, line.length];
    const cut = compose !== undefined ? (line.startsWith(compose) ? compose.length : -1) : (lead?.exec(line)?.[0].length ?? -1);
    return cut < 0 ? null : [cut, line.length];
  });
}

/**
 * The lead a container runtime writes on every line of a pod's log file (Kubernetes' CRI logging format: the time in
 * RFC 3339 with nanoseconds, the stream, F for a full line or P for a part, a space, the line).
 */
const CRI_LEAD = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) (?:stdout|stderr) [FP] /;

/**
 * The lead syslog writes on every line a program logs (RFC 3164 §4.1.2: the time, the host, the program's tag and its
 * process id, "Jun  3 10:02:11 mail app[42]: "; rsyslog's RFC 3339 time in its place): each line without it, when every
 * line with text has one. Not one of the steps: paste.ts reads the text without them as another reading, since the
 * log readers read an MTA's own lines with their leads.
 */
const SYSLOG_LEAD = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)) [\w.-]{1,64} [\w./-]{1,48}(?:\[\d{1,10}\])?: ?/;

export function withoutSyslogLeads(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !SYSLOG_LEAD.test(firstLine(text))) return null;
  return perLine(text, (line) => {
    if (line.trim() === '') return [0, line.length];
    const lead = SYSLOG_LEAD.exec(line)?.[0];
    return lead === undefined || MTA_TAG.test(lead) ? null : [lead.length, line.length];
  });
}

/**
 * The tags the MTAs and their filters log under (Postfix's syslog_name "postfix/<service>", postconf(5); Exim's
 * "exim"; sendmail's "sendmail" and "sm-mta"; qmail's; OpenSMTPD's "smtpd"; Dovecot's, amavis', Haraka's, Courier's):
 * their lines are the log readers'.
 */
const MTA_TAG = / (?:postfix(?:\/[\w-]+)?|exim\d?|sendmail|sm-mta|qmail[\w-]*|smtpd|opensmtpd|dovecot|amavis[\w-]*|haraka|courier[\w-]*|postscreen)(?:\[\d{1,10}\])?: ?$/;

/** A line's first token, when it is one a transcript or a multi-line reply repeats: a code, a status, a speaker, an arrow. */
const LINE_LEAD = /^[ \t]*(?:[245]\d\d[- ]|[245]\.\d{1,3}\.\d{1,3} |[\w-]{1,20}: |[<>=–-]{1,3}[ \t]?\S{0,12})/;
/** A line's last character when its sentence may go on: a letter, a digit, a comma, a colon, a hyphen. */
const BROKEN_OFF = /[\p{L}\p{N},:;-]$/u;
/** A line's start that goes on with a sentence: a lower-case word, a number or status, a parenthesis, an address. */
const GOES_ON = /^[ \t]*[\p{Ll}\d(<]/u;
/** A line that ends with a reply's code ("… said: 550"): its words are on the next line. */
const CODE_AT_END = /(?:^|\s)[245]\d\d$/;
/**
 * Whether the line from `start` to `end` ends with a reply's code (CODE_AT_END) — not a port ("… on port 587", "…, port:
 * 465" as JavaMail prints it, "port=587"), nor a number at the end of a reply that opened with its own code ("550 SMTP
 * AUTH is required … on port 587").
 */
function codeAtEnd(text: string, start: number, end: number): boolean {
  const tail = text.slice(Math.max(start, end - 12), end);
  return CODE_AT_END.test(tail) && !/\bport(?:[ \t]*[:=][ \t]*|[ \t]+)\d+$/i.test(tail) && !REPLY_HEAD.test(text.slice(start, Math.min(end, start + 40)));
}
/** A line that opens with a reply's code, or its enhanced status alone. */
const REPLY_HEAD = /^[ \t]*(?:[245][0-5]\d(?:[ -]|$)|[245]\.\d{1,3}\.\d{1,3} )/;

/**
 * A paste whose every line came out as a paragraph of its own (a Q&A site, a web form, a webmail's copy or a PDF puts
 * an empty line after each): every non-empty line stands between empty ones, never beside another. Read with its line
 * breaks halved — one empty line between two lines was none, two were one. That is taken as a whole when four lines
 * or more all stand one empty line apart (three where the text had a paragraph break, doubled too): a text whose
 * paragraphs are all one line reads the same either way. Two lines are enough when a sentence broken off at the first's
 * end goes on after the empty line, or the first ends with a reply's code ("said: 550" + "Requested action not taken:
 * …"); lines that open alike, as a transcript's or a multi-line reply's do, are one block whatever the empty lines
 * between them.
 * Null when two lines with text are adjacent, or nothing says the empty lines are not the text's own. With `evenIf`, it
 * is null only when two lines with text are adjacent: the paste reader then reads the halved text as an alternative and
 * keeps that reading only when the diagnosis is surer of it (paste.ts).
 */
export function undoubled(text: string, evenIf = false): Undisguised | null {
  if (text.length > MAX_SCAN || !text.includes('\n\n')) return null;
  const runs = /\n(?:[ \t]*\n)*/g;
  let lines = 1;
  let cut = false;
  let alike = 0;
  let uneven = false;
  let lineStart = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const breaks = m[0].split('\n').length - 1;
    const next = m.index + m[0].length;
    // Not at the text's edges: an empty line there says nothing about the lines between.
    if (m.index > 0 && next < text.length) {
      if (breaks === 1) return null;
      if (breaks !== 2 && breaks !== 4) uneven = true;
      lines++;
      // A sentence broken off where a line broke, going on after the empty line, is what tells it from short paragraphs.
      cut ||= breaks === 2 && (BROKEN_OFF.test(text.slice(Math.max(0, m.index - 1), m.index)) && GOES_ON.test(text.slice(next, next + 40)) || codeAtEnd(text, lineStart, m.index));
      // So does a reply's line that breaks off (on a word, a comma, a colon) with words after the empty line, whatever
      // their case: "550 5.4.1 Recipient address rejected:" + "Access denied. AS(201806281)" (the readers still decide
      // whether the next line is the reply's; halving the breaks only takes away the empty line).
      // (Broken off, that is: on a comma, a colon or a word no sentence ends on. After "550 5.1.1 … User unknown" a
      // capital opens a sentence of its own — the words of whoever pasted it: "Our SPF record is …".)
      cut ||= breaks === 2 && REPLY_HEAD.test(text.slice(lineStart, Math.min(m.index, lineStart + 40))) && (/[,:;-]$/.test(text.slice(Math.max(0, m.index - 1), m.index)) || endsOpen(text, m.index)) && /^[ \t]*[\p{L}\p{N}(<[]/u.test(text.slice(next, next + 4));
      // So do lines that open alike, as a transcript's or a multi-line reply's do ("SERVER: 554-…", "<– 550-5.7.1 …"):
      // paragraphs of prose do not.
      const lead = LINE_LEAD.exec(text.slice(lineStart, Math.min(m.index, lineStart + 40)))?.[0];
      if (breaks === 2 && lead !== undefined && text.startsWith(lead, next)) alike++;
    }
    lineStart = next;
  }
  // (Two lines are enough when one goes on with the other's sentence: "said: 550 Requested" + "action not taken: …".)
  if (!evenIf && !(cut && lines >= 2) && !(alike >= 2 && alike === lines - 1) && !(!uneven && lines >= 4)) return null;
  if (lines < 2) return null;
  const b = new Builder(text);
  let last = 0;
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    b.keep(last, m.index);
    // Half the line breaks (and no blank line's spaces), each standing where the first break was.
    b.add('\n'.repeat(Math.max(1, Math.floor((m[0].split('\n').length - 1) / 2))), m.index);
    last = m.index + m[0].length;
  }
  b.keep(last, text.length);
  return b.done();
}

/**
 * A delivery-status part whose fields a form, a chat or a ticket system ran together on one line ("Final-Recipient:
 * rfc822; pat@example.org Action: failed Status: 5.1.1 Diagnostic-Code: smtp; 550 …"): each RFC 3464 field name on
 * such a line starts a line of its own again, the space before it becoming the line break (one character for one).
 * Only on a line that holds three of the fields or more, a recipient's (Final-Recipient, Action, Status) among them:
 * prose that names a field or two, or an application's "Status: 550", is left as it is.
 */
/** Where a field starts on a line: the line's head, or the spaces before a field name (the break goes there). */
const DSN_FIELD = /(?:^[ \t]*|[ \t]{1,8})(?=(?:Final-Recipient|Original-Recipient|Action|Status|Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Will-Retry-Until|Reporting-MTA|Received-From-MTA|Arrival-Date|X-Postfix-Sender|X-Postfix-Queue-ID|X-Actual-Recipient):[ \t])/gi;
const RECIPIENT_FIELD = /\b(?:Final-Recipient|Action|Status):[ \t]/i;

export function fieldsApart(text: string): Undisguised | null {
  if (text.length > MAX_SCAN || !RECIPIENT_FIELD.test(text)) return null;
  const b = new Builder(text);
  let last = 0;
  let changed = false;
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    const fields = line.length > 40 && RECIPIENT_FIELD.test(line) ? [...line.matchAll(DSN_FIELD)] : [];
    if (fields.length >= 3) {
      // (A field at the line's head stays where it is; each other one gets the line break its space stood for.)
      for (const m of fields) {
        if (m.index === 0) continue;
        b.keep(last, at + m.index);
        b.add('\n', at + m.index);
        last = at + m.index + m[0].length;
      }
      changed = true;
    }
    at = end + 1;
  }
  if (!changed) return null;
  b.keep(last, text.length);
  return b.done();
}

/**
 * A bounce quoted as a whole, every line behind "> " (an email reply, a Markdown blockquote, a forum quote), indented
 * as a whole (a Markdown code block, a quote in a mail's body), or given as a list, every line behind a bullet or a
 * number ("- 550 …", "1. 550 …"), reads as the bounce: each line loses the quote marks, the indentation all its lines
 * share, or its list mark. Only when every line that has text has them — an SMTP transcript's ">>> RCPT TO" lines sit
 * among lines that are not quoted — and null when nothing is to be taken off.
 */
const QUOTE_MARK = /^[ \t]*>[ \t]?/;
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/;
const INDENT = /^[ \t]*/;
const LIST_MARK = /^[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+(?=\S)/;

/**
 * A bounce given as one list item: the first line behind a bullet, the lines after it not ("- 421-4.7.0 This message
 * does not have …" / "421-4.7.0 authentication checks …"). The bullet goes when what it stands before is a reply (its
 * code or status first), or opens alike with the next line (the same code marker, the same lead: "SERVER: 554-…"; a
 * field as the next line's: a delivery-status part's "Final-Recipient: …" / "Action: failed"). Never when another line
 * has a bullet too (a list of several items: "- 500 new users" / "- 250 returning"). (Opening alike: the same first
 * token too, as a log's lines share theirs: "[434849] <-- 550-5.7.1 …".)
 */
function listItem(text: string): Undisguised | null {
  const start = text.length - text.trimStart().length;
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd < 0) return null;
  const mark = LIST_MARK.exec(text.slice(start, firstEnd))?.[0];
  if (!mark) return null;
  const rest = text.slice(start + mark.length, firstEnd);
  let next = '';
  for (let at = firstEnd + 1; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length + 1 : nl + 1;
    if (line.trim() === '') continue;
    if (LIST_MARK.test(line)) return null;
    next ||= line;
  }
  const lead = LINE_LEAD.exec(rest)?.[0] ?? /^\S{3,40}[ \t]/.exec(rest)?.[0];
  const alike = lead !== undefined && (next.startsWith(lead) || (ITEM_FIELD.test(lead) && ITEM_FIELD.test(next)));
  if (!REPLY_HEAD.test(rest) && !alike) return null;
  const b = new Builder(text);
  b.keep(0, start);
  b.keep(start + mark.length, text.length);
  return b.done();
}
/** A field's name and colon at a line's start ("Action: failed"). */
const ITEM_FIELD = /^[ \t]*[\w-]{1,40}:[ \t]/;

/**
 * A bounce quoted in a mail reply that someone pasted whole: their words and the reply's attribution line ("On Mon,
 * 3 Jun 2024, Mail Delivery System <…> wrote:") above the quote, their question under it. The quoted lines — one run of
 * them, every line with text between its first and last quoted, each behind an email's "> " (or "> > ") — lose the
 * quote marks they all share; the lines around stay as they are. Not an SMTP transcript's ">>> DATA" (its marks are
 * a run of ">" with no space between) nor its "<<< 550" lines around, and at least two quoted lines.
 */
const EMAIL_QUOTE = /^[ \t]*>(?:[ \t]|$)/;
const TRANSCRIPT_MARK = /^[ \t]*(?:>>>|<<<)/;
function quotedBlock(text: string): Undisguised | null {
  let firstQuoted = -1;
  let lastQuoted = -1;
  let quoted = 0;
  let depth = Infinity;
  let lineNo = 0;
  let gap = false;
  for (let at = 0; at <= text.length; lineNo++) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length + 1 : nl + 1;
    if (TRANSCRIPT_MARK.test(line)) return null;
    if (line.trim() === '') continue;
    if (EMAIL_QUOTE.test(line)) {
      // (One run: a quoted line after unquoted ones that followed the run is a second quote, or a transcript.)
      if (gap) return null;
      if (firstQuoted < 0) firstQuoted = lineNo;
      lastQuoted = lineNo;
      quoted++;
      depth = Math.min(depth, (QUOTE_MARKS.exec(line) as RegExpExecArray)[0].split('>').length - 1);
    } else if (firstQuoted >= 0) gap = true;
  }
  if (quoted < 1 || depth === Infinity) return null;
  let n = 0;
  return perLine(text, (line) => {
    const inside = n >= firstQuoted && n <= lastQuoted;
    n++;
    if (!inside || line.trim() === '') return [0, line.length];
    return [quoteCut(line, depth), line.length];
  });
}

/** How much of a quoted line its first `depth` quote marks take ("> >>> RCPT TO" keeps the transcript's ">>>"). */
function quoteCut(line: string, depth: number): number {
  let cut = 0;
  for (let d = 0; d < depth; d++) cut += (QUOTE_MARK.exec(line.slice(cut)) as RegExpExecArray)[0].length;
  return cut;
}

export function dequoted(text: string): Undisguised | null {
  if (text.length > MAX_SCAN) return null;
  const first = firstLine(text);
  const mode = /^[ \t]*>/.test(first) ? 'quote' : LIST_MARK.test(first) ? 'list' : /^[ \t]/.test(first) ? 'indent' : null;
  if (mode === null) return quotedBlock(text);
  // Quoted: the levels of quoting every line shares (a quote of a quote); indented: the indentation they share.
  let indent = Infinity;
  let depth = Infinity;
  for (let at = 0; at <= text.length; ) {
    const nl = text.indexOf('\n', at);
    const line = text.slice(at, nl < 0 ? text.length : nl);
    at = nl < 0 ? text.length + 1 : nl + 1;
    if (line.trim() === '') continue;
    if (mode === 'quote') {
      const marks = QUOTE_MARKS.exec(line);
      if (!marks) return quotedBlock(text);
      depth = Math.min(depth, marks[0].split('>').length - 1);
    } else if (mode === 'list') {
      if (!LIST_MARK.test(line)) return listItem(text);
    } else indent = Math.min(indent, (INDENT.exec(line) as RegExpExecArray)[0].length);
  }
  if (mode === 'indent' && (indent === 0 || indent === Infinity)) return null;
  return perLine(text, (line) => {
    if (line.trim() === '') return [line.length, line.length];
    const cut = mode === 'quote' ? quoteCut(line, depth) : mode === 'list' ? (LIST_MARK.exec(line) as RegExpExecArray)[0].length : indent;
    return [cut, line.length];
  });
}
