/**
 * Discourse (the forum software) takes mail in — replies by email, new topics by email to a category's address — and
 * refuses it with a notice of its own: "[site] Email issue -- <reason>" / "We're sorry, but your email message to
 * <address> (titled <subject>) didn't work." and then the reason. The texts are Discourse's locale files
 * (config/locales/server.<lang>.yml, system_messages.email_reject_*); one entry per template and language, the key
 * sentence of its body as the text.
 *
 * The wrapper has no entry: its words ("Email issue --" is two words; the apology line is the same in every notice) name
 * no cause, and a documented text in the wrapper's paragraph would be taken for the reply, so the reason in the next
 * paragraph would go unread.
 *
 * Categories, by who must act:
 * - the forum restricts who may post (trust level, category privileges, strangers, closed topic, no permission to
 *   reply, replies to a summary) → recipient-policy;
 * - the text says the sender's own address or account is the problem (unknown, blocked, unexpected address; account
 *   not activated or silenced) → sender-rejected;
 * - the address written to leads nowhere (reply key unknown, To: address unknown, reply address expired, topic gone)
 *   → recipient-unknown;
 * - the mail's content is refused (too short, empty, attachments, auto-generated, a post the forum would not create)
 *   → content-policy; the reply not found where Discourse looks for it (inline replies) → message-format;
 * - too many recipients → rate-limit, as every other "too many recipients" of these tables;
 * - an unrecognized error → remote-error, as a symptom.
 * Left out: email_reject_no_account and email_reject_blocked_user (keys of old versions, gone from the current files),
 * and Italian (the stored server.it.yml is an old version with subject lines only).
 */
import type { Category } from '../types';
import { entries as entry, hedged, symptom } from './entry';
import type { KnowledgeSource, KnownReply } from './types';

const DC_EN = 'discourse/discourse config/locales/server.en.yml (system_messages.email_reject_*)';
const dc = entry('discourse-incoming', DC_EN);

// screened_email and not_allowed_email have the same text in every language: one entry for both.
const SCREENED = 'system_messages.email_reject_screened_email, system_messages.email_reject_not_allowed_email';
const DATE_INVALID = 'system_messages.email_reject_invalid_post_specified.date_invalid';

interface Meaning {
  category: Category;
  /** The source only guesses why (entry.ts `hedged`), or says what failed and not why (`symptom`). */
  reading?: 'hedged' | 'symptom';
  /** The keys the text stands for, when not only its own. */
  cite?: string;
}

/** What each template means, the same in every language: the locale files differ only in their words. */
const MEANING: Readonly<Record<string, Meaning>> = {
  // The forum's rules on who may post: recipient-policy (a summary's address takes no replies: the forum's rule, not a
  // bad address).
  insufficient_trust_level: { category: 'recipient-policy' },
  invalid_access: { category: 'recipient-policy' },
  strangers_not_allowed: { category: 'recipient-policy' },
  topic_closed: { category: 'recipient-policy' },
  reply_not_allowed: { category: 'recipient-policy' },
  reply_to_digest: { category: 'recipient-policy' },
  user_not_found: { category: 'sender-rejected' },
  screened_email: { category: 'sender-rejected', cite: SCREENED },
  inactive_user: { category: 'sender-rejected' },
  silenced_user: { category: 'sender-rejected' },
  reply_user_not_matching: { category: 'sender-rejected' },
  reply_key: { category: 'recipient-unknown' },
  bad_destination_address: { category: 'recipient-unknown' },
  old_destination: { category: 'recipient-unknown' },
  topic_not_found: { category: 'recipient-unknown' },
  post_too_short: { category: 'content-policy' },
  empty: { category: 'content-policy' },
  attachment: { category: 'content-policy' },
  auto_generated: { category: 'content-policy' },
  // The post the mail would make is refused for its content; the source only guesses why.
  invalid_post: { category: 'content-policy', reading: 'hedged' },
  invalid_post_specified: { category: 'content-policy', reading: 'symptom' },
  'invalid_post_specified.date_invalid': { category: 'message-format', cite: DATE_INVALID },
  invalid_post_action: { category: 'content-policy' },
  parsing: { category: 'message-format' },
  too_many_recipients: { category: 'rate-limit' },
  unrecognized_error: { category: 'remote-error', reading: 'symptom' },
};

/**
 * The entries of one locale file: id "<lang>.<key>" ("invalid-access", "de.invalid-access"), with the template's
 * meaning (MEANING), citing its key.
 */
function locale(file: string, lang?: string) {
  return (key: string, phrases: readonly string[], text: string): KnownReply => {
    const meaning = MEANING[key];
    if (!meaning) throw new Error(`discourse: no meaning for ${key}`);
    const reply = dc(`${lang ? `${lang}.` : ''}${key.replace(/_/g, '-')}`, meaning.category, phrases, text, {
      source: `discourse/discourse config/locales/server.${file}.yml (${meaning.cite ?? `system_messages.email_reject_${key}`})`,
      ...(lang ? { lang } : {}),
    });
    return meaning.reading === 'hedged' ? hedged(reply) : meaning.reading === 'symptom' ? symptom(reply) : reply;
  };
}

