/**
 * The words of the person who pasted a bounce, around it (lib/engine/persons.ts): a greeting, a question, a closing,
 * what they tried, what their setup is. Read through the paste reader, as the product reads a paste: none of it may
 * become the bounce's reply or reason.
 */
import { describe, expect, it } from 'vitest';
import { readPastedText } from '../../lib/engine/read';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { undoubled } from '../../lib/engine/undisguise';
import { personsHead, personsTail } from '../../lib/engine/persons';

describe("the words of whoever pasted a bounce, after it, are theirs and not the bounce's", () => {
  const around = (bounce: string) =>
    `Hi all,\n\nSince yesterday our newsletter bounces for some recipients. This is what comes back:\n\n${bounce}\n\nWe checked SPF and DKIM and both pass, and our IP is not on any blacklist. What else could it be?`;

  it('leaves what they checked and asked out of the reply, whatever reads it (a reply, a quoted string, a notice)', () => {
    const coded = readPastedText(around('554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.')).recipients[0];
    expect(coded?.reply).toBe('554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.');
    const open = readPastedText(around('Expected response code 250 but got code "530", with message "530 5.7.1 Authentication required')).recipients[0];
    expect(open?.reply).toBe('530 5.7.1 Authentication required');
    const notice = readPastedText(around('Delivery to the following recipients failed permanently:\n\n     ann@dest.example\n\nTechnical details of permanent failure:\nThe email account that you tried to reach is disabled.'));
    for (const r of notice.recipients) expect(`${r.reply ?? ''} ${r.statedReason ?? ''}`).not.toMatch(/SPF and DKIM|What else/);
    // Quoted in a mail reply, their words unquoted under it: the quote is still read as a whole.
    const quoted = '> 550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown in virtual mailbox table\n\nI tried twice. Any idea why?';
    expect(readPastedText(quoted).recipients[0]).toMatchObject({ recipient: 'ann@dest.example', reply: '550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown in virtual mailbox table' });
  });

  it('leaves a statement of theirs under the bounce out too, with no question in it', () => {
    const ours = '\n\nOur SPF record is v=spf1 include:_spf.example.net ~all and DKIM is enabled in the admin console.';
    // A reply's line that ends a sentence on a word: the capital after the empty line opens a paragraph of theirs.
    expect(readPastedText(`550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown${ours}`).recipients[0]?.reply).toBe('550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown');
    // A port at the end of the reply is no code whose words follow.
    expect(readPastedText(`550 SMTP AUTH is required for message submission on port 587${ours}`).recipients[0]?.reply).toBe('550 SMTP AUTH is required for message submission on port 587');
    // A message quoted by Symfony or Swift Mailer whose closing quote the paste lost ends at the empty line.
    expect(readPastedText(`Expected response code 250 but got code "530", with message "530 5.7.1 Authentication required${ours}`).recipients[0]?.reply).toBe('530 5.7.1 Authentication required');
    // What they say of their DNS records is theirs on any line ("Our SPF record is …" never opens a server's reply).
    expect(readPastedText('552-5.7.0 Our system detected an illegal attachment on your message\n\nOur SPF record is v=spf1 -all').recipients[0]?.reply).toBe('552 5.7.0 Our system detected an illegal attachment on your message');
    // A program's file and line number before a colon introduce no paragraph as a reason.
    const openssl = '140327535802304:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../ssl/record/ssl3_record.c:332:';
    const setup = `${openssl}\n\nThe domain is hosted at GoDaddy and we send through Office 365 with an SPF include, DKIM signing on.`;
    for (const r of readPastedText(setup).recipients) expect(`${r.reply ?? ''} ${r.statedReason ?? ''}`).not.toMatch(/GoDaddy/);
    // A port at the end of a client's message is no code whose words follow after the empty line (JavaMail's "port: 465").
    // (Its two lines are not one double-spaced line break apart: the empty line between them is the text's own.)
    expect(undoubled('javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465\n\nThe domain is hosted at our registrar.')).toBeNull();
    expect(undoubled('Error: connection failed, port=587\n\nThe domain is hosted at our registrar.')).toBeNull();
    // A reply's code at the end of a line still has its words after the empty line.
    expect(undoubled('host mx.dest.example said: 550\n\nRequested action not taken: mailbox unavailable')).not.toBeNull();
    // …while a reply's line broken off on a colon, and a code alone, still go on after an empty line.
    expect(readPastedText('550 5.4.1 Recipient address rejected:\n\nAccess denied. AS(201806281)').recipients[0]?.reply).toBe('550 5.4.1 Recipient address rejected: Access denied. AS(201806281)');
    expect(readPastedText('Expected response code 250 but got code "550", with message "550 \n\n5.7.1 Command rejected\n\n"').recipients[0]?.reply).toMatch(/^550 5\.7\.1 Command rejected/);
  });

  it('leaves out a last paragraph in which they say what their own setup is, a code-less notice above it or not', () => {
    // In the first person, speaking to no one, with no code, status, address or word of a failure in it.
    const setup = '\n\nMy mail server is Exim 4.96 on a VPS with a static IP; we relay the newsletter through Brevo with DKIM signing on.';
    const notice = readPastedText(`Delivery to the following recipient failed permanently:\n\n     ann@dest.example${setup}`);
    expect(notice.recipients[0]?.recipient).toBe('ann@dest.example');
    for (const r of notice.recipients) expect(`${r.reply ?? ''} ${r.statedReason ?? ''}`).not.toMatch(/Exim|Brevo|DKIM/);
    expect(readPastedText(`550 SPF: 192.0.2.1 is not allowed to send mail from${setup}`).recipients[0]?.reply).toBe('550 SPF: 192.0.2.1 is not allowed to send mail from');
    // …in a Windows file's CR LF lines too.
    const crlf = readPastedText(`Delivery to the following recipient failed permanently:\n\n     ann@dest.example${setup}\n`.replace(/\n/g, '\r\n'));
    for (const r of crlf.recipients) expect(`${r.reply ?? ''} ${r.statedReason ?? ''}`).not.toMatch(/Exim|Brevo|DKIM/);
  });

  it('leaves out a first paragraph in which they say what their setup is, when a bounce follows it', () => {
    const head = 'We run Postfix on Ubuntu and relay through a smarthost with DKIM signing on. This comes back for one recipient:\n\n';
    const pasted = `${head}550 5.7.1 <ann@dest.example>: Relay access denied`;
    const r = readPastedText(pasted).recipients[0];
    expect(r?.reply).toBe('550 5.7.1 <ann@dest.example>: Relay access denied');
    // Its spans still point into the paste as given.
    expect(pasted.slice(r?.replySpan?.start, r?.replySpan?.end)).toBe('550 5.7.1 <ann@dest.example>: Relay access denied');
    const text = `${head}Delivery to the following recipient failed permanently:\n\n     ann@dest.example`;
    const notice = readPastedText(text);
    expect(notice.recipients[0]?.recipient).toBe('ann@dest.example');
    for (const x of notice.recipients) expect(`${x.reply ?? ''} ${x.statedReason ?? ''}`).not.toMatch(/Postfix|DKIM/);
    // …or a line of theirs right above it, ended as a sentence is.
    const line = readPastedText('We run Postfix and relay through a smarthost with DKIM signing on. It says:\n550 5.7.1 Relay access denied').recipients[0];
    expect(line?.reply).toBe('550 5.7.1 Relay access denied');
    // A reply's own first person broken by a margin is the reply's (qmail's "sorry, that domain isn't in my list…").
    expect(readPastedText('msg="sorry, that domain isn\'t in my list of allowed\nrcpthosts (#5.7.1)"').recipients[0]?.reply).toMatch(/allowed rcpthosts/);
    expect(readPastedText('sorry, that domain isn\'t in my list of allowed\n\nrcpthosts (#5.7.1)').recipients[0]?.reply ?? '').not.toBe('rcpthosts (#5.7.1)');
    // Above a code-less reply that quotes a documented text (the paste reader's own test of one): theirs as well.
    const documented = readPastedText('We relay through our own Postfix with DKIM signing on. It says:\nError: bare <LF> received', { documented: isDocumentedFailure });
    expect(documented.recipients[0]?.reply ?? documented.recipients[0]?.statedReason).toBe('Error: bare <LF> received');
    // …looked for in the paragraph right after theirs: an automatic reply's first paragraph stays its own, whatever a
    // paragraph further down names.
    const away = 'I will be out of the office starting 01/07 and will not return until 01/19.\n\nI will respond to your message when I return.\n\nWe have SPF and DKIM set up for our domain.';
    expect(readPastedText(away, { documented: isDocumentedFailure }).kind).toBe('auto-reply');
    // An automatic reply's first person is all of it: an address after it is no bounce.
    expect(readPastedText('I am away until Monday and will read my mail when I return.\n\nFor urgent matters write to pat@example.org.').kind).toBe('auto-reply');
  });

  it('leaves out a line right under the bounce in which they say what they run, use or send with', () => {
    const reason = (text: string) => readPastedText(text).recipients.map((r) => `${r.reply ?? ''} ${r.statedReason ?? ''}`).join(' ');
    expect(reason('550 5.7.1 Message rejected due to content restrictions\nMy server runs Exim with DKIM signing and an SPF record.')).not.toMatch(/Exim|DKIM/);
    expect(reason('Delivery to the following recipient failed permanently:\n     ann@dest.example\nWe switched our DNS to Cloudflare and our DMARC policy is p=none.')).not.toMatch(/Cloudflare|DMARC/);
    // Under a code-less reply that quotes a documented text (the paste reader's own test of one): theirs as well.
    const documented = readPastedText('Error: bare <LF> received\nMy server runs Exim with DKIM signing on.', { documented: isDocumentedFailure });
    expect(documented.recipients[0]?.reply ?? documented.recipients[0]?.statedReason).toBe('Error: bare <LF> received');
    // A server's last line in its first person says what it did with the message: the reply's.
    expect(reason('Delivery to the following recipient failed permanently:\n     ann@dest.example\nOur policy is to accept no executable attachments.')).toMatch(/Our policy/);
    expect(reason('Hi. This is the qmail-send program at dest.example.\n<ann@dest.example>:\nSorry, no mailbox here by that name. (#5.1.1)\nThis is a permanent error; I\'ve given up.')).toMatch(/no mailbox here/);
    // A line that goes on with the reply's sentence in lower case is the reply's.
    expect(reason('550 5.7.1 Rejected because\nour records show the sender is not allowed.')).toMatch(/our records show/);
  });

  it("keeps a last paragraph that is the server's: it speaks to the sender, says what failed, or follows no bounce", () => {
    const reason = (text: string) => readPastedText(text).recipients.map((r) => `${r.reply ?? ''} ${r.statedReason ?? ''}`).join(' ');
    // Gmail's own first person, saying what failed.
    expect(reason('There was a temporary problem delivering your message to ann@dest.example.\n\nThe response was:\n\nThe recipient server did not accept our requests to connect.')).toMatch(/did not accept our requests to connect/);
    // A server's first person speaks to the sender.
    expect(reason('Delivery to the following recipient failed permanently:\n\n     ann@dest.example\n\nWe have detected spam originating from your IP address.')).toMatch(/spam originating from your IP/);
    // Nothing of a bounce above it: an automatic reply's words are the text.
    expect(readPastedText('Hi there,\n\nWe are sorry, but we cannot handle your message because this is a no-reply e-mail address.').kind).toBe('auto-reply');
    // A country's domain or a region's name is no first person ("mail.example.me", "us-east-1").
    expect(reason('<ann@dest.example>: 554 5.4.6 mail for\n\nmail.example.me loops back to myself')).toMatch(/loops back to myself/);
  });

  it("keeps what is not theirs: a program's message that ends on '?', an automatic reply's thanks, a server's first person", () => {
    expect(readPastedText('javax.mail.AuthenticationFailedException: 535 5.7.8 failed to connect, no password specified?').recipients[0]?.reply).toBe('535 5.7.8 failed to connect, no password specified?');
    expect(readPastedText('Thank you for your email. I am out of the office until Monday and will reply when I return.').kind).toBe('auto-reply');
    expect(readPastedText('550 5.7.1 We do not accept mail from your domain.\nThanks').recipients[0]?.reply).toBe('550 5.7.1 We do not accept mail from your domain.');
    // A paste of nothing but their words is read as it stands: no bounce in it.
    expect(readPastedText('Why do my emails bounce? Thanks in advance').isBounce).toBe(false);
  });

  it('leaves their greeting or question above the bounce out too: the reply then starts the text, as pasted alone', () => {
    // A short reply with no failure word of its own is read when it is the whole paste; a greeting above does not change that.
    for (const lead of ['Hello,\n', 'Hi all,\n\n', 'Why does the server reject my mail?\n', 'Dear support team,\n\nWhat does this mean?\n\n']) {
      const pasted = `${lead}550 bodyhash_mismatch`;
      const r = readPastedText(pasted).recipients[0];
      expect(r?.reply).toBe('550 bodyhash_mismatch');
      // The span still points into the paste as given.
      expect(pasted.slice(r?.replySpan?.start, r?.replySpan?.end)).toBe('550 bodyhash_mismatch');
    }
    expect(readPastedText('Why do I get this?\n\n451 Bad reverse DNS.\n\nThanks').recipients[0]?.reply).toBe('451 Bad reverse DNS.');
    // A question that is all there is stays the text to read: the bounce is inside it.
    expect(readPastedText('Why do I get 550 5.1.1 user unknown?').recipients[0]?.enhanced).toBe('5.1.1');
    // A line that introduces the bounce is not a greeting, and a greeting alone is no bounce.
    expect(readPastedText('Hello, I get this error:\n550 5.1.1 User unknown').recipients[0]?.reply).toBe('550 5.1.1 User unknown');
    expect(readPastedText('Hello,\n\nHow are you?').isBounce).toBe(false);
  });
});

