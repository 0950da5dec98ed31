/**
 * Hosting and mail providers of Italy, Spain, Portugal and Latin America beyond europe.ts (Libero / Virgilio, Aruba's
 * over-quota reply) and regional.ts: the replies each documents on its own help / FAQ page, one source each, every entry
 * citing its page. Where the reply text is English and only the explanation Italian or Portuguese, the entry carries no
 * `lang`; the short English parenthetical after each text is the page's own explanation, translated.
 *
 * Found as documentation (the stored copies are readable only up to their first screen or so; what lies beyond is not
 * here):
 * - Aruba hosting (guide.hosting.aruba.it, "Risoluzione errori comuni"): beyond the over-quota reply europe.ts holds,
 *   its "5.5.2 bad chars in command".
 * - Aruba PEC (guide.pec.it, "Risoluzione agli errori comuni nell'invio e nella ricezione della PEC"): the refusal of
 *   ordinary (non-certified) mail by a certified mailbox.
 * - Register.it ("Cosa fare in caso di errore Spam Rejected"): its outgoing filter's "Spam Rejected".
 * - Shellrent ("Limiti d'invio email dalle caselle di posta"): its sending limit's reply.
 * - Netfabric (securemail.pro, "Problemi invio posta"): its daily sending limit's reply.
 * - InfoCert Legalmail (PEC, help.infocert.it): its per-minute sending limit's reply.
 * - Specialist (Brazil, specialist.srv.br): its antispam's and its sender blacklist's replies.
 * - UniversoNet (Brazil, portal.universonet.com.br): its hourly sending limit's replies.
 * - POW Internet (Brazil, powinternet.com): its hourly sending limit's reply, in Portuguese.
 *
 * Searched for and NOT found as documentation (no entry written): Netsons, Keliweb, Serverplan, Tophost (its FAQ names a
 * limit of 1000 mails a day, no reply text), Tiscali, TIM / Alice (tim.it names its recipient and daily limits and a
 * webmail pop-up, no reply text; the webmail error "Le seguenti caselle di posta elettronica non sono disponibili o è
 * impossibile trovarle" is quoted only by a third party's blog), other PEC providers' refusal texts (legalpec.net and
 * Legalmail describe the "avviso di non accettazione" / "avviso di mancata consegna" receipts without a reply text);
 * Arsys, Dinahosting, Hostalia, Raiola, Nominalia, CDmon (its help page names a daily limit of 500 mails and a warning,
 * no reply text), Webempresa, Telefónica / Movistar; PTisp, SAPO, MEO; Locaweb (its "550 5.7.1 [CS] Sua mensagem foi
 * rejeitada. Para realizar o envio clique no link http://fp.email.locaweb.com.br/…" is quoted only in a pastebin
 * bounce, its help pages that were readable state sending policy only), KingHost, HostGator Brasil, UOL Host / Terra
 * (already noted in europe.ts and regional.ts), Hostinger ES / BR, Prodigy / Telmex, Fibertel / Arnet, DonWeb / Ferozo.
 *
 * Read but left out:
 * - Aruba PEC's "Sender address rejected: not logged in", which it reads as a sender differing from the authenticated
 *   account: Postfix's own text, which mta-postfix.ts reads (postfix.sender-not-logged-in) as an unauthenticated
 *   client; the two readings conflict. Its "Indirizzo IP bloccato temporaneamente per sospetto abuso": the explanation
 *   was cut off in the stored copy.
 * - Aruba Business's (guide.arubabusiness.it) "552 5.2.0 <id> spam detected", which it reads as outgoing mail reported
 *   as spam by many recipients: the same text europe.ts reads for Forpsi (Aruba group) as the recipient refusing
 *   spam, so a second reading would only conflict; its "X.X.X <id> policy violation" (too many messages, keep to
 *   200-300 sends per 20 minutes) carries no wording narrower than "policy violation", which other sources use for
 *   other causes.
 * - Netfabric's "SENDER REJECTED" (sending blocked for 4 hours when 66% of the last hour's sends failed temporarily):
 *   the bare words are too common to carry that meaning.
 * - Shellrent's explanation of "A message was considered unsolicited bulk e-mail (UBE)" (amavisd's generic notice) and
 *   Netbit's (Brazil) list (generic Postfix / Exim texts; its reading of DirectAdmin's "R1: HELO should be a FQDN" as a
 *   mail client on the wrong port is hosting-panels.ts's HELO reply seen from a client).
 * - ProLinux (Uruguay, pl.com.uy, "Cómo interpretar los rebotes del servidor ProLinux E-Mail Server"): only its table of
 *   contents was readable ("421 Blocked (XXXXXXX). See http://www.prolinux.net.uy/ir/a/blocked/", "Recipient address
 *   rejected: Address locked or deactivated" …), not the meanings it gives.
 * - eomática (Galicia) and other small hosts' lists of standard SMTP texts ("452 Too many recipients", "550 #5.1.0
 *   Address rejected"), already read by the generic rules and conflicting with cyon's reading (hosting-de.ts).
 */
import type { KnowledgeSource } from './types';
import { accountLimit } from './entry';

