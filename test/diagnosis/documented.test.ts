/**
 * A paste with no SMTP code is read as a reply when it quotes a documented delivery-failure reply of the knowledge
 * tables (lib/diagnosis/documented.ts), in the popup and the CLI as in the benchmarks; prose about email stays prose.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';
import { analyzeInput } from '../../lib/popup/analyze';

// Published texts with no code and none of the reader's own failure words (Postfix's null-MX "does not accept mail
// (nullMX)" was one until "does not accept" beside "mail" became a failure word of the reader's own): Oracle/Sun
// Messaging Server's "Illegal host/domain name found",
// Postgrey's greylisting reply, Postfix's reject_unknown_client_hostname and reject_non_fqdn_helo_hostname replies.
const DOCUMENTED: [string, string][] = [
  ['Recipient address: bob@example.jp Reason: Illegal host/domain name found', 'recipient-domain'],
  ['Greylisted, see http://postgrey.schweikert.ch/help/example.com.html', 'greylisting'],
  ['Client host rejected: cannot find your hostname', 'ptr'],
  ['Helo command rejected: need fully-qualified hostname', 'ptr'],
  // A line that is one clause of a general rule's pattern (a DNS failure however worded), not a topic of prose.
  ['Hostname cannot be resolved', 'network'],
  // A line that says what became of the address in a rule's two words ("is disabled"): a recipient's state, not a topic.
  ['User kim is disabled', 'mailbox-disabled'],
  ['Quota exceed the hard limit for user kim', 'mailbox-full'],
  // Postfix's SMTP client bouncing a message that needs SMTPUTF8 to a next hop that does not offer it (smtp_proto.c),
  // pasted with the status it carries in front and a colon after it.
  ['5.6.7: SMTPUTF8 is required, but was not offered by host.', 'message-format'],
  // One line a program labelled as its error: a rule's two words in it are its cause ("bare <LF>": a line ending the
  // SMTP smuggling fixes refuse), not a topic.
  ['Error: bare <LF> received', 'message-format'],
  // …in the languages of issue 12, as PHPMailer's language files label their errors ("Erro de SMTP:", "Błąd SMTP:",
  // "SMTP 错误："), the label bare or with "SMTP", the operating system's own words after it.
  ['Erro: Falha ao conectar ao servidor: Conexão recusada (111)', 'network'],
  ['ERRO SMTP: Falha ao conectar ao servidor: Conexão recusada (111)', 'network'],
  ['Errore: connessione rifiutata', 'network'],
  ['Błąd SMTP: połączenie odrzucone', 'network'],
  ['Ошибка: соединение отклонено', 'network'],
  ['SMTP 错误：连接被拒绝', 'network'],
  // …or one that says the step a rule's two words name failed (Gmail's "send mail as" notice, its reply line alone).
  ["TLS Negotiation failed, the certificate doesn't match the host.", 'tls-required'],
];

// Paragraphs an administrator or a user might select that talk about mail without reporting a failure: each uses a
// general rule's two-word phrase ("mx record", "dmarc policy", "reverse dns") or a mechanism's name.
const PROSE = [
  'DMARC policy set to quarantine for example.com, reports go to dmarc@example.com.',
  'We moved the company domain to Microsoft 365 last week; MX records now point to Exchange Online.',
  'How do I configure postfix to reject mail from senders without reverse DNS? I tried reject_unknown_client_hostname.',
  'To set up SPF, add a TXT record to your domain that lists the servers allowed to send for it.',
  'The DKIM selector for the new domain is s1; publish the public key as a TXT record.',
  'Meeting notes: discussed the certificate renewal, TLS settings and the new anti-spam filter.',
  'Our marketing emails are sent through SendGrid with a dedicated IP address and warmed-up reputation.',
  // A rule's two words on a line labelled otherwise than as an error, or after "error:" in the middle of prose.
  'Info: a bare LF is a line feed without a carriage return before it.',
  // The same words in Portuguese under a heading that is not an error's label.
  'Dica: conexão recusada quer dizer que nada escuta na porta.',
  // A negation before a rule's two words is no failure of theirs.
  'We have not set a DMARC policy yet, and the connection limit is the default.',
  'The tutorial covers error: handling of a bare LF in scripts and how editors write line endings.',
  // The same words in a paragraph longer than one reply: a topic.
  'This chapter walks through a TLS handshake step by step, and shows what an administrator sees in the logs when the TLS negotiation failed because of an old cipher list, so that you can recognise the pattern on your own servers.',
  // A long paragraph that uses a rule's clause as a topic: only a line as short as one reply reads it as one.
  'In this guide we explain what to do when your hostname cannot be resolved by other servers: check the A record, the PTR record and the resolver configuration of the machine, then wait for the TTL to expire before testing again.',
];

const withKnowledge = (text: string) => readPastedText(text, { documented: isDocumentedFailure });

describe('a paste that quotes a documented reply with no code', () => {
  for (const [text, category] of DOCUMENTED) {
    it(`is read as a bounce and diagnosed: ${text}`, () => {
      // The reader alone does not know it: the knowledge is what makes it a bounce.
      expect(readPastedText(text).isBounce).toBe(false);
      const report = withKnowledge(text);
      expect(report.isBounce).toBe(true);
      expect(report.notes).toContain('The text gives no SMTP reply code; the reason is read from its words only.');
      expect(diagnoseReport(report)[0]?.category).toBe(category);
    });
  }

  it("is read by the reader alone when a program's name says it is about mail, and diagnosed by the knowledge", () => {
    // A limit reached, said by Courier's esmtpd refusing one more connection: the daemon's name is a word about mail
    // (MAIL_CONTEXT), so the reader takes it without the knowledge; the rule's two words say what it is.
    const text = 'esmtpd-ssl: Maximum connection limit reached';
    expect(readPastedText(text).isBounce).toBe(true);
    expect(diagnoseReport(withKnowledge(text))[0]?.category).toBe('rate-limit');
  });

  it('is read so in the popup (paste and right-click) and by the CLI', async () => {
    const [text, category] = DOCUMENTED[0] as [string, string];
    const popup = await analyzeInput(text, 'paste');
    expect(popup.diagnoses[0]?.category).toBe(category);
    let out = '';
    const io = {
      stdout: { write: (s: string) => ((out += s), true), isTTY: false },
      stderr: { write: () => true },
      stdin: (async function* () {
        yield Buffer.from(text);
      })(),
      env: {},
    };
    expect(await main(['diagnose', '--format', 'jsonl', '-'], io)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ isBounce: true, bounces: [{ recipient: 'bob@example.jp', category }] });
    expect(popup.report?.recipients[0]?.recipient).toBe('bob@example.jp');
  });
});

describe('which paragraph of a paste with no code is the reply', () => {
  it("the one that names a cause, not the notice's title or its opening sentence", () => {
    // A notice after the iPlanet layout whose recipient line the reader cannot take (a placeholder in the address).
    const text = [
      'Subject: Mail System Error - Returned Mail',
      '',
      'This Message was undeliverable due to the following reason:',
      '',
      'Recipient: <kim@dest▲example>',
      'Reason: < kim@dest▲example > ...User unknown',
    ].join('\n');
    const report = withKnowledge(text);
    expect(report.recipients[0]?.reply).toContain('User unknown');
    expect(diagnoseReport(report)[0]?.category).toBe('recipient-unknown');
  });
  it('in Japanese and Chinese too, where a cause is written without spaces (three characters weigh as a word)', () => {
    const text = ['以下の受信者にメールを配信できません :', '', "' <pat@example.jp>' 2024/01/01 10:00", '無効な受信者'].join('\n');
    const report = withKnowledge(text);
    expect(report.recipients[0]?.reply).toContain('無効な受信者');
    expect(diagnoseReport(report)[0]?.category).toBe('recipient-unknown');
  });
});

describe('documented texts that are symptoms for the scoring', () => {
  it("still quote a failure reply (RFC 5321's default texts, Sendmail's \"Can't create output\"); a rule's symptom words do not", () => {
    expect(isDocumentedFailure('The following recipient(s) cannot be reached: Bad sequence of commands')).toBe(true);
    expect(isDocumentedFailure("Local mailer said: Can't create output")).toBe(true);
    expect(isDocumentedFailure('The upload was rate limited.')).toBe(false);
  });
});

describe('prose about email stays prose with the knowledge', () => {
  for (const text of PROSE) {
    it(text.slice(0, 60), () => {
      expect(isDocumentedFailure(text)).toBe(false);
      expect(withKnowledge(text).isBounce).toBe(false);
    });
  }
  const dir = join(__dirname, '../fixtures/not-bounces');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    it(`not-bounces/${file}`, () => {
      const report = withKnowledge(readFileSync(join(dir, file), 'utf8'));
      expect(report.isBounce).toBe(false);
      expect(report.recipients).toEqual([]);
    });
  }
});

describe('a documented phrase that is only a predicate ("does not exist")', () => {
  it('quotes a failure where the text names what a mail goes to, and not in prose about anything else', () => {
    for (const text of ['Throws an error if the resolved path does not exist in the filesystem.', 'The config directory is created if it doesn\'t exist.', "Adds an extension to a module ID if one does not exist."]) {
      expect(isDocumentedFailure(text), text).toBe(false);
      expect(withKnowledge(text).isBounce, text).toBe(false);
    }
    expect(isDocumentedFailure('The recipient does not exist.')).toBe(true);
    expect(isDocumentedFailure("local server don't exists that user")).toBe(true);
  });
});

describe('a phrase that is only the names of mechanisms joined ("SPF and DKIM")', () => {
  it('quotes no failure in prose about email, and a paragraph of it above a bounce is not taken for the reply', () => {
    expect(isDocumentedFailure('SPF and DKIM both pass according to MXToolbox.')).toBe(false);
    expect(withKnowledge('SPF and DKIM both pass according to MXToolbox.').isBounce).toBe(false);
    const d = diagnoseReport(withKnowledge('SPF and DKIM both pass according to MXToolbox.\n\n550 no mailbox by that name is currently available'))[0];
    expect(d?.category).toBe('recipient-unknown');
    // In a reply the words still name what failed.
    expect(diagnoseReport(withKnowledge('550 5.7.26 The sender must authenticate with at least one of SPF or DKIM.'))[0]?.category).toBe('unauthenticated');
  });
});

describe("the registry's titles for the protocol's own faults ('Syntax error', 'Invalid command')", () => {
  it('quote no mail failure in a text with no code or status: every parser has them', () => {
    for (const text of ['When encountering a syntax error, the parser will raise a', "console.error('Invalid command: %s', cli.args.join(' '))"]) {
      expect(isDocumentedFailure(text), text).toBe(false);
      expect(withKnowledge(text).isBounce, text).toBe(false);
    }
    // With a reply code they are a server's reply, and "Too many recipients" is about mail by itself.
    expect(withKnowledge('500 5.5.2 Syntax error, command unrecognized').isBounce).toBe(true);
    expect(isDocumentedFailure('Too many recipients')).toBe(true);
  });
});

describe("a documented phrase that is a host name or an address path (a blocklist's lookup page)", () => {
  it('quotes a failure by itself, as a token does', () => {
    expect(isDocumentedFailure('spamcop.example.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.10')).toBe(true);
    const d = diagnoseReport(readPastedText('spamcop.example.org Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.10', { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('ip-blocklist');
  });
});

describe("a provider's own token (its table in lib/diagnosis/providers) quotes a failure by itself", () => {
  it("Microsoft's (S3150), Yahoo's [TSS04], Orange's OFR_101: each names its cause", () => {
    expect(isDocumentedFailure('Unfortunately, messages from [192.0.2.7] were not sent (S3150).')).toBe(true);
    expect(isDocumentedFailure('Messages from 192.0.2.7 temporarily deferred [TSS04]')).toBe(true);
    expect(isDocumentedFailure('Connection refused, see OFR_101')).toBe(true);
  });
  it("Google Groups' notice in the sender's language, known by the help link it ends on, is read and diagnosed", () => {
    // Google Groups writes its notice in the sender's language and closes it with its help link.
    const notice = 'Hola, pat@example.org:\n\nEl grupo al que escribiste (equipo) quizá no exista, o no tienes permiso para publicar en él.\n\nSi tienes preguntas sobre este u otro grupo de Google, visita https://groups.google.com/support/.\n\nGracias,\n\nGoogle Groups';
    const d = diagnoseReport(readPastedText(notice, { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('recipient-policy');
  });
  it('prose that only mentions the provider does not', () => {
    expect(isDocumentedFailure('We moved our newsletter to Google Groups last year.')).toBe(false);
  });
});
