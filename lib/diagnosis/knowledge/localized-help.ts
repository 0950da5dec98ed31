/**
 * Bounce wording in languages other than English, as the providers themselves document it on their own help pages:
 * the sentences a provider's servers or webmail put in a non-delivery notice for the sender, quoted in the provider's
 * own help text (Telekom, NetEase, Google's localized Gmail and Google Workspace help, Microsoft's localized NDR pages
 * not yet used in exchange-localized.ts).
 *
 * Most European, Russian, Japanese and Chinese providers' help pages quote the *English* SMTP reply and only explain it
 * in the local language; those replies are in europe.ts / russia-asia.ts. Only pages that show a local-language text
 * as the message itself are used here. Translations a help page adds in brackets after an English reply (e.g. Google's
 * German page "„The email account that you tried to reach does not exist“ (Das E-Mail-Konto … ist nicht vorhanden)")
 * are not server wording and are left out. Phrases are lower-case, accents kept; Japanese/Chinese phrases are short
 * distinctive runs of characters.
 */
import type { KnowledgeSource } from './types';
import { accountLimit } from './entry';

// --- Deutsche Telekom (t-online.de) ---------------------------------------------------------------------------------
const TELEKOM = 'https://www.telekom.de/hilfe/festnetz-internet-tv/e-mail/e-mail-adresse-passwoerter-und-sicherheit/fehler-mailer-daemon';

export const TELEKOM_HELP: KnowledgeSource = {
  id: 'telekom-help',
  name: 'Telekom (t-online.de) help: Mailer-Daemon errors',
  kind: 'mailbox-provider',
  reference: TELEKOM,
  replies: [
    { id: 'telekom-help.teilnehmer-existiert-nicht', category: 'recipient-unknown', lang: 'de', phrases: ['teilnehmer existiert nicht'], text: '"unknown user/Teilnehmer existiert nicht" – die Adresse ist falsch, möglicherweise ist sie falsch geschrieben', source: TELEKOM },
    { id: 'telekom-help.mailbox-voll', category: 'mailbox-full', lang: 'de', phrases: ['mailbox voll'], text: '"Mailbox quota exceedet/Mailbox voll" – das Postfach des Empfängers ist voll', source: TELEKOM },
  ],
};

// --- NetEase (163.com) ----------------------------------------------------------------------------------------------
const NETEASE_163_NOTICE = 'http://mail.163.com/msgcnt.htm';

export const NETEASE_HELP: KnowledgeSource = {
  id: 'netease-help',
  name: 'NetEase 163.com notice: mailbox message limit',
  kind: 'mailbox-provider',
  reference: NETEASE_163_NOTICE,
  replies: [
    // 163.com notice (2002): once a mailbox holds its limit of 500 messages, other users writing to it cannot deliver
    // and receive a "信箱满" (mailbox full) bounce.
    { id: 'netease-help.mailbox-full-zh', category: 'mailbox-full', lang: 'zh', phrases: ['信箱满'], text: '其他用户给当前用户发信,当前用户无法收到,对方会收到"信箱满"的退信.', source: NETEASE_163_NOTICE },
  ],
};

// --- Google: Gmail help (consumer), localized -----------------------------------------------------------------------
// "Limits for sending & getting mail" (support.google.com/mail/answer/22839): the messages Gmail shows / bounces with
// when the sender hit a sending limit, in the language of the account.
const GMAIL_LIMITS_DE = 'https://support.google.com/mail/answer/22839?hl=de';
const GMAIL_LIMITS_FR = 'https://support.google.com/mail/bin/answer.py?hl=fr&hlrm=en&answer=22839';
const GMAIL_LIMITS_JA = 'https://support.google.com/mail/answer/22839?hl=ja';
// "Fix bounced or rejected emails" (support.google.com/mail/answer/6596), Japanese version: common bounce messages.
const GMAIL_BOUNCE_JA = 'https://support.google.com/mail/answer/6596?hl=ja';

