/** The popup's analysis step: size checks with plain-words messages, then the engine. Never throws. */
import { diagnoseReport } from '../diagnosis/diagnose';
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport } from '../engine/types';

/** The popup reads at most this much (a paste or a file); larger input gets a message, not a frozen popup. */
export const MAX_PASTE_BYTES = 2 * 1024 * 1024;

export interface Analysis {
  label: string;
  report: BounceReport | null;
  /** One per recipient of the report, in order. */
  diagnoses: Diagnosis[];
  error: string | null;
}

export function checkInputSize(size: number, what: 'text' | 'file'): string | null {
  if (size === 0) return what === 'file' ? 'That file is empty.' : 'Paste a bounce first: the box is empty.';
  if (size > MAX_PASTE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return `That ${what} is ${mb} MB; Bounce Doctor reads up to 2 MB. Paste just the bounce's text, or the part with the error.`;
  }
  return null;
}

/**
 * The reading engine, loaded on first use: a popup that only shows the bounce of the open webmail tab (already read by
 * the content script) never parses it. Pages call this once they have painted, so a paste is analysed at once.
 */
export function loadReader(): Promise<typeof import('../engine/read')> {
  return import('../engine/read');
}

export async function analyzeInput(input: string | Uint8Array, label: string): Promise<Analysis> {
  try {
    const { readBounce } = await loadReader();
    const report = await readBounce(input);
    if (report.notes.some((n) => n.startsWith('This looks like a binary file') || n === 'There is no text to read.')) {
      return { label, report: null, diagnoses: [], error: report.notes[0] ?? 'Nothing could be read.' };
    }
    return { label, report, diagnoses: diagnoseReport(report), error: null };
  } catch (error) {
    return { label, report: null, diagnoses: [], error: `Bounce Doctor could not read this input (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

/** A report already read elsewhere (a webmail tab), diagnosed here. */
export function analyzeReport(report: BounceReport, label: string): Analysis {
  return { label, report, diagnoses: diagnoseReport(report), error: null };
}
