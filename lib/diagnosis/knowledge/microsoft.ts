/**
 * Microsoft: Exchange Online / Microsoft 365 / Exchange Online Protection / Outlook.com (MICROSOFT), and Exchange Server
 * on-premises where its replies differ (EXCHANGE_ONPREM).
 *
 * Sources, in order of weight:
 * - "Email non-delivery reports and SMTP errors in Exchange Online" and every per-code article next to it
 *   (learn.microsoft.com/exchange/troubleshoot/email-delivery/ndr/…; read from MicrosoftDocs/SupportArticles-docs,
 *   Exchange/ExchangeOnline/email-delivery/ndr/*.md, latest stored versions incl. the 2024 table with 4.4.8, 4.7.5,
 *   5.4.8, 5.7.5 and 5.7.800, and the 2026 table (ms.date 01/07/2026) with 5.7.232, 5.7.233 and 5.7.236), the
 *   connector articles (ATTR35, ATTR36) and the SMTP submission articles.
 * - Microsoft Defender for Office 365 pages (delist portal / 5.7.511, external senders troubleshooting, restricted
 *   users / 5.1.8, outbound spam policy / 5.7.520), read from MicrosoftDocs/defender-docs.
 * - Microsoft Support "Fix NDR error 550 5.7.515 in Outlook.com" (high-volume sender requirements).
 * - "DSNs and NDRs in Exchange Server" (Exchange 2016/2019) and the Exchange Server antispam agent pages (recipient,
 *   sender and attachment filtering), read from the OfficeDocs-Exchange sources.
 * - Internal codes (RESOLVER.*, STOREDRV.*, …) only where Microsoft's own pages name them: a decompiled copy of
 *   Exchange is not a source we use.
 *
 * Not included, because no Microsoft text could be opened (see the report that came with this file): the Outlook.com
 * postmaster codes SC-001, SC-003, SC-004, OU-001, OU-002, DY-001, DY-002, RP-001…RP-003 (the troubleshooting page
 * sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx is not in the stored corpora), 4.7.651, 5.7.350
 * (a wrapper, "Remote server returned message detected as spam -> <remote reply>", whose meaning is the remote reply).
 * S3140, S3150 and 4.7.650 are included with the secondary that quotes them named in `source`.
 */
import type { Category } from '../types';
import { accountLimit, HELO_NAME, SENDER_LOGIN_MISMATCH, SERVICE_HOLD, SMTP_AUTH_OFF, TENANT_UNREGISTERED_DOMAIN, MAIL_HOPS } from './entry';
import type { KnownReply, KnowledgeSource } from './types';

const TS = 'https://learn.microsoft.com/en-us/exchange/troubleshoot/';
const NDR = `${TS}email-delivery/ndr/non-delivery-reports-in-exchange-online`;
const ndr = (slug: string): string => `${TS}email-delivery/ndr/${slug}`;
const P_447 = ndr('fix-error-code-550-4-4-7-in-exchange-online');
const P_0350 = ndr('fix-error-code-550-5-0-350-in-exchange-online');
const P_510 = ndr('fix-error-code-550-5-1-0-in-exchange-online');
const P_5110 = ndr('fix-error-code-550-5-1-10-in-exchange-online');
const P_541 = ndr('fix-error-code-550-5-4-1-in-exchange-online');
const P_546 = ndr('fix-error-code-5-4-6-through-5-4-20-in-exchange-online');
const P_571 = ndr('fix-error-code-550-5-7-1-in-exchange-online');
const P_5757 = ndr('fix-error-code-5-7-57-in-exchange-online');
const P_5764 = ndr('fix-error-code-5-7-64-in-exchange-online');
const P_570X = ndr('fix-error-codes-550-5-7-703-550-5-7-705-550-5-7-708-550-5-7-750');
const P_ASXXX = ndr('fix-error-code-451-4-7-500-699-asxxx-in-exchange-online');
const P_QUOTA = ndr('fix-error-for-submission-quota-exceeded-in-exchange-online');
const P_PRINTERS = `${TS}email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off`;
const P_SUBMISSION = `${TS}send-emails/smtp-submission-improvements`;
const P_SMTP_AUTH = 'https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission';
const P_THROTTLE = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions';
const P_DBEB = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/use-directory-based-edge-blocking';
const DEF = 'https://learn.microsoft.com/en-us/defender-office-365/';
const P_DELIST = `${DEF}external-senders-use-the-delist-portal-to-unblock-yourself`;
const P_EXT_SENDERS = `${DEF}external-senders-mail-flow-troubleshooting`;
const P_FORWARDING = `${DEF}outbound-spam-policies-external-email-forwarding`;
const P_RESTRICTED = `${DEF}outbound-spam-restore-restricted-users`;
const P_515 = 'https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef';
const OLC = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';
const SISIMAI = 'sisimai/p5-sisimai lib/Sisimai/Rhost/Microsoft.pm';
/** A Microsoft Knowledge Base article as archived in jeffpar/kbarchive (kb/NNN/QNNNNNN/README.md). */
const KBA = (path: string): string => `Microsoft KB ${path.slice(path.indexOf('/Q') + 1)} (https://github.com/jeffpar/kbarchive/blob/HEAD/kb/${path}/README.md)`;
const KB_284204 = 'Microsoft KB 284204 (Delivery status notifications in Exchange Server and in Small Business Server; archived at https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/284/204.HTM)';

const reply =
  (prefix: string, defaultSource: string) =>
  (
    id: string,
    category: Category,
    status: string | undefined,
    phrases: readonly string[],
    text: string,
    extra: { token?: string; source?: string; symptom?: boolean; hedged?: boolean; variant?: string } = {},
  ): KnownReply => ({
    id: `${prefix}.${id}`,
    category,
    ...(status ? { status } : {}),
    phrases,
    text,
    source: extra.source ?? defaultSource,
    ...(extra.token ? { token: extra.token } : {}),
    ...(extra.symptom ? { symptom: true } : {}),
    ...(extra.hedged ? { hedged: true } : {}),
    ...(extra.variant ? { variant: extra.variant } : {}),
  });

const m = reply('microsoft', NDR);
const x = reply('exchange', 'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages');

/**
 * X.400's non-delivery diagnostic codes that Exchange's MTA reports (KB 174175, "Some Exchange Server Non-Delivery
 * Report Codes"), those whose name says one category: [code, name as the article lists it, category].
 */
const X400_DIAGNOSTICS: readonly (readonly [number, string, Category])[] = [
  [5, 'maximum-time-expired', 'delivery-timeout'],
  [6, 'encoded-information-types-unsupported', 'message-format'],
  [7, 'content-too-long', 'message-size'],
  [13, 'size-constraint-violation', 'message-size'],
  [14, 'protocol-violation', 'protocol'],
  [15, 'content-type-not-supported', 'message-format'],
  [16, 'too-many-recipients', 'rate-limit'],
  [20, 'line-too-long', 'message-format'],
  [28, 'DL-expansion-prohibited', 'recipient-policy'],
  [29, 'no-DL-submit-permission', 'recipient-policy'],
  [35, 'undeliverable-mail-recipient-unknown', 'recipient-unknown'],
  [40, 'undeliverable-mail-recipient-changed-addr-permanently', 'mailbox-disabled'],
];

