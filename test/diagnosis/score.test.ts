/**
 * Evidence scoring (lib/diagnosis/score.ts): what a blocklist lists is read from the words around it (the qualifier
 * role.listed-domain, RFC 5782 §2.3): a domain or link of the message on a list is a domain blocklist, the sending
 * server's address an IP blocklist, whichever operator runs the list.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/diagnosis/classify';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const verdict = (reply: string) => classify({ reply, code: reply.match(/^\d{3}/)?.[0] ?? null, enhanced: reply.match(/\b[245]\.\d\.\d{1,3}\b/)?.[0] ?? null });

describe('what a blocklist lists', () => {
  it.each([
    '550 5.7.1 The domain example.com in your message is listed on Spamhaus',
    '554 5.7.1 Rejected: the URL shop.example.net in the body is blacklisted',
    '550 5.7.1 Message refused: links in the message are listed in a blocklist',
    '554 5.7.1 Blocked - see https://www.spamhaus.org/query/dbl?domain=shop.example',
  ])('a domain or link of the message: %s', (reply) => {
    const v = verdict(reply);
    expect(v.category).toBe('domain-blocklist');
    // The words that decided are shown, not an internal name.
    expect(v.evidence.map((e) => e.text).join(' ')).not.toMatch(/role\./);
  });

  it.each([
    '550 5.7.1 Your IP address 192.0.2.1 is listed on Spamhaus',
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    '550 Mail from 192.0.2.1 refused: listed in b.barracudacentral.org',
    '554 5.7.1 The sending domain example.com has IP 192.0.2.1 listed on Spamhaus',
    '550 5.7.1 Connection refused: blacklisted by Spamhaus',
  ])('the sending server, or a list named with nothing about a domain: %s', (reply) => {
    expect(verdict(reply).category).toBe('ip-blocklist');
  });

  it('a zone that lists domains decides whatever words surround it', () => {
    expect(verdict('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dbl.spamhaus.org').category).toBe('domain-blocklist');
  });
});

describe('what does not exist (RFC 3463 X.1.2 against X.1.1)', () => {
  it.each([
    '550 Domain example.invalid does not exist',
    '553 example.invalid does not exist',
    '550 5.1.2 The domain example.invalid does not exist',
    '550 Hostname example.invalid does not exist',
  ])('the domain: %s', (reply) => {
    expect(verdict(reply).category).toBe('recipient-domain');
  });

  it.each([
    '550 User bob does not exist',
    '550 Mailbox bob@example.com does not exist',
    '550 <bob@example.com> does not exist',
    '550 5.1.1 The email account that you tried to reach does not exist',
    '550 Recipient does not exist here',
  ])('the mailbox: %s', (reply) => {
    expect(verdict(reply).category).toBe('recipient-unknown');
  });
});

describe('line ends the servers refuse since SMTP smuggling (RFC 5321 §2.3.8)', () => {
  it.each(['550 5.7.1 Message rejected: bare LF characters not allowed (see RFC 5321 section 2.3.8)', '521 5.5.2 mx.example.com Error: bare <LF> received'])('%s', (reply) => {
    expect(verdict(reply).category).toBe('message-format');
  });
});

describe("Exchange's chain of errors ('A -> B -> C': A, because of B, because of C)", () => {
  it('the error after the arrow is the cause; the expiry before it, said by its code, status and words, counts once', () => {
    expect(verdict('550 5.4.300 Message expired -> 451 4.4.397 Error communicating with target host. -> 421 4.4.2 Connection dropped due to ConnectionReset').category).toBe('network');
  });
  it("Microsoft's 5.7.350 wraps the remote server's refusal: the reply after the arrow says why", () => {
    const text =
      '550 5.7.350 Remote server returned message detected as spam -> 554 5.7.1 Service unavailable; Helo command [EUR01-XY1-obe.outbound.protection.outlook.com] blocked using dbl.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/192.0.2.7';
    expect(diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0]?.category).toBe('remote-error');
    // Alone, the wrapper still says spam.
    expect(diagnoseReport(readPastedText('550 5.7.350 Remote server returned message detected as spam [DB5PEPF0000 protection.outlook.com]', { documented: isDocumentedFailure }))[0]?.category).toBe('spam');
  });
  it('the expiry alone is what it says', () => {
    expect(verdict('550 5.4.300 Message expired').category).toBe('delivery-timeout');
  });
});

describe('advice is not the cause', () => {
  it('the words after "To address this issue" weigh less than the reason given before them', () => {
    const reply =
      'Your email to the group was rejected due to spam classification. To address this issue: ask the owner of the group to moderate messages instead, and set up SPF records for your sending domain.';
    expect(verdict(reply).category).toBe('spam');
  });
  it('nor is what the reply asks for "in case you disagree": the words before it say what happened', () => {
    const reply = 'Spamassassin considers this message SPAM. In case you disagree, send the ENTIRE message (preferably as a saved attachment) plus this error message to <postmaster@lists.example.org>';
    expect(verdict(reply).category).toBe('spam');
  });
  it('advice still decides when it is all the reply says', () => {
    expect(verdict('550 5.7.1 Please make sure your SPF record lists this server').category).toBe('spf');
  });
});

describe("a code's own RFC 5321 text names no cause", () => {
  it('"Transaction failed" (554) gives way to the cause the reply names after it', () => {
    expect(verdict('554 Transaction failed: rejected by our mail policy, see the postmaster pages').category).toBe('policy');
  });
  it('said alone, it is a weak hint that the receiving system failed, never a confident verdict', () => {
    const v = verdict('554 Transaction failed');
    expect(v.category).toBe('remote-error');
    expect(v.confidence.level).toBe('low');
  });
});

describe('a documented reply that names no cause', () => {
  it("Postfix's \"Error: no valid recipients\" is recognised, yet the verdict 'unknown' is never said with confidence", () => {
    const v = classify({ reply: 'Error: no valid recipients', code: '554', enhanced: '5.5.1' });
    expect(v.category).toBe('unknown');
    expect(v.confidence.level).toBe('low');
    expect(v.confidence.reason).toMatch(/"Error: no valid recipients", a documented reply that names no cause itself/);
  });
});

describe('one reading of the words, with nothing else for it (weights.ts WORDS_ALONE_CAP)', () => {
  const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is said with medium confidence at most, and says that nothing confirms it', () => {
    for (const text of ['Connection timed out', 'The email account that you tried to reach does not exist.']) {
      const v = classify({ reply: text, code: null, enhanced: null });
      expect(v.confidence.level).toBe('medium');
      expect(v.confidence.reason).toMatch(/Nothing else in the bounce .* confirms this reading of the words\./);
    }
    expect(classify({ reply: 'Connection timed out', code: null, enhanced: null }).category).toBe('network');
  });
  it('gives no advice to drop an address: nothing but the words says it does not exist', () => {
    const d = first('The email account that you tried to reach does not exist.');
    expect(d?.category).toBe('recipient-unknown');
    expect(d?.suppress).toBe(false);
  });
  it('is high again when a status, a code, a session step or a second cue agrees', () => {
    const withStatus = classify({ reply: 'The email account that you tried to reach does not exist.', code: '550', enhanced: '5.1.1' });
    expect(withStatus.confidence.level).toBe('high');
    expect(withStatus.confidence.reason).not.toMatch(/Nothing else in the bounce/);
    expect(classify({ reply: 'User unknown', code: '550', enhanced: '5.1.1' }).confidence.level).toBe('high');
    expect(classify({ reply: 'Domain example.com does not exist', code: '550', enhanced: null, command: 'RCPT TO' }).confidence.level).toBe('high');
    expect(classify({ reply: 'Domain example.com does not exist', code: '550', enhanced: null, command: null }).confidence.level).toBe('medium');
    expect(first('550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table')?.suppress).toBe(true);
  });
});

describe('a broader category that agrees is no rival', () => {
  it("Gmail's DMARC rejection, which also says 'unauthenticated', is DMARC with high confidence", () => {
    const v = classify({ reply: "Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail.", code: '550', enhanced: '5.7.26' });
    expect(v.category).toBe('dmarc');
    expect(v.confidence.level).toBe('high');
  });
});

describe('a documented phrase that reaches into the cause clause', () => {
  it('weighs as the cause: "deferred due to user complaints" outweighs the symptom said before it', () => {
    const v = verdict('421 4.7.0 Too many connections from your IP: messages temporarily deferred due to user complaints');
    expect(v.category).toBe('reputation');
    expect(v.confidence.level).not.toBe('low');
  });
});

describe('email authentication named beside "authentication" (SPF RFC 7208, DKIM RFC 6376, DMARC RFC 7489)', () => {
  it.each([
    '550 5.7.1 Authentication failed: neither SPF nor DKIM passed',
    '554 5.7.1 Sender authentication required: SPF or DKIM must pass',
    '550 5.7.1 The message failed SPF and DKIM checks',
    '550 5.7.1 Message rejected: SPF fail and no valid DKIM signature',
  ])("is the message's authentication with the cause not narrowed: %s", (reply) => {
    expect(verdict(reply).category).toBe('unauthenticated');
  });

  it('is DMARC when DMARC alone is named', () => {
    expect(verdict('550 5.7.1 Unauthenticated mail: DMARC authentication failed, policy=reject').category).toBe('dmarc');
  });

  it('keeps the one mechanism that failed when the other is reported as passing (RFC 8601 "dkim=pass")', () => {
    expect(verdict('550 5.7.1 Rejected: spf=fail (192.0.2.1 not permitted), dkim=pass').category).toBe('spf');
    expect(verdict('550 5.7.1 DKIM signature invalid (dkim=fail) while spf=pass').category).toBe('dkim');
  });

  it('is a login to the server when the words of a login are there, or no email authentication is named', () => {
    expect(verdict('535 5.7.8 Authentication failed: username and password not accepted').category).toBe('auth-required');
    expect(verdict('530 5.7.0 Authentication required').category).toBe('auth-required');
  });
});

describe("a status about the sender's address (RFC 3463 X.1.7, X.1.8)", () => {
  it('makes words about an invalid or unknown address about the sender', () => {
    expect(verdict('501 5.1.7 Invalid address').category).toBe('sender-rejected');
    expect(verdict('553 5.1.8 Address does not exist').category).toBe('sender-rejected');
    expect(verdict('550 5.1.1 Invalid address').category).toBe('recipient-unknown');
  });
});

describe('a refusal in place of the greeting', () => {
  it("is not about a mailbox, whatever its stock words: the server refused the sending server (Postfix's 'refused to talk to me')", async () => {
    const { readPastedText } = await import('../../lib/engine/read');
    const { diagnoseReport } = await import('../../lib/diagnosis/diagnose');
    const text = '<pat@example.net>: host mx.example.net[192.0.2.9] refused to talk to me: 550-Requested action not taken: mailbox unavailable 550 Reject due to policy restrictions';
    const report = readPastedText(text);
    expect(report.recipients[0]?.command).toBe('connect');
    const d = diagnoseReport(report)[0];
    expect(d?.category).toBe('policy');
    expect(d?.suppress).toBe(false);
    // The same words at RCPT TO are about the mailbox.
    expect(classify({ reply: '550 Requested action not taken: mailbox unavailable', code: '550', enhanced: null, command: 'RCPT TO' }).category).toBe('recipient-unknown');
  });
});

describe('554 as the answer to the connection', () => {
  it('is RFC 5321\'s "No SMTP service here": a policy refusal of the sending server, weakly, and words that name why decide', () => {
    const bare = classify({ reply: '554 mx.example.net', code: '554', enhanced: null, command: 'connect' });
    expect(bare.category).toBe('policy');
    expect(bare.confidence.level).toBe('low');
    // The same code later in the session says nothing of the kind.
    expect(classify({ reply: '554 mx.example.net', code: '554', enhanced: null, command: 'end of data' }).category).toBe('unknown');
    expect(classify({ reply: '554 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', code: '554', enhanced: null, command: 'connect' }).category).toBe('ip-blocklist');
  });
});

describe("'User unknown' after the content: a provider's table that names both causes yields to the SMTP step", () => {
  const diagnosed = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("docomo's 550 Unknown user at the end of DATA is the recipient's reception refusal, at RCPT TO a wrong address", () => {
    const afterData = diagnosed('<kim@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.27] said: 550 Unknown user kim@docomo.ne.jp (in reply to end of DATA command)');
    expect(afterData?.category).toBe('recipient-policy');
    expect(afterData?.suppress).toBe(false);
    const atRcpt = diagnosed('<kim@docomo.ne.jp>: host mfsmax.docomo.ne.jp[192.0.2.27] said: 550 Unknown user kim@docomo.ne.jp (in reply to RCPT TO command)');
    expect(atRcpt?.category).toBe('recipient-unknown');
  });
  it("a table with one documented cause keeps it: Yahoo's 'dd This user doesn't have a yahoo.com account' after DATA", () => {
    const d = diagnosed("<kim@yahoo.com>: host mta5.am0.yahoodns.net[192.0.2.9] said: 554 delivery error: dd This user doesn't have a yahoo.com account (kim@yahoo.com) [0] - mta1234.mail.bf1.yahoo.com (in reply to end of DATA command)");
    expect(d?.category).toBe('recipient-unknown');
  });
});

describe("one server's meaning for words other servers share is said with medium confidence at most", () => {
  const diagnosed = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // OpenSMTPD's lookup-backend failure, and any server's "try again later" in the same words.
    ['451 Temporary failure, please try again later.', 'remote-error'],
    // postscreen's "reconnect" (greylisting-like), and any server that is down for now.
    ['450 4.3.2 Service currently unavailable', 'greylisting'],
    // An access table's REJECT without text: the administrator's reason, unsaid (often a local domain not logged in).
    ['554 5.7.1 <pat@example.org>: Sender address rejected: Access denied', 'sender-rejected'],
  ])('%s', (text, category) => {
    const d = diagnosed(text);
    expect(d?.category).toBe(category);
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("Outlook's 0x800CCC0F dialog, which names several causes itself", () => {
  it('is the connection, with medium confidence at most', () => {
    const d = diagnoseReport(readPastedText("Your server has unexpectedly terminated the connection. Possible causes for this include server problems, network problems, or a long period of inactivity. Account: 'mail.example.com', Server: 'smtp.example.com', Protocol: SMTP, Port: 25, Secure(SSL): No, Error Number: 0x800CCC0F", { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('network');
    expect(d?.confidence.level).not.toBe('high');
  });
});

describe("Sendmail's 'Host unknown' on a line that names the relay mailer (mailer=relay)", () => {
  const diagnosed = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('is the smart host your server sends through, not the recipient domain: no advice to drop the address', () => {
    const d = diagnosed("Mar 13 11:29:14 host sendmail[7406]: 0000100003: to=<kim@dest.example>, delay=00:00:33, xdelay=00:00:01, mailer=relay, pri=0, relay='smarthost.example.local', dsn=5.1.2, stat=Host unknown (Name server: 'smarthost.example.local': host not found)");
    expect(d?.category).toBe('network');
    expect(d?.suppress).toBe(false);
  });
  it('is still the recipient domain when the esmtp mailer was delivering to it', () => {
    const d = diagnosed('Mar 13 11:29:14 host sendmail[7406]: 0000100003: to=<kim@dest.example>, delay=00:00:33, mailer=esmtp, pri=0, relay=dest.example, dsn=5.1.2, stat=Host unknown (Name server: dest.example: host not found)');
    expect(d?.category).toBe('recipient-domain');
  });
});
