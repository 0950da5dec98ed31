/**
 * Google (Gmail, Google Workspace, Workspace SMTP relay). Every reply of "Gmail SMTP errors and codes"
 * (https://support.google.com/a/answer/3726730), checked against dated copies of the page (2023-03-06, 2024-03-02,
 * 2025-05-08, 2026-02-15; archived in azumakuniyuki/feb-2024-no-auth-no-entry google-3726730-smtp-errors-and-codes/),
 * so that wordings Google has since replaced ("mail" → "email", the 2024 bulk-sender texts, the older 2023 list) are
 * kept too: servers in the wild still send them. The bulk-sender temporary codes are also listed in the "Email sender
 * guidelines FAQ" (https://support.google.com/a/answer/14229414), which adds 4.7.31 (DMARC record missing, since
 * renamed 4.7.40 on the main page).
 *
 * Notes on the page itself: the 2026 copy prints "504 5.7.40", "535 5.7.80" and "534 5.7.90" where every earlier copy
 * has 5.7.4, 5.7.8 and 5.7.9 (a rendering slip); the earlier codes are used here. The page lists the From:-alignment
 * block as "421 5.7.32" (a 5xx status under a 4xx reply code); the status is kept as 5.7.32.
 * The SMTP relay texts (relay denied, invalid credentials for relay, relay limits) are part of the same list and link
 * to "SMTP relay service error messages" (https://support.google.com/a/answer/6140680).
 * Google Groups' own non-delivery notice has no reply table in Google's documentation that could be checked, so it is
 * left out.
 *
 * Audit (2026-12): compared entry by entry with the copies of 2023-03-06, 2024-03-02, mid-2024, 2025-05-08 and
 * 2026-02-15 and with the FAQ's code tables (2024-03-08, 2024-05-24, 2026-03-11). One reply of the 2023 list is left
 * out on purpose: "550 5.7.1 Email quota exceeded." — the page gives no meaning, and the words fit both a full mailbox
 * and a sender's quota. The FAQ of 2024-03-08 describes 4.7.23/4.7.27/4.7.29/4.7.30/4.7.32 in prose only (no reply
 * text); those codes are covered by the reply texts below. The Email sender guidelines (81126) quote no reply text
 * beyond naming 5.7.26.
 */
import type { Category } from '../types';
import { accountLimit, HELO_NAME, LOGIN_THROTTLE, MAIL_HOPS, STARTTLS_FIRST } from './entry';
import type { KnownReply, KnowledgeSource } from './types';

const REF = 'https://support.google.com/a/answer/3726730';
const FAQ = 'https://support.google.com/a/answer/14229414';

const r = (
  id: string,
  category: Category,
  status: string,
  phrases: readonly string[],
  text: string,
  extra: { token?: string; source?: string; hedged?: boolean; variant?: string } = {},
): KnownReply => ({
  id: `google.${id}`,
  category,
  status,
  phrases,
  text,
  source: extra.source ?? REF,
  ...(extra.token ? { token: extra.token } : {}),
  ...(extra.hedged ? { hedged: true } : {}),
  ...(extra.variant ? { variant: extra.variant } : {}),
});

