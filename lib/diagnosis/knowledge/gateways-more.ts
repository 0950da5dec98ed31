/**
 * Email security gateways and filtering services beyond gateways.ts: the replies each documents, one source each, every entry citing its page or source file.
 *
 * Looked for and not added, because no vendor-documented reply text (with its meaning) could be found in the stored
 * copies: SonicWall Email Security / Hosted Email Security, Forcepoint Email Security, Zix / AppRiver SecureTide,
 * Libraesva ESG, Vade, Halon, Check Point Harmony Email (Avanan), Cloudflare Email Security (Area 1), Mailprotector
 * (its "Common Email Bouncebacks" page lists other servers' replies, not its own), Abnormal (API-based, no SMTP
 * replies), Trustwave SEG (MailMarshal), Clearswift (TRUSTmanager rejects "Bad" senders, but no reply text is
 * documented), GFI MailEssentials. ESET Mail Security documents only configurable responses whose defaults are the
 * generic RFC texts (greylisting: "451 4.7.1 Requested action aborted: local error in processing"), not added since
 * those words mean something else everywhere else.
 */
import { hedged, MAIL_LOOP } from './entry';
import type { KnowledgeSource } from './types';

// ---------------------------------------------------------------------------------------------------------------
// MailChannels (Inbound Filtering, Outbound Filtering, Email API)
// ---------------------------------------------------------------------------------------------------------------

const MC_IN = 'https://docs.mailchannels.com/inbound/smtp-errors';
const MC_IN_ATTACH = 'https://docs.mailchannels.com/inbound/blocked-attachments';
const MC_OUT = 'https://docs.mailchannels.com/outbound/smtp-errors';
const MC_UNBLOCK = 'https://docs.mailchannels.com/outbound/unblock-senders';
const MC_API = 'https://docs.mailchannels.com/email-api/sending-policies';
const MC_API_TROUBLE = 'https://docs.mailchannels.com/email-api/troubleshooting';
const MC_SB01 = 'https://support.mailchannels.com/hc/en-us/articles/202222810-Fixing-the-550-5-7-1-SB01-error';
const MC_ESR = 'https://support.mailchannels.com/hc/en-us/articles/202223280-Fixing-the-5-7-1-ESR-error';
const MC_ESA = 'https://support.mailchannels.com/hc/en-us/articles/14025518709261-Administrators-How-to-remediate-the-550-5-7-1-ESA-sender-blocked-error';

