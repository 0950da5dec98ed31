/**
 * Whole messages (.eml files, a dropped or given message): MIME through postal-mime, delivery-status parts, the
 * returned original, charsets repaired. Loaded by read.ts the first time a message is read — a paste or a selection
 * never needs this half of the reader (nor postal-mime).
 */
import { LATIN1 } from './codec';
import { addressFromField, dsnRecipientFacts, parseDsn, parseFields } from './dsn';
import { AUTO_REPLY_PHRASES, classifyKind, markGivenUp, matchesAny } from './kind';
import { htmlToText, normalizeText } from './normalize';
import { originalFromHeaders, originalFromText, parseHeaderBlock } from './original';
import {
  BINARY_NOTE,
  EMPTY_NOTE,
  capInput,
  dsnFromText,
  emptyReport,
  looksBinary,
  MAX_INPUT_CHARS,
  mergeInto,
  noteMoreRecipients,
  readText,
  reportingMtaFromText,
  eventReport,
} from './read-text';
import { readJsonEvents } from './json-events';
import { LEGACY } from './legacy';
import { refusedList } from './list-notice';
import { applyPlan, planMime } from './mime-limits';
import { strayControls, strayNote, textCrToLf } from './bytes';
import { decodeBytes, decodeIso2022JpLeftovers, decodeMislabelled } from './charsets';
import { MAX_RECIPIENTS, noted } from './limits';
import { quickMime, type MimeNodeLike, type ParsedEmail } from './mime-hook';
import { fillStatedReasons } from './formats';
import { emptyRecipient, readForwarded, readReportText, type TextReading } from './text-report';
import type { BounceFormat, BounceReport, FailedRecipient, OriginalMessage, Span } from './types';

interface PartText {
  mimeType: string;
  text: string;
}

/** An attachment's text (a delivery-status part, a returned message): UTF-8 when valid, else its guessed charset. */
function contentAsText(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return decodeIso2022JpLeftovers(decodeBytes(content instanceof ArrayBuffer ? new Uint8Array(content) : content).text);
}

/**
 * The message's text parts decoded again, each in the charset that fits its bytes (charsets.ts): for when postal-mime
 * decoded one in a charset it does not use (undeclared Latin-1 or Shift_JIS read as UTF-8, EUC-JP declared as
 * ISO-2022-JP), which leaves replacement characters. Null when the parts are not there to read.
 */
function redecodedText(root: MimeNodeLike | undefined, type: 'text/plain' | 'text/html'): string | null {
  if (!root) return null;
  const out: string[] = [];
  const visit = (node: MimeNodeLike, depth: number) => {
    if (depth > 64) return;
    const children = node.childNodes ?? [];
    if (children.length > 0 || node.contentType?.multipart) {
      for (const child of children) visit(child, depth + 1);
      return;
    }
    if (node.contentType?.parsed?.value !== type || node.contentDisposition?.parsed?.value === 'attachment' || !node.content) return;
    out.push(decodeBytes(new Uint8Array(node.content), node.contentType.parsed.params?.charset).text);
  };
  visit(root, 0);
  return out.length > 0 ? out.join('\n') : null;
}

/** Text as postal-mime decoded it, repaired: ISO-2022-JP left undecoded, or a part read in the wrong charset. */
function repairedText(text: string | undefined, root: MimeNodeLike | undefined, type: 'text/plain' | 'text/html'): string | undefined {
  if (!text) return text;
  const fixed = text.includes('\ufffd') ? (redecodedText(root, type) ?? text) : text;
  return decodeIso2022JpLeftovers(fixed);
}

/**
 * Finds where a reply (decoded and unfolded) stands in the raw input, so the UI can highlight it there too. Words are
 * matched in order with any whitespace between them, since the raw text may fold the reply over several lines. One
 * locator serves a whole message: it remembers words that are not in the input at all, and stops looking once it has
 * scanned a few times the input's length (thousands of replies in a hostile message stay linear).
 */
