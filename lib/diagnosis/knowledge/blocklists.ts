/**
 * DNS blocklists (IP DNSBLs and domain/URI lists): the zone names each list documents, what its return codes mean,
 * the text the list publishes for rejections (TXT records, recommended reject strings) and its lookup / delisting page.
 * A zone name in a reply identifies the list by itself, so it is the entry's `token`; the category is ip-blocklist for
 * lists of sending IPs and domain-blocklist for lists of domains / URLs found in the message or envelope.
 *
 * Receiver-side errors: Spamhaus and URIBL answer queries from open/public resolvers or over-quota resolvers with
 * special codes that must not be used to reject mail; a reply quoting those pages means the receiving server is
 * misconfigured (category remote-error), not that the sender is listed.
 *
 * Generic MTA reply templates ("Service unavailable; Client host [ip] blocked using <zone>") belong to the MTA tables
 * (Postfix default_rbl_reply in ./mta-postfix.ts); here only list-specific texts appear.
 */
import { LOOKUP_ERROR } from './entry';
import type { KnowledgeSource } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Spamhaus — lookup / delisting: https://check.spamhaus.org/ (PBL: https://www.spamhaus.org/pbl/)
// ---------------------------------------------------------------------------------------------------------------

const SH_ZONES = 'https://docs.spamhaus.com/datasets/docs/source/10-data-type-documentation/datasets/040-zones.html';
const SH_ZEN = 'https://www.spamhaus.org/zen/';
/** Spamhaus' recommended Postfix reply map for DQS zones, quoted in a project's documentation. */
const SH_DQS_REPLY = 'simple-login/app docs/spamhaus-dqs.md (quotes the Spamhaus DQS Postfix reply map)';
/** TXT records Spamhaus publishes for the RFC 5782 test point 127.0.0.2, as recorded by a DNSBL client's tests. */
const SH_TXT = 'silverwind/dnsbl index.test.js (TXT of 2.0.0.127.zen.spamhaus.org)';
const SH_ZONES_TXT = `${SH_ZONES}; TXT form: ${SH_TXT}`;
const SH_ERRCODES = 'https://www.spamhaus.com/resource-center/help-for-spamhaus-projects-legacy-blocklist-users';
const SH_RETURNC_VOL = 'https://www.spamhaus.org/returnc/vol/';

