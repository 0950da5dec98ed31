/**
 * Batch input as mail admins have it (issue 13, item 4): folders and Maildirs walked, mbox files read as their
 * messages (from a file of any size or from standard input), csv rows per failed recipient, and the summary.
 */
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { csvCell } from '../../lib/cli/output';
import { Progress } from '../../lib/cli/progress';
import { looksLikeMbox, mboxMessages, walkFolder } from '../../lib/node/files';

const fixtures = join(__dirname, '../fixtures/bounces');
const fixture = (name: string) => readFileSync(join(fixtures, name));

function run(args: string[], stdin?: Buffer) {
  let out = '';
  let err = '';
  const io = {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: (async function* () {
      if (stdin) yield stdin;
    })(),
    env: {},
  };
  return main(args, io).then((code) => ({ code, out, err }));
}

const jsonl = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l));

/** An mbox of the given fixtures, each after its "From " separator line, blank line between. */
function mbox(names: string[]): Buffer {
  return Buffer.concat(names.flatMap((n, i) => [Buffer.from(`From MAILER-DAEMON Fri Jul  8 12:08:${String(i % 60).padStart(2, '0')} 2011\n`), fixture(n), Buffer.from('\n')]));
}

describe('folders and Maildirs', () => {
  it("reads a Maildir's cur/, new/ and Maildir++ subfolders, never tmp/ or the server's bookkeeping files", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const md = join(dir, 'Maildir');
    for (const sub of ['cur', 'new', 'tmp', '.Bounces/cur', '.Bounces/new']) mkdirSync(join(md, sub), { recursive: true });
    copyFileSync(join(fixtures, 'gmail.eml'), join(md, 'cur', '1700000000.M1P2.host:2,S'));
    copyFileSync(join(fixtures, 'postfix.eml'), join(md, 'new', '1700000001.M2P2.host'));
    copyFileSync(join(fixtures, 'gmail.eml'), join(md, 'tmp', '1700000002.M3P2.host'));
    copyFileSync(join(fixtures, 'exim.txt'), join(md, '.Bounces', 'cur', '1700000003.M4P2.host:2,'));
    writeFileSync(join(md, 'dovecot-uidlist'), '3 V1 N4\n');
    writeFileSync(join(md, 'subscriptions'), 'Bounces\n');
    const { code, out } = await run(['diagnose', '--format', 'jsonl', md]);
    expect(code).toBe(0);
    expect(jsonl(out).map((r) => [r.file.slice(md.length), r.bounces[0].recipient])).toEqual([
      ['/.Bounces/cur/1700000003.M4P2.host:2,', 'erin@dest.example'],
      ['/cur/1700000000.M1P2.host:2,S', 'olga@dest.example'],
      ['/new/1700000001.M2P2.host', 'nora@dest.example'],
    ]);
  });

  it('walks a folder recursively in name order, leaving out hidden files and files that are plainly not mail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    mkdirSync(join(dir, 'b', 'deeper'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    for (const f of ['a.eml', 'b/x.txt', 'b/deeper/y.eml', 'b/logo.png', '.DS_Store', '.git/HEAD', 'notes.pdf', 'c.json']) writeFileSync(join(dir, f), 'x');
    expect([...walkFolder(dir)].map((p) => p.slice(dir.length + 1))).toEqual(['a.eml', 'b/deeper/y.eml', 'b/x.txt', 'c.json']);
  });
});

