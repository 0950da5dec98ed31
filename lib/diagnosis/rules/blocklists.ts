/**
 * DNS blocklists named in replies. A zone in the reply decides between an IP list and a domain/URI list; the zone
 * itself is kept for the checklist (delisting link). Zone names and return codes from each list's own documentation:
 * Spamhaus https://docs.spamhaus.com/datasets/docs/source/40-real-world-usage/PublicMirrors/MTAs/020-Postfix.html and
 * https://www.spamhaus.org/faqs/dnsbl-usage/ (127.0.0.2 SBL, .3 CSS, .4–.7 XBL, .9 DROP, .10–.11 PBL, 127.0.1.x DBL),
 * SpamCop https://www.spamcop.net/fom-serve/cache/291.html, Barracuda https://www.barracudacentral.org/rbl,
 * UCEPROTECT https://www.uceprotect.net/en/, PSBL https://psbl.org/, SORBS, Mailspike https://mailspike.org/,
 * Abusix https://docs.abusix.com/, Invaluement https://www.invaluement.com/, SURBL/URIBL; CBL https://www.abuseat.org/
 * and https://www.abuseat.org/cutover.html, SpamRATS http://www.spamrats.com/lists.php, Backscatterer
 * http://www.backscatterer.org/index.php, 0spam https://0spam.org/how-does-the-0spam-service-work, Spam Eating Monkey
 * http://spameatingmonkey.com/ (its zones as rspamd's rbl.conf and surbl module query them), JunkEmailFilter
 * http://wiki.junkemailfilter.com/index.php?title=Spam_DNS_Lists, s5h http://www.s5h.net/rblcheck, INPS
 * http://dnsbl.inps.de/index.cgi?lang=en&site=00001, Validity Sender Score (SpamAssassin 20_dnsbl_tests.cf
 * RCVD_IN_RP_RNBL), NordSpam https://nordspam.com/usage, InterServer http://rbl.interserver.net/about.php, NiX Spam
 * (closed: https://heise.de/-10248714), WPBL http://wpbl.info/ (closed); MAPS (mail-abuse.org, now Trend Micro's Email
 * Reputation Services: https://www.mail-abuse.com/).
 */
import type { Rule } from '../types';

export interface BlocklistZone {
  /** Lower-case zone or product name as it appears in replies. */
  match: string;
  name: string;
  kind: 'ip' | 'domain';
  delist: string;
}

/**
 * Further lists, named in replies by their zones or pages: the rules below read each name as that kind of listing, so a
 * list is added here once.
 */
