/**
 * Accuracy of the diagnosis on reply tables, as a user pastes them: each text goes through the paste reader and the
 * diagnosis, and the first failed recipient's category is compared with the label. Prints, per table: accuracy, the
 * calibration table (confidence × right/wrong), wrong answers said with high confidence, suppression advice on a
 * sender-side cause, and per-category figures. For the frozen table nothing more: no sample is ever listed, so no rule
 * can be written while looking at one of its failures.
 */
import { diagnoseReport } from '../lib/diagnosis/diagnose';
import { CATEGORY_SIDE } from '../lib/diagnosis/taxonomy';
import type { Category, ConfidenceLevel } from '../lib/diagnosis/types';
import { readPastedText } from '../lib/engine/read';
import type { BounceReport } from '../lib/engine/types';
import { isDocumentedFailure } from '../lib/diagnosis/documented';
import { readingRank } from '../lib/diagnosis/reading-rank';

export interface Labelled {
  text: string;
  category: Category;
  remoteHost?: string;
}

export interface TableResult {
  name: string;
  total: number;
  right: number;
  /** confidence → [right, wrong] */
  calibration: Record<ConfidenceLevel | 'none', [number, number]>;
  highWrong: number;
  suppressOnSender: number;
  perCategory: Map<Category, { right: number; total: number }>;
  /** "level/decidedBy" → [right, wrong]: what kind of evidence the answers at each level rested on. */
  byBasis: Map<string, [number, number]>;
  /** "level/verdict category" → [right, wrong]: how sure each category's verdicts turn out (weights.ts CATEGORY_CAP). */
  byVerdict: Map<string, [number, number]>;
  misses: { text: string; expected: Category; got: string; level: string; ruleId: string }[];
}


/** The options the popup and the CLI read a paste with. */
export const PASTE_OPTIONS = { documented: isDocumentedFailure, rank: readingRank };

/** Judges each case's text as the paste reader reads it — or, given `read`, each case's reading as `read` made it. */
export function judge(name: string, cases: readonly Labelled[], read?: readonly BounceReport[]): TableResult {
  const r: TableResult = { name, total: 0, right: 0, calibration: { high: [0, 0], medium: [0, 0], low: [0, 0], none: [0, 0] }, highWrong: 0, suppressOnSender: 0, perCategory: new Map(), byBasis: new Map(), byVerdict: new Map(), misses: [] };
  for (const [i, c] of cases.entries()) {
    const report = read?.[i] ?? readPastedText(c.text, PASTE_OPTIONS);
    // The table knows the remote host the reply came from (a bounce would name it beside the reply).
    const first = report.recipients[0];
    if (c.remoteHost && first) first.remoteHost = c.remoteHost;
    const d = diagnoseReport(report)[0];
    // A notice the reader knows is not a failure (an automatic reply, a complaint report, a delivery notice) is that
    // category of the taxonomy, as the popup says it.
    const notice = report.kind === 'auto-reply' || report.kind === 'complaint' || report.kind === 'delivered' ? report.kind : null;
    const got = d?.category ?? notice ?? (report.isBounce ? 'unknown' : `not a bounce (${report.kind})`);
    const ok = got === c.category;
    r.total++;
    if (ok) r.right++;
    const level = d?.confidence.level ?? 'none';
    r.calibration[level][ok ? 0 : 1]++;
    if (!ok && level === 'high') r.highWrong++;
    const basis = `${level}/${d?.decidedBy ?? '-'}`;
    const b = r.byBasis.get(basis) ?? [0, 0];
    b[ok ? 0 : 1]++;
    r.byBasis.set(basis, b);
    if (d) {
      const key = `${level}/${d.category}`;
      const v = r.byVerdict.get(key) ?? [0, 0];
      v[ok ? 0 : 1]++;
      r.byVerdict.set(key, v);
    }
    if (d?.suppress && CATEGORY_SIDE[c.category] === 'sender') r.suppressOnSender++;
    const pc = r.perCategory.get(c.category) ?? { right: 0, total: 0 };
    pc.total++;
    if (ok) pc.right++;
    r.perCategory.set(c.category, pc);
    if (!ok) r.misses.push({ text: c.text, expected: c.category, got, level, ruleId: d?.ruleId ?? '-' });
  }
  return r;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

export function printTable(r: TableResult, opts: { perCategory?: boolean; byBasis?: boolean; byVerdict?: boolean } = {}): void {
  console.log(`\n${r.name}: ${r.right}/${r.total} = ${pct(r.right, r.total)} right`);
  const cal = (['high', 'medium', 'low', 'none'] as const).map((l) => `${l} ${r.calibration[l][0]}/${r.calibration[l][0] + r.calibration[l][1]} (${pct(r.calibration[l][0], r.calibration[l][0] + r.calibration[l][1])})`);
  console.log(`  confidence × right: ${cal.join(' · ')}`);
  console.log(`  wrong with high confidence: ${r.highWrong} (${pct(r.highWrong, r.total)} of answers); suppression advised on a sender-side cause: ${r.suppressOnSender}`);
  if (opts.byBasis) console.log(`  by level/evidence: ${[...r.byBasis.entries()].sort().map(([k, [a, w]]) => `${k} ${a}/${a + w}`).join(', ')}`);
  if (opts.byVerdict) console.log(`  by level/verdict: ${[...r.byVerdict.entries()].sort().map(([k, [a, w]]) => `${k} ${a}/${a + w}`).join(', ')}`);
  if (opts.perCategory) {
    const rows = [...r.perCategory.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([c, s]) => `${c} ${s.right}/${s.total}`);
    console.log(`  per category: ${rows.join(', ')}`);
  }
}
