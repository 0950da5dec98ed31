/**
 * Sending services' own rejection, drop and suppression texts (Mailjet, Elastic Email, SocketLabs, MailerSend, Resend,
 * SMTP2GO, Mailchimp, HubSpot, Constant Contact, Klaviyo, Loops, plus wordings of SparkPost, SendGrid, Mandrill, SES, Postmark
 * and Brevo missing from sending-services.ts): the replies each
 * documents, one source each, every entry citing its page or source file.
 *
 * As in sending-services.ts, a service's suppression ("the address bounced before, so we did not try") is filed as
 * recipient-unknown with the texts of its own (variant recipient.suppressed); a bounce a service relays and labels is
 * filed by what its label documents, without that variant.
 */
import { accountLimit, entries as entry, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED, TEST_MODE } from './entry';
import type { KnowledgeSource } from './types';



// ── Mailjet ─────────────────────────────────────────────────────────────────────────────────────────────────────────
// The Event API's bounce/blocked events carry error_related_to + error; the table "Possible values for errors" (the
// same table is on https://dev.mailjet.com/email/guides/webhooks/).
const MJ_ERRORS = 'mailjet/api-documentation guides/_event-api.md';
const MJ_BLOCKED =
  'https://documentation.mailjet.com/hc/en-us/articles/360043102273-Understanding-Why-Your-Emails-Are-Blocked-and-How-to-Resolve-It';
const mj = entry('mailjet', MJ_ERRORS);

export const MAILJET: KnowledgeSource = {
  id: 'mailjet',
  name: 'Mailjet (Sinch)',
  kind: 'sending-service',
  reference: MJ_ERRORS,
  replies: [
    mj('user-unknown', 'recipient-unknown', ['user unknown'],
      'error_related_to "recipient", error "user unknown" — Email address doesn\'t exist, double check it for typos!'),
    mj('mailbox-inactive', 'mailbox-disabled', ['mailbox inactive'],
      'error_related_to "recipient", error "mailbox inactive" — Account has been inactive for too long (likely that it doesn\'t exist anymore).'),
    mj('quota-exceeded', 'mailbox-full', ['quota exceeded', 'accounts are over-quota'],
      'error_related_to "recipient", error "quota exceeded" — Even though this is a non-permanent error, most of the time when accounts are over-quota, it means they are inactive.'),
    mj('invalid-domain', 'recipient-domain', ['invalid domain'],
      'error_related_to "domain", error "invalid domain" — There\'s a typo in the domain name part of the address. Or the address is so old that its domain has expired!'),
    mj('no-mail-host', 'recipient-domain', ['no mail host'],
      'error_related_to "domain", error "no mail host" — Nobody answers when we knock at the door.'),
    mj('relay-access-denied', 'policy', ['relay/access denied'],
      'error_related_to "domain", error "relay/access denied" — The destination mail server is refusing to talk to us.'),
    mj('greylisted', 'greylisting', ['greylisted', 'possible unrecognised senders'],
      'error_related_to "domain", error "greylisted" — This is a temporary error due to possible unrecognised senders. Delivery will be re-attempted.'),
    mj('sender-blocked', 'reputation', ['sender blocked'],
      'error_related_to "spam", error "sender blocked" — This is quite bad! You should contact us to investigate this issue.'),
    mj('content-blocked', 'spam', ['content blocked', 'triggered an anti-spam filter'],
      'error_related_to "spam", error "content blocked" — Something in your email has triggered an anti-spam filter and your email was rejected.'),
    mj('policy-issue', 'policy', ['policy issue'],
      'error_related_to "spam", error "policy issue" — We do our best to avoid these errors with outbound throttling and following best practices.'),
    mj('protocol-issue', 'protocol', ['protocol issue'],
      'error_related_to "system", error "protocol issue" — Something went wrong with our servers. This should not happen, and never be permanent!'),
    mj('connection-issue', 'network', ['connection issue'],
      'error_related_to "system", error "connection issue" — Something went wrong with our servers. This should not happen, and never be permanent!'),
    mj('preblocked', 'recipient-unknown', ['recently (or repeatedly) bounced'],
      'error_related_to "mailjet", error "preblocked" — You tried to send an email to an address that recently (or repeatedly) bounced. We didn\'t try to send it to avoid damaging your reputation.',
      { token: 'preblocked', variant: SUPPRESSED }),
    mj('duplicate-in-campaign', 'policy', ['duplicate in campaign'],
      'error_related_to "mailjet", error "duplicate in campaign" — You used X-Mailjet-DeduplicateCampaign and sent more than one email to a single recipient. Only the first email was sent; the others were blocked.'),
    mj('spam-pre-blocked', 'spam', ['spam pre-blocked'],
      '"spam pre-blocked" — before campaigns are sent, an anti-spam scan looks for spam triggers; the email would likely have been classified as spam by the recipient\'s server, so it was not sent.',
      { source: MJ_BLOCKED }),
  ],
};

