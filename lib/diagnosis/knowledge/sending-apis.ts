/**
 * Sending services' HTTP APIs: the errors their send endpoints return, from each service's API reference (cited per
 * source). Here are the refusals of the request itself (bad key, unverified sender, malformed payload, quota, account
 * state) from SendGrid, Mailgun, Amazon SES, Microsoft Graph / Exchange, Postmark, SparkPost, Mailchimp Transactional,
 * Mailjet, Resend, SMTP2GO, ZeptoMail, Tencent Cloud SES, Salesforce's sendEmail() and JMAP's EmailSubmission/set
 * (RFC 8621), beside what sending-services.ts and sending-services-more.ts already hold.
 */
import { accountLimit, entries, hedged, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED } from './entry';
import type { KnowledgeSource } from './types';

// ── SendGrid (Twilio) Web API v3 ────────────────────────────────────────────────────────────────────────────────────
const SG_ERRORS = 'sendgrid/docs content/docs/API_Reference/Web_API_v3/Mail/errors.md';
const SG_4XX = 'https://support.sendgrid.com/hc/en-us/articles/18322114821403-4XX-API-Errors-and-Troubleshooting-Suggestions';
const SG_60604 = 'https://www.twilio.com/docs/api/errors/60604';
const sgApi = entries('sendgrid-api', SG_ERRORS);

export const SENDGRID_API: KnowledgeSource = {
  id: 'sendgrid-api',
  name: 'SendGrid (Web API v3)',
  kind: 'sending-service',
  reference: 'https://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html',
  replies: [
    sgApi('authorization-grant-invalid', 'auth-required', ['authorization grant is invalid, expired, or revoked'],
      '401 The provided authorization grant is invalid, expired, or revoked — the API key is invalid, has been deleted or its permissions have changed.',
      { source: SG_4XX }),
    sgApi('user-not-authorized', 'auth-required', ['authenticated user is not authorized'],
      '401 Authenticated user is not authorized to send mail — the SendGrid API key has no send email privileges (insufficient permissions).',
      { source: SG_60604 }),
    sgApi('rate-limitations', 'rate-limit', ["exceeds sendgrid's rate limitations"],
      "429 TOO MANY REQUESTS — The number of requests you have made exceeds SendGrid's rate limitations."),
    sgApi('payload-too-large', 'message-size', ['json payload you have included in your request is too large'],
      '413 PAYLOAD TOO LARGE — The JSON payload you have included in your request is too large.'),
    sgApi('api-not-available', 'remote-error', ['sendgrid v3 web api is not available'],
      '503 SERVICE NOT AVAILABLE — The SendGrid v3 Web API is not available.'),
    sgApi('personalizations-limit', 'message-format', ['limited to 1000 personalizations per api request'],
      '400 The personalization block is limited to 1000 personalizations per API request. You have provided X personalizations. Please consider splitting this into multiple requests and resending your request.'),
    sgApi('no-personalization', 'message-format', ['you must have at least one personalization'],
      '400 You must have at least one personalization. — Every email you send must have at least one recipient email address included.'),
    sgApi('recipient-limit', 'message-format', ['limit of 1000 total recipients'],
      '400 There is a limit of 1000 total recipients (to + cc + bcc) per request.'),
    sgApi('to-required', 'message-format', ['to parameter is required for all personalization objects'],
      '400 The to parameter is required for all personalization objects.'),
    sgApi('from-required', 'message-format', ['object must be provided for every email send'],
      '400 The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.'),
    sgApi('subject-required', 'message-format', ['the subject is required. you can get around'],
      '400 The subject is required. You can get around this requirement if you use a template with a subject defined.'),
    sgApi('content-required', 'message-format', ['content param is required unless you are using'],
      '400 The content param is required unless you are using a transactional template and have defined a template_ID.'),
    sgApi('attachment-base64', 'message-format', ['attachment content must be base64 encoded'],
      '400 The attachment content must be base64 encoded.'),
    sgApi('reserved-header', 'message-format', ['cannot be one of the reserved keys', 'can not be one of the reserved keys'],
      '400 Header cannot be one of the reserved keys. — x-sg-id, x-sg-eid, received, dkim-signature, Content-Type, Content-Transfer-Encoding, To, From, Subject, Reply-To, CC, BCC.'),
    sgApi('send-at-72-hours', 'message-format', ['more than 72 hours in advance is forbidden'],
      '400 Scheduling more than 72 hours in advance is forbidden.'),
    sgApi('invalid-utf8', 'message-format', ['invalid utf8 in request'],
      '415 Invalid UTF8 in request — Your payload must be encoded in UTF-8. This includes any attachments.'),
  ],
};

