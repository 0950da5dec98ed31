/** The diagnosis around the category: order of the layers, evidence, confidence, auth results, filled checklists. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../lib/diagnosis/classify';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import { REGISTRY_TITLES as REGISTRY, statusMeaning } from '../../lib/diagnosis/registry-titles';
import { CATEGORY_TEXTS } from '../../lib/diagnosis/texts/en';
import { CATEGORIES } from '../../lib/diagnosis/taxonomy';
import { readBounceBytes } from '../../lib/engine/input';
import { readPastedText } from '../../lib/engine/read';
import { loadKnowledge } from '../../lib/diagnosis/texts/load';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';

/** The diagnosis of one reply or fragment, as a paste of just the reply gives it. */
const diagnoseReply = (text: string) => diagnoseReport(readText(text))[0] ?? null;

const fixtures = join(__dirname, '../fixtures/bounces');

describe('classification order', () => {
  it('text beats a generic code: a 5.1.1 about recipients per hour is a rate limit', () => {
    expect(classify({ reply: '550 5.1.1 <a@b.example>: too many recipients this hour', code: '550', enhanced: '5.1.1' }).category).toBe('rate-limit');
  });
  it("a sending service's refusal to send to an address that bounced before is said as that — its policy, not a missing mailbox", () => {
    const pasted = (json: string) => diagnoseReport(readPastedText(json))[0] ?? null;
    const dropped = pasted(JSON.stringify([{ email: 'old@dest.example', event: 'dropped', reason: 'Bounced Address', sg_event_id: 'x', status: '5.0.0' }]));
    const mailgun = pasted(
      JSON.stringify({ 'event-data': { event: 'failed', severity: 'permanent', recipient: 'old@dest.example', 'delivery-status': { code: 605, message: '', description: 'Not delivering to previously bounced address' } } }),
    );
    for (const d of [dropped, mailgun]) {
      // The notice does not say why the address bounced: no verdict on the address, and no advice to drop it for good.
      expect(d).toMatchObject({ category: 'policy', ruleId: 'recipient.suppressed', suppress: false });
      expect(d?.checklist.map((c) => c.text).join(' ')).toMatch(/suppression \(or bounce\) list/);
      // Who acts is the sender, looking in the service's list — not the recipient's administrator, as for a policy refusal.
      expect(d?.whoActs).toMatch(/^You: look up in your sending service's suppression list/);
      // What happened is sure, which category it is, is not: never "high" (weights.ts VARIANT_CAP).
      expect(d?.confidence.level).toBe('medium');
    }
    // A suppression the service says is of an invalid address is that.
    expect(diagnoseReport(readPastedText('Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.'))[0]).toMatchObject({ category: 'recipient-unknown', ruleId: 'recipient.suppressed' });
    expect(dropped?.title).toBe('Not sent: old@dest.example bounced before and your sending service now refuses to send to it');
    expect(diagnoseReply('550 5.1.1 <x@dest.example>: Recipient address rejected: User unknown')).toMatchObject({ category: 'recipient-unknown', ruleId: expect.not.stringMatching(/suppressed/) });
  });
  it("a sending service's test mode (a sandbox domain, a testing address, an account awaiting approval) is said as that", async () => {
    const pastedText = (t: string) => readPastedText(t, { documented: isDocumentedFailure });
    const sandbox = diagnoseReport(pastedText("Net::SMTPFatalError (554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings."))[0];
    const resend = diagnoseReport(pastedText("{ statusCode: 403, message: 'You can only send testing emails to your own email address (you@example.com).', name: 'validation_error' }"))[0];
    for (const d of [sandbox, resend]) {
      expect(d).toMatchObject({ category: 'policy', ruleId: 'service.test-mode', suppress: false });
      expect(d?.title).toMatch(/test mode sends only to addresses you have authorized/);
      expect(d?.whoActs).toMatch(/^You: send from your own verified domain/);
      expect(d?.checklist[0]?.text).toMatch(/^Send from your own domain/);
      expect(d?.confidence.level).toBe('medium');
    }
    // In another language, the same texts of their own.
    const de = diagnoseReport(readPastedText('554 Sandbox subdomains are for test purposes only.'), await loadKnowledge('de'))[0];
    expect(de?.whoActs).toMatch(/^Sie: Senden Sie von Ihrer eigenen bestätigten Domain/);
  });
  it("a smart host Sendmail could not find (mailer=relay) is said as that, in every language", async () => {
    const line = "Mar 13 11:29:14 host sendmail[7406]: 0000100003: to=<kim@dest.example>, delay=00:00:33, mailer=relay, pri=0, relay='smarthost.example.local', dsn=5.1.2, stat=Host unknown (Name server: 'smarthost.example.local': host not found)";
    const d = diagnoseReport(readPastedText(line, { documented: isDocumentedFailure }))[0];
    expect(d).toMatchObject({ category: 'network', ruleId: 'sendmail.relay-mailer', suppress: false });
    expect(d?.title).toBe('Not sent to kim@dest.example: your server could not find the smart host it relays mail through');
    expect(d?.whoActs).toMatch(/^You: fix the relay's name/);
    expect(d?.checklist[0]?.text).toMatch(/SMART_HOST/);
    for (const lang of ['de', 'es', 'fr', 'ja', 'pt-BR'] as const) {
      const t = diagnoseReport(readPastedText(line, { documented: isDocumentedFailure }), await loadKnowledge(lang))[0];
      expect(t?.ruleId, lang).toBe('sendmail.relay-mailer');
      expect(t?.checklist[0]?.text, lang).toMatch(/SMART_HOST/);
      expect(t?.title, lang).not.toBe(d?.title);
    }
  });
  it("reads Microsoft's plain-words notices when they are all the user pasted", () => {
    const d = (t: string) => diagnoseReport(readText(t))[0];
    expect(d("Your message to ann@dest.example couldn't be delivered.\nann wasn't found at dest.example.")).toMatchObject({ category: 'recipient-unknown' });
    expect(d("Delivery has failed to these recipients or groups:\n\npat@dest.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.")).toMatchObject({ category: 'recipient-unknown' });
    expect(d('Your message couldn’t be delivered to zed@dest.example because the remote server is misconfigured. See technical details below for more information.')).toMatchObject({ category: 'remote-error' });
    expect(d("Your message to kim@dest.example couldn't be delivered.\nkim's mailbox is full and can't accept messages now.")).toMatchObject({ category: 'mailbox-full' });
  });
  it('says each piece of evidence once in the reason: no quote twice, none inside another', () => {
    // A phrase and a pattern around it both matched "Sender address rejected: Access denied".
    const d = diagnoseReply('550 5.7.1 <alice@example.com>: Sender address rejected: Access denied');
    expect(d?.category).toBe('sender-rejected');
    const quotes = (d?.confidence.reason.match(/"[^"]+"/g) ?? []).map((q) => q.toLowerCase());
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes).size).toBe(quotes.length);
    for (const q of quotes) expect(quotes.some((o) => o !== q && o.includes(q.slice(1, -1)))).toBe(false);
  });
  it('a vague word ("rejected") is never said with high confidence; a specific phrase is', () => {
    const vague = classify({ reply: "Your message wasn't delivered because the recipient's email provider rejected it.", code: null, enhanced: null });
    expect(vague).toMatchObject({ category: 'policy', confidence: { level: 'low' } });
    expect(vague.confidence.reason).toMatch(/general word/);
    expect(classify({ reply: '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown', code: '550', enhanced: '5.1.1' }).confidence.level).toBe('high');
  });
  it('says why a mailbox is unavailable when the reply does, and reads Exchange\'s "nonexistent domain"', () => {
    expect(classify({ reply: '550 5.2.0 Mailbox unavailable. Over quota', code: '550', enhanced: '5.2.0' }).category).toBe('mailbox-full');
    expect(classify({ reply: '550 Requested action not taken: mailbox unavailable', code: '550', enhanced: null }).category).toBe('recipient-unknown');
    expect(classify({ reply: '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain', code: '554', enhanced: '5.4.4' }).category).toBe('recipient-domain');
  });
  it("tells the sender's domain from the recipient's, a reputation from a refused sender, a listed link from a listed IP", () => {
    const c = (reply: string) => classify({ reply, code: reply.slice(0, 3), enhanced: /\d\.\d\.\d/.exec(reply)?.[0] ?? null }).category;
    expect(c('554 5.7.1 Rejected: sender domain has no MX or A record')).toBe('sender-rejected');
    expect(c('550 5.7.1 Message rejected because of bad sender reputation')).toBe('reputation');
    expect(c('550 5.7.1 Content rejected: URL in message is on blocklist')).toBe('domain-blocklist');
    expect(c('554 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org')).toBe('ip-blocklist');
  });
  it("a mailbox's quota is a full mailbox, a sending quota is a limit", () => {
    expect(classify({ reply: '552 5.2.2 Mailbox full: quota exceeded for rita@dest.example', code: '552', enhanced: '5.2.2' }).category).toBe('mailbox-full');
    expect(classify({ reply: '550 5.4.5 Daily user sending quota exceeded.', code: '550', enhanced: '5.4.5' }).category).toBe('rate-limit');
  });
  it('greylisting words decide over the retry delay that rate limits also give', () => {
    expect(classify({ reply: '451 4.7.1 Greylisted, please try again in 300 seconds', code: '451', enhanced: '4.7.1' }).category).toBe('greylisting');
    expect(classify({ reply: '421 4.7.0 Too many connections from your IP, try again in 60 seconds', code: '421', enhanced: '4.7.0' }).category).toBe('rate-limit');
  });
  it('a 5.7.1 that names zen.spamhaus.org is an IP blocklist, with the zone kept', () => {
    const c = classify({ reply: '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org', code: '554', enhanced: '5.7.1' });
    expect(c.category).toBe('ip-blocklist');
    expect(c.zone).toBe('zen.spamhaus.org');
  });
  it('falls back to the registry, then to the basic code, then to unknown', () => {
    // The status alone, no words for it: low (weights.ts STATUS_ALONE_CAP).
    expect(classify({ reply: '550 5.2.2 nope', code: '550', enhanced: '5.2.2' })).toMatchObject({ category: 'mailbox-full', ruleId: 'status.x.2.2', confidence: { level: 'low' } });
    // With the words for it, the same status is more.
    expect(classify({ reply: '552 5.2.2 Mailbox full', code: '552', enhanced: '5.2.2' }).confidence.level).not.toBe('low');
    expect(classify({ reply: '530 nope', code: '530', enhanced: null })).toMatchObject({ category: 'auth-required', ruleId: 'code.530', confidence: { level: 'low' } });
    expect(classify({ reply: '550 nope', code: '550', enhanced: null })).toMatchObject({ category: 'unknown', confidence: { level: 'low' } });
  });
  it('a vague word does not override a specific status', () => {
    expect(classify({ reply: '525 5.7.13 <a@b.example>: Recipient address rejected', code: '525', enhanced: '5.7.13' }).category).toBe('mailbox-disabled');
  });
  it('a refusal of MAIL FROM is about the sender', () => {
    expect(classify({ reply: '550 5.1.1 user unknown', code: '550', enhanced: '5.1.1', command: 'MAIL FROM' }).category).toBe('sender-rejected');
  });
  it('a permanent refusal of MAIL FROM that names no cause refuses the sender (RFC 5321 §3.3), and any cause named wins', () => {
    expect(classify({ reply: '550 not local sender over smtp', code: '550', enhanced: null, command: 'MAIL FROM' })).toMatchObject({ category: 'sender-rejected', ruleId: 'stage.mail-from-refused', confidence: { level: 'low' } });
    expect(classify({ reply: '550 not local sender over smtp', code: '550', enhanced: null }).category).toBe('unknown');
    expect(classify({ reply: '552 5.3.4 Message size exceeds fixed limit', code: '552', enhanced: '5.3.4', command: 'MAIL FROM' }).category).toBe('message-size');
    expect(classify({ reply: '554 5.7.1 Mail from pat@origin.example rejected for policy reasons', code: '554', enhanced: '5.7.1', command: 'MAIL FROM' }).category).not.toBe('sender-rejected');
  });
  it('a refusal of AUTH refuses the login when nothing else is named, and words naming another cause still win', () => {
    expect(classify({ reply: '550 User has no permission', code: '550', enhanced: null, command: 'AUTH' })).toMatchObject({ category: 'auth-required', ruleId: 'stage.auth', confidence: { level: 'low' } });
    expect(classify({ reply: '550 User has no permission', code: '550', enhanced: null }).category).toBe('unknown');
    expect(classify({ reply: '530 5.7.0 Must issue a STARTTLS command first', code: '530', enhanced: '5.7.0', command: 'AUTH' }).category).toBe('tls-required');
  });
  it('"user unknown" after the content was sent is the recipient\'s filter, with medium confidence', () => {
    for (const command of ['DATA', 'end of data'] as const) {
      const c = classify({ reply: '550 Unknown user pat@dest.example', code: '550', enhanced: null, command });
      expect(c.category).toBe('recipient-policy');
      expect(c.confidence.level).toBe('medium');
      expect(c.evidence.map((e) => e.text)).toContain(`answered ${command}`);
    }
    expect(classify({ reply: '550 Unknown user pat@dest.example', code: '550', enhanced: null, command: 'RCPT TO' }).category).toBe('recipient-unknown');
    expect(classify({ reply: '552 5.2.2 Mailbox full', code: '552', enhanced: '5.2.2', command: 'end of data' }).category).toBe('mailbox-full');
  });
  it("a provider's own table outranks the step: Yahoo's unknown-account reply comes after DATA and means what it says", () => {
    const reply = "554 delivery error: dd This user doesn't have a yahoo.com account (pat@yahoo.com) [0] - mta1010.mail.gq1.yahoo.com";
    for (const enhanced of ['5.0.0', null]) {
      expect(classify({ reply, code: '554', enhanced, command: 'end of data', remoteHost: 'mta6.am0.yahoodns.net' })).toMatchObject({ category: 'recipient-unknown', ruleId: 'yahoo.not-found' });
    }
    // Its own words say so by any host and for its other domains, the provider not recognised (help.yahoo.com SLN3444).
    const japan = "554 delivery error: dd This user doesn't have a yahoo.co.jp account (pat@yahoo.co.jp) [-5] - mta7149.mail.djm.ynwp.yahoo.co.jp";
    expect(classify({ reply: japan, code: '554', enhanced: null, command: 'end of data' }).category).toBe('recipient-unknown');
  });
  it("Postfix's 'unknown mail transport error' says what failed (its own delivery agent), not why: medium at most", () => {
    const log = 'postfix/qmgr[812]: 4C1F2: to=<kim@dest.example>, relay=none, delay=9000, delays=8998/2/0/0, dsn=4.3.0, status=deferred (unknown mail transport error)';
    const d = diagnoseReport(readPastedText(log))[0];
    expect(d).toMatchObject({ category: 'remote-error', ruleId: 'postfix.transport-error' });
    expect(d?.confidence.level).not.toBe('high');
  });
  it("Postfix's address verification names the probe's result after its words: a cause there decides, alone they say the address failed", () => {
    const lead = '550 5.1.1 <pat@dest.example>: Recipient address rejected: undeliverable address';
    expect(classify({ reply: `${lead}: host mx.dest.example[192.0.2.2] said: 550 5.7.23 SPF validation failed`, code: '550', enhanced: '5.1.1' }).category).toBe('spf');
    expect(classify({ reply: `${lead}: host mx.dest.example[192.0.2.2] said: 550 5.1.1 User unknown`, code: '550', enhanced: '5.1.1' }).category).toBe('recipient-unknown');
    expect(classify({ reply: lead, code: '550', enhanced: '5.1.1' }).category).toBe('recipient-unknown');
  });
  it('"user unknown" relayed with no status or one that does not confirm it, and no sign of RCPT TO, is a low-confidence recipient filter', () => {
    for (const enhanced of ['5.0.0', '5.2.1']) {
      const c = classify({ reply: '550 kim@dest.example... No such user', code: '550', enhanced });
      expect(c.category).toBe('recipient-policy');
      expect(c.confidence.level).toBe('low');
      expect(c.evidence.map((e) => e.text)).toContain(enhanced);
    }
    // Confirmed: an X.1.x status, the RCPT TO step, or words that place it there.
    expect(classify({ reply: '550 5.1.1 kim@dest.example... No such user', code: '550', enhanced: '5.1.1' }).category).toBe('recipient-unknown');
    expect(classify({ reply: '550 No such user', code: '550', enhanced: '5.0.0', command: 'RCPT TO' }).category).toBe('recipient-unknown');
    expect(classify({ reply: '550 5.2.1 <kim@dest.example>: Recipient address rejected: User unknown', code: '550', enhanced: '5.2.1' }).category).toBe('recipient-unknown');
    // A relayed reply with no status at all confirms nothing either; the reporting system's own words about its own
    // users (no reply code) and specific wording stand.
    expect(classify({ reply: '550 No such user', code: '550', enhanced: null }).category).toBe('recipient-policy');
    expect(classify({ reply: 'Unknown user: kim@dest.example', code: null, enhanced: null }).category).toBe('recipient-unknown');
    expect(classify({ reply: '550 Unrouteable address', code: '550', enhanced: null }).category).toBe('recipient-unknown');
    expect(classify({ reply: '550 - Requested action not taken: no such user here', code: '550', enhanced: null }).category).toBe('recipient-unknown');
  });
  it('a temporary "domain not found" is a DNS failure to retry, unless the domain publishes a null MX', () => {
    const nx = "DNS Error: 123 DNS type 'mx' lookup of dest.example responded with code NXDOMAIN Domain name not found: dest.example";
    expect(classify({ reply: nx, code: null, enhanced: '4.0.0' }).category).toBe('network');
    expect(classify({ reply: nx, code: null, enhanced: '5.1.2' }).category).toBe('recipient-domain');
    const nullMx = "DNS Error: 123 DNS type 'mx' lookup of dest.example responded with code NOERROR The domain dest.example doesn't receive email according to the administrator: returned Null MX";
    expect(classify({ reply: nullMx, code: null, enhanced: '4.0.0' }).category).toBe('recipient-domain');
  });
  it('the delay and temporary-DNS verdicts have their own words', () => {
    const nx = readText("Final-Recipient: rfc822; pat@dest.example\nAction: delayed\nStatus: 4.0.0\nDiagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of dest.example responded with code NXDOMAIN\n");
    const d = diagnoseReport(nx)[0];
    expect(d).toMatchObject({ category: 'network', ruleId: 'fact.temporary-domain', permanent: false });
    expect(d?.title).toContain('dest.example could not be found for now');
    // The steps do not repeat the address: the surfaces name each recipient once, above the steps.
    expect(d?.checklist[0]?.text).toMatch(/spelling of the domain/);
    expect(JSON.stringify(d)).not.toMatch(/\{[a-zA-Z]+\}/);
  });
  it('a delay warning without a cause is a delivery still being retried', () => {
    expect(classify({ reply: 'Message will be retried for 2 more day(s)', code: null, enhanced: null, delayed: true })).toMatchObject({ category: 'delivery-timeout', ruleId: 'fact.delay-without-cause', confidence: { level: 'low' } });
    expect(classify({ reply: 'Message will be retried for 2 more day(s)', code: null, enhanced: null }).category).toBe('unknown');
  });
  it('a queue timeout that quotes its last error is diagnosed by that error', () => {
    const reply = "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has been in the queue too long.";
    expect(classify({ reply, code: null, enhanced: '4.4.3' }).category).toBe('remote-error');
    expect(classify({ reply: "I'm not going to try again; this message has been in the queue too long.", code: null, enhanced: null }).category).toBe('delivery-timeout');
  });
  it("reads a local mailer's line when Sendmail's own reply is generic", () => {
    const text = '   ----- The following addresses had permanent fatal errors -----\n<pat@dest.example>\n\n   ----- Transcript of session follows -----\nmail.local: unknown user: pat\n554 <pat@dest.example>... Service unavailable\n';
    const report = readText(text);
    expect(report.recipients[0]).toMatchObject({ recipient: 'pat@dest.example', code: '554', statedReason: 'mail.local: unknown user: pat' });
    expect(diagnoseReport(report)[0]).toMatchObject({ category: 'recipient-unknown', confidence: { level: 'medium' } });
    // Without that line the generic reply decides, from its code alone.
    const bare = readText(text.replace('mail.local: unknown user: pat\n', ''));
    expect(bare.recipients[0]?.statedReason).toBeNull();
    expect(diagnoseReport(bare)[0]?.category).not.toBe('recipient-unknown');
  });
  it("chooses the provider by remote host before the recipient's domain", () => {
    const c = classify({ reply: '550 5.7.1 Message rejected', code: '550', enhanced: '5.7.1', remoteHost: 'mx0a-001.pphosted.com', recipient: 'pat@gmail.com' });
    expect(c.provider?.id).toBe('proofpoint');
  });
  it('gives evidence spans that point into the reply', () => {
    const reply = '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table';
    const c = classify({ reply, code: '550', enhanced: '5.1.1' });
    const e = c.evidence.find((x) => x.source === 'reply');
    expect(e && reply.slice(e.start!, e.end!)).toBe(e?.text);
    // The longest documented words that matched (Postfix's own text), which hold "user unknown".
    expect(e?.text.toLowerCase()).toContain('user unknown');
  });
});

describe('authentication results narrow an unauthenticated verdict', () => {
  const original = (ar: string) => ({ subject: null, from: 'Me <me@shop.example>', to: null, date: null, messageId: null, authenticationResults: [ar], receivedSpf: [], dkimSignatures: [{ domain: 'shop.example', selector: 's1' }], arc: [] });
  const reply = '550-5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp';
  it('dkim=fail with spf=pass → dkim', () => {
    const c = classify({ reply, code: '550', enhanced: '5.7.26', original: original('mx.google.com; dkim=fail header.i=@shop.example; spf=pass smtp.mailfrom=shop.example') });
    expect(c.category).toBe('dkim');
    expect(c.evidence.some((e) => e.source === 'authentication-results')).toBe(true);
  });
  it('spf=fail with dkim=pass → spf', () => {
    expect(classify({ reply, code: '550', enhanced: '5.7.26', original: original('x; spf=softfail smtp.mailfrom=shop.example; dkim=pass') }).category).toBe('spf');
  });
  it('dmarc=fail confirms a DMARC verdict', () => {
    const c = classify({ reply: "550 5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. - gsmtp", code: '550', enhanced: '5.7.26', original: original('x; dmarc=fail (p=reject) header.from=shop.example') });
    expect(c.category).toBe('dmarc');
    expect(c.evidence.some((e) => e.text === 'dmarc=fail')).toBe(true);
  });
});

describe('final or deferred, when a reply\'s code and status disagree', () => {
  it("follows the reply code, which the client acts on (RFC 5321 §4.2.1), over the status written beside it", () => {
    expect(diagnoseReply('451 5.7.3 STARTTLS is required to send mail')?.permanent).toBe(false);
    expect(diagnoseReply('550 4.4.7 QUEUE.Expired; message expired')?.permanent).toBe(true);
  });
  it("keeps a notice's own status, which is its verdict on the reply it quotes", () => {
    // Written here after Exchange 2000/2003's NDR (Microsoft KB 322679): "did not reach" is its failure notice.
    const ndr = 'Your message did not reach some or all of the intended recipients.\n\nThe following recipient(s) could not be reached:\n\n      pat@dest.example on 7/18/2002 2:41 PM\n            This message is larger than the current system limit or the recipient\'s mailbox is full.\n            <mail.origin.example #5.2.3 smtp;450 5.2.3 Msg Size greater than allowed by Remote Host>';
    const [d] = diagnoseReport(readPastedText(ndr, { documented: isDocumentedFailure }));
    expect(d?.permanent).toBe(true);
  });
});

describe('a limit or an unreachable server, final or deferred', () => {
  const steps = (d: { checklist: readonly { text: string }[] } | null | undefined) => d?.checklist.map((s) => s.text).join(' | ') ?? '';
  it("tells a 5xx limit that the message will not be retried, and to send it again once the limit resets (GoDaddy's IB504)", async () => {
    const d = diagnoseReply('550 This IP has sent too many messages this hour. IB504');
    expect(d?.category).toBe('rate-limit');
    expect(d?.explanation).toMatch(/refused, not deferred: it will not be retried/);
    expect(steps(d)).toMatch(/Wait until the limit resets .*then send the message again/);
    expect(steps(d)).not.toMatch(/let your server retry|Postmaster Tools/);
    // In the reader's language too.
    const [de] = diagnoseReport(readText('550 This IP has sent too many messages this hour. IB504'), await loadKnowledge('de'));
    expect(de?.explanation).toMatch(/nicht erneut versucht/);
  });
  it('tells a 4xx limit, and a limit with no code at all, as before: the server retries what it deferred', () => {
    const deferred = diagnoseReply('421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5');
    expect(deferred?.category).toBe('rate-limit');
    expect(steps(deferred)).toMatch(/Wait and let your server retry/);
    const codeless = diagnoseReport(readPastedText('Domain example.net has exceeded the max emails per hour (101/100 (101%)) allowed.  Message will be reattempted later', { documented: isDocumentedFailure }))[0];
    expect(codeless?.category).toBe('rate-limit');
    // (The sending account's own hourly limit, held in its server's queue: not to be sent again by hand.)
    expect(steps(codeless)).toMatch(/^Wait, and do not send the message again by hand/);
    expect(steps(codeless)).not.toMatch(/then send the message again/);
  });
  it("tells an Exchange NDR whose server gave up on an unreachable host that the message was not delivered", () => {
    const report = readPastedText(
      [
        'Delivery has failed to these recipients or groups:',
        '',
        'pat@dest.example',
        "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.",
        '',
        'Diagnostic information for administrators:',
        'Generating server: AM6PR01MB1234.eurprd01.prod.exchangelabs.com',
        'pat@dest.example',
        "Remote server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'",
      ].join('\n'),
    );
    const [d] = diagnoseReport(report);
    expect(d?.category).toBe('network');
    expect(d?.explanation).toMatch(/your server has stopped trying: this message was not delivered/);
    expect(steps(d)).toMatch(/Send the message again later/);
    expect(steps(d)).not.toMatch(/let your server retry/);
  });
  it('tells greylisting that outlived the retries that the message was lost and to send it again; a greylisting deferral is still a wait', async () => {
    const lines = [
      'This is the mail system at host mail.shop.example.',
      '',
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      '',
      '                   The mail system',
      '',
      '<pat@example.net>: host mx.example.net[192.0.2.5] said: 450 4.2.0 <pat@example.net>:',
      '    Recipient address rejected: Greylisted, see',
      '    http://postgrey.schweikert.ch/help/example.net.html (in reply to RCPT TO',
      '    command)',
    ];
    const [d] = diagnoseReport(readText(lines.join('\n')));
    expect(d?.category).toBe('greylisting');
    expect(d?.permanent).toBe(true);
    expect(d?.side).toBe('either');
    expect(d?.whoActs).toBe('You: send the message again');
    expect(d?.explanation).toMatch(/your server has stopped trying: this message was not delivered/);
    expect(steps(d)).toMatch(/^Send the message again\. \| .*same outgoing IP address/);
    expect(steps(d)).not.toMatch(/Nothing needs to be done|retries by itself/);
    const [de] = diagnoseReport(readText(lines.join('\n')), await loadKnowledge('de'));
    expect(de?.explanation).toMatch(/nicht zugestellt/);
    // The same reply pasted alone is a deferral the server is still retrying.
    const deferred = diagnoseReply('450 4.2.0 <pat@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html');
    expect(deferred?.category).toBe('greylisting');
    expect(deferred?.permanent).toBe(false);
    expect(deferred?.side).toBe('none');
    expect(deferred?.explanation).toMatch(/Nothing needs to be done/);
  });
});

describe("a sending program's own connection failure", () => {
  const steps = (d: { checklist: readonly { text: string; command?: string }[] } | null | undefined) => d?.checklist.map((s) => `${s.text} ${s.command ?? ''}`).join(' | ') ?? '';
  it("is told as the program's failure to reach its mail server, not as the recipient's server being unreachable", async () => {
    for (const pasted of [
      'Error: connect ECONNREFUSED 127.0.0.1:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16)',
      'Swift_TransportException: Connection could not be established with host smtp.example.com [Connection timed out #110]',
      'javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465',
      'smtplib.SMTPServerDisconnected: Connection unexpectedly closed',
    ]) {
      const [d] = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }));
      expect(d?.category, pasted).toBe('network');
      expect(d?.title, pasted).toBe('Not sent: the sending program could not connect to the mail server');
      expect(d?.whoActs).toMatch(/^You or whoever runs the program/);
      expect(steps(d)).toMatch(/587 with STARTTLS, 465 with TLS/);
      expect(steps(d)).not.toMatch(/dig \+short MX|recipient domain's mail servers/);
      // The program's settings or the way to its server: the sender's to fix, then to send again.
      expect(d?.side).toBe('sender');
      expect(d?.retry).toBe('fix-then-resend');
    }
    // A long stack trace under it (read as 'generic', past the fragment's 4,000 characters) is still the program's.
    const trace = Array.from({ length: 80 }, (_, i) => `    at com.example.mail.Sender.send${i}(Sender.java:${100 + i})`).join('\n');
    const [long] = diagnoseReport(readPastedText(`javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465\n${trace}`, { documented: isDocumentedFailure }));
    expect(long?.title).toBe('Not sent: the sending program could not connect to the mail server');
    const [de] = diagnoseReport(readPastedText('Error: connect ETIMEDOUT 192.0.2.10:25', { documented: isDocumentedFailure }), await loadKnowledge('de'));
    expect(de?.title).toBe('Nicht gesendet: Das sendende Programm konnte keine Verbindung zum Mailserver herstellen');
    expect(de?.explanation).toMatch(/Firewall oder ein Hosting-Anbieter/);
  });
  it("is not said where a mail server quotes the operating system's error, or answered with a code", () => {
    // Postfix reaching the recipient's MX: the bare system error is the server's, about the recipient's server.
    const mta = diagnoseReport(readPastedText('postfix/smtp[3288]: connect to mx.dest.example[192.0.2.27]:25: Connection timed out', { documented: isDocumentedFailure }))[0];
    expect(mta?.category).toBe('network');
    expect(mta?.title).not.toMatch(/sending program/);
    // A relay that answered 550 with its own lookup's error: a server did answer.
    const relayed = diagnoseReply('550 queryTxt ESERVFAIL');
    expect(relayed?.title ?? '').not.toMatch(/sending program/);
  });
  it('is said when the text shows the connection was to the sender\'s own side, whatever rule read its words', () => {
    const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
    for (const pasted of [
      // A submission port (RFC 6409, RFC 8314): the sender's own provider.
      'Unable to connect to "smtp.example.com" port 587. Cannot open smtp.example.com:587',
      'Error: An Error has occured! Connection to tcp://mail.example.com:465 Timed Out',
      // The loopback host: the sender's own machine.
      "sendmail: can't connect to remote host (127.0.0.1): Connection refused",
      'o0T401sX008943: to=pat, delay=11:40:00, mailer=relay, relay=[127.0.0.1] [127.0.0.1], dsn=4.0.0, stat=Deferred: Connection refused by [127.0.0.1]',
      // A runtime's own marks: Python's errno, Rust's os error, Perl's die, Ruby's backtrace, PHP's file and line, Java's
      // classes, Go's dial.
      'Emails cannot be sent: "error: [Errno 111] Connection refused"',
      'email_send_failed: Connection error: Connection refused (os error 111)',
      'Error! SMTP Failed to connect to mail server: at /usr/share/perl5/vendor_perl/MIME/Lite.pm line 3036.',
      "Connection refused - connect(2) for nil port 25 /usr/lib/ruby/2.2.0/net/smtp.rb:541:in `initialize'",
      "exception 'Zend_Mail_Protocol_Exception' with message 'Connection refused' in /home/test/lib/Zend/Mail/Protocol/Abstract.php:277",
      'MessagingException: java.net.SocketTimeoutException: Read timed out',
      'level=error msg="Error on notify: dial tcp 192.0.2.10:25: getsockopt: connection refused" source="notify.go:283"',
    ]) {
      const d = read(pasted);
      expect(d?.category, pasted).toBe('network');
      expect(d?.title, pasted).toBe('Not sent: the sending program could not connect to the mail server');
      expect(d?.side, pasted).toBe('sender');
    }
    // A mail server's deferral to its own filter or relay is a delay its own queue holds, not the receiver's.
    const held = read('postfix/error[7376]: C250A23B133: to=<pat@example.com>, relay=none, delay=5012, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)');
    expect(held?.permanent).toBe(false);
    expect(held?.explanation).toMatch(/^This is a delay, not a final failure: your own mail server is holding the message/);
    expect(held?.explanation).not.toMatch(/receiving server deferred/);
    // TLS with the sender's own submission server, in its mail server's log.
    const tls = read('SSL_connect error to smtp.example.net[192.0.2.5]:587: -1 warning: TLS library problem: error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure');
    expect(tls?.category).toBe('tls-required');
    expect(tls?.title).toBe('Not sent: the sending program could not set up an encrypted connection to the mail server');
    // Not where the loopback name is the log's own host name, a mailbox's domain or a HELO name, nor where a mail
    // server's own log of delivering onwards wraps a runtime's words.
    for (const pasted of [
      'Oct 25 12:50:21 localhost postfix/smtp[6667]: connect to mx.dest.example[192.0.2.27]:25: Connection timed out',
      'Apr 28 01:41:37 ubuntu sm-mta[6691]: o3Q1uxhS002622: to=<pat@example.com.au>, ctladdr=<root@localhost> (0/0), mailer=esmtp, relay=mx.example.com.au., dsn=4.0.0, stat=Deferred: Connection timed out with mx.example.com.au.',
      'postfix/smtp[286]: connect to alt1.gmail-smtp-in.l.google.com[192.0.2.27]:25: Network is unreachable (os error 101)',
    ]) {
      const d = read(pasted);
      expect(d?.category, pasted).toBe('network');
      expect(d?.title, pasted).not.toMatch(/sending program/);
    }
  });
});

