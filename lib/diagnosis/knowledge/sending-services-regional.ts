/**
 * More sending services' documented texts: Russian and CIS services (Unisender and Unisender Go, Yandex Cloud Postbox,
 * Selectel's email service, SendPulse), Amazon SES v2's send exceptions (which Postbox's AWS-compatible API returns
 * too), marketing and engagement platforms (Iterable, GetResponse, Customer.io, Braze), and wordings of Mailgun,
 * Brevo, MailerSend and SMTP2GO that the tables of sending-services.ts and sending-services-more.ts lack. One source
 * each, every entry citing its page.
 *
 * As in sending-services.ts, a service's suppression is filed as recipient-unknown with the texts of its own
 * (recipient.suppressed); a service pausing or closing the sender's own account is policy, or reputation where the
 * service names complaints or bounces as the reason.
 */
import { accountLimit, entries as entry, hedged, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED, TEST_MODE } from './entry';
import type { KnowledgeSource } from './types';

// ── Unisender ───────────────────────────────────────────────────────────────────────────────────────────────────────
// Delivery statuses (checkEmail, shared with Unisender Go's events) and API error codes: the codes are what its API
// answers carry, so each is a token.
const UNI_STATUS = 'https://www.unisender.com/en/support/api/partners/checkemail/';
const UNI_ERRORS = 'https://www.unisender.com/ru/support/api/common/api-errors/';
const uni = entry('unisender', UNI_STATUS);

export const UNISENDER: KnowledgeSource = {
  id: 'unisender',
  name: 'Unisender / Unisender Go',
  kind: 'sending-service',
  reference: UNI_STATUS,
  replies: [
    uni('user-unknown', 'recipient-unknown', [], 'err_user_unknown — the address does not exist.', { token: 'err_user_unknown' }),
    uni('user-inactive', 'mailbox-disabled', [], 'err_user_inactive — the mailbox exists but is blocked or inactive.', { token: 'err_user_inactive' }),
    uni('mailbox-full', 'mailbox-full', [], 'err_mailbox_full — the recipient\'s mailbox is full.', { token: 'err_mailbox_full' }),
    uni('no-dns', 'recipient-domain', [], 'err_no_dns — the recipient domain has no DNS record for mail.', { token: 'err_no_dns' }),
    uni('domain-inactive', 'recipient-domain', [], 'err_domain_inactive — the recipient domain does not accept mail.', { token: 'err_domain_inactive' }),
    uni('spam-rejected', 'spam', [], 'err_spam_rejected — the receiving server rejected the message as spam.', { token: 'err_spam_rejected' }),
    uni('giveup', 'delivery-timeout', [], 'err_giveup — delivery attempts stopped after the retry period.', { token: 'err_giveup' }),
    uni('src-invalid', 'sender-rejected', [], 'err_src_invalid — the sender address is invalid.', { token: 'err_src_invalid' }),
    uni('invalid-api-key', 'auth-required', [], 'invalid_api_key — the API key is wrong.', { token: 'invalid_api_key', source: UNI_ERRORS }),
    uni('api-call-limit', 'rate-limit', ['ограничение по вызову методов api'],
      'api_call_limit_exceeded_for_api_key / api_call_limit_exceeded_for_ip — «Сработало ограничение по вызову методов API в единицу времени» (the API call rate limit).',
      { token: 'api_call_limit_exceeded_for_api_key', source: UNI_ERRORS, lang: 'ru' }),
    uni('api-call-limit-ip', 'rate-limit', [], 'api_call_limit_exceeded_for_ip — the API call rate limit for the IP address.', { token: 'api_call_limit_exceeded_for_ip', source: UNI_ERRORS }),
    uni('unchecked-sender', 'sender-rejected', [], 'unchecked_sender_email — the sender address is not confirmed in the account.',
      { variant: SENDER_UNVERIFIED, token: 'unchecked_sender_email', source: 'https://www.unisender.com/ru/support/api/messages/sendemail/' }),
  ],
};

// ── Yandex Cloud Postbox ────────────────────────────────────────────────────────────────────────────────────────────
const PB_SMTP = 'https://yandex.cloud/en/docs/postbox/api-ref/smtp-errors';
const PB_SUPPRESSION = 'https://yandex.cloud/en/docs/postbox/concepts/suppression-list';
const pb = entry('yandex-postbox', PB_SMTP);

