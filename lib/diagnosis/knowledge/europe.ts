/**
 * National mailbox providers in Europe (and Brazil's UOL group, where found): the replies their inbound servers send,
 * as their own postmaster / help pages document them, plus the generic rejection phrases their help pages explain in
 * the local language. Where only a secondary page quotes the provider, the entry cites the provider's page and names
 * the secondary with "(via …)".
 *
 * Not found as documentation (so left out): Telefónica/Movistar, UOL/Terra/BOL (the UOL postmaster page lists
 * requirements, no reply texts), KPN/Ziggo/XS4ALL (only a POP3 block page), WP/o2.pl and Onet (help pages describe
 * causes without reply texts), the full error tables of postmaster.orange.fr, postmaster.gmx.net and
 * postmaster.t-online.de (only their first screen was readable), La Poste's and SFR's own postmaster pages.
 */
import { hedged, SENDER_LOGIN_MISMATCH } from './entry';
import type { KnowledgeSource } from './types';

// --- United Internet (GMX, WEB.DE, mail.com, 1&1, IONOS) -------------------------------------------------------------
const GMX_ERR = 'https://postmaster.gmx.com/en/error-messages';
const WEBDE_ERR = 'https://postmaster.web.de/error-messages';
const UI_VIA = ' (via https://smtp.codes/unitedinternet/)';
const GMX_SUPPORT = 'https://support.gmx.com/email/composing-and-sending/bounce-reject.html';
const GMX_NEWS = 'https://newsroom.gmx.net/2017/09/28/unzustellbar-fehlermeldungen-email/';
const WEBDE_NEWS = 'https://newsroom.web.de/2015/03/28/die-fuenf-haeufigsten-fehlermeldungen-beim-mailversand/';
const WEBDE_TIPS = 'https://web.de/email/tipps/posts/mailer-daemon/91/';

export const GMX: KnowledgeSource = {
  id: 'gmx',
  name: 'GMX / WEB.DE / mail.com (United Internet)',
  kind: 'mailbox-provider',
  reference: GMX_ERR,
  replies: [
    // The multi-line reply format GMX documents: "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available / 554-No SMTP
    // service / 554-IP address is block listed. / 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201…"
    // The first two lines are the format's fixed lead-in ("the last line … is decisive … as it contains the relevant
    // detailed information"): they say that mail was refused, never why — a symptom, not a connection failure. (The
    // second, RFC 5321's "No SMTP service here", is in standards.ts.)
    { id: 'gmx.nemesis-lead-in', category: 'policy', symptom: true, phrases: ['nemesis esmtp service not available'], text: '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-<the reason> 554 For explanation visit https://postmaster.gmx.net/en/case?c=…', source: GMX_ERR },
    { id: 'gmx.ip-block-listed', category: 'ip-blocklist', phrases: ['ip address is block listed'], text: '554-gmx.net (mxgmx104) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is block listed. 554 For explanation visit https://postmaster.gmx.net/en/case?c=r0201&i=ip&v=<ip>', source: GMX_ERR },
    { id: 'gmx.spf', category: 'spf', phrases: ['reject due to spf policy', 'not permitted by the domain owner'], text: '550 <address>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner (sent from a server not in the domain owner\'s SPF record)', source: WEBDE_ERR + UI_VIA },
    { id: 'gmx.mailbox-unavailable', category: 'recipient-unknown', status: '5.1.1', phrases: ['requested action not taken: mailbox unavailable'], text: '550 <address>: Requested action not taken: mailbox unavailable (the specified recipient does not exist)', source: WEBDE_ERR + UI_VIA },
    { id: 'gmx.unknown-user', category: 'recipient-unknown', phrases: ['unknown user'], text: '"Requested action not taken: mailbox unavailable" or "Unknown user" (500 range): check the address for typos', source: GMX_SUPPORT },
    { id: 'gmx.too-many-messages', category: 'mailbox-full', phrases: ['user has too many messages on server', 'user has too many messages on the server'], text: '"User has too many messages on server" or "Mailbox full" (500 range): the recipient\'s account has run out of space', source: GMX_SUPPORT },
    { id: 'gmx.too-many-messages-de', category: 'mailbox-full', lang: 'de', phrases: ['benutzer hat zu viele mails auf dem server'], text: '550 Benutzer hat zu viele Mails auf dem Server. / User has too many messages on the server', source: WEBDE_NEWS },
    { id: 'gmx.maildir-over-quota', category: 'mailbox-full', phrases: ['maildir over quota'], text: 'permission denied. Command output: maildrop: maildir over quota (the recipient has too many mails stored; GMX support lists it under attachments too large for the remaining space)', source: WEBDE_NEWS },
    { id: 'gmx.exceeded-storage', category: 'mailbox-full', phrases: ['exceeded storage allocation, quota exceeded'], text: '5xy "Requested mail action aborded: exceeded storage allocation, Quota exceeded" (not enough free space in the recipient\'s mailbox)', source: GMX_NEWS },
    { id: 'gmx.rate-limit', category: 'rate-limit', phrases: ['rate limit reached'], text: '4xy "Rate limit reached. Please try again later" (too many emails in too short a time from one IP address)', source: GMX_NEWS },
    { id: 'gmx.unrouteable-domain', category: 'recipient-domain', phrases: ['unrouteable domain'], text: '"Unrouteable domain" or "Host unknown": the part after the @ is wrong', source: WEBDE_TIPS },
  ],
};

