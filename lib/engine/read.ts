/**
 * The engine's reading entry points. `readBounce` takes whatever the user has — a raw message (.eml), the text a
 * webmail shows, or a fragment such as one reply or a log line — and returns the facts (types.ts). Pure: no DOM, no
 * extension API, no network; the same code runs in Node, the popup and the content script.
 */
import { LATIN1, UTF8 } from './codec';
import PostalMime from 'postal-mime';
import { codeMismatch, readReplyCodes } from './codes';
import { addressFromField, dsnRecipientFacts, normalizeAddress, parseDsn, parseFields } from './dsn';
import { AUTO_REPLY_PHRASES, classifyKind, matchesAny } from './kind';
import { htmlToText, normalizeText, toOriginalSpan } from './normalize';
import { originalFromHeaders, originalFromText, parseHeaderBlock } from './original';
import { cleanReply, findRemoteMta } from './reply';
import { readSesNotification } from './ses';
import { emptyRecipient, readReportText, type TextReading } from './text-report';
import type { BounceFormat, BounceReport, FailedRecipient, InputType, OriginalMessage, Span } from './types';

/** The largest input the engine reads whole; the rest of a larger one is ignored, with a note. */
export const MAX_INPUT_CHARS = 10 * 1024 * 1024;

/** Text no longer than this with a reply and no known layout is called a fragment. */
const FRAGMENT_MAX = 4000;

const BINARY_NOTE = 'This looks like a binary file, not an email or bounce text.';
const EMPTY_NOTE = 'There is no text to read.';

