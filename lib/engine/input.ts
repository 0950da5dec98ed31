/** Turns file bytes into what readBounce takes: valid UTF-8 as text, anything else as bytes for the MIME parser. */
import { readBounce } from './read';
import type { BounceReport } from './types';

export function decodeInput(bytes: Uint8Array): string | Uint8Array {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.includes('\ufffd') ? bytes : text;
}

export function readBounceBytes(bytes: Uint8Array): Promise<BounceReport> {
  return readBounce(decodeInput(bytes));
}
