import type { BounceReport } from './types';
/**
 * How many failed recipients a report lists in full. A real bounce names a handful; a mailing list's or a hostile one
 * may name a hundred thousand, and each listed recipient costs a diagnosis, storage and screen space. The rest are
 * counted, and the report says how many more there were (BounceReport.moreRecipients and a note).
 */
export const MAX_RECIPIENTS = 1000;

/** 98000 → "98,000". */
export function thousands(n: number): string {
  // By hand: the first toLocaleString of a process loads the locale data (about 20 ms), for one note.
  const digits = String(Math.trunc(Math.abs(n)));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = digits.slice(Math.max(0, i - 3), i) + (out ? `,${out}` : '');
  return (n < 0 && Math.trunc(n) !== 0 ? '-' : '') + out;
}

export function moreRecipientsNote(listed: number, more: number): string {
  return `${thousands(listed + more)} failed recipients in all: the first ${thousands(listed)} are listed, and ${thousands(more)} more are not.`;
}

/** A report with the note that says how many recipients were counted and not listed, when there were any. */
export function noted(report: BounceReport): BounceReport {
  if (report.moreRecipients && !report.notes.some((n) => n.includes(' failed recipients in all'))) {
    report.notes.push(moreRecipientsNote(report.recipients.length, report.moreRecipients));
  }
  return report;
}
