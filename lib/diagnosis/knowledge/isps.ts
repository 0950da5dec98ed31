/**
 * Internet service providers' and telecoms' mailboxes (North America, UK, Australia, New Zealand): the replies each
 * documents, one source each, every entry citing its page.
 *
 * What could be found and read (stored copies of the providers' own pages):
 * - EarthLink: its Vade-run postmaster site (inbound and outbound "ELNK_" code tables, read up to code _133 / _201) and
 *   the older "Email Blocked by EarthLink" help article.
 * - OX Cloud US ("OXSUS_" codes, Vade-run postmaster site of Open-Xchange's US mail platform, which hosts ISP
 *   mailboxes, EarthLink's among them): the code page (older "OXSUS0001_1xx" list) and the newer inbound/outbound tables.
 * - BT (btinternet.com / btopenworld.com, BT Business): help articles quoting three replies.
 * - Telstra BigPond: one outbound reply quoted in Telstra's CrowdSupport wiki.
 * - Optimum (Altice): the block-list page that its bounces point to.
 * - Virgin Media: a Virgin Media announcement in its help community quoting "5.2.0 Spam content found".
 * - TELUS: the name of one error in its e-mail troubleshooting page.
 * - Sohu, TOM, BigPond and Telenet replies as Momentum's manual documents them for its adaptive-delivery rules.
 *
 * The ELNK pages give each code as "_101", "_102" … after "a unique code starting with ELNK_", without its full form in
 * a reply, so no ELNK token is claimed (the OX page shows the full form "OXSUS0001_101", which is used as a token only
 * for codes whose meaning is the same in the older and newer OX tables). The older OX list and the newer tables give
 * _102 two meanings (backend queue full / Validity blocklist): no token for it.
 *
 * Not found in any provider page that could be read, so left out: CenturyLink/Lumen ("RBL restriction … Internal
 * Reputation Service"), TalkTalk (TT991/TT992), Shaw (AUP#MXRT, AUP#CNCT), Charter/Spectrum residential ("554 Email
 * Security Alert"), Frontier, Windstream, Mediacom, Rogers, Bell, Vidéotron, Sky, Optus,
 * iiNet/TPG, Spark/Xtra, Vodafone NZ, Verizon (served by Yahoo: see yahoo.ts): their pages found either quote no reply
 * text, or the texts appear only in blogs, forums and bounce samples, which are not sources here.
 */
import { entries as entry } from './entry';
import type { KnowledgeSource } from './types';



// ── EarthLink ───────────────────────────────────────────────────────────────────────────────────────────────────────
const ELNK_IN = 'https://postmaster-earthlink.vadesecure.com/inbound_error_codes';
const ELNK_OUT = 'https://postmaster-earthlink.vadesecure.com/outbound_error_codes';
const ELNK_BLOCKED = 'https://support.earthlink.net/articles/email/email-blocked-by-earthlink.php';
const elnk = entry('earthlink', ELNK_IN);