describe('a message stopped in a loop between servers', () => {
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // Microsoft's NDR 5.4.14 and Exchange's 5.4.6, Google's hop limit, Postfix's hopcount_limit and local(8)'s
    // Delivered-To: check, Sendmail's MaxHopCount, qmail-smtpd's.
    '554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [SY3AUS99FT999.eop-AUS01.prod.protection.outlook.com]',
    '554 5.4.6 Hop count exceeded - possible mail loop',
    '554-5.6.0 Message exceeded 50 hops, this may indicate a mail loop.',
    '554 5.4.0 Error: too many hops (in reply to end of DATA command)',
    '<pat@dest.example>: mail forwarding loop for pat@dest.example',
    '554 5.4.6 Too many hops 26 (25 max): from <kim@src.example> via relay.example, to <pat@dest.example>',
    '554 too many hops, this message is looping (#5.4.6)',
  ])('is told as a loop of forwarding or routing, not as a broken server: %s', async (pasted) => {
    const d = read(pasted);
    expect(d?.category).toBe('remote-error');
    expect(d?.title).toMatch(/the message went round in a loop between mail servers$/);
    expect(d?.explanation).toMatch(/forwarded in a circle/);
    expect(d?.explanation).not.toMatch(/full disk/);
    const [fr] = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }), await loadKnowledge('fr'));
    expect(fr?.title).toMatch(/le message a tourné en boucle/);
  });
  it("gives Exim's 'lowest numbered MX record points to local host' the texts of a route that leads back to the server itself", () => {
    const d = read('== pat@dest.example R=dnslookup defer (-1): lowest numbered MX record points to local host');
    expect(d?.title).toMatch(/route for dest\.example leads back to itself/);
  });
});

