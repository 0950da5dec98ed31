/** The CLI's output shapes: the JSON object per input, and the readable text summary. */
import { diagnoseReport } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { isInertCommand } from '../diagnosis/shell';

/** One failed recipient: the facts read (part 1) and the diagnosis (part 2), flat, as the CLI contract promises. */
export type BounceJson = FailedRecipient & Diagnosis;

export type CliResult =
  | {
      file: string;
      isBounce: boolean;
      kind: BounceReport['kind'];
      format: BounceReport['format'];
      inputType: BounceReport['inputType'];
      reportingMta: string | null;
      arrivalDate: string | null;
      subject: string | null;
      bounces: BounceJson[];
      original: BounceReport['original'];
      notes: string[];
    }
  | { file: string; error: string };

export function toJsonResult(file: string, report: BounceReport): CliResult {
  return {
    file,
    isBounce: report.isBounce,
    kind: report.kind,
    format: report.format,
    inputType: report.inputType,
    reportingMta: report.reportingMta,
    arrivalDate: report.arrivalDate,
    subject: report.subject,
    bounces: (() => {
      const diagnoses = diagnoseReport(report);
      return report.recipients.map((r, i) => ({ ...r, ...(diagnoses[i] as Diagnosis) }));
    })(),
    original: report.original,
    notes: report.notes,
  };
}

const KIND_LINE: Record<BounceReport['kind'], string> = {
  failure: 'bounce: not delivered',
  delay: 'delay: still being retried',
  delivered: 'delivery notice: delivered or relayed',
  'auto-reply': 'automatic reply, not a bounce',
  complaint: 'spam complaint report (feedback loop), not a bounce',
  'not-bounce': 'not a bounce',
};

export function formatText(result: CliResult, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  if ('error' in result) return `${paint('1', result.file)}: ${paint('31', 'error')}: ${result.error}`;
  const lines = [`${paint('1', result.file)}: ${KIND_LINE[result.kind]}${result.format ? ` (${result.format} format)` : ''}`];
  const SIDE = { sender: 'you (the sender) must act', recipient: "the recipient's side must act", either: 'either side may need to act', none: 'no one needs to act' } as const;
  const RETRY = { 'retry-later': 'retry later', 'fix-then-resend': 'fix first, then resend', 'never-resend': 'never resend to this address', 'nothing-to-do': 'nothing to do' } as const;
  for (const b of result.bounces) {
    const codes = [b.code, b.enhanced].filter(Boolean).join(' ') || 'no code given';
    lines.push(`  ${paint('1', b.recipient ?? '(recipient not named)')}  ${paint(b.code?.startsWith('4') ? '33' : '31', codes)}  [${b.category}]`);
    lines.push(`    ${paint('1', b.title)}`);
    lines.push(`    ${SIDE[b.side]}; ${b.permanent ? 'permanent' : 'temporary'}; ${RETRY[b.retry]}. Confidence ${b.confidence.level}: ${b.confidence.reason}`);
    if (b.provider) lines.push(`    rejected by: ${b.provider.name}`);
    if (b.reply) lines.push(`    reply: ${b.reply.length > 300 ? b.reply.slice(0, 300) + '…' : b.reply}`);
    lines.push(`    ${b.explanation}`);
    b.checklist.forEach((step, i) => {
      lines.push(`    ${i + 1}. ${step.audience === 'own-server' ? '(your own server) ' : step.audience === 'mail-provider' ? '(with a mail provider) ' : ''}${step.text}`);
      if (step.command && isInertCommand(step.command)) lines.push(`       $ ${step.command}`);
      if (step.link) lines.push(`       ${step.link}`);
    });
    const where = [b.remoteHost, b.remoteIp && `[${b.remoteIp}]`].filter(Boolean).join(' ');
    if (where || b.command) lines.push(`    ${where ? `from ${where}` : ''}${where && b.command ? ', ' : ''}${b.command ? `after ${b.command}` : ''}`);
    if (b.codeMismatch) lines.push(`    note: ${b.codeMismatch}`);
  }
  for (const n of result.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}
