/**
 * Ce que dit Bounce Doctor, en français : les mêmes clés et {espaces réservés} que les textes anglais (catalog.ts,
 * en.ts, titles.ts) ; les étapes sont à la même place que dans en.ts. Les termes techniques (SPF, DKIM, DMARC, PTR, MX)
 * et les commandes restent tels quels. Vouvoiement.
 */
import type { DeepPartial } from '../../i18n/catalog';
import type { Knowledge } from './catalog';

const SPF = 'SPF (Sender Policy Framework : un enregistrement DNS qui liste les serveurs autorisés à envoyer des e-mails pour votre domaine)';
const DKIM = 'DKIM (DomainKeys Identified Mail : une signature cryptographique ajoutée par votre serveur de messagerie, vérifiée avec une clé publiée dans votre DNS)';
const DMARC = 'DMARC (une politique DNS qui indique aux destinataires que faire des messages qui échouent à SPF et DKIM pour votre domaine)';

const AUTH_PREVENTION = [
  'Publiez SPF, DKIM et DMARC pour chaque domaine depuis lequel vous envoyez, et lisez vos rapports agrégés DMARC (rua=) pour repérer les échecs tôt.',
  'Quand vous ajoutez un nouveau service d’envoi (outil de newsletter, CRM, support), ajoutez-le à SPF et configurez son DKIM avant d’envoyer.',
];
const REPUTATION_PREVENTION = [
  'N’écrivez qu’aux personnes qui ont demandé vos messages ; retirez les adresses qui rebondissent et les destinataires qui n’ouvrent jamais.',
  'Montez en charge lentement sur les nouvelles adresses IP et les nouveaux domaines, et séparez les envois marketing et transactionnels.',
  'Gardez un taux de rebond sous 2–3 % et un taux de plainte sous 0,1 % (surveillez Google Postmaster Tools et Microsoft SNDS).',
];
const LIST_HYGIENE = [
  'Retirez cette adresse de vos listes dès maintenant ; écrire encore à des adresses inconnues nuit à votre réputation d’expéditeur.',
  'Utilisez le double opt-in et validez les adresses à l’inscription ; gardez un taux de rebond sous 2–3 %.',
];

const MICROSOFT_IP = [
  'Si le destinataire est sur Microsoft 365 (une adresse d’entreprise), demandez à Microsoft de retirer {ip} de sa liste dans son portail de délistage : saisissez l’IP et une de vos adresses pour confirmer.',
  'Si le destinataire est sur Outlook.com ou Hotmail, utilisez plutôt le formulaire d’assistance aux expéditeurs d’Outlook.com, en citant ce rebond.',
  'Inscrivez {ip} à Microsoft SNDS pour voir comment Outlook.com la note et ce que signalent ses utilisateurs.',
];
const GOOGLE_REPUTATION = [
  'Ouvrez Google Postmaster Tools pour {domain} : vérifiez le taux de spam signalé par les utilisateurs et la réputation du domaine et de l’IP. Google demande aux expéditeurs de rester sous 0,1 % de spam et de ne jamais atteindre 0,3 %.',
];
const GOOGLE_AUTH = [
  'Les règles de Gmail : tout expéditeur doit avoir SPF ou DKIM ; qui envoie 5 000 messages ou plus par jour à Gmail doit avoir SPF, DKIM et DMARC, un domaine From aligné avec eux, et un désabonnement en un clic dans les e-mails marketing.',
];
const YAHOO_REPUTATION = [
  'Cherchez le code de cette réponse dans le Sender Hub de Yahoo, et inscrivez-vous à sa boucle de rétroaction des plaintes pour voir qui marque vos messages comme spam.',
];
const gatewayAllow = (product: string, list: string) => [
  `${product} applique les règles propres à l’organisation du destinataire : demandez au destinataire de faire ajouter votre adresse à ${list} par son administrateur de messagerie si vos messages sont souhaités.`,
];

const STILL_TRYING = 'Personne pour l’instant : votre serveur continue d’essayer seul ; n’agissez que s’il finit par abandonner';