export const YANDEX_POSTBOX: KnowledgeSource = {
  id: 'yandex-postbox',
  name: 'Yandex Cloud Postbox',
  kind: 'sending-service',
  reference: PB_SMTP,
  replies: [
    pb('identity-not-found', 'sender-rejected', ['5.4.1 identity not found'], '550 5.4.1 identity not found — the sender\'s address or domain is not an identity of the folder.', { variant: SENDER_UNVERIFIED, status: '5.4.1' }),
    pb('identity-blocked', 'policy', ['5.4.1 identity is blocked'], '550 5.4.1 identity is blocked', { status: '5.4.1', variant: SERVICE_HOLD }),
    pb('account-suppression-list', 'recipient-unknown', ['on your account suppression list', 'blocked by account suppression list'],
      'Recipient is on your account suppression list (event: "Blocked by Account Suppression List")', { source: PB_SUPPRESSION, variant: SUPPRESSED }),
    pb('global-suppression-list', 'recipient-unknown', ['on the global suppression list', 'blocked by global suppression list'],
      'Recipient is on the global suppression list (event: "Blocked by Global Suppression List")', { source: PB_SUPPRESSION, variant: SUPPRESSED }),
  ],
};

// ── Amazon SES v2 send exceptions ───────────────────────────────────────────────────────────────────────────────────
// SESV2 SendEmail's errors (botocore's reference; Postbox's AWS-compatible SendEmail returns the same names).
const SESV2 = 'https://docs.aws.amazon.com/botocore/latest/reference/services/sesv2/client/exceptions/';
const sesv2 = entry('amazon-sesv2', `${SESV2}AccountSuspendedException.html`);

export const AMAZON_SESV2_EXCEPTIONS: KnowledgeSource = {
  id: 'amazon-sesv2',
  name: 'Amazon SES v2 (SendEmail exceptions)',
  kind: 'sending-service',
  reference: `${SESV2}AccountSuspendedException.html`,
  replies: [
    sesv2('account-suspended', 'reputation', ["account's ability to send email has been permanently restricted"],
      "AccountSuspendedException — The message can't be sent because the account's ability to send email has been permanently restricted.",
      { token: 'AccountSuspendedException', variant: SERVICE_HOLD }),
    // As sending-apis.ts reads SES's pause (its review of bounce and complaint rates), hedged: it may be the owner's own.
    hedged(sesv2('sending-paused', 'reputation', ["account's ability to send email is currently paused"],
      "SendingPausedException — The message can't be sent because the account's ability to send email is currently paused.",
      { token: 'SendingPausedException', source: `${SESV2}SendingPausedException.html`, variant: SERVICE_HOLD })),
    sesv2('too-many-requests', 'rate-limit', [], 'TooManyRequestsException — Too many requests have been made to the operation.',
      { token: 'TooManyRequestsException', source: `${SESV2}TooManyRequestsException.html` }),
  ],
};

// ── Selectel email service ──────────────────────────────────────────────────────────────────────────────────────────
const SEL = 'https://docs.selectel.ru/en/networks-services/selectel-email-service/smtp-errors/';
const sel = entry('selectel-email', SEL);

export const SELECTEL_EMAIL: KnowledgeSource = {
  id: 'selectel-email',
  name: 'Selectel email service',
  kind: 'sending-service',
  reference: SEL,
  replies: [
    sel('bounced-check-filter', 'recipient-unknown', ['550 bounced check filter'],
      '550 bounced check filter — the recipient bounced before and is filtered out; the message is not sent.', { variant: SUPPRESSED }),
    sel('from-domain-not-trusted', 'sender-rejected', ['from domain not trusted'], '501 from domain not trusted — the sender\'s domain is not confirmed in the account.', { variant: SENDER_UNVERIFIED }),
  ],
};

// ── Marketing and engagement platforms ──────────────────────────────────────────────────────────────────────────────
const IT_DEFS = 'https://support.iterable.com/hc/en-us/articles/208182926-Bounce-Definitions-Reporting-and-Segmentation';
const it = entry('iterable', IT_DEFS);