// --- Aruba hosting (beyond europe.ts) ----------------------------------------------------------------------------------
// "Risoluzione errori comuni": europe.ts holds its over-quota reply under the source id "aruba" (ids are unique across
// all tables). The page's explanation of "bad chars in command" is cut off in the stored copy after "tra gli indirizzi
// email destinatari ci son…" (among the recipient addresses there are …): the rest of the reading is the reply's own
// words, so the entry is hedged.
const ARUBA_ERR = 'https://guide.hosting.aruba.it/email/risoluzione-errori-comuni-e-consigli/risoluzione-errori-comuni.aspx';

export const ARUBA_MORE: KnowledgeSource = {
  id: 'aruba-more',
  name: 'Aruba hosting (replies beyond europe.ts)',
  kind: 'mailbox-provider',
  reference: ARUBA_ERR,
  replies: [
    { id: 'aruba-more.bad-chars', category: 'protocol', status: '5.5.2', hedged: true, phrases: ['bad chars in command'], text: "5.5.2 bad chars in command (L'errore indica che tra gli indirizzi email destinatari ci son… — cut off in the stored copy: something among the recipient addresses, by the reply's own words bad characters in the command)", source: ARUBA_ERR },
  ],
};

// --- Aruba PEC (posta elettronica certificata) ---------------------------------------------------------------------
// A PEC mailbox accepts only certified mail unless its holder enables ordinary mail. The reply names two causes (an
// unknown address or a mailbox closed to non-certified mail); the page explains it by the second, the usual one.
const ARUBA_PEC = 'https://guide.pec.it/posta-pec/faq-errori-comuni/errori-comuni/errori-comuni-durante-invio-ricezione-pec.aspx';

export const ARUBA_PEC_SOURCE: KnowledgeSource = {
  id: 'aruba-pec',
  name: 'Aruba PEC (certified mail)',
  kind: 'mailbox-provider',
  reference: ARUBA_PEC,
  replies: [
    { id: 'aruba-pec.non-certified-refused', category: 'recipient-policy', lang: 'it', phrases: ['non abilitato alla ricezione di posta non certificata', 'ricezione di posta non certificata'], text: '554 <indirizzoemail>: Messaggio rifiutato dal sistema. Indirizzo destinatario sconosciuto o non abilitato alla ricezione di posta non certificata (ordinary, non-certified mail was sent to a PEC mailbox not enabled to receive it; the PEC recipient must enable the reception of non-certified mail)', source: ARUBA_PEC },
  ],
};

// --- Register.it -------------------------------------------------------------------------------------------------------
// "Cosa fare in caso di errore Spam Rejected": its outgoing server refuses the message a few seconds after sending,
// shown by the webmail or the mail client; the message id stands between the status and the words.
const REGISTER = 'https://register.it/assistenza/cosa-fare-in-caso-di-errore-spam-rejected';

export const REGISTER_IT: KnowledgeSource = {
  id: 'register-it',
  name: 'Register.it',
  kind: 'mailbox-provider',
  reference: REGISTER,
  replies: [
    { id: 'register-it.spam-rejected', category: 'spam', phrases: ['spam rejected'], text: '550 5.2.0 <message id> Spam Rejected (the message holds an element found in other messages reported as spam, or some recipients marked the sender\'s mail as spam; send the original to verificaspam@register.it for checking)', source: REGISTER },
  ],
};

// --- Shellrent ---------------------------------------------------------------------------------------------------------
// "Limiti d'invio email dalle caselle di posta": every mailbox of a web hosting plan may send 200 emails in any 24
// hours (a sliding window); past that every send gets this reply.
const SHELLRENT = 'https://guide.shellrent.com/limiti-invio-email-web-hosting';

export const SHELLRENT_SOURCE: KnowledgeSource = {
  id: 'shellrent',
  name: 'Shellrent',
  kind: 'mailbox-provider',
  reference: SHELLRENT,
  replies: [
    accountLimit({ id: 'shellrent.message-count-exceeded', category: 'rate-limit', phrases: ['message count exceeded'], text: 'Policy rejection; Message count exceeded (the mailbox has already sent 200 emails in the last 24 hours; wait until the oldest sends leave the count)', source: SHELLRENT }),
  ],
};

// --- Netfabric (securemail.pro) ----------------------------------------------------------------------------------------
// "Problemi invio posta": the daily number of sends from mail clients its plan allows (1,000 in the basic package,
// counting all mailboxes) is used up.
const NETFABRIC = 'https://netfabric.freshdesk.com/support/solutions/articles/6000236440-problemi-invio-posta-italiano-';

export const NETFABRIC_SOURCE: KnowledgeSource = {
  id: 'netfabric',
  name: 'Netfabric (securemail.pro)',
  kind: 'mailbox-provider',
  reference: NETFABRIC,
  replies: [
    accountLimit({ id: 'netfabric.max-rcpt-daily', category: 'rate-limit', phrases: ['max rcpt to daily limit'], text: 'MAX RCPT TO DAILY LIMIT (the daily sends from mail clients allowed by the plan are used up; buy more, use the webmail, or wait for the counter to reset at midnight)', source: NETFABRIC }),
  ],
};

