/**
 * Mailing-list managers refusing a post: the notice the poster gets when the list will not distribute a message
 * (not a member, posting restricted to moderators or owners, a moderator rejected it, no moderator acted in time). The
 * list, not its server, decides who may write — taxonomy.md's recipient-policy. Each text is the program's own default,
 * read in its source or in the templates and message catalogues it ships (English and the translations it ships).
 *
 * Hold notices are not refusals: the post may still go out. Mailman's own are here all the same — "Your message to …
 * awaits moderator approval", the subject in 2.1's Hold.py and 3's chains/hold.py, and "… is being held until the list
 * moderator can review it for approval", the body — as the list's restriction (who may post without a moderator's
 * approval), which is what the poster asks about. Other programs' hold frames ("has been forwarded to the
 * moderator(s)") are left out.
 */
import { entries as entry, LIST_HELD } from './entry';
import type { KnowledgeSource } from './types';

// GNU Mailman 2.1: Mailman/Handlers/Moderate.py (do_reject), Mailman/Handlers/Hold.py (the rejection texts a moderator's
// refusal quotes), Mailman/ListAdmin.py with templates/en/refuse.txt.
const MM2_MODERATE = 'jurov/gnu-mailman Mailman/Handlers/Moderate.py (GNU Mailman 2.1, do_reject)';
const MM2_HOLD = 'terencehonles/mailman Mailman/Handlers/Hold.py (GNU Mailman 2.1)';
const mm2 = entry('mailman', MM2_MODERATE);

