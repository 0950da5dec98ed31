/**
 * German-speaking hosting and mail providers (Germany, Switzerland, Austria) beyond europe.ts, isps.ts and hosting.ts:
 * the replies each documents on its own help / FAQ page, one source each, every entry citing its page. Where the reply
 * text is English and only the explanation German, the entry carries no `lang`; the short English parenthetical after
 * each text is the page's own explanation, translated.
 *
 * Found as documentation (each page readable only up to its first screen or so in the stored copies; what lies beyond
 * that is not here):
 * - STRATO: "Fehlermeldungen bei E-Mails" (FAQ #2420, strato.de) is already in hosting.ts (mailbox full, "No SPAM
 *   please!" with B-URL / B-TEXT / B-SCORE / B-EX / B-ATTACH, "Suspected phishing attempt", "no mailbox here by that
 *   name", "recipient e-mail adress unknown", and FAQ #2304's outgoing filter). Only what STRATO's English copy of the
 *   same FAQ adds is here: "Forbidden domain … in Envelope-From (B-EFROM-STRATO)".
 * - ALL-INKL.COM: "Email error messages" (all-inkl.com/en/mail-error/): its outgoing server's refusal to send to
 *   recipients that bounced before.
 * - Mittwald: "Was bedeutet meine E-Mail-Fehlermeldung?": its greylisting reply ("Docking request denied …").
 * - cyon (CH): "SMTP-Error 550": two replies of other servers it explains that no table holds yet.
 * - One Systems (CH, support.onesystems.ch): "Übersicht häufig vorkommender Fehlermeldungen".
 * - Cleanmail (CH, mail filter service): its rejection of bluewin.ch senders that Bluewin's SPF does not cover.
 * - easyWAN (DE, spam-mail-blocker.de): its greylisting help page with the status texts its filter gives.
 *
 * Searched for and NOT found as documentation (no entry written): Hetzner (wiki.hetzner.de documents konsoleH's
 * black-/whitelist and mailbox settings, no reply texts), netcup (its help center explains the spam filter score, no
 * reply texts), Host Europe (a reply "550 User unknown (ID:440:1:2 (xxx.mc1.hosteurope.de))" is quoted only by a
 * third party, ConfTool's forum), domainFactory, Alfahosting, 1blu, Hostpoint, world4you, A1 / Telekom Austria (its help
 * page names size limits and a blocked hacked account, no reply texts), Swisscom / Bluewin (already noted in
 * regional.ts: the status message carries a delisting URL, no text quoted), freenet (its help pages on "Rückläufer"
 * quote no reply; "550 inconsistent / missing DNS PTR record (RFC 1912 2.1)" is quoted only in a GitHub issue as an
 * answer from freenet support), Posteo, mailbox.org, Vodafone / Kabel Deutschland / Arcor, Uberspace (its manual,
 * Uberspace/manual source/mail-spam.rst, says mails scoring above 15 are rejected but quotes no reply).
 *
 * Read but left out: the rest of Mittwald's, cyon's and One Systems' lists are generic Postfix / RFC texts already read
 * as documented ("Sender address rejected: Domain not found", "User unknown in virtual alias table", "Error: too many
 * recipients", "cannot find your hostname", "Relay access denied", "no such user", "Relay Not Permitted"); cyon's
 * "550 5.1.0 Adress Rejected" (cyon: the recipient blocks the sender) conflicts with other German pages that read the
 * same code as an unknown recipient, and its "550 Administrative Prohibition" (an RBL listing or a dynamic IP) with
 * Runbox's and Exim's readings (hosting.ts, mta-exim.ts); ALL-INKL's "Spam message rejected." means what the generic
 * entries (filters.ts rspamd.reject) already say; goneo's and comservice-ffo's pages repeat Postfix's "not owned by
 * user" and IONOS's replies; adeska's "has exceeded the max defers and failures per hour" is read by rules/sending.ts.
 */
import { SUPPRESSED } from './entry';
import type { KnowledgeSource } from './types';

// --- STRATO (beyond hosting.ts) ---------------------------------------------------------------------------------------
// STRATO's English copy of FAQ #2420 ("Why are my emails not being delivered?") adds one row the German page's readable
// part does not show. The source id is not "strato": hosting.ts already holds a source of that id (ids are unique across
// all tables, test/diagnosis/knowledge.test.ts). "B-EFROM-STRATO" names STRATO and appears nowhere else, so it is a token.
const STRATO_UK = 'https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered';

