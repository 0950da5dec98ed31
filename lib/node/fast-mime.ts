/**
 * A MIME parser for the shapes bounces come in, for Node only: the CLI and the benchmarks install it (as they install
 * fast-blob.ts); the extension keeps postal-mime alone. It gives exactly what read-message.ts reads of postal-mime's
 * result — the top-level headers, the subject, the text and HTML bodies, the attachments' types and bytes, and the
 * part tree — and test/engine/fast-mime.test.ts holds it to postal-mime's answer on every corpus mail and fixture. It
 * follows postal-mime's rules line for line (line ends, boundaries, header folding, transfer encodings, which parts are
 * text) without its costs: no await per line, no Blob per part, no address or date parsing the reader never uses.
 *
 * Anything outside the shapes it knows returns null and postal-mime reads the message: parameters with comments,
 * escapes or RFC 2231 sections, a charset label not in its short list, format=flowed text, multipart/digest, calendar
 * parts, a text part of one type beside a part of only the other (postal-mime converts between HTML and text there),
 * nesting or header sizes near postal-mime's limits.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { decodeIso2022JpLeftovers } from '../engine/charsets';
import { useQuickMime, type QuickMime } from '../engine/mime-hook';

/** Parameters and value of a Content-Type or Content-Disposition, as postal-mime's parseStructuredHeader gives them. */
interface Structured {
  value: string;
  params: Record<string, string>;
}

class Part {
  readonly depth: number;
  readonly childNodes: Part[] = [];
  finished = false;
  inHeader = true;
  headerLines: string[] = [];
  readonly headers: { key: string; originalKey: string; value: string }[] = [];
  readonly contentType: { parsed: Structured; multipart: string | false } = { parsed: { value: 'text/plain', params: {} }, multipart: false };
  readonly contentDisposition: { parsed: Structured } = { parsed: { value: '', params: {} } };
  /** 'base64', 'qp' or '' (passed through). */
  encoding = '';
  /** Body lines as [start, end) offsets into `message`. */
  body: number[] = [];
  /** The body as text when it is ASCII passed through (no ESC): what decoding it in an ASCII charset gives. */
  ascii: string | null = null;
  private decoded: ArrayBuffer | null = null;

  constructor(
    readonly parent: Part | null,
    private readonly message: Uint8Array,
  ) {
    this.depth = parent ? parent.depth + 1 : 0;
  }

  /** The decoded body once the part is finished, made when first asked for (a part read as text may never be). */
  get content(): ArrayBuffer | null {
    if (this.decoded === null && this.finished) {
      this.decoded = decodeBody(this.message, this.body, this.encoding);
      this.body = [];
    }
    return this.decoded;
  }
}

/** postal-mime's limits as read-message.ts sets them (maxNestingDepth 64; header bytes 2 MB by default). */
const MAX_DEPTH = 64;
const MAX_HEADER_BYTES = 2 * 1024 * 1024;

const HEADER_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
const ENCODER = new TextEncoder();

/** Charset labels postal-mime's decoder table takes as written (a TextDecoder per label, default options). */
const CHARSETS = new Set(
  'utf-8 utf8 us-ascii ascii iso-8859-1 iso8859-1 latin1 windows-1252 cp1252 iso-8859-2 iso-8859-15 windows-1250 windows-1251 koi8-r iso-2022-jp shift_jis shift-jis sjis euc-jp gb2312 gbk gb18030 big5 euc-kr ks_c_5601-1987 utf-16 utf-16le utf-16be'.split(' '),
);
const decoders = new Map<string, TextDecoder>();
/** Charsets that decode ASCII bytes as themselves. */
const ASCII_SAFE = new Set('utf-8 utf8 us-ascii ascii iso-8859-1 iso8859-1 latin1 windows-1252 cp1252 iso-8859-15'.split(' '));

const FATAL_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An attachment's text as read-message.ts's contentAsText makes it of bytes in valid UTF-8 (charsets.ts guesses UTF-8
 * for 8-bit bytes that decode, ISO-2022-JP for 7-bit ones with ESC), in one decode; null for the rest, which the
 * reader decodes itself. (A 7-bit body without ESC comes as Latin-1 text already: asciiBody.)
 */
function utf8Text(content: ArrayBuffer): string | null {
  // Checked first: a failing fatal decode throws, which costs more than the check.
  if (!isUtf8(content)) return null;
  let text: string;
  try {
    text = FATAL_UTF8.decode(content);
  } catch {
    return null;
  }
  return text.length === content.byteLength && new Uint8Array(content).includes(0x1b) ? null : decodeIso2022JpLeftovers(text);
}

