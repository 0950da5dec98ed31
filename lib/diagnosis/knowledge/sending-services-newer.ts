/**
 * Newer and smaller sending services (Mail.Baby, Mailtrap Email Sending, MailPace, AhaSend, Scaleway Transactional Email,
 * Lettermint, Sweego, Plunk, Unosend, Bird): the SMTP replies, API errors and event reasons each documents, one source
 * each, every entry citing its page or its own source file. As in sending-services.ts, a service's suppression ("not
 * sent: the address bounced before") is filed as recipient-unknown with the texts of its own (recipient.suppressed).
 *
 * A service's own account being paused or disabled is the sender's side (policy), never the recipient's mailbox: its
 * entries name the service's words for it ("Sending is paused on the parent account"), not a bare "account disabled",
 * which a receiving server says of a mailbox.
 */
import { accountLimit, entries as entry, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED } from './entry';
import type { KnowledgeSource } from './types';

// ── Mailtrap Email Sending ──────────────────────────────────────────────────────────────────────────────────────────
const MT_BOUNCES = 'https://docs.mailtrap.io/email-api-smtp/bounce-categorization';
const mt = entry('mailtrap', MT_BOUNCES);

export const MAILTRAP: KnowledgeSource = {
  id: 'mailtrap',
  name: 'Mailtrap Email Sending',
  kind: 'sending-service',
  reference: MT_BOUNCES,
  replies: [
    mt('from-header-mismatch', 'sender-rejected', ["from: header does not match the sender's domain"],
      "From: Header does not match the sender's domain — the From header's domain is not the verified sending domain.",
      { variant: SENDER_UNVERIFIED, source: 'https://docs.mailtrap.io/email-api-smtp/troubleshooting/from-header-domain-mismatch' }),
    mt('sending-from-domain-not-allowed', 'sender-rejected', ['sending from domain is not allowed'],
      '550 5.7.1 Sending from domain is not allowed — the From domain is not a verified sending domain of the account.',
      { variant: SENDER_UNVERIFIED, source: 'https://docs.mailtrap.io/email-api-smtp/troubleshooting/sending-from-domain-not-allowed', status: '5.7.1' }),
    accountLimit(mt('monthly-limit', 'rate-limit', ['monthly messages limit reached'],
      '535 5.7.0 Monthly messages limit reached — the plan\'s monthly quota is used up.', { source: 'https://docs.mailtrap.io/email-api-smtp/faqs' })),
    mt('connections-per-account', 'rate-limit', ['too many connections per account'],
      '535 5.7.8 Too many connections per account', { source: 'https://docs.mailtrap.io/email-api-smtp/setup/sending-limits' }),
    mt('unverified-domain-suspension', 'sender-rejected', ['email was sent from an unverified domain'],
      'Suspension: Email was sent from an unverified domain.', { source: 'https://docs.mailtrap.io/email-api-smtp/analytics/statuses-and-events' }),
    // The bounce categories its events carry.
    mt('badsender', 'sender-rejected', [], 'badsender — the receiving server refused the sender address.', { token: 'badsender' }),
    mt('dnsfail', 'recipient-domain', [], 'dnsFail — DNS failure for the recipient domain.', { token: 'dnsFail' }),
    mt('relayfail', 'relay-denied', [], 'relayfail — relaying was denied.', { token: 'relayfail' }),
    mt('badrecipient', 'recipient-unknown', [], 'badrecipient — the recipient address does not exist.', { token: 'badrecipient' }),
    mt('serverpolicy', 'policy', [], 'serverpolicy — refused by the receiving server\'s policy.', { token: 'serverpolicy' }),
  ],
};

// ── MailPace ────────────────────────────────────────────────────────────────────────────────────────────────────────
const MP = 'https://docs.mailpace.com/reference/responses';
const mp = entry('mailpace', MP);

export const MAILPACE: KnowledgeSource = {
  id: 'mailpace',
  name: 'MailPace',
  kind: 'sending-service',
  reference: MP,
  replies: [
    mp('invalid-token', 'auth-required', ['invalid api token', 'missing api token'], '{"error":"Invalid API Token"} / {"error":"Missing API Token"}'),
    mp('from-not-parseable', 'message-format', ['email from address not parseable'], '{"error":"Email from address not parseable"}'),
    mp('blocked-address', 'recipient-unknown', ['contains a blocked address'],
      '{"errors":{"to":["contains a blocked address"]}} — a recipient is on the blocked (suppressed) list.', { variant: SUPPRESSED }),
    // The sending domain's DKIM record is not published or not yet seen: the fix is the DKIM record.
    mp('dkim-not-verified', 'dkim', ['domain dkim dns not verified'], '{"error":"Domain DKIM DNS not verified, please complete DKIM Verification"}'),
    mp('no-active-plan', 'policy', ['does not have an active plan'], '{"error":"The organization that owns this domain does not have an active plan"}', { variant: SERVICE_HOLD }),
    mp('organization-unable', 'policy', ['this organization is unable to send emails'], '{"error":"This organization is unable to send emails. Please contact support"}', { variant: SERVICE_HOLD }),
    mp('domain-mismatch', 'sender-rejected', ['verified domain does not match domain in from address'], '{"error":"Verified domain does not match domain in From address of email"}', { variant: SENDER_UNVERIFIED }),
    mp('too-quickly', 'rate-limit', ['you are sending emails too quickly'], '{"error":"You are sending emails too quickly"}'),
    mp('spam-filter', 'spam', ['our internal spam filter has flagged'],
      'Spam — Our internal spam filter has flagged this as suspected spam, and it cannot be sent through our API', { source: 'https://docs.mailpace.com/guide/lifecycle' }),
  ],
};