// --- InfoCert Legalmail (PEC) ------------------------------------------------------------------------------------------
// help.infocert.it FAQ: a Legalmail mailbox may send 6 messages a minute (its contract, art. 5); past that its server
// answers MAIL FROM with this reply.
const LEGALMAIL = 'https://help.infocert.it/Cerca?inDebug=0&searchText=legalmail&idTipoUtente=&idProdotto=32&idMotivo=87%2C';

export const LEGALMAIL_SOURCE: KnowledgeSource = {
  id: 'infocert-legalmail',
  name: 'InfoCert Legalmail (PEC)',
  kind: 'mailbox-provider',
  reference: LEGALMAIL,
  replies: [
    { id: 'infocert-legalmail.class-of-service', category: 'rate-limit', phrases: ['too much traffic from this sender'], text: '550 MAIL from: "<address>" blocked "Class Of Service" - Too much traffic from this sender (the mailbox is sending more than the 6 messages per minute Legalmail allows)', source: LEGALMAIL },
  ],
};

// --- Specialist (Brazil) -----------------------------------------------------------------------------------------------
// "Ao enviar um email recebo um erro informando sobre SPAM ou SPAMMER": the two replies its servers give to senders
// writing to its customers. The second is qregex's sender refusal (mta-more.ts) with Specialist's own addition, and it
// means the sender address is on Specialist's blacklist (abuse towards several customers, or a message its antispam
// flagged as suspected phishing).
const SPECIALIST = 'https://specialist.srv.br/ao-enviar-um-email-recebo-um-erro-informando-sobre-spammer/';

export const SPECIALIST_SOURCE: KnowledgeSource = {
  id: 'specialist-br',
  name: 'Specialist (Brazil)',
  kind: 'mailbox-provider',
  reference: SPECIALIST,
  replies: [
    { id: 'specialist-br.considered-spam', category: 'spam', phrases: ['is considered spam to me'], text: 'Your email is considered spam to me (id XX) (Specialist\'s antispam judged the message spam; the recipient can whitelist the sender in the webmail)', source: SPECIALIST },
    { id: 'specialist-br.sender-blacklisted', category: 'sender-rejected', status: '5.7.1', phrases: ['maybe you are a spammer', 'postmaster.specialist.srv.br'], text: '553 sorry, your envelope sender has been denied, maybe you are a SPAMMER – https://postmaster.specialist.srv.br (#5.7.1) (the sender address is on Specialist\'s blacklist)', source: SPECIALIST },
  ],
};

// --- UniversoNet (Brazil) ----------------------------------------------------------------------------------------------
// "Quantidade de envio de mensagens (Plataforma Windows)": 150 messages or 150 MB an hour per mailbox, 300 messages or
// 500 MB an hour per domain; past that one of these two replies, and sending resumes after 60 minutes.
const UNIVERSONET = 'https://portal.universonet.com.br/kb/a289/quantidade-de-envio-de-mensagens-plataforma-windows.aspx';

export const UNIVERSONET_SOURCE: KnowledgeSource = {
  id: 'universonet',
  name: 'UniversoNet (Brazil)',
  kind: 'mailbox-provider',
  reference: UNIVERSONET,
  replies: [
    accountLimit({ id: 'universonet.throttle-delay', category: 'rate-limit', phrases: ['throttle delay'], text: '421 "throttle delay" (the hourly sending limit of the mailbox or the domain is exceeded; sending is normal again after 60 minutes)', source: UNIVERSONET }),
    accountLimit({ id: 'universonet.sender-throttled', category: 'rate-limit', phrases: ['sender is throttled'], text: '452 "Sender is throttled" (the hourly sending limit of the mailbox or the domain is exceeded; sending is normal again after 60 minutes)', source: UNIVERSONET }),
  ],
};

// --- POW Internet (Brazil) ---------------------------------------------------------------------------------------------
// "Política Anti-Spam": 250 emails an hour per domain; past that the SMTP is blocked for an hour with this message.
const POW = 'http://www.powinternet.com/servico/politica-anti-spam';

export const POW_SOURCE: KnowledgeSource = {
  id: 'pow-internet',
  name: 'POW Internet (Brazil)',
  kind: 'mailbox-provider',
  reference: POW,
  replies: [
    accountLimit({ id: 'pow-internet.hourly-limit', category: 'rate-limit', lang: 'pt', phrases: ['você ultrapassou o limite de envio', 'limite de envio permitido por hora'], text: 'Política Antispam: Você ultrapassou o limite de envio permitido por hora. Envie novamente em 1 hora (more than 250 emails an hour from the domain: its SMTP is blocked for an hour)', source: POW }),
  ],
};

export const HOSTING_SOUTH: readonly KnowledgeSource[] = [
  ARUBA_MORE,
  ARUBA_PEC_SOURCE,
  REGISTER_IT,
  SHELLRENT_SOURCE,
  NETFABRIC_SOURCE,
  LEGALMAIL_SOURCE,
  SPECIALIST_SOURCE,
  UNIVERSONET_SOURCE,
  POW_SOURCE,
];