// ── Elastic Email ───────────────────────────────────────────────────────────────────────────────────────────────────
// Bounce categories (the API's MessageCategory values: ElasticEmail/elasticemail-python docs/MessageCategory.md).
const EE_CATEGORIES = 'https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters';
const EE_OLD = 'http://elasticemail.com/email-delivery-error-categories';
const ee = entry('elastic-email', EE_CATEGORIES);

export const ELASTIC_EMAIL: KnowledgeSource = {
  id: 'elastic-email',
  name: 'Elastic Email',
  kind: 'sending-service',
  reference: EE_CATEGORIES,
  replies: [
    ee('no-mailbox', 'recipient-unknown', ['address does not appear to exist'],
      'NoMailbox — The address does not appear to exist. It may be misconfigured or removed from its server. Receiving this error will permanently turn the contact\'s status to Invalid.',
      { token: 'NoMailbox' }),
    ee('spam', 'spam', ['community has labeled as spam', "recipient's anti-spam filters"],
      "Spam — The email was rejected because it matched a profile the internet community has labeled as Spam or was caught by the recipient's anti-spam filters."),
    ee('blacklisted', 'ip-blocklist', ["sender's ip address being blacklisted"],
      "BlackListed — The email bounced due to the sender's IP address being blacklisted.", { token: 'BlackListed' }),
    ee('throttled', 'rate-limit', ['exceeding rate limits', 'within the delivery window'],
      'Throttled — The recipient server did not accept the email within the delivery window, often due to exceeding rate limits (e.g., error code S3150).'),
    ee('greylisted', 'greylisting', ['triplet check'],
      'GreyListed — The recipient server has temporarily rejected the email (triplet check) to verify the sender\'s validity. Our system retries these automatically.',
      { token: 'GreyListed' }),
    ee('account-problem', 'mailbox-full', ["issue with the recipient's mailbox", 'such as being full or inactive'],
      "AccountProblem — There is an issue with the recipient's mailbox, such as being full or inactive. For 5xx errors, the contact is added to the block list.",
      { token: 'AccountProblem' }),
    ee('dns-problem', 'recipient-domain', ['domain part of the email address'],
      'DNSProblem — The domain part of the email address does not exist or could not be resolved.', { token: 'DNSProblem' }),
    ee('spf-problem', 'spf', ['failed spf authorization'], 'SPFProblem — The email failed SPF authorization.', { token: 'SPFProblem' }),
    ee('timeout', 'network', ['connection timeout occurred between our servers'],
      'Timeout — The delivery failed because a connection timeout occurred between our servers and the recipient.'),
    ee('ignore-bounce-list', 'recipient-unknown', ['bounce list'],
      'Ignore — The email was not delivered because the email address is currently in the "Bounce List". Emails in the "Bounce List" are either hard failures or unsubscribes managed by our system.',
      { source: EE_OLD, variant: SUPPRESSED }),
    ee('blacklisted-old', 'ip-blocklist', ['is on a black list'],
      'BlackListed — The email was not delivered because the recipient server has detected the IP that this email was sent from is on a black list.',
      { source: EE_OLD }),
  ],
};

// ── Resend ──────────────────────────────────────────────────────────────────────────────────────────────────────────
const RS_BOUNCES = 'https://resend.com/docs/dashboard/emails/email-bounces';
const RS_ERRORS = 'https://resend.com/docs/api-reference/errors';
const RS_DOMAIN_MISMATCH = 'https://resend.com/docs/knowledge-base/403-error-domain-mismatch';
const RS_DEV_DOMAIN = 'https://resend.com/docs/knowledge-base/403-error-resend-dev-domain';
const rs = entry('resend', RS_BOUNCES);

