/**
 * The tolerant reader for text a person pasted or selected on purpose (the popup's box, a right-click selection, a
 * file given to the CLI). The strict reader (read-text.ts) reads bounces and replies where bounces put them; this one
 * also finds the SMTP reply behind whatever wrapped it: a sending library's exception (paste-formats.ts), an object
 * dump or JSON fields, escaped newlines, a log line's prefix, a bare enhanced status with no reply code, and at last
 * a sentence with no code at all that says a mail was not delivered. Pasted text is diagnosed when any part of it is
 * an SMTP code or failure wording; it is "not a bounce" only when nothing is. The webmail bounce check keeps the
 * strict reader: only what a person chose to paste is read this leniently.
 *
 * Pure and bounded: every loop has a cap, every pattern is linear (test/engine/redos.test.ts).
 */
import { DAEMON_ADDRESS, findAddresses } from './addresses';
import { EXCHANGE_STATUS, QMAIL_STATUS, codeMismatch, isBasicCode, isEnhancedCode, readReplyCodes } from './codes';
import { normalizeAddress } from './dsn';
import { LEGACY } from './legacy';
import { originalMessageStart } from './formats';
import { readJsonEvents } from './json-events';
import { DELIVERY_NOTICE_PHRASES, classifyKind, markGivenUp, matchesAny } from './kind';
import { foldFullWidth, normalizeText, toOriginalSpan, type NormalText } from './normalize';
import { addressGoesOn, brokenInString, endsOpen, goesOnInLowerCase, hardWrapped } from './margin';
import { personsHead, personsTail } from './persons';
import { hasFailureWords, unwrapped } from './failure-words';
import { FAILURE_WORDS_STRONG, FAILURE_WORDS_WEAK, FIELD_NAMES, NOTICE_NAMES, PASTE_FORMATS, REFUSAL_AFTER_CODE, type PasteFormat } from './paste-formats';
import { capInput, logLineFacts, looksBinary, readText } from './read-text';
import { tableFromHtml, tableFromMarkdown, undisguise, undoubled, withoutLogRecords, withoutSyslogLeads } from './undisguise';
import { rejoined } from './rejoin';
import { tableRows, type Row } from './table-cells';
import { cleanReply, commandFromWord, findCommand, findRemoteMta, hasOwnWords } from './reply';
import { emptyRecipient } from './text-report';
import type { BounceFormat, BounceReport, FailedRecipient, SmtpCommand } from './types';

/** The part of a paste the tolerant reader looks at (the strict reader still reads up to 10 MB). */
const MAX_SCAN = 2 * 1024 * 1024;
/** A quoted string longer than this is not a reply; the rest is ignored. */
const MAX_LITERAL = 8000;
/** No paste names more failures than this. */
const MAX_HITS = 200;
const MAX_FIELDS = 4000;
/** How many places one pattern may propose before the reader stops looking (a real paste has a handful). */
const MAX_TRIES = 2000;
/** How far from a place the reader looks for the start and end of its line. */
const LINE_WINDOW = 4000;
const MAX_REPLY = 1500;
/** Text no longer than this with one reply is a fragment (as in read-text.ts). */
const FRAGMENT_MAX = 4000;

/** The formats of sending services' event JSON (json-events.ts): what they say stands. */
const EVENT_FORMATS = new Set<BounceFormat>(['amazon-ses', 'sendgrid', 'mailgun', 'postmark', 'sparkpost', 'mandrill', 'resend', 'brevo']);

/** One failure found in the paste. Spans are in the coordinates of the view it was found in. */
interface Hit {
  start: number;
  end: number;
  reply: string;
  code: string | null;
  enhanced: string | null;
  recipient: string | null;
  command: SmtpCommand | null;
  remoteHost: string | null;
  /** The library whose wrapper it came out of, if any. */
  library: string | null;
}

/** The text as pasted (normalised), or with its backslash escapes decoded; `map` leads back to the first. */
interface View {
  text: string;
  map: Int32Array | null;
}

// ---------------------------------------------------------------------------------------------------------------
// The entry point

/** What the caller knows beyond the reader's own words (the diagnosis's published knowledge; the engine has none). */
export interface PasteOptions {
  /**
   * Whether a paragraph with no SMTP code quotes a documented delivery-failure reply (a provider's, an MTA's or a
   * filter's published text: lib/diagnosis/documented.ts). Such a paragraph is read as a reply like one with failure
   * words: "bob@example.com: Unrouteable address" is Exim's, "Domain example.com does not accept mail (nullMX)"
   * Postfix's, even with no code and no word from FAILURE_WORDS.
   */
  documented?: (paragraph: string) => boolean;
  /**
   * How sure the diagnosis is of a reading (lib/diagnosis/reading-rank.ts; higher is surer). With it, a paste whose
   * lines were broken at a mail client's margin is read a second time with those lines joined back, and that reading
   * is kept when the diagnosis is surer of it (rejoin.ts).
   */
  rank?: (report: BounceReport) => number;
}

/** Reads text someone pasted, selected or gave as a file. */
export function readPaste(pasted: string, options: PasteOptions = {}): BounceReport {
  const report = readPasteAround(pasted, options);
  // A text in capitals as a whole — a mainframe's or an appliance's notice, a log viewer or a pager that upper-cases
  // what it shows — is read in small letters too, as the MTAs write their words (a Postfix log's "status=bounced",
  // Python's b'…', an escaped "\n"), and that reading is kept when the diagnosis is surer of it. Not instead: the
  // constants programs write in capitals (Node's ECONNREFUSED, a provider's "DT:SPM") are read as they stand.
  const lower = typeof pasted === 'string' && options.rank ? lowerCased(pasted) : null;
  if (!lower || !options.rank) return report;
  const again = readPasteAround(lower, options);
  const rank = options.rank(again);
  return rank >= 1 && rank > options.rank(report) ? again : report;
}

/** Capitals a text in capitals has at least: a short one ("SMTP ERROR (535)") reads as it stands. */
const MIN_CAPITALS = 10;

/** `text` in small letters, when it has no small letter, MIN_CAPITALS capitals or more, and as many characters then. */
function lowerCased(text: string): string | null {
  if (text.length > MAX_SCAN || /\p{Ll}/u.test(text)) return null;
  let capitals = 0;
  for (let k = 0; k < text.length && capitals < MIN_CAPITALS; k++) if (/\p{Lu}/u.test(text[k] as string)) capitals++;
  if (capitals < MIN_CAPITALS) return null;
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : null;
}

/** readPaste's reading: the text as it stands, or a part of it a program, a table or a chat wraps the reply in. */
function readPasteAround(pasted: string, options: PasteOptions): BounceReport {
  const report = readPasteAsIs(pasted, options);
  const rank = options.rank;
  if (typeof pasted !== 'string' || !rank || (report.format !== null && EVENT_FORMATS.has(report.format))) return report;
  // (The first reading is ranked only when another has a diagnosis: the rank diagnoses the report.)
  let first: number | null = null;
  const rankOfFirst = (): number => (first ??= rank(report));
  const table = readTable(pasted, report, rankOfFirst, options);
  if (table) return table;
  // (An automatic reply, a complaint, a delivery notice stand as read: a reply they quote is not what happened.)
  if (report.kind === 'auto-reply' || report.kind === 'complaint' || report.kind === 'delivered') return report;
  // A notice or a reply a program serialized — a JSON log's "error": "…", an exception's repr, its line breaks escaped
  // — is read again as the text it is, its escapes decoded (innerText), and that reading is kept when the diagnosis
  // is at least as sure of it: the object's other fields and the log's own words are not the reply's. The address the
  // object named stays when the text names none.
  // (A log's records were read as the lines they hold, their strings decoded: none of them is read alone.)
  if (withoutLogRecords(pasted)) return report;
  const read = report.recipients[0];
  const inner = innerText(pasted, read?.replySpan ?? null, !read || (read.code === null && read.enhanced === null)) ?? codeSpan(pasted, read?.replySpan ?? null);
  return (inner && readInstead(inner, onlyNamed(report), rankOfFirst, options)) || report;
}

/**
 * Markdown's inline code in a sentence of theirs — a chat's, an issue's, a forum post's ("Sending to them fails with
 * `451 Bad reverse DNS.` since Monday") — marks what they quote: the span that holds part of the reply read from the
 * paste as it stands (`reply`), or, when none was read, the first that opens with a failure's reply code or enhanced
 * status. Null when there is none.
 */
const CODE_SPAN = /(?:^|[\s(:;,])`([^`\n]{3,2000})`(?=$|[\s).,;:!?])/gm;
// (A failure's code that SMTP defines — RFC 5321 §4.2.2–4.2.3, RFC 4954's 432/454/530/534/535/538, RFC 7504's 521/556 —
// not just any number of that shape: "`408 Request Timeout`" in a README is HTTP's.)
const SPAN_REPLY = /^[ \t]*(?:(?:421|43[02]|45[0-5]|50[0-4]|521|53[0458]|55[0-6])[ -]|[45]\.\d{1,3}\.\d{1,3}\b)/;

function codeSpan(text: string, reply: { start: number; end: number } | null): View | null {
  if (!text.includes('`')) return null;
  CODE_SPAN.lastIndex = 0;
  const head = text.slice(0, MAX_SCAN);
  for (let m = CODE_SPAN.exec(head), n = 0; m && n < MAX_TRIES; m = CODE_SPAN.exec(head), n++) {
    const inner = m[1] as string;
    const open = m.index + m[0].length - inner.length - 1;
    const close = open + inner.length;
    if (reply ? reply.start < close && open < reply.end : SPAN_REPLY.test(inner)) return { text: inner, map: Int32Array.from({ length: inner.length + 1 }, (_, i) => open + i) };
  }
  return null;
}

/** The recipient a reading names, when it names one and only one. */
const onlyNamed = (report: BounceReport): string | null => (report.recipients.length === 1 ? report.recipients[0]?.recipient ?? null : null);

/**
 * A table (a report's rows copied from a page, a CSV export's lines: table-cells.ts; an HTML or a Markdown table's
 * source, laid out as a browser copies the table) read row by row: each cell is read
 * alone, and in each row the reading the diagnosis is surest of (a failure before a notice) is that row's recipient, the
 * row's address cell naming it when the cell names none. Where some row is a failure, rows that are not (a "Delivered"
 * row) are left out; a header is read as nothing. One row's reading
 * replaces a failure read from the paste as it stands when the diagnosis is at least as sure of it; several rows'
 * readings together, when they are at least as many recipients or the first is as sure. Null when the paste is no
 * table or its reading stands.
 */
function readTable(pasted: string, report: BounceReport, rankOfFirst: () => number, options: PasteOptions): BounceReport | null {
  const rank = options.rank as NonNullable<PasteOptions['rank']>;
  const at = report.recipients[0]?.replySpan?.start ?? null;
  const rows = tableRows(pasted, at);
  if (rows.length === 0) rows.push(...sourceRows(pasted, tableFromHtml(pasted), at));
  // (A Markdown table's cells are read for a failure's reply with its code only, unless the paste as it stands reads as
  // a failure or a delivery notice: a README's table of features has cells such as "Not Secure" or "All colors
  // disabled", which read alone as a failure's words.)
  const markdown = rows.length === 0;
  if (markdown) rows.push(...sourceRows(pasted, tableFromMarkdown(pasted), at));
  if (rows.length === 0) return null;
  const found: { report: BounceReport; rank: number }[] = [];
  for (const row of rows) {
    let best: { report: BounceReport; rank: number } | null = null;
    for (const cell of row.cells) {
      const again = readInstead(cell, row.address ?? (rows.length === 1 ? onlyNamed(report) : null), () => 1, options);
      const first = again?.isBounce ? again.recipients[0] : undefined;
      // (With words: a number alone in a cell, "556" in a table of test counts, is no reply.)
      // (A code SMTP defines, as SPAN_REPLY has them: a cell "256-bit" opens with no reply.)
      const coded = first && [first.code, first.enhanced].some((c) => c && SPAN_REPLY.test(`${c} `)) && /\p{L}{2}/u.test(first.reply ?? '');
      const r = again && (!markdown || coded || report.isBounce || report.kind === 'delivered') ? rank(again) + (again.isBounce ? 0.5 : 0) : -Infinity;
      if (again && r > (best?.rank ?? -Infinity)) best = { report: again, rank: r };
    }
    if (best) found.push(best);
  }
  // (A failure's row goes before a notice's of the same rank; where some row is a failure, the others are left out.)
  if (found.some((f) => f.report.isBounce)) found.splice(0, found.length, ...found.filter((f) => f.report.isBounce));
  const [top] = found;
  if (!top) return null;
  if ((report.isBounce || !top.report.isBounce) && Math.floor(top.rank) < rankOfFirst() && found.length < Math.max(2, report.recipients.length)) return null;
  return found.length === 1 ? top.report : { ...top.report, recipients: found.flatMap((f) => f.report.recipients) };
}

/**
 * The rows of an HTML or a Markdown table's source in the paste, laid out as a browser copies the table (undisguise.ts
 * tableFromHtml, tableFromMarkdown), their cells mapped back into the paste; `at` is where the reading of the paste as
 * it stands begins, if it read anything.
 */
function sourceRows(pasted: string, source: { text: string; map: Int32Array } | null, at: number | null): Row[] {
  if (!source) return [];
  // (The first of the table's characters that comes from `at` or after it, found by a binary search: the map only
  // grows. A reading that begins above the line of the table's first cell, or after its last cell, is none of its rows',
  // and the table is not read instead.)
  let inView: number | null = null;
  if (at !== null) {
    let lo = 0;
    let hi = source.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((source.map[mid] as number) < at) lo = mid + 1;
      else hi = mid;
    }
    const first = source.map[0] as number;
    if (at < pasted.lastIndexOf('\n', first - 1) + 1 || lo >= source.text.length) return [];
    inView = lo;
  }
  return tableRows(source.text, inView).map((row) => ({ ...row, cells: row.cells.map((cell) => ({ text: cell.text, map: cell.map.map((k) => source.map[k] as number) })) }));
}

/**
 * `view` (a part of the paste, decoded) read as a paste of its own, when the diagnosis has a verdict on that reading at
 * least as sure as `floor` says; else null. Its spans point into the paste; `named` is its recipient when it names none.
 */
function readInstead(view: View, named: string | null, floor: () => number, options: PasteOptions): BounceReport | null {
  if (!options.rank) return null;
  const again = readPasteAsIs(view.text, options);
  const rank = options.rank(again);
  if (rank < 1 || rank < floor()) return null;
  for (const r of again.recipients) {
    if (r.replySpan) r.replySpan = { start: view.map?.[r.replySpan.start] ?? 0, end: (view.map?.[r.replySpan.end - 1] ?? 0) + 1 };
  }
  const first = again.recipients[0];
  if (named && first && !first.recipient && again.recipients.length === 1) first.recipient = named;
  return again;
}

/** readPaste's reading of the text as it stands. */
function readPasteAsIs(pasted: string, options: PasteOptions): BounceReport {
  if (typeof pasted !== 'string') return withoutWarnings(readPasteAll(pasted, options), pasted);
  // A bounce quoted, wrapped in HTML, a log's leads… as a whole is read as it was before (undisguise.ts); its spans
  // point into the paste. What the person who pasted it says after it (a question, a closing, what they tried) is
  // left out first: its words are theirs, not the bounce's (their prefix keeps every offset). A paste of nothing else
  // is read as it stands.
  // So is what they say before it when it is only a greeting or a question of theirs ("Hello," / "Why does the server
  // reject my mail?"): the bounce then starts the text, as when it is pasted alone.
  const tail = personsTail(pasted, options.documented);
  const body = tail > 0 ? pasted.slice(0, tail) : pasted;
  const head = personsHead(body, options.documented);
  const { text, map } = undisguise(head > 0 ? body.slice(head) : body);
  let report = readPasteAll(text, options);
  // A reply re-wrapped by a mail client, read again with its broken lines joined (same length: every offset holds).
  const joined = options.rank ? rejoined(text) : null;
  if (joined && options.rank) {
    const again = readPasteAll(joined, options);
    if (options.rank(again) > options.rank(report)) report = again;
  }
  // A program's lines as syslog writes them, each behind its time, host and tag ("Jun  3 10:02:11 mail app[42]: "),
  // read again without those leads, and that reading kept when the diagnosis is at least as sure of it: a multi-line
  // error of a program reads as it printed it. Not an MTA's own log lines (undisguise.ts MTA_TAG), which the log readers
  // read with their leads (with them, two Postfix logs of the development set were read otherwise, and wrongly).
  const rank = options.rank;
  if (rank) {
    let current: number | null = null;
    const insteadIf = (view: { text: string; map: Int32Array }, surer: (again: number, now: number) => boolean): void => {
      const again = readPasteAll(view.text, options);
      const r = rank(again);
      if (r < 1 || !surer(r, (current ??= rank(report)))) return;
      report = again;
      current = r;
      for (const x of report.recipients) if (x.replySpan) x.replySpan = { start: view.map[x.replySpan.start] as number, end: (view.map[x.replySpan.end - 1] as number) + 1 };
    };
    const unled = withoutSyslogLeads(text);
    if (unled) insteadIf(unled, (again, now) => again >= now);
    // A paste whose every line stands one empty line apart, where nothing else said the empty lines were not its own
    // (undisguise.ts undoubled): read again with them taken out, and with its margin's breaks joined then too, and
    // kept only when the diagnosis is surer of it — two or three short paragraphs read the same either way.
    const halved = unled ? null : undoubled(text, true);
    if (halved) {
      insteadIf(halved, (again, now) => again > now);
      const joinedHalved = rejoined(halved.text);
      if (joinedHalved) insteadIf({ text: joinedHalved, map: halved.map }, (again, now) => again > now);
    }
  }
  for (const r of report.recipients) {
    if (!r.replySpan) continue;
    const span = map ? { start: map[r.replySpan.start] as number, end: (map[r.replySpan.end - 1] as number) + 1 } : r.replySpan;
    r.replySpan = { start: span.start + head, end: span.end + head };
  }
  return withoutWarnings(report, pasted);
}