export const STRATO: KnowledgeSource = {
  id: 'strato-more',
  name: 'STRATO (replies beyond hosting.ts)',
  kind: 'mailbox-provider',
  reference: STRATO_UK,
  replies: [
    { id: 'strato-more.b-efrom', category: 'sender-rejected', token: 'B-EFROM-STRATO', text: "550 Forbidden domain 'xxx' in Envelope-From (B-EFROM-STRATO) (an attempt is made to send an e-mail using a domain in Envelope From, aka the return address, that belongs to STRATO GmbH; you are not allowed to use it)", source: STRATO_UK },
  ],
};

// --- ALL-INKL.COM (Neue Medien Münnich, KAS) ----------------------------------------------------------------------------
// "Email error messages": the replies of ALL-INKL's outgoing servers. The page lists more codes ("click on an error code
// to jump to the explanation"); only the first two explanations were readable. The first, "Spam message rejected.", is
// the generic text filters.ts already reads as spam. The second is ALL-INKL's own suppression: it refuses to send to an
// address that bounced before, so it is the sending-service suppression (variant SUPPRESSED), not a fresh verdict.
const ALLINKL = 'https://all-inkl.com/en/mail-error/';

export const ALL_INKL: KnowledgeSource = {
  id: 'all-inkl',
  name: 'ALL-INKL.COM',
  kind: 'mailbox-provider',
  reference: ALLINKL,
  replies: [
    { id: 'all-inkl.previously-reported-unknown', category: 'recipient-unknown', variant: SUPPRESSED, phrases: ['previously reported as unknown', 'recipients were previously reported'], text: 'Message cannot be sent. One or more recipients were previously reported as unknown. (at least one recipient address you use does not exist, or its mailbox cannot receive mail for good; after repeated undeliverable messages ALL-INKL\'s protective mechanism stops sending to it)', source: ALLINKL },
  ],
};

// --- Mittwald ----------------------------------------------------------------------------------------------------------
// "Was bedeutet meine E-Mail-Fehlermeldung?": temporary and permanent replies of Mittwald's mail system on reception.
// Only the greylisting reply is Mittwald's own wording; the rest of the readable part is generic Postfix (left out above).
const MITTWALD = 'http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung';

export const MITTWALD_SOURCE: KnowledgeSource = {
  id: 'mittwald',
  name: 'Mittwald',
  kind: 'mailbox-provider',
  reference: MITTWALD,
  replies: [
    { id: 'mittwald.docking-request-denied', category: 'greylisting', status: '4.7.1', phrases: ['docking request denied, first time visit', 'you have been greylisted'], text: '4.7.1 Docking request denied, first time visit, you have been greylisted, try again later (Der sendende Server ist uns unbekannt: the sending server is unknown, the message is refused the first time and delivered on the retry after about 5 minutes; an anti-spam measure)', source: MITTWALD },
  ],
};

// --- cyon (Switzerland) ------------------------------------------------------------------------------------------------
// "SMTP-Error 550": replies of receiving servers that cyon explains to its customers (like IONOS_OUTBOUND in europe.ts).
// Only the two whose wording no table reads yet; the meanings are the obvious ones.
const CYON = 'https://www.cyon.ch/support/a/smtp-error-550';

export const CYON_SOURCE: KnowledgeSource = {
  id: 'cyon',
  name: 'cyon (replies of other servers, Swiss help page)',
  kind: 'mailbox-provider',
  reference: CYON,
  replies: [
    { id: 'cyon.message-size-violation', category: 'message-size', status: '5.7.0', phrases: ['message size violation'], text: '550 5.7.0 Message Size Violation (Die zulässige Grösse der Nachricht wurde überschritten: the permitted size of the message was exceeded)', source: CYON },
    { id: 'cyon.quarantined-spam', category: 'spam', phrases: ['quarantined/spam'], text: '550 Quarantined/Spam (Die Nachricht wurde als Spam markiert und nicht zugestellt: the message was marked as spam and not delivered)', source: CYON },
  ],
};

