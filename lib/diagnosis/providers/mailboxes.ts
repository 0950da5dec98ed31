/**
 * Consumer mailbox providers outside the big three, each with its postmaster page:
 * GMX/web.de (United Internet) https://postmaster.gmx.net/en/error-messages ; T-Online https://postmaster.t-online.de/ ;
 * Orange https://postmaster.orange.fr/ ; Free https://postmaster.free.fr/ ; Mail.ru https://postmaster.mail.ru/ ;
 * Yandex https://yandex.com/support/mail/web/spam/ ; QQ/Tencent https://service.mail.qq.com/ ;
 * Zoho https://www.zoho.com/mail/help/ ; Proton https://proton.me/support/ ; Fastmail https://www.fastmail.help/ .
 */
import type { Category, Provider, Rule } from '../types';

export const gmx: Provider = {
  id: 'gmx',
  name: 'GMX / WEB.DE',
  hosts: ['gmx.net', 'web.de', 'gmx.com', 'mail.com', 'kundenserver.de', 'ui-r.com'],
  signatures: [/postmaster\.gmx\.net/i, /postmaster\.web\.de/i, /\bmxgmx\d{0,4}\b/i, /Nemesis ESMTP/i],
  domains: ['gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.com', 'web.de', 'mail.com'],
  links: { postmaster: 'https://postmaster.gmx.net/en/', errors: 'https://postmaster.gmx.net/en/error-messages' },
  rules: [
    { id: 'gmx.blocklist', category: 'ip-blocklist', phrases: ['blacklisted', 'blocklisted'], source: 'https://postmaster.gmx.net/en/error-messages', },
    { id: 'gmx.policy', category: 'policy', phrases: [], source: 'https://postmaster.gmx.net/en/error-messages', },
    { id: 'gmx.unknown', category: 'recipient-unknown', phrases: ['mailbox unavailable', 'user unknown'], source: 'https://postmaster.gmx.net/en/error-messages', },
  ],
};

export const tonline: Provider = {
  id: 't-online',
  name: 'Telekom (T-Online)',
  hosts: ['t-online.de', 'telekom.de'],
  signatures: [/t-online\.de/i, /\bIP=\d{1,3}(?:\.\d{1,3}){3} - A problem occurred/],
  domains: ['t-online.de', 'magenta.de'],
  links: { postmaster: 'https://postmaster.t-online.de/' },
  rules: [
    { id: 't-online.ip', category: 'reputation', patterns: [/\bIP=[0-9.]{7,15} - A problem occurred/i], phrases: ['tosa@rx.t-online.de'], source: 'https://postmaster.t-online.de/', },
  ],
};

/**
 * Orange and La Poste end their replies with a numbered code ("OFR_506", "OFR005_505", "LPN007_420", "LPNAAA_101"):
 * the last three digits say why. Source: Orange postmaster error codes (https://postmaster.orange.fr/), as collected at
 * https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/ and https://smtpfieldmanual.com/provider/orange .
 */
const FRANCE_PTT_CODES: ReadonlyArray<readonly [string, Category]> = [
  ['101', 'ip-blocklist'], // "blocked using Spamhaus"
  ['102', 'reputation'], // "Adresse IP source bloquee pour incident de spam"
  ['103', 'reputation'], // "Service refuse" at connection
  ['104', 'rate-limit'], // "Trop de connexions" / too many connections
  ['305', 'auth-required'], // "Code d'authentification invalide"
  ['401', 'spf'], // "SPF: … is not allowed to send mail"
  ['402', 'auth-required'], // "Authentification requise"
  ['403', 'sender-rejected'], // "Emetteur invalide. Invalid Sender."
  ['405', 'sender-rejected'],
  ['415', 'sender-rejected'],
  ['416', 'recipient-unknown'], // "Adresse d au moins un destinataire invalide"
  ['417', 'mailbox-full'], // "Boite du destinataire pleine"
  ['418', 'recipient-unknown'],
  ['420', 'mailbox-disabled'], // "Boite du destinataire archivee"
  ['421', 'sender-rejected'], // "Mail from not owned by user"
  ['426', 'mailbox-disabled'], // "Le compte du destinataire est bloque"
  ['505', 'remote-error'], // 421 4.2.0 "Service refuse" after the message: the receiving system, try later
  ['506', 'spam'], // "Mail rejete. Mail rejected." — the content was judged to be spam
  ['510', 'reputation'], // "Service refuse" after the message, permanent
  ['514', 'message-size'], // "Taille limite du message atteinte"
  ['517', 'dmarc'], // "Message refuse, verification DMARC en echec"
  ['630', 'policy'], // "Client host rejected"
  ['999', 'reputation'], // 421 "Service refuse" throttling
];

const francePttRules = (prefix: string): Rule[] =>
  FRANCE_PTT_CODES.map(([code, category]) => ({
    id: `${prefix}.${code}`,
    category,
    patterns: [new RegExp(`\\b(?:OFR|LPN|OUK)(?:[A-Z0-9]{0,6}[-_])?${code}\\b`, 'i')],
    source: 'https://postmaster.orange.fr/ (error codes; texts as collected at https://www.postmastery.com/orange-postmaster-smtp-error-codes-ofr/)',
  }));