export const MAILCHANNELS: KnowledgeSource = {
  id: 'mailchannels',
  name: 'MailChannels (Inbound Filtering, Outbound Filtering, Email API)',
  kind: 'gateway',
  reference: MC_OUT,
  replies: [
    // --- Inbound Filtering: what the receiving side answers the sending server ---
    { id: 'mailchannels.s09-greylisted', category: 'greylisting', token: 'S09', text: '450 [S09] Try Again Later — the message has been greylisted: MailChannels temporarily defers mail from an unrecognized sender; legitimate servers retry after a short delay.', source: MC_IN },
    { id: 'mailchannels.s10-ip-blocked', category: 'ip-blocklist', token: 'S10', text: '550 [S10] Blocked — the connecting IP address has been blocked by MailChannels; the sender should contact MailChannels support to request a review of the block.', source: MC_IN },
    { id: 'mailchannels.sender-domain-not-found', category: 'sender-rejected', status: '5.1.8', phrases: ['sender address rejected: domain not found'], text: "550 5.1.8 <user@domain>: Sender address rejected: Domain not found — MailChannels could not resolve the sender's domain (NXDOMAIN); transient DNS issue or a newly created domain not yet propagated.", source: MC_IN },
    { id: 'mailchannels.relay-access-denied', category: 'relay-denied', status: '5.7.1', phrases: ['relay access denied'], text: '554 5.7.1 <user@domain>: Relay access denied — the recipient domain is not authorized to use MailChannels Inbound Filtering (not provisioned on the service).', source: MC_IN },
    { id: 'mailchannels.ib-feb-attachment', category: 'content-policy', token: 'IB_FEB', status: '5.7.1', phrases: ['attachment type that is not allowed'], text: '550 5.7.1 [IB_FEB] Your message could not be delivered because it contained an attachment type that is not allowed — a blocked (high-risk) file attachment type.', source: MC_IN },
    { id: 'mailchannels.message-file-too-big', category: 'message-size', status: '5.3.4', phrases: ['message file too big'], text: '552 5.3.4 Error: message file too big — inbound messages are accepted up to 40 MB; larger ones are rejected at the connection level.', source: `${MC_IN}; ${MC_IN_ATTACH}` },
    { id: 'mailchannels.spf-policy', category: 'spf', status: '5.7.1', phrases: ["rejected due to the domain's spf policy", "domain's spf policy"], text: "550 5.7.1 Email has been rejected due to the domain's SPF policy", source: MC_IN },
    { id: 'mailchannels.dmarc-policy', category: 'dmarc', status: '5.7.1', phrases: ["not accepted due to domain's dmarc policy"], text: "550 5.7.1 Unauthenticated email is not accepted due to domain's DMARC policy — the sender domain's DMARC policy is reject and the message passed neither SPF nor DKIM alignment; MailChannels rejects it on the domain owner's behalf.", source: MC_IN },
    { id: 'mailchannels.recipient-policy-mismatch', category: 'policy', status: '4.5.3', phrases: ['recipient policy mismatch'], text: '452 4.5.3 Recipient policy mismatch — the recipients of one transaction have different filtering policies; the remaining recipients are deferred and should be retried in a separate SMTP transaction.', source: MC_IN },
    // --- Outbound Filtering: what the hosting provider's relay answers its customer ---
    { id: 'mailchannels.ss-spam-signature', category: 'spam', status: '5.7.1', phrases: ['5.7.1 [ss]'], text: '550 5.7.1 [SS] — the message matches a known spam signature (subject or body with pharmaceutical terms, medication names, lewd language or other keywords associated with unsolicited email).', source: MC_OUT },
    { id: 'mailchannels.rbl', category: 'ip-blocklist', status: '5.7.1', phrases: ['5.7.1 [rbl]'], text: '550 5.7.1 [RBL] — the IP address or domain used to send the message appears on a reputable global blocklist (associated with high-volume spam activity).', source: MC_OUT },
    { id: 'mailchannels.esa-sender-blocked', category: 'reputation', status: '5.7.1', phrases: ['5.7.1 [esa]'], text: '550 5.7.1 [ESA] Sender blocked. — a permanent (manual) block of the sender, applied after repeated temporary blocks or confirmed severe abuse (spam, complaints, invalid recipients); it must be delisted explicitly.', source: `${MC_UNBLOCK}; ${MC_ESA}; ${MC_API}` },
    { id: 'mailchannels.sb01-complaints', category: 'reputation', token: 'SB01', phrases: ['blocked due to complaints'], text: '550 5.7.1 [SB01] Your email address has been blocked due to complaints — extensive abuse from the account detected (spam, bulk email, high complaint rates, lots of invalid recipients).', source: MC_SB01 },
    { id: 'mailchannels.esr-manual-block', category: 'reputation', status: '5.7.1', phrases: ['5.7.1 [esr]'], text: '5.7.1 [ESR] — the MailChannels abuse team manually blocked the sender (sending spam, high volumes of suspicious bulk email, generating complaints, or sending to large numbers of invalid recipients).', source: MC_ESR },
    // --- Email API (and the same codes over SMTP) ---
    { id: 'mailchannels.domain-lockdown', category: 'sender-rejected', status: '5.7.1', phrases: ['this sender is not authorized to send from'], text: '550 5.7.1 This sender is not authorized to send from example.com — the Domain Lockdown record (TXT at _mailchannels.<domain>, "v=mc1 auth=<account>") is missing or does not name the sending account.', source: `${MC_API_TROUBLE}; ${MC_API}` },
    { id: 'mailchannels.bfd-spf', category: 'spf', token: 'BFD', status: '5.7.1', phrases: ['sender prohibited by spf'], text: '550 5.7.1 [BFD] Sender prohibited by SPF', source: MC_API },
    { id: 'mailchannels.br-invalid-recipients', category: 'reputation', status: '5.7.1', phrases: ['excessively high number of invalid recipients'], text: '550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.', source: MC_API },
    { id: 'mailchannels.uns-unsubscribed', category: 'recipient-policy', status: '5.7.1', phrases: ['recipient has unsubscribed from your list'], text: '550 5.7.1 [UNS] Recipient has unsubscribed from your list.', source: MC_API },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// WatchGuard Firebox (SMTP-proxy with spamBlocker)
// ---------------------------------------------------------------------------------------------------------------

const WG_SPAMBLOCKER = 'https://www.watchguard.com/help/docs/help-center/en-US/Content/en-US/Fireware/services/spamblocker/spam_actions_c.html';

export const WATCHGUARD: KnowledgeSource = {
  id: 'watchguard',
  name: 'WatchGuard Firebox (SMTP-proxy, spamBlocker)',
  kind: 'gateway',
  reference: WG_SPAMBLOCKER,
  replies: [
    // "Delivery not authorized, message refused" alone is also Exchange's text for other meanings: the nonstandard 571
    // is what marks the Firebox's reply.
    { id: 'watchguard.spamblocker-deny', category: 'spam', phrases: ['571 delivery not authorized'], text: '571 Delivery not authorized, message refused — spamBlocker Deny action (SMTP only): the message was assigned to a spam category whose action is Deny, and the Firebox stops its delivery to the mail server.', source: WG_SPAMBLOCKER },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Fortinet FortiMail
// ---------------------------------------------------------------------------------------------------------------

const FORTIMAIL_MTA = 'https://docs.fortinet.com/document/fortimail/6.4.2/administration-guide/260598/troubleshoot-mta-issues';

export const FORTIMAIL: KnowledgeSource = {
  id: 'fortimail',
  name: 'Fortinet FortiMail',
  kind: 'gateway',
  reference: FORTIMAIL_MTA,
  replies: [
    // The guide also documents "451 Try again later" (greylisting, or the recipient verification server unreachable):
    // not added, its words are everyone's.
    { id: 'fortimail.relay-access-denied', category: 'relay-denied', status: '5.7.1', phrases: ['relay access denied'], text: '550 5.7.1 Relay access denied — rejection due to lack of relay permission: incoming relay is refused by the access control list, outgoing relay needs authentication or an access control rule.', source: FORTIMAIL_MTA },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Kaspersky (Kaspersky Anti-Spam, the filtration server behind Kaspersky's mail gateways)
// ---------------------------------------------------------------------------------------------------------------

const KAS_GUIDE = 'Kaspersky Anti-Spam 3.0 User Guide, 4.5.6 "Notifications about rejected messages" (copy: http://38.142.81.21:8001/manual/kaspersky-lab/kaspersky-anti-spam-3-0/user-guide-english/page-64.html)';

export const KASPERSKY: KnowledgeSource = {
  id: 'kaspersky',
  name: 'Kaspersky Anti-Spam / Secure Mail Gateway',
  kind: 'filter',
  reference: KAS_GUIDE,
  replies: [
    { id: 'kaspersky.rejected-by-spam-filter', category: 'spam', phrases: ['rejected by spam filtering engine'], text: '550 The message is rejected by spam filtering engine. — the Reject this message action applies to the message status, and delivery to all of its recipients is forbidden.', source: KAS_GUIDE },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Spambrella (hosted filtering)
// ---------------------------------------------------------------------------------------------------------------

const SPAMBRELLA = 'https://www.spambrella.com/faq/email-delivery-error-codes/';

export const SPAMBRELLA_SOURCE: KnowledgeSource = {
  id: 'spambrella',
  name: 'Spambrella',
  kind: 'gateway',
  reference: SPAMBRELLA,
  replies: [
    // The page's other codes repeat Proofpoint Essentials' texts already in gateways.ts ("User email address is marked
    // as invalid", "Relay Access denied") or give two causes for one text ("550 5.1.0 sender rejected": blacklist or SPF).
    { id: 'spambrella.insufficient-resources', category: 'remote-error', status: '4.3.1', phrases: ['insufficient system resources'], text: "452 4.3.1 Insufficient system resources — the recipient's (customer's) server does not have enough resources to accept messages; delivery is retried.", source: SPAMBRELLA },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// VIPRE Email Security (cloud filtering): the rejection reasons its portal shows, with their documented causes
// ---------------------------------------------------------------------------------------------------------------

const VIPRE = 'https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons';

export const VIPRE_SOURCE: KnowledgeSource = {
  id: 'vipre',
  name: 'VIPRE Email Security',
  kind: 'gateway',
  reference: VIPRE,
  replies: [
    { id: 'vipre.domain-not-configured-mx', category: 'relay-denied', phrases: ['not configured to use this mx host'], text: 'Your domain is not configured to use this MX host. — mail sent to the inbound MX records for a domain which is not on the system.', source: VIPRE },
    { id: 'vipre.greylisted', category: 'greylisting', phrases: ['greylisted'], text: 'Greylisted — a first-seen (IP, sender, recipient) tuple is temporarily deferred; when the same tuple comes back, the IP is added to the system-wide greylisting allow list.', source: VIPRE },
    { id: 'vipre.call-forward-rejected', category: 'recipient-unknown', phrases: ['call forward rejected'], text: 'Call forward rejected — the downstream mail server rejected the recipient.', source: VIPRE },
    { id: 'vipre.invalid-mailbox-call-fwd', category: 'recipient-unknown', phrases: ['invalid mailbox (call fwd)'], text: 'Invalid Mailbox (Call FWD) — the downstream mail server rejected the recipient.', source: VIPRE },
    { id: 'vipre.recipient-callout', category: 'remote-error', phrases: ['could not complete recipient callout'], text: 'Could not complete recipient callout — the downstream server timed out during recipient verification.', source: VIPRE },
    { id: 'vipre.sender-verify-failed', category: 'sender-rejected', phrases: ['sender verify failed'], text: "Sender Verify Failed — the server connects to the SMTP server of the MAIL FROM address to verify it; if that server can't be reached or doesn't know the address, delivery is denied.", source: VIPRE },
    { id: 'vipre.mx-points-to-local-host', variant: MAIL_LOOP, category: 'remote-error', phrases: ['lowest numbered mx record points to local host'], text: "Lowest numbered MX record points to local host — the recipient domain's inbound route hostname points back to the service itself.", source: VIPRE },
    { id: 'vipre.tls-enforced-sender', category: 'tls-required', phrases: ['required to send via an encrypted smtp session'], text: 'Your sender domain is required to send via an encrypted SMTP session — mail received without TLS from a domain for which TLS is enforced.', source: VIPRE },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// McAfee SaaS Email Protection (formerly MX Logic, hosts *.mxlogic.net): its refusals end in "(Mode: normal)"
// ---------------------------------------------------------------------------------------------------------------

// MailChannels' note on MX Logic's refusal "554 Denied [CS] [*] (Mode: normal)": the message was rejected because of its
// content; a McAfee SaaS partner's knowledge base (the vendor's articles, republished) on "551 Mailhost is on our global
// blacklist (Mode: normal)": the sending IP is on McAfee's rolling blocklist, for spam or for sending to many invalid
// recipients, and it is lifted within hours once the traffic is normal again.
const MXLOGIC_DENIED = 'https://blog.mailchannels.com/mx-logic-blocking-my-mails-with-554-denied-cs-mxlogic-net/';
const MXLOGIC_RBL = 'http://cms.orlinpilot.com/index.php?/Knowledgebase/Article/View/11/0/error-551-mailhost-is-on-our-global-blacklist';

export const MXLOGIC: KnowledgeSource = {
  id: 'mxlogic',
  name: 'McAfee SaaS Email Protection (MX Logic)',
  kind: 'gateway',
  reference: MXLOGIC_DENIED,
  replies: [
    // The vendor also names the sender's IP reputation among the reasons a message is denied: at most medium.
    hedged({ id: 'mxlogic.denied', category: 'spam', phrases: ['(mode: normal)'], text: '554 Denied [CS] [*] (Mode: normal) — the message was rejected by MX Logic / McAfee because of its content.', source: MXLOGIC_DENIED }),
    { id: 'mxlogic.global-blacklist', category: 'ip-blocklist', phrases: ['mailhost is on our global blacklist'], text: "551 Mailhost is on our global blacklist (Mode: normal) — the sending IP is on McAfee SaaS's rolling blocklist (spam, or directory harvesting: many invalid recipients); removed within about 4 hours of normal traffic.", source: MXLOGIC_RBL },
  ],
};

export const GATEWAYS_MORE: readonly KnowledgeSource[] = [MAILCHANNELS, WATCHGUARD, FORTIMAIL, KASPERSKY, SPAMBRELLA_SOURCE, VIPRE_SOURCE, MXLOGIC];
