/**
 * Mail servers' and filters' fixed reply templates (knowledge/mta-others.ts, mta-more.ts, filters.ts), in texts written
 * by us in each program's wording as its source gives it: what the template says decides, and a template that names
 * no cause (a milter's bare refusal) is never said with high confidence.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const pasted = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a program's reply template", () => {
  it.each([
    // Sendmail's FEATURE(dnsbl) before 8.12.
    ['550 5.7.1 <kim@dest.example>... Mail from 192.0.2.44 refused by blackhole site dnsbl.example.net', 'ip-blocklist', 'sendmail.dnsbl-blackhole-site'],
    // ZMailer's smtp-policy refusing a MAIL FROM, in the later wording, with the site's own reason after it.
    ['553 5.7.1 Hello [192.0.2.44], for your MAIL FROM address <ann@shop.example> policy analysis reported: Your address is not welcome here', 'sender-rejected', 'zmailer.mail-from-policy'],
    ['450 4.4.3 For input: <ann@shop.example> policy analysis reports temporary DNS error with your source domain.', 'sender-rejected', 'zmailer.source-domain-dns'],
    // …and at RCPT TO, the recipient's domain (smtp_rcpt), in one line or in its multi-line wording.
    ['550 5.4.3 Hello [192.0.2.44], Policy analysis found DNS error on the target domain: <kim@dest.example>', 'recipient-domain', 'zmailer.target-domain-dns'],
    ['550-5.4.3 Policy analysis found DNS error on\n550-5.4.3 the target address. This address is\n550 5.4.3 not currently acceptable: <kim@dest.example>', 'recipient-domain', 'zmailer.target-domain-dns'],
    // Exim's router, waiting out the retry time of an earlier routing failure (deliver.c, ERRNO_RRETRY).
    ['2024-01-02 10:00:00 1rKxyz-000Abc-12 == kim@dest.example routing defer (-51): retry time not reached', 'network', 'exim.routing-retry'],
    // Exim's transport when the server hung up instead of answering, the host named in between.
    ['2018-01-05 10:00:01 1e4Ssq-00024N-Sp Remote host mx1.dest.example [192.0.2.50] closed connection in response to EHLO shop.example', 'network', 'exim.remote-closed'],
    // Older Exim's route.c when no router took an address: the domain named (today's "Unrouteable address").
    ['A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n  kim@nowhere.example:\n    unrouteable mail domain "nowhere.example"', 'recipient-domain', 'exim.unrouteable-mail-domain'],
    // …and the same words in a callout's refusal of the sender: the sender verification decides.
    ['host mx.dest.example said: 550-Verification failed for <www-data@localhost> 550-unrouteable mail domain "localhost" 550 Sender verify failed (in reply to RCPT TO command)', 'sender-rejected', 'exim.verification-failed-for'],
    // Postfix's reject_unverified_recipient while its probe has not finished or failed for a temporary reason: nothing
    // is known against the address, the receiving side could not check it.
    ['450 4.1.1 <kim@dest.example>: Recipient address rejected: unverified address: Address lookup failure', 'remote-error', 'postfix.unverified-recipient-temp'],
    // The sending Postfix's own delivery machinery failing: a transport master.cf names that does not answer, a delivery
    // agent that died, a delivery agent's configuration error (deliver_pass.c, qmgr_deliver.c, local/pipe).
    ['postfix/error[2104]: 4C1F2: to=<kim@dest.example>, relay=none, delay=0.1, delays=0.1/0/0/0, dsn=4.3.0, status=deferred (mail transport unavailable)', 'remote-error', 'postfix.transport-unavailable'],
    ['4C1F2     3890 Thu Aug  4 14:23:48  pat@shop.example\n        (delivery temporarily suspended: unknown mail transport error)\n                                         kim@dest.example', 'remote-error', 'postfix.transport-error'],
    // rspamd's reject action for GTUBE, the spam test string.
    ['host mx.dest.example[192.0.2.50] said: 554 5.7.1 Gtube pattern (in reply to end of DATA command)', 'spam', 'rspamd.gtube'],
    // Haraka's outbound queue: a temporary failure when no MX of the domain took a connection, and the bounce once
    // outbound.maxTempFailures such failures have passed (outbound/hmail.js try_deliver, temp_fail).
    ['2024-03-02T10:00:00.000Z [INFO] [9F1C.1.1] [outbound] Temp failing 1709373600000_0_1_2_ab for 64 seconds: Tried all MXs', 'network', 'haraka-more.tried-all-mxs'],
    ["I'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up.\n\n<kim@dest.example>: Too many failures (Tried all MXs)", 'delivery-timeout', 'haraka-more.too-many-failures'],
    // amavisd-new's bad-header refusal in its older spelling, and its duplicate-field explanation.
    ['554 5.6.0 Reject, id=04211-09 - BAD_HEADER: Improper use of control character (char 0D hex) in message header', 'message-format', 'amavis.bad-header'],
    ['554 (Reject, id=04211-09 - Header field occurs more than once: "Subject" occurs 2 times)', 'message-format', 'amavis.bad-header'],
    // Sendmail's collect.c when it cannot write the data file to its queue (dferror), as a log line gives it.
    ['Aug 31 10:43:32 mx sm-mta[542]: p7VEhWPO000542: to=kim@dest.example, delay=00:00:01, mailer=relay, pri=30302, relay=[127.0.0.1] [127.0.0.1], dsn=4.0.0, stat=Deferred: 421 4.3.0 collect: Cannot write ./dfp7VEhWPO000542 (bfcommit, uid=0, gid=25): Permission denied', 'remote-error', 'sendmail-extra.cannot-write'],
    // Postfix when its Dovecot SASL back end stops answering: the server's failure, not the login's, also under a 535.
    // (Under 454 the temporary failure says as much: postfix-more.sasl-temp.)
    ['535 5.7.8 Error: authentication failed: Connection lost to authentication server', 'remote-error', 'postfix-more.sasl-backend-lost'],
    // Dovecot's LMTP when the recipient's Sieve script hit a temporary error (Pigeonhole's lda-sieve plugin), as Postfix
    // logs the deferral: the receiving side's trouble, not a delay of unknown cause.
    ['postfix/lmtp[812]: 4F2A1C: to=<kim@dest.example>, relay=mail.dest.example[192.0.2.9]:24, delay=0.5, dsn=4.2.0, status=deferred (host mail.dest.example[192.0.2.9] said: 451 4.2.0 <kim@dest.example> Execution of Sieve filters was aborted due to temporary failure (in reply to end of DATA command))', 'remote-error', 'dovecot-more.sieve-tempfail'],
    // maddy's queue when no MX gave the TLS the delivery required: the last error decides, not "No usable MXs".
    ['queue: delivery attempt failed {"rcpt":"kim@dest.example","reason":"TLS it not available or unauthenticated but required","smtp_code":451,"smtp_enchcode":"5.4.0","smtp_msg":"No usable MXs, last err: TLS it not available or unauthenticated but required"}', 'tls-required', 'maddy.tls-unavailable'],
    // mox's SMTP client when the next hop lacks an extension the message needs (smtpclient/client.go).
    ['Error during the last delivery attempt:\n    remote smtp server does not implement smtputf8 extension, required by message, transient', 'message-format', 'mox.smtputf8-unsupported'],
    ['remote smtp server does not implement requiretls extension, required for delivery', 'tls-required', 'mox.requiretls-unsupported'],
    // Dovecot's LMTP when it cannot create the temporary file for the message: the receiving server's trouble.
    ['lmtp(pat@dest.example): Error: Temp file creation to /tmp/dovecot.lmtp.mx.4242. failed: No such file or directory', 'remote-error', 'dovecot-more.temp-file'],
    // Haraka's clamd plugin when the receiving server's own virus scanner is out of reach: its trouble, not a virus.
    ['host mx.dest.example[192.0.2.2] said: 450 Error connecting to virus scanner (in reply to end of DATA command)', 'remote-error', 'haraka-more.clamd-error'],
    // Postfix's smtp(8) logging a failed TLS handshake with the next hop (tls_client.c).
    ['postfix/smtp[36739]: SSL_connect error to mx.dest.example[192.0.2.2]:25: -1\npostfix/smtp[36739]: SSL_connect error to mx.dest.example[192.0.2.2]:25: lost connection', 'tls-required', 'postfix.ssl-connect-error'],
    // Postfix's smtp(8) when the next hop is the server itself: a routing loop (X.4.6), the receiving side's
    // configuration, not the network; told with texts of its own (knowledge/entry.ts MAIL_LOOP).
    ['<kim@dest.example>: mail for dest.example loops back to myself', 'remote-error', 'mta.mail-loop'],
    // Stalwart's own delivery status notice, per recipient, when the secure channel could not be had (dsn.rs), and
    // mox's queue when the MX hosts are not those the domain's enforced MTA-STS policy names (queue/direct.go).
    ["<kim@dest.example> (TLS error from 'mx.dest.example': I/O error: tls handshake eof)", 'tls-required', 'stalwart.dsn-tls-error'],
    ["<kim@dest.example> (DANE failed to authenticate 'mx.dest.example': No matching TLSA records found)", 'tls-required', 'stalwart.dsn-dane'],
    ["<kim@dest.example> (MTA-STS failed to authenticate 'mx.dest.example': Host not authorized by policy)", 'tls-required', 'stalwart.dsn-mta-sts'],
    ['<kim@dest.example> (too many concurrent connections to remote server)', 'rate-limit', 'stalwart.dsn-concurrency'],
    ['queue: delivery attempt failed: mx host mx2.dest.example does not match enforced mta-sts policy with hosts mx1.dest.example', 'tls-required', 'mox.mta-sts-mx-mismatch'],
  ])('%s', (text, category, ruleId) => {
    const d = pasted(text);
    expect([d?.category, d?.ruleId]).toEqual([category, ruleId]);
  });

  it("reads Exim's refusal of a sender its callout could not verify as the sender's, whatever the callout was answered", () => {
    for (const text of [
      'H=mx.shop.example [192.0.2.44] sender verify fail for <news@shop.example>: response to "RCPT TO:<news@shop.example>" from aspmx.l.google.com [192.0.2.27] was: 550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient\'s email address - gsmtp',
      '2003-06-16 11:53:36 H=relay.shop.example [203.0.113.4] sender verify fail for <kim@shop.example>: response to "MAIL FROM:<>" from mx.shop.example [203.0.113.81] was: 501 bogus mail from',
    ]) {
      const d = pasted(text);
      expect([d?.category, d?.ruleId]).toEqual(['sender-rejected', 'exim-more.sender-verify-fail']);
    }
  });

  it("reads Exim's own 'Unrouteable address' as the domain, a remote server's at RCPT TO as the address", () => {
    // No router took the address in the sender's own Exim (its default configuration says "Unknown user" for a local
    // user it cannot find).
    expect(pasted('2024-03-01 10:00:01 1rfKxY-0001aB-Cd ** kim@nowhere.example <ann@shop.example>: Unrouteable address')).toMatchObject({ category: 'recipient-domain', ruleId: 'exim.local-unrouteable' });
    // A remote server that takes mail for the domain refusing the address at RCPT TO, or logging that refusal.
    expect(pasted('SMTP error from remote mail server after RCPT TO:<kim@dest.example>:\nhost mx.dest.example [192.0.2.50]: 550 Unrouteable address')?.category).toBe('recipient-unknown');
    expect(pasted('2024-03-01 10:00:01 H=(shop.example) [192.0.2.44] F=<ann@shop.example> rejected RCPT <kim@dest.example>: Unrouteable address')?.category).toBe('recipient-unknown');
  });

  it("keeps a reason named after ZMailer's policy prefix above the prefix", () => {
    const d = pasted('451 4.7.1 Hello [192.0.2.44], for your MAIL FROM address <ann@shop.example> policy analysis reported: Greylisted, please try again in 5 minutes');
    expect(d?.category).toBe('greylisting');
  });

  it('says a routing loop, whose wrong configuration may be either side\'s, at medium confidence at most', () => {
    expect(pasted('Diagnostic-Code: X-Postfix; mail for dest.example loops back to myself')?.confidence.level).not.toBe('high');
  });
  it("says a milter's bare refusal, which names no cause, at medium confidence at most", () => {
    for (const text of ['550 5.7.1 Command rejected', 'milter-reject: END-OF-MESSAGE from mx.example[192.0.2.9]: 5.7.1 Command rejected; from=<ann@shop.example> to=<kim@dest.example>']) {
      const d = pasted(text);
      expect(d?.category).toBe('policy');
      expect(d?.confidence.level).not.toBe('high');
    }
  });
});