// ── Mailgun ─────────────────────────────────────────────────────────────────────────────────────────────────────────
const MG_RUBY_EXC = 'mailgun/mailgun-ruby lib/mailgun/exceptions/exceptions.rb';
const MG_RUBY_SPEC = 'mailgun/mailgun-ruby spec/integration/mailgun_spec.rb';
const MG_SENDING = 'https://documentation.mailgun.com/en/latest/api-sending.html';
const MG_BUSINESS = 'https://help.mailgun.com/hc/en-us/articles/202850080-Why-did-I-receive-the-error-Business-verification-is-required';
const mgApi = entries('mailgun-api', MG_SENDING);

export const MAILGUN_API: KnowledgeSource = {
  id: 'mailgun-api',
  name: 'Mailgun (HTTP API)',
  kind: 'sending-service',
  reference: 'https://documentation.mailgun.com/docs/mailgun/quickstart-guide/responses',
  replies: [
    mgApi('invalid-domain-or-api-key', 'auth-required', ['invalid domain or api key'],
      '401 Unauthorized - Invalid Domain or API key (how the official Ruby client words an HTTP 401 from the API: the API key is wrong or not valid for the domain).',
      { source: MG_RUBY_EXC }),
    mgApi('domain-not-found', 'sender-rejected', ['not found: domain not found'],
      '404 Not Found: Domain not found: not-our-doma.in — a send through a domain that is not in the account (the official Ruby client\'s integration test).',
      { variant: SENDER_UNVERIFIED, source: MG_RUBY_SPEC }),
    mgApi('not-a-valid-address', 'message-format', ['parameter is not a valid address'],
      'HTTP send will error with "parameter is not a valid address" if the provided email address fails syntax checks in accordance with RFC5321, RFC5322, RFC6854.'),
    mgApi('business-verification-required', 'policy', ['business verification is required'],
      'Business verification is required — the account has been disabled (or rate limited) through the API/SMTP until it goes through the business verification process.',
      { source: MG_BUSINESS }),
  ],
};

// ── Amazon SES (API) ────────────────────────────────────────────────────────────────────────────────────────────────
const SES_COMMON = 'https://docs.aws.amazon.com/ses/latest/APIReference/CommonErrors.html';
const SES_BULK = 'https://docs.aws.amazon.com/ses/latest/APIReference/API_BulkEmailDestinationStatus.html';
const SES_IAM = 'https://aws.amazon.com/premiumsupport/knowledge-center/amazon-ses-iam-user-email-access-denied/';
const sesApi = entries('amazon-ses-send-api', SES_COMMON);

