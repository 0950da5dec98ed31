/**
 * Stray bytes, line endings and charsets (issue 13, item 3): "binary" by proportion, UTF-16 as text, CR-only / CRLF /
 * LF read the same in the CLI and in the popup's .eml drop, legacy charsets decoded, undeclared ones guessed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { guessCharset, decodeBytes } from '../../lib/engine/charsets';
import { readBounceBytes } from '../../lib/engine/input';
import type { BounceReport } from '../../lib/engine/types';
import { analyzeInput } from '../../lib/popup/analyze';
import { concatBytes, encodeLegacy } from '../helpers/legacy-encode';

const fixtures = join(__dirname, '../fixtures/bounces');
const fixtureNames = readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(?:eml|txt|json)$/.test(f))
  .sort();
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

/** What a reading says about the failure, without where it stood (spans differ with line ends by design). */
function facts(r: BounceReport | null) {
  if (!r) return null;
  return {
    kind: r.kind,
    format: r.format,
    recipients: r.recipients.map((x) => ({ ...x, replySpan: null })),
    subject: r.subject,
    original: r.original,
  };
}

/** The same text with LF, CRLF or CR-only line ends. */
function withLineEnds(bytes: Uint8Array, end: 'lf' | 'crlf' | 'cr'): Uint8Array {
  const lf: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (!(bytes[i] === 13 && bytes[i + 1] === 10)) lf.push(bytes[i] === 13 ? 10 : (bytes[i] as number));
  if (end === 'lf') return Uint8Array.from(lf);
  const out: number[] = [];
  for (const b of lf) {
    if (b === 10 && end === 'crlf') out.push(13, 10);
    else if (b === 10) out.push(13);
    else out.push(b);
  }
  return Uint8Array.from(out);
}

async function cli(bytes: Uint8Array) {
  let out = '';
  const stdin = (async function* () {
    yield bytes;
  })();
  const code = await main(['diagnose', '--format', 'jsonl', '-'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, stdin, env: {} });
  return { code, result: JSON.parse(out) };
}

describe('stray bytes', () => {
  it('reads a mail with one NUL at its end, dropping the NUL with a note (the CLI refused it as binary)', async () => {
    const bytes = concatBytes(fixture('postfix.eml'), new Uint8Array([0]));
    const r = await readBounceBytes(bytes);
    expect(r.isBounce).toBe(true);
    expect(r.recipients[0]?.recipient).toBe('nora@dest.example');
    expect(r.notes).toContain('1 control character (such as NUL) was removed; the rest was read.');
    const { code, result } = await cli(bytes);
    expect(code).toBe(0);
    expect(result.bounces[0].recipient).toBe('nora@dest.example');
  });

  it('drops a few control characters inside pasted text too, with a note', async () => {
    const text = new TextDecoder().decode(fixture('exim.txt')).replace('This message', 'This\u0000 message\u0008');
    const r = (await analyzeInput(text, 'paste')).report;
    expect(r?.recipients[0]?.recipient).toBe('erin@dest.example');
    expect(r?.notes).toContain('2 control characters (such as NUL) were removed; the rest was read.');
  });

  it('still refuses what is binary by proportion (an image, random bytes)', async () => {
    const png = new Uint8Array(4096).map((_, i) => (i * 37 + (i >> 3)) % 256);
    expect((await readBounceBytes(png)).notes.join(' ')).toMatch(/binary/);
    expect((await cli(png)).result.error).toMatch(/binary file/);
  });

  it('reads a paste whose reply was decoded in the wrong charset (replacement characters), and refuses one made of them', async () => {
    // A Chinese reply in GBK shown as UTF-8 by a PHP error page: its words are lost, its code and link are not.
    const garbled = 'Expected response code 235 but got code "535", with message "535 Error: \ufffd\ufffd\u02b9\ufffd\ufffd\ufffd\ufffd\u0228\ufffd\ufffd\ufffd\u00bc\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\u07ff\ufffd: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256"';
    const read = (await analyzeInput(garbled, 'paste')).report;
    expect(read?.recipients[0]).toMatchObject({ code: '535' });
    expect(read?.notes.join(' ')).not.toMatch(/binary/i);
    expect((await analyzeInput('\ufffd'.repeat(300) + ' 550 ' + '\ufffd'.repeat(300), 'paste')).error).toMatch(/binary/i);
  });

  it('reads the English lines under a notice whose Japanese lines a webmail could not decode (four in ten characters lost)', async () => {
    // A Japanese carrier's bilingual notice (Shift_JIS above, English below) shown with the Japanese lines undecoded.
    const lost = ['\ufffd'.repeat(40), '\ufffd'.repeat(30), '\ufffd'.repeat(40), '\ufffd'.repeat(36)].join('\n');
    const text = `${lost}\n\nEach of the following recipients was rejected by a remote\nmail server.\n\n    Recipient: <kim@dest.example>\n    >>> RCPT TO:<kim@dest.example>\n    <<< 550 <kim@dest.example>: User unknown\n`;
    expect((text.match(/\ufffd/g)?.length ?? 0) / text.length).toBeGreaterThan(0.35);
    const read = (await analyzeInput(text, 'paste')).report;
    expect(read?.recipients[0]).toMatchObject({ recipient: 'kim@dest.example', code: '550' });
  });

  it('reads UTF-16 text, with or without a byte-order mark, as text', async () => {
    const text = new TextDecoder().decode(fixture('exim.txt'));
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      le[2 + i * 2] = c & 0xff;
      le[3 + i * 2] = c >> 8;
      be[i * 2] = c >> 8;
      be[i * 2 + 1] = c & 0xff;
    }
    const expected = facts(await readBounceBytes(fixture('exim.txt')));
    expect(facts(await readBounceBytes(le))).toEqual(expected);
    expect(facts(await readBounceBytes(be))).toEqual(expected);
    expect(expected?.recipients[0]?.recipient).toBe('erin@dest.example');
  });
});

