/**
 * `bounce-doctor diagnose|summary [--format …] [FILE|FOLDER ...]`: the engine on the command line. One result per
 * input (a file, a file found in a folder, one message of an mbox), in input order, written as it is read (to a file
 * or a pipe in pieces of 32 KB, to a terminal result by result); an unreadable, binary or oversized input gets an
 * error object in its place and exit status 2.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { prepareBytes } from '../engine/bytes';
import { UTF8_ENCODER } from '../engine/codec';
import { readPrepared } from '../engine/read';
import { isDocumentedFailure } from '../diagnosis/documented';
import { readingRank } from '../diagnosis/reading-rank';
import { installFastBlob } from '../node/fast-blob';
import { installFastLatin1 } from '../node/fast-latin1';
import { installFastMime } from '../node/fast-mime';
import { installSplitGuards } from '../node/split-guards';
import { useCueSnapshot } from '../node/cue-snapshot';
import { looksLikeMbox, mboxMessages, openInput, readWhole, splitMbox, walkFolder, type Input } from '../node/files';
import { CSV_HEADER, csvRows, formatText, toJsonResult, type CliResult } from './output';
import { Output } from './output-stream';
import { Progress } from './progress';
import { formatSummary, Summary } from './summary';
import { takeLangOption, useCliLanguage } from './language';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The digest of dist/cli-cues.json, built into the bundle by scripts/build-cli.mjs (absent when run from source). */
declare const __BD_CUES_DIGEST__: string | undefined;
let cuesTried = false;
let cuesUsed = false;

/**
 * The cue tables compiled when the CLI was built (lib/node/cue-snapshot.ts), installed before the first diagnosis; from
 * source, or when the file is not the one built with this bundle, the tables are compiled on first use as usual.
 */
function useBuiltCues(): void {
  if (cuesTried) return;
  cuesTried = true;
  if (typeof __BD_CUES_DIGEST__ !== 'string' || typeof __dirname !== 'string' || typeof __filename !== 'string') return;
  try {
    cuesUsed = useCueSnapshot(join(__dirname, 'cli-cues.json'), __BD_CUES_DIGEST__, statSync(__filename).uid);
  } catch {
    cuesUsed = false;
  }
}

/** Whether this process diagnoses with the tables compiled at build time (for the tests and the benchmark). */
export const usedCueSnapshot = (): boolean => cuesUsed;

/** Whether this process read the knowledge tables (the CLI's bundle reads them only when asked: lib/node/knowledge-lazy.ts). */
export { knowledgeLoaded } from '../node/knowledge-lazy';

export const HELP = `Usage: bounce-doctor diagnose [--format text|json|jsonl|csv] [FILE|FOLDER ...]
       bounce-doctor summary [--format text|json] [FILE|FOLDER ...]

Explains why an email bounced. Reads each FILE — a raw message (.eml), the text of a
bounce as a webmail shows it, a fragment such as one SMTP reply, a Diagnostic-Code
line or a Postfix log line, or a sending service's bounce events (JSON, JSON Lines or
a log of them, from Amazon SES, SendGrid, Mailgun, Postmark, SparkPost, Mandrill,
Resend or Brevo) — and prints, for every failed recipient, the address, the SMTP reply
code, the enhanced status code and the server's reply.
An mbox file is read as its messages; a FOLDER (a Maildir too) as the files in it,
recursively (hidden files, a Maildir's tmp/ and files that are plainly not mail, such
as images and archives, are left out).
With no FILE, or when FILE is -, reads standard input.

Commands:
  diagnose         one result per input (the default output is readable text)
  summary          counts per category and per receiving provider, the addresses to
                   suppress, and the problems on your side to fix first

Options:
  --format text    readable text (the default); colour only on a terminal, never with NO_COLOR
  --format json    diagnose: one JSON array holding a result per input; summary: one object
  --lang LANG      the language of the explanations and steps: en, de, fr, es, pt-BR or ja
                   (default: the terminal's, from LC_ALL, LC_MESSAGES or LANG; else English)
  --format jsonl   exactly one JSON object per input, one per line, in input order:
                   {"file": "...", "isBounce": true, "format": "postfix",
                    "bounces": [{"recipient": "...", "code": "550", "enhanced": "5.1.1",
                                 "reply": "...", "category": "...", ...}]}
                   codes are strings; null where the bounce does not say. A message of an
                   mbox file also has "mboxMessage": its number in the file, from 1.
  --format csv     one row per failed recipient: file, message-id (of the returned
                   message), recipient, code, enhanced, category, permanent, suppress, title
  -h, --help       show this help
  --version        show the version

An input that cannot be read, is not a regular file (a FIFO or a device), is binary,
or is larger than 10 MB gets {"file": "...", "error": "..."} in its place (in csv: a
line on standard error); the other inputs are still read, and the exit status is 2.
Otherwise the exit status is 0. Output into a closed pipe (| head) ends quietly with
0; output that cannot be written (a full disk) prints one line and exits 2. When a run
takes longer than a second, a progress line is shown on standard error if it is a
terminal. Nothing leaves this computer.
`;

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean; on?: (event: 'error', listener: (error: Error) => void) => unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

type Format = 'text' | 'json' | 'jsonl' | 'csv';
type Command = 'diagnose' | 'summary';

