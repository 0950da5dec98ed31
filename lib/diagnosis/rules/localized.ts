/**
 * The core words of the address-state causes in the languages notices and replies are written in (German, French,
 * Spanish, Italian, Portuguese, Dutch, Polish, Russian, Japanese, Chinese): the same few facts the English rules of
 * recipient.ts name — the user is unknown, the mailbox is full or disabled, the domain does not exist, the message is
 * too large. Providers mostly answer in English on the wire (GMX, WEB.DE, Libero, Yandex, BIGLOBE say so on their
 * help pages); these words come from the notices written in the sender's language around the reply and from the
 * bilingual replies some servers give.
 *
 * Each list is the core of published sentences (the full sentences, with their pages, are in knowledge/): Exchange's
 * localized NDRs on learn.microsoft.com ("Postfach des Empfängers ist voll", "La cassetta postale del destinatario è
 * piena", "Het postvak van de ontvanger is vol", "Skrzynka pocztowa adresata jest pełna", 受信者のメールボックスがいっぱい),
 * Telekom's help ("Teilnehmer existiert nicht", "Mailbox voll"), WEB.DE's and bytecamp's bilingual replies
 * ("Speicherplatz des Kontos ueberschritten"), gromox's templates (收件人不存在, 收件人邮箱已满, 邮件过大, 受信者が存在していない)
 * and QQ Mail's help (该用户不存在) — widened to the word orders each language uses for the same noun and state word (the sentences themselves stay in the
 * knowledge tables, not here)
 * (user/recipient/address × unknown/does not exist/not found/invalid, as recipient.ts's English "invalid recipient"; mailbox × full), the words the paste reader already takes as a
 * failure (engine/paste-formats.ts FAILURE_WORDS_STRONG). Every entry is at least two words (three characters in
 * Chinese and Japanese): a single word ("voll", "inconnu") is ordinary prose.
 */
import type { Rule } from '../types';

const SOURCE =
  'Microsoft localized NDR pages (learn.microsoft.com de-de, it-it, nl-nl, pl-pl, sv-se, ja-jp cannot-send-mail-mepf; support.microsoft.com de-de/it-it/ja-jp 5.4.1); Telekom help "Fehler Mailer-Daemon"; WEB.DE newsroom 2015-03-28; bytecamp.net FAQ; grommunio/gromox data/local_bounce and data/mail_bounce; QQ Mail help — see knowledge/exchange-localized.ts and knowledge/localized-help.ts';