describe("their sentences in no one's person, around a bounce: plain prose with nothing of a reply in it", () => {
  const reason = (text: string) =>
    readPastedText(text, { documented: isDocumentedFailure })
      .recipients.map((r) => `${r.reply ?? ''} ${r.statedReason ?? ''}`)
      .join(' ');

  it('leaves out a paragraph or line above the bounce: a short reply with no failure word is read as when pasted alone', () => {
    for (const lead of ['Nothing was changed on the server in months.\n\n', 'The DKIM record was added at GoDaddy yesterday.\n']) {
      const pasted = `${lead}550 bodyhash_mismatch`;
      const r = readPastedText(pasted, { documented: isDocumentedFailure }).recipients[0];
      expect(r?.reply).toBe('550 bodyhash_mismatch');
      expect(pasted.slice(r?.replySpan?.start, r?.replySpan?.end)).toBe('550 bodyhash_mismatch');
    }
  });

  it('leaves out a line or paragraph under the bounce, so that the mechanism it names does not decide', () => {
    for (const sep of ['\n', '\n\n']) {
      expect(reason(`550 no mailbox by that name is currently available${sep}The DKIM record was added at GoDaddy yesterday.`)).not.toMatch(/DKIM|GoDaddy/);
      expect(reason(`Connection refused${sep}SPF and DKIM both pass according to MXToolbox.`)).not.toMatch(/SPF|MXToolbox/);
    }
    // A port's number is no reply code: their sentence names one as people set up mail.
    expect(reason('550 5.7.1 Message content rejected\nWe send on port 587 through SendGrid with DKIM signing.')).not.toMatch(/SendGrid/);
    expect(reason('Connection refused\nThe relay listens on ports 465 and 587 with the same certificate.')).not.toMatch(/relay listens/);
    // In their "I", singular, as plain prose: a server speaks as "we" ("Our policy is …", kept above).
    expect(reason('Connection refused\nI only see this for addresses at one university.')).not.toMatch(/university/);
    // …with a "we" beside their "I" too: a server that speaks as "we" does not also say "I".
    expect(reason('Connection refused\nWe are on a small plan at the host, so I cannot change the relay myself.')).not.toMatch(/small plan/);
    // Under a line of 61 characters that had room for its first word within any margin a mail client wraps at (70–80).
    expect(reason('550 The destination mail system rejected your return address\nDMARC reports show everything aligned.')).not.toMatch(/DMARC/);
  });

  it("keeps what is the bounce's: a notice's known opening, a line that closes what the line above opened, a field, a failure's word", () => {
    // Exim's opening line is its layout's signature (formats.ts).
    const exim = 'This message was created automatically by mail delivery software.\nA message that you sent has not yet been delivered to one or more of its recipients after more than 24 hours on the queue.';
    expect(personsHead(exim, isDocumentedFailure)).toBe(0);
    // A reply quoted in brackets, broken by a margin: its last line closes the quote and the bracket.
    expect(reason('Emails to Kim bounce ("550 5.4.1 Recipient address rejected:\nAccess denied. AS(201806281)").')).toMatch(/Access denied/);
    // The few words a margin (72) pushed down from the reply's last sentence, and after a line that stops on a comma.
    expect(reason('554 Your access to this mail system has been rejected due to the sending\nMTA\'s poor reputation.')).toMatch(/poor reputation/);
    expect(reason('550 Please ensure the email service you are sending from either has SPF,\nDKIM, or is a top-ranked domain with a good history.')).toMatch(/top-ranked/);
    // NetEase's labelled advice under its notice.
    const netease = 'Your email was marked as spam by the system and could not be sent.\nSolutions: The email content may contain advertisements, or the account reputation is poor.';
    expect(personsTail(netease, isDocumentedFailure)).toBe(netease.length);
    // With no first person to say whose it is, even a weak word of a failure keeps a line the reply's.
    const notice = 'Delivery to the following recipient failed permanently:\n     ann@dest.example\n';
    expect(reason(`${notice}The sender domain is not allowed.`)).toMatch(/not allowed/);
    // A line that names a link is the notice's; so is a server's first person ("Our policy is …", kept above).
    expect(reason(`${notice}Please see https://example.org/help for the reasons.`)).toMatch(/example\.org/);
  });
});

