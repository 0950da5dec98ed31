/**
 * Reading text: what a webmail shows, a paste, a selection, or a fragment such as one reply or a log line. This half
 * has no MIME parser, so content scripts carry only it; whole messages are read in read.ts. Pure: no DOM, no
 * extension API, no network.
 */
import { codeMismatch, readReplyCodes } from './codes';
import { diagnosticValue, dsnRecipientFacts, normalizeAddress, parseDsn, parseFields } from './dsn';
import { POSTFIX_SUCCESS, classifyKind, markGivenUp } from './kind';
import { normalizeText, toOriginalSpan } from './normalize';
import { originalFromText } from './original';
import { findRemoteMta, withoutRepeatedCodes } from './reply';
import { eximLogFacts } from './exim-log';
import { GMAIL_LEGACY_DETAILS, fillStatedReasons } from './formats';
import { readSesNotification } from './ses';
import { emptyRecipient, readForwarded, readReportText, type ReaderExtras } from './text-report';

import type { BounceFormat, BounceReport, EventReading, FailedRecipient, InputType } from './types';

/** The largest input the engine reads whole; the rest of a larger one is ignored, with a note. */
export const MAX_INPUT_CHARS = 10 * 1024 * 1024;

/** Text no longer than this with a reply and no known layout is called a fragment. */
const FRAGMENT_MAX = 4000;

export const BINARY_NOTE = 'This looks like a binary file, not an email or bounce text.';
export const EMPTY_NOTE = 'There is no text to read.';

/**
 * A feedback (abuse) report pasted as text: its machine-readable part's "Feedback-Type:" field (RFC 5965 §3.1), or its
 * human-readable part in the words of RFC 5965's own example, which feedback loops such as AOL's send ("This is an
 * email abuse report for an email message received from IP … on …").
 */
const FEEDBACK_REPORT = /^[ \t]*Feedback-Type:|\bThis is an e-?mail abuse report for an e-?mail message\b/im;

export function emptyReport(inputType: InputType, notes: string[]): BounceReport {
  return {
    isBounce: false,
    kind: 'not-bounce',
    format: null,
    inputType,
    reportingMta: null,
    arrivalDate: null,
    subject: null,
    from: null,
    date: null,
    recipients: [],
    original: null,
    notes,
  };
}

/**
 * True when text has too many control characters to be mail: more than 2% of it (NUL, most C0 controls, DEL; ESC is
 * ISO-2022-JP's; decoding failures count too). A few are noise — a NUL at the end of a mail — and are dropped by
 * normalizeText with a note, not a reason to refuse the input.
 */
export function looksBinary(sample: string): boolean {
  const s = sample.slice(0, 8192);
  if (s.length === 0) return false;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = s.match(/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/g)?.length ?? 0;
  // A replacement character is a byte some decoder could not read: a run of them is text in another charset (a Chinese
  // reply shown as GBK read as UTF-8, "��ʹ����Ȩ��"; a Japanese carrier's notice whose Shift_JIS lines a webmail could
  // not decode, above the English lines that quote the reply), binary only when they are most of the whole. (Bytes
  // that are not text at all carry control characters too: about one in ten of random bytes is one.)
  const replaced = s.match(/\ufffd/g)?.length ?? 0;
  return controls / s.length > 0.02 || (controls + replaced) / s.length > 0.5;
}


const MESSAGE_HEADERS = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-failed-recipients|auto-submitted|reply-to|sender|dkim-signature|authentication-results|x-[a-z0-9-]+)$/i;

/** True when the text starts with an RFC 5322 header block (optionally after an mbox "From " line); any line ends. */
export function looksLikeMessage(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\s+/, '');
  const lines = head.split(/\r\n|\r|\n/, 60);
  let i = 0;
  if (lines[0]?.startsWith('From ')) i = 1;
  let known = 0;
  let headers = 0;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      if (headers === 0) return false;
      continue;
    }
    const m = /^([!-9;-~]{1,76}):/.exec(line);
    if (!m?.[1]) return false;
    headers++;
    if (MESSAGE_HEADERS.test(m[1])) known++;
  }
  return headers >= 2 && known >= 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Text (webmail view, paste, selection, fragment)