export const AMAZON_SES_SEND_API: KnowledgeSource = {
  id: 'amazon-ses-send-api',
  name: 'Amazon SES (send API: common errors, IAM, bulk statuses)',
  kind: 'sending-service',
  reference: SES_COMMON,
  replies: [
    // The credentials are valid (SES read them); the identity — the From address or domain — is not one they may send
    // as: the sender is refused for those credentials, as an unverified identity is.
    sesApi('iam-not-authorized', 'sender-rejected',
      ['not authorized to perform `ses:sendrawemail', 'not authorized to perform `ses:sendemail', "not authorized to perform 'ses:sendrawemail",
        "not authorized to perform 'ses:sendemail", 'not authorized to perform: ses:sendrawemail', 'not authorized to perform: ses:sendemail'],
      "554 Access denied: User `arn:aws:iam::123456789012:user/iam-user-name' is not authorized to perform `ses:SendRawEmail' on resource `arn:aws:ses:eu-west-1:123456789012:identity/example.com' — the IAM user lacks the sending permission for that identity.",
      { source: SES_IAM }),
    sesApi('invalid-client-token-id', 'auth-required', ['access key id provided does not exist'],
      'InvalidClientTokenId (HTTP 403) — The X.509 certificate or AWS access key ID provided does not exist in our records.',
      { token: 'InvalidClientTokenId' }),
    sesApi('incomplete-signature', 'auth-required', ['request signature does not conform to aws standards'],
      'IncompleteSignature (HTTP 400) — The request signature does not conform to AWS standards.', { token: 'IncompleteSignature' }),
    sesApi('opt-in-required', 'auth-required', ['access key id needs a subscription'],
      'OptInRequired (HTTP 403) — The AWS access key ID needs a subscription for the service.', { token: 'OptInRequired' }),
    sesApi('bulk-account-suspended', 'reputation', ['shut down because of issues related to your email sending'],
      'AccountSuspended — Your account has been shut down because of issues related to your email sending practices.',
      { token: 'AccountSuspended', source: SES_BULK, variant: SERVICE_HOLD }),
    sesApi('bulk-account-throttled', 'rate-limit', ['account has exceeded its allocated sending limit'],
      'AccountThrottled — The number of emails you can send has been reduced because your account has exceeded its allocated sending limit.',
      { token: 'AccountThrottled', source: SES_BULK }),
    accountLimit(sesApi('bulk-daily-quota', 'rate-limit', ['maximum number of emails you can send from your account in a 24-hour'],
      'AccountDailyQuotaExceeded — You have reached or exceeded the maximum number of emails you can send from your account in a 24-hour period.',
      { token: 'AccountDailyQuotaExceeded', source: SES_BULK })),
    sesApi('bulk-mail-from-not-verified', 'sender-rejected', ["sender's email address or domain was not verified"],
      "MailFromDomainNotVerified — The sender's email address or domain was not verified.",
      { variant: SENDER_UNVERIFIED, token: 'MailFromDomainNotVerified', source: SES_BULK }),
    // Sending disabled for the whole account: AWS pauses it when the bounce or complaint rate is too high (the SES
    // reputation metrics; the owner is told by mail, as the message says), and only AWS can resume it then (SES API
    // PutAccountSendingAttributes). The owner may also have paused it (UpdateAccountSendingEnabled): at most medium.
    hedged(sesApi('account-sending-paused', 'reputation', ['sending paused for this account', 'sending is disabled for your entire amazon ses account', "account's ability to send email is currently paused"],
      'AccountSendingPausedException — Sending paused for this account. For more information, please check the inbox of the email address associated with your AWS account. (Email sending is disabled for your entire Amazon SES account.)',
      { token: 'AccountSendingPausedException', source: 'https://docs.aws.amazon.com/botocore/latest/reference/services/ses/client/exceptions/AccountSendingPausedException.html', variant: SERVICE_HOLD })),
    sesApi('bulk-transient-failure', 'remote-error', ['unable to process your request because of a temporary issue'],
      'TransientFailure — Amazon SES was unable to process your request because of a temporary issue.',
      { token: 'TransientFailure', source: SES_BULK }),
  ],
};

// ── Microsoft Graph sendMail / Exchange (EWS response codes) ────────────────────────────────────────────────────────
const GRAPH_SEND_AS = 'microsoftgraph/microsoft-graph-docs-contrib concepts/outlook-send-mail-from-other-user.md';
const EWS_CODES = 'MicrosoftDocs/office-developer-exchange-docs docs/web-service-reference/responsecode.md';
const REST_NOT_SUPPORTED = 'https://learn.microsoft.com/en-us/exchange/troubleshoot/user-and-shared-mailboxes/rest-api-is-not-yet-supported-for-this-mailbox-error';
const msApi = entries('microsoft-graph-mail', EWS_CODES);

