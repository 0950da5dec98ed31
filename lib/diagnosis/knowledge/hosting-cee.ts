/**
 * Mail, hosting and ISP providers of Central and Eastern Europe, the Baltics, Turkey and Greece beyond europe.ts
 * (Interia, Forpsi / konto.pl, Seznam) and regional.ts (I.UA, Inbox.lv group): the replies each documents on its own
 * help / FAQ page, one source each, every entry citing its page. Where the reply text is English and only the
 * explanation in the local language, the entry carries no `lang`; the short English parenthetical after each text is
 * the page's own explanation, translated.
 *
 * Found as documentation (the stored copies are readable only up to their first screen or so; what lies beyond is not
 * here):
 * - home.pl (PL): "Jak skonfigurować profil poczty e-mail w Poczcie home.pl?" — the bounce its webmail's first message
 *   gets when the user profile lacks a sender name.
 * - Forpsi / konto.pl (PL, Aruba group): the Polish wording of its outgoing server's "policy violation"
 *   ("Naruszenie zasad … zobacz https://support.forpsi.com/kb/a4071"), which europe.ts does not read.
 * - Wirtualna Polska (wp.pl / o2.pl, PL): its antispam rejection, which names WP's own AntiSpam Policy page; the reply
 *   itself is quoted only in a bounce pasted on pastebin, so the entry cites WP's page "(via …)".
 * - IQ PL (iq.pl, PL): the notice its mail system sends when an account exceeds its hourly or daily sending limit.
 * - ACTIVE 24 (CZ / SK / NL, faq.active24.com): its outgoing servers' hourly limit, worded "Quota Exceeded".
 * - Eurohosting (eurohosting.cz, CZ): its page on the error message "Rejected for Security Reasons".
 *
 * Searched for and NOT found as documentation (no entry written): nazwa.pl, cyber_Folks, LH.pl, OVH PL, dhosting,
 * webserwer.pl (their help pages say to read the bounce, no reply texts); WP / o2 beyond the antispam reply (pomoc.wp.pl
 * says the bounce holds a "technical description" and quotes none); Onet (its table names causes, no reply texts);
 * Gazeta.pl; Centrum.cz / Atlas.cz / Volny.cz (freemail.help.economia.cz names limits only), Tiscali.cz (its "Seznam
 * chybových hlášení" was not in the stored copies), Wedos (see below), Zoner / CZECHIA.COM (quota notices only),
 * Websupport (an hourly limit of 300 / 2000 messages, no reply text), Slovanet, UPC.sk; Freemail / Citromail,
 * Rackhost (nothing found); RCS&RDS / Digi, ROMARG, Hostico (nothing found; TFM's RBL page tfm.ro/antispam quotes no
 * reply); abv.bg, SuperHosting.bg / .rs (their "SMTP status codes" pages list generic texts: "No Such User Here",
 * "552 5.2.2 Quota exceeded (mailbox for user is full)" …), host.bg and ICDSoft (limits and a delay notice only);
 * Turkcell / Yaani, Turhost, Natro, Yandex TR (Turkish hosters' "hata kodları" pages are generic RFC tables); OTE /
 * Cosmote, Papaki (nothing found; ip.gr's and sigmaweb.gr's pages are generic); Siol / Telekom Slovenije, T-Com / HT
 * (nothing found; Arnes names hourly limits without the reply); Baltneta (LT) documents its codes
 * "bnk_expected_spam_receiver", "bnk_expected_spam_sender" and "bnk_known_spam_sender", but the stored copy carries no
 * address to cite, so they are left out.
 *
 * Read but left out:
 * - Zone Media's (zone.eu, EE, help.zone.eu/kb/e-posti-piirangud/) "SMTP ACCESS DENIED", which it gives an account
 *   blocked automatically for sending faster than one message every 5 seconds: the words are too generic to carry that
 *   reading (other servers say the same of a failed or missing SMTP login), so an entry would mislead more than help.
 * - Interia's "550 5.2.1 Mailbox not available": Interia's page gives three readings (a misspelt address, a full
 *   mailbox, a suspended account), so it names no single cause.
 * - WEDOS's webmail error "mailbox over quota", which WEDOS uses for an exceeded daily *sending* quota (500 messages):
 *   the same words are read everywhere else (gmx.ts, hosting.ts …) as a full recipient mailbox, and the text is a
 *   webmail message, not a reply; a second reading would only conflict.
 * - Forpsi's "5.1.0 <address> sender rejected" (konto.pl a2164: the sender domain differs from the authenticated one,
 *   or the client connects from a country not allowed) and "5.1.0 <id> authentication failed" (support.flyweb.cz):
 *   rules/sending.ts and the generic authentication entries already read them so.
 * - Seznam's "550 5.7.1 Sender Policy Framework of `<domain>' domain denied your IP address.": quoted only in a
 *   pastebin bounce, no Seznam page names it (the SPF rules read it anyway).
 * - iphost.net's (GR) reading of Exim's "Could not complete sender verify" as a wrong SMTP login name: it conflicts
 *   with Exim's own meaning (mta-exim.ts).
 * - KEI.pl's Polish qmail bounce ("Bardzo nam przykro jednakze nie udalo sie wyslac maila pod wskazane adresy", "Zdalny
 *   host odpowiedzial"): the bounce's frame, which names no cause; the causes it shows are generic qmail / Postfix texts.
 * - C4 (faq.c4.cz), GRhosting / ASPone (Forpsi's Czech brands), host2u.sk: the same generic or Forpsi texts europe.ts
 *   and mta-*.ts already read.
 */
