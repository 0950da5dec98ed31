/**
 * Every mail of the shared corpus (../shared/corpus/sisimai, read where it lies, never copied into the project) with
 * LF, CRLF and CR-only line ends: the same reading in the CLI's path and in the popup's .eml drop (issue 13). Skipped
 * when the corpus is not beside the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../bench/corpus-data';
import { readBounceBytes } from '../../lib/engine/input';
import type { BounceReport } from '../../lib/engine/types';
import { analyzeInput } from '../../lib/popup/analyze';

const dir = join(corpusDir(), 'eml');
const present = existsSync(dir);

function facts(r: BounceReport | null) {
  return r && { kind: r.kind, format: r.format, subject: r.subject, recipients: r.recipients.map((x) => ({ ...x, replySpan: null })) };
}

function withLineEnds(bytes: Uint8Array, end: 'lf' | 'crlf' | 'cr'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 13 && bytes[i + 1] === 10) continue;
    if (b === 10 || b === 13) out.push(...(end === 'lf' ? [10] : end === 'crlf' ? [13, 10] : [13]));
    else out.push(b);
  }
  return Uint8Array.from(out);
}

describe.skipIf(!present)('shared corpus with any line ends', () => {
  it('reads every mail the same with LF, CRLF and CR-only line ends, in the CLI and in the popup', async () => {
    const differ: string[] = [];
    const names = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const lf = JSON.stringify(facts(await readBounceBytes(withLineEnds(bytes, 'lf'))));
      for (const end of ['crlf', 'cr'] as const) {
        const variant = withLineEnds(bytes, end);
        if (JSON.stringify(facts(await readBounceBytes(variant))) !== lf) differ.push(`${name} (${end}, CLI)`);
        if (JSON.stringify(facts((await analyzeInput(variant, name)).report)) !== lf) differ.push(`${name} (${end}, popup)`);
      }
    }
    expect(names.length).toBeGreaterThan(100);
    expect(differ).toEqual([]);
  }, 120_000);
});