export const MICROSOFT_GRAPH_MAIL: KnowledgeSource = {
  id: 'microsoft-graph-mail',
  name: 'Microsoft Graph sendMail / Exchange Web Services',
  kind: 'sending-service',
  reference: 'https://learn.microsoft.com/en-us/exchange/client-developer/web-service-reference/responsecode',
  replies: [
    msApi('send-as-denied', 'sender-rejected', ['does not have the right to send mail on behalf'],
      '403 ErrorSendAsDenied — The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message. (neither Send on Behalf nor Send As permission on the From mailbox)',
      { token: 'ErrorSendAsDenied', source: GRAPH_SEND_AS }),
    msApi('access-denied', 'auth-required', ['calling account does not have the rights'],
      'ErrorAccessDenied — This error occurs when the calling account does not have the rights to perform the requested action.',
      { token: 'ErrorAccessDenied' }),
    msApi('invalid-recipients', 'message-format', ['recipient collection on your message'],
      'ErrorInvalidRecipients — This error indicates that the recipient collection on your message or the attendee collection on your calendar item is invalid. For example, this error will be returned when an attempt is made to send an item that has no recipients.',
      { token: 'ErrorInvalidRecipients' }),
    msApi('missing-recipients', 'message-format', ['tried to send an item without including recipients'],
      'ErrorMissingRecipients — This error indicates that you tried to send an item without including recipients.',
      { token: 'ErrorMissingRecipients' }),
    msApi('invalid-smtp-address', 'message-format', ['smtp address cannot be parsed'],
      'ErrorInvalidSmtpAddress — This error occurs when the SMTP address cannot be parsed.', { token: 'ErrorInvalidSmtpAddress' }),
    msApi('mime-content-invalid', 'message-format', [],
      'ErrorMimeContentInvalid — This error occurs when the MIME content is invalid.', { token: 'ErrorMimeContentInvalid' }),
    msApi('message-size-exceeded', 'message-size', ['message that you are trying to send exceeds the allowed limits'],
      'ErrorMessageSizeExceeded — This error indicates that the message that you are trying to send exceeds the allowed limits.',
      { token: 'ErrorMessageSizeExceeded' }),
    accountLimit(msApi('submission-quota-exceeded', 'rate-limit', ['submission quota has been reached'],
      'ErrorSubmissionQuotaExceeded — This error indicates that a user cannot immediately send more requests because the submission quota has been reached.',
      { token: 'ErrorSubmissionQuotaExceeded' })),
    msApi('server-busy', 'remote-error', [], 'ErrorServerBusy — This error occurs when the server is busy.', { token: 'ErrorServerBusy' }),
    msApi('mailbox-store-unavailable', 'remote-error', [],
      'ErrorMailboxStoreUnavailable — the mailbox store is corrupt, being stopped, offline, overloaded or paused, or a network error occurred when accessing it.',
      { token: 'ErrorMailboxStoreUnavailable' }),
    msApi('virus-detected', 'virus', [],
      'ErrorVirusDetected — This error indicates that the Exchange store detected a virus in the message.', { token: 'ErrorVirusDetected' }),
    msApi('mailbox-not-enabled-for-rest', 'sender-rejected', ['rest api is not yet supported for this mailbox'],
      'HTTP 404, MailboxNotEnabledForRESTAPI or MailboxNotSupportedForRESTAPI — "REST API is not yet supported for this mailbox." The mailbox is on a dedicated Exchange Server and is not a valid Microsoft 365 mailbox.',
      { token: 'MailboxNotEnabledForRESTAPI', source: REST_NOT_SUPPORTED }),
    msApi('mailbox-not-supported-for-rest', 'sender-rejected', [],
      'HTTP 404, MailboxNotSupportedForRESTAPI — "REST API is not yet supported for this mailbox." (the mailbox is not a valid Microsoft 365 mailbox)',
      { token: 'MailboxNotSupportedForRESTAPI', source: REST_NOT_SUPPORTED }),
  ],
};

// ── Postmark ────────────────────────────────────────────────────────────────────────────────────────────────────────
const PM_OVERVIEW = 'https://postmarkapp.com/developer/api/overview';
const PM_VIA = ' (via gist abhijit-hota/27f385c8bf90028adc893bdf91482547, a copy of the error-code table)';
const pmApi = entries('postmark-api', PM_OVERVIEW);

export const POSTMARK_API: KnowledgeSource = {
  id: 'postmark-api',
  name: 'Postmark (API error codes)',
  kind: 'sending-service',
  reference: `${PM_OVERVIEW}#error-codes`,
  replies: [
    pmApi('10-bad-token', 'auth-required', ['bad or missing api token'], 'ErrorCode 10 Bad or missing API token' + PM_VIA),
    pmApi('401-incorrect-token', 'auth-required', ['missing or incorrect api token'],
      '401 — Unauthorized: Missing or incorrect API token in header.'),
    pmApi('402-invalid-json', 'message-format', ['invalid json'], 'ErrorCode 402 Invalid JSON' + PM_VIA),
    pmApi('403-incompatible-json', 'message-format', ['incompatible json'], 'ErrorCode 403 Incompatible JSON' + PM_VIA),
    pmApi('409-json-required', 'message-format', ['json required'], 'ErrorCode 409 JSON required' + PM_VIA),
    pmApi('410-too-many-batch', 'message-format', ['too many batch messages'], 'ErrorCode 410 Too many batch messages' + PM_VIA),
    pmApi('413-payload-too-large', 'message-size', ["exceeded postmark's size limit"],
      "413 — Payload Too Large: The request exceeded Postmark's size limit of 10 MB for our Email API."),
  ],
};

// ── SparkPost (Bird) REST API extended error codes ──────────────────────────────────────────────────────────────────
const SP_EXT = 'SparkPost/support-docs content/docs/tech-resources/extended-error-codes.md';
const spApi = entries('sparkpost-api', SP_EXT);

