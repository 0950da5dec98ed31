/**
 * Google (Gmail, Google Workspace, Google Groups). Texts and codes from "Gmail SMTP errors and codes"
 * https://support.google.com/a/answer/3726730 and the sender guidelines https://support.google.com/mail/answer/81126
 * (2024 bulk-sender requirements: 4.7.27/5.7.27 SPF, 4.7.30/5.7.30 DKIM, 4.7.32/5.7.32 DMARC alignment,
 * 4.7.40/5.7.40 DMARC record, 4.7.23/4.7.25/5.7.25 reverse DNS, 4.7.29/5.7.29 TLS).
 */
import { ACCOUNT_LIMIT } from '../knowledge/entry';
import type { Provider } from '../types';

const SRC = 'https://support.google.com/a/answer/3726730';

export const google: Provider = {
  id: 'google',
  name: 'Google (Gmail / Workspace)',
  hosts: ['google.com', 'googlemail.com', 'aspmx.l.google.com', 'gmail-smtp-in.l.google.com', 'googlegroups.com'],
  signatures: [/ - gsmtp\b/, /\bgcdp\b/, /support\.google\.com\/mail/, /groups\.google\.com/, /accounts\.google\.com\/(?:signin\/continue|ContinueSignIn)\b/],
  domains: ['gmail.com', 'googlemail.com', 'googlegroups.com'],
  links: { postmaster: 'https://postmaster.google.com/', errors: SRC },
  rules: [
    { id: 'google.dmarc', category: 'dmarc', status: ['x.7.26'], phrases: ['dmarc'], source: SRC, },
    { id: 'google.unauthenticated', category: 'unauthenticated', status: ['x.7.26'], source: SRC, },
    { id: 'google.spf', category: 'spf', status: ['x.7.27', 'x.7.24'], source: 'https://support.google.com/mail/answer/81126#authentication', },
    { id: 'google.dkim', category: 'dkim', status: ['x.7.30'], source: 'https://support.google.com/mail/answer/81126#authentication', },
    { id: 'google.dmarc-alignment', category: 'dmarc', status: ['x.7.32', 'x.7.31', 'x.7.40'], source: 'https://support.google.com/mail/answer/81126#authentication', },
    { id: 'google.ptr', category: 'ptr', status: ['x.7.23', 'x.7.25'], phrases: ['ptr', 'reverse', 'dns'], source: SRC, },
    { id: 'google.tls', category: 'tls-required', status: ['x.7.29'], source: SRC, },
    { id: 'google.rate', category: 'rate-limit', status: ['x.7.28'], source: SRC, },
    { id: 'google.receiving-rate', category: 'rate-limit', status: ['x.2.1'], phrases: ['rate', 'too fast', 'quickly'], source: SRC, },
    { id: 'google.disabled', category: 'mailbox-disabled', status: ['x.2.1'], source: SRC, },
    { id: 'google.over-quota', category: 'mailbox-full', status: ['x.2.2'], source: SRC, },
    { id: 'google.size', category: 'message-size', status: ['x.2.3', 'x.3.4'], source: SRC, },
    { id: 'google.no-such-user', category: 'recipient-unknown', status: ['x.1.1'], phrases: ['does not exist', 'nosuchuser'], source: SRC, },
    { id: 'google.group-permission', category: 'recipient-policy', phrases: ['permission to post', 'not subscribed', 'not allowed to post'], source: 'https://support.google.com/groups/answer/9792935', },
    // Google Groups' own notice (in the sender's language) links its help: the group may not exist or not let you post.
    { id: 'google.group-notice', category: 'recipient-policy', patterns: [/groups\.google\.com\/support/i], source: 'https://support.google.com/groups/answer/9792935', },
    { id: 'google.domain', category: 'recipient-domain', status: ['x.1.2'], source: SRC, },
    { id: 'google.unsolicited', category: 'spam', status: ['x.7.1'], phrases: ['likely unsolicited', 'unsolicited mail'], source: SRC, },
    { id: 'google.low-reputation', category: 'reputation', status: ['x.7.1'], phrases: ['low reputation', 'very low reputation'], source: SRC, },
    { id: 'google.direct-ip', category: 'ip-blocklist', status: ['x.7.1'], phrases: ['not authorized to send email directly', 'use the smtp relay'], source: SRC, },
    { id: 'google.recipient-policy', category: 'recipient-policy', status: ['x.7.1'], phrases: ['policy that prohibited', 'gcdp', 'violates'], source: SRC, },
    { id: 'google.security', category: 'content-policy', status: ['x.7.0'], phrases: ['security issue'], source: SRC, },
    // Google's x.4.5 is the sending account's own limit (daily user sending limit, daily SMTP relay limit).
    { id: 'google.sending-quota', category: 'rate-limit', status: ['x.4.5'], source: SRC, variant: ACCOUNT_LIMIT },
    { id: 'google.too-many-recipients', category: 'rate-limit', status: ['x.5.3'], source: SRC, },
    { id: 'google.relay-credentials', category: 'relay-denied', phrases: ['invalid credentials for relay'], source: 'https://support.google.com/a/answer/6140680', },
    { id: 'google.auth', category: 'auth-required', status: ['x.7.0', 'x.7.8', 'x.7.9'], phrases: ['authentication required', 'username and password', 'application-specific password'], source: SRC, },
    // 534 5.7.14: the account's sign-in must be completed in a web browser (Google's SMTP error reference); its reply
    // quotes the sign-in page to continue at (accounts.google.com/signin/continue, a signature above).
    { id: 'google.web-login', category: 'auth-required', status: ['x.7.14'], source: SRC, },
    { id: 'google.starttls', category: 'tls-required', status: ['x.7.0'], phrases: ['starttls'], source: SRC, },
    { id: 'google.temp', category: 'remote-error', status: ['4.3.0'], source: SRC, },
  ],
};