const MORE_LISTS: readonly BlocklistZone[] = [
  // The Composite Blocking List: its zone and lookup address still appear in replies, but since January 2021 its data
  // is Spamhaus XBL's and its lookups are Spamhaus's (https://www.abuseat.org/cutover.html).
  { match: 'cbl.abuseat.org', name: 'CBL (now part of Spamhaus XBL)', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'abuseat', name: 'CBL (now part of Spamhaus XBL)', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  // Other lists of sending IPs, each zone as its operator documents it (a list that has closed still appears in the
  // replies of servers that query it: NiX Spam since January 2025, WPBL since 2024).
  { match: 'spamrats', name: 'SpamRATS', kind: 'ip', delist: 'http://www.spamrats.com/' },
  { match: 'ips.backscatterer.org', name: 'Backscatterer', kind: 'ip', delist: 'http://www.backscatterer.org/' },
  { match: 'backscatterer', name: 'Backscatterer', kind: 'ip', delist: 'http://www.backscatterer.org/' },
  { match: 'bl.0spam.org', name: '0spam', kind: 'ip', delist: 'https://check.0spam.org/' },
  { match: 'nbl.0spam.org', name: '0spam', kind: 'ip', delist: 'https://check.0spam.org/' },
  { match: 'uribl.spameatingmonkey.net', name: 'Spam Eating Monkey URIBL', kind: 'domain', delist: 'http://spameatingmonkey.com/' },
  { match: 'bl.spameatingmonkey.net', name: 'Spam Eating Monkey', kind: 'ip', delist: 'http://spameatingmonkey.com/' },
  { match: 'hostkarma', name: 'JunkEmailFilter Hostkarma', kind: 'ip', delist: 'http://wiki.junkemailfilter.com/index.php?title=Spam_DNS_Lists' },
  { match: 'all.s5h.net', name: 's5h', kind: 'ip', delist: 'http://www.s5h.net/rblcheck' },
  { match: 'dnsbl.inps.de', name: 'INPS', kind: 'ip', delist: 'http://dnsbl.inps.de/' },
  { match: 'bl.score.senderscore.com', name: 'Validity Sender Score blocklist', kind: 'ip', delist: 'https://senderscore.org/blacklistlookup/' },
  { match: 'dbl.nordspam.com', name: 'NordSpam DBL', kind: 'domain', delist: 'https://nordspam.com/' },
  { match: 'bl.nordspam.com', name: 'NordSpam', kind: 'ip', delist: 'https://nordspam.com/' },
  { match: 'rbl.interserver.net', name: 'InterServer RBL', kind: 'ip', delist: 'http://rbl.interserver.net/delisting.php' },
  { match: 'ix.dnsbl.manitu.net', name: 'NiX Spam (closed in 2025)', kind: 'ip', delist: 'http://www.dnsbl.manitu.net/' },
  { match: 'db.wpbl.info', name: 'WPBL (closed in 2024)', kind: 'ip', delist: 'http://wpbl.info/' },
  // MAPS, the first DNS blocklists (RBL, DUL for dial-up ranges, RSS for open relays) at mail-abuse.org; Trend Micro
  // runs them as its Email Reputation Services, with lookups at www.mail-abuse.com.
  { match: 'mail-abuse', name: 'MAPS (Trend Micro Email Reputation)', kind: 'ip', delist: 'https://servicecentral.trendmicro.com/en-US/ers/' },
];

export const BLOCKLIST_ZONES: readonly BlocklistZone[] = [
  { match: 'dbl.spamhaus.org', name: 'Spamhaus DBL', kind: 'domain', delist: 'https://check.spamhaus.org/' },
  { match: 'zrd.spamhaus.org', name: 'Spamhaus ZRD', kind: 'domain', delist: 'https://check.spamhaus.org/' },
  { match: 'zen.spamhaus.org', name: 'Spamhaus ZEN', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'sbl-xbl.spamhaus.org', name: 'Spamhaus SBL-XBL', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'sbl.spamhaus.org', name: 'Spamhaus SBL', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'xbl.spamhaus.org', name: 'Spamhaus XBL', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'pbl.spamhaus.org', name: 'Spamhaus PBL', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'css.spamhaus.org', name: 'Spamhaus CSS', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'spamhaus', name: 'Spamhaus', kind: 'ip', delist: 'https://check.spamhaus.org/' },
  { match: 'bl.spamcop.net', name: 'SpamCop', kind: 'ip', delist: 'https://www.spamcop.net/bl.shtml' },
  { match: 'spamcop', name: 'SpamCop', kind: 'ip', delist: 'https://www.spamcop.net/bl.shtml' },
  { match: 'b.barracudacentral.org', name: 'Barracuda Reputation Block List', kind: 'ip', delist: 'https://www.barracudacentral.org/rbl/removal-request' },
  { match: 'barracuda reputation', name: 'Barracuda Reputation Block List', kind: 'ip', delist: 'https://www.barracudacentral.org/rbl/removal-request' },
  { match: 'uceprotect', name: 'UCEPROTECT', kind: 'ip', delist: 'https://www.uceprotect.net/en/rblcheck.php' },
  { match: 'psbl.surriel.com', name: 'PSBL', kind: 'ip', delist: 'https://psbl.org/' },
  { match: 'sorbs', name: 'SORBS', kind: 'ip', delist: 'http://www.sorbs.net/lookup.shtml' },
  { match: 'mailspike', name: 'Mailspike', kind: 'ip', delist: 'https://mailspike.org/iplookup.html' },
  { match: 'abusix', name: 'Abusix Mail Intelligence', kind: 'ip', delist: 'https://lookup.abusix.com/' },
  { match: 'invaluement', name: 'Invaluement', kind: 'ip', delist: 'https://www.invaluement.com/lookup/' },
  { match: 'ivmsip', name: 'Invaluement ivmSIP', kind: 'ip', delist: 'https://www.invaluement.com/lookup/' },
  { match: 'ivmuri', name: 'Invaluement ivmURI', kind: 'domain', delist: 'https://www.invaluement.com/lookup/' },
  { match: 'multi.surbl.org', name: 'SURBL', kind: 'domain', delist: 'https://www.surbl.org/surbl-analysis' },
  { match: 'surbl', name: 'SURBL', kind: 'domain', delist: 'https://www.surbl.org/surbl-analysis' },
  { match: 'uribl', name: 'URIBL', kind: 'domain', delist: 'https://admin.uribl.com/' },
  { match: 'dnsbl.dronebl.org', name: 'DroneBL', kind: 'ip', delist: 'https://dronebl.org/lookup' },
  { match: 'ipcheck.proofpoint.com', name: 'Proofpoint IP reputation', kind: 'ip', delist: 'https://ipcheck.proofpoint.com/' },
  { match: 'trend micro rbl', name: 'Trend Micro Email Reputation', kind: 'ip', delist: 'https://servicecentral.trendmicro.com/en-US/ers/' },
  { match: 'ers-rbl', name: 'Trend Micro Email Reputation', kind: 'ip', delist: 'https://servicecentral.trendmicro.com/en-US/ers/' },
  // Cloudmark Sender Intelligence: an IP reputation list receivers refuse by, named by its reset portal's address;
  // Cloudmark resets an IP's statistics on request (http://csi.cloudmark.com/reasons-admin.php).
  { match: 'csi.cloudmark.com', name: 'Cloudmark Sender Intelligence (CSI)', kind: 'ip', delist: 'http://csi.cloudmark.com/reset-request/' },
  { match: 'cloudmark csi', name: 'Cloudmark Sender Intelligence (CSI)', kind: 'ip', delist: 'http://csi.cloudmark.com/reset-request/' },
  ...MORE_LISTS,
];

/** Finds the first known list named in a (lower-cased) reply. */
export function findZone(lowerReply: string): BlocklistZone | null {
  for (const z of BLOCKLIST_ZONES) if (lowerReply.includes(z.match)) return z;
  return null;
}

/** The names of MORE_LISTS of one kind, as the zone rules read them. */
const namesOf = (kind: BlocklistZone['kind']) => MORE_LISTS.filter((z) => z.kind === kind).map((z) => z.match);

/** What a URI blocklist or filter calls a link it refused. */
const BAD_LINK = '(?:blocked|black-?listed|block-?listed|listed|banned|forbidden|prohibited|spam(?:my)?|malicious|phishing|high-risk|known bad)';

export const BLOCKLIST_RULES: readonly Rule[] = [
  {
    id: 'blocklist.domain-zone',
    category: 'domain-blocklist',
    name: true,
    phrases: ['dbl.spamhaus.org', 'zrd.spamhaus.org', 'spamhaus dbl', 'spamhaus zrd', 'multi.surbl.org', 'surbl.org', 'uribl.com', 'ivmuri', ...namesOf('domain')],
    source: 'https://www.spamhaus.org/faqs/domain-blocklist/ ("the Spamhaus DBL", "Spamhaus ZRD"); https://www.surbl.org/lists; https://uribl.com/about.shtml',
  },
  {
    id: 'blocklist.domain-phrase',
    category: 'domain-blocklist',
    phrases: [
      'domain is blacklisted', 'domain is blocklisted', 'url in the message is listed', 'contains a url listed', 'uri blacklisted', 'listed uri',
      'sender domain is listed', 'domain listed in', 'url in message is', 'url in the message is', 'blacklisted url', 'blocklisted url',
    ],
    // A URL, link or domain of the message said to be listed, blocked or bad ("contains a blocked URL", "spam URL",
    // "links to known spam sites", "a listed domain", "URL is blacklisted"): what URI blocklists judge (SpamAssassin's
    // URIBL_* rules "Contains an URL listed in the … blocklist"). The words about the link outweigh a bare "spam" or
    // "phishing" beside them.
    // (One pattern per kind of link, so each has a word the tables look for before running it.)
    patterns: [
      ...['urls?', 'uris?', 'links?', 'domains?', '(?:web ?)?sites?'].map((link) => new RegExp(String.raw`\b${BAD_LINK} ${link}\b`, 'i')),
      // (The link may be named in brackets after it: "A URL in this email (example . net) is listed on …".)
      ...['urls?', 'uris?', 'links?'].map((link) => new RegExp(String.raw`\b${link}(?: in (?:the |your |this )?(?:message|e-?mail|body))?(?: \([^()\n]{1,100}\))? (?:is |are |was |were |has been |have been )?(?:black-?listed|block-?listed|blocked|banned|listed)\b`, 'i')),
    ],
    source: 'RFC 5782 (DNS blacklists and whitelists), §2.3 URI lists; SpamAssassin URIBL_* rules (Mail::SpamAssassin::Plugin::URIDNSBL: "Contains an URL listed in the … blocklist"); https://www.surbl.org/lists',
  },
  {
    id: 'blocklist.ip-zone',
    category: 'ip-blocklist',
    name: true,
    phrases: [
      'spamhaus', 'spamcop', 'barracudacentral', 'barracuda reputation', 'uceprotect', 'psbl.surriel', 'sorbs', 'mailspike',
      'abusix', 'invaluement', 'ivmsip', 'dronebl', 'ipcheck.proofpoint.com', 'trend micro rbl', 'ers-rbl', 'csi.cloudmark.com', 'cloudmark csi',
      ...namesOf('ip'),
    ],
    source: 'https://www.spamhaus.org/faqs/dnsbl-usage/; Cloudmark Sender Intelligence http://csi.cloudmark.com/reasons-admin.php; the other lists\' own pages (MORE_LISTS above)',
  },
  {
    // The sending IP said to be blocked, on the receiver's own list (taxonomy.md: "a provider's own list"): "This IP
    // [192.0.2.1] is blocked", "Access from ip address 192.0.2.1 blocked". That the IP is refused, not why: a cause
    // named beside it ("… blocked for sending too many messages") decides.
    id: 'blocklist.ip-blocked',
    category: 'ip-blocklist',
    symptom: true,
    patterns: [/\b(?:ip|ip address|ipv[46] address)(?: \[?[0-9a-fx*.:]{3,45}\]?)? (?:is|was|has been) (?:temporarily |permanently )?blocked\b|\b(?:ip|ip address) \[?[0-9a-fx*.:]{3,45}\]? blocked\b/i],
    source: '../shared/docs/taxonomy.md, ip-blocklist: the sending IP on "a provider\'s own list" as on a public one',
  },
  {
    id: 'blocklist.ip-phrase',
    category: 'ip-blocklist',
    phrases: [
      'blocked using', 'blacklisted', 'blocklisted', 'black list', 'block list', 'blocklist',
      'blacklist', 'rbl', 'dnsbl', 'banned sending ip', 'block listed', 'on our block list', 'ip is in', 'found on one or more dnsbls',
    ],
    // The sending IP said to be on a list: "IP address blacklisted", "Your IP 192.0.2.1 is blacklisted" — or just
    // "listed", RFC 5782's own word for an address a list holds ("Server IP 192.0.2.1 listed as abusive").
    patterns: [
      // Listed in, on or at a list: one named by its DNS zone ("listed in zen.spamhaus.org", RFC 5782 §2), by the name
      // Spamhaus gives its IP lists (SBL, XBL, PBL, CSS, ZEN, and the CBL now within XBL: spamhaus.org/blocklists), or
      // called one ("listed on a DNSBL", "listed in our blacklist") — not whatever else something is listed in ("the
      // address listed in MAINTAINERS").
      /\blisted (?:in|on|at|by)(?= (?:(?:the|a|an|our|one or more|several|multiple|some) )?(?:https?:\/\/)?(?:[\w-]{1,63}\.){1,6}[a-z]{2,24}\b| (?:the )?(?:spamhaus )?(?:sbl|xbl|pbl|css|zen|cbl)\b| (?:(?:the|a|an|our|one or more|several|multiple|some|public|known|real-?time) ){0,2}(?:[\w-]{1,30} ){0,2}(?:rbls?|dnsbls?|blacklists?|blocklists?|black ?lists?|block ?lists?|spam ?lists?|databases?|lists?)\b)/i,
      /\b(?:ip|ip address|ipv[46] address)(?: \[?[0-9a-f.:]{3,45}\]?)?(?: (?:is|was|has been))? (?:(?:black|block|ban)[- ]?)?listed\b/i,
      // The address itself as the subject, written out or redacted ("The sender 192.0.2.1 is blacklisted", "xxx.xxx.xxx.xxx").
      /\b[\dx*]{1,3}(?:\.[\dx*]{1,3}){3}\]? (?:is |was |has been )?(?:(?:black|block|ban)[- ]?)?listed\b/i,
      // The connecting host as the subject ("(host is blacklisted)", "client host [192.0.2.1] is blocklisted"): the
      // receiver speaks of the host that connected to it, the sending server.
      /\b(?:client |sending |connecting |your )?host(?: \[?[0-9a-f.:]{3,45}\]?)? (?:is|was|has been) (?:black|block)[- ]?listed\b/i,
      // …or said to be in or on one ("Your IP 192.0.2.1 is in RBL", "IP address is on a DNSBL").
      /\b(?:ip|ip address|ipv[46] address)(?: \[?[0-9a-fx*.:]{3,45}\]?)? (?:is|was) (?:in|on) (?:(?:the|a|an|our|one or more) )?(?:rbls?|dnsbls?|blacklists?|blocklists?|black ?lists?|block ?lists?)\b/i,
      // Banned: Microsoft's word for its own list ("Access denied, banned sender", "banned sending IP"). Like the other
      // list words, what is banned decides: an IP by default, a domain or an address when the words before say so.
      /\b(?:is|was|has been|have been) (?:temporarily |permanently )?banned\b/i,
    ],
    source: 'RFC 5782 (DNS blacklists and whitelists), §2.1 IPv4 lists; GMX/WEB.DE error messages ("IP address is block listed"); Microsoft 365 NDR 5.7.511 ("Access denied, banned sender") and 5.7.606-649 ("Access denied, banned sending IP")',
  },
  {
    // An IP refused for being in dynamically assigned (dial-up, residential) address space is on a list of such space:
    // a DNSBL's (Spamhaus PBL, SORBS DUHL, Abusix policy list, RATS-Dyna) or the provider's own (Comcast ES000001 and
    // ES000010, AOL RTR:DU "lists of dynamic and residential IP addresses" kept with Spamhaus, NetCologne "Dyn/Dialup").
    id: 'blocklist.dynamic-space',
    category: 'ip-blocklist',
    phrases: ['dynamic ip', 'dynamic ips', 'dynamic address', 'dynamic addresses', 'dynamically assigned', 'dial-up', 'dialup', 'residential ip', 'residential ips', 'residential address', 'residential space', 'residential/dynamic', 'dynamic/residential', 'non-static ip', 'non-static-ip', 'nonstatic ip'],
    source: 'https://www.spamhaus.org/pbl/ (PBL: end-user IP ranges, dynamic and non-MTA customer space); SORBS DUHL (dul.dnsbl.sorbs.net); Comcast ES000001/ES000010 (postmaster.comcast.net mail-error-codes); AOL RTR:DU; lib/diagnosis/knowledge (comcast.ts, yahoo.ts, blocklists.ts, europe.ts); "non-static" is the same dynamic space in other words',
  },
];
