/**
 * The CLI's inputs as mail admins have them, read synchronously (one small file after another is fastest that way):
 * regular files only — a FIFO, a device or a socket gets a clear error instead of a hang or an endless read; folders
 * (and Maildirs) walked recursively; mbox files split into their messages, streamed, so an mbox of any size costs
 * memory for one message at a time.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** One input: a file, or one message of an mbox file (`index` counts from 1). */
export interface Input {
  /** The path as given or as found in a folder. */
  file: string;
  /** The message's number in an mbox file. */
  index?: number;
  bytes?: Uint8Array;
  error?: string;
}

function kindOf(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

function errorWords(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'no such file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENXIO'
          ? 'it is a socket or a device with nothing behind it, not a file'
          : code === 'ELOOP'
            ? 'too many symbolic links'
            : `it could not be read (${code ?? 'unknown error'})`;
  return `Cannot read ${path}: ${why}.`;
}

/**
 * Reads up to `max + 1` bytes of an open regular file from its start (so that "larger than max" can be told), at
 * explicit positions: the descriptor's own position is left where it was.
 */
function readUpTo(fd: number, size: number, max: number): Uint8Array {
  let buf = new Uint8Array(Math.min(size, max) + 1);
  let at = 0;
  for (;;) {
    if (at === buf.length) {
      if (buf.length > max) break;
      // The file grew while it was read: read on, up to the limit.
      const bigger = new Uint8Array(Math.min(buf.length * 2, max + 1));
      bigger.set(buf);
      buf = bigger;
    }
    const want = buf.length - at;
    const n = readSync(fd, buf, at, want, at);
    at += n;
    // A regular file's short read is its end: no further read just to see 0 bytes (a file of `size` bytes is one read).
    if (n < want) break;
  }
  return buf.subarray(0, at);
}

const MBOX_PEEK = 200;

/**
 * What a path holds: its bytes, or a plain-words error. Opened without blocking (a FIFO with no writer would block
 * the open) and checked after opening (so a path swapped for a FIFO between a check and the open cannot block
 * either). A regular file larger than `max` is returned as `max + 1` bytes; an mbox file is never read whole (see
 * `mboxMessages`): `mbox` is true for one, with the descriptor left open for the caller.
 */
export function openInput(path: string, max: number): { bytes: Uint8Array } | { mbox: number; size: number } | { error: string; directory?: boolean } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { error: errorWords(path, error) };
  }
  let keepOpen = false;
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { error: `${path} is a folder.`, directory: true };
    if (!st.isFile()) {
      return { error: `${path} is ${kindOf(st)}, not a regular file; bounce-doctor reads files, or standard input (bounce-doctor diagnose - < ${path}).` };
    }
    if (st.size <= max) {
      // Most inputs are small files: read at once, and looked at for an mbox separator afterwards (one read fewer).
      const bytes = readUpTo(fd, st.size, max);
      if (bytes.length === 0 || !looksLikeMbox(bytes.subarray(0, MBOX_PEEK))) return { bytes };
    }
    const head = new Uint8Array(Math.min(MBOX_PEEK, st.size));
    const n = head.length > 0 ? readSync(fd, head, 0, head.length, 0) : 0;
    if (n > 0 && looksLikeMbox(head.subarray(0, n))) {
      keepOpen = true;
      return { mbox: fd, size: st.size };
    }
    return { bytes: readUpTo(fd, st.size, max) };
  } catch (error) {
    return { error: errorWords(path, error) };
  } finally {
    if (!keepOpen) closeSync(fd);
  }
}

/** All of an open file (its size known), then closed: for an mbox small enough to split in memory. */
export function readWhole(fd: number, size: number): Uint8Array {
  try {
    return readUpTo(fd, size, size + (1 << 20));
  } finally {
    closeInput(fd);
  }
}

export function closeInput(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
}

/** Files in folders that are not mail: skipped in a folder walk (a file named on the command line is always read). */
const NOT_MAIL = /\.(?:png|jpe?g|gif|webp|bmp|ico|svg|pdf|zip|gz|tgz|bz2|xz|7z|rar|tar|docx?|xlsx?|pptx?|odt|ods|mp[34]|mov|avi|wav|exe|dll|so|dylib|bin|iso|dmg|db|sqlite|pyc|class|jar|woff2?|ttf|otf)$/i;

/**
 * The files under a folder, recursively, in name order. Hidden entries and files that are plainly not mail are left
 * out, and symbolic links are not followed (no loops). In a Maildir only cur/, new/ and its Maildir++ subfolders
 * (".Sent", ".Bounces") are read: tmp/ holds messages still being delivered, the rest is the mail server's bookkeeping.
 */
export function* walkFolder(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  const maildir = names.includes('cur') && names.includes('new');
  for (const name of names) {
    const path = join(dir, name);
    if (maildir ? name !== 'cur' && name !== 'new' && !(name.startsWith('.') && isMaildir(path)) : name.startsWith('.')) continue;
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch {
      continue;
    }
    if (st.isDirectory()) yield* walkFolder(path);
    else if (st.isFile() && !NOT_MAIL.test(name)) yield path;
  }
}

