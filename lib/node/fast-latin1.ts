/**
 * The reader decodes whole messages as Latin-1 (lib/engine/codec.ts: LATIN1, a TextDecoder), which Node 20 does
 * through ICU at a quarter of the speed of its Buffer's latin1. Node only, installed by the CLI and the benchmarks:
 * LATIN1 decodes with Buffer when the two give the same character for each of the 256 byte values (checked here; the
 * decoding is byte by byte, so then they agree on every input), and stays as it is otherwise.
 */
import { Buffer } from 'node:buffer';
import { LATIN1 } from '../engine/codec';

export function installFastLatin1(): void {
  const g = globalThis as { process?: { versions?: { node?: string } } };
  if (!g.process?.versions?.node) return;
  const every = Uint8Array.from({ length: 256 }, (_, i) => i);
  if (LATIN1.decode(every) !== Buffer.from(every).toString('latin1')) return;
  const decode = TextDecoder.prototype.decode;
  const fast = function (this: TextDecoder, input?: ArrayBuffer | ArrayBufferView, options?: TextDecodeOptions): string {
    if (options !== undefined || !ArrayBuffer.isView(input)) return decode.call(this, input, options);
    return Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('latin1');
  };
  Object.defineProperty(LATIN1, 'decode', { value: fast, configurable: true, writable: true });
}
