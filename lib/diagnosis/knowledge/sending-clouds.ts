/**
 * Sending services of cloud platforms and newer sending APIs (Emailit, Azure Communication Services Email, Oracle Cloud
 * Infrastructure Email Delivery): the SMTP replies and API errors each documents, one source each, every entry citing
 * its page. As in sending-services.ts, a service's suppression ("not sent: the address bounced before") is filed as
 * recipient-unknown with the texts of its own (variant recipient.suppressed).
 *
 * Entries whose words are too common to stand for the service alone ("535 Authentication failed", "503 Need RCPT
 * command", "Invalid email address") are left to the general rules, which read them the same way.
 */
import { accountLimit, entries as entry, hedged, SENDER_UNVERIFIED, SERVICE_HOLD, SUPPRESSED } from './entry';
import type { KnowledgeSource } from './types';

// ── Emailit ─────────────────────────────────────────────────────────────────────────────────────────────────────────
// Its knowledge base quotes each reply of its SMTP relay and each API error body with the cause and the fix.
const EI_DOMAIN = 'https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/';
const EI_WORKSPACE = 'https://emailit.com/docs/kb/403-unverified-workspace-recipient/';
const EI_AUTH = 'https://emailit.com/docs/kb/smtp-535-authentication-failed/';
const EI_RATE = 'https://emailit.com/docs/kb/429-rate-limit-exceeded/';
const ei = entry('emailit', EI_DOMAIN);

export const EMAILIT: KnowledgeSource = {
  id: 'emailit',
  name: 'Emailit',
  kind: 'sending-service',
  reference: 'https://emailit.com/docs/smtp/troubleshooting/',
  replies: [
    ei('domain-not-verified', 'sender-rejected', ['domain is not verified for this workspace'],
      '530 From/Sender domain is not verified for this workspace. From: <address> — the domain of the From header is not added or not verified in the workspace of the API key (rejected after DATA).', { variant: SENDER_UNVERIFIED }),
    ei('key-restricted-to-domain', 'sender-rejected', ['api key is restricted to sending domain', 'from/sender address must use this domain'],
      '530 API key is restricted to sending domain: acme.com. From/Sender address must use this domain. From: <address> — the API key used as the SMTP password may send only from its one domain.', { variant: SENDER_UNVERIFIED }),
    ei('domain-paused', 'policy', ['sending from this domain is paused'],
      '550 Sending from this domain is paused — listed with the domain errors of the relay: sending from the From domain is paused in the workspace.', { variant: SERVICE_HOLD }),
    ei('unverified-workspace-recipient', 'policy', ['unverified workspaces can only send', "workspace members' account emails"],
      "Workspace not verified: Unverified workspaces can only send to workspace members' account emails. Blocked recipient: <address>. (API 403 unverified_workspace_recipient; over SMTP \"550 Unverified workspaces can only send to workspace members' account emails.\")",
      { source: EI_WORKSPACE, token: 'unverified_workspace_recipient' }),
    ei('unverified-workspace-campaigns', 'policy', ['unverified workspaces cannot send campaigns'],
      'Unverified workspaces cannot send campaigns. — campaigns fail while the workspace is unverified.', { source: EI_WORKSPACE }),
    ei('temporary-auth-failure', 'remote-error', ['454 temporary authentication failure'],
      '454 Temporary authentication failure — a temporary problem on the relay during AUTH: retry after a short wait.', { source: EI_AUTH }),
    ei('per-second-limit', 'rate-limit', ['messages per second limit exceeded', 'messages per second allowed'],
      '452 4.4.5 Messages per second limit exceeded (API 429: "Rate limit exceeded: Too many requests. Maximum 2 messages per second allowed.") — the workspace\'s per-second limit.',
      { source: EI_RATE, status: '4.4.5' }),
    accountLimit(ei('daily-limit', 'rate-limit', ['daily message limit exceeded', 'daily sending limit of'],
      '452 4.5.3 Daily message limit exceeded (API 429: "Daily limit exceeded: Daily sending limit of 5000 messages has been reached.") — resets at midnight UTC.',
      { source: EI_RATE, status: '4.5.3' })),
    ei('temporary-local-error', 'remote-error', ['temporary local error in processing'],
      '451 Temporary local error in processing — a temporary error of the relay at any stage.', { source: 'https://emailit.com/docs/smtp/troubleshooting/' }),
  ],
};