describe("a blocklist's error answer taken for a listing", () => {
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // Spamhaus's return codes: a public resolver (127.255.255.254), too many queries (127.255.255.255), an IP address
    // looked up in the domain list (127.0.1.255).
    'NOQUEUE: reject: RCPT from unknown[192.0.2.20]: 554 5.7.1 Service unavailable; Client host [192.0.2.20] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/192.0.2.20/',
    '554 5.7.1 Service unavailable; Client host [192.0.2.20] blocked using zen.spamhaus.org; https://www.spamhaus.org/returnc/vol/',
    '554 5.7.1 Service unavailable; Client host [192.0.2.20] blocked using dbl.spamhaus.org; No IP queries',
  ])('is told as the receiving server\'s own lookup error, not as a listing: %s', (pasted) => {
    const d = read(pasted);
    expect(d?.category).toBe('remote-error');
    expect(d?.title).toBe('The receiving server refused you because its own blocklist lookup failed, not because you are listed');
    expect(d?.side).toBe('recipient');
    const steps = d?.checklist.map((st) => st.text).join(' | ') ?? '';
    expect(steps).toMatch(/resolver of its own/);
    expect(steps).not.toMatch(/request removal|delist/i);
  });
});

describe('the account a program logged in with and the sender it gave', () => {
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it("QQ Mail's 'mail from address must be same as authorization user' is a login that may not send as that address", () => {
    for (const pasted of ['501 mail from address must be same as authorization user', "SMTPSenderRefused: (501, b'mail from address must be same as authorization user', 'kim@src.example')"]) {
      const d = read(pasted);
      expect(d?.category, pasted).toBe('sender-rejected');
      expect(d?.title, pasted).toBe('Not sent: the account you sent with may not use this From address');
      // Its words decide: the code's own reading (a 501 that names the sender) does not lower it to a guess.
      expect(d?.confidence.level, pasted).not.toBe('low');
    }
  });
  it("a 501 whose words name their cause keeps their reading; the code's reading is for a 501 whose words name none", () => {
    expect(read('501 Error: Bad sender address syntax')?.ruleId).not.toBe('code.sender-parameter');
    const bare = read('501 Invalid MAIL FROM address provided');
    expect(bare?.category).toBe('sender-rejected');
    expect(bare?.ruleId).toBe('code.sender-parameter');
  });
});

