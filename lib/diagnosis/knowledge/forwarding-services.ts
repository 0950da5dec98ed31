/**
 * Forwarding, alias and routing services and their sending sides — Cloudflare Email Service (Email Routing and the
 * sending API), Forward Email, SimpleLogin, ImprovMX: the replies and API errors each documents in its own pages or
 * source code, every entry citing it.
 *
 * A forwarder answers for the address it forwards for: its refusal of a sender says who may write to that address
 * (recipient-policy) or what it thinks of the sending IP; its own outbound service's refusals are about the sender's
 * account (policy, sender-rejected).
 */
import { entries as entry, SERVICE_HOLD, SUPPRESSED, TEST_MODE, SENDER_UNVERIFIED } from './entry';
import type { KnowledgeSource } from './types';

// ── Cloudflare Email Service ────────────────────────────────────────────────────────────────────────────────────────
// The Workers binding's error codes and the REST API's error messages, each a code its answers carry.
const CF_WORKERS = 'https://developers.cloudflare.com/email-service/api/send-emails/workers-api/#error-codes';
const CF_REST = 'https://developers.cloudflare.com/email-service/api/send-emails/rest-api/#error-responses';
const cf = entry('cloudflare-email', CF_WORKERS);

export const CLOUDFLARE_EMAIL: KnowledgeSource = {
  id: 'cloudflare-email',
  name: 'Cloudflare Email Service (Email Routing, Email Workers, sending API)',
  kind: 'sending-service',
  reference: CF_WORKERS,
  replies: [
    cf('sender-not-verified', 'sender-rejected', [], 'E_SENDER_NOT_VERIFIED: Sender domain not verified', { variant: SENDER_UNVERIFIED, token: 'E_SENDER_NOT_VERIFIED' }),
    cf('sender-domain-not-available', 'sender-rejected', [], 'E_SENDER_DOMAIN_NOT_AVAILABLE: Domain not available for sending', { variant: SENDER_UNVERIFIED, token: 'E_SENDER_DOMAIN_NOT_AVAILABLE' }),
    cf('recipient-not-allowed', 'policy', [], 'E_RECIPIENT_NOT_ALLOWED: Recipient not in allowed list (Email Workers send only to verified destination addresses)',
      { token: 'E_RECIPIENT_NOT_ALLOWED', variant: TEST_MODE }),
    cf('recipient-suppressed', 'recipient-unknown', [], 'E_RECIPIENT_SUPPRESSED: Recipient is on suppression list', { token: 'E_RECIPIENT_SUPPRESSED', variant: SUPPRESSED }),
    cf('validation-error', 'message-format', [], 'E_VALIDATION_ERROR: Validation error in the payload', { token: 'E_VALIDATION_ERROR' }),
    cf('header-not-allowed', 'message-format', [], 'E_HEADER_NOT_ALLOWED: Header not allowed', { token: 'E_HEADER_NOT_ALLOWED' }),
    cf('header-use-api-field', 'message-format', [], 'E_HEADER_USE_API_FIELD: Must use API field', { token: 'E_HEADER_USE_API_FIELD' }),
    cf('rest-too-big', 'message-size', [], '{"code": 10200, "message": "email.sending.error.email.too_big"}', { token: 'email.sending.error.email.too_big', source: CF_REST }),
    cf('rest-invalid', 'message-format', [], '{"code": 10202, "message": "email.sending.error.email.invalid"} (also 10001 "email.sending.error.invalid_request_schema")',
      { token: 'email.sending.error.email.invalid', source: CF_REST }),
    cf('rest-schema', 'message-format', [], '{"code": 10001, "message": "email.sending.error.invalid_request_schema"}', { token: 'email.sending.error.invalid_request_schema', source: CF_REST }),
    cf('rest-unauthorized', 'auth-required', [], '{"code": 10101, "message": "email.sending.error.authentication.unauthorized"}',
      { token: 'email.sending.error.authentication.unauthorized', source: CF_REST }),
    cf('rest-forbidden', 'auth-required', [], '{"code": 10102, "message": "email.sending.error.authentication.forbidden"}', { token: 'email.sending.error.authentication.forbidden', source: CF_REST }),
    cf('rest-bad-token-type', 'auth-required', [], '{"code": 10103, "message": "email.sending.error.authentication.bad_token_type"}',
      { token: 'email.sending.error.authentication.bad_token_type', source: CF_REST }),
    cf('rest-not-entitled', 'policy', [], '{"code": 10105, "message": "email.sending.error.authentication.not_entitled"}', { token: 'email.sending.error.authentication.not_entitled', source: CF_REST, variant: SERVICE_HOLD }),
    cf('rest-sending-disabled', 'policy', [], '{"code": 10203, "message": "email.sending.error.email.sending_disabled"}', { token: 'email.sending.error.email.sending_disabled', source: CF_REST, variant: SERVICE_HOLD }),
    cf('rest-throttled', 'rate-limit', [], '{"code": 10004, "message": "email.sending.error.throttled"}', { token: 'email.sending.error.throttled', source: CF_REST }),
  ],
};

// ── Forward Email ───────────────────────────────────────────────────────────────────────────────────────────────────
// Its MX and SMTP servers' replies, from its own source (forwardemail/forwardemail.net).
const FE = 'forwardemail/forwardemail.net';
const fe = entry('forward-email', `${FE} config/phrases.js`);