export const EARTHLINK: KnowledgeSource = {
  id: 'earthlink',
  name: 'EarthLink',
  kind: 'mailbox-provider',
  reference: ELNK_IN,
  replies: [
    // Help article: EarthLink's own IP block (complaints about the server, a dynamic IP, or an IP listed as spam by
    // industry references); EarthLink blocks IP addresses, not domains.
    elnk('ip-blocked-by-earthlink', 'ip-blocklist', ['is blocked by earthlink'],
      '#5.5.0 smtp;550 IP <ip> is blocked by EarthLink. Go to <page> for details. — your email server\'s IP address has been prohibited from emailing EarthLink customers: EarthLink received numerous complaints about it, it is dynamic, or it is listed as spam by industry references.',
      { source: ELNK_BLOCKED }),
    // Inbound code table (mail delivered to EarthLink).
    elnk('in-101', 'ip-blocklist', [],
      'ELNK code _101: 550 5.7.1 Connection refused — your sending address is listed on the Vade Threat Network List (IP addresses involved in spam, malware and/or phishing campaigns).',
      { status: '5.7.1' }),
    elnk('in-102', 'ip-blocklist', ['sender blocked error'],
      'ELNK code _102: 550 5.7.1 Sender blocked error — your sending address is listed on a Validity Blocklist.',
      { status: '5.7.1' }),
    elnk('in-103', 'remote-error', [],
      'ELNK code _103: 421 4.2.1 Connection deferred — the server is temporarily unavailable; you may retry delivering the message at a later time.',
      { status: '4.2.1' }),
    elnk('in-105', 'ptr', [],
      'ELNK code _105: 550 5.7.1 Connection refused — please check your reverse DNS configuration.', { status: '5.7.1' }),
    elnk('in-108', 'ptr', [],
      'ELNK code _108: 550 5.7.1 Connection refused — please check your FCrDNS configuration.', { status: '5.7.1' }),
    elnk('in-110', 'rate-limit', [],
      'ELNK code _110: 421 4.2.1 Connection deferred — returned when the sending IP address exceeds the concurrent connections limit; you may retry later.',
      { status: '4.2.1' }),
    elnk('in-111', 'ip-blocklist', ['sender blocked error'],
      'ELNK code _111: 550 5.7.1 Sender blocked error — your sending address is listed on a Spamhaus Blocklist (involved in spam, malware or phishing campaigns, or an end-user IP address that should not attempt direct email delivery).',
      { status: '5.7.1' }),
    elnk('in-130', 'reputation', [],
      'ELNK code _130: 421 4.2.1 Connection deferred — EarthLink keeps track of the volume and quality of the traffic it receives: your server is the source of unacceptable messages. You may retry later.',
      { status: '4.2.1' }),
    // Outbound code table (mail sent through EarthLink's service).
    elnk('out-101', 'ip-blocklist', [],
      'ELNK code _101 (outbound): 550 5.7.1 Connection refused — your sending address is listed on the Vade Threat Network List.',
      { status: '5.7.1', source: ELNK_OUT }),
    elnk('out-102', 'ip-blocklist', [],
      'ELNK code _102 (outbound): 550 5.7.1 Connection refused — your sending address is listed on our blocklist (IP addresses involved in spam, malware and/or phishing campaigns).',
      { status: '5.7.1', source: ELNK_OUT }),
    elnk('out-110', 'rate-limit', [],
      'ELNK code _110 (outbound): 421 4.2.1 Connection deferred — the sending IP address exceeds the concurrent connections limit.',
      { status: '4.2.1', source: ELNK_OUT }),
    elnk('out-130', 'reputation', [],
      'ELNK code _130 (outbound): 421 4.2.1 Connection deferred — your server is the source of unacceptable messages; to preserve deliverability your IP address is temporarily rate-limited.',
      { status: '4.2.1', source: ELNK_OUT }),
    elnk('out-134', 'reputation', [],
      'ELNK code _134 (outbound): 421 4.2.1 Connection deferred — your server was detected to take part in SMTP AUTH attacks; your IP address is temporarily rate-limited.',
      { status: '4.2.1', source: ELNK_OUT }),
    elnk('out-136', 'rate-limit', [],
      'ELNK code _136 (outbound): 421 4.2.1 Connection deferred — your server is rate-limited due to excessive volume sent.',
      { status: '4.2.1', source: ELNK_OUT }),
    elnk('out-139', 'rate-limit', [],
      'ELNK code _139 (outbound): 421 4.2.1 Connection deferred — your server is rate-limited due to excessive connections received.',
      { status: '4.2.1', source: ELNK_OUT }),
    elnk('out-200', 'auth-required', ['550 5.7.1 authentication refused'],
      'ELNK code _200 (outbound): 550 5.7.1 Authentication refused — the attempted authentication method is not supported.',
      { status: '5.7.1', source: ELNK_OUT }),
    elnk('out-201', 'ptr', [],
      "ELNK code _201 (outbound): 550 5.7.1 HELO command rejected — your server's HELO/EHLO string is unacceptable.",
      { status: '5.7.1', source: ELNK_OUT }),
  ],
};