export const FR: DeepPartial<Knowledge> = {
  titles: {
    spf: '{who} a rejeté votre message parce qu’il a échoué à SPF',
    dkim: '{who} a rejeté votre message parce que sa signature DKIM n’était pas valide',
    dmarc: '{who} a rejeté votre message à cause de la politique DMARC de {domain}',
    unauthenticated: '{who} a refusé votre message parce qu’il n’était pas authentifié',
    ptr: '{who} a refusé votre serveur parce que son adresse IP n’a pas de nom DNS inverse correspondant',
    'ip-blocklist': '{who} refuse les messages de l’adresse IP de votre serveur{zoneClause}',
    'domain-blocklist': '{who} a refusé votre message parce qu’un domaine qu’il contient est sur une liste de blocage{zoneClause}',
    reputation: '{who} refuse vos messages à cause de votre réputation d’expéditeur',
    'rate-limit': '{who} limite en ce moment la quantité de messages que vous pouvez envoyer',
    spam: '{who} a refusé votre message comme spam',
    virus: '{who} a bloqué votre message parce qu’il semble dangereux',
    'content-policy': '{who} n’accepte pas ce type de contenu ou de pièce jointe',
    'message-size': 'Votre message est plus gros que ce que {who} accepte',
    'message-format': '{who} a refusé votre message parce qu’il n’est pas correctement formaté',
    'relay-denied': 'Le serveur destinataire ne transmettra pas votre message à {recipientDomain}',
    'auth-required': 'Le serveur exige que vous vous connectiez avant d’envoyer',
    'tls-required': 'La connexion a été refusée parce qu’elle n’était pas chiffrée comme exigé',
    'sender-rejected': '{who} a refusé votre adresse d’expéditeur',
    'recipient-unknown': 'L’adresse {recipient} n’existe pas',
    'recipient-domain': 'Le domaine {recipientDomain} ne peut pas recevoir de messages',
    'mailbox-full': 'La boîte de {recipient} est pleine',
    'mailbox-disabled': 'La boîte {recipient} est désactivée ou n’est plus utilisée',
    'recipient-policy': '{recipient} n’accepte pas vos messages',
    policy: '{who} a refusé votre message en vertu d’une règle',
    greylisting: 'Le serveur destinataire a demandé à votre serveur de réessayer plus tard (greylisting)',
    'delivery-timeout': 'Votre serveur a renoncé à livrer à {recipient} après avoir longtemps essayé',
    network: 'Votre serveur n’a pas pu joindre le serveur de messagerie du destinataire',
    'remote-error': 'Le serveur de messagerie du destinataire a eu un problème interne',
    protocol: 'Les deux serveurs de messagerie ne se sont pas compris',
    'auto-reply': 'C’est une réponse automatique, pas un rebond',
    complaint: 'Un destinataire a signalé votre message comme spam',
    delivered: 'C’est un avis de remise : votre message a été remis ou transmis',
    unknown: 'Votre message n’a pas été remis, et la réponse ne dit pas clairement pourquoi',
  },
  providerTitles: {
    'microsoft:ip-blocklist': 'Microsoft refuse les messages de l’adresse IP de votre serveur',
    'microsoft:reputation': 'Microsoft refuse les messages de votre serveur à cause de sa réputation',
    'google:unauthenticated': 'Gmail a bloqué votre message parce qu’il n’était pas authentifié (SPF ou DKIM)',
    'google:dmarc': 'Gmail a rejeté votre message à cause de la politique DMARC de {domain}',
    'google:rate-limit': 'Gmail limite temporairement les messages de votre serveur',
    'yahoo:reputation': 'Yahoo diffère vos messages à cause du volume ou des plaintes',
    'yahoo:ip-blocklist': 'Yahoo refuse les messages de l’adresse IP de votre serveur',
    'kddi:recipient-policy': 'Les réglages de messagerie au de {recipient} refusent vos messages',
  },
  ruleTitles: {
    'fact.unconfirmed-unknown': '{recipient} a été refusé : un filtre côté destinataire, ou une adresse qui n’existe pas',
    'fact.delay-without-cause': 'Pas encore remis : votre serveur essaie toujours de joindre {recipientDomain}',
    'fact.temporary-domain': 'Le domaine {recipientDomain} est introuvable pour l’instant ; votre serveur va continuer d’essayer',
    'recipient.suppressed': 'Non envoyé : {recipient} a déjà rebondi et votre service d’envoi refuse désormais d’y écrire',
    'service.test-mode': "Non envoyé à {recipient} : le mode test de votre service d’envoi n’envoie qu’aux adresses que vous avez autorisées",
    'service.account-hold': "Non envoyé à {recipient} : votre service d’envoi n’envoie plus pour votre compte ou votre domaine pour l’instant",
    'service.sender-unverified': "Non envoyé : votre service d’envoi n’a pas vérifié l’adresse ou le domaine depuis lequel vous avez envoyé",
    'sendmail.relay-mailer': "Non envoyé à {recipient} : votre serveur n’a pas trouvé le smarthost par lequel il relaie le courrier",
    'client.no-connection': 'Non envoyé : le programme d’envoi n’a pas pu se connecter au serveur de messagerie',
    'client.tls': 'Non envoyé : le programme d’envoi n’a pas pu établir de connexion chiffrée avec le serveur de messagerie',
    'list.held': 'Pas encore distribué : la liste de diffusion retient votre message pour son modérateur',
    'auth.login-throttle': 'Non envoyé : le serveur de messagerie n’accepte plus les connexions de votre programme pour le moment',
    'account.sending-limit': 'Non envoyé : votre compte a atteint sa limite d’envoi pour le moment',
    'auth.sasl-mechanism': 'Non envoyé : votre serveur et le serveur de messagerie auquel il s’identifie n’ont trouvé aucune méthode d’identification commune',
    'auth.login-refused': "Le serveur de messagerie a refusé l’identification : l’identifiant ou le mot de passe n’a pas été accepté",
    'microsoft.smtp-auth-off': "Microsoft n’accepte pas l’identification par mot de passe de ce programme (SMTP AUTH est désactivé ou bloqué)",
    'tls.starttls-first': "Non envoyé : le serveur exige d’abord le chiffrement (STARTTLS), et le programme ne l’a pas activé",
    'recipient.malformed': "L’adresse {recipient} n’est pas une adresse e-mail valide telle qu’elle est écrite",
    'sender.malformed': 'Non envoyé : l’adresse d’expéditeur donnée n’est pas une adresse e-mail complète',
    'network.outbound-blocked': "Votre serveur n’a pas pu se connecter au fournisseur de messagerie du destinataire : le port 25 sortant est très probablement bloqué de votre côté",
    'mta.mail-loop': 'Non remis à {recipient} : la route du serveur de messagerie vers {recipientDomain} ramène à lui-même',
    'mta.hop-loop': "Non remis à {recipient} : le message a tourné en boucle entre des serveurs de messagerie",
    'blocklist.lookup-error': "Le serveur destinataire vous a refusé parce que sa propre consultation de liste de blocage a échoué, pas parce que vous y figurez",
    'sender.login-mismatch': 'Non envoyé : le compte utilisé pour l’envoi n’a pas le droit d’utiliser cette adresse d’expéditeur',
    'tenant.unregistered-domain': 'Non envoyé : Microsoft 365 bloque le courrier d’un domaine que votre organisation n’y a pas ajouté',
    'auth.helo': '{who} a refusé le nom sous lequel votre serveur s’est présenté (HELO/EHLO)',
  },
  unnamedTitles: {
    'recipient-unknown': 'L’adresse n’existe pas',
    'recipient-domain': 'Le domaine du destinataire ne peut pas recevoir de messages',
    'mailbox-full': 'La boîte du destinataire est pleine',
    'mailbox-disabled': 'La boîte est désactivée ou n’est plus utilisée',
    'recipient-policy': 'Le destinataire n’accepte pas vos messages',
    'relay-denied': 'Le serveur destinataire ne transmettra pas votre message au domaine du destinataire',
    'delivery-timeout': 'Votre serveur a renoncé à livrer votre message après avoir longtemps essayé',
    'kddi:recipient-policy': 'Les réglages de messagerie au du destinataire refusent vos messages',
    'fact.unconfirmed-unknown': 'L’adresse a été refusée : un filtre côté destinataire, ou une adresse qui n’existe pas',
    'fact.delay-without-cause': 'Pas encore remis : votre serveur essaie toujours de joindre le serveur du destinataire',
    'fact.temporary-domain': 'Le domaine du destinataire est introuvable pour l’instant ; votre serveur va continuer d’essayer',
    'recipient.suppressed': 'Non envoyé : l’adresse a déjà rebondi et votre service d’envoi refuse désormais d’y écrire',
    'service.test-mode': "Non envoyé : le mode test de votre service d’envoi n’envoie qu’aux adresses que vous avez autorisées",
    'service.account-hold': "Non envoyé : votre service d’envoi n’envoie plus pour votre compte ou votre domaine pour l’instant",
    'service.sender-unverified': "Non envoyé : votre service d’envoi n’a pas vérifié l’adresse ou le domaine depuis lequel vous avez envoyé",
    'sendmail.relay-mailer': "Non envoyé : votre serveur n’a pas trouvé le smarthost par lequel il relaie le courrier",
    'client.no-connection': 'Non envoyé : le programme d’envoi n’a pas pu se connecter au serveur de messagerie',
    'client.tls': 'Non envoyé : le programme d’envoi n’a pas pu établir de connexion chiffrée avec le serveur de messagerie',
    'list.held': 'Pas encore distribué : la liste de diffusion retient votre message pour son modérateur',
    'auth.login-throttle': 'Non envoyé : le serveur de messagerie n’accepte plus les connexions de votre programme pour le moment',
    'account.sending-limit': 'Non envoyé : votre compte a atteint sa limite d’envoi pour le moment',
    'auth.sasl-mechanism': 'Non envoyé : votre serveur et le serveur de messagerie auquel il s’identifie n’ont trouvé aucune méthode d’identification commune',
    'auth.login-refused': "Le serveur de messagerie a refusé l’identification : l’identifiant ou le mot de passe n’a pas été accepté",
    'microsoft.smtp-auth-off': "Microsoft n’accepte pas l’identification par mot de passe de ce programme (SMTP AUTH est désactivé ou bloqué)",
    'tls.starttls-first': "Non envoyé : le serveur exige d’abord le chiffrement (STARTTLS), et le programme ne l’a pas activé",
    'recipient.malformed': "L’adresse du destinataire n’est pas une adresse e-mail valide telle qu’elle est écrite",
    'sender.malformed': 'Non envoyé : l’adresse d’expéditeur donnée n’est pas une adresse e-mail complète',
    'network.outbound-blocked': "Votre serveur n’a pas pu se connecter au fournisseur de messagerie du destinataire : le port 25 sortant est très probablement bloqué de votre côté",
    'mta.mail-loop': 'Non remis : la route du serveur de messagerie vers le domaine du destinataire ramène à lui-même',
    'mta.hop-loop': "Non remis : le message a tourné en boucle entre des serveurs de messagerie",
    'blocklist.lookup-error': "Le serveur destinataire vous a refusé parce que sa propre consultation de liste de blocage a échoué, pas parce que vous y figurez",
    'sender.login-mismatch': 'Non envoyé : le compte utilisé pour l’envoi n’a pas le droit d’utiliser cette adresse d’expéditeur',
    'tenant.unregistered-domain': 'Non envoyé : Microsoft 365 bloque le courrier d’un domaine que votre organisation n’y a pas ajouté',
  },
  categories: {
    spf: {
      explanation: `Le serveur destinataire a vérifié ${SPF}. Le serveur qui a envoyé votre message{ipClause} ne figure pas dans l’enregistrement SPF de {domain}, le message a donc semblé falsifié. Tant que l’enregistrement ne liste pas chaque service qui envoie pour {domain}, les destinataires continueront de refuser ou de filtrer ces messages.`,
      checklist: [
        'Regardez l’enregistrement SPF de {domain} : il doit y en avoir exactement un, commençant par v=spf1.',
        'Ajoutez à cet enregistrement le serveur ou le service qui a envoyé ce message (pour un fournisseur de messagerie, son include: documenté, comme include:_spf.google.com ou include:spf.protection.outlook.com).',
        'Ajoutez votre serveur d’envoi{ipClause} à l’enregistrement (ip4:{ipOr}) et restez sous 10 requêtes DNS.',
        'Demandez au service de transfert d’utiliser SRS, ou comptez sur DKIM (qui survit au transfert), si le message a été transféré.',
        'Renvoyez le message une fois la modification DNS propagée (en général en moins d’une heure).',
      ],
      prevention: AUTH_PREVENTION,
    },
    dkim: {
      explanation: `Le serveur destinataire a vérifié ${DKIM}. Votre message n’avait pas de signature valide pour {domain} — elle manquait, a été abîmée en route, ou était faite pour un autre domaine. Sans elle, le destinataire ne peut pas distinguer votre message d’une contrefaçon.`,
      checklist: [
        'Vérifiez que la clé DKIM de {domain} est publiée ({selectorClause}).',
        'Activez la signature DKIM pour {domain} chez votre fournisseur de messagerie (Google Workspace : Applications › Gmail › Authentifier les e-mails ; Microsoft 365 : Defender › Authentification des e-mails › DKIM).',
        'Assurez-vous que votre serveur signe les messages sortants (OpenDKIM, rspamd ou le module DKIM de votre MTA) avec le sélecteur publié dans le DNS.',
        'Signez après toute passerelle ou liste de diffusion qui réécrit les messages, ou excluez-la de la signature.',
      ],
      prevention: AUTH_PREVENTION,
    },
    dmarc: {
      explanation: `Le serveur destinataire a vérifié ${DMARC}. Votre message n’a pas passé SPF ou DKIM de façon alignée avec l’adresse From ({domain}), et la politique DMARC du domaine demande de rejeter de tels messages. Cela protège {domain} de l’usurpation, mais bloque aussi vos propres messages envoyés par des services non configurés.`,
      checklist: [
        'Regardez la politique DMARC de {domain}.',
        'Trouvez quel service a envoyé ce message et configurez-le pour signer avec DKIM pour {domain} (de préférence) ou pour utiliser un chemin de retour autorisé par SPF dans {domain}.',
        'Vérifiez l’enregistrement SPF de {domain}.',
        'Vérifiez la clé DKIM de {domain} ({selectorClause}).',
        'Passez la politique à p=none le temps de corriger les expéditeurs, si vous n’êtes pas prêt, et lisez les rapports agrégés (rua=).',
        'Envoyez depuis votre propre domaine, pas celui de quelqu’un d’autre (par exemple une adresse Gmail via votre propre serveur).',
      ],
      prevention: AUTH_PREVENTION,
    },
    unauthenticated: {
      explanation: `Le serveur destinataire exige que chaque message passe ${SPF} ou ${DKIM}, et le vôtre n’a passé ni l’un ni l’autre pour {domain}. Les grands destinataires l’exigent de tous les expéditeurs depuis 2024.`,
      checklist: [
        'Vérifiez l’enregistrement SPF de {domain}.',
        'Vérifiez la clé DKIM de {domain} ({selectorClause}).',
        'Vérifiez l’enregistrement DMARC de {domain} ; les destinataires attendent au moins p=none.',
        'Activez la signature DKIM chez votre fournisseur de messagerie et ajoutez son include SPF à votre domaine.',
        'Signez les messages sortants avec DKIM et listez votre serveur dans SPF.',
      ],
      prevention: AUTH_PREVENTION,
    },
    ptr: {
      explanation:
        'Le serveur destinataire a cherché le nom de l’adresse IP depuis laquelle votre serveur s’est connecté{ipClause} (son DNS inverse, ou enregistrement PTR) et n’en a trouvé aucun, ou un nom qui ne renvoie pas à la même adresse. Les destinataires considèrent les messages de telles adresses comme du spam probable venant de machines infectées.',
      checklist: [
        'Cherchez le DNS inverse de votre IP d’envoi.',
        'Demandez à qui fournit l’adresse IP (votre hébergeur ou fournisseur d’accès) de créer un enregistrement PTR vers le nom de votre serveur de messagerie, et faites résoudre ce nom vers la même IP.',
        'Faites annoncer à votre serveur ce même nom complet dans HELO/EHLO.',
        'Envoyez ce rebond à votre fournisseur de messagerie : l’IP d’envoi et son nom sont à lui de corriger.',
      ],
    },
    'ip-blocklist': {
      explanation:
        'Votre serveur d’envoi{ipClause} est sur une liste de blocage{zoneClause} que le serveur destinataire consulte, il a donc refusé la connexion ou le message. Des adresses IP sont listées après que du spam en est parti, parce qu’une machine du même réseau était infectée, ou parce que l’adresse est une adresse résidentielle ou dynamique qui n’est pas faite pour envoyer directement.',
      checklist: [
        'Cherchez votre IP d’envoi dans {lookupZone} : une réponse (127.0.0.x) veut dire qu’elle est listée, aucune réponse qu’elle ne l’est pas.',
        'Lisez pourquoi l’adresse est listée et demandez son retrait{zoneClause}.',
        'Avant de demander le retrait, supprimez la cause : cherchez des comptes compromis, des relais ouverts, des logiciels malveillants ou une newsletter envoyée à une liste achetée.',
        'Envoyez par le smarthost de votre fournisseur plutôt que directement, si l’adresse est résidentielle ou dynamique.',
        'Envoyez ce rebond à votre fournisseur de messagerie : l’IP listée est la sienne, et la solution aussi.',
        'Renvoyez le message une fois l’inscription levée.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'domain-blocklist': {
      explanation:
        'Votre domaine d’envoi, ou un domaine cité en lien dans le message, est sur une liste de blocage de domaines{zoneClause}. Ces listes recensent les domaines vus dans du spam, de l’hameçonnage ou des logiciels malveillants ; un seul mauvais lien (par exemple un raccourcisseur d’URL) suffit.',
      checklist: [
        'Trouvez quel domaine est listé (votre domaine d’envoi, vos liens, votre domaine de suivi), et demandez son retrait.',
        'Retirez du message les liens vers des domaines listés ou des raccourcisseurs, et renvoyez-le.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    reputation: {
      explanation:
        'Le serveur destinataire a jugé indésirables les messages venant de votre serveur{ipClause} ou de votre domaine, d’après le volume, les plaintes ou du spam passé, sans citer de liste de blocage publique. La réputation se rétablit quand les envois qui l’ont causée cessent, en général en quelques jours.',
      checklist: [
        'Consultez les outils postmaster du destinataire pour votre IP et votre domaine et suivez leurs étapes.',
        'Ralentissez : envoyez moins, seulement à des destinataires engagés, et laissez les messages différés être retentés.',
        'Cherchez tout envoi inhabituel récent (une grosse campagne, un compte compromis).',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'rate-limit': {
      explanation:
        'Vous avez envoyé plus de messages, de destinataires ou de connexions que le serveur destinataire (ou votre propre fournisseur) n’en autorise sur une période. Les limites temporaires se lèvent d’elles-mêmes ; votre serveur retente les messages différés.',
      checklist: [
        'Attendez et laissez votre serveur réessayer ; ne renvoyez pas à la main, cela augmente le compte.',
        'Étalez les gros envois dans le temps et gardez peu de destinataires par message.',
        'Vérifiez les limites d’envoi de votre fournisseur, et votre compte pour des envois inattendus, si son quota a été atteint.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    spam: {
      explanation:
        'Le filtre du serveur destinataire a classé le message comme spam — d’après sa formulation, ses liens, ses pièces jointes, sa mise en forme ou l’historique de l’expéditeur. Renvoyé tel quel, il sera de nouveau refusé.',
      checklist: [
        'Retirez ce que les filtres anti-spam n’aiment pas : raccourcisseurs de liens, nombreux liens, contenu fait seulement d’images, pièces jointes, objets tout en majuscules.',
        'Assurez-vous que SPF, DKIM et DMARC passent pour votre domaine.',
        'Demandez au destinataire d’autoriser votre adresse, ou joignez-le autrement, s’il s’agit d’un message personnel ponctuel.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    virus: {
      explanation:
        'Le serveur destinataire a trouvé un logiciel malveillant ou quelque chose qui semble dangereux (un exécutable, un document à macros, une archive protégée par mot de passe) dans le message.',
      checklist: ['Analysez la pièce jointe et votre ordinateur à la recherche de logiciels malveillants.', 'Partagez le fichier par un lien vers un stockage en ligne au lieu de le joindre.'],
    },
    'content-policy': {
      explanation:
        'La politique de l’organisation destinataire refuse quelque chose dans le message — en général un type de pièce jointe (comme .exe, .js, des archives ou des macros) — même si ce n’est pas du spam.',
      checklist: [
        'Envoyez le fichier par un lien vers un stockage en ligne, ou dans un format accepté (un PDF plutôt qu’un document à macros).',
        'Demandez au destinataire quels types de fichiers il accepte.',
      ],
    },
    'message-size': {
      explanation: 'Le message, avec ses pièces jointes, est plus gros que ce que le serveur destinataire autorise. Les pièces jointes grossissent d’environ un tiers à l’envoi.',
      checklist: ['Envoyez les gros fichiers par un lien vers un stockage en ligne plutôt qu’en pièce jointe.', 'Compressez les images, ou répartissez les pièces jointes sur plusieurs messages.'],
    },
    'message-format': {
      explanation:
        'Le message enfreint les normes de l’e-mail (RFC 5322/5321) : un en-tête manquant ou en double, de mauvaises fins de ligne, des lignes trop longues ou un mauvais encodage. C’est en général la faute du programme ou du script qui l’a produit.',
      checklist: [
        "Lisez quelle partie la réponse nomme : un en-tête (From, To, Date, Message-ID, Subject) manquant, répété ou mal formé, des lignes trop longues, des sauts de ligne seuls ou du texte non encodé.",
        "Corrigez la façon dont le script ou l’application qui a envoyé ceci construit les messages : utilisez une bibliothèque de messagerie maintenue au lieu d’écrire les en-têtes à la main, et donnez à chaque message exactement un en-tête From, un Date et un Message-ID.",
        "Gardez chaque ligne sous 998 caractères et terminez-la par CRLF, pas par un saut de ligne seul : laissez la bibliothèque de messagerie encoder les lignes longues et le texte non ASCII (quoted-printable ou base64), ainsi que les mots non ASCII des en-têtes.",
        "Mettez une seule adresse dans l’en-tête From, seule ou après un nom affiché entre chevrons, jamais encodée en entier : Gmail et d’autres refusent un From avec plusieurs adresses ou aucune.",
        "Renvoyez le message une fois corrigé ; envoyer d’abord le même contenu depuis un logiciel de messagerie normal montre si la faute vient du programme.",
      ],
    },
    'relay-denied': {
      explanation:
        'Le serveur auquel vous avez remis le message ne livre pas le courrier de ce domaine destinataire, et ne le relaiera pas pour vous. En général, votre logiciel de messagerie n’est pas connecté à votre serveur d’envoi, ou les enregistrements de messagerie du domaine destinataire pointent vers un serveur qui ne l’héberge plus.',
      checklist: [
        'Assurez-vous que votre logiciel de messagerie utilise l’authentification SMTP (identifiant et mot de passe) sur le port 587 pour le courrier sortant.',
        'Vérifiez les serveurs de messagerie du domaine destinataire.',
        'N’autorisez le relais qu’aux utilisateurs authentifiés et à vos propres réseaux.',
      ],
    },
    'auth-required': {
      explanation:
        'Votre logiciel de messagerie ou votre application s’est connecté au serveur d’envoi sans identifiants valides (authentification SMTP), ou avec de mauvais identifiants, et le serveur a donc refusé d’envoyer.',
      checklist: [
        'Vérifiez les réglages d’envoi (SMTP) : nom du serveur, port 587 avec STARTTLS (ou 465), et que l’authentification est activée.',
        'Vérifiez l’identifiant et le mot de passe ; certains fournisseurs exigent un mot de passe d’application ou OAuth.',
        'Pour Microsoft 365, vérifiez que SMTP AUTH est activé pour la boîte.',
      ],
    },
    'tls-required': {
      explanation:
        'L’un des deux serveurs exige une connexion chiffrée (TLS), et la connexion n’a pas pu être assez bien chiffrée — TLS n’était pas proposé, un certificat était incorrect, ou les algorithmes ne correspondaient pas.',
      checklist: [
        'Assurez-vous que votre serveur ou logiciel de messagerie utilise STARTTLS (port 587) ou TLS (port 465) avec une version de TLS récente.',
        'Vérifiez le certificat que présente le serveur du destinataire.',
      ],
    },
    'sender-rejected': {
      explanation:
        'Le serveur destinataire a refusé l’adresse depuis laquelle le message a été envoyé : son domaine n’existe pas ou ne peut pas recevoir de messages, elle n’est pas autorisée sur votre compte, ou elle est bloquée.',
      checklist: [
        'Vérifiez que le domaine d’expéditeur {domain} a des enregistrements de messagerie fonctionnels.',
        'Envoyez depuis une adresse que votre compte ou service a le droit d’utiliser (vérifiée chez votre fournisseur).',
      ],
    },
    'recipient-unknown': {
      explanation:
        'Le serveur de messagerie du destinataire dit qu’il n’existe aucune boîte à cette adresse. Elle est peut-être mal orthographiée, ou la personne a quitté l’organisation.',
      checklist: [
        'Vérifiez l’orthographe de l’adresse, lettre par lettre : une lettre manquante ou inversée, ou .con pour .com, est la cause habituelle.',
        'Demandez à la personne son adresse actuelle par un autre moyen.',
        'Retirez l’adresse de vos contacts et de vos listes de diffusion.',
      ],
      prevention: LIST_HYGIENE,
    },
    'recipient-domain': {
      explanation:
        'Le domaine du destinataire n’existe pas, ou il ne publie aucun serveur de messagerie (ou un « MX nul » indiquant qu’il n’accepte aucun message). Souvent, le domaine est mal orthographié ou a expiré.',
      checklist: [
        'Vérifiez l’orthographe du domaine (la partie après le @).',
        'Cherchez les serveurs de messagerie du domaine.',
        'Retirez l’adresse de vos listes si le domaine a disparu.',
      ],
      prevention: LIST_HYGIENE,
    },
    'mailbox-full': {
      explanation:
        'La boîte du destinataire a dépassé sa limite de stockage : elle ne peut plus recevoir de nouveaux messages tant qu’il n’en supprime pas. Votre message n’a aucun problème.',
      checklist: [
        'Prévenez le destinataire par un autre moyen que sa boîte est pleine.',
        'Renvoyez le message une fois qu’il a fait de la place.',
        'Arrêtez d’y écrire si elle reste pleine pendant des semaines : la boîte est peut-être abandonnée.',
      ],
    },
    'mailbox-disabled': {
      explanation: 'Le compte du destinataire existe mais il est suspendu, désactivé ou a changé d’adresse, il n’accepte donc pas de messages.',
      checklist: ['Demandez à la personne son adresse actuelle par un autre moyen.', 'Retirez l’adresse de vos listes.'],
      prevention: LIST_HYGIENE,
    },
    'recipient-policy': {
      explanation:
        'Le côté destinataire limite qui peut écrire à cette adresse : un groupe qui n’accepte que ses membres, une adresse qui vous a bloqué, ou une liste modérée. Votre serveur de messagerie n’y est pour rien.',
      checklist: [
        'Demandez au destinataire (ou au propriétaire du groupe) d’autoriser votre adresse, ou de vous ajouter comme membre.',
        'Envoyez depuis l’adresse avec laquelle vous avez rejoint le groupe, si vous en êtes membre.',
      ],
    },
    policy: {
      explanation:
        'Le serveur destinataire a refusé le message selon ses propres règles sans dire exactement laquelle. Le texte de la réponse est le meilleur indice ; s’il n’aide pas, l’administrateur de messagerie du destinataire peut le retrouver dans ses journaux.',
      checklist: [
        'Lisez la réponse ci-dessous : elle nomme peut-être la règle, un lien ou une référence à donner à l’administrateur du destinataire.',
        'Vérifiez que SPF, DKIM et DMARC passent pour votre domaine.',
        'Demandez au destinataire, par un autre moyen, de vérifier auprès de son administrateur de messagerie.',
      ],
    },
    greylisting: {
      explanation:
        'Le greylisting est une défense anti-spam : le premier message d’un expéditeur inconnu est différé de quelques minutes, et un vrai serveur de messagerie réessaie. Rien à faire ; la remise réussit en général dans l’heure.',
      checklist: ['Attendez : votre serveur réessaie de lui-même. Seulement si le message n’arrive jamais, vérifiez que votre serveur retente les messages différés.'],
    },
    'delivery-timeout': {
      explanation:
        'Votre serveur de messagerie a reçu des échecs temporaires à répétition du serveur du destinataire (ou n’a pas pu le joindre) et s’est arrêté au bout de sa période de nouvelles tentatives, souvent plusieurs jours.',
      checklist: [
        'Vérifiez si les serveurs de messagerie du destinataire sont joignables.',
        'Renvoyez plus tard ; si cela échoue encore, contactez le destinataire par un autre moyen.',
      ],
    },
    network: {
      explanation:
        'Le serveur de messagerie du destinataire est introuvable dans le DNS, a refusé la connexion, ou n’a pas répondu à temps. Il est peut-être en panne ou mal configuré, ou un pare-feu bloque le passage.',
      checklist: [
        'Cherchez les serveurs de messagerie du domaine destinataire.',
        'Attendez et laissez votre serveur réessayer ; si cela échoue encore, prévenez le destinataire par un autre moyen.',
        'Vérifiez que les connexions sortantes vers le port 25 sont autorisées.',
      ],
    },
    'remote-error': {
      explanation:
        'Le système destinataire a échoué en traitant le message (un disque plein, une erreur interne, un programme de livraison planté). Le problème est du côté du destinataire.',
      checklist: ['Renvoyez plus tard.', 'Prévenez le destinataire si cela continue d’échouer, pour que son administrateur s’en occupe.'],
    },
    protocol: {
      explanation:
        'Le serveur destinataire a refusé une commande ou sa syntaxe (une erreur du protocole SMTP). C’est en général dû à un script, un boîtier ou un serveur mal configuré du côté de l’envoi.',
      checklist: [
        'Utilisez une bibliothèque de messagerie maintenue dans le script ou l’application qui a envoyé ceci, et vérifiez ce qu’elle envoie.',
        'Cherchez sur votre serveur ou votre pare-feu ce qui modifie la conversation SMTP.',
      ],
    },
    'auto-reply': {
      explanation: 'Le destinataire (ou son système) a répondu automatiquement, par exemple avec un message d’absence. Votre message a été remis.',
      checklist: ['Lisez dans la réponse la date de retour de la personne ou un autre contact ; rien à corriger.'],
    },
    complaint: {
      explanation:
        'C’est un rapport de boucle de rétroaction : un fournisseur de messagerie vous signale qu’un de ses utilisateurs a cliqué sur « Ceci est du spam » sur votre message. Les plaintes nuisent vite à votre réputation.',
      checklist: [
        'Cessez d’écrire à la personne qui s’est plainte (désabonnez-la).',
        'Rendez le désabonnement facile (List-Unsubscribe en un clic) et n’envoyez que ce qui a été demandé.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    delivered: {
      explanation: 'Le rapport dit que le message a été remis, relayé ou redistribué, pas qu’il a échoué.',
      checklist: ['Gardez cet avis si vous l’aviez demandé (un accusé de remise) ; rien à corriger.'],
    },
    unknown: {
      explanation: 'Le serveur destinataire n’a pas donné de raison que Bounce Doctor reconnaît. La réponse complète ci-dessous est le meilleur indice.',
      checklist: [
        'Cherchez dans la réponse ci-dessous une référence, un lien ou le nom d’une règle.',
        'Renvoyez une fois ; si cela échoue de la même façon, demandez au destinataire, par un autre moyen, de voir avec son administrateur.',
      ],
    },
  },
  rules: {
    'fact.unconfirmed-unknown': {
      explanation:
        'Le serveur du destinataire a répondu qu’il ne connaît pas l’adresse, mais sans le confirmer comme le font les serveurs pour une adresse inexistante (un statut 5.1.1, à l’étape RCPT TO). Les filtres anti-spam et les réglages de blocage des destinataires refusent souvent avec ces mêmes mots : soit l’adresse n’existe pas, soit le côté destinataire refuse vos messages.',
      checklist: [
        'Comparez l’adresse, pour repérer une faute de frappe, avec une adresse dont vous savez qu’elle fonctionne (une signature, une réponse précédente).',
        'Demandez au destinataire par un autre moyen (téléphone, une autre adresse) si l’adresse est juste et s’il bloque ou filtre des expéditeurs comme vous.',
        'Retirez l’adresse de vos listes une fois confirmé qu’elle est fausse ou disparue ; demandez au destinataire d’autoriser votre adresse si elle est juste.',
      ],
      prevention: ['Gardez les adresses qui rebondissent ainsi sur une liste de surveillance : si la même adresse rebondit encore, retirez-la.'],
    },
    'fact.delay-without-cause': {
      explanation:
        'C’est un avertissement, pas un échec : votre serveur de messagerie n’a pas encore réussi à remettre le message au serveur de {recipientDomain}, et il continue d’essayer de lui-même. L’avis ne dit pas pourquoi ; en général le serveur destinataire est injoignable, lent, ou diffère les messages un moment.',
      checklist: [
        'Attendez, et n’envoyez pas encore le message à nouveau : il pourrait arriver deux fois.',
        'Vérifiez que les serveurs de messagerie du domaine destinataire existent et répondent.',
        'Lisez l’avis d’échec définitif, s’il en arrive un : il dit en général pourquoi.',
      ],
    },
    'recipient.suppressed': {
      explanation:
        'Votre service d’envoi n’a même pas essayé de livrer ce message : l’adresse a déjà rebondi (ou son titulaire a marqué vos messages comme spam), alors le service la garde sur une liste de suppression et refuse d’y écrire, pour protéger votre réputation d’expéditeur. Le serveur destinataire n’a pas été sollicité cette fois.',
      checklist: [
        'Cherchez l’adresse dans la liste de suppression (ou de rebonds) de votre service d’envoi : elle montre le rebond d’origine, sa réponse et sa date.',
        'Retirez aussi l’adresse de vos propres listes, si ce premier rebond disait qu’elle n’existe pas.',
        'Ne sortez l’adresse de la liste de suppression qu’une fois que le destinataire confirme qu’elle fonctionne, puis envoyez.',
      ],
      prevention: ['Retirez de vos listes les adresses en rebond définitif dès qu’elles rebondissent, pour que le service n’ait jamais à les supprimer.'],
    },
    'service.test-mode': {
      explanation:
        "Votre service d’envoi n’a pas envoyé ce message : le compte ou le domaine d’où vous avez envoyé est encore en mode test (un domaine sandbox, une adresse de test, un compte en attente d’approbation), qui ne livre qu’aux adresses que vous avez autorisées ou aux vôtres. Le serveur du destinataire n’a pas été sollicité.",
      checklist: [
        "Envoyez depuis votre propre domaine, ajouté et vérifié dans votre service d’envoi, plutôt que depuis son domaine sandbox ou de test.",
        "Pour tester d’ici là, ajoutez le destinataire aux destinataires autorisés (vérifiés) du service.",
        "Si votre compte attend une approbation, terminez l’examen du service ; d’ici là, n’envoyez qu’à des adresses de votre propre domaine.",
      ],
      prevention: ["Vérifiez votre propre domaine d’envoi avant d’écrire à de vrais destinataires."],
    },
    'service.account-hold': {
      explanation:
        "Votre service d’envoi n’a pas envoyé ce message : il a mis en pause, suspendu ou fermé l’envoi pour votre compte, votre domaine ou votre forfait (après un examen de vos envois, pour un forfait impayé ou expiré, un compte pas encore approuvé ou une limite du service). Le serveur du destinataire n’a pas été sollicité, et l’adresse du destinataire n’est pas en cause.",
      checklist: [
        "Connectez-vous au tableau de bord de votre service d’envoi et lisez son avis sur votre compte, votre domaine ou votre forfait ; le support du service peut dire pourquoi il a cessé d’envoyer.",
        "S’il cite des plaintes ou des rebonds, retirez les adresses qui ont rebondi ou se sont plaintes et vérifiez comment les adresses s’inscrivent avant de demander la levée de la pause.",
        "Une fois que le service envoie de nouveau pour vous, renvoyez le message.",
      ],
      prevention: ["Gardez des taux de rebonds et de plaintes bas et un forfait à jour : les services d’envoi mettent en pause les comptes qui dépassent leurs limites."],
    },
    'service.sender-unverified': {
      explanation:
        "Votre service d’envoi n’a pas envoyé ce message : l’adresse d’expédition, ou son domaine, n’est pas vérifiée dans votre compte chez lui (ou pas dans le compte, le projet ou la région de votre clé ou de votre identifiant), et un service d’envoi n’envoie que depuis des adresses et des domaines dont vous avez prouvé être propriétaire. Le serveur du destinataire n’a pas été sollicité, et l’adresse du destinataire n’est pas en cause.",
      checklist: [
        "Ouvrez la liste des expéditeurs ou des domaines vérifiés de votre service d’envoi et vérifiez que l’adresse d’expédition utilisée, ou son domaine, y figure et est vérifiée, dans le même compte, le même projet et la même région que la clé ou l’identifiant de votre application.",
        "Si elle manque ou n’est pas encore vérifiée, ajoutez-la et faites-la vérifier : confirmez l’adresse depuis le message du service, ou publiez les enregistrements DNS que le service indique pour le domaine (souvent DKIM et un enregistrement TXT ou CNAME), et attendez qu’elle apparaisse comme vérifiée.",
        "Faites envoyer votre application depuis exactement cette adresse vérifiée (même domaine, sans faute de frappe), puis renvoyez le message.",
      ],
      prevention: ["Faites vérifier chaque adresse ou domaine dans votre service d’envoi avant que votre application n’envoie depuis lui, et gardez l’adresse d’expédition à un seul endroit de votre configuration."],
    },
    'auth.helo': {
      explanation:
        'Un serveur ou un programme qui se connecte pour remettre du courrier se présente d’abord par un nom (la commande HELO ou EHLO). Le serveur destinataire a refusé ce nom : ce n’était pas un nom de domaine complet (un simple « localhost », le nom court d’un ordinateur, un nom privé comme « server.local »), il était mal formé, n’existe pas dans le DNS, n’appartient pas à l’adresse IP depuis laquelle vous vous êtes connecté{ipClause}, ou c’était le propre nom du serveur destinataire. Les normes du courrier demandent le nom de domaine complet de l’expéditeur (ou son adresse IP entre crochets), et les destinataires refusent le reste comme une marque de logiciel de spam. Votre message, votre adresse et celle du destinataire ne sont pas en cause.',
      checklist: [
        'Vérifiez quel nom votre serveur ou programme envoie : le refus le cite en général (entre chevrons, ou après HELO ou EHLO) ; « localhost », « localhost.localdomain », un seul mot ou un nom interne en est la cause habituelle.',
        'Réglez-le sur le nom public complet de votre serveur de messagerie, qui existe dans le DNS et pointe vers l’adresse IP depuis laquelle vous envoyez : myhostname (ou smtp_helo_name) de Postfix, primary_hostname (ou helo_data du transport smtp) d’Exim, confDOMAIN_NAME de Sendmail, le FQDN d’un connecteur d’envoi Exchange.',
        'Réglez le nom qu’envoie la bibliothèque de courrier d’une application, si c’est une application qui a envoyé le message : Hostname de PHPMailer, l’option name de Nodemailer, local_hostname du smtplib de Python, mail.smtp.localhost de JavaMail, LocalDomain de MailKit.',
        'Vérifiez que le DNS inverse de l’adresse IP renvoie le même nom : certains destinataires comparent les deux.',
        'Envoyez ce rebond à votre fournisseur de messagerie ou hébergeur si le serveur est le sien : c’est à lui de corriger le nom sous lequel il se présente.',
      ],
      prevention: ['Donnez à chaque serveur et application qui envoie du courrier son nom d’hôte complet et résolvable dans ses réglages de messagerie, au lieu du nom par défaut de la machine.'],
    },
    'tenant.unregistered-domain': {
      explanation:
        'Microsoft 365 (Exchange Online), qui envoie le courrier de votre organisation, n’a pas envoyé ce message : le domaine dont il venait ne fait pas partie des domaines acceptés de votre organisation (ajoutés et vérifiés dans Microsoft 365). Microsoft laisse passer un peu de courrier de tels domaines et bloque davantage, le plus souvent du courrier qu’une application, un appareil ou votre propre serveur relaie par Microsoft 365 avec une adresse d’expéditeur d’un autre domaine. Le serveur du destinataire n’a pas été interrogé, et l’adresse du destinataire n’est pas en cause ; seul un administrateur de votre organisation Microsoft 365 peut lever ce blocage.',
      checklist: [
        'Ajoutez le domaine de l’adresse d’expéditeur à votre organisation Microsoft 365 (centre d’administration : Paramètres, Domaines), vérifiez-le avec l’enregistrement TXT que Microsoft vous donne, puis renvoyez le message ; si vous n’y êtes pas administrateur, envoyez-lui ce rapport.',
        'Vérifiez le connecteur par lequel votre propre serveur, vos applications ou vos appareils relaient, s’il y en a un : le certificat d’un connecteur basé sur un certificat doit être celui d’un de vos domaines acceptés et vérifiés.',
        'Cherchez parmi les connecteurs de votre organisation ceux que personne n’a créés volontairement, et dans ses comptes des signes de compromission : des connecteurs ajoutés par un attaquant pour envoyer du spam par votre organisation provoquent aussi ce blocage.',
      ],
      prevention: ['Ajoutez et vérifiez dans Microsoft 365 chaque domaine dont votre organisation envoie du courrier, y compris ceux des applications et appareils qui relaient par lui, avant que du courrier n’en parte.'],
    },
    'sender.login-mismatch': {
      explanation:
        'Le serveur par lequel vous envoyez (celui de votre fournisseur de messagerie, ou le vôtre) a refusé l’adresse d’expéditeur (From) de ce message : le compte avec lequel votre programme s’est connecté n’a pas le droit d’envoyer sous cette adresse. Les serveurs le vérifient pour qu’un compte ne puisse pas envoyer au nom d’un autre (le contrôle d’expéditeur de Postfix, l’autorisation « Envoyer en tant que » de Microsoft 365, les alias de Gmail, Zoho et d’autres fournisseurs). Le serveur du destinataire n’a pas été sollicité, et l’adresse du destinataire n’est pas en cause.',
      checklist: [
        'Envoyez depuis l’adresse du compte avec lequel vous vous connectez, ou connectez-vous avec le compte à qui appartient l’adresse d’expéditeur.',
        'Donnez à votre compte le droit d’envoyer sous l’autre adresse si vous en avez besoin (un alias, une boîte partagée, une adresse no-reply) : ajoutez-la comme alias ou adresse « Envoyer en tant que » chez votre fournisseur, accordez « Envoyer en tant que » dans Microsoft 365, ou associez-la à l’identifiant sur votre propre serveur (Postfix : smtpd_sender_login_maps).',
        'Faites de l’adresse d’expéditeur d’une application l’adresse propre de son identifiant (ou une qu’il peut utiliser), et mettez toute autre adresse dans Reply-To.',
      ],
      prevention: ['Gardez côte à côte, dans les réglages de chaque application, son identifiant et son adresse d’expéditeur, et modifiez-les ensemble.'],
    },
    'mta.mail-loop': {
      explanation:
        'Le serveur de messagerie qui a traité le message a cherché où {recipientDomain} reçoit son courrier et s’est trouvé lui-même : l’enregistrement MX du domaine (ou le relais qu’il doit utiliser) pointe vers ce même serveur, mais celui-ci n’est pas configuré pour recevoir le courrier de ce domaine. Plutôt que de s’envoyer le message en boucle, il a abandonné. C’est une erreur de configuration sur ce serveur ou dans le DNS du domaine ; l’adresse elle-même est peut-être correcte.',
      checklist: [
        'Cherchez où le domaine du destinataire reçoit son courrier.',
        'Si c’est votre propre serveur, ajoutez le domaine à ceux pour lesquels il reçoit du courrier (Postfix : mydestination, ou virtual_mailbox_domains / virtual_alias_domains ; Sendmail : local-host-names), ou faites pointer l’enregistrement MX vers le serveur qui héberge vraiment les boîtes. Derrière un NAT ou un proxy, indiquez l’adresse publique dans proxy_interfaces de Postfix.',
        'Si le serveur n’est pas le vôtre, envoyez ce rebond à qui le gère (votre hébergeur ou fournisseur de messagerie, ou celui du destinataire) : la configuration du domaine y est erronée.',
      ],
      prevention: ['Après avoir déplacé le courrier d’un domaine vers un autre serveur, mettez à jour son enregistrement MX et retirez le domaine des domaines locaux de l’ancien serveur.'],
    },
    'mta.hop-loop': {
      explanation:
        "Un serveur de messagerie en chemin a arrêté le message parce qu’il était déjà passé par trop de serveurs (trop de lignes Received: dans son en-tête, ou de nouveau la ligne Delivered-To: de la même boîte) : il tournait en boucle. Le plus souvent, le courrier du destinataire est transféré en cercle : une adresse ou un domaine qui transfère vers un autre qui le renvoie, un transfert qui pointe vers sa propre adresse, ou un domaine dont le courrier va et vient entre deux services (par exemple un ancien et un nouveau fournisseur, ou Microsoft 365 et un serveur maison) qui se l’envoient l’un à l’autre. Plus rarement, la boucle est du côté de l’expéditeur, entre vos propres serveurs ou dans un transfert que vous avez mis en place. Renvoyer le message ne fait que tourner de nouveau tant que le routage n’est pas corrigé ; l’adresse du destinataire peut être bonne.",
      checklist: [
        "Lisez dans l’avis par quels serveurs le message est passé (ses lignes Received:, ou le serveur que nomme la réponse) : les noms qui se répètent montrent où est la boucle.",
        "Prévenez le destinataire par un autre moyen que le courrier vers cette adresse tourne en boucle : ses règles de transfert, ses alias ou le routage du courrier de son domaine (enregistrements MX et connecteurs) sont à corriger.",
        "Si la boucle est entre des serveurs à vous, vérifiez les transferts et alias de l’adresse et où chaque serveur envoie le courrier du domaine (Postfix : relayhost, transport_maps, virtual_alias_maps ; Exchange ou Microsoft 365 : connecteurs et domaines acceptés), pour que le courrier aboutisse dans une seule boîte.",
        "Renvoyez le message une fois la boucle corrigée : il n’a pas été remis.",
      ],
      prevention: ["Quand vous déplacez le courrier d’un domaine vers un autre fournisseur ou mettez en place un transfert, envoyez un message de test et vérifiez qu’il arrive une seule fois, dans la boîte attendue."],
    },
    'blocklist.lookup-error': {
      explanation:
        "Le serveur destinataire a interrogé la liste de blocage de Spamhaus sur l’adresse IP de votre serveur ou sur votre domaine, mais Spamhaus n’a pas répondu par une inscription : il a répondu par un code d’erreur, parce que la requête est passée par un résolveur DNS public ou partagé (comme 8.8.8.8, 1.1.1.1 ou celui d’un grand fournisseur), parce que le serveur a fait trop de requêtes, ou parce qu’il a cherché une adresse IP dans une liste de noms de domaine. Spamhaus demande que ces réponses d’erreur ne servent jamais à refuser du courrier, mais le serveur destinataire l’a traitée comme une inscription. Cette réponse ne dit rien contre votre adresse IP, votre domaine ou votre message ; l’erreur est dans la configuration du serveur destinataire, et seul son administrateur peut la corriger.",
      checklist: [
        "Vérifiez votre adresse IP et votre domaine dans l’outil de vérification de Spamhaus si vous voulez en être sûr : le refus lui-même ne dit pas que vous êtes inscrit.",
        "Prévenez le destinataire par un autre moyen que son serveur de messagerie refuse du courrier à cause d’erreurs dans ses propres requêtes à Spamhaus, et transmettez cette réponse à son administrateur.",
        "Si le serveur qui a refusé est le vôtre, faites passer ses requêtes aux listes de blocage par un résolveur à lui (un résolveur récursif local comme Unbound, ni public ni celui partagé de votre fournisseur) ou utilisez une clé du Spamhaus Data Query Service ; dans Postfix, associez les réponses d’erreur 127.255.255.x de sorte qu’elles ne refusent jamais.",
        "Renvoyez le message une fois l’erreur corrigée : il n’a pas été remis.",
      ],
      prevention: ["Rien de votre côté ne cause cette erreur ; si vous gérez un serveur de messagerie, donnez à ses requêtes aux listes de blocage un résolveur à lui."],
    },
    'auth.login-throttle': {
      explanation:
        'Le serveur par lequel vous envoyez ne laisse plus votre programme s’identifier pour l’instant : il en a vu trop de connexions en peu de temps, le plus souvent échouées (un mot de passe faux ou ancien, réessayé sans cesse par un programme ou un téléphone), ou un programme qui s’identifie à nouveau pour chaque message. Le blocage se lève seul au bout d’un moment. Aucun serveur destinataire n’a été interrogé, et l’adresse du destinataire n’est pas en cause.',
      checklist: [
        'Vérifiez l’identifiant et le mot de passe du programme (pour Gmail, un mot de passe d’application ou une connexion du programme par Google, pas le mot de passe habituel du compte), pour que ses prochains essais n’échouent pas à nouveau.',
        'Empêchez le programme, ou votre serveur, de tenter de s’identifier pendant un moment (une heure suffit en général) : chaque essai échoué peut prolonger le blocage.',
        'Faites envoyer au programme ses messages par une seule connexion et une seule identification, au lieu de s’identifier à nouveau pour chaque message.',
        'Renvoyez les messages une fois que le programme peut s’identifier : ils n’ont pas été envoyés.',
      ],
      prevention: ['Mettez à jour le mot de passe, ou le mot de passe d’application, dans chaque programme qui envoie par le compte dès qu’il change, et laissez les programmes réutiliser une connexion pour plusieurs messages.'],
    },
    'account.sending-limit': {
      explanation:
        'Le fournisseur de messagerie, l’hébergeur ou le service d’envoi par lequel vous envoyez limite ce qu’un compte peut envoyer sur une période (un nombre de messages ou de destinataires par heure ou par jour ; pour un service d’envoi, par jour ou par mois selon votre offre), parfois pour tout un domaine ou toute une organisation, et votre compte a atteint cette limite, si bien que son serveur n’a pas fait suivre ce message : aucun serveur destinataire n’a été consulté, et l’adresse du destinataire n’est pas en cause. La limite se lève d’elle-même une fois sa période écoulée ; d’ici là, chaque message, y compris un message envoyé une seconde fois, est retenu de la même façon.',
      checklist: [
        'Attendez que la limite soit réinitialisée, puis renvoyez le message, avec les autres refusés en même temps : ils n’ont pas été envoyés. La réponse ou la page des limites de votre fournisseur indique quand : dans l’heure pour une limite horaire, jusqu’à 24 heures pour une limite quotidienne (Gmail compte les dernières 24 heures, pas le jour civil).',
        'Vérifiez à combien de destinataires vous avez écrit, pas seulement combien de messages : la plupart des fournisseurs comptent chaque adresse d’un message dans la limite, en À, Cc et Cci de la même façon ; un message à 200 personnes en consomme donc 200.',
        'Cherchez dans votre boîte d’envoi et vos messages envoyés des messages qui partent encore et encore ou que vous n’avez pas écrits : un message bloqué qu’un téléphone ou un programme réessaie sans cesse, un script qui tourne en boucle ou un mot de passe volé épuise la limite, et les fournisseurs peuvent suspendre un compte qui la dépasse sans cesse.',
        'Si vous devez régulièrement envoyer davantage, demandez à votre fournisseur ou service d’envoi une limite ou une offre plus élevée, et envoyez les newsletters et autres envois de masse par un service d’envoi d’e-mails : les limites d’un compte de messagerie sont faites pour le courrier d’une personne.',
      ],
      prevention: ['Gardez les envois de masse et les notifications automatiques hors des comptes de messagerie personnels et professionnels, et comparez le nombre de destinataires d’un gros envoi à la limite quotidienne de votre compte avant de le lancer.'],
    },
    'auth.sasl-mechanism': {
      explanation:
        'Votre serveur de messagerie (ou programme) a un identifiant et un mot de passe pour le serveur par lequel il envoie, mais n’a pas pu s’identifier : parmi les méthodes d’identification que ce serveur proposait (PLAIN, LOGIN, CRAM-MD5…), aucune n’était utilisable ou acceptée de votre côté. En général, la connexion n’était pas chiffrée et le serveur ne liste ses méthodes qu’après STARTTLS, ou votre côté refuse d’envoyer un mot de passe en clair (Postfix le refuse par défaut) ; ou les greffons de la bibliothèque SASL pour ces méthodes ne sont pas installés ; ou un filtre dans les réglages n’en laisse aucune. Le mot de passe n’a jamais été essayé, il peut donc être bon ; aucun serveur destinataire n’a été consulté, et l’adresse du destinataire n’est pas en cause.',
      checklist: [
        'Activez le chiffrement de la connexion vers ce serveur (STARTTLS sur le port 587, ou TLS dès le départ sur le 465) : la plupart des serveurs ne listent leurs méthodes d’identification que sur une connexion chiffrée. Dans Postfix, réglez smtp_tls_security_level = encrypt pour lui.',
        'Si votre serveur est Postfix, laissez-le utiliser les méthodes que le serveur propose sur cette connexion chiffrée : smtp_sasl_tls_security_options = noanonymous (la valeur par défaut des deux réglages de sécurité, noplaintext, noanonymous, refuse PLAIN et LOGIN), et aucun smtp_sasl_mechanism_filter qui les écarte toutes.',
        'Installez les greffons de la bibliothèque SASL pour ces méthodes s’ils manquent (« No worthy mechs found ») : libsasl2-modules sous Debian et Ubuntu, cyrus-sasl-plain et cyrus-sasl-md5 sous Red Hat, Fedora et CentOS ; rechargez ensuite Postfix.',
        'Vérifiez quelles méthodes le serveur propose : une fois connecté, tapez EHLO et un nom, et lisez la ligne qui commence par 250-AUTH.',
        'Si c’est une application qui a envoyé le message, activez STARTTLS (ou TLS sur le port 465) dans ses réglages de messagerie : sa bibliothèque ne cherche une méthode commune avec le serveur que parmi celles que le serveur liste.',
      ],
      prevention: ['Exigez le chiffrement sur chaque connexion où vos serveurs et programmes s’identifient, et gardez les greffons SASL installés avec le serveur de messagerie.'],
    },
    'auth.login-refused': {
      explanation:
        "Votre logiciel de messagerie, votre application ou votre serveur s’est identifié auprès du serveur par lequel il envoie (authentification SMTP), et le serveur a répondu que l’identification était fausse (le 535 de la RFC 4954, « authentication credentials invalid »). Le plus souvent, le mot de passe est faux ou a changé, l’identifiant n’est pas l’adresse e-mail complète qu’attend le fournisseur, ou le compte a une validation en deux étapes et demande un mot de passe d’application (Gmail, iCloud, Yahoo) ou une connexion par le fournisseur (OAuth) au lieu du mot de passe du compte ; certains fournisseurs coupent tout à fait l’identification par mot de passe pour les logiciels de messagerie (Outlook.com et Hotmail depuis septembre 2024, SMTP AUTH chez Microsoft 365 et ses paramètres de sécurité par défaut). Trop d’échecs peuvent bloquer les identifications un moment. Rien n’a été envoyé, et l’adresse du destinataire n’est pas en cause.",
      checklist: [
        "Vérifiez l’identifiant et le mot de passe dans les réglages d’envoi (SMTP) du programme : l’identifiant est le plus souvent l’adresse e-mail complète ; saisissez de nouveau le mot de passe et cherchez une espace à la fin ou un caractère que le fichier de réglages demande entre guillemets.",
        "Utilisez un mot de passe d’application si le compte a une validation en deux étapes (Gmail, iCloud et Yahoo en exigent un pour les logiciels de messagerie), ou laissez le programme se connecter par le fournisseur (OAuth) s’il le propose : Outlook.com et Hotmail n’acceptent rien d’autre des logiciels de messagerie.",
        "Pour Microsoft 365, vérifiez que SMTP AUTH est autorisé pour la boîte (et non bloqué par les paramètres de sécurité par défaut), ou envoyez plutôt par Microsoft Graph.",
        "Connectez-vous au compte sur le site du fournisseur : un compte bloqué, un changement de mot de passe exigé ou une vérification de sécurité arrête les identifications des programmes jusqu’à ce qu’il soit réglé.",
        "Renvoyez le message une fois l’identification rétablie : il n’a pas été envoyé.",
      ],
      prevention: ["Après avoir changé le mot de passe d’un compte ou activé la validation en deux étapes, mettez à jour chaque programme et appareil qui envoie par ce compte."],
    },
    'microsoft.smtp-auth-off': {
      explanation:
        "Le programme s’est identifié auprès du serveur d’envoi de Microsoft 365 (Exchange Online) avec un identifiant et un mot de passe, et Microsoft a refusé la façon de s’identifier, pas forcément le mot de passe : SMTP AUTH est désactivé pour la boîte ou pour toute l’organisation (le réglage par défaut des nouvelles organisations), les paramètres de sécurité par défaut de l’organisation ou une stratégie d’accès conditionnel bloquent les identifications par mot de passe, ou l’abandon par Microsoft de l’identification par mot de passe (Basic) pour SMTP AUTH s’applique ; un compte Outlook.com ou Hotmail n’accepte plus que OAuth des logiciels de messagerie depuis septembre 2024. Ressaisir le mot de passe n’y changera rien. Rien n’a été envoyé, et l’adresse du destinataire n’est pas en cause.",
      checklist: [
        "Demandez à votre administrateur Microsoft 365 d’autoriser SMTP AUTH pour cette boîte (dans le Centre d’administration Microsoft 365, dans les réglages de courrier de l’utilisateur, « SMTP authentifié », ou avec Set-CASMailbox -SmtpClientAuthenticationDisabled $false), si l’organisation le permet.",
        "Faites s’identifier le programme avec OAuth (authentification moderne) s’il le permet pour SMTP : Microsoft abandonne l’identification par mot de passe pour SMTP AUTH dans Exchange Online, et Outlook.com et Hotmail n’acceptent rien d’autre.",
        "Vérifiez si les paramètres de sécurité par défaut ou une stratégie d’accès conditionnel bloquent l’authentification héritée (par mot de passe) du compte : ils arrêtent SMTP AUTH avec mot de passe même là où il est autorisé pour la boîte.",
        "Si le programme ne sait pas utiliser OAuth (une imprimante, un scanner, une ancienne application), envoyez par le relais avec connecteur ou l’envoi direct de Microsoft 365, ou par un service d’envoi, au lieu de vous identifier sur smtp.office365.com.",
        "Renvoyez le message une fois que le programme peut s’identifier : il n’a pas été envoyé.",
      ],
      prevention: ["Configurez les appareils et applications qui envoient par Microsoft 365 avec OAuth ou un relais avec connecteur, pas avec un mot de passe."],
    },
    'tls.starttls-first': {
      explanation:
        "Le serveur par lequel le programme envoie (son serveur d’envoi, ou le serveur de messagerie suivant) n’accepte le courrier que sur une connexion chiffrée, et le programme a envoyé ses commandes en clair sans démarrer d’abord le chiffrement (la commande STARTTLS, RFC 3207). C’est un réglage du programme ou du serveur qui a envoyé le message : le chiffrement est désactivé ou réglé pour le mauvais port. Aucun serveur de messagerie n’a jugé le message lui-même, et l’adresse du destinataire n’est pas en cause.",
      checklist: [
        "Activez le chiffrement dans les réglages d’envoi (SMTP) du programme : STARTTLS sur le port 587 (ou 25), ou TLS dès le départ (souvent appelé SSL) sur le port 465.",
        "Vérifiez comment la bibliothèque de messagerie du programme nomme ce réglage : mail.smtp.starttls.enable=true dans JavaMail, EMAIL_USE_TLS = True dans Django, SMTPSecure = 'tls' dans PHPMailer, requireTLS: true dans Nodemailer.",
        "Si un serveur de messagerie à vous relaie le message, faites-lui utiliser STARTTLS vers ce serveur (Postfix : smtp_tls_security_level = may, ou encrypt pour ce relais ; Exim : hosts_require_tls dans le transport smtp).",
        "Renvoyez le message une fois le chiffrement activé : il n’a pas été envoyé.",
      ],
      prevention: ["Réglez chaque programme qui envoie du courrier pour qu’il chiffre sa connexion au serveur de messagerie (STARTTLS sur 587 ou TLS sur 465) : la plupart des fournisseurs refusent identifications et courrier en clair."],
    },
    'recipient.malformed': {
      explanation:
        "Le serveur destinataire a refusé l’adresse du destinataire à cause de sa forme, pas après avoir cherché la boîte : elle n’a pas la forme nom@domaine qu’exigent les normes de messagerie (RFC 5321) — un @ manquant ou en double, une espace, une virgule ou un point-virgule, un nom affiché ou des guillemets à la place de l’adresse, un point final, des caractères non autorisés, ou plusieurs adresses qu’un programme a réunies dans un même champ. Bien écrite, l’adresse peut très bien fonctionner.",
      checklist: [
        "Lisez l’adresse que cite la réponse, ou celle à laquelle vous avez écrit : cherchez une espace, une virgule ou un point-virgule entre deux adresses, un @ ou un domaine manquant, un point final, ou un nom ou des guillemets autour.",
        "Corrigez l’adresse là où elle a été saisie ou enregistrée (le carnet d’adresses, le formulaire, la base de données ou les réglages du programme), puis renvoyez le message.",
        "Si un programme a envoyé le message, vérifiez comment il construit la liste des destinataires : une adresse par destinataire, pas une liste ni un nom et une adresse dans un même champ, et aucun caractère que la norme n’autorise pas.",
      ],
      prevention: ["Vérifiez les adresses dès leur saisie (par la validation d’un formulaire ou un e-mail de confirmation), pour qu’une adresse mal tapée n’arrive jamais dans un envoi."],
    },
    'sender.malformed': {
      explanation:
        'Le serveur a refusé l’adresse d’expéditeur que votre serveur ou programme a donnée (dans la commande MAIL FROM), parce que ce n’est pas une adresse complète de la forme nom@domaine : un simple nom (celui du programme, l’identifiant), le nom propre d’une machine au lieu d’un vrai domaine (root@localhost, www-data@ubuntu, l’identifiant d’un conteneur), un nom affiché ou un texte encodé à la place de l’adresse, ou une faute de frappe. C’est un réglage du programme ou du serveur qui a envoyé le message, pas de votre compte ni du DNS de votre domaine, et l’adresse du destinataire n’est pas en cause.',
      checklist: [
        'Lisez l’adresse que cite la réponse (entre chevrons, ou après le code) : c’est ce que votre programme ou serveur a donné comme expéditeur, et elle montre en général ce qui manque, le @ et un domaine, ou un vrai domaine après le nom propre d’une machine (root@localhost, pi@raspberrypi).',
        'Réglez l’adresse d’expéditeur (« from ») dans les réglages de messagerie du programme sur une adresse complète de votre domaine, depuis laquelle votre fournisseur vous laisse envoyer : pas le seul nom affiché, pas l’identifiant, pas l’utilisateur de la machine.',
        'Si c’est un serveur ou un script sur celui-ci qui envoie (cron, une application web via mail() de PHP, un conteneur), faites-lui compléter les adresses qu’il écrit avec votre domaine : myorigin (ou smtp_generic_maps) de Postfix, qualify_domain d’Exim, le masquerading (MASQUERADE_AS) de Sendmail, l’option -f ou sendmail_from de PHP.',
        'Vérifiez que le nom et l’adresse sont séparés : un nom entre guillemets ou encodé (=?utf-8?…?=) à la place de l’adresse, une espace, un point final ou un caractère égaré dans l’adresse est refusé de la même façon.',
      ],
      prevention: ['Donnez à chaque serveur, conteneur et application qui envoie du courrier une adresse d’expéditeur complète de votre propre domaine dans ses réglages de messagerie, au lieu de celle de la machine par défaut.'],
    },
    'network.outbound-blocked': {
      explanation:
        "Le serveur de messagerie qui a envoyé votre message (le vôtre, ou celui de votre fournisseur de messagerie) n’a pas pu ouvrir de connexion vers les serveurs de réception d’un grand fournisseur de messagerie ou service de filtrage (Gmail, Outlook.com, Yahoo, iCloud, GMX et autres) sur le port 25, celui par lequel les serveurs livrent le courrier : la connexion a expiré, a été refusée ou n’a trouvé aucune route. Ces fournisseurs ont plusieurs serveurs de réception qui répondent à toute heure ; quand aucun n’est joignable, la sortie est presque toujours bloquée du côté de l’expéditeur : Google Cloud bloque le port 25 sortant, AWS et Azure le restreignent, DigitalOcean le bloque sur les nouveaux comptes, beaucoup de fournisseurs d’accès internet, particuliers et professionnels, le bloquent aussi, et un pare-feu sur le serveur lui-même peut faire de même. Si l’adresse qu’il n’a pas pu joindre est une adresse IPv6 (écrite avec des deux-points) et que la raison est « Network is unreachable », le serveur n’a pas de route IPv6 qui fonctionne. L’adresse du destinataire et son fournisseur ne sont pas en cause.",
      checklist: [
        "Envoyez cet avis au support de votre fournisseur de messagerie, si vous envoyez par l’un d’eux : son serveur n’a pas pu sortir vers le fournisseur du destinataire, et seul ce fournisseur peut y remédier.",
        "Vérifiez depuis le serveur s’il peut joindre un serveur de messagerie sur le port 25 : si ce test vers les serveurs de Gmail expire ou est refusé lui aussi, le blocage est de votre côté, pas de celui du destinataire.",
        "Demandez à votre hébergeur ou fournisseur cloud s’il bloque le port 25 sortant, et comment l’ouvrir pour un serveur qui livre lui-même son courrier : Google Cloud bloque le port 25, AWS et Azure le restreignent, DigitalOcean le bloque sur les nouveaux comptes ; les fournisseurs d’accès internet le bloquent souvent aussi.",
        "Envoyez plutôt par un relais si le port 25 reste fermé : le serveur de votre fournisseur de messagerie ou d’un service d’envoi sur le port 587 avec identification (dans Postfix, relayhost = [smtp.example.com]:587 avec authentification SASL).",
        "Si l’adresse qu’il n’a pas pu joindre contient des deux-points (IPv6) et que la raison est « Network is unreachable », faites utiliser IPv4 seul au serveur (Postfix : inet_protocols = ipv4) ou donnez-lui une route IPv6 qui fonctionne.",
        "Vérifiez le pare-feu du serveur lui-même : une règle qui rejette les connexions sortantes vers le port 25 (iptables ou nftables, ufw, un groupe de sécurité dans le cloud).",
      ],
      prevention: ["Avant de faire tourner un serveur de messagerie sur une machine cloud ou hébergée, vérifiez que son fournisseur le laisse envoyer sur le port 25, ou configurez-le dès le départ pour relayer par un service d’envoi."],
    },
    'list.held': {
      explanation:
        'La liste de diffusion n’a pas refusé votre message : elle le retient jusqu’à ce qu’un modérateur l’examine, pour la raison que donne l’avis (vous n’êtes pas abonné, la liste est modérée, le message a beaucoup de destinataires ou un en-tête que la liste surveille). Le modérateur le laissera partir vers la liste ou le rejettera, et la liste vous avertit s’il le rejette. Votre serveur de messagerie et votre adresse ne sont pas en cause, et rien n’est à renvoyer.',
      checklist: [
        'Attendez la décision du modérateur et ne renvoyez pas le message : une deuxième copie serait retenue aussi, et les deux pourraient partir.',
        'Écrivez depuis l’adresse avec laquelle vous êtes abonné, si vous êtes membre de la liste : un message d’une autre de vos adresses est retenu comme celui d’un non-membre.',
        'Demandez au propriétaire de la liste d’autoriser votre adresse, ou abonnez-vous, si vous voulez que vos messages partent sans attendre un modérateur.',
        'Utilisez le lien de l’avis pour annuler l’envoi, si vous ne voulez plus qu’il parte.',
      ],
      prevention: ['Écrivez aux listes de diffusion depuis l’adresse avec laquelle vous êtes abonné.'],
    },
    'client.tls': {
      explanation:
        'Le programme qui a envoyé ce message (une application, un script, un client de messagerie, ou un serveur de messagerie à vous) a joint le serveur de messagerie auquel il envoyait, mais les deux n’ont pas pu établir de connexion chiffrée (TLS) : rien n’a été envoyé. En général, le port et le réglage de chiffrement ne vont pas ensemble (le port 465 attend TLS dès le premier octet ; 587 et 25 commencent en clair et basculent avec STARTTLS), le certificat du serveur n’est pas valable pour le nom auquel le programme s’est connecté (une adresse IP ou un alias au lieu du nom du certificat), a expiré ou est auto-signé, le serveur n’offre pas de chiffrement sur ce port, ou le système du programme est trop ancien pour les versions TLS et les autorités de certification du serveur. Aucun serveur n’a refusé le message, et l’adresse du destinataire n’est pas en cause.',
      checklist: [
        'Vérifiez que le port et le réglage de chiffrement vont ensemble : 465 avec TLS dès le départ (souvent appelé SSL), 587 avec STARTTLS. « Wrong version number », « unrecognized SSL message » ou une négociation qui échoue aussitôt signifie en général que l’un est réglé pour l’autre.',
        'Vérifiez que le programme utilise le nom de serveur qui figure sur le certificat du serveur, celui qu’indique votre fournisseur de messagerie, et non une adresse IP, « localhost » ou un autre alias du serveur.',
        'Vérifiez le certificat que présente le serveur, depuis la machine où tourne le programme (avec le nom du serveur et le port du programme) : il doit être valide aujourd’hui et émis pour ce nom.',
        'Demandez à qui gère le serveur de messagerie de renouveler un certificat expiré ou de remplacer un certificat auto-signé, si c’est ce qu’il présente ; ne désactivez la vérification des certificats dans le programme que pour un test, jamais pour du vrai courrier.',
        'Mettez à jour les autorités de certification de confiance et l’environnement d’exécution sur la machine du programme (les certificats CA du système, OpenSSL, Java, .NET, PHP) si le certificat est valide et que l’erreur persiste, ou si l’erreur cite une version de protocole : les anciens systèmes n’ont ni les autorités actuelles ni TLS 1.2 ou 1.3.',
      ],
      prevention: ['Configurez les programmes avec le nom de serveur, le port et le chiffrement qu’indique votre fournisseur de messagerie, envoyez un message de test après chaque changement, et surveillez la date d’expiration du certificat de votre propre serveur.'],
    },
    'client.no-connection': {
      explanation:
        'Le programme qui a envoyé ce message (une application, un script, un client de messagerie ou un serveur de messagerie à vous) n’a pas pu se connecter au serveur de messagerie auquel il envoyait : le nom du serveur n’a pas pu être résolu, la connexion a été refusée ou a expiré, ou elle a été coupée avant que le serveur réponde. Aucun serveur de messagerie n’a refusé le message, et l’adresse du destinataire n’est pas en cause. La cause se trouve en général du côté de l’envoi : un nom de serveur, un port ou un réglage de chiffrement erroné, aucun serveur de messagerie là où le programme le cherche (comme localhost), ou un pare-feu ou un hébergeur qui bloque les ports de messagerie sortants.',
      checklist: [
        'Comparez les réglages de serveur de messagerie du programme à ceux de votre fournisseur : le nom du serveur (sans faute de frappe, espace ni guillemet), le port et le chiffrement qui va avec (587 avec STARTTLS, 465 avec TLS dès le départ). Un refus de localhost ou de 127.0.0.1 signifie qu’aucun serveur de messagerie ne tourne sur cette machine.',
        'Depuis la machine où tourne le programme, vérifiez que le nom du serveur se résout et que son port répond (par exemple avec nc -vz, ou Test-NetConnection sous Windows, avec le nom du serveur et le port).',
        'Si la connexion expire, demandez à votre hébergeur ou fournisseur cloud s’il bloque les ports de messagerie sortants : Google Cloud bloque le port 25, AWS et Azure le restreignent, DigitalOcean le bloque sur les nouveaux comptes. Envoyez plutôt par votre fournisseur de messagerie sur le port 587 ou 465, ou demandez la levée du blocage.',
        'Renvoyez le message une fois que le programme se connecte : il n’a pas été envoyé.',
      ],
      prevention: ['Après avoir changé les réglages de messagerie du programme, ou l’avoir déplacé vers un autre serveur ou réseau, envoyez un message de test.'],
    },
    'sendmail.relay-mailer': {
      explanation:
        "Le Sendmail de votre serveur confie le courrier sortant à un relais (un smarthost) et n’a pas pu résoudre le nom de ce relais : la ligne du journal indique que le mailer relay livrait (mailer=relay) et nomme l’hôte introuvable. L’adresse et le domaine du destinataire ne sont pas en cause ; le message n’a pas quitté votre serveur.",
      checklist: [
        "Vérifiez que le nom du relais dans votre configuration Sendmail (SMART_HOST dans sendmail.mc, la ligne DS de sendmail.cf) ne comporte pas de faute.",
        "Vérifiez que votre serveur peut résoudre ce nom (ses réglages DNS, /etc/hosts).",
        "Ensuite, régénérez sendmail.cf, redémarrez Sendmail et relancez la file d’attente (sendmail -q).",
      ],
      prevention: ["Après avoir changé le nom du relais ou les réglages DNS de votre serveur, envoyez un message de test et lisez le journal du courrier."],
    },
    'fact.temporary-domain': {
      explanation:
        'La recherche de l’endroit où {recipientDomain} reçoit ses messages a donné « domaine inexistant » cette fois, et votre serveur le traite comme temporaire : il va réessayer. Un domaine tout juste enregistré ou modifié, ou une panne DNS, fait cela ; un domaine mal orthographié aussi, et il continuera d’échouer.',
      checklist: [
        'Vérifiez l’orthographe du domaine (la partie après le @).',
        'Cherchez le domaine vous-même.',
        'Laissez votre serveur continuer d’essayer si le domaine est juste ; s’il est mal orthographié, écrivez plutôt à la bonne adresse.',
      ],
    },
  },
  finals: {
    'rate-limit': {
      explanation:
        'Vous avez envoyé plus de messages, de destinataires ou de connexions que le serveur destinataire (ou votre propre fournisseur) n’en autorise sur une période, et ce message a été refusé, pas différé : il ne sera pas retenté. La limite se réinitialise après sa période, souvent une heure ou un jour.',
      checklist: [
        'Attendez que la limite se réinitialise (la réponse ou la page des limites de votre fournisseur dit quand ; souvent une heure ou un jour), puis renvoyez le message.',
        'Étalez les gros envois dans le temps et gardez peu de destinataires par message.',
        'Vérifiez les limites d’envoi de votre fournisseur, et votre compte pour des envois inattendus, si son quota a été atteint.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    network: {
      explanation:
        'Le serveur de messagerie du destinataire est introuvable dans le DNS, a refusé la connexion, ou n’a pas répondu à temps, et votre serveur a cessé d’essayer : ce message n’a pas été distribué. Le serveur est peut-être en panne ou mal configuré, ou un pare-feu bloque le passage.',
      checklist: [
        'Cherchez les serveurs de messagerie du domaine destinataire.',
        'Renvoyez le message plus tard ; si cela échoue encore, prévenez le destinataire par un autre moyen.',
        'Vérifiez que les connexions sortantes vers le port 25 sont autorisées.',
      ],
    },
    greylisting: {
      explanation:
        'Le serveur destinataire a différé votre message par greylisting à chaque tentative de votre serveur, et votre serveur a cessé d’essayer : ce message n’a pas été remis. Le greylisting laisse passer un message quand le même serveur réessaie après quelques minutes ; il continue de différer quand chaque tentative vient d’un autre serveur ou d’une autre adresse IP d’un pool, quand chaque tentative utilise une nouvelle adresse d’expéditeur d’enveloppe, ou quand les nouvelles tentatives s’arrêtent trop tôt.',
      checklist: [
        'Renvoyez le message.',
        'Vérifiez que votre serveur réessaie le courrier différé depuis la même adresse IP sortante et avec le même expéditeur d’enveloppe (Return-Path), pendant au moins quelques heures.',
        'S’il est de nouveau refusé, demandez à l’administrateur du destinataire d’exempter votre serveur d’envoi du greylisting.',
      ],
    },
  },
  programs: {
    'rate-limit': {
      explanation:
        'Vous avez envoyé plus de messages, de destinataires ou de connexions que le serveur destinataire (ou votre propre fournisseur) n’en autorise sur une période, et il a différé ce message (une réponse 4xx). Le programme qui l’a signalé ne le renvoie que s’il garde le courrier en échec dans une file d’attente qui réessaie. La limite se réinitialise après sa période, souvent de quelques minutes à une heure.',
      checklist: [
        'Renvoyez le message une fois la limite réinitialisée (la réponse ou la page des limites de votre fournisseur l’indique parfois), ou laissez la file d’attente du programme réessayer ; renvoyer tout de suite augmente le compte.',
        'Ralentissez le programme : moins de messages par connexion et par minute, et moins de destinataires par message.',
        'Vérifiez les limites d’envoi de votre fournisseur, et votre compte pour des envois inattendus, si son quota a été atteint.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
  },
  providerSteps: {
    'google:auth-required': ['Pour un compte Gmail ou Google Workspace : connectez-vous avec un mot de passe d’application (il faut que la validation en deux étapes soit activée) ou depuis une application qui se connecte avec Google (OAuth) ; Google n’accepte plus le mot de passe du compte lui-même depuis d’autres logiciels de messagerie.'],
    'microsoft:ip-blocklist': MICROSOFT_IP,
    'microsoft:reputation': MICROSOFT_IP,
    'google:reputation': GOOGLE_REPUTATION,
    'google:spam': GOOGLE_REPUTATION,
    'google:unauthenticated': GOOGLE_AUTH,
    'google:spf': GOOGLE_AUTH,
    'google:dkim': GOOGLE_AUTH,
    'google:dmarc': GOOGLE_AUTH,
    'yahoo:reputation': YAHOO_REPUTATION,
    'yahoo:rate-limit': YAHOO_REPUTATION,
    'yahoo:spam': YAHOO_REPUTATION,
    'yahoo:ip-blocklist': YAHOO_REPUTATION,
    'kddi:recipient-policy': [
      'Les téléphones au refusent les messages que les réglages anti-spam du propriétaire n’autorisent pas (souvent tout ce qui vient d’ordinateurs ou de domaines inconnus) : demandez au destinataire d’ajouter votre adresse ou votre domaine à ses expéditeurs autorisés (受信リスト) dans les réglages de messagerie au.',
    ],
    'mimecast:spam': gatewayAllow('Mimecast', 'ses Permitted Senders'),
    'mimecast:policy': gatewayAllow('Mimecast', 'ses Permitted Senders'),
    'mimecast:content-policy': gatewayAllow('Mimecast', 'ses Permitted Senders'),
    'proofpoint:spam': gatewayAllow('Proofpoint', 'sa liste d’expéditeurs approuvés'),
    'proofpoint:policy': gatewayAllow('Proofpoint', 'sa liste d’expéditeurs approuvés'),
  },
  whoActs: {
    spf: { permanent: 'Vous : ajoutez le serveur qui a envoyé ceci à l’enregistrement SPF de votre domaine, puis renvoyez', temporary: 'Vous : corrigez l’enregistrement SPF de votre domaine ; votre serveur continue d’essayer en attendant' },
    dkim: { permanent: 'Vous : activez la signature DKIM pour votre domaine, puis renvoyez', temporary: 'Vous : corrigez la signature DKIM de votre domaine ; votre serveur continue d’essayer en attendant' },
    dmarc: { permanent: 'Vous : faites passer SPF ou DKIM pour votre domaine au service qui a envoyé ceci, puis renvoyez', temporary: 'Vous : faites passer SPF ou DKIM au service d’envoi ; votre serveur continue d’essayer en attendant' },
    unauthenticated: { permanent: 'Vous : configurez SPF et DKIM pour votre domaine, puis renvoyez', temporary: 'Vous : configurez SPF et DKIM pour votre domaine ; votre serveur continue d’essayer en attendant' },
    ptr: { permanent: 'Vous ou qui gère votre serveur de messagerie : donnez un nom DNS inverse à l’IP d’envoi, puis renvoyez', temporary: 'Vous ou qui gère votre serveur de messagerie : donnez un nom DNS inverse à l’IP d’envoi ; votre serveur continue d’essayer' },
    'ip-blocklist': { permanent: 'Vous ou votre fournisseur de messagerie : supprimez la cause et demandez le retrait de la liste, puis renvoyez', temporary: 'Vous ou votre fournisseur de messagerie : supprimez la cause et demandez le retrait de la liste ; votre serveur continue d’essayer' },
    'domain-blocklist': { permanent: 'Vous : retirez le domaine listé du message ou demandez son retrait, puis renvoyez', temporary: 'Vous : retirez le domaine listé ou demandez son retrait ; votre serveur continue d’essayer' },
    reputation: { permanent: 'Vous : envoyez moins, et seulement aux personnes qui veulent vos messages', temporary: 'Vous : envoyez moins pendant un temps ; votre serveur continue d’essayer' },
    'rate-limit': { permanent: 'Vous : envoyez moins à la fois, puis renvoyez plus tard', temporary: 'Personne pour l’instant : votre serveur réessaie ; vous : envoyez moins à la fois' },
    spam: { permanent: 'Vous : modifiez le message, puis renvoyez', temporary: 'Personne pour l’instant : votre serveur réessaie ; si cela échoue encore, vous : modifiez le message' },
    virus: { permanent: 'Vous : retirez la pièce jointe dangereuse, puis renvoyez', temporary: 'Vous : retirez la pièce jointe dangereuse ; votre serveur continue d’essayer en attendant' },
    'content-policy': { permanent: 'Vous : envoyez le fichier autrement (un lien, un autre format)', temporary: 'Personne pour l’instant : votre serveur réessaie ; si cela échoue encore, vous : envoyez le fichier autrement' },
    'message-size': { permanent: 'Vous : envoyez un message plus petit (les gros fichiers en lien)', temporary: 'Personne pour l’instant : votre serveur réessaie ; si cela échoue encore, vous : envoyez un message plus petit' },
    'message-format': { permanent: 'Vous ou l’application qui l’a envoyé : corrigez la construction du message', temporary: 'Vous ou l’application qui l’a envoyé : corrigez la construction du message ; votre serveur continue d’essayer' },
    'relay-denied': { permanent: 'Vous : vérifiez les réglages de votre serveur d’envoi et le domaine du destinataire', temporary: 'Vous : vérifiez les réglages de votre serveur d’envoi ; votre serveur continue d’essayer' },
    'auth-required': { permanent: 'Vous : connectez-vous à votre serveur d’envoi (vérifiez les réglages SMTP), puis renvoyez', temporary: 'Vous : vérifiez l’identifiant dans vos réglages SMTP ; votre serveur continue d’essayer' },
    'tls-required': { permanent: 'Vous ou l’administrateur du destinataire : réparez la connexion chiffrée, puis renvoyez', temporary: 'Vous ou l’administrateur du destinataire : réparez la connexion chiffrée ; votre serveur continue d’essayer' },
    'sender-rejected': { permanent: 'Vous : envoyez depuis une adresse que vous avez le droit d’utiliser', temporary: 'Vous : vérifiez votre adresse d’expéditeur ; votre serveur continue d’essayer' },
    'recipient-unknown': { permanent: 'Vous : corrigez l’adresse ou cessez d’y écrire', temporary: 'Personne pour l’instant : votre serveur réessaie ; vous : vérifiez l’adresse' },
    'recipient-domain': { permanent: 'Vous : corrigez le domaine ou cessez d’y écrire', temporary: 'Personne pour l’instant : votre serveur réessaie ; vous : vérifiez l’orthographe du domaine' },
    'mailbox-full': { permanent: 'Le destinataire : libérer de la place — vous : réessayer plus tard', temporary: 'Le destinataire : libérer de la place — votre serveur continue d’essayer' },
    'mailbox-disabled': { permanent: 'Vous : demandez une nouvelle adresse à la personne et cessez d’écrire à celle-ci', temporary: 'Personne pour l’instant : votre serveur réessaie ; vous : demandez à la personne si l’adresse fonctionne encore' },
    'recipient-policy': { permanent: 'Le destinataire : autoriser votre adresse — vous : le lui demander', temporary: 'Le destinataire : autoriser votre adresse — votre serveur continue d’essayer' },
    policy: { permanent: 'Vous : lisez la réponse ; l’administrateur du destinataire peut dire quelle règle l’a refusé', temporary: 'Personne pour l’instant : votre serveur réessaie ; si cela échoue encore, vous : contactez le destinataire autrement' },
    greylisting: { permanent: 'Vous : renvoyez le message', temporary: 'Personne : votre serveur réessaie de lui-même' },
    'delivery-timeout': { permanent: 'Vous : vérifiez l’adresse, puis renvoyez plus tard ou joignez la personne autrement', temporary: STILL_TRYING },
    network: { permanent: 'Le côté destinataire : réparer son serveur de messagerie — vous : renvoyer plus tard', temporary: 'Le côté destinataire : réparer son serveur de messagerie — votre serveur continue d’essayer' },
    'remote-error': { permanent: 'L’administrateur du destinataire : réparer son serveur — vous : réessayer plus tard', temporary: 'L’administrateur du destinataire : réparer son serveur — votre serveur continue d’essayer' },
    protocol: { permanent: 'Vous ou l’application qui l’a envoyé : corrigez le programme d’envoi', temporary: 'Vous ou l’application qui l’a envoyé : corrigez le programme d’envoi ; votre serveur continue d’essayer' },
    'auto-reply': { permanent: 'Personne : votre message a été remis', temporary: 'Personne : votre message a été remis' },
    complaint: { permanent: 'Vous : cessez d’écrire à cette personne', temporary: 'Vous : cessez d’écrire à cette personne' },
    delivered: { permanent: 'Personne : votre message a été remis', temporary: 'Personne : votre message a été remis' },
    unknown: { permanent: 'Vous : lisez la réponse, puis contactez le destinataire autrement', temporary: STILL_TRYING },
  },
  ruleWhoActs: {
    'recipient.suppressed': { permanent: 'Vous : regardez dans la liste de suppression de votre service d’envoi pourquoi l’adresse a déjà rebondi ; corrigez-la ou cessez d’y écrire', temporary: 'Vous : regardez dans la liste de suppression de votre service d’envoi pourquoi l’adresse a déjà rebondi' },
    'service.test-mode': { permanent: "Vous : envoyez depuis votre propre domaine vérifié, ou autorisez le destinataire dans votre service d’envoi", temporary: "Vous : envoyez depuis votre propre domaine vérifié, ou autorisez le destinataire dans votre service d’envoi" },
    'service.account-hold': { permanent: "Vous : demandez à votre service d’envoi pourquoi il n’envoie plus pour votre compte ou votre domaine, et faites rétablir l’envoi", temporary: "Vous : demandez à votre service d’envoi pourquoi il n’envoie plus pour votre compte ou votre domaine, et faites rétablir l’envoi" },
    'service.sender-unverified': { permanent: "Vous : faites vérifier l’adresse ou le domaine d’expédition dans votre service d’envoi, puis renvoyez", temporary: "Vous : faites vérifier l’adresse ou le domaine d’expédition dans votre service d’envoi, puis renvoyez" },
    'sender.login-mismatch': { permanent: 'Vous : envoyez depuis une adresse que votre identifiant peut utiliser, ou obtenez le droit d’envoyer sous celle-ci', temporary: 'Vous : envoyez depuis une adresse que votre identifiant peut utiliser, ou obtenez le droit d’envoyer sous celle-ci' },
    'tenant.unregistered-domain': { permanent: 'Vous ou votre administrateur Microsoft 365 : ajoutez et vérifiez dans Microsoft 365 le domaine depuis lequel vous envoyez', temporary: 'Vous ou votre administrateur Microsoft 365 : ajoutez et vérifiez dans Microsoft 365 le domaine depuis lequel vous envoyez' },
    'auth.helo': { permanent: 'Vous ou qui gère le serveur d’envoi : faites-le se présenter avec son nom de domaine complet, puis renvoyez', temporary: 'Vous ou qui gère le serveur d’envoi : faites-le se présenter avec son nom de domaine complet ; votre serveur réessaie' },
    'mta.mail-loop': { permanent: 'Qui gère ce serveur de messagerie : configurez-le pour recevoir le courrier du domaine, ou corrigez l’enregistrement MX du domaine', temporary: 'Qui gère ce serveur de messagerie : configurez-le pour recevoir le courrier du domaine, ou corrigez l’enregistrement MX du domaine' },
    'mta.hop-loop': { permanent: "Le destinataire, ou qui gère sa messagerie : corrigez le transfert ou le routage qui boucle — vous : prévenez-le, puis renvoyez", temporary: "Le destinataire, ou qui gère sa messagerie : corrigez le transfert ou le routage qui boucle — votre serveur réessaie" },
    'blocklist.lookup-error': { permanent: "L’administrateur du destinataire : corrigez les requêtes aux listes de blocage — vous : prévenez-le, puis renvoyez", temporary: "L’administrateur du destinataire : corrigez les requêtes aux listes de blocage — votre serveur réessaie" },
    'client.no-connection': { permanent: 'Vous ou qui gère le programme : corrigez ses réglages de serveur de messagerie, ou ouvrez l’accès à ce serveur', temporary: 'Vous ou qui gère le programme : corrigez ses réglages de serveur de messagerie, ou ouvrez l’accès à ce serveur' },
    'client.tls': { permanent: 'Vous ou qui gère le programme : accordez son port et son chiffrement au serveur, ou corrigez le certificat du serveur', temporary: 'Vous ou qui gère le programme : accordez son port et son chiffrement au serveur, ou corrigez le certificat du serveur' },
    'list.held': { permanent: 'Le modérateur de la liste : accepter ou rejeter — vous : rien à renvoyer', temporary: 'Le modérateur de la liste : accepter ou rejeter — vous : rien à renvoyer' },
    'auth.login-throttle': { permanent: 'Vous : corrigez l’identification du programme et laissez-le au repos un moment, puis renvoyez', temporary: 'Vous : corrigez l’identification du programme et laissez-le au repos un moment, puis renvoyez' },
    'account.sending-limit': { permanent: 'Vous : attendez que la limite d’envoi de votre compte soit réinitialisée, puis renvoyez', temporary: 'Vous : attendez que la limite d’envoi de votre compte soit réinitialisée, puis renvoyez' },
    'auth.sasl-mechanism': { permanent: 'Vous ou qui gère le serveur d’envoi : chiffrez la connexion avant l’identification, ou autorisez une méthode que le serveur propose', temporary: 'Vous ou qui gère le serveur d’envoi : chiffrez la connexion avant l’identification, ou autorisez une méthode que le serveur propose ; votre serveur réessaie' },
    'auth.login-refused': { permanent: "Vous : corrigez l’identification dans les réglages d’envoi (SMTP) du programme, puis renvoyez", temporary: "Vous : corrigez l’identification dans les réglages d’envoi (SMTP) du programme ; votre serveur réessaie" },
    'microsoft.smtp-auth-off': { permanent: "Votre administrateur Microsoft 365 : autorisez SMTP AUTH pour la boîte, ou vous : passez le programme à OAuth ou à un relais, puis renvoyez", temporary: "Votre administrateur Microsoft 365 : autorisez SMTP AUTH pour la boîte, ou vous : passez le programme à OAuth ou à un relais ; votre serveur réessaie" },
    'tls.starttls-first': { permanent: "Vous ou qui gère le programme : activez le chiffrement (STARTTLS) dans ses réglages de messagerie, puis renvoyez", temporary: "Vous ou qui gère le programme : activez le chiffrement (STARTTLS) dans ses réglages de messagerie ; votre serveur réessaie" },
    'recipient.malformed': { permanent: "Vous : corrigez l’adresse là où elle a été écrite, puis renvoyez", temporary: "Vous : corrigez l’adresse là où elle a été écrite ; votre serveur réessaie" },
    'sender.malformed': { permanent: 'Vous ou qui gère le programme ou le serveur : réglez une adresse d’expéditeur complète (nom@votre-domaine) dans ses réglages de messagerie, puis renvoyez', temporary: 'Vous ou qui gère le programme ou le serveur : réglez une adresse d’expéditeur complète (nom@votre-domaine) dans ses réglages de messagerie ; votre serveur réessaie' },
    'network.outbound-blocked': { permanent: "Qui gère le serveur de messagerie d’envoi (vous, votre hébergeur ou votre fournisseur de messagerie) : ouvrez le port 25 sortant ou relayez par le port 587, puis renvoyez", temporary: "Qui gère le serveur de messagerie d’envoi (vous, votre hébergeur ou votre fournisseur de messagerie) : ouvrez le port 25 sortant ou relayez par le port 587 ; le serveur réessaie" },
    'sendmail.relay-mailer': { permanent: "Vous : corrigez le nom du relais dans votre configuration Sendmail, ou la résolution de noms de votre serveur", temporary: "Vous : corrigez le nom du relais dans votre configuration Sendmail, ou la résolution de noms de votre serveur" },
  },
  temporary: {
    lead: 'C’est un retard, pas un échec définitif : le serveur destinataire a différé le message (une réponse 4xx), et votre serveur continue d’essayer de lui-même, en général pendant quelques jours.',
    wait: 'Attendez, et n’envoyez pas le message à nouveau à la main : votre serveur continue d’essayer, et une copie envoyée maintenant pourrait arriver deux fois.',
    ifFails: 'Si votre serveur finit par abandonner et qu’un avis d’échec suit, corrigez ce qu’il indique, puis renvoyez.',
    programLead:
      'C’est un refus temporaire, pas définitif : le serveur destinataire a différé le message (une réponse 4xx) et demande qu’il soit renvoyé plus tard. Le programme qui l’a signalé ne réessaie que s’il garde le courrier en échec dans une file d’attente qui réessaie.',
    programWait: 'Laissez la file d’attente du programme réessayer, s’il en a une ; sinon, renvoyez le message dans un moment (quelques minutes à une heure).',
    ownLead: 'C’est un retard, pas un échec définitif : votre propre serveur de messagerie garde le message et continue d’essayer de lui-même, en général pendant quelques jours.',
    finalWords: ['de nouveau refusé', 'continueront de refuser', 'renvoyez', 'renvoyer', 'non remis', 'pas été remis'],
  },
  registry: {
    '0.0': 'Autre statut non défini',
    '1.0': 'Autre statut d’adresse',
    '1.1': 'Adresse de boîte de destination incorrecte',
    '1.2': 'Adresse de système de destination incorrecte',
    '1.3': 'Syntaxe d’adresse de boîte de destination incorrecte',
    '1.4': 'Adresse de boîte de destination ambiguë',
    '1.5': 'Adresse de destination valide',
    '1.6': 'La boîte de destination a déménagé, sans adresse de réexpédition',
    '1.7': 'Syntaxe incorrecte de l’adresse de boîte de l’expéditeur',
    '1.8': 'Adresse de système de l’expéditeur incorrecte',
    '1.9': 'Message relayé vers un logiciel de messagerie non conforme',
    '1.10': 'L’adresse du destinataire a un MX nul',
    '2.0': 'Autre statut de boîte ou statut non défini',
    '2.1': 'Boîte désactivée, n’accepte pas de messages',
    '2.2': 'Boîte pleine',
    '2.3': 'La taille du message dépasse la limite administrative',
    '2.4': 'Problème d’expansion de liste de diffusion',
    '3.0': 'Autre statut du système de messagerie ou statut non défini',
    '3.1': 'Système de messagerie plein',
    '3.2': 'Le système n’accepte pas de messages du réseau',
    '3.3': 'Le système ne prend pas en charge les fonctions demandées',
    '3.4': 'Message trop gros pour le système',
    '3.5': 'Système mal configuré',
    '3.6': 'La priorité demandée a été modifiée',
    '4.0': 'Autre statut réseau ou de routage, ou statut non défini',
    '4.1': 'Pas de réponse de l’hôte',
    '4.2': 'Mauvaise connexion',
    '4.3': 'Panne du serveur d’annuaire',
    '4.4': 'Routage impossible',
    '4.5': 'Congestion du système de messagerie',
    '4.6': 'Boucle de routage détectée',
    '4.7': 'Délai de remise expiré',
    '4.8': 'TLS implicite requis',
    '5.0': 'Autre statut de protocole ou statut non défini',
    '5.1': 'Commande non valide',
    '5.2': 'Erreur de syntaxe',
    '5.3': 'Trop de destinataires',
    '5.4': 'Arguments de commande non valides',
    '5.5': 'Mauvaise version de protocole',
    '5.6': 'Ligne d’échange d’authentification trop longue',
    '6.0': 'Autre erreur de média ou erreur non définie',
    '6.1': 'Média non pris en charge',
    '6.2': 'Conversion requise mais interdite',
    '6.3': 'Conversion requise mais non prise en charge',
    '6.4': 'Conversion effectuée avec perte',
    '6.5': 'Échec de la conversion',
    '6.6': 'Contenu du message indisponible',
    '6.7': 'Adresses non ASCII non autorisées pour cet expéditeur ou ce destinataire',
    '6.8': 'Réponse en UTF-8 requise, mais non permise par le client SMTP',
    '6.9': 'Un message à en-têtes UTF-8 ne peut pas être transmis à un ou plusieurs destinataires',
    '6.10': 'Réponse en UTF-8 requise, mais non permise par le client SMTP',
    '7.0': 'Autre statut de sécurité ou statut non défini',
    '7.1': 'Remise non autorisée, message refusé',
    '7.2': 'Expansion de liste de diffusion interdite',
    '7.3': 'Conversion de sécurité requise mais impossible',
    '7.4': 'Fonctions de sécurité non prises en charge',
    '7.5': 'Échec cryptographique',
    '7.6': 'Algorithme cryptographique non pris en charge',
    '7.7': 'Échec de l’intégrité du message',
    '7.8': 'Identifiants d’authentification non valides',
    '7.9': 'Mécanisme d’authentification trop faible',
    '7.10': 'Chiffrement nécessaire',
    '7.11': 'Chiffrement requis pour le mécanisme d’authentification demandé',
    '7.12': 'Un changement de mot de passe est nécessaire',
    '7.13': 'Compte utilisateur désactivé',
    '7.14': 'Relation de confiance requise',
    '7.15': 'Niveau de priorité trop bas',
    '7.16': 'Message trop gros pour la priorité indiquée',
    '7.17': 'Le titulaire de la boîte a changé',
    '7.18': 'Le titulaire du domaine a changé',
    '7.19': 'Le test RRVS ne peut pas être mené à bien',
    '7.20': 'Aucune signature DKIM valide trouvée',
    '7.21': 'Aucune signature DKIM acceptable trouvée',
    '7.22': 'Aucune signature DKIM valide correspondant à l’auteur trouvée',
    '7.23': 'Échec de la validation SPF',
    '7.24': 'Erreur de validation SPF',
    '7.25': 'Échec de la validation DNS inverse',
    '7.26': 'Plusieurs contrôles d’authentification ont échoué',
    '7.27': 'L’adresse de l’expéditeur a un MX nul',
    '7.28': 'Afflux de messages détecté',
    '7.29': 'Échec de la validation ARC',
    '7.30': 'Prise en charge de REQUIRETLS requise',
  },
  classMeaning: {
    '2': 'Succès',
    '4': 'Échec temporaire persistant : le même message pourra être accepté plus tard',
    '5': 'Échec définitif : renvoyer sans rien changer échouera encore',
  },
  unlisted: '{meaning} (un code que le registre ne liste pas)',
  values: {
    who: 'Le serveur destinataire',
    domain: 'votre domaine',
    recipient: 'le destinataire',
    recipientDomain: 'le domaine du destinataire',
    ip: 'votre IP d’envoi',
    selectorKnown: 'sélecteur {selector}, tiré de la signature DKIM de votre message',
    selectorUnknown: 'le rebond ne montre pas votre sélecteur : remplacez SELECTOR par celui que votre fournisseur vous a donné',
    defaultZone: 'Spamhaus ZEN, la liste de blocage la plus utilisée',
    refusedValue: '(Une valeur du rebond n’est pas valide dans cette commande ; remplacez {placeholder}.)',
    typo: 'Vérifiez l’adresse : {recipientDomain} ressemble à une faute de frappe pour {meant}. S’il s’agit de {meantAddress}, écrivez plutôt à cette adresse.',
    didYouMean: ' — vouliez-vous dire {meantAddress} ?',
  },
  links: {
    reply: 'La page citée dans la réponse',
    zone: '{zone} : vérifier et demander le retrait',
    delisting: '{provider} : retrait de liste',
    postmaster: '{provider} : page postmaster',
    errors: '{provider} : codes d’erreur',
  },
  reason: {
    provider: 'Réponse documentée de {provider} : {evidence}.',
    reply: 'La réponse dit {evidence}.',
    statusAgrees: 'Le code de statut {status} le confirme.',
    statusOnly: 'Seul le code de statut {status} dit ce qui s’est passé.',
    codeOnly: 'Seul le code de réponse {code} dit ce qui s’est passé.',
    authResults: 'Les Authentication-Results du message d’origine montrent {result}.',
    alternative: 'Il pourrait aussi s’agir de : {title}.',
    none: 'Rien dans la réponse ne correspond à une cause connue.',
    noReply: 'Le rebond ne contient aucune réponse d’où tirer une cause.',
    notFailure: 'Ce message n’est pas un échec : {title}.',
    quote: '« {text} »',
    status: 'statut {status}',
    code: 'code {code}',
  },
};
