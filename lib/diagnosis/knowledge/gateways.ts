/**
 * Mail security gateways that answer for many organisations: the reply texts their own documentation gives (reject
 * codes, reason texts, default SMTP responses). One KnowledgeSource per vendor. Where a vendor page could only be read
 * through a secondary copy, the entry cites the vendor URL followed by " (via <secondary>)".
 *
 * Not covered, because no vendor-documented reply text could be found (see the research report): FortiMail (its docs
 * give only configurable session-profile / customized-message knobs, no default reply texts), Barracuda's own SMTP
 * reply texts (campus.barracuda.com documents Message Log reasons, not what the sending MTA is told).
 */
import { MAIL_HOPS } from './entry';
import type { KnowledgeSource } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Mimecast
// ---------------------------------------------------------------------------------------------------------------

/** "Mimecast SMTP Error Codes" (4xx and 5xx tables). Read through Sisimai's copy of the table. */
const MIMECAST = 'https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754';
const MIMECAST_VIA = `${MIMECAST} (via sisimai/p5-sisimai lib/Sisimai/Rhost/Mimecast.pm)`;
const MIMECAST_BLOCKED_SENDERS =
  'https://mimecastsupport.zendesk.com/hc/en-us/articles/42979092709907-Policies-Managing-Blocked-Senders-and-Email-Rejections';

