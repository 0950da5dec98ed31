/**
 * Hosting control panels' Exim texts (knowledge/hosting-panels.ts), as their bounces and SMTP replies carry them: each
 * reads as the panel's configuration means it, wherever the panel's Exim put its code.
 */
import { describe, expect, it } from 'vitest';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { isDocumentedFailure } from '../../lib/diagnosis/documented';
import { readPastedText } from '../../lib/engine/read';

const categoryOf = (text: string) => diagnoseReport(readPastedText(text, { documented: isDocumentedFailure }))[0]?.category;

describe('hosting control panels (cPanel, DirectAdmin, Hestia)', () => {
  it.each([
    ['550 JunkMail rejected - mx.sender.example [192.0.2.7] is in an RBL: see https://www.spamhaus.org/query/ip/192.0.2.7', 'ip-blocklist'],
    ['451 The server has reached its limit for processing requests from your host.  Please try again later.', 'rate-limit'],
    ['550 REJECTED - Bad HELO - Host impersonating [mail.dest.example]', 'ptr'],
    ['525 5.7.13 Disabled recipient address', 'mailbox-disabled'],
    ['550 The mail server detected your message as spam and has prevented delivery.', 'spam'],
    ['451 Temporarily unable to process your email. Please try again later.', 'greylisting'],
    ['550 The mail server does not recognize pat@sender.example as a valid sender.', 'sender-rejected'],
    ['Mail sent by user nobody being discarded due to sender restrictions in WHM->Tweak Settings', 'policy'],
    ['550 relay not permitted, authentication required', 'auth-required'],
    ['554 denied. 5.7.1 Domain Blocked due to SPAM', 'domain-blocklist'],
    ['550 This message contains an attachment of a type which we do not accept (attachment_not_allow:.exe)', 'content-policy'],
    ['You (pat) have reached your daily email limit of 200 emails', 'rate-limit'],
    ['550 Your host in blacklist on this server.', 'ip-blocklist'],
    ['550 Message discarded as high-probability spam', 'spam'],
    // Plesk: its outgoing mail control's hourly limit, and its DMARC check of a sender domain's unparsable record.
    ['milter-reject: END-OF-MESSAGE from localhost[::1]: 5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.', 'rate-limit'],
    ["Wrong the essential DMARC policy parameters for 'example.com': 'Found DMARC record contains a bad token value'", 'dmarc'],
  ])('%s → %s', (text, category) => {
    expect(categoryOf(text)).toBe(category);
  });
});
