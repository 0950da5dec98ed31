/**
 * Exchange Online / Microsoft 365 / Outlook.com (and the Exchange servers behind them): the non-delivery reports in the
 * sender's language, as real notices quoted them. The user section of an Exchange NDR is written in the language of
 * the sender (or the organization), so a pasted bounce may carry these sentences instead of the English ones in
 * microsoft.ts. Each entry is a notice its sender pasted publicly (pastebin pastes, one Microsoft Q&A thread): a fact
 * about Microsoft's exact wording, not a help page; addresses and host names are replaced by pat@example.org /
 * example.org, nothing else is changed.
 *
 * Found: German (classic "Fehler bei der Nachrichtenzustellung …" NDR with its address-not-found line; the Office 365
 * "… hat Ihre Nachricht … zurückgewiesen" notice; Outlook/Exchange's send-as refusal), Spanish (classic address not
 * found, the Office 365 "… rechazó tus mensajes …" notice, Exchange 2007's mailbox full), Portuguese (pt-BR classic
 * "Falha na entrega …" with "A seguinte organização rejeitou sua mensagem"), French (the send-as refusal).
 *
 * Searched and not found in a citable copy: the modern NDR ("Your message to … couldn't be delivered." with its cause
 * line) in every language; French, Italian, Dutch, Polish, Russian, Turkish, Japanese, Chinese and Korean classic NDRs;
 * mailbox full in French / Portuguese; the group-only-accepts-internal and delivery-restricted notices in any
 * language. (A French classic NDR, "Échec de la remise pour ces destinataires ou groupes : … Nous n’avons pas trouvé
 * l’adresse de courrier que vous avez entrée.", was seen only in an unnamed repository's test fixture and is left out
 * for want of a citable source.) German mailbox-full and directory-based-edge-blocking wording is already in
 * exchange-localized.ts / localized-help.ts, and not repeated here.
 *
 * Notices that only say the receiving server refused the message (it names no cause; the quoted SMTP reply beside it
 * does) are `policy` and marked `symptom`: a reason named beside them decides.
 */
import { entries, symptom, SENDER_LOGIN_MISMATCH } from './entry';
import type { KnowledgeSource } from './types';