describe('a login the server refused', () => {
  const title = 'The mail server refused the login: the username or password was not accepted';
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // RFC 4954's 535 5.7.8, as Postfix, Gmail and a library print it.
    '535 5.7.8 Error: authentication failed: authentication failure',
    '535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8 https://support.google.com/mail/?p=BadCredentials a1sm123 - gsmtp',
    'Invalid login: 535 Authentication Failed',
  ])('is told as a wrong login, not as a missing one: %s', (pasted) => {
    const d = read(pasted);
    expect(d?.category).toBe('auth-required');
    expect(d?.title).toBe(title);
    const steps = d?.checklist.map((st) => st.text).join(' | ') ?? '';
    expect(steps).toMatch(/app password/);
    expect(steps).toMatch(/^(?:For a Gmail|Check the username)/);
  });
  it("keeps the provider's own step, and says nothing of a wrong login where none was tried or password logins are off", async () => {
    expect(read('535-5.7.8 Username and Password not accepted. 535 5.7.8 https://support.google.com/mail/?p=BadCredentials a1sm123 - gsmtp')?.checklist[0]?.text).toMatch(/^For a Gmail or Google Workspace account/);
    for (const pasted of ['530 5.7.0 Authentication Required', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.']) expect(read(pasted)?.title, pasted).not.toBe(title);
    const [de] = diagnoseReport(readPastedText('535 5.7.8 Error: authentication failed', { documented: isDocumentedFailure }), await loadKnowledge('de'));
    expect(de?.title).toBe('Der Mailserver hat die Anmeldung abgelehnt: Benutzername oder Passwort wurden nicht akzeptiert');
  });
});

describe('a message refused for its format', () => {
  it('names the rules a message must keep: one From, Date and Message-ID, lines under 998 characters with CRLF, encoded text', () => {
    for (const pasted of ['500 Line Too Long', 'Diagnostic-Code: smtp;554 Transaction failed: Duplicate header \'From\'.']) {
      const d = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }))[0];
      expect(d?.category, pasted).toBe('message-format');
      const steps = d?.checklist.map((st) => st.text).join(' | ') ?? '';
      expect(steps).toMatch(/exactly one From, one Date and one Message-ID/);
      expect(steps).toMatch(/under 998 characters and end each with CRLF/);
      expect(steps).toMatch(/one address in the From header/);
    }
  });
});

describe("Microsoft 365 refusing a program's password login", () => {
  it.each([
    // The 5.7.139 replies Microsoft's SMTP AUTH page lists.
    '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.',
    "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy.",
    'Invalid login: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BY3PR04CA0001.namprd04.prod.outlook.com]',
  ])('is told as SMTP AUTH off or blocked, not as a wrong password: %s', (pasted) => {
    const d = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('auth-required');
    expect(d?.title).toBe("Microsoft does not accept this program's password login (SMTP AUTH is off or blocked)");
    const steps = d?.checklist.map((st) => st.text).join(' | ') ?? '';
    expect(steps).toMatch(/SmtpClientAuthenticationDisabled/);
    expect(steps).toMatch(/OAuth/);
    expect(d?.explanation).toMatch(/Typing the password again will not help/);
    // Outlook.com and Hotmail (smtp-mail.outlook.com) have taken only OAuth from mail programs since September 2024.
    expect(d?.explanation).toMatch(/Outlook\.com or Hotmail account has accepted only OAuth/);
  });
});

describe('a server that requires STARTTLS before anything else', () => {
  it.each([
    // RFC 3207 §4's 530, as Gmail, Postfix and a library print it.
    '530 5.7.0 Must issue a STARTTLS command first. w5sm4960856pax.28 - gsmtp',
    "host mx.example.com[198.51.100.30] said: 530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)",
    "smtplib.SMTPSenderRefused: (530, b'5.7.0 Must issue a STARTTLS command first', 'kim@src.example')",
  ])('is told as encryption the program did not turn on: %s', async (pasted) => {
    const d = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('tls-required');
    expect(d?.title).toBe('Not sent: the server requires encryption (STARTTLS) first, and the program did not turn it on');
    const steps = d?.checklist.map((st) => `${st.text} ${st.command ?? ''}`).join(' | ') ?? '';
    expect(steps).toMatch(/mail\.smtp\.starttls\.enable=true/);
    expect(steps).not.toMatch(/certificate the recipient/);
    const [pt] = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }), await loadKnowledge('pt-BR'));
    expect(pt?.title).toMatch(/^Não enviado: o servidor exige criptografia \(STARTTLS\) primeiro/);
  });
});