export const RESEND: KnowledgeSource = {
  id: 'resend',
  name: 'Resend',
  kind: 'sending-service',
  reference: RS_BOUNCES,
  replies: [
    rs('permanent-suppressed', 'recipient-unknown', ['history of producing hard bounces'],
      "Permanent / Suppressed — The recipient's email address is on the suppression list because it has a history of producing hard bounces.",
      { variant: SUPPRESSED }),
    rs('on-account-suppression-list', 'recipient-unknown', ['resend has suppressed sending'],
      'Permanent / OnAccountSuppressionList — Resend has suppressed sending to this address because it has previously "hard bounced."',
      { variant: SUPPRESSED }),
    rs('no-email', 'unknown', ['not possible to retrieve the recipient'],
      'Permanent / NoEmail — It was not possible to retrieve the recipient email address from the bounce message.'),
    rs('mailbox-full', 'mailbox-full', ["recipient's inbox was full"],
      "Transient / MailboxFull — The recipient's email provider sent a bounce message because the recipient's inbox was full."),
    rs('message-too-large', 'message-size', ['message you sent was too large'],
      "Transient / MessageTooLarge — The recipient's email provider sent a bounce message because message you sent was too large."),
    rs('content-rejected', 'content-policy', ["content that the provider doesn't allow"],
      "Transient / ContentRejected — The recipient's email provider sent a bounce message because the message you sent contains content that the provider doesn't allow."),
    rs('attachment-rejected', 'content-policy', ['contained an unacceptable attachment'],
      "Transient / AttachmentRejected — The recipient's email provider sent a bounce message because the message contained an unacceptable attachment."),
    rs('undetermined', 'unknown', ["didn't contain enough information for resend"],
      "Undetermined — The recipient's email provider sent a bounce message. The bounce message didn't contain enough information for Resend to determine the reason for the bounce."),
    // The account's test mode: before a domain is verified, it sends only to the account owner's address.
    rs('testing-own-address', 'policy', ['only send testing emails'],
      '403 You can only send testing emails to your own email address (your-email-address@domain.com). To send emails to other recipients, please verify a domain at resend.com/domains, and change the `from` address to an email using this domain.',
      { source: RS_DEV_DOMAIN, variant: TEST_MODE }),
    // A From address at a domain the account has not verified (or another subdomain than the verified one): the API
    // refuses the send with 403.
    rs('domain-not-verified', 'sender-rejected', ['domain is not verified', 'add and verify your domain'],
      '403 validation_error — The <domain> domain is not verified. Please, add and verify your domain on https://resend.com/domains', { variant: SENDER_UNVERIFIED, source: RS_DOMAIN_MISMATCH }),
    accountLimit(rs('daily-quota-exceeded', 'rate-limit', ['reached your daily email quota'],
      '429 daily_quota_exceeded — You have reached your daily email quota.', { source: RS_ERRORS })),
    accountLimit(rs('monthly-quota-exceeded', 'rate-limit', ['reached your monthly email quota'],
      '429 monthly_quota_exceeded — You have reached your monthly email quota.', { source: RS_ERRORS })),
    rs('rate-limit-exceeded', 'rate-limit', ['number of requests per second'],
      '429 rate_limit_exceeded — Too many requests. Please limit the number of requests per second.', { source: RS_ERRORS }),
    rs('invalid-from-address', 'message-format', ['invalid `from` field'],
      '422 invalid_from_address — Invalid `from` field. The email address needs to follow the `email@example.com` or `Name <email@example.com>` format.',
      { source: RS_ERRORS }),
  ],
};

// ── SMTP2GO ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const S2G_ERRORS = 'https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors';
const s2g = entry('smtp2go', S2G_ERRORS);

export const SMTP2GO: KnowledgeSource = {
  id: 'smtp2go',
  name: 'SMTP2GO',
  kind: 'sending-service',
  reference: S2G_ERRORS,
  replies: [
    s2g('535-incorrect-authentication-data', 'auth-required', ['incorrect authentication data'],
      '535 Incorrect authentication data — the username and password combination is incorrect in your email client software (use one from "Sending > SMTP Users").'),
    s2g('550-relay-access-denied-authenticate', 'auth-required', ['relay access denied - please authenticate'],
      '550 Relay access denied - please authenticate — your email client failed to authenticate (no SMTP username or password was attempted) or used a wrong combination.'),
    s2g('550-sender-domain-not-verified', 'sender-rejected', ['from header sender domain not verified'],
      '550 From header sender domain not verified — you are trying to send from an email address at an unverified domain or an unverified single sender email.', { variant: SENDER_UNVERIFIED }),
  ],
};

// ── SocketLabs ──────────────────────────────────────────────────────────────────────────────────────────────────────
// Replies of the SocketLabs inbound SMTP gateway (smtp.socketlabs.com) to the customer's own server, and the
// suppression it reports.
const SL = 'https://help.socketlabs.com/docs/';
const sl = entry('socketlabs', `${SL}inbound-smtp-restrictions`);