describe('their account of the failure, in the first person and naming their own mail, whatever words of a failure it has', () => {
  const reason = (text: string) =>
    readPastedText(text, { documented: isDocumentedFailure })
      .recipients.map((r) => `${r.reply ?? ''} ${r.statedReason ?? ''}`)
      .join(' ');
  const account = 'All our emails to Yahoo addresses get rejected.';
  const virus = 'The IronMail(TM) Virus Scanning Queue detected a virus in the attached message, but was unable to clean it.';

  it('is left out above a code-less bounce, and on the line under one', () => {
    for (const sep of ['\n\n', '\n']) expect(reason(`${account}${sep}${virus}`)).toMatch(/^The IronMail/);
    expect(reason(`Connection refused\n${account}`)).not.toMatch(/Yahoo/);
    expect(reason(`${virus}\n\nI keep getting this when I mail my bank.`)).not.toMatch(/bank/);
  });

  it("keeps the bounce's lines in a paragraph it ends, and a server's words that name the sender's mail as theirs", () => {
    const exim = 'A message that you sent could not be delivered to one or more of\nits recipients. The following address(es) failed:\n\n<kim@example.org>\n\nReason:\ndelivery retry timeout exceeded\n';
    expect(reason(`${exim}${account}`)).toMatch(/retry timeout/);
    const server = `${virus}\n\nYour message was rejected and our filters kept a copy.`;
    expect(personsTail(server, isDocumentedFailure)).toBe(server.length);
  });
});