const e = entries('outlook-localized-ndr', 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online');


// Pastes of real notices (each a sender quoting the NDR they received).
const PASTE_DE_NOT_FOUND = 'https://pastebin.com/BsjRCWQL'; // Exchange 2013 (15.0), 550 5.1.1 RESOLVER.ADR.RecipNotFound
const PASTE_DE_REJECTED = 'https://pastebin.com/7uyQfD4d'; // Office 365, remote server refused
const PASTE_DE_SEND_AS = 'https://pastebin.com/dUJNHrB0'; // Exchange Online (PROD.OUTLOOK.COM), [0x80070005-0x000004dc-0x00000524]
const PASTE_ES_NOT_FOUND = 'https://pastebin.com/JHaPQHk7'; // Exchange 2013 (15.0), 550 5.1.1 RESOLVER.ADR.ExRecipNotFound
const PASTE_ES_REJECTED = 'https://pastebin.com/qSHqkmLq'; // Office 365, remote server refused the address
const PASTE_ES_FULL = 'https://pastebin.com/HGKcccQU'; // Exchange 2007-style ("Microsoft Exchange no intentará …")
const PASTE_PT_REJECTED = 'https://pastebin.com/BxEWDHGy'; // Exchange, remote server refused (pt-BR)
// Microsoft Q&A thread quoting a French Exchange 2019 send-as refusal (same Outlook/Exchange wording as Exchange Online).
const QA_FR_SEND_AS = 'https://learn.microsoft.com/en-us/answers/questions/2242315/basic-send-as-permission-not-work-exchange-2019';

export const OUTLOOK_LOCALIZED_NDRS: readonly KnowledgeSource[] = [
  {
    id: 'outlook-localized-ndr',
    name: 'Exchange Online / Microsoft 365 / Outlook.com non-delivery reports (localized, as quoted by their readers)',
    kind: 'mailbox-provider',
    reference: 'https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online',
    replies: [
      // --- German ---------------------------------------------------------------------------------------------------
      // Classic NDR, address not found ("The email address you entered couldn't be found. …").
      e('address-not-found-de', 'recipient-unknown', ['eingegebene e-mail-adresse konnte nicht gefunden'],
        'Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen: pat@example.org (pat@example.org) Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an den Helpdesk, falls das Problem weiterhin besteht.',
        { lang: 'de', status: '5.1.1', source: PASTE_DE_NOT_FOUND }),
      // Office 365: the external server refused the message ("… rejected your message to the following email addresses").
      symptom(e('remote-rejected-de', 'policy', ['an die folgenden e-mail-adressen zurückgewiesen', 'externe e-mail-server den unten gezeigten', 'richtlinieneinstellung im e-mail-system des empfängers'],
        'example.org hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen. pat@example.org (pat@example.org) Ihre Nachricht konnte nicht zugestellt werden. Als Office 365 versucht hat, die Nachricht zu senden, hat der externe E-Mail-Server den unten gezeigten Fehler zurückgegeben. Die Ursache hierfür ist wahrscheinlich ein Problem oder eine Richtlinieneinstellung im E-Mail-System des Empfängers.',
        { lang: 'de', source: PASTE_DE_REJECTED })),
      // Outlook / Exchange Online: the sender may not send as (on behalf of) the From address (SendAsDenied).
      e('send-as-denied-de', 'sender-rejected', ['berechtigung, die nachricht im auftrag', 'im auftrag des angegebenen benutzers'],
        'Ihre Nachricht hat einige oder alle Empfänger nicht erreicht. Folgende(r) Empfänger kann/können nicht erreicht werden: pat@example.org am 20.09.2022 11:33 Diese Nachricht konnte nicht gesendet werden. Sie besitzen nicht die Berechtigung, die Nachricht im Auftrag des angegebenen Benutzers zu senden. … Diagnoseinformationen für Administratoren: Der Fehler lautet [0x80070005-0x000004dc-0x00000524].',
        { lang: 'de', source: PASTE_DE_SEND_AS, variant: SENDER_LOGIN_MISMATCH }),

      // --- Spanish --------------------------------------------------------------------------------------------------
      // Classic NDR, address not found.
      e('address-not-found-es', 'recipient-unknown', ['no se pudo encontrar la dirección', 'correo electrónico que escribiste'],
        'No se pudo encontrar la dirección de correo electrónico que escribiste. Comprueba la dirección de correo electrónico del destinatario y trata de volver a mandar el mensaje. Si el problema continúa, comunícate con el departamento de soporte técnico.',
        { lang: 'es', status: '5.1.1', source: PASTE_ES_NOT_FOUND }),
      // Office 365: the recipient's server refused the address as not found at the domain.
      e('rejected-not-found-es', 'recipient-unknown', ['encontraba en el dominio de destino', 'se haya escrito de forma incorrecta'],
        'example.org rechazó tus mensajes a las siguientes direcciones de correo: No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible. Es posible que se haya escrito de forma incorrecta la dirección de correo electrónico o que no exista.',
        { lang: 'es', source: PASTE_ES_REJECTED }),
      // Exchange 2007-style NDR, mailbox full.
      e('mailbox-full-es', 'mailbox-full', ['el buzón del destinatario está lleno'],
        'No se ha podido realizar la entrega a estos destinatarios o listas de distribución: pat@example.org El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.',
        { lang: 'es', source: PASTE_ES_FULL }),

      // --- Portuguese (pt-BR) ---------------------------------------------------------------------------------------
      // Classic NDR: the receiving organization refused the message (its reason is in the quoted reply).
      symptom(e('remote-rejected-pt', 'policy', ['a seguinte organização rejeitou sua mensagem', 'problema ao se entregar essa mensagem'],
        'Falha na entrega aos seguintes destinatários ou grupos: pat@example.org Ocorreu um problema ao se entregar essa mensagem para esse endereço de email. Tente enviar a mensagem novamente. Se o problema continuar, entre em contato com a assistência técnica. A seguinte organização rejeitou sua mensagem: example.org (192.0.2.1).',
        { lang: 'pt', source: PASTE_PT_REJECTED })),

      // --- French ---------------------------------------------------------------------------------------------------
      // Outlook / Exchange: send-as refusal (SendAsDeniedException in the same notice).
      e('send-as-denied-fr', 'sender-rejected', ["l'autorisation d'envoyer le message sous", "sous le nom de l'utilisateur spécifié"],
        "Impossible de contacter le(s) destinataire(s) suivant(s) : pat@example.org le 26/03/2025 11:34 Nous n’avons pas pu envoyer ce message. Vous n'avez pas l'autorisation d'envoyer le message sous le nom de l'utilisateur spécifié. Informations de diagnostic pour les administrateurs : L’erreur est [0x80070005-0x000004dc-0x00000524].",
        { lang: 'fr', source: QA_FR_SEND_AS, variant: SENDER_LOGIN_MISMATCH }),
    ],
  },
];