export const SOCKETLABS: KnowledgeSource = {
  id: 'socketlabs',
  name: 'SocketLabs',
  kind: 'sending-service',
  reference: `${SL}inbound-smtp-restrictions`,
  replies: [
    sl('552-message-too-big', 'message-size', ['message too big for system'],
      '552 5.3.4 - Message too big for system — the message, including embedded images and attachments, is larger than 40MB.',
      { status: '5.3.4' }),
    sl('452-too-many-recipients', 'rate-limit', ['too many recipients'],
      '452 5.5.3 - Too many recipients — more than 500 addresses in one message.', { status: '5.5.3' }),
    sl('421-too-many-connections', 'rate-limit', ['too many connections from your host'],
      '421 4.4.5 - Too many connections from your host', { status: '4.4.5' }),
    sl('421-temporarily-blacklisted', 'rate-limit', ['you have been temporarily blacklisted'],
      '421 4.5.1 Too many errors, you have been temporarily blacklisted — the connecting IP generated a high number of errors on other connections to the gateway over a short period; it clears in a few minutes.',
      { status: '4.5.1', source: `${SL}421-451-too-many-errors-you-have-been-temporarily-blacklisted` }),
    sl('451-account-suspended', 'rate-limit', ['your account has been temporarily suspended'],
      '451 4.7.1 - Your account has been temporarily suspended — the server reached its monthly allotment of messages or bandwidth (overage settings), so SMTP access is disabled.',
      { status: '4.7.1', source: 'http://help.socketlabs.com/docs/451-471-your-account-has-been-temporarily-suspended' }),
    sl('554-sender-address-not-allowed', 'sender-rejected', ["the sender's address was not allowed"],
      "554 5.1.0 The Sender's Address Was Not Allowed — the From domain or address is not on the server's Sending Domains list (or is verified nowhere), or it is blocklisted from sending through the server.",
      { variant: SENDER_UNVERIFIED, status: '5.1.0', source: `${SL}554-510-the-senders-address-was-not-allowed` }),
    sl('9999-suppressed', 'recipient-unknown', ['delivery was not attempted at all', 'already on your suppression list'],
      'FailureType 2 – Suppressed, FailureCode 9999 — The message was previously suppressed, and delivery was not attempted at all: the recipient address was already on your suppression list.',
      { source: `${SL}failed-messages-report-definitions`, variant: SUPPRESSED }),
  ],
};

// ── MailerSend ──────────────────────────────────────────────────────────────────────────────────────────────────────
const MS_ON_HOLD = 'https://www.mailersend.com/help/on-hold-blocklist';
const ms = entry('mailersend', MS_ON_HOLD);

export const MAILERSEND: KnowledgeSource = {
  id: 'mailersend',
  name: 'MailerSend',
  kind: 'sending-service',
  reference: MS_ON_HOLD,
  replies: [
    ms('on-hold-list', 'recipient-unknown', ['on hold list', 'on hold blocklist'],
      'On Hold blocklist — emails that soft bounce 5 times within 30 days are placed on the On Hold list and blocked for 72 hours; emails cannot be sent to addresses on the blocklist.',
      { variant: SUPPRESSED }),
  ],
};

// ── Mailchimp (marketing campaigns) ─────────────────────────────────────────────────────────────────────────────────
// The common hard and soft bounce reasons of the campaign reports. The full soft-bounce list is on the page below; it
// was read through a copy that credits it (writing.scottwebdev.net), its first items also on kb.mailchimp.com.
const MCH = 'https://mailchimp.com/help/soft-vs-hard-bounces/';
const MCH_KB = 'http://kb.mailchimp.com/delivery/deliverability-research/soft-vs-hard-bounces';
const MCH_VIA = ' (via writing.scottwebdev.net, a copy of the list crediting Mailchimp)';
const mch = entry('mailchimp', MCH);

export const MAILCHIMP: KnowledgeSource = {
  id: 'mailchimp',
  name: 'Mailchimp (marketing)',
  kind: 'sending-service',
  reference: MCH,
  replies: [
    mch('hard-address-does-not-exist', 'recipient-unknown', ["recipient email address doesn't exist", 'recipient email address does not exist'],
      "Hard bounce — Recipient email address doesn't exist. (kb.mailchimp.com: Recipient email address does not exist.)"),
    mch('hard-permanently-blocked', 'policy', ['server has permanently blocked delivery', 'server has completely blocked delivery'],
      'Hard bounce — Recipient email server has permanently blocked delivery. (kb.mailchimp.com: Recipient email server has completely blocked delivery.)'),
    mch('cleaned', 'recipient-unknown', ['cleaned from your audience'],
      'In most cases, hard bounced email addresses are cleaned from your audience automatically and immediately. Cleaned addresses will be excluded from all future sends.',
      { variant: SUPPRESSED }),
    mch('soft-mailbox-full', 'mailbox-full', ['mailbox is full (over quota)'], 'Soft bounce — Mailbox is full (over quota).', { source: MCH_KB }),
    mch('soft-mailbox-inactive', 'mailbox-disabled', ['mailbox is inactive'], 'Soft bounce — Mailbox is inactive.' + MCH_VIA),
    mch('soft-server-down', 'network', ['email server is down or offline'],
      'Soft bounce — Recipient email server is down or offline.', { source: MCH_KB }),
    mch('soft-too-many-emails', 'rate-limit', ['too many emails during a period'],
      'Soft bounce — Recipient email server has been sent too many emails during a period of time.' + MCH_VIA),
    mch('soft-message-too-large', 'message-size', ['email message is too large'], 'Soft bounce — Email message is too large.' + MCH_VIA),
    mch('soft-domain-does-not-exist', 'recipient-domain', ['domain name does not exist'],
      'Soft bounce — Domain name does not exist. This may be a temporary issue.' + MCH_VIA),
    mch('soft-blocked-content', 'content-policy', ['email message blocked due to content'],
      'Soft bounce — Email message blocked due to content.' + MCH_VIA),
    mch('soft-server-policies', 'policy', ["the recipient server's policies"],
      "Soft bounce — Email message does not meet the recipient server's policies." + MCH_VIA),
    mch('soft-failed-dmarc', 'dmarc', ['email message failed dmarc'], 'Soft bounce — Email message failed DMARC.' + MCH_VIA),
    mch('soft-anti-spam', 'spam', ["recipient server's anti-spam requirements"],
      "Soft bounce — Email message does not meet the recipient server's anti-spam requirements." + MCH_VIA),
    mch('soft-anti-virus', 'virus', ["recipient server's anti-virus requirements"],
      "Soft bounce — Email message does not meet the recipient server's anti-virus requirements." + MCH_VIA),
    mch('soft-sender-requirements', 'sender-rejected', ["recipient server's sender requirements"],
      "Soft bounce — Email message does not meet the recipient server's sender requirements." + MCH_VIA),
    mch('soft-cannot-relay', 'relay-denied', ["can't be relayed between email servers"],
      "Soft bounce — Email can't be relayed between email servers." + MCH_VIA),
  ],
};