// ── Azure Communication Services Email ──────────────────────────────────────────────────────────────────────────────
// The send operation's result (REST reference), the delivery report's status values (Event Grid's
// AcsEmailDeliveryReportStatus), and the errors Microsoft's SDK repositories quote from the service.
const ACS_RESULT = 'https://learn.microsoft.com/en-us/rest/api/communication/dataplane/email/get-send-result';
const ACS_REPORT = 'https://learn.microsoft.com/en-us/javascript/api/@azure/eventgrid/acsemaildeliveryreportstatus';
const acs = entry('azure-acs-email', ACS_REPORT);

export const AZURE_ACS_EMAIL: KnowledgeSource = {
  id: 'azure-acs-email',
  name: 'Azure Communication Services Email',
  kind: 'sending-service',
  reference: ACS_REPORT,
  replies: [
    acs('dropped-all-suppressed', 'recipient-unknown', ['dropped because all recipients were suppressed'],
      'EmailDroppedAllRecipientsSuppressed: Email was dropped because all recipients were suppressed. You will get a dropped event for each suppressed recipient through event grid or Azure monitoring.',
      { token: 'EmailDroppedAllRecipientsSuppressed', variant: SUPPRESSED, source: 'https://github.com/Azure/azure-sdk-for-js/issues/25353' }),
    acs('suppressed', 'recipient-unknown', ['the email was suppressed'],
      'Suppressed: The email was suppressed (delivery report status: the recipient is on the managed suppression list, no attempt was made).', { variant: SUPPRESSED }),
    acs('domain-not-linked', 'sender-rejected', ['sender domain has not been linked'],
      'DomainNotLinked: The specified sender domain has not been linked. (SMTP relay: "5.1.7 The specified sender domain has not been linked.") — the sender address\'s domain is not connected to the Communication Services resource.',
      { variant: SENDER_UNVERIFIED, token: 'DomainNotLinked', source: 'https://github.com/MicrosoftDocs/azure-docs/issues/123379' }),
    acs('dropped-after-attempts', 'delivery-timeout', ['email was dropped after several attempts to deliver'],
      'EmailDropped: Email was dropped after several attempts to deliver.', { token: 'EmailDropped', source: ACS_RESULT }),
    hedged(acs('hard-bounce', 'recipient-unknown', ['hard bounce detected while sending'],
      'Bounced: Hard bounce detected while sending the email (delivery report status; a hard bounce is a permanent failure such as an address that does not exist).')),
    acs('filtered-spam', 'spam', ['identified spam and was rejected or blocked'],
      'FilteredSpam: The message was identified spam and was rejected or blocked (not quarantined).', { token: 'FilteredSpam' }),
    acs('quarantined', 'spam', ['quarantined (as spam, bulk mail, or phishing)'],
      'Quarantined: The message was quarantined (as spam, bulk mail, or phishing).'),
  ],
};

// ── Oracle Cloud Infrastructure Email Delivery ──────────────────────────────────────────────────────────────────────
// "Troubleshooting Email Delivery": the SMTP endpoint's replies and the HTTPS submit API's errors, each with its cause.
const OCI = 'https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm';
const oci = entry('oci-email', OCI);