// ── OX Cloud US (Open-Xchange, "OXSUS_" codes) ──────────────────────────────────────────────────────────────────────
const OX_ROOT = 'https://postmaster-oxsus.vadesecure.com/';
const OX_IN = 'https://postmaster-oxsus.vadesecure.com/inbound_error_codes';
const OX_OUT = 'https://postmaster-oxsus.vadesecure.com/outbound_error_codes';
const ox = entry('oxsus', OX_ROOT);

export const OXSUS: KnowledgeSource = {
  id: 'oxsus',
  name: 'OX Cloud US (Open-Xchange mail platform of ISPs, Vade postmaster)',
  kind: 'mailbox-provider',
  reference: OX_ROOT,
  replies: [
    // Older code page, full codes.
    ox('0001-101', 'ip-blocklist', [],
      'OXSUS0001_101: 550 5.7.1 Connection refused — we could not accept your email because your email provider is listed on the Vade Secure Threat Network list (IP addresses identified as sending spam).',
      { token: 'OXSUS0001_101', status: '5.7.1' }),
    ox('0001-105', 'ptr', [],
      'OXSUS0001_105: 550 5.7.1 Connection refused — reject if reverse dns is not present.', { token: 'OXSUS0001_105', status: '5.7.1' }),
    ox('0001-110', 'rate-limit', [],
      'OXSUS0001_110: 421 4.2.1 Connection refused — the email provider has opened too many connections from a single IP address; the message may be retried using a different SMTP session.',
      { token: 'OXSUS0001_110', status: '4.2.1' }),
    ox('0001-139', 'rate-limit', [],
      'OXSUS0001_139: 421 4.2.1 Connection refused — our servers rate limit all inbound email traffic: the IP address of the mail delivery system has reached its limit by opening too many connections; the message may be retried later.',
      { token: 'OXSUS0001_139', status: '4.2.1' }),
    ox('0001-140', 'rate-limit', [],
      'OXSUS0001_140: 421 4.2.1 Connection refused — our servers rate limit all inbound email traffic: the IP address of the mail delivery system has reached its limit by sending too many messages; the message may be retried later.',
      { token: 'OXSUS0001_140', status: '4.2.1' }),
    // Newer inbound table (delivery to OX's platform).
    ox('in-101', 'ip-blocklist', ['blocked by vade threat list'],
      'OXSUS code _101: 550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Vade Threat List — your sending address is listed on the Vade Threat Network List.',
      { status: '5.7.1', source: OX_IN }),
    ox('in-102', 'ip-blocklist', ['blocked by validity', 'senderscore.org/blocklist-lookup'],
      'OXSUS code _102: 550 5.7.1 Connection refused - [IP_ADDRESS] blocked by Validity - https://senderscore.org/blocklist-lookup/ — your sending address is listed on a Validity Blocklist.',
      { status: '5.7.1', source: OX_IN }),
    ox('in-103', 'remote-error', [],
      'OXSUS code _103: 421 4.2.1 Connection deferred — the server is temporarily unavailable; you may retry later.',
      { status: '4.2.1', source: OX_IN }),
    ox('in-108', 'ptr', [],
      'OXSUS code _108: 550 5.7.1 Connection refused — please check your FCrDNS configuration.', { status: '5.7.1', source: OX_IN }),
    ox('in-111', 'ip-blocklist', ['check.spamhaus.org/results'],
      'OXSUS code _111: 550 5.7.1 Connection refused - IP_ADDRESS - https://check.spamhaus.org/results?query=IP_ADDRESS — your sending address is listed on a Spamhaus Blocklist.',
      { status: '5.7.1', source: OX_IN }),
    // Newer outbound table (mail sent through OX's service).
    ox('out-102', 'ip-blocklist', [],
      'OXSUS code _102 (outbound): 550 5.7.1 Connection refused — your sending address is listed in our blocklist (IP addresses involved in spam, malware and/or phishing campaigns).',
      { status: '5.7.1', source: OX_OUT }),
    ox('out-130', 'reputation', [],
      'OXSUS code _130 (outbound): 421 4.2.1 Connection deferred — your server is the source of unacceptable messages; your IP address is temporarily rate-limited.',
      { status: '4.2.1', source: OX_OUT }),
    ox('out-134', 'reputation', [],
      'OXSUS code _134 (outbound): 421 4.2.1 Connection deferred — your server was detected to take part in SMTP AUTH attacks; your IP address is temporarily rate-limited.',
      { status: '4.2.1', source: OX_OUT }),
    ox('out-136', 'rate-limit', [],
      'OXSUS code _136 (outbound): 421 4.2.1 Connection deferred — your server is rate-limited due to excessive volume sent.',
      { status: '4.2.1', source: OX_OUT }),
    ox('out-139', 'rate-limit', [],
      'OXSUS code _139 (outbound): 421 4.2.1 Connection deferred — your server is rate-limited due to excessive connections received.',
      { status: '4.2.1', source: OX_OUT }),
    ox('out-201', 'ptr', [],
      "OXSUS code _201 (outbound): 550 5.7.1 HELO command rejected — your server's HELO/EHLO string is unacceptable.",
      { status: '5.7.1', source: OX_OUT }),
    ox('out-202', 'policy', ['535 5.7.8 authentication refused'],
      'OXSUS code _202 (outbound): 535 5.7.8 Authentication refused — your sending account is listed on our blocklist; please contact your provider for clarification.',
      { status: '5.7.8', source: OX_OUT }),
  ],
};

