/**
 * Authentication failures: SPF (RFC 7208), DKIM (RFC 6376), DMARC (RFC 7489), reverse DNS (RFC 8601 iprev), and the
 * receivers' "unauthenticated" blocks. Stock wording from policyd-spf (python-policyd-spf README), Postfix
 * (reject_unknown_client_hostname, postconf(5)), and the enhanced codes of RFC 7372.
 */
import type { Rule } from '../types';

export const AUTHENTICATION_RULES: readonly Rule[] = [
  {
    id: 'auth.dmarc',
    term: true,
    category: 'dmarc',
    phrases: ['dmarc', 'dmarc policy', 'dmarc verification', 'dmarc check', 'dmarc fail', 'dmarc reject', 'failed dmarc', 'dmarc validation', 'per dmarc', 'dmarc record', "domain's dmarc", 'due to dmarc', 'dmarc alignment', 'not aligned', 'domain owner policy'],
    source: 'RFC 7489 §6.6.2, §7.3 (policy rejections); §3 and §6.3 (the Domain Owner publishes the policy: "domain owner policy")',
  },
  {
    id: 'auth.spf',
    term: true,
    category: 'spf',
    phrases: ['spf', 'spf fail', 'spf check', 'spf validation', 'sender policy framework', 'spf record', 'spf policy', 'spf softfail', 'not authorized by spf', 'spf=fail', 'sender id', 'openspf', 'spf:', 'spf (', 'spf)', 'failed spf', 'spf authentication'],
    // The SPF result explanation libspf2, pyspf and Gmail's Received-SPF write: "domain of example.com does not
    // designate 192.0.2.1 as permitted sender".
    patterns: [
      /\bdoes not designate \S{1,80} as permitted sender\b/i,
      // …and of the "neutral" result, in RFC 7208 §9.1's own example comment: "192.0.2.1 is neither permitted nor
      // denied by domain of example.com" (a receiver that refuses on it still refuses on SPF).
      /\bis neither permitted nor denied by (?:the )?domain\b/i,
      // SPF's own terms (RFC 7208 §1, §2.6.4): a domain authorizes hosts to send for it. "You are not using a server
      // that is authorized to send mail from your domain", "not authorized to send on behalf of the domain".
      /\bauthori[sz]ed to (?:send|use)(?: (?:e-?mail|mail|messages))? (?:from|for|on behalf of|as) (?:(?:your|the|this|that|its|sender'?s?) )?(?:[\w.-]{1,60} )?domain\b/i,
    ],
    source: 'RFC 7208 §8.4, §2.6.4 ("fail" result), §9.1 (Received-SPF comments: "domain of … does not designate … as permitted sender", "… is neither permitted nor denied by domain of …"); python-policyd-spf rejection text; RFC 7208 §1 (a domain authorizes the hosts that may send for it: "not authorized to send on behalf of the domain")',
  },
  {
    id: 'auth.dkim',
    term: true,
    category: 'dkim',
    phrases: ['dkim', 'dkim signature', 'dkim fail', 'dkim check', 'dkim validation', 'dkim=fail', 'failed dkim', 'no valid dkim', 'dkim verification', 'not dkim', 'dkim authentication', 'invalid dkim', 'dkim:', 'body hash', 'bodyhash'],
    source: 'RFC 6376 §6.3; §3.7 and §6.1.3 (the body hash, bh=: "body hash did not verify"); RFC 7372 §3.1 (X.7.20–X.7.22)',
  },
  {
    id: 'auth.unauthenticated',
    category: 'unauthenticated',
    phrases: ['spf or dkim', 'spf and dkim', 'unauthenticated email', 'unauthenticated mail', 'is unauthenticated', 'authentication requirements', 'sender is unauthenticated', 'must authenticate with', 'authentication checks failed', 'failed authentication', "doesn't meet the required authentication", 'does not meet the required authentication', 'anti-spoofing', 'spoofing attempt', 'spoofed sender', 'email authentication'],
    source: 'RFC 7372 §3.3 (X.7.26 multiple authentication checks failed); Mimecast "Rejected by header based Anti-Spoofing policy" (https://community.mimecast.com/docs/DOC-1369)',
  },
  {
    id: 'auth.ptr',
    category: 'ptr',
    phrases: [
      'reverse dns', 'ptr record', 'cannot find your hostname', 'cannot find your reverse hostname', 'reverse lookup', 'rdns',
      'does not have a ptr', 'no ptr', 'client host rejected: cannot find your', 'hostname does not resolve', 'forward dns', 'reverse-dns',
      'iprev', 'name lookup failed',
      'unverifiable sending ip', 'does not match the ip', 'fcrdns', 'forward-confirmed reverse', 'forward confirmed reverse',
      'no rdns', 'no reverse dns', 'ptr resource record',
    ],
    patterns: [
      // An IP address "resolves" only through its reverse (PTR) record: "Sender IP must resolve", "your IP does not resolve".
      /\b(?:ip|ip address|client ip|sender ip|sending ip|connecting ip|your ip)(?: \[?[0-9a-f.:]{3,45}\]?)? (?:must|does ?n[o'’]t|did ?n[o'’]t|cannot|can(?:['’]| ?no)t|could ?n[o'’]t|failed to) (?:reverse[- ]?)?resolve\b/i,
      // A name that does not match the connecting IP (RFC 8601 iprev: the name's addresses must include the IP):
      // "hostname does not match its IP address", "Hostname mail.example.com does not match IP 192.0.2.1".
      /\b(?:host ?name|helo|ehlo|name|domain)(?: [\w.[\]@-]{1,80}){0,3} (?:does ?n[o'’]t |do ?n[o'’]t |not )match(?:es|ing)? (?:(?:the|its|your|client|sending|connecting) ){0,2}ip\b/i,
    ],
    source: 'Postfix postconf(5) reject_unknown_client_hostname; RFC 8601 §3 (iprev: the IP address resolved to a name through its PTR record); forward-confirmed reverse DNS (FCrDNS, Haraka connect.fcrdns); RFC 7372 X.7.25; RFC 8601 §2.7.3 iprev in plain words ("no rDNS", "hostname does not match its IP address"); RFC 1035 §3.3.12 (the PTR resource record)',
  },
  {
    // The name the client greets with (HELO/EHLO) refused: filed with reverse DNS (taxonomy: "no or a mismatching
    // reverse DNS (PTR) / HELO name"), with texts of its own (the fix is the name the sending server or program sends).
    id: 'auth.helo',
    category: 'ptr',
    phrases: ['helo command rejected', 'need fully-qualified hostname', 'invalid helo', 'bad helo', 'helo name'],
    // The HELO/EHLO name must be a fully-qualified domain name or an address literal (RFC 5321 §4.1.1.1, §2.3.5).
    patterns: [
      /\b(?:helo|ehlo)\b[^.\n]{0,40}\b(?:fqdn|fully[- ]qualified)\b/i,
      // …in the other order ("Please use a fully-qualified domain name for HELO/EHLO").
      /\b(?:fqdn|fully[- ]qualified)\b[^.\n]{0,40}\b(?:helo|ehlo)\b/i,
      // The HELO argument said to be malformed or invalid ("HELO argument [localhost.localdomain] is malformed").
      /\b(?:helo|ehlo)(?: (?:argument|name|hostname|host name|domain|identifier))?(?: \S{1,80})? (?:is |was )?(?:malformed|invalid|bogus|not valid)\b/i,
      // The HELO itself refused ("HELO/EHLO rejected", "EHLO name refused"), as Postfix's "Helo command rejected" is.
      /\b(?:helo|ehlo)(?:\/ehlo)?(?: (?:command|argument|name|hostname|host name|greeting))? (?:was )?(?:rejected|refused|denied)\b/i,
      // Asked to greet with its real name ("Please use your real hostname when saying HELO"): RFC 5321 §4.1.1.1.
      /\b(?:real|proper|valid|correct|own) (?:host ?name|domain name|fqdn)\b[^.\n]{0,30}\b(?:helo|ehlo)\b/i,
    ],
    source: 'RFC 5321 §4.1.1.1 and §2.3.5 (the HELO/EHLO argument is the client\'s fully-qualified domain name, or an address literal); Postfix postconf(5) reject_invalid_helo_hostname / reject_non_fqdn_helo_hostname / reject_unknown_helo_hostname ("Helo command rejected")',
  },
];