function locator(raw: string | null): (reply: string | null) => Span | null {
  let budget = raw ? raw.length * 4 + 1_000_000 : 0;
  const absent = new Set<string>();
  const find = (text: string, word: string, from: number): number => {
    const at = text.indexOf(word, from);
    budget -= (at < 0 ? text.length : at) - from + word.length;
    if (at < 0 && from === 0) absent.add(word);
    return at;
  };
  const findWords = (text: string, words: string[], from: number, limit: number): Span | null => {
    const first = words[0];
    if (!first || absent.has(first)) return null;
    let tries = 0;
    for (let at = find(text, first, from); at >= 0 && at < limit && tries < 50 && budget > 0; at = find(text, first, at + 1), tries++) {
      let pos = at + first.length;
      let ok = true;
      for (const w of words.slice(1)) {
        while (pos < text.length && /\s/.test(text[pos] as string)) pos++;
        if (!text.startsWith(w, pos)) {
          ok = false;
          break;
        }
        pos += w.length;
      }
      budget -= pos - at;
      if (ok) return { start: at, end: pos };
    }
    return null;
  };
  return (reply) => {
    if (!raw || !reply || budget <= 0) return null;
    const words = reply.split(/\s+/).filter(Boolean);
    if (words.length === 0 || reply.length < 6) return null;
    const head = findWords(raw, words.slice(0, 6), 0, raw.length);
    if (!head) return null;
    const tail = words.length > 6 ? findWords(raw, words.slice(-4), head.end, head.start + reply.length * 2 + 400) : null;
    return { start: head.start, end: tail ? tail.end : head.end };
  };
}

/** Subjects bounces use, in the languages Exchange and common MTAs ship. */
const BOUNCE_SUBJECT =
  /undeliver|undelivered|delivery (?:status|failure|has failed|notification|problem)|returned mail|failure notice|mail delivery failed|could not be delivered|non remis|unzustellbar|no se puede entregar|n[ãa]o (?:entregue|foi poss[íi]vel entregar)|onbestelbaar|non recapitabile|配信不能|returned to sender|mail (?:system )?error|delivery failed/i;

/** Senders of bounces: a mail system's own mailbox or display name. */
const DAEMON_FROM = /mailer-daemon|postmaster|post_master|mail delivery|mail administrator|microsoft outlook|mail-?daemon/i;

/**
 * Whether a message's header fields are a bounce's: a mail system's sender, a null Return-Path (RFC 5321 §4.5.5), a
 * bounce's subject, X-Failed-Recipients, or a report (RFC 6522). The one test for a message's own headers, an attached
 * message's (a bounce forwarded as an attachment, a bounce of a bounce) and the header lines a forward quotes.
 */
function headersSayBounce(field: (name: string) => string | null): boolean {
  return (
    DAEMON_FROM.test(field('from') ?? '') ||
    /^<(?:mailer-daemon)?>$/i.test((field('return-path') ?? '').replace(/\s/g, '')) ||
    BOUNCE_SUBJECT.test(field('subject') ?? '') ||
    field('x-failed-recipients') !== null ||
    /^multipart\/report\b/i.test(field('content-type') ?? '')
  );
}

/** The fields of a header block (the first of each name), for headersSayBounce. */
function fieldsOf(block: string): (name: string) => string | null {
  const headers = parseHeaderBlock(block, 200);
  return (name) => headers.find((h) => h.name === name)?.value ?? null;
}

/** How many bounces-inside-bounces are opened before giving up (hostile nesting stays cheap). */
const MAX_INNER_DEPTH = 3;

let postalMime: typeof import('postal-mime') | null = null;

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/global-headers', 'message/partial']);

/** Said when the failed address is the returned message's one addressee, the bounce naming none. */
const TO_FROM_ORIGINAL = "The bounce does not name the failed address; it is taken from the returned message's To: line.";