describe('a mail thread pasted whole: their words, the attribution line, the bounce quoted under it', () => {
  const bounce = [
    '<pat@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1',
    '<pat@example.org>: Recipient address rejected: User unknown in virtual',
    'mailbox table (in reply to RCPT TO command)',
  ];
  const quoted = bounce.map((l) => `> ${l}`).join('\n');
  const reply = /^550 5\.1\.1 <pat@example\.org>: Recipient address rejected: User unknown in virtual\s+mailbox table/;

  it("reads the quote as the bounce under an attribution line in any mail client's words, and leaves the line out", () => {
    for (const attribution of [
      'On Mon, 3 Jun 2024 at 10:02, Mail Delivery System <mailer-daemon@example.net> wrote:',
      // (Gmail breaks its attribution line before the address.)
      'On Mon, Jun 3, 2024 at 10:02 AM Mail Delivery System <\nmailer-daemon@example.net> wrote:',
      'Am 03.06.24 um 10:02 schrieb Mail Delivery Subsystem:',
      'Le lun. 3 juin 2024 à 10:02, Mail Delivery System <mailer-daemon@example.net> a écrit :',
      'El lun, 3 jun 2024 a las 10:02, Mail Delivery System (<mailer-daemon@example.net>) escribió:',
      'Mail Delivery System wrote:',
    ]) {
      const pasted = `Any idea? This keeps coming back.\n\n${attribution}\n${quoted}\n\nThanks, Ann`;
      const report = readPastedText(pasted, { documented: isDocumentedFailure });
      expect(report.recipients, attribution).toHaveLength(1);
      expect(report.recipients[0], attribution).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1' });
      expect(report.recipients[0]?.reply, attribution).toMatch(reply);
    }
  });

  it('reads a short reply quoted under an attribution line as a bounce, as when it is pasted alone', () => {
    const pasted = 'On Mon, 3 Jun 2024 at 10:02, Mail Delivery System <mailer-daemon@example.net> wrote:\n> 451 Bad reverse DNS.';
    expect(readPastedText(pasted, { documented: isDocumentedFailure }).recipients[0]).toMatchObject({ code: '451', reply: '451 Bad reverse DNS.' });
  });

  it("leaves the attribution line out of a reply with no code (Postfix's 'bare <LF> received')", () => {
    const pasted = 'On Mon, 3 Jun 2024 at 10:02, Mail Delivery System <mailer-daemon@example.net> wrote:\nError: bare <LF> received';
    expect(readPastedText(pasted, { documented: isDocumentedFailure }).recipients[0]?.reply).toBe('Error: bare <LF> received');
  });

  it('takes the quote marks off the quoted lines only, whatever lines of theirs stand around them', () => {
    const pasted = `Thanks for looking, here it is again:\n${quoted}\nsent from my phone`;
    const r = readPastedText(pasted, { documented: isDocumentedFailure }).recipients[0];
    expect(r?.reply).toMatch(reply);
    expect(r?.reply).not.toMatch(/(?:^|\s)>\s/);
  });

  it('leaves their signature out, under the separator line "-- " (RFC 3676)', () => {
    for (const [sep, name] of [['-- ', 'Ann Smith, IT desk'], ['-- ', 'Ann Smith\nIT desk, Example Ltd']] as const) {
      const pasted = `> 550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual\n> mailbox table\n${sep}\n${name}`;
      const r = readPastedText(pasted, { documented: isDocumentedFailure }).recipients[0];
      expect(r?.reply, sep).toMatch(reply);
      expect(r?.reply, sep).not.toMatch(/Ann|IT desk|--/);
    }
  });

  it('takes no line of a reply for an attribution', () => {
    for (const line of ['550 5.7.1 The sender wrote:', 'Remote host said: 554 rejected, the filter wrote:']) {
      const r = readPastedText(`${line}\nmessage content rejected`, { documented: isDocumentedFailure }).recipients[0];
      expect(r?.code, line).toMatch(/^55/);
    }
  });
});

