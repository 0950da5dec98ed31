/**
 * Sending services' event JSON, pasted from a log or a webhook: Amazon SES notifications (ses.ts) and the services of
 * the event table (esp-events.ts), read as one thing. The webmail content script reads only SES's (they arrive as
 * mail); pastes and files read all of them.
 */
import { readEspEvents } from './esp-events';
import { readSesNotification } from './ses';
import type { EventReading } from './types';

export function readJsonEvents(text: string): EventReading | null {
  return readSesNotification(text) ?? readEspEvents(text);
}
