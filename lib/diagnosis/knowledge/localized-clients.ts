/**
 * Bounce and send-failure wording in languages other than English, as real programs write it (issue 12 item 5):
 * the localization files of mail clients and webmail (the messages a user sees when sending fails), and the localized
 * markers that bounce detectors list for localized non-delivery notices. Every entry quotes its text verbatim from the
 * cited file (placeholders such as %S / $code kept) and names a cause; vague texts ("the server refused the
 * recipient", "an error occurred while sending") are left out.
 *
 * Client send failures (Thunderbird, Roundcube) are about the user's own outgoing server: "connection failed / timed
 * out / server unknown" is `network`, "could not authenticate" is `auth-required`, "STARTTLS not advertised" is
 * `tls-required`, "too many recipients" is `rate-limit`, "message exceeds the server's size limit" is `message-size`,
 * "the sender (From:) address is invalid" is `sender-rejected`.
 *
 * Searched without a usable result (left out): SquirrelMail and Evolution translations of the RFC 5321 reply texts
 * (the stored .po files are too large to page through for a handful of strings), Zimbra's ZMsg (its send errors name
 * no cause), Horde/Nextcloud/RainLoop (not found), the localized help of Orange, GMX/web.de, Yandex, Mail.ru, NetEase,
 * docomo/au (they quote the English SMTP reply and explain it in their language; translations added by a help page
 * are not server wording), Microsoft's localized NDR pages in es/pt/nl/pl/ru/zh (not in the stored copies), Gmail's
 * localized "Address not found" notice (no source page quotes it). Real bounces found in pastebin and Q&A copies were
 * not used: they are the kind of material a frozen test set is drawn from.
 *
 * Matching note: a CJK phrase is found by plain search, but the engine still requires that no letter follows it, so
 * the CJK phrases here end where the text has punctuation or ends. A CJK phrase has no spaces to count words by:
 * lib/diagnosis/documented.ts counts one of three characters or more as naming a cause.
 *
 * Researched by a helper (2026-12-01), reviewed by the lead; the QQ Mail entries cite a third-party copy of QQ's help
 * page (QQ's own page was not in the stored copies), said so in their source.
 */
import { programVariant } from './entry';
import type { KnowledgeSource } from './types';

// --- Thunderbird: composeMsgs.properties (SMTP send failures), one file per locale -----------------------------------
const TB = (locale: string): string => `thunderbird/thunderbird-l10n ${locale}/mail/chrome/messenger/messengercompose/composeMsgs.properties`;

// --- PHPMailer: language/phpmailer.lang-<lang>.php (the errors PHPMailer throws, often pasted from web forms) -----
const PM = (lang: string): string => `PHPMailer/PHPMailer language/phpmailer.lang-${lang}.php`;

// --- Roundcube: program/localization/<lang>/messages.inc (SMTP errors shown when sending from the webmail) ------
const RC = (locale: string): string => `roundcube/roundcubemail program/localization/${locale}/messages.inc`;

// --- QQ Mail: bounce-notice help ---------------------------------------------------------------------------------
const QQ_HELP = 'https://qqmailbox.com/transceivers/169.html (a third-party copy of QQ Mail\'s help on bounce notices)';