describe('mbox files', () => {
  it('reads an mbox of 1,000 bounces as 1,000 results, numbered, in order', async () => {
    const names = ['gmail.eml', 'postfix.eml', 'forwarded-bounce.eml', 'notes-because.eml'];
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const file = join(dir, 'bounces.mbox');
    writeFileSync(file, mbox(Array.from({ length: 1000 }, (_, i) => names[i % names.length] as string)));
    const { code, out } = await run(['diagnose', '--format', 'jsonl', file]);
    expect(code).toBe(0);
    const results = jsonl(out);
    expect(results).toHaveLength(1000);
    expect(results.map((r) => r.mboxMessage)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(results.every((r) => r.file === file && r.isBounce)).toBe(true);
    expect(results.slice(0, 4).map((r) => r.bounces[0].recipient)).toEqual(['olga@dest.example', 'nora@dest.example', 'jo@dest.example', expect.any(String)]);
    expect(results[996].bounces[0].recipient).toBe('olga@dest.example');
  });

  it('reads an mbox from standard input too, and undoes ">From " quoting in bodies', async () => {
    const quoted = Buffer.from('From: MAILER-DAEMON@mx.example\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mx.example.\n\n<kim@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)\n\n>From the original message: hello\n');
    const box = Buffer.concat([Buffer.from('From MAILER-DAEMON  Sat Jan  3 01:05:34 1996\n'), quoted, Buffer.from('\n'), mbox(['postfix.eml'])]);
    const { out } = await run(['diagnose', '--format', 'jsonl', '-'], box);
    const results = jsonl(out);
    expect(results.map((r) => [r.file, r.mboxMessage, r.bounces[0]?.recipient])).toEqual([
      ['-', 1, 'kim@dest.example'],
      ['-', 2, 'nora@dest.example'],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    writeFileSync(join(dir, 'q.mbox'), box);
    const [first] = [...mboxMessages(openSync(join(dir, 'q.mbox'), 'r'), 'q.mbox', 1 << 20)];
    expect(Buffer.from(first?.bytes ?? []).toString()).toContain('\nFrom the original message: hello');
  });

  it('streams an mbox in pieces: a message over the size limit gets an error in its place and the rest is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    const file = join(dir, 'big.mbox');
    const huge = Buffer.concat([Buffer.from('From: a@b.example\nSubject: x\n\n'), Buffer.alloc(3 << 20, 'y\n')]);
    writeFileSync(file, Buffer.concat([mbox(['gmail.eml']), Buffer.from('From x@y Sat Jan  3 01:05:34 1996\n'), huge, Buffer.from('\n\n'), mbox(['postfix.eml'])]));
    const fd = openSync(file, 'r');
    const got = [...mboxMessages(fd, file, 1 << 20)];
    expect(got.map((m) => [m.index, m.error ? 'error' : (m.bytes?.length ?? 0) > 0])).toEqual([
      [1, true],
      [2, 'error'],
      [3, true],
    ]);
    expect(got[1]?.error).toMatch(/message 2, is larger than 10 MB/);
    expect(() => closeSync(fd)).toThrow();
  });

  it('reads a single message saved with its "From " line as one result without a message number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    writeFileSync(join(dir, 'one.eml'), mbox(['gmail.eml']));
    const { out } = await run(['diagnose', '--format', 'jsonl', join(dir, 'one.eml')]);
    const [result, ...rest] = jsonl(out);
    expect(rest).toEqual([]);
    expect(result).not.toHaveProperty('mboxMessage');
    expect(result.bounces[0].recipient).toBe('olga@dest.example');
  });

  it('tells an mbox separator from a text that starts with "From"', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(looksLikeMbox(bytes('From MAILER-DAEMON Fri Jul  8 12:08:34 2011\nFrom: x'))).toBe(true);
    expect(looksLikeMbox(bytes('From bounce@example.com  Mon Dec  1 10:00:00 2025\n'))).toBe(true);
    expect(looksLikeMbox(bytes('From the server we got this:\n550 5.1.1 no such user\n'))).toBe(false);
    expect(looksLikeMbox(bytes('From: MAILER-DAEMON@x.example\n'))).toBe(false);
  });
});