describe('a bounce forwarded to someone and pasted whole: their note, the forward header block, the bounce', () => {
  const read = (text: string) => readPastedText(text, { documented: isDocumentedFailure });
  const bounces = ['550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table', 'Error: bare <LF> received', '<kim@dest.example>: connect to mx.dest.example[192.0.2.100]:25: Connection timed out'];
  const blocks = [
    "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nDate: Mon, Jun 3, 2024 at 10:02 AM\nSubject: Delivery Status Notification (Failure)\nTo: <ann@example.com>\n\n",
    "-----Message d'origine-----\nDe : Mail Delivery System <MAILER-DAEMON@mx.example.fr>\nEnvoyé : lundi 3 juin 2024 10:02\nÀ : Anne Martin <anne@example.fr>\nObjet : Undelivered Mail Returned to Sender\n",
    // (Apple Mail leaves an empty line under its separator.)
    'Begin forwarded message:\n\nFrom: Mail Delivery System <MAILER-DAEMON@example.com>\nDate: June 3, 2024 at 10:02:11 AM GMT+2\nTo: ann@example.com\nSubject: Undelivered Mail Returned to Sender\n',
    // (Outlook's header block under its rule, "Sent:" in it.)
    '________________________________\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.com>\nSent: Monday, June 3, 2024 10:02\nTo: ann@example.com\nSubject: Undelivered Mail Returned to Sender\n',
  ];

  it('reads the forwarded bounce as when it is pasted alone, whatever client forwarded it', () => {
    for (const bounce of bounces) {
      const alone = read(bounce).recipients[0]?.reply;
      for (const block of blocks) {
        const pasted = `Please advise.\n\n${block}\n${bounce}`;
        const r = read(pasted).recipients;
        expect(r, pasted).toHaveLength(1);
        expect(r[0]?.reply, pasted).toBe(alone);
        // (Not the address in the block's To: field: that is whoever got the bounce.)
        expect(r[0]?.recipient ?? '', pasted).not.toMatch(/ann@|anne@/);
      }
    }
  });

  it('keeps the Subject as the title of a text under the block that is no bounce on its own', () => {
    const pasted = `Please advise.\n\n${blocks[3] ?? ''}\nThis message appears to be SPAM!!`;
    expect(read(pasted).recipients[0]?.reply).toMatch(/Undelivered Mail Returned to Sender.*This message appears to be SPAM!!$/s);
  });

  it("keeps a bounce's own reply above the original message it quotes under such a block", () => {
    const bounce = '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown\n\n-----Original Message-----\nFrom: Ann <ann@example.com>\nSent: Monday, June 3, 2024 10:02 AM\nTo: Bob <bob@example.org>\nSubject: Quarterly report\n\nHi Bob, the report is attached.';
    expect(read(bounce).recipients[0]).toMatchObject({ recipient: 'bob@example.org', code: '550', enhanced: '5.1.1' });
  });
});