export const MAILMAN: KnowledgeSource = {
  id: 'mailman',
  name: 'GNU Mailman',
  kind: 'mta',
  reference: 'https://www.list.org/',
  replies: [
    mm2('nonmember-rejected', 'recipient-policy', ['not allowed to post to this mailing list'],
      'You are not allowed to post to this mailing list, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at %(listowner)s.'),
    mm2('dmarc-rejected', 'recipient-policy', ['publishes a dmarc policy of reject or quarantine'],
      'You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.'),
    mm2('nonmembers-not-allowed', 'recipient-policy', ['non-members are not allowed to post'],
      'Non-members are not allowed to post messages to this list.', { source: MM2_HOLD }),
    mm2('forbidden', 'recipient-policy', ['forbidden from posting messages to this list'],
      'You are forbidden from posting messages to this list.', { source: MM2_HOLD }),
    mm2('not-approved', 'recipient-policy', ['this list is restricted; your message was not approved'],
      'This list is restricted; your message was not approved.', { source: MM2_HOLD }),
    mm2('deemed-inappropriate', 'recipient-policy', ['deemed inappropriate by the moderator'],
      'Your message was deemed inappropriate by the moderator.', { source: MM2_HOLD }),
    // The reasons a post is held for the moderator (Hold.py's HoldMessage classes), quoted in the notice "Your mail to
    // '…' … is being held until the list moderator can review it for approval. The reason it is being held: …".
    mm2('held-for-moderator', 'recipient-policy', ['is being held until the list moderator', 'awaits moderator approval'],
      'Your mail to %(listname)s with the subject %(subject)s Is being held until the list moderator can review it for approval.', { source: MM2_HOLD, variant: LIST_HELD }),
    mm2('held-moderated', 'recipient-policy', ['post to moderated list'], 'Post to moderated list', { source: MM2_HOLD }),
    mm2('held-non-member', 'recipient-policy', ['post by non-member to a members-only list'], 'Post by non-member to a members-only list', { source: MM2_HOLD }),
    mm2('held-restricted', 'recipient-policy', ['posting to a restricted list by sender requires approval'], 'Posting to a restricted list by sender requires approval', { source: MM2_HOLD }),
    mm2('held-forbidden', 'recipient-policy', ['sender is explicitly forbidden'], 'Sender is explicitly forbidden', { source: MM2_HOLD }),
    mm2('held-implicit', 'recipient-policy', ['message has implicit destination'], 'Message has implicit destination', { source: MM2_HOLD }),
    // The list's max_num_recipients: a post addressed to more people than it allows waits for the moderator (a list's
    // rule about who and how many may be written to at once, not a sending limit of a server).
    mm2('held-too-many-recipients', 'recipient-policy', ['too many recipients to the message', 'please trim the recipient list'],
      'Too many recipients to the message (rejected: "Please trim the recipient list; it is too long.")', { source: MM2_HOLD }),
    // The list's bounce_matching_headers: a header the list owner listed as suspicious holds the post for the moderator.
    mm2('held-suspicious-header', 'recipient-policy', ['message has a suspicious header'], 'Message has a suspicious header', { source: MM2_HOLD }),
    mm2('held-body-too-big', 'message-size', ['message body is too big'], 'Message body is too big: %d bytes with a limit of %d KB', { source: MM2_HOLD }),
    mm2('too-big', 'message-size', ['your message was too big; please trim it'],
      'Your message was too big; please trim it to less than %(kb)d KB in size.', { source: MM2_HOLD }),
    mm2('refused-by-moderator', 'recipient-policy', ['has been rejected by the list moderator'],
      'Your request to the %(listname)s mailing list — Posting of your message titled "%(subject)s" — has been rejected by the list moderator.  The moderator gave the following reason for rejecting your request: …',
      { source: 'jurov/gnu-mailman Mailman/ListAdmin.py (GNU Mailman 2.1); terencehonles/mailman src/mailman/templates/en/refuse.txt (Mailman 3)' }),
    // Mailman 3.3.8 (Debian bookworm's mailman3 package): templates/<ll>/list:user:notice:rejected.txt, the reasons of
    // rules/*.py and their translations in messages/<ll>/LC_MESSAGES/mailman.po.
    ...[
      ['rejected-frame', 'en', 'mailing-list was rejected for the following', 'Your message to the $listname mailing-list was rejected for the following reasons: $reasons. The original message as received by Mailman is attached.'],
      ['rejected-frame-de', 'de', 'ihre nachricht an die mailingliste', 'Ihre Nachricht an die Mailingliste $listname wurde mit folgender Begründung abgelehnt:'],
      ['rejected-frame-fr', 'fr', 'à destination de la liste de diffusion', 'Votre message à destination de la liste de diffusion $listname a été rejeté pour les raisons suivantes :'],
      ['rejected-frame-es', 'es', 'su mensaje a la lista de correos', 'Su mensaje a la lista de correos $listname ha sido rechazado por las siguientes razones:'],
      ['not-a-member', 'en', 'not from a list member', 'The message is not from a list member'],
      ['not-a-member-de', 'de', 'nicht von einem listenmitglied', 'Die Nachricht stammt nicht von einem Listenmitglied'],
      ['not-a-member-fr', 'fr', "n'est pas d'un membre de la liste", "Le message n'est pas d'un membre de la liste"],
      ['not-a-member-es', 'es', 'no es de un miembro de la lista', 'El mensaje no es de un miembro de la lista'],
      ['banned', 'en', 'is banned from this list', 'Message sender {} is banned from this list'],
      ['moderated-member', 'en', 'comes from a moderated member', 'The message comes from a moderated member'],
    ].map(([id, lang, phrase, text]) =>
      mm2(`3.${id}`, 'recipient-policy', [phrase as string], text as string, {
        source: 'wikimedia/operations-debs-mailman3 src/mailman/rules/moderation.py (GNU Mailman 3; with templates/*/list:user:notice:rejected.txt, rules/banned_address.py and messages/*/mailman.po of Mailman 3.3.8 as Debian ships it)',
        ...(lang === 'en' ? {} : { lang: lang as string }),
      }),
    ),
  ],
};