describe('line endings', () => {
  it.each(fixtureNames)('%s reads the same with LF, CRLF and CR-only line ends, in the CLI and in the popup', async (name) => {
    const bytes = fixture(name);
    const lf = facts(await readBounceBytes(withLineEnds(bytes, 'lf')));
    expect(facts(await readBounceBytes(withLineEnds(bytes, 'crlf')))).toEqual(lf);
    expect(facts(await readBounceBytes(withLineEnds(bytes, 'cr')))).toEqual(lf);
    // The popup's .eml drop (bytes) and its paste (text) agree with the CLI.
    expect(facts((await analyzeInput(withLineEnds(bytes, 'cr'), name)).report)).toEqual(lf);
    if (name.endsWith('.txt')) expect(facts((await analyzeInput(new TextDecoder().decode(withLineEnds(bytes, 'cr')), name)).report)).toEqual(lf);
  });

  it('reads a CR-only message dropped on the popup as the bounce it is (it said "No bounce found")', async () => {
    const a = await analyzeInput(withLineEnds(fixture('gmail.eml'), 'cr'), 'gmail.eml');
    expect(a.error).toBeNull();
    expect(a.report).toMatchObject({ isBounce: true, inputType: 'message' });
    expect(a.report?.recipients[0]).toMatchObject({ recipient: 'olga@dest.example', code: '550' });
  });
});

