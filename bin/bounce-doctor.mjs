#!/usr/bin/env node
// Entry point for `npx bounce-doctor`. The CLI is bundled into dist/cli.mjs by `npm ci` (postinstall).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('bounce-doctor: the CLI is not built yet. Run `npm ci` (or `npm run build:cli`) in the project first.');
  process.exit(2);
}
// A closed standard error (2>&-) must not end the run with a stack trace; standard output's failures are main's.
process.stderr.on('error', () => undefined);
try {
  const { main } = await import(new URL('../dist/cli.mjs', import.meta.url).href);
  // Standard input is opened only when a run reads it (`-` or no file): making process.stdin sets up a stream.
  const stdin = { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() };
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin, env: process.env });
} catch (error) {
  process.stderr.write(`bounce-doctor: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