export const LOCALIZED_RULES: readonly Rule[] = [
  {
    id: 'localized.unknown',
    category: 'recipient-unknown',
    phrases: [
      // de
      'benutzer unbekannt', 'empfänger unbekannt', 'unbekannter empfänger', 'unbekannter benutzer', 'adresse unbekannt', 'unbekannte adresse',
      'benutzer existiert nicht', 'empfänger existiert nicht', 'adresse existiert nicht', 'postfach existiert nicht',
      'empfänger nicht gefunden', 'benutzer nicht gefunden', 'adresse nicht gefunden', 'postfach nicht gefunden', 'ungültiger empfänger', 'ungültige adresse',
      // fr
      'utilisateur inconnu', 'destinataire inconnu', 'adresse inconnue', 'destinataire invalide', 'adresse invalide', "utilisateur n'existe pas", "adresse n'existe pas", "boîte aux lettres n'existe pas",
      // es
      'usuario desconocido', 'destinatario desconocido', 'dirección desconocida', 'destinatario no válido', 'dirección no válida', 'usuario no existe', 'destinatario no existe', 'dirección no existe', 'buzón no existe', 'cuenta no existe',
      // it
      'utente sconosciuto', 'destinatario sconosciuto', 'indirizzo sconosciuto', 'destinatario non valido', 'indirizzo non valido', 'utente inesistente', 'destinatario inesistente', 'indirizzo inesistente', 'utente non esiste', 'casella inesistente',
      // pt
      'usuário desconhecido', 'destinatário desconhecido', 'utilizador desconhecido', 'endereço desconhecido', 'destinatário inválido', 'endereço inválido', 'usuário não existe', 'utilizador não existe', 'endereço não existe', 'conta não existe',
      // nl
      'onbekende ontvanger', 'onbekende gebruiker', 'gebruiker onbekend', 'ontvanger onbekend', 'ongeldige ontvanger', 'ongeldig adres', 'adres bestaat niet', 'gebruiker bestaat niet', 'postvak bestaat niet',
      // pl
      'nieznany odbiorca', 'nieznany adresat', 'nieznany użytkownik', 'nieprawidłowy odbiorca', 'nieprawidłowy adres', 'odbiorca nie istnieje', 'adresat nie istnieje', 'użytkownik nie istnieje', 'konto nie istnieje', 'adres nie istnieje',
      // ru
      'пользователь не существует', 'пользователь не найден', 'получатель не найден', 'адрес не существует', 'ящик не существует', 'неизвестный получатель', 'неизвестный пользователь', 'нет такого пользователя',
      // ja, zh
      // "Address not found" as Gmail's Japanese notice says it (headline "アドレス不明", sentence "アドレスが見つからなかったか…";
      // https://services.awaisora.com/2025/07/25/c10ed473-1ab5-4e5c-9ae1-3af9fecf1f1d on Gmail's 「アドレス不明」 returns), the
      // same words as "address unknown" / "address not found" above.
      '宛先不明', 'アドレス不明', 'アドレスが見つから', '無効な受信者', '無効な宛先', 'ユーザーは存在しません', 'ユーザが存在しません', '受信者が存在して', '用户不存在', '邮箱不存在', '帐号不存在', '账号不存在', '帳號不存在', '地址不存在', '无效的收件人', '收件人无效',
      'アドレスは存在しません', 'アドレスが存在しません',
      // "The e-mail account does not exist" (Exchange's Japanese NDR for 5.1.1), as 'conta não existe' and
      // 'konto nie istnieje'.
      'アカウントが存在しません', 'アカウントは存在しません',
      // "Address not found" / "recipient not found" in each language: Gmail's localized headline for the English "Address
      // not found" (engine/localized-notices.ts) and recipient.ts's English "recipient not found", as "adresse nicht
      // gefunden" and "アドレスが見つから" above (Japanese also in the polite form of the headline, 見つかりません).
      'adresse introuvable', 'adresse est introuvable', 'destinataire introuvable',
      'dirección no encontrada', 'no se ha encontrado la dirección', 'no se encontró la dirección', 'destinatario no encontrado',
      'indirizzo non trovato', 'destinatario non trovato', 'utente non trovato',
      'endereço não encontrado', 'endereço não foi encontrado', 'destinatário não encontrado', 'usuário não encontrado',
      'adres niet gevonden', 'ontvanger niet gevonden',
      'nie znaleziono adresu', 'nie znaleziono odbiorcy', 'nie znaleziono adresata',
      'адрес не найден', 'адрес получателя не найден', 'адрес получателя не существует', 'ящик получателя не существует',
      'アドレスが見つかりません', '找不到地址', '找不到收件人',
    ],
    // The address named with its kind between and the recipient after it, or neither, as these languages write it
    // ("L'adresse e-mail n'existe pas", "La dirección de correo no existe", "L'adresse e-mail du destinataire n'existe
    // pas", "O endereço de e-mail não foi encontrado", "Adres e-mail odbiorcy nie istnieje"): the same words as "adresse
    // n'existe pas", "dirección no existe" above, the recipient placed as the Exchange sentences of localized.full's
    // source put "des Empfängers" / "del destinatario" after the mailbox.
    patterns: [
      /\badresse(?: (?:e-?mail|mail|électronique|de messagerie))?(?: du destinataire)? (?:n['’]existe pas|inexistante|(?:est )?inconnue|est introuvable)/i,
      /\bdirecci(?:ó|o)n(?: de (?:correo|e-?mail)(?: electr(?:ó|o)nico)?)?(?: del destinatario)? (?:no existe|(?:es )?desconocida|no v(?:á|a)lida|no se ha encontrado|no encontrada)/i,
      /\bendere(?:ç|c)o(?: de (?:e-?mail|correio)(?: eletr(?:ô|o)nico)?)?(?: do destinatário)? (?:não existe|(?:é )?desconhecido|inválido|não (?:foi )?encontrado)/i,
      /\bindirizzo(?: (?:e-?mail|di posta)(?: elettronica)?)?(?: del destinatario)? (?:non esiste|inesistente|(?:è )?sconosciuto|non valido|non (?:è stato )?trovato)/i,
      /\badres(?: e-?mail)? (?:odbiorcy|adresata) nie istnieje/i,
      // Exchange Online's "<user> wasn't found at <domain>" (recipient.ts, knowledge/microsoft.ts 5.1.10) in the German
      // NDR: "info wurde nicht in example.com gefunden, oder das Postfach ist nicht verfügbar" (a shop's notes quoting
      // the notice it got, github.com/jrumpfinger-star/dorfladen-static-web-app specs/bestellkopie-laden/spec.md).
      /\bwurde nicht (?:in|bei|unter) (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24} gefunden\b/i,
    ],
    source: SOURCE,
  },
  {
    id: 'localized.full',
    category: 'mailbox-full',
    phrases: [
      'postfach voll', 'postfach ist voll', 'speicherplatz überschritten', 'speicherplatz ueberschritten', 
      'boîte pleine', 'boite pleine', 'boîte aux lettres pleine', 'boite aux lettres pleine', 'boîte du destinataire pleine', 'boite du destinataire pleine', 'boîte aux lettres est pleine',
      'buzón lleno', 'buzon lleno', 'buzón está lleno', 'buzón del destinatario está lleno',
      'casella piena', 'casella di posta piena', 'casella è piena', 'cassetta postale piena', 
      'caixa cheia', 'caixa postal cheia', 'caixa de correio cheia', 'caixa de correio está cheia', 'caixa de entrada cheia', 'sem espaço de armazenamento',
      'postvak vol', 'postvak is vol', 'mailbox is vol', 'mailbox vol',
      'skrzynka pełna', 'skrzynka jest pełna', 'skrzynka pocztowa jest pełna',
      'ящик переполнен', 'ящик полон', 'ящик заполнен', 'превышена квота',
      'メールボックスがいっぱい', 'メールボックスが一杯', '邮箱已满', '信箱已满', '邮箱满', '信箱满', '郵箱已滿', '信箱已滿', '空间不足',
      'ящик получателя переполнен', 'ящик получателя заполнен', 'ящик получателя полон',
    ],
    // The mailbox with the recipient named after it and the verb between ("La casella di posta del destinatario è
    // piena", "El buzón del destinatario está lleno", "A caixa de correio do destinatário está cheia", "Het postvak van de
    // ontvanger is vol", "Skrzynka odbiorcy jest pełna"): the word order of the Exchange sentences this list is the core
    // of, with each language's other words for the mailbox.
    patterns: [
      /\bbo(?:î|i)te(?: aux lettres| de réception| mail)? du destinataire (?:est )?pleine/i,
      /\bbuz(?:ó|o)n(?: de correo)? del destinatario (?:está )?lleno/i,
      /\bcasella(?: di posta)?(?: elettronica)? del destinatario (?:è )?piena/i,
      /\bcaixa(?: postal| de correio| de entrada)? do destinatário (?:está )?cheia/i,
      /\b(?:postvak|mailbox) van de ontvanger (?:is )?vol\b/i,
      /\bskrzynka(?: pocztowa)? (?:odbiorcy|adresata) (?:jest )?pełna/i,
    ],
    source: SOURCE,
  },
  {
    id: 'localized.disabled',
    category: 'mailbox-disabled',
    phrases: [
      'postfach deaktiviert', 'postfach gesperrt', 'konto deaktiviert', 'konto gesperrt', 'adresse deaktiviert',
      'compte désactivé', 'compte suspendu', 'boîte désactivée', 'boite désactivée',
      'cuenta desactivada', 'cuenta deshabilitada', 'cuenta suspendida', 'buzón desactivado', 'buzón deshabilitado',
      'casella disattivata', 'casella disabilitata', 'casella sospesa', 'account disattivato', 'account sospeso', 'utente disattivato', 'utente disabilitato',
      'conta desativada', 'conta suspensa', 'caixa desativada',
      'account uitgeschakeld', 'postvak uitgeschakeld', 'account geblokkeerd',
      'konto zablokowane', 'konto wyłączone', 'konto zawieszone', 'skrzynka zablokowana',
      'ящик заблокирован', 'ящик отключен', 'учетная запись отключена', 'аккаунт заблокирован',
      '帐号已停用', '账号已停用', '邮箱已停用', '账户已冻结', '帐户已冻结', '邮箱已冻结',
    ],
    // …with the recipient named between ("Het account van de ontvanger is uitgeschakeld", "La cuenta del destinatario
    // está desactivada"), as localized.full's patterns.
    patterns: [
      /\b(?:konto|postfach) des empfängers (?:ist |wurde )?(?:deaktiviert|gesperrt)/i,
      /\bcompte du destinataire (?:est |a été )?(?:désactivé|suspendu)/i,
      /\bcuenta del destinatario (?:está |ha sido )?(?:desactivada|deshabilitada|suspendida)/i,
      /\b(?:account|casella(?: di posta)?) del destinatario (?:è |è stat[oa] )?(?:disattivat|disabilitat|sospes)[oa]\b/i,
      /\bconta do destinatário (?:está |foi )?(?:desativada|suspensa)/i,
      /\b(?:account|postvak) van de ontvanger (?:is )?(?:uitgeschakeld|geblokkeerd)\b/i,
      /\bkonto (?:odbiorcy|adresata) (?:jest |zostało )?(?:zablokowane|wyłączone|zawieszone)/i,
    ],
    source: SOURCE,
  },
  {
    id: 'localized.domain',
    category: 'recipient-domain',
    phrases: [
      'domain existiert nicht', 'domäne existiert nicht', 'domain nicht gefunden', 'unbekannte domain',
      'domaine inexistant', 'domaine inconnu', "domaine n'existe pas", 'domaine introuvable', 'domaine est introuvable',
      'dominio no existe', 'dominio desconocido', 'dominio inexistente',
      'dominio inesistente', 'dominio sconosciuto', 'dominio non esiste',
      'domínio não existe', 'domínio inexistente', 'domínio desconhecido',
      'domein bestaat niet', 'onbekend domein',
      'domena nie istnieje', 'nieznana domena',
      'домен не существует', 'домен не найден', 'неизвестный домен', 'домен получателя не существует', 'домен получателя не найден',
      '域名不存在', 'ドメインが存在しません',
    ],
    // …with the domain's name between, as recipient.ts's English "domain example.com not found" ("da die Domain
    // example.com nicht gefunden werden konnte").
    patterns: [/\bdomain (?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}\.? nicht gefunden\b/i],
    source: SOURCE,
  },
  {
    // The words for spam and malware in the scripts where they are not the English ones (the Latin-script languages
    // write "spam", "virus", "malware" as English does, and content.spam / content.virus read them).
    id: 'localized.spam',
    category: 'spam',
    phrases: ['спам*', '垃圾邮件', '垃圾郵件', '迷惑メール', 'スパム'],
    source: 'the Russian, Chinese and Japanese words for spam, as in gromox\'s zh/ja templates and QQ Mail\'s help (knowledge/localized-help.ts)',
  },
  {
    id: 'localized.virus',
    term: true,
    category: 'virus',
    phrases: ['вирус*', 'wirus*', 'vírus', '含有病毒', '发现病毒', '病毒邮件', '携带病毒', 'ウイルス', 'schadsoftware', 'logiciel malveillant'],
    source: 'the words for a virus in the languages whose spelling is not "virus" (ru, pl, pt, zh, ja) and for malware (de, fr)',
  },
  {
    id: 'localized.size',
    category: 'message-size',
    phrases: [
      'nachricht zu groß', 'nachricht ist zu groß', 'nachricht zu gross', 'maximale nachrichtengröße', 'nachrichtengröße überschritten',
      'message trop volumineux', 'message trop gros', 'message est trop volumineux',
      'mensaje demasiado grande', 'mensaje es demasiado grande', 'tamaño del mensaje',
      'messaggio troppo grande', 'messaggio è troppo grande', 'dimensione del messaggio',
      'mensagem muito grande', 'mensagem é muito grande', 'tamanho da mensagem',
      'bericht te groot', 'bericht is te groot', 'maximale berichtgrootte',
      'wiadomość jest za duża', 'wiadomość zbyt duża', 'rozmiar wiadomości',
      'сообщение слишком большое', 'размер сообщения', 'письмо слишком большое',
      '邮件过大', '邮件太大', 'メールサイズが大き', 'メッセージサイズが大き', '邮件大小超过', '邮件大小超出', '郵件大小超過',
    ],
    source: SOURCE,
  },
  {
    // A count of mail per unit of time (sending.ts's "100 emails per hour") in German, French, Spanish, Portuguese and
    // Italian: "das Limit von 30 Mails pro Stunde", "500 messages par jour", "100 correos por hora".
    id: 'localized.rate',
    category: 'rate-limit',
    // And "too many recipients" (RFC 5321 §4.5.3.1.8, 452), as the English rule reads it.
    phrases: [
      'zu viele empfänger', 'trop de destinataires', 'demasiados destinatarios', 'troppi destinatari', 'muitos destinatários',
      'destinatários em excesso', 'te veel ontvangers', 'zbyt wielu odbiorców', 'слишком много получателей', '收件人过多', '收件人太多', '宛先が多すぎ',
      // …and "too many messages" (sent in too short a time), as the English rule reads it.
      'zu viele nachrichten', 'zu viele e-mails', 'trop de messages', 'trop de courriels', 'demasiados mensajes', 'demasiados correos',
      'troppi messaggi', 'muitas mensagens', 'te veel berichten', 'zbyt wiele wiadomości', 'слишком много писем', 'слишком много сообщений',
      '发送频率过快', '发信频率过快', '发送过于频繁', '送信数が多すぎ',
    ],
    patterns: [
      /\b(?:e-?mails?|mails|nachrichten) (?:pro|je) (?:sekunde|minute|stunde|tag)\b/i,
      /\b(?:messages|e-?mails|mails|courriels) par (?:seconde|minute|heure|jour)\b/i,
      /\b(?:mensajes|correos|e-?mails|mensagens) por (?:segundo|minuto|hora|d[íi]a)\b/i,
      /\b(?:messaggi|e-?mail|mail) (?:al|all['’]|per) ?(?:secondo|minuto|ora|giorno)\b/i,
    ],
    source: 'sending.ts session rate pattern ("messages per hour": RFC 5321 §4.5.3.1.10 limits, Postfix smtpd_client_message_rate_limit, Exim ratelimit) in the languages of the issue\'s providers (GMX/web.de, Orange, Telefónica, UOL, Libero)',
  },
  {
    // The connection to the receiving server failed or timed out, as mail clients and servers say it in these languages
    // (the operating system's "connection refused", "timed out", "could not connect"), as transport.network reads the
    // English words.
    id: 'localized.network',
    category: 'network',
    phrases: [
      'verbindung fehlgeschlagen', 'verbindungsaufbau fehlgeschlagen', 'zeitüberschreitung', 'keine verbindung', 'verbindung abgelehnt',
      // glibc's German text for ETIMEDOUT ("Connection timed out", po/de.po), as strerror() prints it.
      'wartezeit für die verbindung ist abgelaufen',
      'impossible de se connecter', 'connexion refusée', 'connexion impossible', "délai d'attente", 'délai de connexion',
      'no se pudo conectar', 'no se puede conectar', 'conexión rechazada', 'tiempo de espera agotado',
      'impossibile connettersi', 'connessione rifiutata', 'timeout della connessione', 'tempo scaduto',
      'não foi possível conectar', 'não é possível conectar', 'conexão recusada', 'tempo limite esgotado',
      'kan geen verbinding maken', 'verbinding geweigerd', 'nie można połączyć', 'połączenie odrzucone', 'przekroczono limit czasu',
      'не удалось подключиться', 'соединение отклонено', 'превышено время ожидания', '连接超时', '无法连接', '连接被拒绝', '接続できません', '接続がタイムアウト',
      // A name lookup that failed ("451 4.4.0 DNS query failed" in Exchange's queue, as its French servers say it).
      'échec de la requête dns', 'dns-abfrage fehlgeschlagen', 'error en la consulta dns', 'query dns non riuscita', 'falha na consulta dns',
    ],
    source: 'the operating system\'s connection errors (ECONNREFUSED "connection refused", ETIMEDOUT "timed out", "could not connect") in the languages of issue 12, read as rules/transport.ts reads the English ones; Exchange\'s "4.4.0 DNS query failed" (transport.network\'s "dns query failed") in the same languages',
  },
  {
    // RFC 5782's "blacklist" / "blocklist" in the other languages, as the English blocklist.ip-phrase reads it: the
    // sending IP by default ("Ihre IP-Adresse steht auf einer schwarzen Liste", "Votre adresse IP est sur liste noire",
    // "Su dirección IP está en una lista negra", "Ваш IP-адрес находится в черном списке", "您的IP已被列入黑名单").
    id: 'localized.blocklist',
    category: 'ip-blocklist',
    phrases: [
      'schwarze liste', 'schwarzen liste', 'liste noire', 'lista negra', 'lista nera', 'zwarte lijst', 'czarna lista', 'czarnej liście', 'черный список', 'чёрный список', 'черном списке', 'чёрном списке',
      'черного списка', 'чёрного списка', '黑名单', '黑名單', 'ブラックリスト',
    ],
    source: 'RFC 5782 (DNS blacklists and whitelists): its "blacklist" in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Chinese and Japanese, read as rules/blocklists.ts reads the English word',
  },
  {
    // "Relaying denied" as servers and the mail clients quoting them write it in French, Portuguese and Italian
    // (Outlook Express's 0x800CCC79 notices: "Réponse du serveur : '550 … Relais refusé'", "Resposta do Servidor:
    // '550 … Retransmissão Negada'", "Risposta server: '550 … Inoltro negato'").
    id: 'localized.relay',
    category: 'relay-denied',
    phrases: [
      'relais refusé', 'relais refuse', 'relais non autorisé', 'retransmissão negada', 'retransmissao negada', 'retransmisión denegada', 'inoltro negato',
      'doorsturen geweigerd', 'přenos byl odepřen', 'prenos odmietnutý', 'vidarebefordran nekad', 'vidarebefordran nekades', 'formidling avslått',
    ],
    source: 'Outlook Express / Windows Mail sending errors (0x800CCC79) quoting French, Portuguese and Italian servers\' refusals ("Relais refusé", "Retransmissão Negada"; "Inoltro negato" in Microsoft\'s Italian article on the 550/553 relay error, support.office.com/it-it … 65B494A4-0A15-433E-829F-E73651E0245E): Sendmail\'s "Relaying denied" as those servers word it. The same article in Dutch, Czech, Slovak, Swedish and Norwegian (support.microsoft.com/{nl-nl,cs-cz,sv-se}/office/… 65b494a4-0a15-433e-829f-e73651e0245e, support.office.com/sk-sk/article/… 65b494a4-…, office.microsoft.com/nb-no/outlook-help/… HA001112833) words the refusal "Doorsturen geweigerd", "Přenos byl odepřen", "Prenos odmietnutý", "Vidarebefordran nekad(es)", "Formidling avslått"',
  },
  {
    // The sending server's login refused, as a mail program in the user's language reports it: session.auth-required's
    // "authentication failed" and "wrong password" (RFC 4954's 535), each language's usual words.
    id: 'localized.auth',
    category: 'auth-required',
    phrases: [
      'authentifizierung fehlgeschlagen', 'anmeldung fehlgeschlagen', 'falsches passwort', 'passwort falsch', 'kennwort falsch', 'falsches kennwort',
      "échec de l'authentification", 'authentification échouée', 'mot de passe incorrect',
      'error de autenticación', 'autenticación fallida', 'falló la autenticación', 'contraseña incorrecta',
      'autenticazione fallita', 'autenticazione non riuscita', 'password errata', 'password non corretta',
      'falha na autenticação', 'falha de autenticação', 'autenticação falhou', 'senha incorreta',
      'authenticatie mislukt', 'aanmelden mislukt', 'onjuist wachtwoord', 'wachtwoord onjuist',
      'uwierzytelnianie nie powiodło się', 'błąd uwierzytelniania', 'nieprawidłowe hasło', 'błędne hasło',
      'ошибка аутентификации', 'ошибка авторизации', 'неверный пароль',
      '認証に失敗', 'パスワードが正しくありません', '认证失败', '身份验证失败', '密码错误',
    ],
    // The login and the password named together as wrong, as session.auth-required's "username or password is invalid".
    patterns: [
      /\b(?:benutzername|benutzer|anmeldename) (?:oder|und) (?:passwort|kennwort) (?:sind |ist )?(?:falsch|ungültig)/i,
      /\b(?:identifiant|nom d['’]utilisateur) (?:ou|et) mot de passe (?:sont |est )?(?:incorrects?|invalides?|erron(?:é|e)s?)/i,
      /\b(?:usuario|nombre de usuario) (?:o|y) contraseña (?:son |es )?(?:incorrect|inválid|invalid|errone)[oa]s?\b/i,
      /\b(?:nome utente|utente) (?:o|e) password (?:sono |è )?(?:errat|non corrett|non valid)[aei]\b/i,
      /\b(?:usuário|nome de usuário|utilizador) (?:ou|e) senha (?:são |está |estão )?(?:incorret|inválid|invalid)[oa]s?\b/i,
    ],
    source: 'RFC 4954 §6 (535 5.7.8 "Authentication credentials invalid"): session.auth-required\'s words in the ten languages',
  },
];
