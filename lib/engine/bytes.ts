/**
 * A file's bytes made ready for the readers, the same way for the CLI and for a .eml dropped on the popup:
 *   - UTF-16 (with or without a byte-order mark) is text, decoded as such; a UTF-8 byte-order mark is dropped;
 *   - "binary" is decided by proportion: a few control bytes in text (a NUL at the end of a mail, a stray form
 *     feed) are noise, dropped with a note; only input that is more than 2% control bytes is refused;
 *   - CR-only line ends (old Mac mail clients) become LF, so a message reads the same whatever its line ends;
 *   - text that is not a message is decoded in its charset: UTF-8 when valid, else the guessed one (charsets.ts).
 * A message keeps its bytes: the MIME parser decodes each part in the charset it declares.
 */
import { decodeBytes } from './charsets';
import { LATIN1 } from './codec';
import { looksLikeMessage, MAX_INPUT_CHARS } from './read-text';

export type Prepared =
  /** `head`: the header block's 8 KB as Latin-1 at least; all of `bytes` when they were decoded whole. */
  | { kind: 'message'; bytes: Uint8Array; head: string; notes: string[] }
  | { kind: 'text'; text: string; notes: string[] }
  | { kind: 'binary' }
  | { kind: 'empty' };

/** Control bytes that text does not hold: C0 except tab, LF, VT, FF, CR and ESC (ISO-2022-JP's), and DEL. */
const isStray = (b: number) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) || b === 0x7f;

/** More than this share of control bytes is binary. */
const BINARY_SHARE = 0.02;

/** UTF-16 by its byte-order mark, or by the zero bytes of ASCII characters at every other position. */
export function utf16Endianness(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 16) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

function strayCount(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (isStray(bytes[i] as number)) n++;
  return n;
}

function withoutStray(bytes: Uint8Array, count: number): Uint8Array {
  const out = new Uint8Array(bytes.length - count);
  let j = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (!isStray(b)) out[j++] = b;
  }
  return out;
}

/** Bare CRs (a CR not followed by LF) and LFs: CR-only text has the first and none (or few) of the second. */
function crOnly(bytes: Uint8Array): boolean {
  let bare = 0;
  let lf = 0;
  for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) if (bytes[i + 1] !== 10) bare++;
  if (bare === 0) return false;
  for (let i = bytes.indexOf(10); i >= 0 && lf <= bare; i = bytes.indexOf(10, i + 1)) lf++;
  return bare > lf;
}

function crToLf(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    out[i] = b === 13 && bytes[i + 1] !== 10 ? 10 : b;
  }
  return out;
}

/** The same for text: CR-only line ends as LF (CRLF stays; the readers handle it). */
export function textCrToLf(text: string): string {
  if (!text.includes('\r')) return text;
  let bare = 0;
  let lf = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) bare++;
  if (bare === 0) return text;
  for (let i = text.indexOf('\n'); i >= 0 && lf <= bare; i = text.indexOf('\n', i + 1)) lf++;
  return bare > lf ? text.replace(/\r(?!\n)/g, '\n') : text;
}

import { strayControls, strayNote } from './stray';
export { strayControls, strayNote } from './stray';

export function prepareBytes(input: Uint8Array): Prepared {
  if (input.length === 0) return { kind: 'empty' };
  const utf16 = utf16Endianness(input);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(input);
    return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text, notes: [] };
  }
  let bytes = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
  const notes: string[] = [];
  // Decoded once (a character per byte) for the stray count and, when nothing changes, for the message reader.
  let latin1 = bytes.length <= MAX_INPUT_CHARS ? LATIN1.decode(bytes) : null;
  const stray = latin1 !== null ? strayControls(latin1) : strayCount(bytes);
  if (stray > 0) {
    if (stray > bytes.length * BINARY_SHARE) return { kind: 'binary' };
    bytes = withoutStray(bytes, stray);
    notes.push(strayNote(stray));
    latin1 = null;
  }
  if (crOnly(bytes)) {
    bytes = crToLf(bytes);
    latin1 = null;
  }
  // The header block decides; 8 KB holds it (looksLikeMessage reads the first 60 lines).
  const head = latin1 ?? LATIN1.decode(bytes.subarray(0, 8192));
  if (looksLikeMessage(head)) return { kind: 'message', bytes, head, notes };
  const { text, guessed, charset } = decodeBytes(bytes);
  if (guessed && charset !== 'utf-8') notes.push(`The text does not say its character set; it was read as ${charset}.`);
  return { kind: 'text', text, notes };
}