// --- One Systems (Switzerland) -----------------------------------------------------------------------------------------
// "Übersicht häufig vorkommender Fehlermeldungen": the replies of One Systems' own mail servers. Most are generic Postfix
// texts (left out above). Its reading of qmail's "qq trouble in home directory" as a full mailbox is left out too: that
// is qmail's queue error (a trouble writing the queue), which only One Systems' servers raise for a quota. The NiX Spam list (ix.dnsbl.manitu.net, run by the German hoster manitu) is named here
// with One Systems' reading: the sending IP is on that list.
const ONESYSTEMS = 'https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen';

export const ONESYSTEMS_SOURCE: KnowledgeSource = {
  id: 'onesystems',
  name: 'One Systems (Switzerland)',
  kind: 'mailbox-provider',
  reference: ONESYSTEMS,
  replies: [
    { id: 'onesystems.nixspam', category: 'ip-blocklist', status: '5.7.1', phrases: ['ix.dnsbl.manitu.net'], text: '554 5.7.1 Service unavailable; Client host [<ip>] blocked using ix.dnsbl.manitu.net (the server the mail was sent through is on this real-time blackhole list of IP addresses currently sending spam; its operator must have it delisted)', source: ONESYSTEMS },
  ],
};

// --- Cleanmail (Switzerland, mail filter service) ----------------------------------------------------------------------
// "Stricter rules for accepting mail with sender bluewin.ch": Cleanmail applies Bluewin's SPF record to senders
// @bluewin.ch; mail from any other server is rejected with this text (the recipient's whitelist cannot override it).
const CLEANMAIL = 'https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en';

export const CLEANMAIL_SOURCE: KnowledgeSource = {
  id: 'cleanmail',
  name: 'Cleanmail (Swiss mail filter)',
  kind: 'filter',
  reference: CLEANMAIL,
  replies: [
    { id: 'cleanmail.forged-sender-domain', category: 'spf', phrases: ['forged sender domain from this server'], text: 'Forged sender domain from this server (the mail was not delivered via the official Bluewin servers that bluewin.ch\'s SPF entry names; the sender must use Bluewin\'s outgoing mail servers)', source: CLEANMAIL },
  ],
};

// --- easyWAN (spam-mail-blocker.de) ------------------------------------------------------------------------------------
// "Greylisting Help": the status texts of easyWAN's mail filter, each with its meaning. Its codes 4.2.1 and 4.2.2 are
// not the registry's (mailbox disabled, mailbox full): they are sending-rate limits, so those entries void the category
// the code alone would suggest and carry no `status`.
const EASYWAN = 'https://www.spam-mail-blocker.de/greylisted.html';

export const EASYWAN_SOURCE: KnowledgeSource = {
  id: 'easywan',
  name: 'easyWAN spam-mail-blocker',
  kind: 'filter',
  reference: EASYWAN,
  replies: [
    { id: 'easywan.greylisted', category: 'greylisting', phrases: ['greylisted (see http://www.spam-mail-blocker.de'], text: 'Greylisted (see http://www.spam-mail-blocker.de) (the receiving server uses greylisting; mails from a standard-conforming server are only delayed)', source: EASYWAN },
    { id: 'easywan.greylisted-for-sec', category: 'greylisting', phrases: ['sender address rejected: greylisted for'], text: '4.2.0 Sender address rejected: Greylisted for XX sec.', source: EASYWAN },
    { id: 'easywan.many-domains-per-ip', category: 'rate-limit', voids: ['mailbox-disabled'], phrases: ['to many mails from different domains', 'many mails from different domains'], text: '4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes', source: EASYWAN },
    { id: 'easywan.many-ips-per-domain', category: 'rate-limit', voids: ['mailbox-full'], phrases: ['to many mails from different ip', 'many mails from different ip address'], text: '4.2.2 Sender domain rejected: You sent to many mails from different ip address in the last 10 minutes', source: EASYWAN },
    { id: 'easywan.ipv6-no-reverse', category: 'ptr', phrases: ['a reverse look name'], text: '5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name', source: EASYWAN },
    { id: 'easywan.ipv6-encryption', category: 'tls-required', phrases: ['must be send with an encryption'], text: '5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption', source: EASYWAN },
  ],
};

export const HOSTING_DE: readonly KnowledgeSource[] = [
  STRATO,
  ALL_INKL,
  MITTWALD_SOURCE,
  CYON_SOURCE,
  ONESYSTEMS_SOURCE,
  CLEANMAIL_SOURCE,
  EASYWAN_SOURCE,
];