const en = locale('en');
const ENGLISH: readonly KnownReply[] = [
  en('insufficient_trust_level', ['does not have the required trust level', 'required trust level to post new topics'],
    'Your account does not have the required trust level to post new topics to this email address.'),
  en('invalid_access', ['does not have the privileges to post', 'privileges to post new topics in that category'],
    'Your account does not have the privileges to post new topics in that category.'),
  en('strangers_not_allowed', ['only allows replies from users with valid accounts', 'valid accounts and known email addresses'],
    'The category you sent this email to only allows replies from users with valid accounts and known email addresses.'),
  en('topic_closed', ['currently closed and no longer accepting replies', 'topic you are replying to is currently closed'],
    'The topic you are replying to is currently closed and no longer accepting replies.'),
  en('reply_not_allowed', ["don't have permissions to reply to the topic"],
    "You don't have permissions to reply to the topic."),
  en('reply_to_digest', ['you replied to a summary email', 'summary email, which is not accepted'],
    'You replied to a Summary email, which is not accepted.'),
  // The subject's "User Not Found" would be read as an unknown recipient: the subject line, longer, is read instead.
  en('user_not_found', ['reply was sent from an unknown email address', 'email issue -- user not found'],
    '[%{email_prefix}] Email issue -- User Not Found … Your reply was sent from an unknown email address. Try sending from another email address, or [contact a staff member](%{base_url}/about).'),
  en('screened_email', ['reply was sent from a blocked email address'],
    'Your reply was sent from a blocked email address. Try sending from another email address, or [contact a staff member](%{base_url}/about).'),
  // The subject's "Inactive User" would be read as a disabled mailbox: likewise.
  en('inactive_user', ['associated with this email address is not activated', 'please activate your account before sending emails', 'email issue -- inactive user'],
    '[%{email_prefix}] Email issue -- Inactive User … Your account associated with this email address is not activated. Please activate your account before sending emails in.'),
  en('silenced_user', ['associated with this email address has been silenced'],
    'Your account associated with this email address has been silenced.'),
  en('reply_user_not_matching', ['different email address than the one we expected', 'not sure if this is the same person'],
    "Your reply was sent from a different email address than the one we expected, so we're not sure if this is the same person."),
  en('reply_key', ['reply key in the email is invalid', 'what this email is in reply to'],
    "The reply key in the email is invalid or unknown, so we can't figure out what this email is in reply to."),
  en('bad_destination_address', ['require that you use the same email address', 'incorrectly sends replies to the from: address', 'the message-id must be consistent and unchanged'],
    'Email replies require that you use the same email address when replying. … Unfortunately, some email software incorrectly sends replies to the From: address, which won’t work. … The Message-ID must be consistent and unchanged.'),
  en('old_destination', ['only accept replies to original notifications for'],
    'We only accept replies to original notifications for %{number_of_days} days. Please [visit the topic](%{short_url}) to continue the conversation.'),
  en('topic_not_found', ['topic you are replying to no longer exists'],
    'The topic you are replying to no longer exists -- perhaps it was deleted?'),
  en('post_too_short', ['very short replies are not allowed', 'to promote more in depth conversations'],
    'To promote more in depth conversations, very short replies are not allowed. Can you please reply with at least %{count} characters?'),
  en('empty', ['find any reply content in your email', 'try again with simpler formatting'],
    "We couldn't find any reply content in your email. If you're getting this and you _did_ include a reply, try again with simpler formatting."),
  en('attachment', ['some attachments in your email message to'],
    'Unfortunately some attachments in your email message to %{destination} (titled %{former_title}) were rejected.'),
  en('auto_generated', ['created by a computer instead of being typed', "we can't accept those kinds of emails"],
    'Your email was marked as "auto generated", which means it was automatically created by a computer instead of being typed by a human; we can\'t accept those kinds of emails.'),
  // The text of invalid_post leaves out "message too large" (one of the guesses): elsewhere those words are a size
  // limit's (qq.too-large), and a text of another category holding them would make them ambiguous there.
  en('invalid_post', ['some possible causes are: complex formatting'],
    'Some possible causes are: complex formatting, … message too small. Please try again, or post via the website if this continues.'),
  en('invalid_post_specified', ['you can correct the problem, please try again'],
    'Reason: %{post_error} If you can correct the problem, please try again.'),
  en('invalid_post_specified.date_invalid', ['no post creation date found', 'missing a date: header'],
    'No post creation date found. Is the e-mail missing a Date: header?'),
  en('invalid_post_action', ['the post action was not recognized'],
    'The Post Action was not recognized. Please try again, or post via the website if this continues.'),
  en('parsing', ['reply is at the top of the email', "can't process inline replies"],
    "We couldn't find your reply in the email. **Make sure your reply is at the top of the email** -- we can't process inline replies."),
  en('too_many_recipients', ['you attempted to email more than', 'our system automatically tagged your email as spam'],
    'You attempted to email more than %{max_recipients_count} people and our system automatically tagged your email as spam.'),
  en('unrecognized_error', ['unrecognized error while processing your email', "processing your email and it wasn't posted"],
    "There was an unrecognized error while processing your email and it wasn't posted. You should try again, or [contact a staff member](%{base_url}/about)."),
];

