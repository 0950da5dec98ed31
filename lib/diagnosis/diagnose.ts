/**
 * Part 2 of the engine: from the facts of a bounce (part 1) to a diagnosis per failed recipient — category, who must
 * act, permanence, suppression, retry advice, provider, confidence with reasons and evidence, and a filled checklist.
 */
import type { BounceReport, FailedRecipient } from '../engine/types';
import { readText } from '../engine/read-text';
import { classify } from './classify';
import { dkimSelector, senderDomain, sendingIp } from './context';
import { explain } from './explain';
import { statusMeaning } from './registry';
import { CATEGORY_SIDE, SUPPRESS } from './taxonomy';
import type { Diagnosis, RetryAdvice } from './types';

type ReportContext = Pick<BounceReport, 'kind' | 'original'>;

function isPermanent(r: FailedRecipient, kind: BounceReport['kind']): boolean {
  const cls = r.enhanced?.[0] ?? r.code?.[0];
  if (cls === '5') return true;
  if (cls === '4' || cls === '2') return false;
  if (r.action === 'delayed' || kind === 'delay') return false;
  return true;
}

export function diagnoseRecipient(r: FailedRecipient, report: ReportContext): Diagnosis {
  const c = classify({
    reply: r.reply ?? r.statedReason,
    code: r.code,
    enhanced: r.enhanced,
    remoteHost: r.remoteHost,
    recipient: r.recipient,
    kind: report.kind === 'failure' || report.kind === 'delay' || report.kind === 'not-bounce' ? undefined : report.kind,
    original: report.original,
    command: r.command,
  });
  const side = CATEGORY_SIDE[c.category];
  const permanent = c.category === 'greylisting' ? false : isPermanent(r, report.kind);
  const suppress = permanent && SUPPRESS.has(c.category);
  let retry: RetryAdvice;
  if (c.category === 'auto-reply' || c.category === 'delivered' || c.category === 'complaint') retry = 'nothing-to-do';
  else if (suppress) retry = 'never-resend';
  else if (!permanent || c.category === 'mailbox-full' || c.category === 'remote-error' || c.category === 'network') retry = 'retry-later';
  else retry = 'fix-then-resend';
  const domain = senderDomain(report.original, r.reply);
  const texts = explain({
    category: c.category,
    providerId: c.provider?.id ?? null,
    domain,
    ip: () => sendingIp(r.reply, r.remoteIp),
    recipient: r.recipient,
    selector: dkimSelector(report.original, domain),
    zone: c.zone,
    remoteHost: r.remoteHost,
  });
  return { ...c, side, permanent, suppress, retry, statusMeaning: statusMeaning(r.enhanced), ...texts };
}

/** One diagnosis per recipient of the report, in order. */
export function diagnoseReport(report: BounceReport): Diagnosis[] {
  return report.recipients.map((r) => diagnoseRecipient(r, report));
}

/** Diagnoses a single reply or fragment, as the right-click and the paste box may hand one over. */
export function diagnoseReply(text: string): Diagnosis | null {
  const report = readText(text);
  const first = report.recipients[0];
  return first ? diagnoseRecipient(first, report) : null;
}