export const OCI_EMAIL_DELIVERY: KnowledgeSource = {
  id: 'oci-email',
  name: 'Oracle Cloud Infrastructure Email Delivery',
  kind: 'sending-service',
  reference: OCI,
  replies: [
    oci('suppression', 'recipient-unknown', ['4.7.1 suppression for user'],
      '254 4.7.1 Suppression for user <user ocid> to <recipient> — the recipient is on the suppression list (after a hard bounce, a complaint or an unsubscribe); the message is not sent.',
      { status: '4.7.1', variant: SUPPRESSED }),
    oci('timeout-waiting-for-data', 'network', ['timeout waiting for data from client'], '421 Timeout waiting for data from client — the client stopped sending and the endpoint timed out.'),
    oci('problem-executing-commands', 'remote-error', ['problem attempting to execute commands'],
      '421 4.4.0 Problem attempting to execute commands. Please try again later — a transient failure of the service.', { status: '4.4.0' }),
    oci('too-many-auth-failures', 'auth-required', ['too many auth failures'],
      '421 Too many auth failures, try again later — repeated invalid SMTP credentials (or a sender that is not approved) from the IP.'),
    oci('mail-system-failure', 'remote-error', ['mail system failure, closing transmission channel'],
      '421 4.3.0 Mail system failure, closing transmission channel', { status: '4.3.0' }),
    oci('system-storage-error', 'remote-error', ['452 system storage error'], '452 System storage error — the service cannot store the message in its delivery queue.'),
    oci('per-minute-limit', 'rate-limit', ['maximum messages sent per minute reached'], '455 Maximum messages sent per minute reached : limit is <limit>'),
    accountLimit(oci('per-day-limit', 'rate-limit', ['maximum messages sent per day reached'], '455 Maximum messages sent per day reached : limit is <limit>')),
    oci('auth-plain-base64', 'protocol', ['not a valid base64 string'], '501 Invalid command argument, not a valid Base64 string (the AUTH PLAIN secret is not valid Base64)'),
    oci('auth-plain-nul', 'protocol', ['does not contain the second nul', 'argument, does not contain nul'],
      '501 Invalid command argument, does not contain NUL / does not contain the second NUL (the AUTH PLAIN secret lacks its separators)'),
    oci('auth-mechanism-mismatch', 'protocol', ['auth mechanism mismatch'], '504 AUTH mechanism mismatch (an invalid AUTH command)'),
    oci('byte-limit', 'message-size', ['exceeds byte limit'],
      '552 Exceeds byte limit (HTTPS API: "413 Request Entity Too Large: Message exceeds byte limit : limit is <limit>") — larger than the service accepts.'),
    oci('credentials-invalid', 'auth-required', ['authentication credentials invalid'], '535 Authentication credentials invalid — wrong SMTP credentials.'),
    oci('sender-not-approved', 'sender-rejected', ['authorization failed: address'],
      '535 Authorization failed: address <address> not authorized (HTTPS API: "404 NotAuthorizedOrNotFound: Authorization failed: address <address> not authorized or not found") — the From address is not an approved sender these credentials may use.', { variant: SENDER_UNVERIFIED }),
    oci('message-parse-error', 'message-format', ['554 message parse error'],
      '554 Message parse error — the message cannot be parsed as RFC 2822 (no headers, or a header larger than allowed).'),
    oci('invalid-internet-address', 'message-format', ['invalid internet address :'], '400 InvalidParameter: Invalid Internet Address : <address>'),
    oci('max-recipients', 'message-format', ['for recipients across the to:, cc: and bcc: fields'],
      '400 InvalidParameter: maxItems: 50, for recipients across the To:, CC: and BCC: fields.'),
    oci('reserved-header', 'message-format', ['is a reserved mail header which is not allowed'], '400 InvalidParameter: <header> is a reserved mail header which is not allowed'),
    oci('header-not-ascii', 'message-format', ['custom mail header keys should be ascii only'], '400 InvalidParameter: Custom Mail Header Keys should be ASCII only <header>'),
    oci('message-id-malformed', 'message-format', ['message id not formed according to rfcs'], '400 InvalidParameter: Message ID not formed according to RFCs.'),
    oci('missing-attribute', 'message-format',
      ['required attribute subject can\'t be empty', 'required attribute sender can\'t be empty', 'required attribute recipients must contain', 'required attribute body(html/text) is missing'],
      "400 MissingParameter: Required attribute subject can't be empty or null. (also sender, recipients — \"must contain either to , cc or bcc recipients\" — and body(html/text))"),
    oci('sender-rate-limit', 'rate-limit', ['sender rate limit reached'],
      'Sender Rate Limit reached (errorType of the OutboundAccepted service log: not accepted because the sender\'s rate limit was reached)',
      { source: 'https://docs.oracle.com/en-us/iaas/Content/Logging/Reference/details_for_emaildelivery.htm' }),
  ],
};

export const SENDING_CLOUDS: readonly KnowledgeSource[] = [EMAILIT, AZURE_ACS_EMAIL, OCI_EMAIL_DELIVERY];
