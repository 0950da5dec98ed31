/**
 * The engine's reading entry points. `readBounce` takes whatever the user has — a raw message (.eml), the text a
 * webmail shows, or a fragment such as one reply or a log line — and returns the facts (types.ts). Pure: no DOM, no
 * extension API, no network; the same code runs in Node, the popup and (text half, read-text.ts) the content script.
 * Whole messages are read by read-message.ts, loaded when one comes: what a paste needs stays small.
 */
import { readPaste, type PasteOptions } from './paste';
import type { Prepared } from './bytes';
import { strayControls, strayNote } from './stray';
import { noted } from './limits';
import { BINARY_NOTE, EMPTY_NOTE, emptyReport, looksLikeMessage, MAX_INPUT_CHARS } from './read-text';
import type { BounceReport } from './types';
export { readText, looksBinary, looksLikeMessage, MAX_INPUT_CHARS } from './read-text';

/**
 * Reads any input: a file's bytes (prepared in bytes.ts: UTF-16, stray bytes, CR-only line ends, charsets) or text,
 * looked at first to tell a message from a paste. The CLI and a .eml dropped on the popup both come through here.
 */
export async function readBounce(input: string | Uint8Array, options: ReadOptions = {}): Promise<BounceReport> {
  // Bytes (a dropped or given file) are prepared by bytes.ts and its charsets, loaded with the message reader.
  if (typeof input !== 'string') return readPrepared((await import('./bytes')).prepareBytes(input), options);
  if (looksLikeMessage(input)) return bodyAsPasted(input, await (await messageReader()).readMessage(input), options);
  return readPastedText(input, options);
}

/** The paste reader's own limit (paste.ts MAX_SCAN). */
const MAX_PASTED_BODY = 2 * 1024 * 1024;

/** A multipart or encoded message's body is the message reader's alone: as text it is boundaries and encodings. */
const ENCODED_BODY = /^(?:content-type:[ \t]*multipart\/|content-transfer-encoding:[ \t]*(?:base64|quoted-printable))/im;

/**
 * A text that opens with header fields is read as a message; but what a person pastes so is more often a bounce under
 * the fields a mail client shows or copies (From / Subject / Date / To, Outlook's From / Sent / To / Subject) than a
 * whole message, and its body may be a reply in any wrapper the paste reader knows. So the body — after the header
 * block's empty line, when the head names no multipart or encoded body — is also read as pasted text, and that reading
 * is kept when the diagnosis is surer of it (options.rank); without a rank, only when the message reader found no
 * failure at all. Spans point into the whole text.
 */
function bodyAsPasted(input: string, message: BounceReport, options: ReadOptions): BounceReport {
  const blank = /\r?\n[ \t]*\r?\n/.exec(input.slice(0, 64 * 1024));
  if (!blank || ENCODED_BODY.test(input.slice(0, blank.index))) return message;
  const start = blank.index + blank[0].length;
  const body = input.slice(start);
  // (A bounce pasted under copied fields is short; a body longer than the paste reader ever looks at is a message's.)
  if (body.length > MAX_PASTED_BODY || body.trim() === '') return message;
  const pasted = readPastedText(body, options);
  const better = options.rank ? options.rank(pasted) > options.rank(message) : !message.isBounce && pasted.isBounce;
  if (!better) return message;
  for (const r of pasted.recipients) if (r.replySpan) r.replySpan = { start: r.replySpan.start + start, end: r.replySpan.end + start };
  return pasted;
}

/** What the caller adds to the reader: the diagnosis's published knowledge, for pastes with no code (paste.ts). */
export type ReadOptions = PasteOptions;

/** Reads bytes already prepared (the CLI prepares them itself, to tell a binary file from a bounce). */
export async function readPrepared(prepared: Prepared, options: ReadOptions = {}): Promise<BounceReport> {
  if (prepared.kind === 'empty') return emptyReport('message', [EMPTY_NOTE]);
  if (prepared.kind === 'binary') return emptyReport('message', [BINARY_NOTE]);
  const report =
    prepared.kind === 'message'
      ? await (await messageReader()).readMessage(prepared.bytes, prepared.head, 0, true)
      : readPastedText(prepared.text, options);
  if (prepared.notes.length > 0) report.notes = [...prepared.notes, ...report.notes];
  return report;
}

/**
 * Text someone pasted, selected or gave as a file: also a sending service's event JSON, which a webmail never shows,
 * old systems' layouts, and the reply behind any wrapper (a library's exception, a log line, JSON fields; paste.ts).
 */
export function readPastedText(input: string, options: ReadOptions = {}): BounceReport {
  const report = noted(readPaste(input, options));
  // A few stray control characters (a NUL…) are dropped by the reader; a paste is told so (not the webmail view).
  const stray = report.notes.length > 0 && report.notes[0] === BINARY_NOTE ? 0 : strayControls(input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input);
  if (stray > 0) report.notes.unshift(strayNote(stray));
  return report;
}

/** The message half of the reader (read-message.ts), loaded the first time a whole message is read. */
let loading: Promise<typeof import('./read-message')> | null = null;
const messageReader = () => (loading ??= import('./read-message'));

/** Reads a whole message (.eml): read-message.ts, loaded on first use. */
export async function readMessage(...args: Parameters<typeof import('./read-message').readMessage>): Promise<BounceReport> {
  return (await messageReader()).readMessage(...args);
}