/** The word Postfix logs before a request its warn_if_reject let through. */
const WARNED = /\breject_warning:/;

/**
 * Postfix logs a restriction under warn_if_reject as "reject_warning:" (postconf(5): it "logs a warning instead of
 * rejecting"): that request was not refused. Where a paste also holds refusals, those say what happened to the mail.
 */
function withoutWarnings(report: BounceReport, pasted: string): BounceReport {
  if (typeof pasted !== 'string' || report.recipients.length < 2 || !pasted.includes('reject_warning:')) return report;
  const warned = (r: FailedRecipient) => r.replySpan !== null && WARNED.test(lineBefore(pasted, r.replySpan.start, 300));
  const refused = report.recipients.filter((r) => !warned(r));
  return refused.length > 0 && refused.length < report.recipients.length ? { ...report, recipients: refused } : report;
}

/** readPaste's reading, before a warning gives way to the refusals beside it. */
function readPasteAll(pasted: string, options: PasteOptions): BounceReport {
  let input = pasted;
  let strict = readText(input, readJsonEvents, LEGACY);
  // A reply re-wrapped by whoever quoted it is one reply. Tried only on a short paste no whole layout was found in, and
  // kept only when it reads better; the joins keep the text's length, so every offset still points where it did.
  for (const wrap of REWRAPS) {
    if (typeof input !== 'string' || input.length > REWRAP_MAX || (strict.isBounce && strict.format !== 'fragment')) break;
    // (Two calls: TypeScript picks replace's overload by the join's type.)
    const joined = typeof wrap.join === 'string' ? input.replace(wrap.breaks, wrap.join) : input.replace(wrap.breaks, wrap.join);
    if (joined === input) continue;
    const again = readText(joined, readJsonEvents, LEGACY);
    if (wrap.better(again, strict)) {
      input = joined;
      strict = again;
    }
  }
  if (typeof input !== 'string' || input.trim() === '' || looksBinary(input)) return strict;
  // What the strict reader knows for sure stands: a sending service's event, a bounce in a layout it recognises,
  // an automatic reply, a complaint, a delivery notice.
  if (strict.kind === 'auto-reply' || strict.kind === 'complaint' || strict.kind === 'delivered') return strict;
  // (An object dump is read by its fields first: a layout's phrases inside a JSON value do not make it that layout.)
  const objectDump = /^[[{]/.test(input.trimStart()) && !EVENT_FORMATS.has(strict.format ?? 'generic');
  // (Nor when the reply it found is an address verification's probe result quoted inside the reply that refused:
  // "450 4.1.7 <x>: Sender address rejected: undeliverable address: host mx.example[…] said: 550 5.1.1 …" — Postfix's
  // reject_unverified_sender / reject_unverified_recipient, ADDRESS_VERIFICATION_README. The refusal is the outer reply.)
  // Or an Exim callout's answer quoted in the refusal of the sender it could not verify (calloutLead).
  const probe = strict.recipients.some((r) => r.replySpan !== null && (VERIFY_PROBE.test(input.slice(Math.max(0, r.replySpan.start - 400), r.replySpan.start)) || calloutLead(input.slice(Math.max(0, r.replySpan.start - 600), r.replySpan.start)) >= 0));
  // (Nor when no reply it found has a code or a word of its own — Postfix's "(in reply to RCPT TO command)" alone: a quote
  // re-wrapped so that the address line holds only that note has its reply on the lines above.)
  const replyless = strict.recipients.length > 0 && strict.recipients.every((r) => r.code === null && r.enhanced === null && !hasOwnWords(r.reply));
  if (!objectDump && !probe && !replyless && strict.isBounce && strict.recipients.length > 0 && strict.format !== null && strict.format !== 'fragment' && strict.format !== 'generic') {
    return withReadableReply(strict, input, options.documented) ?? strict;
  }

  const notes: string[] = [];
  const capped = capInput(input, notes);
  const normal = normalizeText(capped.length > MAX_SCAN ? capped.slice(0, MAX_SCAN) : capped);
  // (Full-width forms as ASCII: a Chinese or Japanese paste's "（553，b'…" is the tuple it wraps. One character for one.)
  const norm: NormalText = { ...normal, text: foldFullWidth(normal.text) };
  const views: View[] = [{ text: norm.text, map: null }];
  const unescaped = unescapeView(norm.text);
  if (unescaped) views.push(unescaped);
  // A log that writes spaces as underscores reads as the words it encodes, before the text as it stands.
  const underscored = underscoredLogView(norm.text);
  if (underscored) views.unshift(underscored);

  // 0. A success notice in its program's own words, with nothing in it that failed: a delivery notice.
  const head = norm.text.slice(0, 20_000);
  if (matchesAny(head, DELIVERY_NOTICE_PHRASES) && !FAILED_ANYWHERE.test(head) && !FAILURE_WORDS_STRONG.some((re) => re.test(head))) {
    for (const view of views) {
      const hit = readAccepted(view);
      if (hit) return accepted(report([hit], view, norm, strict, notes));
    }
    return { ...strict, isBounce: false, kind: 'delivered', format: 'fragment', inputType: 'fragment', recipients: [] };
  }

  // 1. A wrapper the table knows, or fields of an object dump.
  for (const view of views) {
    let hits = merge([...readWrappers(view), ...readFields(view)]);
    // A wrapper that gives the code alone (libcurl's "MAIL failed: 421") says less than the whole reply a verbose log
    // beside it quotes ("421 4.7.0 Try again later, closing connection."): that reply, when it has the same code.
    if (hits.length > 0 && hits.every(wordless)) {
      const whole = readLoose(view).filter((h) => !wordless(h) && hits.some((w) => w.code === h.code));
      if (whole.length > 0) hits = merge([...whole, ...hits.filter((w) => !whole.some((h) => h.code === w.code))]);
    }
    if (hits.length > 0) {
      const library = hits.find((h) => h.library)?.library;
      if (library) notes.push(`Read as an error message from ${library}.`);
      return report(hits, view, norm, strict, notes);
    }
  }
  // 2. What the strict reader found as a fragment or an unknown layout (with someone it failed for) — unless all it
  // found is codes with no words after them ("… not logged in (Diagnostic-Code: smtp; 553 5.7.1)"): then the words
  // around them are the reply, and the codes stay theirs.
  const bare = strict.isBounce && strict.format === 'fragment' && strict.recipients.length > 0 && strict.recipients.every((r) => !hasOwnWords(r.reply));
  // Nor when all it found is a positive reply ("220 … ready" at the head of a flattened transcript): a server's
  // greeting or "250 OK" is no failure, and the refusal is further on ("… AUTH LOGIN 502 AUTH not supported.").
  const positive = strict.format === 'fragment' && strict.recipients.length > 0 && strict.recipients.every((r) => r.code !== null && /^[23]/.test(r.code) && !/^[45]/.test(r.enhanced ?? ''));
  if (strict.isBounce && strict.recipients.length > 0 && !bare && !replyless && !positive && !probe) return withReadableReply(strict, input, options.documented) ?? strict;
  // 3. A reply anywhere, a bare enhanced status, "SMTP code:" labels; then failure wording without any code.
  for (const view of views) {
    const hits = merge(readLoose(view));
    if (hits.length > 0) return report(hits, view, norm, strict, notes);
  }
  for (const view of views) {
    const hit = readWording(view, options.documented);
    if (hit) {
      const codes = bare ? strict.recipients[0] : undefined;
      if (codes) {
        hit.code = codes.code;
        hit.enhanced = hit.enhanced ?? codes.enhanced;
        hit.recipient = hit.recipient ?? codes.recipient;
      } else notes.push('The text gives no SMTP reply code; the reason is read from its words only.');
      return report([hit], view, norm, strict, notes);
    }
  }
  // 4. Nothing says the mail failed, and a server's reply says it took the message: a delivery, not a bounce.
  for (const view of views) {
    const hit = readAccepted(view);
    if (hit) return accepted(report([hit], view, norm, strict, notes));
  }
  return strict;
}

/** Where a pasted DSN's fields begin: its human-readable part is what comes before. */
const DSN_FIELDS = /^[ \t]*(?:Reporting-MTA|Received-From-MTA|Arrival-Date|Final-Recipient|Original-Recipient)[ \t]*:/im;

/**
 * A DSN's Diagnostic-Code is optional (RFC 3464 §2.3.6). With none, and one recipient, the reply is the one the
 * human-readable part above the fields quotes ("The reason for the problem: 5.3.0 - Other mail system problem
 * 550-'SPF check failed …'"): the first one with a failure reply code there. Null when there is none.
 */
function withReadableReply(strict: BounceReport, input: string, documented?: PasteOptions['documented']): BounceReport | null {
  const only = strict.recipients.length === 1 ? strict.recipients[0] : undefined;
  if (!only || only.reply !== null || only.code !== null) return null;
  const at = input.search(DSN_FIELDS);
  if (at <= 0 || at > MAX_SCAN) return null;
  const norm = normalizeText(input.slice(0, at));
  const hit = merge(readLoose({ text: norm.text, map: null })).find((h) => h.code !== null && FAILING_REPLY.test(h.code));
  if (!hit) {
    // No reply quoted there either: the part's own words say why ("save to /var/mail/… mailbox is full: retry timeout
    // exceeded" under Exim's "The following address(es) failed:"), as a message's report prose does (read-message.ts).
    const words = only.statedReason ? null : readWording({ text: norm.text, map: null }, documented);
    return words ? { ...strict, recipients: [{ ...only, statedReason: words.reply }] } : null;
  }
  const r: FailedRecipient = { ...only, reply: hit.reply, code: hit.code, enhanced: only.enhanced ?? hit.enhanced, command: only.command ?? hit.command };
  r.codeMismatch = codeMismatch(r.code, r.enhanced);
  r.replySpan = hit.end > hit.start ? toOriginalSpan(norm, { start: hit.start, end: hit.end }) : null;
  return { ...strict, recipients: [r] };
}

/**
 * Where Exim's refusal of a sender its callout could not verify starts in the line before the callout's answer it
 * quotes (acl.c "sender verify fail for <%s>", verify.c "response to \"%s\" from %s [%s] was: %s"), or -1.
 */
function calloutLead(before: string): number {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const at = line.search(/\bsender verify (?:fail|defer) for </i);
  return at >= 0 && /\bwas:$/i.test(line.trimEnd()) ? before.length - line.length + at : -1;
}


/** The end of Postfix's refusal of an address its verification probe could not deliver to, before the probe's result. */
const VERIFY_PROBE = /\baddress rejected: undeliverable address:[ \t]*(?:host[ \t]+\S{1,300}[ \t]+said:[ \t]*)?$/i;

/** Longer pastes are whole notices or logs, read as they stand (and not read twice). */
const REWRAP_MAX = 4000;
const replyLength = (r: BounceReport) => r.recipients.reduce((n, x) => n + (x.reply?.length ?? 0), 0);
const REWRAPS: readonly { breaks: RegExp; join: string | ((line: string, ...rest: unknown[]) => string); better: (again: BounceReport, before: BounceReport) => boolean }[] = [
  // RFC 3676 (format=flowed): a line that ends in a space is continued by the next one ("…messages from \nweren't sent").
  { breaks: /([^ \n]) \n(?=[^\s>])/g, join: '$1  ', better: (again, before) => again.isBounce || !before.isBounce },
  // A hard margin mid-sentence: a line that breaks off after a word, and a next line that goes on with a lower-case word
  // ("554 Reject\nby behaviour spam at DATA State") — when it gives the same recipients a longer reply.
  // A margin after a sentence: a line as long as a mail client's margin (60–100 characters), and a next line that
  // starts a sentence ("…weren't sent.\nPlease contact your Internet service provider…") — same condition. Not a
  // sentence in the first person: that is the mailer's own template after the reply (qmail-send's "I'm not going to
  // try again; this message has been in the queue too long.").
  {
    breaks: /((?:^|\n)[^\n]{60,100})\n(?!I['’]m |I )(?=\p{Lu}[\p{Ll}'’]{1,30} \p{Ll})/gu,
    join: '$1 ',
    better: (again, before) => before.format === 'fragment' && again.isBounce && again.recipients.length === before.recipients.length && replyLength(again) > replyLength(before),
  },
  {
    breaks: /([\p{Ll}\p{N},(][ \t]?)\n(?=[\p{Ll}][\p{Ll}'’-]{0,30}(?:[ ,:(.]|$))/gu,
    join: '$1 ',
    better: (again, before) => before.format === 'fragment' && again.isBounce && again.recipients.length === before.recipients.length && replyLength(again) > replyLength(before),
  },
  // Any line broken at the text's own margin (hardWrapped: the next word would not have fitted on it), when the next
  // line goes on with words ("…due to domain owner\nDMARC policy (RFC 7489)") — same condition.
  {
    breaks: /\n(?=[^\n])/g,
    join: (_match, offset, whole) => (hardWrapped(whole as string, offset as number) && continuesWords((whole as string).slice((offset as number) + 1, (offset as number) + 321)) ? ' ' : '\n'),
    better: (again, before) => before.format === 'fragment' && again.isBounce && again.recipients.length === before.recipients.length && replyLength(again) > replyLength(before),
  },
];

/**
 * A line that goes on with words: a word first (CLAUSE_START), and not a field, an address, a code or a log line — nor a
 * sentence in the first person, a mailer's own template after the reply (qmail-send's "I'm not going to try again").
 */
function continuesWords(line: string): boolean {
  return CLAUSE_START.test(line) && !/^I(?:['’]m)? /.test(line) && !LOG_LINE_START.test(line) && !NOT_FOLDED.test(line);
}


function report(hits: Hit[], view: View, norm: NormalText, strict: BounceReport, notes: string[]): BounceReport {
  const recipients: FailedRecipient[] = hits.map((h) => {
    const r = emptyRecipient(h.recipient);
    r.code = h.code;
    r.enhanced = h.enhanced;
    r.codeMismatch = codeMismatch(h.code, h.enhanced);
    r.reply = h.reply || null;
    r.command = h.command;
    const span = viewSpan(view, h.start, h.end);
    r.replySpan = span.end > span.start ? toOriginalSpan(norm, span) : null;
    const context = view.text.slice(Math.max(0, h.start - 600), Math.min(view.text.length, h.end + 200));
    const remote = h.remoteHost ? { host: h.remoteHost, ip: null } : findRemoteMta(context);
    r.remoteHost = remote.host;
    r.remoteIp = remote.ip;
    // A mail server's log line or queue listing around the reply: its status (Postfix's status=deferred, Sendmail's
    // stat=Deferred: a delay) and its dsn=. (From the start of the reply's line: a line above is another delivery's.)
    logLineFacts(view.text.slice(Math.max(0, view.text.lastIndexOf('\n', h.start - 1) + 1, h.start - 400), h.end), [r], true);
    return r;
  });
  const text = view.text;
  const kind = classifyKind({
    // (With the words around the replies: a notice's own "has not yet been delivered", "will be retried" make it a delay.)
    text: `${recipients.map((r) => r.reply ?? '').join('\n')}\n${text.slice(0, 20_000)}`,
    subject: null,
    actions: recipients.map((r) => r.action),
    isFeedbackReport: false,
    autoReplyHeaders: false,
    bounceEvidence: true,
    codes: recipients.map((r) => r.code ?? r.enhanced),
  });
  // A pasted notice that says it gave up (kind.ts GAVE_UP) is final, as the same notice read whole is.
  markGivenUp(kind, text, recipients);
  const format: BounceFormat = text.length <= FRAGMENT_MAX ? 'fragment' : 'generic';
  const library = hits.find((h) => h.library)?.library;
  return {
    ...strict,
    isBounce: true,
    kind,
    format,
    inputType: format === 'fragment' ? 'fragment' : 'text',
    ...(library ? { sentBy: library } : {}),
    recipients,
    notes: [...new Set([...strict.notes.filter((n) => !n.startsWith('The bounce gives no SMTP reply code')), ...notes])],
  };
}

function viewSpan(view: View, start: number, end: number): { start: number; end: number } {
  if (!view.map) return { start, end };
  const m = view.map;
  const s = m[Math.min(start, m.length - 1)] ?? 0;
  const e = end > start ? (m[Math.min(end - 1, m.length - 1)] ?? 0) + 1 : s;
  return { start: s, end: e };
}

/** Failures that say the same reply (a message and its `response` field) are one; a recipient named by one is kept. */
function merge(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  const key = (h: Hit) => h.reply.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const same = out.find(
      (o) => key(o) === key(h) && (o.recipient === null || h.recipient === null || o.recipient.toLowerCase() === h.recipient.toLowerCase()),
    );
    if (!same) {
      if (out.length < MAX_HITS) out.push({ ...h });
      continue;
    }
    same.recipient ??= h.recipient;
    same.code ??= h.code;
    same.enhanced ??= h.enhanced;
    same.command ??= h.command;
    same.remoteHost ??= h.remoteHost;
    same.library ??= h.library;
  }
  // A failure for nobody in particular that repeats the reply of a named one adds nothing.
  // Nor does one that is the start of another's reply, read inside it (a wrapped field's first line, read as a field
  // of its own) — unless it is a known wrapper's and the longer one a generic field's: the wrapper knows where its
  // field ends (an error dialog's reply that runs into its next field, "…, Port: 25", with no closing quote).
  const within = (h: Hit, o: Hit) => o !== h && o.start <= h.start && h.end <= o.end && key(o).length > key(h).length && key(o).startsWith(key(h).replace(/^['"]/, ''));
  const wrapperOverField = (h: Hit, o: Hit) => h.library !== null && o.library === null;
  const kept = out.filter(
    (h) =>
      (h.recipient !== null || !out.some((o) => o !== h && o.recipient !== null && key(o) === key(h))) &&
      !out.some((o) => within(h, o) && !wrapperOverField(h, o)) &&
      !out.some((o) => within(o, h) && wrapperOverField(o, h)),
  );
  // A transcript's or a checker's dump lists the replies that went well beside the one that failed ("mail_from": "250
  // 2.1.0 Ok", "rcpt_to": "450 4.7.1 …"): a positive completion (RFC 5321 §4.2.1, 2yz and 3yz) is no failure.
  const coded = (h: Hit) => FAILING_REPLY.test(h.code ?? h.enhanced ?? '');
  const failing = kept.some(coded) ? kept.filter((h) => !POSITIVE_REPLY.test(h.code ?? h.enhanced ?? '')) : kept;
  // With nobody named, the server's own reply (a failure code) comes before a program's words around it ("message":
  // "Error sending email!" above "context": "… 535 Authentication failed"): it is what the paste is about.
  if (!failing.every((h) => h.recipient === null)) return failing;
  return [...failing.filter(coded), ...failing.filter((h) => !coded(h))];
}
/** A hit whose reply has no words after its code ("RCPT failed: 550"). */
function wordless(h: Hit): boolean {
  if (h.code === null) return false;
  const at = h.reply.indexOf(h.code);
  return at >= 0 && !/^\s+\S/.test(h.reply.slice(at + 3));
}
const FAILING_REPLY = /^[45]/;
const POSITIVE_REPLY = /^[23]/;

// ---------------------------------------------------------------------------------------------------------------
// Decoding

/** Where a string literal may open: after a field's colon or equals sign, a bracket, a comma or a space. */
const LITERAL_OPEN = /(?:^|[\s:=(,[{])[bBuU]?(["'])/g;

/**
 * The text of the string a program serialized a paste's message into: of the quoted strings with backslash escapes in
 * them, on one line (a string a mail client's margin broke is read with the text around it), the longest that holds
 * part of the reply read from the paste as it stands (`reply`, a span in `text`: a JSON log's "error": "…", an
 * exception's repr) — or, when none was read, the first one holding an escaped line break with more after it (a
 * notice a log wrote on one line). Where what was read has no code (`codeless`), also a string that opens with a
 * failure's reply code, escapes or not ("bounce received: '451 Internal server error'": the quotes say where the
 * reply ends). Its escapes decoded, with a map back into `text`; null when there is none, or when the string is the
 * whole paste.
 */
function innerText(text: string, reply: { start: number; end: number } | null, codeless: boolean): View | null {
  let open = -1;
  let close = -1;
  const head = reply ? '' : text.slice(0, MAX_SCAN);
  const escaped = reply ? -1 : head.search(/\\n(?!["'\\]|$)/);
  const coded = reply ? -1 : head.search(QUOTED_REPLY);
  const first = escaped < 0 ? coded : coded < 0 ? escaped : Math.min(escaped, coded);
  if (!reply && first < 0) return null;
  const from = reply ? reply.start : first;
  const to = reply ? reply.end : first + 1;
  LITERAL_OPEN.lastIndex = Math.max(0, from - MAX_LITERAL);
  for (let m = LITERAL_OPEN.exec(text), n = 0; m && m.index < to && n < MAX_TRIES; m = LITERAL_OPEN.exec(text), n++) {
    const at = m.index + m[0].length - 1;
    const lit = readLiteral(text, at);
    if (!lit) continue;
    LITERAL_OPEN.lastIndex = Math.max(LITERAL_OPEN.lastIndex, lit.end);
    const end = text[lit.end - 1] === m[1] ? lit.end - 1 : lit.end;
    if (lit.end <= from || !(serialized(text, at, end) || (codeless && QUOTED_REPLY.test(text.slice(m.index, m.index + m[0].length + 8)))) || end - at - 1 <= close - open) continue;
    // (A string a program wrote is on one line; one a mail client's margin broke is read with the text around it.)
    if (text.slice(at, end).includes('\n')) continue;
    open = at + 1;
    close = end;
    if (!reply) break;
  }
  if (open < 0 || (open <= 1 && close >= text.length - 1)) return null;
  const view = unescapeView(text.slice(open, close));
  const map = view?.map ? view.map.map((i) => i + open) : Int32Array.from({ length: close - open + 1 }, (_, i) => i + open);
  return { text: view?.text ?? text.slice(open, close), map };
}

/**
 * A quoted string that opens with a failure's reply code and then its status or its words: "'451 Internal server
 * error'" is that reply ("555-123", a phone number, is not).
 */
const QUOTED_REPLY = /(?:^|[\s:=(,[{])[bBuU]?["'][ \t]{0,2}[45][0-5]\d(?:[ -][ \t]{0,2}[245]\.\d{1,3}\.\d{1,3}\b|[ -][ \t]{0,2}[A-Za-z<#[(])/;

/** Whether the string from the quote at `at` to `end` has backslash escapes: a program serialized it. */
const serialized = (text: string, at: number, end: number) => /\\[nrt"'\\/]/.test(text.slice(at, Math.min(end, at + MAX_LITERAL)));

/** The text with its backslash escapes decoded (a log that wrote "\n" for line breaks), or null when it has none. */
function unescapeView(text: string): View | null {
  if (!/\\[nrt"']/.test(text)) return null;
  const n = text.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \\ */ && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      // \n, \t, \", \', \\, \/ are decoded; \r is dropped (line ends are LF here); others stay as written.
      const decoded = d === 110 ? 10 : d === 116 ? 9 : d === 34 || d === 39 || d === 92 || d === 47 ? d : d === 114 ? -1 : 0;
      if (decoded !== 0) {
        if (decoded > 0) {
          out[j] = decoded;
          map[j++] = i;
        }
        i++;
        continue;
      }
    }
    out[j] = c;
    map[j++] = i;
  }
  map[j] = n;
  const chunks: string[] = [];
  for (let k = 0; k < j; k += 8192) chunks.push(String.fromCharCode(...out.subarray(k, Math.min(j, k + 8192))));
  return { text: chunks.join(''), map: map.subarray(0, j + 1) };
}

/**
 * qmail-send's log writes a delivery's report as one field, spaces as underscores and line breaks as slashes
 * ("delivery 5: failure: 192.0.2.1_does_not_like_recipient./Remote_host_said:_550_5.1.1_No_such_user/Giving_up_on_192.0.2.1./",
 * qmail-send.c, qmail-log(5)), and people paste it as it stands; other logs write a reply's spaces as underscores the
 * same way ("cause=450_4.7.0_Transmit_rate_limit_exceeded"). Null when the text has none of those words.
 */
const UNDERSCORED_LOG = /_does_not_like_recipient\.|Remote_host_said:_|\/Giving_up_on_|Sorry,_(?:no_mailbox|I_couldn't|I_wasn't)|\b[245]\d\d_[245]\.\d{1,3}\.\d{1,3}_[A-Za-z]/;

function underscoredLogView(text: string): View | null {
  if (!UNDERSCORED_LOG.test(text)) return null;
  // Same length, so offsets stand; a slash becomes a line break only where a report's line ends, not inside a URL.
  const decoded = text.replace(/_/g, ' ').replace(/\/(?=Giving up on |Remote host said|[245]\d\d[ -]|\s|$)/g, '\n');
  return { text: decoded, map: null };
}

interface Literal {
  value: string;
  /** Index just past the literal (and past any literals concatenated to it). */
  end: number;
}

/** Where the next piece of a JavaScript string concatenation ('a' +\n    'b') starts after `at`, or -1. */
function concatenated(text: string, at: number): number {
  let i = at;
  const skip = (max: number, newline: boolean) => {
    for (let n = 0; n < max && (text[i] === ' ' || text[i] === '\t' || (newline && text[i] === '\n')); n++) i++;
  };
  skip(4, false);
  if (text[i] !== '+') return -1;
  i++;
  skip(48, true);
  return text[i] === '"' || text[i] === "'" ? i : -1;
}

/**
 * A quoted string at `at`, as languages print them: Python's b'…' and '…', JSON's and JavaScript's "…" (also
 * util.inspect's 'a\n' + 'b' concatenations), Elixir's ~c"…" and Erlang's <<"…">>. Escapes are decoded.
 */
function readLiteral(text: string, at: number): Literal | null {
  let i = at;
  let erlang = false;
  if (text.startsWith('<<', i)) {
    erlang = true;
    i += 2;
  } else if (text.startsWith('~c', i)) i += 2;
  else if (/[bBuU]/.test(text[i] ?? '') && (text[i + 1] === '"' || text[i + 1] === "'")) i++;
  const parts: string[] = [];
  let total = 0;
  let wraps = 0;
  for (let piece = 0; piece < 100 && total < MAX_LITERAL; piece++) {
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return piece === 0 ? null : { value: parts.join(''), end: i };
    let j = i + 1;
    const limit = Math.min(text.length, j + MAX_LITERAL - total);
    let chunkStart = j;
    let closed = false;
    while (j < limit) {
      const c = text[j];
      if (c === '\\' && j + 1 < text.length) {
        parts.push(text.slice(chunkStart, j));
        const { value, length } = decodeEscape(text, j);
        parts.push(value);
        j += length;
        chunkStart = j;
        continue;
      }
      if (c === quote) {
        closed = true;
        break;
      }
      if (c === '\n') {
        // A string no language lets run over a line break, hard-wrapped at a mail client's margin by whoever quoted
        // it: it goes on over the next line when a wrapped line within the next eight closes it (a reply of a few
        // hundred characters takes that many lines at a margin of 60).
        if (wraps < 16 && ((brokenInString(text, j) && closesWithin(text, j + 1, quote, 8)) || closesOnNextLine(text, j + 1, quote))) {
          parts.push(text.slice(chunkStart, j), ' ');
          j++;
          chunkStart = j;
          wraps++;
          continue;
        }
        break;
      }
      j++;
    }
    parts.push(text.slice(chunkStart, j));
    total += j - i;
    if (!closed) return { value: parts.join(''), end: j };
    i = j + 1;
    if (erlang && text.startsWith('>>', i)) i += 2;
    const next = concatenated(text, i);
    if (next < 0) break;
    i = next;
  }
  return { value: parts.join(''), end: i };
}

/**
 * Whether one of the `lines` lines from `at` holds `quote`, each of them but the last as long as a margin — or the
 * text ends on one of them: a paste cut off inside the string (as the quoted message of a wrapper runs to where the
 * text ends, readOne's 'quoted-message').
 */
function closesWithin(text: string, at: number, quote: string, lines: number): boolean {
  for (let n = 0, from = at; n < lines && from < text.length; n++) {
    const end = lineEnd(text, from);
    if (end === from) return false;
    if (text.slice(from, end).includes(quote)) return true;
    if (text.slice(end, end + 200).trim() === '' && end + 200 >= text.length) return true;
    if (!brokenInString(text, end)) return false;
    from = end + 1;
  }
  return false;
}

/**
 * Whether the line at `at` closes a string left open on the line before, and what follows the quote closes what opened
 * it ("Authentication unsuccessful')"), in a text too short to show its margin: no language lets a string run over a
 * line break, and the next line's first word would not have fitted on the line before within the narrowest margin a
 * mail client quotes at (NARROWEST_MARGIN), so a margin broke the string there.
 */
function closesOnNextLine(text: string, at: number, quote: string): boolean {
  const line = text.slice(at, lineEnd(text, at));
  const close = line.indexOf(quote);
  return close > 0 && line.length <= 200 && /^[)\]},;]{0,3}[ \t]*$/.test(line.slice(close + 1)) && hardWrapped(text, at - 1, true, NARROWEST_MARGIN);
}
/** A margin of 60 under a quote's "> ": the narrowest a mail client wraps a quoted reply at. */
const NARROWEST_MARGIN = 58;

function decodeEscape(text: string, at: number): { value: string; length: number } {
  const d = text[at + 1] ?? '';
  if (d === 'n') return { value: '\n', length: 2 };
  if (d === 'r') return { value: '\r', length: 2 };
  if (d === 't') return { value: '\t', length: 2 };
  if (d === '0') return { value: '', length: 2 };
  if (d === 'x') {
    const hex = /^[0-9a-fA-F]{2}/.exec(text.slice(at + 2, at + 4))?.[0];
    if (hex) return { value: String.fromCharCode(parseInt(hex, 16)), length: 4 };
  }
  if (d === 'u') {
    const hex = /^[0-9a-fA-F]{4}/.exec(text.slice(at + 2, at + 6))?.[0];
    if (hex) {
      const cp = parseInt(hex, 16);
      return { value: cp >= 0xd800 && cp <= 0xdfff ? '' : String.fromCharCode(cp), length: 6 };
    }
  }
  return { value: d, length: 2 };
}

/** The reply from a decoded value; a code the wrapper gives apart is put back in front of each of its lines. */
function replyText(value: string, code: string | null): string {
  const v = value.replace(/\r\n?/g, '\n').trim();
  if (!code || v.startsWith(code)) return cleanReply(v).slice(0, MAX_REPLY);
  const lines = v.split('\n').filter((l) => l.trim() !== '');
  const prefixed = lines.map((l, i) => `${code}${i === lines.length - 1 ? ' ' : '-'}${l.trim()}`).join('\n');
  return cleanReply(prefixed).slice(0, MAX_REPLY);
}

/** Wrapper words left at the end of a reply read to the end of its line: "(Net::SMTPFatalError)", ">", "):". */
function trimTail(reply: string): string {
  let r = reply.trimEnd();
  if (r.endsWith(')')) {
    const open = r.lastIndexOf('(');
    if (open >= 0 && /^(?:[A-Za-z]\w{0,40}(?:::|\.)){0,6}[A-Za-z]\w{0,60}$/.test(r.slice(open + 1, -1))) r = r.slice(0, open).trimEnd();
  }
  const count = (s: string, c: string) => s.split(c).length - 1;
  // A wrapper's closing bracket after the reply ("… (code: 535, response: Denied)]", PEAR Mail), unbalanced in it.
  if (count(r, ']') > count(r, '[') && r.endsWith(']')) r = r.slice(0, -1).trimEnd();
  if (count(r, ')') > count(r, '(')) {
    if (r.endsWith(':')) r = r.slice(0, -1).trimEnd();
    if (r.endsWith(')')) r = r.slice(0, -1).trimEnd();
  }
  if (count(r, '>') > count(r, '<') && r.endsWith('>')) r = r.slice(0, -1).trimEnd();
  for (const q of ['"', "'"]) if (count(r, q) % 2 === 1 && r.endsWith(q)) r = r.slice(0, -1);
  return r.trim();
}

/**
 * Where a reply that starts at `start` ends: its line, and the continuation lines of a multi-line reply ("550-…"
 * then "550 …"; or, as Go's textproto and Python's smtplib join them, lines that repeat the enhanced status).
 */
const SEMICOLON_END = /;[ \t]*$/;
/** The start of a log line: a syslog date ("Nov 10 08:27:52") or an ISO one. */
const LOG_LINE_START = /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:|\d{4}-\d\d-\d\d)/;

/**
 * Whether the reply's line that ends at `end` breaks off a clause that the next line (`words`) goes on with, as someone
 * quoting it cut it: after a semicolon, which never ends a reply ("554 Service unavailable;\nClient host [192.0.2.1]
 * blocked using …", Postfix's reject_rbl_client text), or at a mail client's margin (words, or the link the reply
 * gives, on the next line). Never a field, an address, a code or a log line's timestamp.
 */
function cutClause(text: string, start: number, end: number, words: string): boolean {
  const afterSemicolon = SEMICOLON_END.test(text.slice(Math.max(start, end - 8), end)) && CLAUSE_START.test(words);
  const atMargin = () => hardWrapped(text, end) && (CLAUSE_START.test(words) || QUOTED_WORD_START.test(words) || BRACKETED_START.test(words) || /^https?:\/\//i.test(words)) && !LOG_LINE_START.test(words);
  if (addressGoesOn(text, end, words)) return true;
  // (A lower-case word and a colon after a word no sentence ends on go on with it, never a field: RFC 5321's own
  // "550 Requested action not" + "taken: mailbox unavailable".)
  if (endsOpen(text, end) && /^\p{Ll}[\p{Ll}-]{0,28}:[ \t]+\p{L}/u.test(words)) return true;
  const cut = afterSemicolon || atMargin() || goesOnInLowerCase(text, end, words);
  // (A bracketed IP or address that goes on with words is the clause's, not a new record or a dump's brace.)
  if (cut && (BRACKETED_START.test(words) || !NOT_FOLDED.test(words.slice(0, 320)))) return true;
  // A participle and a colon after a line the margin broke mid-sentence (it ends on a letter or digit) is the sentence
  // going on — Postfix's "<what> rejected: <why>" broken before "rejected:" ("…Data command" + "rejected: limit of 400
  // rcpts…") — not a dump's field (after a comma or a quote) nor a program's or a log level's lead ("curl: (55) …",
  // "error: …"), which name no outcome.
  return WORD_THEN_COLON.test(words) && /[\p{L}\p{N}]$/u.test(text.slice(end - 1, end)) && hardWrapped(text, end);
}
/** A line that opens with a lower-case participle and a colon, then a word ("rejected: limit of …", "refused: …"). */
const WORD_THEN_COLON = /^\p{Ll}[\p{Ll}-]{0,28}ed:[ \t]+\p{L}/u;

/** A line that starts with words (a word, then a space or comma), not a field, a code or a mark. */
const CLAUSE_START = /^\p{L}[\p{L}'’-]{0,30}(?:[ ,]|[;.)](?:[ \t]|$))/u;
/**
 * A line that starts with a word a reply quotes mid-sentence, then goes on with words ("…MIME message is missing" +
 * "'From' header") — not a dump's quoted key, which a colon follows ("'message': …").
 */
const QUOTED_WORD_START = /^(['"‘“])\p{L}[\p{L}\p{N}-]{0,30}['"’”][ \t]\p{L}/u;
/**
 * A line that starts with what a reply puts in brackets mid-sentence, then goes on with a word: an IP or an address the
 * margin pushed down ("…Client host\n[192.0.2.1] blocked using …", "…messages from\n(192.0.2.1) on behalf of …"), with
 * its port or not ("…rejected because\n[192.0.2.1]:16741 is blacklisted").
 */
const BRACKETED_START = /^[[(][^\s()[\]]{1,80}[)\]](?::\d{1,5})?[,;:]?[ \t]\p{L}/u;
/** A reply line that is only its code and status so far ("…SMTPSendFailedException: 553", "said: 550 5.7.1"). */
const CODE_ONLY = /^[#'"(]?(?:[245]\d\d(?:[- ][245]\.\d{1,3}\.\d{1,3})?|[245]\.\d{1,3}\.\d{1,3})[ \t]*$/;
/** A reply line that holds its code, its status and a host name so far ("421 4.7.0 mail.example.org"). */
const CODE_AND_HOST = /^[#'"(]?[245]\d\d(?:[- ][245]\.\d{1,3}\.\d{1,3})?[ \t]+[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8}\.?[ \t]*$/i;
/**
 * The words Postfix's own SMTP server opens its replies with ("503 5.5.1 Error: need MAIL command", "421 4.7.0 <host>
 * Error: too many connections from <ip>": postfix src/smtpd/smtpd.c): after a code (and the host it names) alone on
 * its line, an "Error:" line is that reply's words, not a field of a dump.
 */
const SERVER_ERROR_WORDS = /^Error:[ \t]+\p{L}/u;
/** An address the reply refuses, then the reply's words: "<x@example.com>: Sender address rejected: …" (Postfix). */
const ADDRESS_THEN_WORDS = /^<[^\s<>@]{1,64}@[^\s<>@]{1,255}>:?[ \t]+\p{L}/u;

/**
 * Whether the reply's first line is its code alone and the next line holds its words, where a margin or a wrapper's
 * line break put them: a clause, a bracketed IP, a status, or the address it refuses and then words.
 */
function wordsAfterCode(first: string, words: string): boolean {
  if ((CODE_ONLY.test(first) || CODE_AND_HOST.test(first)) && SERVER_ERROR_WORDS.test(words)) return true;
  if (!CODE_ONLY.test(first)) return false;
  if (ADDRESS_THEN_WORDS.test(words)) return true;
  return (CLAUSE_START.test(words) || BRACKETED_START.test(words) || TOKEN_START.test(words) || /^[245]\.\d{1,3}\.\d{1,3}[ \t]/.test(words)) && !NOT_FOLDED.test(words.slice(0, 320)) && !LOG_LINE_START.test(words);
}
/**
 * A server's own token as a reply's first word, dotted or with a colon inside: Exchange's
 * "STOREDRV.Submission.Exception:SendAsDeniedException…", NetEase's "DT:SPM 163 …". After a code alone it is the reply's.
 */
const TOKEN_START = /^\p{Lu}[\p{L}\p{N}]{1,40}[.:][\p{L}\p{N}][\p{L}\p{N}.:]{0,120}(?:[ \t;,]|$)/u;

/**
 * Where a reply that starts at `start` ends. `givenCode`: the code a wrapper printed apart from the reply's words
 * (PEAR Mail's "(code: 554, response: Message rejected: …"), whose words go on as a reply's would.
 */
function replyEnd(text: string, start: number, givenCode?: string): number {
  let end = lineEnd(text, start);
  // (A code may end its line: "…SMTPSendFailedException: 553" with the words on the next.)
  const head = /^[#'"(]?([245]\d\d)([- ]|(?=\r?\n))(?:([245]\.\d{1,3}\.\d{1,3})[ \t])?/.exec(text.slice(start, start + 20));
  const status = head?.[3] ?? /^([245]\.\d{1,3}\.\d{1,3})(?:[ \t]|(?=\r?\n))/.exec(text.slice(start, start + 12))?.[1];
  // A reply with no code or status of its own (a wrapper's words: "SmtpCommandException: Syntax error, command
  // unrecognized") has no lines of a multi-line reply to go on over: only a clause or a string a margin broke goes on.
  const codeless = !head && !status && givenCode === undefined;
  // The indentation of the reply's own line: a folded reply (Postfix folds its bounce lines, continuing them indented
  // by four spaces, often in mid-sentence) goes on over lines indented at least as deep, and deeper than column 0.
  const ownLine = lineAround(text, start);
  const indent = indentAt(text, ownLine.start);
  const lead = replyLead(text, start);
  // A code with a hyphen says more lines of the reply follow (RFC 5321 §4.2.1): a reply hard-wrapped by whoever pasted
  // it ("550-5.7.1 [192.0.2.1\n12] Our system has detected…") goes on over the next lines until its last line's code.
  let pending = head?.[2] === '-';
  // (Its first line does not close it; a line after that does, and ends the reply.)
  const quote = openingQuote(text, start);
  const firstEnd = end;
  for (let lines = 0; lines < 30 && end < text.length && end - start < MAX_LITERAL; lines++) {
    // A code alone on its line is never the whole reply: its words may stand after an empty line a page or a copy put
    // after every line ("said: 530 5.7.0" / "" / "Must issue a STARTTLS command first").
    if (lines === 0 && text.charCodeAt(end + 1) === 10 && CODE_ONLY.test(text.slice(start, end)) && /\S/.test(text.slice(end + 2, lineEnd(text, end + 2)))) end++;
    const nextEnd = lineEnd(text, end + 1);
    const line = text.slice(end + 1, Math.min(nextEnd, end + 1 + MAX_REPLY));
    const code = head?.[1] ?? givenCode;
    const unled = lead !== '' && line.startsWith(lead) ? line.slice(lead.length) : line;
    const words = unled.trimStart();
    const coded = code !== undefined && words.startsWith(code) && /^[ \t]*\d{3}[- ]/.test(unled);
    const brokenString = () =>
      quote !== null && !text.slice(firstEnd, end).includes(quote) && ((brokenInString(text, end) && closesWithin(text, end + 1, quote, 8)) || closesOnNextLine(text, end + 1, quote));
    const continues = codeless
      ? brokenString() || cutClause(text, start, end, words)
      : coded ||
        (status !== undefined && words.startsWith(`${status} `)) ||
        folded(line, indent) ||
        (pending && words !== '' && !NOT_FOLDED.test(words.slice(0, 320))) ||
        (lines === 0 && wordsAfterCode(text.slice(start, end).trimEnd(), words)) ||
        brokenString() ||
        cutClause(text, start, end, words);
    if (!continues) break;
    if (coded && words.charCodeAt(3) === 32) pending = false;
    end = nextEnd;
  }
  return end;
}

/**
 * The quote a program printed the reply in, when it opens right before the reply or right after its code and its line
 * does not close it: 'result="550 Rejected due to …', "(554, 'Reject by …", "b'5.7.1 …". No language lets such a
 * string run over a line break, so a margin put one there (replyEnd then goes on to the line that closes it, as
 * readLiteral does). An apostrophe anywhere else is a word's ("isn't"), never an opening.
 */
function openingQuote(text: string, start: number): string | null {
  const lineStop = lineEnd(text, start);
  const before = text[start - 1];
  if (before === '"' || before === "'") return text.slice(start, lineStop).includes(before) ? null : before;
  const inner = /^[245]\d\d,?[ \t]{1,2}[bB]?(["'])/.exec(text.slice(start, start + 9));
  if (!inner?.[1]) return null;
  return text.slice(start + inner[0].length, lineStop).includes(inner[1]) ? null : inner[1];
}

/**
 * What stands before a reply's code on its line when every line of the reply may carry it (a log's "[434849] <-- "), or
 * '' (nothing there, or more than a prefix's 60 characters).
 */
function replyLead(text: string, start: number): string {
  const lead = lineBefore(text, start, 61);
  return lead.length <= 60 && lead.trim() !== '' ? lead : '';
}

/** A reply's lines without that lead on each of them. */
function withoutLead(reply: string, lead: string): string {
  return lead !== '' && reply.includes(`\n${lead}`) ? reply.split(`\n${lead}`).join('\n') : reply;
}

/** The number of spaces and tabs a line starts with (at most 40 counted). */
function indentAt(text: string, at: number): number {
  let n = 0;
  while (n < 40 && (text.charCodeAt(at + n) === 32 || text.charCodeAt(at + n) === 9)) n++;
  return n;
}

/**
 * A folded continuation line: indented, at least as deep as the reply's line, with words on it that do not start a
 * new record: another address, another host's answer ("host mx.example[192.0.2.1] said:" — not Postfix's "Client" + "host
 * rejected: …" broken at a margin), a separator, a stack frame (JavaScript, Java, .NET "at …",
 * Python 'File "…"', Ruby "from …:12:in", PHP "#0 …"), a field of an object dump ("code: 'EENVELOPE',"), a brace.
 */
// (A line that starts with a timestamp is a log's next entry, as in text-report.ts's REPLY_END.)
const NOT_FOLDED = /^(?:<?[^\s@<>]{1,64}@[^\s@<>]{1,255}>?:?(?:\s|$)|host\s[a-z0-9.-]{1,255}(?:\s?\[|\s\(|\ssaid\b)|smtp error|-{3,}|={3,}|\*\*|at\s|file\s"|from\s\S{1,300}:\d|#\d{1,3}\s|\.\.\.\s\d|caused by|traceback|[\w.$-]{1,40}[ \t]?[:=][ \t]|[{}[\]]|\d{4}-\d\d-\d\d[T ]\d\d:\d\d|[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d)/i;

function folded(line: string, indent: number): boolean {
  const own = indentAt(line, 0);
  if (own === 0 || own < indent || own === line.length) return false;
  return !NOT_FOLDED.test(line.slice(own, own + 320));
}

// ---------------------------------------------------------------------------------------------------------------
// The table of wrappers

/** "SMTP code: 550 Additional SMTP info: 5.1.1" (PHPMailer's ErrorInfo): labels, not reply text. */
const CODE_LABELS = /[ \t]{0,4}\bSMTP code:[ \t]{0,4}([245][0-5]\d)\b(?:[ \t]{1,4}Additional SMTP info:[ \t]{0,4}([245]\.\d{1,3}\.\d{1,3}))?/;

function readWrappers(view: View): Hit[] {
  const text = view.text;
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  const taken = (at: number) => hits.some((h) => at >= h.start && at < h.end);
  for (const f of PASTE_FORMATS) {
    if (f.markers.length > 0 && !f.markers.some((m) => lower.includes(m))) continue;
    f.start.lastIndex = 0;
    let tries = 0;
    for (let m = f.start.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = f.start.exec(text), tries++) {
      if (m[0].length === 0) f.start.lastIndex++;
      const at = m.index + m[0].length;
      if (taken(at) || taken(m.index)) continue;
      for (const h of readOne(f, m, text)) hits.push(h);
    }
  }
  return hits;
}

function commandOf(f: PasteFormat, m: RegExpExecArray, text: string, replyEndAt: number): SmtpCommand | null {
  const cmd = m.groups?.cmd?.toLowerCase().replace(/\s+/g, ' ');
  if (cmd && f.commands?.[cmd]) return f.commands[cmd] ?? null;
  if (f.context) {
    const windowText = f.context.after
      ? text.slice(replyEndAt, replyEndAt + f.context.window)
      : text.slice(Math.max(0, m.index - f.context.window), m.index + m[0].length);
    const re = f.context.pattern;
    re.lastIndex = 0;
    let found: string | undefined;
    // Before the match the nearest name counts, after it the first.
    for (let c = re.exec(windowText), n = 0; c && n < 50; c = re.exec(windowText), n++) {
      found = c[1]?.toLowerCase();
      if (f.context.after) break;
    }
    if (found && f.commands?.[found]) return f.commands[found] ?? null;
  }
  return f.command ?? null;
}

function hit(f: PasteFormat, start: number, end: number, reply: string, extra: Partial<Hit> = {}): Hit {
  const codes = readReplyCodes(reply);
  const code = extra.code ?? codes.code;
  return {
    start,
    end,
    reply,
    code: code && isBasicCode(code) ? code : null,
    enhanced: extra.enhanced ?? codes.enhanced,
    recipient: extra.recipient ?? null,
    command: extra.command ?? null,
    remoteHost: extra.remoteHost ?? null,
    library: f.library,
  };
}

/** The recipient a reply names in angle brackets ("550 5.1.1 <x@y>: Recipient address rejected"), not a sender. */
function recipientInReply(reply: string, command: SmtpCommand | null): string | null {
  const head = reply.slice(0, 600);
  // The address of a refused RCPT is the recipient, whatever the reason says of the sender: Exim's log writes
  // "F=<sender> rejected RCPT <recipient>: reason" (its F= field is the envelope sender: doc/spec.txt, "Log files"), a
  // transcript "RCPT TO:<recipient>".
  const rcpt = withoutTrailingDots(RCPT_ADDRESS.exec(head)?.[1]);
  if (rcpt && command !== 'MAIL FROM') return DAEMON_ADDRESS.test(rcpt) ? null : normalizeAddress(rcpt);
  if (command === 'MAIL FROM' || /\bsender\b/i.test(reply)) return null;
  const named = /<([^\s<>@]{1,64}@[^\s<>@]{1,255})>/.exec(head);
  // (Not an address in the sender's field: Exim's F=<…>, Postfix's from=<…>, MAIL FROM:<…>.)
  if (!named || SENDER_FIELD.test(head.slice(Math.max(0, named.index - 12), named.index))) return null;
  return DAEMON_ADDRESS.test(named[1] as string) ? null : normalizeAddress(named[1] as string);
}
/** The address without the dots or hyphens that end a sentence after it ("… RCPT pat@dest.example."). */
function withoutTrailingDots(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  let end = address.length;
  while (end > 0 && (address[end - 1] === '.' || address[end - 1] === '-')) end--;
  return address.slice(0, end);
}
const RCPT_ADDRESS = /\bRCPT(?:[ \t]{1,4}TO:?)?[ \t]{0,4}<?([^\s<>@:]{1,64}@[a-z0-9.-]{1,253})/i;
const SENDER_FIELD = /(?:\bF=|\bfrom=|\bMAIL FROM:[ \t]{0,4})$/i;

/**
 * A labelled field's quoted value that the copy wrapped over lines (an error dialog's line pasted from a help page or
 * a mail that wraps at 72 columns: "Server Response: '554 Originator address does not match⏎authentication
 * credentials', Port: 25"): up to the quote that closes it before the next field or the end of a line, at most five
 * lines on, the lines joined with a space; or on its own line past an apostrophe in it. Null when the value closes on
 * its own line at its first quote, or never closes.
 */
function wrappedField(text: string, at: number): Literal | null {
  const quote = text[at];
  if (quote !== "'" && quote !== '"') return null;
  const window = text.slice(at + 1, at + 1 + 1000);
  const closes = (i: number) => /^[ \t]{0,4}(?:,|\r?\n|$)/.test(window.slice(i + 1, i + 8));
  const nl = window.indexOf('\n');
  const first = window.indexOf(quote);
  const firstOnLine = first >= 0 && (nl < 0 || first < nl);
  // A value that closes on its own line is the plain literal's — unless its first quote is an apostrophe inside it
  // (qmail's "553 sorry, that domain isn't in my list of allowed rcpthosts", quoted as '553 sorry, that domain
  // isn't …').
  if (firstOnLine ? closes(first) : nl < 0) return null;
  let lines = 0;
  for (let i = firstOnLine ? first + 1 : nl; i < window.length && lines < 5; i++) {
    const c = window[i];
    if (c === '\n') lines++;
    else if (c === quote && closes(i)) {
      return { value: window.slice(0, i).split('\n').map((line) => line.trim()).join(' '), end: at + 2 + i };
    }
  }
  return null;
}

/**
 * Where a labelled field's value ends when its quotes do not say so: the dialog's next field, the port ("…', Port: 25",
 * "…, poort: 25", "…“, port: 25"), with the closing quote before it — a translated dialog may drop or change quotes.
 */
const NEXT_FIELD = /['"\u201c\u201d]?,[ \t]{0,4}(?:port|poort|porta|puerto|portti)[ \t]{0,2}:/i;

/**
 * A labelled field's value with no quote of its own (Norwegian "Serversvar: 550 …, Port: 25"): up to the dialog's next
 * field on its line. Without that field on the line it is no dialog's, and other readers take it (a reply wrapped over
 * lines after "Server response: 550 …").
 */
function unquotedField(text: string, at: number): Literal | null {
  const { end } = lineAround(text, at);
  const value = text.slice(at, Math.min(end, at + MAX_REPLY));
  const next = /^[245]\d\d\b/.test(value) ? NEXT_FIELD.exec(value) : null;
  return next ? { value: value.slice(0, next.index), end: at + next.index } : null;
}

/** A quoted value of a labelled field, ended at the dialog's next field when no quote closed it before. */
function toNextField(lit: Literal): Literal {
  const next = NEXT_FIELD.exec(lit.value);
  return next ? { value: lit.value.slice(0, next.index), end: lit.end - (lit.value.length - next.index) } : lit;
}

function readOne(f: PasteFormat, m: RegExpExecArray, text: string): Hit[] {
  const at = m.index + m[0].length;
  const g = m.groups ?? {};
  const givenCode = g.code && isBasicCode(g.code) ? g.code : undefined;
  if (f.reply === 'literal') {
    const quoted = (f.labelled ? wrappedField(text, at) : null) ?? readLiteral(text, at);
    // (A labelled value ends at the dialog's next field, whether or not a quote closed it before.)
    const lit = f.labelled ? (quoted ? toNextField(quoted) : unquotedField(text, at)) : quoted;
    if (!lit || lit.value.trim() === '') return [];
    const reply = replyText(lit.value, givenCode ?? null);
    const command = commandOf(f, m, text, lit.end);
    // A bare (550, 'units') is a tuple, not a reply: without an address or an exception's name around it, the
    // words must read like a reply (an enhanced status first, or failure wording).
    // A code RFC 5321 defines is itself mail context, as in readLoose: (550, b'The "From" header is missing or invalid').
    // So is a sentence of its own after such a code ((554, 'Sandbox subdomains are for test purposes only. Please add
    // …')): six words or more are a reply's, where a tuple of data holds a word or two.
    const defined = givenCode !== undefined && SMTP_CODES.has(givenCode) && (hasWeakFailureWords(lit.value) || wordCount(lit.value) >= 6);
    if (!f.labelled && !g.rcpt && !command && !/^[245]\.\d{1,3}\.\d{1,3}\s/.test(lit.value.trim()) && !hasFailureWords(lit.value) && !defined) return [];
    let recipient = g.rcpt ? normalizeAddress(g.rcpt) : null;
    if (!recipient && f.tailAddress && command === 'RCPT TO') {
      f.tailAddress.lastIndex = lit.end;
      const tail = f.tailAddress.exec(text);
      if (tail?.[1]) recipient = normalizeAddress(tail[1]);
    }
    recipient ??= recipientInReply(reply, command);
    return [hit(f, at, lit.end, reply, { code: givenCode, recipient, command })];
  }
  if (f.reply === 'host-literal') {
    const host = readLiteral(text, at);
    if (!host) return [];
    const comma = /[ \t]{0,4},[ \t]{0,4}/y;
    comma.lastIndex = host.end;
    if (!comma.exec(text)) return [];
    const lit = readLiteral(text, comma.lastIndex);
    if (!lit || lit.value.trim() === '') return [];
    const reply = replyText(lit.value, null);
    const remoteHost = /^[a-z0-9](?:[a-z0-9.-]{0,253}[a-z0-9])?$/i.test(host.value) && host.value.includes('.') ? host.value.toLowerCase() : null;
    return [hit(f, comma.lastIndex, lit.end, reply, { remoteHost, recipient: recipientInReply(reply, null) })];
  }
  if (f.reply === 'quoted-message') {
    let end = -1;
    let pos = at;
    // Without its opening quote (an older release, or a log that dropped it) the message is the rest of its line.
    if (g.quote === undefined) end = lineAround(text, at).end;
    for (let lines = 0; end < 0 && lines < 40 && pos <= text.length; lines++) {
      const lineEnd = lineAround(text, pos).end;
      const nl = lineEnd < text.length ? lineEnd : -1;
      const line = text.slice(pos, Math.min(lineEnd, pos + MAX_REPLY)).trimEnd();
      // An empty line before the closing quote: a reply has none (RFC 5321 §4.2.1: every line of it carries its code),
      // so the paste lost the quote there, and what follows is another paragraph — often the words of whoever pasted it.
      // (Not after a code alone: a double-spaced copy put the empty line before the reply's words.)
      if (line.trim() === '' && pos > at && !CODE_ONLY.test(text.slice(at, pos).trim())) {
        end = Math.max(at, pos - 1);
        break;
      }
      // Symfony closes with '".' (its sentence ends there), Swift Mailer with '"' at the end of the line.
      const dot = /"\.(?=\s|$)/.exec(line);
      if (dot) {
        end = pos + dot.index;
        break;
      }
      if (line.endsWith('"') && pos + line.length - 1 >= at) {
        end = pos + line.length - 1;
        break;
      }
      if (nl < 0) {
        // The paste ends before the closing quote: the message runs to where the text ends.
        end = pos + line.length;
        break;
      }
      pos = nl + 1;
    }
    if (end < 0) end = lineAround(text, at).end;
    const reply = cleanReply(text.slice(at, end)).slice(0, MAX_REPLY);
    if (!reply) return [];
    const command = commandOf(f, m, text, end);
    return [hit(f, at, end, reply, { code: givenCode, command, recipient: recipientInReply(reply, command) })];
  }
  if (f.reply === 'detail-list') return readDetailList(f, text, at);
  if (f.reply === 'code') {
    if (!givenCode) return [];
    if (!f.keepLead) return [hit(f, at, at + givenCode.length, givenCode, { code: givenCode, command: commandOf(f, m, text, at) })];
    // Words after the code are the server's when a wrapper printed its reply ("Authentication failed: 501 5.7.3 …"):
    // the reply is theirs; with none, the words before the code name the step that failed.
    const end = Math.min(replyEnd(text, at), at + MAX_REPLY);
    // (A note in brackets is the wrapper's: "RCPT failed: 550 (last error)".)
    const own = /^\s+[^\s(]/.test(text.slice(at + 3, end));
    const from = own ? at : m.index;
    return [hit(f, from, end, cleanReply(text.slice(from, end)), { code: givenCode, command: commandOf(f, m, text, end) })];
  }
  if (f.reply === 'labels') {
    const line = lineAround(text, m.index);
    // PHPMailer writes "… SMTP server error: <command> failed Detail: <the reply's words> SMTP code: 550": the words
    // run over the lines of a multi-line reply before the labels. Read them from "Detail:" in the same paragraph.
    const para = text.slice(Math.max(0, m.index - 2000), m.index);
    const blanks = /\n[ \t]*\n/g;
    let cut = 0;
    for (let b = blanks.exec(para); b; b = blanks.exec(para)) cut = b.index + b[0].length;
    const own = para.slice(cut);
    const detail = own.toLowerCase().lastIndexOf('detail:');
    const before = detail >= 0 ? own.slice(detail + 'detail:'.length) : text.slice(line.start, m.index);
    // After the labels, a multi-line reply ("msg:550-5.7.1 … / 550-5.7.1 … / 550 5.7.1 …") runs over its lines.
    const after = text.slice(at, line.end);
    const multi = /(?<![\w.])([245]\d\d)-[245]\.\d{1,3}\.\d{1,3}\s/.exec(after);
    const rest = multi ? after.slice(0, multi.index) + cleanReply(text.slice(at + multi.index, Math.min(replyEnd(text, at + multi.index), at + multi.index + MAX_LITERAL))) : after;
    const words = (before + ' ' + rest).replace(/\b(?:SMTP server error|Detail):\s*/gi, '').replace(/\s+/g, ' ').trim();
    const status = g.status && isEnhancedCode(g.status) ? g.status : undefined;
    const reply = replyText(status && !words.startsWith(status) ? `${status} ${words}` : words, givenCode ?? null);
    return [hit(f, line.start, line.end, reply, { code: givenCode, enhanced: status, recipient: recipientInReply(reply, null) })];
  }
  // 'lines'
  let start = at;
  let end = replyEnd(text, start, givenCode);
  if (f.replyBefore && !/^[#'"(]?[245]\d\d[ -]|^[245]\.\d{1,3}\.\d{1,3}\s/.test(text.slice(start, start + 12))) {
    // "550 5.1.1 … (Net::SMTPFatalError)": the reply stands before the class on its line.
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, m.index - MAX_REPLY), m.index);
    const code = /(?:^|[\s:'"(])([245][0-5]\d[ -])/.exec(before);
    if (!code) return [];
    start = m.index - before.length + code.index + code[0].length - code[1]!.length;
    end = m.index;
    while (end > start && /[\s(#<]/.test(text[end - 1] ?? '')) end--;
  }
  // PHPMailer's "Detail: …" may run over the reply's lines before its "SMTP code:" label: read up to it.
  if (!CODE_LABELS.test(text.slice(start, end))) {
    const para = text.slice(end, Math.min(text.length, end + 3000));
    const blank = para.search(/\n[ \t]*\n/);
    const labels = CODE_LABELS.exec(blank < 0 ? para : para.slice(0, blank));
    if (labels) end = lineAround(text, end + labels.index).end;
  }
  end = Math.min(end, start + MAX_LITERAL);
  let raw = text.slice(start, end);
  let recipients: string[] = [];
  if (f.recipientsAfter) {
    const cut = raw.indexOf(', affected recipient(s):');
    if (cut >= 0) {
      f.recipientsAfter.lastIndex = start + cut;
      const list = f.recipientsAfter.exec(text)?.[1] ?? '';
      recipients = [...findAddresses(list, list.length, 100)].map((a) => normalizeAddress(a.text));
      raw = raw.slice(0, cut);
      end = start + cut;
    }
  }
  let code = givenCode;
  let enhanced: string | undefined;
  const labels = CODE_LABELS.exec(raw);
  if (labels) {
    code ??= labels[1];
    enhanced = labels[2];
    // The span keeps the labels (they are part of what the user sees as the error), the reply does not.
    raw = raw.slice(0, labels.index);
  }
  // The parenthesis a wrapper opened before the reply closes after it (Roundcube's "… (<reply>).").
  if (f.parenthesized) raw = raw.replace(/\)\.?\s*$/, '');
  let reply = trimTail(cleanReply(raw));
  if (!reply) return [];
  if (code && !reply.startsWith(code)) reply = replyText(enhanced && !reply.startsWith(enhanced) ? `${enhanced} ${reply}` : reply, code);
  else if (enhanced && !reply.includes(enhanced)) reply = `${enhanced} ${reply}`;
  reply = reply.slice(0, MAX_REPLY);
  const command = commandOf(f, m, text, end);
  let recipient = g.rcpt ? normalizeAddress(g.rcpt) : null;
  if (!recipient && f.rcptBefore) {
    const line = text.slice(Math.max(text.lastIndexOf('\n', m.index - 1) + 1, m.index - 600), m.index);
    f.rcptBefore.lastIndex = 0;
    let named: string | undefined;
    for (let r = f.rcptBefore.exec(line), n = 0; r && n < 20; r = f.rcptBefore.exec(line), n++) named = r[1];
    if (named) recipient = normalizeAddress(named);
  }
  // A debug transcript names the recipient in the command before the reply: "CLIENT -> SERVER: RCPT TO:<x@y>".
  if (!recipient && command === 'RCPT TO') {
    const from = Math.max(0, m.index - 600);
    const at = text.slice(from, m.index).toLowerCase().lastIndexOf('rcpt to:');
    const sticky = /RCPT TO:[ \t]{0,4}<([^\s<>@]{1,64}@[^\s<>@]{1,255})>/iy;
    sticky.lastIndex = from + at;
    const rcpt = at >= 0 ? sticky.exec(text)?.[1] : undefined;
    // Only the command right before this reply: at most one line between them.
    if (rcpt && (text.slice(sticky.lastIndex, m.index).match(/\n/g) ?? []).length <= 1) recipient = normalizeAddress(rcpt);
  }
  recipient ??= recipientInReply(reply, command);
  const base = { code, enhanced, command };
  if (recipients.length > 1) return recipients.map((r) => hit(f, start, end, reply, { ...base, recipient: r }));
  return [hit(f, start, end, reply, { ...base, recipient: recipients[0] ?? recipient })];
}

/**
 * PHPMailer's "SMTP Error: The following recipients failed: a@x: detail" — one "address: detail" per refused
 * recipient, each detail being the reply without its code and status (on as many lines as the reply had). The code
 * and status, when ErrorInfo gives them after the list, belong to the last command: the last recipient.
 */
function readDetailList(f: PasteFormat, text: string, at: number): Hit[] {
  const out: Hit[] = [];
  let pos = at;
  for (let n = 0; n < 100 && pos < text.length; n++) {
    // "address: detail": an address right at pos, then a colon.
    const head = text.slice(pos, Math.min(text.length, pos + 330));
    const address = findAddresses(head, head.length, 1).next().value;
    if (!address || address.index !== 0 || head[address.text.length] !== ':') break;
    const start = pos + address.text.length + 1 + (/^[ \t]{0,4}/.exec(head.slice(address.text.length + 1))?.[0].length ?? 0);
    let end = lineAround(text, start).end;
    // Continuation lines of the same detail, up to the next "address:" or a label.
    for (let lines = 0; lines < 20 && end < text.length; lines++) {
      const lineEnd = lineAround(text, end + 1).end;
      const line = text.slice(end + 1, Math.min(lineEnd, end + 1 + MAX_REPLY));
      const first = findAddresses(line, Math.min(line.length, 330), 1).next().value;
      if (line.trim() === '' || (first && line.slice(0, first.index).trim() === '' && line[first.index + first.text.length] === ':') || /^[ \t]*(?:SMTP |Mailer Error|Message could not)/i.test(line)) break;
      end = lineEnd;
    }
    out.push(hit(f, start, end, cleanReply(text.slice(start, end)).slice(0, MAX_REPLY), { recipient: normalizeAddress(address.text), command: f.command ?? null }));
    pos = end < text.length ? end + 1 : end;
  }
  const last = out[out.length - 1];
  const labels = CODE_LABELS.exec(text.slice(pos, pos + 4000));
  if (last && labels?.[1]) {
    const enhanced = labels[2] ?? readReplyCodes(last.reply).enhanced;
    last.reply = replyText(enhanced && !last.reply.startsWith(enhanced) ? `${enhanced} ${last.reply}` : last.reply, labels[1]);
    last.code = labels[1];
    last.enhanced = enhanced;
  }
  return out.filter((h) => h.reply !== '');
}

// ---------------------------------------------------------------------------------------------------------------
// Fields of an object dump: JSON, a JavaScript error printed by util.inspect, a Python dict, a Ruby hash

type FieldKind = keyof typeof FIELD_NAMES;
/** Fields that name an error's cause (normalised names, as FIELD_KIND's). */
const CAUSE_FIELDS = new Set(['error', 'err', 'errormessage', 'reason', 'detail', 'details']);
/** A program's own message about what failed ("msg", "message"), which an error field beside it explains. */
const MESSAGE_FIELDS = new Set(['msg', 'message', 'description']);
const FIELD_KIND = new Map<string, FieldKind>();
for (const [kind, names] of Object.entries(FIELD_NAMES) as [FieldKind, readonly string[]][]) for (const n of names) if (!FIELD_KIND.has(n)) FIELD_KIND.set(n, kind);

const FIELD = /(?<![\w$-]):?["']?([A-Za-z][A-Za-z_-]{0,30})["']?[ \t]{0,4}(?::|=>|=)[ \t]{0,4}(?=["'[\d]|[bB]["']|~c"|<<")/g;

interface Field {
  kind: FieldKind;
  /** The field's name, lower-cased, without '_' and '-'. */
  name: string;
  /** Where the field's name starts, and where its value starts and ends. */
  at: number;
  valueAt: number;
  end: number;
  value: string;
  list?: string[];
}

function readFields(view: View): Hit[] {
  const text = view.text;
  const fields: Field[] = [];
  FIELD.lastIndex = 0;
  let tries = 0;
  for (let m = FIELD.exec(text); m && fields.length < MAX_FIELDS && tries < MAX_TRIES * 4; m = FIELD.exec(text), tries++) {
    const name = (m[1] ?? '').toLowerCase().replace(/[_-]/g, '');
    const kind = FIELD_KIND.get(name);
    if (!kind) continue;
    const at = m.index + m[0].length;
    if (text[at] === '[') {
      if (kind !== 'recipients') continue;
      const close = text.indexOf(']', at);
      const inner = text.slice(at, close < 0 ? Math.min(text.length, at + 4000) : Math.min(close, at + 4000));
      const list = [...findAddresses(inner, inner.length, 100)].map((a) => normalizeAddress(a.text));
      if (list.length > 0) fields.push({ kind, name, at: m.index, valueAt: at, end: at + inner.length, value: '', list });
      continue;
    }
    if (/\d/.test(text[at] ?? '')) {
      const num = /^\d{3}(?!\d)/.exec(text.slice(at, at + 4))?.[0];
      if (num && kind === 'code' && isBasicCode(num)) fields.push({ kind, name, at: m.index, valueAt: at, end: at + 3, value: num });
      continue;
    }
    const lit = readLiteral(text, at);
    if (!lit) continue;
    fields.push({ kind, name, at: m.index, valueAt: at, end: lit.end, value: lit.value });
    FIELD.lastIndex = Math.max(FIELD.lastIndex, lit.end);
  }
  const replies: { field: Field; hit: Hit; bare?: boolean }[] = [];
  /** Error fields whose words alone say nothing failed ("dial tcp …: i/o timeout"): the cause of a message beside them. */
  const causes: Field[] = [];
  for (const f of fields) {
    if (f.kind !== 'reply') continue;
    // A field named for the SMTP reply holds the server's words whatever they are; it stands as a reply once a code
    // field of its object says the command failed (below).
    const bare = f.name.startsWith('smtp') && f.value.trim().length >= 2;
    const found = replyInValue(f.value) ?? (bare ? { reply: f.value.replace(/\s+/g, ' ').trim().slice(0, MAX_REPLY), code: null, enhanced: null } : null);
    if (!found) {
      if (CAUSE_FIELDS.has(f.name) && f.value.trim().length >= 4) causes.push(f);
      continue;
    }
    replies.push({
      bare: bare && !found.code && !found.enhanced,
      field: f,
      hit: {
        start: f.valueAt,
        end: f.end,
        reply: found.reply,
        code: found.code,
        enhanced: found.enhanced,
        recipient: null,
        command: null,
        remoteHost: null,
        library: null,
      },
    });
  }
  if (replies.length === 0) return [];
  // Where some fields hold the server's reply, fields that only hold words ("msg": "delivery failed") are the
  // program's own and say less.
  if (replies.some((r) => r.hit.code || r.hit.enhanced)) replies.splice(0, replies.length, ...replies.filter((r) => r.hit.code || r.hit.enhanced));
  // A field named for the SMTP reply ("smtp_msg", "smtpResponse") holds the server's words; a general one beside it in
  // the same object ("reason", "msg") holds the program's own note.
  // (No brace between two fields: they are in one object, not the next event of a list or a nested error.)
  const sameObject = (a: Field, b: Field) => !/[{}]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.at, b.at)));
  const own = replies.filter((r) => r.field.name.startsWith('smtp'));
  if (own.length > 0) replies.splice(0, replies.length, ...replies.filter((r) => own.includes(r) || !own.some((o) => sameObject(o.field, r.field))));
  // Each other field belongs to the reply nearest to it (the fields of one object stand together).
  const listed: { hit: Hit; list: string[] }[] = [];
  for (const f of fields) {
    if (f.kind === 'reply') continue;
    let best: { field: Field; hit: Hit } | null = null;
    let distance = Infinity;
    for (const r of replies) {
      const d = f.at >= r.field.at ? f.at - r.field.end : r.field.at - f.end;
      if (d > 1200 || !sameObject(f, r.field)) continue;
      if (d < distance) {
        distance = d;
        best = r;
      }
    }
    if (!best || distance > 1200) continue;
    const h = best.hit;
    if (f.kind === 'recipient') {
      const address = /^[^\s@<>]{1,64}@[^\s@<>]{1,255}$/.test(f.value.trim()) ? normalizeAddress(f.value.trim()) : null;
      if (address) h.recipient ??= address;
    } else if (f.kind === 'recipients' && f.list) listed.push({ hit: h, list: f.list });
    else if (f.kind === 'code' && isBasicCode(f.value)) h.code ??= f.value;
    else if (f.kind === 'status' && isEnhancedCode(f.value.trim())) h.enhanced ??= f.value.trim();
    else if (f.kind === 'command') h.command ??= commandFromWord(f.value.replace(/_/g, ' '));
    else if (f.kind === 'host' && /^[a-z0-9](?:[a-z0-9.-]{0,253}[a-z0-9])?$/i.test(f.value) && f.value.includes('.')) h.remoteHost ??= f.value.toLowerCase();
  }
  // A list of refused recipients ("rejected: [ 'a@x' ]") names the recipient of a reply that names none itself, when
  // it holds one address (with several, the reply is only the last one's).
  for (const { hit: h, list } of listed) if (!h.recipient && list.length === 1) h.recipient = list[0] ?? null;
  // A reply field taken for its name alone needs its object's failure code (4xx, 5xx) or status.
  replies.splice(0, replies.length, ...replies.filter((r) => !r.bare || /^[45]/.test(r.hit.code ?? r.hit.enhanced ?? '')));
  // It is then the reply the server sent: its code, its status, its words (maddy's smtp_code, smtp_enchcode, smtp_msg).
  for (const r of replies) if (r.bare) r.hit.reply = [r.hit.code, r.hit.enhanced, r.hit.reply].filter(Boolean).join(' ');
  // A log's message says what failed and its error field why (logfmt's msg="Failed to send email" error="dial tcp …:
  // i/o timeout", a JSON log's "message" and "error"): the words the message has no code for come from the error.
  // (An error field whose own words say something failed is read as a reply too: it joins the message, not beside it.)
  const codeless = (r: (typeof replies)[number]) => !r.hit.code && !r.hit.enhanced;
  for (const r of replies) if (codeless(r) && CAUSE_FIELDS.has(r.field.name)) causes.push(r.field);
  for (const r of [...replies]) {
    if (!codeless(r) || !MESSAGE_FIELDS.has(r.field.name)) continue;
    const cause = causes.find((c) => Math.abs(c.at - r.field.at) <= 1200 && sameObject(c, r.field));
    if (!cause) continue;
    r.hit.reply = `${r.hit.reply}: ${cause.value.replace(/\s+/g, ' ').trim()}`.slice(0, MAX_REPLY);
    r.hit.end = Math.max(r.hit.end, cause.end);
    const joined = replies.findIndex((o) => o.field === cause);
    if (joined >= 0) replies.splice(joined, 1);
  }
  for (const { field, hit: h } of replies) {
    // The value's own words may name the command and the host: "host mx[ip] said: 550 … (in reply to RCPT TO command)".
    h.command ??= findCommand(field.value);
    // Else the error's own message above the fields of its object ("[Error: Mail command failed] code: … response: …").
    if (!h.command) {
      const before = text.slice(Math.max(0, field.at - 400), field.at);
      h.command = findCommand(before.slice(before.lastIndexOf('}') + 1));
    }
    if (!h.remoteHost) h.remoteHost = findRemoteMta(field.value).host;
    if (h.code && !h.reply.startsWith(h.code) && /^[245]\.\d/.test(h.reply)) h.reply = replyText(h.reply, h.code);
    h.recipient ??= recipientInReply(h.reply, h.command);
  }
  return replies.map((r) => r.hit);
}

/** The reply inside a field's value ("smtp; 550 …", "Can't send mail - …: 550 …", a suppression sentence), if any. */
function replyInValue(value: string): { reply: string; code: string | null; enhanced: string | null } | null {
  const v = value.replace(/\r\n?/g, '\n').trim().replace(/^smtp;[ \t]*/i, '');
  if (v.length < 4) return null;
  // (The words may open with a quoted address: wp.pl's 'smtp;550 "pat@wp.pl": This account is disabled …'.)
  const at = /(?:^|[\s:;'"(])(?=[245][0-5]\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\b|[A-Za-z<#[(]|"[^"\s@]{1,64}@))|(?:^|[\s:;'"(])(?=[45]\.\d{1,3}\.\d{1,3}[ \t]{1,4}[A-Za-z<([])/.exec(v.slice(0, 2000));
  if (at) {
    const start = at.index + at[0].length;
    const reply = cleanReply(v.slice(start)).slice(0, MAX_REPLY);
    const codes = readReplyCodes(reply);
    // A code somewhere in prose ("ship 550 units") is not a reply: the code must lead its value or follow a colon,
    // or come with its enhanced status, or the words must say something failed.
    if ((codes.code?.startsWith('2') ?? false) && !codes.enhanced) return null;
    if (start === 0 || /[:;]\s*$/.test(v.slice(0, start)) || codes.enhanced || hasFailureWords(reply)) return { reply, ...codes };
  }
  if (hasFailureWords(v)) return { reply: v.replace(/\s+/g, ' ').slice(0, MAX_REPLY), code: null, enhanced: null };
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// A reply anywhere: after a log prefix, an exception's class, a label

/**
 * A basic code where a reply can start, with its enhanced status when one follows, or a quoted message after a comma.
 * A colon may close the code, as clients print it ("535: Login Fail. …", "Error 550: …"); a full stop may close the
 * status ("530 5.7.0. Issue a STARTTLS command first."), and a quote wrapped by a mail client may put the status on the
 * next line ("Server responded: 530\n5.7.0 …").
 */
const LOOSE_CODE = /(?<![\w.+/$@%,-])([45][0-5]\d)(?:(?:[ -]|\r?\n|,[ \t]{0,2}["'\u201c]?)([245]\.\d{1,3}\.\d{1,3})(?:["'\u201d]?,)?\.?(?![\d]|\.\d))?(?=:?[ \t-]{1,3}[^\s\d]|,[ \t]{0,2}b?['"]|,[ \t]{1,2}\p{L}|\r?\n[ \t]{0,8}(?:\p{L}|<[^\s<>@]{1,64}@))/gu;
// (The last: a code and status that end their line, the reply's words wrapped onto the next — "… got response [530 5.7.0"
// + "Must issue a STARTTLS command first]", or Postfix's "said: 450 4.7.1" + "<x@y>: Recipient address rejected: …".)
// (A comma may stand between code, status and words, as Google's table of its replies lists them and people copy a line
// of it: '421, "4.3.0", Temporary System Problem. Try again later', '450, "4.2.1" The user you are trying to contact …'
// — support.google.com/a/answer/3726730. A code and a comma before words with no status count only at the head of a
// line ("550, not allowed, not local host"), never inside one, where "line 421, in send" is a traceback's.)
/**
 * An enhanced status standing for the whole reply ("5.7.606 Access denied, banned sending IP"), words left out ("…") or
 * not, or a dash between (Lotus Domino's "… because: 5.1.2 - Bad destination host 'DNS Hard Error …'"), or the status
 * twice, as a multi-line reply joined without its codes repeats it line by line ("5.7.14 5.7.14 Please log in …").
 */
const LOOSE_STATUS = /(?<![\w.+/$@%,-])([45]\.[0-7]\.\d{1,3})(?![\d]|\.\d)(?=[ \t]{1,4}(?:\1[ \t]{1,4})?(?:(?:\.{3}|\u2026|-)[ \t]{1,4})?[A-Za-z(<["'])/g;
/** lettre's Debug of a reply code ("Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }"). */
const LETTRE_CODE = /Code \{\s{1,40}severity: (\w{1,40}),\s{1,40}category: (\w{1,20}),\s{1,40}detail: (\w{1,10}),?\s{1,40}\}/g;
/** lettre's Display of the same error with no reply text: "permanent error (535)" (lettre src/transport/smtp/error.rs). */
const LETTRE_DISPLAY = /\b(?:permanent|transient) error \(([45][0-5]\d)\)/g;
const LETTRE_SEVERITY: Readonly<Record<string, string>> = { PositiveCompletion: '2', PositiveIntermediate: '3', TransientNegativeCompletion: '4', PermanentNegativeCompletion: '5' };
const LETTRE_CATEGORY: Readonly<Record<string, string>> = { Syntax: '0', Information: '1', Connections: '2', Unspecified3: '3', Unspecified4: '4', MailSystem: '5' };
const LETTRE_DETAIL = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
/** Exchange's diagnostic tag closing the words it gives the status of: "<contoso.com #5.2.2>", "<{Issuing Server} #5.4.0>". */
const EXCHANGE_TAG = /<[^<>#\n]{1,255} #([45]\.\d{1,3}\.\d{1,3})>/g;
/** Words just before a code that introduce a reply (a label, a colon, "said", "error"). */
const INTRO = /(?:[:;=([]|\bsaid|\breturned|\berror|\bresponse|\breply|\bcode|\bwas|<<<)[ \t'"(<[]{0,4}$/i;

/**
 * Exchange's message trace and queue viewer name the last reply a delivery got "LED" (last error description):
 * "Reason: [{LED=452 Mailbox delivery restricted by policy error <…>};{MSG=};{FQDN=…};{IP=…};{LRT=…}]", "LastError :
 * [{LED=451 4.4.397 …}]". What follows it is the reply, whatever its words. (Upper case: "led" is an English word.)
 */
const EXCHANGE_LAST_ERROR = /(?:^|[{;\s])LED=$/;
/**
 * A mail server's session log marks each line with its direction (MDaemon: "Mon 2008-10-20 16:11:37: --> 554 Message
 * does not conform to standards", "<-- STARTTLS"; SmarterMail and others alike): a reply code right after the arrow
 * is a reply. So does swaks's transcript, with its "transaction hints" for a line the target server sent (doc/base.pod,
 * OUTPUT OPTIONS): "<-" expected, "<~" expected over TLS, "<**" unexpected, "<~*" unexpected over TLS — "<** 554 …",
 * at the head of its line (in prose, "x <- 550" is an assignment).
 */
const SESSION_LOG_ARROW = /(?:^|\s)(?:-->|<--)[ \t]{0,2}$|^[ \t]{0,8}(?:<-|<~|<\*\*|<~\*)[ \t]{0,2}$/;
/**
 * Words just before a code that say a server's reply or an error follows (not a bare colon, as a label in prose has),
 * logs' abbreviations of "response" among them ("rsp: 550 …", "resp=550 …").
 */
const SAYS_REPLY = /(?:\bsaid|\breturned|\berr(?:or)?|\bresponse|\bresp|\brsp|\breply|\breplied|\bresponded|\banswered)[ \t]{0,2}[:=]?[ \t'"(<[]{0,4}$/i;

/**
 * Words just before a code that name a server as what answered ("Server responded with 550 …", "the remote host said:
 * 554 …"): the code and the words after it are its reply, however few they are.
 */
const SERVER_SAYS = /\b(?:server|host|mta|relay|remote(?: end| side)?)\b[^\n]{0,30}?\b(?:said|says|responded|replied|answered|returned)(?: with)?[ \t]{0,2}[:=]?[ \t'"(<[]{0,4}$/i;
/**
 * A client's check of the reply code, with the code it got instead ("Expected smtp code 250, got 552", "expected
 * response code 354 but got code 503"): what follows "got" is the server's reply, even with no words. EXPECTED_GOT
 * ends the words before a code; GOT_BARE_CODE finds a code with nothing after it (the same words, kept as literals so
 * that the ReDoS analysis reads them).
 */
const EXPECTED_GOT = /\bexpected\b[^\n]{0,30}?\b(?:code|response|reply|status)\b[^\n]{0,30}?\bgot(?: code| response| reply)?[ \t'"]{0,3}$/i;
const GOT_BARE_CODE = /\bexpected\b[^\n]{0,30}?\b(?:code|response|reply|status)\b[^\n]{0,30}?\bgot(?: code| response| reply)?[ \t'"]{0,3}([45][0-5]\d)(?=[ \t'".,;)]*(?:\n|$))/gi;
/**
 * …and a client that got a positive reply (2xx, 3xx) where it expected another ("Expected response code 250 but got
 * code \"354\"", Swift Mailer's and Symfony Mailer's assertResponseCode): nothing was refused — the client and the
 * server were out of step (RFC 5321 §4.3.2, the replies each command may get). The client's sentence is the reply.
 */
const GOT_POSITIVE = /\bexpected\b[^\n]{0,30}?\b(?:code|response|reply|status)\b[^\n]{0,30}?\bgot(?: code| response| reply)?[ \t'"\u201c]{0,3}[23][0-5]\d\b/gi;
/**
 * A step said to have failed, then a colon: what follows is why ("failed to send RSET to SMTP client: 500 Expected
 * …", gomail's "gomail: could not send email 1: 503 …", go-gomail/gomail send.go).
 */
const FAILED_COLON = /\b(?:failed|failure|error|could not|couldn't|cannot|can't|unable to)\b[^\n:]{0,50}:[ \t]{0,2}$/i;
/**
 * A basic code and its enhanced status of the same class with no words after them, ending the line ("command failed:
 * 454 4.7.1"): a reply when the words before it say a step failed or a server answered (see readLoose).
 */
const BARE_PAIR = /(?<![\w.+/$@%,-])([45][0-5]\d)[ -]([45]\.\d{1,3}\.\d{1,3})(?=[ \t'".,;)]{0,4}$)/gm;
/** Words before a bracketed reply that say a step went wrong ("An error occurred while sending mail (…"). */
const FAILED_BEFORE = /\b(?:error|fail(?:ed|ure)?|could ?n[o'’]t|unable to)\b/i;
/** …a step of sending mail ("send", "SMTP", "server", "RCPT"), not any failure at all ("The import failed: 550 rows …"). */
const MAIL_STEP = /\b(?:smtp|e-?mail|mail|server|client|send(?:ing)?|deliver(?:y|ing)?|rcpt|data|command)\b/i;

/** The reply codes RFC 5321 (§4.2.3), RFC 4954, RFC 3207 and RFC 7504 define. */
const SMTP_CODES: ReadonlySet<string> = new Set(['421', '432', '450', '451', '452', '454', '455', '500', '501', '502', '503', '504', '521', '530', '534', '535', '538', '550', '551', '552', '553', '554', '555', '556']);


/** How many words a text has, counted up to 6 (enough for readOne's question). */
function wordCount(text: string): number {
  let n = 0;
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
  while (n < 6 && re.exec(text)) n++;
  return n;
}

/** Weak failure words, for words right after a code RFC 5321 defines (the code is the mail context). */
function hasWeakFailureWords(text: string): boolean {
  const t = unwrapped(text);
  return FAILURE_WORDS_WEAK.some((re) => re.test(t)) || REFUSAL_AFTER_CODE.test(t) || WRONG_AFTER_CODE.test(t);
}
/**
 * What a reply code's words say is wrong, which would be ordinary words in prose: after a failure code they are the
 * reply's reason ("550 inconsistent / missing DNS PTR record (RFC 1912 2.1)", "501 <x@y: '>' missing at end of address").
 */
const WRONG_AFTER_CODE = /\b(?:missing|inconsistent|mismatch(?:ed|es|ing)?)\b/i;


/** Where the line holding `at` ends, looked for at most LINE_WINDOW characters ahead. */
function lineEnd(text: string, at: number): number {
  const to = Math.min(text.length, at + LINE_WINDOW);
  let end = Math.max(at, 0);
  while (end < to && text.charCodeAt(end) !== 10) end++;
  return end;
}

/** The words before `at` on its line, at most `max` characters of them. */
function lineBefore(text: string, at: number, max: number): string {
  let start = at;
  while (start > 0 && at - start < max && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, at);
}

/** The line around `at`, looked for at most LINE_WINDOW characters either side (a longer line is cut there). */
function lineAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - LINE_WINDOW);
  let start = Math.min(at, text.length);
  while (start > from && text.charCodeAt(start - 1) !== 10) start--;
  const to = Math.min(text.length, at + LINE_WINDOW);
  let end = Math.max(at, 0);
  while (end < to && text.charCodeAt(end) !== 10) end++;
  return { start, end };
}

/** An SMTP command or extension as the protocol writes it, in capitals, as a reply's first word. */
const NAMES_COMMAND = /^(?:[45]\.\d{1,3}\.\d{1,3} )?(?:HELO|EHLO|MAIL(?: FROM)?|RCPT(?: TO)?|DATA|AUTH|STARTTLS|BDAT|RSET|VRFY)\b/;

/**
 * What may stand before a reply at the head of its line: spaces, an opening quote or bracket, a comment's "#" — and a
 * list's bullet or number ("- 550 …", "* 550 …", "2. 550 …"), as a reply quoted in a Markdown or forum list is written.
 */
const LINE_HEAD = /^[ \t'"#(]*(?:(?:[-*+•]|\d{1,3}[.)])[ \t][ \t'"#(]*)?$/;

function readLoose(view: View): Hit[] {
  const text = view.text;
  const hits: Hit[] = [];
  const taken = (at: number) => hits.some((h) => at >= h.start && at < h.end);
  const add = (start: number, end: number, reply: string, extra: Partial<Hit> = {}) => {
    const codes = readReplyCodes(reply);
    const line = lineAround(text, start);
    const contextStart = Math.max(line.start, start - 400);
    const context = text.slice(contextStart, Math.min(text.length, end + 120));
    const command = extra.command ?? findCommand(context, start - contextStart);
    hits.push({
      start,
      end,
      reply,
      code: extra.code ?? codes.code,
      enhanced: extra.enhanced ?? codes.enhanced,
      recipient: recipientNear(text, line, reply, command),
      command,
      remoteHost: null,
      library: null,
    });
  };
  LOOSE_CODE.lastIndex = 0;
  let tries = 0;
  for (let m = LOOSE_CODE.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = LOOSE_CODE.exec(text), tries++) {
    if (taken(m.index)) continue;
    const before = lineBefore(text, m.index, 60);
    const enhanced = m[2] && isEnhancedCode(m[2]) && m[2][0] === m[1]?.[0];
    // (A status wrapped onto the next line, "530\n5.7.0 Must issue …", starts the line the reply goes on in.)
    const wrapped = m[0].indexOf('\n');
    const end = Math.min(replyEnd(text, wrapped < 0 ? m.index : m.index + wrapped + 1), m.index + MAX_LITERAL);
    const reply = trimTail(cleanReply(withoutLead(text.slice(m.index, Math.min(end, m.index + MAX_REPLY)), replyLead(text, m.index))));
    // (A code that ends its line counts only when its words were read on the next: "[530 5.7.0" / "Must issue …".)
    const next = text.charCodeAt(m.index + m[0].length);
    if ((next === 10 || next === 13) && CODE_ONLY.test(reply)) continue;
    const commaWords = !m[2] && text.charCodeAt(m.index + 3) === 44 /* , */ && !/^,[ \t]{0,2}b?['"]/.test(text.slice(m.index + 3, m.index + 8));
    if (commaWords && !LINE_HEAD.test(before)) continue;
    const introduced = INTRO.test(before) || LINE_HEAD.test(before);
    // A code RFC 5321 defines is itself mail context: the words after it need not name mail to read as a refusal.
    const defined = SMTP_CODES.has(m[1] as string);
    // A code RFC 5321 defines after a word that says a reply or an error follows ("err: 503 STARTTLS command used when
    // not advertised") is a reply whatever its words, when it has a sentence of them.
    const lastError = EXCHANGE_LAST_ERROR.test(before);
    const announced =
      defined && ((SAYS_REPLY.test(before) && wordCount(reply) >= 6) || lastError || (SESSION_LOG_ARROW.test(before) && wordCount(reply) >= 3) || (SERVER_SAYS.test(before) && wordCount(reply) >= 2) || EXPECTED_GOT.test(before) || (FAILED_COLON.test(before) && MAIL_STEP.test(before) && wordCount(reply) >= 3));
    // At the head of its line, or in brackets after words that say sending failed, a failure code RFC 5321 defines
    // followed by the command it answers, named as SMTP names it ("501 HELO requires valid address", "503 MAIL first",
    // "504 AUTH mechanism not available"; Redmine's "An error occurred while sending mail (503 AUTH command used when not
    // advertised)") is a reply too.
    const bracketed = /\([ \t]{0,2}$/.test(before) && FAILED_BEFORE.test(before) && MAIL_STEP.test(before);
    const aboutCommand = defined && (LINE_HEAD.test(before) || bracketed) && /^[45]/.test(m[1] as string) && NAMES_COMMAND.test(reply.slice(4, 40));
    if (!enhanced && !announced && !aboutCommand && !((introduced || defined) && (hasFailureWords(reply) || (defined && hasWeakFailureWords(reply))))) continue;
    // Exchange closes the LED field with "};" before its next field ("{MSG=};{FQDN=…}").
    const closed = lastError ? reply.indexOf('};') : -1;
    // A refusal that quotes what a verification callout was answered ("sender verify fail for <x>: response to … was:
    // 550 5.1.1 …"): the refusal is the reply, the callout's answer part of it.
    const lineStart = closed > 0 ? '' : lineBefore(text, m.index, 600);
    const callout = closed > 0 ? -1 : calloutLead(lineStart);
    if (closed > 0) add(m.index, m.index + closed, reply.slice(0, closed).trimEnd(), { code: m[1] as string });
    else if (callout >= 0) {
      const from = m.index - lineStart.length + callout;
      add(from, end, trimTail(cleanReply(text.slice(from, Math.min(end, from + MAX_REPLY)))), { code: m[1] as string });
    } else add(m.index, end, reply, { code: m[1] as string, ...(enhanced ? { enhanced: m[2] as string } : {}) });
  }
  // A code a client got instead of the one it expected, with no words after it ("Expected smtp code 250, got 552").
  if (hits.length === 0) {
    GOT_BARE_CODE.lastIndex = 0;
    tries = 0;
    for (let m = GOT_BARE_CODE.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = GOT_BARE_CODE.exec(text), tries++) {
      const at = m.index + m[0].length - 3;
      if (!taken(at) && SMTP_CODES.has(m[1] as string)) add(at, at + 3, m[1] as string, { code: m[1] as string });
    }
  }
  // A code and its status with no words, after words that say a step failed or a server answered.
  if (hits.length === 0) {
    BARE_PAIR.lastIndex = 0;
    tries = 0;
    for (let m = BARE_PAIR.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = BARE_PAIR.exec(text), tries++) {
      const [whole, code, status] = m as unknown as [string, string, string];
      if (taken(m.index) || !SMTP_CODES.has(code) || status[0] !== code[0] || !isEnhancedCode(status)) continue;
      const before = lineBefore(text, m.index, 60);
      if ((FAILED_COLON.test(before) && MAIL_STEP.test(before)) || SAYS_REPLY.test(before) || SERVER_SAYS.test(before)) add(m.index, m.index + whole.length, whole, { code });
    }
  }
  // A client's sentence about a positive reply it did not expect is the reply, when no code it quotes refused anything.
  if (hits.every((h) => h.code !== null && (h.code[0] === '2' || h.code[0] === '3'))) {
    GOT_POSITIVE.lastIndex = 0;
    const positive = GOT_POSITIVE.exec(text);
    if (positive) {
      const end = Math.min(lineEnd(text, positive.index), positive.index + MAX_REPLY);
      const line = lineAround(text, positive.index);
      return [{ start: positive.index, end, reply: cleanReply(text.slice(positive.index, end)), code: null, enhanced: null, recipient: recipientNear(text, line, '', null), command: null, remoteHost: null, library: null }];
    }
  }
  LOOSE_STATUS.lastIndex = 0;
  tries = 0;
  for (let m = LOOSE_STATUS.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = LOOSE_STATUS.exec(text), tries++) {
    if (taken(m.index) || !m[1] || !isEnhancedCode(m[1])) continue;
    const before = lineBefore(text, m.index, 60);
    // (Or after a client's "The mail server responded", its colon left out by whoever retyped it.)
    if (!(LINE_HEAD.test(before) || /(?:[:;=([]|\bsmtp;|\bserver responded)[ \t'"(]{0,4}$/i.test(before))) continue;
    const end = Math.min(replyEnd(text, m.index), m.index + MAX_LITERAL);
    add(m.index, end, trimTail(cleanReply(text.slice(m.index, Math.min(end, m.index + MAX_REPLY)))));
  }
  // lettre's Debug of a reply code, with no reply text: "Permanent(Code { severity: PermanentNegativeCompletion,
  // category: Unspecified3, detail: Five })" is 535 (lettre src/transport/smtp/response.rs: Severity 2–5, Category
  // 0–5, Detail 0–9).
  if (hits.length === 0) {
    LETTRE_CODE.lastIndex = 0;
    tries = 0;
    for (let m = LETTRE_CODE.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = LETTRE_CODE.exec(text), tries++) {
      const code = `${LETTRE_SEVERITY[m[1] as string] ?? ''}${LETTRE_CATEGORY[m[2] as string] ?? ''}${LETTRE_DETAIL.indexOf(m[3] as string)}`;
      if (!/^[45][0-5]\d$/.test(code)) continue;
      // A Response's Debug goes on with the reply's lines: "}, message: [\"5.7.1 Message rejected …\"] }".
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + MAX_REPLY);
      const open = /^,? ?message: \[/.exec(after);
      const close = open ? after.indexOf('"]', open[0].length) : -1;
      const words = open && close > 0 ? after.slice(open[0].length, close + 1).replace(/\\?"(?:, ?)?/g, ' ').replace(/\s+/g, ' ').trim() : '';
      const end = m.index + m[0].length + (words ? close + 2 : 0);
      add(m.index, end, words ? `${code} ${words}` : `${code} (lettre: ${m[0].replace(/\s+/g, ' ')})`, { code });
    }
    // Its Display ("permanent error (535)", then ": " and the reply when there is one, which the loose reading above
    // already takes): the code alone is what it says.
    LETTRE_DISPLAY.lastIndex = 0;
    tries = 0;
    for (let m = LETTRE_DISPLAY.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = LETTRE_DISPLAY.exec(text), tries++) {
      const code = m[1] as string;
      add(m.index, m.index + m[0].length, `${code} (lettre: ${m[0]})`, { code });
    }
  }
  // Exchange's diagnostic tag after the words it gives the status of: "… the recipient's mailbox is full.
  // <contoso.com #5.2.2>", "… could not be found in Domain Name Service (DNS). <{Issuing Server} #5.4.0>". The words
  // are the paragraph before the tag.
  if (hits.length === 0) {
    EXCHANGE_TAG.lastIndex = 0;
    tries = 0;
    for (let m = EXCHANGE_TAG.exec(text); m && hits.length < MAX_HITS && tries < MAX_TRIES; m = EXCHANGE_TAG.exec(text), tries++) {
      const status = m[1] as string;
      if (!isEnhancedCode(status) || status[0] === '2') continue;
      // (Looked for at most MAX_REPLY characters back: a paste of many tags costs that much per tag, no more.)
      const windowStart = Math.max(0, m.index - MAX_REPLY);
      const before = text.slice(windowStart, m.index);
      const blank = before.lastIndexOf('\n\n');
      const paragraph = blank < 0 ? before : before.slice(blank + 2);
      const words = paragraph.replace(/\s+/g, ' ').trim();
      if (!/[A-Za-z]{3}/.test(words)) continue;
      add(m.index - paragraph.trimStart().length, m.index + m[0].length, words, { enhanced: status });
    }
  }
  return hits;
}

/** The recipient a loose reply belongs to: named in it, labelled on its line, or the only address of a short paste. */
function recipientNear(text: string, line: { start: number; end: number }, reply: string, command: SmtpCommand | null): string | null {
  const inReply = recipientInReply(reply, command);
  if (inReply) return inReply;
  const lineText = text.slice(line.start, Math.min(line.end, line.start + 4000));
  const label = /\b(?:to=<?|to[ \t]{1,4}<?|rcpt(?:[ _]to)?[:=][ \t]{0,4}<?|recipient[:=][ \t]{0,4}<?|for <)/i.exec(lineText);
  if (label) {
    const after = lineText.slice(label.index + label[0].length, label.index + label[0].length + 330);
    const labelled = findAddresses(after, after.length, 1).next().value;
    if (labelled && labelled.index === 0) return normalizeAddress(labelled.text);
  }
  if (text.length > FRAGMENT_MAX || command === 'MAIL FROM') return null;
  const all = [...findAddresses(text, text.length, 3)].filter((a) => !/^(?:mailer-daemon|postmaster|no-?reply)@/i.test(a.text));
  if (all.length !== 1) return null;
  const only = all[0] as { text: string; index: number };
  // An address labelled as the sender is not the recipient.
  if (/(?:from|sender|mail from)[ \t]{0,4}[:=]?[ \t]{0,4}<?$/i.test(text.slice(Math.max(0, only.index - 20), only.index))) return null;
  return normalizeAddress(only.text);
}

// ---------------------------------------------------------------------------------------------------------------
// A reply that took the message

/**
 * A positive completion reply (RFC 5321 §4.2.1: 2yz, "the requested action has been successfully completed"; 250 and
 * 251 in §4.2.3) that says the message was taken, as the MTAs word it: Postfix smtpd "250 2.0.0 Ok: queued as <id>",
 * Sendmail and OpenSMTPD "250 2.0.0 <id> Message accepted for delivery", Exim "250 OK id=<id>", qmail-smtpd "250 ok
 * <time> qp <pid>", Exchange "250 2.6.0 <message-id> … Queued mail for delivery", Haraka "250 Message Queued", Gmail
 * "250 2.0.0 OK <time> <id> - gsmtp". SUCCESS_CODE finds the code (a status of class 2 may follow it); what follows on
 * the line is tested by TAKEN.
 */
const SUCCESS_CODE = /(?<![\w.-])25[01][ -](?:2\.\d{1,3}\.\d{1,3}(?![\w.]))?/g;
const TAKEN = /^[ \t]*(?:ok[ \t]+\d{6,}[ \t]+qp[ \t]+\d|ok[ \t]+id=)|\b(?:queued as|accepted for delivery|queued mail for delivery|message queued)\b/i;
/** After a status of class 2, its word alone will do ("250 2.0.0 OK <time> <id> - gsmtp"); a bare "250 OK" is what prose quotes. */
const TAKEN_WITH_STATUS = /^[ \t]*(?:ok|accepted)\b/i;
/**
 * …unless the text says the message went nowhere all the same: amavisd-new answers a message it discards or quarantines
 * with a 2yz of class X.7 ("250 2.7.0 Ok, discarded, id=… - BANNED: …", its D_DISCARD reply), and notices quote that.
 */
const NOT_TAKEN = /\b(?:discard(?:ed|ing)?|quarantined?|rejected|refused|banned|blocked|bounced|not (?:been )?(?:relayed|delivered|sent|accepted))\b|(?<![\w.-])25[01][ -]2\.7\./i;

/**
 * A failure in a notice that also lists deliveries (a DSN with both): a failure reply code or status, RFC 3464's
 * "Action: failed" / "delayed", Sendmail's and Exim's headings of failed addresses.
 */
const FAILED_ANYWHERE = /(?<![\w.-])[45]\d\d[ -]|(?<![\w.])[45]\.\d{1,3}\.\d{1,3}(?![\w.])|\baction:[ \t]*(?:failed|delayed)\b|\b(?:permanent fatal errors|transient non-fatal errors|could not be delivered|delivery to the following recipients failed)\b/i;

/** The first reply in the text that says the message was taken (see TAKEN), with no failure found anywhere before. */
function readAccepted(view: View): Hit | null {
  const text = view.text.length > 20_000 ? view.text.slice(0, 20_000) : view.text;
  if (NOT_TAKEN.test(text)) return null;
  SUCCESS_CODE.lastIndex = 0;
  for (let m = SUCCESS_CODE.exec(text), n = 0; m && n < 50; m = SUCCESS_CODE.exec(text), n++) {
    const after = m.index + m[0].length;
    const eol = text.indexOf('\n', after);
    const rest = text.slice(after, Math.min(eol < 0 ? text.length : eol, after + 200));
    const enhanced = /^25[01][ -](2\.\d{1,3}\.\d{1,3})/.exec(m[0])?.[1] ?? null;
    if (!TAKEN.test(rest) && !(enhanced && TAKEN_WITH_STATUS.test(rest))) continue;
    // The quotes and brackets of whatever wrapped it are not the reply's.
    let end = rest.length;
    while (end > 0 && ' \t\r"\')]'.includes(rest[end - 1] as string)) end--;
    const reply = `${m[0]}${rest.slice(0, end)}`;
    return { start: m.index, end: m.index + reply.length, reply, code: reply.slice(0, 3), enhanced, recipient: null, command: null, remoteHost: null, library: null };
  }
  return null;
}

/** A report of replies that took the message: a delivery (RFC 3464 Action: delivered), not a failure. */
function accepted(r: BounceReport): BounceReport {
  for (const x of r.recipients) x.action = 'delivered';
  return { ...r, isBounce: false, kind: 'delivered' };
}

// ---------------------------------------------------------------------------------------------------------------
// No code at all: the words say the mail was not delivered

/**
 * A paragraph of header fields only ("Subject: Mail System Error - Returned Mail"): a notice's title, not its reason.
 * A forwarded notice starts with its client's separator and the header fields in the client's language ("--------
 * Mensaje reenviado --------", "Asunto: Undelivered Mail Returned to Sender", "De: Mail Delivery System <…>"): the
 * localized names and separators mail clients write, as closeio/quotequail (quotequail/_patterns.py, HEADER_MAP and
 * FORWARD_MESSAGES) collects them for Apple Mail, Gmail, Evolution and Outlook, with Portuguese's Assunto/Enviada.
 */
const HEADER_NAMES = String.raw`Subject|From|To|Cc|Bcc|Date|Sent|Received|Return-Path|Message-ID|Reply-To|Von|An|Kopie|Betreff|Datum|Gesendet|De|[A\u00c0]|Pour|Objet|Sujet|Envoy[\u00e9e](?: le)?|Cci|Para|Asunto|Fecha|Enviado(?: el)?|Enviados|Enviada|Assunto|Data|Da|Oggetto|Cco|Van|Aan|Onderwerp|Verzonden|Fr[\u00e5a]n|Till?|Kopia|[\u00c4E]mne|Skickat|Sendt|Dato|\u041e\u0442(?: \u043a\u043e\u0433\u043e)?|\u041a\u043e\u043c\u0443|\u0422\u0435\u043c\u0430|\u0414\u0430\u0442\u0430`;
const FORWARD_SEPARATOR = String.raw`[ \t]*(?:-{2,}[^\n]{1,60}-{2,}|_{8,}|(?:Begin forwarded message|Anfang der weitergeleiteten E-Mail|D[\u00e9e]but du message r[\u00e9e]exp[\u00e9e]di[\u00e9e]|Inicio del mensaje reenviado|Inizio messaggio inoltrato|Doorgestuurd bericht volgt|Vidarebefordrat meddelande b[\u00f6o]rjar):)[ \t]*`;
const HEADER_ONLY = new RegExp(String.raw`^(?:${FORWARD_SEPARATOR}\n)?(?:[ \t]*(?:${HEADER_NAMES})[ \t]*:[^\n]*(?:\n|$))+$`, 'i');

/**
 * The subject field of a header paragraph, in the names clients write it under. Some list servers put their reason
 * there and nowhere else (Majordomo's "Subject: BOUNCE list@host: Message too long (>100000 chars)").
 */
const SUBJECT_FIELD = /^[ \t]*(?:Subject|Betreff|Objet|Sujet|Asunto|Assunto|Oggetto|Onderwerp|[\u00c4E]mne|\u0422\u0435\u043c\u0430)[ \t]*:[ \t]*([^\n]{1,300})$/im;

/**
 * The paragraph that starts at `at` when it reads as a quoted reason (at most 600 characters, trimmed): one line, or
 * lines each indented as a notice indents what it quotes — not header fields, and not a paragraph of prose (a
 * message's text runs over lines at the margin).
 */
function nextParagraph(text: string, at: number): { text: string; end: number } | null {
  const blank = /\n[ \t]*\n/g;
  blank.lastIndex = at;
  const b = blank.exec(text);
  const raw = text.slice(at, Math.min(b ? b.index : text.length, at + 601));
  const para = raw.trim();
  const quoted = !para.includes('\n') || raw.split('\n').every((line) => line.trim() === '' || /^[ \t]/.test(line));
  if (para === '' || para.length > 600 || !quoted || HEADER_ONLY.test(para)) return null;
  return { text: para, end: at + raw.trimEnd().length };
}
/** A sentence that announces the returned message or its parts, not a reason: "The original message follows:". */
const ANNOUNCES_ORIGINAL = /\b(?:original|returned|attached|undelivered|following) (?:message|mail|e-?mail|text|headers?)\b|\b(?:message|headers?|text) (?:follows?|below)\b|\bcopy of\b/i;

/**
 * Fields only a message carries, never a delivery report's own text: RFC 5322's trace and identification fields,
 * MIME's, DKIM's (RFC 6376), ARC's (RFC 8617), Authentication-Results (RFC 8601), Received-SPF (RFC 7208 §9.1) and the
 * trace fields Google and Microsoft add (X-Received, X-Google-…, X-MS-…), X-Mailer and X-Originating-IP.
 */
const MESSAGE_FIELD = /^(?:Received|Return-Path|Message-ID|MIME-Version|Content-(?:Type|Transfer-Encoding)|DKIM-Signature|ARC-[A-Za-z-]{1,30}|Authentication-Results|Received-SPF|References|In-Reply-To|X-(?:Received|Google-[A-Za-z-]{1,40}|MS-[A-Za-z-]{1,60}|Mailer|Originating-IP))$/i;

/**
 * A paragraph that is a mail's header block: at least three lines, each a field ("Name: value") or a folded line of
 * one, with a field only a message carries. After a returned original's marker, its words (a subject, "spf=pass")
 * are that mail's, not a failure's; pasted alone, they may be what the person asks about ("spf=fail").
 */
function isMessageHeaders(para: string): boolean {
  let fields = 0;
  let lines = 0;
  let message = false;
  for (const line of para.split('\n', 200)) {
    if (line.trim() === '') continue;
    lines++;
    if (/^[ \t]/.test(line)) continue;
    const name = /^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:/.exec(line)?.[1];
    if (!name) return false;
    fields++;
    if (MESSAGE_FIELD.test(name)) message = true;
  }
  return message && fields >= 2 && lines >= 3;
}

function readWording(view: View, documented: PasteOptions['documented']): Hit | null {
  const text = view.text;
  // The first paragraph that quotes a documented reply, else the first that says a mail was not delivered.
  let failing: Hit | null = null;
  let failingNamesOnly = false;
  let bodyHit: Hit | null = null;
  let titleHit: Hit | null = null;
  let subjectHit: Hit | null = null;
  let titled: number | null = null;
  const original = originalMessageStart(text);
  let pos = 0;
  for (let n = 0; n < 500 && pos < text.length; n++) {
    const blank = /\n[ \t]*\n/g;
    blank.lastIndex = pos;
    const b = blank.exec(text);
    const end = b ? b.index : text.length;
    const para = text.slice(pos, Math.min(end, pos + 4000));
    // The returned original's header block, after the line that announces it, says nothing about why it failed.
    if (original >= 0 && pos > original && isMessageHeaders(para)) {
      titled = null;
      if (!b) break;
      pos = b.index + b[0].length;
      continue;
    }
    const header = HEADER_ONLY.test(para.trim());
    // (Once a paragraph has said the failure, only a header's words still matter: whether it titles what follows.)
    const failure: boolean = header || !failing || failingNamesOnly ? hasFailureWords(para) : false;
    // A paragraph that only names the notice ("This is an automatically generated Delivery Status Notification.")
    // says that something failed, not what: a later paragraph that says the failure in words of its own takes over.
    const namesOnly: boolean = failure && !header && !hasFailureWords(para.replace(NOTICE_NAMES, ' '));
    const named = documented !== undefined && !header && documented(para);
    // A header paragraph is a title, not a reason — unless its subject quotes a documented reply by itself.
    const subject = header && documented !== undefined && !named ? SUBJECT_FIELD.exec(para) : null;
    // (Second to a paragraph that quotes one: the notice's own text says more than its title.)
    if (subject && !subjectHit && documented!(subject[1]!)) {
      const start = pos + subject.index + subject[0].length - subject[1]!.length;
      const reply = subject[1]!.replace(/\s+/g, ' ').trim().slice(0, MAX_REPLY);
      const end = start + subject[1]!.trimEnd().length;
      subjectHit = { start, end, reply, code: null, enhanced: null, recipient: recipientNear(text, { start, end }, reply, null), command: null, remoteHost: null, library: null };
    }
    // A header paragraph whose subject says the mail failed is the title of what follows: the paragraph after it, when
    // it names an address as a notice names the failed recipient, is the notice's own text, taken when no paragraph
    // says the failure in words of its own.
    const body = !header && titled !== null && /\S@\S/.test(para);
    // (The title stays with the paragraph it heads: "Subject: delayed delivery notice" says what the words under it are.)
    const from = !header && titled !== null ? titled : pos;
    titled = header && failure ? pos : null;
    const takesOver = failure && !header && (!failing || (failingNamesOnly && !namesOnly));
    if (named || takesOver || (!failing && failure) || (body && !bodyHit)) {
      // A paragraph that ends on a colon introduces what follows ("The following error was given:", "Your message to
      // <x> was automatically rejected:"): the line after it is the reason it announces — not when the colon announces
      // the returned message itself ("The original message follows:"), whose words are the sender's, not a reason.
      // (A word's colon: "…:332:", a file and line number a program printed, introduces nothing.)
      const reason = b && !header && /[\p{L})][ \t]*:[ \t]*$/u.test(para) && !ANNOUNCES_ORIGINAL.test(para) ? nextParagraph(text, b.index + b[0].length) : null;
      const whole = text.slice(from, pos + para.length) + (reason ? `\n${reason.text}` : '');
      const lead = whole.length - whole.trimStart().length;
      const reply = whole.replace(/\s+/g, ' ').trim().slice(0, MAX_REPLY);
      const start = from + lead;
      const stop = reason ? reason.end : pos + para.trimEnd().length;
      const line = { start: pos, end: stop };
      // A status the words carry as qmail writes it ("… (#4.4.1)"), or as Exchange 2000–2007 end their own words
      // ("<mail.example.org #5.1.1>", engine/codes.ts), is theirs.
      const qmail = QMAIL_STATUS.exec(reply)?.[1] ?? EXCHANGE_STATUS.exec(reply)?.[1];
      const enhanced = qmail && isEnhancedCode(qmail) && qmail[0] !== '2' ? qmail : null;
      const hit: Hit = { start, end: stop, reply, code: null, enhanced, recipient: recipientNear(text, line, reply, null), command: null, remoteHost: null, library: null };
      if (named) return hit;
      if (takesOver) {
        failing = hit;
        failingNamesOnly = namesOnly;
      }
      else if (body && !bodyHit) bodyHit = hit;
      else if (!failing && !titleHit) titleHit = hit;
    }
    if (!b) break;
    pos = b.index + b[0].length;
  }
  return subjectHit ?? failing ?? bodyHit ?? titleHit;
}