// ── BT (btinternet.com, btopenworld.com; BT Business) ───────────────────────────────────────────────────────────────
const BT_550 = 'https://www.storefront.btc.digital-cms.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550-';
const BT_BUSINESS_550 = 'https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/~/my-emails-are-being-rejected---im-getting-messages-with-the-error-code-550/c/5183/';
const bt = entry('bt', BT_550);

export const BT: KnowledgeSource = {
  id: 'bt',
  name: 'BT (BT Email, BT Business)',
  kind: 'mailbox-provider',
  reference: BT_550,
  replies: [
    // Documented for a From address that is misspelt in the account set-up or not yet active (up to a day).
    bt('recipient-not-authorised', 'sender-rejected', ['no authorised destination groups'],
      '550 Recipient Not Authorised [recipient rejected due to no authorised destination groups] — you are trying to send an email from an invalid email address (check the sending address was spelt correctly when the account was set up, and that it was created 24 hours or more ago).'),
    bt('unknown-local-user', 'recipient-unknown', ['unknown local user'],
      '550 unknown local user — you are trying to send an email to an invalid @btinternet.com or @btopenworld.com email address.'),
    // BT Business: the mail is being rejected as spam by the BT network from that IP (causes named: a virus on the computer
    // or email server, mail to people who have not opted in, an open relay).
    bt('sender-ip-reputation', 'reputation', ['rejected due to sender ip reputation'],
      '550 Message rejected due to sender IP reputation ([86.xx.xx.xx])',
      { source: BT_BUSINESS_550 }),
  ],
};

// ── Telstra BigPond ─────────────────────────────────────────────────────────────────────────────────────────────────
const TELSTRA_BL = 'https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234';

export const TELSTRA: KnowledgeSource = {
  id: 'telstra',
  name: 'Telstra BigPond',
  kind: 'mailbox-provider',
  reference: TELSTRA_BL,
  replies: [
    entry('telstra', TELSTRA_BL)('ob105-xbl', 'ip-blocklist', ['bigpond outbound', 'listed on the exploits block list'],
      'nschwcmgw08p BigPond Outbound [OB105. Connection refused. (ip:address) is listed on the Exploits Block List (XBL). Please visit <spamhaus> for more information. — Spamhaus blacklisting (a service used by Telstra BigPond) is preventing the email; the user must request the removal.',
      { token: 'OB105' }),
  ],
};

// ── Optimum (Altice USA) ────────────────────────────────────────────────────────────────────────────────────────────
const OPTIMUM_BL = 'https://www.optimum.net/pages/mailblocking.html';

export const OPTIMUM: KnowledgeSource = {
  id: 'optimum',
  name: 'Optimum Online (Altice USA)',
  kind: 'mailbox-provider',
  reference: OPTIMUM_BL,
  replies: [
    // The page gives no reply text, only that the bounce refers the sender to it.
    entry('optimum', OPTIMUM_BL)('block-list', 'ip-blocklist', ['optimum.net/pages/mailblocking'],
      'Bounce referring to http://www.optimum.net/pages/mailblocking.html — Optimum Online Block List Policy: mail transfers from IP addresses listed by its third-party block list providers (known spammers or insecure servers) are rejected until they are removed from the block lists; Optimum neither operates nor controls these lists.'),
  ],
};

