/**
 * Sending services: the texts they write themselves when they refuse, drop or suppress a send (not the receivers'
 * replies they relay). A service's suppression ("the address bounced before, so we did not try") is the service's
 * policy, as the engine's recipient.suppressed rule files it: the notice does not say why the address bounced, and a
 * suppression list also holds complaints and manual entries. Only a suppression the service says is of an invalid
 * address ("a recent history of bouncing as an invalid address", "a hard bounce") is recipient-unknown; one because the
 * recipient unsubscribed or complained is recipient-policy (the recipient chose not to receive). Both kinds keep the
 * suppression's own texts (variant SUPPRESSED).
 */
import { accountLimit, entries, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED, TEST_MODE } from './entry';
import type { KnowledgeSource } from './types';


// A service that did not send to an address that bounced before says so in texts of their own.
const entry = (prefix: string, defaultSource: string) => entries(prefix, defaultSource, (category) => (category === 'recipient-unknown' ? SUPPRESSED : undefined));
/** A suppression filed as the service's policy: the suppression's own texts all the same. */
const SUPPRESSION = { variant: SUPPRESSED } as const;

// ── Amazon SES ──────────────────────────────────────────────────────────────────────────────────────────────────────
const SES_ERRORS = 'https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-error-messages.html';
const SES_QUOTA = 'https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html';
const SES_NOTIFICATIONS = 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html';
const SES_SUPPRESSION_KC = 'https://aws.amazon.com/premiumsupport/knowledge-center/ses-suppression-list-sending-quota/';
const ses = entry('amazon-ses', SES_ERRORS);