export const orange: Provider = {
  id: 'orange',
  name: 'Orange',
  hosts: ['orange.fr', 'wanadoo.fr'],
  signatures: [/\bOFR_?\d{3}\b/i, /\bOFR\d{3}_\d{3}\b/i, /postmaster\.orange\.fr/i],
  domains: ['orange.fr', 'wanadoo.fr'],
  links: { postmaster: 'https://postmaster.orange.fr/' },
  rules: [
    ...francePttRules('orange'),
    { id: 'orange.rate', category: 'rate-limit', phrases: ['too many connections', 'trop de connexions'], source: 'https://postmaster.orange.fr/', },
    { id: 'orange.rejected', category: 'reputation', phrases: ['mail rejete', 'mail rejected', 'service refused'], source: 'https://postmaster.orange.fr/', },
  ],
};

export const laposte: Provider = {
  id: 'laposte',
  name: 'La Poste',
  hosts: ['laposte.net'],
  signatures: [/\bLPN(?:AAA|\d{3})?[-_]?\d{3}\b/],
  domains: ['laposte.net'],
  links: { postmaster: 'https://postmaster.laposte.net/' },
  rules: francePttRules('laposte'),
};

export const free: Provider = {
  id: 'free',
  name: 'Free',
  hosts: ['free.fr', 'proxad.net'],
  signatures: [/postmaster\.free\.fr/i],
  domains: ['free.fr'],
  links: { postmaster: 'http://postmaster.free.fr/' },
  rules: [{ id: 'free.spam-ip', category: 'reputation', phrases: ['too many spams from your ip'], source: 'http://postmaster.free.fr/', }],
};

export const mailru: Provider = {
  id: 'mail.ru',
  name: 'Mail.ru',
  hosts: ['mail.ru'],
  signatures: [/help\.mail\.ru/i, /corp\.mail\.ru/i],
  domains: ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru'],
  links: { postmaster: 'https://postmaster.mail.ru/' },
  rules: [
    { id: 'mail.ru.spam', category: 'spam', phrases: ['spam message rejected'], source: 'https://help.mail.ru/notspam-support', },
    { id: 'mail.ru.unknown', category: 'recipient-unknown', phrases: ['invalid mailbox', 'user not found'], source: 'https://help.mail.ru/mail/error', },
  ],
};

export const yandex: Provider = {
  id: 'yandex',
  name: 'Yandex Mail',
  hosts: ['yandex.net', 'yandex.ru'],
  signatures: [/\bya\.cc\b/i, /yandex/i],
  domains: ['yandex.ru', 'yandex.com', 'ya.ru'],
  links: { postmaster: 'https://postoffice.yandex.com/' },
  rules: [
    { id: 'yandex.spam', category: 'spam', phrases: ['suspicion of spam'], source: 'https://yandex.com/support/mail/web/spam/', },
    { id: 'yandex.policy', category: 'recipient-policy', phrases: ['policy rejection on the target address'], source: 'https://yandex.com/support/mail/', },
  ],
};

export const qq: Provider = {
  id: 'qq',
  name: 'QQ Mail (Tencent)',
  hosts: ['qq.com', 'exmail.qq.com'],
  signatures: [/service\.(?:ex)?mail\.qq\.com/i],
  domains: ['qq.com', 'foxmail.com'],
  links: { errors: 'https://service.mail.qq.com/' },
  rules: [
    { id: 'qq.frequency', category: 'rate-limit', phrases: ['frequency limited', 'ip frequency'], source: 'https://service.mail.qq.com/', },
    { id: 'qq.content', category: 'spam', phrases: ['mail content denied'], source: 'https://service.exmail.qq.com/', },
    { id: 'qq.not-found', category: 'recipient-unknown', phrases: ['mailbox not found or access denied'], source: 'https://service.mail.qq.com/', },
  ],
};

export const zoho: Provider = {
  id: 'zoho',
  name: 'Zoho Mail',
  hosts: ['zoho.com', 'zohomail.com', 'zoho.eu', 'zoho.in'],
  signatures: [/zoho/i],
  domains: ['zoho.com', 'zohomail.com'],
  links: { errors: 'https://www.zoho.com/mail/help/' },
  rules: [
    { id: 'zoho.unusual', category: 'rate-limit', phrases: ['unusual sending activity'], source: 'https://www.zoho.com/mail/help/', },
    { id: 'zoho.relay', category: 'relay-denied', phrases: ['relaying disallowed'], source: 'https://www.zoho.com/mail/help/', },
  ],
};

export const proton: Provider = {
  id: 'proton',
  name: 'Proton Mail',
  hosts: ['protonmail.ch', 'proton.me', 'protonmail.com'],
  signatures: [/protonmail|proton\.me/i],
  domains: ['proton.me', 'protonmail.com', 'pm.me'],
  links: { errors: 'https://proton.me/support/' },
  rules: [],
};

export const fastmail: Provider = {
  id: 'fastmail',
  name: 'Fastmail',
  hosts: ['messagingengine.com', 'fastmail.com'],
  signatures: [/messagingengine\.com/i, /fastmail/i],
  domains: ['fastmail.com', 'fastmail.fm'],
  links: { errors: 'https://www.fastmail.help/' },
  rules: [],
};