// Sympa 6.2.70 (Debian bookworm's sympa package): mail_tt2/delivery_status_notification.tt2 and report.tt2 (the "auth"
// reasons of the send scenarios), mail_tt2/reject.tt2, and the translations in locale/<ll>/LC_MESSAGES/sympa.mo.
const SYMPA_SRC = 'sympa-community/sympa default/mail_tt2/report.tt2 (with delivery_status_notification.tt2, reject.tt2 and the fr/de/es catalogues of Sympa 6.2.70 as Debian ships it)';
const sympa = entry('sympa', SYMPA_SRC);
const SYMPA_REFUSALS: [string, string, string, string][] = [
  // The frame of the refusal (Status 5.7.1 in its delivery report).
  ['not-allowed', 'en', 'not allowed to send this message for the following reason', "Your message for list '%1' (attached below) was rejected. You are not allowed to send this message for the following reason:"],
  ['not-allowed-fr', 'fr', "vous n'êtes pas autorisé à diffuser ce message", "Votre message pour la liste '%1' (ci-joint) a été rejeté. Vous n'êtes pas autorisé à diffuser ce message pour la raison suivante :"],
  ['not-allowed-de', 'de', 'sie dürfen aus folgendem grund diese nachricht nicht senden', "Ihre Nachricht an die Liste '%1' (unten angehängt) wurde zurückgewiesen. Sie dürfen aus folgendem Grund diese Nachricht nicht senden:"],
  ['not-allowed-es', 'es', 'no tienes permiso para enviar este mensaje', "Se ha rechazado tu mensaje a la lista '%1' (adjunto más abajo). No tienes permiso para enviar este mensaje por la siguiente razón:"],
  ['authorization-denied', 'en', 'message distribution: authorization denied', 'Message distribution: Authorization denied'],
  ['authorization-denied-fr', 'fr', "diffusion de message : erreur d'autorisation", "Diffusion de message : erreur d'autorisation"],
  // The reasons.
  ['subscribers-only', 'en', 'restricted to list subscribers', 'Message distribution in the list is restricted to list subscribers.'],
  ['subscribers-only-fr', 'fr', 'est réservée aux abonnés', 'La diffusion de messages dans la liste est réservée aux abonnés.'],
  ['subscribers-only-de', 'de', 'ist auf abonnenten beschränkt', 'Nachrichtenverteilung auf dieser Liste ist auf Abonnenten beschränkt.'],
  ['subscribers-only-es', 'es', 'está restringida a los suscriptores', 'La distribución de mensajes en esta lista está restringida a los suscriptores.'],
  ['moderators-only', 'en', 'restricted to list moderators', 'Message distribution for this list is restricted to list moderators.'],
  ['moderators-only-fr', 'fr', 'est réservée aux modérateurs', 'La diffusion de message est réservée aux modérateurs.'],
  ['moderators-only-de', 'de', 'nur durch moderatoren möglich', 'Nachrichtenverteilung für diese Liste ist nur durch Moderatoren möglich.'],
  ['moderators-only-es', 'es', 'está restringida al moderador', 'La distribución de mensajes en esta lista está restringida al moderador.'],
  ['owners-only', 'en', 'restricted to list owners', 'Message distribution for this list is restricted to list owners.'],
  ['owners-only-fr', 'fr', 'réservée aux propriétaires de la liste', 'La diffusion de message est réservée aux propriétaires de la liste.'],
  ['closed', 'en', 'message distribution in this list is not allowed', 'Message distribution in this list is not allowed.'],
  ['closed-fr', 'fr', 'la diffusion des messages dans la liste est interdite', 'La diffusion des messages dans la liste est interdite.'],
  ['closed-de', 'de', 'nachrichtenverteilung auf dieser liste ist nicht erlaubt', 'Nachrichtenverteilung auf dieser Liste ist nicht erlaubt.'],
  ['closed-es', 'es', 'la distribución de mensajes en esta lista no está permitida', 'La distribución de mensajes en esta lista no está permitida.'],
  // A moderator refused it (reject.tt2).
  ['moderator-rejected', 'en', 'has been rejected by the moderator', 'Your message for list %1@%2 has been rejected by the moderator (%3).'],
  ['moderator-rejected-fr', 'fr', 'modérateur de la liste', 'Votre message pour la liste %1@%2 a été rejeté par %3, modérateur de la liste.'],
  ['moderator-rejected-de', 'de', 'wurde durch den moderator', 'Ihre Nachricht an die Liste %1@%2 wurde durch den Moderator (%3) abgelehnt.'],
  ['moderator-rejected-es', 'es', 'fue rechazado por el moderador', 'Tu mensaje para la lista %1@%2 fue rechazado por el moderador (%3).'],
];