const de = locale('de', 'de');
const GERMAN: readonly KnownReply[] = [
  de('insufficient_trust_level', ['du hast nicht die erforderliche vertrauensstufe'],
    'Du hast nicht die erforderliche Vertrauensstufe, um neue Themen an diese E-Mail-Adresse zu schreiben.'),
  de('invalid_access', ['benutzerkonto hat nicht die erforderlichen rechte', 'um neue themen in dieser kategorie zu erstellen'],
    'Dein Benutzerkonto hat nicht die erforderlichen Rechte, um neue Themen in dieser Kategorie zu erstellen.'),
  de('strangers_not_allowed', ['erlaubt nur antworten von benutzern mit gültigen benutzerkonten', 'gültigen benutzerkonten und bekannten e-mail-adressen'],
    'Die Kategorie, an die du diese E-Mail geschickt hast, erlaubt nur Antworten von Benutzern mit gültigen Benutzerkonten und bekannten E-Mail-Adressen.'),
  de('topic_closed', ['ist derzeit geschlossen und akzeptiert keine antworten mehr'],
    'Das Thema, auf das du geantwortet hast, ist derzeit geschlossen und akzeptiert keine Antworten mehr.'),
  de('reply_not_allowed', ['keine berechtigung, auf das thema zu antworten'],
    'Du hast keine Berechtigung, auf das Thema zu antworten.'),
  de('reply_to_digest', ['auf eine e-mail-zusammenfassung geantwortet'],
    'Du hast auf eine E-Mail-Zusammenfassung geantwortet, was nicht zulässig ist.'),
  de('user_not_found', ['von einer unbekannten e-mail-adresse gesendet', 'e-mail-problem -- benutzer nicht gefunden'],
    '[%{email_prefix}] E-Mail-Problem -- Benutzer nicht gefunden … Deine Antwort wurde von einer unbekannten E-Mail-Adresse gesendet. Probiere eine andere Absende-Adresse oder [kontaktiere ein Team-Mitglied](%{base_url}/about).'),
  de('screened_email', ['von einer blockierten e-mail-adresse gesendet'],
    'Deine Antwort wurde von einer blockierten E-Mail-Adresse gesendet. Probiere eine andere Absende-Adresse oder [kontaktiere ein Team-Mitglied](%{base_url}/about).'),
  de('inactive_user', ['verbundenes benutzerkonto ist nicht aktiviert', 'bitte aktiviere dein konto, bevor du e-mails sendest'],
    'Dein mit dieser E-Mail-Adresse verbundenes Benutzerkonto ist nicht aktiviert. Bitte aktiviere dein Konto, bevor du E-Mails sendest.'),
  de('silenced_user', ['verbundenes konto wurde stummgeschaltet'],
    'Dein mit dieser E-Mail-Adresse verbundenes Konto wurde stummgeschaltet.'),
  de('reply_user_not_matching', ['von einer anderen e-mail-adresse als erwartet gesendet', 'ob dies die gleiche person ist'],
    'Deine Antwort wurde von einer anderen E-Mail-Adresse als erwartet gesendet, sodass wir nicht sicher sind, ob dies die gleiche Person ist.'),
  de('reply_key', ['antwort-schlüssel in der e-mail ist ungültig', 'nicht ermitteln können, worauf diese e-mail antwortet'],
    'Der Antwort-Schlüssel in der E-Mail ist ungültig oder unbekannt, sodass wir nicht ermitteln können, worauf diese E-Mail antwortet.'),
  de('bad_destination_address', ['e-mail-antworten erfordern, dass du dieselbe e-mail-adresse verwendest', 'manche e-mail-software fehlerhaft antworten', 'die nachrichten-id muss konsistent und unverändert sein'],
    'E-Mail-Antworten erfordern, dass du dieselbe E-Mail-Adresse verwendest, wenn du antwortest. … Leider sendet manche E-Mail-Software fehlerhaft Antworten an die „Von:“-Adresse, was nicht funktioniert. … Die Nachrichten-ID muss konsistent und unverändert sein.'),
  de('old_destination', ['wir akzeptieren antworten auf die original-nachrichten nur'],
    'Wir akzeptieren Antworten auf die Original-Nachrichten nur für %{number_of_days} Tage. Bitte [besuche das Thema](%{short_url}), um mit der Unterhaltung fortzufahren.'),
  de('topic_not_found', ['du geantwortet hast, gibt es nicht mehr'],
    'Das Thema, auf das du geantwortet hast, gibt es nicht mehr -- vielleicht wurde es gelöscht?'),
  de('post_too_short', ['sind sehr kurze antworten nicht erlaubt', 'um eingehendere unterhaltungen zu fördern'],
    'Um eingehendere Unterhaltungen zu fördern, sind sehr kurze Antworten nicht erlaubt. Bitte antworte mit mindestens %{count} Zeichen.'),
  de('empty', ['in deiner e-mail keinen inhalt feststellen können', 'versuche es erneut mit weniger formatierung'],
    'Wir haben in deiner E-Mail keinen Inhalt feststellen können. Wenn du diese E-Mail bekommst, obwohl deine E-Mail Inhalt enthalten hat, versuche es erneut mit weniger Formatierung.'),
  de('attachment', ['leider wurden einige anhänge in deiner e-mail-nachricht'],
    'Leider wurden einige Anhänge in deiner E-Mail-Nachricht an %{destination} (Betreff: %{former_title}) abgelehnt.'),
  de('auto_generated', ['automatisch von einem computer erstellt', 'wir können diese art von e-mails nicht akzeptieren'],
    'Deine E-Mail wurde als „automatisch generiert“ markiert, was bedeutet, dass sie automatisch von einem Computer erstellt und nicht von einem Menschen verfasst wurde; wir können diese Art von E-Mails nicht akzeptieren.'),
  de('invalid_post', ['mögliche gründe sind komplizierte formatierung'],
    'Mögliche Gründe sind komplizierte Formatierung und zu lange oder zu kurze Nachrichten. Bitte versuche es erneut oder veröffentliche deinen Beitrag über die Website.'),
  de('invalid_post_specified', ['wenn du das problem beheben kannst'],
    'Grund: %{post_error} Bitte versuche es erneut, wenn du das Problem beheben kannst.'),
  de('invalid_post_specified.date_invalid', ['kein beitrag-erstelldatum gefunden'],
    'Kein Beitrag-Erstelldatum gefunden. Fehlt der E-Mail ein „Date:“-Header?'),
  de('invalid_post_action', ['die beitragsaktion wurde nicht erkannt'],
    'Die Beitragsaktion wurde nicht erkannt. Bitte versuche es erneut oder erstelle deinen Beitrag auf der Website, wenn der Fehler weiterhin auftritt.'),
  de('parsing', ['wir konnten keine antwort in deiner e-mail finden', 'inline-antworten können wir nicht verarbeiten'],
    'Wir konnten keine Antwort in deiner E-Mail finden. **Vergewissere dich, dass du die Antwort oberhalb der erhaltenen E-Mail eingegeben hast** -- Inline-Antworten können wir nicht verarbeiten.'),
  de('too_many_recipients', ['hat deine e-mail automatisch als spam markiert'],
    'Du hast versucht, mehr als %{max_recipients_count} Personen anzuschreiben, und unser System hat deine E-Mail automatisch als Spam markiert.'),
  de('unrecognized_error', ['unbekannten fehler beim bearbeiten deiner e-mail', 'nicht als beitrag entgegengenommen'],
    'Es gab einen unbekannten Fehler beim Bearbeiten deiner E-Mail und diese wurde nicht als Beitrag entgegengenommen.'),
];

