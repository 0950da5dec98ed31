/**
 * readPrepared hands readMessage bytes that prepareBytes has already checked, and readMessage then skips its own
 * binary check (speed: issue 13). These tests pin why that is safe: prepared message bytes can never look binary, and
 * a prepared message reads exactly as the same bytes read with every check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareBytes } from '../../lib/engine/bytes';
import { LATIN1 } from '../../lib/engine/codec';
import { looksBinary, readMessage, readPrepared } from '../../lib/engine/read';
import { installFastBlob } from '../../lib/node/fast-blob';

const HEAD = new TextEncoder().encode('From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail\nTo: a@example.org\n\n');

describe('prepared message bytes', () => {
  it('never look binary to the check readMessage skips for them (any bytes, control bytes included)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x20, max: 0x7e }), fc.constant(0x7f), fc.integer({ min: 0x80, max: 0xff }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12000 }), (body) => {
        const bytes = new Uint8Array([...HEAD, ...body]);
        const prepared = prepareBytes(bytes);
        if (prepared.kind !== 'message') return;
        expect(looksBinary(LATIN1.decode(prepared.bytes.subarray(0, 8192)))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('the same bytes unprepared still get the binary check (a mostly-NUL message is refused)', async () => {
    const bytes = new Uint8Array([...HEAD, ...new Uint8Array(4000)]);
    expect(prepareBytes(bytes).kind).toBe('binary');
    expect((await readMessage(bytes)).notes.join(' ')).toMatch(/binary/i);
  });

  it('read as readMessage reads them with all its checks, for every message fixture', async () => {
    installFastBlob();
    const dir = join(__dirname, '../fixtures/bounces');
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const prepared = prepareBytes(new Uint8Array(readFileSync(join(dir, f))));
      if (prepared.kind !== 'message') continue;
      const checked = await readMessage(prepared.bytes);
      if (prepared.notes.length > 0) checked.notes = [...prepared.notes, ...checked.notes];
      expect(await readPrepared(prepared), f).toEqual(checked);
    }
  });
});