// ── HubSpot ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const HS_BOUNCES = 'https://knowledge.hubspot.com/email/what-is-the-difference-between-a-hard-bounce-and-a-soft-bounce';
const HS_VIA = " (via knowledgeqa.hs-sites.com, HubSpot's copy of the article)";
const HS_NOT_SENT = 'https://knowledge.hubspot.com/articles/kcs_article/email/why-does-my-email-send-show-not-sent-on-the-contact-timeline';
const hs = entry('hubspot', HS_BOUNCES);

export const HUBSPOT: KnowledgeSource = {
  id: 'hubspot',
  name: 'HubSpot (marketing and CRM email)',
  kind: 'sending-service',
  reference: HS_BOUNCES,
  replies: [
    hs('not-sent-looks-invalid', 'recipient-unknown', ['this recipient looks invalid', 'previous sends to this address'],
      'Not sent — This recipient looks invalid - previous sends to this address have bounced.', { source: HS_NOT_SENT, variant: SUPPRESSED }),
    hs('global-bounce', 'recipient-unknown', ['global bounce', 'three or more hubspot accounts'],
      'Global bounce: a hard bounce for a permanent reason across three or more HubSpot accounts; the address is permanently ineligible.',
      { variant: SUPPRESSED }),
    hs('category-content', 'spam', ['subject triggered spam filters'],
      'Content: something in the email body or subject triggered spam filters.' + HS_VIA),
    hs('category-spam', 'spam', ['classified as spam by the recipient'],
      "Spam: something in the body, subject, or From address of the email that is classified as spam by the recipient's email server." + HS_VIA),
    hs('category-policy', 'policy', ['one of the security policies'],
      "Policy: the email did not pass one of the security policies of the recipient's server, but it is not explicit about which one. This includes DMARC, DKIM, and SPF authentication failures." + HS_VIA),
    hs('security-filter', 'policy', ["rejected by recipient's email security filter"],
      "Rejected by recipient's email security filter: the recipient's mailbox can't be reached." + HS_VIA),
    hs('temporary-technical-issue', 'remote-error', ["temporary technical issue with the recipient's"],
      "Temporary technical issue with the recipient's email: the recipient's server may be overloaded, timing out, or undergoing some configuration changes that prevented it from accepting the message." + HS_VIA),
    hs('dmarc-not-authorized', 'dmarc', ['not authorized hubspot to send'],
      'Your IT team has not authorized HubSpot to send emails on your behalf: your IT team set up a custom DMARC policy that needs to be updated to include HubSpot.' + HS_VIA),
  ],
};

// ── Klaviyo ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const KL = 'https://help.klaviyo.com/hc/en-us/articles/115005246108-Understanding-suppressed-email-profiles';
const kl = entry('klaviyo', KL);

export const KLAVIYO: KnowledgeSource = {
  id: 'klaviyo',
  name: 'Klaviyo',
  kind: 'sending-service',
  reference: KL,
  replies: [
    kl('soft-bounced-7-times', 'recipient-unknown', ['more than 7 consecutive times'],
      'Suppressed — an email soft bounced more than 7 consecutive times; Klaviyo suppresses email addresses that soft bounce more than 7 times consecutively.',
      { variant: SUPPRESSED }),
    kl('user-suppressed', 'policy', ['user suppressed'],
      'Suppression reason "User suppressed" — the profile was suppressed manually (uploaded file) or in a previous email service provider.'),
  ],
};