function emptyReport(inputType: InputType, notes: string[]): BounceReport {
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

/** True when text has too many control characters to be mail (NUL, most C0 controls; ESC is ISO-2022-JP's). */
export function looksBinary(sample: string): boolean {
  const s = sample.slice(0, 8192);
  if (s.length === 0) return false;
  if (s.includes('\0')) return true;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const bad = s.match(/[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\ufffd]/g);
  return bad !== null && bad.length / s.length > 0.02;
}

const MESSAGE_HEADERS = /^(?:from|to|subject|date|received|return-path|message-id|mime-version|content-type|delivered-to|x-failed-recipients|auto-submitted|reply-to|sender|dkim-signature|authentication-results|x-[a-z0-9-]+)$/i;

/** True when the text starts with an RFC 5322 header block (optionally after an mbox "From " line). */
export function looksLikeMessage(text: string): boolean {
  const head = text.slice(0, 8192).replace(/^\s+/, '');
  const lines = head.split('\n', 60).map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
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

/** Reads any input. Bytes are taken to be a message; text is looked at first. */
export async function readBounce(input: string | Uint8Array): Promise<BounceReport> {
  if (typeof input !== 'string') return readMessage(input);
  if (looksLikeMessage(input)) return readMessage(input);
  return readText(input);
}

// ---------------------------------------------------------------------------------------------------------------
// Text (webmail view, paste, selection, fragment)

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
  const dsn = /\bdsn=([245]\.\d{1,3}\.\d{1,3})\b/.exec(text)?.[1];
  if (dsn) {
    r.dsnStatus ??= dsn;
    r.enhanced ??= dsn;
  }
}

function mergeInto(target: FailedRecipient, from: FailedRecipient): void {
  const keys = Object.keys(target) as (keyof FailedRecipient)[];
  for (const k of keys) {
    if (target[k] === null && from[k] !== null) (target as unknown as Record<string, unknown>)[k] = from[k];
  }
  if (target.code === null && target.enhanced !== null && from.code !== null && from.enhanced === target.enhanced) {
    target.code = from.code;
  }
  target.codeMismatch = codeMismatch(target.code, target.enhanced);
}

/** A DSN pasted as text, or shown inline by a webmail, read like the MIME part. */
function dsnFromText(text: string): FailedRecipient[] {
  if (!/^[ \t]*(?:Final|Original)-Recipient[ \t]*:/im.test(text)) return [];
  return parseDsn(text).recipients.map(dsnRecipientFacts);
}

/** A fragment that is only a "Diagnostic-Code: smtp; 550 …" line. */
function diagnosticLineFacts(text: string): FailedRecipient | null {
  if (!/Diagnostic-Code[ \t]*:/i.test(text)) return null;
  const field = parseFields(text).find((f) => f.name === 'diagnostic-code');
  if (!field) return null;
  const m = /^\s*([a-z0-9-]{1,20})\s*;\s*([\s\S]*)$/i.exec(field.value);
  const reply = cleanReply(m?.[2] ?? field.value);
  const codes = readReplyCodes(reply);
  const r = emptyRecipient(null);
  r.diagnosticType = m?.[1]?.toLowerCase() ?? null;
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
  if (/\bstatus=(?:bounced|deferred|expired)\b/.test(text)) return true;
  if (/^[ \t]*Diagnostic-Code:/i.test(lines[0] ?? '') && lines.length <= 3) return true;
  // A whole bounce names its failed recipient; a pasted reply usually does not.
  if (recipients[0]?.recipient) return false;
  const span = recipients[0]?.replySpan;
  const content = text.replace(/\s+/g, '').length;
  return span !== null && span !== undefined && text.slice(span.start, span.end).replace(/\s+/g, '').length >= content * 0.5;
}

/** The MTA that wrote the report, as the layouts name it. */
function reportingMtaFromText(text: string): string | null {
  const m =
    /Reporting-MTA:\s*(?:dns;\s*)?([a-z0-9.-]{1,255})/i.exec(text) ??
    /This is the mail system at host ([a-z0-9.-]{1,255})/i.exec(text) ??
    /This is the qmail-send program at ([a-z0-9.-]{1,255})/i.exec(text) ??
    /Generating server:\s*([a-z0-9.-]{1,255})/i.exec(text) ??
    /DSN generated by:\s*([a-z0-9.-]{1,255})/i.exec(text);
  return m?.[1] ? m[1].toLowerCase().replace(/\.$/, '') : null;
}

function capInput(input: string, notes: string[]): string {
  if (input.length <= MAX_INPUT_CHARS) return input;
  notes.push(`The input is ${(input.length / 1048576).toFixed(1)} MB; only the first 10 MB were read.`);
  return input.slice(0, MAX_INPUT_CHARS);
}

/** Reads text as a webmail shows it, or a pasted fragment. Synchronous: the content script calls it directly. */
export function readText(input: string): BounceReport {
  const notes: string[] = [];
  if (typeof input !== 'string' || input.trim() === '') return emptyReport('text', [EMPTY_NOTE]);
  if (looksBinary(input)) return emptyReport('text', [BINARY_NOTE]);
  const capped = capInput(input, notes);
  const norm = normalizeText(capped);
  const text = norm.text;
  const ses = readSesNotification(text);
  if (ses) return sesReport(ses, 'text', notes);
  const reading = readReportText(text);
  const reportText = reading.originalStart >= 0 ? text.slice(0, reading.originalStart) : text;
  let recipients = reading.recipients;

  const fromDsn = dsnFromText(reportText);
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
  if (/\bstatus=(?:bounced|deferred|expired)\b/.test(reportText)) for (const r of recipients) postfixLogFacts(reportText, r);
  // A lone reply whose recipient the text names in passing ("to=<x>", "RCPT TO:<x>").
  for (const r of recipients) {
    if (r.recipient) continue;
    const named = /(?:\bto=<|RCPT TO:\s*<)([^>\s]{1,300}@[^>\s]{1,255})>/i.exec(reportText)?.[1];
    if (named && recipients.length === 1) r.recipient = normalizeAddress(named);
    if (!r.remoteHost && !r.remoteIp) {
      const remote = findRemoteMta(reportText);
      r.remoteHost = remote.host;
      r.remoteIp = remote.ip;
    }
  }
  for (const r of recipients) if (r.replySpan) r.replySpan = toOriginalSpan(norm, r.replySpan);

  const hasReply = recipients.some((r) => r.code !== null || r.enhanced !== null);
  let format: BounceFormat | null = reading.format;
  if (!format && fromDsn.length > 0) format = 'rfc3464';
  if (!format && hasReply) format = text.length <= FRAGMENT_MAX ? 'fragment' : 'generic';
  if (format !== null && format !== 'fragment' && hasReply && isFragment(text, recipients)) format = 'fragment';
  const bounceEvidence = reading.format !== null || fromDsn.length > 0 || (reading.looksLikeBounce && hasReply);
  const kind = classifyKind({
    text: reportText,
    subject: null,
    actions: recipients.map((r) => r.action),
    isFeedbackReport: /^[ \t]*Feedback-Type:/im.test(reportText),
    autoReplyHeaders: false,
    bounceEvidence,
    codes: recipients.map((r) => r.code ?? r.enhanced),
  });
  const isBounce = kind === 'failure' || kind === 'delay';
  if (isBounce && !hasReply) notes.push('The bounce gives no SMTP reply code; the reason is read from its words only.');
  const original = reading.originalStart >= 0 ? originalFromText(text.slice(reading.originalStart)) : null;
  return {
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
  };
}

function sesReport(ses: NonNullable<ReturnType<typeof readSesNotification>>, inputType: InputType, notes: string[]): BounceReport {
  return {
    ...emptyReport(inputType, notes),
    isBounce: ses.kind === 'failure' || ses.kind === 'delay',
    kind: ses.kind,
    format: ses.kind === 'complaint' ? 'arf' : 'amazon-ses',
    reportingMta: ses.reportingMta,
    recipients: ses.recipients,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Whole messages

interface PartText {
  mimeType: string;
  text: string;
}

function contentAsText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return UTF8.decode(content instanceof ArrayBuffer ? new Uint8Array(content) : content);
}

/**
 * Finds where a reply (decoded and unfolded) stands in the raw input, so the UI can highlight it there too. Words are
 * matched in order with any whitespace between them, since the raw text may fold the reply over several lines.
 */
function findWords(raw: string, words: string[], from: number, limit: number): { start: number; end: number } | null {
  const first = words[0];
  if (!first) return null;
  let tries = 0;
  for (let at = raw.indexOf(first, from); at >= 0 && at < limit && tries < 50; at = raw.indexOf(first, at + 1), tries++) {
    let pos = at + first.length;
    let ok = true;
    for (const w of words.slice(1)) {
      while (pos < raw.length && /\s/.test(raw[pos] as string)) pos++;
      if (!raw.startsWith(w, pos)) {
        ok = false;
        break;
      }
      pos += w.length;
    }
    if (ok) return { start: at, end: pos };
  }
  return null;
}

function locate(raw: string | null, reply: string | null): Span | null {
  if (!raw || !reply) return null;
  const words = reply.split(/\s+/).filter(Boolean);
  if (words.length === 0 || reply.length < 6) return null;
  const head = findWords(raw, words.slice(0, 6), 0, raw.length);
  if (!head) return null;
  const tail = words.length > 6 ? findWords(raw, words.slice(-4), head.end, head.start + reply.length * 2 + 400) : null;
  return { start: head.start, end: tail ? tail.end : head.end };
}

/** Subjects bounces use, in the languages Exchange and common MTAs ship. */
const BOUNCE_SUBJECT =
  /undeliver|undelivered|delivery (?:status|failure|has failed|notification|problem)|returned mail|failure notice|mail delivery failed|could not be delivered|non remis|unzustellbar|no se puede entregar|n[ãa]o (?:entregue|foi poss[íi]vel entregar)|onbestelbaar|non recapitabile|配信不能|returned to sender|mail (?:system )?error|delivery failed/i;

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers', 'message/partial']);

/** `latin1` may carry the bytes already decoded as Latin-1 (the caller had them), to save decoding twice. */
export async function readMessage(input: string | Uint8Array, latin1?: string): Promise<BounceReport> {
  const notes: string[] = [];
  let raw: string | null = null;
  let source: string | Uint8Array = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return emptyReport('message', [EMPTY_NOTE]);
    if (looksBinary(input)) return emptyReport('message', [BINARY_NOTE]);
    raw = capInput(input, notes);
    source = raw;
  } else {
    if (input.length === 0) return emptyReport('message', [EMPTY_NOTE]);
    if (input.length > MAX_INPUT_CHARS) {
      notes.push(`The file is ${(input.length / 1048576).toFixed(1)} MB; only the first 10 MB were read.`);
      source = input.subarray(0, MAX_INPUT_CHARS);
    }
    const sample = LATIN1.decode((source as Uint8Array).subarray(0, 8192));
    if (looksBinary(sample)) return emptyReport('message', [BINARY_NOTE]);
    raw = latin1 ?? LATIN1.decode(source as Uint8Array);
  }

  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(source, { attachmentEncoding: 'utf8', forceRfc822Attachments: true, maxNestingDepth: 64 });
  } catch (error) {
    // Malformed MIME: read what a person would see, the text itself.
    notes.push(`The message's MIME structure could not be read (${error instanceof Error ? error.message : 'unknown error'}); it was read as plain text.`);
    const fallback = readText(typeof input === 'string' ? input : raw);
    return { ...fallback, inputType: 'message', notes: [...notes, ...fallback.notes] };
  }

  const header = (name: string) => email.headers.find((h) => h.key === name)?.value ?? null;
  const contentType = (header('content-type') ?? '').toLowerCase();
  const parts: PartText[] = email.attachments.map((a) => ({ mimeType: a.mimeType.toLowerCase(), text: contentAsText(a.content) }));

  // The human-readable report: the text part, else the HTML part as text.
  let reportText = email.text ?? '';
  if (reportText.trim() === '' && email.html) reportText = htmlToText(email.html);
  const inlineTexts = parts.filter((p) => p.mimeType === 'text/plain' && !/^\s*(?:Received|Return-Path|From|Date):/i.test(p.text));
  if (reportText.trim() === '' && inlineTexts.length > 0) reportText = inlineTexts.map((p) => p.text).join('\n');
  if (reportText.trim() === '' && parts.length === 0 && raw) {
    // The MIME structure is broken (a boundary that never occurs…): read the body as a person would see it.
    const body = /\r?\n\r?\n/.exec(raw);
    if (body) {
      reportText = raw.slice(body.index + body[0].length);
      notes.push("The message's MIME parts could not be separated; its body was read as plain text.");
    }
  }

  const normReport = normalizeText(reportText).text;
  const ses = readSesNotification(normReport);
  if (ses) {
    return { ...sesReport(ses, 'message', notes), subject: email.subject ?? null, from: header('from'), date: header('date') };
  }

  // RFC 3464 parts.
  const dsnParts = parts.filter((p) => DSN_TYPES.has(p.mimeType));
  let dsnReportingMta: string | null = null;
  let dsnArrivalDate: string | null = null;
  const dsnRecipients: FailedRecipient[] = [];
  for (const p of dsnParts) {
    const dsn = parseDsn(normalizeText(p.text).text);
    dsnReportingMta ??= dsn.reportingMta;
    dsnArrivalDate ??= dsn.arrivalDate;
    for (const r of dsn.recipients) dsnRecipients.push(dsnRecipientFacts(r));
  }
  // Some MTAs put the DSN fields in the text part (no delivery-status part).
  if (dsnRecipients.length === 0) for (const r of dsnFromText(normReport)) dsnRecipients.push(r);

  const failedHeader = header('x-failed-recipients');
  const hinted = [
    ...dsnRecipients.map((r) => r.recipient).filter((a): a is string => a !== null),
    ...(failedHeader ? failedHeader.split(/[,\s]+/).filter((a) => a.includes('@')) : []),
  ];
  const from = header('from');
  const subject = email.subject ?? null;
  const fromDaemon = /mailer-daemon|postmaster|post_master|mail delivery|mail administrator|microsoft outlook|mail-?daemon/i.test(from ?? '');
  const daemonSender = fromDaemon || (header('return-path') ?? '').replace(/\s/g, '') === '<>';
  const bounceSubject = BOUNCE_SUBJECT.test(subject ?? '');
  const assumeBounce = daemonSender || bounceSubject || failedHeader !== null;
  let reading: TextReading = readReportText(normReport, { recipients: hinted, assumeBounce });
  // The HTML part is read too only when the text part gave no reply (some MTAs put the details in HTML alone).
  const htmlText = reading.recipients.every((r) => r.code === null) && email.html ? htmlToText(email.html) : '';
  if (htmlText && htmlText !== reportText) {
    const fromHtml = readReportText(normalizeText(htmlText).text, { recipients: hinted, assumeBounce });
    if (fromHtml.recipients.some((r) => r.code !== null)) reading = fromHtml;
  }

  let recipients: FailedRecipient[];
  if (dsnRecipients.length > 0) {
    recipients = dsnRecipients;
    for (const r of recipients) {
      const same =
        reading.recipients.find((t) => t.recipient && r.recipient && t.recipient.toLowerCase() === r.recipient.toLowerCase()) ??
        (reading.recipients.length === 1 && recipients.length === 1 ? reading.recipients[0] : undefined);
      if (!same) continue;
      if (r.code === null && same.code !== null && (r.reply === null || !/\d{3}/.test(r.reply))) {
        // The DSN had no usable Diagnostic-Code: the text part's reply is the receiver's words.
        r.reply = same.reply;
        r.code = same.code;
        if (same.enhanced && (!r.enhanced || /\.0\.0$/.test(r.enhanced))) r.enhanced = same.enhanced;
        r.replySpan = same.replySpan;
      }
      mergeInto(r, { ...same, replySpan: null });
    }
    for (const r of recipients) r.replySpan = locate(raw, r.reply);
  } else {
    recipients = reading.recipients.map((r) => ({ ...r, replySpan: locate(raw, r.reply) }));
    if (recipients.length === 0 && failedHeader) {
      // Named only in X-Failed-Recipients (Google Groups and others explain in prose, often localized): keep the
      // report's words as the explanation.
      const reportPart = (reading.originalStart >= 0 ? normReport.slice(0, reading.originalStart) : normReport).replace(/\s+/g, ' ').trim();
      for (const a of hinted) {
        const r = emptyRecipient(normalizeAddress(a));
        r.statedReason = reportPart ? reportPart.slice(0, 800) : null;
        recipients.push(r);
      }
    }
  }

  // The returned original message.
  let original: OriginalMessage | null = null;
  const originalPart = parts.find((p) => ORIGINAL_TYPES.has(p.mimeType));
  if (originalPart) original = originalFromHeaders(parseHeaderBlock(normalizeText(headerBlockOf(originalPart.text)).text));
  if (!original && reading.originalStart >= 0) original = originalFromText(normReport.slice(reading.originalStart));

  // ARF (RFC 5965), and Microsoft's JMRP complaints, which carry the original with X-HmXmrOriginalRecipient.
  const isFeedbackReport =
    /report-type\s*=\s*"?feedback-report/.test(contentType) ||
    parts.some((p) => p.mimeType === 'message/feedback-report') ||
    (dsnParts.length === 0 && parts.some((p) => ORIGINAL_TYPES.has(p.mimeType) && /^X-HmXmrOriginalRecipient:/im.test(p.text.slice(0, 20_000))));
  const autoSubmitted = (header('auto-submitted') ?? '').toLowerCase();
  const autoReplyHeaders =
    dsnParts.length === 0 &&
    (autoSubmitted.startsWith('auto-replied') ||
      matchesAny(subject ?? '', AUTO_REPLY_PHRASES) ||
      header('x-autoreply') !== null ||
      header('x-autorespond') !== null ||
      /^(?:auto_reply|autoreply)$/i.test(header('x-auto-response-suppress') ?? '') ||
      (header('precedence') ?? '').toLowerCase() === 'auto_reply');
  const hasReply = recipients.some((r) => r.code !== null || r.enhanced !== null);
  // Evidence of a failure report: a DSN part, a layout the engine knows, or replies/recipients in a message whose
  // headers say it comes from a mail system. An automatic reply with none of these is not a bounce.
  const namedLayout = reading.format !== null && reading.format !== 'generic';
  const bounceEvidence =
    dsnParts.length > 0 ||
    dsnRecipients.length > 0 ||
    namedLayout ||
    (hasReply && (assumeBounce || reading.looksLikeBounce)) ||
    ((!autoReplyHeaders || fromDaemon || bounceSubject) && reading.format !== null && recipients.length > 0) ||
    (failedHeader !== null && recipients.length > 0);
  const kind = classifyKind({
    text: normReport,
    subject,
    actions: recipients.map((r) => r.action),
    isFeedbackReport,
    autoReplyHeaders,
    bounceEvidence,
    codes: recipients.map((r) => r.code ?? r.enhanced),
  });
  const isBounce = kind === 'failure' || kind === 'delay';
  if (isBounce && !hasReply) notes.push('The bounce gives no SMTP reply code; the reason is read from its words only.');

  let format: BounceFormat | null = reading.format;
  if (!format && dsnParts.length > 0) format = 'rfc3464';
  if (!format && isBounce) format = 'generic';
  if (kind === 'complaint') format = 'arf';
  if (kind === 'auto-reply') format = 'auto-reply';
  if (kind === 'not-bounce') format = null;

  const reportingMta = dsnReportingMta?.toLowerCase().replace(/\.$/, '') ?? reportingMtaFromText(normReport);

  return {
    isBounce,
    kind,
    format,
    inputType: 'message',
    reportingMta,
    arrivalDate: dsnArrivalDate,
    subject,
    from,
    date: header('date'),
    recipients: isBounce || kind === 'delivered' ? recipients : kind === 'complaint' ? complaintRecipients(parts, recipients) : [],
    original,
    notes,
  };
}