import type { KnowledgeSource } from './types';
import { accountLimit } from './entry';

// --- home.pl (Poland) ----------------------------------------------------------------------------------------------
// "Dlaczego nie mogę wysłać wiadomości e-mail z Poczty home.pl (RFC5322)?": the first message sent from Poczta home.pl
// bounces when the user's contact data lack the sender name (first and last name) shown beside the address: the From
// header has no display name. That is the message's header, so message-format.
const HOMEPL = 'https://pomoc.home.pl/baza-wiedzy/jak-skonfigurowac-profil-poczty-e-mail-w-nowej-poczcie-home-pl';

export const HOMEPL_SOURCE: KnowledgeSource = {
  id: 'home-pl',
  name: 'home.pl (Poland)',
  kind: 'mailbox-provider',
  reference: HOMEPL,
  replies: [
    { id: 'home-pl.rfc5322-sender-name', category: 'message-format', status: '5.7.1', phrases: ['mail does not comply with the documentation', 'comply with the documentation rfc5322'], text: '550 5.7.1 Mail does not comply with the documentation RFC5322 (Mail Delivery System bounce of a message sent from Poczta home.pl: the user profile lacks the sender name, first and last name, shown beside the address; fill in "Moje dane kontaktowe")', source: HOMEPL },
  ],
};

// --- Forpsi / konto.pl (Poland), beyond europe.ts -------------------------------------------------------------------
// "Błąd 'policy violation' - spam do qq.com, yahoo.com": smtp.forpsi.com's refusal, in its Polish wording. The source id
// is not "forpsi": europe.ts holds a source of that id. Read like europe.ts's forpsi.policy-violation (a sending rate
// the outgoing server blocks for 60 minutes), here for a burst of mail mostly to qq.com / yahoo.com addresses.
const FORPSI_QQ = 'http://support.konto.pl/kb/a2813/blad-policy-violation-spam-do-qq_com-yahoo_com.aspx';

export const FORPSI_MORE: KnowledgeSource = {
  id: 'forpsi-more',
  name: 'Forpsi / konto.pl (replies beyond europe.ts)',
  kind: 'mailbox-provider',
  reference: FORPSI_QQ,
  replies: [
    // The reply says only "policy violation"; the page explains the one case it covers (a burst from a misused account),
    // so its reading is never said with high confidence.
    { id: 'forpsi-more.naruszenie-zasad', category: 'rate-limit', hedged: true, lang: 'pl', phrases: ['zobacz https://support.forpsi.com'], text: '550 5.1.0 Naruszenie zasad <id>, zobacz https://support.forpsi.com/kb/a4071 ("policy violation": a large number of messages was sent from your account, most of them to qq.com or yahoo.com addresses, a typical pattern of a misused account; smtp.forpsi.com refuses mail from the account for the next 60 minutes, POP3, IMAP and webmail still work)', source: FORPSI_QQ },
  ],
};

// --- Wirtualna Polska (wp.pl, o2.pl) -------------------------------------------------------------------------------
// WP's antispam rejection names WP's AntiSpam Policy page (rejection of "any e-mail recognized by GWP AntiSpam System
// as unsolicited bulk e-mail"); the reply itself, bilingual, is quoted only in a bounce on pastebin. The reply says
// its own cause ("because it is spam").
const WP_POLICY = 'http://poczta.wp.pl/info-antyspam-policy.html';
const WP_VIA = ' (via https://pastebin.com/qHYaUxmE)';

export const WP_SOURCE: KnowledgeSource = {
  id: 'wp-pl',
  name: 'Wirtualna Polska (wp.pl, o2.pl)',
  kind: 'mailbox-provider',
  reference: WP_POLICY,
  replies: [
    { id: 'wp-pl.antispam', category: 'spam', lang: 'pl', phrases: ['nie przyjmiemy tej wiadomosci', 'jest to spam - zobacz strone', 'info-antyspam-polityka', 'info-antyspam-policy'], text: "554 (#5.3.0) Nie przyjmiemy tej wiadomosci poniewaz jest to spam - zobacz strone: http://poczta.wp.pl/info-antyspam-polityka.html / We can't accept this message because it is spam - see: http://poczta.wp.pl/info-antyspam-policy.html [127] (WP's antispam system judged the message unsolicited bulk mail)", source: WP_POLICY + WP_VIA },
  ],
};