describe('a short line of theirs above a reply: a chat header, a title they gave it', () => {
  // A reply with no enhanced status and no failure word in its words: read only where it opens the text.
  const reply = '451 Internal server error';

  it('leaves the line out, and the reply reads as when it is pasted alone', () => {
    const alone = readPastedText(reply).recipients[0]?.reply;
    expect(alone).toBe(reply);
    for (const top of ['Ann Smith  10:02 AM', '[10:02] Ann Smith', 'What the CRM logged this morning']) {
      const text = `${top}\n${reply}`;
      expect(personsHead(text)).toBe(top.length + 1);
      const r = readPastedText(text).recipients[0];
      expect(r?.reply).toBe(reply);
      expect(text.slice(r?.replySpan?.start ?? 0, r?.replySpan?.end ?? 0)).toBe(reply);
    }
  });

  it('keeps a line that is the bounce\'s or the session\'s: a notice\'s title, a field, a command, an address, a code, a host', () => {
    for (const top of ['Message not delivered', 'Subject: Undelivered Mail', 'MAIL FROM:<ann@example.org>', '<kim@example.net>:', 'Final answer 550', '- AUTH LOGIN', 'mx.example.net[192.0.2.25] said']) {
      expect(personsHead(`${top}\n550 5.1.0 Sender rejected`)).toBe(0);
    }
    // Nor when what is under it opens with no reply's code.
    expect(personsHead('Ann Smith  10:02 AM\nThe mail bounced again')).toBe(0);
  });
});