export const MICROSOFT: KnowledgeSource = {
  id: 'microsoft',
  name: 'Microsoft (Exchange Online / Microsoft 365 / EOP / Outlook.com)',
  kind: 'mailbox-provider',
  reference: NDR,
  replies: [
    // ── Temporary failures (4.x.x) ────────────────────────────────────────────────────────────────────────────────
    m('4.3.2-recipient-thread-limit', 'rate-limit', '4.3.2', ['recipient thread limit exceeded'],
      "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded — the recipient mailbox is throttled because it's receiving too many messages too quickly."),
    m('4.3.2-concurrent-connections', 'rate-limit', '4.3.2', ['concurrent connections limit exceeded'],
      '432 4.3.2 Concurrent connections limit exceeded. (more than three concurrent SMTP AUTH submission connections for one mailbox)',
      { source: P_SUBMISSION }),
    m('4.4.316-connection-refused', 'network', '4.4.316', ['socket error code 10061'],
      'Connection refused [Message=Socket error code 10061] — attempts to connect to the external server are failing because of a network issue at its location.',
      { token: '4.4.316' }),
    m('4.4.317-untrusted-root', 'tls-required', '4.4.317', ['message=untrustedroot'],
      '450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot] — the remote MTA presented only a leaf certificate; the chain to a trusted root could not be built.',
      { token: '4.4.317', source: ndr('fix-error-code-450-4-4-317-untrusted-root') }),
    m('4.4.7-message-expired', 'delivery-timeout', '4.4.7', ['queue.expired; message expired', 'message expired'],
      '#550 4.4.7 QUEUE.Expired; message expired ## — Exchange Online retried for 24 hours; the destination server was unreachable, unwilling, or timed out.',
      { token: 'QUEUE.Expired', source: P_447 }),
    m('4.4.7-primary-target', 'network', '4.4.7', ['primary target ip address responded with'],
      "450 4.7.0 Proxy session setup failed on Frontend with '451 4.4.0 Primary target IP address responded with …' (recorded with 4.4.7 expirations)",
      // It wraps the reply the next server gave, which says why when it names a cause ("… responded with: 451 5.7.3
      // Cannot achieve Exchange Server authentication"): a symptom, a connection failure only when nothing else is said.
      { source: P_447, symptom: true }),
    m('4.4.7-ambiguous-recipient', 'remote-error', '4.4.7', ['transient failure during recipients lookup'],
      '4.4.7 Transient Failure during recipients lookup AmbiguousRecipientTransientException — several directory objects match the recipient.',
      { token: 'AmbiguousRecipientTransientException', source: P_447 }),
    m('4.4.62-wrong-region', 'network', '4.4.62', ['wrong office 365 region'],
      '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. — the MX record or smart host used an incorrect Office 365 destination.',
      { token: '4.4.62', source: `${TS}connectors/wrong-office-365-region-exo` }),
    m('attr35', 'network', '4.4.62', [], '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35.',
      { token: 'ATTR35', source: `${TS}connectors/wrong-office-365-region-exo` }),
    m('x.4.8-mta-sts-mx', 'tls-required', 'x.4.8', ['failed mta-sts validation'],
      "4.4.8 / 5.4.8 MX hosts of <domain> failed MTA-STS validation — the destination MX host isn't the one expected by the domain's STS policy."),
    m('x.7.5-mta-sts-certificate', 'tls-required', 'x.7.5', ['remote certificate failed mta-sts validation'],
      '4.7.5 / 5.7.5 Remote certificate failed MTA-STS validation. Reason: <validityStatus>'),
    m('4.5.3-too-many-recipients', 'rate-limit', '4.5.3', ['too many recipients'],
      '4.5.3 Too many recipients — more than 200 SMTP envelope recipients from the same domain; the sender must split them and resend.'),
    m('4.7.26-ipv6-unauthenticated', 'unauthenticated', '4.7.26', ['pass either spf or dkim validation', 'message sent over ipv6'],
      'Access denied, a message sent over IPv6 [2a01:111:f200:2004::240] must pass either SPF or DKIM validation, this message is not signed'),
    m('4.7.321-starttls-not-supported', 'tls-required', '4.7.321', ['starttls-not-supported', 'must support tls to receive mail'],
      'starttls-not-supported: Destination mail server must support TLS to receive mail. (DNSSEC passed; no STARTTLS or the TLS handshake failed)',
      { token: '4.7.321' }),
    m('5.7.321-starttls-not-supported', 'tls-required', '5.7.321', ['starttls-not-supported', 'must support tls to receive mail'],
      'starttls-not-supported: Destination mail server must support TLS to receive mail.', { token: '5.7.321' }),
    m('4.7.322-certificate-expired', 'tls-required', '4.7.322', ['certificate-expired', "destination mail server's certificate is expired"],
      "certificate-expired: Destination mail server's certificate is expired.", { token: '4.7.322' }),
    m('5.7.322-certificate-expired', 'tls-required', '5.7.322', ['certificate-expired', "destination mail server's certificate is expired"],
      "certificate-expired: Destination mail server's certificate is expired.", { token: '5.7.322' }),
    m('4.7.323-tlsa-invalid', 'tls-required', '4.7.323', ['tlsa-invalid', 'failed dane validation'],
      'tlsa-invalid: The domain failed DANE validation.', { token: '4.7.323' }),
    m('5.7.323-tlsa-invalid', 'tls-required', '5.7.323', ['tlsa-invalid', 'failed dane validation'],
      'tlsa-invalid: The domain failed DANE validation.', { token: '5.7.323' }),
    m('4.7.324-dnssec-invalid', 'tls-required', '4.7.324', ['dnssec-invalid', 'returned invalid dnssec records'],
      'dnssec-invalid: Destination domain returned invalid DNSSEC records', { token: '4.7.324' }),
    m('5.7.324-dnssec-invalid', 'tls-required', '5.7.324', ['dnssec-invalid', 'returned invalid dnssec records'],
      'dnssec-invalid: Destination domain returned invalid DNSSEC records', { token: '5.7.324' }),
    m('4.7.325-certificate-host-mismatch', 'tls-required', '4.7.325', ['certificate-host-mismatch', 'matching the hostname (dane)'],
      'certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
      { token: '4.7.325' }),
    m('5.7.325-certificate-host-mismatch', 'tls-required', '5.7.325', ['certificate-host-mismatch', 'matching the hostname (dane)'],
      'certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)',
      { token: '5.7.325' }),
    // 451 4.7.500-699 (ASxxx): "IP throttling" of a source that suddenly sends much more than before. The page calls it
    // graylisting too, but what triggers it is volume, and what ends it is sending less while a history builds: a rate
    // limit (taxonomy.md rate-limit), not a test every new sender gets once (greylisting).
    m('4.7.500-699-access-denied-try-later', 'rate-limit', '4.7.500', ['access denied, please try again later'],
      '451 4.7.500-699 (ASxxx) Access denied, please try again later — suspicious activity (a much higher volume than before); sending is temporarily restricted (graylisting / IP throttling) and clears as a sending history builds. Example: 451 4.7.550 Access denied, please try again later.',
      { source: P_ASXXX }),
    // The same words for an IP held back while its activity is evaluated: the same restriction of how much it may send.
    m('4.7.850-899-access-denied-try-later', 'rate-limit', '4.7.850', ['access denied, please try again later'],
      "4.7.850-899 Access denied, please try again later — suspicious activity on the IP; it's temporarily restricted while it's evaluated."),
    m('4.7.500-server-busy', 'rate-limit', '4.7.500', ['server busy. please try again later'],
      '451 4.7.500 Server busy. Please try again later from [192.0.2.2]. (AS761) — a reply of the documented 4.7.500-699 range.',
      { source: `${P_ASXXX} (reply text via ${SISIMAI})` }),
    m('4.7.650-ip-reputation', 'reputation', '4.7.650', ['rate limited due to ip reputation'],
      '451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)',
      { token: '4.7.650', source: `${NDR} (4.7.500-699 range; reply text via ${SISIMAI})` }),

    // ── 5.0.x – 5.3.x ─────────────────────────────────────────────────────────────────────────────────────────────
    m('5.0.350-x-dg-ref', 'message-format', '5.0.350', ['x-dg-ref header is too long'],
      '550 5.0.350 x-dg-ref header is too long — Rich Text (TNEF) message whose attachment makes the X-MS-TNEF-Correlator header line too long.',
      { source: P_0350 }),
    m('5.0.350-as345-nested-attachments', 'content-policy', '5.0.350', ['policy violation detected (as345)'],
      'Requested action not taken: policy violation detected (AS345) — an attachment with 20 or more embedded files.',
      { token: 'AS345', source: P_0350 }),
    m('5.1.0-sender-denied', 'sender-rejected', '5.1.0', ['sender denied'],
      "5.1.0 Sender denied — the destination server won't accept messages from the sender (blocked by the recipient), or a stale legacyExchangeDN.",
      { source: P_510 }),
    m('5.1.0-spf-permanent-error', 'spf', '5.1.0', ['spf permanent error'],
      '550 5.1.0 … Recipient address rejected: SPF Permanent Error. (the SPF record of the sending domain is incomplete)', { source: P_510 }),
    m('5.1.1-bad-destination', 'recipient-unknown', '5.1.1', ['bad destination mailbox address'],
      "5.1.1 Bad destination mailbox address — mistyped address, no such recipient, or a stale Outlook recipient cache entry."),
    m('5.1.1-exrecipnotfound', 'recipient-unknown', '5.1.1', ['resolver.adr.exrecipnotfound'],
      '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ## (bad Auto-Complete / X.500 legacyExchangeDN entry, e.g. IMCEAEX- addresses)',
      { token: 'RESOLVER.ADR.ExRecipNotFound', source: `${TS}email-delivery/ndr/exrecipnotfound-ndr` }),
    m('5.1.8-bad-outbound-sender', 'sender-rejected', '5.1.8', ['bad outbound sender', "weren't recognized as a valid sender"],
      "550 5.1.8 Access denied, bad outbound sender — the sending account was blocked (Restricted entities) for sending too much spam, typically after a compromise. User text: Your message couldn't be delivered because you weren't recognized as a valid sender.",
      { source: P_RESTRICTED }),
    m('5.1.10-recipient-not-found', 'recipient-unknown', '5.1.10', ['not found by smtp address lookup', "wasn't found at"],
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup (user text: <user> wasn\'t found at <domain>)',
      { token: 'RESOLVER.ADR.RecipientNotFound', source: P_5110 }),
    m('5.1.20-multiple-from', 'message-format', '5.1.20', ['multiple from addresses are not allowed'],
      '550 5.1.20 Multiple From addresses are not allowed without Sender address',
      { token: '5.1.20', source: ndr('fix-error-code-550-5-1-20-multiple-from-addresses') }),
    accountLimit(m('5.1.90-daily-recipient-limit', 'rate-limit', '5.1.90', ['daily limit for message recipients'],
      "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients", { token: '5.1.90' })),
    m('5.2.0-badprimary', 'remote-error', '5.2.0', ['primary smtp address is missing'],
      "Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid' (external contact misconfigured)",
      { token: 'RESOLVER.ADR.BadPrimary', source: `${TS}email-delivery/ndr/badprimary-ndr` }),
    m('5.2.0-mapiexceptionnotfound', 'remote-error', '5.2.0', ['cannot get id from name'],
      '554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound; Failed to process message due to a permanent exception with message Cannot get ID from name',
      { token: 'MapiExceptionNotFound', source: `${TS}email-delivery/ndr/mapiexceptionnotfound-ndr` }),
    accountLimit(m('5.2.0-submission-quota-exceeded-exception', 'rate-limit', '5.2.0', [],
      '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException (10,000 recipients per day for SMTP AUTH submission)',
      { token: 'SubmissionQuotaExceededException', source: P_SUBMISSION })),
    accountLimit(m('5.2.2-submission-quota', 'rate-limit', '5.2.2', ['submission quota exceeded', "sender's submission quota was exceeded"],
      "5.2.2 Submission quota exceeded / The message can't be submitted because the sender's submission quota was exceeded. (recipient or message rate limit)",
      { source: P_QUOTA })),
    m('5.2.2-recipient-mailbox-full', 'mailbox-full', '5.2.2', ['storedrv.deliver.exception:quotaexceededexception', "recipient's mailbox is full"],
      "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded — The recipient's mailbox is full and can't accept messages now.",
      { source: `${TS}email-delivery/ndr/cannot-send-mail-mepf` }),
    m('5.2.2-sender-mailbox-full', 'sender-rejected', '5.2.2', ['storedrv.submission.exception:quotaexceededexception'],
      '554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded — the sending mailbox is full and blocked from sending.',
      // Not the MAPI exception's name as a token: Exchange names the same exception when it delivers to a recipient
      // over its quota ("STOREDRV.Deliver: mailbox full … MapiExceptionShutoffQuotaExceeded"); "Submission" is the
      // sending mailbox's.
      { source: P_SUBMISSION }),
    m('4.3.2-mailbox-busy-max-items', 'mailbox-full', '4.3.2', ['storagepermanentexception.mapiexceptionmaxobjsexceeded'],
      "Remote Server returned '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; … Cannot complete delivery-time processing.' (a folder reached one million items)",
      { token: 'MapiExceptionMaxObjsExceeded', source: `${TS}email-delivery/ndr/remote-server-returned-mailbox-busy` }),
    m('5.2.121-per-sender-hourly-limit', 'rate-limit', '5.2.121', ['receive limit from specific sender'],
      "5.2.121 Recipient's per hour message receive limit from specific sender exceeded", { token: '5.2.121' }),
    m('5.2.122-recipient-hourly-limit', 'rate-limit', '5.2.122', ['per hour message receive limit exceeded'],
      "5.2.122 Recipient's per hour message receive limit exceeded", { token: '5.2.122' }),
    m('5.2.251-throttled-mailbox-full', 'rate-limit', '5.2.251', ['continuous mailbox full errors'],
      '550 5.2.251 Sender throttled due to continuous mailbox full errors.', { token: '5.2.251', source: P_THROTTLE }),
    // Throttled for what it keeps being refused: sending as an address the mailbox has no Send As permission for. The
    // fix is that permission (5.7.60), not a slower rate.
    m('5.2.252-throttled-send-as', 'sender-rejected', '5.2.252', ['continuous send as denied errors'],
      '550 5.2.252 Sender throttled due to continuous send as denied errors.', { token: '5.2.252', source: P_THROTTLE, variant: SENDER_LOGIN_MISMATCH }),
    m('5.2.253-throttled-license', 'rate-limit', '5.2.253', ['continuous invalid license errors'],
      '550 5.2.253 Sender throttled due to continuous invalid license errors.', { token: '5.2.253', source: P_THROTTLE }),
    m('5.2.254-throttled-too-many-recipients', 'rate-limit', '5.2.254', ['continuous too many recipients errors'],
      '550 5.2.254 Sender throttled due to continuous too many recipients errors.', { token: '5.2.254', source: P_THROTTLE }),
    m('5.2.255-throttled-invalid-recipients', 'rate-limit', '5.2.255', ['continuous invalid recipients errors'],
      '550 5.2.255 Sender throttled due to continuous invalid recipients errors.', { token: '5.2.255', source: P_THROTTLE }),
    m('5.3.190-journaling-archive', 'policy', '5.3.190', ['journaling archive is disabled'],
      '5.3.190 Journaling on-premises messages to Microsoft 365 or Office 365 not supported when Journaling Archive is disabled',
      { token: '5.3.190' }),

    // ── 5.4.x – 5.6.x ─────────────────────────────────────────────────────────────────────────────────────────────
    m('5.4.1-relay-access-denied', 'relay-denied', '5.4.1', ['relay access denied'],
      "#550 5.4.1 Relay Access Denied ## — the server generating the error doesn't accept mail for the recipient's domain (mail server or DNS/MX misconfiguration).",
      { source: P_541 }),
    m('5.4.1-dbeb-recipient-rejected', 'recipient-unknown', '5.4.1', ['recipient address rejected: access denied'],
      "550 5.4.1 [<InvalidAlias>@<Domain>]: Recipient address rejected: Access denied — Directory Based Edge Blocking: the recipient doesn't exist.",
      { source: P_DBEB }),
    m('5.4.14-routing-loop', 'remote-error', '5.4.14', ['routing loop detected', 'possible mail loop'],
      '5.4.14 Hop count exceeded - possible mail loop ATTR34 / Routing loop detected (Exchange Online; accepted domain or hybrid connector misconfiguration)',
      { token: '5.4.14', source: P_546, variant: MAIL_HOPS }),
    m('attr34-mail-loop', 'remote-error', '5.4.14', [], '5.4.14 Hop count exceeded - possible mail loop ATTR34',
      { token: 'ATTR34', source: P_546, variant: MAIL_HOPS }),
    m('5.4.300-message-expired', 'delivery-timeout', '5.4.300', ['message expired'],
      "5.4.300 Message expired — the destination server never responded, or the NDR for the message couldn't be delivered.",
      { token: '5.4.300' }),
    m('5.4.310-dns-domain-does-not-exist', 'recipient-domain', '5.4.310', [],
      '550 5.4.310 DNS domain <domain> does not exist',
      { token: '5.4.310', source: `https://technet.microsoft.com/en-us/library/bb232118 (via ${SISIMAI})` }),
    m('5.5.0-mailbox-unavailable', 'recipient-unknown', '5.5.0', ['requested action not taken: mailbox unavailable'],
      '550 5.5.0 Requested action not taken: mailbox unavailable — the @hotmail.com / @outlook.com recipient wasn\'t found by SMTP address lookup (like 5.1.10).'),
    m('5.6.0-approval-invalid-expiry', 'remote-error', '5.6.0', ['cannot read expiry policy'],
      "Remote Server returned '550 5.6.0 APPROVAL.InvalidExpiry; Cannot read expiry policy. [Stage: OnCreatedEvent][Agent: Approval Processing Agent]' (moderated group without a retention tag for moderation)",
      { token: 'APPROVAL.InvalidExpiry', source: `${TS}email-delivery/ndr/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error` }),
    m('5.6.0-invalid-message-content', 'content-policy', '5.6.0', ['invalid message content'],
      '554 5.6.0 Invalid message content — a transport rule with "Defer the message if rule processing doesn\'t complete" timed out while inspecting an attachment.',
      { source: `${TS}email-delivery/ndr/invalid-message-ndr` }),
    m('5.6.11-bare-line-feeds', 'message-format', '5.6.11', ['bare line feed characters', 'message contains bare linefeeds'],
      '550 5.6.11 Invalid characters — the message contains bare line feeds and the destination server does not support BDAT (chunking).',
      { token: '5.6.11', source: ndr('fix-error-code-550-5-6-11-in-exchange-online') }),
    // The same refusal by the name Exchange's SMTP send gives it ("550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal;
    // message contains bare linefeeds, which cannot be sent via DATA").
    m('5.6.11-bare-line-feeds-name', 'message-format', undefined, [],
      '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA',
      { token: 'SMTPSEND.BareLinefeedsAreIllegal', source: ndr('fix-error-code-550-5-6-11-in-exchange-online') }),

    // ── 5.7.x: authorisation, authentication and permissions ──────────────────────────────────────────────────────
    m('5.7.1-delivery-not-authorized', 'recipient-policy', '5.7.1', ['delivery not authorized'],
      "5.7.1 Delivery not authorized — the sender isn't allowed to send to the recipient (often a group accepting only members or authorized senders; or a transport rule).",
      { source: P_571 }),
    m('5.7.1-permission-or-security-issue', 'recipient-policy', '5.7.1', ['a permission or security issue', 'rejected by a moderator', 'only accept email from certain senders'],
      "Your message wasn't delivered due to a permission or security issue. It might have been rejected by a moderator, the address might only accept email from certain senders, or another restriction might be preventing delivery."),
    m('5.7.1-unable-to-relay', 'relay-denied', '5.7.1', ['unable to relay'],
      "5.7.1 Unable to relay — the receiving system doesn't accept mail for the recipient's domain from this (anonymous) sender.",
      { source: P_571 }),
    m('5.7.1-client-not-authenticated', 'auth-required', '5.7.1', ['client was not authenticated'],
      '530 5.7.1 Client was not authenticated — the receiving email system requires authentication before message submission.',
      { source: P_571 }),
    m('5.7.1-authrequired-public-folder', 'recipient-policy', '5.7.1', ['resolver.rst.authrequired'],
      "Remote Server returned '<xxxxxxxx> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]' (mail-enabled public folder requires authenticated senders)",
      { token: 'RESOLVER.RST.AuthRequired', source: P_571 }),
    m('5.7.1-blocklist-1', 'ip-blocklist', '5.7.1', ['blocked using blocklist 1', 'delist@messaging.microsoft.com'],
      "5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked using Blocklist 1; To request removal from this list please forward this message to delist@messaging.microsoft.com",
      { source: P_571 }),
    m('5.7.1-blocked-by-customer-allow-list', 'ip-blocklist', '5.7.1', ['blocked by customer allow list'],
      '5.7.1. Unable To Relay: Blocked by Customer Allow list — the sending IP is on a real-time blocklist used by EOP (name hidden because the IP is also on the connection filter IP Allow list).',
      { source: `${TS}email-delivery/ndr/unable-to-relay-blocked-by-allow-list` }),
    m('5.7.1-content-restrictions-third-party', 'content-policy', '5.7.1', ['message rejected due to content restrictions'],
      '550 5.7.1 Message rejected due to content restrictions — returned by a third-party anti-spam product: the sender (often something in the signature: URL, domain, phone number) is on its spam signature list.',
      // The article describes one product, whose fix is to take that item out of the message (the signature's link or
      // domain); the words themselves say only that the receiver restricts content, as other filters use them: the
      // receiver's content policy, hedged.
      { source: 'https://support.microsoft.com/help/3024906', hedged: true }),
    m('5.7.3-authentication-unsuccessful', 'auth-required', '5.7.3', ['authentication unsuccessful'],
      '535 5.7.3 Authentication unsuccessful (SMTP AUTH disabled for the mailbox, MFA / security defaults, or legacy authentication blocked)',
      { source: P_PRINTERS }),
    m('5.7.12-external-sender', 'recipient-policy', '5.7.12', ['sender was not authenticated by organization'],
      '550 5.7.12 Sender was not authenticated by organization — the recipient rejects messages from outside its organization.',
      { source: ndr('fix-error-code-5-7-12-in-exchange-online') }),
    m('5.7.13-public-folder', 'recipient-policy', '5.7.13', ['not authenticated for public folder'],
      '550 5.7.13 / 5.7.135 Sender was not authenticated for public folder',
      { source: ndr('fix-error-code-5-7-13-or-5-7-135-in-exchange-online') }),
    m('5.7.23-spf', 'spf', '5.7.23', ['sender policy framework violation'],
      '550 5.7.23 The message was rejected because of Sender Policy Framework violation',
      { source: ndr('fix-error-code-5-7-23-in-exchange-online') }),
    m('5.7.25-ipv6-reverse-dns', 'ptr', '5.7.25', ['must have a reverse dns record'],
      'Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record'),
    m('5.7.57-anonymous-submission', 'auth-required', '5.7.57', ['not authenticated to send anonymous mail', 'client not authenticated to send mail'],
      '550 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM (smtp.office365.com requires SMTP AUTH) / 5.7.57 Client not authenticated to send mail',
      { token: '5.7.57', source: P_5757 }),
    m('5.7.60-send-as-denied', 'sender-rejected', '5.7.60', ['permissions to send as this sender'],
      '5.7.60 SMTP; Client does not have permissions to send as this sender. (the From address differs from the authenticated mailbox)',
      { token: '5.7.60', source: P_PRINTERS, variant: SENDER_LOGIN_MISMATCH }),
    // Exchange's own name for that refusal: its transport API's SmtpResponse.SendAsDenied is "550 5.7.1 Client does not
    // have permission to send as this sender", and the mailbox store raises it as SendAsDeniedException /
    // MapiExceptionSendAsDenied ("554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied").
    m('send-as-denied-exception', 'sender-rejected', undefined, ['client does not have permission to send as this sender'],
      '550 5.7.1 Client does not have permission to send as this sender (SmtpResponse.SendAsDenied; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied)',
      { token: 'MapiExceptionSendAsDenied', source: 'https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)', variant: SENDER_LOGIN_MISMATCH }),
    // …the exception's own name, quoted without its MAPI part ("STOREDRV.Submission.Exception:SendAsDeniedException").
    m('send-as-denied-exception-name', 'sender-rejected', undefined, [],
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException (SmtpResponse.SendAsDenied raised by the mailbox store)',
      { token: 'SendAsDeniedException', source: 'https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)', variant: SENDER_LOGIN_MISMATCH }),
    // …and the name alone, as Exchange Online words its refusal of a submission ("554 5.2.252 SendAsDenied;
    // pat@example.com not allowed to send as kim@example.com; STOREDRV.Submission.Exception:SendAsDeniedException…").
    m('send-as-denied-name', 'sender-rejected', undefined, ['not allowed to send as'],
      '554 5.2.252 SendAsDenied; pat@example.com not allowed to send as kim@example.com (SmtpResponse.SendAsDenied)',
      { token: 'SendAsDenied', source: 'https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2007/aa494038(v=exchg.80)', variant: SENDER_LOGIN_MISMATCH }),
    // Outlook's own NDR when the mailbox has Full Access to a shared mailbox but neither Send As nor Send on Behalf:
    // "This message could not be sent. … You do not have the permission to send the message on behalf of the
    // specified user. Error is [0x80070005-0x0004dc-0x000524]" (0x80070005: access denied).
    m('send-on-behalf-denied', 'sender-rejected', undefined, ['permission to send the message on behalf of the specified user'],
      'This message could not be sent. Try sending the message again later, or contact your network administrator. You do not have the permission to send the message on behalf of the specified user. Error is [0x80070005-0x0004dc-0x000524].',
      { source: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/mailflow/cannot-send-email-with-full-access' }),
    m('5.7.64-tenant-attribution', 'relay-denied', '5.7.64', ['tenantattribution; relay access denied'],
      '550 5.7.64 TenantAttribution; Relay Access Denied — the inbound connector (certificate or IP) no longer matches the on-premises server relaying through Microsoft 365.',
      { token: '5.7.64', source: P_5764 }),
    // Reject Direct Send (Set-OrganizationConfig -RejectDirectSend $true, 2025): the tenant's setting refuses anonymous
    // mail whose envelope sender is one of its own domains and that matches no inbound connector. A policy of the
    // receiving organization, not an SMTP login the server asks for (a connector by certificate or IP also lets it in);
    // the sending device or app must use an authenticated route, or the admin turns the setting off.
    m('5.7.68-direct-send-rejected', 'policy', '5.7.68', ['direct send not allowed for this organization', 'tenantinboundattribution; direct send not allowed'],
      '550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources',
      { token: '5.7.68', source: 'https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790; https://learn.microsoft.com/en-us/powershell/module/exchangepowershell/set-organizationconfig (RejectDirectSend)' }),
    m('attr36-relay', 'relay-denied', '5.7.64', ['relay access denied attr36'],
      '550 5.7.64 Relay Access Denied ATTR36 — neither the sender domain nor a certificate-based connector ties the relayed message to the tenant.',
      { token: 'ATTR36', source: `${TS}connectors/office-365-notice` }),
    m('5.7.124-allowed-senders', 'recipient-policy', '5.7.124', ['sender not in allowed-senders list'],
      "550 5.7.124 Sender not in allowed-senders list (the group's allowed senders)",
      { token: '5.7.124', source: ndr('fix-error-code-5-7-124-in-exchange-online') }),
    m('5.7.129-no-permission', 'recipient-policy', '5.7.129', ["don't have permission to send"],
      "Your message couldn't be delivered to the recipient because you don't have permission to send to it. Ask the recipient's email admin to add you to the accept list for the recipient. (DSN 5.7.129)",
      { token: '5.7.129', source: P_571 }),
    m('5.7.133-group', 'recipient-policy', '5.7.133', ['sender not authenticated for group'],
      '550 5.7.133 Sender not authenticated for group', { token: '5.7.133', source: ndr('fix-error-code-5-7-133-in-exchange-online') }),
    m('5.7.134-mailbox', 'recipient-policy', '5.7.134', ['sender was not authenticated for mailbox'],
      '550 5.7.134 Sender was not authenticated for mailbox', { token: '5.7.134', source: ndr('fix-error-code-5-7-134-in-exchange-online') }),
    m('5.7.135-public-folder', 'recipient-policy', '5.7.135', ['not authenticated for public folder'],
      '550 5.7.135 Sender was not authenticated for public folder',
      { token: '5.7.135', source: ndr('fix-error-code-5-7-13-or-5-7-135-in-exchange-online') }),
    m('5.7.136-mail-user', 'recipient-policy', '5.7.136', [],
      '550 5.7.136 Sender was not authenticated (the recipient is a mail user that rejects senders outside its organization)',
      { token: '5.7.136', source: ndr('fix-error-code-5-7-136-in-exchange-online') }),
    // Tenant / MOERA outbound limits (rows added to the NDR table in 2025–2026).
    accountLimit(m('5.7.232-trial-tenant-external-limit', 'rate-limit', '5.7.232', ['trial tenant has exceeded its daily limit', 'tenant external recipient rate limit'],
      "550 5.7.232 Your message can't be sent because your trial tenant has exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit) — too many external recipients in a rolling 24-hour window; sending resumes when the count drops.",
      { token: '5.7.232' })),
    accountLimit(m('5.7.233-tenant-external-limit', 'rate-limit', '5.7.233', ['tenant exceeded its daily limit', 'tenant has exceeded its daily limit', 'tenant external recipient rate limit'],
      "550 5.7.233 Your message can't be sent because your tenant exceeded its daily limit for sending email to external recipients (tenant external recipient rate limit) — per-tenant external recipient rate limit, rolling 24-hour window.",
      { token: '5.7.233' })),
    m('5.7.236-onmicrosoft-external-limit', 'rate-limit', '5.7.236', ["from your tenant's onmicrosoft.com domains"],
      "550 5.7.236 Your message can't be sent because your tenant has exceeded its daily limit for sending email to external recipients from your tenant's onmicrosoft.com domains — more than 100 external recipients from the MOERA (onmicrosoft.com) domain in a rolling 24 hours.",
      { token: '5.7.236' }),
    // The 5.7.139 replies of SMTP AUTH turned off or blocked, as the SMTP AUTH page lists them.
    m('5.7.139-smtp-auth-disabled', 'auth-required', '5.7.139', ['smtpclientauthentication is disabled', "locked by your organization's security defaults policy", 'basic authentication is disabled'],
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant / for the Mailbox / the request did not meet the criteria to be authenticated successfully / user is locked by your organization's security defaults policy / basic authentication is disabled",
      { source: P_SMTP_AUTH, variant: SMTP_AUTH_OFF }),
    m('5.7.139-federated-sts', 'auth-required', '5.7.139', ['federated sts service was unreachable', 'sts url does not support https'],
      '535 5.7.139 Authentication unsuccessful, federated STS service was unreachable. / the federated STS URL does not support HTTPS.',
      { token: '5.7.139', source: P_PRINTERS }),
    m('5.7.193-microsoft-365-group', 'recipient-policy', '5.7.193', ["sender isn't a group member", 'permitted to send to this group'],
      "550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.",
      { token: '5.7.193', source: ndr('550-5-7-193-when-external-users-send-to-microsoft-365-group') }),
    m('5.7.367-not-permitted-to-relay', 'relay-denied', '5.7.367', ['returned not permitted to relay'],
      '550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied (forwarded/relayed message sent from the relay pool, refused by a downstream gateway)',
      { token: '5.7.367', source: ndr('forwarded-message-rejected-5-7-367-ndr') }),

    // ── 5.7.5xx–5.7.8xx: EOP/Exchange Online Protection verdicts ───────────────────────────────────────────────────
    m('5.7.501-spam-abuse', 'sender-rejected', '5.7.501', ['access denied, spam abuse detected'],
      '5.7.501 Access denied, spam abuse detected — the sending account has been banned due to detected spam activity.', { token: '5.7.501' }),
    m('5.7.502-banned-sender-account', 'sender-rejected', '5.7.502', [],
      '5.7.502 Access denied, banned sender — the sending account has been banned due to detected spam activity.', { token: '5.7.502' }),
    m('5.7.503-banned-sender-account', 'sender-rejected', '5.7.503', [],
      '5.7.503 Access denied, banned sender — the sending account has been banned due to detected spam activity.', { token: '5.7.503' }),
    m('5.7.504-recipient-rejected', 'recipient-unknown', '5.7.504', [],
      "5.7.504 [email@contoso.com]: Recipient address rejected: Access denied — the recipient address isn't valid.", { token: '5.7.504' }),
    m('5.7.505-banned-recipient', 'mailbox-disabled', '5.7.505', ['access denied, banned recipient'],
      "5.7.505 Access denied, banned recipient — the recipient you're attempting to contact isn't valid.", { token: '5.7.505' }),
    m('5.7.506-bad-helo', 'ptr', '5.7.506', ['access denied, bad helo'],
      "5.7.506 Access Denied, Bad HELO — the server introduces itself (HELO) as the server it's connecting to rather than its own FQDN.",
      { token: '5.7.506', variant: HELO_NAME }),
    m('5.7.507-rejected-by-recipient', 'recipient-policy', '5.7.507', ['access denied, rejected by recipient'],
      "5.7.507 Access denied, rejected by recipient — the sending IP has been blocked by the recipient's organization.", { token: '5.7.507' }),
    m('5.7.508-ipv6-range-limit', 'rate-limit', '5.7.508', ['has exceeded permitted limits within'],
      '5.7.508 Access denied, [$SenderIPAddress] has exceeded permitted limits within $range range (IPv6 range sent too many messages too quickly)',
      { token: '5.7.508' }),
    m('5.7.509-dmarc-reject', 'dmarc', '5.7.509', ['does not pass dmarc verification', 'has a dmarc policy of reject'],
      '5.7.509 Access denied, sending domain [$SenderDomain] does not pass DMARC verification and has a DMARC policy of reject.',
      { token: '5.7.509' }),
    m('5.7.510-no-ipv6', 'policy', '5.7.510', ['does not accept email over ipv6'],
      '5.7.510 Access denied, [contoso.com] does not accept email over IPv6', { token: '5.7.510' }),
    m('5.7.511-banned-ip', 'ip-blocklist', '5.7.511', ['forward this message to delist@microsoft.com'],
      '550 5.7.511 Access denied, banned sender[xxx.xxx.xxx.xxx]. To request removal from this list, forward this message to delist@microsoft.com. (the sending IP is banned; the delist portal cannot be used)',
      { token: '5.7.511', source: P_DELIST }),
    m('5.7.512-from-header', 'message-format', '5.7.512', ['rfc 5322 section 3.6.2 compliant'],
      '5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant — sent without a valid From address.', { token: '5.7.512' }),
    m('5.7.513-customer-block-list', 'recipient-policy', '5.7.513', ['using customer block list'],
      "5.7.513 Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607) — the recipient domain added the sending IP to its own blocklist.",
      { token: '5.7.513' }),
    m('as16012607-customer-block-list', 'recipient-policy', '5.7.513', [],
      'Service unavailable, Client host [$ConnectingIP] blocked by $recipientDomain using Customer Block list (AS16012607)', { token: 'AS16012607' }),
    m('5.7.515-authentication-level', 'unauthenticated', '5.7.515', ['meet the required authentication level'],
      '550 5.7.515 Access denied, sending domain <domain> does not meet the required authentication level. (high-volume senders to Outlook.com: SPF and DKIM must pass, DMARC published and aligned)',
      { token: '5.7.515', source: P_515 }),
    // Not a token: Exchange Online also answers 5.7.520 for its outbound spam verdict ("550 5.7.520 Message blocked because
    // it contains content identified as spam. AS(4810)", quoted in public reports), so the status alone does not say
    // which; the words and the AS(7555) code do.
    m('5.7.520-external-forwarding', 'policy', '5.7.520', ['does not allow external forwarding'],
      '5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
      { source: P_FORWARDING }),
    m('as7555-external-forwarding', 'policy', '5.7.520', [],
      '5.7.520 Access denied, Your organization does not allow external forwarding. … AS(7555)', { token: 'AS(7555)', source: P_FORWARDING }),
    m('5.7.606-649-banned-sending-ip', 'ip-blocklist', '5.7.606', ['access denied, banned sending ip'],
      '550 5.7.606-649 Access denied, banned sending IP [IP address]; To request removal from this list please visit https://sender.office.com/ and follow the directions.',
      { token: '5.7.606', source: P_EXT_SENDERS }),
    m('5.7.703-tenant-allow-block-list', 'policy', '5.7.703', ['using tenant allow block list', 'tenant recipient block policy'],
      "5.7.703 Your message can't be delivered because messages to XXX, YYY are blocked by your organization using Tenant Allow Block List.",
      { token: '5.7.703', source: P_570X }),
    // Exchange Online stopping the sender's own organization (its page: after too much spam or bulk mail, or while an
    // expired subscription renews; fix the cause, then ask Microsoft Support to lift the block): the sender's service's
    // hold, not a receiver's judgement, so no delist portal.
    m('5.7.705-tenant-threshold', 'reputation', '5.7.705', ['tenant has exceeded threshold'],
      '5.7.705 Access denied, tenant has exceeded threshold — too much spam or bulk mail from the organization; outgoing mail is blocked.',
      { token: '5.7.705', source: P_570X, variant: SERVICE_HOLD }),
    m('5.7.708-traffic-not-accepted', 'reputation', '5.7.708', ['traffic not accepted from this ip'],
      '5.7.708 Access denied, traffic not accepted from this IP — sent from a low-reputation IP address (typically new or trial tenants).',
      // Like 5.7.705, Exchange Online's refusal of its own tenant's outgoing mail (the page groups them): Microsoft's
      // service holds the sender's organization, not a receiver's IP block that the delist portal lifts.
      { token: '5.7.708', source: P_570X, variant: SERVICE_HOLD }),
    m('5.7.750-unregistered-domain', 'sender-rejected', '5.7.750', ['sending from unregistered domain'],
      '5.7.750 Service unavailable. Client blocked from sending from unregistered domains — large volumes from domains not added and validated as accepted domains.',
      { token: '5.7.750', source: P_570X, variant: TENANT_UNREGISTERED_DOMAIN }),
    m('5.7.800-banned-sender-domain', 'domain-blocklist', '5.7.800', [],
      '5.7.800 Access denied, banned sender — the EHLO, P1 or P2 sender domain of this message has been banned due to detected spam activity.',
      { token: '5.7.800' }),
    m('5.7.51-restrict-domains', 'relay-denied', '5.7.51', ['restrictdomainstoipaddresses or restrictdomainstocertificate'],
      '5.7.51 RestrictDomainsToIPAddresses or RestrictDomainsToCertificate (inbound partner connector restriction)',
      { token: '5.7.51', source: `https://technet.microsoft.com/en-us/library/bb232118 (via ${SISIMAI})` }),

    // ── Outlook.com (consumer) block list codes ─────────────────────────────────────────────────────────────────────
    m('olc-s3140-block-list', 'ip-blocklist', '5.7.1', ['network is on our block list'],
      "550 5.7.1 Unfortunately, messages from [x.x.x.x] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140).",
      { token: 'S3140', source: `${OLC} (via Twilio SendGrid docs, "Blocklist provider insights")` }),
    m('olc-s3150-block-list', 'ip-blocklist', '5.7.1', ['network is on our block list'],
      "550 5.7.1 Unfortunately, messages from [10.0.2.5] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
      { token: 'S3150', source: `${OLC} (via ${SISIMAI})` }),

    // ── Exchange Online / EOP front end: tenant attribution and proxy replies (Exchange's reply table) ─────────────
  ],
};

export const EXCHANGE_ONPREM: KnowledgeSource = {
  id: 'exchange',
  name: 'Microsoft Exchange Server (on-premises)',
  kind: 'mta',
  reference: 'https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages',
  replies: [
    // ── "DSNs and NDRs in Exchange Server" (Exchange 2016/2019) ─────────────────────────────────────────────────
    x('4.3.1-insufficient-resources', 'remote-error', '4.3.1', ['insufficient system resources'],
      '452 4.3.1 Insufficient system resources — free disk space or memory is low on the Exchange server (back pressure).'),
    x('4.3.2-service-not-available', 'remote-error', '4.3.2', ['service not available', 'service not active'],
      '421 4.3.2 Service not available / Service not active — server components inactive, custom Receive connector on port 25 in the Transport service, or an incompatible transport agent.'),
    x('4.4.1-connection-timed-out', 'network', '4.4.1', ['connection timed out'],
      '421 4.4.1 Connection timed out — transient network issues or port 25 restrictions; retried, then returned with a permanent code.'),
    x('4.4.2-connection-dropped', 'network', '4.4.2', ['connection dropped'],
      '421 4.4.2 Connection dropped — transient network or server problems, or antispam / SMTP proxy / firewall blocking.'),
    x('4.4.7-message-delayed', 'delivery-timeout', '4.4.7', ['message delayed', 'queue expired; message expired'],
      '4.4.7 Message delayed / Queue expired; Message expired — Send connector, HELO/FQDN, Mailbox Transport Delivery, TNEF or SPF issues kept the message in the queue.'),
    // Exchange 2000/2003's own notice sentences (Microsoft KB 284204, "Delivery status notifications in Exchange Server
    // and in Small Business Server", which quotes the 5.1.1 one; the 4.4.7 one as Microsoft's and hosts' help pages show
    // it) and Exchange 5.5's MTA expiry (KB 214682).
    x('2003.5.1.1-account-does-not-exist', 'recipient-unknown', '5.1.1', ['e-mail account does not exist at the organization'],
      'The e-mail account does not exist at the organization this message was sent to. Check the e-mail address, or contact the recipient directly to find out the correct address. <server.example.com #5.1.1>',
      { source: KB_284204 }),
    x('2003.4.4.7-time-limit', 'delivery-timeout', '4.4.7', ['in the time limit specified'],
      'Could not deliver the message in the time limit specified. Please retry or contact your administrator. <server.example.com #4.4.7>',
      { source: KB_284204 }),
    // The same notices' sentence for a recipient domain that DNS does not know (a hosting provider's support page shows
    // it with #5.4.0 and explains it: the domain after the @ is not registered, so the address must be checked).
    x('2003.5.4.0-not-in-dns', 'recipient-domain', '5.4.0', ['could not be found in domain name service'],
      'The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. If that fails, contact your administrator. <server.example.com #5.4.0>',
      { source: 'https://snmail.co.uk/support/failure-dns.htm (an Exchange 2000/2003 notice with #5.4.0: "the stated domain is not a registered domain name")' }),
    // Exchange's own reply to a client that did not log in and gives a sender of the organization: the Receive
    // connector does not let anonymous clients send as that sender, so the fix is to authenticate (or to allow that
    // client by its IP on a relay connector) — not the mailbox's Send As permission.
    x('2010.anonymous-send-as-denied', 'auth-required', '5.7.1', ['anonymous client does not have permission to send as this sender', 'anonymous client does not have permissions to send as this sender'],
      '550 5.7.1 Anonymous client does not have permission to send as this sender',
      { source: 'https://learn.microsoft.com/en-us/previous-versions/office/developer/exchange-server-2010/bb204220(v=exchg.140) (SmtpResponse.AnonymousSendAsDenied)' }),
    // Exchange 5.x's notice line for an address its connector or directory did not take (KB 193924 shows it above the
    // IMC's "553 5.1.1 unknown or illegal user"): what failed, so a cause the connector adds after it ("Host Unknown")
    // decides.
    x('5.5.recipient-not-recognized', 'recipient-unknown', undefined, ['the recipient name is not recognized'],
      'The recipient name is not recognized MSEXCH:IMC:Organization:Site:Server',
      { source: 'Microsoft KB 193924, XFOR: Non-Delivery Report: Unknown Or Illegal User (archived at https://ftp.zx.net.nz/pub/archive/ftp.microsoft.com/MISC/KB/en-us/193/924.HTM)', symptom: true }),
    x('5.5.mta-expired', 'delivery-timeout', undefined, ['maximum time for delivering the message expired'],
      'The maximum time for delivering the message expired MSEXCH:MSExchangeMTA:Site:Server',
      { source: 'Microsoft KB 214682, XCON: MTA Deferred Delivery Message Generates NDR: Maximum Time for Delivering the Message Has Expired (http://support.microsoft.com/kb/214682/EN-US/)' }),
    // Exchange 4.0–5.5's other notice lines, each quoted by the Knowledge Base article that explains it. The MTA words
    // its lines from X.400's non-delivery diagnostic codes (KB 174175 lists them: MTS-congestion, content-syntax-error,
    // unrecognized-OR-name …); the Internet Mail Service words its own refusals.
    x('5.5.mts-congestion', 'remote-error', undefined, ['congestion in the message transfer service'],
      'The recipient could not be processed due to congestion in the message transfer service MSEXCH:MSExchangeMTA:Site:Server',
      { source: `${KBA('154/Q154537')} (a distribution list whose expansion server was removed; X.400 MTS-congestion, ${KBA('174/Q174175')})` }),
    // The X.400 code for content the converter could not read: what failed, so a cause the Internet Mail Service adds
    // after it decides ("Message exceeds size limit", KB 257264).
    x('5.5.content-syntax-error', 'message-format', undefined, ['syntax error was detected in the content of the message'],
      'A syntax error was detected in the content of the message MSEXCH:IMC:Organization:Site:Server',
      { source: `${KBA('196/Q196920')} (an embedded message the Internet Mail Connector could not convert); ${KBA('257/Q257264')}`, symptom: true }),
    x('5.5.or-name-unrecognized', 'recipient-unknown', undefined, ['or name (email address) unrecognized', 'unrecognized-or-name'],
      'Delivery failed to X400:C=US;A=;P=Organization;O=Site;S=Surname Reason: 1 (transfer impossible) diagnostic: 0 (OR name (Email address) unrecognized).',
      { source: `${KBA('162/Q162017')} (an X.400 address that names no recipient); X.400 diagnostic code 0, ${KBA('174/Q174175')}` }),
    // The rest of the MTA's diagnostic codes whose meaning is one category, as the MTA prints them in its notice
    // ("Reason: 1 (transfer impossible) diagnostic: 15 (unsupported content type)"): matched by the number after
    // "diagnostic:", and by the code's name as KB 174175 lists it. (Not 1 ambiguous-OR-name, 3 loop-detected,
    // 4 recipient-unavailable: which side acts is not in the name.)
    ...X400_DIAGNOSTICS.map(([code, name, category]) =>
      x(`5.5.x400-diagnostic-${code}`, category, undefined, [`diagnostic: ${code} (`, name.toLowerCase()],
        `Delivery failed to X400:C=US;A=;P=Organization;O=Site;S=Surname Reason: 1 (transfer impossible) diagnostic: ${code} (${name})`,
        { source: `X.400 non-delivery diagnostic code ${code}, ${name}: ${KBA('174/Q174175')}` })),
    x('5.5.no-create-permission', 'recipient-policy', undefined, ['do not have create permissions on this folder'],
      'The message could not be delivered because you do not have create permissions on this folder or it is only available to the owner MSEXCH:MSExchangeIS:Site:Server',
      { source: `${KBA('198/Q198450')} (a public folder's permissions do not let the sender post to it)` }),
    // X.400's reason code 5, restricted-delivery (KB 174175): the recipient's delivery restrictions ("Accept messages
    // from", "Reject messages from") do not let this sender reach it.
    x('5.5.restricted-delivery', 'recipient-policy', undefined, ['a restriction in the system prevented delivery'],
      'A restriction in the system prevented delivery of the message. MSEXCH:MSExchangeMTA:Site:Server',
      { source: `${KBA('250/Q250521')} (a recipient whose delivery restrictions reject the sender); ${KBA('174/Q174175')}` }),
    x('5.5.redirection-prohibited', 'recipient-policy', undefined, ['originator prohibited redirection to an alternate recipient'],
      'Unable to deliver the message because the originator prohibited redirection to an alternate recipient or the message was encrypted MSEXCH:MSExchangeMTA:Site:Server',
      { source: `${KBA('178/Q178161')} (a private message is not redirected to the recipient's alternate recipient)` }),
    // The Internet Mail Service's refusals: relaying for a client its routing restrictions do not allow, and a sender
    // address the client's logged-in account does not own (its anti-spoofing check).
    x('5.5.relaying-prohibited', 'relay-denied', undefined, ['relaying is prohibited'],
      '550 Relaying is prohibited',
      { source: `${KBA('251/Q251283')} (a web server's IP not allowed to relay through the Internet Mail Service)` }),
    x('5.5.originator-not-authenticated', 'sender-rejected', undefined, ['originator address does not match authentication credential', 'did not have permission to use the originator address'],
      '554 Originator address does not match authentication credentials',
      { source: `${KBA('186/Q186134')} (the client's sender address is not one of its logged-in account's addresses)` }),
    x('5.1.0-sender-filter', 'sender-rejected', '5.1.0', ['sender denied'],
      '554 5.1.0 Sender Denied — the MAIL FROM sender is on the Sender Filter agent\'s blocked senders list (or the reply-to-exported-message / legacyExchangeDN cases).',
      { source: 'https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/sender-filtering' }),
    x('5.1.1-user-unknown', 'recipient-unknown', '5.1.1', ['user unknown'],
      '550 5.1.1 User unknown — the recipient is on the Recipient Block list or not found by Recipient Lookup; or the address does not exist.',
      { source: 'https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/recipient-filtering' }),
    x('5.1.3-invalid-recipient-address', 'recipient-unknown', '5.1.3', ['storedrv.submit; invalid recipient address'],
      '550 5.1.3 STOREDRV.Submit; invalid recipient address — unsupported characters or invalid formatting.'),
    // The same NDR's words for the sender, above the administrators' section: a real NDR quotes both (Exchange 2010,
    // https://pastebin.com/xDyqbwiW: "The format of the e-mail address isn't correct. A correct address looks like this:
    // someone@example.com. … #550 5.1.3 STOREDRV.Submit; invalid recipient address #SMTP#").
    x('5.1.3-format-not-correct', 'recipient-unknown', undefined, ["format of the email address isn't correct", 'a correct address looks like this'],
      "The format of the email address isn't correct. A correct address looks like this: someone@example.com. Please check the recipient's email address and try to resend the message. (NDR text of 550 5.1.3 STOREDRV.Submit; invalid recipient address)",
      { source: 'https://pastebin.com/xDyqbwiW' }),
    x('5.1.4-rfc2606-reserved', 'recipient-domain', '5.1.4', ['recipient address reserved by rfc 2606'],
      '5.1.4 / 5.1.5 Recipient address reserved by RFC 2606 (.test, .example, .invalid, .localhost; example.com/.net/.org)'),
    x('5.1.6-single-label-domain', 'recipient-domain', '5.1.6', ['single label domains not accepted'],
      '5.1.6 Recipient addresses in single label domains not accepted'),
    x('5.1.7-unknown-sender-address', 'sender-rejected', '5.1.7', ['unknown sender address'],
      "5.1.7 Invalid address / Unknown sender address — there's a problem with the sender's email address."),
    // Exchange Server documents 5.1.8 as a message rate limit (Exchange Online: account blocked for spam).
    x('5.1.8-rate-limit', 'rate-limit', '5.1.8', ['bad outbound sender'],
      '5.1.8 Access denied, bad outbound sender — the sender exceeded a message rate limit (for example, an application server relaying many messages through Exchange).'),
    x('5.2.1-content-filter-quarantine', 'spam', '5.2.1', ['content filter agent quarantined this message'],
      '5.2.1 Content Filter agent quarantined this message'),
    x('5.2.2-mailbox-full', 'mailbox-full', '5.2.2', ['mailbox full'],
      "5.2.2 Mailbox full — the recipient's mailbox has exceeded its storage quota."),
    x('5.2.3-recipsizelimit', 'message-size', '5.2.3', ['message too large for this recipient'],
      '5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient', { token: 'RESOLVER.RST.RecipSizeLimit' }),
    x('5.3.0-too-many-related-errors', 'message-format', '5.3.0', ['too many related errors'],
      '5.3.0 Too many related errors — the message was malformed and moved to the poison message queue.'),
    x('5.3.2-missing-mdb-properties', 'remote-error', '5.3.2', ['missing or bad storedriver mdb properties'],
      '5.3.2 STOREDRV.Deliver: Missing or bad StoreDriver MDB properties (ABP Routing agent; recipient not in the address book policy GAL)'),
    x('5.3.3-unrecognized-command', 'protocol', '5.3.3', ['unrecognized command'],
      '500 5.3.3 Unrecognized command — Receive connectors used internally lack the Exchange Server authentication mechanism.'),
    x('5.3.4-message-too-large', 'message-size', '5.3.4', ['exceeds fixed maximum message size'],
      '552 5.3.4 Message size exceeds fixed maximum message size'),
    x('5.3.5-system-incorrectly-configured', 'network', '5.3.5', ['system incorrectly configured'],
      '550 5.3.5 System incorrectly configured — a mail loop was detected (Receive connector FQDN matches another server or device).'),
    // The reply says the DNS lookup of the recipient's domain found no such domain (NXDOMAIN): for the sender that is a
    // domain that cannot receive mail; the page adds that a DNS misconfiguration of the sending server can cause it too.
    x('5.4.4-nonexistent-domain', 'recipient-domain', '5.4.4', [],
      "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain — the recipient domain was not found in DNS; the page also names a DNS or network adapter configuration issue on the Exchange server (internal/external DNS lookup settings).",
      { token: 'SMTPSEND.DNS.NonExistentDomain' }),
    x('5.4.6-hop-count', 'remote-error', '5.4.6', ['possible mail loop', 'proxy hop count exceeded'],
      '554 5.4.6 Hop count exceeded - possible mail loop (after 20 iterations) / Proxy Hop count exceeded', { variant: MAIL_HOPS }),
    x('5.5.2-send-hello-first', 'protocol', '5.5.2', ['send hello first', 'send ehlo first', 'need mail command', 'need rcpt command'],
      '503 5.5.2 Send hello first — SMTP commands out of sequence (also: Send EHLO first, Need mail command, Need rcpt command)'),
    // The answer to an EHLO whose domain is not one (a bare machine name, a trailing dot, invalid characters): the
    // command's argument is wrong (501, X.5.4 "Invalid command arguments"), a fault of the sending client's settings.
    // Only with its status: OpenSMTPD says "Invalid domain name" of a recipient's domain (knowledge/mta-others.ts).
    x('5.5.4-invalid-domain-name', 'protocol', undefined, ['5.5.4 invalid domain name'],
      '501 5.5.4 Invalid domain name — the failure response to EHLO: there are invalid characters in the domain name the client greeted with (or connection limits on the destination server).',
      { source: 'https://learn.microsoft.com/en-us/exchange/mail-flow/test-smtp-with-telnet', variant: HELO_NAME }),
    x('5.5.3-recip-limit', 'rate-limit', '5.5.3', [],
      '550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients — To, Cc and Bcc exceed the recipient limit of the organization, Receive connector or sender.',
      { token: 'RESOLVER.ADR.RecipLimit' }),
    x('5.7.3-exchange-authentication', 'auth-required', '5.7.3', ['cannot achieve exchange server authentication'],
      '451 5.7.3 Cannot achieve Exchange Server authentication / Not Authorized — X-EXPS blocked by a firewall, or internal traffic through connectors without Exchange Server authentication.'),
    x('5.7.900-999-transport-rule', 'policy', '5.7.900', ['delivery not authorized, message refused'],
      '5.7.900 to 5.7.999 Delivery not authorized, message refused — rejected by a mail flow (transport) rule configured with a custom code (default 5.7.1).',
      // The rule's default words: that a rule refused, not which or why (a symptom, as RFC 3463's same title).
      { symptom: true }),
    x('attachment-filter', 'content-policy', undefined, ['message rejected due to unacceptable attachments'],
      'Message rejected due to unacceptable attachments (Attachment Filtering agent on Edge Transport; default text)',
      { source: 'https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/attachment-filtering' }),

    // ── Exchange's reply table: RESOLVER.* ───────────────────────────────────────────────────────────────────────

    // ── Exchange's reply table: ROUTING.*, QUEUE.*, PICKUP.*, SMTPSEND.* ──────────────────────────────────────────

    // ── Exchange's reply table: STOREDRV.*, APPROVAL.* ──────────────────────────────────────────────────────────

    // ── Exchange's reply table: SMTP receive replies ──────────────────────────────────────────────────────────────
  ],
};
