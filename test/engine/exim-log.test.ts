/** Exim main-log lines: flags, fields, and the remote reply inside Exim's words. */
import { describe, expect, it } from 'vitest';
import { eximLogFacts } from '../../lib/engine/exim-log';
import { readText } from '../../lib/engine/read-text';

describe('Exim main-log lines', () => {
  it('reads the remote reply and the SMTP step out of "SMTP error from remote mail server after …"', () => {
    const [r] = eximLogFacts(
      '2026-11-30 09:14:02 1tQ3xY-0001Ab-2C ** kim@dest.example <kim@alias.example> R=dnslookup T=remote_smtp H=mx.dest.example [192.0.2.11] X=TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256 CV=yes: SMTP error from remote mail server after RCPT TO:<kim@dest.example>: 550 5.1.1 <kim@dest.example>: Recipient address rejected: User unknown',
    );
    expect(r).toMatchObject({ recipient: 'kim@dest.example', action: 'failed', command: 'RCPT TO', code: '550', enhanced: '5.1.1', remoteHost: 'mx.dest.example', remoteIp: '192.0.2.11' });
    expect(r?.reply).toMatch(/^550 5\.1\.1 <kim@dest\.example>: Recipient address rejected/);
  });

  it('reads the newer long message ids, and a log of deferrals only as a delay', () => {
    const report = readText('2026-11-30 09:14:05 1tQ3xY-000AbCdEfGh-4Xy9 == ann@slow.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host');
    expect(report).toMatchObject({ isBounce: true, kind: 'delay', format: 'exim', recipients: [{ recipient: 'ann@slow.example', action: 'delayed', reply: 'retry time not reached for any host' }] });
  });

  it('rejoins a line a mail or a page wrapped at its margin, and no line that starts a log line of its own', () => {
    const facts = eximLogFacts(
      '2026-11-30 09:14:05 1tQ3xY-0001Ab-2C == ann@slow.example T=remote_smtp defer\n(-34): some host address lookups failed and retry time not reached for\nother hosts or connection limit reached\n2026-11-30 09:14:06 1tQ3xZ-0001Ab-2C == bo@slow.example T=remote_smtp defer (-53): retry time not reached for any host',
    );
    expect(facts.map((r) => [r.recipient, r.reply])).toEqual([
      ['ann@slow.example', 'some host address lookups failed and retry time not reached for other hosts or connection limit reached'],
      ['bo@slow.example', 'retry time not reached for any host'],
    ]);
  });

  it('rejoins a long line a mail wrapped at 60 characters over more than three lines', () => {
    // A failure with its host, its TLS fields and the MAIL FROM options Exim logs, wrapped as a quoting mail client does.
    const [r] = eximLogFacts(
      [
        '2026-11-30 09:14:05 1tQ3xY-0001Ab-2C ** kim@dest.example',
        'R=smart_route T=remote_smtp H=outbound-1.relay.example',
        '[192.0.2.5]: SMTP error from remote mail server after',
        'pipelined MAIL FROM:<shop@shop.example> SIZE=50408535: 552',
        '5.3.4 Message size exceeds fixed limit',
      ].join('\n'),
    );
    expect(r).toMatchObject({ recipient: 'kim@dest.example', command: 'MAIL FROM', code: '552', enhanced: '5.3.4', reply: '552 5.3.4 Message size exceeds fixed limit' });
  });

  it('ignores arrivals and lines that only look alike', () => {
    expect(eximLogFacts('2026-11-30 09:13:58 1tQ3xY-0001Ab-2C <= shop@shop.example H=localhost [127.0.0.1] P=esmtpa S=2211')).toEqual([]);
    expect(readText('Order 1tQ3xY-0001Ab-2C ** shipped').isBounce).toBe(false);
  });

  it('reads deliveries that worked ("=>", "->") as a delivery notice, with the server\'s confirmation, unless one failed', () => {
    const ok = readText(
      '2026-11-30 09:14:05 1tQ3xY-0001Ab-2C => ok@fine.example R=dnslookup T=remote_smtp H=mx.fine.example [192.0.2.7] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes DN="C=US,O=Fine Mail,CN=mx.fine.example" C="250 2.0.0 OK queued as 4XyZ"\n' +
        '2026-11-30 09:14:05 1tQ3xY-0001Ab-2C -> also@fine.example R=dnslookup T=remote_smtp H=mx.fine.example [192.0.2.7]\n' +
        '2026-11-30 09:14:05 1tQ3xY-0001Ab-2C Completed',
    );
    expect(ok).toMatchObject({ isBounce: false, kind: 'delivered', format: 'exim' });
    expect(ok.recipients).toMatchObject([
      { recipient: 'ok@fine.example', action: 'delivered', code: '250', enhanced: '2.0.0', reply: '250 2.0.0 OK queued as 4XyZ', remoteHost: 'mx.fine.example' },
      { recipient: 'also@fine.example', action: 'delivered', code: null, reply: null },
    ]);
    const mixed = eximLogFacts(
      '2026-11-30 09:14:05 1tQ3xY-0001Ab-2C => ok@fine.example R=dnslookup T=remote_smtp C="250 OK"\n' +
        '2026-11-30 09:14:06 1tQ3xY-0001Ab-2C ** gone@fine.example R=virtual_user T=virtual_userdelivery: No Such User Here',
    );
    expect(mixed.map((r) => [r.recipient, r.action])).toEqual([['gone@fine.example', 'failed']]);
  });

  it("reads the line's own recipient and reply when the addresses inside it would pass for recipients (a callout's refusal, the reply's lines joined with '\\n')", () => {
    const line = String.raw`1QRQYT-00033F-G2 ** kim@dest.example <kim@dest.example> F=<apache@web.shop.example> R=lookuphost T=remote_smtp: SMTP error from remote mail server after RCPT TO:<kim@dest.example>: host mail.dest.example [192.0.2.3]: 550-Verification failed for <apache@web.shop.example>\n550-The mail server could not deliver mail to apache@web.shop.example.\n550 Sender verify failed`;
    const report = readText(line);
    expect(report.recipients).toHaveLength(1);
    expect(report.recipients[0]).toMatchObject({ recipient: 'kim@dest.example', command: 'RCPT TO', code: '550', remoteHost: 'mail.dest.example', remoteIp: '192.0.2.3' });
    expect(report.recipients[0]?.reply).toBe('550 Verification failed for <apache@web.shop.example> The mail server could not deliver mail to apache@web.shop.example. Sender verify failed');
  });
});
