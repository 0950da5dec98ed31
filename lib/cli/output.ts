/** The CLI's output shapes: the JSON object per input, and the readable text summary. */
import type { BounceReport, FailedRecipient } from '../engine/types';

export interface BounceJson extends Omit<FailedRecipient, 'replySpan'> {
  replySpan: { start: number; end: number } | null;
  /** The diagnosis category (taxonomy.md); "unknown" until the classifier (engine part 2) decides. */
  category: string;
}

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
    bounces: report.recipients.map((r) => ({ ...r, category: 'unknown' })),
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
  for (const b of result.bounces) {
    const codes = [b.code, b.enhanced].filter(Boolean).join(' ') || 'no code given';
    lines.push(`  ${paint('1', b.recipient ?? '(recipient not named)')}  ${paint(b.code?.startsWith('4') ? '33' : '31', codes)}`);
    if (b.reply) lines.push(`    reply: ${b.reply.length > 300 ? b.reply.slice(0, 300) + '…' : b.reply}`);
    const where = [b.remoteHost, b.remoteIp && `[${b.remoteIp}]`].filter(Boolean).join(' ');
    if (where || b.command) lines.push(`    ${where ? `from ${where}` : ''}${where && b.command ? ', ' : ''}${b.command ? `after ${b.command}` : ''}`);
    if (b.codeMismatch) lines.push(`    note: ${b.codeMismatch}`);
  }
  for (const n of result.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}