export const SPAMHAUS: KnowledgeSource = {
  id: 'spamhaus',
  name: 'Spamhaus (ZEN, SBL, CSS, XBL, PBL, DBL, ZRD)',
  kind: 'blocklist',
  reference: SH_ZONES,
  replies: [
    { id: 'spamhaus.zen', category: 'ip-blocklist', token: 'zen.spamhaus.org', phrases: ['blocked using zen', 'spamhaus.org/query/ip'], text: 'zen.spamhaus.org (SBL + XBL + PBL): 127.0.0.2 SBL, 127.0.0.3 CSS, 127.0.0.9 DROP, 127.0.0.4 XBL, 127.0.0.10/11 PBL, 127.0.0.30 BCL. Reply form recommended by Spamhaus: "554 $rbl_class $rbl_what blocked using ZEN - see https://www.spamhaus.org/query/ip/$client_address for details".', source: SH_ZONES },
    { id: 'spamhaus.zen-dqs', category: 'ip-blocklist', token: 'zen.dq.spamhaus.net', text: '<DQS key>.zen.dq.spamhaus.net=127.0.0.[2..11] 554 $rbl_class $rbl_what blocked using ZEN - see https://www.spamhaus.org/query/ip/$client_address for details', source: SH_DQS_REPLY },
    { id: 'spamhaus.zen-mirror', category: 'ip-blocklist', phrases: ['spamhaus zen'], text: 'Spamhaus ZEN (zen.spamhaus.org): ZEN is the combination of all Spamhaus IP DNSBLs (SBL, XBL, PBL) into one blocklist.', source: SH_ZEN },
    { id: 'spamhaus.sbl', category: 'ip-blocklist', token: 'sbl.spamhaus.org', phrases: ['listed by sbl', 'spamhaus.org/sbl/query'], text: 'sbl.spamhaus.org: 127.0.0.2 SBL, 127.0.0.3 CSS (automated), 127.0.0.9 DROP (always in addition to SBL), 127.0.0.30 BCL. TXT: "Listed by SBL, see https://check.spamhaus.org/sbl/query/SBL<n>".', source: SH_ZONES_TXT },
    { id: 'spamhaus.xbl', category: 'ip-blocklist', token: 'xbl.spamhaus.org', phrases: ['listed by xbl'], text: 'xbl.spamhaus.org: 127.0.0.4 - XBL (formerly CBL: exploited / infected hosts); 127.0.0.5–.7 currently unused. TXT: "Listed by XBL, see https://check.spamhaus.org/query/ip/<ip>".', source: SH_ZONES_TXT },
    { id: 'spamhaus.sbl-xbl', category: 'ip-blocklist', token: 'sbl-xbl.spamhaus.org', text: 'sbl-xbl.spamhaus.org: 127.0.0.2 SBL, 127.0.0.3 CSS, 127.0.0.9 DROP, 127.0.0.4 XBL, 127.0.0.30 BCL.', source: SH_ZONES },
    { id: 'spamhaus.pbl', category: 'ip-blocklist', token: 'pbl.spamhaus.org', phrases: ['listed by pbl', 'spamhaus.org/pbl'], text: 'pbl.spamhaus.org (Policy Block List — IPs that should not send mail directly to other SMTP servers): 127.0.0.10 entry maintained by ISP, 127.0.0.11 entry maintained by Spamhaus (removal: https://www.spamhaus.org/pbl/). TXT: "Listed by PBL, see https://check.spamhaus.org/query/ip/<ip>".', source: SH_ZONES_TXT },
    { id: 'spamhaus.dbl', category: 'domain-blocklist', token: 'dbl.spamhaus.org', phrases: ['blocked using dbl'], text: 'dbl.spamhaus.org (Domain Block List): 127.0.1.2 low-reputation domain, 127.0.1.4 phishing, 127.0.1.5 malware, 127.0.1.6 botnet C&C, 127.0.1.102–106 abused legit domain / redirector / phishing / malware / C&C; 127.0.1.255 = error (IP query against a domain list). Reply map: "554 $rbl_class $rbl_what blocked using DBL - see $rbl_txt for details".', source: SH_ZONES },
    { id: 'spamhaus.dbl-dqs', category: 'domain-blocklist', token: 'dbl.dq.spamhaus.net', text: '<DQS key>.dbl.dq.spamhaus.net=127.0.1.[2..99] 554 $rbl_class $rbl_what blocked using DBL - see $rbl_txt for details', source: SH_DQS_REPLY },
    { id: 'spamhaus.zrd', category: 'domain-blocklist', token: 'zrd.dq.spamhaus.net', phrases: ['blocked using zrd', 'domain too young'], text: '<DQS key>.zrd.dq.spamhaus.net (ZRD, Zero Reputation Domains): 127.0.2.2–127.0.2.24 = domain first seen 0–24 hours ago. Reply map: "554 $rbl_class $rbl_what blocked using ZRD - domain too young".', source: `${SH_ZONES}; ${SH_DQS_REPLY}` },
    // Error codes: the receiver's DNS resolver is refused, nothing is said about the sender.
    { id: 'spamhaus.error-open-resolver', variant: LOOKUP_ERROR, category: 'remote-error', voids: ['ip-blocklist', 'domain-blocklist'], token: 'returnc/pub', phrases: ['error: open resolver', 'returnc/pub', 'check.spamhaus.org/returnc'], text: '127.255.255.254 — the query came via a public/open resolver (outside the Fair Use Policy); Postfix then says "blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/<ip>/". The receiving MTA must not reject on it.', source: `${SH_ERRCODES}; ${SH_DQS_REPLY}` },
    { id: 'spamhaus.error-ip-query', variant: LOOKUP_ERROR, category: 'remote-error', voids: ['ip-blocklist', 'domain-blocklist'], phrases: ['ip queries prohibited', 'no ip queries'], text: '127.0.1.255 — IP queries prohibited! (the DBL lists domain names only; a receiver that looks an IP address up in it gets this error code, not a listing)', source: SH_ZONES },
    { id: 'spamhaus.error-excess-volume', variant: LOOKUP_ERROR, category: 'remote-error', voids: ['ip-blocklist', 'domain-blocklist'], token: 'returnc/vol', phrases: ['returnc/vol', 'excessive number of queries'], text: '127.255.255.255 (https://www.spamhaus.org/returnc/vol/) — DNSBL Error Code - Excess Volume, e.g. a user makes an excessive number of queries: the query came from a resolver exceeding Spamhaus usage terms; "must not be used to reject email".', source: SH_RETURNC_VOL },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// SpamCop — lookup / delisting: https://www.spamcop.net/bl.shtml
// ---------------------------------------------------------------------------------------------------------------

const SPAMCOP_FAQ = 'https://www.spamcop.net/fom-serve/cache/291.html';

export const SPAMCOP: KnowledgeSource = {
  id: 'spamcop',
  name: 'SpamCop Blocking List (SCBL)',
  kind: 'blocklist',
  reference: SPAMCOP_FAQ,
  replies: [
    { id: 'spamcop.bl', category: 'ip-blocklist', token: 'bl.spamcop.net', phrases: ['spamcop.net/bl.shtml', 'spamcop blocking list'], text: 'bl.spamcop.net — SpamCop Blocking List (127.0.0.2 when listed). Recommended reject string: "Email from your IP Address [IP Address] blocked, see http://spamcop.net/bl.shtml?[IP Address] for details".', source: `${SPAMCOP_FAQ} (via forum.spamcop.net/topic/5435-welcome-to-the-spamcop-blocklist-help-forum/)` },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Barracuda Reputation Block List — lookup https://www.barracudacentral.org/lookups,
// removal https://www.barracudacentral.org/rbl/removal-request. The zone's TXT answer, which receivers quote in their
// refusal, links the older lookup page: "Client host blocked using Barracuda Reputation, see
// http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.1".
// ---------------------------------------------------------------------------------------------------------------

const BRBL = 'https://www.barracudacentral.org/rbl/how-to-use';

export const BARRACUDA_BRBL: KnowledgeSource = {
  id: 'barracuda-brbl',
  name: 'Barracuda Reputation Block List (BRBL)',
  kind: 'blocklist',
  reference: BRBL,
  replies: [
    { id: 'barracuda-brbl.zone', category: 'ip-blocklist', token: 'b.barracudacentral.org', phrases: ['barracudacentral.org', 'barracuda reputation', 'barracudanetworks.com/reputation'], text: 'b.barracudacentral.org — standard DNSBL of IPs sending spam (Barracuda Reputation System); listed IPs return 127.0.0.2.', source: BRBL },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// SORBS — lookup / delisting: http://www.sorbs.net/lookup.shtml (the service was reported shut down in 2024)
// ---------------------------------------------------------------------------------------------------------------

const SORBS = 'http://www.us.sorbs.net/general/using.shtml';
const SORBS_SUBMIT = 'http://www.dnsbl.us.sorbs.net/submission.shtml';

export const SORBS_SOURCE: KnowledgeSource = {
  id: 'sorbs',
  name: 'SORBS',
  kind: 'blocklist',
  reference: SORBS,
  replies: [
    { id: 'sorbs.aggregate', category: 'ip-blocklist', token: 'dnsbl.sorbs.net', phrases: ['sorbs.net'], text: 'dnsbl.sorbs.net — aggregate zone (contains all the SORBS IP zones except spam.dnsbl.sorbs.net).', source: SORBS },
    { id: 'sorbs.http', category: 'ip-blocklist', token: 'http.dnsbl.sorbs.net', text: 'http.dnsbl.sorbs.net — List of Open HTTP Proxy Servers.', source: SORBS },
    { id: 'sorbs.socks', category: 'ip-blocklist', token: 'socks.dnsbl.sorbs.net', text: 'socks.dnsbl.sorbs.net — List of Open SOCKS Proxy Servers.', source: SORBS },
    { id: 'sorbs.misc', category: 'ip-blocklist', token: 'misc.dnsbl.sorbs.net', text: 'misc.dnsbl.sorbs.net — List of open Proxy Servers not listed in the SOCKS or HTTP lists.', source: SORBS },
    { id: 'sorbs.smtp', category: 'ip-blocklist', token: 'smtp.dnsbl.sorbs.net', text: 'smtp.dnsbl.sorbs.net — List of Open SMTP relay servers.', source: SORBS },
    { id: 'sorbs.web', category: 'ip-blocklist', token: 'web.dnsbl.sorbs.net', text: 'web.dnsbl.sorbs.net — List of web (WWW) servers which have spammer abusable vulnerabilities (e.g. FormMail scripts).', source: SORBS },
    { id: 'sorbs.spam', category: 'ip-blocklist', token: 'spam.dnsbl.sorbs.net', text: 'spam.dnsbl.sorbs.net / new.spam.dnsbl.sorbs.net / recent.spam.dnsbl.sorbs.net — hosts noted as sending spam/UCE/UBE to the admins of SORBS (within the last 48 hours / 28 days / ever).', source: SORBS },
    { id: 'sorbs.dul', category: 'ip-blocklist', token: 'dul.dnsbl.sorbs.net', text: 'dul.dnsbl.sorbs.net — Dynamic User and Host List (DUHL): netblocks whose address space is dynamically assigned to users and hosts.', source: SORBS_SUBMIT },
    { id: 'sorbs.rhsbl', category: 'domain-blocklist', token: 'rhsbl.sorbs.net', text: 'rhsbl.sorbs.net — domain-based list (RHSBL); includes baddns.rhsbl.sorbs.net, domains with bad DNS configurations (MX pointing to 127.0.0.1/32, 0.0.0.0/8 …).', source: SORBS_SUBMIT },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// UCEPROTECT — lookup / delisting: https://www.uceprotect.net/en/rblcheck.php (Level 1 expires automatically;
// Levels 2 and 3 clear when the Level 1 listings below them drop)
// ---------------------------------------------------------------------------------------------------------------

const UCE = 'https://www.uceprotect.net/en/';
const UCE_L2_VIA = `${UCE} (UCEPROTECT Blacklist Policy LEVEL 2; via whatismyipaddress.com/staticpages/index.php/dnsbl-details?dnsbl=dnsbl-2.uceprotect.net)`;

export const UCEPROTECT: KnowledgeSource = {
  id: 'uceprotect',
  name: 'UCEPROTECT Network (levels 1–3)',
  kind: 'blocklist',
  reference: UCE,
  replies: [
    { id: 'uceprotect.level1', category: 'ip-blocklist', token: 'dnsbl-1.uceprotect.net', phrases: ['uceprotect'], text: 'dnsbl-1.uceprotect.net — UCEPROTECT Level 1: single IP addresses seen sending spam to UCEPROTECT traps.', source: UCE_L2_VIA },
    { id: 'uceprotect.level2', category: 'ip-blocklist', token: 'dnsbl-2.uceprotect.net', phrases: ['uceprotect level 2', 'uceprotect-level 2'], text: 'dnsbl-2.uceprotect.net — UCEPROTECT Level 2: UCEPROTECT-Level 2 escalates within the allocation if the number of Level 1 listed abusive hosts grows over predefined trashcounts within 7 days (a /24 when more than 4 abuser IPs are Level 1 listed).', source: UCE_L2_VIA },
    { id: 'uceprotect.level3', category: 'ip-blocklist', token: 'dnsbl-3.uceprotect.net', phrases: ['uceprotect level 3'], text: 'dnsbl-3.uceprotect.net — UCEPROTECT Level 3: whole ASNs whose Level 2 listings exceed the threshold.', source: UCE_L2_VIA },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// SpamRATS — lookup / delisting: https://www.spamrats.com/lookup.php
// ---------------------------------------------------------------------------------------------------------------

const RATS = 'http://www.spamrats.com/lists.php';
const RATS_DYNA = 'https://www.spamrats.com/rats-dyna.php';

export const SPAMRATS: KnowledgeSource = {
  id: 'spamrats',
  name: 'SpamRATS (RATS-Dyna, RATS-NoPtr, RATS-Spam, RATS-Auth)',
  kind: 'blocklist',
  reference: RATS,
  replies: [
    { id: 'spamrats.dyna', category: 'ip-blocklist', token: 'dyna.spamrats.com', phrases: ['rats-dyna', 'spamrats'], text: 'RATS-Dyna (dyna.spamrats.com) — IPs found sending an abusive amount of connections or trying too many invalid users at ISP and Telco mail servers, whose reverse DNS/PTR follows naming conventions of a home connection or dynamic address space; removal only after correcting the reverse DNS.', source: RATS_DYNA },
    { id: 'spamrats.noptr', category: 'ptr', token: 'noptr.spamrats.com', phrases: ['rats-noptr'], text: 'RATS-NoPtr (noptr.spamrats.com) — inbound-filtering list of IPs without a reverse DNS (PTR) record.', source: RATS },
    { id: 'spamrats.spam', category: 'ip-blocklist', token: 'spam.spamrats.com', phrases: ['rats-spam'], text: 'RATS-Spam (spam.spamrats.com) — inbound-filtering list of IPs seen sending spam.', source: RATS },
    { id: 'spamrats.all', category: 'ip-blocklist', token: 'all.spamrats.com', phrases: ['rats-all'], text: 'RATS-All (all.spamrats.com) — one query for all SpamRATS lists.', source: RATS },
    { id: 'spamrats.auth', category: 'ip-blocklist', token: 'auth.spamrats.com', phrases: ['rats-auth'], text: 'RATS-Auth (auth.spamrats.com) — for blocking suspicious authentication attempts (SMTP, IMAP, POP, SSH, XMPP).', source: RATS },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Invaluement — subscriber-only (rsync), so replies name the list, not a public zone.
// Lookup / removal: https://www.invaluement.com/lookup/
// ---------------------------------------------------------------------------------------------------------------

const IVM = 'http://dnsbl.invaluement.com/';
const IVM_SIP = 'http://dnsbl.invaluement.com/ivmsip/';
const IVM_URI = 'http://dnsbl.invaluement.com/ivmuri/';

export const INVALUEMENT: KnowledgeSource = {
  id: 'invaluement',
  name: 'Invaluement (ivmSIP, ivmSIP/24, ivmURI)',
  kind: 'blocklist',
  reference: IVM,
  replies: [
    { id: 'invaluement.ivmsip', category: 'ip-blocklist', phrases: ['ivmsip', 'invaluement'], text: 'ivmSIP — the invaluement Senders IP DNSBL: IPs which only send spam.', source: IVM_SIP },
    { id: 'invaluement.ivmsip24', category: 'ip-blocklist', phrases: ['ivmsip/24'], text: 'ivmSIP/24 — IP ranges (sub-nets) where spam-sending patterns were detected.', source: IVM },
    { id: 'invaluement.ivmuri', category: 'domain-blocklist', phrases: ['ivmuri'], text: 'ivmURI — the invaluement URI DNSBL: IPs and domain names which only appear in the body of unsolicited messages.', source: IVM_URI },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// SURBL — lookup: https://www.surbl.org/surbl-analysis
// ---------------------------------------------------------------------------------------------------------------

const SURBL = 'https://www.surbl.org/lists (via pipelinedata.tilda.ws/surbl)';

export const SURBL_SOURCE: KnowledgeSource = {
  id: 'surbl',
  name: 'SURBL',
  kind: 'blocklist',
  reference: 'https://www.surbl.org/lists',
  replies: [
    { id: 'surbl.multi', category: 'domain-blocklist', token: 'multi.surbl.org', phrases: ['surbl.org'], text: 'multi.surbl.org — all SURBL lists bitmasked into one zone: 8 = PH (phishing), 16 = MW (malware), 64 = ABUSE, 128 = CR (e.g. 127.0.0.80 = MW + ABUSE). Each entry also has a TXT record naming the lists, meant for human readers (e.g. in non-delivery messages).', source: SURBL },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// URIBL — lookup and delisting: https://admin.uribl.com/
// ---------------------------------------------------------------------------------------------------------------

const URIBL = 'http://www.uribl.com/about.shtml';
const URIBL_REFUSED = 'http://uribl.com/refused.shtml';

export const URIBL_SOURCE: KnowledgeSource = {
  id: 'uribl',
  name: 'URIBL',
  kind: 'blocklist',
  reference: URIBL,
  replies: [
    { id: 'uribl.multi', category: 'domain-blocklist', token: 'multi.uribl.com', phrases: ['uribl.com'], text: 'multi.uribl.com — checks whether a domain is on any URIBL list (black, grey, red; white is separate).', source: URIBL },
    { id: 'uribl.black', category: 'domain-blocklist', token: 'black.uribl.com', text: 'black.uribl.com — domain names belonging to and used by spammers, including those in URIs found in UBE/UCE (127.0.0.2).', source: URIBL },
    { id: 'uribl.grey', category: 'domain-blocklist', token: 'grey.uribl.com', text: 'grey.uribl.com — domains found in UBE/UCE which possibly honour opt-out requests; may include ESPs.', source: URIBL },
    { id: 'uribl.red', category: 'domain-blocklist', token: 'red.uribl.com', text: 'red.uribl.com — domains actively showing up in mail flow, not on black, and either very young or using whois privacy.', source: URIBL },
    { id: 'uribl.refused', category: 'remote-error', token: 'refused.shtml', phrases: ['uribl.com/refused.shtml', 'query refused'], text: '"127.0.0.1 -> Query Refused. See http://uribl.com/refused.shtml for more information [Your DNS IP: <ip>]" — if a bounce links to this page, the receiver has not implemented URIBL lookups correctly (127.0.0.1 is not a listing).', source: URIBL_REFUSED },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// PSBL — lookup and self-service removal: https://psbl.org/ (psbl.surriel.com)
// ---------------------------------------------------------------------------------------------------------------

const PSBL = 'http://psbl.surriel.com/howto/';

export const PSBL_SOURCE: KnowledgeSource = {
  id: 'psbl',
  name: 'Passive Spam Block List (PSBL)',
  kind: 'blocklist',
  reference: PSBL,
  replies: [
    { id: 'psbl.zone', category: 'ip-blocklist', token: 'psbl.surriel.com', phrases: ['passive spam block list'], text: 'psbl.surriel.com — Passive Spam Block List: an IP is added when it sends email to a spamtrap, the email is not identified as non-spam and the IP is not a known mail server; anyone can remove an IP through the web interface.', source: PSBL },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Mailspike — lookup and delisting: https://mailspike.io/ip_verify
// ---------------------------------------------------------------------------------------------------------------

const MSPIKE = 'https://mailspike.org/usage.html';
const MSPIKE_ABOUT = 'https://mailspike.io/ip_verify/about';

export const MAILSPIKE: KnowledgeSource = {
  id: 'mailspike',
  name: 'Mailspike',
  kind: 'blocklist',
  reference: MSPIKE,
  replies: [
    { id: 'mailspike.bl', category: 'ip-blocklist', token: 'bl.mailspike.net', phrases: ['mailspike'], text: 'bl.mailspike.net — combines z.mailspike.net and the rep.mailspike.net IPs listed between L3 and L5; recommended action: block at MTA level.', source: MSPIKE },
    { id: 'mailspike.z', category: 'ip-blocklist', token: 'z.mailspike.net', text: 'z.mailspike.net (Zero-hour, ZBI) — IP addresses seen participating in a distributed spam wave; recommended action: block at MTA level.', source: MSPIKE },
    { id: 'mailspike.rep', category: 'ip-blocklist', token: 'rep.mailspike.net', text: 'rep.mailspike.net — reputation levels L5 (worst) … L1, LH0 (neutral), H1 … H5 (excellent) for IPs sending direct-to-MX mail.', source: MSPIKE_ABOUT },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Abusix Mail Intelligence — lookup and delisting: https://lookup.abusix.com/
// ---------------------------------------------------------------------------------------------------------------

const ABUSIX_ZONES = 'https://docs.abusix.com/docs/guardian-mail/production-zones';
const ABUSIX_POLICY = 'https://docs.abusix.com/ami-production-zones/policy';

export const ABUSIX: KnowledgeSource = {
  id: 'abusix',
  name: 'Abusix Mail Intelligence',
  kind: 'blocklist',
  reference: ABUSIX_ZONES,
  replies: [
    { id: 'abusix.combined', category: 'ip-blocklist', token: 'combined.mail.abusix.zone', phrases: ['mail.abusix.zone', 'abusix'], text: '<key>.combined.mail.abusix.zone — black + exploit + policy lists in one query: 127.0.0.2, .3, .200 (black), .4 (exploit), .11, .12 (policy).', source: ABUSIX_ZONES },
    { id: 'abusix.black', category: 'ip-blocklist', token: 'black.mail.abusix.zone', text: '<key>.black.mail.abusix.zone — hosts that sent mail to Abusix primary traps (127.0.0.2), very low reputation heuristics (127.0.0.3), semi-permanent manual listings (127.0.0.200); listing ≈5.2 days after traffic last seen.', source: ABUSIX_ZONES },
    { id: 'abusix.exploit', category: 'ip-blocklist', token: 'exploit.mail.abusix.zone', text: '<key>.exploit.mail.abusix.zone — exploited / compromised hosts (127.0.0.4 in the combined zone).', source: ABUSIX_ZONES },
    { id: 'abusix.policy', category: 'ip-blocklist', token: 'dynamic.mail.abusix.zone', text: '<key>.dynamic.mail.abusix.zone (Policy blocklist) — IPs that should not connect directly to external SMTP servers: 127.0.0.11 host with generic rDNS, 127.0.0.12 host with no rDNS; anyone can request a delist.', source: ABUSIX_POLICY },
    { id: 'abusix.dblack', category: 'domain-blocklist', token: 'dblack.mail.abusix.zone', text: '<key>.dblack.mail.abusix.zone — domain/URI list for domains and IPs found in the message body (127.0.1.1) or newly observed domains (127.0.1.2); can also be used as an RHSBL on rDNS, HELO, MAIL FROM, DKIM d=.', source: ABUSIX_ZONES },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Hostkarma (Junk Email Filter) — reportedly discontinued; documented codes kept for old configurations.
// ---------------------------------------------------------------------------------------------------------------

const HOSTKARMA = 'http://wiki.junkemailfilter.com/index.php/Spam_DNS_Lists (via suped.com/learn/blocklists/junk-email-filter-hostkarma-blacklist)';

export const HOSTKARMA_SOURCE: KnowledgeSource = {
  id: 'hostkarma',
  name: 'Hostkarma (Junk Email Filter)',
  kind: 'blocklist',
  reference: HOSTKARMA,
  replies: [
    { id: 'hostkarma.zone', category: 'ip-blocklist', token: 'hostkarma.junkemailfilter.com', phrases: ['junkemailfilter.com', 'hostkarma'], text: 'hostkarma.junkemailfilter.com — 127.0.0.1 whitelist, 127.0.0.2 blacklist (known source of spam), 127.0.0.3 yellowlist (mixed source), 127.0.0.4 brownlist (spam source short of blacklist), 127.0.0.5 NOBL.', source: HOSTKARMA },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// NordSpam — delisting by e-mail to delist@nordspam.com with an explanation (manual)
// ---------------------------------------------------------------------------------------------------------------

const NORDSPAM = 'https://nordspam.com/usage';

export const NORDSPAM_SOURCE: KnowledgeSource = {
  id: 'nordspam',
  name: 'NordSpam',
  kind: 'blocklist',
  reference: NORDSPAM,
  replies: [
    { id: 'nordspam.bl', category: 'ip-blocklist', token: 'bl.nordspam.com', phrases: ['nordspam'], text: 'bl.nordspam.com — NordSpam IP Blacklist (IPv4 and IPv6): positive response 127.0.0.2, TXT gives extra information; recommended action: block at MTA level.', source: NORDSPAM },
    { id: 'nordspam.dbl', category: 'domain-blocklist', token: 'dbl.nordspam.com', text: 'dbl.nordspam.com — NordSpam Domain Name Blacklist: positive response 127.0.0.2.', source: NORDSPAM },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// 0spam — lookup and removal: https://check.0spam.org/
// ---------------------------------------------------------------------------------------------------------------

const ZEROSPAM = 'https://0spam.org/how-does-the-0spam-service-work';
const ZEROSPAM_HOME = 'https://0spam.org/ (via staging.urlscan.io capture of 0spam.org)';

export const ZEROSPAM_SOURCE: KnowledgeSource = {
  id: '0spam',
  name: '0spam',
  kind: 'blocklist',
  reference: ZEROSPAM,
  replies: [
    { id: '0spam.bl', category: 'ip-blocklist', token: 'bl.0spam.org', phrases: ['0spam'], text: 'bl.0spam.org (mirror 0spam.fusionzero.com) — any IP sending spam to 0spam traps is listed with data code 127.0.0.#.', source: ZEROSPAM },
    { id: '0spam.nbl', category: 'ip-blocklist', token: 'nbl.0spam.org', text: 'nbl.0spam.org (mirror 0spam-n.fusionzero.com) — Network Black List: Class C blocks with many spam-trap hits.', source: ZEROSPAM },
    { id: '0spam.url', category: 'domain-blocklist', token: 'url.0spam.org', text: 'url.0spam.org (mirror 0spamurl.fusionzero.com) — URL Black List: IP addresses of domains found in the source of spam emails.', source: ZEROSPAM_HOME },
    { id: '0spam.fusionzero', category: 'ip-blocklist', token: '0spam.fusionzero.com', text: '0spam.fusionzero.com — DNSBL mirror of bl.0spam.org.', source: ZEROSPAM_HOME },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// DroneBL — lookup and removal: https://dronebl.org/lookup
// ---------------------------------------------------------------------------------------------------------------

const DRONEBL = 'https://dronebl.org/docs/howtouse';

export const DRONEBL_SOURCE: KnowledgeSource = {
  id: 'dronebl',
  name: 'DroneBL',
  kind: 'blocklist',
  reference: DRONEBL,
  replies: [
    { id: 'dronebl.zone', category: 'ip-blocklist', token: 'dnsbl.dronebl.org', phrases: ['listed in the dronebl', 'dronebl.org/lookup'], text: 'dnsbl.dronebl.org — abusable / compromised hosts (drones, proxies, botnets). Example reject reason: "You have a host listed in the DroneBL. For more information, visit http://dronebl.org/lookup".', source: DRONEBL },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// LashBack Unsubscribe Blacklist (UBL) — lookup and delisting via LashBack's web lookup
// ---------------------------------------------------------------------------------------------------------------

const UBL = 'http://lashback.com/support/UnsubscribeBlacklistSupport.aspx';

export const LASHBACK_UBL: KnowledgeSource = {
  id: 'lashback',
  name: 'LashBack Unsubscribe Blacklist (UBL)',
  kind: 'blocklist',
  reference: UBL,
  replies: [
    { id: 'lashback.ubl', category: 'ip-blocklist', token: 'ubl.unsubscore.com', phrases: ['unsubscore', 'lashback'], text: 'ubl.unsubscore.com — LashBack Unsubscribe Blacklist: IP addresses of senders using email addresses harvested from suppression (unsubscribe) lists.', source: UBL },
  ],
};

export const BLOCKLIST_SOURCES: readonly KnowledgeSource[] = [
  SPAMHAUS,
  SPAMCOP,
  BARRACUDA_BRBL,
  SORBS_SOURCE,
  UCEPROTECT,
  SPAMRATS,
  INVALUEMENT,
  SURBL_SOURCE,
  URIBL_SOURCE,
  PSBL_SOURCE,
  MAILSPIKE,
  ABUSIX,
  HOSTKARMA_SOURCE,
  NORDSPAM_SOURCE,
  ZEROSPAM_SOURCE,
  DRONEBL_SOURCE,
  LASHBACK_UBL,
];