export const ITERABLE: KnowledgeSource = {
  id: 'iterable',
  name: 'Iterable (bounce categories)',
  kind: 'sending-service',
  reference: IT_DEFS,
  replies: [
    it('soft-mailbox-full', 'mailbox-full', [], 'SoftBounceMailboxFull — the recipient\'s mailbox is full.', { token: 'SoftBounceMailboxFull' }),
    it('soft-timeout', 'network', [], 'SoftBounceTimeOut — the connection to the receiving server timed out.', { token: 'SoftBounceTimeOut' }),
    it('soft-content-rejected', 'spam', [], 'SoftBounceContentRejected — the receiving server rejected the content.', { token: 'SoftBounceContentRejected' }),
    it('relay-denied', 'relay-denied', [], 'MailBlockRelayDenied — the receiving server denied relaying.', { token: 'MailBlockRelayDenied' }),
    it('attachment-detected', 'content-policy', [], 'MailBlockAttachmentDetected — blocked because of an attachment.', { token: 'MailBlockAttachmentDetected' }),
  ],
};

const GR = 'https://www.getresponse.com/help/what-are-bounces.html';
const gr = entry('getresponse', GR);

export const GETRESPONSE: KnowledgeSource = {
  id: 'getresponse',
  name: 'GetResponse (bounce reasons)',
  kind: 'sending-service',
  reference: GR,
  replies: [
    gr('inbox-not-answering', 'network', ['inbox not answering'], 'Inbox not answering — the recipient\'s mail server did not respond.'),
    gr('failed-dmarc', 'dmarc', ['failed dmarc authentication'], 'Failed DMARC authentication'),
    gr('sender-authentication', 'unauthenticated', ['issue with sender authentication'], 'Issue with sender authentication — the message failed the receiver\'s sender authentication checks.'),
  ],
};

const CIO = 'https://docs.customer.io/journeys/transactional-api-common-api-errors/';
const cio = entry('customer-io', CIO);

export const CUSTOMER_IO: KnowledgeSource = {
  id: 'customer-io',
  name: 'Customer.io (transactional API)',
  kind: 'sending-service',
  reference: CIO,
  replies: [
    cio('from-domain-not-verified', 'sender-rejected', ['address domain has not been verified'], '“from” address domain has not been verified.', { variant: SENDER_UNVERIFIED }),
    cio('owner-not-confirmed', 'policy', ["account owner's email address is not confirmed", 'account owner’s email address is not confirmed'], 'Account owner’s email address is not confirmed.', { variant: TEST_MODE }),
    cio('not-approved', 'policy', ['account is not yet approved for sending'], 'Account is not yet approved for sending.', { variant: TEST_MODE }),
    cio('do-not-send', 'policy', ['set to “do not send', 'set to "do not send'], 'Workspace is set to “Do Not Send.”', { variant: SERVICE_HOLD }),
    cio('invalid-app-key', 'auth-required', ['invalid app api key'], 'Invalid App API key.'),
  ],
};

const BRAZE = 'https://www.braze.com/docs/api/errors/';
const bz = entry('braze', BRAZE);

export const BRAZE_EMAIL: KnowledgeSource = {
  id: 'braze',
  name: 'Braze',
  kind: 'sending-service',
  reference: BRAZE,
  replies: [
    bz('missing-api-key', 'auth-required', ['unknown or missing rest api key'], 'Unknown or missing REST API Key.'),
    bz('rate-plan', 'policy', ["rate plan doesn't support or account is otherwise inactivated"], "Rate plan doesn't support or account is otherwise inactivated.", { variant: SERVICE_HOLD }),
  ],
};

// ── Wordings of services whose main tables are elsewhere ────────────────────────────────────────────────────────────
// Mailgun's "not allowed to send" answers, as the error library of a support desk that sends through it lists them.
const MG_LIBRARY = 'https://app.modalsupport.com/article/details/ZeRAsZjqowLqb1w85XkX/6gOyYDiJ6VGu3VadmNlu';
const mgx = entry('mailgun-account', MG_LIBRARY);

export const MAILGUN_ACCOUNT: KnowledgeSource = {
  id: 'mailgun-account',
  name: 'Mailgun (domain and account answers)',
  kind: 'sending-service',
  reference: MG_LIBRARY,
  replies: [
    mgx('domain-unverified', 'sender-rejected', ['the domain is unverified and requires dns configuration'],
      'Domain example.com is not allowed to send: The domain is unverified and requires DNS configuration. Log in to your control panel to view required DNS records.', { variant: SENDER_UNVERIFIED }),
    mgx('activate-account', 'policy', ['please activate your mailgun account'],
      'Domain example.com is not allowed to send: Please activate your Mailgun account. Check your inbox or log in to your control panel to resend the activation email.',
      { variant: TEST_MODE }),
    mgx('large-batches', 'rate-limit', ['not allowed to send large batches yet'], 'Domain example.com is not allowed to send large batches yet'),
    accountLimit(mgx('request-limit', 'rate-limit', ['not allowed to send: request limit exceeded', 'not allowed to send: bytes limit exceeded'],
      'Domain example.com is not allowed to send: request limit exceeded, try again after <date> (also "bytes limit exceeded")')),
    mgx('account-terminated', 'policy', ['not allowed to send: account terminated'], 'Domain example.com is not allowed to send: Account Terminated.', { variant: SERVICE_HOLD }),
  ],
};

