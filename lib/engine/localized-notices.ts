/**
 * Gmail's and Outlook on the web's bounce notices in the languages their readers use: the headline, the words around
 * the failed recipient, and the words that introduce the server's reply, per language, as data. The format table
 * (formats.ts) takes its signatures from here and the text reader (text-report.ts) its recipient and reply words, so
 * a German or Japanese notice is read like the English one: its layout, its recipients, its quoted reply — and, when
 * it quotes none, still a bounce with its recipient named.
 *
 * Sources. Each entry says where its wording comes from, in the "Source:" comment beside it. `verified: true` marks wording read in a public example or
 * the provider's own page (cited); `verified: false` marks wording written from the provider's interface language
 * that no stored public copy could confirm yet — kept short (a headline, a lead) so that a small difference in the
 * real notice costs only that phrase, and listed in the report so that a real notice can confirm or correct it.
 * Google's own help pages (support.google.com/mail/answer/6596, hl=de and hl=es-419) say the notice comes from "Mail
 * Delivery Subsystem (mailer-daemon@googlemail.com)" with the subject "Delivery Status Notification (Failure)" in
 * every interface language, which is why the sender and subject checks stay English.
 */

export type NoticeLang = 'de' | 'fr' | 'es' | 'pt' | 'ja' | 'it' | 'nl' | 'pl';

export interface LocalizedNotice {
  lang: NoticeLang;
  webmail: 'gmail' | 'outlook';
  /** The notice's headline (Gmail's card title, Outlook's first line). */
  headlines: readonly string[];
  /** Words right before the failed recipient's address. */
  leads: readonly string[];
  /** Words right after the address, for languages that name it first (Japanese "x@y に…", "x@y でメールが…"). */
  trails?: readonly string[];
  /** Words that introduce the receiving server's reply. */
  replyIntros: readonly string[];
  /** Whole phrases that identify the layout (beyond the headline). */
  phrases?: readonly string[];
  /** Read in a public example or the provider's own page (cited in the comment beside the entry). */
  verified: boolean;
}

