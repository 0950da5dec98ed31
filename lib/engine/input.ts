/**
 * Turns file bytes into what the readers take. A message goes to the MIME parser as bytes (no decode and re-encode);
 * other text is decoded as UTF-8, or Latin-1 when it is not valid UTF-8.
 */
import { LATIN1, UTF8 } from './codec';
import { looksLikeMessage, readMessage, readPastedText } from './read';
import type { BounceReport } from './types';

export function readBounceBytes(bytes: Uint8Array): Promise<BounceReport> {
  // The header block decides; 8 KB holds it (looksLikeMessage reads the first 60 lines).
  const head = LATIN1.decode(bytes.subarray(0, 8192));
  if (looksLikeMessage(head)) return readMessage(bytes, bytes.length <= 8192 ? head : undefined);
  const text = UTF8.decode(bytes);
  return Promise.resolve(readPastedText(text.includes('\ufffd') ? LATIN1.decode(bytes) : text));
}
