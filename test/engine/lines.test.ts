/** LineIndex (lib/engine/lines.ts) gives every index the same line as a plain scan, on sparse and dense line breaks. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../lib/engine/lines';

function naive(text: string, index: number): { start: number; end: number } {
  const start = index === 0 ? 0 : text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return { start, end: end < 0 ? text.length : end };
}

describe('LineIndex', () => {
  it('agrees with a plain scan at every index, whatever the share of line breaks', () => {
    // Dense (one character in six is a break) and sparse (one in forty) texts take the two ways of counting.
    const dense = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', 'é'), { maxLength: 400 });
    const sparse = fc.array(fc.oneof({ weight: 39, arbitrary: fc.constantFrom('a', ' ', 'é', '\r') }, { weight: 1, arbitrary: fc.constant('\n') }), { minLength: 100, maxLength: 800 });
    const text = fc.oneof(dense, sparse).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const lines = new LineIndex(t);
        for (let i = 0; i <= t.length; i++) expect(lines.bounds(i)).toEqual(naive(t, i));
      }),
      { numRuns: 300 },
    );
  });

  it('reads texts made of line breaks only, and texts with none', () => {
    for (const t of ['\n'.repeat(1000), 'x'.repeat(1000), '\n', '']) {
      const lines = new LineIndex(t);
      for (const i of [0, 1, 500, t.length]) expect(lines.bounds(i)).toEqual(naive(t, i));
    }
  });
});
