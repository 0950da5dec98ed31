/**
 * RFC 3464 `message/delivery-status` fields: one block of per-message fields, then one block per recipient. Works on
 * the part's text, and on the same fields pasted from a webmail with blank lines lost (a new Final-Recipient starts a
 * new recipient).
 */
import { readReplyCodes, codeMismatch, isEnhancedCode } from './codes';
import { cleanReply, parseRemoteMtaField } from './reply';
import { MAX_RECIPIENTS } from './limits';
import type { DsnAction, FailedRecipient, Span } from './types';

export interface DsnField {
  name: string;
  value: string;
  /** Span of the value in the text that was parsed. */
  span: Span;
}

export interface DsnRecipient {
  fields: DsnField[];
}

export interface DsnReport {
  reportingMta: string | null;
  arrivalDate: string | null;
  recipients: DsnRecipient[];
  /** Recipient blocks past the MAX_RECIPIENTS read (counted only). */
  moreRecipients: number;
}

const PER_RECIPIENT = new Set([
  'original-recipient',
  'final-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
  'final-log-id',
  'will-retry-until',
  'x-actual-recipient',
  'x-supplementary-info',
  'x-display-name',
]);

/** RFC 3464 §2.2's per-message fields (per-recipient ones are PER_RECIPIENT). */
const PER_MESSAGE = new Set(['reporting-mta', 'received-from-mta', 'arrival-date', 'original-envelope-id', 'dsn-gateway']);

/** Whether `line` opens with a delivery report's field name (RFC 3464 §2.2–2.3), as a report shown as text has them. */
export function opensWithDsnField(line: string): boolean {
  const name = /^\s*([A-Za-z][A-Za-z-]{1,40})[ \t]*:/.exec(line)?.[1]?.toLowerCase();
  return name !== undefined && (PER_MESSAGE.has(name) || PER_RECIPIENT.has(name));
}

/** Parses header-style fields with folding. `base` is added to spans (where the text sits in a larger input). */
export function parseFields(text: string, base = 0): DsnField[] {
  const fields: DsnField[] = [];
  eachField(text, base, (f) => {
    fields.push(f);
    return true;
  });
  return fields;
}

/**
 * Calls `visit` with each field once it is whole (folded lines joined), in order, until `visit` returns false; returns
 * where in the text the parse stopped (the text's length when it read everything).
 */
/** How long a Diagnostic-Code may grow over lines that lost their folding (a reply is at most a few lines). */
const MAX_UNFOLDED = 4000;

function eachField(text: string, base: number, visit: (f: DsnField) => boolean): number {
  const re = /^([A-Za-z][A-Za-z0-9-]{0,40})[ \t]*:[ \t]*(.*)$/gm;
  let current: DsnField | null = null;
  let currentStart = 0;
  let next = 0;
  while (next <= text.length) {
    const lineStart = next;
    const found = text.indexOf('\n', lineStart);
    const eol = found < 0 ? text.length : found;
    next = eol + 1;
    const line = text.slice(lineStart, eol);
    re.lastIndex = 0;
    const m = re.exec(line);
    // A folded line goes on the field. So does, in a Diagnostic-Code, a line that lost its folding whitespace (a
    // paste, a webmail's text view) and is no field of its own: "… Messages with" / "multiple addresses in From: …".
    // A blank line or a MIME boundary ends it.
    // (A word in lower case and a colon is the reply's words going on, not a field: fields are written capitalised and a
    // report's are known — "… Helo command" / "rejected: need fully-qualified hostname".)
    const ownWords = m?.[1] !== undefined && /^[a-z]/.test(m[1]) && !PER_RECIPIENT.has(m[1].toLowerCase()) && !PER_MESSAGE.has(m[1].toLowerCase());
    const unfolded = current?.name === 'diagnostic-code' && (!m || ownWords) && current.value.length < MAX_UNFOLDED && /^[ \t]*[^\s-]/.test(line);
    if (current && (/^[ \t]+\S/.test(line) || unfolded)) {
      current.value += ' ' + line.trim();
      current.span.end = base + lineStart + line.length;
      continue;
    }
    if (current && !visit(current)) return currentStart;
    current = null;
    if (m?.[1] !== undefined && m[2] !== undefined) {
      const valueStart = lineStart + line.indexOf(m[2], m[1].length);
      current = { name: m[1].toLowerCase(), value: m[2].trim(), span: { start: base + valueStart, end: base + lineStart + line.length } };
      currentStart = lineStart;
    }
  }
  if (current && !visit(current)) return currentStart;
  return text.length;
}

export function parseDsn(text: string, base = 0): DsnReport {
  const report: DsnReport = { reportingMta: null, arrivalDate: null, recipients: [], moreRecipients: 0 };
  let current: DsnRecipient | null = null;
  const has = (r: DsnRecipient | null, name: string) => r?.fields.some((f) => f.name === name) ?? false;
  const stoppedAt = eachField(text, base, (f) => {
    if (f.name === 'reporting-mta') report.reportingMta ??= f.value.replace(/^\s*dns\s*;\s*/i, '').trim() || null;
    else if (f.name === 'arrival-date') report.arrivalDate ??= f.value;
    if (!PER_RECIPIENT.has(f.name)) return true;
    const startsNew =
      current === null ||
      (f.name === 'final-recipient' && has(current, 'final-recipient')) ||
      (f.name === 'original-recipient' && has(current, 'original-recipient'));
    if (startsNew) {
      if (f.name !== 'final-recipient' && f.name !== 'original-recipient' && current !== null) return true;
      // Past the recipient cap, the rest is only counted: no field objects for a hundred thousand blocks.
      if (report.recipients.length >= MAX_RECIPIENTS) return false;
      current = { fields: [] };
      report.recipients.push(current);
    }
    current?.fields.push(f);
    return true;
  });
  report.recipients = report.recipients.filter((r) => has(r, 'final-recipient') || has(r, 'original-recipient'));
  if (stoppedAt < text.length) report.moreRecipients = countRecipientBlocks(text, stoppedAt);
  return report;
}