export const AMAZON_SES: KnowledgeSource = {
  id: 'amazon-ses',
  name: 'Amazon SES',
  kind: 'sending-service',
  reference: SES_ERRORS,
  replies: [
    ses('account-suppression-list', 'policy', ['suppression list for your account', 'did not send the message to'],
      'Amazon SES did not send the message to this address because it is on the suppression list for your account. For more information about removing addresses from the suppression list, see the Amazon SES Developer Guide at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/sending-email-suppression-list.html',
      { source: SES_SUPPRESSION_KC, variant: SUPPRESSED }),
    ses('global-suppression-list', 'recipient-unknown', ['has suppressed sending to this address', 'history of bouncing as an invalid'],
      'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide: http://docs.aws.amazon.com/ses/latest/DeveloperGuide/remove-from-suppressionlist.html',
      { source: SES_SUPPRESSION_KC }),
    ses('on-account-suppression-list', 'policy', [],
      "OnAccountSuppressionList — SES accepted the message, but didn't attempt to send it because it was on the account-level suppression list. (bounce/complaint sub-type in SES notifications)",
      { token: 'OnAccountSuppressionList', source: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/sesv2/aws.sdk.kotlin.services.sesv2.model/-complaint/complaint-sub-type.html', variant: SUPPRESSED }),
    ses('address-blacklisted', 'recipient-unknown', ['address blacklisted'],
      'Address Blacklisted — one or more of the addresses in the To, Cc, or Bcc field is on the SES blacklist because an ISP returned a hard bounce for it in the past for any Amazon SES sender (the former name of the suppression list).',
      { source: 'https://aws.amazon.com/blogs/messaging-and-targeting/the-amazon-ses-address-blacklisted-error/' }),
    ses('not-verified', 'sender-rejected', ['email address is not verified', 'identities failed the check'],
      '554 Message rejected: Email address is not verified. The following identities failed the check in region REGION: identity1, identity2 — you tried to send from an email address or domain that is not verified with Amazon SES (From, Source, Sender or Return-Path).', { variant: SENDER_UNVERIFIED }),
    ses('maximum-sending-rate', 'rate-limit', ['maximum sending rate exceeded'],
      '454 Throttling failure: Maximum sending rate exceeded (API: ThrottlingException – Maximum sending rate exceeded)', { source: SES_QUOTA }),
    // The bounce subtypes of SES's notifications (bounce.bounceSubType) that name one cause: the subtype's name is the
    // cause's token wherever it appears ("Transient / MailboxFull" in a console or a log, a JSON field).
    ses('subtype-mailbox-full', 'mailbox-full', [], 'bounceType Transient, bounceSubType MailboxFull — the recipient\'s mailbox was full when the bounce was received.', { token: 'MailboxFull', source: SES_NOTIFICATIONS }),
    ses('subtype-message-too-large', 'message-size', [], 'bounceType Transient, bounceSubType MessageTooLarge — the message was too large for the receiving server.', { token: 'MessageTooLarge', source: SES_NOTIFICATIONS }),
    ses('subtype-content-rejected', 'content-policy', [], 'bounceType Transient, bounceSubType ContentRejected — the receiving server refused the message\'s content.', { token: 'ContentRejected', source: SES_NOTIFICATIONS }),
    ses('subtype-attachment-rejected', 'content-policy', [], 'bounceType Transient, bounceSubType AttachmentRejected — the receiving server refused an attachment of the message.', { token: 'AttachmentRejected', source: SES_NOTIFICATIONS }),
    accountLimit(ses('daily-quota', 'rate-limit', ['daily message quota exceeded', 'daily sending quota exceeded'],
      '454 Throttling failure: Daily message quota exceeded (API: ThrottlingException – Daily message quota exceeded)', { source: SES_QUOTA })),
  ],
};

// ── SendGrid (Twilio) ───────────────────────────────────────────────────────────────────────────────────────────────
const SG_EVENTS = 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event';
const SG_DROPS = 'sendgrid/docs content/docs/glossary/drops.md';
const SG_SMTP = 'sendgrid/docs content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md';
const sg = entry('sendgrid', SG_EVENTS);

export const SENDGRID: KnowledgeSource = {
  id: 'sendgrid',
  name: 'SendGrid (Twilio)',
  kind: 'sending-service',
  reference: SG_EVENTS,
  replies: [
    sg('bounced-address', 'policy', ['bounced address'],
      'Dropped — reason "Bounced Address": the address is on the account\'s bounce list, so SendGrid did not send.', SUPPRESSION),
    sg('unsubscribed-address', 'recipient-policy', ['unsubscribed address'],
      'Dropped — reason "Unsubscribed Address": the address is on the Unsubscribe list.', { source: SG_DROPS }),
    sg('spam-reporting-address', 'recipient-policy', ['spam reporting address'],
      'Dropped — reason "Spam Reporting Address": the address is on the Spam report list.', { source: SG_DROPS }),
    sg('spam-content', 'spam', ['spam content'],
      'Dropped — reason "Spam Content": the email triggered SendGrid\'s spam filters (Spam Checker filter enabled).', { source: SG_DROPS }),
    sg('invalid-smtpapi-header', 'message-format', ['invalid smtpapi header'],
      'Dropped — reason "Invalid SMTPAPI header": the X-SMTPAPI header is built incorrectly.', { source: SG_DROPS }),
    sg('over-package-quota', 'rate-limit', ['over package quota'],
      'Dropped — reason "Recipient List over Package Quota".'),
    sg('not-authorized-from', 'sender-rejected', ['not authorized to send from that', 'does not match a verified sender identity'],
      '403 You are not authorized to send from that email address — the "from" address does not match a verified Sender Identity.', { variant: SENDER_UNVERIFIED, source: SG_SMTP }),
    accountLimit(sg('maximum-credits', 'rate-limit', ['maximum credits exceeded'],
      '451 Authentication failed: Maximum credits exceeded — there is a credit limit of emails per day enforced in error.', { source: SG_SMTP })),
    sg('unauthenticated-senders', 'auth-required', ['unauthenticated senders not allowed'],
      '550 Unauthenticated Senders Not Allowed — an email was handed over to smtp.sendgrid.net before authenticating the connection with your SendGrid username and API key.',
      { source: SG_SMTP }),
    sg('unable-to-parse', 'unknown', ['unable to parse server reason'],
      "Delayed Bounce - Unable to Parse Server Reason — what SendGrid displays when the recipient's server returns a blank reason code.", { source: SG_SMTP }),
  ],
};

// ── Mailgun ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const MG_FAILURES = 'https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/tracking-failures';
const MG_VIA = ' (via symfony/symfony src/Symfony/Component/Mailer/Bridge/Mailgun/RemoteEvent/MailgunPayloadConverter.php)';
const MG_QUICKSTART = 'https://documentation.mailgun.com/docs/mailgun/quickstart/ (a sandbox domain delivers only to authorized recipients)';
const mg = entry('mailgun', MG_FAILURES);

export const MAILGUN: KnowledgeSource = {
  id: 'mailgun',
  name: 'Mailgun',
  kind: 'sending-service',
  reference: MG_FAILURES,
  replies: [
    mg('605-previously-bounced', 'policy', ['not delivering to previously bounced address', 'suppress-bounce'],
      '605 Not delivering to previously bounced address — the address is on the domain\'s Bounces list, so the message is dropped (reason "suppress-bounce").' + MG_VIA, SUPPRESSION),
    mg('606-unsubscribed', 'recipient-policy', ['not delivering to unsubscribed address', 'suppress-unsubscribe'],
      '606 Not delivering to unsubscribed address — the address is on the Unsubscribes list (reason "suppress-unsubscribe").' + MG_VIA),
    mg('607-complained', 'recipient-policy', ['who marked your messages as spam', 'suppress-complaint'],
      '607 Not delivering to a user who marked your messages as spam — the address is on the Complaints list (reason "suppress-complaint").' + MG_VIA),
    mg('625-list-quality', 'reputation', ['poor mailing list quality'], '625 Poor mailing list quality' + MG_VIA),
    // A sandbox domain sends only to the account's authorized (verified) recipients, as Resend's testing address does:
    // the service's test mode (its own texts), not a refusal of the sender address as such. A free account not yet
    // upgraded says the same of itself ("Free accounts are for test purposes only. Please upgrade or add the address to
    // authorized recipients"): the quickstart's authorized recipients again.
    mg('sandbox-authorized-recipients', 'policy', ['sandbox subdomains are for test purposes only', 'free accounts are for test purposes only'],
      '400/403 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.', { source: MG_QUICKSTART, variant: TEST_MODE }),
  ],
};

// ── Postmark ────────────────────────────────────────────────────────────────────────────────────────────────────────
const PM_ERRORS = 'https://postmarkapp.com/developer/api/overview#error-codes';
const PM_GEM = 'ActiveCampaign/postmark-gem spec/unit/postmark/error_spec.rb';
const PM_VIA = ' (via gist abhijit-hota/27f385c8bf90028adc893bdf91482547, a copy of the error-code table)';
const pm = entry('postmark', PM_ERRORS);

export const POSTMARK: KnowledgeSource = {
  id: 'postmark',
  name: 'Postmark',
  kind: 'sending-service',
  reference: PM_ERRORS,
  replies: [
    pm('406-inactive-recipient', 'policy', ['marked as inactive', 'found inactive addresses', 'inactive recipients are ones'],
      'ErrorCode 406 Inactive recipient: You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: <addresses>. Inactive recipients are ones that have generated a hard bounce, a spam complaint, or a manual suppression.',
      { source: PM_GEM, variant: SUPPRESSED }),
    pm('inactive-some-recipients', 'policy', ['not deliver to these inactive addresses'],
      'Message OK, but will not deliver to these inactive addresses: <addresses>. Inactive recipients are ones that have generated a hard bounce or a spam complaint.',
      { source: PM_GEM, variant: SUPPRESSED }),
    pm('300-invalid-email-request', 'message-format', ['invalid email request'], 'ErrorCode 300 Invalid email request' + PM_VIA),
    // The API's message for the same code names the From address ("The 'From' address you supplied (…) is not a Sender
    // Signature on your account", earlier "Sender signature not defined for From address").
    pm('400-sender-signature-not-found', 'sender-rejected', ['sender signature not found', 'is not a sender signature on your account', 'sender signature not defined for from address'], 'ErrorCode 400 Sender Signature not found' + PM_VIA, { variant: SENDER_UNVERIFIED }),
    // Its help article on 422 answers quotes the sender check's message in full.
    pm('300-not-verified-signature', 'sender-rejected', ['is not a verified sender signature'],
      "Invalid 'From' address: 'sender@example.com' is not a verified sender signature. (ErrorCode 300: the From address is neither a confirmed Sender Signature nor on a verified domain)",
      { variant: SENDER_UNVERIFIED, source: 'https://postmarkapp.com/support/article/troubleshooting-422-unprocessable-entity-errors' }),
    pm('401-sender-signature-not-confirmed', 'sender-rejected', ['sender signature not confirmed'], 'ErrorCode 401 Sender signature not confirmed' + PM_VIA, { variant: SENDER_UNVERIFIED }),
    pm('411-forbidden-attachment', 'content-policy', ['forbidden attachment type'], 'ErrorCode 411 Forbidden attachment type' + PM_VIA),
    // While the account awaits approval, it sends only to its own domain's addresses (the service's test mode).
    pm('412-account-pending', 'policy', ['account is pending'], 'ErrorCode 412 Account is Pending' + PM_VIA, { variant: TEST_MODE }),
    pm('413-account-may-not-send', 'policy', ['account may not send'], 'ErrorCode 413 Account May Not Send' + PM_VIA, { variant: SERVICE_HOLD }),
    pm('429-rate-limit', 'rate-limit', ['rate limit exceeded'], 'ErrorCode 429 Rate Limit Exceeded' + PM_VIA),
  ],
};

// ── SparkPost ───────────────────────────────────────────────────────────────────────────────────────────────────────
const SP_CUSTOMER = 'SparkPost/support-docs content/docs/faq/recipient-address-was-suppressed-due-to-customer-policy.md';
const SP_TIMING = 'SparkPost/support-docs content/docs/faq/suppression-timing.md';
const SP_SYSTEM = 'SparkPost/support-docs content/docs/faq/recipient-address-was-suppressed-due-to-system-policy.md';
const SP_DELAYS = 'SparkPost/support-docs content/docs/faq/understanding-delays-bounces.md';
const SP_SMTP = 'SparkPost/support-docs content/docs/faq/error-messages-smtp.md';
const sp = entry('sparkpost', SP_CUSTOMER);

export const SPARKPOST: KnowledgeSource = {
  id: 'sparkpost',
  name: 'SparkPost (Bird)',
  kind: 'sending-service',
  reference: 'https://support.sparkpost.com/docs/faq/',
  replies: [
    sp('customer-policy', 'policy', ['suppressed due to customer policy'],
      '554 5.7.1 recipient address was suppressed due to customer policy — the address is on your account\'s suppression list: it was invalid (does not exist), the user clicked the list-unsubscribe header, or flagged one of your emails as spam.',
      { status: '5.7.1', variant: SUPPRESSED }),
    sp('customer-policy-bounce-rule', 'policy', ['customer policy (bounce rule)'],
      '554 5.7.1 recipient address was suppressed due to customer policy (Bounce Rule) — "Admin Failure" (bounce class 25).', { status: '5.7.1', source: SP_TIMING, variant: SUPPRESSED }),
    sp('customer-policy-spam-complaint', 'recipient-policy', ['customer policy (spam complaint)'],
      '554 5.7.1 recipient address was suppressed due to customer policy (Spam Complaint)', { status: '5.7.1', source: SP_TIMING }),
    sp('customer-policy-unsubscribe', 'recipient-policy', ['customer policy (unsubscribe rule)'],
      '554 5.7.1 recipient address was suppressed due to customer policy (Unsubscribe Rule)', { status: '5.7.1', source: SP_TIMING }),
    sp('system-policy', 'policy', ['suppressed due to system policy'],
      '554 5.7.1 recipient address was suppressed due to system policy — the address is on SparkPost\'s global suppression list (role and alias addresses often sent to by spammers, defunct addresses, commonly misspelled domains such as "gmial.com").',
      { status: '5.7.1', source: SP_SYSTEM, variant: SUPPRESSED }),
    sp('message-timeout', 'delivery-timeout', ['[internal] message timeout'],
      '554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain) — the maximum number of retries or time was reached while the remote server kept answering 4xx.',
      { status: '5.4.7', source: SP_DELAYS }),
    sp('no-mx-or-a', 'recipient-domain', ['no mx or a for domain'],
      '454 4.4.4 [internal] no MX or A for domain', { status: '4.4.4', source: SP_DELAYS }),
    sp('ip-temporarily-suspended', 'rate-limit', ['sending ip temporarily suspended'],
      '451 4.3.0 [internal] Sending IP temporarily suspended — the Adaptive Email Delivery backs off the receiving endpoint after push-back from the ISP; retried until delivered or 72 hours.',
      { status: '4.3.0', source: SP_DELAYS }),
    sp('no-authentication-type', 'auth-required', ['no authentication type succeeded'],
      '535 5.7.8 Sorry. *** No authentication type succeeded — a problem with the authentication credentials (API key, user name SMTP_Injection).',
      { status: '5.7.8', source: SP_SMTP }),
    sp('x-msys-api-json', 'message-format', ['json parsing error in x-msys-api'],
      '550 5.6.0 JSON parsing error in X-MSYS-API — the X-MSYS-API header is malformed.', { status: '5.6.0', source: SP_SMTP }),
    sp('unconfigured-sending-domain', 'sender-rejected', ['unconfigured sending domain'],
      '550 5.7.1 Unconfigured Sending Domain <demo.example.com> — the domain part of the "From" address isn\'t a configured sending domain.',
      { variant: SENDER_UNVERIFIED, status: '5.7.1', source: SP_SMTP }),
  ],
};

// ── Brevo (ex-Sendinblue) ───────────────────────────────────────────────────────────────────────────────────────────
// Transactional sends to a blocked contact are not attempted; the blocked-contacts API gives the reason as a code.
const BREVO_API = 'https://developers.brevo.com/reference/get-transac-blocked-contacts';
const BREVO_HELP = 'https://help.brevo.com/hc/en-us/articles/209458705-What-are-the-different-types-of-blocklisted-contacts';
const BR_VIA = " (via Brevo's API client models, GetTransacBlockedContactsContactsInnerReason)";
const br = entry('brevo', BREVO_API);

export const BREVO: KnowledgeSource = {
  id: 'brevo',
  name: 'Brevo (Sendinblue)',
  kind: 'sending-service',
  reference: BREVO_API,
  replies: [
    br('hard-bounce', 'recipient-unknown', [], 'reason.code hardBounce — a transactional email sent to the contact resulted in a hard bounce; the contact is blocklisted.' + BR_VIA,
      { token: 'hardBounce' }),
    br('flagged-as-spam', 'recipient-policy', [], 'reason.code contactFlaggedAsSpam — the contact marked your transactional emails as spam.' + BR_VIA,
      { token: 'contactFlaggedAsSpam' }),
    br('unsubscribed-via-email', 'recipient-policy', [], 'reason.code unsubscribedViaEmail — the contact unsubscribed using your unsubscription form.' + BR_VIA,
      { token: 'unsubscribedViaEmail' }),
    br('unsubscribed-via-api', 'recipient-policy', [], 'reason.code unsubscribedViaApi — the contact was unsubscribed through the API.' + BR_VIA,
      { token: 'unsubscribedViaApi' }),
    br('unsubscribed-via-ma', 'recipient-policy', [], 'reason.code unsubscribedViaMA — the contact was unsubscribed through Marketing Automation.' + BR_VIA,
      { token: 'unsubscribedViaMA' }),
    br('admin-blocked', 'policy', [], 'reason.code adminBlocked (message "Admin blocked") — you blocked the contact manually.' + BR_VIA,
      { token: 'adminBlocked' }),
    br('blocklisted-contact', 'policy', ['blocklisted contact'],
      'Blocklisted contact — excluded from receiving your communications: unsubscribed, marked your emails as spam, a hard bounce, or blocklisted manually.',
      { source: BREVO_HELP, variant: SUPPRESSED }),
  ],
};

// ── Mailchimp Transactional (Mandrill) ──────────────────────────────────────────────────────────────────────────────
const MC_REJECTIONS = 'https://mailchimp.com/developer/transactional/docs/reputation-rejections/';
const MC_API = 'https://mailchimp.com/developer/transactional/api/messages/send-new-message/';
const MC_VIA = ' (via hackage mandrill Network.API.Mandrill.Types, the reject_reason values)';
const mc = entry('mandrill', MC_REJECTIONS);

export const MAILCHIMP_MANDRILL: KnowledgeSource = {
  id: 'mandrill',
  name: 'Mailchimp Transactional (Mandrill)',
  kind: 'sending-service',
  reference: MC_REJECTIONS,
  replies: [
    mc('rejection-denylist', 'policy', ['rejection denylist', 'rejection blacklist'],
      "While an email address is active on the Rejection Denylist (formerly Rejection Blacklist), emails to it get the state rejected and are not delivered. An address is added when a message to it bounces, the recipient registers a spam complaint or unsubscribes, or you add it manually.", SUPPRESSION),
    mc('unsigned', 'sender-rejected', ['reject_reason":"unsigned', 'reject reason: unsigned', 'with the reason unsigned'],
      "Reject reason unsigned — the message was sent from a domain that hasn't been fully configured for Mailchimp Transactional (SPF and DKIM records and verified ownership of the sending domain).", { variant: SENDER_UNVERIFIED }),
    mc('invalid-sender', 'sender-rejected', ['invalid-sender'], 'reject_reason "invalid-sender"' + MC_VIA, { source: MC_API }),
    mc('test-mode-limit', 'rate-limit', ['test-mode-limit'], 'reject_reason "test-mode-limit"' + MC_VIA, { source: MC_API }),
  ],
};
