/**
 * Part 2 of the engine: from the facts of a bounce (part 1) to a diagnosis per failed recipient — the verdict
 * (verdict.ts: category, who must act, permanence, suppression, retry advice, provider, confidence with reasons and
 * evidence, title) plus the explanation and a checklist filled with the real details (explain.ts).
 */
import type { BounceReport, FailedRecipient } from '../engine/types';
import { dkimSelector, sendingIp } from './context';
import { explain } from './explain';
import { statusMeaning } from './registry-titles';
import type { Diagnosis } from './types';
import { verdictFor, type ReportContext, type Verdict } from './verdict';

/** Adds the texts to a verdict. */
export function explainVerdict(v: Verdict, r: FailedRecipient, report: ReportContext): Diagnosis {
  const texts = explain({
    category: v.category,
    ruleId: v.ruleId,
    providerId: v.provider?.id ?? null,
    domain: v.senderDomain,
    ip: () => sendingIp(r.reply, r.remoteIp),
    recipient: r.recipient,
    selector: dkimSelector(report.original, v.senderDomain),
    zone: v.zone,
    remoteHost: r.remoteHost,
    permanent: v.permanent,
    reply: r.reply,
  });
  // Field by field: object rest and spread made this the costliest line of a diagnosis (V8 builds slow objects).
  return {
    category: v.category,
    ruleId: v.ruleId,
    provider: v.provider,
    confidence: v.confidence,
    evidence: v.evidence,
    zone: v.zone,
    decidedBy: v.decidedBy,
    alternative: v.alternative,
    side: v.side,
    permanent: v.permanent,
    suppress: v.suppress,
    retry: v.retry,
    statusMeaning: statusMeaning(r.enhanced),
    title: v.title,
    whoActs: texts.whoActs,
    explanation: texts.explanation,
    checklist: texts.checklist,
    prevention: texts.prevention,
    links: texts.links,
  };
}

export function diagnoseRecipient(r: FailedRecipient, report: ReportContext): Diagnosis {
  return explainVerdict(verdictFor(r, report), r, report);
}

/** One diagnosis per recipient of the report, in order. */
export function diagnoseReport(report: BounceReport): Diagnosis[] {
  return report.recipients.map((r) => diagnoseRecipient(r, report));
}