/** The header block at the start of a returned message: everything before the first blank line (64 KB at most). */
function headerBlockOf(message: string): string {
  const head = message.length > 65_536 ? message.slice(0, 65_536) : message;
  const blank = /\r?\n[ \t]*\r?\n/.exec(head.replace(/^\s+/, ''));
  return blank ? head.replace(/^\s+/, '').slice(0, blank.index) : head;
}

/** For a feedback report, the complained-about recipient (Original-Rcpt-To), without any reply. */
function complaintRecipients(parts: PartText[], fallback: FailedRecipient[]): FailedRecipient[] {
  const fb = parts.find((p) => p.mimeType === 'message/feedback-report');
  if (!fb) {
    const jmrp = parts.map((p) => /^X-HmXmrOriginalRecipient:\s*(\S{1,320})/im.exec(p.text.slice(0, 20_000))?.[1]).find(Boolean);
    if (jmrp) return [emptyRecipient(addressFromField(jmrp))];
    return fallback.slice(0, 1).map((r) => ({ ...emptyRecipient(r.recipient) }));
  }
  const fields = parseFields(normalizeText(fb.text).text);
  const rcpt = fields.find((f) => f.name === 'original-rcpt-to' || f.name === 'removal-recipient');
  const address = rcpt ? addressFromField(rcpt.value) : null;
  return [emptyRecipient(address)];
}
