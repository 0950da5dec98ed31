/**
 * `bounce-doctor diagnose [--format text|json|jsonl] [FILE ...]`: the engine on the command line. One result per
 * input, in input order; an unreadable, binary or oversized file gets an error object in its place and exit status 2.
 */
import { LATIN1, UTF8_ENCODER } from '../engine/codec';
import { readFile, stat } from 'node:fs/promises';
import { readBounceBytes } from '../engine/input';
import { looksBinary } from '../engine/read';
import { installFastBlob } from '../node/fast-blob';
import { formatText, toJsonResult, type CliResult } from './output';
import { takeLangOption, useCliLanguage } from './language';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const HELP = `Usage: bounce-doctor diagnose [--format text|json|jsonl] [FILE ...]

Explains why an email bounced. Reads each FILE — a raw message (.eml), the text of a
bounce as a webmail shows it, a fragment such as one SMTP reply, a Diagnostic-Code
line or a Postfix log line, or a sending service's bounce events (JSON from Amazon SES,
SendGrid, Mailgun, Postmark, SparkPost, Mandrill, Resend or Brevo) — and prints, for
every failed recipient, the address, the SMTP reply code, the enhanced status code and
the server's reply.
With no FILE, or when FILE is -, reads standard input.

Options:
  --format text    readable summary (the default); colour only on a terminal, never with NO_COLOR
  --format json    one JSON array holding a result per input
  --lang LANG      the language of the explanations and steps: en, de, fr, es, pt-BR or ja
                   (default: the terminal's, from LC_ALL, LC_MESSAGES or LANG; else English)
  --format jsonl   exactly one JSON object per input, one per line, in input order:
                   {"file": "...", "isBounce": true, "format": "postfix",
                    "bounces": [{"recipient": "...", "code": "550", "enhanced": "5.1.1",
                                 "reply": "...", "category": "...", ...}]}
                   codes are strings; null where the bounce does not say.
  -h, --help       show this help
  --version        show the version

A file that cannot be read, is binary, or is larger than 10 MB gets
{"file": "...", "error": "..."} in its place; the other files are still read, and the
exit status is 2. Otherwise the exit status is 0. Nothing leaves this computer.
`;

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

type Format = 'text' | 'json' | 'jsonl';

async function readStdin(stdin: CliIo['stdin']): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? UTF8_ENCODER.encode(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_FILE_BYTES + 1) break;
    chunks.push(bytes);
  }
  const out = new Uint8Array(Math.min(size, MAX_FILE_BYTES + 1));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, out.length - at);
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Reads one input into a result, or an error object with plain words. */
export async function diagnoseOne(name: string, load: () => Promise<Uint8Array>): Promise<CliResult> {
  let bytes: Uint8Array;
  try {
    bytes = await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory, not a file' : code === 'EACCES' ? 'permission denied' : 'it could not be read';
    return { file: name, error: `Cannot read ${name}: ${why}.` };
  }
  if (bytes.length > MAX_FILE_BYTES) return { file: name, error: `${name} is larger than 10 MB; a bounce is never that big.` };
  if (bytes.length === 0) return { file: name, error: `${name} is empty.` };
  const sample = LATIN1.decode(bytes.subarray(0, 8192));
  if (looksBinary(sample)) return { file: name, error: `${name} is a binary file, not an email or bounce text.` };
  const report = await readBounceBytes(bytes);
  return toJsonResult(name, report);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  installFastBlob();
  const args = [...argv];
  if (args.includes('-h') || args.includes('--help') || args.length === 0) {
    io.stdout.write(HELP);
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes('--version')) {
    io.stdout.write('bounce-doctor 0.1.0\n');
    return 0;
  }
  const command = args.shift();
  if (command !== 'diagnose') {
    io.stderr.write(`bounce-doctor: unknown command "${command}". Try: bounce-doctor diagnose FILE\n`);
    return 2;
  }
  const picked = takeLangOption(args);
  if ('error' in picked) {
    io.stderr.write(`${picked.error}\n`);
    return 2;
  }
  await useCliLanguage(picked.lang, io.env);
  let format: Format = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (value !== 'text' && value !== 'json' && value !== 'jsonl') {
        io.stderr.write(`bounce-doctor: --format takes text, json or jsonl (got ${value ?? 'nothing'}).\n`);
        return 2;
      }
      format = value;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr.write(`bounce-doctor: unknown option ${a}. See bounce-doctor --help.\n`);
      return 2;
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) files.push('-');

  let failed = false;
  const results: CliResult[] = [];
  const color = format === 'text' && io.stdout.isTTY === true && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb';
  for (const file of files) {
    const result = await diagnoseOne(file, async () => {
      if (file === '-') return readStdin(io.stdin);
      const info = await stat(file);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (info.size > MAX_FILE_BYTES) return new Uint8Array(MAX_FILE_BYTES + 1);
      return new Uint8Array(await readFile(file));
    });
    if ('error' in result) failed = true;
    if (format === 'jsonl') io.stdout.write(JSON.stringify(result) + '\n');
    else if (format === 'text') io.stdout.write(formatText(result, color) + '\n');
    else results.push(result);
  }
  if (format === 'json') io.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return failed ? 2 : 0;
}