/** Standard input, streamed, never more than MAX_FILE_BYTES + 1 bytes kept (the rest is not even read). */
async function readStdin(stdin: CliIo['stdin']): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? UTF8_ENCODER.encode(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_FILE_BYTES) break;
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
export async function diagnoseInput(input: Input): Promise<CliResult> {
  const name = input.index !== undefined ? `${input.file}, message ${input.index},` : input.file;
  const base = { file: input.file, ...(input.index !== undefined ? { mboxMessage: input.index } : {}) };
  if (input.error !== undefined || input.bytes === undefined) return { ...base, error: input.error ?? `Cannot read ${name}.` };
  const bytes = input.bytes;
  if (bytes.length > MAX_FILE_BYTES) return { ...base, error: `${name} is larger than 10 MB; a bounce is never that big.` };
  if (bytes.length === 0) return { ...base, error: `${name} is empty.` };
  const prepared = prepareBytes(bytes);
  if (prepared.kind === 'binary') return { ...base, error: `${name} is a binary file, not an email or bounce text.` };
  if (prepared.kind === 'empty') return { ...base, error: `${name} is empty.` };
  return toJsonResult(input.file, await readPrepared(prepared, { documented: isDocumentedFailure, rank: readingRank }), input.index);
}

/** Every input the arguments name, in order: files, the files of folders, the messages of mbox files, stdin. */
async function* inputsOf(args: string[], io: CliIo): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      const bytes = await readStdin(io.stdin);
      if (looksLikeMbox(bytes.subarray(0, 200))) yield* oneOrMany(splitMbox(bytes, '-', MAX_FILE_BYTES));
      else yield { file: '-', bytes };
      continue;
    }
    yield* fileInputs(arg, true);
  }
}

/** A message saved with its mbox "From " line is one message, not message 1 of an mbox: it gets no number. */
function oneOrMany(messages: Input[]): Input[] {
  const [only] = messages;
  return messages.length === 1 && only ? [{ ...only, index: undefined }] : messages;
}

/** An mbox up to this size is read at once and split in memory; a larger one is streamed message by message. */
const MBOX_IN_MEMORY = 32 * 1024 * 1024;

function* fileInputs(path: string, named: boolean): Generator<Input> {
  const opened = openInput(path, MAX_FILE_BYTES);
  if ('bytes' in opened) yield { file: path, bytes: opened.bytes };
  else if ('mbox' in opened && opened.size <= MBOX_IN_MEMORY) yield* oneOrMany(splitMbox(readWhole(opened.mbox, opened.size), path, MAX_FILE_BYTES));
  else if ('mbox' in opened) yield* mboxMessages(opened.mbox, path, MAX_FILE_BYTES);
  else if (opened.directory && named) for (const file of walkFolder(path)) yield* fileInputs(file, false);
  else if (!opened.directory) yield { file: path, error: opened.error };
}

function parseArgs(argv: string[]): { command: Command; format: Format; files: string[] } | { error: string } {
  const args = [...argv];
  const command = args.shift();
  if (command !== 'diagnose' && command !== 'summary') return { error: `unknown command "${command}". Try: bounce-doctor diagnose FILE` };
  let format: Format = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const allowed: readonly string[] = command === 'summary' ? ['text', 'json'] : ['text', 'json', 'jsonl', 'csv'];
      if (value === undefined || !allowed.includes(value)) {
        const list = command === 'summary' ? 'text or json' : 'text, json, jsonl or csv';
        return { error: `--format takes ${list}${command === 'summary' ? ' with summary' : ''} (got ${value ?? 'nothing'}).` };
      }
      format = value as Format;
    } else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') {
      return { error: `unknown option ${a}. See bounce-doctor --help.` };
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) files.push('-');
  return { command, format, files };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  installFastBlob();
  installFastMime();
  installFastLatin1();
  installSplitGuards();
  if (argv.includes('-h') || argv.includes('--help') || argv.length === 0) {
    io.stdout.write(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv.includes('--version')) {
    io.stdout.write('bounce-doctor 0.1.0\n');
    return 0;
  }
  const args = [...argv];
  const picked = takeLangOption(args);
  if ('error' in picked) {
    io.stderr.write(`${picked.error}\n`);
    return 2;
  }
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    io.stderr.write(`bounce-doctor: ${parsed.error}\n`);
    return 2;
  }
  await useCliLanguage(picked.lang, io.env);
  const { command, format, files } = parsed;
  const out = new Output(io.stdout, io.stdout.isTTY !== true);
  const color = format === 'text' && io.stdout.isTTY === true && !('NO_COLOR' in io.env) && io.env.TERM !== 'dumb';
  const progress = new Progress(io.stderr, command === 'summary' || io.stdout.isTTY !== true);
  const summary = command === 'summary' ? new Summary() : null;
  let failed = false;
  let count = 0;

  if (format === 'csv') out.write(CSV_HEADER.join(',') + '\n');
  if (format === 'json' && !summary) out.write('[');
  for await (const input of inputsOf(files, io)) {
    if (input.bytes) useBuiltCues();
    const result = await diagnoseInput(input);
    count++;
    progress.tick(count);
    if ('error' in result) failed = true;
    if (summary) summary.add(result);
    else if (format === 'jsonl') out.write(JSON.stringify(result) + '\n');
    else if (format === 'json') out.write(`${count > 1 ? ',' : ''}\n${indent(JSON.stringify(result, null, 2))}`);
    else if (format === 'csv') {
      if ('error' in result) {
        // In order with the rows before it when both streams go to one place (2>&1).
        out.flush();
        io.stderr.write(`bounce-doctor: ${formatText(result, false)}\n`);
      }
      for (const row of csvRows(result)) out.write(row + '\n');
    } else out.write(formatText(result, color) + '\n');
    if (out.failure) break;
  }
  progress.done();
  if (!out.failure) {
    if (summary) out.write(format === 'json' ? JSON.stringify(summary.toJson(), null, 2) + '\n' : formatSummary(summary, color));
    else if (format === 'json') out.write(count > 0 ? '\n]\n' : ']\n');
  }
  out.flush();
  if (out.failure) return out.exitCode(io.stderr);
  return failed ? 2 : 0;
}

const indent = (json: string) => json.replace(/^/gm, '  ');


