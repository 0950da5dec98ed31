/**
 * Forwarding, alias and routing services (knowledge/forwarding-services.ts) — Cloudflare Email Service, Forward Email,
 * SimpleLogin, ImprovMX — and two relays' own refusals (cPanel's relay refusal for a client that did not log in,
 * Mail.Baby's outbound spam scan): each answer diagnosed from the service's own code or words, as a program or a
 * bounce quotes it.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const first = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0];

describe("a forwarding or routing service's own answer", () => {
  it.each([
    ['Error: E_SENDER_NOT_VERIFIED: Sender domain not verified', 'sender-rejected', 'service.sender-unverified'],
    ['{"success":false,"errors":[{"code":10004,"message":"email.sending.error.throttled"}]}', 'rate-limit', 'cloudflare-email.rest-throttled'],
    ['Error: E_RECIPIENT_SUPPRESSED: Recipient is on suppression list', 'recipient-unknown', 'recipient.suppressed'],
    ['421 This message has been retried for the maximum period of 5 days and has permanently failed', 'delivery-timeout', 'forward-email.retried-five-days'],
    ['550 Your IP address, client hostname, From header, or envelope sender is not yet allowlisted by admins of dest.example', 'recipient-policy', 'forward-email.not-allowlisted-by-admins'],
    ['530 Domain dest.example requires TLS for inbound connections. Please use STARTTLS or connect to port 465.', 'tls-required', 'forward-email.inbound-tls-required'],
    ['554 Your domain has been suspended from outbound SMTP access due to spam or bounce detection.', 'reputation', 'service.account-hold'],
    ['host mx.simplelogin.co[192.0.2.3] said: 550 SL E518 Disabled mailbox (in reply to end of DATA command)', 'mailbox-disabled', 'simplelogin.e518-disabled-mailbox'],
    ['550 SL E510 so such user', 'recipient-unknown', 'simplelogin.e510-no-such-user'],
    ['550 5.9.4 Anti-Spam Failure', 'spam', 'improvmx.anti-spam'],
    ['550 5.9.2 Domain Not Found', 'recipient-domain', 'improvmx.domain-not-found'],
    ['550 This message was classified as rSPAM and may not be delivered https://mail.outboundspamprotection.com/mailinfo?id=1', 'spam', 'mailbaby.rspam'],
  ])('%s → %s', (text, category, ruleId) => {
    const d = first(text);
    expect(d?.category).toBe(category);
    expect(d?.ruleId).toBe(ruleId);
  });

  it("Forward Email's denylist names what it lists: an IP is the sending server's, a domain the sender's domain", () => {
    expect(first('421 The IP 192.0.2.9 is denylisted by https://forwardemail.net ; To request removal, you must visit https://forwardemail.net/denylist?q=192.0.2.9')?.category).toBe('ip-blocklist');
    expect(first('421 The domain example.org is denylisted by https://forwardemail.net ; To request removal, you must visit https://forwardemail.net/denylist?q=example.org')?.category).toBe('domain-blocklist');
  });

  it("cPanel's relay refusal names the missing login, with relaying as the close alternative", () => {
    const d = first('550-mail.example.net [192.0.2.100] is currently not permitted to relay through this server. Perhaps you have not logged into the pop/imap server in the last 30 minutes or do not have SMTP Authentication turned on in your email client.');
    expect(d?.category).toBe('auth-required');
    expect(d?.ruleId).toBe('cpanel.pop-before-smtp');
    expect(d?.alternative?.category).toBe('relay-denied');
  });
});