// ── Virgin Media (virginmedia.com, ntlworld.com, blueyonder.co.uk, virgin.net) ───────────────────────────────────────
// A Virgin Media announcement in its own help community (not a user thread): bulk senders mailing Virgin Media Mail
// addresses receive "Spam content found"; the advice that follows is about authentication, formatting and bulk mail.
const VIRGIN_SPAM = 'https://community.virginmedia.com/t5/Email/Email-Spam-Content-Found-error-550-554/td-p/3229831';

export const VIRGIN_MEDIA: KnowledgeSource = {
  id: 'virgin-media',
  name: 'Virgin Media Mail',
  kind: 'mailbox-provider',
  reference: VIRGIN_SPAM,
  replies: [
    entry('virgin-media', VIRGIN_SPAM)('spam-content-found', 'spam', ['spam content found'],
      "550 - 554 5.2.0 Spam content found — some bulk email senders receive a message saying 'Spam Content Found' when emailing Virgin Media Mail addresses.",
      { status: '5.2.0' }),
  ],
};

// ── TELUS ───────────────────────────────────────────────────────────────────────────────────────────────────────────
// TELUS e-mail troubleshooting lists the errors its customers see; the stored copy names this one (sending through
// smtp.telus.net) but its explanation was not readable.
const TELUS_TS = 'http://www.telus.com/jsp/productcatalogue/personal/help/internet/email/troubleshooting.jsp';

export const TELUS: KnowledgeSource = {
  id: 'telus',
  name: 'TELUS',
  kind: 'mailbox-provider',
  reference: TELUS_TS,
  replies: [
    entry('telus', TELUS_TS)('relaying-not-allowed', 'relay-denied', ['relaying e-mail is not allowed'],
      'You get an error message: "relaying e-mail is not allowed". (TELUS Internet e-mail troubleshooting; outgoing server smtp.telus.net)'),
  ],
};

// ── Receivers' replies documented in an MTA's manual ───────────────────────────────────────────────────────────────
// Momentum (Message Systems, now SparkPost) ships adaptive-delivery rules that react to named receivers' replies; its
// manual lists each reply's start with what it means for that receiver. A reply's first words, a receiver's meaning:
// the MTA vendor's reading, so each is said at most with the confidence its words carry.
const MOMENTUM = 'SparkPost/momentum-documentation Adaptive Delivery appendix "The adaptive_rules.lua File"';
const mo = entry('momentum-adaptive', MOMENTUM);

export const MOMENTUM_ADAPTIVE: KnowledgeSource = {
  id: 'momentum-adaptive',
  name: 'Receivers\' replies in Momentum\'s adaptive-delivery rules',
  kind: 'mta',
  reference: MOMENTUM,
  replies: [
    mo('sohu-sender-reject', 'sender-rejected', ['553 5.7.1 sender reject'], '553 5.7.1 SENDER REJECT (sohu.com: "Sender is rejected on SOHU")', { status: '5.7.1' }),
    mo('tom-kbas', 'spam', ['blocked by kbas'], '553 this mail is blocked by kbas (tom.com: "Rejected by Anti-spam on Tom Online")'),
    mo('bigpond-cloudmark', 'ip-blocklist', ['cloudmark sender intelligence'],
      '554 <host> Cloudmark Sender Intelligence (bigpond.com: "Blocked by Cloudmark CSI filter. Remediation with Bigpond.com required")'),
    mo('telenet-sessions', 'rate-limit', ['too many simultaneous sessions'], '421 <host> Too many simultaneous sessions (telenet.be: connections reduced)'),
  ],
};

export const ISPS: readonly KnowledgeSource[] = [EARTHLINK, OXSUS, BT, TELSTRA, OPTIMUM, VIRGIN_MEDIA, TELUS, MOMENTUM_ADAPTIVE];