const fr = locale('fr', 'fr');
const FRENCH: readonly KnownReply[] = [
  fr('insufficient_trust_level', ['nouveau sujet via cette adresse e-mail'],
    "Votre compte n'a pas le niveau de confiance requis pour créer un nouveau sujet via cette adresse e-mail."),
  // The French text of invalid_access speaks of trust level too (the English one of privileges).
  fr('invalid_access', ['créer un nouveau sujet dans cette catégorie'],
    "Votre compte n'a pas le niveau de confiance requis pour créer un nouveau sujet dans cette catégorie."),
  fr('strangers_not_allowed', ["uniquement les réponses d'utilisateurs avec un compte valide", 'un compte valide et une adresse e-mail connue'],
    "La catégorie vers laquelle vous avez envoyé cet e-mail autorise uniquement les réponses d'utilisateurs avec un compte valide et une adresse e-mail connue."),
  fr('topic_closed', ["est actuellement fermé et n'accepte plus de réponses"],
    "Le sujet auquel vous répondez est actuellement fermé et n'accepte plus de réponses."),
  fr('reply_not_allowed', ['pas autorisé(e) à répondre au sujet'],
    "Vous n'êtes pas autorisé(e) à répondre au sujet."),
  fr('reply_to_digest', ['vous avez répondu à un e-mail de résumé'],
    "Vous avez répondu à un e-mail de résumé, ce qui n'est pas accepté."),
  fr('user_not_found', ['envoyée depuis une adresse inconnue'],
    "Votre réponse a été envoyée depuis une adresse inconnue. Essayez de l'envoyer depuis une autre adresse ou [contactez un responsable](%{base_url}/about)."),
  fr('screened_email', ['envoyée depuis une adresse bloquée'],
    "Votre réponse a été envoyée depuis une adresse bloquée. Essayez de l'envoyer depuis une autre adresse ou [contactez un responsable](%{base_url}/about)."),
  fr('inactive_user', ["associé à cette adresse n'est pas activé", "veuillez activer votre compte avant d'envoyer des e-mails"],
    "Le compte associé à cette adresse n'est pas activé. Veuillez activer votre compte avant d'envoyer des e-mails."),
  fr('silenced_user', ['cette adresse a été mis en sourdine'],
    'Le compte associé à cette adresse a été mis en sourdine.'),
  fr('reply_user_not_matching', ["d'une autre adresse e-mail que celle attendue", "s'il s'agit de la même personne"],
    "Votre réponse nous est parvenue d'une autre adresse e-mail que celle attendue, nous ne savons donc pas s'il s'agit de la même personne."),
  fr('reply_key', ['la clé de réponse est invalide ou inconnue'],
    'La clé de réponse est invalide ou inconnue et nous ne pouvons pas savoir à quel message s’adresse cette réponse.'),
  fr('bad_destination_address', ['les réponses par e-mail nécessitent que vous utilisiez', 'cet en-tête doit conserver une valeur constante'],
    "Les réponses par e-mail nécessitent que vous utilisiez la même adresse e-mail. … Certains logiciels utilisent malheureusement le champ « From: » à la place, ce qui est incorrect … L'en-tête « Message-ID » de l'e-mail a-t-il été modifié ? Cet en-tête doit conserver une valeur constante."),
  fr('old_destination', ["nous n'acceptons les réponses aux notifications que pendant"],
    "Pour des raisons de sécurité, nous n'acceptons les réponses aux notifications que pendant %{number_of_days} jours. Veuillez vous rendre sur [le sujet](%{short_url}) pour continuer la conversation."),
  fr('topic_not_found', ["le sujet auquel vous répondez n'existe plus"],
    "Le sujet auquel vous répondez n'existe plus."),
  fr('post_too_short', ['les réponses très courtes ne sont pas permises', 'favoriser des discussions plus approfondies'],
    'Afin de favoriser des discussions plus approfondies, les réponses très courtes ne sont pas permises. Est-ce que vous pouvez reformuler votre réponse avec au moins %{count} caractères ?'),
  // The French text of email_reject_empty asks for the reply at the top (the English one says no content was found).
  fr('empty', ['alors que vous aviez inclus une réponse', 'réessayez avec une mise en forme plus simple'],
    "Assurez-vous d'avoir écrit votre réponse au début de l'e-mail. Si vous obtenez ce message alors que vous aviez inclus une réponse, réessayez avec une mise en forme plus simple."),
  fr('attachment', ["mais des pièces jointes à l'e-mail"],
    "Nous sommes désolés, mais des pièces jointes à l'e-mail que vous avez envoyé à %{destination} (intitulé %{former_title}) ont été rejetées."),
  fr('auto_generated', ["créé par un ordinateur au lieu d'être rédigé", "nous ne pouvons pas accepter ce type d'e-mail"],
    "Votre e-mail a été marqué comme « généré automatiquement », ce qui signifie qu'il a été créé par un ordinateur au lieu d'être rédigé par un humain ; nous ne pouvons pas accepter ce type d'e-mail."),
  fr('invalid_post', ['une mise en forme trop complexe', 'un message trop long ou trop court'],
    'Cela peut-être dû à une mise en forme trop complexe ou à un message trop long ou trop court. Veuillez réessayer ou rédigez votre message directement sur le site si le problème persiste.'),
  fr('invalid_post_specified', ['si vous pouvez corriger les erreurs, veuillez réessayer'],
    'Raison : %{post_error} Si vous pouvez corriger les erreurs, veuillez réessayer.'),
  fr('invalid_post_specified.date_invalid', ['aucune date de création de message trouvée', 'manque un en-tête date à cet e-mail'],
    "Aucune date de création de message trouvée. Est-ce qu'il manque un en-tête Date à cet e-mail ?"),
  fr('invalid_post_action', ["le post action n'était pas reconnu"],
    "Le Post Action n'était pas reconnu. Veuillez réessayer ou rédigez votre message directement sur le site si le problème persiste."),
  fr('parsing', ["pas pu trouver votre réponse dans l'e-mail", 'pouvons pas traiter les réponses en ligne'],
    "Nous n'avons pas pu trouver votre réponse dans l'e-mail. **Assurez-vous que votre réponse se trouve au début de l'e-mail** - nous ne pouvons pas traiter les réponses en ligne."),
  fr('too_many_recipients', ['notre système a automatiquement marqué votre e-mail', 'comme étant un courrier indésirable'],
    "Vous avez essayé d'envoyer un e-mail à plus de %{max_recipients_count} personnes et notre système a automatiquement marqué votre e-mail comme étant un courrier indésirable."),
  fr('unrecognized_error', ['une erreur inconnue est survenue lors du traitement'],
    'Une erreur inconnue est survenue lors du traitement de votre e-mail.'),
];