export const GOOGLE: KnowledgeSource = {
  id: 'google',
  name: 'Google (Gmail / Workspace)',
  kind: 'mailbox-provider',
  reference: REF,
  replies: [
    // ── 4.2.x: the recipient's mailbox ──────────────────────────────────────────────────────────────────────────────
    r('4.2.1-receiving-too-quickly', 'rate-limit', '4.2.1', ['receiving email too quickly', 'receiving mail too quickly'],
      '450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time. If the user is able to receive email at that time, your message will be delivered.'),
    r('4.2.1-receiving-rate', 'rate-limit', '4.2.1', ['at a rate that prevents additional', 'prevents additional messages from being delivered'],
      '450 4.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered. Please resend your message at a later time.'),
    r('5.2.1-receiving-rate', 'rate-limit', '5.2.1', ['at a rate that prevents additional', 'prevents additional messages from being delivered'],
      '550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered.'),
    r('4.2.1-peak-relay-limit', 'rate-limit', '4.2.1', ['peak smtp relay limit exceeded'],
      '450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, contact your administrator or go to SMTP relay service error messages.'),
    r('4.2.2-out-of-storage', 'mailbox-full', '4.2.2', ['inbox is out of storage space'],
      "452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to Manage files in your Google Drive storage."),
    r('4.2.2-over-quota', 'mailbox-full', '4.2.2', ['tried to reach is over quota'],
      '452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to Clear Google Drive space & increase storage. (2023 wording)'),
    r('5.2.2-out-of-storage-inactive', 'mailbox-full', '5.2.2', ['out of storage space and inactive', 'tried to reach is over quota'],
      "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to Manage files in your Google Drive storage. (2023 wording: The email account that you tried to reach is over quota.)"),
    r('5.2.1-inactive', 'mailbox-disabled', '5.2.1', ['tried to reach is inactive', 'tried to reach is disabled'],
      '550 5.2.1 The email account that you tried to reach is inactive. For more information, go to https://support.google.com/mail/?p=DisabledUser (2023 wording: The email account that you tried to reach is disabled.)'),

    // ── 4.3.x / 4.4.x / 4.5.x: the receiving system and the session ────────────────────────────────────────────────
    r('4.3.0-temporarily-rejected', 'remote-error', '4.3.0', ['server has temporarily rejected this message', 'server temporarily rejected message'],
      '451 4.3.0 Email server has temporarily rejected this message. Go to About SMTP error messages for more information. (2023: Mail server temporarily rejected message.)'),
    r('4.3.0-multiple-destination-domains', 'protocol', '4.3.0', ['multiple destination domains per transaction'],
      '451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('4.3.0-temporary-system-problem', 'remote-error', '4.3.0', ['temporary system problem'],
      '421 4.3.0 Temporary System Problem. Try again later. For more information, go to About SMTP error messages.'),
    // The 2023 list also gives the same text under 4.7.0, where the status alone reads as a connection-level refusal.
    r('4.7.0-temporary-system-problem', 'remote-error', '4.7.0', ['temporary system problem'],
      '421 4.7.0 Temporary System Problem. Try again later. (2023 list)'),
    r('4.4.2-timeout', 'network', '4.4.2', ['timeout - closing connection'],
      '451 4.4.2 Timeout - closing connection. For more information, go to About SMTP error messages.'),
    r('4.4.5-server-busy', 'remote-error', '4.4.5', ['server busy, try again later'],
      '421 4.4.5 Server busy, try again later. For more information, go to About SMTP error messages.'),
    r('4.5.0-protocol-violation', 'protocol', '4.5.0', ['smtp protocol violation'],
      '451 4.5.0 SMTP protocol violation. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('4.5.0-pipeline-after-starttls', 'protocol', '4.5.0', ['pipeline after starttls'],
      '454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, visit RFC 3207. (2023 list)'),
    r('4.5.3-domain-policy-size', 'rate-limit', '4.5.3', ['domain policy size per transaction'],
      '452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction. This message means the email policy size (size of policies, number of policies, or both) for the recipient domain has been exceeded.'),
    r('4.5.3-too-many-recipients', 'rate-limit', '4.5.3', ['your message has too many recipients'],
      "452 4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, go to Limits for sending & getting email."),

    // ── 4.7.0: connection-level refusals and deferrals ─────────────────────────────────────────────────────────────
    r('4.7.0-connection-expired', 'network', '4.7.0', ['connection expired, try reconnecting'],
      '421 4.7.0 Connection expired, try reconnecting. For more information, go to About SMTP error messages.'),
    r('4.7.0-ip-not-in-whitelist', 'recipient-policy', '4.7.0', ['not in whitelist for rcpt domain'],
      '421 4.7.0 IP not in whitelist for RCPT domain, closing connection. For more information, go to Allowlists, denylists, and approved senders.'),
    r('4.7.0-try-again-later-closing', 'rate-limit', '4.7.0', ['try again later, closing connection'],
      '421 4.7.0 Try again later, closing connection. (command) — 2023 wording: "This usually indicates a Denial of Service (DoS) for the SMTP relay at the HELO stage."',
      // "usually": Google's own reading is hedged, and the same reply answers other refusals at EHLO (a missing PTR).
      { hedged: true }),
    r('4.7.0-no-ptr', 'ptr', '4.7.0', ['does not have a ptr record', 'forward dns entry does not point'],
      '421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited.'),
    r('4.7.0-too-many-login-attempts', 'rate-limit', '4.7.0', ['too many login attempts'],
      '454 4.7.0 Too many login attempts, please try again later. For more information, go to Add Gmail to another email client.',
      { variant: LOGIN_THROTTLE }),
    r('4.7.0-cannot-authenticate-temporary', 'remote-error', '4.7.0', ['cannot authenticate due to a temporary', 'cannot authenticate due to temporary'],
      '454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later.'),
    r('4.7.0-tls-required', 'tls-required', '4.7.0', ['tls required for rcpt domain'],
      '421 4.7.0 TLS required for RCPT domain, closing connection. For more information, go to Email encryption in transit.'),
    r('4.7.0-low-reputation-ip', 'reputation', '4.7.0', ['low reputation of the sending ip'],
      '421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, email sent from your IP address has been temporarily rate limited.'),
    r('4.7.0-low-reputation-domain', 'reputation', '4.7.0', ['low reputation of the sending domain'],
      '421 4.7.0 This message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.'),
    // (Gmail's replies say "the nature of the content and/or the links within": the reference words it "or".)
    r('4.7.0-suspicious-content', 'spam', '4.7.0', ['nature of the content or the', 'suspicious due to the nature of the content'],
      '421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked.'),
    r('4.7.0-unusual-rate-unsolicited', 'reputation', '4.7.0', ['unusual rate of unsolicited mail', 'unusual rate of unsolicited email'],
      '421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. (2023 list)'),

    // ── 2024–2025 bulk-sender requirements (temporary) ─────────────────────────────────────────────────────────────
    r('4.7.23-ptr', 'ptr', '4.7.23', ['ptr record, or the ptr record', 'match the sending ip address'],
      "451 4.7.23 ip-address The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited."),
    r('4.7.24-spf-suspicious', 'spf', '4.7.24', ['spf record of the sending domain', 'one or more suspicious entries'],
      '451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited.'),
    r('4.7.26-dmarc-temporary-dns', 'dmarc', '4.7.26', ['temporary dns failures prevent authentication', "due to domain's dmarc policy"],
      "451 4.7.26 Unauthenticated email from domain-name is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication. Please contact the administrator of domain-name domain if this was a legitimate email."),
    r('4.7.26-unauthenticated', 'unauthenticated', '4.7.26', ['rate limited because it is unauthenticated', 'authenticate with either spf or dkim'],
      '421 4.7.26 This email has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF domain-name with ip: ip-address = did not pass.'),
    r('4.7.27-spf', 'spf', '4.7.27', ['rate limited because spf', 'authenticate their email with spf', 'large senders to authenticate with spf'],
      "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF domain-name with IP address: ip-address = Did not pass. (2024: This mail has been rate limited because SPF does not pass. Gmail requires all large senders to authenticate with SPF.)"),
    r('4.7.28-unusual-rate', 'reputation', '4.7.28', ['detected an unusual rate of email', 'detected an unusual rate of mail'],
      'Gmail has detected an unusual rate of email. To protect our users from spam, email has been temporarily rate limited. To review our bulk email senders guidelines, go to Email sender guidelines.'),
    r('4.7.28-unusual-rate-ip', 'reputation', '4.7.28', ['originating from your ip address'],
      '421 4.7.28 Gmail has detected an unusual rate of email originating from your IP address ip-address. To protect our users from spam, email sent from your IP address has been temporarily rate limited.'),
    r('4.7.28-unusual-rate-netblock', 'reputation', '4.7.28', ['from your ip netblock'],
      '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your IP Netblock ip-address. To protect our users from spam, email sent from your IP Netblock has been temporarily rate limited.'),
    r('4.7.28-unusual-rate-dkim-domain', 'reputation', '4.7.28', ['from your dkim domain'],
      '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your DKIM domain domain-name. To protect our users from spam, email sent from your domain has been temporarily rate limited.'),
    r('4.7.28-unusual-rate-spf-domain', 'reputation', '4.7.28', ['from your spf domain'],
      '421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your SPF domain domain-name. To protect our users from spam, email sent from your domain has been temporarily rate limited.'),
    r('4.7.28-unusual-rate-url-domain', 'reputation', '4.7.28', ['containing one of your url domains', 'email with the url has been'],
      '421 4.7.28 Gmail has detected an unusual rate of unsolicited email containing one of your URL domains. To protect our users from spam, email with the URL has been temporarily rate limited.'),
    r('4.7.28-unusual-amount', 'reputation', '4.7.28', ['unusual amount of unsolicited email', 'unusual amount of unsolicited mail'],
      '421 4.7.28 Gmail has detected an unusual amount of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been temporarily blocked.'),
    r('4.7.28-same-message-id', 'rate-limit', '4.7.28', ['quota for sending messages', 'have the same message-id', 'with the same message-id'],
      '421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected. (2024: GMail has detected this message exceeded its quota for sending messages with the same Message-ID:.)'),
    r('4.7.28-dkim-2024', 'dkim', '4.7.28', ['limited because dkim does not pass'],
      '421 4.7.28 This mail has been rate limited because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM. Authentication results: DKIM = did not pass. (2024 copy of the page; the code is 4.7.30 since)'),
    r('4.7.29-tls', 'tls-required', '4.7.29', ['senders to use tls/ssl', 'not using a tls connection', 'rate limited because tls'],
      "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. (2024: This mail has been rate limited because TLS wasn't used. Gmail requires all large senders to use TLS/SSL during SMTP.)"),
    r('4.7.30-dkim', 'dkim', '4.7.30', ['authenticate their email with dkim', 'rate limited because dkim'],
      "421 4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all email bulk senders to authenticate their email with DKIM. Authentication results: DKIM = Did not pass."),
    r('4.7.40-dmarc-record', 'dmarc', '4.7.40', ['dmarc record, or the dmarc', 'specify a dmarc policy', 'add a dmarc record'],
      "421 4.7.40 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
      { token: '4.7.40' }),
    r('4.7.31-dmarc-record', 'dmarc', '4.7.31', ['dmarc record, or the dmarc', 'specify a dmarc policy', 'add a dmarc record'],
      "4.7.31 Your email has been rate limited because the sending domain doesn't have a DMARC record, or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
      { token: '4.7.31', source: FAQ }),
    r('4.7.32-alignment', 'dmarc', '4.7.32', ['aligned with either the authenticated spf', 'from: header (rfc5322) in this message'],
      "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
      { token: '4.7.32' }),
    r('5.7.32-alignment', 'dmarc', '5.7.32', ['aligned with either the authenticated spf', 'from: header (rfc5322) in this message'],
      "5.7.32 Your email was blocked because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. (printed as 421 5.7.32 on the page)",
      { token: '5.7.32' }),

    // ── 5.1.x / 5.3.x / 5.4.x: addresses, size, sending limits, loops ─────────────────────────────────────────────
    r('5.1.1-no-such-user', 'recipient-unknown', '5.1.1', ['tried to reach does not exist'],
      "550 5.1.1 The email account that you tried to reach does not exist. Please double-check the recipient's email address for typos or unnecessary spaces."),
    r('5.1.2-no-such-domain', 'recipient-domain', '5.1.2', ['able to find the recipient domain'],
      "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address."),
    r('5.1.3-invalid-recipient-address', 'recipient-unknown', '5.1.3', ['valid rfc 5321 address'],
      '553 5.1.3 The recipient address address is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('5.1.7-invalid-sender-address', 'sender-rejected', '5.1.7', ['the sender address', 'valid rfc 5321 address'],
      '553 5.1.7 The sender address address is not a valid RFC 5321 address. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('5.2.3-size', 'message-size', '5.2.3', ["google's message size limit"],
      "552 5.2.3 Your message exceeded Google's message size limits. For more information, visit Send attachments with your Gmail message. (2023 list)"),
    r('5.3.4-size', 'message-size', '5.3.4', ["google's message size limit"],
      "552 5.3.4 Your message exceeded Google's message size limits. / The size of your message (size bytes) exceeded Google's message size limits of limit bytes."),
    r('5.3.4-attachments', 'message-size', '5.3.4', ['the number of attachments', "exceeds google's limit of"],
      "552 5.3.4 The number of attachments (num-attachments) exceeds Google's limit of limit attachments."),
    r('5.3.4-header-size', 'message-size', '5.3.4', ["google's message header size limit", 'per individual header size', "google's header name limit", 'subject: header that exceeds'],
      "552 5.3.4 Your message exceeded Google's message header size limits. / The size of the header name header value (size bytes) exceeds Google's limit of limit bytes per individual header size. / The size of a header name (size bytes) exceeds Google's header name limit of limit bytes. / Your message has a Subject: header that exceeds Google's message header size limits."),
    accountLimit(r('5.4.5-daily-user-limit', 'rate-limit', '5.4.5', ['daily user sending limit exceeded', 'daily sending quota exceeded'],
      '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to Gmail sending limits. (2023: Daily sending quota exceeded.)')),
    accountLimit(r('5.4.5-daily-relay-limit', 'rate-limit', '5.4.5', ['daily smtp relay limit exceeded'],
      '550 5.4.5 Daily SMTP relay limit exceeded for user. For more information on SMTP relay sending limits, contact your administrator or go to SMTP relay service error messages.')),
    r('5.4.6-mail-loop', 'remote-error', '5.4.6', ['exceeded 50 hops'],
      '554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.', { variant: MAIL_HOPS }),
    r('5.6.0-mail-loop', 'remote-error', '5.6.0', ['exceeded 50 hops'],
      '554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop. (2023 list)', { variant: MAIL_HOPS }),

    // ── 5.5.x: SMTP sequence and syntax ────────────────────────────────────────────────────────────────────────────
    r('5.5.1-bad-sequence', 'protocol', '5.5.1', ['bad sequence of commands'],
      '503 5.5.1 Bad sequence of commands. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('5.5.1-unimplemented', 'protocol', '5.5.1', ['unimplemented command'],
      '502 5.5.1 Unimplemented command.'),
    r('5.5.1-unrecognized', 'protocol', '5.5.1', ['unrecognized command'],
      '502 5.5.1 Unrecognized command.'),
    r('5.5.1-too-many-unrecognized', 'protocol', '5.5.1', ['too many unrecognized commands'],
      '502 5.5.1 Too many unrecognized commands, goodbye.'),
    r('5.5.1-no-data-after-bdat', 'protocol', '5.5.1', ['no data after bdat'],
      '503 5.5.1 No DATA after BDAT. An email transaction protocol command was issued out of sequence.'),
    r('5.5.1-ehlo-first', 'protocol', '5.5.1', ['ehlo/helo first'],
      '503 5.5.1 EHLO/HELO first. An email transaction protocol command was issued out of sequence.'),
    r('5.5.1-mail-first', 'protocol', '5.5.1', ['mail first. a mail transaction', 'command was issued out of sequence'],
      '503 5.5.1 MAIL first. A mail transaction protocol command was issued out of sequence. (2025: An email transaction protocol command was issued out of sequence.)'),
    r('5.5.1-rcpt-first', 'protocol', '5.5.1', ['rcpt first'],
      '503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence.'),
    r('5.5.1-starttls-repeated', 'protocol', '5.5.1', ['starttls may not be repeated'],
      '454 5.5.1 STARTTLS may not be repeated. (2023 list)'),
    r('5.5.2-cannot-decode', 'protocol', '5.5.2', ['cannot decode response'],
      '501 5.5.2 Syntax error, cannot decode response. For more information, go to About SMTP error messages.'),
    r('5.5.2-syntax-error', 'protocol', '5.5.2', ['syntax error, goodbye', 'syntax error. for more information'],
      '555 5.5.2 Syntax error. / 555 5.5.2 Syntax error, goodbye. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('5.5.3-too-many-recipients', 'rate-limit', '5.5.3', ['too many recipients for this sender'],
      '550 5.5.3 Too many recipients for this sender. For more information, go to About SMTP error messages and review RFC 5321 specifications.'),
    r('5.5.4-helo-invalid', 'protocol', '5.5.4', ['helo/ehlo argument'],
      '501 5.5.4 HELO/EHLO argument argument invalid closing connection. / 501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection. For more information, go to HELO/EHLO email error.',
      { variant: HELO_NAME }),
    r('5.5.4-optional-argument', 'protocol', '5.5.4', ['optional argument not permitted'],
      '535 5.5.4 Optional Argument not permitted for that AUTH mode. (2023 list)'),
    r('5.6.0-malformed', 'message-format', '5.6.0', ['message is malformed'],
      '554 5.6.0 Email message is malformed. Not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications. (2024: Mail message is malformed. Not accepted.)'),

    // ── 5.7.0: security, relay, authentication ─────────────────────────────────────────────────────────────────────
    // "Potential security issue": Google's reference sends the sender to "File types blocked in Gmail" — file types (and
    // archives, macros, links) refused for what they could carry, whatever they hold: the receiver's content policy
    // (taxonomy.md), not a virus found. Hedged: "potential" also covers an attachment that was found harmful.
    r('5.7.0-security-issue', 'content-policy', '5.7.0', ['content presents a potential security issue'],
      '552 5.7.0 This message was blocked because its content presents a potential security issue. To review our message content and attachment content guidelines, go to File types blocked in Gmail.',
      { hedged: true }),
    r('5.7.0-no-identity-changes', 'protocol', '5.7.0', ['no identity changes permitted'],
      '503 5.7.0 No identity changes permitted. For more information, go to About SMTP error messages.'),
    r('5.7.0-relay-denied', 'relay-denied', '5.7.0', ['relay denied', 'registered within the workspace smtp relay', 'isn\'t registered in your workspace account'],
      "550 5.7.0 Email relay denied ip-address. Invalid credentials for relay for one of the domains in: domain-name (as obtained from HELO and (E)MAIL FROM). Email is being sent from a domain or IP address which isn't registered in your Workspace account. (2023: Mail relay denied.)",
      { source: 'https://support.google.com/a/answer/6140680' }),
    r('5.7.0-relay-account-suspended', 'policy', '5.7.0', ['temporarily suspended due to abuse'],
      '550 5.7.0 Email relay denied ip-address. The sending email account has been temporarily suspended due to abuse. For more information, go to SMTP relay spam policy in Gmail.'),
    r('5.7.0-sending-denied', 'sender-rejected', '5.7.0', ['email sending denied', 'mail sending denied'],
      '550 5.7.0 Email sending denied. For more information, go to SMTP relay service error messages. (2023: Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.)',
      { source: 'https://support.google.com/a/answer/6140680' }),
    r('5.7.0-unauthenticated-commands', 'protocol', '5.7.0', ['too many unauthenticated commands'],
      '554 5.7.0 Too many unauthenticated commands. For more information, go to About SMTP error messages.'),
    r('5.7.0-authentication-required', 'auth-required', '5.7.0', ['authentication required'],
      "530 5.7.0 Authentication required. For more information, go to Can't sign in to your Google Account."),
    r('5.5.1-authentication-required', 'auth-required', '5.5.1', ['authentication required'],
      "530 5.5.1 Authentication Required. For more information, visit Can't sign in to your Google Account. (2023 list)"),
    r('5.7.0-starttls-first', 'tls-required', '5.7.0', ['must issue a starttls command first'],
      '530 5.7.0 Must issue a STARTTLS command first. For more information, go to About SMTP error messages and review RFC 3207 specifications.',
      { variant: STARTTLS_FIRST }),

    // ── 5.7.1 ───────────────────────────────────────────────────────────────────────────────────────────────────────
    // "(or from)": the rule may be the recipient's or the sender's administrator's (a gcdp rule), so only "policy".
    r('5.7.1-domain-policy', 'policy', '5.7.1', ['has a policy that prohibit', 'to (or from) has a policy'],
      '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the email that you sent. Contact your domain administrator for assistance. For more information, go to Sorry, a policy is in place that prevents your message from being sent.'),
    r('5.7.1-invalid-credentials-for-relay', 'relay-denied', '5.7.1', ['invalid credentials for relay'],
      "550 5.7.1 Invalid credentials for relay ip-address. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
      { source: 'https://support.google.com/a/answer/6140680' }),
    r('5.7.1-likely-unsolicited', 'spam', '5.7.1', ['likely unsolicited email', 'likely unsolicited mail'],
      '550 5.7.1 This message is likely unsolicited email. To reduce the amount of spam sent to Gmail, this message has been blocked. (2023: Our system has detected that this message is likely unsolicited mail.)'),
    r('5.7.1-unusual-rate-unsolicited', 'reputation', '5.7.1', ['unusual rate of unsolicited mail', 'unusual rate of unsolicited email'],
      '550 5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been blocked. (2023 list)'),
    r('5.7.1-ipv6-guidelines', 'ptr', '5.7.1', ['ipv6 sending guidelines'],
      '550 5.7.1 This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to Email sender guidelines.'),
    r('5.7.1-low-reputation-ip', 'reputation', '5.7.1', ['low reputation of the sending ip'],
      '550 5.7.1 This message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked.'),
    r('5.7.1-low-reputation-domain', 'reputation', '5.7.1', ['low reputation of the sending domain'],
      '550 5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.'),
    r('5.7.1-from-missing-address', 'message-format', '5.7.1', ['missing a valid address in'],
      '550 5.7.1 Messages missing a valid address in the From: header, or having no From: header, are not accepted.'),
    r('5.7.1-message-id-missing', 'message-format', '5.7.1', ['missing a valid message-id'],
      '550 5.7.1 Messages missing a valid Message-ID: header are not accepted.'),
    r('5.7.1-multiple-from-addresses', 'message-format', '5.7.1', ['multiple addresses in the from'],
      '550 5.7.1 Messages with multiple addresses in the From: header are not accepted.'),
    r('5.7.1-unicode-header', 'message-format', '5.7.1', ['unicode character in a disallowed header'],
      '550 5.7.1 The message contains a unicode character in a disallowed header. To review our message and header content guidelines, go to File types blocked in Gmail.'),
    r('5.7.1-duplicate-headers', 'message-format', '5.7.1', ['it has duplicate headers'],
      '550 5.7.1 This message is not RFC 5322 compliant because it has duplicate headers. To reduce the amount of spam sent to Gmail, this message has been blocked.'),
    r('5.7.1-from-header-missing', 'message-format', '5.7.1', ['the from: header is missing'],
      '550 5.7.1 This message is not RFC 5322 compliant because the From: header is missing.'),
    r('5.7.1-multiple-from-headers', 'message-format', '5.7.1', ['it has multiple from: headers'],
      '550 5.7.1 This message is not RFC 5322 compliant because it has multiple From: headers.'),
    r('5.7.1-from-domain-noncompliant', 'message-format', '5.7.1', ['has a non-compliant domain name'],
      '550 5.7.1 This message is not RFC 5322 compliant because the From: header has a non-compliant domain name.'),
    r('5.7.1-encoded-word', 'message-format', '5.7.1', ['encoded-word syntax is not permitted'],
      '550 5.7.1 Encoded-word syntax is not permitted in message header header-name. To reduce the amount of spam sent to Gmail, this message has been blocked.'),
    r('5.7.1-multiple-headers', 'message-format', '5.7.1', ['compliant. there are multiple'],
      '550 5.7.1 This message is not RFC 5322 compliant. There are multiple header-name headers.'),
    r('5.7.1-malformed-header', 'message-format', '5.7.1', ['compliant. there is a malformed'],
      '550 5.7.1 This message is not RFC 5322 compliant. There is a malformed header-name header.'),
    r('5.7.1-rate-limited', 'rate-limit', '5.7.1', ['rate limited. for more information'],
      '550 5.7.1 This email has been rate limited. For more information, go to Limits for sending & getting email.'),
    // Documented as: use the SMTP relay of your provider (the IP is not one that may deliver directly).
    r('5.7.1-not-authorized-directly', 'ip-blocklist', '5.7.1', ['not authorized to send email directly', 'smtp relay at your service provider'],
      "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead."),
    accountLimit(r('5.7.1-daily-relay-limit', 'rate-limit', '5.7.1', ['daily smtp relay sending limit exceeded', 'daily smtp relay limit exceeded'],
      '550 5.7.1 Daily SMTP relay sending limit exceeded for this customer. For more information on SMTP relay sending limits, contact your administrator or visit SMTP relay service error messages. (2023: Daily SMTP relay limit exceeded for customer.)')),
    r('5.7.1-unauthenticated-domain', 'unauthenticated', '5.7.1', ['unauthenticated email is not accepted from'],
      '550 5.7.1 Unauthenticated email is not accepted from this domain. (2023 list)'),

    // ── 5.7.1x / 5.7.4 / 5.7.8 / 5.7.9: SMTP AUTH and STARTTLS ────────────────────────────────────────────────────
    r('5.7.10-pipeline-after-starttls', 'protocol', '5.7.10', ['pipeline after starttls'],
      '523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS. For more information, go to About SMTP error messages and review RFC 3207 specifications.'),
    r('5.7.11-no-parameters', 'protocol', '5.7.11', ['syntax error (no parameters allowed)'],
      '501 5.7.11 Syntax error (no parameters allowed). For more information, go to About SMTP error messages and review RFC 3207 specifications.'),
    r('5.7.14-web-login', 'auth-required', '5.7.14', ['log in through your web browser'],
      "534 5.7.14 Please log in through your web browser and then try again. For more information, go to Can't sign in to your Google Account."),
    r('5.7.4-auth-type', 'auth-required', '5.7.4', ['unrecognized authentication type', 'xoauth is no longer supported'],
      '504 5.7.4 Unrecognized authentication type. / 504 5.7.4 XOAUTH is no longer supported. For more information, go to OAuth 2.0 Mechanism for Google Developers.'),
    r('5.7.8-bad-credentials', 'auth-required', '5.7.8', ['username and password not accepted'],
      "535 5.7.8 Username and Password not accepted. For more information, go to Can't sign in to your Google Account. (2023: 535 5.7.1)"),
    r('5.7.9-app-password', 'auth-required', '5.7.9', ['application-specific password required'],
      '534 5.7.9 Application-specific password required. For more information, go to Sign in with app passwords. (2023: 535 5.7.1)'),
    r('5.7.9-web-login', 'auth-required', '5.7.9', ['log in with your web browser'],
      "534 5.7.9 Please log in with your web browser and then try again. For more information, go to Can't sign in to your Google Account. (2023: 535 5.7.1)"),

    // ── 5.7.2x–5.7.40: authentication and bulk-sender requirements (permanent) ─────────────────────────────────────
    r('5.7.24-spf-suspicious', 'spf', '5.7.24', ['spf record of the sending domain', 'one or more suspicious entries'],
      '550 5.7.24 The SPF record of the sending domain has one or more suspicious entries. For more information, go to Email sender guidelines.'),
    r('5.7.25-ptr', 'ptr', '5.7.25', ['ip addresses have a ptr record', 'missing ptr records', 'ip address of the hostname specified', 'does not have a ptr record'],
      "550 5.7.25 This message was blocked because the sending IP address doesn't have a PTR record, or the forwarding DNS entry doesn't reference the sending IP address. Gmail requires that sending IP addresses have a PTR record. (2024: The IP address sending this message does not have a PTR record setup … As a policy, Gmail does not accept messages from IPs with missing PTR records. / The sending IP does not match the IP address of the hostname specified in the pointer (PTR) record.)"),
    r('5.7.26-unauthenticated', 'unauthenticated', '5.7.26', ['the sender is unauthenticated', 'authenticate with either spf or dkim', 'does not have authentication information', 'fails to pass authentication checks'],
      '550 5.7.26 This email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [domain-name] with ip: [ip-address] = did not pass. (2023: This message does not have authentication information or fails to pass authentication checks (SPF or DKIM).)'),
    r('5.7.26-spf-hardfail', 'spf', '5.7.26', ['spf record with a hard fail', 'fails to pass spf checks'],
      '550 5.7.26 The (E)MAIL FROM domain [domain-name] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [ip-address]. To best protect our users from spam and phishing, the message has been blocked. (2023: This message fails to pass SPF checks for an SPF record with a hard fail policy (-all).)'),
    r('5.7.26-dmarc', 'dmarc', '5.7.26', ["due to domain's dmarc policy"],
      "550 5.7.26 Unauthenticated email from domain-name is not accepted due to domain's DMARC policy. Contact the administrator of domain-name domain if this was legitimate email. To learn about the DMARC initiative, go to Control unauthenticated email from your domain."),
    r('5.7.27-spf', 'spf', '5.7.27', ['pass spf authentication', 'authenticate their email with spf', 'blocked because spf does not pass'],
      "550 5.7.27 This message was blocked because it didn't pass SPF authentication. Gmail requires bulk email senders to authenticate their email with SPF. Authentication results: SPF with ip-address = did not pass. (2024: This mail has been blocked because SPF does not pass. Gmail requires all large senders to authenticate with SPF.)"),
    r('5.7.28-unusual-rate', 'reputation', '5.7.28', ['unusual rate of unsolicited email', 'unusual rate of unsolicited mail'],
      '550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked.'),
    r('5.7.28-dkim-2024', 'dkim', '5.7.28', ['blocked because dkim does not pass'],
      '550 5.7.28 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM. Authentication results: DKIM = did not pass. (2024 copy of the page; the code is 5.7.30 since)'),
    r('5.7.29-tls', 'tls-required', '5.7.29', ['sent over a tls connection', 'senders to use tls/ssl'],
      "550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections."),
    r('5.7.30-dkim', 'dkim', '5.7.30', ['pass dkim authentication', 'authenticate their email with dkim'],
      "550 5.7.30 This message was blocked because it didn't pass DKIM authentication. Gmail requires bulk email senders to authenticate their email with DKIM. Authentication results: DKIM = did not pass."),
    r('5.7.40-dmarc-record', 'dmarc', '5.7.40', ['dmarc record or the dmarc', 'specify a dmarc policy', 'add a dmarc record'],
      "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record or the DMARC record doesn't specify a DMARC policy. Gmail requires all bulk email senders to add a DMARC record to their sending domain.",
      { token: '5.7.40' }),
  ],
};