// Brevo's transactional API: the sender check (its SMTP troubleshooting article) and the IP allow-list.
const BREVO_SMTP = 'https://help.brevo.com/hc/en-us/articles/115000188150-Troubleshooting-issues-with-Brevo-SMTP';
const brx = entry('brevo-api', BREVO_SMTP);

export const BREVO_API: KnowledgeSource = {
  id: 'brevo-api',
  name: 'Brevo (API and SMTP answers)',
  kind: 'sending-service',
  reference: BREVO_SMTP,
  replies: [
    brx('sender-not-valid', 'sender-rejected', ['validate your sender or authenticate your domain'],
      'Sending has been rejected because the sender you used <address> is not valid. Validate your sender or authenticate your domain', { variant: SENDER_UNVERIFIED }),
    brx('unrecognised-ip', 'auth-required', ['you are using an unrecognised ip address'],
      'We have detected you are using an unrecognised IP address <ip>. If you performed this action make sure to add the new IP address in this link: https://app.brevo.com/security/authorised_ips',
      { source: 'https://help.brevo.com/hc/en-us/articles/5740111683858-Authorize-and-block-IP-addresses-for-API-and-SMTP-security' }),
  ],
};

// MailerSend's API: the validation errors its general page lists with their codes.
const MS_VALIDATION = 'https://developers.mailersend.com/general.html#validation-errors';
const msx = entry('mailersend-api', MS_VALIDATION);

export const MAILERSEND_API: KnowledgeSource = {
  id: 'mailersend-api',
  name: 'MailerSend (API validation errors)',
  kind: 'sending-service',
  reference: MS_VALIDATION,
  replies: [
    msx('domain-must-be-verified', 'sender-rejected', ['from.email domain must be verified'],
      'The from.email domain must be verified in your account to send emails. #MS42207', { variant: SENDER_UNVERIFIED, token: 'MS42207', source: 'https://developers.mailersend.com/api/v1/email.html' }),
    msx('trial-admin-only', 'policy', ["trial accounts can only send emails to the administrator's email"],
      "Trial accounts can only send emails to the administrator's email. #MS42225", { variant: TEST_MODE }),
    accountLimit(msx('trial-quota', 'rate-limit', ['trial domain reached its email quota limit'], 'Your trial domain reached its email quota limit. #MS42222', { token: 'MS42222' })),
    msx('some-suppressed', 'recipient-unknown', [], 'SOME_SUPPRESSED — "Some of the recipients have been suppressed" (a warning of the send request: those recipients were not sent to).',
      { token: 'SOME_SUPPRESSED', variant: SUPPRESSED, source: 'https://developers.mailersend.com/api/v1/email.html' }),
  ],
};

// SMTP2GO's help article on its 550 for a closed account or a blocked sending user / IP.
const S2G = 'https://support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send';
const s2g = entry('smtp2go-account', S2G);

export const SMTP2GO_ACCOUNT: KnowledgeSource = {
  id: 'smtp2go-account',
  name: 'SMTP2GO (account answers)',
  kind: 'sending-service',
  reference: S2G,
  replies: [
    s2g('account-not-allowed', 'policy', ["smtp username's account is not allowed to send", 'that ip address is not allowed to send'],
      "550 that SMTP username's account is not allowed to send (also \"550 that IP address is not allowed to send\") — the SMTP2GO account is closed or the sending user or IP is blocked.", { variant: SERVICE_HOLD }),
  ],
};

export const SENDING_SERVICES_REGIONAL: readonly KnowledgeSource[] = [
  UNISENDER,
  YANDEX_POSTBOX,
  AMAZON_SESV2_EXCEPTIONS,
  SELECTEL_EMAIL,
  ITERABLE,
  GETRESPONSE,
  CUSTOMER_IO,
  BRAZE_EMAIL,
  MAILGUN_ACCOUNT,
  BREVO_API,
  MAILERSEND_API,
  SMTP2GO_ACCOUNT,
];