// ── Constant Contact ────────────────────────────────────────────────────────────────────────────────────────────────
const CC = 'http://support2.constantcontact.com/articles/FAQ/1766';
const cc = entry('constant-contact', CC);

export const CONSTANT_CONTACT: KnowledgeSource = {
  id: 'constant-contact',
  name: 'Constant Contact',
  kind: 'sending-service',
  reference: CC,
  replies: [
    cc('non-existent', 'recipient-unknown', ['non-existent bounce', "an email address doesn't exist"],
      "Non-Existent bounce — the contact's Internet Service Provider (ISP) says that an email address doesn't exist."),
    cc('undeliverable', 'network', ["the internet service provider wasn't responding", 'like a busy signal'],
      "Undeliverable bounce — like a busy signal: when we attempted to send the email, the Internet Service Provider wasn't responding; we keep trying for up to 3 days."),
    cc('suspended', 'recipient-unknown', ['consistently bounce as non-existent', 'placed on an internal hold'],
      'Suspended bounce — addresses that consistently bounce as non-existent are placed on an internal hold to prevent us from sending to them again.',
      { variant: SUPPRESSED }),
  ],
};

// ── Loops ───────────────────────────────────────────────────────────────────────────────────────────────────────────
const LOOPS = 'https://loops.so/docs/contacts/suppression';
const lp = entry('loops', LOOPS);

export const LOOPS_SO: KnowledgeSource = {
  id: 'loops',
  name: 'Loops',
  kind: 'sending-service',
  reference: LOOPS,
  replies: [
    lp('suppressed-contact', 'recipient-unknown', ['loops suppresses sending email'],
      'When an email to a contact results in a hard bounce or a complaint, Loops suppresses sending email to the contact to protect your sending reputation. Attempted sends to this contact will appear as hard bounces.',
      { variant: SUPPRESSED }),
  ],
};

// ── SparkPost bounce classes ────────────────────────────────────────────────────────────────────────────────────────
// The bounce_class of SparkPost's bounce events and reports (not in sending-services.ts, which holds its own replies).
const SP_CLASSES = 'SparkPost/support-docs content/docs/deliverability/bounce-classification-codes.md';
const spc = entry('sparkpost-bounce-class', SP_CLASSES);

export const SPARKPOST_BOUNCE_CLASSES: KnowledgeSource = {
  id: 'sparkpost-bounce-class',
  name: 'SparkPost (Bird) bounce classification codes',
  kind: 'sending-service',
  reference: 'https://support.sparkpost.com/docs/deliverability/bounce-classification-codes',
  replies: [
    spc('10-invalid-recipient', 'recipient-unknown', ['the recipient is invalid'], 'Bounce class 10, Invalid Recipient — The recipient is invalid. (Hard)'),
    spc('21-dns-failure', 'network', ['bounced due to a dns failure'], 'Bounce class 21, DNS Failure — The message bounced due to a DNS failure. (Soft)'),
    spc('22-mailbox-full', 'mailbox-full', ['remote mailbox being over quota'],
      'Bounce class 22, Mailbox Full — The message bounced due to the remote mailbox being over quota. (Soft)'),
    spc('23-too-large', 'message-size', ['too large for the recipient'],
      'Bounce class 23, Too Large — The message bounced because it was too large for the recipient. (Soft)'),
    spc('24-timeout', 'delivery-timeout', ['the message timed out'], 'Bounce class 24, Timeout — The message timed out. (Soft)'),
    spc('25-admin-failure', 'recipient-unknown', ["failed by sparkpost's configured policies"],
      "Bounce class 25, Admin Failure — The message was failed by SparkPost's configured policies. (Admin)", { variant: SUPPRESSED }),
    spc('30-no-rcpt', 'unknown', ['no recipient could be determined'],
      'Bounce class 30, Generic Bounce: No RCPT — No recipient could be determined for the message. (Hard)'),
    spc('50-mail-block', 'policy', ['mail block'],
      'Bounce class 50, Mail Block — The message was blocked by the receiver. (Block)'),
    spc('51-spam-block', 'reputation', ['coming from a known spam source'],
      'Bounce class 51, Spam Block — The message was blocked by the receiver as coming from a known spam source. (Block)'),
    spc('52-spam-content', 'spam', ['blocked by the receiver as spam'],
      'Bounce class 52, Spam Content — The message was blocked by the receiver as spam. (Block)'),
    spc('53-prohibited-attachment', 'content-policy', ['because it contained an attachment'],
      'Bounce class 53, Prohibited Attachment — The message was blocked by the receiver because it contained an attachment. (Block)'),
    spc('54-relaying-denied', 'relay-denied', ['because relaying is not allowed'],
      'Bounce class 54, Relaying Denied — The message was blocked by the receiver because relaying is not allowed. (Block)'),
    spc('60-auto-reply', 'auto-reply', ['auto-reply/vacation mail'], 'Bounce class 60, Auto-Reply — The message is an auto-reply/vacation mail. (Soft)'),
  ],
};