const es = locale('es', 'es');
const SPANISH: readonly KnownReply[] = [
  es('insufficient_trust_level', ['no tiene el nivel de confianza suficiente'],
    'Tu cuenta no tiene el nivel de confianza suficiente para publicar nuevos temas con esta dirección de correo.'),
  es('invalid_access', ['permisos para crear nuevos temas en esta categoría'],
    'Tu cuenta no tiene los permisos para crear nuevos temas en esta categoría.'),
  es('strangers_not_allowed', ['solo permite respuestas de usuarios con cuentas válidas'],
    'La categoría a la que envió este correo electrónico solo permite respuestas de usuarios con cuentas válidas y direcciones de correo electrónico conocidas.'),
  es('topic_closed', ['está cerrado y no permite más respuestas'],
    'El tema al que estás respondiendo está cerrado y no permite más respuestas.'),
  es('reply_not_allowed', ['no tiene los permisos para responder al tema'],
    'Tu cuenta no tiene los permisos para responder al tema.'),
  es('reply_to_digest', ['has respondido a un correo electrónico de resumen'],
    'Has respondido a un correo electrónico de resumen, lo cual no es aceptable.'),
  es('user_not_found', ['se envió desde un correo electrónico desconocido'],
    'Tu respuesta se envió desde un correo electrónico desconocido. Intenta usar otro correo electrónico o [contacta con un miembro del equipo](%{base_url}/about).'),
  es('screened_email', ['desde una dirección de correo electrónico bloqueada'],
    'Tu respuesta se envió desde una dirección de correo electrónico bloqueada. Trata de enviar la respuesta desde otra dirección de correo electrónico o [contacta con un miembro del equipo](%{base_url}/about).'),
  es('inactive_user', ['activa tu cuenta antes de enviar correos electrónicos'],
    'La cuenta asociada a esta dirección de correo electrónico no ha sido activada. Activa tu cuenta antes de enviar correos electrónicos.'),
  es('silenced_user', ['correo electrónico ha sido silenciada'],
    'La cuenta asociada a esta dirección de correo electrónico ha sido silenciada.'),
  es('reply_user_not_matching', ['correo electrónico diferente al que esperábamos', 'seguros de que seas la misma persona'],
    'Tu respuesta se envió desde un correo electrónico diferente al que esperábamos, así que no estamos seguros de que seas la misma persona.'),
  es('reply_key', ['la clave de respuesta no es válida'],
    'La clave de respuesta no es válida o es desconocida, así que no podemos determinar a qué estás respondiendo.'),
  es('bad_destination_address', ['que uses la misma dirección para responder', 'algunos programas responden a propiedad from:', 'se ha modificado el encabezado del correo message-id'],
    'Es necesario que uses la misma dirección para responder que la que usaste originalmente … Por desgracia, algunos programas responden a propiedad From:, que en este caso no funciona. … ¿Se ha modificado el encabezado del correo Message-ID? No debe cambiarse.'),
  es('old_destination', ['solo aceptamos respuestas a las notificaciones originales'],
    'Solo aceptamos respuestas a las notificaciones originales durante %{number_of_days} días. [Visita el tema](%{short_url}) para seguir con la conversación.'),
  es('topic_not_found', ['tema al que estás respondiendo ya no existe'],
    'El tema al que estás respondiendo ya no existe -- ¿quizás ha sido eliminado?'),
  es('post_too_short', ['no están permitidas las respuestas muy cortas'],
    'Para asegurar la calidad de las conversaciones, no están permitidas las respuestas muy cortas. ¿Podrías responder con al menos %{count} caracteres?'),
  es('empty', ['no pudimos encontrar contenido de respuesta', 'inténtalo de nuevo con un formato más simple'],
    'No pudimos encontrar contenido de respuesta en tu correo electrónico. Si estás teniendo este problema y _sí_ incluiste contenido, inténtalo de nuevo con un formato más simple.'),
  es('attachment', ['algunos archivos adjuntos de tu correo electrónico'],
    'Lamentablemente, algunos archivos adjuntos de tu correo electrónico a %{destination} (con el título %{former_title}) han sido rechazados.'),
  es('auto_generated', ['creado automáticamente por un ordenador', 'no podemos aceptar este tipo de correos'],
    'Tu correo electrónico ha sido marcado como «autogenerado», lo que significa que ha sido creado automáticamente por un ordenador en lugar de haber sido escrito por un ser humano; no podemos aceptar este tipo de correos.'),
  es('invalid_post', ['formato complejo, mensaje demasiado extenso o demasiado breve'],
    'Las posibles causas son: formato complejo, mensaje demasiado extenso o demasiado breve. Inténtalo de nuevo o publica a través del sitio web si el problema continúa.'),
  es('invalid_post_specified', ['si puedes corregir el problema sugerido'],
    'Razón: %{post_error} Si puedes corregir el problema sugerido, inténtalo de nuevo.'),
  es('invalid_post_specified.date_invalid', ['no hay fecha de creación de la publicación'],
    'No hay fecha de creación de la publicación. ¿Le falta al correo electrónico un encabezado de Date:?'),
  es('invalid_post_action', ['la acción de publicación no se reconoce'],
    'La acción de publicación no se reconoce. Inténtalo más tarde o envía el mensaje desde el sitio web de forma tradicional si el error continua.'),
  es('parsing', ['no podemos analizar respuestas entre líneas', 'tu entera respuesta al principio del correo'],
    'No hemos encontrado tu respuesta en el correo electrónico. **Asegúrate de escribir tu entera respuesta al principio del correo** - no podemos analizar respuestas entre líneas.'),
  es('too_many_recipients', ['nuestro sistema ha etiquetado automáticamente tu correo'],
    'Has intentado enviar un correo electrónico a más de %{max_recipients_count} personas y nuestro sistema ha etiquetado automáticamente tu correo electrónico como spam.'),
  es('unrecognized_error', ['error desconocido mientras se procesaba tu correo'],
    'Se produjo un error desconocido mientras se procesaba tu correo electrónico y no se pudo publicar.'),
];

