/**
 * The CLI under hostile or careless use (issue 16): inputs that are not regular files, standard input that never
 * ends, escape sequences in a bounce, and output that cannot be written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { Output } from '../../lib/cli/output-stream';
import { terminalSafe } from '../../lib/cli/terminal';

const root = join(__dirname, '../..');
const fixtures = join(__dirname, '../fixtures/bounces');

function run(args: string[], stdin?: AsyncIterable<Uint8Array>) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    stdin: stdin ?? (async function* () {})(),
    env: {},
  };
  return main(args, io).then((code) => ({ code, out, err }));
}

describe('inputs that are not regular files', () => {
  it('refuses a FIFO with no writer at once instead of hanging', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'bd-')), 'pipe');
    execFileSync('mkfifo', [fifo]);
    const { code, out } = await run(['diagnose', '--format', 'jsonl', fifo, join(fixtures, 'qmail.txt')]);
    expect(code).toBe(2);
    const [first, second] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(first).toEqual({ file: fifo, error: expect.stringMatching(/is a named pipe \(FIFO\), not a regular file/) });
    expect(second.isBounce).toBe(true);
  }, 5000);

  it('refuses a device such as /dev/zero instead of reading it without end', async () => {
    const { code, out } = await run(['diagnose', '--format', 'jsonl', '/dev/zero']);
    expect(code).toBe(2);
    expect(JSON.parse(out)).toEqual({ file: '/dev/zero', error: expect.stringMatching(/is a device, not a regular file.*standard input/) });
  }, 5000);

  it('reads standard input that never ends as 10 MB at most, then stops reading', async () => {
    let chunks = 0;
    const endless = (async function* () {
      const zero = new Uint8Array(65536);
      for (;;) {
        chunks++;
        yield zero;
      }
    })();
    const { code, out } = await run(['diagnose', '--format', 'jsonl', '-'], endless);
    expect(code).toBe(2);
    expect(JSON.parse(out).error).toMatch(/larger than 10 MB/);
    expect(chunks).toBeLessThanOrEqual(162);
  });
});

describe('--format text prints nothing a terminal would obey', () => {
  const hostile = [
    'From: "Mail \u001b]8;;https://evil.example/\u0007Delivery\u001b]8;;\u0007" <MAILER-DAEMON@mx.example>',
    'Subject: Undelivered \u001b[2J\u001b[H\u009b31mMail\u001b]0;pwned\u0007 Returned',
    'Content-Type: text/plain',
    '',
    'This is the mail system at host mx.example.',
    '',
    '<kim@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 \u001b[31mno such\u001b[0m user \u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\ \u009d0;title\u009c\u001bP+q\u001b\\\u0007\u0008 (in reply to RCPT TO command)',
    '',
  ].join('\n');

  it('strips CSI, OSC (OSC 8 links too), DCS, C1 controls and other controls from the reply, subject and file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const file = join(dir, 'bounce\u001b[2J\u001b]8;;https:evil.example\u0007.eml');
    writeFileSync(file, hostile);
    const { code, out } = await run(['diagnose', file]);
    expect(code).toBe(0);
    expect(out).toContain('kim@dest.example');
    expect(out).toContain('reply: 550 5.1.1 no such user click');
    // \u009b31m is the 8-bit form of ESC[31m: all of it goes; the reader drops the BELs as stray bytes, so the title
    // OSC runs on unterminated and takes the rest of the subject with it.
    expect(out).toContain('subject: Undelivered Mail\n');
    expect(out).toContain('bounce.eml');
    // eslint-disable-next-line no-control-regex -- the point: no control character at all but line breaks
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).not.toContain('evil.example');
    expect(out).not.toContain('pwned');
  });

  it('keeps text without controls as it is, and removes bidi controls', () => {
    const plain = 'Mailbox "täst" — 550 5.1.1 <a@b.example>';
    expect(terminalSafe(plain)).toBe(plain);
    expect(terminalSafe('abc\u202egpj.exe\u2066x\u2069\nnext\tcol')).toBe('abcgpj.exex next col');
    expect(terminalSafe('unterminated \u001b]8;;https://x.example/ link')).toBe('unterminated ');
  });
});

describe('output that cannot be written', () => {
  // The build takes about 6 s alone and more while the other test files run (three of them build it): not 10 s.
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
  }, 120_000);
  const many = Array.from({ length: 40 }, () => ['postfix-folded.txt', 'gmail.eml', 'exim.txt', 'qmail.txt']).flat().map((f) => join(fixtures, f));

  it('ends quietly with 0 when the reader goes away (EPIPE: | head -1)', () => {
    const res = spawnSync('bash', ['-c', 'node bin/bounce-doctor.mjs diagnose "$@" | head -1 >/dev/null; echo "status ${PIPESTATUS[0]}" >&2', 'bash', ...many], { cwd: root, encoding: 'utf8' });
    expect(res.stderr).toBe('status 0\n');
  });

  it('says so in one line and exits 2 when the disk is full (ENOSPC: > /dev/full), never with a stack trace', () => {
    const res = spawnSync('bash', ['-c', 'node bin/bounce-doctor.mjs diagnose "$@" > /dev/full', 'bash', ...many.slice(0, 3)], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(2);
    expect(res.stderr).toBe('bounce-doctor: cannot write the output: no space left on the device (ENOSPC).\n');
  });

  it('writes to a file or pipe in pieces, to a terminal result by result, the same bytes either way', async () => {
    const run = async (isTTY: boolean) => {
      const writes: string[] = [];
      const stdout = { isTTY, write: (s: string) => writes.push(s) > 0 };
      await main(['diagnose', '--format', 'jsonl', ...many], { stdout, stderr: { write: () => true }, stdin: (async function* () {})(), env: {} });
      return writes;
    };
    const piped = await run(false);
    const terminal = await run(true);
    expect(terminal.length).toBe(many.length);
    expect(piped.length).toBeGreaterThan(1);
    expect(piped.length).toBeLessThan(many.length / 4);
    expect(piped.join('')).toBe(terminal.join(''));
  });

  it('keeps csv rows and the error lines between them in order when both streams go to one file (2>&1)', () => {
    const [a, b] = [join(fixtures, 'gmail.eml'), join(fixtures, 'exim.txt')];
    const res = spawnSync('bash', ['-c', 'node bin/bounce-doctor.mjs diagnose --format csv "$@" 2>&1', 'bash', a, join(fixtures, 'no-such-file.eml'), b], { cwd: root, encoding: 'utf8' });
    const lines = res.stdout.trim().split('\n');
    const error = lines.findIndex((l) => l.startsWith('bounce-doctor: '));
    expect(error).toBeGreaterThan(1);
    expect(lines.slice(1, error).every((l) => l.startsWith(a))).toBe(true);
    expect(lines.slice(error + 1).length).toBeGreaterThan(0);
    expect(lines.slice(error + 1).every((l) => l.startsWith(b))).toBe(true);
  });

  it('stops reading inputs after the first failed write, in process too', async () => {
    let writes = 0;
    const listeners: ((e: Error) => void)[] = [];
    const stdout = {
      isTTY: false,
      on: (_: 'error', l: (e: Error) => void) => listeners.push(l),
      write: () => {
        writes++;
        // Node reports the failure on a later tick; the stream is already destroyed with it.
        stdout.errored = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        return false;
      },
      errored: null as Error | null,
    };
    const code = await main(['diagnose', '--format', 'jsonl', ...many], { stdout, stderr: { write: () => true }, stdin: (async function* () {})(), env: {} });
    expect(code).toBe(0);
    expect(writes).toBe(1);
    const out = new Output({ write: () => true, on: (_e, l) => listeners.push(l) });
    listeners.at(-1)?.(Object.assign(new Error('nope'), { code: 'EIO' }));
    let err = '';
    expect(out.write('x')).toBe(false);
    expect(out.exitCode({ write: (s: string) => (err += s) })).toBe(2);
    expect(err).toBe('bounce-doctor: cannot write the output: input/output error (EIO).\n');
  });
});
