/**
 * How sure the diagnosis is of a reading of a paste, for the paste reader's choice between two readings of one text
 * (paste.ts, rejoin.ts): the first failed recipient's confidence, and below any of them a reading that found no
 * failure to diagnose.
 */
import type { BounceReport } from '../engine/types';
import { diagnoseReport } from './diagnose';

const LEVELS = { high: 3, medium: 2, low: 1 } as const;

export function readingRank(report: BounceReport): number {
  const d = diagnoseReport(report)[0];
  return d ? LEVELS[d.confidence.level] : report.isBounce ? 0 : -1;
}