const pt = locale('pt_BR', 'pt');
const PORTUGUESE: readonly KnownReply[] = [
  pt('insufficient_trust_level', ['não tem o nível de confiança necessário'],
    'Sua conta não tem o nível de confiança necessário para postar novos tópicos para este endereço de e-mail.'),
  pt('invalid_access', ['privilégios para postar novos tópicos nesta categoria'],
    'Sua conta não tem os privilégios para postar novos tópicos nesta categoria.'),
  pt('strangers_not_allowed', ['com contas válidas e endereços de e-mail conhecidos'],
    'A categoria para a qual você enviou este e-mail permite somente respostas de usuários(as) com contas válidas e endereços de e-mail conhecidos.'),
  pt('topic_closed', ['fechado por enquanto e não aceita mais respostas'],
    'O tópico ao o qual você está respondendo está fechado por enquanto e não aceita mais respostas.'),
  pt('reply_not_allowed', ['não tem permissão para responder ao tópico'],
    'Você não tem permissão para responder ao tópico.'),
  pt('reply_to_digest', ['você respondeu ao e-mail de resumo'],
    'Você respondeu ao e-mail de resumo, o que não é permitido.'),
  pt('user_not_found', ['enviada de um endereço de e-mail desconhecido'],
    'Sua resposta foi enviada de um endereço de e-mail desconhecido. Tente enviar por outro endereço de e-mail, ou [entre em contato com um membro da equipe](%{base_url}/about).'),
  pt('screened_email', ['enviada de um endereço de e-mail bloqueado'],
    'Sua resposta foi enviada de um endereço de e-mail bloqueado. Tente enviar de um outro endereço de e-mail, ou [entre em contato com um membro da equipe](%{base_url}/about).'),
  pt('inactive_user', ['endereço de e-mail não está ativada', 'ative sua conta antes de enviar e-mails'],
    'Sua conta associada a este endereço de e-mail não está ativada. Ative sua conta antes de enviar e-mails.'),
  pt('silenced_user', ['endereço de e-mail foi silenciada'],
    'Sua conta associada a este endereço de e-mail foi silenciada.'),
  pt('reply_user_not_matching', ['endereço de e-mail diferente do esperado', 'não temos certeza se é a mesma pessoa'],
    'Sua resposta foi enviada de um endereço de e-mail diferente do esperado, por isso não temos certeza se é a mesma pessoa.'),
  pt('reply_key', ['a chave de resposta no e-mail é inválida'],
    'A chave de resposta no e-mail é inválida ou desconhecida, por isso não podemos descobrir ao que este e-mail está respondendo.'),
  pt('bad_destination_address', ['usar o mesmo endereço de e-mail ao responder', 'a id da mensagem não pode ser alterada'],
    'É preciso usar o mesmo endereço de e-mail ao responder. … Infelizmente alguns softwares de e-mail enviam respostas para o endereço em "De:", o que não funciona. … A ID da mensagem não pode ser alterada e deve ser consistente.'),
  pt('old_destination', ['só aceitamos respostas às notificações originais'],
    'Só aceitamos respostas às notificações originais por %{number_of_days} dias. [Acesse o tópico](%{short_url}) para continuar a conversa.'),
  pt('topic_not_found', ['você está respondendo não existe mais'],
    'O tópico para o qual você está respondendo não existe mais, pode ter sido excluído.'),
  pt('post_too_short', ['respostas muito curtas não são permitidas'],
    'Para promover conversas mais complexas, respostas muito curtas não são permitidas. Você pode responder com pelo menos %{count} caracteres?'),
  pt('empty', ['não foi possível conteúdo na resposta', 'tente novamente com uma formatação mais simples'],
    'Não foi possível conteúdo na resposta no seu e-mail. Se você está recebendo isso e você incluiu uma resposta, tente novamente com uma formatação mais simples.'),
  pt('attachment', ['alguns anexos em sua mensagem de e-mail'],
    'Infelizmente alguns anexos em sua mensagem de e-mail para %{destination} (com o título de %{former_title}) foram rejeitados.'),
  pt('auto_generated', ['criado automaticamente por um computador', 'não podemos aceitar esses tipos de e-mails'],
    'Seu e-mail foi marcado como "gerado automaticamente", o que significa que foi criado automaticamente por um computador em vez de ser digitado por um ser humano. Não podemos aceitar esses tipos de e-mails.'),
  pt('invalid_post', ['formatação complexa, mensagem muito grande, mensagem muito pequena'],
    'Algumas causas possíveis são: formatação complexa, mensagem muito grande, mensagem muito pequena. Tente novamente, ou poste pelo site se isso continuar.'),
  pt('invalid_post_specified', ['se você puder corrigir o problema, tente novamente'],
    'Motivo: %{post_error} Se você puder corrigir o problema, tente novamente.'),
  pt('invalid_post_specified.date_invalid', ['nenhuma data de criação para postagem foi encontrada'],
    'Nenhuma data de criação para postagem foi encontrada. Falta data no e-mail: cabeçalho?'),
  pt('invalid_post_action', ['a ação de postagem não foi reconhecida'],
    'A ação de postagem não foi reconhecida. Tente novamente, ou poste pelo site se isso continuar.'),
  pt('parsing', ['não foi possível processar respostas em linha', 'verifique se sua resposta está no topo'],
    'Não pudemos encontrar seu resposta no e-mail. **Verifique se sua resposta está no topo do e-mail**, não foi possível processar respostas em linha.'),
  pt('too_many_recipients', ['nosso sistema marcou automaticamente seu e-mail como spam'],
    'Você tentou enviar e-mail para mais de %{max_recipients_count} pessoas e nosso sistema marcou automaticamente seu e-mail como spam.'),
  pt('unrecognized_error', ['erro não reconhecido ao processar seu e-mail'],
    'Ocorreu um erro não reconhecido ao processar seu e-mail e ele não foi publicado.'),
];

