/**
 * Amazon SES event notifications (JSON, delivered by SNS as mail or pasted from a log): Bounce, Complaint and Delivery.
 * Field names per the SES developer guide, "Contents of notifications for Amazon SES"
 * (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html). SNS's mail delivery folds long lines by
 * inserting "!" plus a line break and a space; that is undone before parsing.
 */
import { codeMismatch, readReplyCodes } from './codes';
import { addressFromField, diagnosticValue } from './dsn';
import { cleanReply, parseRemoteMtaField } from './reply';
import { withClosingBrackets } from './json-stream';
import { emptyRecipient } from './text-report';
import type { DsnAction, EventReading } from './types';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function readSesNotification(text: string): EventReading | null {
  if (!text.includes('"notificationType"') && !text.includes('"eventType"')) return null;
  const start = text.search(/\{\s*"(?:notificationType|eventType)"\s*:/);
  if (start < 0) return null;
  const end = text.lastIndexOf('}');
  if (end <= start || end - start > 2_000_000) return null;
  const json = text.slice(start, end + 1).replace(/!\n /g, '');
  try {
    return sesReading(JSON.parse(json));
  } catch {
    // A notification pasted without its last closing braces (cut at the end of a line or a window) is read whole.
    const closed = withClosingBrackets(json);
    if (closed === null) return null;
    try {
      const reading = sesReading(JSON.parse(closed));
      return reading ? { ...reading, notes: [...(reading.notes ?? []), 'The notification ends without its last closing braces (the text was cut short); it was read as if they were there.'] } : null;
    } catch {
      return null;
    }
  }
}


/** One parsed notification (a Bounce, a Complaint or a Delivery), or null when it is none of these. */
export function sesReading(parsed: unknown): EventReading | null {
  const data = obj(parsed);
  if (!data) return null;
  const type = str(data.notificationType) ?? str(data.eventType);
  if (type === 'Bounce') {
    const bounce = obj(data.bounce) ?? {};
    const temporary = str(bounce.bounceType) === 'Transient';
    const recipients = arr(bounce.bouncedRecipients).map((item) => {
      const o = obj(item) ?? {};
      const r = emptyRecipient(addressFromField(str(o.emailAddress) ?? ''));
      const diag = str(o.diagnosticCode);
      if (diag) {
        const value = diagnosticValue(diag);
        r.diagnosticType = value.type;
        r.reply = value.reply || null;
      }
      const codes = r.reply ? readReplyCodes(r.reply) : { code: null, enhanced: null };
      r.code = codes.code;
      r.dsnStatus = str(o.status);
      r.enhanced = codes.enhanced ?? r.dsnStatus;
      r.codeMismatch = codeMismatch(r.code, r.enhanced);
      r.action = (str(o.action) as DsnAction | null) ?? (temporary ? 'delayed' : 'failed');
      r.statedReason = [str(bounce.bounceType), str(bounce.bounceSubType)].filter(Boolean).join(' / ') || null;
      return r;
    });
    return { format: 'amazon-ses', kind: temporary ? 'delay' : 'failure', recipients, reportingMta: str(bounce.reportingMTA)?.replace(/^dns;\s*/i, '') ?? null };
  }
  if (type === 'Complaint') {
    const complaint = obj(data.complaint) ?? {};
    const recipients = arr(complaint.complainedRecipients).map((item) => emptyRecipient(addressFromField(str(obj(item)?.emailAddress) ?? '')));
    return { format: 'arf', kind: 'complaint', recipients, reportingMta: null };
  }
  if (type === 'Delivery') {
    const delivery = obj(data.delivery) ?? {};
    const reply = str(delivery.smtpResponse);
    const remote = str(delivery.remoteMtaIp);
    const recipients = arr(delivery.recipients).map((item) => {
      const r = emptyRecipient(addressFromField(str(item) ?? ''));
      if (reply) {
        r.reply = cleanReply(reply);
        const codes = readReplyCodes(r.reply);
        r.code = codes.code;
        r.enhanced = codes.enhanced;
      }
      if (remote) r.remoteIp = parseRemoteMtaField(remote).ip;
      r.action = 'delivered';
      return r;
    });
    return { format: 'amazon-ses', kind: 'delivered', recipients, reportingMta: str(delivery.reportingMTA) };
  }
  return null;
}
