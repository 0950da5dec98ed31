/**
 * Turns file bytes into what the readers take. A message goes to the MIME parser as bytes (no decode and re-encode);
 * other text is decoded as UTF-8, or Latin-1 when it is not valid UTF-8.
 */
import { looksLikeMessage, readMessage, readText } from './read';
import type { BounceReport } from './types';

export function readBounceBytes(bytes: Uint8Array): Promise<BounceReport> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 20_000));
  if (looksLikeMessage(head)) return readMessage(bytes, bytes.length <= 20_000 ? head : undefined);
  const text = new TextDecoder('utf-8').decode(bytes);
  return Promise.resolve(readText(text.includes('\ufffd') ? new TextDecoder('latin1').decode(bytes) : text));
}