/** A 2xx by which a content filter says it dropped or returned the message itself (amavisd-new's replies). */
const FILTERED_OK = /\b(?:discarded|BOUNCE|quarantined|rejected)\b/;

/** Postfix log lines: "to=<x>, relay=mx.example.com[192.0.2.1]:25, … status=bounced (host … said: 550 …)". */
function postfixLogFacts(text: string, r: FailedRecipient): void {
  const relay = /\brelay=([a-z0-9.-]{1,255})\[([0-9a-f.:]{3,45})\]/i.exec(text);
  if (relay) {
    r.remoteHost ??= relay[1]?.toLowerCase() ?? null;
    r.remoteIp ??= relay[2] ?? null;
  }
  const status = /\bstatus=(bounced|deferred|sent|expired)\b/i.exec(text)?.[1]?.toLowerCase();
  if (status === 'bounced' || status === 'expired') r.action ??= 'failed';
  else if (status === 'deferred') r.action ??= 'delayed';
  // A line of a delivery that worked ("status=sent (250 2.0.0 Ok: queued as …)"): pasted alone, it is a delivery notice.
  // Not when a content filter took the message in to drop or return it (amavisd-new: "250 2.7.0 Ok, discarded, id=… -
  // INFECTED: …", "250 2.5.0 Ok, id=…, BOUNCE"): the next hop said yes, the message went no further.
  else if (status === 'sent' && r.code?.startsWith('2') && !FILTERED_OK.test(r.reply ?? '')) r.action ??= 'delivered';
  dsnFact(/\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1], r);
}

/**
 * A log line's dsn= status, as the recipient's status and, unless the reply already has one, its enhanced code — not a
 * success's where a content filter took the message to drop it ("dsn=2.7.0, status=sent (250 2.7.0 Ok, discarded …)").
 */
function dsnFact(dsn: string | undefined, r: FailedRecipient): void {
  if (!dsn) return;
  r.dsnStatus ??= dsn;
  if (!dsn.startsWith('2.') || !FILTERED_OK.test(r.reply ?? '')) r.enhanced ??= dsn;
}

/**
 * Sendmail's log line of a delivery ("to=<x>, … relay=mx.example.com. [192.0.2.1], dsn=4.0.0, stat=Deferred: Connection
 * refused by mx.example.com."; sendmail/deliver.c logdelivery writes ", dsn=" and ", stat=", and a temporary failure's
 * status is "Deferred: …"), mailq's status line of a queued message ("(Deferred: Connection timed out with
 * example.com.)"): a delivery the queue will try again.
 */