describe("a mail system's banner above the notice: an external sender's warning, a ticket's reply delimiter", () => {
  const reply = '451 Internal server error';

  it('leaves the banner out, and the reply reads as when it is pasted alone', () => {
    for (const banner of [
      'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\n',
      '[EXTERNAL] This message came from an external sender.',
      'EXTERNAL EMAIL: Use caution with links and attachments.',
      '##- Please type your reply above this line -##\n',
    ]) {
      const text = `${banner}\n${reply}`;
      const r = readPastedText(text).recipients[0];
      expect(r?.reply, banner).toBe(reply);
      expect(text.slice(r?.replySpan?.start ?? 0, r?.replySpan?.end ?? 0)).toBe(reply);
    }
  });

  it("keeps a notice's own warning: sendmail's 'Warning: could not send message for past 4 hours'", () => {
    expect(personsHead('Warning: could not send message for past 4 hours\n451 4.4.1 reply: read error from mx.example.net.')).toBe(0);
  });
});

describe("a company's confidentiality notice under the bounce", () => {
  const notice = 'Delivery to the following recipient failed permanently:\n\n     kim@example.net\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect.';
  const disclaimer = 'This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender immediately and delete it.';

  it('leaves it out: its "attachments", "error" and "delete" are no bounce\'s words', () => {
    const alone = readPastedText(notice).recipients[0];
    const r = readPastedText(`${notice}\n\n${disclaimer}`).recipients[0];
    expect(r?.reply).toBe(alone?.reply);
    expect(personsTail(`${notice}\n\n${disclaimer}`)).toBe(notice.length);
  });

  it("keeps a notice's own last paragraph that has a reply's code, whatever clauses it shares with one", () => {
    const coded = '554 5.7.1 This message is confidential and was not accepted. Please notify the sender and delete it.';
    expect(readPastedText(`${notice}\n\n${coded}`).recipients[0]?.reply).toBe(coded);
  });
});

