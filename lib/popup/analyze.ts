/** The popup's analysis step: size checks with plain-words messages, then the engine. Never throws. */
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport } from '../engine/types';
import type { StoredBounce } from '../messaging/protocol';

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
 * The engine (reading and diagnosis), loaded on first use: a popup that only shows the bounce of the open webmail tab
 * (read by the content script, diagnosed by the background) never loads it. Pages call this once they have painted,
 * so a paste is analysed at once.
 */
export async function loadEngine(): Promise<{ readBounce: typeof import('../engine/read').readBounce; diagnoseReport: typeof import('../diagnosis/diagnose').diagnoseReport }> {
  const [{ readBounce }, { diagnoseReport }] = await Promise.all([import('../engine/read'), import('../diagnosis/diagnose')]);
  return { readBounce, diagnoseReport };
}

export async function analyzeInput(input: string | Uint8Array, label: string): Promise<Analysis> {
  try {
    const { readBounce, diagnoseReport } = await loadEngine();
    const report = await readBounce(input);
    if (report.notes.some((n) => n.startsWith('This looks like a binary file') || n === 'There is no text to read.')) {
      return { label, report: null, diagnoses: [], error: report.notes[0] ?? 'Nothing could be read.' };
    }
    return { label, report, diagnoses: diagnoseReport(report), error: null };
  } catch (error) {
    return { label, report: null, diagnoses: [], error: `Bounce Doctor could not read this input (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

/** A bounce of a webmail tab, read by its content script and diagnosed by the background. */
export function storedAnalysis(b: StoredBounce, label: string): Analysis {
  return { label, report: b.report, diagnoses: b.diagnoses, error: null };
}
