/**
 * lib/engine/literal.ts for the CLI's bundle (scripts/build-cli.mjs puts this module in its place): the pre-checks of
 * the engine's guarded patterns — the format signatures, the original-message markers, the localized notices' words,
 * the providers' signatures — read off the patterns when the CLI is built instead of at every start. Reading them
 * (literal.ts walks each pattern's source character by character) cost a fresh process 10–20 ms before its first
 * mail, and V8 tens of milliseconds more optimizing that code. A pattern the table does not hold (or a bundle built
 * without it) gets its pre-check computed as usual: the table only spares the work, every answer is literal.ts's own
 * (test/cli/literal-table.test.ts compares them).
 */
import * as computed from '../engine/literal';
import type { Guarded } from '../engine/literal';

export { alternativesOf, groupEnd, guardedTest, LiteralScan, PIECE_CHECKS, requiredRuns, topGroups, withoutLookarounds, type Guarded } from '../engine/literal';

/** The table, as JSON, built into the bundle by scripts/build-cli.mjs (absent when run from source). */
declare const __BD_LITERALS__: string | undefined;

/**
 * A pattern's pre-checks: the minimum length they were read with, the pattern's flags and source, its required literal
 * (requiredLiteral) and, when it has none, the pieces its alternatives require (requiredPieces).
 */
export type LiteralRow = [minLength: number, flags: string, source: string, literal: string | null, pieces?: string[][] | null];

let table: Map<string, LiteralRow> | null = null;

/** Answers from `rows` from now on (the bundle's own table is read on first use; tests give theirs). */
export function useLiteralRows(rows: readonly LiteralRow[]): void {
  table = new Map(rows.map((row) => [`${row[0]}/${row[1]}/${row[2]}`, row]));
}

function known(minLength: number, re: RegExp): LiteralRow | undefined {
  if (table === null) useLiteralRows(typeof __BD_LITERALS__ === 'string' ? (JSON.parse(__BD_LITERALS__) as LiteralRow[]) : []);
  return table?.get(`${minLength}/${re.flags}/${re.source}`);
}

export function requiredLiteral(re: RegExp, minLength = 4): string | null {
  const row = known(minLength, re);
  return row ? row[3] : computed.requiredLiteral(re, minLength);
}

export function requiredPieces(re: RegExp, minLength = 4): string[][] | null {
  const pieces = known(minLength, re)?.[4];
  // A fresh copy: a caller may keep and change what it gets.
  return pieces === undefined ? computed.requiredPieces(re, minLength) : pieces === null ? null : pieces.map((alt) => [...alt]);
}

/** literal.ts's guard, with the pre-checks from the table. */
export function guard(re: RegExp): Guarded {
  const literal = requiredLiteral(re);
  return { re, literal, pieces: literal === null ? requiredPieces(re) : null, checked: 0 };
}

/**
 * The table for the patterns the engine guards (build time): every pattern a guard is made of, with literal.ts's own
 * answers.
 */
export function literalRows(guarded: readonly RegExp[], providerSignatures: readonly RegExp[]): LiteralRow[] {
  const rows = new Map<string, LiteralRow>();
  const add = (re: RegExp, minLength: number, pieces: boolean) => {
    const literal = computed.requiredLiteral(re, minLength);
    const row: LiteralRow = [minLength, re.flags, re.source, literal];
    if (pieces && literal === null) row.push(computed.requiredPieces(re, minLength));
    rows.set(`${minLength}/${re.flags}/${re.source}`, row);
  };
  for (const re of guarded) add(re, 4, true);
  for (const re of providerSignatures) add(re, 3, false);
  return [...rows.values()];
}