describe("Yahoo's own forms of reply", () => {
  it("recognize Yahoo without its host: '554 delivery error: dd …' and a disabled mailbox's '(554.30)' (its SMTP error code page)", () => {
    for (const pasted of ['554 30 Sorry, your message to pat@dest.example cannot be delivered. This mailbox is disabled (554.30)', "554 delivery error: dd This user doesn't have a yahoo.com account"]) {
      const d = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }))[0];
      expect(d?.provider?.id, pasted).toBe('yahoo');
      expect(d?.confidence.level, pasted).toBe('high');
    }
  });
});

describe('a recipient address refused for how it is written', () => {
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // RFC 3463 X.1.3, Postfix's and Gmail's words, a program's list where one address goes.
    'Net::SMTPSyntaxError - 501 5.1.3 Bad recipient address syntax',
    "553-5.1.3 The recipient address <noaa> is not a valid RFC 5321 address. Learn more at https://support.google.com/mail/answer/6596 - gsmtp",
    'Net::SMTPFatalError (550 <pat@dest.example, ["pat@dest.example"]> invalid address )',
  ])('is told as an address to correct, not one that does not exist: %s', (pasted) => {
    const d = read(pasted);
    expect(d?.title).toMatch(/is not a valid email address as written$/);
    expect(d?.suppress).toBe(false);
    expect(d?.retry).toBe('fix-then-resend');
  });
  it('is not said of an address refused after a lookup, however it is quoted', () => {
    for (const pasted of ['550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in local recipient table', '550 5.1.1 <pat@dest.example >: Recipient address rejected: User unknown in virtual mailbox table']) {
      expect(read(pasted)?.title, pasted).toMatch(/^The address (?:pat@dest\.example )?does not exist$/);
    }
  });
});

describe('a HELO name refused for its syntax', () => {
  it.each(['501 Syntactically invalid HELO argument(s)', '501 5.5.4 Invalid domain name'])("is told as the name the server introduced itself with: %s", (pasted) => {
    const d = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }))[0];
    expect(d?.category).toBe('protocol');
    expect(d?.title).toMatch(/refused the name your server introduced itself with \(HELO\/EHLO\)$/);
    expect(d?.checklist.map((st) => st.text).join(' | ')).toMatch(/myhostname/);
  });
});

describe("a pasted delay notice's own words", () => {
  it('make it a delay, whatever its quoted reply says', () => {
    // Mox's delay notice (its DSN template: "Delivery has been delayed of your email to", "Next attempts to deliver"),
    // its last error a reply with no code of its own.
    const pasted = 'Delivery has been delayed of your email to:\n\n    pat@dest.example\n\nNext attempts to deliver: in 4 hours, 8 hours and 16 hours.\nIf these attempts all fail, you will receive a notice.\n\nError during the last delivery attempt:\n\n    remote smtp server does not implement smtputf8 extension, required by message, transient';
    const report = readPastedText(pasted, { documented: isDocumentedFailure });
    expect(report.kind).toBe('delay');
    const d = diagnoseReport(report)[0];
    expect(d?.permanent).toBe(false);
  });
});

describe('a delivery timeout', () => {
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it('that is still a delay is told as not delivered yet, not as given up', () => {
    for (const pasted of [
      // Exchange's delay notice (NDR 4.4.7 with a 400 reply): delivery continues.
      '400 4.4.7 Message delayed',
      "This message hasn't been delivered yet. Delivery will continue to be attempted.\nRemote Server returned '400 4.4.7 Message delayed'",
    ]) {
      const d = read(pasted);
      expect(d?.category, pasted).toBe('delivery-timeout');
      expect(d?.permanent, pasted).toBe(false);
      expect(d?.title, pasted).toMatch(/^Not delivered yet: your server is still trying/);
      expect(d?.explanation, pasted).not.toMatch(/stopped after its retry period/);
    }
  });
  it('that a pasted notice says it gave up on is final, whatever the class of its status', () => {
    for (const pasted of [
      // qmail-send's expiry line; Exchange 2003's NDR (Microsoft KB 322679); Exchange Online's expiry.
      "<pat@example.org>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.",
      'Your message did not reach some or all of the intended recipients.\nThe following recipient(s) could not be reached:\npat@example.org on 3/4/2024 10:00 AM\nCould not deliver the message in the time limit specified. Please retry or contact your administrator.\n<mail.example.org #4.4.7>',
      '550 4.4.7 QUEUE.Expired; message expired',
    ]) {
      const d = read(pasted);
      expect(d?.category, pasted).toBe('delivery-timeout');
      expect(d?.permanent, pasted).toBe(true);
      expect(d?.title, pasted).toMatch(/^Your server gave up delivering/);
      expect(d?.explanation, pasted).not.toMatch(/^This is a delay/);
    }
  });
});

describe("a large provider's receiving servers not reached at connect", () => {
  const title = "Your server could not connect to the recipient's mail provider: outgoing port 25 is most likely blocked on your side";
  const read = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];
  it.each([
    // Postfix's smtp(8), today's and its older form; Sendmail's errstring(); Exim's log; a Postfix DSN's Diagnostic-Code.
    'postfix/smtp[362]: connect to gmail-smtp-in.l.google.com[192.0.2.26]:25: Operation timed out',
    'postfix/smtp[8766]: connect to mx4.hotmail.com[192.0.2.232]: Connection timed out (port 25)',
    'stat=Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com.',
    'Deferred: Connection refused by mx5.biz.mail.yahoo.com.',
    'H=ALT1.ASPMX.L.GOOGLE.COM [192.0.2.26] Connection timed out',
    'Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to eur.olc.protection.outlook.com[192.0.2.161]:25: Connection timed out',
    'postfix/smtp[692]: connect to gmail-smtp-in.l.google.com[2001:db8::1b]:25: Network is unreachable',
  ])('is told as a block on the sending side: %s', (pasted) => {
    const d = read(pasted);
    expect(d?.category).toBe('network');
    expect(d?.title).toBe(title);
    expect(d?.side).toBe('sender');
    expect(d?.whoActs).toMatch(/^Whoever runs the sending mail server/);
    // No server refused anything: the provider it could not reach is not named as the one who did.
    expect(d?.provider).toBeNull();
    const steps = d?.checklist.map((st) => `${st.text} ${st.command ?? ''}`).join(' | ') ?? '';
    expect(steps).toMatch(/nc -vz -w 10 gmail-smtp-in\.l\.google\.com 25/);
    expect(steps).toMatch(/Google Cloud blocks port 25/);
    expect(steps).not.toMatch(/dig \+short MX/);
  });
  it('is not said of a server that is not a large provider\'s, another port, or a failure after the connection', async () => {
    for (const pasted of [
      'postfix/smtp[3288]: connect to mx.dest.example[192.0.2.27]:25: Connection timed out',
      'connect to googlemail.de[192.0.2.14]:25: Connection timed out',
      'postfix/smtp[3061]: lost connection with gmail-smtp-in.l.google.com[192.0.2.27] while receiving the initial server greeting',
      'Technical details of temporary failure: The recipient server did not accept our requests to connect. [example.org (1): Connection timed out]',
    ]) expect(read(pasted)?.title, pasted).not.toBe(title);
    // The submission port is the sender's provider, reached by a program or a relay client: that failure's own texts.
    expect(read('postfix/smtp[1656]: connect to smtp.gmail.com[192.0.2.6]:587: Connection timed out')?.title).toBe('Not sent: the sending program could not connect to the mail server');
    const [de] = diagnoseReport(readPastedText('postfix/smtp[362]: connect to gmail-smtp-in.l.google.com[192.0.2.26]:25: Operation timed out', { documented: isDocumentedFailure }), await loadKnowledge('de'));
    expect(de?.title).toMatch(/^Ihr Server konnte keine Verbindung zum Mail-Anbieter des Empfängers herstellen/);
  });
});

describe("a sending program's failed TLS with its mail server", () => {
  it("is told as the program's port, encryption, server name or trust store, not as the recipient's server's certificate", async () => {
    for (const pasted of [
      'smtplib.SMTPServerDisconnected: ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)',
      'level=fatal msg="Error during notifier startup check: x509: certificate has expired or is not yet valid: current time 2021-03-14T19:05:07+01:00 is after 2021-03-08T21:19:04Z"',
      'MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.',
      'javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)',
    ]) {
      const [d] = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }));
      expect(d?.category, pasted).toBe('tls-required');
      expect(d?.title, pasted).toBe('Not sent: the sending program could not set up an encrypted connection to the mail server');
      expect(d?.whoActs, pasted).toMatch(/^You or whoever runs the program/);
      const all = d?.checklist.map((st) => `${st.text} ${st.command ?? ''}`).join(' | ') ?? '';
      expect(all).toMatch(/465 with TLS from the start/);
      expect(all).not.toMatch(/RECIPIENT-MX/);
      expect(d?.side).toBe('sender');
    }
    const [ja] = diagnoseReport(readPastedText('[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)', { documented: isDocumentedFailure }), await loadKnowledge('ja'));
    expect(ja?.title).toBe('未送信：送信したプログラムがメールサーバーとの暗号化接続を確立できませんでした');
  });
  it("is not said for a mail server's reply about TLS", () => {
    const d = diagnoseReply('530 5.7.0 Must issue a STARTTLS command first');
    expect(d?.category).toBe('tls-required');
    expect(d?.title).not.toMatch(/sending program/);
  });
});