const ONEANDONE = 'https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/smtp-error-messages-for-the-1and1-mail-server-a793087.html';
const IONOS_OUT = 'https://www.ionos.de/hilfe/e-mail/problemloesungen-mail-basicmail-business/fehlermeldungen-bei-unzustellbarer-e-mail/';

export const IONOS: KnowledgeSource = {
  id: 'ionos',
  name: '1&1 / IONOS (United Internet)',
  kind: 'mailbox-provider',
  reference: ONEANDONE,
  replies: [
    { id: 'ionos.policy-violations', category: 'reputation', phrases: ['reject due to policy violations'], text: '421 Reject due to policy violations (poor delivery rate: mail sent to too many addresses that do not exist, or the sender address was reported as a spam sender; the IP address is blocked). Also 450 Reject due to policy violations. (HELO/EHLO name of the sending server keeps changing, or too many non-existent mailboxes addressed; delivery temporarily refused)', source: ONEANDONE },
    { id: 'ionos.rate-limit', category: 'rate-limit', phrases: ['rate limit reached'], text: '421 Rate limit reached. Please try again later (too many e-mails in too short a time; reduce the dispatch rate)', source: ONEANDONE },
    { id: 'ionos.local-error', category: 'remote-error', phrases: ['requested action aborted: local error in processing'], text: '451 Requested action aborted: local error in processing (the service was temporarily unavailable; also when the sender domain\'s DNS answers too slowly)', source: ONEANDONE },
  ],
};

/** IONOS's help page for its own customers: replies of other servers, explained in German. */
export const IONOS_OUTBOUND: KnowledgeSource = {
  id: 'ionos-outbound',
  name: 'IONOS help: replies from other mail servers (German help page)',
  kind: 'mailbox-provider',
  reference: IONOS_OUT,
  replies: [
    { id: 'ionos-outbound.auth-failure', category: 'auth-required', status: '5.7.8', phrases: ['smtp auth failed with the remote server'], text: '535 Authentication failure: SMTP AUTH failed with the remote server (Benutzername und/oder Passwort im E-Mail-Programm falsch)', source: IONOS_OUT },
    { id: 'ionos-outbound.unknown-user', category: 'recipient-unknown', phrases: ['550 unknown user'], text: '550 Unknown User (Die E-Mail-Adresse ist nicht bekannt.)', source: IONOS_OUT },
    { id: 'ionos-outbound.mailbox-unavailable', category: 'recipient-unknown', phrases: ['requested action not taken: mailbox unavailable'], text: '550 Requested action not taken: mailbox unavailable (Die E-Mail-Adresse existiert nicht auf diesem Server.)', source: IONOS_OUT },
    { id: 'ionos-outbound.quota', category: 'mailbox-full', phrases: ['550 quota exceeded'], text: '550 Quota Exceeded (Das Postfach des E-Mail-Empfängers ist voll.)', source: IONOS_OUT },
  ],
};