const SOURCES: readonly KnowledgeSource[] = [
  {
    id: 'thunderbird-l10n',
    name: 'Thunderbird: localized SMTP send-failure messages',
    kind: 'client',
    reference: 'thunderbird/thunderbird-l10n (<locale>/mail/chrome/messenger/messengercompose/composeMsgs.properties)',
    replies: [
      // --- Spanish (es-ES) ---
      { id: 'thunderbird-l10n.es-size', category: 'message-size', lang: 'es', phrases: ['excede el límite global de tamaño'], text: 'El tamaño del mensaje que está intentando enviar excede el límite global de tamaño del servidor. El mensaje no se ha enviado; reduzca el tamaño del mensaje y vuelva a intentarlo. El servidor respondió: %s.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-too-many-recipients', category: 'rate-limit', lang: 'es', phrases: ['exceder el número permitido de destinatarios'], text: 'El mensaje no se envió por exceder el número permitido de destinatarios. El servidor respondió: %s.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-unknown-server', category: 'network', lang: 'es', phrases: ['el servidor puede estar mal configurado'], text: 'Ha ocurrido un error al enviar el mensaje: el servidor de salida (SMTP) %S es desconocido. El servidor puede estar mal configurado. Verifique que la configuración de su servidor de salida (SMTP) es correcta y vuelva a intentarlo.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-connect-failed', category: 'network', lang: 'es', phrases: ['ha fallado la conexión al servidor de salida', 'está rechazando conexiones smtp'], text: 'El mensaje no se ha podido enviar porque ha fallado la conexión al servidor de salida (SMTP) %S. El servidor puede no estar disponible o está rechazando conexiones SMTP. Verifique que los ajustes de su servidor de salida (SMTP) son correctos y vuelva a intentarlo.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-interrupted', category: 'network', lang: 'es', phrases: ['se perdió en mitad de la transacción'], text: 'El mensaje no se ha podido enviar porque la conexión al servidor de salida (SMTP) %S se perdió en mitad de la transacción. Vuelva a intentarlo.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-timeout', category: 'network', lang: 'es', phrases: ['ha caducado la conexión al servidor de salida'], text: 'El mensaje no se ha podido enviar porque ha caducado la conexión al servidor de salida (SMTP) %S. Vuelva a intentarlo.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-starttls', category: 'tls-required', lang: 'es', phrases: ['no es posible establecer un enlace seguro', 'usando starttls ya que no anuncia'], text: 'Ha ocurrido un error al enviar el mensaje: no es posible establecer un enlace seguro con el servidor de salida (SMTP) %S usando STARTTLS ya que no anuncia ese mecanismo. Desactive STARTTLS para ese servidor o contacte con su proveedor del servicio.', source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-auth-failure', category: 'auth-required', lang: 'es', phrases: ['no se puede identificar al servidor de salida'], text: "No se puede identificar al servidor de salida (SMTP) %S. Compruebe la contraseña y verifique el 'Método de identificación' en 'Configuración de cuentas | Servidor de salida (SMTP)'.", source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-auth-mech', category: 'auth-required', lang: 'es', phrases: ['no admite el mecanismo de identificación seleccionado'], text: "El servidor de salida (SMTP) %S no admite el mecanismo de identificación seleccionado. Cambie el 'Método de identificación' en la 'Configuración de cuentas | Servidor de salida (SMTP)'.", source: TB('es-ES') },
      { id: 'thunderbird-l10n.es-sender-invalid', category: 'sender-rejected', lang: 'es', phrases: ['la dirección del remitente (de:) no es válida'], text: 'Ha sucedido un error al enviar el correo: la dirección del remitente (De:) no es válida. Verifique que esta dirección de correo es correcta y vuelva a intentarlo.', source: TB('es-ES') },

      // --- French (fr) ---
      { id: 'thunderbird-l10n.fr-size-temp', category: 'message-size', lang: 'fr', phrases: ['excède une taille limite temporaire du serveur'], text: 'La taille du message que vous essayez d’envoyer excède une taille limite temporaire du serveur. Le message n’a pas été envoyé ; essayez de réduire la taille du message ou attendez un peu et essayez à nouveau. Le serveur a répondu : « %s ».', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-size-perm1', category: 'message-size', lang: 'fr', phrases: ['excède la limite de taille globale'], text: 'La taille du message que vous essayez d’envoyer excède la limite de taille globale (%d octets) du serveur. Le message n’a pas été envoyé ; réduisez la taille du message et essayez à nouveau.', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-size-perm2', category: 'message-size', lang: 'fr', phrases: ['excède la taille globale limite du serveur'], text: 'Le message que vous essayez d’envoyer excède la taille globale limite du serveur. Le message n’a pas été envoyé ; réduisez la taille du message et essayez à nouveau. Le serveur à répondu : « %s ».', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-unknown-server', category: 'network', lang: 'fr', phrases: ['le serveur est peut-être mal configuré'], text: 'Une erreur est survenue lors de l’envoi de l’e-mail : le serveur sortant (SMTP) « %S » est inconnu. Le serveur est peut-être mal configuré. Veuillez vérifier que les paramètres de votre serveur sortant (SMTP) sont corrects et essayez à nouveau.', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-connect-failed', category: 'network', lang: 'fr', phrases: ['refuse les connexions smtp'], text: 'Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a échoué. Le serveur est peut-être indisponible ou refuse les connexions SMTP. Veuillez vérifier que les paramètres de votre serveur sortant (SMTP) sont corrects et essayez à nouveau.', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-interrupted', category: 'network', lang: 'fr', phrases: ['a été perdue pendant la transaction'], text: 'Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a été perdue pendant la transaction. Veuillez essayer à nouveau.', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-timeout', category: 'network', lang: 'fr', phrases: ['a expiré. veuillez essayer à nouveau'], text: 'Le message n’a pas pu être envoyé car la connexion au serveur sortant (SMTP) « %S » a expiré. Veuillez essayer à nouveau.', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-starttls', category: 'tls-required', lang: 'fr', phrases: ['impossible d’établir un lien sécurisé', 'ne propose pas cette fonctionnalité'], text: 'Une erreur est survenue lors de l’envoi de l’e-mail : impossible d’établir un lien sécurisé avec le serveur SMTP « %S » en utilisant « STARTTLS » puisqu’il ne propose pas cette fonctionnalité. Désactivez « STARTTLS » pour ce serveur ou contactez votre fournisseur d’accès à Internet.', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-auth-failure', category: 'auth-required', lang: 'fr', phrases: ['authentifier sur le serveur sortant'], text: 'Impossible de s’authentifier sur le serveur sortant (SMTP) %S. Veuillez vérifier votre mot de passe et la « Méthode d’authentification » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-auth-mech', category: 'auth-required', lang: 'fr', phrases: ['ne gère pas la méthode d’authentification sélectionnée'], text: 'Le serveur sortant (SMTP) %S ne gère pas la méthode d’authentification sélectionnée. Veuillez modifier la « Méthode d’authentification » dans le menu « Paramètres des comptes | Serveur sortant (SMTP) ».', source: TB('fr') },
      { id: 'thunderbird-l10n.fr-sender-invalid', category: 'sender-rejected', lang: 'fr', phrases: ['(de :) n’est pas valide'], text: 'Une erreur est survenue pendant l’envoi de l’e-mail : l’adresse de l’expéditeur (de :) n’est pas valide. Veuillez vérifier que cette adresse e-mail est correcte puis essayez à nouveau.', source: TB('fr') },

      // --- Chinese (zh-CN) ---
      { id: 'thunderbird-l10n.zh-size', category: 'message-size', lang: 'zh', phrases: ['消息大小超过了全局大小限制'], text: '您尝试发送的消息大小超过了全局大小限制。消息未发送。请减少消息大小，然后重试。 服务器返回：%s。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-too-many-recipients', category: 'rate-limit', lang: 'zh', phrases: ['收件人数量超出上限'], text: '消息发送失败，因为收件人数量超出上限。服务器响应：%s。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-unknown-server', category: 'network', lang: 'zh', phrases: ['服务器可能配置错误'], text: '发送邮件时出错：发件服务器（SMTP） %S 未知。服务器可能配置错误，请确认您的发件服务器（SMTP）配置正确并稍后重试。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-connect-failed', category: 'network', lang: 'zh', phrases: ['因为无法连接到发件服务器', '拒绝 smtp 连接'], text: '因为无法连接到发件服务器（SMTP） %S，邮件未能发送。该服务器可能暂时不可用，或者拒绝 SMTP 连接。请验证您的发件服务器（SMTP）设置是否正确，然后再试。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-interrupted', category: 'network', lang: 'zh', phrases: ['的连接在传输过程中中断'], text: '消息未发送，因为与发件服务器（SMTP） %S 的连接在传输过程中中断。请重试。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-timeout', category: 'network', lang: 'zh', phrases: ['的连接超时'], text: '消息未发送，因为与发件服务器（SMTP）%S 的连接超时。请重试。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-starttls', category: 'tls-required', lang: 'zh', phrases: ['使用 starttls 建立安全连接'], text: '发送邮件时出错：无法与发件服务器（SMTP） %S 使用 STARTTLS 建立安全连接，因为它不宣称支持此功能。请关闭对此服务器的 STARTTLS，或者联系您的服务提供商。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-auth-failure', category: 'auth-required', lang: 'zh', phrases: ['无法向发件服务器（smtp）'], text: '无法向发件服务器（SMTP） %S 进行认证。请检查密码和验证“账号设置 | 服务器设置”中的“认证方式”。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-auth-mech', category: 'auth-required', lang: 'zh', phrases: ['不支持您所选择的认证方式'], text: '发件服务器（SMTP）%S 不支持您所选择的认证方式。请试着修改“账号设置”中“服务器设置”的“认证方式”。', source: TB('zh-CN') },
      { id: 'thunderbird-l10n.zh-sender-invalid', category: 'sender-rejected', lang: 'zh', phrases: ['发件人地址（from:）无效'], text: '发送邮件出错：发件人地址（From:）无效。请确认该地址正确后再试一次。', source: TB('zh-CN') },

      // --- German (de) ---
      { id: 'thunderbird-l10n.de-size', category: 'message-size', lang: 'de', phrases: ['übersteigt das globale größenlimit'], text: 'Die Größe der zu sendenden Nachricht übersteigt das globale Größenlimit des Servers. Die Nachricht wurde nicht gesendet; reduzieren Sie die Nachrichtengröße und versuchen Sie es nochmals. Der Server antwortete: %s.', source: TB('de') },
      { id: 'thunderbird-l10n.de-too-many-recipients', category: 'rate-limit', lang: 'de', phrases: ['erlaubte anzahl an empfängern überschritten'], text: 'Die Nachricht wurde nicht gesendet, weil die erlaubte Anzahl an Empfängern überschritten wurde. Der Server antwortete: %s.', source: TB('de') },
      { id: 'thunderbird-l10n.de-unknown-server', category: 'network', lang: 'de', phrases: ['der server ist eventuell falsch konfiguriert'], text: 'Fehler beim Senden der Nachricht: SMTP-Server %S ist unbekannt. Der Server ist eventuell falsch konfiguriert. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.', source: TB('de') },
      { id: 'thunderbird-l10n.de-connect-failed', category: 'network', lang: 'de', phrases: ['lehnt smtp-verbindungen ab'], text: 'Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server %S fehlgeschlagen ist. Der Server ist entweder nicht verfügbar oder lehnt SMTP-Verbindungen ab. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals.', source: TB('de') },
      { id: 'thunderbird-l10n.de-interrupted', category: 'network', lang: 'de', phrases: ['mitten in der transaktion verloren'], text: 'Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server %S mitten in der Transaktion verloren wurde. Versuchen Sie es nochmals.', source: TB('de') },
      { id: 'thunderbird-l10n.de-timeout', category: 'network', lang: 'de', phrases: ['ihre ablaufzeit (timeout) überschritten'], text: 'Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server %S ihre Ablaufzeit (Timeout) überschritten hat. Versuchen Sie es nochmals.', source: TB('de') },
      { id: 'thunderbird-l10n.de-starttls', category: 'tls-required', lang: 'de', phrases: ['kann nicht mit starttls aufgebaut werden'], text: 'Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server %S kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS für diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts.', source: TB('de') },
      { id: 'thunderbird-l10n.de-auth-failure', category: 'auth-required', lang: 'de', phrases: ['kann nicht authentifiziert werden'], text: 'Der Postausgangs-Server (SMTP) %S kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.', source: TB('de') },
      { id: 'thunderbird-l10n.de-auth-mech', category: 'auth-required', lang: 'de', phrases: ['unterstützt die gewählte authentifizierungsmethode nicht'], text: 'Der SMTP-Server %S unterstützt die gewählte Authentifizierungsmethode nicht. Bitte ändern Sie die "Authentifizierungsmethode" unter "Konten-Einstellungen | Postausgangs-Server (SMTP)".', source: TB('de') },
      { id: 'thunderbird-l10n.de-sender-invalid', category: 'sender-rejected', lang: 'de', phrases: ['die absenderadresse (von:) ist ungültig'], text: 'Fehler beim Senden der Nachricht: Die Absenderadresse (Von:) ist ungültig. Bitte überprüfen Sie, ob Ihre E-Mail-Adresse korrekt ist, und wiederholen Sie den Vorgang.', source: TB('de') },

      // --- Italian (it) ---
      { id: 'thunderbird-l10n.it-size', category: 'message-size', lang: 'it', phrases: ['supera il limite globale del server'], text: 'La dimensione del messaggio che si sta tentando di inviare supera il limite globale del server. Il messaggio non è stato inviato; ridurre la dimensione del messaggio e riprovare. Il server ha risposto: %s.', source: TB('it') },
      { id: 'thunderbird-l10n.it-too-many-recipients', category: 'rate-limit', lang: 'it', phrases: ['il numero di destinatari supera il limite consentito'], text: 'Il messaggio non è stato inviato perché il numero di destinatari supera il limite consentito. Il server ha risposto: %s.', source: TB('it') },
      { id: 'thunderbird-l10n.it-unknown-server', category: 'network', lang: 'it', phrases: ['il server potrebbe essere configurato in modo non corretto'], text: 'Si è verificato un errore durante l’invio della posta: Server posta in uscita (SMTP) %S sconosciuto. Il server potrebbe essere configurato in modo non corretto. Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.', source: TB('it') },
      { id: 'thunderbird-l10n.it-connect-failed', category: 'network', lang: 'it', phrases: ['rifiutare le connessioni in uscita'], text: 'Non è stato possibile inviare il messaggio perché la connessione al server in uscita (SMTP) %S non è riuscita. Il server potrebbe non essere disponibile o rifiutare le connessioni in uscita (SMTP). Verificare che le impostazioni del server in uscita (SMTP) siano corrette e riprovare.', source: TB('it') },
      { id: 'thunderbird-l10n.it-interrupted', category: 'network', lang: 'it', phrases: ['è stata interrotta durante la trasmissione'], text: 'Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) %S è stata interrotta durante la trasmissione. Riprova.', source: TB('it') },
      { id: 'thunderbird-l10n.it-timeout', category: 'network', lang: 'it', phrases: ['è scaduta. riprova'], text: 'Non è stato possibile inviare il messaggio perché la connessione al server di posta in uscita (SMTP) %S è scaduta. Riprova.', source: TB('it') },
      { id: 'thunderbird-l10n.it-starttls', category: 'tls-required', lang: 'it', phrases: ['impossibile stabilire un collegamento sicuro'], text: 'Si è verificato un errore durante l’invio della posta: Impossibile stabilire un collegamento sicuro con il server di posta in uscita (SMTP) %S utilizzando STARTTLS in quanto non supporta questa funzione. Disattivare STARTTLS per quel server o contattare il fornitore del servizio.', source: TB('it') },
      { id: 'thunderbird-l10n.it-auth-failure', category: 'auth-required', lang: 'it', phrases: ['autenticazione non riuscita col server'], text: 'Autenticazione non riuscita col server di posta in uscita (SMTP) %S. Controllare la password e verificare il “Metodo di autenticazione” in “Impostazioni account | Server posta in uscita (SMTP)”.', source: TB('it') },
      { id: 'thunderbird-l10n.it-auth-mech', category: 'auth-required', lang: 'it', phrases: ['non supporta il metodo di autenticazione selezionato'], text: 'Il server in uscita (SMTP) %S non supporta il metodo di autenticazione selezionato. Cambiare il “Metodo di autenticazione” in “Impostazioni account | Server in uscita (SMTP)”.', source: TB('it') },
      { id: 'thunderbird-l10n.it-sender-invalid', category: 'sender-rejected', lang: 'it', phrases: ['(da:) non era valido'], text: 'Si è verificato un errore durante l’invio della posta: l’indirizzo del mittente (Da:) non era valido. Verificare che l’indirizzo email sia corretto e provare di nuovo.', source: TB('it') },

      // --- Portuguese (pt-BR) ---
      { id: 'thunderbird-l10n.pt-size', category: 'message-size', lang: 'pt', phrases: ['excede o limite global do servidor'], text: 'O tamanho da mensagem que você quer enviar excede o limite global do servidor. A mensagem não foi enviada. Reduza o tamanho da mensagem e tente novamente. Resposta do servidor: %s.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-too-many-recipients', category: 'rate-limit', lang: 'pt', phrases: ['exceder o número permitido de destinatários'], text: 'A mensagem não foi enviada por exceder o número permitido de destinatários. O servidor respondeu: %s.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-unknown-server', category: 'network', lang: 'pt', phrases: ['o servidor pode ter sido configurado incorretamente'], text: 'Ocorreu um erro ao enviar mensagem: O servidor de envio (SMTP) %S não é conhecido. O servidor pode ter sido configurado incorretamente. Verifique se as configurações do servidor de envio (SMTP) estão corretas e tente novamente.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-connect-failed', category: 'network', lang: 'pt', phrases: ['recusando conexões smtp'], text: 'A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S falhou. O servidor pode está indisponível ou recusando conexões SMTP. Verifique se as configurações do servidor de envio (SMTP) estão corretas e tente novamente.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-interrupted', category: 'network', lang: 'pt', phrases: ['foi perdida no meio da transação'], text: 'A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S foi perdida no meio da transação. Tente novamente.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-timeout', category: 'network', lang: 'pt', phrases: ['expirou. tente novamente'], text: 'A mensagem não foi enviada porque a conexão com o servidor de envio (SMTP) %S expirou. Tente novamente.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-starttls', category: 'tls-required', lang: 'pt', phrases: ['não foi possível estabelecer uma conexão segura'], text: 'Ocorreu um erro ao enviar mensagem: não foi possível estabelecer uma conexão segura com o servidor de envio (SMTP) %S usando STARTTLS, uma vez que ele não anuncia esta funcionalidade. Desligue o STARTTLS para esse servidor ou contate o fornecedor de serviço.', source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-auth-failure', category: 'auth-required', lang: 'pt', phrases: ['não foi possível autenticar no servidor de envio'], text: "Não foi possível autenticar no servidor de envio (SMTP) %S. Verifique sua senha e a opção 'Método de autenticação' em 'Configurações da conta | Servidor de envio (SMTP)'.", source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-auth-mech', category: 'auth-required', lang: 'pt', phrases: ['não oferece suporte ao método de autenticação selecionado'], text: "O servidor de envio (SMTP) %S não oferece suporte ao método de autenticação selecionado. Altere o 'Método de autenticação' em 'Configurações de contas | Servidor de envio (SMTP)'.", source: TB('pt-BR') },
      { id: 'thunderbird-l10n.pt-sender-invalid', category: 'sender-rejected', lang: 'pt', phrases: ['o endereço do remetente (de:) estava inválido'], text: 'Ocorreu um erro ao enviar o email. O endereço do remetente (De:) estava inválido. Verifique se este endereço de email está correto e tente novamente.', source: TB('pt-BR') },

      // --- Japanese (ja) ---
      { id: 'thunderbird-l10n.ja-size', category: 'message-size', lang: 'ja', phrases: ['サーバーのサイズ制限を超えたため、'], text: '送信メッセージのサイズがサーバーのサイズ制限を超えたため、メッセージを送信できませんでした。メッセージのサイズを小さくし、再度試してください。サーバーからの応答: %s', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-too-many-recipients', category: 'rate-limit', lang: 'ja', phrases: ['受信者の許容数を超えたためメッセージを送信できませんでした。'], text: '受信者の許容数を超えたためメッセージを送信できませんでした。サーバーからの応答: %s', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-unknown-server', category: 'network', lang: 'ja', phrases: ['サーバーの設定に誤りがある可能性があります。'], text: 'メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー %S が見つかりません。サーバーの設定に誤りがある可能性があります。送信 (SMTP) サーバーの設定が正しいか確認し、再度試してください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-connect-failed', category: 'network', lang: 'ja', phrases: ['smtp 接続が拒否された可能性があります。'], text: '送信 (SMTP) サーバー %S に接続できなかったため、メッセージを送信できませんでした。サーバーが利用できないか、SMTP 接続が拒否された可能性があります。送信 (SMTP) サーバーの設定が正しいか確認し、再度試してください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-interrupted', category: 'network', lang: 'ja', phrases: ['との接続が切断されたため'], text: '送信処理の途中で送信 (SMTP) サーバー %S との接続が切断されたため、メッセージを送信できませんでした。再度試してください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-timeout', category: 'network', lang: 'ja', phrases: ['との接続がタイムアウトしたため、'], text: '送信 (SMTP) サーバー %S との接続がタイムアウトしたため、メッセージを送信できませんでした。再度試してください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-starttls', category: 'tls-required', lang: 'ja', phrases: ['starttls をサポートしていないため'], text: 'メールの送信前にエラーが発生しました: 送信 (SMTP) サーバー %S が STARTTLS をサポートしていないため、保護された接続を確立できませんでした。STARTTLS を使用しない設定に変更するか、ご利用のサービスプロバイダーに問い合わせてください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-auth-failure', category: 'auth-required', lang: 'ja', phrases: ['の認証に失敗しました'], text: '送信 (SMTP) サーバー %S の認証に失敗しました。パスワードを確認し、[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] が正しいことを確認してください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-auth-mech', category: 'auth-required', lang: 'ja', phrases: ['選択された認証方式をサポートしていません'], text: '送信 (SMTP) サーバー %S が選択された認証方式をサポートしていません。[アカウント設定] の [送信 (SMTP) サーバー] で [認証方式] を変更してください。', source: TB('ja') },
      { id: 'thunderbird-l10n.ja-sender-invalid', category: 'sender-rejected', lang: 'ja', phrases: ['送信者のアドレス (from:) が正しくありません'], text: 'メールの送信中にエラーが発生しました。送信者のアドレス (From:) が正しくありません。このメールアドレスが正しいか確認し、再度試してください。', source: TB('ja') },

      // --- Russian (ru) ---
      { id: 'thunderbird-l10n.ru-size', category: 'message-size', lang: 'ru', phrases: ['превышает глобальный предел размера'], text: 'Размер сообщения, которое вы пытаетесь отправить, превышает глобальный предел размера, допустимый сервером. Сообщение не было отправлено; уменьшите его размер и попробуйте снова. Сервер ответил:  %s.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-too-many-recipients', category: 'rate-limit', lang: 'ru', phrases: ['превышения разрешённого количества получателей'], text: 'Сообщение не было отправлено из-за превышения разрешённого количества получателей. Сервер ответил: %s.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-unknown-server', category: 'network', lang: 'ru', phrases: ['возможно, сервер неверно сконфигурирован'], text: 'Ошибка отправления почты: Сервер исходящей почты (SMTP) «%S» неизвестен. Возможно, сервер неверно сконфигурирован. Убедитесь, что параметры вашего Сервера исходящей почты (SMTP) правильны, и попробуйте снова.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-connect-failed', category: 'network', lang: 'ru', phrases: ['не удалось установить соединение с сервером исходящей почты', 'отказывать в соединении по smtp'], text: 'Сообщение не может быть отправлено, так как не удалось установить соединение с Сервером исходящей почты (SMTP) «%S». Сервер может быть недоступен или отказывать в соединении по SMTP. Убедитесь, что указали корректные параметры Сервера исходящей почты (SMTP) и попробуйте снова.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-interrupted', category: 'network', lang: 'ru', phrases: ['было утеряно в середине транзакции'], text: 'Сообщение не может быть отправлено, так как соединение с Сервером исходящей почты (SMTP) «%S» было утеряно в середине транзакции. Попробуйте снова.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-timeout', category: 'network', lang: 'ru', phrases: ['время ожидания соединения с сервером исходящей почты'], text: 'Сообщение не может быть отправлено, так как время ожидания соединения с Сервером исходящей почты (SMTP) «%S» истекло. Попробуйте снова.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-starttls', category: 'tls-required', lang: 'ru', phrases: ['не удалось установить защищённое соединение'], text: 'Ошибка отправления почты: Не удалось установить защищённое соединение с сервером исходящей почты (SMTP) «%S» с использованием STARTTLS, так как он не заявил о поддержке этой возможности. Отключите использование STARTTLS для этого сервера или свяжитесь с вашим сервис-провайдером.', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-auth-failure', category: 'auth-required', lang: 'ru', phrases: ['не удалось аутентифицироваться на сервере исходящей почты'], text: 'Не удалось аутентифицироваться на Сервере исходящей почты (SMTP) «%S». Пожалуйста, проверьте пароль, и проверьте «Метод аутентификации» в «Параметры учётной записи | Сервер исходящей почты (SMTP)».', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-auth-mech', category: 'auth-required', lang: 'ru', phrases: ['не поддерживает выбранный метод аутентификации'], text: 'Сервер исходящей почты (SMTP) «%S» не поддерживает выбранный метод аутентификации. Пожалуйста, измените «Метод аутентификации» в «Параметры учётной записи | Сервер исходящей почты (SMTP)».', source: TB('ru') },
      { id: 'thunderbird-l10n.ru-sender-invalid', category: 'sender-rejected', lang: 'ru', phrases: ['адрес отправителя (от:) некорректен'], text: 'Ошибка отправления почты: адрес отправителя (От:) некорректен. Убедитесь, что вы указали корректный адрес электронной почты, и попробуйте снова.', source: TB('ru') },

      // --- Dutch (nl) ---
      { id: 'thunderbird-l10n.nl-size', category: 'message-size', lang: 'nl', phrases: ['overschrijdt de globalegroottelimiet van de server'], text: 'De grootte van het bericht dat u wilt verzenden overschrijdt de globalegroottelimiet van de server. Het bericht is niet verzonden; verminder de berichtgrootte en probeer het opnieuw. De server antwoordde: %s.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-too-many-recipients', category: 'rate-limit', lang: 'nl', phrases: ['het toegestane aantal ontvangers wordt overschreden'], text: 'Het bericht is niet verzonden, omdat het toegestane aantal ontvangers wordt overschreden. De server antwoordde: %s.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-unknown-server', category: 'network', lang: 'nl', phrases: ['mogelijk is de server niet juist geconfigureerd'], text: 'Er is een fout opgetreden bij het verzenden van e-mail: uitgaande (SMTP-)server %S is onbekend. Mogelijk is de server niet juist geconfigureerd. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-connect-failed', category: 'network', lang: 'nl', phrases: ['weigert smtp-verbindingen'], text: 'Het bericht kon niet worden verzonden, omdat het verbinden met uitgaande (SMTP-)server %S is mislukt. Mogelijk is de server niet beschikbaar of weigert SMTP-verbindingen. Controleer of de instellingen van uw uitgaande (SMTP-)server juist zijn en probeer het opnieuw.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-interrupted', category: 'network', lang: 'nl', phrases: ['in het midden van de transactie werd verbroken'], text: 'Het bericht kon niet worden verzonden, omdat de verbinding met uitgaande (SMTP-)server %S in het midden van de transactie werd verbroken. Probeer het opnieuw.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-timeout', category: 'network', lang: 'nl', phrases: ['de wachttijd voor de verbinding met uitgaande'], text: 'Het bericht kon niet worden verzonden, omdat de wachttijd voor de verbinding met uitgaande (SMTP-)server %S is verlopen. Probeer het opnieuw.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-starttls', category: 'tls-required', lang: 'nl', phrases: ['kan geen beveiligde verbinding'], text: 'Er is een fout opgetreden bij het verzenden van e-mail: kan geen beveiligde verbinding met uitgaande (SMTP-)server %S tot stand brengen met STARTTLS, aangezien de server die functie niet aankondigt. Schakel STARTTLS uit voor deze server of neem contact op met uw serviceprovider.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-auth-failure', category: 'auth-required', lang: 'nl', phrases: ['kan niet authenticeren bij uitgaande'], text: 'Kan niet authenticeren bij uitgaande (SMTP-)server %S. Controleer het wachtwoord en verifieer de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-auth-mech', category: 'auth-required', lang: 'nl', phrases: ['ondersteunt de geselecteerde authenticatiemethode niet'], text: 'De uitgaande (SMTP-)server %S ondersteunt de geselecteerde authenticatiemethode niet. Wijzig de ‘Authenticatiemethode’ in de ‘Accountinstellingen | Uitgaande server (SMTP)’.', source: TB('nl') },
      { id: 'thunderbird-l10n.nl-sender-invalid', category: 'sender-rejected', lang: 'nl', phrases: ['het adres van de afzender (van:) is ongeldig'], text: 'Er is een fout opgetreden bij het verzenden van e-mail: het adres van de afzender (Van:) is ongeldig. Controleer of dit e-mailadres juist is en probeer het opnieuw.', source: TB('nl') },

      // --- Polish (pl) ---
      { id: 'thunderbird-l10n.pl-size', category: 'message-size', lang: 'pl', phrases: ['przekracza globalny limit rozmiaru wiadomości'], text: 'Rozmiar wysyłanej wiadomości przekracza globalny limit rozmiaru wiadomości na serwerze. Wiadomość nie została wysłana; należy zmniejszyć jej rozmiar i spróbować ponownie. Odpowiedź serwera: %s.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-too-many-recipients', category: 'rate-limit', lang: 'pl', phrases: ['przekroczenia dozwolonej liczby adresatów'], text: 'Wiadomość nie została wysłana z powodu przekroczenia dozwolonej liczby adresatów. Odpowiedź serwera: %s.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-unknown-server', category: 'network', lang: 'pl', phrases: ['serwer może być niewłaściwie skonfigurowany'], text: 'Wystąpił błąd podczas wysyłania wiadomości: serwer „%S” poczty wychodzącej (SMTP) jest nieznany. Serwer może być niewłaściwie skonfigurowany. Należy sprawdzić poprawność ustawień serwera poczty wychodzącej, a następnie spróbować ponownie.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-connect-failed', category: 'network', lang: 'pl', phrases: ['nie przyjmować połączeń smtp'], text: 'Wysyłanie wiadomości się nie powiodło, ponieważ nie udało się połączyć z serwerem „%S” poczty wychodzącej (SMTP). Serwer może być nieosiągalny albo nie przyjmować połączeń SMTP. Należy sprawdzić poprawność ustawień serwera poczty wychodzącej, a następnie spróbować ponownie, albo skontaktować się z administratorem serwera.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-interrupted', category: 'network', lang: 'pl', phrases: ['zostało przerwane w trakcie transakcji'], text: 'Wysyłanie wiadomości się nie powiodło, ponieważ połączenie z serwerem „%S” poczty wychodzącej (SMTP) zostało przerwane w trakcie transakcji. Należy spróbować ponownie lub skontaktować się z administratorem sieci.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-timeout', category: 'network', lang: 'pl', phrases: ['upłynął limit czasu połączenia'], text: 'Wysyłanie wiadomości się nie powiodło, ponieważ upłynął limit czasu połączenia z serwerem %S poczty wychodzącej (SMTP). Należy spróbować ponownie lub skontaktować się z administratorem sieci.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-starttls', category: 'tls-required', lang: 'pl', phrases: ['nie udało się nawiązać bezpiecznego połączenia'], text: 'Wystąpił błąd podczas wysyłania wiadomości: nie udało się nawiązać bezpiecznego połączenia z serwerem „%S” poczty wychodzącej (SMTP) przy użyciu STARTTLS, jako że nie ogłasza on jego stosowania. Należy wyłączyć STARTTLS w opcjach tego serwera lub skontaktować się z dostawcą usługi.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-auth-failure', category: 'auth-required', lang: 'pl', phrases: ['nie udało się uwierzytelnić z serwerem'], text: 'Wystąpił błąd podczas wysyłania wiadomości: nie udało się uwierzytelnić z serwerem „%S” poczty wychodzącej (SMTP). Proszę sprawdzić hasło oraz metodę uwierzytelniania w Poczcie wychodzącej w Konfiguracji kont.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-auth-mech', category: 'auth-required', lang: 'pl', phrases: ['nie obsługuje wybranej metody uwierzytelniania'], text: 'Serwer „%S” poczty wychodzącej (SMTP) nie obsługuje wybranej metody uwierzytelniania. Proszę zmienić metodę uwierzytelniania w Poczcie wychodzącej w Konfiguracji kont.', source: TB('pl') },
      { id: 'thunderbird-l10n.pl-sender-invalid', category: 'sender-rejected', lang: 'pl', phrases: ['adres nadawcy jest nieprawidłowy'], text: 'Podczas wysyłania poczty wystąpił błąd: adres nadawcy jest nieprawidłowy. Sprawdź poprawność tego adresu e-mail, a następnie ponów próbę.', source: TB('pl') },

      // --- Portuguese (pt-PT) ---
      { id: 'thunderbird-l10n.pt-pt-size', category: 'message-size', lang: 'pt', phrases: ['excede o limite global do servidor'], text: 'O tamanho da mensagem que está a tentar enviar excede o limite global do servidor. A mensagem não foi enviada. Reduza o tamanho da mensagem e tente novamente. O servidor respondeu:  %s.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-too-many-recipients', category: 'rate-limit', lang: 'pt', phrases: ['excedeu o número permitido de destinatários'], text: 'A mensagem não foi enviada porque excedeu o número permitido de destinatários. O servidor respondeu: %s.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-unknown-server', category: 'network', lang: 'pt', phrases: ['pode ser que o servidor esteja mal configurado'], text: 'Ocorreu um erro ao enviar o correio. O servidor de envio (SMTP) %S não é conhecido. Pode ser que o servidor esteja mal configurado. Por favor verifique se as definições do servidor (SMTP) estão corretas e tente novamente.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-connect-failed', category: 'network', lang: 'pt', phrases: ['a recusar ligações smtp'], text: 'A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S falhou. O servidor pode estar indisponível ou a recusar ligações SMTP. Verifique se as definições do servidor (SMTP) estão corretas e tente novamente.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-interrupted', category: 'network', lang: 'pt', phrases: ['foi perdida no meio da transação'], text: 'A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S foi perdida no meio da transação. Tente novamente.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-timeout', category: 'network', lang: 'pt', phrases: ['expirou. tente novamente'], text: 'A mensagem não foi enviada porque a ligação ao servidor de envio (SMTP) %S expirou. Tente novamente.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-starttls', category: 'tls-required', lang: 'pt', phrases: ['não foi possível estabelecer uma ligação segura'], text: 'Ocorreu um erro ao enviar o correio: não foi possível estabelecer uma ligação segura com o servidor de envio (SMTP) %S usando STARTTLS, uma vez que ele não anuncia esta funcionalidade. Desligue o STARTTLS para esse servidor ou contacte o fornecedor de serviço.', source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-auth-failure', category: 'auth-required', lang: 'pt', phrases: ['não foi possível efetuar a autenticação no servidor de envio'], text: "Não foi possível efetuar a autenticação no servidor de envio (SMTP) %S. Por favor verifique a palavra-passe e o 'Método de autenticação' nas 'Definições da conta | Servidor de envio (SMTP)'.", source: TB('pt-PT') },
      { id: 'thunderbird-l10n.pt-pt-auth-mech', category: 'auth-required', lang: 'pt', phrases: ['não tem suporte ao método de autenticação selecionado'], text: "O servidor de envio (SMTP) %S não tem suporte ao método de autenticação selecionado. Por favor mude o 'Método de autenticação' nas 'Definições da conta | Servidor de envio (SMTP)'.", source: TB('pt-PT') },

      // --- Chinese (zh-TW) ---
      { id: 'thunderbird-l10n.zh-tw-size', category: 'message-size', lang: 'zh', phrases: ['超過了伺服器的大小上限'], text: '正在寄送的郵件超過了伺服器的大小上限。郵件並未寄出。請嘗試減少郵件大小後再試一次。伺服器回應：%s。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-too-many-recipients', category: 'rate-limit', lang: 'zh', phrases: ['超過允許的收件者數量'], text: '由於超過允許的收件者數量，訊息並未送出。伺服器回應：%s。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-unknown-server', category: 'network', lang: 'zh', phrases: ['伺服器可能設定錯誤'], text: '寄送郵件時發生錯誤: 寄件伺服器 (SMTP) %S 未知。伺服器可能設定錯誤，請確認您的寄件伺服器 (SMTP) 設定正確後再試一次。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-connect-failed', category: 'network', lang: 'zh', phrases: ['無法連線至寄件伺服器', '暫時拒絕 smtp 連線'], text: '因為無法連線至寄件伺服器 (SMTP) %S，無法寄出郵件。伺服器可能正在忙碌中或暫時拒絕 SMTP 連線。請確定您的寄件伺服器 (SMTP) 設定正確後再試一次。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-interrupted', category: 'network', lang: 'zh', phrases: ['間的連線在傳輸過程中中斷'], text: '因為與寄件伺服器 (SMTP) %S 間的連線在傳輸過程中中斷，無法寄出訊息。請再試一次。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-timeout', category: 'network', lang: 'zh', phrases: ['間的連線逾時'], text: '因為與寄件伺服器 (SMTP) %S 間的連線逾時，無法寄出訊息。請再試一次。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-starttls', category: 'tls-required', lang: 'zh', phrases: ['無法以 starttls 建立安全連線'], text: '寄送郵件時發生錯誤: 寄件伺服器 (SMTP) %S 並未宣稱有 STARTTLS 功能，故無法以 STARTTLS 建立安全連線。請對該伺服器關閉 STARTTLS 或聯絡您的服務供應商。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-auth-failure', category: 'auth-required', lang: 'zh', phrases: ['無法向寄件伺服器'], text: '無法向寄件伺服器 (SMTP) %S 進行認證。請到「帳號設定 | 寄件伺服器 (SMTP)」中將「認證方式」設定為「無」。', source: TB('zh-TW') },
      { id: 'thunderbird-l10n.zh-tw-auth-mech', category: 'auth-required', lang: 'zh', phrases: ['不支援您所選擇的認證方式'], text: '%S 這台 SMTP 伺服器不支援您所選擇的認證方式。請到「帳號設定」當中的「帳號設定 | 寄件伺服器 (SMTP)」修改「認證方式」。', source: TB('zh-TW') },
    ],
  },
  {
    id: 'phpmailer-l10n',
    name: 'PHPMailer: localized SMTP error messages',
    kind: 'client',
    reference: 'PHPMailer/PHPMailer language/phpmailer.lang-<lang>.php',
    replies: [
      { id: 'phpmailer-l10n.es-auth', category: 'auth-required', lang: 'es', phrases: ['imposible autentificar'], text: 'Error SMTP: Imposible autentificar.', source: PM('es') },
      { id: 'phpmailer-l10n.es-connect-host', category: 'network', lang: 'es', phrases: ['imposible conectar al servidor smtp'], text: 'Error SMTP: Imposible conectar al servidor SMTP.', source: PM('es') },
      { id: 'phpmailer-l10n.es-from-failed', category: 'sender-rejected', lang: 'es', phrases: ['la siguiente dirección de remitente falló'], text: 'La siguiente dirección de remitente falló: ', source: PM('es') },
      { id: 'phpmailer-l10n.fr-auth', category: 'auth-required', lang: 'fr', phrases: ["erreur smtp : échec de l'authentification"], text: "Erreur SMTP : échec de l'authentification.", source: PM('fr') },
      { id: 'phpmailer-l10n.fr-connect-host', category: 'network', lang: 'fr', phrases: ['impossible de se connecter au serveur smtp'], text: 'Erreur SMTP : impossible de se connecter au serveur SMTP.', source: PM('fr') },
      { id: 'phpmailer-l10n.fr-connect-failed', category: 'network', lang: 'fr', phrases: ['échec de la connexion smtp'], text: 'Échec de la connexion SMTP.', source: PM('fr') },
      { id: 'phpmailer-l10n.fr-from-failed', category: 'sender-rejected', lang: 'fr', phrases: ["l'adresse d'expéditeur suivante a échouée"], text: "L'adresse d'expéditeur suivante a échouée : ", source: PM('fr') },
      { id: 'phpmailer-l10n.zh-auth', category: 'auth-required', lang: 'zh', phrases: ['smtp 错误：登录失败'], text: 'SMTP 错误：登录失败。', source: PM('zh_cn') },
      { id: 'phpmailer-l10n.zh-connect-host', category: 'network', lang: 'zh', phrases: ['无法连接到 smtp 主机'], text: 'SMTP 错误：无法连接到 SMTP 主机。', source: PM('zh_cn') },
      { id: 'phpmailer-l10n.zh-connect-failed', category: 'network', lang: 'zh', phrases: ['smtp服务器连接失败'], text: 'SMTP服务器连接失败。', source: PM('zh_cn') },
      { id: 'phpmailer-l10n.zh-from-failed', category: 'sender-rejected', lang: 'zh', phrases: ['发送地址错误'], text: '发送地址错误：', source: PM('zh_cn') },
      { id: 'phpmailer-l10n.de-auth', category: 'auth-required', lang: 'de', phrases: ['smtp-fehler: authentifizierung fehlgeschlagen'], text: 'SMTP-Fehler: Authentifizierung fehlgeschlagen.', source: PM('de') },
      { id: 'phpmailer-l10n.de-connect-host', category: 'network', lang: 'de', phrases: ['konnte keine verbindung zum smtp-host herstellen'], text: 'SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.', source: PM('de') },
      { id: 'phpmailer-l10n.de-connect-failed', category: 'network', lang: 'de', phrases: ['verbindung zum smtp-server fehlgeschlagen'], text: 'Verbindung zum SMTP-Server fehlgeschlagen.', source: PM('de') },
      { id: 'phpmailer-l10n.de-from-failed', category: 'sender-rejected', lang: 'de', phrases: ['die folgende absenderadresse ist nicht korrekt'], text: 'Die folgende Absenderadresse ist nicht korrekt: ', source: PM('de') },
      { id: 'phpmailer-l10n.it-auth', category: 'auth-required', lang: 'it', phrases: ['smtp error: impossibile autenticarsi'], text: 'SMTP Error: Impossibile autenticarsi.', source: PM('it') },
      { id: 'phpmailer-l10n.it-connect-host', category: 'network', lang: 'it', phrases: ["impossibile connettersi all'host smtp"], text: "SMTP Error: Impossibile connettersi all'host SMTP.", source: PM('it') },
      { id: 'phpmailer-l10n.it-from-failed', category: 'sender-rejected', lang: 'it', phrases: ['i seguenti indirizzi mittenti hanno generato errore'], text: 'I seguenti indirizzi mittenti hanno generato errore: ', source: PM('it') },
      { id: 'phpmailer-l10n.pt-auth', category: 'auth-required', lang: 'pt', phrases: ['erro de smtp: não foi possível autenticar'], text: 'Erro de SMTP: Não foi possível autenticar.', source: PM('pt_br') },
      { id: 'phpmailer-l10n.pt-connect-host', category: 'network', lang: 'pt', phrases: ['não foi possível conectar ao servidor smtp'], text: 'Erro de SMTP: Não foi possível conectar ao servidor SMTP.', source: PM('pt_br') },
      { id: 'phpmailer-l10n.pt-from-failed', category: 'sender-rejected', lang: 'pt', phrases: ['os seguintes remetentes falharam'], text: 'Os seguintes remetentes falharam: ', source: PM('pt_br') },
      { id: 'phpmailer-l10n.ja-auth', category: 'auth-required', lang: 'ja', phrases: ['smtpエラー: 認証できませんでした'], text: 'SMTPエラー: 認証できませんでした。', source: PM('ja') },
      { id: 'phpmailer-l10n.ja-connect-host', category: 'network', lang: 'ja', phrases: ['smtpホストに接続できませんでした'], text: 'SMTPエラー: SMTPホストに接続できませんでした。', source: PM('ja') },
      { id: 'phpmailer-l10n.ja-from-failed', category: 'sender-rejected', lang: 'ja', phrases: ['fromアドレスを登録する際にエラーが発生しました:'], text: 'Fromアドレスを登録する際にエラーが発生しました: ', source: PM('ja') },
      { id: 'phpmailer-l10n.ru-auth', category: 'auth-required', lang: 'ru', phrases: ['ошибка smtp: ошибка авторизации'], text: 'Ошибка SMTP: ошибка авторизации.', source: PM('ru') },
      { id: 'phpmailer-l10n.ru-connect-host', category: 'network', lang: 'ru', phrases: ['не удается подключиться к smtp-серверу'], text: 'Ошибка SMTP: не удается подключиться к SMTP-серверу.', source: PM('ru') },
      { id: 'phpmailer-l10n.ru-connect-failed', category: 'network', lang: 'ru', phrases: ['ошибка соединения с smtp-сервером'], text: 'Ошибка соединения с SMTP-сервером', source: PM('ru') },
      { id: 'phpmailer-l10n.ru-from-failed', category: 'sender-rejected', lang: 'ru', phrases: ['неверный адрес отправителя'], text: 'Неверный адрес отправителя: ', source: PM('ru') },
      { id: 'phpmailer-l10n.nl-auth', category: 'auth-required', lang: 'nl', phrases: ['smtp-fout: authenticatie mislukt'], text: 'SMTP-fout: authenticatie mislukt.', source: PM('nl') },
      { id: 'phpmailer-l10n.nl-connect-host', category: 'network', lang: 'nl', phrases: ['kon niet verbinden met smtp-host'], text: 'SMTP-fout: kon niet verbinden met SMTP-host.', source: PM('nl') },
      { id: 'phpmailer-l10n.nl-connect-failed', category: 'network', lang: 'nl', phrases: ['smtp verbinding mislukt'], text: 'SMTP Verbinding mislukt.', source: PM('nl') },
      { id: 'phpmailer-l10n.nl-from-failed', category: 'sender-rejected', lang: 'nl', phrases: ['het volgende afzendersadres is mislukt'], text: 'Het volgende afzendersadres is mislukt: ', source: PM('nl') },
      { id: 'phpmailer-l10n.pl-auth', category: 'auth-required', lang: 'pl', phrases: ['nie można przeprowadzić uwierzytelnienia'], text: 'Błąd SMTP: Nie można przeprowadzić uwierzytelnienia.', source: PM('pl') },
      { id: 'phpmailer-l10n.pl-connect-host', category: 'network', lang: 'pl', phrases: ['nie można połączyć się z wybranym hostem'], text: 'Błąd SMTP: Nie można połączyć się z wybranym hostem.', source: PM('pl') },
      { id: 'phpmailer-l10n.pl-from-failed', category: 'sender-rejected', lang: 'pl', phrases: ['następujący adres nadawcy jest nieprawidłowy'], text: 'Następujący adres Nadawcy jest nieprawidłowy: ', source: PM('pl') },
    ],
  },
  {
    id: 'roundcube-l10n',
    name: 'Roundcube webmail: localized SMTP send errors',
    kind: 'client',
    reference: 'roundcube/roundcubemail program/localization/<lang>/messages.inc',
    replies: [
      { id: 'roundcube-l10n.es-conn', category: 'network', lang: 'es', phrases: ['ha fallado la conexión al servidor'], text: 'Error SMTP ($code): Ha fallado la conexión al servidor.', source: RC('es_ES') },
      { id: 'roundcube-l10n.es-auth', category: 'auth-required', lang: 'es', phrases: ['error de autenticación'], text: 'Error SMTP ($code): Error de autenticación.', source: RC('es_ES') },
      { id: 'roundcube-l10n.es-too-many-recipients', category: 'rate-limit', lang: 'es', phrases: ['hay demasiados destinatarios'], text: 'Hay demasiados destinatarios. Reduzca el número de destinatarios a $max.', source: RC('es_ES') },
      { id: 'roundcube-l10n.fr-conn', category: 'network', lang: 'fr', phrases: ['échec lors de la connexion au serveur'], text: 'Erreur SMTP ($code) : échec lors de la connexion au serveur.', source: RC('fr_FR') },
      { id: 'roundcube-l10n.fr-auth', category: 'auth-required', lang: 'fr', phrases: ["échec lors de l'authentification"], text: "Erreur SMTP ($code) : échec lors de l'authentification.", source: RC('fr_FR') },
      { id: 'roundcube-l10n.fr-too-many-recipients', category: 'rate-limit', lang: 'fr', phrases: ['trop de destinataires. réduire leur nombre'], text: 'Trop de destinataires. Réduire leur nombre à $max.', source: RC('fr_FR') },
      { id: 'roundcube-l10n.zh-conn', category: 'network', lang: 'zh', phrases: ['连接服务器失败'], text: 'SMTP 错误 ($code):连接服务器失败。', source: RC('zh_CN') },
      { id: 'roundcube-l10n.zh-auth', category: 'auth-required', lang: 'zh', phrases: ['认证失败'], text: 'SMTP 错误 ($code): 认证失败。', source: RC('zh_CN') },
      { id: 'roundcube-l10n.zh-size', category: 'message-size', lang: 'zh', phrases: ['消息长度超过服务器能接受的长度'], text: 'SMTP 错误：消息长度超过服务器能接受的长度 ($limit)', source: RC('zh_CN') },
      { id: 'roundcube-l10n.zh-too-many-recipients', category: 'rate-limit', lang: 'zh', phrases: ['收件人太多'], text: '收件人太多，请减少人数至 $max。', source: RC('zh_CN') },
      { id: 'roundcube-l10n.it-conn', category: 'network', lang: 'it', phrases: ['connessione al server fallita'], text: 'Errore SMTP ($code): Connessione al server fallita', source: RC('it_IT') },
      { id: 'roundcube-l10n.it-auth', category: 'auth-required', lang: 'it', phrases: ['autenticazione fallita'], text: 'Errore SMTP ($code): Autenticazione fallita', source: RC('it_IT') },
      { id: 'roundcube-l10n.it-too-many-recipients', category: 'rate-limit', lang: 'it', phrases: ['numero eccessivo di destinatari'], text: 'Numero eccessivo di destinatari, ridurlo a $max', source: RC('it_IT') },
      { id: 'roundcube-l10n.pt-conn', category: 'network', lang: 'pt', phrases: ['conexão ao servidor falhou'], text: 'Erro SMTP ($code): Conexão ao servidor falhou.', source: RC('pt_BR') },
      { id: 'roundcube-l10n.pt-auth', category: 'auth-required', lang: 'pt', phrases: ['falha na autenticação'], text: 'Erro SMTP ($code): Falha na autenticação.', source: RC('pt_BR') },
      { id: 'roundcube-l10n.pt-size', category: 'message-size', lang: 'pt', phrases: ['tamanho da mensagem excede o limite do servidor'], text: 'Erro de SMTP: Tamanho da mensagem excede o limite do servidor ($limit)', source: RC('pt_BR') },
      { id: 'roundcube-l10n.pt-too-many-recipients', category: 'rate-limit', lang: 'pt', phrases: ['há muitos destinatários'], text: 'Há muitos destinatários. Reduza o número de destinatários para $max.', source: RC('pt_BR') },
      { id: 'roundcube-l10n.ja-conn', category: 'network', lang: 'ja', phrases: ['サーバーへの接続に失敗しました'], text: 'SMTP Error ($code): サーバーへの接続に失敗しました。', source: RC('ja_JP') },
      { id: 'roundcube-l10n.ja-auth', category: 'auth-required', lang: 'ja', phrases: ['smtp error ($code): 認証に失敗しました', '認証に失敗しました'], text: 'SMTP Error ($code): 認証に失敗しました。', source: RC('ja_JP') },
      { id: 'roundcube-l10n.ja-too-many-recipients', category: 'rate-limit', lang: 'ja', phrases: ['宛先が多すぎます'], text: '宛先が多すぎます。$max 件以内にしてください。', source: RC('ja_JP') },
      { id: 'roundcube-l10n.ru-conn', category: 'network', lang: 'ru', phrases: ['сбой соединения с сервером'], text: 'SMTP ошибка ($code): Сбой соединения с сервером.', source: RC('ru_RU') },
      { id: 'roundcube-l10n.ru-auth', category: 'auth-required', lang: 'ru', phrases: ['ошибка авторизации'], text: 'SMTP ошибка ($code): Ошибка авторизации.', source: RC('ru_RU') },
      { id: 'roundcube-l10n.ru-too-many-recipients', category: 'rate-limit', lang: 'ru', phrases: ['слишком много получателей'], text: 'Слишком много получателей. Уменьшите их количество до $max.', source: RC('ru_RU') },
      { id: 'roundcube-l10n.nl-conn', category: 'network', lang: 'nl', phrases: ['verbinding met server mislukt'], text: 'SMTP-fout ($code): Verbinding met server mislukt.', source: RC('nl_NL') },
      { id: 'roundcube-l10n.nl-auth', category: 'auth-required', lang: 'nl', phrases: ['authenticatie mislukt'], text: 'SMTP-fout ($code): Authenticatie mislukt.', source: RC('nl_NL') },
      { id: 'roundcube-l10n.nl-size', category: 'message-size', lang: 'nl', phrases: ['berichtgrootte overschrijdt de serverlimit'], text: 'SMTP-fout: berichtgrootte overschrijdt de serverlimit ($limit)', source: RC('nl_NL') },
      { id: 'roundcube-l10n.nl-too-many-recipients', category: 'rate-limit', lang: 'nl', phrases: ['te veel ontvangers'], text: 'Te veel ontvangers. Reduceer het aantal ontvangers tot $max.', source: RC('nl_NL') },
      { id: 'roundcube-l10n.pl-conn', category: 'network', lang: 'pl', phrases: ['nie można nawiązać połączenia z serwerem'], text: 'Błąd SMTP ($code): Nie można nawiązać połączenia z serwerem', source: RC('pl_PL') },
      { id: 'roundcube-l10n.pl-auth', category: 'auth-required', lang: 'pl', phrases: ['uwierzytelnianie nie powiodło się'], text: 'Błąd SMTP ($code): Uwierzytelnianie nie powiodło się', source: RC('pl_PL') },
    ],
  },
  {
    // IBM/Lotus Domino and Notes write their non-delivery reasons in the server's language; Sisimai's decoders list the
    // Japanese reason next to the English one ("not listed in Domino Directory" / "User not listed in public Name &
    // Address Book" → userunknown). Facts from the decoders' tables, not from their test mails.
    id: 'domino-l10n',
    name: 'IBM (Lotus) Domino / Notes: localized non-delivery reasons (as listed by Sisimai)',
    kind: 'mta',
    reference: 'sisimai/p5-sisimai lib/Sisimai/Lhost/Domino.pm',
    replies: [
      { id: 'domino-l10n.ja-not-in-directory', category: 'recipient-unknown', lang: 'ja', phrases: ['domino ディレクトリには見つかりません'], text: 'Domino ディレクトリには見つかりません', source: 'sisimai/p5-sisimai lib/Sisimai/Lhost/Domino.pm' },
      { id: 'domino-l10n.ja-notes-not-listed', category: 'recipient-unknown', lang: 'ja', phrases: ['ディレクトリのリストにありません'], text: 'ディレクトリのリストにありません', source: 'sisimai/p5-sisimai lib/Sisimai/Lhost/Notes.pm' },
    ],
  },
  {
    // QQ Mail's help on reading a bounce (退信): the keywords of its own Chinese bounce notices. The page is stored as
    // a copy at qqmailbox.com ("如果您发送的邮件被退回,QQ邮箱会发送一封退信通知到您的收件箱。通过判读退信里关键字,您可以了解退信的主要原因。");
    // the original is QQ Mail's help centre (service.mail.qq.com, 退信 help), not in the stored copies.
    id: 'qqmail-help',
    name: 'QQ Mail (Tencent) help: keywords of its Chinese bounce notices',
    kind: 'mailbox-provider',
    reference: QQ_HELP,
    replies: [
      { id: 'qqmail-help.user-not-exist', category: 'recipient-unknown', lang: 'zh', phrases: ['该用户不存在'], text: '该用户不存在', source: QQ_HELP },
      { id: 'qqmail-help.no-qqmail', category: 'recipient-unknown', lang: 'zh', phrases: ['该用户未开通qq邮箱'], text: '该用户未开通QQ邮箱', source: QQ_HELP },
      { id: 'qqmail-help.no-space', category: 'mailbox-full', lang: 'zh', phrases: ['收件人空间不足'], text: '收件人空间不足', source: QQ_HELP },
    ],
  },
  {
    id: 'sogo-l10n',
    name: 'SOGo webmail: localized send errors',
    kind: 'client',
    reference: 'Alinto/sogo UI/MailerUI/<Language>.lproj/Localizable.strings',
    replies: [
      { id: 'sogo-l10n.es-connect', category: 'network', lang: 'es', phrases: ['(smtp) error de conexión'], text: 'No se puede enviar el mensaje: (smtp) error de conexión', source: 'Alinto/sogo UI/MailerUI/SpanishSpain.lproj/Localizable.strings' },
      { id: 'sogo-l10n.es-too-many', category: 'rate-limit', lang: 'es', phrases: ['intentando enviar demasiados correos'], text: 'Intentando enviar demasiados correos. Por favor, esperar.', source: 'Alinto/sogo UI/MailerUI/SpanishSpain.lproj/Localizable.strings' },
      { id: 'sogo-l10n.it-connect', category: 'network', lang: 'it', phrases: ['errore durante la connessione al server smtp'], text: 'Impossibile inviare il messaggio: si è verificato un errore durante la connessione al server SMTP.', source: 'Alinto/sogo UI/MailerUI/Italian.lproj/Localizable.strings' },
      { id: 'sogo-l10n.it-too-many', category: 'rate-limit', lang: 'it', phrases: ['hai provato ad inviare troppe email'], text: 'Hai provato ad inviare troppe email. Per favore attendi.', source: 'Alinto/sogo UI/MailerUI/Italian.lproj/Localizable.strings' },
    ],
  },
  {
    // Microsoft's UI-translation lookup (uitranslation.com lists the localized strings of Microsoft products): the
    // French Exchange DSN text for a recipient whose address has changed and no longer accepts mail, no forwarding set.
    id: 'exchange-dsn-l10n',
    name: 'Microsoft Exchange DSN strings (Microsoft UI translations)',
    kind: 'mta',
    reference: 'https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d',
    replies: [
      { id: 'exchange-dsn-l10n.fr-address-changed', category: 'mailbox-disabled', lang: 'fr', phrases: ["l'adresse électronique du destinataire a changé", "n'accepte plus de messages. aucune adresse de transfert"], text: "{4} : l'adresse électronique du destinataire a changé. L'adresse à laquelle ce message a été envoyé n'accepte plus de messages. Aucune adresse de transfert n'a été configurée. Ce code peut se présenter si la boîte aux lettres du destinataire a été entièrement supprimée. Vérifiez que l'utilisateur existe toujours dans Active Directory avec des attributs valides, puis renvoyez le message.", source: 'https://uitranslation.com/Images/?lang=fr-fr&term=04a5485eb88d' },
    ],
  },
];

/** The sending programs' connection failures get the texts of their own (entry.ts CLIENT_NO_CONNECTION). */
export const LOCALIZED_CLIENTS: readonly KnowledgeSource[] = SOURCES.map((source) =>
  source.kind === 'client' ? { ...source, replies: source.replies.map((r) => { const variant = r.variant ?? programVariant(r.category); return variant ? { ...r, variant } : r; }) } : source,
);
