/** The CLI's output shapes: the JSON object per input, and the readable text summary. */
import { diagnoseReport } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { isInertCommand } from '../diagnosis/shell';
import { thousands } from '../engine/limits';
import { terminalSafe, terminalSafeDeep } from './terminal';

/** One failed recipient: the facts read (part 1) and the diagnosis (part 2), flat, as the CLI contract promises. */
export type BounceJson = FailedRecipient & Diagnosis;

export type CliResult =
  | {
      file: string;
      /** The message's number in an mbox file (from 1); absent for a file of its own. */
      mboxMessage?: number;
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
      /** Failed recipients named past the listed ones (counted only). */
      moreRecipients?: number;
    }
  | { file: string; mboxMessage?: number; error: string };

export function toJsonResult(file: string, report: BounceReport, mboxMessage?: number): CliResult {
  return {
    file,
    ...(mboxMessage !== undefined ? { mboxMessage } : {}),
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
    ...(report.moreRecipients ? { moreRecipients: report.moreRecipients } : {}),
  };
}

/** How a result names its input in text and csv: the path, and the message's number in an mbox. */
export function inputName(result: Pick<CliResult, 'file' | 'mboxMessage'>): string {
  return result.mboxMessage !== undefined ? `${result.file} (message ${result.mboxMessage})` : result.file;
}

const KIND_LINE: Record<BounceReport['kind'], string> = {
  failure: 'bounce: not delivered',
  delay: 'delay: still being retried',
  delivered: 'delivery notice: delivered or relayed',
  'auto-reply': 'automatic reply, not a bounce',
  complaint: 'spam complaint report (feedback loop), not a bounce',
  'not-bounce': 'not a bounce',
};

/**
 * The readable summary of one result. Every value taken from the input (reply, addresses, subject, hosts, the file
 * name, and the texts filled with them) is made terminal-safe first (terminal.ts); the only escape sequences printed
 * are our own colours.
 */
export function formatText(unsafe: CliResult, color: boolean): string {
  const result = terminalSafeDeep(unsafe);
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  if ('error' in result) return `${paint('1', inputName(result))}: ${paint('31', 'error')}: ${result.error}`;
  const lines = [`${paint('1', inputName(result))}: ${KIND_LINE[result.kind]}${result.format ? ` (${result.format} format)` : ''}`];
  if (result.subject) lines.push(`  subject: ${result.subject.length > 200 ? result.subject.slice(0, 200) + '…' : result.subject}`);
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
  if (result.moreRecipients) lines.push(`  …and ${thousands(result.moreRecipients)} more failed recipients, not listed.`);
  for (const n of result.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// csv

export const CSV_HEADER = ['file', 'message-id', 'recipient', 'code', 'enhanced', 'category', 'permanent', 'suppress', 'title'] as const;

/**
 * One cell, quoted per RFC 4180 when it needs it. Controls are removed, and a cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, or a tab or CR) is prefixed with an apostrophe: a bounce must not become code.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = terminalSafe(String(value));
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The csv rows of a result: one per failed recipient (none for an error or for something that is not a bounce). */
export function csvRows(result: CliResult): string[] {
  if ('error' in result || !result.isBounce) return [];
  const file = inputName(result);
  const messageId = result.original?.messageId ?? null;
  return result.bounces.map((b) =>
    [file, messageId, b.recipient, b.code, b.enhanced, b.category, b.permanent, b.suppress, b.title].map(csvCell).join(','),
  );
}
