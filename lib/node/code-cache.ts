/**
 * The CLI's V8 code cache file (dist/cli.cache, read by load-cli.ts): what it must be made for, and whether a file is
 * one to use. A cache is used only when it is ours and fits: a regular file, owned by the bundle's owner and not
 * writable by others, headed by the identity of this very bundle file (device, inode, size, modification time: a
 * rebuilt, edited or copied bundle is another file) and of this Node and platform.
 */
import { closeSync, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';

export const MAGIC = 'bounce-doctor code cache v1\n';

/** What a cache must be made for: this bundle file as it is now, this Node, this platform. */
export function cacheKey(bundle: Pick<Stats, 'dev' | 'ino' | 'size' | 'mtimeMs'>): string {
  return `${bundle.dev}:${bundle.ino}:${bundle.size}:${bundle.mtimeMs} ${process.version} ${process.versions.v8} ${process.platform} ${process.arch}`;
}

/** The first bytes of a cache file made for `key`. */
export const cacheHeader = (key: string): Buffer => Buffer.from(`${MAGIC}${key}\n`, 'latin1');

/** The cache's V8 data when the file beside the bundle is ours and made for `key`; else undefined. */
export function readCodeCache(path: string, key: string, bundleUid: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.uid !== bundleUid || (st.mode & 0o022) !== 0) return undefined;
    const file = readFileSync(fd);
    const head = cacheHeader(key);
    if (file.length <= head.length || !file.subarray(0, head.length).equals(head)) return undefined;
    return file.subarray(head.length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