/**
 * Gmail's own words in the notice it sends when it could not deliver (the headline and sentence above "The response
 * from the remote server was:"): what a user most often pastes or selects. Gmail publishes no list of them; the texts
 * are those of real notices, quoted with their public sources in ../shared/docs/webmail.md §1.4 (xen-devel 2025-07-23,
 * linux-media 2022-03, qemu-devel 2022-10-31), and Sisimai's Google Workspace detector matches the same sentences (its
 * code, not its mails, is the citation). The sentence says what Gmail concluded from the remote reply, so it
 * weighs as a documented phrase: the remote server's own reply, when it is there too, is read beside it.
 */
const NOTICE = 'sisimai/p5-sisimai lib/Sisimai/Lhost/GoogleWorkspace.pm and Lhost/Gmail.pm (the notice sentences they detect; real notices in shared/docs/webmail.md §1.4)';
const WS_SENDING_LIMITS = 'https://support.google.com/a/answer/166852';
const n = (id: string, category: Category, phrases: readonly string[], text: string): KnownReply => ({ id: `gmail-notice.${id}`, category, phrases, text, source: NOTICE });

export const GMAIL_NOTICE: KnowledgeSource = {
  id: 'gmail-notice',
  name: "Gmail's delivery notice",
  kind: 'mailbox-provider',
  replies: [
    n('address-not-found', 'recipient-unknown', ["because the address couldn't be found", 'or is unable to receive mail'],
      "Address not found — Your message wasn't delivered to x@example.org because the address couldn't be found, or is unable to receive mail."),
    n('domain-not-found', 'recipient-domain', ["couldn't be found. check for typos", "couldn't be found. check for typos or unnecessary spaces"],
      "Address not found — Your message wasn't delivered to x@example.comn because the domain example.comn couldn't be found. Check for typos or unnecessary spaces and try again."),
    // The older notice ("Technical details of permanent failure: DNS Error: …"), where Gmail's own DNS lookup failed.
    n('dns-domain-not-found', 'recipient-domain', ['dns error: domain name not found', 'dns server returned answer with no data'],
      'Technical details of permanent failure: DNS Error: Domain name not found (also "DNS Error: DNS server returned answer with no data": the domain has no MX or address record)'),
    n('dns-no-contact', 'network', ['could not contact dns servers'],
      'Technical details of temporary failure: DNS Error: Could not contact DNS servers'),
    // The sender's own Gmail account over its sending limits (support.google.com/a/answer/166852, "Gmail sending limits in
    // Google Workspace": "If your users exceed an email sending limit, they'll get an error message, such as: …"; the
    // localized twins are in localized-help.ts). Sending resumes within 24 hours.
    { ...accountLimit(n('sending-limit', 'rate-limit', ['you have reached a limit for sending mail', 'you have reached your gmail sending limit'],
      'You have reached a limit for sending mail. / You have reached your Gmail sending limit. (the sending account is over its daily limit)')), source: WS_SENDING_LIMITS },
    { ...n('max-recipients', 'rate-limit', ['you have exceeded the maximum number of recipients'],
      'You have exceeded the maximum number of recipients. (more recipients in a message or a day than the account may send to)'), source: WS_SENDING_LIMITS },
    n('inbox-full', 'mailbox-full', ['their inbox is full'],
      "Your message couldn't be delivered to x@example.org. Their inbox is full, or it's getting too much mail right now."),
  ],
};
