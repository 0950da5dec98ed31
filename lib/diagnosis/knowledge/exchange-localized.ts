/**
 * Microsoft Exchange / Exchange Online: the user-facing wording of non-delivery reports in other languages, as
 * Microsoft's own localized documentation quotes it (learn.microsoft.com/<lang>/… and support.microsoft.com/<lang>/…
 * pages that print the NDR text). Exchange writes the user section of an NDR in the language of the original message
 * or of the organization, so a bounce may carry these sentences instead of the English ones.
 *
 * Only pages whose NDR quotation could be read are used; the localized docs are partly machine-translated, so phrases
 * are kept to the short core of each sentence. Languages searched without a readable quotation: es, pt, nl, pl, ru,
 * zh (the corresponding pages were not in the stored copies, or did not quote the NDR text).
 */
import { accountLimit, SENDER_LOGIN_MISMATCH } from './entry';
import type { KnowledgeSource } from './types';

const MEPF_DE = 'https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/cannot-send-mail-mepf';
const MEPF_JA = 'https://learn.microsoft.com./ja-jp/exchange/troubleshoot/email-delivery/cannot-send-mail-mepf';
const DBEB_DE = 'https://support.microsoft.com/de-de/topic/ndr-fehlercode-550-5-4-1-empf%C3%A4ngeradresse-abgelehnt-zugriff-verweigert-c0e98a8e-81db-49c2-9bf1-32a1734d3e77';
const DBEB_JA = 'https://support.microsoft.com/ja-jp/topic/ndr-%E3%82%A8%E3%83%A9%E3%83%BC-%E3%82%B3%E3%83%BC%E3%83%89-550-5-4-1-%E5%8F%97%E4%BF%A1%E8%80%85%E3%82%A2%E3%83%89%E3%83%AC%E3%82%B9%E3%81%8C%E6%8B%92%E5%90%A6%E3%81%95%E3%82%8C%E3%81%BE%E3%81%97%E3%81%9F-%E3%82%A2%E3%82%AF%E3%82%BB%E3%82%B9%E3%81%8C%E6%8B%92%E5%90%A6%E3%81%95%E3%82%8C%E3%81%BE%E3%81%97%E3%81%9F-c0e98a8e-81db-49c2-9bf1-32a1734d3e77';
const CODES_7XX_DE = 'https://support.microsoft.com/de-de/topic/ndr-fehlercodes-550-5-7-703-550-5-7-705-550-5-7-708-und-550-5-7-750-f5675801-1846-4d1c-9599-5b4e26a9175d';
const BAD_SENDER_DE = 'https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online';
const QUOTA_FR = 'https://learn.microsoft.com/fr-fr/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online';
const QUOTA_IT = 'https://learn.microsoft.com/it-it/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online';
const QUOTA_SV = 'https://learn.microsoft.com/sv-se/exchange/troubleshoot/email-delivery/ndr/fix-error-for-submission-quota-exceeded-in-exchange-online';
const QUOTA_KO = 'https://docs.microsoft.com/ko-kr/Exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online';
const THROTTLE_DE = 'https://learn.microsoft.com/de-de/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions';

