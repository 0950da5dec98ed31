/** The CLI's output shapes: the JSON object per input, and the readable text summary. */
import { diagnoseReport } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { isInertCommand } from '../diagnosis/shell';
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
      const diagnoses = diagnoseReport(report, language.k);
      return report.recipients.map((r, i) => ({ ...r, ...(diagnoses[i] as Diagnosis) }));
    })(),
    original: report.original,
    notes: report.notes,
  };
}

export function formatText(result: CliResult, color: boolean): string {
  const W = language.more.cli;
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  if ('error' in result) return `${paint('1', result.file)}: ${paint('31', W.error)}: ${result.error}`;
  const lines = [`${paint('1', result.file)}: ${W.kind[result.kind]}${result.format ? ` ${fill(W.format, { format: result.format })}` : ''}`];
  for (const b of result.bounces) {
    const codes = [b.code, b.enhanced].filter(Boolean).join(' ') || W.noCode;
    lines.push(`  ${paint('1', b.recipient ?? W.notNamed)}  ${paint(b.code?.startsWith('4') ? '33' : '31', codes)}  [${b.category}]`);
    lines.push(`    ${paint('1', b.title)}`);
    lines.push(`    ${fill(W.line, { side: W.side[b.side], permanence: b.permanent ? W.permanent : W.temporary, retry: W.retry[b.retry], confidence: W.confidence[b.confidence.level], reason: b.confidence.reason })}`);
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
  for (const n of result.notes) lines.push(`  ${fill(W.note, { note: localNote(n, language.loc.ui) })}`);
  return lines.join('\n');
}