export const SYMPA: KnowledgeSource = {
  id: 'sympa',
  name: 'Sympa',
  kind: 'mta',
  reference: 'https://www.sympa.community/',
  replies: [
    ...SYMPA_REFUSALS.map(([id, lang, phrase, text]) => sympa(id, 'recipient-policy', [phrase], text, lang === 'en' ? {} : { lang })),
    // The list does not exist: an unknown address (Diagnostic-Code "X-Sympa; Bad destination mailbox address").
    sympa('list-unknown', 'recipient-unknown', ['is not a known mailing list'], 'The following address is not a known mailing list:'),
    sympa('list-unknown-fr', 'recipient-unknown', ["n'est pas une liste connue"], "L'adresse suivante n'est pas une liste connue :", { lang: 'fr' }),
    sympa('list-unknown-de', 'recipient-unknown', ['ist keine bekannte verteilerliste'], 'Die folgende Adresse ist keine bekannte Verteilerliste:', { lang: 'de' }),
  ],
};

// ezmlm-idx: lang/<ll>/messages and lang/<ll>/text/{mod-reject,mod-timeout}. The first three reach the poster inside
// qmail's own failure notice (the program exits 100 with the text), the last two as ezmlm's "Returned post for …".
const EZMLM_SRC = 'bruceg/ezmlm-idx lang/en_US/messages, lang/de/messages, lang/*/text/mod-reject and text/mod-timeout';
const ezmlm = entry('ezmlm', EZMLM_SRC);

export const EZMLM: KnowledgeSource = {
  id: 'ezmlm',
  name: 'ezmlm / ezmlm-idx',
  kind: 'mta',
  reference: 'https://github.com/bruceg/ezmlm-idx',
  replies: [
    ezmlm('subscribers-only', 'recipient-policy', ['only subscribers may post'], 'Sorry, only subscribers may post. If you are a subscriber, please forward this message to <#L#>-owner@<#H#> to get your new address included.'),
    ezmlm('subscribers-only-de', 'recipient-policy', ['nur nachrichten von abonnenten der liste'], 'Es werden nur Nachrichten von Abonnenten der Liste akzeptiert.', { lang: 'de' }),
    ezmlm('deny-list', 'recipient-policy', ["i've been told to reject your posts"], "Sorry, I've been told to reject your posts. Contact <#L#>-owner@<#H#> if you have questions about this."),
    ezmlm('moderators-only', 'recipient-policy', ['not allowed to post messages to this list'], "I'm sorry, you are not allowed to post messages to this list (#5.7.2)"),
    ezmlm('moderators-only-de', 'recipient-policy', ['sie dürfen keine nachrichten an diese listen senden'], 'Tut mir leid, Sie dürfen keine Nachrichten an diese Listen senden (#5.7.2)', { lang: 'de' }),
    ezmlm('moderator-rejected', 'recipient-policy', ['was not accepted by the moderator'], "I'm sorry, your message (enclosed) was not accepted by the moderator. If the moderator has made any comments, they are shown below."),
    ezmlm('moderator-rejected-fr', 'recipient-policy', ["n'a pas ete accepte par le moderateur"], "Je suis desole, votre message n'a pas ete accepte par le moderateur.", { lang: 'fr' }),
    // ezmlm-warn's notice to a subscriber whose address has bounced (text/bounce-warn, then text/bounce-probe): the
    // cause is in the bounce it encloses, not in its own words.
    ezmlm('bounce-warn', 'unknown', ['seem to have been bouncing'], "Messages to you from the <#L#> mailing list seem to have been bouncing. I've attached a copy of the first bounce message I received. If this message bounces too, I will send you a probe.", { source: 'bruceg/ezmlm-idx ezmlm-mktab / lang/en_US/text/bounce-warn' }),
    ezmlm('moderation-timeout', 'recipient-policy', ['have failed to act on your post'], "I'm sorry, the list moderators for the <#L#> list have failed to act on your post. Thus, I'm returning it to you."),
    ezmlm('moderation-timeout-de', 'recipient-policy', ['keiner der moderatoren ihre nachricht bearbeitet'], 'Leider hat keiner der Moderatoren Ihre Nachricht bearbeitet. Deswegen schicke ich sie Ihnen zurück.', { lang: 'de' }),
    ezmlm('moderation-timeout-fr', 'recipient-policy', ["n'ont pas reagit a votre participation"], "Je suis desole, les moderateurs de la liste n'ont pas reagit a votre participation. Donc, je vous la renvoie.", { lang: 'fr' }),
    // ezmlm-reject's refusals of a post's content and form (lang/en_US/messages ERR_*): its MIME-type, size and subject
    // rules. The status ezmlm gives them (#5.2.3 "message length exceeds administrative limit" for all three MIME and
    // size rules) says only that a rule of the list refused it; the words say which.
    ezmlm('bad-part', 'content-policy', ['a message part has an unacceptable mime content-type'], "Sorry, a message part has an unacceptable MIME Content-Type: '<#1#>' (#5.2.3)", { status: '5.2.3' }),
    ezmlm('bad-type', 'content-policy', ["i don't accept messages of mime content-type"], "Sorry, I don't accept messages of MIME Content-Type '<#1#>' (#5.2.3)", { status: '5.2.3' }),
    ezmlm('bad-all', 'content-policy', ['after removing unacceptable mime parts from your message'], 'Sorry, after removing unacceptable MIME parts from your message I was left with nothing (#5.7.0)', { status: '5.7.0' }),
    ezmlm('max-size', 'message-size', ["i don't accept messages larger than"], "Sorry, I don't accept messages larger than <#1#> bytes (#5.2.3)", { status: '5.2.3' }),
    ezmlm('min-size', 'content-policy', ["i don't accept messages shorter than"], "Sorry, I don't accept messages shorter than <#1#> bytes (#5.2.3)", { status: '5.2.3' }),
    ezmlm('no-subject', 'content-policy', ["i don't accept message with empty subject"], "Sorry, I don't accept message with empty Subject (#5.7.0)", { status: '5.7.0' }),
    ezmlm('subject-command', 'content-policy', ["i don't accept commands in the subject line"], "Sorry, I don't accept commands in the subject line. Please send a message to the -help address shown in the the ``Mailing-List:'' header for command info (#5.7.0)", { status: '5.7.0' }),
    ezmlm('list-not-addressed', 'recipient-policy', ['list address must be in to: or cc:'], 'List address must be in To: or Cc: (#5.7.0)', { status: '5.7.0' }),
  ],
};

