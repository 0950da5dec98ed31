/**
 * Sending services' event JSON, pasted from a log or a webhook: Amazon SES notifications (ses.ts) and the services of
 * the event table (esp-events.ts), read as one thing. The webmail content script reads only SES's (they arrive as
 * mail, one at a time); pastes and files read all of them, and a file of many SES notifications (JSON Lines, a log, a
 * batch) one notification at a time (json-stream.ts).
 */
import { readEspEvents } from './esp-events';
import { jsonPieces } from './json-stream';
import { MAX_RECIPIENTS } from './limits';
import { readSesNotification, sesReading } from './ses';
import type { EventReading, FailedRecipient } from './types';

export function readJsonEvents(text: string): EventReading | null {
  return readSesNotification(text) ?? readSesNotifications(text) ?? readEspEvents(text);
}

/** Many SES notifications: the bounces (failures with their delays), else what the first one is, merged. */
function readSesNotifications(text: string): EventReading | null {
  if (!text.includes('"notificationType"') && !text.includes('"eventType"')) return null;
  const { pieces, truncated } = jsonPieces(text.replace(/!\n /g, ''));
  const readings: EventReading[] = [];
  for (const piece of pieces) {
    if (!piece.includes('"notificationType"') && !piece.includes('"eventType"')) continue;
    try {
      const reading = sesReading(JSON.parse(piece));
      if (reading) readings.push(reading);
    } catch {
      // Not JSON after all: left out.
    }
  }
  if (readings.length === 0) return null;
  const failing = readings.filter((r) => r.kind === 'failure' || r.kind === 'delay');
  const kind = failing.some((r) => r.kind === 'failure') ? 'failure' : failing.length > 0 ? 'delay' : (readings[0] as EventReading).kind;
  const chosen = failing.length > 0 ? failing : readings.filter((r) => r.kind === kind);
  const recipients: FailedRecipient[] = [];
  let more = 0;
  for (const r of chosen) {
    for (const x of r.recipients) {
      if (recipients.length < MAX_RECIPIENTS) recipients.push(x);
      else more++;
    }
  }
  const notes: string[] = [];
  if (truncated) notes.push('The notifications end in the middle of one (the text was cut short); the whole ones before it were read.');
  return { format: 'amazon-ses', kind, recipients, reportingMta: chosen[0]?.reportingMta ?? null, ...(more > 0 ? { moreRecipients: more } : {}), ...(notes.length > 0 ? { notes } : {}) };
}