// --- IQ PL (Poland) ------------------------------------------------------------------------------------------------
// "Otrzymałem wiadomość o temacie 'Przekroczenie limitu bezpieczeństwa wysyłanych wiadomości e-mail'": the notice IQ
// PL's mail system sends the account holder when the account exceeds its sending limit (500 messages an hour, 5000 in
// 24 hours). Not a bounce of one message, but the sender's notice that mail beyond the limit is not sent.
const IQPL = 'https://www.iq.pl/pomoc/13/140';

export const IQPL_SOURCE: KnowledgeSource = {
  id: 'iq-pl',
  name: 'IQ PL (Poland)',
  kind: 'mailbox-provider',
  reference: IQPL,
  replies: [
    accountLimit({ id: 'iq-pl.hourly-limit', category: 'rate-limit', lang: 'pl', phrases: ['przekroczenie limitu bezpieczeństwa', 'godzinny limit wiadomości e-mail'], text: 'Przekroczenie limitu bezpieczeństwa wysyłanych wiadomości e-mail: "Informujemy iż godzinny limit wiadomości e-mail wysyłanych poprzez konto pocztowe <adres> został przekroczony. Limit ten wynosi 500 wiadomości na godzine" (the account sent more than its hourly limit of 500 messages)', source: IQPL }),
    accountLimit({ id: 'iq-pl.daily-limit', category: 'rate-limit', lang: 'pl', phrases: ['przekroczenie limitu bezpieczeństwa', '24-godzinny limit wiadomości'], text: 'Przekroczenie limitu bezpieczeństwa wysyłanych wiadomości e-mail: "Informujemy iż 24-godzinny limit wiadomości e-mail wysyłanych poprzez konto pocztowe <adres> został przekroczony. Limit ten wynosi 5000 wiadomości na 24h." (the account sent more than its limit of 5000 messages in 24 hours)', source: IQPL }),
  ],
};

// --- ACTIVE 24 (Czech Republic, Slovakia, Netherlands) -------------------------------------------------------------
// "Common e-mail problems (Quota exceeded, Greylisting)": its outgoing server's hourly limit (100 messages / recipients
// an hour on email.active24.com, 1000 on bulk.smtp.cz, 500 MB an hour). The words "Quota Exceeded" say a sending quota
// here, not a full mailbox: the entry voids mailbox-full. (hosting.ts reads DreamHost's "Policy Rejection- Quota
// Exceeded" the same way; Active24's spacing and "Recipient address rejected:" prefix are not read by it.)
const ACTIVE24 = 'https://faq.active24.com/eng/588328-Common-e-mail-problems-Quota-exceeded-Greylisting';

export const ACTIVE24_SOURCE: KnowledgeSource = {
  id: 'active24',
  name: 'ACTIVE 24',
  kind: 'mailbox-provider',
  reference: ACTIVE24,
  replies: [
    accountLimit({ id: 'active24.policy-rejection-quota', category: 'rate-limit', voids: ['mailbox-full'], phrases: ['policy rejection - quota exceeded', 'rejected: policy rejection - quota'], text: 'Recipient address rejected: Policy Rejection - Quota Exceeded. (more messages were sent through the outgoing server in an hour than its limit allows; wait an hour or use the bulk server bulk.smtp.cz)', source: ACTIVE24 }),
  ],
};

// --- Eurohosting (Czech Republic) ----------------------------------------------------------------------------------
// "Rejected for Security Reasons": Eurohosting's page for senders who received this error message from its servers. It
// lists what may have caused the refusal without saying which one did, so the reading is the receiver's policy, cause
// not narrowed.
const EUROHOSTING = 'http://www.eurohosting.cz/cs/smtp';

export const EUROHOSTING_SOURCE: KnowledgeSource = {
  id: 'eurohosting',
  name: 'Eurohosting (Czech Republic)',
  kind: 'mailbox-provider',
  reference: EUROHOSTING,
  replies: [
    { id: 'eurohosting.rejected-for-security-reasons', category: 'policy', phrases: ['rejected for security reasons'], text: 'Rejected for Security Reasons (not accepted for one or more of these reasons, which the sending server\'s administrator must fix: no HELO/EHLO, or one that is an IP address or fake; the sending server is a dynamic host; no correct PTR record; SPF does not allow the server to send for the sender\'s domain; the server is in a DNSBL; the mail contains spam or viruses)', source: EUROHOSTING },
  ],
};

export const HOSTING_CEE: readonly KnowledgeSource[] = [
  HOMEPL_SOURCE,
  FORPSI_MORE,
  WP_SOURCE,
  IQPL_SOURCE,
  ACTIVE24_SOURCE,
  EUROHOSTING_SOURCE,
];