// fml 4: messages/English/info and messages/Japanese/info (the "info.reject" text kern/fml.pl's RejectHandler sends
// when the list has no deny file of its own).
const fml = entry('fml', 'fmlorg/fml4 messages/English/info, messages/Japanese/info (info.reject)');

export const FML: KnowledgeSource = {
  id: 'fml',
  name: 'fml',
  kind: 'mta',
  reference: 'https://github.com/fmlorg/fml4',
  replies: [
    fml('not-a-member', 'recipient-policy', ['not a member of this mailing list'], 'You are not a member of this mailing list. You cannot post here. If you want to subscribe, please contact the list maintainer.'),
    fml('not-a-member-ja', 'recipient-policy', ['メンバーではないため投稿はできません'], 'あなたはメーリングリストの メンバーではないため投稿はできません。', { lang: 'ja' }),
  ],
};

// mlmmj 1.3.0 (Debian bookworm's mlmmj package): text.skel/<ll>/deny-post, the reason after "was unable to be
// delivered to the list".
const mlmmj = entry('mlmmj', 'https://mlmmj.org/ — mlmmj 1.3.0 text.skel/en/deny-post, text.skel/de/deny-post, text.skel/fr/deny-post (as Debian ships it)');

export const MLMMJ: KnowledgeSource = {
  id: 'mlmmj',
  name: 'mlmmj',
  kind: 'mta',
  reference: 'https://mlmmj.org/',
  replies: [
    mlmmj('not-a-subscriber', 'recipient-policy', ['because you are not a list subscriber'], 'The message from <$posteraddr$> with subject "$subject$" was unable to be delivered to the list because you are not a list subscriber.'),
    mlmmj('not-a-subscriber-de', 'recipient-policy', ['weil sie die liste nicht abonniert haben'], '… weil Sie die Liste nicht abonniert haben.', { lang: 'de' }),
    mlmmj('not-a-subscriber-fr', 'recipient-policy', ["vous n'êtes pas un inscrit de la liste"], "… parce que vous n'êtes pas un inscrit de la liste.", { lang: 'fr' }),
    mlmmj('not-a-moderator', 'recipient-policy', ['because you are not a list moderator'], '… was unable to be delivered to the list because you are not a list moderator.'),
    mlmmj('access-rule', 'recipient-policy', ['access rule set up by the list administrator'], '… was unable to be delivered to the list because of an access rule set up by the list administrator.'),
    mlmmj('moderator-rejected', 'recipient-policy', ['because a moderator rejected it'], '… was unable to be delivered to the list because a moderator rejected it.'),
    mlmmj('moderation-timeout', 'recipient-policy', ['without any moderator releasing it'], '… was unable to be delivered to the list because too much time passed without any moderator releasing it.'),
  ],
};