export const EXCHANGE_LOCALIZED: KnowledgeSource = {
  id: 'microsoft-localized',
  name: 'Microsoft Exchange / Outlook NDR wording (localized)',
  kind: 'mta',
  reference: 'https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online',
  replies: [
    // --- mailbox full (554 5.2.2, here for a mail-enabled public folder) ---
    { id: 'microsoft-localized.mailbox-full-de', category: 'mailbox-full', status: '5.2.2', lang: 'de', phrases: ['postfach des empfängers ist voll'], text: 'Das Postfach des Empfängers ist voll und kann nachrichten jetzt nicht annehmen. Versuchen Sie, diese Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.', source: MEPF_DE },
    { id: 'microsoft-localized.mailbox-full-ja', category: 'mailbox-full', status: '5.2.2', lang: 'ja', phrases: ['受信者のメールボックスがいっぱい'], text: '受信者のメールボックスがいっぱいになり、メッセージを受け入れることはできません。 後でこのメッセージを再送信するか、受信者に直接連絡してください。', source: MEPF_JA },

    // --- 550 5.4.1 Recipient address rejected: Access denied (directory-based edge blocking: invalid recipient) ---
    { id: 'microsoft-localized.dbeb-de', category: 'recipient-unknown', status: '5.4.1', lang: 'de', phrases: ['empfängeradresse abgelehnt: zugriff verweigert'], text: '550 5.4.1 Empfängeradresse abgelehnt: Zugriff verweigert', source: DBEB_DE },
    { id: 'microsoft-localized.dbeb-ja', category: 'recipient-unknown', status: '5.4.1', lang: 'ja', phrases: ['受信者アドレスが拒否されました'], text: '550 5.4.1 受信者アドレスが拒否されました: アクセスが拒否されました', source: DBEB_JA },

    // --- 550 5.7.703 / 5.7.705 (sending organization's own restrictions) ---
    { id: 'microsoft-localized.tenant-block-list-de', category: 'policy', status: '5.7.703', lang: 'de', phrases: ['von ihrem organization blockiert', 'mandantenliste für zulässige mandantensperren'], text: 'Ihre Nachricht kann nicht zugestellt werden, da Nachrichten an <Empfänger> von Ihrem organization blockiert werden, indem die Mandantenliste für zulässige Mandantensperren verwendet wird.', source: CODES_7XX_DE },
    { id: 'microsoft-localized.tenant-threshold-de', category: 'reputation', status: '5.7.705', lang: 'de', phrases: ['mandant hat den schwellenwert überschritten'], text: '5.7.705 Zugriff verweigert, Mandant hat den Schwellenwert überschritten. (the organization sent too much spam or bulk mail; outgoing mail is blocked)', source: CODES_7XX_DE },

    // --- 550 5.1.8 Access denied, bad outbound sender (account restricted after suspected spam) ---
    { id: 'microsoft-localized.bad-outbound-sender-de', category: 'sender-rejected', status: '5.1.8', lang: 'de', phrases: ['nicht als gültiger absender erkannt', 'ungültiger ausgehender absender'], text: 'Ihre Nachricht konnte nicht übermittelt werden, weil Sie nicht als gültiger Absender erkannt wurden. Der häufigste Grund dafür ist, dass der Verdacht besteht, dass von Ihrer E-Mail-Adresse Spam versandt wurde, und dass deshalb das Senden von E-Mails nicht mehr zugelassen wird. … Remoteserver hat 550 5.1.8 Zugriff verweigert zurückgegeben, ungültiger ausgehender Absender.', source: BAD_SENDER_DE },

    // --- sender's submission quota exceeded (recipient rate limit, 10,000 recipients a day) ---
    accountLimit({ id: 'microsoft-localized.submission-quota-fr', category: 'rate-limit', lang: 'fr', phrases: ["quota d'envoi de l'expéditeur est dépassé", "quota d'envoi"], text: "Impossible d'envoyer le message, car le quota d'envoi de l'expéditeur est dépassé.", source: QUOTA_FR }),
    accountLimit({ id: 'microsoft-localized.submission-quota-it', category: 'rate-limit', lang: 'it', phrases: ['superata la quota di invio del mittente'], text: 'Il messaggio non può essere inviato perché è stata superata la quota di invio del mittente.', source: QUOTA_IT }),
    accountLimit({ id: 'microsoft-localized.submission-quota-sv', category: 'rate-limit', lang: 'sv', phrases: ['avsändarens sändningskvot'], text: 'Det går inte att skicka meddelandet eftersom avsändarens sändningskvot har överskridits.', source: QUOTA_SV }),
    accountLimit({ id: 'microsoft-localized.submission-quota-ko', category: 'rate-limit', lang: 'ko', phrases: ['보낸 사람의 전송 할당량이 초과'], text: '보낸 사람의 전송 할당량이 초과되어 메시지를 전송할 수 없습니다.', source: QUOTA_KO }),

    // --- SMTP AUTH client submission: continuous-error throttling (Microsoft-only enhanced codes) ---
    // (5.2.252 is throttling for Send As refusals: the fix is the permission, as microsoft.ts says of the English
    // text.)
    { id: 'microsoft-localized.throttled-mailbox-full-de', category: 'rate-limit', status: '5.2.251', token: '5.2.251', lang: 'de', phrases: ['aufgrund fortlaufender fehler'], text: '550 5.2.251 Der Absender wurde aufgrund fortlaufender Fehler „Postfach voll“ gedrosselt.', source: THROTTLE_DE },
    { id: 'microsoft-localized.throttled-send-as-de', category: 'sender-rejected', status: '5.2.252', token: '5.2.252', lang: 'de', phrases: ['„senden als verweigert“ gedrosselt'], text: '550 5.2.252 Der Absender wurde aufgrund fortlaufender Fehler „Senden als verweigert“ gedrosselt.', source: THROTTLE_DE, variant: SENDER_LOGIN_MISMATCH },
    { id: 'microsoft-localized.throttled-license-de', category: 'rate-limit', status: '5.2.253', token: '5.2.253', lang: 'de', phrases: ['„ungültige lizenz“ gedrosselt'], text: '550 5.2.253 Der Absender wurde aufgrund fortlaufender Fehler „Ungültige Lizenz“ gedrosselt.', source: THROTTLE_DE },
    { id: 'microsoft-localized.throttled-recipients-de', category: 'rate-limit', status: '5.2.254', token: '5.2.254', lang: 'de', phrases: ['„zu viele empfänger“ gedrosselt'], text: '550 5.2.254 Der Absender wurde aufgrund fortlaufender Fehler „Zu viele Empfänger“ gedrosselt.', source: THROTTLE_DE },
  ],
};