export const SPARKPOST_API: KnowledgeSource = {
  id: 'sparkpost-api',
  name: 'SparkPost (REST API extended error codes)',
  kind: 'sending-service',
  reference: 'https://support.sparkpost.com/docs/tech-resources/extended-error-codes',
  replies: [
    spApi('1303-unauthorized-tenant', 'auth-required', ['invalid customer id, unauthorized tenant'],
      '1303 Invalid customer id, unauthorized tenant. (HTTP 401)'),
    spApi('1304-unauthorized-user', 'auth-required', ['invalid user id, unauthorized user'], '1304 Invalid User ID, unauthorized user. (HTTP 401)'),
    spApi('1305-not-utf8', 'message-format', ['input data not utf8 encoded'], '1305 Input Data not UTF8 encoded (HTTP 400)'),
    spApi('1400-required-field', 'message-format', ['required field is missing'], '1400 Required field is missing (HTTP 422)'),
    spApi('1900-generation-unavailable', 'remote-error', ['message generation module not available'],
      '1900 Message generation module not available (HTTP 503) — retry, likely transient error.'),
    spApi('1902-generation-rejected', 'policy', ['message generation rejected'], '1902 Message generation rejected (HTTP 400)'),
    accountLimit(spApi('2101-hourly-limit', 'rate-limit', ['exceed sending limit (hourly)'], '2101 Exceed Sending Limit (hourly) (HTTP 420)')),
    accountLimit(spApi('2102-daily-limit', 'rate-limit', ['exceed sending limit (daily)'], '2102 Exceed Sending Limit (daily) (deprecated)')),
    spApi('2103-sandbox-limit', 'rate-limit', ['exceed sending limit (sandbox)'], '2103 Exceed Sending Limit (sandbox) (HTTP 420)'),
    spApi('3000-template-syntax', 'message-format', ['template language syntax error'], '3000 template language syntax error (HTTP 422) — fix content and retry.'),
    spApi('3010-mime-construction', 'message-format', ['template mime construction error'], '3010 template mime construction error (HTTP 422) — fix content and retry.'),
    spApi('7000-domain-blacklisted', 'domain-blocklist', ['sending domain blacklisted'], '7000 Sending domain blacklisted (HTTP 400)'),
    spApi('7001-invalid-sending-domain', 'sender-rejected', ['invalid sending/tracking domain'],
      '7001 Invalid Sending/Tracking Domain (HTTP 400) — e.g. "Invalid domain", description "Unconfigured Sending Domain <domain>".', { variant: SENDER_UNVERIFIED }),
  ],
};

// ── Mailchimp Transactional (Mandrill) API errors ───────────────────────────────────────────────────────────────────
const MD_API = 'https://mailchimp.com/developer/transactional/api/messages/send-new-message/';
const MD_VIA = " (via xepan/xEnquiryNSubscription lib/Mandrill/Error.php, a copy of Mandrill's official PHP client errors)";
const mdApi = entries('mandrill-api', MD_API);

export const MANDRILL_API: KnowledgeSource = {
  id: 'mandrill-api',
  name: 'Mailchimp Transactional (Mandrill) API errors',
  kind: 'sending-service',
  reference: MD_API,
  replies: [
    mdApi('invalid-key', 'auth-required', ['not a valid mandrill api key'],
      'Invalid_Key — The provided API key is not a valid Mandrill API key' + MD_VIA, { token: 'Invalid_Key' }),
    mdApi('payment-required', 'policy', ['requested feature requires payment'], 'PaymentRequired — The requested feature requires payment.' + MD_VIA),
    mdApi('poor-reputation', 'reputation', ["user's reputation is too low to continue"], "The user's reputation is too low to continue." + MD_VIA),
    mdApi('service-unavailable', 'remote-error', ['subsystem providing this api call is down'],
      'ServiceUnavailable — The subsystem providing this API call is down for maintenance' + MD_VIA),
  ],
};

// ── Mailjet Send API v3.1 ───────────────────────────────────────────────────────────────────────────────────────────
const MJ_V31 = 'https://dev.mailjet.com/email/guides/send-api-v31/';
const MJ_VIA = ' (via gist arnaudbreton/f09ac2dcb1316790a5336756556e5f72, the error example of Mailjet\'s Send API v3.1 announcement)';
const mjApi = entries('mailjet-send-api', MJ_V31);

