/**
 * The CLI's V8 code cache (lib/node/code-cache.ts, lib/node/load-cli.ts): a run uses the cache the build made for this
 * very bundle, and ignores — never executes — a cache that is not ours or does not fit, with the same answers.
 */
import { isAscii } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheHeader, cacheKey, MAGIC, readCodeCache } from '../../lib/node/code-cache';

const root = join(__dirname, '../..');
const fixture = join(root, 'test/fixtures/bounces/postfix.eml');

/** Imports a dist/cli.mjs in a process of its own: whether it used the cache, and its answer for one fixture. */
function runLoader(dist: string): { used: boolean; out: string } {
  const script = `
    const m = await import(${JSON.stringify(join(dist, 'cli.mjs'))});
    let out = '';
    const sink = { write: (s) => { out += s; return true; }, on: () => undefined };
    await m.main(['diagnose', '--format', 'jsonl', ${JSON.stringify(fixture)}], { stdout: sink, stderr: sink, stdin: [], env: {} });
    process.stdout.write(JSON.stringify({ used: m.usedCodeCache, out }));`;
  const res = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(res.stderr).toBe('');
  return JSON.parse(res.stdout) as { used: boolean; out: string };
}

describe('the code cache file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bd-cache-'));
  const path = join(dir, 'cli.cache');
  const key = 'k1 v20 linux x64';
  const data = Buffer.from('V8 data');
  const uid = process.getuid?.() ?? 0;

  it('gives the V8 data of a cache made for this key, by the bundle owner', () => {
    writeFileSync(path, Buffer.concat([cacheHeader(key), data]), { mode: 0o644 });
    chmodSync(path, 0o644);
    expect(readCodeCache(path, key, uid)).toEqual(data);
  });

  it('ignores a cache made for another bundle file or Node, a missing one, and one without data', () => {
    writeFileSync(path, Buffer.concat([cacheHeader(key), data]));
    chmodSync(path, 0o644);
    expect(readCodeCache(path, 'k2 v20 linux x64', uid)).toBeUndefined();
    expect(readCodeCache(join(dir, 'none'), key, uid)).toBeUndefined();
    writeFileSync(path, cacheHeader(key));
    expect(readCodeCache(path, key, uid)).toBeUndefined();
  });

  it('ignores a cache others could have written: writable by group or others, or owned by someone else', () => {
    writeFileSync(path, Buffer.concat([cacheHeader(key), data]));
    chmodSync(path, 0o666);
    expect(readCodeCache(path, key, uid)).toBeUndefined();
    chmodSync(path, 0o664);
    expect(readCodeCache(path, key, uid)).toBeUndefined();
    chmodSync(path, 0o644);
    expect(readCodeCache(path, key, uid + 1)).toBeUndefined();
  });

  it('ignores a directory in its place', () => {
    expect(readCodeCache(dir, key, uid)).toBeUndefined();
  });

  it('is keyed to the bundle file as it is: another size or modification time is another key', () => {
    const st = { dev: 1, ino: 2, size: 3, mtimeMs: 4 };
    expect(cacheKey(st)).toBe(cacheKey({ ...st }));
    expect(cacheKey({ ...st, size: 5 })).not.toBe(cacheKey(st));
    expect(cacheKey({ ...st, mtimeMs: 5 })).not.toBe(cacheKey(st));
    expect(cacheKey({ ...st, ino: 5 })).not.toBe(cacheKey(st));
    expect(cacheKey(st)).toContain(process.version);
  });
});

describe('the built CLI and its cache', () => {
  // The build takes about 6 s alone and more while the other test files run (three of them build it): not 10 s.
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
  }, 120_000);

  /**
   * A copy of the built bundle in a directory of its own, with a cache made there as the build makes one (other test
   * files rebuild dist/ meanwhile: the copy keeps this test's files still).
   */
  function copyWithCache(): string {
    const dist = mkdtempSync(join(tmpdir(), 'bd-dist-'));
    for (const f of ['cli.mjs', 'cli.cjs']) copyFileSync(join(root, 'dist', f), join(dist, f));
    const make = `const m = await import(${JSON.stringify(join(dist, 'cli.mjs'))}); await m.writeCodeCache(${JSON.stringify(join(dist, 'cli.cache'))});`;
    execFileSync(process.execPath, ['--input-type=module', '-e', make]);
    chmodSync(join(dist, 'cli.cache'), 0o644);
    return dist;
  }

  it('writes the bundle in ASCII (read as Latin-1, one byte per character), its regular expressions unchanged', () => {
    const code = readFileSync(join(root, 'dist', 'cli.cjs'));
    expect(isAscii(code)).toBe(true);
    // The literals with other characters were rewritten as new RegExp("…") with \u escapes: the same pattern.
    expect(code.toString('latin1')).toMatch(/new RegExp\("[^"]*\\u30e1\\u30fc\\u30eb/);
  });

  it('makes a code cache beside the bundle', () => {
    expect(readFileSync(join(root, 'dist', 'cli.cache')).subarray(0, MAGIC.length).toString('latin1')).toBe(MAGIC);
  });

  it('uses a cache made for this bundle, and answers as it does without one', () => {
    const dist = copyWithCache();
    const bare = mkdtempSync(join(tmpdir(), 'bd-dist-'));
    for (const f of ['cli.mjs', 'cli.cjs']) copyFileSync(join(dist, f), join(bare, f));
    const cold = runLoader(bare);
    expect(cold.used).toBe(false);
    const withCache = runLoader(dist);
    expect(withCache.used).toBe(true);
    expect(withCache.out).toBe(cold.out);
    expect(JSON.parse(withCache.out)).toMatchObject({ isBounce: true, format: 'postfix' });
  });

  it('ignores the cache once the bundle is edited or replaced (its file changed after the cache was made)', () => {
    const dist = copyWithCache();
    expect(runLoader(dist).used).toBe(true);
    const cjs = join(dist, 'cli.cjs');
    utimesSync(cjs, new Date(), new Date(Date.now() + 5000));
    expect(runLoader(dist).used).toBe(false);
    // A copy of bundle and cache is another file (inode, time): the cache does not fit it either.
    const moved = mkdtempSync(join(tmpdir(), 'bd-dist-'));
    for (const f of ['cli.mjs', 'cli.cjs', 'cli.cache']) copyFileSync(join(dist, f), join(moved, f));
    chmodSync(join(moved, 'cli.cache'), 0o644);
    expect(runLoader(moved).used).toBe(false);
  });
});
