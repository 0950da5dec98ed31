/**
 * dist/cli.mjs, the module bin/bounce-doctor.mjs imports (built by scripts/build-cli.mjs): compiles the bundled CLI
 * (dist/cli.cjs) with V8's code cache (dist/cli.cache), so a run does not parse and compile a megabyte of JavaScript
 * again. The cache is used only when it is ours and fits this very bundle file, Node and platform (code-cache.ts);
 * anything else compiles from source as usual, and V8 rejects by itself a cache made with other flags. Nothing is
 * written here at run time: the cache is made at build time only (writeCodeCache).
 */
import { isAscii } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { CliIo } from '../cli/main';
import { cacheHeader, cacheKey, readCodeCache } from './code-cache';

const dir = dirname(fileURLToPath(import.meta.url));
const bundlePath = join(dir, 'cli.cjs');
const cachePath = join(dir, 'cli.cache');
const fd = openSync(bundlePath, 'r');
const stat = fstatSync(fd);
const bytes = readFileSync(fd);
closeSync(fd);
const key = cacheKey(stat);
const cachedData = readCodeCache(cachePath, key, stat.uid);
// The same wrapper as Node's CommonJS loader, on the bundle's first line (stack traces keep its line numbers).
// The build writes the bundle in ASCII (scripts/build-cli.mjs): read as Latin-1, the fastest decoding, it is one
// byte per character for V8 too. A bundle with other characters is decoded as UTF-8.
const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundlePath, cachedData });
const mod: { exports: { main?: (argv: string[], io: CliIo) => Promise<number>; usedCueSnapshot?: () => boolean; knowledgeLoaded?: () => boolean } } = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, createRequire(bundlePath), mod, bundlePath, dir);

export const main = mod.exports.main as (argv: string[], io: CliIo) => Promise<number>;
/** Whether this run diagnosed with the cue tables compiled at build time (for the tests and the benchmark). */
export const usedCueSnapshot = (): boolean => mod.exports.usedCueSnapshot?.() === true;
/** Whether this run read the knowledge tables (for the tests: a run with the cue snapshot does not). */
export const knowledgeLoaded = (): boolean => mod.exports.knowledgeLoaded?.() === true;
/** Whether this run used the code cache (for the tests and the benchmark). */
export const usedCodeCache = cachedData !== undefined && script.cachedDataRejected !== true;

/**
 * Writes the code cache to `path` (the build renames it to dist/cli.cache), after a warm-up run over the project's
 * own fixtures in the usual formats, so that the functions a run compiles are in the cache too.
 */
export async function writeCodeCache(path: string): Promise<void> {
  const fixtures = join(dir, '..', 'test', 'fixtures');
  const sink = { write: () => true, on: () => undefined };
  const io: CliIo = { stdout: sink, stderr: sink, stdin: (async function* () {})(), env: {} };
  if (existsSync(fixtures)) {
    for (const format of ['jsonl', 'text', 'csv', 'json']) await main(['diagnose', '--format', format, fixtures], io);
    await main(['summary', fixtures], io);
  }
  writeFileSync(path, Buffer.concat([cacheHeader(key), script.createCachedData()]), { mode: 0o644 });
}
