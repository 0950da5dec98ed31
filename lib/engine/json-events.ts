/**
 * Sending services' event JSON, pasted from a log or a webhook: Amazon SES notifications (ses.ts) and the services of
 * the event table (esp-events.ts), read as one thing.
 */
import { readEspEvents } from './esp-events';
import { readSesNotification } from './ses';
import type { BounceFormat, FailedRecipient, MessageKind } from './types';

export interface EventReading {
  format: BounceFormat;
  kind: MessageKind;
  recipients: FailedRecipient[];
  reportingMta: string | null;
}

export function readJsonEvents(text: string): EventReading | null {
  const ses = readSesNotification(text);
  if (ses) return { ...ses, format: ses.kind === 'complaint' ? 'arf' : 'amazon-ses' };
  const esp = readEspEvents(text);
  return esp ? { ...esp, reportingMta: null } : null;
}