// ── AhaSend ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const AH_SMTP = 'https://ahasend.com/docs/smtp/errors';
const AH_API = 'https://ahasend.com/docs/api-reference/errors';
const ah = entry('ahasend', AH_API);

export const AHASEND: KnowledgeSource = {
  id: 'ahasend',
  name: 'AhaSend',
  kind: 'sending-service',
  reference: AH_SMTP,
  replies: [
    ah('invalid-account-or-domain', 'sender-rejected', ['556 invalid account or domain'],
      '556 Invalid account or domain — the sending domain is not set up in the account.', { variant: SENDER_UNVERIFIED, source: AH_SMTP }),
    ah('unsubscribe-link', 'remote-error', ['unsubscribe link is not available'], '451 4.3.0 Unsubscribe link is not available', { source: AH_SMTP, status: '4.3.0' }),
    ah('bearer-token', 'auth-required', ['missing or malformed bearer token'], '{"message": "Missing or malformed bearer token"}'),
    ah('scope', 'auth-required', ['insufficient permissions for the required scope'], '{"message": "Insufficient permissions for the required scope"}'),
    ah('domain-banned', 'policy', ['domain is banned to protect our network'],
      '{"message": "domain is banned to protect our network from abuse and spammers. if you think this is an error please contact support"}', { variant: SERVICE_HOLD }),
    ah('parent-paused', 'policy', ['sending is paused on the parent account'],
      'Sending is paused on the parent account. Contact the parent account owner.', { source: 'https://ahasend.com/docs/troubleshooting', variant: SERVICE_HOLD }),
    ah('suppressed-event', 'recipient-unknown', [], 'message.suppressed — the webhook event of a message not sent to a suppressed recipient.',
      { token: 'message.suppressed', variant: SUPPRESSED, source: 'https://ahasend.com/docs/api-reference/webhooks/message-suppressed' }),
  ],
};

// ── Scaleway Transactional Email ────────────────────────────────────────────────────────────────────────────────────
const SCW_EVENTS = 'https://www.scaleway.com/en/docs/transactional-email/reference-content/webhook-events-payloads/';
const SCW_ISSUES = 'https://www.scaleway.com/en/docs/transactional-email/troubleshooting/fix-common-issues/';
const scw = entry('scaleway-tem', SCW_EVENTS);

export const SCALEWAY_TEM: KnowledgeSource = {
  id: 'scaleway-tem',
  name: 'Scaleway Transactional Email',
  kind: 'sending-service',
  reference: SCW_EVENTS,
  replies: [
    scw('mailbox-not-found', 'recipient-unknown', [], 'email_mailbox_not_found — the recipient mailbox does not exist.', { token: 'email_mailbox_not_found' }),
    scw('blocklisted', 'recipient-unknown', [], 'email_blocklisted — the recipient is on the project\'s blocklist; the email is not sent.', { token: 'email_blocklisted', variant: SUPPRESSED }),
    scw('spam', 'spam', [], 'email_spam — the email was flagged as spam.', { token: 'email_spam' }),
    scw('multiple-spf', 'spf', ['multiple spf records found'], 'Multiple SPF records found — the domain publishes more than one SPF record.', { source: SCW_ISSUES }),
    scw('spf-lookup-limit', 'spf', ['spf lookup limit exceeded'], 'SPF lookup limit exceeded — the SPF record needs more than ten DNS lookups.', { source: SCW_ISSUES }),
  ],
};

// ── Lettermint ──────────────────────────────────────────────────────────────────────────────────────────────────────
const LM = 'https://docs.lettermint.co/platform/webhooks/events';
const lm = entry('lettermint', LM);

export const LETTERMINT: KnowledgeSource = {
  id: 'lettermint',
  name: 'Lettermint',
  kind: 'sending-service',
  reference: LM,
  replies: [
    lm('suppressed', 'recipient-unknown', [], 'message.suppressed — the message was not sent: the recipient is suppressed.', { token: 'message.suppressed', variant: SUPPRESSED }),
    lm('policy-rejected', 'spam', [], 'message.policy_rejected — the message was rejected by Lettermint\'s content policy (spam content).', { token: 'message.policy_rejected' }),
  ],
};

// ── Sweego ──────────────────────────────────────────────────────────────────────────────────────────────────────────
const SW = 'https://learn.sweego.io/docs/api-error-codes';
const sw = entry('sweego', SW);