describe("an account over its own sending limit", () => {
  const title = 'Not sent: your account has reached its sending limit for now';
  const steps = (d: { checklist: { text: string }[] } | undefined) => (d?.checklist ?? []).map((st) => st.text).join(' | ');
  it.each([
    // Google's SMTP error reference (550 5.4.5), its provider rule by status alone, iCloud's limits page, Microsoft's
    // NDR 5.1.90, Amazon SES's quota (454, a program's deferral), and a host's wording that no table holds.
    ['550-5.4.5 Daily user sending limit exceeded. For more information on Gmail\n550-5.4.5 sending limits go to\n550 5.4.5  https://support.google.com/a/answer/166852 d75a77b69052e - gsmtp'],
    ['smtplib.SMTPDataError: (550, b\'5.4.5 Daily user sending quota exceeded. j5sm483060pgi.42 - gsmtp\')'],
    ['550 5.7.1 pat@icloud.example: You have exceeded your daily sending limit. Please try again later.'],
    ["550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients"],
    ['Net::SMTPServerBusy: 454 Throttling failure: Daily message quota exceeded.'],
    ['550 5.4.6 <pat@dest.example>: Recipient address rejected: Sender Hourly Quota Exceeded'],
    // A sending service's API limit on the account (HTTP 429, RFC 6585 §4).
    ["MailerSend error body: 'Your account reached its rate limit of 15 requests/min. Please wait before trying again.', statusCode: 429"],
  ])('is told as the account\'s limit, to wait for and then send again: %s', (text) => {
    const [d] = diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }));
    expect(d?.category).toBe('rate-limit');
    expect(d?.title).toBe(title);
    expect(d?.retry).toBe('retry-later');
    expect(d?.explanation).toMatch(/no receiving server was asked/);
    expect(d?.explanation).not.toMatch(/this is a (?:delay|temporary refusal)/i);
    expect(steps(d)).toMatch(/^Wait until the limit resets, then send the message again/);
    expect(steps(d)).toMatch(/count every address of a message/);
    expect(steps(d)).not.toMatch(/Spread large sends|let your server retry/);
  });
  it("leaves a receiving server's limit on the sending IP its category's texts", () => {
    for (const text of ['450 4.7.1 Error: too much mail from 192.0.2.1', '421 4.7.0 mail.example.com Error: too many connections from 203.0.113.5', '550 This IP has sent too many messages this hour. IB504']) {
      const d = diagnoseReply(text);
      expect(d?.category, text).toBe('rate-limit');
      expect(d?.ruleId, text).not.toBe('account.sending-limit');
      expect(d?.title, text).not.toBe(title);
    }
  });
  it("is told, deferred by the sender's own server, as a delay that server holds, not a receiving server's", async () => {
    const held = 'This message was created automatically by mail delivery software.\n\nA message that you sent has not yet been delivered to one or more of its\nrecipients after more than 24 hours on the queue on mail.example.net.\n\nThe address to which the message has not yet been delivered is:\n\n  pat@dest.example\n    Domain example.net has exceeded the max emails per hour (101/100 (101%)) allowed.  Message will be reattempted later\n';
    const [d] = diagnoseReport(readPastedText(held, { documented: isDocumentedFailure }));
    expect(d?.title).toBe(title);
    expect(d?.explanation).toMatch(/^This is a delay, not a final failure: your own mail server is holding the message/);
    expect(d?.explanation).not.toMatch(/the receiving server deferred/);
    const [de] = diagnoseReport(readPastedText(held, { documented: isDocumentedFailure }), await loadKnowledge('de'));
    expect(de?.explanation).toMatch(/^Das ist eine Verzögerung, kein endgültiger Fehlschlag: Ihr eigener Mailserver/);
  });
  it("is told in the reader's language", async () => {
    const [fr] = diagnoseReport(readText('550 5.4.5 Daily user sending limit exceeded - gsmtp'), await loadKnowledge('fr'));
    expect(fr?.title).toBe('Non envoyé : votre compte a atteint sa limite d’envoi pour le moment');
    expect(fr?.whoActs).toMatch(/^Vous : attendez que la limite d’envoi de votre compte soit réinitialisée/);
  });
});

describe("the reason's provider", () => {
  it("is not the recipient's provider for a refusal only the sender's own server gives", () => {
    // A login refused, and an account's own hourly cap, for a Gmail address: the sender's outgoing server said them.
    for (const reply of ['535 Error: authentication failed', 'Domain example.net has exceeded the max emails per hour (101/100 (101%)) allowed. Message discarded.']) {
      const c = classify({ reply, code: null, enhanced: null, remoteHost: null, recipient: 'pat@gmail.com' });
      expect(c.provider, reply).toBeNull();
    }
    // Google's own submission server, named: still Google (its steps for its accounts apply).
    const own = classify({ reply: '535-5.7.8 Username and Password not accepted. - gsmtp', code: '535', enhanced: '5.7.8', remoteHost: 'smtp.gmail.com', recipient: 'pat@example.org' });
    expect(own.provider?.id).toBe('google');
    // A receiver's verdict keeps the provider the recipient's address names.
    const receiver = classify({ reply: '550 5.1.1 The email account that you tried to reach does not exist.', code: '550', enhanced: '5.1.1', remoteHost: null, recipient: 'pat@gmail.com' });
    expect(receiver.provider?.id).toBe('google');
  });
  it("says a provider's documented reply only when the deciding words are from its own tables", () => {
    // A host's own words in a delay for a Gmail address: Gmail is the recipient's provider, the words are not Google's.
    const c = classify({ reply: 'Domain example.net has exceeded the max emails per hour (101/100 (101%)) allowed.', code: null, enhanced: null, remoteHost: null, recipient: 'pat@gmail.com' });
    expect(c.category).toBe('rate-limit');
    expect(c.confidence.reason).not.toMatch(/Google/);
    expect(c.confidence.reason).toMatch(/^The reply says "has exceeded the max emails per hour"/);
    // Google's own reply still says so.
    const g = classify({ reply: '550 5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp', code: '550', enhanced: '5.7.26', remoteHost: 'gmail-smtp-in.l.google.com', recipient: 'pat@gmail.com' });
    expect(g.confidence.reason).toMatch(/^Google \(Gmail \/ Workspace\)'s documented reply/);
  });
});

describe('a login with no method in common (Postfix as a client of its relay)', () => {
  // Written here after Postfix's smtp_sasl_proto.c and smtp_sasl_glue.c texts and Cyrus SASL's error strings.
  it.each([
    'postfix/smtp[76]: A4997FB6AA: to=<pat@dest.example>, relay=smtp.relay.example[192.0.2.1]:587, delay=6, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp.relay.example[192.0.2.1]: no mechanism available)',
    'postfix/smtp[77]: B12: to=<pat@dest.example>, relay=smtp.relay.example[192.0.2.1]:25, delay=2, dsn=4.7.0, status=deferred (SASL authentication failed: server smtp.relay.example[192.0.2.1] offered no compatible authentication mechanisms for this type of connection security)',
    'postfix/smtp[78]: warning: SASL authentication failure: No worthy mechs found',
  ])('is told as encryption, security options and plugins, not as the password: %s', (text) => {
    const [d] = diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }));
    expect(d?.category).toBe('auth-required');
    expect(d?.title).toBe('Not sent: your server and the mail server it logs in to found no login method in common');
    const all = (d?.checklist ?? []).map((st) => st.text).join(' | ');
    expect(all).toMatch(/smtp_sasl_tls_security_options = noanonymous/);
    expect(all).toMatch(/libsasl2-modules/);
    expect(all).not.toMatch(/Check the username and password/);
  });
  it('leaves a refused password its own texts', () => {
    const d = diagnoseReply('SASL authentication failed; server smtp.relay.example[192.0.2.1] said: 535 5.7.8 Error: authentication failed: authentication failure');
    expect(d?.category).toBe('auth-required');
    expect(d?.ruleId).not.toBe('auth.sasl-mechanism');
  });
});

describe('a sender address refused as written', () => {
  const title = 'Not sent: the sender address given is not a complete email address';
  it.each([
    // Postfix's reject_non_fqdn_sender and smtpd's syntax check, its "must contain a domain", Gmail's RFC 5321 check,
    // and Microsoft's 501 5.1.7 (a 501 with X.1.7, both syntax).
    ['504 5.5.2 <pi@raspberrypi>: Sender address rejected: need fully-qualified address'],
    ['501 5.1.7 Bad sender address syntax'],
    ["SMTPSenderRefused: (501, '<ElastAlert>: sender address must contain a domain', 'ElastAlert')"],
    ['553-5.1.7 The sender address <(pat@example.org> is not a valid RFC-5321\n553 5.1.7 address. 64si4174903ljf.377 - gsmtp'],
    ["smtplib.SMTPSenderRefused: (501, b'5.1.7 Invalid address', 'svc-reports')"],
  ])('is told as an address to complete in the sender setting: %s', (text) => {
    const [d] = diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }));
    expect(d?.category).toBe('sender-rejected');
    expect(d?.title).toBe(title);
    const all = (d?.checklist ?? []).map((st) => st.text).join(' | ');
    expect(all).toMatch(/myorigin/);
    expect(all).not.toMatch(/working mail records/);
  });
  it("leaves a refused sender that is well formed its own texts (Postfix's 5.1.7 for an undeliverable sender, a login that may not send as it)", () => {
    for (const text of ['550 5.1.7 <pat@example.org>: Sender address rejected: undeliverable address: host mx.example.org said: 550 5.1.1 no such user', '553 5.7.1 <pat@example.org>: Sender address rejected: not owned by user kim@example.org', '553 5.1.8 <pat@example.org>: Sender address rejected: Domain not found']) {
      const d = diagnoseReply(text);
      expect(d?.category, text).toBe('sender-rejected');
      expect(d?.title, text).not.toBe(title);
    }
  });
  it("is told in the reader's language", async () => {
    const [de] = diagnoseReport(readText('501 5.1.7 Bad sender address syntax'), await loadKnowledge('de'));
    expect(de?.title).toBe('Nicht gesendet: Die angegebene Absenderadresse ist keine vollständige E-Mail-Adresse');
  });
});

describe("Google's 534 5.7.14, a sign-in to finish in a web browser", () => {
  it("is Google's, by its status and by the sign-in page its reply links, and told with Google's login steps", () => {
    const reply = '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbt6\n534-5.7.14 xJVIC_uvBjBetGRV> Please log in via your web browser and\n534-5.7.14 then try again.';
    const d = diagnoseReply(reply);
    expect(d?.category).toBe('auth-required');
    expect(d?.provider?.id).toBe('google');
    expect(d?.confidence.level).toBe('high');
    expect(d?.checklist[0]?.text).toMatch(/app password/);
  });
  it('is not Google\'s from the status alone', () => {
    expect(diagnoseReply('534 5.7.14 Trust relationship required')?.provider).toBeNull();
  });
});

describe("a login lockout after too many logins", () => {
  it("is told as the program's login and a rest, not as sending too much (Gmail's 454 4.7.0)", async () => {
    const reply = '454 4.7.0 Too many login attempts, please try again later. f67sm20755463wmd.0 - gsmtp';
    const d = diagnoseReply(reply);
    expect(d?.category).toBe('rate-limit');
    expect(d?.title).toBe('Not sent: the mail server stopped accepting logins from your program for a while');
    const steps = (d?.checklist ?? []).map((st) => st.text).join(' | ');
    expect(steps).toMatch(/app password/);
    expect(steps).not.toMatch(/Spread large sends/);
    expect(d?.explanation).not.toMatch(/this is a delay/i);
    const [es] = diagnoseReport(readText(reply), await loadKnowledge('es'));
    expect(es?.whoActs).toMatch(/^Usted: corrija el inicio de sesión del programa/);
  });
});

