/** The CLI's output shapes: the JSON object per input, and the readable text summary. */
import { diagnoseReport } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { isInertCommand } from '../diagnosis/shell';
import { NOT_FAILURE } from '../diagnosis/taxonomy';
import { thousands } from '../engine/limits';
import { terminalSafe, terminalSafeDeep } from './terminal';
import { EN_KNOWLEDGE, type Knowledge } from '../diagnosis/texts/catalog';
import { EN_LOCALE, fill, type Locale } from '../i18n/locale';
import { localNote } from '../i18n/notes';
import { EN_MORE, type MoreWords } from '../i18n/ui/more-en';

/** The language results are diagnosed and printed in (--lang, LANG; English by default: language.ts sets it). */
let language: { loc: Locale; more: MoreWords; k: Knowledge } = { loc: EN_LOCALE, more: EN_MORE, k: EN_KNOWLEDGE };
export function setCliLanguage(next: { loc: Locale; more: MoreWords; k: Knowledge }): void {
  language = next;
}

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
      const diagnoses = diagnoseReport(report, language.k);
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

/**
 * The readable summary of one result, in the CLI's language. Every value taken from the input (reply, addresses,
 * subject, hosts, the file name, and the texts filled with them) is made terminal-safe first (terminal.ts); the only
 * escape sequences printed are our own colours.
 */
export function formatText(unsafe: CliResult, color: boolean): string {
  const result = terminalSafeDeep(unsafe);
  const W = language.more.cli;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  if ('error' in result) return `${paint('1', inputName(result))}: ${paint('31', W.error)}: ${result.error}`;
  const lines = [`${paint('1', inputName(result))}: ${W.kind[result.kind]}${result.format ? ` ${fill(W.format, { format: result.format })}` : ''}`];
  if (result.subject) lines.push(`  ${fill(W.subject, { subject: result.subject.length > 200 ? result.subject.slice(0, 200) + '…' : result.subject })}`);
  for (const b of result.bounces) {
    const codes = [b.code, b.enhanced].filter(Boolean).join(' ') || W.noCode;
    lines.push(`  ${paint('1', b.recipient ?? W.notNamed)}  ${paint(b.code?.startsWith('2') ? '32' : b.code?.startsWith('4') ? '33' : '31', codes)}  [${b.category}]`);
    lines.push(`    ${paint('1', b.title)}`);
    // A notice that is no failure (a delivery, an automatic reply, a complaint) is neither final nor delayed: its line
    // leaves the permanence out, with the separator after it.
    const line = NOT_FAILURE.has(b.category) ? W.line.replace(/\{permanence\}\s*[;。]\s*/, '') : W.line;
    lines.push(`    ${fill(line, { side: W.side[b.side], permanence: b.permanent ? W.permanent : W.temporary, retry: W.retry[b.retry], confidence: W.confidence[b.confidence.level], reason: b.confidence.reason })}`);
    if (b.provider) lines.push(`    ${fill(W.rejectedBy, { provider: b.provider.name })}`);
    if (b.reply) lines.push(`    ${fill(W.reply, { reply: b.reply.length > 300 ? b.reply.slice(0, 300) + '…' : b.reply })}`);
    lines.push(`    ${b.explanation}`);
    b.checklist.forEach((step, i) => {
      lines.push(`    ${i + 1}. ${step.audience === 'own-server' ? W.ownServer : step.audience === 'mail-provider' ? W.mailProvider : ''}${step.text}`);
      if (step.command && isInertCommand(step.command)) lines.push(`       $ ${step.command}`);
      if (step.link) lines.push(`       ${step.link}`);
    });
    const where = [b.remoteHost, b.remoteIp && `[${b.remoteIp}]`].filter(Boolean).join(' ');
    if (where || b.command) lines.push(`    ${[where && fill(W.from, { where }), b.command && fill(W.after, { command: b.command })].filter(Boolean).join(', ')}`);
    if (b.codeMismatch) lines.push(`    ${fill(W.note, { note: b.codeMismatch })}`);
  }
  if (result.moreRecipients) lines.push(`  ${fill(W.more, { count: thousands(result.moreRecipients) })}`);
  for (const n of result.notes) lines.push(`  ${fill(W.note, { note: localNote(n, language.loc.ui) })}`);
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
