/** The CLI, called in process with fake standard streams, and once as a real process through bin/. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';

const fixtures = join(__dirname, '../fixtures/bounces');

function run(args: string[], opts: { stdin?: string | AsyncIterable<Uint8Array>; tty?: boolean; env?: Record<string, string> } = {}) {
  let out = '';
  let err = '';
  const input = opts.stdin;
  const io = {
    stdout: { write: (s: string) => (out += s), isTTY: opts.tty ?? false },
    stderr: { write: (s: string) => (err += s) },
    stdin:
      input !== undefined && typeof input !== 'string'
        ? input
        : (async function* () {
            if (input !== undefined) yield Buffer.from(input);
          })(),
    env: opts.env ?? {},
  };
  return main(args, io).then((code) => ({ code, out, err }));
}

describe('bounce-doctor diagnose', () => {
  it("reads a sending service's bounce events from a file or from standard input", async () => {
    const fromFile = await run(['diagnose', '--format', 'jsonl', join(fixtures, 'postmark-bounce.json')]);
    expect(JSON.parse(fromFile.out)).toMatchObject({ isBounce: true, format: 'postmark', bounces: [{ recipient: 'rita@dest.example', code: '552', category: 'mailbox-full' }] });
    const event = JSON.stringify({ 'event-data': { event: 'failed', severity: 'permanent', recipient: 'max@dest.example', 'delivery-status': { code: 550, message: '5.1.1 no such user' } } });
    const fromStdin = await run(['diagnose', '--format', 'jsonl'], { stdin: event });
    expect(JSON.parse(fromStdin.out)).toMatchObject({ format: 'mailgun', bounces: [{ recipient: 'max@dest.example', code: '550', enhanced: '5.1.1' }] });
  });

  it('prints one JSON object per file, in input order, with string codes', async () => {
    const files = [join(fixtures, 'postfix-folded.txt'), join(fixtures, 'gmail.eml'), join(fixtures, 'exim.txt')];
    const { code, out } = await run(['diagnose', '--format', 'jsonl', ...files]);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual(files);
    expect(lines[0]).toMatchObject({ isBounce: true, format: 'postfix' });
    expect(lines[0].bounces).toHaveLength(2);
    expect(lines[0].bounces[0]).toMatchObject({ recipient: 'chris@dest.example', code: '550', enhanced: '5.1.1', category: 'recipient-unknown', side: 'recipient', suppress: true, retry: 'never-resend' });
    expect(lines[0].bounces[0].title).toMatch(/does not exist/);
    expect(lines[0].bounces[0].checklist.length).toBeGreaterThan(0);
    expect(lines[1].bounces[0]).toMatchObject({ recipient: 'olga@dest.example', code: '550', enhanced: '5.1.1' });
    expect(lines[2].bounces[0]).toMatchObject({ remoteHost: 'mx.dest.example', remoteIp: '192.0.2.20', command: 'RCPT TO' });
  });

  it('puts an error object in place of a file that cannot be read, keeps going, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const binary = join(dir, 'pic.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    const empty = join(dir, 'empty.eml');
    writeFileSync(empty, '');
    const { code, out } = await run(['diagnose', '--format', 'jsonl', join(dir, 'missing.eml'), binary, empty, join(fixtures, 'qmail.txt')]);
    expect(code).toBe(2);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual({ file: join(dir, 'missing.eml'), error: expect.stringMatching(/no such file/) });
    expect(lines[1].error).toMatch(/binary/);
    expect(lines[2].error).toMatch(/empty/);
    expect(lines[3].isBounce).toBe(true);
  });

  it('refuses files over 10 MB', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    const { code, out } = await run(['diagnose', '--format', 'jsonl', big]);
    expect(code).toBe(2);
    expect(JSON.parse(out).error).toMatch(/10 MB/);
  });

  it('reads standard input with no file or with -', async () => {
    const a = await run(['diagnose', '--format', 'json'], { stdin: '550 5.1.1 user unknown' });
    expect(JSON.parse(a.out)[0]).toMatchObject({ file: '-', format: 'fragment', bounces: [{ code: '550', enhanced: '5.1.1' }] });
    const b = await run(['diagnose', '--format', 'jsonl', '-'], { stdin: 'hello there' });
    expect(JSON.parse(b.out)).toMatchObject({ file: '-', isBounce: false, bounces: [] });
  });

  it('tells a delivery notice as one: neither final nor delayed, nothing to wait for', async () => {
    const { out } = await run(['diagnose'], { stdin: 'smtp: 250 2.0.0 Ok: queued as 4F2A81C0D3' });
    expect(out).toContain('[delivered]');
    expect(out).toMatch(/no one needs to act; nothing to do\./);
    expect(out).not.toMatch(/temporary|This is a delay|Wait, and do not send/);
    // A deferral still reads as one.
    const later = await run(['diagnose'], { stdin: '421 4.7.0 Try again later, closing connection. (EHLO) - gsmtp' });
    expect(later.out).toMatch(/; temporary; /);
  });

  it('writes readable text, in colour only on a terminal without NO_COLOR', async () => {
    const file = join(fixtures, 'exchange-classic.txt');
    const plain = await run(['diagnose', file]);
    expect(plain.out).toContain('old.staff@acme.example');
    expect(plain.out).toContain('550 5.7.1');
    expect(plain.out).not.toContain('\u001b[');
    expect((await run(['diagnose', file], { tty: true })).out).toContain('\u001b[');
    expect((await run(['diagnose', file], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  it('explains itself and rejects unknown options', async () => {
    expect((await run(['--help'])).out).toMatch(/--format jsonl/);
    const bad = await run(['diagnose', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/text, json, jsonl or csv/);
  });

  it('runs as npx bounce-doctor from the built bin', () => {
    const root = join(__dirname, '../..');
    execFileSync('node', ['scripts/build-cli.mjs'], { cwd: root });
    const res = spawnSync('node', ['bin/bounce-doctor.mjs', 'diagnose', '--format', 'jsonl', join(fixtures, 'yahoo.txt')], { cwd: root, encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ format: 'yahoo', bounces: [{ recipient: 'ivy@dest.example', code: '554' }] });
  });
});
