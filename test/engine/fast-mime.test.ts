/**
 * lib/node/fast-mime.ts, the CLI's and the benchmarks' MIME parser for the common shapes, against postal-mime (which
 * the extension uses, and the CLI falls back to): for every message it takes, the same headers, subject, text, HTML,
 * attachments (type and bytes) and part tree — on every fixture, every mail of the shared corpus (read where it lies,
 * skipped when absent) with LF and CRLF line ends, hand-written edge cases, and generated messages. The whole reader
 * gives the same reports with it and without it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime, { decodeWords } from 'postal-mime';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir } from '../../bench/corpus-data';
import { decodeBytes, decodeIso2022JpLeftovers } from '../../lib/engine/charsets';
import { readBounceBytes } from '../../lib/engine/input';
import { useQuickMime } from '../../lib/engine/mime-hook';
import { installFastMime, quickMime as parseQuick } from '../../lib/node/fast-mime';

/** Without or with the Latin-1 text the reader hands over (the same answer is expected either way). */
const quickMime = (bytes: Uint8Array, withLatin1 = false) => parseQuick(bytes, decodeWords, withLatin1 ? Buffer.from(bytes).toString('latin1') : undefined);

interface TreeNode {
  contentType?: { parsed?: { value?: string; params?: Record<string, string> }; multipart?: unknown };
  contentDisposition?: { parsed?: { value?: string } };
  content?: ArrayBuffer | null;
  childNodes?: TreeNode[];
}

const hex = (b: ArrayBuffer | Uint8Array | string) => (typeof b === 'string' ? `s:${b}` : Buffer.from(b instanceof ArrayBuffer ? new Uint8Array(b) : b).toString('hex'));
const tree = (n: TreeNode): unknown => ({
  type: n.contentType?.parsed?.value,
  charset: n.contentType?.parsed?.params?.charset,
  multipart: n.contentType?.multipart,
  disposition: n.contentDisposition?.parsed?.value,
  content: n.content ? hex(n.content) : null,
  children: (n.childNodes ?? []).map(tree),
});

type Parsed = NonNullable<ReturnType<typeof quickMime>>;
const view = (p: Parsed) => ({
  headers: p.email.headers.map((h) => [h.key, h.value]),
  subject: p.email.subject,
  text: p.email.text,
  html: p.email.html,
  // An attachment as the reader reads it (read-message.ts's contentAsText); the part tree below holds its bytes.
  attachments: p.email.attachments.map((a) => [a.mimeType, typeof a.content === 'string' ? a.content : decodeIso2022JpLeftovers(decodeBytes(new Uint8Array(a.content)).text)]),
  root: tree(p.root),
});

async function postal(bytes: Uint8Array): Promise<Parsed | null> {
  const parser = new PostalMime({ forceRfc822Attachments: true, maxNestingDepth: 64 });
  try {
    const email = await parser.parse(bytes);
    return { email, root: (parser as unknown as { root: TreeNode }).root };
  } catch {
    return null;
  }
}

/** The messages where the two parsers differ (quickMime may decline any message: null). */
async function differences(inputs: { name: string; bytes: Uint8Array }[]): Promise<{ taken: number; differ: string[] }> {
  let taken = 0;
  const differ: string[] = [];
  for (const { name, bytes } of inputs) {
    const quick = quickMime(bytes);
    if (!quick) continue;
    taken++;
    const slow = await postal(bytes);
    const withLatin1 = quickMime(bytes, true);
    if (!slow || !withLatin1 || JSON.stringify(view(quick)) !== JSON.stringify(view(slow)) || JSON.stringify(view(withLatin1)) !== JSON.stringify(view(slow))) differ.push(name);
  }
  return { taken, differ };
}

const enc = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
const fixtures = walk(join(__dirname, '../fixtures')).sort().map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(f)) }));
const corpus = join(corpusDir(), 'eml');
const corpusMails = existsSync(corpus)
  ? readdirSync(corpus)
      .filter((f) => f.endsWith('.eml'))
      .flatMap((f) => {
        const bytes = new Uint8Array(readFileSync(join(corpus, f)));
        const lf = Buffer.from(bytes).toString('latin1').replace(/\r\n/g, '\n');
        return [
          { name: f, bytes: enc(lf) },
          { name: `${f} (CRLF)`, bytes: enc(lf.replace(/\n/g, '\r\n')) },
        ];
      })
  : [];

const head = (type: string, extra = '') => `From: MAILER-DAEMON@example.org\r\nTo: pat@example.com\r\nSubject: =?utf-8?q?Undelivered_Mail_Returned?=\r\nMIME-Version: 1.0\r\nContent-Type: ${type}\r\n${extra}\r\n`;

