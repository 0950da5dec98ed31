/**
 * Is this opened message a bounce? The engine's reader decides from the text; cheap signals (the sender, the subject)
 * make a weaker reading count. An ordinary message with code-like numbers never passes; a forwarded bounce does, on its
 * text. Only reading happens here, in the page: the diagnosis (its tables grow with every provider's codes) runs in
 * the background, which answers with what the card shows.
 */
import { LEGACY } from '../engine/legacy';
import { readText } from '../engine/read-text';
import type { BounceReport } from '../engine/types';
import type { OpenMessage } from './adapter';

const DAEMON_SENDER = /mailer-daemon|postmaster|mail delivery (?:subsystem|system)|microsoft outlook|mail administrator/i;
const BOUNCE_SUBJECT = /undeliver|undelivered|delivery status notification|returned mail|failure notice|mail delivery failed|non remis|unzustellbar|no se puede entregar|onbestelbaar|non recapitabile|n[ãa]o entregue|配信不能|delivery has failed|returned to sender/i;

export interface BounceFinding {
  /** The facts read from the message; the background classifies them. */
  report: BounceReport;
}

export function checkMessage(message: Pick<OpenMessage, 'sender' | 'subject'>, text: string): BounceFinding | null {
  // Old systems' layouts too: with classification out of the page there is room for them (content scripts ~28 KB gz).
  const report = readText(text, undefined, LEGACY);
  if (!report.isBounce || report.recipients.length === 0) return null;
  const fromDaemon = DAEMON_SENDER.test(`${message.sender?.email ?? ''} ${message.sender?.name ?? ''}`);
  const bounceSubject = BOUNCE_SUBJECT.test(message.subject ?? '');
  // A known layout (not a lone reply in prose) is a bounce on its own, forwarded or not; a bare reply needs a sign.
  const layout = report.format !== null && report.format !== 'fragment' && report.format !== 'generic';
  if (!layout && !fromDaemon && !bounceSubject) return null;
  return { report };
}

/**
 * What identifies a reading: the facts a card depends on. Two readings with the same key show the same card, so a body
 * that keeps changing (a late image, a live clock in a signature) does not mount the card again.
 */
export function findingKey(finding: BounceFinding | null): string {
  if (!finding) return '';
  const r = finding.report;
  return JSON.stringify([r.kind, r.format, r.recipients.map((x) => [x.recipient, x.code, x.enhanced, x.reply, x.statedReason, x.action, x.remoteHost])]);
}