/** The returned message's addressee when its To: line names one address only. */
function soleAddressee(original: OriginalMessage | null): string | null {
  return original?.to && (original.to.match(/@/g) ?? []).length === 1 ? addressFromField(original.to) : null;
}

/**
 * `latin1` may carry the bytes already decoded as Latin-1 (the caller had them, or their start), to save decoding twice. `prepared`
 * says the bytes come from prepareBytes, which refuses binary input and drops every stray control byte: the binary
 * check below could only say no again (Latin-1 never gives U+FFFD), so it is skipped.
 */
export async function readMessage(input: string | Uint8Array, latin1?: string, depth = 0, prepared = false): Promise<BounceReport> {
  const notes: string[] = [];
  let raw: string;
  let source: string | Uint8Array = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return emptyReport('message', [EMPTY_NOTE]);
    if (looksBinary(input)) return emptyReport('message', [BINARY_NOTE]);
    // CR-only line ends become LF (same length: spans found in `raw` still fit the input); stray controls go.
    raw = textCrToLf(capInput(input, notes));
    const stray = strayControls(raw);
    if (stray > 0) notes.push(strayNote(stray));
    // eslint-disable-next-line no-control-regex -- removing stray control characters is the point
    source = stray > 0 ? raw.replace(/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/g, '') : raw;
  } else {
    if (input.length === 0) return emptyReport('message', [EMPTY_NOTE]);
    if (input.length > MAX_INPUT_CHARS) {
      notes.push(`The file is ${(input.length / 1048576).toFixed(1)} MB; only the first 10 MB were read.`);
      source = input.subarray(0, MAX_INPUT_CHARS);
    }
    if (!prepared && looksBinary(LATIN1.decode((source as Uint8Array).subarray(0, 8192)))) return emptyReport('message', [BINARY_NOTE]);
    raw = latin1?.length === source.length ? latin1 : LATIN1.decode(source as Uint8Array);
  }

  // Caps on parts, nesting and header lines: the parser's cost is per item, and hostile input can hold millions.
  const plan = planMime(raw);
  if (plan.notes.length > 0 || plan.moreRecipients > 0) {
    notes.push(...plan.notes);
    source = applyPlan(source, plan);
  }

  let email: ParsedEmail;
  try {
    // Loaded on first use: pages that never read a whole message (the content scripts, a paste) do not carry it.
    // Kept once loaded: an import() per message costs more than a small message's parse.
    const { default: PostalMime, decodeWords } = (postalMime ??= await import('postal-mime'));
    let parsed = typeof source !== 'string' && quickMime ? quickMime(source, decodeWords, raw) : null;
    if (!parsed) {
      const parser = new PostalMime({ forceRfc822Attachments: true, maxNestingDepth: 64 });
      parsed = { email: await parser.parse(source), root: (parser as unknown as { root: MimeNodeLike }).root };
    }
    email = parsed.email;
    const root = parsed.root;
    email.text = repairedText(email.text, root, 'text/plain');
    email.html = repairedText(email.html, root, 'text/html');
  } catch (error) {
    // Malformed MIME: read what a person would see, the text itself.
    notes.push(`The message's MIME structure could not be read (${error instanceof Error ? error.message : 'unknown error'}); it was read as plain text.`);
    // A message (not a paste) is read strictly: the tolerant paste reader would take an ordinary mail's words for a bounce.
    const fallback = readText(typeof input === 'string' ? input : raw, readJsonEvents);
    return { ...fallback, inputType: 'message', notes: [...notes, ...fallback.notes] };
  }

  const header = (name: string) => email.headers.find((h) => h.key === name)?.value ?? null;
  const contentType = (header('content-type') ?? '').toLowerCase();
  // A multipart message whose closing boundary never comes was cut short (a truncated download or paste).
  const boundary = /boundary\s*=\s*"?([^";\s]{1,200})"?/i.exec(header('content-type') ?? '')?.[1];
  if (boundary && plan.notes.length === 0 && raw && raw.includes(`--${boundary}`) && raw.lastIndexOf(`--${boundary}--`) < 0) {
    notes.push('The message seems to be cut short (its last MIME part never ends); what is there was read.');
  }
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
  const events = readJsonEvents(normReport);
  if (events) {
    return noted({ ...eventReport(events, 'message', notes), subject: email.subject ?? null, from: header('from'), date: header('date') });
  }

  // RFC 3464 parts.
  const dsnParts = parts.filter((p) => DSN_TYPES.has(p.mimeType));
  let dsnReportingMta: string | null = null;
  let dsnArrivalDate: string | null = null;
  const dsnRecipients: FailedRecipient[] = [];
  let dsnMore = plan.moreRecipients;
  for (const p of dsnParts) {
    const dsn = parseDsn(normalizeText(p.text).text);
    dsnReportingMta ??= dsn.reportingMta;
    dsnArrivalDate ??= dsn.arrivalDate;
    for (const r of dsn.recipients) {
      if (dsnRecipients.length < MAX_RECIPIENTS) dsnRecipients.push(dsnRecipientFacts(r));
      else dsnMore++;
    }
    dsnMore += dsn.moreRecipients;
  }
  // Some MTAs put the DSN fields in the text part (no delivery-status part).
  if (dsnRecipients.length === 0) {
    const inText = dsnFromText(normReport);
    dsnRecipients.push(...inText.recipients);
    dsnMore = inText.more;
  }

  const failedHeader = header('x-failed-recipients');
  // X-Failed-Recipients, each address once, as the MTA wrote them.
  const failedList = failedHeader ? [...new Set(failedHeader.split(/[,\s]+/).map((a) => addressFromField(a)).filter((a): a is string => a !== null))] : [];
  const hinted = [...dsnRecipients.map((r) => r.recipient).filter((a): a is string => a !== null), ...failedList];
  const from = header('from');
  const subject = email.subject ?? null;
  const assumeBounce = headersSayBounce(header);
  // The reporting system's domain, for notices that name a recipient by user name alone (AOL, GroupWise…).
  const fromAddress = from ? addressFromField(from) : null;
  const localDomain = fromAddress ? fromAddress.slice(fromAddress.lastIndexOf('@') + 1).replace(/^(?:mail|mx\d*|smtp\d*|mta\d*|relay\d*|gw\d*|gateway|ms\d*)\./, '') : null;
  let reading: TextReading = readReportText(normReport, { recipients: hinted, assumeBounce, localDomain, extras: LEGACY });
  // The HTML part is read too only when the text part gave no reply (some MTAs put the details in HTML alone).
  const htmlText = reading.recipients.every((r) => r.code === null) && email.html ? htmlToText(email.html) : '';
  if (htmlText && htmlText !== reportText) {
    const fromHtml = readReportText(normalizeText(htmlText).text, { recipients: hinted, assumeBounce, localDomain, extras: LEGACY });
    if (fromHtml.recipients.some((r) => r.code !== null)) reading = fromHtml;
  }
  // A bounce its recipient forwarded in the body: read from the forward's own headers on, as a bounce when they are one.
  // (The lines a forward quotes may be quoted again: "> From: …".)
  const forward = readForwarded(normReport, reading, { recipients: hinted, assumeBounce, extras: LEGACY }, (head) => headersSayBounce(fieldsOf(head.replace(/^[ \t>]+/gm, ''))));
  reading = forward.reading;
  // (A forwarded bounce that names nobody: its words are the forwarded part's, not those of the person forwarding it.)
  const proseSpan = forward.forwarded ?? { start: 0, end: reading.originalStart >= 0 ? reading.originalStart : normReport.length };

  // The report's own words, for recipients it gives no reply for (computed once, when first needed).
  let proseCache: string | null | undefined;
  const prose = () => (proseCache === undefined ? (proseCache = reportProse(normReport.slice(proseSpan.start, proseSpan.end))) : proseCache);

  const locate = locator(raw);
  let recipients: FailedRecipient[];
  let moreRecipients = dsnMore;
  if (dsnRecipients.length > 0) {
    recipients = dsnRecipients;
    const inText = new Map<string, FailedRecipient>();
    for (const t of reading.recipients) if (t.recipient && !inText.has(t.recipient.toLowerCase())) inText.set(t.recipient.toLowerCase(), t);
    for (const r of recipients) {
      const same =
        (r.recipient ? inText.get(r.recipient.toLowerCase()) : undefined) ??
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
    for (const r of recipients) r.replySpan = locate(r.reply);
    // A DSN recipient given as something other than an address (Exim's "rfc822;/var/mail/…" for a file delivery):
    // the address X-Failed-Recipients names and the DSN does not.
    const unnamed = recipients.filter((r) => r.recipient === null);
    const spare = failedList.filter((a) => !recipients.some((r) => sameAddress(r.recipient, a)));
    unnamed.forEach((r, i) => (r.recipient = spare[i] ?? null));
  } else if (failedList.length > 0) {
    recipients = byFailedRecipients(reading.recipients, failedList.slice(0, MAX_RECIPIENTS), prose).map((r) => ({ ...r, replySpan: locate(r.reply) }));
    moreRecipients = Math.max(0, failedList.length - MAX_RECIPIENTS);
  } else {
    recipients = reading.recipients.map((r) => ({ ...r, replySpan: locate(r.reply) }));
    moreRecipients = reading.moreRecipients;
  }

  // A bounce that names nobody but carries another bounce (a bounce forwarded as an attachment, or a bounce of a
  // bounce): the inner one holds the facts. Read it, at most a few levels deep.
  // Those whose headers say bounce first; then the first other one (a sending service's notice forwarded, whose
  // sender and subject are its own): each is read as it would be on its own, so a mail that is no bounce stays none.
  if (recipients.length === 0 && depth < MAX_INNER_DEPTH) {
    const attached = parts.filter((p) => p.mimeType === 'message/rfc822' || p.mimeType === 'message/global');
    const bounces = attached.filter((p) => headersSayBounce(fieldsOf(headerBlockOf(p.text))));
    const others = attached.filter((p) => !bounces.includes(p));
    for (const inner of [...bounces.slice(0, 2), ...others.slice(0, 1)]) {
      const report = await readMessage(inner.text, undefined, depth + 1);
      if (report.isBounce && report.recipients.length > 0) {
        return { ...report, notes: [...notes, 'This message carries another bounce inside it (forwarded or returned again); that inner bounce was read.', ...report.notes] };
      }
    }
  }

  // The returned original message.
  let original: OriginalMessage | null = null;
  const originalPart = parts.find((p) => ORIGINAL_TYPES.has(p.mimeType));
  if (originalPart) original = originalFromHeaders(parseHeaderBlock(normalizeText(headerBlockOf(originalPart.text)).text), decodeMislabelled);
  if (!original && reading.originalStart >= 0) original = originalFromText(normReport.slice(reading.originalStart));

  // A list manager's refusal of a post: the list is what failed, whatever other addresses the notice offers as help.
  if (reading.format === 'mailing-list' && dsnRecipients.length === 0 && failedList.length === 0) {
    const list = refusedList(reading.originalStart >= 0 ? normReport.slice(0, reading.originalStart) : normReport, original?.to ?? null, fromAddress);
    if (list) {
      const r = emptyRecipient(list);
      r.statedReason = prose();
      recipients = [r];
      moreRecipients = 0;
    }
  }

  // Never the sender: an address that is the returned message's author, or the bounce's own addressee when the
  // returned message shows it went elsewhere, is the sender's — read from a reply that quotes it ("MAIL FROM:<me@…>…
  // rejected"), a recap line, or the original — unless a DSN or X-Failed-Recipients names it, or the original was
  // addressed to it too (mail to oneself).
  if (dsnRecipients.length === 0 && failedList.length === 0 && original) {
    const addressed = (original.to ?? '').toLowerCase();
    const senders = [original.from, original.to ? header('to') : null]
      .map((v) => (v ? addressFromField(v) : null))
      .filter((a): a is string => a !== null && !addressed.includes(a.toLowerCase()));
    const kept = recipients.filter((r) => !senders.some((a) => sameAddress(a, r.recipient)));
    let unnamed = false;
    if (kept.length < recipients.length) {
      const dropped = recipients.filter((r) => !kept.includes(r));
      recipients = kept;
      // The failure is still there, with its reply: it belongs to an unnamed recipient, named below when the original
      // went to one address.
      const reply = dropped.find((r) => r.code !== null) ?? dropped[0];
      if (recipients.length === 0 && reply) {
        recipients.push({ ...reply, recipient: null });
        unnamed = true;
      }
    }
    // A lone failure that names nobody — its address dropped above as the sender's, or a reply that names the sender,
    // which the reader does not take for a recipient ("553 5.1.8 <me@…>... Domain of sender address me@… does not
    // exist"): it is the original's one addressee's.
    const [lone] = recipients;
    const addressee = soleAddressee(original);
    if (recipients.length === 1 && lone && lone.recipient === null && (unnamed || lone.code !== null) && addressee && !senders.some((a) => sameAddress(a, addressee))) {
      recipients = [{ ...lone, recipient: addressee }];
      notes.push(TO_FROM_ORIGINAL);
    }
  }

  // A notice that names nobody ("Message could not be delivered to mobile. Error: No valid recipients"): when the
  // returned message went to one address only, that address is the one that failed. Said so in a note.
  // (A bounce forwarded in the body, known by its own header lines, is one as much as a bounce whose headers say so.)
  if (forward.forwarded && recipients.length === 0 && dsnRecipients.length === 0 && failedList.length === 0) reading = { ...reading, format: reading.format ?? forward.forwarded.format ?? 'generic' };
  const addressee = recipients.length === 0 && (assumeBounce || forward.forwarded !== undefined) && reading.format !== null ? soleAddressee(original) : null;
  if (addressee) {
    const r = emptyRecipient(addressee);
    r.statedReason = prose();
    recipients.push(r);
    notes.push(TO_FROM_ORIGINAL);
  }
  // …and when the forwarded bounce names nobody at all (Exim's "save to /var/mail/… mailbox is full" under "The
  // following address(es) failed:"): one failure, its address unknown, its reason the forwarded bounce's own words.
  if (forward.forwarded && recipients.length === 0 && dsnRecipients.length === 0 && failedList.length === 0) recipients.push(emptyRecipient(null));

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
    ((!autoReplyHeaders || DAEMON_FROM.test(from ?? '') || BOUNCE_SUBJECT.test(subject ?? '')) && reading.format !== null && recipients.length > 0) ||
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
  markGivenUp(kind, normReport, recipients);
  const isBounce = kind === 'failure' || kind === 'delay';
  if (isBounce) {
    // The layout's own line about the failure, when it has one (Gmail's headline, Mimecast's "The problem appears to
    // be"), as pasted text gets it (formats.ts STATED_REASONS).
    fillStatedReasons(reading.format, normReport.slice(proseSpan.start, proseSpan.end), recipients);
    // A recipient the bounce gives no reply or reason for: the report's own words ("Remote host is not responding.",
    // "mailbox is full: retry timeout exceeded") are all there is to read, so keep them as its stated reason.
    const bare = recipients.filter((r) => !r.reply && !r.statedReason);
    if (bare.length > 0) {
      for (const r of bare) r.statedReason = prose();
    }
  }
  if (isBounce && !hasReply) notes.push('The bounce gives no SMTP reply code; the reason is read from its words only.');
  const completed = reading.completed ? recipients.map((r) => r.recipient ?? '').filter((a) => a.endsWith(`@${localDomain}`)).map((a) => a.slice(0, a.lastIndexOf('@'))) : [];
  if (isBounce && completed.length > 0 && localDomain) {
    notes.push(
      `The bounce names ${completed.length === 1 ? 'the recipient' : 'recipients'} by user name only (${completed.slice(0, 5).join(', ')}${completed.length > 5 ? ', …' : ''}); the address is completed with ${localDomain}, the domain of the system that sent the notice.`,
    );
  }

  let format: BounceFormat | null = reading.format;
  if (!format && dsnParts.length > 0) format = 'rfc3464';
  if (!format && isBounce) format = 'generic';
  if (kind === 'complaint') format = 'arf';
  if (kind === 'auto-reply') format = 'auto-reply';
  if (kind === 'not-bounce') format = null;

  const reportingMta = dsnReportingMta?.toLowerCase().replace(/\.$/, '') ?? reportingMtaFromText(normReport);

  const listed = isBounce || kind === 'delivered';
  return noted(noteMoreRecipients(
    {
      isBounce,
      kind,
      format,
      inputType: 'message',
      reportingMta,
      arrivalDate: dsnArrivalDate,
      subject,
      from,
      date: header('date'),
      recipients: listed ? recipients : kind === 'complaint' ? complaintRecipients(parts, recipients) : [],
      original,
      notes,
    },
    listed ? moreRecipients : 0,
  ));
}

