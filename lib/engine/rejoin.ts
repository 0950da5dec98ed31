/**
 * A paste's lines joined back where a mail client's margin broke them. A reply quoted in an email, a mailing list's
 * archive or a ticket reaches the reader re-wrapped at 60–80 characters: "… The IP you're using to send mail is not"
 * + "authorized to send email directly to our servers.", a library's "Could not connect to SMTP" + "host: …, port: 25,
 * response: 554". The paste reader (paste.ts) reads such a paste a second time with those lines joined and keeps that
 * reading only when the diagnosis is surer of it (lib/diagnosis/reading-rank.ts): the joins are a guess, and where a
 * log's or a notice's own lines are as long as a margin's, the first reading stands.
 *
 * A line break is joined when the line before it was broken at a margin (margin.ts hardWrapped: as long as a margin
 * leaves a line, or the next word would not have fitted on it) and the next line goes on: it is not empty and does not
 * open a record of its own. Each join turns the line feed into a space, so the text keeps its length and every offset
 * of a reading of it points where it did in the text. One pass over the lines; texts longer than MAX_TEXT are not
 * joined.
 */
import { hardWrapped } from './margin';

/** Longer texts are whole notices or logs, read as they stand (and not read twice). */
const MAX_TEXT = 20_000;

/**
 * A line that opens a record of its own, which a margin's break never starts: a reply code ("550 …", "550-…"), a
 * header or field ("Diagnostic-Code: …", "Status: …"), a log line's date ("2024-05-01 …", "May  1 …"), a list item.
 * (A lower-case "word: " may be a broken sentence's next words — "Could not connect to SMTP" + "host: relay…, port:
 * 25" — and is left to the choice between the two readings.)
 */
const RECORD_START = /^[ \t]*(?:\d{3}[ -]|[A-Z][\w-]{0,40}: |\d{4}-\d\d-\d\d|[A-Z][a-z]{2} [ \d]\d |[-*•] )/;

/** The text with its margin-broken lines joined (each such line feed a space), or null when no line is. */
export function rejoined(text: string): string | null {
  if (text.length > MAX_TEXT || !text.includes('\n')) return null;
  const pieces: string[] = [];
  let kept = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const next = text.indexOf('\n', nl + 1);
    const nextLine = text.slice(nl + 1, next < 0 ? text.length : next);
    if (nextLine.trim() === '' || RECORD_START.test(nextLine) || !hardWrapped(text, nl)) continue;
    pieces.push(text.slice(kept, nl), ' ');
    kept = nl + 1;
  }
  if (pieces.length === 0) return null;
  pieces.push(text.slice(kept));
  return pieces.join('');
}
