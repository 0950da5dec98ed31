/** Ordinary messages full of code-like numbers (order #550, version 5.1.1, dates like 5.7.2026) are not bounces. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/engine/read';

const dir = join(__dirname, '../fixtures/not-bounces');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('non-bounces', () => {
  it('has at least ten of them', () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const file of files) {
    it(file, () => {
      const report = readText(readFileSync(join(dir, file), 'utf8'));
      expect(report.isBounce).toBe(false);
      expect(report.recipients).toEqual([]);
      expect(['not-bounce', 'auto-reply']).toContain(report.kind);
    });
  }
  it('tells an out-of-office reply from other mail', () => {
    expect(readText(readFileSync(join(dir, 'out-of-office.txt'), 'utf8')).kind).toBe('auto-reply');
  });
});
