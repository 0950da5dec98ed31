/**
 * The CLI's table of pre-checks (lib/node/literal-table.ts, made when the CLI is built): from the table, every guarded
 * pattern of the engine gets literal.ts's own answers — literal, pieces, guard — and a pattern the table lacks gets them
 * computed; the table is what answers (a row it holds is used as it is).
 */
import { describe, expect, it } from 'vitest';
import * as literal from '../../lib/engine/literal';
import { guard, literalRows, requiredLiteral, requiredPieces, useLiteralRows, type LiteralRow } from '../../lib/node/literal-table';
import { guardedPatterns, literalTableJson, providerSignatures } from '../../lib/node/literal-rows';

describe("the CLI's table of pre-checks", () => {
  it('gives literal.ts’s answers for every guarded pattern and provider signature', () => {
    useLiteralRows(JSON.parse(literalTableJson()) as LiteralRow[]);
    const patterns = guardedPatterns();
    expect(patterns.length).toBeGreaterThan(100);
    let pieces = 0;
    for (const re of patterns) {
      expect(requiredLiteral(re), re.source).toBe(literal.requiredLiteral(re));
      expect(requiredPieces(re), re.source).toEqual(literal.requiredPieces(re));
      expect(guard(re), re.source).toEqual(literal.guard(re));
      if (literal.guard(re).pieces) pieces++;
    }
    // The localized notices' lists are among them (their pieces are what costs most to read).
    expect(pieces).toBeGreaterThan(5);
    for (const re of providerSignatures()) expect(requiredLiteral(re, 3), re.source).toBe(literal.requiredLiteral(re, 3));
  });

  it('answers from the table, and computes what it does not hold', () => {
    const re = /Delivery to the following recipients? failed/i;
    useLiteralRows([[4, 'i', re.source, 'made-up literal']]);
    expect(requiredLiteral(re)).toBe('made-up literal');
    expect(requiredLiteral(re, 3)).toBe(literal.requiredLiteral(re, 3));
    const other = /(?:Adresse introuvable|Nachricht nicht zugestellt)/;
    expect(requiredPieces(other)).toEqual([['adresse introuvable'], ['nachricht nicht zugestellt']]);
    useLiteralRows(literalRows([other], []));
    const copy = requiredPieces(other);
    copy?.[0]?.push('changed');
    expect(requiredPieces(other)).toEqual([['adresse introuvable'], ['nachricht nicht zugestellt']]);
  });
});