export const MAILJET_SEND_API: KnowledgeSource = {
  id: 'mailjet-send-api',
  name: 'Mailjet (Send API v3.1)',
  kind: 'sending-service',
  reference: MJ_V31,
  replies: [
    mjApi('send-0008-unauthorized-sender', 'sender-rejected', ['is not an authorized sender email address'],
      '403 ErrorCode send-0008 — "<address>" is not an authorized sender email address for your account. (ErrorRelatedTo: From)' + MJ_VIA,
      { variant: SENDER_UNVERIFIED, token: 'send-0008' }),
  ],
};

// ── Resend: the API errors not in sending-services-more.ts ──────────────────────────────────────────────────────────
const RS_ERRORS = 'https://resend.com/docs/api-reference/errors';
const rsApi = entries('resend-api', RS_ERRORS);

export const RESEND_API: KnowledgeSource = {
  id: 'resend-api',
  name: 'Resend (API errors)',
  kind: 'sending-service',
  reference: RS_ERRORS,
  replies: [
    rsApi('missing-api-key', 'auth-required', ['missing api key in the authorization header'],
      '401 missing_api_key — Missing API key in the authorization header. Include the header Authorization: Bearer YOUR_API_KEY.'),
    rsApi('invalid-api-key', 'auth-required', ['api key is invalid'],
      '403 invalid_api_key — API key is invalid. Make sure the API key is correct or generate a new API key in the dashboard.'),
    rsApi('missing-required-field', 'message-format', ['missing one or more required fields'],
      '422 missing_required_field — The request body is missing one or more required fields. (via @letanure/resend-cli dist/src/utils/resendErrors.js, a copy of the error table)'),
  ],
};

// ── SMTP2GO API ─────────────────────────────────────────────────────────────────────────────────────────────────────
const S2G_CODES = 'https://developers.smtp2go.com/docs/response-codes';
const s2gApi = entries('smtp2go-api', S2G_CODES);

export const SMTP2GO_API: KnowledgeSource = {
  id: 'smtp2go-api',
  name: 'SMTP2GO (HTTP API)',
  kind: 'sending-service',
  reference: S2G_CODES,
  replies: [
    s2gApi('401-no-valid-key', 'auth-required', ['no valid api key was provided'], '401 - Unauthorized: No valid API key was provided.'),
    s2gApi('403-key-permission', 'auth-required', ["api key doesn't have permission to perform"],
      "403 - Forbidden: The API key doesn't have permission to perform the request."),
  ],
};

// ── Zoho ZeptoMail (ex-TransMail) ───────────────────────────────────────────────────────────────────────────────────
const ZM_ERRORS = 'https://www.zoho.com/transmail/help/api/error-codes.html';
const zmApi = entries('zeptomail-api', ZM_ERRORS);

export const ZEPTOMAIL_API: KnowledgeSource = {
  id: 'zeptomail-api',
  name: 'Zoho ZeptoMail (API error codes)',
  kind: 'sending-service',
  reference: ZM_ERRORS,
  replies: [
    zmApi('sm-111-domain-not-verified', 'sender-rejected', ['sender address domain is not verified'],
      'TM_4001 / SM_111 — Sender address domain is not verified in your Mail Agent.', { variant: SENDER_UNVERIFIED }),
    zmApi('serr-156-ip-not-allowed', 'auth-required', ['not in the allowed ips list'],
      'TM_3601 / SERR_156 — Email sending IP is not in the allowed IPs list. Add the IP to the allowed IPs list from the settings.'),
    zmApi('sm-133-trial-limit', 'rate-limit', ['trial mail sending limit exceeded'],
      'TM_3601 / SM_133 — Trial mail sending limit exceeded. Get your account reviewed to start sending emails again.'),
    accountLimit(zmApi('smi-115-per-day-limit', 'rate-limit', ['per day limit exhausted'],
      'TM_3601 / SMI_115 — Per day limit exhausted, try after some time.')),
    zmApi('le-101-credits-expired', 'rate-limit', ['credits expired'],
      'TM_3501 / LE_101 — Credits expired. Purchase new credits from the ZeptoMail Subscription page.'),
    zmApi('ge-102-mandatory-field', 'message-format', ['mandatory field "from" is missing', 'was set as empty value'],
      'TM_3201 / GE_102 — Mandatory Field "subject" was set as Empty Value. / Mandatory Field "from" is missing. / No recipient field found.'),
    zmApi('sm-120-invalid-mimetype', 'message-format', ['invalid mimetype found'],
      'TM_3301 / SM_120 — Invalid Mimetype found (the attachment and the Mimetype specified do not match).'),
  ],
};