describe('--format csv', () => {
  it('writes one row per failed recipient with the columns promised, errors on standard error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bd-'));
    writeFileSync(join(dir, 'empty.eml'), '');
    const { code, out, err } = await run(['diagnose', '--format', 'csv', join(fixtures, 'postfix-folded.txt'), join(fixtures, 'gmail.eml'), join(dir, 'empty.eml')]);
    expect(code).toBe(2);
    const rows = out.trim().split('\n');
    expect(rows[0]).toBe('file,message-id,recipient,code,enhanced,category,permanent,suppress,title');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^[^,]*postfix-folded\.txt,,chris@dest\.example,550,5\.1\.1,recipient-unknown,true,true,The address chris@dest\.example does not exist$/);
    expect(rows[3]).toContain(',<CAabc@mail.gmail.example>,olga@dest.example,550,5.1.1,recipient-unknown,true,true,');
    expect(err).toMatch(/empty\.eml: error: .*is empty/);
  });

  it('quotes cells that need it and never lets a cell become a spreadsheet formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("https://evil.example")')).toBe(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('line\nbreak\u001b[2J')).toBe('line break');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('bounce-doctor summary', () => {
  it('counts per category and receiving provider, lists the addresses to suppress and the sender-side problems first', async () => {
    const files = ['gmail.eml', 'gmail.eml', 'postfix.eml', 'exim.txt', 'postfix-folded.txt'].map((f) => join(fixtures, f));
    const { code, out } = await run(['summary', '--format', 'json', ...files, join(fixtures, '../not-bounces')]);
    expect(code).toBe(0);
    const s = JSON.parse(out);
    expect(s).toMatchObject({ inputs: 15, errors: 0, bounces: 5, delays: 0, notBounces: 10, failedRecipients: 6 });
    expect(s.categories).toEqual({ 'recipient-unknown': 3, 'content-policy': 1, 'ip-blocklist': 1, 'mailbox-full': 1 });
    expect(s.providers).toEqual({ 'other: dest.example': 3, 'Google (Gmail / Workspace)': 2, 'other: other.example': 1 });
    expect(s.suppress).toEqual(['chris@dest.example', 'olga@dest.example']);
    expect(s.senderProblems.map((p: { category: string; count: number }) => [p.category, p.count])).toEqual([
      ['content-policy', 1],
      ['ip-blocklist', 1],
    ]);
    expect(s.senderProblems[1].example).toMatch(/blocked using zen\.spamhaus\.org/);
    const text = await run(['summary', ...files]);
    expect(text.out).toMatch(/^5 inputs read: 5 bounces, 0 delay warnings, 0 messages that are not a bounce, 0 errors\.\n/);
    expect(text.out).toContain('Fix first — problems on your side (they affect every message you send):\n        1  The receiving server does not accept this kind of content');
    expect(text.out).toContain('        1  The receiving server is refusing mail from your server');
    expect(text.out).toContain('        1  The receiving server does not accept this kind of content or attachment [content-policy]\n');
    expect(text.out).toContain('Addresses to remove from your lists (2: they do not exist or are disabled):\n  chris@dest.example\n  olga@dest.example\n');
  });

  it('takes text or json only', async () => {
    const bad = await run(['summary', '--format', 'csv', join(fixtures, 'gmail.eml')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format takes text or json with summary/);
  });
});

describe('progress line', () => {
  it('appears on a terminal only after a second, at most ten times a second, and is erased at the end', () => {
    let t = 0;
    let err = '';
    const p = new Progress({ write: (s: string) => (err += s), isTTY: true }, true, () => t);
    p.tick(1);
    t = 999;
    p.tick(2);
    expect(err).toBe('');
    t = 1000;
    p.tick(3);
    t = 1050;
    p.tick(4);
    t = 1100;
    p.tick(1234);
    expect(err).toBe('\r\u001b[2Kbounce-doctor: 3 inputs read…\r\u001b[2Kbounce-doctor: 1,234 inputs read…');
    p.done();
    expect(err.endsWith('\r\u001b[2K')).toBe(true);
    let quiet = '';
    const notTty = new Progress({ write: (s: string) => (quiet += s), isTTY: false }, true, () => (t += 5000));
    notTty.tick(1);
    notTty.done();
    expect(quiet).toBe('');
  });
});