describe('charsets', () => {
  const JA = 'このアドレスは存在しません。メールを送信できませんでした。';
  const head = (contentType: string) =>
    `From: MAILER-DAEMON@mx.example\nTo: a@b.example\nSubject: Returned mail\nMIME-Version: 1.0\nContent-Type: ${contentType}\nContent-Transfer-Encoding: 8bit\n\n`;

  it.each(['shift_jis', 'euc-jp', 'iso-2022-jp'])('reads a Japanese notice in %s with no charset declared, without garbling the reply', async (label) => {
    const bytes = concatBytes(head('text/plain'), '<taro@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 ', encodeLegacy(JA, label), ' (in reply to RCPT TO command)\n');
    const r = await readBounceBytes(bytes);
    expect(r.recipients[0]).toMatchObject({ recipient: 'taro@dest.example', code: '550' });
    expect(r.recipients[0]?.reply).toContain(JA);
    // eslint-disable-next-line no-control-regex -- an ESC left in the reply is the fault
    expect(r.recipients[0]?.reply).not.toMatch(/[\ufffd\u001b]/);
  });

  it('reads EUC-JP declared as ISO-2022-JP (a carrier that labels its 8-bit text as 7-bit)', async () => {
    const bytes = concatBytes(head('text/plain; charset="ISO-2022-JP"'), '<hanako@dest.example>:\n550 5.1.1 ', encodeLegacy(JA, 'euc-jp'), '\n');
    const r = await readBounceBytes(bytes);
    expect(r.recipients[0]).toMatchObject({ recipient: 'hanako@dest.example', reply: `550 5.1.1 ${JA}` });
  });

  it('reads a Japanese text file (not a message) in Shift_JIS, as the CLI gets it', async () => {
    const bytes = concatBytes('The response from the remote server was:\n550 5.1.1 ', encodeLegacy(JA, 'shift_jis'), '\n');
    const { result } = await cli(bytes);
    expect(result.bounces[0].reply).toBe(`550 5.1.1 ${JA}`);
    expect(result.notes).toContain('The text does not say its character set; it was read as shift_jis.');
  });

  it('keeps an address whole in an undeclared Latin-1 body (it lost the letters before an umlaut)', async () => {
    const notice = encodeLegacy('Die Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: müller@dest.example\nGrund: 550 5.1.1 Benutzer unbekannt – bitte prüfen.\n', 'windows-1252');
    const r = await readBounceBytes(concatBytes(head('text/plain'), notice));
    expect(r.recipients.map((x) => [x.recipient, x.code])).toEqual([['müller@dest.example', '550']]);
    expect(JSON.stringify(r)).not.toContain('\ufffd');
  });

  it('decodes an encoded word labelled ISO-2022-JP that holds Shift_JIS (a returned subject)', async () => {
    const b64 = Buffer.from(encodeLegacy('緊急のお知らせ', 'shift_jis')).toString('base64');
    const raw = `${head('multipart/report; report-type=delivery-status; boundary=r')}--r\nContent-Type: text/plain\n\n<a@dest.example>: 550 5.1.1 unknown\n\n--r\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@dest.example\nAction: failed\nStatus: 5.1.1\n\n--r\nContent-Type: text/rfc822-headers\n\nSubject: =?ISO-2022-JP?B?${b64}?=\nFrom: me@sender.example\n\n--r--\n`;
    expect((await readBounceBytes(new TextEncoder().encode(raw))).original?.subject).toBe('緊急のお知らせ');
  });

  it.each([
    ['収件人地址不存在，邮件发送失败。请检查地址后重新发送。', 'gbk', 'gb18030'],
    ['收件人地址不存在，郵件發送失敗。請檢查地址後重新發送。', 'big5', 'big5'],
    ['수신자 주소가 존재하지 않습니다. 메일을 보낼 수 없습니다.', 'euc-kr', 'euc-kr'],
    ['Адрес получателя не существует. Письмо не доставлено.', 'koi8-r', 'koi8-r'],
    ['Адрес получателя не существует. Письмо не доставлено.', 'windows-1251', 'windows-1251'],
    ['Le destinataire est inconnu. Réessayez plus tard, s’il vous plaît.', 'windows-1252', 'windows-1252'],
    [JA, 'shift_jis', 'shift_jis'],
    [JA, 'euc-jp', 'euc-jp'],
  ])('guesses undeclared text "%s" in %s', (text, label, expected) => {
    const bytes = encodeLegacy(text, label);
    expect(guessCharset(bytes)).toBe(expected);
    expect(decodeBytes(bytes).text).toBe(text);
  });

  it('uses the declared charset when it fits the bytes, and guesses when it does not', () => {
    const koi = encodeLegacy('Письмо не доставлено', 'koi8-r');
    expect(decodeBytes(koi, 'koi8-r')).toEqual({ text: 'Письмо не доставлено', charset: 'koi8-r', guessed: false });
    expect(decodeBytes(encodeLegacy(JA, 'euc-jp'), 'iso-2022-jp')).toMatchObject({ text: JA, charset: 'euc-jp', guessed: true });
    expect(decodeBytes(new TextEncoder().encode('plain ascii'), 'x-unknown-charset')).toMatchObject({ text: 'plain ascii', guessed: true });
  });
});