// ── SendGrid: more documented texts ─────────────────────────────────────────────────────────────────────────────────
// The example replies of SendGrid's SMTP response-code table not already in sending-services.ts.
const SG_SMTP_MORE = 'sendgrid/docs content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md';
const sgm = entry('sendgrid-smtp', SG_SMTP_MORE);

export const SENDGRID_SMTP_MORE: KnowledgeSource = {
  id: 'sendgrid-smtp',
  name: 'SendGrid (Twilio) SMTP response examples',
  kind: 'sending-service',
  reference: 'https://www.twilio.com/docs/sendgrid/for-developers/sending-email/smtp-errors-and-troubleshooting',
  replies: [
    sgm('450-too-frequent-connects', 'rate-limit', ['too frequent connects from'],
      '450 too frequent connects from 198.37.147.135, please try again later.'),
    sgm('451-temporary-local-problem', 'remote-error', ['temporary local problem'],
      '451 Temporary local problem - please try later — the message failed, usually due to a far-end server error; retried for up to 72 hours.'),
    sgm('452-too-many-recipients-this-hour', 'rate-limit', ['too many recipients received this hour'],
      '452 Too many recipients received this hour (throttled)'),
    sgm('551-user-does-not-exist', 'recipient-unknown', ['user does not exist.'],
      '551 User does not exist. — The intended mailbox does not exist on this recipient server. Remove these addresses from your list.'),
    sgm('552-larger-or-mailbox-full', 'mailbox-full', ["recipient's mailbox is full"],
      "552 This message is larger than the current system limit or the recipient's mailbox is full. — The recipient's mailbox has exceeded its storage limits; not resent."),
    sgm('553-invalid-inactive-user', 'recipient-unknown', ['invalid/inactive user'],
      '553 Invalid/inactive user. — The message was refused because the mailbox name is either malformed or does not exist.'),
  ],
};

// ── Mailchimp Transactional (Mandrill): the other reject_reason values ──────────────────────────────────────────────
const MD_API = 'https://mailchimp.com/developer/transactional/api/messages/send-new-message/';
const MD_VIA = ' (via the reject_reason list quoted in Mandrill API clients, e.g. the Mailchimp Transactional TypeScript declarations)';
const md = entry('mandrill-reject', MD_API);

export const MANDRILL_REJECT_REASONS: KnowledgeSource = {
  id: 'mandrill-reject',
  name: 'Mailchimp Transactional (Mandrill) reject reasons',
  kind: 'sending-service',
  reference: MD_API,
  replies: [
    md('hard-bounce', 'recipient-unknown', ['reject_reason":"hard-bounce'],
      '"status": "rejected", "reject_reason": "hard-bounce" — a previous message to the address hard bounced.' + MD_VIA, { variant: SUPPRESSED }),
    md('soft-bounce', 'recipient-unknown', ['reject_reason":"soft-bounce'],
      '"status": "rejected", "reject_reason": "soft-bounce" — previous messages to the address soft bounced.' + MD_VIA, { variant: SUPPRESSED }),
    md('spam', 'recipient-policy', ['reject_reason":"spam'],
      '"status": "rejected", "reject_reason": "spam" — the recipient registered a spam complaint.' + MD_VIA),
    md('unsub', 'recipient-policy', ['reject_reason":"unsub'],
      '"status": "rejected", "reject_reason": "unsub" — the recipient unsubscribed.' + MD_VIA),
    md('custom', 'policy', ['reject_reason":"custom'],
      '"status": "rejected", "reject_reason": "custom" — the address was added manually by the account.' + MD_VIA),
    md('rule', 'policy', ['reject_reason":"rule'],
      '"status": "rejected", "reject_reason": "rule" — the message was rejected by a rule of the account.' + MD_VIA),
  ],
};

// ── Amazon SES: API errors of SendEmail / SendRawEmail ──────────────────────────────────────────────────────────────
const SES_EXC = 'https://docs.aws.amazon.com/botocore/latest/reference/services/ses/client/exceptions/';
const sesx = entry('amazon-ses-api', `${SES_EXC}AccountSendingPausedException.html`);

