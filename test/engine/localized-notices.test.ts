/**
 * Gmail's and Outlook on the web's bounce notices in German, French, Spanish, Portuguese, Japanese, Italian, Dutch and
 * Polish are read like the English ones: the layout, the failed recipient, the quoted reply — and, without a quoted
 * reply, still a bounce with its recipient named. Fixtures written by us around the wordings of
 * lib/engine/localized-notices.ts (each cited there); the replies are Gmail's and Exchange's own English texts, as the
 * servers send them whatever the reader's language.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../lib/engine/read-text';
import { LOCALIZED_NOTICES } from '../../lib/engine/localized-notices';
import { checkMessage } from '../../lib/webmail/bounce-check';

const GMAIL_REPLY = "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser - gsmtp";

interface Case {
  lang: string;
  withReply: string;
  withoutReply: string;
}

/** Gmail's card as its text reads in each language: headline, sentence naming the address, reply introduction. */
const GMAIL: Case[] = [
  {
    lang: 'de',
    withReply: `Adresse nicht gefunden\n\nIhre Nachricht wurde nicht an pat@example.org zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n\nDie Antwort des Remote-Servers lautete:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'Adresse nicht gefunden\n\nIhre Nachricht wurde nicht an pat@example.org zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.\n',
  },
  {
    lang: 'fr',
    withReply: `Adresse introuvable\n\nVotre message n'a pas été distribué à pat@example.org, car l'adresse est introuvable ou ne peut pas recevoir d'e-mails.\n\nLa réponse du serveur distant était :\n\n${GMAIL_REPLY}\n`,
    withoutReply: "** Adresse introuvable **\n\nVotre message n'a pas été remis à pat@example.org, car l'adresse est introuvable.\n",
  },
  {
    lang: 'es',
    withReply: `Dirección no encontrada\n\nNo se ha entregado tu mensaje a pat@example.org porque no se ha encontrado la dirección o no puede recibir correo.\n\nLa respuesta del servidor remoto fue:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'Mensaje bloqueado\n\nTu mensaje para pat@example.org se ha bloqueado.\n',
  },
  {
    lang: 'pt',
    withReply: `Endereço não encontrado\n\nSua mensagem não foi entregue a pat@example.org porque o endereço não foi encontrado ou não pode receber e-mails.\n\nA resposta do servidor remoto foi:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'Endereço não encontrado\n\nSua mensagem não foi entregue a pat@example.org porque o endereço não foi encontrado.\n',
  },
  {
    lang: 'ja',
    withReply: `アドレスが見つかりません\n\npat@example.org にメールを配信できませんでした。アドレスが見つからないか、メールを受信できません。\n\nリモート サーバーからの応答:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'メールのブロック\n\npat@example.org でメールがブロックされました。詳しくは、下記の詳細な技術情報をご覧ください。\n',
  },
  {
    lang: 'it',
    withReply: `Indirizzo non trovato\n\nIl tuo messaggio non è stato recapitato a pat@example.org perché l'indirizzo non è stato trovato o non può ricevere email.\n\nLa risposta del server remoto è stata:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'Indirizzo non trovato\n\nIl tuo messaggio non è stato recapitato a pat@example.org.\n',
  },
  {
    lang: 'nl',
    withReply: `Adres niet gevonden\n\nJe bericht is niet bezorgd bij pat@example.org omdat het adres niet is gevonden of geen e-mail kan ontvangen.\n\nHet antwoord van de externe server was:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'Adres niet gevonden\n\nJe bericht is niet bezorgd bij pat@example.org.\n',
  },
  {
    lang: 'pl',
    withReply: `Nie znaleziono adresu\n\nTwoja wiadomość nie została dostarczona do pat@example.org, ponieważ nie znaleziono adresu lub nie może on odbierać poczty.\n\nOdpowiedź serwera zdalnego:\n\n${GMAIL_REPLY}\n`,
    withoutReply: 'Nie znaleziono adresu\n\nTwoja wiadomość nie została dostarczona do pat@example.org.\n',
  },
];

const EXO_REPLY = "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient pat@example.org not found by SMTP address lookup";

/** Outlook on the web's notice (Exchange Online) in each language: the headline naming the address, the reply. */
const OUTLOOK: Case[] = [
  { lang: 'de', withReply: `Ihre Nachricht an pat@example.org konnte nicht zugestellt werden.\n\nDiagnoseinformationen für Administratoren:\n\nDer Remoteserver hat '${EXO_REPLY}' zurückgegeben\n`, withoutReply: 'Ihre Nachricht hat folgende Empfänger nicht erreicht\n\npat@example.org\n' },
  { lang: 'fr', withReply: `Votre message à pat@example.org n'a pas pu être remis.\n\nLe serveur distant a retourné '${EXO_REPLY}'\n`, withoutReply: "Votre message n'a pas pu être remis\n\nVotre message à pat@example.org n'a pas pu être remis.\n" },
  { lang: 'es', withReply: `No se pudo entregar el mensaje\n\nSu mensaje para pat@example.org no se pudo entregar.\n\nEl servidor remoto devolvió '${EXO_REPLY}'\n`, withoutReply: 'No se pudo entregar el mensaje\n\nSu mensaje para pat@example.org no se pudo entregar.\n' },
  { lang: 'pt', withReply: `Não foi possível entregar sua mensagem\n\nSua mensagem para pat@example.org não pôde ser entregue.\n\nO servidor remoto retornou '${EXO_REPLY}'\n`, withoutReply: 'Não foi possível entregar sua mensagem\n\nSua mensagem para pat@example.org não pôde ser entregue.\n' },
  { lang: 'ja', withReply: `メッセージを配信できませんでした\n\npat@example.org へのメッセージを配信できませんでした。\n\nリモート サーバーから返されたエラー '${EXO_REPLY}'\n`, withoutReply: 'メッセージを配信できませんでした\n\npat@example.org へのメッセージを配信できませんでした。\n' },
  { lang: 'it', withReply: `Impossibile recapitare il messaggio\n\nImpossibile recapitare il messaggio a pat@example.org.\n\nIl server remoto ha restituito '${EXO_REPLY}'\n`, withoutReply: 'Impossibile recapitare il messaggio\n\nImpossibile recapitare il messaggio a pat@example.org.\n' },
  { lang: 'nl', withReply: `Uw bericht kan niet worden bezorgd\n\nUw bericht aan pat@example.org kan niet worden bezorgd.\n\nExterne server heeft '${EXO_REPLY}' geretourneerd\n`, withoutReply: 'Uw bericht kan niet worden bezorgd\n\nUw bericht aan pat@example.org kan niet worden bezorgd.\n' },
  { lang: 'pl', withReply: `Nie można dostarczyć wiadomości\n\nNie można dostarczyć wiadomości do pat@example.org.\n\nSerwer zdalny zwrócił '${EXO_REPLY}'\n`, withoutReply: 'Nie można dostarczyć wiadomości\n\nNie można dostarczyć wiadomości do pat@example.org.\n' },
];

const EXCHANGE = new Set(['exchange-classic', 'exchange-enhanced', 'exchange-2007']);

describe('localized Gmail notices', () => {
  for (const c of GMAIL) {
    it(`${c.lang}: the layout, the recipient and the quoted reply`, () => {
      const r = readText(c.withReply);
      expect(r.isBounce).toBe(true);
      expect(r.format).toBe('gmail');
      expect(r.recipients).toHaveLength(1);
      expect(r.recipients[0]).toMatchObject({ recipient: 'pat@example.org', code: '550', enhanced: '5.1.1' });
      expect(r.recipients[0]?.reply).toMatch(/^550 5\.1\.1 The email account that you tried to reach does not exist/);
    });
    it(`${c.lang}: without a quoted reply, still a bounce with its recipient named (and a card in the webmail)`, () => {
      const r = readText(c.withoutReply);
      expect(r.isBounce).toBe(true);
      expect(r.format).toBe('gmail');
      expect(r.recipients.map((x) => x.recipient)).toEqual(['pat@example.org']);
      expect(checkMessage({ sender: { email: 'mailer-daemon@googlemail.com', name: 'Mail Delivery Subsystem' }, subject: 'Delivery Status Notification (Failure)' }, c.withoutReply)).not.toBeNull();
    });
  }
});

describe('localized Outlook on the web notices', () => {
  for (const c of OUTLOOK) {
    it(`${c.lang}: the layout, the recipient and the reply the remote server returned`, () => {
      const r = readText(c.withReply);
      expect(r.isBounce).toBe(true);
      expect(EXCHANGE.has(r.format ?? '')).toBe(true);
      expect(r.recipients.map((x) => x.recipient)).toEqual(['pat@example.org']);
      expect(r.recipients[0]).toMatchObject({ code: '550', enhanced: '5.1.10' });
      expect(r.recipients[0]?.reply).toMatch(/RESOLVER\.ADR\.RecipientNotFound/);
    });
    it(`${c.lang}: without the reply, a bounce with its recipient named`, () => {
      const r = readText(c.withoutReply);
      expect(r.isBounce).toBe(true);
      expect(r.recipients.map((x) => x.recipient)).toEqual(['pat@example.org']);
    });
  }
});

describe('the wordings table', () => {
  it('covers Gmail and Outlook in the six interface languages and in Italian, Dutch and Polish, each with its source', () => {
    for (const webmail of ['gmail', 'outlook'] as const) {
      expect(new Set(LOCALIZED_NOTICES.filter((n) => n.webmail === webmail).map((n) => n.lang))).toEqual(new Set(['de', 'fr', 'es', 'pt', 'ja', 'it', 'nl', 'pl']));
    }
    // Each entry carries its source in a "Source:" comment beside it (not shipped: the bundles stay small).
    const table = readFileSync(resolve(__dirname, '../../lib/engine/localized-notices.ts'), 'utf8');
    const entries = table.slice(table.indexOf('export const LOCALIZED_NOTICES')).split('\n  {\n').slice(1);
    expect(entries).toHaveLength(LOCALIZED_NOTICES.length);
    for (const e of entries) expect(e, e.slice(0, 80)).toMatch(/^ {4}\/\/ Source: .{20,}/);
    // Verified entries name where they were read (a URL, or the issue that quotes the notice).
    for (const e of entries.filter((x) => /verified: true/.test(x))) expect(e).toMatch(/Source: [^\n]*(?:https:\/\/|issue 15)/);
  });

  it('an ordinary message in those languages that mentions an address is no bounce', () => {
    for (const text of [
      'Hallo Pat,\n\nIhre Nachricht an pat@example.org habe ich bekommen, danke!\n',
      'Bonjour,\n\nVotre message à pat@example.org est bien arrivé.\n',
      'こんにちは。\n\npat@example.org にメールを送りました。よろしくお願いします。\n',
    ]) {
      expect(readText(text).isBounce, text).toBe(false);
    }
  });
});
