/**
 * A file's bytes to a report: bytes.ts prepares them (UTF-16, stray bytes, CR-only line ends, charsets) and read.ts
 * reads the message or text they hold. Kept for the callers that name it (the CLI, the benchmarks).
 */
import { readBounce } from './read';
import type { BounceReport } from './types';

export function readBounceBytes(bytes: Uint8Array): Promise<BounceReport> {
  return readBounce(bytes);
}