// --- Telekom (t-online.de) --------------------------------------------------------------------------------------------
const TONLINE = 'https://postmaster.t-online.de/index.en.html';

export const TONLINE_SOURCE: KnowledgeSource = {
  id: 't-online',
  name: 'Telekom (T-Online)',
  kind: 'mailbox-provider',
  reference: TONLINE,
  replies: [
    // T-Online to the quoting author: "our system does not accept e-mail from hosts with bad or unknown reputation"; the
    // reply's own marker "(BL)" names T-Online's block list of such hosts — taxonomy.md's ip-blocklist ("a provider's own
    // list"), not a judgment with no list behind it.
    { id: 't-online.bl', category: 'ip-blocklist', token: '(BL)', phrases: ['a problem occurred. (ask your postmaster'], text: '554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)', source: TONLINE + ' (via https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html)' },
    { id: 't-online.nowl', category: 'reputation', token: 'NOWL', phrases: ['none/bad reputation'], text: '554 IP=<ip> - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)', source: TONLINE + ' (via https://timmehosting.de/leitfaden-wenn-t-online-e-mails-blockiert-ursachen-und-loesungen)' },
  ],
};

// --- Orange / Wanadoo, La Poste (the "FrancePTT" numbered codes) ------------------------------------------------------
// The reply texts below are bilingual (French / English). Orange's postmaster page (updated 2026) holds the code table;
// only its first screen was readable, so the texts come from Sisimai's table of Orange / La Poste replies and from
// Bento's per-code pages, which quote them.
const ORANGE = 'https://postmaster.orange.fr/';
const VIA_SISIMAI = ' (via sisimai/p5-sisimai lib/Sisimai/Rhost/FrancePTT.pm)';
const VIA_BENTO_ORANGE = ' (via https://bentonow.com/smtp-errors/orange)';

export const ORANGE_SOURCE: KnowledgeSource = {
  id: 'orange',
  name: 'Orange / Wanadoo',
  kind: 'mailbox-provider',
  reference: ORANGE,
  replies: [
    // The source IP itself blocked by Orange for a spam incident: Orange's own list of IPs (taxonomy.md ip-blocklist).
    { id: 'orange.102-spam-ip', category: 'ip-blocklist', lang: 'fr', token: 'OFR006_102', phrases: ['adresse ip source bloquee', 'client host blocked for spamming issues'], text: '550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.103-service-refused', category: 'reputation', lang: 'fr', token: 'OFR006_103', text: '550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 <ip> [103]', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.104-too-many-connections', category: 'rate-limit', lang: 'fr', token: 'OFR004_104', phrases: ['trop de connexions', 'too many connections, slow down'], text: '421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104] / OFR004_104', source: ORANGE + VIA_BENTO_ORANGE },
    { id: 'orange.105-service-refused', category: 'reputation', lang: 'fr', token: 'OFR004_105', text: '421 Service refuse. Veuillez essayer plus tard / Service refused, please try later. OFR004_105 (temporary refusal, rate limiting or reputation)', source: ORANGE + VIA_BENTO_ORANGE },
    { id: 'orange.305-auth-code', category: 'auth-required', lang: 'fr', token: 'OFR_305', phrases: ["code d'authentification invalide"], text: "550 5.7.0 Code d'authentification invalide OFR_305", source: ORANGE + VIA_SISIMAI },
    { id: 'orange.405-invalid-sender', category: 'sender-rejected', lang: 'fr', token: 'OFR004_405', phrases: ['emetteur invalide'], text: '501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.415-invalid-sender', category: 'sender-rejected', lang: 'fr', token: 'OFR_415', phrases: ['emetteur invalide'], text: '550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.416-invalid-recipient', category: 'recipient-unknown', lang: 'fr', token: 'OFR_416', phrases: ['destinataire invalide'], text: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.417-overquota', category: 'mailbox-full', lang: 'fr', token: 'OFR_417', phrases: ['boite du destinataire pleine', 'recipient overquota'], text: '552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.505-service-refused-data', category: 'remote-error', lang: 'fr', token: 'OFR005_505', text: '421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505] (after end of DATA)', source: ORANGE + VIA_SISIMAI },
    // The reply says only "Mail rejete. Mail rejected.": the cause (spam) is the code's, not in the words the sender sees
    // — at most medium, as hosting.ts and yahoo.ts hedge Gandi's RULE codes and Yahoo's 5.7.9.
    hedged({ id: 'orange.506-mail-rejected', category: 'spam', lang: 'fr', token: 'OFR_506', phrases: ['mail rejete. mail rejected'], text: '550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]', source: ORANGE + VIA_SISIMAI }),

    { id: 'orange.514-size', category: 'message-size', lang: 'fr', phrases: ['taille limite du message atteinte'], text: 'Taille limite du message atteinte (514)', source: ORANGE + VIA_SISIMAI },
    { id: 'orange.999-suspended', category: 'reputation', lang: 'fr', token: 'OFR_999', text: '421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999] (IP suspended for two hours after earlier policy breaches)', source: ORANGE + ' (via https://bentonow.com/smtp-errors/orange/ofr-999)' },
  ],
};