const MTA_DEFERRED = /\bstat=Deferred\b|^[ \t]*\(Deferred\b/m;
/**
 * Postfix's reason for a recipient its queue manager holds back ("delivery temporarily suspended: …",
 * src/qmgr/qmgr_defer.c): in a log line, a deferral; in a returned message's notice, only the last reason before it
 * gave up.
 */
const QMGR_SUSPENDED = /\bdelivery temporarily suspended\b/;

/**
 * What a mail server's log lines (Postfix's, Sendmail's) or queue listing say of the deliveries in a text: their status
 * and dsn=; for a line pasted alone (`line`), Postfix's words for a deferral too. Each test runs once for the text.
 */
export function logLineFacts(text: string, recipients: readonly FailedRecipient[], line = false): void {
  if (recipients.length === 0) return;
  if (/\bstatus=(?:bounced|deferred|expired|sent)\b/.test(text)) for (const r of recipients) postfixLogFacts(text, r);
  else if (/\bstat=/.test(text)) {
    const dsn = /, dsn=([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
    for (const r of recipients) dsnFact(dsn, r);
  }
  if (MTA_DEFERRED.test(text) || (line && QMGR_SUSPENDED.test(text))) for (const r of recipients) r.action ??= 'delayed';
}

export function mergeInto(target: FailedRecipient, from: FailedRecipient): void {
  const keys = Object.keys(target) as (keyof FailedRecipient)[];
  for (const k of keys) {
    if (target[k] === null && from[k] !== null) (target as unknown as Record<string, unknown>)[k] = from[k];
  }
  if (target.code === null && target.enhanced !== null && from.code !== null && from.enhanced === target.enhanced) {
    target.code = from.code;
  }
  target.codeMismatch = codeMismatch(target.code, target.enhanced);
}

/** A DSN pasted as text, or shown inline by a webmail, read like the MIME part (`more`: recipients past the cap). */
export function dsnFromText(text: string): { recipients: FailedRecipient[]; more: number } {
  if (!/^[ \t]*(?:Final|Original)-Recipient[ \t]*:/im.test(text)) return { recipients: [], more: 0 };
  const dsn = parseDsn(text);
  return { recipients: dsn.recipients.map(dsnRecipientFacts), more: dsn.moreRecipients };
}

/**
 * Sets the count of recipients past the listed ones. The note that says so is added by the readers of pastes, files
 * and messages (read.ts: noted()); the webmail content scripts carry the count only.
 */
export function noteMoreRecipients(report: BounceReport, more: number): BounceReport {
  if (more > 0 && report.recipients.length > 0) report.moreRecipients = more;
  return report;
}

/** A fragment that is only a "Diagnostic-Code: smtp; 550 …" line. */
function diagnosticLineFacts(text: string): FailedRecipient | null {
  if (!/Diagnostic-Code[ \t]*:/i.test(text)) return null;
  const field = parseFields(text).find((f) => f.name === 'diagnostic-code');
  if (!field) return null;
  const { type, reply } = diagnosticValue(field.value);
  const codes = readReplyCodes(reply);
  const r = emptyRecipient(null);
  r.diagnosticType = type;
  r.reply = reply || null;
  r.code = codes.code;
  r.enhanced = codes.enhanced;
  r.codeMismatch = codeMismatch(codes.code, codes.enhanced);
  r.replySpan = field.span;
  return r;
}

/**
 * A fragment is a piece of a bounce rather than a whole one: a few lines that are mostly the reply itself, a Postfix
 * log line, or a lone Diagnostic-Code line.
 */
function isFragment(text: string, recipients: FailedRecipient[]): boolean {
  if (text.length > FRAGMENT_MAX || recipients.length !== 1) return false;
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length > 8) return false;
  if (/\bstatus=(?:bounced|deferred|expired|sent)\b/.test(text)) return true;
  if (/^[ \t]*Diagnostic-Code:/i.test(lines[0] ?? '') && lines.length <= 3) return true;
  // A whole bounce names its failed recipient; a pasted reply usually does not.
  if (recipients[0]?.recipient) return false;
  const span = recipients[0]?.replySpan;
  const content = text.replace(/\s+/g, '').length;
  return span !== null && span !== undefined && text.slice(span.start, span.end).replace(/\s+/g, '').length >= content * 0.5;
}

/** The MTA that wrote the report, as the layouts name it. */
export function reportingMtaFromText(text: string): string | null {
  const m =
    /Reporting-MTA:\s*(?:dns;\s*)?([a-z0-9.-]{1,255})/i.exec(text) ??
    /This is the mail system at host ([a-z0-9.-]{1,255})/i.exec(text) ??
    /This is the qmail-send program at ([a-z0-9.-]{1,255})/i.exec(text) ??
    /Generating server:\s*([a-z0-9.-]{1,255})/i.exec(text) ??
    /DSN generated by:\s*([a-z0-9.-]{1,255})/i.exec(text);
  return m?.[1] ? m[1].toLowerCase().replace(/\.$/, '') : null;
}

export function capInput(input: string, notes: string[]): string {
  if (input.length <= MAX_INPUT_CHARS) return input;
  notes.push(`The input is ${(input.length / 1048576).toFixed(1)} MB; only the first 10 MB were read.`);
  return input.slice(0, MAX_INPUT_CHARS);
}

/**
 * Reads text as a webmail shows it, or a pasted fragment. Synchronous: the content script calls it directly. `events`
 * reads a sending service's event JSON first: by default only Amazon SES's, which arrive by mail (read.ts passes the
 * reader of every service for pastes and files, which the content script does not carry).
 */
export function readText(input: string, events: (text: string) => EventReading | null = readSesNotification, extras?: ReaderExtras): BounceReport {
  const notes: string[] = [];
  if (typeof input !== 'string' || input.trim() === '') return emptyReport('text', [EMPTY_NOTE]);
  if (looksBinary(input)) return emptyReport('text', [BINARY_NOTE]);
  const capped = capInput(input, notes);
  const norm = normalizeText(capped);
  const text = norm.text;
  const fromEvents = events(text);
  if (fromEvents) return eventReport(fromEvents, 'text', notes);
  // A forwarded bounce: the report is what follows the "Forwarded message" line, not what precedes it.
  const hints = extras ? { extras } : {};
  const { reading, base } = readForwarded(text, readReportText(text, hints), hints);
  const reportText = reading.originalStart >= 0 ? text.slice(base, reading.originalStart) : text.slice(base);
  let recipients = reading.recipients;

  const dsnText = dsnFromText(reportText);
  const fromDsn = dsnText.recipients;
  const more = fromDsn.length > 0 ? dsnText.more : reading.moreRecipients;
  if (fromDsn.length > 0) {
    // The DSN fields are the list; the text around them may add a reply the fields lack.
    const sameAddress = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();
    for (const d of fromDsn) {
      const same = recipients.find((r) => sameAddress(r.recipient, d.recipient));
      if (same) mergeInto(d, { ...same, reply: d.reply ?? same.reply, replySpan: d.replySpan ?? same.replySpan });
    }
    const extra = recipients.filter(
      (r) => r.code !== null && !fromDsn.some((d) => sameAddress(d.recipient, r.recipient) || sameAddress(d.originalRecipient, r.recipient)),
    );
    recipients = [...fromDsn, ...extra];
  } else if (recipients.length === 0) {
    const diag = diagnosticLineFacts(reportText);
    if (diag?.reply) recipients = [diag];
  }
  // Exim main-log lines ("… ** x@y R=… T=…: No Such User Here"): a layout of their own, with or without a code. Read
  // also when the generic reading left an address without a reply and the lines give each of theirs one: the generic
  // reading takes the addresses inside a line ("<x@y>", "F=<…>", a callout's "Verification failed for <…>") for
  // recipients of their own.
  let logFormat: BounceFormat | null = null;
  if (recipients.length === 0 || recipients.some((r) => r.reply === null && r.code === null && r.enhanced === null)) {
    const logged = eximLogFacts(reportText);
    if (logged.length > 0 && (recipients.length === 0 || logged.every((r) => r.reply !== null))) {
      recipients = logged;
      logFormat = 'exim';
    }
  }
  logLineFacts(reportText, recipients);
  // Postfix's success notice (bounce(5) success_template, sent for NOTIFY=SUCCESS): each recipient's "delivery via
  // host: 250 …" is a delivery, not a reply to diagnose.
  if (POSTFIX_SUCCESS.test(reportText)) for (const r of recipients) if (!r.action && (r.code?.startsWith('2') || /^delivery via /i.test(r.reply ?? ''))) r.action = 'delivered';
  // A lone reply whose recipient the text names in passing ("to=<x>", "RCPT TO:<x>").
  // (Both looked up once for the whole text, not once per recipient: a hostile text's thousands of replies would make
  // each a scan of it all.)
  let named: string | null | undefined;
  let remote: ReturnType<typeof findRemoteMta> | undefined;
  for (const r of recipients) {
    if (r.recipient) continue;
    if (recipients.length === 1) {
      named ??= /(?:\bto=<|RCPT TO:\s*<)([^>\s]{1,300}@[^>\s]{1,255})>/i.exec(reportText.slice(0, 20_000))?.[1] ?? null;
      if (named) r.recipient = normalizeAddress(named);
    }
    if (!r.remoteHost && !r.remoteIp) {
      remote ??= findRemoteMta(reportText);
      r.remoteHost = remote.host;
      r.remoteIp = remote.ip;
    }
  }
  // A transcript's success steps ("250 2.1.0 Sender OK" before "550 5.1.2 … Domain not found") are not failures: beside
  // a refusal, only the refusals are.
  const success = (r: FailedRecipient) => (r.code !== null && r.code.startsWith('2')) || (r.code === null && r.enhanced !== null && r.enhanced.startsWith('2.'));
  if (recipients.length > 1 && recipients.some((r) => (r.code !== null || r.enhanced !== null) && !success(r))) recipients = recipients.filter((r) => !success(r));
  if (recipients.length > 1) recipients = withoutRepeatedCodes(recipients);
  for (const r of recipients) if (r.replySpan) r.replySpan = toOriginalSpan(norm, r.replySpan);

  const hasReply = recipients.some((r) => r.code !== null || r.enhanced !== null);
  let format: BounceFormat | null = reading.format ?? logFormat;
  if (!format && fromDsn.length > 0) format = 'rfc3464';
  if (!format && hasReply) format = text.length <= FRAGMENT_MAX ? 'fragment' : 'generic';
  if (format !== null && format !== 'fragment' && hasReply && isFragment(text, recipients)) format = 'fragment';
  // A notice that names its own reading of the failure (Gmail's headline "Address not found", Mimecast's "The problem
  // appears to be :" line): the bounce's own words about the recipient, for when the reply under it names no cause
  // (score.ts statedReason).
  fillStatedReasons(format, reportText, recipients);
  const head = format === 'gmail-legacy' ? reportText.slice(0, 20_000) : '';
  // Gmail's notice before 2016 says why under "Technical details of … failure:" when no server answered ("The recipient
  // server did not accept our requests to connect. … [example.net (1): Connection dropped]"); when one did, its reply
  // follows "The error that the other server returned was:" and the paragraph is Gmail's fixed "Google tried to deliver
  // your message, but it was rejected by the server for the recipient domain …", which names no cause.
  if (format === 'gmail-legacy' && recipients.length === 1 && !/The error that the other server returned was/i.test(head)) {
    const details = GMAIL_LEGACY_DETAILS.exec(head)?.[1]?.trim();
    const only = recipients[0] as FailedRecipient;
    if (details && !only.statedReason) only.statedReason = details.slice(0, 1000);
  }
  const bounceEvidence = reading.format !== null || logFormat !== null || fromDsn.length > 0 || (reading.looksLikeBounce && hasReply);
  const kind = classifyKind({
    text: reportText,
    subject: null,
    actions: recipients.map((r) => r.action),
    isFeedbackReport: FEEDBACK_REPORT.test(reportText),
    autoReplyHeaders: false,
    bounceEvidence,
    codes: recipients.map((r) => r.code ?? r.enhanced),
  });
  markGivenUp(kind, reportText, recipients);
  const isBounce = kind === 'failure' || kind === 'delay';
  if (isBounce && !hasReply) notes.push('The bounce gives no SMTP reply code; the reason is read from its words only.');
  const original = reading.originalStart >= 0 ? originalFromText(text.slice(reading.originalStart)) : null;
  return noteMoreRecipients({
    isBounce,
    kind,
    format: isBounce || kind === 'delivered' ? format : kind === 'complaint' ? 'arf' : kind === 'auto-reply' ? 'auto-reply' : null,
    inputType: format === 'fragment' ? 'fragment' : 'text',
    reportingMta: reportingMtaFromText(reportText),
    arrivalDate: /^[ \t]*Arrival-Date:[ \t]*(.{1,100})$/im.exec(reportText)?.[1]?.trim() ?? null,
    subject: null,
    from: null,
    date: null,
    recipients: isBounce || kind === 'delivered' ? recipients : [],
    original,
    notes,
  }, more);
}

export function eventReport(events: EventReading, inputType: InputType, notes: string[]): BounceReport {
  const report: BounceReport = {
    ...emptyReport(inputType, [...notes, ...(events.notes ?? [])]),
    isBounce: events.kind === 'failure' || events.kind === 'delay',
    kind: events.kind,
    format: events.format,
    reportingMta: events.reportingMta,
    recipients: events.recipients,
  };
  return noteMoreRecipients(report, events.moreRecipients ?? 0);
}

