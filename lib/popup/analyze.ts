/** The popup's analysis step: size checks with plain-words messages, then the engine. Never throws. */
import type { Diagnosis } from '../diagnosis/types';
import type { BounceReport } from '../engine/types';
import type { StoredBounce } from '../messaging/protocol';
import { fill, locale, ui } from '../i18n/locale';

/** The popup reads at most this much (a paste or a file); larger input gets a message, not a frozen popup. */
export const MAX_PASTE_BYTES = 2 * 1024 * 1024;

export interface Analysis {
  label: string;
  report: BounceReport | null;
  /** One per recipient of the report, in order. */
  diagnoses: Diagnosis[];
  error: string | null;
}

export function checkInputSize(size: number, what: 'text' | 'file' | 'selection'): string | null {
  const w = ui().paste;
  if (size === 0) return what === 'file' ? w.emptyFile : w.emptyText;
  if (size > MAX_PASTE_BYTES) {
    const mb = (size / 1024 / 1024).toLocaleString(locale().lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return fill(what === 'file' ? w.tooBigFile : what === 'selection' ? w.tooBigSelection : w.tooBigText, { mb });
  }
  return null;
}

/**
 * The engine (reading and diagnosis), loaded on first use: a popup that only shows the bounce of the open webmail tab
 * (read by the content script, diagnosed by the background) never loads it. Pages call this once they have painted,
 * so a paste is analysed at once.
 */
export async function loadEngine(): Promise<{ readBounce: (input: string | Uint8Array) => Promise<BounceReport>; diagnoseReport: (report: BounceReport) => Diagnosis[] }> {
  // The reader's language only: its knowledge texts are a chunk of their own (English is in the diagnosis chunk).
  const [{ readBounce }, { diagnoseReport }, { loadKnowledge }, { isDocumentedFailure }, { readingRank }] = await Promise.all([
    import('../engine/read'),
    import('../diagnosis/diagnose'),
    import('../diagnosis/texts/load'),
    import('../diagnosis/documented'),
    import('../diagnosis/reading-rank'),
  ]);
  const k = await loadKnowledge(locale().lang);
  return { readBounce: (input) => readBounce(input, { documented: isDocumentedFailure, rank: readingRank }), diagnoseReport: (report) => diagnoseReport(report, k) };
}

export async function analyzeInput(input: string | Uint8Array, label: string): Promise<Analysis> {
  try {
    const { readBounce, diagnoseReport } = await loadEngine();
    const report = await readBounce(input);
    if (report.notes.some((n) => n.startsWith('This looks like a binary file'))) return { label, report: null, diagnoses: [], error: ui().paste.binary };
    if (report.notes.some((n) => n === 'There is no text to read.')) return { label, report: null, diagnoses: [], error: ui().paste.noText };
    return { label, report, diagnoses: diagnoseReport(report), error: null };
  } catch (error) {
    return { label, report: null, diagnoses: [], error: fill(ui().paste.unreadable, { why: error instanceof Error ? error.message : ui().paste.unknownError }) };
  }
}

/** A bounce of a webmail tab, read by its content script and diagnosed by the background. */
export function storedAnalysis(b: StoredBounce, label: string): Analysis {
  return { label, report: b.report, diagnoses: b.diagnoses, error: null };
}