describe("the line a webmail leaves where it folded the quoted part away", () => {
  it("leaves Gmail's '[Quoted text hidden]' out under the notice", () => {
    const notice = 'Delivery to the following recipient failed permanently:\n\n     kim@example.net\n\nTechnical details of permanent failure:\nThe recipient server did not accept our requests to connect.';
    expect(personsTail(`${notice}\n[Quoted text hidden]`)).toBe(notice.length + 1);
    expect(readPastedText(`${notice}\n[Quoted text hidden]`).recipients[0]?.reply).toBe(readPastedText(notice).recipients[0]?.reply);
  });
});

describe("the header a webmail shows above a notice, selected with it", () => {
  const notice = "Address not found\n\nYour message wasn't delivered to kim@example.net because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table";

  it("leaves out the notice's sender and the lines beside it, and reads the notice as when it is pasted alone", () => {
    const alone = readPastedText(notice).recipients[0];
    expect(alone).toMatchObject({ recipient: 'kim@example.net', code: '550', enhanced: '5.1.1' });
    for (const head of [
      'Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n10:02 AM (5 minutes ago)\nto me',
      'postmaster@mail.example.de\nTo: ann@example.org\nMon 6/3/2024 10:02 AM',
      'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>',
    ]) {
      const text = `${head}\n\n${notice}`;
      expect(personsHead(text)).toBe(head.length + 2);
      const r = readPastedText(text).recipients[0];
      expect(r).toMatchObject({ recipient: 'kim@example.net', code: '550', enhanced: '5.1.1', reply: alone?.reply });
    }
  });

  it('keeps a first paragraph that is no such header: a person\'s address, a recipient line, a code, a long block, fields', () => {
    for (const head of ['Kim Lee <kim@example.net>\nto me', '<kim@example.net>: host mx.example.net said:', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n550 5.1.1 User unknown', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>\na\nb\nc\nd\ne', 'From: Kim Lee <kim@example.net>\nTo: MAILER-DAEMON@example.org']) {
      expect(personsHead(`${head}\n\n${notice}`)).toBe(0);
    }
  });
});