/** Hand-written messages, each at one of postal-mime's rules. */
const EDGE_CASES: Record<string, string> = {
  'base64 padded on every line':
    head('multipart/report; report-type=delivery-status; boundary="b1"') +
    '--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8=\r\nV29ybGQ=\r\nIQ\r\n--b1\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; pat@example.com\r\nStatus: 5.1.1\r\n--b1--\r\n',
  'base64 with junk, a lone trailing character and 8-bit bytes':
    head('text/plain; charset=utf-8', 'Content-Transfer-Encoding: BASE64\r\n') + 'SGVs*bG8g\xe9V29y\r\nbGQ\r\nx\r\n',
  'quoted-printable: soft breaks, bad escapes, = near the end':
    head('text/plain; charset="iso-8859-1"', 'Content-Transfer-Encoding: quoted-printable\r\n') + 'caf=E9 =ZZ ok=\r\nsoft=3d=3D=\r\nend =4\r\n=\r\nlast=',
  'boundary with trailing blanks, a look-alike line and no terminator':
    head('multipart/mixed; boundary=abc') + 'preamble\r\n--abc \t\r\nContent-Type: text/plain\r\n\r\none\r\n--abcd\r\n--abc-x\r\n--abc\r\n\r\ntwo (no headers)\r\n',
  'nested multiparts closed by the outer boundary':
    head('multipart/mixed; boundary="outer"') +
    '--outer\r\nContent-Type: multipart/alternative; boundary="inner"\r\n\r\n--inner\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nplain\r\n--inner\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--outer\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\nFrom: pat@example.com\r\nSubject: hi\r\n\r\nbody\r\n--outer--\r\nepilogue\r\n',
  'folded and duplicated headers, a line with no colon, a bare CR, 8-bit header bytes':
    'From: "M\xc3\xa4iler" <m@example.org>\r\nSubject: one\r\n\ttwo\r\n  three\r\nno colon here\r\nContent-Type: text/plain;\r\n charset=utf-8\r\nContent-Type: text/html\r\nX-Odd: a\rb\r\n\r\nbody \xe2\x80\x94 text\r\n',
  'header block never ended by a blank line': head('multipart/mixed; boundary=z') + '--z\r\nContent-Type: text/plain\r\n--z\r\nContent-Type: message/delivery-status\r\nStatus: 5.0.0\r\n--z--',
  'empty parameters, empty Content-Type, attachment disposition':
    head('multipart/mixed; boundary=q;') + '--q\r\nContent-Type:\r\n\r\nx\r\n--q\r\nContent-Type: text/plain; name=""\r\nContent-Disposition: ATTACHMENT; filename=r.txt\r\n\r\nnot inline\r\n--q--\r\n',
  'attachments in ISO-2022-JP (base64, a stretch over two lines), Latin-1 and UTF-8':
    head('multipart/mixed; boundary=j') +
    '--j\r\nContent-Type: message/delivery-status\r\nContent-Transfer-Encoding: base64\r\n\r\nU3RhdHVzOiA1LjEuMQ0KWC1Ob3RlOiAbJEIlYSE8DQolaxsoQg0K\r\n--j\r\nContent-Type: text/rfc822-headers\r\n\r\nSubject: caf\xe9\r\n--j\r\nContent-Type: message/rfc822\r\n\r\nSubject: caf\xc3\xa9 \x1b$B%a\x1b(B\r\n--j--\r\n',
  'CR-heavy line ends': head('text/plain').replace(/\r\n/g, '\r\r\n') + 'line\r\r\r\nline2\n\r\n',
  'text in a Japanese charset': head('text/plain; charset=ISO-2022-JP', 'Content-Transfer-Encoding: 7bit\r\n') + '\x1b$B%a!<%k\x1b(B\r\n',
  'two plain parts, one of them in an alternative with no HTML':
    head('multipart/mixed; boundary=m') + '--m\r\nContent-Type: text/plain\r\n\r\nfirst\r\n--m\r\nContent-Type: multipart/alternative; boundary=n\r\n\r\n--n\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--n\r\nContent-Type: text/plain\r\n\r\nthird\r\n--n--\r\n--m--\r\n',
};