/** A passed-through body (each line and a LF) as text, when it is 7-bit without ESC; null otherwise. */
function asciiBody(av: Uint8Array, latin1: string, body: number[]): string | null {
  if (body.length === 0) return '';
  // Between the lines stand only their trailing CRs and LFs: the whole stretch decides (8-bit bytes, or ESC).
  const stretch = av.subarray(body[0] as number, body[body.length - 1] as number);
  if (!isAscii(stretch) || stretch.includes(0x1b)) return null;
  // Each line and a LF: lines that stand one LF apart (no CR dropped) are taken as one run.
  const runs: string[] = [];
  for (let i = 0; i < body.length; ) {
    const start = body[i] as number;
    let end = body[i + 1] as number;
    for (i += 2; i < body.length && body[i] === end + 1; i += 2) end = body[i + 1] as number;
    runs.push(latin1.slice(start, end));
  }
  return runs.join('\n') + '\n';
}

/** A parameter value postal-mime reads as written: a token, or a quoted string with no escapes. */
const PARAM = /^([A-Za-z0-9!#$%&'+.^_`{|}~-]+)[ \t]*=[ \t]*(?:"([^"\\]*)"|([^\s;"()\\]*))$/;
const TYPE = /^[^\s;"()\\=]*$/;

/** A Content-Type or Content-Disposition value, or null when postal-mime's own parser is needed. */
function structured(header: string): Structured | null {
  if (header.includes('(') || header.includes('\\') || header.includes('*')) return null;
  const pieces = header.split(';').map(trimWsp);
  const type = pieces[0] as string;
  if (!TYPE.test(type)) return null;
  const params: Record<string, string> = {};
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (i === pieces.length - 1 && piece === '') break;
    const m = PARAM.exec(piece);
    if (!m) return null;
    const name = (m[1] as string).toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(params, name)) params[name] = m[2] ?? m[3] ?? '';
  }
  return { value: type.toLowerCase(), params };
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;
function trimWsp(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWsp(s.charCodeAt(start))) start++;
  while (end > start && isWsp(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

const CONTENT_HEADERS = new Set(['content-type', 'content-transfer-encoding', 'content-disposition', 'content-id', 'content-description']);

/** Thrown to hand a message to postal-mime: one instance, made once (an Error's stack is costly to capture). */
class Bail extends Error {}
const BAIL = new Bail();

function newPart(parent: Part | null, message: Uint8Array): Part {
  if (parent && parent.depth + 1 > MAX_DEPTH - 2) throw BAIL;
  if (parent?.contentType.multipart === 'digest') throw BAIL;
  const part = new Part(parent, message);
  parent?.childNodes.push(part);
  return part;
}

/** Parses a message; null when postal-mime should (see the top of this file). */
export function quickMime(bytes: Uint8Array, decodeWords: (s: string) => string, latin1?: string): ReturnType<QuickMime> {
  try {
    return parse(bytes, decodeWords, latin1);
  } catch (error) {
    if (error instanceof Bail) return null;
    throw error;
  }
}

function parse(av: Uint8Array, decodeWords: (s: string) => string, latin1: string | undefined): ReturnType<QuickMime> {
  if (av.length === 0) return null;
  if (latin1?.length !== av.length) latin1 = undefined;
  // A header line without 8-bit bytes is its Latin-1 text as is.
  const hasHighByte = (start: number, end: number) => {
    for (let i = start; i < end; i++) if ((av[i] as number) >= 0x80) return true;
    return false;
  };
  const root = newPart(null, av);
  let current = root;
  const boundaries: { value: Uint8Array; part: Part }[] = [];
  let headerBytes = 0;

  const processHeaders = (part: Part) => {
    const folded: string[][] = [];
    for (const line of part.headerLines) {
      const c = line.charCodeAt(0);
      if (folded.length > 0 && (c === 0x20 || c === 0x09)) (folded[folded.length - 1] as string[]).push(line);
      else folded.push([line]);
    }
    let type: string | null = null;
    let disposition: string | null = null;
    let transfer: string | null = null;
    for (const pieces of folded) {
      const unfolded = pieces.length === 1 ? (pieces[0] as string) : pieces.join('');
      const sep = unfolded.indexOf(':');
      const key = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep));
      // A line holds no LF; a CR left inside one becomes a space.
      const value = sep < 0 ? '' : trimWsp(unfolded.includes('\r') ? unfolded.slice(sep + 1).replace(/[\r\n]+/g, ' ') : unfolded.slice(sep + 1));
      const lower = key.toLowerCase();
      part.headers.push({ key: lower, originalKey: key, value });
      if (CONTENT_HEADERS.has(lower)) {
        if (lower === 'content-type') type ??= value;
        else if (lower === 'content-disposition') disposition ??= value;
        else if (lower === 'content-transfer-encoding') transfer ??= value;
      }
    }
    const parsed = structured(type ?? 'text/plain');
    const parsedDisposition = structured(disposition ?? '');
    if (!parsed || !parsedDisposition) throw BAIL;
    part.contentType.parsed = parsed;
    part.contentType.multipart = /^multipart\//i.test(parsed.value) ? parsed.value.slice(parsed.value.indexOf('/') + 1) : false;
    if (part.contentType.multipart && parsed.params.boundary) boundaries.push({ value: ENCODER.encode(parsed.params.boundary), part });
    part.contentDisposition.parsed = parsedDisposition;
    if (transfer?.includes('(')) throw BAIL;
    const encoding = ((transfer ?? '8bit').toLowerCase().match(/[\w-]+/) ?? [''])[0] as string;
    part.encoding = /base64/i.test(encoding) ? 'base64' : /quoted-printable/i.test(encoding) ? 'qp' : '';
    part.headerLines = [];
  };

  const finalize = (part: Part) => {
    if (part.finished) return;
    if (part.inHeader) processHeaders(part);
    for (let i = boundaries.length - 1; i >= 0; i--) {
      if ((boundaries[i] as { part: Part }).part === part) {
        boundaries.splice(i, 1);
        break;
      }
    }
    for (const child of part.childNodes) finalize(child);
    if (part.encoding === '' && latin1 !== undefined && !part.contentType.multipart) part.ascii = asciiBody(av, latin1, part.body);
    part.finished = true;
  };

  const feed = (start: number, end: number) => {
    const part = current;
    if (part.finished) return;
    if (part.inHeader) {
      if (end === start) {
        part.inHeader = false;
        processHeaders(part);
        return;
      }
      headerBytes += end - start;
      if (headerBytes > MAX_HEADER_BYTES) throw BAIL;
      part.headerLines.push(latin1 !== undefined && !hasHighByte(start, end) ? latin1.slice(start, end) : HEADER_DECODER.decode(av.subarray(start, end)));
      return;
    }
    part.body.push(start, end);
  };

  /** A boundary line of an open multipart: ends a part (or the multipart); false when the line is not one. */
  const boundaryLine = (start: number, end: number): boolean => {
    const length = end - start;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      const { value, part } = boundaries[i] as { value: Uint8Array; part: Part };
      if (length < value.length + 2) continue;
      let matches = true;
      for (let j = 0; j < value.length; j++) {
        if (av[start + j + 2] !== value[j]) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      let boundaryEnd = value.length + 2;
      let terminator = false;
      if (length >= value.length + 4 && av[start + value.length + 2] === 0x2d && av[start + value.length + 3] === 0x2d) {
        terminator = true;
        boundaryEnd = value.length + 4;
      }
      let trailing = true;
      for (let j = start + boundaryEnd; j < end; j++) {
        if (av[j] !== 0x20 && av[j] !== 0x09) {
          trailing = false;
          break;
        }
      }
      if (!trailing) continue;
      if (terminator) {
        finalize(part);
        current = part.parent ?? root;
      } else {
        for (const child of part.childNodes) finalize(child);
        current = newPart(part, av);
      }
      return true;
    }
    return false;
  };

  // Lines as postal-mime reads them: up to each LF, without the line's trailing CRs and LFs.
  const n = av.length;
  for (let pos = 0; pos < n; ) {
    let lf = latin1 !== undefined ? latin1.indexOf('\n', pos) : av.indexOf(0x0a, pos);
    const next = lf < 0 ? n : lf + 1;
    if (lf < 0) lf = n;
    let end = lf;
    while (end > pos && av[end - 1] === 0x0d) end--;
    if (!(boundaries.length > 0 && end - pos > 2 && av[pos] === 0x2d && av[pos + 1] === 0x2d && boundaryLine(pos, end))) feed(pos, end);
    pos = next;
  }
  finalize(root);

  // Text parts and attachments, as postal-mime's collectNode sorts them (message/rfc822 parts stay attachments).
  const texts = new Map<Part, { plain?: string[]; html?: string[] }>();
  const types: ('plain' | 'html')[] = [];
  const attachments: { mimeType: string; content: ArrayBuffer | string }[] = [];
  const collect = (part: Part, alternative: Part | null) => {
    const ct = part.contentType;
    if (!ct.multipart) {
      const type = ct.parsed.value;
      if (part.contentDisposition.parsed.value !== 'attachment' && (type === 'text/plain' || type === 'text/html')) {
        const kind = type === 'text/html' ? 'html' : 'plain';
        const selector = alternative ?? part;
        let entry = texts.get(selector);
        // Both fields from the start, so every entry (and `out` below) has one shape for V8: no deopt on a new one.
        if (!entry) texts.set(selector, (entry = { plain: undefined, html: undefined }));
        (entry[kind] ??= []).push(textOf(part));
        if (!types.includes(kind)) types.push(kind);
      } else {
        // Every part is finished here, so it has content (postal-mime's test for an attachment).
        if (type === 'text/calendar' || type === 'application/ics') throw BAIL;
        const content = part.content as ArrayBuffer;
        attachments.push({ mimeType: type, content: part.ascii ?? utf8Text(content) ?? content });
      }
    } else if (ct.multipart === 'alternative') alternative = part;
    for (const child of part.childNodes) collect(child, alternative);
  };
  collect(root, null);
  const out: { plain?: string[]; html?: string[] } = { plain: undefined, html: undefined };
  for (const entry of texts.values()) {
    for (const kind of types) {
      const own = entry[kind];
      // postal-mime would convert the other type's text here: its converters are its own.
      if (!own) throw BAIL;
      (out[kind] ??= []).push(...own);
    }
  }
  const plain = out.plain?.join('\n');
  const html = out.html?.join('\n');
  const subject = root.headers.find((h) => h.key === 'subject');
  return {
    email: {
      headers: root.headers,
      subject: subject?.value ? decodeWords(subject.value) : undefined,
      text: plain || undefined,
      html: html || undefined,
      attachments,
    },
    root,
  };
}

/** A text part's characters, as postal-mime's getTextContent decodes them. */
function textOf(part: Part): string {
  const params = part.contentType.parsed.params;
  if (/^flowed$/i.test(params.format ?? '')) throw BAIL;
  const label = (params.charset || 'utf8').trim().toLowerCase();
  if (!CHARSETS.has(label)) throw BAIL;
  if (part.ascii !== null && ASCII_SAFE.has(label)) return part.ascii;
  if (!part.content) return '';
  let decoder = decoders.get(label);
  if (!decoder) decoders.set(label, (decoder = new TextDecoder(label)));
  return decoder.decode(part.content);
}

const BASE64 = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/** A part's body from its lines: passed through (each line and a LF), base64 or quoted-printable, as postal-mime's decoders. */
function decodeBody(av: Uint8Array, body: number[], encoding: string): ArrayBuffer {
  let total = 0;
  for (let i = 0; i < body.length; i += 2) total += (body[i + 1] as number) - (body[i] as number) + 1;
  const out = new Uint8Array(total);
  let at = 0;
  if (encoding === '') {
    // Each line and a LF: lines that stand one LF apart in the message (no CR dropped) are copied as one run.
    for (let i = 0; i < body.length; ) {
      const start = body[i] as number;
      let end = body[i + 1] as number;
      for (i += 2; i < body.length && body[i] === end + 1; i += 2) end = body[i + 1] as number;
      out.set(av.subarray(start, end), at);
      at += end - start;
      out[at++] = 0x0a;
    }
    return out.buffer;
  }
  if (encoding === 'qp') {
    for (let i = 0; i < body.length; i += 2) {
      const start = body[i] as number;
      let end = body[i + 1] as number;
      const soft = end > start && av[end - 1] === 0x3d;
      if (soft) end--;
      for (let j = start; j < end; j++) {
        const c = av[j] as number;
        if (c === 0x3d && j + 2 < end) {
          const high = hex(av[j + 1] as number);
          const low = hex(av[j + 2] as number);
          if (high >= 0 && low >= 0) {
            out[at++] = (high << 4) | low;
            j += 2;
            continue;
          }
        }
        out[at++] = c;
      }
      if (!soft) out[at++] = 0x0a;
    }
    return out.buffer.slice(0, at);
  }
  // Base64: the alphabet's characters only; '=' ends a unit (some mailers pad every line), and each unit is decoded
  // on its own, a lone trailing character dropped.
  let unit = 0;
  let bits = 0;
  const flush = () => {
    // A unit of 4k+1 characters: the last one cannot make a byte and is dropped (its bits never reach a byte).
    unit = 0;
    bits = 0;
  };
  for (let i = 0; i < body.length; i += 2) {
    const end = body[i + 1] as number;
    for (let j = body[i] as number; j < end; j++) {
      const c = av[j] as number;
      if (c === 0x3d) {
        if (unit > 0) flush();
        continue;
      }
      const v = c < 128 ? (BASE64[c] as number) : -1;
      if (v < 0) continue;
      bits = (bits << 6) | v;
      unit++;
      const k = unit & 3;
      if (k === 2) out[at++] = (bits >> 4) & 0xff;
      else if (k === 3) out[at++] = (bits >> 2) & 0xff;
      else if (k === 0) {
        out[at++] = bits & 0xff;
        bits = 0;
      }
    }
  }
  return out.buffer.slice(0, at);
}

function hex(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Installs the parser for read-message.ts, once, in Node only. */
export function installFastMime(): void {
  const g = globalThis as { process?: { versions?: { node?: string } } };
  if (g.process?.versions?.node) useQuickMime(quickMime);
}
