/** The counts in notes (lib/engine/limits.ts) read as toLocaleString('en-US') writes them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moreRecipientsNote, thousands } from '../../lib/engine/limits';

describe('thousands', () => {
  it('groups digits as en-US does, for any integer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger()), (n) => {
        expect(thousands(n)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 2000 },
    );
    for (const n of [0, 7, 999, 1000, 99_000, 100_000, 1_234_567]) expect(thousands(n)).toBe(n.toLocaleString('en-US'));
  });
  it('drops fractions as the notes count whole items', () => {
    expect(thousands(1234.9)).toBe('1,234');
  });
  it('writes the note on recipients past the cap', () => {
    expect(moreRecipientsNote(1000, 99_000)).toBe('100,000 failed recipients in all: the first 1,000 are listed, and 99,000 more are not.');
  });
});