export const FORWARD_EMAIL: KnowledgeSource = {
  id: 'forward-email',
  name: 'Forward Email',
  kind: 'mailbox-provider',
  reference: `${FE} config/phrases.js`,
  replies: [
    fe('denylisted', 'ip-blocklist', ['is denylisted by https://forwardemail.net'],
      'The IP <ip> is denylisted by https://forwardemail.net ; To request removal, you must visit https://forwardemail.net/denylist?q=<ip> (also "The domain <domain> is denylisted by …")',
      { source: `${FE} helpers/is-denylisted.js` }),
    fe('retried-five-days', 'delivery-timeout', ['retried for the maximum period of 5 days'],
      'This message has been retried for the maximum period of 5 days and has permanently failed', { source: `${FE} helpers/has-fingerprint-expired.js` }),
    fe('not-allowlisted-by-admins', 'recipient-policy', ['is not yet allowlisted by admins of', 'was denylisted by admins of'],
      'Your IP address, client hostname, From header, or envelope sender is not yet allowlisted by admins of <domain> (also "… was denylisted by admins of <domain>")',
      { source: `${FE} helpers/get-recipients.js` }),
    fe('inbound-tls-required', 'tls-required', ['requires tls for inbound connections'],
      'Domain <domain> requires TLS for inbound connections. Please use STARTTLS or connect to port 465.', { source: `${FE} helpers/get-recipients.js` }),
    fe('alias-password', 'auth-required', ['alias does not have a generated password yet'],
      'Alias does not have a generated password yet, go to https://forwardemail.net/my-account/domains/<domain>/aliases and click "Generate Password"',
      { source: `${FE} helpers/on-auth.js` }),
    fe('outbound-suspended', 'reputation', ['suspended from outbound smtp access due to spam or bounce detection'],
      'Your domain has been suspended from outbound SMTP access due to spam or bounce detection.', { variant: SERVICE_HOLD }),
    fe('outbound-not-approved', 'policy', ['not approved for outbound smtp access'], 'Domain is not approved for outbound SMTP access, please contact us.', { variant: SERVICE_HOLD }),
    fe('global-domain', 'sender-rejected', ['outbound smtp email from global domain names is not permitted'], 'Outbound SMTP email from global domain names is not permitted.'),
    fe('no-reply-username', 'sender-rejected', ['username for outbound smtp'], 'You cannot use a "no-reply" username for outbound SMTP.'),
    fe('mail-from-unparsed', 'message-format', ['envelope mail from header could not be parsed'], 'Envelope MAIL FROM header could not be parsed or was missing.'),
  ],
};

// ── SimpleLogin ─────────────────────────────────────────────────────────────────────────────────────────────────────
// The reply codes of its mail handler ("550 SL E502 Email not exist"), from its own source.
const SL = 'simple-login/app app/email/status.py';
const sl = entry('simplelogin', SL);

export const SIMPLELOGIN: KnowledgeSource = {
  id: 'simplelogin',
  name: 'SimpleLogin',
  kind: 'mailbox-provider',
  reference: SL,
  replies: [
    sl('e510-no-such-user', 'recipient-unknown', ['sl e510'], '550 SL E510 so such user'),
    sl('e518-disabled-mailbox', 'mailbox-disabled', ['sl e518'], '550 SL E518 Disabled mailbox'),
    sl('e507-subject', 'message-format', ['sl e507'], '550 SL E507 Wrongly formatted subject'),
    sl('e509-unauthorized', 'sender-rejected', ['sl e509'], '550 SL E509 unauthorized (the sender may not use this reverse alias)'),
    sl('e524-reverse-alias', 'policy', ['sl e524'], '550 SL E524 Wrong use of reverse-alias'),
    sl('e402-encryption', 'remote-error', ['sl e402'], '421 SL E402 Encryption failed - Retry later'),
    sl('e404-unexpected', 'remote-error', ['sl e404'], '421 SL E404 Unexpected error - Retry later'),
  ],
};

// ── ImprovMX ────────────────────────────────────────────────────────────────────────────────────────────────────────
// Its own enhanced statuses (subject 9 is none RFC 3463 defines), each with what it means: matched with their words,
// since a bare "5.9.0" is as often a version number.
const IMX = 'https://improvmx.com/guides/improvmx-error-codes/';
const imx = entry('improvmx', IMX);

export const IMPROVMX: KnowledgeSource = {
  id: 'improvmx',
  name: 'ImprovMX',
  kind: 'mailbox-provider',
  reference: IMX,
  replies: [
    imx('loop', 'remote-error', ['5.9.0 loop detection'], '5.9.0 Loop Detection - Email is sent and forwarded from/to improvmx.com. We block these messages to avoid loops.', { status: '5.9.0' }),
    imx('bounce-prevention', 'policy', ['5.9.1 bounce prevention'], '5.9.1 Bounce Prevention - Bounce messages originating from ImprovMX are blocked to prevent cascading failures.', { status: '5.9.1' }),
    imx('domain-not-found', 'recipient-domain', ['5.9.2 domain not found'], "5.9.2 Domain Not Found - The recipient's domain could not be located during processing.", { status: '5.9.2' }),
    imx('database-error', 'remote-error', ['5.9.3 database error'], "5.9.3 Database Error - Our database returned invalid or corrupted data about the requested recipient's domain.", { status: '5.9.3' }),
    imx('anti-spam', 'spam', ['5.9.4 anti-spam failure'], '5.9.4 Anti-Spam Failure - The message failed our anti-spam security check. The sender should retry transmission.', { status: '5.9.4' }),
    imx('forwarding-config', 'remote-error', ['5.9.5 forwarding configuration issue'], '5.9.5 Forwarding Configuration Issue - Unable to correctly read the forwarding recipient (where to forward the email to).', { status: '5.9.5' }),
  ],
};

export const FORWARDING_SERVICES: readonly KnowledgeSource[] = [CLOUDFLARE_EMAIL, FORWARD_EMAIL, SIMPLELOGIN, IMPROVMX];