describe('a post a mailing list holds for its moderator', () => {
  // Written here after GNU Mailman 2.1's postheld template and Mailman 3's hold subject.
  const held = "Your mail to 'Dev-list' with the subject\n\n    [PATCH] fix the build\n\nIs being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n    Post by non-member to a members-only list\n\nEither the message will get posted to the list, or you will receive\nnotification of the moderator's decision.";
  it('is a wait on the list, with nothing to send again, not a refusal', async () => {
    for (const text of [held, 'Your message to dev@lists.example.org awaits moderator approval']) {
      const [d] = diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }));
      expect(d?.category, text).toBe('recipient-policy');
      expect(d?.title, text).toBe('Not delivered yet: the mailing list is holding your message for its moderator');
      expect(d?.permanent, text).toBe(false);
      expect(d?.retry, text).toBe('nothing-to-do');
      expect(d?.explanation, text).not.toMatch(/this is a delay|keeps retrying/i);
    }
    const [fr] = diagnoseReport(readPastedText(held, { documented: isDocumentedFailure }), await loadKnowledge('fr'));
    expect(fr?.title).toBe('Pas encore distribué : la liste de diffusion retient votre message pour son modérateur');
  });
  it("is not said of the moderator's refusal", () => {
    const [d] = diagnoseReport(readPastedText('Your request to the Dev-list mailing list\n\n    Posting of your message titled "fix the build"\n\nhas been rejected by the list moderator.', { documented: isDocumentedFailure }));
    expect(d?.category).toBe('recipient-policy');
    expect(d?.title).not.toMatch(/holding/);
    expect(d?.permanent).toBe(true);
  });
});

describe('a mail server whose route to the domain leads back to itself', () => {
  it("is told as that server's or the domain's setup, with the settings that fix it, not as a crash on the recipient's side", async () => {
    for (const pasted of [
      'postfix/smtp[2705]: F1342: to=<bob@example.org>, relay=none, delay=0.1, dsn=5.4.6, status=bounced (mail for example.org loops back to myself)',
      '553 5.3.5 mx.example.org. config error: mail loops back to me (MX problem?)',
    ]) {
      const [d] = diagnoseReport(readPastedText(pasted, { documented: isDocumentedFailure }));
      expect(d?.category, pasted).toBe('remote-error');
      expect(d?.title, pasted).toMatch(/route for .* leads back to itself/);
      expect(d?.checklist.map((st) => st.text).join(' | ')).toMatch(/mydestination/);
      expect(d?.checklist[0]?.command).toMatch(/^dig \+short MX /);
      expect(d?.explanation).not.toMatch(/internal problem|crashed/);
    }
    const [ja] = diagnoseReport(readPastedText('mail for example.org loops back to myself', { documented: isDocumentedFailure }), await loadKnowledge('ja'));
    expect(ja?.title).toMatch(/自分自身に戻っています/);
  });
});

describe('a From address the logged-in account may not use', () => {
  it("is told as the login's missing right to that address, fixed with the login, an alias or Send As, not in the domain's DNS", async () => {
    for (const reply of [
      '553 5.7.1 <info@shop.example>: Sender address rejected: not owned by user web@host.example',
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender. [AM0PR01MB1234.eurprd01.prod.exchangelabs.com]',
      '554 5.2.252 SendAsDenied; pat@shop.example not allowed to send as kim@shop.example; STOREDRV.Submission.Exception:SendAsDeniedException',
      '503 from and auth not the same (#5.5.1)',
    ]) {
      const d = diagnoseReply(reply);
      expect(d?.category, reply).toBe('sender-rejected');
      expect(d?.title, reply).toBe('Not sent: the account you sent with may not use this From address');
      const steps = d?.checklist ?? [];
      expect(steps.map((st) => st.text).join(' | ')).toMatch(/smtpd_sender_login_maps/);
      expect(steps.some((st) => /dig \+short MX/.test(st.command ?? ''))).toBe(false);
    }
    const [fr] = diagnoseReport(readText('553 5.7.1 <info@shop.example>: Sender address rejected: not owned by user web@host.example'), await loadKnowledge('fr'));
    expect(fr?.whoActs).toMatch(/^Vous : envoyez depuis une adresse que votre identifiant peut utiliser/);
  });
});