/** How many recipient blocks start at or after `from`: one per Final-Recipient field (or Original-, when none). */
function countRecipientBlocks(text: string, from: number): number {
  const rest = text.slice(from);
  return (rest.match(/^[ \t]*final-recipient[ \t]*:/gim) ?? rest.match(/^[ \t]*original-recipient[ \t]*:/gim))?.length ?? 0;
}

/** "rfc822; <a@b.example>" → "a@b.example". */
/** A Diagnostic-Code value ("smtp; 550 …", also as services pass it on) as its type, lower-cased, and its reply. */
export function diagnosticValue(value: string): { type: string | null; reply: string } {
  const m = /^\s*([a-z0-9-]{1,20})\s*;\s*([\s\S]*)$/i.exec(value);
  return { type: m?.[1]?.toLowerCase() ?? null, reply: cleanReply(m?.[2] ?? value) };
}

export function addressFromField(value: string): string | null {
  const v = value.slice(0, 1000).replace(/^\s*[a-z0-9-]{1,20}\s*;\s*/i, '').trim().replace(/^<|>$/g, '').trim();
  const m = /[^\s<>"';,()]{1,64}@[^\s<>"';,()]{1,255}/.exec(v);
  return m ? normalizeAddress(m[0]) : null;
}

export function normalizeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  return address.slice(0, at) + '@' + address.slice(at + 1).toLowerCase().replace(/\.$/, '');
}

const ACTIONS: readonly DsnAction[] = ['failed', 'delayed', 'delivered', 'relayed', 'expanded'];

/** Turns one DSN recipient block into a FailedRecipient (reply spans are in the parsed text's coordinates). */
export function dsnRecipientFacts(r: DsnRecipient): FailedRecipient {
  const get = (name: string) => r.fields.find((f) => f.name === name);
  const final = get('final-recipient');
  const original = get('original-recipient');
  const finalAddr = final ? addressFromField(final.value) : null;
  const originalAddr = original ? addressFromField(original.value) : null;
  const actionWord = get('action')?.value.toLowerCase().match(/^[a-z]+/)?.[0] ?? null;
  // "deliverable" is Sendmail's answer to an address verification request: the address accepts mail.
  const action = ACTIONS.find((a) => a === actionWord) ?? (actionWord === 'deliverable' ? 'delivered' : actionWord === 'undeliverable' ? 'failed' : null);
  const statusRaw = get('status')?.value ?? null;
  const dsnStatus = statusRaw ? (/^\s*([245]\.\d{1,3}\.\d{1,3})/.exec(statusRaw)?.[1] ?? null) : null;
  const diag = get('diagnostic-code');
  let diagnosticType: string | null = null;
  let reply: string | null = null;
  let replySpan: Span | null = null;
  if (diag) {
    const value = diagnosticValue(diag.value);
    diagnosticType = value.type;
    reply = value.reply || null;
    replySpan = { ...diag.span };
  }
  const codes = reply ? readReplyCodes(reply) : { code: null, enhanced: null };
  let enhanced = codes.enhanced;
  const validStatus = dsnStatus && isEnhancedCode(dsnStatus) ? dsnStatus : null;
  // The reply's own status is the receiver's word; prefer the DSN's when the reply only has a generic x.0.0.
  if (!enhanced || (/\.0\.0$/.test(enhanced) && validStatus && !/\.0\.0$/.test(validStatus))) enhanced = validStatus ?? enhanced;
  const remote = get('remote-mta');
  const remoteMta = remote ? parseRemoteMtaField(remote.value) : { host: null, ip: null };
  return {
    recipient: finalAddr ?? originalAddr,
    originalRecipient: originalAddr && originalAddr !== finalAddr ? originalAddr : null,
    code: codes.code,
    enhanced,
    codeMismatch: codeMismatch(codes.code, enhanced),
    reply,
    replySpan,
    remoteHost: remoteMta.host,
    remoteIp: remoteMta.ip,
    command: null,
    action,
    dsnStatus,
    diagnosticType,
    lastAttemptDate: get('last-attempt-date')?.value ?? null,
    statedReason: diag ? null : statusComment(statusRaw),
  };
}

/**
 * The words a Status field's comment gives when no Diagnostic-Code does (it is optional, RFC 3464 §2.3.6): "Status:
 * 4.0.0 (example.net: host name lookup failure)" says why; "(permanent failure)" only restates the code.
 */
function statusComment(status: string | null): string | null {
  const comment = status ? /^\s*[245]\.\d{1,3}\.\d{1,3}\s*\(([^()]{3,300})\)\s*$/.exec(status)?.[1]?.trim() : undefined;
  if (!comment || /^(?:(?:permanent|temporary|transient|persistent)\s+)?(?:failure|error|delay(?:ed)?|problem)$/i.test(comment)) return null;
  return comment;
}