export const MIMECAST_SOURCE: KnowledgeSource = {
  id: 'mimecast',
  name: 'Mimecast',
  kind: 'gateway',
  reference: MIMECAST,
  replies: [
    // --- 4xx (temporary) ---
    { id: 'mimecast.421-sender-address-blocked', category: 'recipient-policy', phrases: ['sender address blocked'], text: "421 Sender address blocked — the sender's IP address has been blocked by a Blocked Senders Policy.", source: MIMECAST_VIA },
    { id: 'mimecast.451-unable-to-process-connection', category: 'remote-error', phrases: ['unable to process connection'], text: '451 Unable to process connection at this time — the Mimecast server is under maximum load; the message is retried.', source: MIMECAST_VIA },
    { id: 'mimecast.451-internal-resources', category: 'greylisting', phrases: ['internal resources are temporarily unavailable', 'internal resource temporarily unavailable', 'internal resource is temporarily unavailable'], text: "451 Internal resources are temporarily unavailable (older table: 451 Internal resource temporarily unavailable) — the sending server is subjected to Greylisting and must retry (between one minute and 12 hours); alternatively the sender's IP address has a poor reputation.", source: MIMECAST_VIA },
    { id: 'mimecast.451-ip-temporarily-blacklisted', category: 'rate-limit', phrases: ['ip temporarily blacklisted'], text: "451 IP temporarily blacklisted — you've reached your mail server's limit; wait and try again.", source: MIMECAST_VIA },
    { id: 'mimecast.451-account-service-unavailable', category: 'rate-limit', phrases: ['account service is temporarily unavailable'], text: '451 Account service is temporarily unavailable — too many concurrent inbound connections for the account (default 20); the IP is removed from the block list after five minutes.', source: MIMECAST_VIA },
    { id: 'mimecast.451-open-relay', category: 'relay-denied', phrases: ['open relay not allowed', 'open relay is not allowed'], text: "451 Open relay not allowed / Open relay is not allowed — both sender and recipient domains are external to Mimecast and aren't allowed to relay through the service, and/or the connecting IP isn't authorized.", source: MIMECAST_VIA },
    { id: 'mimecast.451-account-inbounds-disabled', category: 'recipient-domain', phrases: ['account inbounds disabled'], text: "451 Account inbounds disabled — the customer account's inbound email is disabled in the Administration Console.", source: MIMECAST_VIA },
    { id: 'mimecast.451-account-outbounds-disabled', category: 'policy', phrases: ['account outbounds disabled'], text: "451 Account outbounds disabled — the customer account's outbound email is disabled in the Administration Console.", source: MIMECAST_VIA },
    { id: 'mimecast.451-hostname-not-authorized', category: 'policy', phrases: ['hostname is not authorized'], text: '451 Hostname is not authorized — Omni Directional hostnames are enabled.', source: MIMECAST_VIA },
    { id: 'mimecast.451-message-ended-early', category: 'protocol', phrases: ['message ended early'], text: '451 Message ended early — the message was incorrectly terminated (traces of a cleaned virus, firewall issues on the sender side, SMTP fixup/MailGuard modules).', source: MIMECAST_VIA },
    { id: 'mimecast.451-unable-to-process-command', category: 'remote-error', phrases: ['unable to process command', 'unable to process an email'], text: '451 Unable to process command / Unable to process an email at this time — generic error if the reason is unknown; contact Mimecast Support.', source: MIMECAST_VIA },
    { id: 'mimecast.incorrect-hostname-inbounds', category: 'remote-error', phrases: ['incorrect hostname used for inbounds'], text: "451/550 The incorrect hostname used for inbounds — the recipients' domains have MX records configured incorrectly (MX pointing at outbound hostnames).", source: MIMECAST_VIA },
    { id: 'mimecast.452-too-many-recipients', category: 'rate-limit', phrases: ['too many recipients'], text: '452 Too many recipients — more than 100 RCPT TO per message body (DATA); the sender should deliver the first 100 and then the next batch.', source: MIMECAST_VIA },
    // --- 5xx (permanent) ---
    { id: 'mimecast.501-invalid-address', category: 'recipient-unknown', phrases: ['invalid address'], text: "501 Invalid address — the email address isn't a valid SMTP address.", source: MIMECAST_VIA },
    { id: 'mimecast.535-incorrect-authentication-data', category: 'auth-required', phrases: ['incorrect authentication data'], text: '535 Incorrect authentication data — messages submitted to port 587 require authentication and the details were incorrect.', source: MIMECAST_VIA },
    { id: 'mimecast.550-submitter-failed-auth', category: 'auth-required', phrases: ['submitter failed to authenticate'], text: '550 Submitter failed to authenticate — the authentication details provided were incorrect.', source: MIMECAST_VIA },
    { id: 'mimecast.550-invalid-recipient', category: 'recipient-unknown', phrases: ['invalid recipient'], text: "550 Invalid Recipient — known recipient, LDAP or SMTP call-forwarding recipient validation checks haven't returned a valid internal user.", source: MIMECAST_VIA },
    { id: 'mimecast.550-administrative-prohibition', category: 'recipient-policy', phrases: ['administrative prohibition', 'envelope blocked'], text: "550 Administrative prohibition - envelope blocked — the sender's email address or domain has triggered a Blocked Senders Policy, or there's an SPF hard rejection.", source: MIMECAST_VIA },
    { id: 'mimecast.550-envelope-blocked-user-entry', category: 'recipient-policy', phrases: ['envelope blocked - user entry', 'envelope blocked - user domain entry', 'user domain entry', 'manually blocked senders'], text: '550 Envelope blocked - User Entry / Envelope blocked - User Domain Entry / Rejected by header-based manually Blocked Senders - block for manual block — a personal block policy (Managed Senders list) is in place for the address or domain.', source: MIMECAST_VIA },
    { id: 'mimecast.550-block-policy-header-envelope-from', category: 'recipient-policy', phrases: ['rejected by header-based blocked senders', 'block policy for header from', 'block policy for envelope from'], text: '550 Rejected by header-based Blocked Senders - Block policy for Header From / Envelope Rejected - Block policy for Envelope From address — a Blocked Senders policy rejects on the Header From or Envelope From address.', source: MIMECAST_VIA },
    { id: 'mimecast.block-list-in-force', category: 'recipient-policy', phrases: ['policy level block list in force'], text: "Policy level block list in force — the email has been automatically blocked by a Mimecast (Blocked Senders) policy based on sender domains, groups or other organizational rules.", source: MIMECAST_BLOCKED_SENDERS },
    { id: 'mimecast.550-spf-sender-invalid', category: 'spf', phrases: ['spf sender invalid'], text: "550 SPF Sender Invalid - envelope rejected — the originating IP address isn't listed in the published SPF records for the sending domain.", source: MIMECAST_VIA },
    { id: 'mimecast.550-dkim-sender-invalid', category: 'dkim', phrases: ['dkim sender invalid'], text: "550 DKIM Sender Invalid - envelope rejected — the DKIM key of the message is broken and doesn't match the DNS record of the registered sender.", source: MIMECAST_VIA },
    { id: 'mimecast.550-dmarc-sender-invalid', category: 'dmarc', phrases: ['dmarc sender invalid'], text: '550 DMARC Sender Invalid - envelope rejected — the message failed the DMARC check for the sending domain.', source: MIMECAST_VIA },
    { id: 'mimecast.550-local-ct-ip-reputation', category: 'reputation', phrases: ['local ct ip reputation'], text: '550 Local CT IP Reputation - (reject) — ongoing reputation checks rejected the message due to poor IP reputation (may follow a 4xx).', source: MIMECAST_VIA },
    { id: 'mimecast.550-anti-spoofing', category: 'policy', phrases: ['anti-spoofing policy - inbound not allowed', 'header-based anti-spoofing policy'], text: '550 Anti-Spoofing policy - Inbound not allowed / Rejected by header-based Anti-Spoofing policy — the message triggered an Anti-Spoofing policy (a protected internal domain arriving from an external source).', source: MIMECAST_VIA },
    { id: 'mimecast.550-content-examination', category: 'content-policy', phrases: ['content examination policy'], text: '550 Message bounced due to Content Examination policy — the message triggered a Content Examination policy.', source: MIMECAST_VIA },
    { id: 'mimecast.550-outbound-thread-limit', category: 'rate-limit', phrases: ['exceeding outbound thread limit'], text: '550 Exceeding outbound thread limit — too many concurrent outbound connections for the account.', source: MIMECAST_VIA },
    { id: 'mimecast.550-journal-past-expiration', category: 'policy', phrases: ['journal message past expiration', 'journal messages past the expiration'], text: '550 Journal message past expiration / Journal messages past the expiration — attempts are being made to journal mail past the set expiry threshold.', source: MIMECAST_VIA },
    { id: 'mimecast.553-route-requires-tls', category: 'tls-required', phrases: ['this route requires encryption', 'route requires encryption (tls)'], text: '553 This route requires encryption (TLS) — the email was sent over plain SMTP but TLS is required by a Secure Receipt / Secure Delivery policy.', source: MIMECAST_VIA },
    { id: 'mimecast.553-route-requires-tls12', category: 'tls-required', phrases: ['requires tls version 1.2 or greater'], text: '553 This route requires TLS version 1.2 or greater — a TLS connection was attempted with a version lower than TLS 1.2.', source: MIMECAST_VIA },
    { id: 'mimecast.553-high-strength-ciphers', category: 'tls-required', phrases: ['requires high-strength ciphers'], text: '553 This route requires high-strength ciphers — the secure connection used ciphers below the configured strength.', source: MIMECAST_VIA },
    { id: 'mimecast.554-certificate-config-invalid', category: 'policy', phrases: ['configuration is invalid for this certificate'], text: "554 Configuration is invalid for this certificate — validation on the umbrella account's domain name does not conform to the DNS.", source: MIMECAST_VIA },
    { id: 'mimecast.554-security-policies', category: 'spam', phrases: ['rejected due to security policies', 'email rejected due to security policies'], text: '554 Email rejected due to security policies — a signature was detected that could be a virus, or a spam score over the maximum threshold (anti-spam checks can be bypassed with a Permitted Senders policy, anti-virus checks cannot).', source: MIMECAST_VIA },
    { id: 'mimecast.554-max-size', category: 'message-size', phrases: ['maximum email size exceeded'], text: '554 Maximum email size exceeded — the email exceeds an Email Size Limit policy or the Mimecast service limit (100 MB legacy MTA, 200 MB latest MTA).', source: MIMECAST_VIA },
    { id: 'mimecast.554-mail-loop', variant: MAIL_HOPS, category: 'remote-error', phrases: ['mail loop detected'], text: '554 Mail loop detected — the message has too many Received headers (rejected once 25 hops are reached); check forwarders between the communicating mail servers.', source: MIMECAST_VIA },
    { id: 'mimecast.554-host-network-not-allowed', category: 'policy', phrases: ['host network not allowed', 'host network, not allowed'], text: '554 Host network not allowed / Host network, not allowed — the message triggered a Geographical Restriction policy.', source: MIMECAST_VIA },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Proofpoint (Proofpoint Essentials, Proofpoint Dynamic Reputation)
// ---------------------------------------------------------------------------------------------------------------

const PP_IPCHECK_FAQ = 'https://www.proofpoint.com/us/support-services/ip-blocked-faq';
const PP_MARKED_INVALID =
  'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/040_usersandgroups/User_email_address_is_%22marked_as_invalid%22';
const PP_RELAY_DENIED =
  'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/040_usersandgroups/Outbound_mail_rejected_-_554_5.7.1%3A_Relay_access_denied';
const PP_LIMITS_OLD = 'https://support.proofpointessentials.com/index.php?/Knowledgebase/Article/View/334/49/limits-for-sending-and-receiving-email';
const PP_LIMITS =
  'https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/Other_Features/Inbound_and_Outbound_Email_Limits';
const PP_LIMITS_VIA = `${PP_LIMITS} (via wiki.hbscloudservices.com/wiki/Limits_Rate_for_Sending_%26_Receiving)`;
const PP_BURST_VIA = `${PP_LIMITS} (via cleartext.zendesk.com/hc/en-us/articles/205923028-Burst-rate-limit-exceeded-error)`;

export const PROOFPOINT_SOURCE: KnowledgeSource = {
  id: 'proofpoint',
  name: 'Proofpoint (Essentials, Dynamic Reputation)',
  kind: 'gateway',
  reference: PP_IPCHECK_FAQ,
  replies: [
    // PDR: the IP lookup page that rejections point to. The FAQ documents the meaning ("delayed or blocked because
    // messages scoring as spam or virus are being received from the IP"); the lookup/delisting page is
    // https://ipcheck.proofpoint.com/.
    { id: 'proofpoint.pdr-blocked', category: 'ip-blocklist', phrases: ['ipcheck.proofpoint.com'], text: 'IP delayed or blocked by Proofpoint Dynamic Reputation: messages scoring as spam or virus are being received from the IP; look up and request removal at https://ipcheck.proofpoint.com/?ip=<ip>.', source: PP_IPCHECK_FAQ },
    { id: 'proofpoint.marked-invalid', category: 'recipient-unknown', status: '5.7.1', phrases: ['email address is marked as invalid', 'marked as invalid'], text: '550 5.7.1 Recipient {or Sender} address rejected: User email address is marked as invalid — the address is on the SMTP Discovery "Marked Invalid" list (a discovered address expired without admin action).', source: PP_MARKED_INVALID },
    { id: 'proofpoint.relay-access-denied', category: 'relay-denied', status: '5.7.1', phrases: ['relay access denied'], text: '554 5.7.1: Relay access denied — Proofpoint Essentials is a closed relay: the sending address must exist on the platform (user, alias or functional account) and outbound relay/sending IPs must be configured.', source: PP_RELAY_DENIED },
    { id: 'proofpoint.receiving-too-quickly', category: 'rate-limit', phrases: ['receiving mail too quickly'], text: '"The user you are trying to contact is receiving mail too quickly" — the Essentials recipient has received the maximum allowed messages per minute (200/60 s registered, 500/60 s per domain for SMTP-discovered); messages are momentarily deferred.', source: PP_LIMITS_OLD },
    { id: 'proofpoint.too-many-recipients', category: 'rate-limit', status: '4.5.3', phrases: ['too many recipients'], text: '451 4.5.3 Too many recipients — more than 1,000 recipients in a single email.', source: PP_LIMITS_VIA },
    { id: 'proofpoint.message-file-too-big', category: 'message-size', status: '5.3.4', phrases: ['message file too big', 'exceeds file system imposed limit'], text: '552 5.3.4 message file too big / "Message size exceeds file system imposed limit" — the message exceeds the 100 MB size limit.', source: PP_LIMITS_VIA },
    { id: 'proofpoint.burst-rate-limit', category: 'rate-limit', phrases: ['burst rate limit exceeded', "request activating a 'bulk sender' profile", 'proofpoint essentials terms of service'], text: "Sender address rejected: Proofpoint Essentials Terms of Service: burst rate limit exceeded, you may need to request activating a 'bulk sender' profile.", source: PP_BURST_VIA },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Barracuda (Email Security Gateway / Email Gateway Defense)
// ---------------------------------------------------------------------------------------------------------------

const BRBL_REASON = 'https://barracudacentral.org/lookups/reason';
const BARRACUDA_LOG = 'https://campus.barracuda.com/doc/167976683';

export const BARRACUDA_SOURCE: KnowledgeSource = {
  id: 'barracuda',
  name: 'Barracuda (Email Security Gateway / Email Gateway Defense)',
  kind: 'gateway',
  reference: BARRACUDA_LOG,
  replies: [
    // The gateway's reason "Barracuda Reputation" = the Barracuda Reputation System / BRBL lists the sending IP as
    // "poor". Lookup https://www.barracudacentral.org/lookups, removal https://www.barracudacentral.org/rbl/removal-request.
    { id: 'barracuda.reputation', category: 'ip-blocklist', phrases: ['barracuda reputation', 'barracudacentral'], text: 'Barracuda Reputation — the sending IP address is marked "poor" in the Barracuda Reputation System (real-time database of IPs with good and poor reputation for sending valid email; lookups at barracudacentral.org).', source: BRBL_REASON },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Cisco Secure Email (IronPort, AsyncOS)
// ---------------------------------------------------------------------------------------------------------------

/** Cisco's own guides, read through a public copy of the PDF (manualsbrain.com). */
const CISCO_UG_DHAP = 'User Guide for AsyncOS 9.7 for Cisco Email Security Appliances, ch. 7 "Mail Flow Policies" (copy: https://manualsbrain.com/ko/manuals/1649669/?page=134)';
const CISCO_SPF = 'Cisco AsyncOS 9.1 for Email CLI Reference Guide, listenerconfig SPF/SIDF defaults (copy: https://manualsbrain.com/en/manuals/1700579/?page=292)';
const CISCO_SBRS = 'https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/200436-Identify-and-allow-poor-SenderBase-Reput.html';
const CISCO_HAT = 'https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/118007-configure-esa-00.html';

export const CISCO_SOURCE: KnowledgeSource = {
  id: 'cisco',
  name: 'Cisco Secure Email (IronPort)',
  kind: 'gateway',
  reference: CISCO_HAT,
  replies: [
    { id: 'cisco.sbrs-poor-reputation', category: 'reputation', phrases: ["sending mta's poor reputation", 'intended recipient via alternate means'], text: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means. — HAT reject banner of the BLOCKED_LIST / BLACKLIST sender group (poor SenderBase / Talos reputation score).", source: CISCO_SBRS },
    // The score itself named ("Questionable SenderBase Reputation Score"): the reputation the HAT's sender groups are
    // chosen by.
    { id: 'cisco.sbrs-named', category: 'reputation', phrases: ['senderbase reputation score', 'senderbase reputation'], text: 'SenderBase Reputation Score (SBRS) — the score (−10 to +10) by which the host access table sorts connecting hosts into sender groups (BLOCKED_LIST, SUSPECTLIST, …) that reject, throttle or accept them.', source: CISCO_SBRS },
    { id: 'cisco.rate-limit-hour', category: 'rate-limit', phrases: ['too many recipients received this hour', 'recipients received this hour'], text: '452 Too many recipients received this hour — mail flow policy "Max. Recipients Per Hour Exceeded" response (rate limit for hosts).', source: CISCO_HAT },
    { id: 'cisco.dhap-invalid-recipients', category: 'rate-limit', phrases: ['too many invalid recipients'], text: '550 Too many invalid recipients — Directory Harvest Attack Prevention: the host exceeded the maximum number of invalid recipients per hour (default code 550, default text "Too many invalid recipients").', source: CISCO_UG_DHAP },
    { id: 'cisco.spf-reject', category: 'spf', status: '5.7.1', phrases: ['spf unauthorized mail is prohibited'], text: '550 #5.7.1 SPF unauthorized mail is prohibited. — default SPF/SIDF verification reject response.', source: CISCO_SPF },
    { id: 'cisco.spf-defer', category: 'spf', status: '4.4.3', phrases: ['temporary error occurred during spf verification'], text: '451 #4.4.3 Temporary error occurred during SPF verification. — default SPF/SIDF verification defer response.', source: CISCO_SPF },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Sophos (Sophos Central Email)
// ---------------------------------------------------------------------------------------------------------------

const SOPHOS = 'https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html';

export const SOPHOS_SOURCE: KnowledgeSource = {
  id: 'sophos',
  name: 'Sophos Central Email',
  kind: 'gateway',
  reference: SOPHOS,
  replies: [
    { id: 'sophos.xgemail-0001', category: 'dkim', token: 'XGEMAIL_0001', text: "XGEMAIL_0001 — Message didn't contain a valid DKIM signature.", source: SOPHOS },
    { id: 'sophos.xgemail-0002', category: 'spf', token: 'XGEMAIL_0002', text: 'XGEMAIL_0002 — Message failed an SPF check.', source: SOPHOS },
    { id: 'sophos.xgemail-0003', category: 'dmarc', token: 'XGEMAIL_0003', text: 'XGEMAIL_0003 — Message failed a DMARC check.', source: SOPHOS },
    { id: 'sophos.xgemail-0004', category: 'ip-blocklist', token: 'XGEMAIL_0004', text: 'XGEMAIL_0004 — Sender IP address failed an RBL test.', source: SOPHOS },
    { id: 'sophos.xgemail-0005', category: 'domain-blocklist', token: 'XGEMAIL_0005', text: 'XGEMAIL_0005 — Sender domain failed a DBL test.', source: SOPHOS },
    { id: 'sophos.xgemail-0006', category: 'tls-required', token: 'XGEMAIL_0006', text: "XGEMAIL_0006 — Message rejected because the TLS version used doesn't match the version configured in your policy.", source: SOPHOS },
    { id: 'sophos.xgemail-0007', category: 'policy', token: 'XGEMAIL_0007', text: 'XGEMAIL_0007 — Message rejected because your license has expired.', source: SOPHOS },
    { id: 'sophos.xgemail-0008', category: 'recipient-policy', token: 'XGEMAIL_0008', text: 'XGEMAIL_0008 — Message rejected because a domain, an IP address, or an email address is in the admin block list.', source: SOPHOS },
    { id: 'sophos.xgemail-0009', category: 'recipient-policy', token: 'XGEMAIL_0009', text: 'XGEMAIL_0009 — Message rejected because a domain, an IP address, or an email address is in the user block list.', source: SOPHOS },
    { id: 'sophos.xgemail-0010', category: 'relay-denied', token: 'XGEMAIL_0010', text: "XGEMAIL_0010 — Message rejected because the recipient's domain isn't a Sophos Email protected domain.", source: SOPHOS },
    { id: 'sophos.xgemail-0011', category: 'recipient-unknown', token: 'XGEMAIL_0011', text: "XGEMAIL_0011 — Message rejected because the recipient's email address doesn't exist in the Sophos Email protected domain.", source: SOPHOS },
    { id: 'sophos.xgemail-0012', category: 'message-size', token: 'XGEMAIL_0012', text: 'XGEMAIL_0012 — Message rejected because it exceeded the allowed size.', source: SOPHOS },
    { id: 'sophos.xgemail-0013', category: 'rate-limit', token: 'XGEMAIL_0013', text: 'XGEMAIL_0013 — Message rejected because it exceeded the maximum number of recipients allowed for a large message.', source: SOPHOS },
    { id: 'sophos.xgemail-0014', category: 'rate-limit', token: 'XGEMAIL_0014', text: "XGEMAIL_0014 — Message rejected because it exceeded the recipient's inbound rate limit for the single sender.", source: SOPHOS },
    { id: 'sophos.xgemail-0015', category: 'rate-limit', token: 'XGEMAIL_0015', text: "XGEMAIL_0015 — Message rejected because it exceeded the recipient's total inbound rate limit from all senders.", source: SOPHOS },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Trend Micro (Email Reputation Services, Hosted Email Security / TMEMS, IMSVA, Deep Discovery Email Inspector, WFBS)
// ---------------------------------------------------------------------------------------------------------------

const TM_ERS_FAQ = 'https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers';
const TM_QIL = 'https://success.trendmicro.com/en-US/solution/KA-0001346';
const TM_ERS_RBL = 'https://success.trendmicro.com/en-US/solution/KA-0011251';
// The ERS lookup names its databases (QIL, DUL, RBL) and takes removal requests for each.
const TM_ERS_LOOKUP = 'https://servicecentral.trendmicro.com/en-US/ers/';
const TM_WFBS = 'https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-of-worry-free-business-security-wfbs';
const TM_DDEI = 'https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes';
const TM_IMSVA_ERS = 'https://docs.trendmicro.com/all/ent/imsva/v8.2%20sp2/en-us/imsva8.2_sp2_olh/antspm_srv_ers_query.html';
const TM_IMSS_RELAY = 'https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-message-appears-when-sending-mails-in-interscan-me';
const TM_HES_CONNECTIONS = 'https://success.trendmicro.com/solution/1038586-error-too-many-connections-message-appears-when-sending-a-large-amount-of-emails-in-hosted-email';

export const TRENDMICRO_SOURCE: KnowledgeSource = {
  id: 'trendmicro',
  name: 'Trend Micro (ERS, Email Security / HES, IMSVA, DDEI)',
  kind: 'gateway',
  reference: TM_ERS_FAQ,
  replies: [
    // ERS lookup and delisting: https://servicecentral.trendmicro.com/en-US/ers/ (older: http://www.mail-abuse.com/cgi-bin/lookup?<ip>).
    { id: 'trendmicro.ers-rbl-plus', category: 'ip-blocklist', phrases: ['trend micro rbl+', 'trend micro rbl', 'rbl-plus.mail-abuse.org', 'mail-abuse.org/rbl+', 'mail-abuse.com/cgi-bin/lookup'], text: '550 Service unavailable; Client host [<ip>] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=<ip> / 550 Mail from <ip> refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation', source: TM_ERS_FAQ },
    { id: 'trendmicro.ers-blocked-by-service', category: 'ip-blocklist', phrases: ['trend micro email reputation service', 'trend micro email reputation'], text: 'Your email messages have been blocked by Trend Micro Email Reputation Service.', source: TM_WFBS },
    { id: 'trendmicro.ers-qil-temporary', category: 'ip-blocklist', phrases: ['quick ip list', 'sender ip found in qil'], text: '"Sender IP found in QIL" — ERS put the sender IP in the Trend Micro QIL (Quick IP List) — temporarily denied for 5 minutes to 12 hours; the receiving server sends a temporary 450 error.', source: TM_QIL },
    // ERS's three databases named in the refusal ("Recipient address rejected: ERS-QIL", "refused due to the sender IP
    // found in ERS-DUL"): each a list of sending IPs — RBL+ (spam sources), DUL (dynamic, end-user addresses), QIL.
    { id: 'trendmicro.ers-rbl', category: 'ip-blocklist', token: 'ERS-RBL', text: 'The sending IP is on the Trend Micro RBL (Real-Time Blackhole List); Email Reputation Services refuse it.', source: TM_ERS_RBL },
    { id: 'trendmicro.ers-dul', category: 'ip-blocklist', token: 'ERS-DUL', phrases: ['trend micro dynamic user list'], text: 'The sending IP is on the Trend Micro DUL (Dynamic User List) of dynamically assigned addresses; Email Reputation Services refuse it.', source: TM_ERS_LOOKUP },
    { id: 'trendmicro.ers-qil', category: 'ip-blocklist', token: 'ERS-QIL', text: 'The sending IP is in the Trend Micro QIL, added by its spam detectors and temporarily denied (450) for 5 minutes to 12 hours.', source: TM_QIL },
    { id: 'trendmicro.ddei-ers-zombie', category: 'ip-blocklist', phrases: ['for zombie matches', 'temporary denial of connection (450)'], text: '450 Temporary denial of connection (450) for Zombie matches (ERS)', source: TM_DDEI },
    { id: 'trendmicro.ddei-ers-rblplus', category: 'ip-blocklist', phrases: ['for rbl+ matches', 'permanent denial of connection (550)'], text: '550 Permanent denial of connection (550) for RBL+ matches (ERS)', source: TM_DDEI },
    { id: 'trendmicro.imsva-ers-default', category: 'ip-blocklist', phrases: ['permanently denies connection (550) for rbl+', 'temporarily denies connection (450) for zombie'], text: 'Default intelligent action: Email reputation permanently denies connection (550) for RBL+ matches and temporarily denies connection (450) for Zombie matches.', source: TM_IMSVA_ERS },
    { id: 'trendmicro.ddei-block-temporarily', category: 'policy', phrases: ['block temporarily (sender filtering/authentication)'], text: '421 Block temporarily (Sender Filtering/Authentication) — DHA Protection, Bounce Attack Protection, SMTP Traffic Throttling, SPF, DKIM or DMARC blocked the message temporarily.', source: TM_DDEI },
    { id: 'trendmicro.ddei-block-permanently', category: 'policy', phrases: ['block permanently (sender filtering/authentication)'], text: '521 Block permanently (Sender Filtering/Authentication) — DHA Protection, Bounce Attack Protection, SMTP Traffic Throttling, SPF, DKIM or DMARC blocked the message permanently.', source: TM_DDEI },
    { id: 'trendmicro.imss-forward-path', category: 'relay-denied', phrases: ['domain of forward-path is not allowed'], text: "550 Domain of forward-path is not allowed — the recipient's domain is not in the IMSS Relay Domains list.", source: TM_IMSS_RELAY },
    { id: 'trendmicro.hes-too-many-connections', category: 'rate-limit', phrases: ['too many connections'], text: '"Too many connections" — the outgoing MTA opened more than 4 concurrent connections to the HES relay (limit 4 per client).', source: TM_HES_CONNECTIONS },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// SpamExperts / N-able Mail Assure (Spam Experts)
// ---------------------------------------------------------------------------------------------------------------

const SE_CLASSES = 'https://my.spamexperts.com/kb/40/4-Incoming-filtering-service (Classifications article; via support.appliedi.net/kb/what-are-the-message-classification-status-codes-displayed-in-the-web-interface-premium-feature/)';

export const SPAMEXPERTS_SOURCE: KnowledgeSource = {
  id: 'spamexperts',
  name: 'SpamExperts / N-able Mail Assure',
  kind: 'gateway',
  reference: 'https://documentation.n-able.com/spamexperts/userguide/Content/C_Domain%20Level/incoming/classifications/message-classes.htm',
  replies: [
    { id: 'spamexperts.greylisted', category: 'greylisting', phrases: ['greylisted'], text: 'Temporarily rejected (4xx) — Greylisted: temporary rejection due to greylisting, applied only to new IP addresses without a (good) reputation in the global systems.', source: SE_CLASSES },
    { id: 'spamexperts.per-minute-limit', category: 'rate-limit', phrases: ['per-minute connection limit exceeded'], text: 'Temporarily rejected (4xx) — Per-minute connection limit exceeded: the sender has exceeded his/her per-minute limit.', source: SE_CLASSES },
    { id: 'spamexperts.too-many-connections', category: 'rate-limit', phrases: ['too many concurrent smtp connections', 'too many connections'], text: 'Temporarily rejected (4xx) — Too Many Connections / Too Many Concurrent SMTP Connections: rate-limited; hard-coded limit of 10 concurrent SMTP connections.', source: SE_CLASSES },
    { id: 'spamexperts.unable-to-verify-destination', category: 'remote-error', phrases: ['unable to verify destination address'], text: 'Temporarily rejected (4xx) — Unable to verify destination address: the destination server is unreachable or temporarily rejecting the traffic.', source: SE_CLASSES },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Hornetsecurity (formerly antispameurope): classification codes of the Control Panel, as published by a
// Hornetsecurity partner's help centre. The reason texts are the classification table's, not verified reply texts.
// ---------------------------------------------------------------------------------------------------------------

const HORNET = 'https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes';

export const HORNETSECURITY_SOURCE: KnowledgeSource = {
  id: 'hornetsecurity',
  name: 'Hornetsecurity (antispameurope)',
  kind: 'gateway',
  reference: HORNET,
  replies: [
    { id: 'hornetsecurity.450-domain-not-found', category: 'sender-rejected', status: '4.1.8', phrases: ['sender address rejected: domain not found'], text: '450 4.1.8 Sender address rejected: Domain not found', source: HORNET },
    { id: 'hornetsecurity.504-fqdn', category: 'sender-rejected', status: '5.5.2', phrases: ['need fully-qualified address'], text: '504 5.5.2 Sender address rejected: need fully-qualified address', source: HORNET },
    // (Postfix's address verification words, as Postfix's table says: the probe's result after them decides.)
    { id: 'hornetsecurity.550-undeliverable', category: 'recipient-unknown', status: '5.1.1', phrases: ['recipient address rejected: undeliverable address'], text: '550 5.1.1 Recipient address rejected: undeliverable address', source: HORNET, symptom: true },
    { id: 'hornetsecurity.550-multi-recipient-bounce', category: 'protocol', status: '5.5.3', phrases: ['multi-recipient bounce'], text: '550 5.5.3 Recipient address rejected: Multi-recipient bounce', source: HORNET },
    { id: 'hornetsecurity.554-spam-ip', category: 'ip-blocklist', status: '5.5.4', phrases: ['spam ip rejected'], text: '554 5.5.4 Spam IP rejected', source: HORNET },
    { id: 'hornetsecurity.554-rejected-spam', category: 'spam', status: '5.5.5', phrases: ['e-mail rejected spam'], text: '554 5.5.5 e-mail Rejected Spam', source: HORNET },
    { id: 'hornetsecurity.554-loop', category: 'remote-error', status: '5.5.6', phrases: ['x-antispameurope-disclaimer', 'loop detection'], text: '554 5.5.6 Loop detection > 10 mal X-antispameurope-disclaimer', source: HORNET },
    { id: 'hornetsecurity.554-attachment', category: 'content-policy', status: '5.5.7', phrases: ['rejected content attachment'], text: '554 5.5.7 e-mail Rejected Content Attachment', source: HORNET },
    { id: 'hornetsecurity.554-content-filter-size', category: 'message-size', status: '5.5.3', phrases: ['rejected content filter size', 'message size (content filter)'], text: '554 5.5.3 e-mail Rejected Content Filter Size / 552 5.5.2 Message size (content filter)', source: HORNET },
    { id: 'hornetsecurity.554-spam-header', category: 'spam', status: '5.6.1', phrases: ['spam header rejected'], text: '554 5.6.1 Spam Header rejected', source: HORNET },
    { id: 'hornetsecurity.554-spam-link', category: 'domain-blocklist', status: '5.6.2', phrases: ['spam link rejected'], text: '554 5.6.2 Spam Link rejected', source: HORNET },
    { id: 'hornetsecurity.554-spam-body', category: 'spam', status: '5.6.3', phrases: ['spam body rejected'], text: '554 5.6.3 Spam Body rejected', source: HORNET },
    { id: 'hornetsecurity.554-virus', category: 'virus', status: '5.6.4', phrases: ['virus e-mail blocked'], text: '554 5.6.4 Virus E-Mail Blocked', source: HORNET },
    { id: 'hornetsecurity.554-ldap-check', category: 'recipient-unknown', status: '5.7.1', phrases: ['unknown domain or unknown recipient', 'ldap check'], text: '554 5.7.1 unknown domain or unknown recipient (LDAP check)', source: HORNET },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Symantec / Broadcom Email Security.cloud (MessageLabs) and Symantec Messaging Gateway
// ---------------------------------------------------------------------------------------------------------------

const BC = 'https://knowledge.broadcom.com/external/article';
const SISI_ML = '(via sisimai/p5-sisimai lib/Sisimai/Rhost/MessageLabs.pm)';
const BC_CODES = `${BC}/169652/email-error-and-bounce-codes-for-email-s.html`;

export const SYMANTEC_SOURCE: KnowledgeSource = {
  id: 'symantec',
  name: 'Symantec / Broadcom Email Security.cloud (MessageLabs)',
  kind: 'gateway',
  reference: BC_CODES,
  replies: [
    // IP reputation lookup / investigation: https://ipremoval.sms.symantec.com/ ("IP Reputation Investigation").
    { id: 'symantec.connection-rejected-by-policy', category: 'reputation', phrases: ['connection rejected by policy'], text: '501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for more details about this error message. — the IP has a negative reputation with Symantec.', source: `${BC}/164955 ${SISI_ML}` },
    { id: 'symantec.pbl', category: 'ip-blocklist', phrases: ['your ip is in the pbl'], text: '553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl — the IP is on the Spamhaus PBL; request removal at http://www.spamhaus.org/pbl/.', source: `${BC}/165165 ${SISI_ML}` },
    { id: 'symantec.ip-blocked', category: 'ip-blocklist', phrases: ['your ip address has been blocked'], text: '553 Sorry, your IP address has been blocked — your public IP address has been put on a block list by the Spamhaus PBL; request removal at http://www.spamhaus.org/pbl/ and resend after the delisting (normally within an hour).', source: `${BC}/165165 ${SISI_ML}` },
    { id: 'symantec.ip-blacklisted', category: 'recipient-policy', phrases: ['your ip address has been blacklisted'], text: "553-Sorry, your IP address has been blacklisted — the sender is in the recipient company's blacklist (Email Security.cloud Anti-Spam blocked senders).", source: `${BC}/173082 ${SISI_ML}` },
    { id: 'symantec.address-blocked', category: 'recipient-policy', phrases: ['your email address has been blocked', 'your email address has been blacklisted'], text: "553 Sorry, your email address has been blocked / 553-Sorry, your email address has been blacklisted — the address is on the recipient's private block list; ask to be added to their approved senders list.", source: `${BC}/173082 ${SISI_ML}` },
    { id: 'symantec.domain-blocked', category: 'recipient-policy', phrases: ['your domain has been blocked', 'your domain has been blacklisted'], text: "553 Sorry, your domain has been blocked / 553-Sorry, your domain has been blacklisted — the domain is on the recipient's private block list.", source: `${BC}/173082 ${SISI_ML}` },
    { id: 'symantec.badmailfrom', category: 'sender-rejected', status: '5.7.1', phrases: ['badmailfrom list'], text: '553 sorry, your envelope sender is in my badmailfrom list. Please visit www.symanteccloud.com/troubleshooting for more details about this error message and instructions to resolve this issue. (#5.7.1)', source: `${BC}/162232 ${SISI_ML}` },
    { id: 'symantec.sender-domain-not-allowed', category: 'relay-denied', status: '5.1.8', phrases: ['sender envelope domain not allowed'], text: '550 sender envelope domain not allowed for sender IP address (#5.1.8) — the sending domain is not registered (My Domains / Third-Party Domains), is inactive, or the sending IP is not in Outbound Routes.', source: `${BC_CODES} ${SISI_ML}` },
    { id: 'symantec.relay', category: 'relay-denied', phrases: ['not been configured to let you'], text: 'You are trying to use me [server-X.tower-x.messagelabs.com] as a relay, but I have not been configured to let you [IP, address] do this.', source: `${BC}/162137 ${SISI_ML}` },
    { id: 'symantec.tls-required', category: 'tls-required', status: '4.7.1', phrases: ['tls/sslv3 connection required'], text: '451 TLS/SSLv3 Connection required. (#4.7.1) — Boundary Encryption requires TLS for this route.', source: `${BC}/162152 ${SISI_ML}` },
    { id: 'symantec.smtp-auth', category: 'auth-required', phrases: ['turn on smtp authentication'], text: 'Please turn on SMTP Authentication in your mail client.', source: `${BC_CODES} ${SISI_ML}` },
    { id: 'symantec.domain-auth-fail', category: 'unauthenticated', phrases: ['domain authentication fail'], text: '553-SPF (Sender Policy Framework) domain authentication fail / 553 DMARC domain authentication fail', source: `${BC}/175407 ${SISI_ML}` },
    // …each of the two named: the DMARC one is a DMARC failure, the SPF one an SPF failure.
    { id: 'symantec.dmarc-auth-fail', category: 'dmarc', phrases: ['dmarc domain authentication fail'], text: '553 DMARC domain authentication fail — the message failed the sender domain\'s DMARC check.', source: `${BC}/175407 ${SISI_ML}` },
    { id: 'symantec.spf-auth-fail', category: 'spf', phrases: ['sender policy framework) domain authentication fail'], text: '553-SPF (Sender Policy Framework) domain authentication fail — the sending IP failed the sender domain\'s SPF check.', source: `${BC}/175407 ${SISI_ML}` },
    { id: 'symantec.message-filtered', category: 'spam', phrases: ['message filtered', 'filtered by outbound scanning'], text: '553 - Message Filtered / filtered by Outbound scanning — the email was flagged as spam by Email Security.cloud.', source: `${BC}/173867 ${SISI_ML}` },
    { id: 'symantec.stray-linefeeds', category: 'message-format', status: '5.6.2', phrases: ['stray linefeeds in message'], text: '553 Stray linefeeds in message (#5.6.2) — CR and LF must only occur together as CRLF (RFC 5322).', source: `${BC_CODES} ${SISI_ML}` },
    { id: 'symantec.not-rfc5322', category: 'message-format', phrases: ['this message is not rfc 5322', 'did not comply with rfc 2822'], text: '550 [XX.XX.XX.XX] has detected that this message is not RFC 5322 compliant / The format of your message did not comply with RFC 2822.', source: `${BC_CODES} ${SISI_ML}` },
    { id: 'symantec.too-many-messages', category: 'rate-limit', status: '4.3.0', phrases: ['too many messages (#4.3.0)'], text: '460 too many messages (#4.3.0)', source: `${BC}/164767 ${SISI_ML}` },
    { id: 'symantec.invalid-recipient', category: 'recipient-unknown', status: '5.1.1', phrases: ['invalid recipient', 'recipient mailbox is not allowed'], text: '550-Invalid recipient <username@example.com> 550 (#5.1.1) / 553 Recipient mailbox is not allowed — the recipient address is invalid in the recipient’s domain.', source: `${BC}/165163 ${SISI_ML}` },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Trellix Email Security - Cloud (formerly FireEye ETP): its own ETPnnn codes. Only the first group (1xx) of the
// published table could be read.
// ---------------------------------------------------------------------------------------------------------------

const TRELLIX = 'https://docs.trellix.com/data-and-email/docs/error-codes';

export const TRELLIX_SOURCE: KnowledgeSource = {
  id: 'trellix',
  name: 'Trellix Email Security - Cloud (FireEye ETP)',
  kind: 'gateway',
  reference: TRELLIX,
  replies: [
    { id: 'trellix.etp100', category: 'recipient-domain', token: 'ETP100', text: "ETP100 Invalid recipient (Reject) — invalid domain specified: the domain doesn't match a known inline or OOB domain.", source: TRELLIX },
    { id: 'trellix.etp101', category: 'recipient-unknown', token: 'ETP101', text: 'ETP101 Invalid recipient (Reject) — invalid BCC recipient specified.', source: TRELLIX },
    { id: 'trellix.etp102', category: 'recipient-unknown', token: 'ETP102', text: 'ETP102 Invalid recipient (Reject) — the upstream MTA rejected the recipient.', source: TRELLIX },
    { id: 'trellix.etp103', category: 'remote-error', token: 'ETP103', text: 'ETP103 Invalid recipient (Defer) — unable to validate recipient via SMTP: the upstream MTA did not respond in time.', source: TRELLIX },
    { id: 'trellix.etp104', category: 'remote-error', token: 'ETP104', text: 'ETP104 Routing loop detected (Reject) — a routing loop with the sending MTA was detected.', source: TRELLIX },
    { id: 'trellix.etp105', category: 'recipient-domain', token: 'ETP105', text: 'ETP105 Invalid domain mode (Reject) — the specified recipient domain has an invalid mode.', source: TRELLIX },
    { id: 'trellix.etp106', category: 'remote-error', token: 'ETP106', text: 'ETP106 Requested action aborted (Defer) — Requested action aborted: Try again later (MTA to MTA_API communication failed).', source: TRELLIX },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Google Postini / Google Message Security (legacy)
// ---------------------------------------------------------------------------------------------------------------

const POSTINI = 'https://azmanual.top/manuals/552791/google-message-security-batch-reference-guide.html?page=173 (Google Message Security Batch Reference Guide)';

export const POSTINI_SOURCE: KnowledgeSource = {
  id: 'postini',
  name: 'Google Postini / Message Security (legacy)',
  kind: 'gateway',
  reference: POSTINI,
  replies: [
    // The service's own errors end with "- psmtp" (Message Security Troubleshooting Guide, "Interpret Error Messages").
    { id: 'postini.cant-connect', category: 'network', phrases: ["can't connect to"], text: "451 Can't connect to yourdomain.com - psmtp — the service could not connect to the customer's mail server (spooling); the sender retries.", source: POSTINI },
  ],
};

export const GATEWAY_SOURCES: readonly KnowledgeSource[] = [
  MIMECAST_SOURCE,
  PROOFPOINT_SOURCE,
  BARRACUDA_SOURCE,
  CISCO_SOURCE,
  SOPHOS_SOURCE,
  TRENDMICRO_SOURCE,
  SPAMEXPERTS_SOURCE,
  HORNETSECURITY_SOURCE,
  SYMANTEC_SOURCE,
  TRELLIX_SOURCE,
  POSTINI_SOURCE,
];
