/**
 * Part 2 of the engine: from the facts of a bounce (part 1) to a diagnosis per failed recipient — the verdict
 * (verdict.ts: category, who must act, permanence, suppression, retry advice, provider, confidence with reasons and
 * evidence, title) plus the explanation and a checklist filled with the real details (explain.ts), in the reader's
 * language (texts/catalog.ts; English by default).
 */
import type { BounceReport, FailedRecipient } from '../engine/types';
import { dkimSelector, sendingIp } from './context';
import { explain } from './explain';
import { statusMeaning } from './registry-titles';
import { EN_KNOWLEDGE, type Knowledge } from './texts/catalog';
import { titleFor } from './title';
import type { Diagnosis, Evidence } from './types';
import { statedFinal, verdictFor, type ReportContext, type Verdict } from './verdict';

/** Adds the texts to a verdict. */
export function explainVerdict(v: Verdict, r: FailedRecipient, report: ReportContext, k: Knowledge = EN_KNOWLEDGE): Diagnosis {
  const texts = explain(
    {
      category: v.category,
      ruleId: v.textRuleId,
      providerId: v.provider?.id ?? null,
      domain: v.senderDomain,
      ip: () => sendingIp(r.reply, r.remoteIp),
      recipient: r.recipient,
      selector: dkimSelector(report.original, v.senderDomain),
      zone: v.zone,
      remoteHost: r.remoteHost,
      permanent: v.permanent,
      statedFinal: statedFinal(r),
      sentByProgram: report.sentBy !== undefined,
      reply: r.reply,
    },
    k,
  );
  // Field by field: object rest and spread made this the costliest line of a diagnosis (V8 builds slow objects).
  const diagnosis: Diagnosis = {
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
    statusMeaning: statusMeaning(r.enhanced, k),
    title: v.title,
    whoActs: texts.whoActs,
    explanation: texts.explanation,
    checklist: texts.checklist,
    prevention: texts.prevention,
    links: texts.links,
  };
  if (k === EN_KNOWLEDGE) return diagnosis;
  const titleOf = (category: Verdict['category'], ruleId?: string) =>
    titleFor({ category, providerId: v.provider?.id ?? null, domain: v.senderDomain, recipient: r.recipient, zone: v.zone, ruleId }, k);
  diagnosis.title = titleOf(v.category, v.textRuleId);
  diagnosis.confidence = { level: v.confidence.level, reason: localReason(v, r, k, titleOf) };
  return diagnosis;
}

/** The evidence in the reader's words: the reply's own words quoted as they are, status and code named. */
function describe(evidence: readonly Evidence[], k: Knowledge): string {
  return evidence
    .filter((e) => e.source === 'reply' || e.source === 'status' || e.source === 'code')
    .map((e) => (e.source === 'reply' ? k.reason.quote.replace('{text}', e.text) : e.source === 'status' ? k.reason.status.replace('{status}', e.text) : k.reason.code.replace('{code}', e.text)))
    .filter((text, i, all) => all.indexOf(text) === i)
    .join(' · ');
}

/**
 * Why the verdict, in the reader's language, from the same evidence the classifier weighed (its own sentence is
 * English): the reply's words (a provider's documented reply), or only a status or code; what the original message's
 * authentication results showed; a close runner-up.
 */
function localReason(v: Verdict, r: FailedRecipient, k: Knowledge, titleOf: (c: Verdict['category'], ruleId?: string) => string): string {
  const R = k.reason;
  if (v.category === 'auto-reply' || v.category === 'delivered' || v.category === 'complaint') return R.notFailure.replace('{title}', titleOf(v.category));
  if (v.category === 'unknown') return r.reply ? R.none : R.noReply;
  const parts: string[] = [];
  const words = v.evidence.filter((e) => e.source === 'reply');
  const status = v.evidence.find((e) => e.source === 'status');
  const code = v.evidence.find((e) => e.source === 'code');
  if (words.length && v.provider && !v.ruleId.startsWith('status.') && v.ruleId.split('.')[0] === v.provider.id) {
    parts.push(R.provider.replace('{provider}', v.provider.name).replace('{evidence}', describe(words, k)));
  } else if (words.length) {
    parts.push(R.reply.replace('{evidence}', describe(words, k)));
    if (status) parts.push(R.statusAgrees.replace('{status}', status.text));
  } else if (status) parts.push(R.statusOnly.replace('{status}', status.text));
  else if (code) parts.push(R.codeOnly.replace('{code}', code.text));
  const auth = v.evidence.find((e) => e.source === 'authentication-results');
  if (auth) parts.push(R.authResults.replace('{result}', auth.text));
  if (v.alternative) parts.push(R.alternative.replace('{title}', titleOf(v.alternative.category, v.alternative.ruleId)));
  return parts.join(' ') || R.none;
}

export function diagnoseRecipient(r: FailedRecipient, report: ReportContext, k: Knowledge = EN_KNOWLEDGE): Diagnosis {
  return explainVerdict(verdictFor(r, report), r, report, k);
}

/** One diagnosis per recipient of the report, in order, in the language of `k` (English by default). */
export function diagnoseReport(report: BounceReport, k: Knowledge = EN_KNOWLEDGE): Diagnosis[] {
  return report.recipients.map((r) => diagnoseRecipient(r, report, k));
}