/** Messages it leaves to postal-mime: null, never a different answer. */
const DECLINED: Record<string, string> = {
  'a comment in Content-Type': head('text/plain (comment); charset=utf-8') + 'x\r\n',
  'RFC 2231 parameter sections': head("multipart/mixed; boundary*0=ab; boundary*1=c") + '--abc\r\n\r\nx\r\n--abc--\r\n',
  'an escape in a quoted parameter': head('text/plain; charset="utf\\-8"') + 'x\r\n',
  'flowed text': head('text/plain; format=flowed') + 'soft \r\nwrapped\r\n',
  'a charset label outside the list': head('text/plain; charset=x-unknown-thing') + 'x\r\n',
  'multipart/digest': head('multipart/digest; boundary=d') + '--d\r\n\r\nFrom: a@b\r\n\r\nx\r\n--d--\r\n',
  'HTML in one part, plain text in another': head('multipart/mixed; boundary=h') + '--h\r\nContent-Type: text/html\r\n\r\n<p>a</p>\r\n--h\r\nContent-Type: text/plain\r\n\r\nb\r\n--h--\r\n',
  'a plain part beside an alternative of plain and HTML':
    head('multipart/mixed; boundary=m') + '--m\r\nContent-Type: text/plain\r\n\r\nfirst\r\n--m\r\nContent-Type: multipart/alternative; boundary=n\r\n\r\n--n\r\nContent-Type: text/plain\r\n\r\nsecond\r\n--n\r\nContent-Type: text/html\r\n\r\n<b>second</b>\r\n--n--\r\n--m--\r\n',
  'a calendar part': head('multipart/mixed; boundary=c') + '--c\r\nContent-Type: text/calendar; method=request\r\n\r\nBEGIN:VCALENDAR\r\n--c--\r\n',
};

describe('fast MIME parser (lib/node/fast-mime.ts)', () => {
  it('gives postal-mime’s answer on every fixture it takes, and takes most of them', async () => {
    const { taken, differ } = await differences(fixtures);
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(fixtures.length * 0.8);
  });

  it.skipIf(corpusMails.length === 0)('gives postal-mime’s answer on every shared-corpus mail it takes (LF and CRLF), and takes most of them', async () => {
    const { taken, differ } = await differences(corpusMails);
    expect(differ).toEqual([]);
    expect(taken).toBeGreaterThan(corpusMails.length * 0.85);
  }, 60_000);

  it('gives postal-mime’s answer at each rule: transfer encodings, boundaries, folding, charsets, text parts', async () => {
    const inputs = Object.entries(EDGE_CASES).map(([name, text]) => ({ name, bytes: enc(text) }));
    const { differ } = await differences(inputs);
    expect(differ).toEqual([]);
    expect(inputs.filter((m) => quickMime(m.bytes) === null).map((m) => m.name)).toEqual([]);
  });

  it('leaves the shapes it does not know to postal-mime', () => {
    for (const [name, text] of Object.entries(DECLINED)) expect(quickMime(enc(text)), name).toBeNull();
  });

  it('gives postal-mime’s answer on generated messages built of MIME’s troublesome pieces', async () => {
    const line = fc.constantFrom(
      'Content-Type: multipart/mixed; boundary=b1',
      'Content-Type: multipart/alternative; boundary="b2"',
      'Content-Type: multipart/report; boundary=b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Type: text/html; charset=iso-8859-1',
      'Content-Type: message/delivery-status',
      'Content-Type: message/rfc822',
      'Content-Type:',
      'Content-Disposition: attachment',
      'Content-Transfer-Encoding: base64',
      'Content-Transfer-Encoding: quoted-printable',
      'Subject: =?iso-8859-1?q?caf=E9?=',
      ' folded',
      '\tfolded',
      'no colon',
      '',
      '',
      '--b1',
      '--b1--',
      '--b1 ',
      '--b2',
      '--b2--',
      '--b1x',
      'SGVsbG8gd29ybGQ=',
      'QUJD',
      'QQ==QUI=',
      'soft=',
      'a=3D=e9=G1=',
      '=',
      'caf\xe9 \xc3\xa9',
      '\x1b$B%a!<%k\x1b(B',
      'x\ry',
      'Final-Recipient: rfc822; pat@example.com',
    );
    const eol = fc.constantFrom('\n', '\r\n', '\r\r\n');
    const message = fc.array(fc.tuple(line, eol), { minLength: 1, maxLength: 40 }).map((lines) => enc(`From: a@example.org\nSubject: t\n${lines.map(([l, e]) => l + e).join('')}`));
    await fc.assert(
      fc.asyncProperty(message, async (bytes) => {
        const quick = quickMime(bytes);
        if (!quick) return;
        const slow = await postal(bytes);
        expect(slow).not.toBeNull();
        expect(view(quick)).toEqual(view(slow as Parsed));
        expect(view(quickMime(bytes, true) as Parsed)).toEqual(view(slow as Parsed));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('leaves every report of the reader unchanged (fixtures and corpus)', async () => {
    const inputs = [...fixtures, ...corpusMails.filter((m) => !m.name.endsWith('(CRLF)'))];
    const read = async () => Promise.all(inputs.map(async (m) => JSON.stringify(await readBounceBytes(m.bytes))));
    useQuickMime(null);
    const without = await read();
    installFastMime();
    const withIt = await read();
    expect(withIt.filter((r, i) => r !== without[i])).toEqual([]);
  }, 60_000);

  afterAll(() => useQuickMime(null));
});