// ── Tencent Cloud Simple Email Service (API and SMTP) ───────────────────────────────────────────────────────────────
// The business error codes of its SendEmail API, which its SMTP service also quotes ("554 5.0.0 Error: transaction
// failed … QcloudError … FailedOperation.NotAuthenticatedSender"), each with its meaning as the SDK documents it
// (TencentCloud/tencentcloud-sdk-python tencentcloud/ses/v20201002/errorcodes.py; the same list in Chinese in
// tencentcloud-sdk-go ses/v20201002/errors.go, and on https://www.tencentcloud.com/document/product/1084/39419). A
// code is the service's own: it decides wherever it is quoted.
const TC_SES = 'TencentCloud/tencentcloud-sdk-python tencentcloud/ses/v20201002/errorcodes.py';
const tcSes = entries('tencent-ses', TC_SES);

export const TENCENT_SES: KnowledgeSource = {
  id: 'tencent-ses',
  name: 'Tencent Cloud Simple Email Service (error codes)',
  kind: 'sending-service',
  reference: 'https://www.tencentcloud.com/document/product/1084/39419',
  replies: [
    tcSes('not-authenticated-sender', 'sender-rejected', [], 'FailedOperation.NotAuthenticatedSender — Unable to send because the sender is not verified.', { variant: SENDER_UNVERIFIED, token: 'FailedOperation.NotAuthenticatedSender' }),
    tcSes('domain-not-verified', 'sender-rejected', [], 'OperationDenied.DomainNotVerified — Domain verification failed. Check whether the domain has passed verification.', { variant: SENDER_UNVERIFIED, token: 'OperationDenied.DomainNotVerified' }),
    tcSes('no-such-sender', 'sender-rejected', [], 'InvalidParameterValue.NoSuchSender — You don’t have the sender address. Check if it exists.', { variant: SENDER_UNVERIFIED, token: 'InvalidParameterValue.NoSuchSender' }),
    // The service's own blocklist of addresses that hard-bounced (the ListBlackEmailAddress API: "In the case of a
    // hard bounce, Tencent Cloud will blocklist the recipient address"): a suppression, not a fresh answer.
    tcSes('address-in-blocklist', 'policy', [], 'FailedOperation.EmailAddrInBlacklist — The email address is in the blocklist.', { token: 'FailedOperation.EmailAddrInBlacklist', variant: SUPPRESSED }),
    accountLimit(tcSes('exceed-send-limit', 'rate-limit', [], 'FailedOperation.ExceedSendLimit — The number of emails exceeds the daily sending limit.', { token: 'FailedOperation.ExceedSendLimit' })),
    tcSes('frequency-limit', 'rate-limit', [], 'FailedOperation.FrequencyLimit — You have sent too many emails to the same address in a short period.', { token: 'FailedOperation.FrequencyLimit' }),
    tcSes('too-many-recipients', 'rate-limit', [], 'FailedOperation.TooManyRecipients — Too many recipients. Set a maximum of 50 recipients at a time.', { token: 'FailedOperation.TooManyRecipients' }),
    tcSes('high-rejection-rate', 'reputation', [], 'FailedOperation.HighRejectionRate — The email has been blocked temporarily due to high rejection rate.', { token: 'FailedOperation.HighRejectionRate' }),
    tcSes('temporary-blocked', 'policy', [], 'FailedOperation.TemporaryBlocked — The email has been blocked temporarily due to violations of rules.', { token: 'FailedOperation.TemporaryBlocked' }),
    tcSes('email-too-large', 'message-size', [], 'FailedOperation.EmailContentToolarge — The email is too large. Remove some content.', { token: 'FailedOperation.EmailContentToolarge' }),
    tcSes('attachment-too-large', 'message-size', [], 'FailedOperation.AttachContentToolarge — The attachments are too large.', { token: 'FailedOperation.AttachContentToolarge' }),
  ],
};

// ── Salesforce (SOAP API sendEmail(), Apex Messaging.sendEmail) ───────────────────────────────────────────────────
// sendEmail(): "Single email messages sent with this call count against the sending organization's daily single email
// limit. When this limit is reached, sendEmail() calls using SingleEmailMessage are rejected, and the user receives a
// SINGLE_EMAIL_LIMIT_EXCEEDED error code"; mass email likewise with MASS_MAIL_LIMIT_EXCEEDED. The codes are the API's
// own (StatusCode): they decide wherever they are quoted. Beside them, the messages its help articles quote from the
// same limit and from its email log.
const SF_SEND_EMAIL = 'https://developer.salesforce.com/docs/platform/api/guide/sforce-api-calls-sendemail.html';
const sfApi = entries('salesforce-api', SF_SEND_EMAIL);