describe("a delay a sending program reported", () => {
  it("is not told that 'your server keeps retrying': the program retries only if it queues failed mail", async () => {
    const pasted = 'Exception: Net::SMTPServerBusy\n454 4.3.0 Try again later (Net::SMTPServerBusy)';
    const report = readPastedText(pasted, { documented: isDocumentedFailure });
    expect(report.sentBy).toBe("Ruby's Net::SMTP");
    const [d] = diagnoseReport(report);
    expect(d?.permanent).toBe(false);
    expect(d?.explanation).toMatch(/^This is a temporary refusal, not a final one: .* The program that reported it tries again only if it keeps failed mail in a queue that retries\./);
    expect(d?.checklist[0]?.text).toMatch(/^Let the program's queue retry it, if it has one; if not, send the message again in a while/);
    const told = [d?.explanation, d?.whoActs, ...(d?.checklist ?? []).map((st) => st.text)].join(' | ');
    expect(told).not.toMatch(/your server keeps retrying|server keeps retrying|finally gives up/);
    const [de] = diagnoseReport(report, await loadKnowledge('de'));
    expect(de?.explanation).toMatch(/^Das ist eine vorübergehende Ablehnung/);
    // A limit, whose own texts are written for a mail server's queue, gets texts for a program's.
    const [limit] = diagnoseReport(readPastedText("smtplib.SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit')", { documented: isDocumentedFailure }));
    expect(limit?.category).toBe('rate-limit');
    expect(limit?.explanation).toMatch(/The program that reported it sends it again only if it keeps failed mail in a queue that retries/);
    expect([limit?.explanation, limit?.whoActs, ...(limit?.checklist ?? []).map((st) => st.text)].join(' | ')).not.toMatch(/let your server retry|your server retries|keeps retrying/);
    // The same reply from a mail server's log is the server's delay, which it retries.
    const [mta] = diagnoseReport(readPastedText('postfix/smtp[12]: 4BC: to=<a@dest.example>, relay=mx.dest.example[192.0.2.1]:25, dsn=4.3.0, status=deferred (host mx.dest.example[192.0.2.1] said: 454 4.3.0 Try again later (in reply to RCPT TO command))', { documented: isDocumentedFailure }));
    expect(mta?.explanation).toMatch(/your server keeps retrying on its own/);
  });
});

describe("Microsoft 365's own organization refusing to send", () => {
  it('is told as a domain to add and verify in Microsoft 365 (5.7.750), not as the sender domain\'s mail records', async () => {
    const reply = '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(3950)';
    const d = diagnoseReply(reply);
    expect(d?.category).toBe('sender-rejected');
    expect(d?.title).toBe('Not sent: Microsoft 365 blocks mail from a domain your organization has not added to it');
    const steps = d?.checklist ?? [];
    expect(steps.map((st) => st.text).join(' | ')).toMatch(/Settings, Domains/);
    expect(steps.some((st) => /dig \+short MX/.test(st.command ?? ''))).toBe(false);
    const [ja] = diagnoseReport(readText(reply), await loadKnowledge('ja'));
    expect(ja?.whoActs).toMatch(/^あなたまたは Microsoft 365 の管理者/);
  });
});

describe('a refused HELO/EHLO name', () => {
  it("is told as the name the sending server or program greets with, fixed in its settings, not as the IP's missing reverse DNS", async () => {
    for (const reply of [
      '504 5.5.2 <5c632f939fd4>: Helo command rejected: need fully-qualified hostname',
      '550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)',
      '550 5.7.0 HELO argument [localhost.localdomain] is malformed.',
      '550 EHLO argument does not match calling host',
      '550 5.7.506 Access Denied, Bad HELO',
    ]) {
      const d = diagnoseReply(reply);
      expect(d?.category, reply).toBe('ptr');
      expect(d?.title, reply).toMatch(/refused the name your server introduced itself with \(HELO\/EHLO\)$/);
      expect((d?.checklist ?? []).map((st) => st.text).join(' | '), reply).toMatch(/myhostname.*local_hostname/);
    }
    // Gmail files its own under syntax errors (protocol): the texts are the HELO name's all the same.
    const gmail = diagnoseReply('501-5.5.4 Empty HELO/EHLO argument not allowed, closing connection. - gsmtp');
    expect(gmail?.title).toMatch(/refused the name your server introduced itself with \(HELO\/EHLO\)$/);
    const [fr] = diagnoseReport(readText('504 5.5.2 <host>: Helo command rejected: need fully-qualified hostname'), await loadKnowledge('fr'));
    expect(fr?.title).toMatch(/a refusé le nom sous lequel votre serveur s’est présenté/);
    // A missing reverse DNS keeps its own texts.
    expect(diagnoseReply('450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]')?.title).toMatch(/no matching reverse DNS name/);
  });
});

describe("a provider's own steps", () => {
  it("come first, and the category's step to the same page is not said twice (Microsoft's delist portal, Yahoo's Sender Hub)", () => {
    for (const reply of [
      "550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      '421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    ]) {
      const links = diagnoseReply(reply)?.checklist.flatMap((st) => (st.link ? [st.link] : [])) ?? [];
      expect(links.length).toBeGreaterThan(0);
      expect(new Set(links).size, reply).toBe(links.length);
    }
  });

  it("names the receiver by its own code in a bare paste, with the same title and steps as the full reply (Microsoft's 5.7.606)", () => {
    const bare = diagnoseReply('550 5.7.606 Access denied, banned sending IP [203.0.113.5].');
    const full = diagnoseReport(readText('550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. AS(1430) [DB5EUR03FT034.eop-EUR03.prod.protection.outlook.com]'))[0];
    expect(bare?.provider?.id).toBe('microsoft');
    expect(bare?.confidence.reason).toMatch(/provider recognised by its code/);
    expect(bare?.title).toBe(full?.title);
    expect(bare?.checklist.map((st) => st.link ?? st.text).slice(0, 2)).toEqual(full?.checklist.map((st) => st.link ?? st.text).slice(0, 2));
    expect(bare?.checklist.some((st) => st.link === 'https://sender.office.com/')).toBe(true);
    // A code about the sender's own mailbox there (Microsoft 365 refusing to send as another address) names no receiver.
    expect(diagnoseReply('554 5.2.252 SendAsDenied; pat@shop.example not allowed to send as sales@shop.example')?.provider).toBeNull();
  });

  it("tells a Gmail login refusal about app passwords (Google no longer takes the account's password from mail programs)", async () => {
    const reply = '535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials - gsmtp';
    const d = diagnoseReply(reply);
    expect(d?.category).toBe('auth-required');
    expect(d?.checklist[0]?.text).toMatch(/^For a Gmail or Google Workspace account: sign in with an app password/);
    expect(d?.checklist[0]?.link).toBe('https://support.google.com/accounts/answer/185833');
    const [ja] = diagnoseReport(readText(reply), await loadKnowledge('ja'));
    expect(ja?.checklist[0]?.text).toMatch(/アプリ パスワード/);
    // Another server's login refusal does not get Google's step.
    expect(diagnoseReply('535 5.7.8 Error: authentication failed: authentication failure')?.checklist.some((st) => /Google/.test(st.text))).toBe(false);
  });
});

describe('the checklist is filled with the real details', () => {
  it('sender domain, IP, selector and blocklist from the bounce', async () => {
    const report = await readBounceBytes(new Uint8Array(readFileSync(join(fixtures, 'postfix.eml'))));
    const [d] = diagnoseReport(report);
    expect(d?.category).toBe('ip-blocklist');
    expect(d?.explanation).toContain('198.51.100.7');
    expect(d?.title).toContain('Spamhaus ZEN');
    // The delisting page the reply itself gives (specific to the IP) is reused, and the lookup uses the reversed IP.
    expect(d?.checklist.some((s) => s.link?.startsWith('https://www.spamhaus.org/query/ip/198.51.100.7'))).toBe(true);
    expect(d?.checklist.some((s) => s.command === 'dig +short 7.100.51.198.zen.spamhaus.org')).toBe(true);
    expect(d?.links.length).toBeGreaterThan(0);
  });

  it("names the list a reply links to by its lookup page, with the list's own delisting page (the CBL's is Spamhaus's now)", () => {
    const d = diagnoseReply('553 5.3.0 Blocked. See http://cbl.abuseat.org/lookup.cgi?ip=203.0.113.37');
    expect(d?.category).toBe('ip-blocklist');
    expect(d?.title).toContain('CBL');
    expect(d?.links.some((l) => l.url === 'https://check.spamhaus.org/')).toBe(true);
    const rats = diagnoseReply('554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using noptr.spamrats.com; Blocked - see https://www.spamrats.com/');
    expect(rats?.category).toBe('ip-blocklist');
    expect(rats?.title).toContain('SpamRATS');
    // MAPS's dial-up list, named only by its page on mail-abuse.org.
    const dul = diagnoseReply('550 5.7.1 Policy analysis reported: See <URL:http://mail-abuse.org/dul/> rcpt=<kim@dest.example>');
    expect(dul?.category).toBe('ip-blocklist');
    expect(dul?.title).toContain('MAPS');
  });

  it("fills the checklist with the sender's domain a refusal names (Postfix's '<x@y>: Sender address rejected', Sendmail's 'Domain of sender address')", () => {
    for (const reply of ['450 4.1.8 <me@shop.example>: Sender address rejected: Domain not found', '553 5.1.8 <me@shop.example>... Domain of sender address me@shop.example does not exist']) {
      const d = diagnoseReply(reply);
      expect(d?.category).toBe('sender-rejected');
      expect(d?.checklist.some((s) => s.command === 'dig +short MX shop.example')).toBe(true);
    }
  });

  it('DNS commands with the sender domain and DKIM selector', () => {
    const d = diagnoseReply("550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. - gsmtp");
    expect(d?.category).toBe('dmarc');
    expect(d?.checklist.map((s) => s.command).filter(Boolean)).toContain('dig +short TXT _dmarc.shop.example');
    expect(d?.explanation).toContain('DMARC (a DNS policy');
  });

  it('generic words when the details are unknown, never a blank', () => {
    const d = diagnoseReply('550 5.7.23 The message was rejected because of Sender Policy Framework violation');
    expect(d?.category).toBe('spf');
    expect(d?.explanation).toContain('your domain');
    expect(d?.checklist.some((s) => s.command === 'dig +short TXT your-domain.example')).toBe(true);
    expect(d?.checklist.some((s) => s.audience === 'own-server')).toBe(true);
    expect(d?.checklist.some((s) => s.audience === 'mail-provider')).toBe(true);
  });

  it("puts the provider's own steps first, filled in, only for that provider and cause", () => {
    const ms = diagnoseReply('550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012609)');
    expect(ms?.provider?.id).toBe('microsoft');
    expect(ms?.checklist[0]).toMatchObject({ link: 'https://sender.office.com/' });
    expect(ms?.checklist[0]?.text).toContain('203.0.113.5');
    const gmail = diagnoseReply("550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. - gsmtp");
    expect(gmail?.checklist[0]?.link).toBe('https://support.google.com/mail/answer/81126');
    // The same cause elsewhere gets only the general steps.
    const other = diagnoseReply('550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using bl.spamcop.net');
    expect(other?.checklist.map((c) => c.link)).not.toContain('https://sender.office.com/');
  });
  it('suppression and retry advice follow the taxonomy', () => {
    expect(diagnoseReply('550 5.1.1 <a@b.example>: Recipient address rejected: User unknown')).toMatchObject({ suppress: true, retry: 'never-resend', side: 'recipient' });
    expect(diagnoseReply('452 4.2.2 Mailbox full')).toMatchObject({ suppress: false, retry: 'retry-later', permanent: false });
    expect(diagnoseReply('550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using bl.spamcop.net')).toMatchObject({ suppress: false, retry: 'fix-then-resend', side: 'sender' });
  });
  it('never advises dropping an address that is malformed as written: it is corrected where it was typed or generated', () => {
    for (const reply of ['501 5.1.3 Bad recipient address syntax', '501 <root>: recipient address must contain a domain', '550 5.1.1 <null>: Recipient address rejected: User unknown', '501 Recipient syntax error']) {
      expect(diagnoseReply(reply), reply).toMatchObject({ suppress: false, retry: 'fix-then-resend' });
    }
    // RFC 3463 X.1.3 said as the recipient's syntax error is the address, not the SMTP conversation.
    expect(diagnoseReply('501 Recipient syntax error')?.category).toBe('recipient-unknown');
    // …at most medium: a 501 to RCPT can also be the command's own syntax.
    expect(diagnoseReply('501 Recipient syntax error')?.confidence.level).not.toBe('high');
    // A complete address is still one to drop.
    expect(diagnoseReply('550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown in virtual mailbox table')).toMatchObject({ suppress: true });
  });
});

describe('knowledge data', () => {
  it('has texts for every category, with no stray placeholders left after filling', () => {
    for (const c of CATEGORIES) expect(CATEGORY_TEXTS[c].checklist.length).toBeGreaterThan(0);
    const d = diagnoseReply('554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using dbl.spamhaus.org');
    expect(JSON.stringify(d)).not.toMatch(/\{[a-zA-Z]+\}/);
  });
  it('a rule with texts of its own uses them, filled in, and a title never capitalises an address', () => {
    const report = readText('Final-Recipient: rfc822; pat@dest.example\nAction: failed\nStatus: 5.0.0\nDiagnostic-Code: smtp; 550 pat@dest.example... No such user\n');
    const d = diagnoseReport(report)[0];
    expect(d).toMatchObject({ category: 'recipient-policy', ruleId: 'fact.unconfirmed-unknown', suppress: false });
    expect(d?.title.startsWith('pat@dest.example was refused')).toBe(true);
    expect(d?.explanation).toMatch(/does not know the address/);
    expect(d?.checklist[0]?.text).toMatch(/typos/);
    expect(JSON.stringify(d)).not.toMatch(/\{[a-zA-Z]+\}/);
  });
  it('holds the IANA registry', () => {
    expect(Object.keys(REGISTRY).length).toBeGreaterThanOrEqual(70);
    expect(statusMeaning('5.1.1')).toBe('Bad destination mailbox address');
    expect(statusMeaning('4.7.26')).toBe('Multiple authentication checks failed');
    expect(statusMeaning('5.7.999')).toMatch(/registry does not list/);
  });
});

describe("Exchange Online's 5.7.705 and 5.7.708: the sender's own organization held, not a receiver's block", () => {
  it("is told as the sending service's hold, without Microsoft's delisting steps or link, even with Microsoft recognised", () => {
    for (const reply of [
      '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to http://go.microsoft.com/fwlink/?LinkId=524931 AS(831) [DB5PR06MB1221.eurprd06.prod.outlook.com]',
      '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [AM6PR01MB1234.eurprd01.prod.exchangelabs.com]',
    ]) {
      const d = diagnoseReply(reply);
      expect(d?.provider?.id, reply).toBe('microsoft');
      expect([d?.category, d?.ruleId], reply).toEqual(['reputation', 'service.account-hold']);
      expect(d?.checklist.some((st) => st.link === 'https://sender.office.com/')).toBe(false);
      expect(d?.links.some((l) => l.url === 'https://sender.office.com/')).toBe(false);
    }
    // A banned sending IP is a receiver's block: the portal stays.
    const banned = diagnoseReply('550 5.7.606 Access denied, banned sending IP [203.0.113.5]. AS(1430) [DB5EUR03FT034.eop-EUR03.prod.protection.outlook.com]');
    expect(banned?.checklist.some((st) => st.link === 'https://sender.office.com/')).toBe(true);
  });
});

describe('a failure notice says the server gave up, even when its last lookup failure was temporary', () => {
  const notice = (subject: string, lead: string) =>
    [
      `Subject: ${subject}`,
      '',
      'This is the mail system at host mail.shop.example.',
      '',
      lead,
      '',
      '                   The mail system',
      '',
      '<pat@dest.example>: Host or domain name not found. Name service error for',
      '    name=dest.example type=MX: Host not found, try again',
    ].join('\n');

  it("Postfix's final notice: not 'your server will keep trying', but not delivered", () => {
    const [d] = diagnoseReport(readPastedText(notice('Undelivered Mail Returned to Sender', "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.")));
    expect(d?.title).not.toMatch(/will keep trying/);
    expect(d?.explanation).toMatch(/this message was not delivered/);
    expect(d?.checklist.map((st) => st.text).join(' ')).not.toMatch(/keep retrying|keeps trying/);
  });

  it('a reply pasted alone keeps the texts of a lookup that may still succeed', () => {
    const d = diagnoseReport(readPastedText('Host or domain name not found. Name service error for name=dest.example type=MX: Host not found, try again', { documented: isDocumentedFailure }))[0];
    expect(d?.ruleId).toBe('fact.temporary-domain');
    expect(d?.title).toMatch(/could not be found for now; your server will keep trying/);
  });
});