export const GMAIL_LOCALIZED: KnowledgeSource = {
  id: 'google-localized',
  name: 'Gmail bounce and limit messages (localized Gmail help)',
  kind: 'mailbox-provider',
  reference: GMAIL_LIMITS_DE,
  replies: [
    // "You have reached a limit for sending mail": over 500 recipients in one message or 500 messages a day; sending
    // resumes within 1 to 24 hours.
    accountLimit({ id: 'google-localized.sending-limit-de', category: 'rate-limit', lang: 'de', phrases: ['limit zum senden von e-mails erreicht'], text: 'Sie haben das Limit zum Senden von E-Mails erreicht.', source: GMAIL_LIMITS_DE }),
    accountLimit({ id: 'google-localized.sending-limit-fr', category: 'rate-limit', lang: 'fr', phrases: ["atteint la limite d'envoi d'e-mails"], text: "Vous avez atteint la limite d'envoi d'e-mails", source: GMAIL_LIMITS_FR }),
    accountLimit({ id: 'google-localized.sending-limit-ja', category: 'rate-limit', lang: 'ja', phrases: ['送信できるメールの制限数に達しました'], text: '送信できるメールの制限数に達しました', source: GMAIL_LIMITS_JA }),
    // "Messages you sent couldn't be delivered": many of the sender's messages bounced (invalid addresses, rejected by
    // the recipients' servers), so sending is suspended; it may resume after 24 hours.
    // "The user you are trying to contact is receiving mail at a rate that prevents additional messages from being
    // delivered." (the recipient gets too much mail too fast; English twin in google.ts, 450 4.2.1)
    { id: 'google-localized.recipient-rate-de', category: 'rate-limit', status: '4.2.1', lang: 'de', phrases: ['empfängt e-mails in einer geschwindigkeit', 'dass zusätzliche nachrichten übermittelt werden'], text: 'Der Nutzer, den Sie kontaktieren möchten, empfängt E-Mails in einer Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten übermittelt werden.', source: GMAIL_LIMITS_DE },
    { id: 'google-localized.recipient-rate-fr', category: 'rate-limit', status: '4.2.1', lang: 'fr', phrases: ["reçoit des e-mails à un rythme", 'empêche la distribution de tout nouveau message'], text: "L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout nouveau message.", source: GMAIL_LIMITS_FR },
    { id: 'google-localized.recipient-rate-ja', category: 'rate-limit', status: '4.2.1', lang: 'ja', phrases: ['メール受信数の制限を超過'], text: '送信先がメール受信数の制限を超過しています', source: GMAIL_LIMITS_JA },
    // Common bounce: "The email account that you tried to reach does not exist" (Japanese help page).
    { id: 'google-localized.no-such-account-ja', category: 'recipient-unknown', status: '5.1.1', lang: 'ja', phrases: ['アカウントは存在しません'], text: '送信先のメール アカウントは存在しません', source: GMAIL_BOUNCE_JA },
  ],
};

// --- Google Workspace: Gmail sending limits, localized --------------------------------------------------------------
// support.google.com/a/answer/166852: "If your users exceed an email sending limit, they'll get an error message,
// such as: You have reached a limit for sending mail. / You have reached your Gmail sending limit. / You have exceeded
// the maximum number of recipients." Users then cannot send for up to 24 hours.
const WS_LIMITS = (hl: string): string => `https://support.google.com/a/answer/166852?hl=${hl}`;

