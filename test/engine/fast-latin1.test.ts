/**
 * lib/node/fast-latin1.ts: once installed (the CLI and the benchmarks), the reader's LATIN1 decoder gives the same text
 * as the platform's TextDecoder on every byte value, on views into larger buffers, and with options.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { LATIN1 } from '../../lib/engine/codec';
import { installFastLatin1 } from '../../lib/node/fast-latin1';

const platform = (input: Uint8Array) => TextDecoder.prototype.decode.call(LATIN1, input);

describe('fast Latin-1 decoding (lib/node/fast-latin1.ts)', () => {
  installFastLatin1();
  afterAll(() => {
    delete (LATIN1 as { decode?: unknown }).decode;
  });

  it('decodes every byte value as the platform does', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Object.prototype.hasOwnProperty.call(LATIN1, 'decode')).toBe(true);
    expect(LATIN1.decode(every)).toBe(platform(every));
  });

  it('decodes a view into a larger buffer from its own offset and length', () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 131 + 7) % 256);
    for (const [start, end] of [[0, 5000], [1, 4999], [4096, 4100], [17, 17]] as const) {
      const view = bytes.subarray(start, end);
      expect(LATIN1.decode(view)).toBe(platform(view));
    }
    const data = new DataView(bytes.buffer, 3, 50);
    expect(LATIN1.decode(data)).toBe(TextDecoder.prototype.decode.call(LATIN1, data));
  });

  it('leaves other inputs and options to the platform decoder', () => {
    const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x80]);
    expect(LATIN1.decode(bytes.buffer)).toBe(platform(bytes));
    expect(LATIN1.decode(bytes, { stream: false })).toBe(platform(bytes));
    expect(LATIN1.decode()).toBe('');
  });
});
