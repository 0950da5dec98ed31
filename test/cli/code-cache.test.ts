/**
 * The CLI's V8 code cache (lib/node/code-cache.ts, lib/node/load-cli.ts): a run uses the cache the build made for this
 * very bundle, and ignores — never executes — a cache that is not ours or does not fit, with the same answers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheHeader, cacheKey, readCodeCache } from '../../lib/node/code-cache';

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
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
  });

  it('uses the cache the build made, and answers as it does without one', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bd-dist-'));
    for (const f of ['cli.mjs', 'cli.cjs']) copyFileSync(join(root, 'dist', f), join(dist, f));
    const cold = runLoader(dist);
    expect(cold.used).toBe(false);
    const withCache = runLoader(join(root, 'dist'));
    expect(withCache.used).toBe(true);
    expect(withCache.out).toBe(cold.out);
    expect(JSON.parse(withCache.out)).toMatchObject({ isBounce: true, format: 'postfix' });
  });

  it('ignores the cache once the bundle is edited or replaced (its file changed after the cache was made)', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bd-dist-'));
    for (const f of ['cli.mjs', 'cli.cjs', 'cli.cache']) copyFileSync(join(root, 'dist', f), join(dist, f));
    // A copy is another file (inode, time): the build's cache does not fit it.
    expect(runLoader(dist).used).toBe(false);
    // Even a cache header rewritten for the copy's identity is refused once the bundle changes again.
    const cjs = join(dist, 'cli.cjs');
    const data = readFileSync(join(root, 'dist', 'cli.cache'));
    const v8data = data.subarray(data.indexOf(10, data.indexOf(10) + 1) + 1);
    writeFileSync(join(dist, 'cli.cache'), Buffer.concat([cacheHeader(cacheKey(statSync(cjs))), v8data]));
    chmodSync(join(dist, 'cli.cache'), 0o644);
    expect(runLoader(dist).used).toBe(true);
    utimesSync(cjs, new Date(), new Date(Date.now() + 5000));
    expect(runLoader(dist).used).toBe(false);
  });
});
