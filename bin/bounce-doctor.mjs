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
  // Once everything written has been handed over (a write's callback comes after those of the writes before it), the
  // process ends here instead of letting Node wait for V8's background work to drain: compiling functions no code will
  // call again cost a run over a few hundred mails 20–40 ms at exit.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((resolve) => (stream.writable ? stream.write('', resolve) : resolve()))));
  process.exit();
} catch (error) {
  process.stderr.write(`bounce-doctor: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