export const SALESFORCE_API: KnowledgeSource = {
  id: 'salesforce-api',
  name: 'Salesforce (sendEmail status codes, limit and email-log messages)',
  kind: 'sending-service',
  reference: SF_SEND_EMAIL,
  replies: [
    accountLimit(sfApi('single-email-limit', 'rate-limit', [], "SINGLE_EMAIL_LIMIT_EXCEEDED — the organization's daily single email limit is reached: sendEmail() calls using SingleEmailMessage are rejected.", { token: 'SINGLE_EMAIL_LIMIT_EXCEEDED' })),
    accountLimit(sfApi('mass-mail-limit', 'rate-limit', [], "MASS_MAIL_LIMIT_EXCEEDED — the organization's daily mass email limit is reached: sendEmail() calls using MassEmailMessage are rejected.", { token: 'MASS_MAIL_LIMIT_EXCEEDED' })),
    // The message Salesforce gives with the limit's code, as its help article on the daily limit quotes it.
    accountLimit(sfApi('org-daily-limit', 'rate-limit', ['the daily limit for the org would be exceeded by this request'], 'The daily limit for the org would be exceeded by this request. (the daily email limit is reached; sending resumes within 24 hours)', { source: 'https://help.salesforce.com/s/articleView?id=000382496&type=1' })),
    // Its email log's line when no MX host of the recipient's domain took a connection ("Troubleshooting email delivery
    // failure": the domain's DNS did not resolve correctly or, more often, the connection is blocked on the recipient's
    // side); Broadcom's Email Security.cloud logs the same words (KB 225588).
    sfApi('no-mx-reachable', 'network', ['no mxs for this domain could be reached'], 'no MXs for this domain could be reached at this time (421 4.4.0 [internal] …)', { source: 'https://help.salesforce.com/apex/HTViewSolution?id=000212858&language=en_US' }),
  ],
};

// ── JMAP (RFC 8621 §7.5): EmailSubmission/set's errors ──────────────────────────────────────────────────────────
// The server's refusal of a submission, by its SetError type (Fastmail, Stalwart, Cyrus and other JMAP servers, and the
// clients that print them). The types are the standard's own names: they decide wherever they are quoted.
const JMAP_SUBMISSION = 'https://www.rfc-editor.org/rfc/rfc8621#section-7.5';
const jmap = entries('jmap-submission', JMAP_SUBMISSION);

export const JMAP_SUBMISSION_ERRORS: KnowledgeSource = {
  id: 'jmap-submission',
  name: 'JMAP EmailSubmission/set errors (RFC 8621)',
  kind: 'sending-service',
  reference: JMAP_SUBMISSION,
  replies: [
    jmap('forbidden-from', 'sender-rejected', [], 'forbiddenFrom — the user is not allowed to send with the address in the From header field.', { token: 'forbiddenFrom' }),
    jmap('forbidden-mail-from', 'sender-rejected', [], 'forbiddenMailFrom — the user is not allowed to use the envelope MAIL FROM address given.', { token: 'forbiddenMailFrom' }),
    jmap('forbidden-to-send', 'policy', [], 'forbiddenToSend — the user does not have permission to send at all right now.', { token: 'forbiddenToSend' }),
    jmap('too-many-recipients', 'rate-limit', [], 'tooManyRecipients — the envelope (or the headers, when no envelope is given) has more recipients than the server allows.', { token: 'tooManyRecipients' }),
    jmap('no-recipients', 'message-format', [], 'noRecipients — the envelope, or the headers when no envelope is given, names no recipient.', { token: 'noRecipients' }),
    jmap('invalid-email', 'message-format', [], 'invalidEmail — the Email to send is invalid in a way that stops the server from sending it.', { token: 'invalidEmail' }),
  ],
};

export const SENDING_APIS: readonly KnowledgeSource[] = [
  SENDGRID_API,
  MAILGUN_API,
  AMAZON_SES_SEND_API,
  MICROSOFT_GRAPH_MAIL,
  POSTMARK_API,
  SPARKPOST_API,
  MANDRILL_API,
  MAILJET_SEND_API,
  RESEND_API,
  SMTP2GO_API,
  ZEPTOMAIL_API,
  TENCENT_SES,
  SALESFORCE_API,
  JMAP_SUBMISSION_ERRORS,
];