export const AMAZON_SES_API: KnowledgeSource = {
  id: 'amazon-ses-api',
  name: 'Amazon SES API errors',
  kind: 'sending-service',
  reference: `${SES_EXC}AccountSendingPausedException.html`,
  replies: [
    sesx('account-sending-paused', 'policy', ['disabled for your entire amazon ses'],
      'AccountSendingPausedException — Indicates that email sending is disabled for your entire Amazon SES account.',
      { token: 'AccountSendingPausedException', variant: SERVICE_HOLD }),
    sesx('configuration-set-sending-paused', 'policy', ['disabled for the configuration set'],
      'ConfigurationSetSendingPausedException — Indicates that email sending is disabled for the configuration set.',
      { token: 'ConfigurationSetSendingPausedException', source: `${SES_EXC}ConfigurationSetSendingPausedException.html` }),
    sesx('mail-from-domain-not-verified', 'sender-rejected', ['could not read the mx record'],
      'MailFromDomainNotVerifiedException — Indicates that the message could not be sent because Amazon SES could not read the MX record required to use the specified MAIL FROM domain.',
      { token: 'MailFromDomainNotVerifiedException', source: `${SES_EXC}MailFromDomainNotVerifiedException.html (via rusoto_ses SendEmailError docs, generated from the same AWS service description)` }),
  ],
};

// ── Postmark: bounce webhook ────────────────────────────────────────────────────────────────────────────────────────
const PM_WEBHOOK = 'https://postmarkapp.com/developer/webhooks/bounce-webhook';
const pmw = entry('postmark-bounce', PM_WEBHOOK);

export const POSTMARK_BOUNCES: KnowledgeSource = {
  id: 'postmark-bounce',
  name: 'Postmark bounce webhook',
  kind: 'sending-service',
  reference: PM_WEBHOOK,
  replies: [
    pmw('hard-bounce', 'recipient-unknown', ['unable to deliver your message (ex:'],
      '"Type": "HardBounce", "TypeCode": 1, "Name": "Hard bounce", "Description": "The server was unable to deliver your message (ex: unknown user, mailbox not found)."'),
  ],
};

// ── Brevo: account suspension notices ───────────────────────────────────────────────────────────────────────────────
const BREVO_SUSPENDED = 'https://help.brevo.com/hc/en-us/articles/360017299259-Why-have-my-campaigns-or-account-been-suspended';
const bvs = entry('brevo-suspension', BREVO_SUSPENDED);

export const BREVO_SUSPENSION: KnowledgeSource = {
  id: 'brevo-suspension',
  name: 'Brevo (Sendinblue) suspension notices',
  kind: 'sending-service',
  reference: BREVO_SUSPENDED,
  replies: [
    bvs('marketing-suspended-results', 'reputation', ['suspended your marketing platform use'],
      'We have temporarily suspended your Marketing platform use because of your latest campaign results. — usually caused by a high number of complaints, hard bounces, spam traps and/or unsubscriptions.', { variant: SERVICE_HOLD }),
    bvs('marketing-platform-suspended', 'reputation', ['suspended following your latest campaign results'],
      'The marketing platform is temporarily suspended. Your account has been temporarily suspended following your latest campaign results.',
      { source: 'https://help.brevo.com/hc/en-us/articles/209408165-How-to-reactivate-my-marketing-platform-after-a-suspension', variant: SERVICE_HOLD }),
  ],
};

// ── Supabase Auth (its built-in mailer) ──────────────────────────────────────────────────────────────────────────────
// A project on the default email provider sends only to addresses of its own organisation (Supabase's announcement of
// the change, https://github.com/orgs/supabase/discussions/29370); any other address gets the error code
// email_address_not_authorized, "Email address "…" cannot be used as it is not authorized": the service's test mode,
// fixed by setting up a custom SMTP provider.
const SB_DEFAULT_MAILER = 'https://github.com/orgs/supabase/discussions/29370';
const sb = entry('supabase', SB_DEFAULT_MAILER);

export const SUPABASE_AUTH: KnowledgeSource = {
  id: 'supabase',
  name: 'Supabase Auth',
  kind: 'sending-service',
  reference: SB_DEFAULT_MAILER,
  replies: [
    sb('email-address-not-authorized', 'policy', ['cannot be used as it is not authorized', 'email_address_not_authorized'],
      'email_address_not_authorized — Email address "…" cannot be used as it is not authorized: the project uses the default email provider, which sends only to members of the Supabase organisation; set up a custom SMTP provider to email anyone else.',
      { variant: TEST_MODE }),
  ],
};

export const SENDING_SERVICES_MORE: readonly KnowledgeSource[] = [
  MAILJET,
  ELASTIC_EMAIL,
  RESEND,
  SMTP2GO,
  SOCKETLABS,
  MAILERSEND,
  MAILCHIMP,
  HUBSPOT,
  KLAVIYO,
  CONSTANT_CONTACT,
  LOOPS_SO,
  SPARKPOST_BOUNCE_CLASSES,
  SENDGRID_SMTP_MORE,
  MANDRILL_REJECT_REASONS,
  AMAZON_SES_API,
  POSTMARK_BOUNCES,
  BREVO_SUSPENSION,
  SUPABASE_AUTH,
];