// vger.kernel.org, the list server of the Linux kernel's (and git's) mailing lists: plain text only. An HTML part is
// refused by its content filter as a spam signal (Ted Ts'o on the git list, explaining the policy); its reply is quoted
// verbatim in many list messages.
const VGER_POLICY = 'https://www.mail-archive.com/git@vger.kernel.org/msg05722.html';
const vger = entry('vger', VGER_POLICY);

export const VGER: KnowledgeSource = {
  id: 'vger',
  name: "vger.kernel.org (the Linux kernel's list server)",
  kind: 'mta',
  reference: VGER_POLICY,
  replies: [
    // The list takes text/plain only: the HTML part is the content its policy refuses (the words "SPAM or Outlook
    // Virus" are its reason for the rule, not a finding about this message).
    vger('html-subpart', 'content-policy', ['message contains html subpart', 'text/plain is accepted'],
      '550 5.7.1 Content-Policy reject msg: The message contains HTML subpart, therefore we consider it SPAM or Outlook Virus.  TEXT/PLAIN is accepted.!'),
  ],
};

// Majordomo 1.x (vger.kernel.org's list server among others): its `resend` script holds a post it will not distribute
// and mails it to the list's approver under the subject "BOUNCE <list>@<host>: <reason>", the reason one of the
// strings parse_header, parse_body, check_sender and check_hdr_line build (resend, Majordomo 1.94.5).
const MAJORDOMO_RESEND = 'Distrotech/majordomo resend (Majordomo 1.94.5, parse_body, check_sender, check_hdr_line)';
const majordomo = entry('majordomo', MAJORDOMO_RESEND);

export const MAJORDOMO: KnowledgeSource = {
  id: 'majordomo',
  name: 'Majordomo',
  kind: 'mta',
  reference: MAJORDOMO_RESEND,
  replies: [
    // The list's maxlength, in characters of body ("-M <max-msg-length> specify max message length to forward").
    majordomo('too-long', 'message-size', ['message too long (>'], 'BOUNCE $list@$host: Message too long (>$opt_M chars)'),
    // restrict_post: the sender is in none of the files of addresses allowed to post.
    majordomo('non-member', 'recipient-policy', ['non-member submission from ['], 'BOUNCE $list@$host: Non-member submission from [$from]'),
    // A From:, To: or Cc: line or field longer than the limits ($MAX_HEADER_LINE_LENGTH 128, $MAX_TOTAL_HEADER_LENGTH
    // 1024), or with unbalanced "()" or "<>".
    majordomo('header-line-too-long', 'message-format', ['header line too long (>', 'header field too long (>'],
      'BOUNCE $list@$host: Header line too long (>128)'),
    majordomo('imbalanced', 'message-format', ['imbalanced parentheses or angle brackets'],
      'BOUNCE $list@$host: Imbalanced parentheses or angle brackets'),
  ],
};

export const LIST_MANAGERS: readonly KnowledgeSource[] = [MAILMAN, SYMPA, EZMLM, FML, MLMMJ, VGER, MAJORDOMO];