export const SWEEGO: KnowledgeSource = {
  id: 'sweego',
  name: 'Sweego',
  kind: 'sending-service',
  reference: SW,
  replies: [
    sw('body-required', 'message-format', ["either 'message-txt', 'message-html' or 'template-id' is required"], "Either 'message-txt', 'message-html' or 'template-id' is required"),
    sw('headers-limit', 'message-format', ["field 'headers' limited to"], "Field 'headers' limited to 5 headers"),
  ],
};

// ── Plunk ───────────────────────────────────────────────────────────────────────────────────────────────────────────
const PL_DOMAINS = 'useplunk/plunk apps/api/src/services/DomainService.ts';
const pl = entry('plunk', PL_DOMAINS);

export const PLUNK: KnowledgeSource = {
  id: 'plunk',
  name: 'Plunk',
  kind: 'sending-service',
  reference: PL_DOMAINS,
  replies: [
    pl('domain-not-registered', 'sender-rejected', ['please add and verify this domain in your project'],
      'Domain "example.com" is not registered. Please add and verify this domain in your project settings.', { variant: SENDER_UNVERIFIED }),
    pl('domain-other-project', 'sender-rejected', ['belongs to a different project. you cannot use this domain'],
      'Domain "example.com" belongs to a different project. You cannot use this domain.', { variant: SENDER_UNVERIFIED }),
    pl('domain-not-verified', 'sender-rejected', ['please complete the dns verification process'],
      'Domain "example.com" is not verified. Please complete the DNS verification process in your domain settings.', { variant: SENDER_UNVERIFIED }),
    accountLimit(pl('free-tier-limit', 'rate-limit', ['free tier limit reached'],
      "Free tier limit reached. You've sent 1000/1000 emails this month. Upgrade to continue sending.", { source: 'useplunk/plunk apps/api/src/services/BillingLimitService.ts' })),
    accountLimit(pl('billing-limit', 'rate-limit', ['billing limit reached for'],
      'Billing limit reached for transactional emails. Current usage: 500/500 (100%)', { source: 'useplunk/plunk apps/api/src/services/BillingLimitService.ts' })),
    pl('project-disabled', 'policy', ['the project has been disabled'],
      'This email could not be sent. The project has been disabled. Please contact support.', { source: 'useplunk/plunk apps/api/src/jobs/email-processor.ts', variant: SERVICE_HOLD }),
  ],
};

// ── Unosend ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const UN = 'https://docs.unosend.co/resources/error-codes';
const un = entry('unosend', UN);

export const UNOSEND: KnowledgeSource = {
  id: 'unosend',
  name: 'Unosend',
  kind: 'sending-service',
  reference: UN,
  replies: [
    un('invalid-from', 'sender-rejected', [], 'invalid_from_address — the from address is invalid or its domain is not verified.', { variant: SENDER_UNVERIFIED, token: 'invalid_from_address' }),
    un('attachment-too-large', 'message-size', [], 'attachment_too_large', { token: 'attachment_too_large' }),
    un('api-key-expired', 'auth-required', [], 'api_key_expired', { token: 'api_key_expired' }),
  ],
};

// ── Bird (MessageBird) Email ────────────────────────────────────────────────────────────────────────────────────────
const BIRD_ERRORS = 'https://bird.com/en-us/docs/knowledge-base/troubleshooting/common-errors';
const bird = entry('bird-email', BIRD_ERRORS);

export const BIRD_EMAIL: KnowledgeSource = {
  id: 'bird-email',
  name: 'Bird (MessageBird) Email',
  kind: 'sending-service',
  reference: BIRD_ERRORS,
  replies: [
    bird('all-suppressed', 'recipient-unknown', ['all recipients suppressed'], 'All recipients suppressed — every recipient is on the suppression list; nothing was sent.', { variant: SUPPRESSED }),
    bird('recipient-suppressed', 'recipient-unknown', [], 'recipient_suppressed — the recipient is on the suppression list.',
      { token: 'recipient_suppressed', variant: SUPPRESSED, source: 'https://bird.com/en-us/docs/api/reference/list-email-message-recipients' }),
  ],
};

// ── Mail.Baby (InterServer's outbound relay) ────────────────────────────────────────────────────────────────────────
// Its "Smart Bounce Codes": the relay's rspamd scan refuses a message with a sub-code after the 550 that names the
// matching rule group (200: spam content; 100: a compromised account or the local block list).
const MB = 'https://www.mail.baby/?p=1011';
const mb = entry('mailbaby', MB);

export const MAILBABY: KnowledgeSource = {
  id: 'mailbaby',
  name: 'Mail.Baby (InterServer outbound relay)',
  kind: 'sending-service',
  reference: MB,
  replies: [
    mb('rspam', 'spam', ['classified as rspam and may not be delivered'],
      '550 200 This message was classified as rSPAM and may not be delivered https://mail.outboundspamprotection.com/mailinfo?<mail id and username> (the relay\'s outbound spam scan refused it)'),
  ],
};

export const SENDING_SERVICES_NEWER: readonly KnowledgeSource[] = [MAILBABY, MAILTRAP, MAILPACE, AHASEND, SCALEWAY_TEM, LETTERMINT, SWEEGO, PLUNK, UNOSEND, BIRD_EMAIL];
