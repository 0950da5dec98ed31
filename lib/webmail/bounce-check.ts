/**
 * Is this opened message a bounce? The engine decides from the text; cheap signals (the sender, the subject) make a
 * weaker reading count. An ordinary message with code-like numbers never passes; a forwarded bounce does, on its text.
 */
import { verdictsFor, type Verdict } from '../diagnosis/verdict';
import { readText } from '../engine/read-text';
import type { BounceReport } from '../engine/types';
import type { OpenMessage } from './adapter';

const DAEMON_SENDER = /mailer-daemon|postmaster|mail delivery (?:subsystem|system)|microsoft outlook|mail administrator/i;
const BOUNCE_SUBJECT = /undeliver|undelivered|delivery status notification|returned mail|failure notice|mail delivery failed|non remis|unzustellbar|no se puede entregar|onbestelbaar|non recapitabile|n[ãa]o entregue|配信不能|delivery has failed|returned to sender/i;

export interface BounceFinding {
  report: BounceReport;
  /** One per recipient: what the card shows at once. The long texts are fetched when the card is opened. */
  verdicts: Verdict[];
}

export function checkMessage(message: Pick<OpenMessage, 'sender' | 'subject'>, text: string): BounceFinding | null {
  const report = readText(text);
  if (!report.isBounce || report.recipients.length === 0) return null;
  const fromDaemon = DAEMON_SENDER.test(`${message.sender?.email ?? ''} ${message.sender?.name ?? ''}`);
  const bounceSubject = BOUNCE_SUBJECT.test(message.subject ?? '');
  // A known layout (not a lone reply in prose) is a bounce on its own, forwarded or not; a bare reply needs a sign.
  const layout = report.format !== null && report.format !== 'fragment' && report.format !== 'generic';
  if (!layout && !fromDaemon && !bounceSubject) return null;
  return { report, verdicts: verdictsFor(report) };
}
