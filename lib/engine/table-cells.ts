/**
 * The cells of a table's row, when a paste is one: a row a browser copies from an email service's activity or bounce
 * report, a spreadsheet's or a ticket grid's (its cells a tab apart: "pat@example.org\tBounced\t550 5.1.1 …\tJun 3"),
 * a line of a CSV export (RFC 4180: "pat@example.org,bounce,\"550 5.1.1 …\",2024-06-03", a quoted field's own quote
 * mark doubled, its line breaks kept; with semicolons where a spreadsheet's locale writes the decimal comma). The reply is one cell among the row's others, not where a line opens, and a
 * reply the readers take only there ("451 Bad reverse DNS.") was missed; a cell of words beside it ("Bounced", "Hard
 * bounce") was read as the failure. paste.ts reads each cell as a paste of its own and keeps, for each row, the one the
 * diagnosis is surest of: a row is a recipient.
 *
 * A row is three cells or more, a tab apart, or a comma or semicolon apart when a quoted field shows which. A comma- or
 * semicolon-separated row has no field that opens with a space, as machines write them and prose never is ("Hello, I
 * got this, any idea?"), nor a quote mark inside an unquoted field (a JSON object, a log's key="value"). Only in the
 * text's first MAX_TABLE characters, and in at most WORK steps however its quote marks fall.
 */
import { findAddresses } from './addresses';

const MAX_TABLE = 256 * 1024;
/** Columns of a row at most: a line cut into more is no report's row. */
const MAX_COLUMNS = 40;
/** Rows and cells read at most (a report's page of bounces is some dozens of rows). */
const MAX_ROWS = 50;
const MAX_CELLS = 200;
/** Characters visited at most, all records together (a record that is no row is read again from its next line). */
const WORK = 4 * MAX_TABLE;

export interface Cell {
  /** The cell's text, a quoted field's doubled quote marks single again. */
  text: string;
  /** For each index of `text` (and its end), the index in the paste it came from. */
  map: Int32Array;
}

export interface Row {
  cells: Cell[];
  /** The row's cell that is an address and nothing else ("pat@example.org", "<pat@example.org>"), if one is. */
  address: string | null;
}

/**
 * The rows of the table `text` is or holds, in order (the first MAX_ROWS of them): all of them when nothing was read from
 * the paste as it stands (`at` null), or when what was read begins in one of them (`at`); else none, and none when the
 * text has no row.
 */
export function tableRows(text: string, at: number | null): Row[] {
  const scan = Math.min(text.length, MAX_TABLE);
  if (at !== null && at >= scan) return [];
  const tabs = tabbedLine(text, scan);
  const quoted = tabs ? null : /([,;])"|"([,;])/.exec(text.slice(0, scan));
  if (!tabs && !quoted) return [];
  const delimiter = tabs ? '\t' : (((quoted as RegExpExecArray)[1] ?? (quoted as RegExpExecArray)[2]) as string);
  const rows: Row[] = [];
  let cells = 0;
  let holdsAt = at === null;
  const work = { left: WORK };
  for (let start = 0; start < scan && rows.length < MAX_ROWS && cells < MAX_CELLS && work.left > 0; ) {
    const record = readRecord(text, start, scan, delimiter, work);
    const end = record?.end ?? lineEnd(text, start, scan);
    if (record && record.fields.length >= 3) {
      const row = toRow(text, record.fields);
      rows.push(row);
      cells += row.cells.length;
      if (at !== null && start <= at && at < end) holdsAt = true;
    }
    start = end + 1;
  }
  return holdsAt ? rows : [];
}

/** Whether a line in the first `limit` characters has two tabs or more between its text (three cells). */
function tabbedLine(text: string, limit: number): boolean {
  let gaps = 0;
  let text0 = false;
  let inGap = false;
  for (let k = 0; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) {
      gaps = 0;
      text0 = false;
      inGap = false;
    } else if (c === 9) inGap = text0;
    else if (c !== 32) {
      if (inGap && ++gaps >= 2) return true;
      text0 = true;
      inGap = false;
    }
  }
  return false;
}

function lineEnd(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > limit ? limit : nl;
}

/** A field's place in the text: its content from `start` to `end`, and whether it was quoted (quote marks doubled). */
interface Field {
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * The record that starts at `from`: its fields and where it ends (its line break, or the limit). Null when it is not a
 * row as a machine writes one: a comma-separated field that opens with a space, a quote mark in an unquoted field, a
 * quoted one that does not close before a delimiter or the line's end, more than MAX_COLUMNS fields.
 */
function readRecord(text: string, from: number, limit: number, delimiter: string, work: { left: number }): { fields: Field[]; end: number } | null {
  const fields: Field[] = [];
  const csv = delimiter !== '\t';
  const d = delimiter.charCodeAt(0);
  let at = from;
  for (;;) {
    if (text.charCodeAt(at) === 34 /* " */) {
      // A quoted field: up to the quote mark that is not doubled; it may hold delimiters and line breaks.
      let close = -1;
      for (let k = text.indexOf('"', at + 1); k >= 0 && k < limit; k = text.indexOf('"', k + 2)) {
        if (text.charCodeAt(k + 1) !== 34) {
          close = k;
          break;
        }
      }
      work.left -= (close < 0 ? limit : close) - at;
      if (close < 0 || work.left < 0) return null;
      let after = close + 1;
      if (!csv) while (text.charCodeAt(after) === 32) after++;
      const c = text.charCodeAt(after);
      if (after < limit && c !== d && c !== 10 && c !== 13) return null;
      fields.push({ start: at + 1, end: close, quoted: true });
      at = after;
    } else {
      let k = at;
      for (let c = text.charCodeAt(k); k < limit && c !== d && c !== 10; c = text.charCodeAt(++k)) if (csv && c === 34) return null;
      work.left -= k - at + 1;
      if (csv && k > at && /\s/.test(text[at] as string)) return null;
      fields.push({ start: at, end: k, quoted: false });
      at = k;
    }
    if (fields.length > MAX_COLUMNS || work.left < 0) return null;
    if (at >= limit || text.charCodeAt(at) !== d) {
      const end = text.charCodeAt(at) === 13 ? at + 1 : at;
      return { fields, end: Math.min(end, limit) };
    }
    at++;
    // (A tab-separated row's spaces around a tab are the table's, not the cell's.)
    if (!csv) while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  }
}

const ADDRESS_CELL = /^<?[^\s<>@"]+@[^\s<>@"]+>?$/;

function toRow(text: string, fields: Field[]): Row {
  const cells: Cell[] = [];
  let address: string | null = null;
  for (const f of fields) {
    let start = f.start;
    let end = f.end;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end - start < 3) continue;
    const cell = f.quoted ? undoubled(text, start, end) : { text: text.slice(start, end), map: Int32Array.from({ length: end - start + 1 }, (_, i) => start + i) };
    if (ADDRESS_CELL.test(cell.text)) {
      address ??= findAddresses(cell.text, cell.text.length, 1).next().value?.text ?? null;
      continue;
    }
    cells.push(cell);
  }
  return { cells, address };
}

/** A quoted field's text with its doubled quote marks single, mapped back into the paste. */
function undoubled(text: string, start: number, end: number): Cell {
  const out: string[] = [];
  const map: number[] = [];
  for (let k = start; k < end; k++) {
    out.push(text[k] as string);
    map.push(k);
    if (text[k] === '"' && text[k + 1] === '"') k++;
  }
  map.push(end);
  return { text: out.join(''), map: Int32Array.from(map) };
}