export const LOCALIZED_NOTICES: readonly LocalizedNotice[] = [
  // ---------------------------------------------------------------- Gmail
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'de',
    webmail: 'gmail',
    headlines: ['Adresse nicht gefunden', 'Nachricht blockiert', 'Nachricht nicht zugestellt', 'Zustellung unvollständig'],
    leads: ['Ihre Nachricht wurde nicht an', 'Ihre Nachricht an', 'Ihre Nachricht konnte nicht an'],
    replyIntros: ['Die Antwort des Remote-Servers lautete:', 'Die Antwort vom Remote-Server lautete:', 'Die Antwort lautete:'],
    verified: false,
  },
  {
    // Source: headline and "La réponse était :" as quoted in issue 15 from a French Gmail notice; the rest not yet confirmed against a stored public notice
    lang: 'fr',
    webmail: 'gmail',
    headlines: ['Adresse introuvable', 'Message bloqué', 'Message non distribué', 'Distribution incomplète'],
    leads: ["Votre message n'a pas été distribué à", "Votre message n'a pas été remis à", "Votre message n'a pas pu être distribué à", 'Votre message à'],
    // The issue that asked for this (issue 15) quotes a French Gmail notice: "Adresse introuvable … La réponse était :".
    replyIntros: ['La réponse du serveur distant était :', 'La réponse du serveur distant était:', 'La réponse était :', 'La réponse était:'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'es',
    webmail: 'gmail',
    headlines: ['Dirección no encontrada', 'Mensaje bloqueado', 'Mensaje no entregado', 'Entrega incompleta'],
    leads: ['No se ha entregado tu mensaje a', 'Tu mensaje no se ha entregado a', 'Tu mensaje para', 'Tu mensaje a'],
    replyIntros: ['La respuesta del servidor remoto fue:', 'La respuesta fue:'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'pt',
    webmail: 'gmail',
    headlines: ['Endereço não encontrado', 'Mensagem bloqueada', 'Mensagem não entregue', 'Entrega incompleta'],
    leads: ['Sua mensagem não foi entregue a', 'Sua mensagem não foi entregue para', 'Sua mensagem para'],
    replyIntros: ['A resposta do servidor remoto foi:', 'A resposta foi:'],
    verified: false,
  },
  {
    // Source: https://xn--9ckkn0019c8wwb.jp/mail-delivery-subsystem (a Gmail notice quoted: headline "メールのブロック", "…でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。"); the other headlines and the reply introduction not yet confirmed against a stored public notice
    lang: 'ja',
    webmail: 'gmail',
    headlines: ['メールのブロック', 'アドレスが見つかりません', 'メールを配信できませんでした', '配信が完了していません'],
    leads: [],
    // "********* でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。" (the address masked).
    trails: ['でメールがブロックされました', 'へのメールがブロックされました', 'にメールを配信できませんでした', 'にメッセージを配信できませんでした', 'へのメールは配信されませんでした'],
    replyIntros: ['リモート サーバーからの応答:', 'リモートサーバーからの応答:', 'リモート サーバーからの応答：', '応答:', '応答：'],
    phrases: ['詳しくは、下記の詳細な技術情報をご覧ください'],
    verified: true,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'it',
    webmail: 'gmail',
    headlines: ['Indirizzo non trovato', 'Messaggio bloccato', 'Messaggio non recapitato', 'Recapito incompleto'],
    leads: ['Il tuo messaggio non è stato recapitato a', 'Il tuo messaggio non è stato consegnato a', 'Il tuo messaggio a'],
    replyIntros: ['La risposta del server remoto è stata:', 'La risposta è stata:'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'nl',
    webmail: 'gmail',
    headlines: ['Adres niet gevonden', 'Bericht geblokkeerd', 'Bericht niet bezorgd', 'Bezorging onvolledig'],
    leads: ['Je bericht is niet bezorgd bij', 'Je bericht is niet afgeleverd bij', 'Je bericht aan'],
    replyIntros: ['Het antwoord van de externe server was:', 'Het antwoord was:'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'pl',
    webmail: 'gmail',
    headlines: ['Nie znaleziono adresu', 'Wiadomość zablokowana', 'Wiadomość niedostarczona', 'Dostarczanie nieukończone'],
    leads: ['Twoja wiadomość nie została dostarczona do', 'Twoja wiadomość do'],
    replyIntros: ['Odpowiedź serwera zdalnego:', 'Odpowiedź serwera:', 'Odpowiedź:'],
    verified: false,
  },
  // ---------------------------------------------------------------- Outlook on the web (Exchange Online NDRs)
  {
    // Source: headline as quoted in issue 15; "Diagnoseinformationen für Administratoren" from https://support.microsoft.com/de-de/office/failed-delivery-messages-from-the-postmaster-at-outlook-com-microsoft-com-or-service-microsoft-com-eb34d15e-1251-4802-995d-78917ecb1de6; "Remoteserver hat … zurückgegeben" from https://learn.microsoft.com/de-de/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-1-8-in-exchange-online
    lang: 'de',
    webmail: 'outlook',
    // Issue 15 quotes a German Outlook notice: "Unzustellbar: … Ihre Nachricht hat folgende Empfänger nicht erreicht".
    headlines: ['Ihre Nachricht hat folgende Empfänger nicht erreicht'],
    leads: ['Ihre Nachricht an'],
    replyIntros: ['Der Remoteserver hat', 'Remoteserver hat'],
    phrases: ['Diagnoseinformationen für Administratoren'],
    verified: true,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'fr',
    webmail: 'outlook',
    headlines: ["Votre message n'a pas pu être remis", 'Votre message n’a pas pu être remis'],
    leads: ['Votre message à'],
    replyIntros: ['Le serveur distant a retourné', 'Le serveur distant a renvoyé'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'es',
    webmail: 'outlook',
    headlines: ['No se pudo entregar el mensaje', 'No se puede entregar'],
    leads: ['Su mensaje para', 'Su mensaje a'],
    replyIntros: ['El servidor remoto devolvió'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'pt',
    webmail: 'outlook',
    headlines: ['Não foi possível entregar sua mensagem', 'Não foi possível entregar a mensagem'],
    leads: ['Sua mensagem para'],
    replyIntros: ['O servidor remoto retornou'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'ja',
    webmail: 'outlook',
    headlines: ['メッセージを配信できませんでした'],
    leads: [],
    trails: ['へのメッセージを配信できませんでした', 'へのメッセージは配信できませんでした'],
    replyIntros: ['リモート サーバーから返されたエラー', 'リモート サーバーから'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'it',
    webmail: 'outlook',
    headlines: ['Impossibile recapitare il messaggio'],
    leads: ['Impossibile recapitare il messaggio a', 'Il messaggio a'],
    replyIntros: ['Il server remoto ha restituito'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'nl',
    webmail: 'outlook',
    headlines: ['Uw bericht kan niet worden bezorgd', 'Je bericht kan niet worden bezorgd'],
    leads: ['Uw bericht aan', 'Je bericht aan'],
    replyIntros: ['Externe server heeft', 'De externe server heeft'],
    verified: false,
  },
  {
    // Source: not yet confirmed against a stored public notice (written from the webmail's interface language).
    lang: 'pl',
    webmail: 'outlook',
    headlines: ['Nie można dostarczyć wiadomości', 'Dostarczenie do tych adresatów lub grup nie powiodło się'],
    leads: ['Nie można dostarczyć wiadomości do', 'Twoja wiadomość do'],
    replyIntros: ['Serwer zdalny zwrócił'],
    verified: false,
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/ /g, '[ \\t]{1,3}');
const alternation = (items: readonly string[]) => [...new Set(items)].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Format signatures: a headline on a line of its own (or between Gmail's ** marks), or one of the layout's phrases. */
export function localizedSignatures(webmail: 'gmail' | 'outlook'): RegExp[] {
  const notices = LOCALIZED_NOTICES.filter((n) => n.webmail === webmail);
  const headlines = alternation(notices.flatMap((n) => n.headlines));
  const phrases = notices.flatMap((n) => [...(n.phrases ?? []), ...n.replyIntros.filter((i) => i.length >= 16)]);
  const out = [new RegExp(`^[ \\t*]{0,20}(?:${headlines})[ \\t*]{0,20}$`, 'im')];
  if (phrases.length) out.push(new RegExp(alternation(phrases), 'i'));
  if (webmail === 'gmail') {
    // A lead followed by an address ("Ihre Nachricht wurde nicht an pat@…") is a Gmail sentence; Japanese names the address first.
    // Only the leads that say the delivery failed: "Ihre Nachricht an x@y" alone is also how a friendly reply begins.
    const failing = notices.flatMap((n) => n.leads).filter((l) => l.length >= 22);
    out.push(new RegExp(`(?:${alternation(failing)})[ \\t]{1,3}<?[^\\s@<>]{1,64}@`, 'i'));
    const trails = notices.flatMap((n) => n.trails ?? []);
    // The domain's own characters only, so where the address ends is never in doubt (the trail starts with kana).
    if (trails.length) out.push(new RegExp(`@[A-Za-z0-9.-]{1,253}>?[ \\t]{0,2}(?:${alternation(trails)})`));
  }
  return out;
}

/** Words right before an address that make it the failed recipient, in every language above. */
export const LOCALIZED_RECIPIENT_LEAD = new RegExp(`(?:${alternation(LOCALIZED_NOTICES.flatMap((n) => n.leads))})\\s*(?:[<"'„«]\\s*)?$`, 'i');

/** Words right after an address that make it the failed recipient (languages that name the address first). */
export const LOCALIZED_RECIPIENT_TRAIL = new RegExp(`^\\s*(?:[>"'”»]\\s*)?(?:${alternation(LOCALIZED_NOTICES.flatMap((n) => n.trails ?? []))})`);

/** Words that introduce the receiving server's reply, in every language above. */
export const LOCALIZED_REPLY_INTRO = new RegExp(`(?:${alternation(LOCALIZED_NOTICES.flatMap((n) => n.replyIntros))})[^\\n]{0,12}$`, 'i');