function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

/**
 * The recipients of a notice that has X-Failed-Recipients and no DSN: the header names them (it is the MTA's own
 * list), the text gives their replies. A text recipient the header does not name is the text's mistake (a sender's
 * address quoted in a reply, an address the notice shortened to its local part): its reply goes to the header's
 * address when the pairing is clear — one address, or as many replies as addresses, in order.
 */
function byFailedRecipients(fromText: FailedRecipient[], failed: string[], prose: () => string | null): FailedRecipient[] {
  const named = fromText.filter((r) => failed.some((a) => sameAddress(a, r.recipient)));
  const others = fromText.filter((r) => !named.includes(r));
  const out: FailedRecipient[] = [];
  const missing = failed.filter((a) => !named.some((r) => sameAddress(a, r.recipient)));
  const pairByOrder = others.length > 0 && (missing.length === 1 || missing.length === others.length);
  for (const a of failed) {
    const own = named.find((r) => sameAddress(a, r.recipient));
    if (own) {
      out.push({ ...own, recipient: a });
      continue;
    }
    const i = missing.indexOf(a);
    const paired = pairByOrder ? (missing.length === 1 ? (others.find((r) => r.code !== null) ?? others[0]) : others[i]) : undefined;
    if (paired) {
      const wrote = paired.recipient && !sameAddress(paired.recipient, a) && paired.recipient.includes('@') ? paired.recipient : null;
      out.push({ ...paired, recipient: a, originalRecipient: paired.originalRecipient ?? (wrote && sameLocalPart(wrote, a) ? wrote : null) });
      continue;
    }
    // Named only in the header (Google Groups and others explain in prose, often localized): the report's words.
    const r = emptyRecipient(a);
    r.statedReason = prose();
    out.push(r);
  }
  return out;
}

/** Two spellings of one mailbox (the same local part, the domain written differently): "kim@x.or.jp", "kim@x.jp". */
function sameLocalPart(a: string, b: string): boolean {
  return a.slice(0, a.lastIndexOf('@')).toLowerCase() === b.slice(0, b.lastIndexOf('@')).toLowerCase();
}

/**
 * The human-readable words of a report, on one line and capped: no header or delivery-status field lines. The cap
 * leaves room for a long localized notice whose help link comes last (Google Groups' German notice is ~850 characters).
 */
function reportProse(report: string): string | null {
  const head = report.length > 20_000 ? report.slice(0, 20_000) : report;
  const words = head
    .split('\n')
    .filter((line) => !/^\s*[A-Za-z][A-Za-z0-9-]{1,40}:\s/.test(line) || /^\s*(?:Reason|Remote host said|Error):/i.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words.slice(0, 1_600) : null;
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