const nl = locale('nl', 'nl');
const DUTCH: readonly KnownReply[] = [
  nl('insufficient_trust_level', ['heeft niet het vereiste vertrouwensniveau'],
    'Je account heeft niet het vereiste vertrouwensniveau om nieuwe topics te plaatsen naar dit e-mailadres.'),
  nl('invalid_access', ['om nieuwe topics te plaatsen in die categorie'],
    'Je account heeft geen toestemming om nieuwe topics te plaatsen in die categorie.'),
  nl('strangers_not_allowed', ['alleen antwoorden toe van gebruikers met geldige accounts'],
    'De categorie waarnaar je deze e-mail hebt verzonden, staat alleen antwoorden toe van gebruikers met geldige accounts en bekende e-mailadressen.'),
  nl('topic_closed', ['is gesloten en accepteert geen antwoorden meer'],
    'Het topic waarop je antwoordt is gesloten en accepteert geen antwoorden meer.'),
  nl('reply_not_allowed', ['geen toestemming om te antwoorden op het topic'],
    'Je hebt geen toestemming om te antwoorden op het topic.'),
  nl('reply_to_digest', ['geantwoord op een samenvattings-e-mail'],
    'Je hebt geantwoord op een samenvattings-e-mail, wat niet is toegestaan.'),
  nl('user_not_found', ['verzonden vanaf een onbekend e-mailadres'],
    'Je antwoord is verzonden vanaf een onbekend e-mailadres. Probeer te verzenden vanaf een ander e-mailadres, of [neem contact op met een medewerker](%{base_url}/about).'),
  nl('screened_email', ['verzonden vanaf een geblokkeerd e-mailadres'],
    'Je antwoord is verzonden vanaf een geblokkeerd e-mailadres. Probeer te verzenden vanaf een ander e-mailadres, of [neem contact op met een medewerker](%{base_url}/about).'),
  nl('inactive_user', ['gekoppelde account is niet geactiveerd', 'activeer je account voordat je e-mails instuurt'],
    'Je aan dit e-mailadres gekoppelde account is niet geactiveerd. Activeer je account voordat je e-mails instuurt.'),
  nl('silenced_user', ['gekoppelde account is gedempt'],
    'Je aan dit e-mailadres gekoppelde account is gedempt.'),
  nl('reply_user_not_matching', ['ander e-mailadres dan wat we verwachtten', 'niet zeker of dit dezelfde persoon is'],
    'Je antwoord is verzonden vanaf een ander e-mailadres dan wat we verwachtten, dus we weten niet zeker of dit dezelfde persoon is.'),
  nl('reply_key', ['de antwoordsleutel in de e-mail is ongeldig'],
    'De antwoordsleutel in de e-mail is ongeldig of onbekend, dus we kunnen niet achterhalen waarop deze e-mail een antwoord is.'),
  nl('bad_destination_address', ['e-mailantwoorden vereisen dat je hetzelfde e-mailadres gebruikt', 'de message-id moet consistent en ongewijzigd zijn'],
    'E-mailantwoorden vereisen dat je hetzelfde e-mailadres gebruikt om te antwoorden. … Helaas stuurt sommige e-mailsoftware ten onrechte antwoorden naar het Van:-adres, wat niet werkt. … De Message-ID moet consistent en ongewijzigd zijn.'),
  nl('old_destination', ['alleen antwoorden op originele meldingen gedurende'],
    'We accepteren alleen antwoorden op originele meldingen gedurende %{number_of_days} dagen. [Ga naar het topic](%{short_url}) om het gesprek voort te zetten.'),
  nl('topic_not_found', ['het topic waarop je antwoordt bestaat niet meer'],
    'Het topic waarop je antwoordt bestaat niet meer. Misschien is het verwijderd?'),
  nl('post_too_short', ['zeer korte antwoorden niet toegestaan'],
    'Om diepgaandere gesprekken te bevorderen, zijn zeer korte antwoorden niet toegestaan. Kun je antwoorden met minimaal %{count} tekens?'),
  nl('empty', ['we konden geen antwoordtekst vinden', 'opnieuw proberen met een eenvoudigere opmaak'],
    'We konden geen antwoordtekst vinden in je e-mail. Als je deze melding ziet en _wel_ een antwoord had bijgevoegd, kun je het opnieuw proberen met een eenvoudigere opmaak.'),
  nl('attachment', ['sommige bijlagen bij je e-mailbericht'],
    'Sommige bijlagen bij je e-mailbericht aan %{destination} (getiteld %{former_title}) zijn helaas geweigerd.'),
  nl('auto_generated', ['automatisch is gemaakt door een computer', 'we kunnen dat soort e-mails niet accepteren'],
    'Je e-mail is gemarkeerd als "automatisch gegenereerd", wat betekent dat deze automatisch is gemaakt door een computer in plaats van te zijn getypt door een mens. We kunnen dat soort e-mails niet accepteren.'),
  nl('invalid_post', ['complexe opmaak, bericht te groot, bericht te klein'],
    'Enkele mogelijke oorzaken zijn: complexe opmaak, bericht te groot, bericht te klein. Probeer het opnieuw, of plaats je bericht via de website als dit aanhoudt.'),
  nl('invalid_post_specified', ['als je het probleem kunt oplossen'],
    'Reden: %{post_error} Als je het probleem kunt oplossen, probeer het dan opnieuw.'),
  nl('invalid_post_specified.date_invalid', ['geen datum bericht gemaakt gevonden'],
    'Geen datum bericht gemaakt gevonden. Ontbreekt een Date:-header in de e-mail?'),
  nl('invalid_post_action', ['de plaatsingsactie werd niet herkend'],
    'De plaatsingsactie werd niet herkend. Probeer het opnieuw of plaats je bericht via de website als het nog steeds niet lukt.'),
  nl('parsing', ['je antwoord niet in de e-mail vinden', 'we kunnen ingebedde reacties niet verwerken'],
    'We konden je antwoord niet in de e-mail vinden. **Zorg dat je antwoord zich boven in de e-mail staat**, we kunnen ingebedde reacties niet verwerken.'),
  nl('too_many_recipients', ['heeft je e-mail automatisch gemarkeerd als spam'],
    'Je hebt geprobeerd meer dan %{max_recipients_count} mensen te e-mailen en ons systeem heeft je e-mail automatisch gemarkeerd als spam.'),
  nl('unrecognized_error', ['onbekende fout opgetreden tijdens het verwerken'],
    'Er is een onbekende fout opgetreden tijdens het verwerken van je e-mail, deze is niet geplaatst.'),
];

export const DISCOURSE_INCOMING: KnowledgeSource = {
  id: 'discourse-incoming',
  name: 'Discourse incoming email',
  kind: 'mailbox-provider',
  reference: DC_EN,
  replies: [...ENGLISH, ...GERMAN, ...FRENCH, ...SPANISH, ...PORTUGUESE, ...DUTCH],
};
