/** Ordinary messages full of code-like numbers (order #550, version 5.1.1, dates like 5.7.2026) are not bounces. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounce, readPastedText, readText } from '../../lib/engine/read';

const dir = join(__dirname, '../fixtures/not-bounces');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));

describe('non-bounces', () => {
  it('has at least ten of them', () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const file of files) {
    it(file, () => {
      const report = readText(readFileSync(join(dir, file), 'utf8'));
      expect(report.isBounce).toBe(false);
      expect(report.recipients).toEqual([]);
      expect(['not-bounce', 'auto-reply']).toContain(report.kind);
    });
  }
  it('a list of numbers after dashes, pasted, is a list, not replies', () => {
    for (const text of ['Stats for the week:\n- 500 new users\n- 250 returning', 'Results:\n- 421 tests passed\n- 550 skipped', 'Our plan:\n-- 450 boxes shipped'])
      expect(readPastedText(text).isBounce, text).toBe(false);
  });
  it('tells an out-of-office reply from other mail', () => {
    expect(readText(readFileSync(join(dir, 'out-of-office.txt'), 'utf8')).kind).toBe('auto-reply');
  });
  it('a vacation reply titled in Chinese ("自动回复", "自動回覆") is an automatic reply', () => {
    expect(readText('这是来自QQ邮箱的假期自动回复邮件。您好，我最近正在休假中，无法亲自回复您的邮件。').kind).toBe('auto-reply');
    expect(readText('這是自動回覆郵件，我目前不在辦公室。').kind).toBe('auto-reply');
    expect(readText('这是一封普通的邮件，关于会议时间。').kind).toBe('not-bounce');
    // Japanese "absent" as an out-of-office note says it; the same two characters in Chinese prose are not one.
    expect(readText('出張のため、3日まで不在にしております。').kind).toBe('auto-reply');
    expect(readText('会议室不在三楼，请去二楼。').kind).toBe('not-bounce');
  });
  it('an acknowledgement with no title (thanks for the mail, an answer promised by a time it cannot know) is an automatic reply', () => {
    expect(readText('Thank you for your email. I will respond within 24 hours.').kind).toBe('auto-reply');
    expect(readText('感谢您的来信，我会尽快给您回复。').kind).toBe('auto-reply');
    expect(readText('您好，邮件已收到，谢谢！').kind).toBe('auto-reply');
    // Either half alone is ordinary correspondence.
    expect(readText('Thanks for your message yesterday, the report looks fine.').kind).toBe('not-bounce');
    expect(readText('Please send the file as soon as possible.').kind).toBe('not-bounce');
    expect(readText('我已经收到你的邮件，我稍后会给你回复。').kind).toBe('auto-reply');
    expect(readText('我已经收到了你的文件').kind).toBe('not-bounce');
  });
  it('a responder that signs itself "an automatically generated reply" (RFC 3834) is an automatic reply', () => {
    expect(readText('Your request has been logged as ticket 4711. This is an automatically generated reply, please do not answer it.').kind).toBe('auto-reply');
    expect(readText('The report was generated automatically and replies are welcome.').kind).toBe('not-bounce');
  });
  it('an automated response or confirmation, and a responder on an address nobody reads, are automatic replies', () => {
    expect(readText('We got your note. This is an automated response; a person will look at it on Monday.').kind).toBe('auto-reply');
    expect(readText('Your ticket is open. This is an automatic acknowledgement of your request.').kind).toBe('auto-reply');
    expect(readText('Hello, this inbox is no longer monitored. Please write to the front desk instead.').kind).toBe('auto-reply');
    expect(readText('Since the shop closed, mail sent here will not be answered. Visit our site for help.').kind).toBe('auto-reply');
    expect(readText('Sorry, you wrote to a no-reply address; use the contact form.').kind).toBe('auto-reply');
    // The same address saying it stopped taking mail is a bounce, and ordinary prose about monitoring is mail.
    expect(readText('550 5.2.1 This mailbox is no longer active and is not monitored').kind).toBe('failure');
    expect(readText('The server is monitored by the night shift; the logs are read every morning.').kind).toBe('not-bounce');
    // "Does not accept" is a failure only beside a word about mail.
    expect(readText('The shop does not accept returns after 30 days.').kind).toBe('not-bounce');
  });
});

describe('a success notice', () => {
  const dsn = (action: string, status: string) => `From: Mail Delivery System <MAILER-DAEMON@relay.sender.example>
To: me@sender.example
Subject: Delivery Status Notification
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

--b1
Content-Type: text/plain

This is the mail system at host relay.sender.example.

--b1
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.sender.example

Final-Recipient: rfc822; kim@dest.example
Action: ${action}
Status: ${status}

--b1--
`;
  it('is one whose every action says so, with no failure status', async () => {
    expect((await readBounce(dsn('relayed', '2.0.0'))).kind).toBe('delivered');
    // "relayed" over 5.1.2 is a failure written carelessly, not a delivery.
    const careless = await readBounce(dsn('relayed', '5.1.2'));
    expect(careless.kind).toBe('failure');
    expect(careless.recipients[0]).toMatchObject({ recipient: 'kim@dest.example', enhanced: '5.1.2' });
  });

  it("is Postfix's success notice as a person pastes it, with no DSN fields (bounce(5) success_template)", () => {
    const text = [
      'This is the mail system at host relay.sender.example.',
      '',
      'Your message was successfully delivered to the destination(s)',
      'listed below. If the message was delivered to mailbox you will',
      'receive no further notifications. Otherwise you may still receive',
      'notifications of mail delivery errors from other systems.',
      '',
      '                   The mail system',
      '',
      '<kim@dest.example>: delivery via mx.dest.example[192.0.2.25]:25: 250 2.0.0 Ok:',
      '    queued as 4XyZ1',
    ].join('\n');
    const report = readText(text);
    expect(report).toMatchObject({ kind: 'delivered', isBounce: false });
    expect(report.recipients[0]).toMatchObject({ recipient: 'kim@dest.example', action: 'delivered' });
    // Postfix's failure notice from the same host stays a failure.
    expect(readText(text.replace('Your message was successfully delivered to the destination(s)', 'I\'m sorry to have to inform you that your message could not').replace('delivery via mx.dest.example[192.0.2.25]:25: 250 2.0.0 Ok:', 'host mx.dest.example[192.0.2.25] said: 550 5.1.1 User unknown')).kind).toBe('failure');
  });

  it("is Sendmail's log line of a delivery the next hop took (deliver.c logdelivery: dsn=2.0.0, stat=Sent), pasted alone", () => {
    const line = 'Jul 11 17:14:59 host sendmail[15683]: n6BGEPBk015683: to=kim@dest.example, ctladdr=pat (1000/1000), delay=00:00:34, xdelay=00:00:00, mailer=relay, pri=30100, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (n6BGExNm015684 Message accepted for delivery)';
    expect(readPastedText(line)).toMatchObject({ kind: 'delivered', isBounce: false });
    // The same line with a deferral is a failure to diagnose.
    expect(readPastedText(line.replace('dsn=2.0.0, stat=Sent (n6BGExNm015684 Message accepted for delivery)', 'dsn=4.0.0, stat=Deferred: 421 4.7.0 Try again later')).isBounce).toBe(true);
    // Releases before 8.10 wrote no "dsn=" field: the status text alone says the next hop took it.
    expect(readPastedText(line.replace('dsn=2.0.0, stat=Sent (n6BGExNm015684', 'stat=Sent (2.0.0 n6BGExNm015684'))).toMatchObject({ kind: 'delivered', isBounce: false });
  });
});