const LAPOSTE = 'https://postmaster.laposte.net/';

export const LAPOSTE_SOURCE: KnowledgeSource = {
  id: 'laposte',
  name: 'La Poste (laposte.net)',
  kind: 'mailbox-provider',
  reference: LAPOSTE,
  replies: [
    { id: 'laposte.101-spamhaus', category: 'ip-blocklist', lang: 'fr', token: 'LPNAAA_101', phrases: ['ont ete bloques par nos services'], text: '550 5.7.1 Service unavailable; client [<ip>] blocked using Spamhaus. Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. … https://www.spamhaus.org/lookup/ LPNAAA_101', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.102-blocked', category: 'reputation', lang: 'fr', token: 'LPN007_102', phrases: ['ont ete bloques par nos services'], text: '550 5.5.0 Les emails envoyes vers la messagerie Laposte.net ont ete bloques par nos services. … https://senderscore.org/blacklistlookup/ LPN007_102', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.104-connections', category: 'rate-limit', token: 'LPN105_104', phrases: ['too many connections, slow down'], text: 'Too many connections, slow down. LPN105_104', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.401-spf', category: 'spf', token: 'LPN004_401', phrases: ['is not allowed to send mail'], text: '550 5.5.0 SPF: <ip> is not allowed to send mail. LPN004_401', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.402-auth', category: 'auth-required', lang: 'fr', token: 'LPN105_402', phrases: ['authentification requise'], text: '550 5.5.0 Authentification requise. Authentication Required. LPN105_402', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.405-invalid-sender', category: 'sender-rejected', lang: 'fr', token: 'LPN007_405', phrases: ['emetteur invalide'], text: '5.0.1 Emetteur invalide. Invalid Sender. LPN105_405 / LPN007_405 (the sender address cannot receive mail)', source: LAPOSTE + ' (via https://bentonow.com/smtp-errors/laposte)' },
    { id: 'laposte.416-invalid-recipient', category: 'recipient-unknown', lang: 'fr', token: 'LPN416', phrases: ['destinataire invalide'], text: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN416', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.420-archived', category: 'mailbox-disabled', lang: 'fr', token: 'LPN007_420', phrases: ['boite du destinataire archivee', 'archived recipient'], text: '550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.421-not-owned', category: 'sender-rejected', token: 'LPN105_421', phrases: ['mail from not owned by user'], text: '5.5.3 Mail from not owned by user. LPN105_421', source: LAPOSTE + VIA_SISIMAI, variant: SENDER_LOGIN_MISMATCH },
    { id: 'laposte.426-blocked-account', category: 'mailbox-disabled', lang: 'fr', token: 'LPN007_426', phrases: ['le compte du destinataire est bloque', 'recipient account isblocked'], text: '550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.503-service-refused', category: 'reputation', lang: 'fr', token: 'LPN027_503', text: '450 4.7.1 Client host rejected: Service refuse / service refused. Veuillez essayer plus tard. LPN027_503 (temporary block after too many errors or complaints)', source: LAPOSTE + ' (via https://bentonow.com/smtp-errors/laposte)' },
    { id: 'laposte.505-service-refused', category: 'remote-error', lang: 'fr', token: 'LPN007_505', text: '421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN007_505 (after end of DATA)', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.510-service-refused', category: 'reputation', lang: 'fr', token: 'LPN005_510', text: '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN005_510 (after end of DATA)', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.517-dmarc', category: 'dmarc', lang: 'fr', token: 'LPN007_517', phrases: ['verification dmarc en echec', 'dmarc verification failed'], text: '571 5.7.1 Message refused, DMARC verification Failed. Message refuse, verification DMARC en echec LPN007_517', source: LAPOSTE + VIA_SISIMAI },
    { id: 'laposte.630-client-host', category: 'policy', token: 'LPN000_630', text: '554 5.7.1 Client host rejected LPN000_630', source: LAPOSTE + VIA_SISIMAI },
  ],
};

// --- Free, SFR --------------------------------------------------------------------------------------------------------
const FREE = 'http://postmaster.free.fr/';

export const FREE_SOURCE: KnowledgeSource = {
  id: 'free',
  name: 'Free (free.fr)',
  kind: 'mailbox-provider',
  reference: FREE,
  replies: [
    { id: 'free.spam-detected', category: 'spam', phrases: ['550 spam detected'], text: '550 spam detected (the mail was analysed as spam by the antispam filter and refused on reception)', source: FREE },
  ],
};

const SFR_VIA = 'https://postmaster.sfr.fr/ (via https://bentonow.com/smtp-errors/sfr)';

export const SFR: KnowledgeSource = {
  id: 'sfr',
  name: 'SFR (sfr.fr, neuf.fr, numericable.fr …)',
  kind: 'mailbox-provider',
  reference: SFR_VIA,
  replies: [
    // Code structure as quoted: SFR_IN_<internal digit><01 spam | 02 virus | 03 SMTP errors | 04 unknown users |
    // 05 volume>, each a two-hour block. Only SFR_IN_101 is quoted with its reply.
    { id: 'sfr.in-101-spam', category: 'reputation', token: 'SFR_IN_101', text: '450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages (IP blocked for two hours)', source: SFR_VIA },
    { id: 'sfr.too-many-errors', category: 'protocol', status: '4.7.0', phrases: ['error: too many errors'], text: '421 4.7.0 msfrf2604.sfr.fr Error: too many errors (the connection produced too many SMTP errors)', source: SFR_VIA },
  ],
};

// --- Italy: Libero / Virgilio (Italiaonline), Aruba --------------------------------------------------------------------
const LIBERO = 'https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email';
const VIRGILIO = 'https://aiuto.virgilio.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email/';

export const ITALIAONLINE: KnowledgeSource = {
  id: 'italiaonline',
  name: 'Libero / Virgilio (Italiaonline)',
  kind: 'mailbox-provider',
  reference: LIBERO,
  replies: [
    { id: 'italiaonline.mailbox-full', category: 'mailbox-full', phrases: ['mailbox full (user quota exceeded)', 'user quota exceeded'], text: '"MAILBOX FULL (User quota exceeded)" — la casella alla quale stai scrivendo ha raggiunto il limite massimo di capienza', source: LIBERO },
    { id: 'italiaonline.user-unknown', category: 'recipient-unknown', phrases: ['bad destination mailbox address', 'user unknown'], text: '"BAD DESTINATION MAILBOX ADDRESS" - "USER UNKNOWN" — l\'indirizzo di posta al quale stai scrivendo non esiste', source: LIBERO },
    { id: 'italiaonline.routing-failure', category: 'recipient-domain', phrases: ['routing server failure'], text: '"ROUTING SERVER FAILURE" — il dominio (dopo la "@") non esiste o è stato digitato in maniera non corretta', source: VIRGILIO },
    { id: 'italiaonline.relay', category: 'relay-denied', phrases: ['relaying not allowed', '550 relay disabled'], text: '"RELAYING NOT ALLOWED (550 Relay Disabled)" — il server di posta in uscita (SMTP) del client non è configurato correttamente', source: LIBERO },
    { id: 'italiaonline.expired', category: 'delivery-timeout', phrases: ['delivery time expired'], text: '"DELIVERY TIME EXPIRED" — l\'indirizzo di destinazione non è riuscito a ricevere il messaggio nonostante i tentativi', source: VIRGILIO },
  ],
};

const ARUBA = 'https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx';

export const ARUBA_SOURCE: KnowledgeSource = {
  id: 'aruba',
  name: 'Aruba (aruba.it)',
  kind: 'mailbox-provider',
  reference: ARUBA,
  replies: [
    { id: 'aruba.over-quota', category: 'mailbox-full', phrases: ['user is over quota'], text: 'Le nuove email vengono respinte ed il mittente riceve l\'errore user is over quota (casella in over quota)', source: ARUBA },
  ],
};

// --- Poland / Czech Republic ---------------------------------------------------------------------------------------------
const INTERIA = 'https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600';

export const INTERIA_SOURCE: KnowledgeSource = {
  id: 'interia',
  name: 'Interia Poczta',
  kind: 'mailbox-provider',
  reference: INTERIA,
  replies: [
    { id: 'interia.account-not-found', category: 'recipient-unknown', status: '5.1.1', phrases: ['account not found'], text: '550 5.1.1 Account not found (Konto do którego próbujesz wysłać maila nie istnieje lub zostało zablokowane)', source: INTERIA },
    { id: 'interia.recipient-doesnt-want', category: 'recipient-policy', status: '5.7.1', phrases: ["recipient doesn't want your mail"], text: "550 5.7.1 Recipient doesn't want your mail (the recipient has probably added you to a blocked list)", source: INTERIA },
    { id: 'interia.spf', category: 'spf', status: '5.7.0', phrases: ['is not allowed to send mail from domain'], text: '550 5.7.0 [SPF] host (host number) is not allowed to send mail from domain', source: INTERIA },
  ],
};

const FORPSI_IN = 'https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-przychodzacych-na-serwerze-pocztowym-mxavas_forpsi_com.aspx';
const FORPSI_PTR = 'https://support.arubacloud.pl/kb/a2837/wiadomosc-e-mail-zostala-odrzucona-z-bledem-brak-reverse-dns-dla-x_x_x_x.aspx';
const FORPSI_OUT = 'https://support.konto.pl/kb/a2765/blad-policy-violation-e-maile-w-kolejce-z-adresu-ip.aspx';

export const FORPSI: KnowledgeSource = {
  id: 'forpsi',
  name: 'Forpsi / konto.pl (Aruba group, Poland and Czech Republic)',
  kind: 'mailbox-provider',
  reference: FORPSI_IN,
  replies: [
    { id: 'forpsi.mailbox-full', category: 'mailbox-full', phrases: ['final recipient mailbox is full'], text: '552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)', source: FORPSI_IN },
    { id: 'forpsi.sender-blacklisted', category: 'recipient-policy', status: '5.1.1', phrases: ['sender is blacklisted'], text: "550 5.1.1 <xxx> sender is blacklisted (the recipient's own blacklist for the mailbox matches the sender)", source: FORPSI_IN },
    { id: 'forpsi.spam-detected', category: 'spam', phrases: ['spam detected'], text: '552 5.2.0 <id> spam detected (the recipient rejects messages classified as spam)', source: FORPSI_IN },
    { id: 'forpsi.spf', category: 'spf', phrases: ['blocked by spf'], text: '550 5.1.0 <id> blocked by SPF', source: FORPSI_IN },
    { id: 'forpsi.no-reverse', category: 'ptr', phrases: ['no dns reverse for'], text: '554 cmg1.fe.forpsi.com bizsmtp <id> no DNS reverse for x.x.x.x', source: FORPSI_PTR },
    { id: 'forpsi.policy-violation', category: 'rate-limit', phrases: ['policy violation, see https://support.forpsi.com'], text: '550 5.1.0 <id> policy violation, see https://support.forpsi.com/kb/a4081 (over 100 messages per hour from the IP, more than half undeliverable; SMTP blocked for 60 minutes)', source: FORPSI_OUT },
  ],
};

const SEZNAM = 'https://napoveda.seznam.cz/uzivatel-neexistuje';

export const SEZNAM_SOURCE: KnowledgeSource = {
  id: 'seznam',
  name: 'Seznam Email',
  kind: 'mailbox-provider',
  reference: SEZNAM,
  replies: [
    { id: 'seznam.service-not-mapped', category: 'recipient-unknown', status: '5.1.1', phrases: ["user hasn't got the service mapped"], text: 'Vaše zpráva pro <adresa> ze dne … nemohla být doručena. … Důvod / Reason: 5.1.1 szn; User hasn\'t got the service mapped. Permanentní chyba na straně uživatele. Permanent Failure - Bad destination mailbox address', source: SEZNAM },
  ],
};

// --- Belgium, Germany (regional ISPs and hosters with documented reply texts) -----------------------------------------
const PROXIMUS = 'https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html';

export const PROXIMUS_SOURCE: KnowledgeSource = {
  id: 'proximus',
  name: 'Proximus (Belgium)',
  kind: 'mailbox-provider',
  reference: PROXIMUS,
  replies: [
    { id: 'proximus.under-investigation', category: 'ip-blocklist', phrases: ['under investigation for spam abuse'], text: "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info (your IP address is in Proximus's blacklist)", source: PROXIMUS },
  ],
};

const BYTECAMP = 'https://www.bytecamp.net/de/faq/email/zustellen.html';
const NETCOLOGNE = 'https://www.netcologne.de/postmaster';

/** German regional providers whose help pages document their own replies, some with German wording. */
export const GERMAN_REGIONAL: KnowledgeSource = {
  id: 'de-regional',
  name: 'German regional providers (bytecamp, NetCologne)',
  kind: 'mailbox-provider',
  reference: BYTECAMP,
  replies: [
    { id: 'de-regional.quota-de', category: 'mailbox-full', status: '4.2.2', lang: 'de', phrases: ['speicherplatz des kontos ueberschritten', 'quota limit exceeded'], text: '422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)', source: BYTECAMP },
    { id: 'de-regional.spam-de', category: 'spam', status: '5.7.1', lang: 'de', phrases: ['nachricht als spam eingestuft', 'message classified as spam'], text: '571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)', source: BYTECAMP },
    { id: 'de-regional.greylisted', category: 'greylisting', status: '4.2.0', phrases: ['recipient address rejected: greylisted'], text: '450 4.2.0 Recipient address rejected: Greylisted', source: BYTECAMP },
    { id: 'de-regional.too-many-connections', category: 'rate-limit', status: '4.7.0', phrases: ['error: too many connections from'], text: '421 4.7.0 Error: too many connections from …', source: BYTECAMP },
    { id: 'de-regional.dialup', category: 'ip-blocklist', phrases: ['source: dyn/dialup'], text: 'Zustellversuche von dynamischen IP-Adressen werden i.d.R. abgelehnt. Zu erkennen ist diese Sperre an der Fehlermeldung "source: Dyn/Dialup".', source: NETCOLOGNE },
    { id: 'de-regional.greylisting-seconds', category: 'greylisting', phrases: ['please try again in a few seconds'], text: 'Greylisting: Fehlermeldung "Please try again in a few seconds"', source: NETCOLOGNE },
  ],
};

export const EUROPE: readonly KnowledgeSource[] = [
  GMX,
  IONOS,
  IONOS_OUTBOUND,
  TONLINE_SOURCE,
  ORANGE_SOURCE,
  LAPOSTE_SOURCE,
  FREE_SOURCE,
  SFR,
  ITALIAONLINE,
  ARUBA_SOURCE,
  INTERIA_SOURCE,
  FORPSI,
  SEZNAM_SOURCE,
  PROXIMUS_SOURCE,
  GERMAN_REGIONAL,
];