function isMaildir(path: string): boolean {
  try {
    const names = readdirSync(path);
    return names.includes('cur') && names.includes('new');
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// mbox

/** "From " at `at`: the start of an mbox separator line (mboxo, mboxrd, mboxcl). */
function isFromLine(buf: Uint8Array, at: number): boolean {
  return buf[at] === 70 && buf[at + 1] === 114 && buf[at + 2] === 111 && buf[at + 3] === 109 && buf[at + 4] === 32;
}

/**
 * True when a file starts with an mbox separator: "From ", the envelope sender, and a date ("From MAILER-DAEMON Fri
 * Jul  8 12:08:34 2011"), not a sentence that happens to start with "From".
 */
export function looksLikeMbox(head: Uint8Array): boolean {
  if (!isFromLine(head, 0)) return false;
  const eol = head.indexOf(10);
  const line = String.fromCharCode(...head.subarray(0, eol < 0 ? Math.min(head.length, 200) : Math.min(eol, 200)));
  return /^From [^\s]{1,200} {1,3}\S[^\n]{0,120}(?:\d\d:\d\d|\d{4})\s*$/.test(line);
}

const CHUNK = 1 << 20;

/**
 * The messages of an mbox file, one at a time, without its "From " separator lines and with mboxrd/mboxo quoting
 * (">From ") undone. A message is split off where a line starting with "From " follows a blank line (or starts the
 * file). A message larger than `max` gives an error in its place and is skipped. Reads the descriptor in 1 MB
 * chunks; closes it at the end.
 */
export function* mboxMessages(fd: number, file: string, max: number): Generator<Input> {
  let buf = new Uint8Array(0);
  let len = 0;
  let eof = false;
  let index = 0;
  let position = 0;
  const fill = () => {
    if (buf.length - len < CHUNK) {
      const bigger = new Uint8Array(Math.max(buf.length * 2, len + CHUNK));
      bigger.set(buf.subarray(0, len));
      buf = bigger;
    }
    const n = readSync(fd, buf, len, CHUNK, position);
    position += n;
    len += n;
    if (n === 0) eof = true;
  };
  try {
    // The start of the current message (just past its "From " line), and where the search for the next separator
    // resumes.
    let start = -1;
    let scan = 0;
    let oversized = false;
    for (;;) {
      if (start < 0) {
        // Find the end of the first separator line.
        while (!eof && buf.subarray(0, len).indexOf(10) < 0) fill();
        const eol = buf.subarray(0, len).indexOf(10);
        if (eol < 0) return;
        start = eol + 1;
        scan = start;
      }
      const next = findSeparator(buf, scan, len);
      if (next < 0 && !eof) {
        // Keep at most one message (plus a chunk) in memory: a message over the limit is dropped as it streams by.
        if (len - start > max + CHUNK) {
          oversized = true;
          const keep = buf.subarray(len - 16, len).slice();
          buf.set(keep, 0);
          len = keep.length;
          start = 0;
          scan = 0;
        } else scan = Math.max(start, len - 16);
        fill();
        continue;
      }
      const end = next < 0 ? len : next;
      index++;
      if (oversized || end - start > max) yield { file, index, error: `${file}, message ${index}, is larger than 10 MB; a bounce is never that big.` };
      else if (end > start) yield { file, index, bytes: unquoteFrom(buf.slice(start, trimBlankEnd(buf, start, end))) };
      oversized = false;
      if (next < 0) return;
      // Drop what was read; the next message starts after its separator line.
      const rest = buf.subarray(next, len).slice();
      buf.set(rest, 0);
      len = rest.length;
      start = -1;
    }
  } finally {
    closeInput(fd);
  }
}

/** The index of the next separator line ("\n\nFrom " or "\n\r\nFrom ": the "F"), or -1. */
function findSeparator(buf: Uint8Array, from: number, len: number): number {
  const view = buf.subarray(0, len);
  for (let at = view.indexOf(70, from); at >= 0; at = view.indexOf(70, at + 1)) {
    if (at + 5 > len) return -1;
    if (!isFromLine(view, at) || at < 2 || view[at - 1] !== 10) continue;
    if (view[at - 2] === 10 || (view[at - 2] === 13 && at >= 3 && view[at - 3] === 10)) return at;
  }
  return -1;
}

/** The end of a message without the blank line that separates it from the next. */
function trimBlankEnd(buf: Uint8Array, start: number, end: number): number {
  let e = end;
  if (e > start && buf[e - 1] === 10) e--;
  if (e > start && buf[e - 1] === 13) e--;
  return e;
}

/** ">From " (mboxo) and ">>From " (mboxrd) at a line start lose one ">". */
function unquoteFrom(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let last = 0;
  for (let at = bytes.indexOf(62); at >= 0; at = bytes.indexOf(62, at + 1)) {
    if (at > 0 && bytes[at - 1] !== 10) continue;
    let q = at;
    while (bytes[q] === 62) q++;
    if (!isFromLine(bytes, q)) continue;
    parts.push(bytes.subarray(last, at));
    last = at + 1;
    at = q;
  }
  if (parts.length === 0) return bytes;
  parts.push(bytes.subarray(last));
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    joined.set(p, pos);
    pos += p.length;
  }
  return joined;
}

/** An mbox read from standard input (already in memory): the same split. */
export function splitMbox(bytes: Uint8Array, file: string, max: number): Input[] {
  const out: Input[] = [];
  const eol = bytes.indexOf(10);
  if (eol < 0) return out;
  let start = eol + 1;
  let index = 0;
  for (;;) {
    const next = findSeparator(bytes, start, bytes.length);
    const end = next < 0 ? bytes.length : next;
    index++;
    if (end - start > max) out.push({ file, index, error: `${file}, message ${index}, is larger than 10 MB; a bounce is never that big.` });
    else if (end > start) out.push({ file, index, bytes: unquoteFrom(bytes.slice(start, trimBlankEnd(bytes, start, end))) });
    if (next < 0) return out;
    const lineEnd = bytes.indexOf(10, next);
    if (lineEnd < 0) return out;
    start = lineEnd + 1;
  }
}