export const WORKSPACE_LIMITS_LOCALIZED: KnowledgeSource = {
  id: 'google-workspace-localized',
  name: 'Google Workspace Gmail sending-limit messages (localized admin help)',
  kind: 'mailbox-provider',
  reference: WS_LIMITS('de'),
  replies: [
    accountLimit({ id: 'google-workspace-localized.sending-limit-de', category: 'rate-limit', lang: 'de', phrases: ['limit zum senden von e-mails erreicht', 'gmail-sendebeschränkung erreicht'], text: 'Sie haben das Limit zum Senden von E-Mails erreicht. / Sie haben die Gmail-Sendebeschränkung erreicht.', source: WS_LIMITS('de') }),
    { id: 'google-workspace-localized.max-recipients-de', category: 'rate-limit', lang: 'de', phrases: ['maximale empfängerzahl überschritten'], text: 'Sie haben die maximale Empfängerzahl überschritten.', source: WS_LIMITS('de') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-fr', category: 'rate-limit', lang: 'fr', phrases: ["atteint la limite d'envoi d'e-mails", "limites d'envoi gmail", "limites relatives à l'envoi d'e-mails"], text: "Vous avez atteint la limite d'envoi d'e-mails. / Vous avez atteint une des limites d'envoi Gmail. (earlier copy: Vous avez atteint une des limites relatives à l'envoi d'e-mails.)", source: WS_LIMITS('fr') }),
    { id: 'google-workspace-localized.max-recipients-fr', category: 'rate-limit', lang: 'fr', phrases: ['dépassé le nombre maximal de destinataires'], text: 'Vous avez dépassé le nombre maximal de destinataires.', source: WS_LIMITS('fr') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-it', category: 'rate-limit', lang: 'it', phrases: ['raggiunto il limite di invio'], text: 'Hai raggiunto il limite di invio email. / Hai raggiunto il limite di invio di Gmail.', source: WS_LIMITS('it') }),
    { id: 'google-workspace-localized.max-recipients-it', category: 'rate-limit', lang: 'it', phrases: ['superato il numero massimo di destinatari'], text: 'Hai superato il numero massimo di destinatari.', source: WS_LIMITS('it') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-nl', category: 'rate-limit', lang: 'nl', phrases: ['limiet bereikt voor het verzenden van e-mails', 'verzendlimiet bereikt in gmail'], text: 'U heeft een limiet bereikt voor het verzenden van e-mails. / U heeft een verzendlimiet bereikt in Gmail.', source: WS_LIMITS('nl') }),
    { id: 'google-workspace-localized.max-recipients-nl', category: 'rate-limit', lang: 'nl', phrases: ['maximale aantal ontvangers overschreden'], text: 'U heeft het maximale aantal ontvangers overschreden.', source: WS_LIMITS('nl') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-pl', category: 'rate-limit', lang: 'pl', phrases: ['osiągnięto limit wysyłanych wiadomości', 'osiągnięto limit wysyłania z gmaila'], text: 'Osiągnięto limit wysyłanych wiadomości. / Osiągnięto limit wysyłania z Gmaila.', source: WS_LIMITS('pl') }),
    { id: 'google-workspace-localized.max-recipients-pl', category: 'rate-limit', lang: 'pl', phrases: ['przekroczono maksymalną liczbę adresatów'], text: 'Przekroczono maksymalną liczbę adresatów.', source: WS_LIMITS('pl') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-ru', category: 'rate-limit', lang: 'ru', phrases: ['превышено ограничение на отправку сообщений'], text: 'Превышено ограничение на отправку сообщений. / Превышено ограничение на отправку сообщений Gmail.', source: WS_LIMITS('ru') }),
    { id: 'google-workspace-localized.max-recipients-ru', category: 'rate-limit', lang: 'ru', phrases: ['превышено ограничение на количество получателей'], text: 'Превышено ограничение на количество получателей.', source: WS_LIMITS('ru') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-ja', category: 'rate-limit', lang: 'ja', phrases: ['送信できるメールの制限数に達しました', '送信制限に達しました'], text: '送信できるメールの制限数に達しました / Gmail の送信制限に達しました', source: WS_LIMITS('ja') }),
    { id: 'google-workspace-localized.max-recipients-ja', category: 'rate-limit', lang: 'ja', phrases: ['受信者数の上限を超えています'], text: '受信者数の上限を超えています', source: WS_LIMITS('ja') },
    accountLimit({ id: 'google-workspace-localized.sending-limit-zh', category: 'rate-limit', lang: 'zh', phrases: ['您已达到电子邮件发送上限', 'gmail 发送上限'], text: '您已达到电子邮件发送上限。 / 您已达到 Gmail 发送上限。', source: WS_LIMITS('zh-Hans') }),
    { id: 'google-workspace-localized.max-recipients-zh', category: 'rate-limit', lang: 'zh', phrases: ['收件人数量超过上限'], text: '收件人数量超过上限。', source: WS_LIMITS('zh-Hans') },
  ],
};

// --- Microsoft: more localized NDR quotations (beyond exchange-localized.ts) ----------------------------------------
// The user-facing part of an Exchange NDR is written in the language of the organization or the original message;
// these localized Microsoft pages quote it. Machine-translated pages: phrases keep to the short core.
const MEPF_PL = 'https://docs.microsoft.com/pl-pl/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf';
const MEPF_IT = 'https://learn.microsoft.com/it-it/exchange/troubleshoot/email-delivery/ndr/cannot-send-mail-mepf';
const MEPF_NL = 'https://docs.microsoft.com/nl-nl/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf';
const MEPF_SV = 'https://docs.microsoft.com/sv-se/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf';
const DBEB_IT = 'https://support.microsoft.com/it-it/topic/codice-di-errore-550-5-4-1-del-rapporto-di-mancato-recapito-indirizzo-del-destinatario-rifiutato-accesso-negato-c0e98a8e-81db-49c2-9bf1-32a1734d3e77';
const DELIST_IT = 'https://learn.microsoft.com/it-it/microsoft-365/security/office-365-security/use-the-delist-portal-to-remove-yourself-from-the-office-365-blocked-senders-lis';
const ATTR36_ES = 'https://learn.microsoft.com/es-es/exchange/troubleshoot/hybrid-configuration-wizard-errors/relay-access-denied-attr36-ndr';

export const MICROSOFT_LOCALIZED_MORE: KnowledgeSource = {
  id: 'microsoft-localized-more',
  name: 'Microsoft Exchange Online NDR wording (more localized pages)',
  kind: 'mta',
  reference: MEPF_PL,
  replies: [
    // 554 5.2.2 to a mail-enabled public folder whose quota is reached (Polish page; de/ja/sv in exchange-localized.ts)
    { id: 'microsoft-localized-more.mailbox-full-it', category: 'mailbox-full', status: '5.2.2', lang: 'it', phrases: ['cassetta postale del destinatario è piena'], text: 'La cassetta postale del destinatario è piena e non può accettare messaggi. Provare a inviare nuovamente il messaggio in un secondo momento o contattare direttamente il destinatario.', source: MEPF_IT },
    { id: 'microsoft-localized-more.mailbox-full-nl', category: 'mailbox-full', status: '5.2.2', lang: 'nl', phrases: ['postvak van de ontvanger is vol'], text: 'Het postvak van de ontvanger is vol en kan nu geen berichten ontvangen. Probeer dit bericht later opnieuw te verzenden of neem direct contact op met de ontvanger.', source: MEPF_NL },
    { id: 'microsoft-localized-more.mailbox-full-sv', category: 'mailbox-full', status: '5.2.2', lang: 'sv', phrases: ['mottagarens postlåda är full'], text: 'Mottagarens postlåda är full och kan inte ta emot meddelanden nu. Försök skicka meddelandet igen senare eller kontakta mottagaren direkt.', source: MEPF_SV },
    { id: 'microsoft-localized-more.mailbox-full-pl', category: 'mailbox-full', status: '5.2.2', lang: 'pl', phrases: ['skrzynka pocztowa adresata jest pełna'], text: 'Skrzynka pocztowa adresata jest pełna i nie może teraz akceptować wiadomości. Spróbuj ponownie wysłać tę wiadomość później lub skontaktuj się bezpośrednio z adresatem.', source: MEPF_PL },
    // 550 5.4.1 from directory-based edge blocking: the recipient address is not valid
    { id: 'microsoft-localized-more.dbeb-it', category: 'recipient-unknown', status: '5.4.1', lang: 'it', phrases: ['indirizzo del destinatario rifiutato: accesso negato'], text: '550 5.4.1 Indirizzo del destinatario rifiutato: Accesso negato', source: DBEB_IT },
    // 550 5.7.606-649: the sending IP is on Microsoft's blocked senders list (delist at sender.office.com)
    { id: 'microsoft-localized-more.banned-ip-it', category: 'ip-blocklist', status: '5.7.606', lang: 'it', phrases: ["vietato l'invio di ip"], text: "550 5.7.606-649 Accesso negato, vietato l'invio di IP [indirizzo IP di origine]: per richiedere la rimozione da questo elenco, visitare https://sender.office.com/ e seguire le istruzioni.", source: DELIST_IT },
    // 550 5.7.64 ATTR36: a relayed message is not tied to the tenant by sender domain or certificate connector
    { id: 'microsoft-localized-more.attr36-es', category: 'relay-denied', status: '5.7.64', lang: 'es', phrases: ['acceso de retransmisión denegado'], text: '550 5.7.64 Acceso de retransmisión denegado ATTR36. Para obtener más información, consulte: https://support.microsoft.com/kb/3169958', source: ATTR36_ES },
  ],
};

// --- gromox (grommunio's mail server): its own localized delivery-failure notices ----------------------------------
const GROMOX = 'grommunio/gromox data/local_bounce/<charset>/BOUNCE_NO_USER, BOUNCE_MAILBOX_FULL and data/mail_bounce/gb2312/BOUNCE_MAIL_TOO_LARGE';

export const GROMOX_NOTICES: KnowledgeSource = {
  id: 'gromox',
  name: 'gromox (grommunio) localized bounce templates',
  kind: 'mta',
  reference: 'https://github.com/grommunio/gromox',
  replies: [
    { id: 'gromox.no-user-zh', category: 'recipient-unknown', lang: 'zh', phrases: ['收件人不存在', '该收件人并不存在'], text: '投递失败，收件人不存在 — 您发送到“<rcpt>”的邮件无法被正确投递，因为该收件人并不存在！', source: GROMOX },
    { id: 'gromox.mailbox-full-zh', category: 'mailbox-full', lang: 'zh', phrases: ['收件人邮箱已满'], text: '投递失败，收件人邮箱已满 — 因为收件人邮箱已满，无法再接收任何邮件。', source: GROMOX },
    { id: 'gromox.too-large-zh', category: 'message-size', lang: 'zh', phrases: ['因为邮件过大', '投递失败，邮件过大'], text: '投递失败，邮件过大 — 您发送到“<rcpt>”的邮件无法被正确投递，因为邮件过大！', source: GROMOX },
    { id: 'gromox.no-user-ja', category: 'recipient-unknown', lang: 'ja', phrases: ['受信者が存在していない'], text: '受信者が存在していないため、メール送信失敗 — 受信者が存在していないため、"<rcpt>"へのメールを正しく送信できません。', source: GROMOX },
    { id: 'gromox.mailbox-full-ja', category: 'mailbox-full', lang: 'ja', phrases: ['受信者のメールボックスが一杯'], text: '受信者のメールボックスが一杯になるため、メール送信失敗 — 受信者のメールボックスが一杯になって、1通のメールでも受信できないため', source: GROMOX },
  ],
};

export const LOCALIZED_HELP: readonly KnowledgeSource[] = [TELEKOM_HELP, NETEASE_HELP, GMAIL_LOCALIZED, WORKSPACE_LIMITS_LOCALIZED, MICROSOFT_LOCALIZED_MORE, GROMOX_NOTICES];
