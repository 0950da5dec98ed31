/**
 * Was Bounce Doctor sagt, auf Deutsch: dieselben Schlüssel und {Platzhalter} wie die englischen Texte (catalog.ts,
 * en.ts, titles.ts); Schritte stehen an derselben Stelle wie in en.ts. Fachbegriffe (SPF, DKIM, DMARC, PTR, MX) und
 * Befehle bleiben, wie sie sind. Anrede: Sie.
 */
import type { DeepPartial } from '../../i18n/catalog';
import type { Knowledge } from './catalog';

const SPF = 'SPF (Sender Policy Framework: ein DNS-Eintrag, der die Server aufführt, die für Ihre Domain Mail senden dürfen)';
const DKIM = 'DKIM (DomainKeys Identified Mail: eine kryptografische Signatur, die Ihr Mailserver anbringt und die gegen einen Schlüssel in Ihrem DNS geprüft wird)';
const DMARC = 'DMARC (eine DNS-Richtlinie, die Empfängern sagt, was mit Mail geschehen soll, die für Ihre Domain an SPF und DKIM scheitert)';

const AUTH_PREVENTION = [
  'Veröffentlichen Sie SPF, DKIM und DMARC für jede Domain, von der Sie senden, und lesen Sie Ihre DMARC-Sammelberichte (rua=), um Fehler früh zu bemerken.',
  'Wenn Sie einen neuen Versanddienst hinzufügen (Newsletter-Tool, CRM, Helpdesk), tragen Sie ihn in SPF ein und richten Sie sein DKIM ein, bevor Sie senden.',
];
const REPUTATION_PREVENTION = [
  'Senden Sie nur an Menschen, die Ihre Mail angefordert haben; entfernen Sie Adressen, die zurückkommen, und Empfänger, die nie öffnen.',
  'Wärmen Sie neue IP-Adressen und Domains langsam auf, und trennen Sie Marketing- und Transaktionsmail in eigene Ströme.',
  'Halten Sie die Bounce-Rate unter 2–3 % und die Beschwerderate unter 0,1 % (beobachten Sie Google Postmaster Tools und Microsoft SNDS).',
];
const LIST_HYGIENE = [
  'Entfernen Sie diese Adresse jetzt aus Ihren Listen; wiederholtes Senden an unbekannte Adressen schadet Ihrem Ruf als Absender.',
  'Nutzen Sie Double-Opt-in und prüfen Sie Adressen bei der Anmeldung; halten Sie die Bounce-Rate unter 2–3 %.',
];

const MICROSOFT_IP = [
  'Wenn der Empfänger Microsoft 365 nutzt (eine Firmenadresse): Bitten Sie Microsoft in seinem Delist-Portal, {ip} von der Sperrliste zu nehmen; geben Sie die IP und eine Ihrer Adressen zur Bestätigung ein.',
  'Wenn der Empfänger Outlook.com oder Hotmail nutzt, verwenden Sie stattdessen das Formular des Outlook.com-Absendersupports und zitieren Sie diesen Bounce.',
  'Registrieren Sie {ip} bei Microsoft SNDS, um zu sehen, wie Outlook.com sie bewertet und was seine Nutzer melden.',
];
const GOOGLE_REPUTATION = [
  'Öffnen Sie Google Postmaster Tools für {domain}: Prüfen Sie die von Nutzern gemeldete Spamrate sowie den Ruf von Domain und IP. Google verlangt von Absendern, unter 0,1 % Spam zu bleiben und nie 0,3 % zu erreichen.',
];
const GOOGLE_AUTH = [
  'Die Regeln von Gmail: Jeder Absender braucht SPF oder DKIM; wer 5.000 oder mehr Nachrichten am Tag an Gmail sendet, braucht SPF, DKIM und DMARC, eine dazu passende From-Domain und in Werbemail eine Abmeldung mit einem Klick.',
];
const YAHOO_REPUTATION = [
  'Schlagen Sie den Code dieser Antwort im Sender Hub von Yahoo nach, und melden Sie sich für seine Beschwerde-Feedbackschleife an, um zu sehen, wer Ihre Mail als Spam markiert.',
];
const gatewayAllow = (product: string, list: string) => [
  `${product} wendet die eigenen Regeln der empfangenden Organisation an: Bitten Sie den Empfänger, Sie von seinem Mail-Administrator in ${list} aufnehmen zu lassen, wenn Ihre Mail erwünscht ist.`,
];

const STILL_TRYING = 'Noch niemand: Ihr Server versucht es von selbst weiter; handeln Sie erst, wenn er endgültig aufgibt';

export const DE: DeepPartial<Knowledge> = {
  titles: {
    spf: '{who} hat Ihre Nachricht abgelehnt, weil sie die SPF-Prüfung nicht bestanden hat',
    dkim: '{who} hat Ihre Nachricht abgelehnt, weil ihre DKIM-Signatur nicht gültig war',
    dmarc: '{who} hat Ihre Nachricht wegen der DMARC-Richtlinie von {domain} abgelehnt',
    unauthenticated: '{who} hat Ihre Nachricht abgelehnt, weil sie nicht authentifiziert war',
    ptr: '{who} hat Ihren Server abgelehnt, weil seine IP-Adresse keinen passenden Reverse-DNS-Namen hat',
    'ip-blocklist': '{who} lehnt Mail von der IP-Adresse Ihres Servers ab{zoneClause}',
    'domain-blocklist': '{who} hat Ihre Nachricht abgelehnt, weil eine Domain darin auf einer Sperrliste steht{zoneClause}',
    reputation: '{who} lehnt Ihre Mail wegen Ihres Absenderrufs ab',
    'rate-limit': '{who} begrenzt gerade, wie viel Mail Sie senden können',
    spam: '{who} hat Ihre Nachricht als Spam abgelehnt',
    virus: '{who} hat Ihre Nachricht blockiert, weil sie gefährlich aussieht',
    'content-policy': '{who} nimmt diese Art von Inhalt oder Anhang nicht an',
    'message-size': 'Ihre Nachricht ist größer, als {who} annimmt',
    'message-format': '{who} hat Ihre Nachricht abgelehnt, weil sie nicht korrekt formatiert ist',
    'relay-denied': 'Der empfangende Server leitet Ihre Nachricht nicht an {recipientDomain} weiter',
    'auth-required': 'Der Server verlangt, dass Sie sich vor dem Senden anmelden',
    'tls-required': 'Die Verbindung wurde abgelehnt, weil sie nicht wie verlangt verschlüsselt war',
    'sender-rejected': '{who} hat Ihre Absenderadresse abgelehnt',
    'recipient-unknown': 'Die Adresse {recipient} existiert nicht',
    'recipient-domain': 'Die Domain {recipientDomain} kann keine Mail empfangen',
    'mailbox-full': 'Das Postfach von {recipient} ist voll',
    'mailbox-disabled': 'Das Postfach {recipient} ist deaktiviert oder wird nicht mehr genutzt',
    'recipient-policy': '{recipient} nimmt keine Nachrichten von Ihnen an',
    policy: '{who} hat Ihre Nachricht aufgrund einer Richtlinie abgelehnt',
    greylisting: 'Der empfangende Server hat Ihren Server gebeten, es später erneut zu versuchen (Greylisting)',
    'delivery-timeout': 'Ihr Server hat die Zustellung an {recipient} nach langem Versuchen aufgegeben',
    network: 'Ihr Server konnte den Mailserver des Empfängers nicht erreichen',
    'remote-error': 'Der Mailserver des Empfängers hatte ein internes Problem',
    protocol: 'Die beiden Mailserver haben sich nicht verstanden',
    'auto-reply': 'Das ist eine automatische Antwort, kein Bounce',
    complaint: 'Ein Empfänger hat Ihre Nachricht als Spam gemeldet',
    delivered: 'Das ist eine Zustellbenachrichtigung: Ihre Nachricht wurde zugestellt oder weitergegeben',
    unknown: 'Ihre Nachricht wurde nicht zugestellt, und die Antwort sagt nicht klar, warum',
  },
  providerTitles: {
    'microsoft:ip-blocklist': 'Microsoft lehnt Mail von der IP-Adresse Ihres Servers ab',
    'microsoft:reputation': 'Microsoft lehnt Mail von Ihrem Server wegen seines Rufs ab',
    'google:unauthenticated': 'Gmail hat Ihre Nachricht blockiert, weil sie nicht authentifiziert war (SPF oder DKIM)',
    'google:dmarc': 'Gmail hat Ihre Nachricht wegen der DMARC-Richtlinie von {domain} abgelehnt',
    'google:rate-limit': 'Gmail begrenzt vorübergehend Mail von Ihrem Server',
    'yahoo:reputation': 'Yahoo stellt Ihre Mail wegen Menge oder Beschwerden zurück',
    'yahoo:ip-blocklist': 'Yahoo lehnt Mail von der IP-Adresse Ihres Servers ab',
    'kddi:recipient-policy': 'Die au-Mail-Einstellungen von {recipient} lehnen Nachrichten von Ihnen ab',
  },
  ruleTitles: {
    'fact.unconfirmed-unknown': '{recipient} wurde abgelehnt: ein Filter auf Empfängerseite oder eine Adresse, die nicht existiert',
    'fact.delay-without-cause': 'Noch nicht zugestellt: Ihr Server versucht weiterhin, {recipientDomain} zu erreichen',
    'fact.temporary-domain': 'Die Domain {recipientDomain} war vorerst nicht auffindbar; Ihr Server versucht es weiter',
    'recipient.suppressed': 'Nicht gesendet: {recipient} kam schon einmal zurück, und Ihr Versanddienst sendet nicht mehr dorthin',
    'service.test-mode': "Nicht gesendet an {recipient}: Der Testmodus Ihres Versanddienstes sendet nur an Adressen, die Sie freigegeben haben",
    'service.account-hold': "Nicht gesendet an {recipient}: Ihr Versanddienst sendet für Ihr Konto oder Ihre Domain derzeit nicht",
    'service.sender-unverified': "Nicht gesendet: Ihr Versanddienst hat die Adresse oder Domain, von der Sie gesendet haben, nicht bestätigt",
    'sendmail.relay-mailer': "Nicht gesendet an {recipient}: Ihr Server fand den Smarthost nicht, über den er Mail weitergibt",
    'client.no-connection': 'Nicht gesendet: Das sendende Programm konnte keine Verbindung zum Mailserver herstellen',
    'client.tls': 'Nicht gesendet: Das sendende Programm konnte keine verschlüsselte Verbindung zum Mailserver aufbauen',
    'list.held': 'Noch nicht zugestellt: Die Mailingliste hält Ihre Nachricht für ihren Moderator zurück',
    'auth.login-throttle': 'Nicht gesendet: Der Mailserver nimmt vorerst keine Anmeldungen Ihres Programms mehr an',
    'account.sending-limit': 'Nicht gesendet: Ihr Konto hat sein Sendelimit vorerst erreicht',
    'auth.sasl-mechanism': 'Nicht gesendet: Ihr Server und der Mailserver, bei dem er sich anmeldet, haben kein gemeinsames Anmeldeverfahren gefunden',
    'auth.login-refused': "Der Mailserver hat die Anmeldung abgelehnt: Benutzername oder Passwort wurden nicht akzeptiert",
    'microsoft.smtp-auth-off': "Microsoft nimmt die Passwort-Anmeldung dieses Programms nicht an (SMTP AUTH ist aus oder gesperrt)",
    'tls.starttls-first': "Nicht gesendet: Der Server verlangt zuerst Verschlüsselung (STARTTLS), und das Programm hat sie nicht eingeschaltet",
    'recipient.malformed': "Die Adresse {recipient} ist so geschrieben keine gültige E-Mail-Adresse",
    'sender.malformed': 'Nicht gesendet: Die angegebene Absenderadresse ist keine vollständige E-Mail-Adresse',
    'network.outbound-blocked': "Ihr Server konnte keine Verbindung zum Mail-Anbieter des Empfängers herstellen: Ausgehender Port 25 ist sehr wahrscheinlich auf Ihrer Seite gesperrt",
    'mta.mail-loop': 'Nicht zugestellt an {recipient}: Der Weg des Mailservers zu {recipientDomain} führt zu ihm selbst zurück',
    'mta.hop-loop': "Nicht zugestellt an {recipient}: Die Nachricht ist zwischen Mailservern im Kreis gelaufen",
    'blocklist.lookup-error': "Der empfangende Server hat Sie abgelehnt, weil seine eigene Blocklisten-Abfrage fehlschlug, nicht weil Sie gelistet sind",
    'sender.login-mismatch': 'Nicht gesendet: Das Konto, mit dem Sie gesendet haben, darf diese Absenderadresse nicht verwenden',
    'tenant.unregistered-domain': 'Nicht gesendet: Microsoft 365 sperrt Mail von einer Domain, die Ihre Organisation dort nicht hinzugefügt hat',
    'auth.helo': '{who} hat den Namen abgelehnt, mit dem sich Ihr Server vorgestellt hat (HELO/EHLO)',
  },
  unnamedTitles: {
    'recipient-unknown': 'Die Adresse existiert nicht',
    'recipient-domain': 'Die Domain des Empfängers kann keine Mail empfangen',
    'mailbox-full': 'Das Postfach des Empfängers ist voll',
    'mailbox-disabled': 'Das Postfach ist deaktiviert oder wird nicht mehr genutzt',
    'recipient-policy': 'Der Empfänger nimmt keine Nachrichten von Ihnen an',
    'relay-denied': 'Der empfangende Server leitet Ihre Nachricht nicht an die Domain des Empfängers weiter',
    'delivery-timeout': 'Ihr Server hat die Zustellung Ihrer Nachricht nach langem Versuchen aufgegeben',
    'kddi:recipient-policy': 'Die au-Mail-Einstellungen des Empfängers lehnen Nachrichten von Ihnen ab',
    'fact.unconfirmed-unknown': 'Die Adresse wurde abgelehnt: ein Filter auf Empfängerseite oder eine Adresse, die nicht existiert',
    'fact.delay-without-cause': 'Noch nicht zugestellt: Ihr Server versucht weiterhin, den Server des Empfängers zu erreichen',
    'fact.temporary-domain': 'Die Domain des Empfängers war vorerst nicht auffindbar; Ihr Server versucht es weiter',
    'recipient.suppressed': 'Nicht gesendet: Die Adresse kam schon einmal zurück, und Ihr Versanddienst sendet nicht mehr dorthin',
    'service.test-mode': "Nicht gesendet: Der Testmodus Ihres Versanddienstes sendet nur an Adressen, die Sie freigegeben haben",
    'service.account-hold': "Nicht gesendet: Ihr Versanddienst sendet für Ihr Konto oder Ihre Domain derzeit nicht",
    'service.sender-unverified': "Nicht gesendet: Ihr Versanddienst hat die Adresse oder Domain, von der Sie gesendet haben, nicht bestätigt",
    'sendmail.relay-mailer': "Nicht gesendet: Ihr Server fand den Smarthost nicht, über den er Mail weitergibt",
    'client.no-connection': 'Nicht gesendet: Das sendende Programm konnte keine Verbindung zum Mailserver herstellen',
    'client.tls': 'Nicht gesendet: Das sendende Programm konnte keine verschlüsselte Verbindung zum Mailserver aufbauen',
    'list.held': 'Noch nicht zugestellt: Die Mailingliste hält Ihre Nachricht für ihren Moderator zurück',
    'auth.login-throttle': 'Nicht gesendet: Der Mailserver nimmt vorerst keine Anmeldungen Ihres Programms mehr an',
    'account.sending-limit': 'Nicht gesendet: Ihr Konto hat sein Sendelimit vorerst erreicht',
    'auth.sasl-mechanism': 'Nicht gesendet: Ihr Server und der Mailserver, bei dem er sich anmeldet, haben kein gemeinsames Anmeldeverfahren gefunden',
    'auth.login-refused': "Der Mailserver hat die Anmeldung abgelehnt: Benutzername oder Passwort wurden nicht akzeptiert",
    'microsoft.smtp-auth-off': "Microsoft nimmt die Passwort-Anmeldung dieses Programms nicht an (SMTP AUTH ist aus oder gesperrt)",
    'tls.starttls-first': "Nicht gesendet: Der Server verlangt zuerst Verschlüsselung (STARTTLS), und das Programm hat sie nicht eingeschaltet",
    'recipient.malformed': "Die Adresse des Empfängers ist so geschrieben keine gültige E-Mail-Adresse",
    'sender.malformed': 'Nicht gesendet: Die angegebene Absenderadresse ist keine vollständige E-Mail-Adresse',
    'network.outbound-blocked': "Ihr Server konnte keine Verbindung zum Mail-Anbieter des Empfängers herstellen: Ausgehender Port 25 ist sehr wahrscheinlich auf Ihrer Seite gesperrt",
    'mta.mail-loop': 'Nicht zugestellt: Der Weg des Mailservers zur Domain des Empfängers führt zu ihm selbst zurück',
    'mta.hop-loop': "Nicht zugestellt: Die Nachricht ist zwischen Mailservern im Kreis gelaufen",
    'blocklist.lookup-error': "Der empfangende Server hat Sie abgelehnt, weil seine eigene Blocklisten-Abfrage fehlschlug, nicht weil Sie gelistet sind",
    'sender.login-mismatch': 'Nicht gesendet: Das Konto, mit dem Sie gesendet haben, darf diese Absenderadresse nicht verwenden',
    'tenant.unregistered-domain': 'Nicht gesendet: Microsoft 365 sperrt Mail von einer Domain, die Ihre Organisation dort nicht hinzugefügt hat',
  },
  categories: {
    spf: {
      explanation: `Der empfangende Server hat ${SPF} geprüft. Der Server, der Ihre Nachricht gesendet hat{ipClause}, steht nicht im SPF-Eintrag von {domain}, deshalb sah die Nachricht gefälscht aus. Solange der Eintrag nicht jeden Dienst aufführt, der für {domain} sendet, werden Empfänger diese Mail weiterhin ablehnen oder filtern.`,
      checklist: [
        'Sehen Sie sich den SPF-Eintrag von {domain} an: Es muss genau einen Eintrag geben, der mit v=spf1 beginnt.',
        'Tragen Sie den Server oder Dienst, der diese Nachricht gesendet hat, in diesen Eintrag ein (bei einem Mailanbieter dessen dokumentiertes include:, etwa include:_spf.google.com oder include:spf.protection.outlook.com).',
        'Tragen Sie Ihren sendenden Server{ipClause} in den Eintrag ein (ip4:{ipOr}) und bleiben Sie unter 10 DNS-Abfragen.',
        'Bitten Sie den Weiterleitenden, SRS zu verwenden, oder verlassen Sie sich auf DKIM (das Weiterleitungen übersteht), falls die Nachricht weitergeleitet wurde.',
        'Senden Sie die Nachricht erneut, sobald sich die DNS-Änderung verbreitet hat (meist innerhalb einer Stunde).',
      ],
      prevention: AUTH_PREVENTION,
    },
    dkim: {
      explanation: `Der empfangende Server hat ${DKIM} geprüft. Ihre Nachricht hatte keine gültige Signatur für {domain} – sie fehlte, wurde unterwegs beschädigt oder galt einer anderen Domain. Ohne sie kann der Empfänger Ihre Mail nicht von einer Fälschung unterscheiden.`,
      checklist: [
        'Prüfen Sie, ob der DKIM-Schlüssel für {domain} veröffentlicht ist ({selectorClause}).',
        'Schalten Sie die DKIM-Signatur für {domain} bei Ihrem Mailanbieter ein (Google Workspace: Apps › Gmail › E-Mails authentifizieren; Microsoft 365: Defender › E-Mail-Authentifizierung › DKIM).',
        'Sorgen Sie dafür, dass Ihr Server ausgehende Mail signiert (OpenDKIM, rspamd oder das DKIM-Modul Ihres MTA), mit dem im DNS veröffentlichten Selektor.',
        'Signieren Sie nach jedem Gateway oder Verteiler, der Nachrichten umschreibt, oder nehmen Sie ihn vom Signieren aus.',
      ],
      prevention: AUTH_PREVENTION,
    },
    dmarc: {
      explanation: `Der empfangende Server hat ${DMARC} geprüft. Ihre Nachricht hat SPF oder DKIM nicht passend zur From-Adresse ({domain}) bestanden, und die DMARC-Richtlinie der Domain verlangt, solche Mail abzulehnen. Das schützt {domain} vor Fälschungen, blockiert aber auch Ihre eigene Mail, die über nicht eingerichtete Dienste gesendet wird.`,
      checklist: [
        'Sehen Sie sich die DMARC-Richtlinie von {domain} an.',
        'Finden Sie heraus, welcher Dienst diese Nachricht gesendet hat, und richten Sie ihn so ein, dass er mit DKIM für {domain} signiert (bevorzugt) oder einen per SPF erlaubten Return-Path in {domain} verwendet.',
        'Prüfen Sie den SPF-Eintrag von {domain}.',
        'Prüfen Sie den DKIM-Schlüssel von {domain} ({selectorClause}).',
        'Setzen Sie die Richtlinie auf p=none, solange Sie die Absender in Ordnung bringen, falls Sie noch nicht so weit sind, und lesen Sie die Sammelberichte (rua=).',
        'Senden Sie von Ihrer eigenen Domain, nicht von der eines anderen (zum Beispiel einer Gmail-Adresse über Ihren eigenen Server).',
      ],
      prevention: AUTH_PREVENTION,
    },
    unauthenticated: {
      explanation: `Der empfangende Server verlangt, dass jede Nachricht ${SPF} oder ${DKIM} besteht, und Ihre hat für {domain} keines von beiden bestanden. Große Empfänger verlangen das seit 2024 von allen Absendern.`,
      checklist: [
        'Prüfen Sie den SPF-Eintrag von {domain}.',
        'Prüfen Sie den DKIM-Schlüssel von {domain} ({selectorClause}).',
        'Prüfen Sie den DMARC-Eintrag von {domain}; Empfänger erwarten mindestens p=none.',
        'Schalten Sie die DKIM-Signatur bei Ihrem Mailanbieter ein und tragen Sie sein SPF-include in Ihre Domain ein.',
        'Signieren Sie ausgehende Mail mit DKIM und führen Sie Ihren Server in SPF auf.',
      ],
      prevention: AUTH_PREVENTION,
    },
    ptr: {
      explanation:
        'Der empfangende Server hat den Namen der IP-Adresse nachgeschlagen, von der Ihr Server verbunden war{ipClause} (ihr Reverse-DNS- oder PTR-Eintrag), und keinen gefunden oder einen Namen, der nicht auf dieselbe Adresse zurückzeigt. Empfänger halten Mail von solchen Adressen für wahrscheinlichen Spam von infizierten Rechnern.',
      checklist: [
        'Schlagen Sie das Reverse-DNS Ihrer sendenden IP nach.',
        'Bitten Sie den Anbieter der IP-Adresse (Ihr Hosting- oder Internetanbieter), einen PTR-Eintrag auf den Namen Ihres Mailservers zu setzen, und lassen Sie diesen Namen auf dieselbe IP auflösen.',
        'Lassen Sie Ihren Server denselben vollständigen Namen in HELO/EHLO nennen.',
        'Senden Sie diesen Bounce an Ihren Mailanbieter: Die sendende IP und ihr Name sind seine Sache.',
      ],
    },
    'ip-blocklist': {
      explanation:
        'Ihr sendender Server{ipClause} steht auf einer Sperrliste{zoneClause}, die der empfangende Server prüft, deshalb hat er die Verbindung oder die Nachricht abgelehnt. IP-Adressen werden gelistet, nachdem von ihnen Spam gesehen wurde, weil ein Rechner im selben Netz infiziert war oder weil es eine private oder dynamische Adresse ist, die nicht direkt Mail senden soll.',
      checklist: [
        'Schlagen Sie Ihre sendende IP in {lookupZone} nach: Eine Antwort (127.0.0.x) bedeutet, dass sie gelistet ist; keine Antwort, dass sie es nicht ist.',
        'Lesen Sie, warum die Adresse gelistet ist, und beantragen Sie die Entfernung{zoneClause}.',
        'Beseitigen Sie vor dem Antrag die Ursache: Suchen Sie nach kompromittierten Konten, offenen Relays, Schadsoftware oder einem Newsletter an eine gekaufte Liste.',
        'Senden Sie über den Smarthost Ihres Anbieters statt direkt, wenn die Adresse eine private oder dynamische ist.',
        'Senden Sie diesen Bounce an Ihren Mailanbieter: Die gelistete IP gehört ihm, und die Lösung auch.',
        'Senden Sie die Nachricht erneut, wenn der Eintrag verschwunden ist.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'domain-blocklist': {
      explanation:
        'Ihre sendende Domain oder eine in der Nachricht verlinkte Domain steht auf einer Domain-Sperrliste{zoneClause}. Solche Listen sammeln Domains aus Spam, Phishing oder Schadsoftware; ein einziger schlechter Link (zum Beispiel ein URL-Kürzer) genügt.',
      checklist: [
        'Finden Sie heraus, welche Domain gelistet ist (Ihre sendende Domain, Ihre Links, Ihre Tracking-Domain), und beantragen Sie ihre Entfernung.',
        'Entfernen Sie Links auf gelistete Domains oder Kürzer aus der Nachricht und senden Sie sie erneut.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    reputation: {
      explanation:
        'Der empfangende Server hat die Mail Ihres Servers{ipClause} oder Ihrer Domain als unerwünscht eingestuft – wegen Menge, Beschwerden oder früherem Spam –, ohne eine öffentliche Sperrliste zu nennen. Der Ruf erholt sich, wenn die Mail aufhört, die ihn verursacht hat, meist über Tage.',
      checklist: [
        'Prüfen Sie die Postmaster-Werkzeuge des Empfängers für Ihre IP und Domain und folgen Sie deren Schritten.',
        'Treten Sie kürzer: Senden Sie weniger, nur an interessierte Empfänger, und lassen Sie zurückgestellte Mail neu versuchen.',
        'Suchen Sie nach Ungewöhnlichem, das Sie kürzlich gesendet haben (eine große Kampagne, ein kompromittiertes Konto).',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    'rate-limit': {
      explanation:
        'Sie haben mehr Nachrichten, Empfänger oder Verbindungen gesendet, als der empfangende Server (oder Ihr eigener Anbieter) in einem Zeitraum erlaubt. Vorübergehende Grenzen lösen sich von selbst; Ihr Server versucht zurückgestellte Mail erneut.',
      checklist: [
        'Warten Sie und lassen Sie Ihren Server neu versuchen; senden Sie nicht von Hand neu, das erhöht den Zähler.',
        'Verteilen Sie große Sendungen über die Zeit und halten Sie die Empfänger pro Nachricht gering.',
        'Prüfen Sie die Sendegrenzen Ihres Anbieters und Ihr Konto auf unerwartetes Senden, falls sein Kontingent erreicht wurde.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    spam: {
      explanation:
        'Der Filter des empfangenden Servers hat die Nachricht als Spam bewertet – wegen ihres Wortlauts, ihrer Links, Anhänge, Formatierung oder der Vorgeschichte des Absenders. Unverändert gesendet, wird sie erneut abgelehnt.',
      checklist: [
        'Entfernen Sie, was Spamfilter nicht mögen: URL-Kürzer, viele Links, Inhalt nur aus Bildern, Anhänge, Betreffzeilen in Großbuchstaben.',
        'Stellen Sie sicher, dass SPF, DKIM und DMARC für Ihre Domain bestehen.',
        'Bitten Sie den Empfänger, Ihre Adresse zuzulassen, oder erreichen Sie ihn auf anderem Weg, wenn es eine einmalige persönliche Nachricht ist.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    virus: {
      explanation:
        'Der empfangende Server hat Schadsoftware oder etwas gefährlich Aussehendes (ein Programm, ein Dokument mit Makros, ein passwortgeschütztes Archiv) in der Nachricht gefunden.',
      checklist: ['Prüfen Sie den Anhang und Ihren Computer auf Schadsoftware.', 'Teilen Sie die Datei über einen Link zu einem Cloud-Speicher, statt sie anzuhängen.'],
    },
    'content-policy': {
      explanation:
        'Die Richtlinie der empfangenden Organisation lehnt etwas in der Nachricht ab – meist einen Anhangstyp (etwa .exe, .js, Archive oder Makros) –, auch wenn es kein Spam ist.',
      checklist: [
        'Senden Sie die Datei als Link zu einem Cloud-Speicher oder in einem akzeptierten Format (PDF statt eines Dokuments mit Makros).',
        'Fragen Sie den Empfänger, welche Dateitypen er annimmt.',
      ],
    },
    'message-size': {
      explanation: 'Die Nachricht ist mit ihren Anhängen größer, als der empfangende Server erlaubt. Anhänge wachsen beim Senden um etwa ein Drittel.',
      checklist: ['Senden Sie große Dateien als Link zu einem Cloud-Speicher statt als Anhang.', 'Komprimieren Sie Bilder oder verteilen Sie die Anhänge auf mehrere Nachrichten.'],
    },
    'message-format': {
      explanation:
        'Die Nachricht verletzt die E-Mail-Standards (RFC 5322/5321): ein fehlender oder doppelter Header, falsche Zeilenenden, zu lange Zeilen oder eine fehlerhafte Kodierung. Meist liegt es am Programm oder Skript, das sie erzeugt hat.',
      checklist: [
        "Lesen Sie, welchen Teil die Antwort nennt: einen Header (From, To, Date, Message-ID, Subject), der fehlt, doppelt vorkommt oder fehlerhaft ist, zu lange Zeilen, bloße Zeilenvorschübe oder Text, der nicht kodiert wurde.",
        "Korrigieren Sie, wie das Skript oder die App, die dies gesendet hat, Nachrichten baut: Verwenden Sie eine gepflegte Mail-Bibliothek, statt Header von Hand zu schreiben, und geben Sie jeder Nachricht genau einen From-, einen Date- und einen Message-ID-Header.",
        "Halten Sie jede Zeile unter 998 Zeichen und beenden Sie jede mit CRLF, nicht mit einem bloßen Zeilenvorschub: Lassen Sie die Mail-Bibliothek lange Zeilen und Nicht-ASCII-Text kodieren (quoted-printable oder base64), ebenso Nicht-ASCII-Wörter in Headern.",
        "Setzen Sie eine Adresse in den From-Header, allein oder nach einem Anzeigenamen in spitzen Klammern, nie als Ganzes kodiert: Gmail und andere lehnen ein From mit mehreren Adressen oder keiner ab.",
        "Senden Sie die Nachricht erneut, sobald es behoben ist; denselben Inhalt zuerst aus einem normalen Mailprogramm zu senden zeigt, ob der Fehler beim Programm liegt.",
      ],
    },
    'relay-denied': {
      explanation:
        'Der Server, dem Sie die Nachricht übergeben haben, stellt keine Mail für diese Empfängerdomain zu und leitet sie nicht für Sie weiter. Meist ist Ihr Mailprogramm nicht an Ihrem Postausgangsserver angemeldet, oder die Mail-Einträge der Empfängerdomain zeigen auf einen Server, der sie nicht mehr betreut.',
      checklist: [
        'Sorgen Sie dafür, dass Ihr Mailprogramm für ausgehende Mail SMTP-Authentifizierung (Benutzername und Passwort) auf Port 587 verwendet.',
        'Prüfen Sie die Mailserver der Empfängerdomain.',
        'Erlauben Sie das Weiterleiten nur angemeldeten Benutzern und Ihren eigenen Netzen.',
      ],
    },
    'auth-required': {
      explanation:
        'Ihr Mailprogramm oder Ihre Anwendung hat sich ohne gültige Anmeldung (SMTP-Authentifizierung) oder mit falschen Zugangsdaten mit dem Postausgangsserver verbunden, deshalb hat der Server das Senden verweigert.',
      checklist: [
        'Prüfen Sie die Einstellungen für ausgehende Mail (SMTP): Servername, Port 587 mit STARTTLS (oder 465) und dass die Authentifizierung eingeschaltet ist.',
        'Prüfen Sie Benutzername und Passwort; manche Anbieter verlangen ein App-Passwort oder OAuth.',
        'Prüfen Sie bei Microsoft 365, ob SMTP AUTH für das Postfach aktiviert ist.',
      ],
    },
    'tls-required': {
      explanation:
        'Einer der beiden Server verlangt eine verschlüsselte Verbindung (TLS), und die Verbindung ließ sich nicht gut genug verschlüsseln – TLS wurde nicht angeboten, ein Zertifikat war falsch oder die Verschlüsselungsverfahren passten nicht.',
      checklist: [
        'Sorgen Sie dafür, dass Ihr Server oder Mailprogramm STARTTLS (Port 587) oder TLS (Port 465) mit einer aktuellen TLS-Version verwendet.',
        'Prüfen Sie das Zertifikat, das der Server des Empfängers anbietet.',
      ],
    },
    'sender-rejected': {
      explanation:
        'Der empfangende Server hat die Adresse abgelehnt, von der die Nachricht gesendet wurde: Ihre Domain existiert nicht oder kann keine Mail empfangen, sie ist für Ihr Konto nicht erlaubt, oder sie ist gesperrt.',
      checklist: [
        'Prüfen Sie, ob die Absenderdomain {domain} funktionierende Mail-Einträge hat.',
        'Senden Sie von einer Adresse, die Ihr Konto oder Dienst verwenden darf (bei Ihrem Anbieter bestätigt).',
      ],
    },
    'recipient-unknown': {
      explanation: 'Der Mailserver des Empfängers sagt, dass es kein Postfach mit dieser Adresse gibt. Sie ist vielleicht falsch geschrieben, oder die Person hat die Organisation verlassen.',
      checklist: [
        'Prüfen Sie die Schreibweise der Adresse Buchstabe für Buchstabe: Ein fehlender oder vertauschter Buchstabe oder .con statt .com ist die übliche Ursache.',
        'Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse.',
        'Entfernen Sie die Adresse aus Ihren Kontakten und Verteilerlisten.',
      ],
      prevention: LIST_HYGIENE,
    },
    'recipient-domain': {
      explanation:
        'Die Empfängerdomain existiert nicht, oder sie veröffentlicht keinen Mailserver (oder ein „Null-MX“, das sagt, dass sie keine Mail annimmt). Oft ist die Domain falsch geschrieben oder abgelaufen.',
      checklist: [
        'Prüfen Sie die Schreibweise der Domain (der Teil nach dem @).',
        'Schlagen Sie die Mailserver der Domain nach.',
        'Entfernen Sie die Adresse aus Ihren Listen, wenn die Domain nicht mehr existiert.',
      ],
      prevention: LIST_HYGIENE,
    },
    'mailbox-full': {
      explanation:
        'Das Postfach des Empfängers hat sein Speicherlimit überschritten und kann keine neuen Nachrichten annehmen, bis er welche löscht. Mit Ihrer Mail ist alles in Ordnung.',
      checklist: [
        'Sagen Sie dem Empfänger auf anderem Weg, dass sein Postfach voll ist.',
        'Senden Sie die Nachricht erneut, sobald er Platz geschaffen hat.',
        'Hören Sie auf, dorthin zu senden, wenn es wochenlang voll bleibt: Das Postfach ist vielleicht verlassen.',
      ],
    },
    'mailbox-disabled': {
      explanation: 'Das Konto des Empfängers existiert, ist aber gesperrt, deaktiviert oder umgezogen und nimmt deshalb keine Mail an.',
      checklist: ['Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse.', 'Entfernen Sie die Adresse aus Ihren Listen.'],
      prevention: LIST_HYGIENE,
    },
    'recipient-policy': {
      explanation:
        'Die Empfängerseite schränkt ein, wer an diese Adresse schreiben darf: eine Gruppe, die nur ihre eigenen Mitglieder annimmt, eine Adresse, die Sie blockiert hat, oder eine moderierte Liste. An Ihrem Mailserver liegt es nicht.',
      checklist: [
        'Bitten Sie den Empfänger (oder den Eigentümer der Gruppe), Ihre Adresse zuzulassen oder Sie als Mitglied aufzunehmen.',
        'Senden Sie von der Adresse, mit der Sie beigetreten sind, wenn Sie Mitglied sind.',
      ],
    },
    policy: {
      explanation:
        'Der empfangende Server hat die Nachricht nach seinen eigenen Regeln abgelehnt, ohne genau zu sagen, nach welcher. Der Antworttext ist der beste Hinweis; hilft er nicht, kann der Mail-Administrator des Empfängers es in seinen Protokollen nachsehen.',
      checklist: [
        'Lesen Sie die Antwort unten: Sie nennt vielleicht die Regel, einen Link oder eine Referenz für den Administrator des Empfängers.',
        'Prüfen Sie, ob SPF, DKIM und DMARC für Ihre Domain bestehen.',
        'Bitten Sie den Empfänger auf anderem Weg, bei seinem Mail-Administrator nachzufragen.',
      ],
    },
    greylisting: {
      explanation:
        'Greylisting ist eine Abwehr gegen Spam: Die erste Nachricht eines unbekannten Absenders wird für ein paar Minuten zurückgestellt, und ein echter Mailserver versucht es erneut. Es ist nichts zu tun; die Zustellung gelingt meist innerhalb einer Stunde.',
      checklist: ['Warten Sie: Ihr Server versucht es von selbst erneut. Nur wenn die Nachricht nie ankommt, prüfen Sie, ob Ihr Server zurückgestellte Mail erneut versucht.'],
    },
    'delivery-timeout': {
      explanation:
        'Ihr Mailserver bekam vom Server des Empfängers immer wieder vorübergehende Fehler (oder erreichte ihn nicht) und hat nach seiner Wiederholungsfrist aufgehört, oft nach mehreren Tagen.',
      checklist: [
        'Prüfen Sie, ob die Mailserver des Empfängers erreichbar sind.',
        'Senden Sie später erneut; scheitert es weiter, wenden Sie sich auf anderem Weg an den Empfänger.',
      ],
    },
    network: {
      explanation:
        'Der Mailserver des Empfängers war im DNS nicht zu finden, hat die Verbindung abgelehnt oder nicht rechtzeitig geantwortet. Er ist vielleicht ausgefallen oder falsch eingerichtet, oder eine Firewall steht im Weg.',
      checklist: [
        'Schlagen Sie die Mailserver der Empfängerdomain nach.',
        'Warten Sie und lassen Sie Ihren Server neu versuchen; scheitert es weiter, sagen Sie es dem Empfänger auf anderem Weg.',
        'Prüfen Sie, ob ausgehende Verbindungen zu Port 25 erlaubt sind.',
      ],
    },
    'remote-error': {
      explanation:
        'Das empfangende System ist bei der Verarbeitung der Nachricht gescheitert (eine volle Festplatte, ein interner Fehler, ein abgestürztes Zustellprogramm). Das liegt auf der Seite des Empfängers.',
      checklist: ['Senden Sie später erneut.', 'Sagen Sie dem Empfänger Bescheid, wenn es weiter scheitert, damit sein Administrator es sich ansehen kann.'],
    },
    protocol: {
      explanation:
        'Der empfangende Server hat einen Befehl oder dessen Syntax abgelehnt (ein SMTP-Protokollfehler). Meist liegt es an einem Skript, einem Gerät oder einem falsch eingerichteten Server auf der sendenden Seite.',
      checklist: [
        'Verwenden Sie eine gepflegte Mail-Bibliothek in dem Skript oder der Anwendung, die dies gesendet hat, und prüfen Sie, was sie sendet.',
        'Prüfen Sie Ihren Server oder Ihre Firewall auf alles, was das SMTP-Gespräch verändert.',
      ],
    },
    'auto-reply': {
      explanation: 'Der Empfänger (oder sein System) hat automatisch geantwortet, zum Beispiel mit einer Abwesenheitsnotiz. Ihre Nachricht wurde zugestellt.',
      checklist: ['Lesen Sie in der Antwort das Rückkehrdatum der Person oder einen anderen Kontakt; es gibt nichts zu beheben.'],
    },
    complaint: {
      explanation:
        'Das ist ein Feedback-Loop-Bericht: Ein Mailanbieter teilt Ihnen mit, dass einer seiner Nutzer bei Ihrer Nachricht auf „Das ist Spam“ geklickt hat. Beschwerden schaden Ihrem Ruf schnell.',
      checklist: [
        'Senden Sie nicht mehr an die Person, die sich beschwert hat (melden Sie sie ab).',
        'Machen Sie das Abmelden leicht (List-Unsubscribe mit einem Klick) und senden Sie nur, was die Leute angefordert haben.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    delivered: {
      explanation: 'Der Bericht sagt, dass die Nachricht zugestellt, weitergeleitet oder verteilt wurde, nicht, dass sie gescheitert ist.',
      checklist: ['Bewahren Sie diese Benachrichtigung auf, wenn Sie sie angefordert haben (eine Zustellbestätigung); es gibt nichts zu beheben.'],
    },
    unknown: {
      explanation: 'Der empfangende Server hat keinen Grund genannt, den Bounce Doctor erkennt. Die vollständige Antwort unten ist der beste Hinweis.',
      checklist: [
        'Lesen Sie die Antwort unten auf eine Referenz, einen Link oder den Namen einer Regel.',
        'Senden Sie einmal erneut; scheitert es genauso, bitten Sie den Empfänger auf anderem Weg, bei seinem Administrator nachzufragen.',
      ],
    },
  },
  rules: {
    'fact.unconfirmed-unknown': {
      explanation:
        'Der Server des Empfängers hat geantwortet, dass er die Adresse nicht kennt, das aber nicht so bestätigt, wie Server es bei einer fehlenden Adresse tun (ein Status 5.1.1, beim Schritt RCPT TO). Spamfilter und die Sperreinstellungen von Empfängern lehnen oft mit genau diesen Worten ab; entweder existiert die Adresse nicht, oder die Empfängerseite lehnt Mail von Ihnen ab.',
      checklist: [
        'Vergleichen Sie die Adresse auf Tippfehler mit einer, von der Sie wissen, dass sie funktioniert (eine Signatur, eine frühere Antwort).',
        'Fragen Sie den Empfänger auf anderem Weg (Telefon, eine andere Adresse), ob die Adresse stimmt und ob er Absender wie Sie blockiert oder filtert.',
        'Entfernen Sie die Adresse aus Ihren Listen, sobald sicher ist, dass sie falsch oder erloschen ist; bitten Sie den Empfänger, Ihre Adresse zuzulassen, wenn sie stimmt.',
      ],
      prevention: ['Führen Sie Adressen, die auf diese Weise zurückkommen, auf einer Beobachtungsliste: Kommt dieselbe Adresse wieder zurück, entfernen Sie sie.'],
    },
    'fact.delay-without-cause': {
      explanation:
        'Das ist eine Warnung, kein Fehlschlag: Ihr Mailserver konnte die Nachricht noch nicht an den Server von {recipientDomain} übergeben und versucht es von selbst weiter. Die Benachrichtigung sagt nicht, warum; meist ist der empfangende Server nicht erreichbar, langsam oder stellt Mail eine Weile zurück.',
      checklist: [
        'Warten Sie und senden Sie die Nachricht noch nicht von Hand: Sie könnte doppelt ankommen.',
        'Prüfen Sie, ob die Mailserver der Empfängerdomain existieren und antworten.',
        'Lesen Sie die endgültige Fehlermeldung, falls eine folgt: Sie sagt meist, warum.',
      ],
    },
    'recipient.suppressed': {
      explanation:
        'Ihr Versanddienst hat gar nicht versucht, diese Nachricht zuzustellen: Die Adresse kam schon einmal zurück (oder ihr Inhaber hat Ihre Mail als Spam markiert), deshalb führt der Dienst sie auf einer Sperrliste und sendet nicht dorthin, um Ihren Ruf als Absender zu schützen. Der empfangende Server wurde diesmal nicht gefragt.',
      checklist: [
        'Schlagen Sie die Adresse in der Sperr- (oder Bounce-)Liste Ihres Versanddienstes nach: Sie zeigt den ursprünglichen Bounce, seine Antwort und sein Datum.',
        'Entfernen Sie die Adresse auch aus Ihren eigenen Listen, wenn der erste Bounce sagte, dass sie nicht existiert.',
        'Nehmen Sie die Adresse erst von der Sperrliste, wenn der Empfänger bestätigt, dass sie funktioniert, und senden Sie dann.',
      ],
      prevention: ['Entfernen Sie Adressen mit endgültigem Bounce sofort aus Ihren Listen, damit der Dienst sie nie sperren muss.'],
    },
    'service.test-mode': {
      explanation:
        "Ihr Versanddienst hat diese Nachricht nicht gesendet: Das Konto oder die Domain, von der Sie gesendet haben, ist noch in einem Testmodus (eine Sandbox-Domain, eine Testadresse, ein Konto, das auf Freigabe wartet), der nur an von Ihnen freigegebene oder an Ihre eigenen Adressen zustellt. Der Server des Empfängers wurde nicht gefragt.",
      checklist: [
        "Senden Sie von Ihrer eigenen Domain, die Sie in Ihrem Versanddienst hinzugefügt und bestätigt haben, statt von seiner Sandbox- oder Testdomain.",
        "Um vorher zu testen, fügen Sie den Empfänger den freigegebenen (bestätigten) Empfängern des Dienstes hinzu.",
        "Wartet Ihr Konto auf Freigabe, schließen Sie die Prüfung des Dienstes ab; bis dahin senden Sie nur an Adressen Ihrer eigenen Domain.",
      ],
      prevention: ["Bestätigen Sie Ihre eigene Absenderdomain, bevor Sie an echte Empfänger senden."],
    },
    'service.account-hold': {
      explanation:
        "Ihr Versanddienst hat diese Nachricht nicht gesendet: Er hat das Senden für Ihr Konto, Ihre Domain oder Ihren Tarif pausiert, gesperrt oder eingestellt (nach einer Prüfung Ihres Versands, wegen eines unbezahlten oder abgelaufenen Tarifs, eines noch nicht freigegebenen Kontos oder eines Limits des Dienstes). Der Server des Empfängers wurde nicht gefragt, und die Adresse des Empfängers ist nicht schuld.",
      checklist: [
        "Melden Sie sich im Dashboard Ihres Versanddienstes an und lesen Sie seinen Hinweis zu Ihrem Konto, Ihrer Domain oder Ihrem Tarif; der Support des Dienstes kann sagen, warum er nicht mehr sendet.",
        "Nennt er Beschwerden oder Bounces, entfernen Sie die Adressen, die zurückkamen oder sich beschwerten, und prüfen Sie, wie Adressen sich anmelden, bevor Sie um Aufhebung bitten.",
        "Sobald der Dienst wieder für Sie sendet, senden Sie die Nachricht erneut.",
      ],
      prevention: ["Halten Sie Bounce- und Beschwerderaten niedrig und Ihren Tarif in Ordnung: Versanddienste pausieren Konten, die ihre Grenzen überschreiten."],
    },
    'service.sender-unverified': {
      explanation:
        "Ihr Versanddienst hat diese Nachricht nicht gesendet: Die Absenderadresse oder ihre Domain ist in Ihrem Konto dort nicht bestätigt (oder nicht in dem Konto, Projekt oder der Region, zu der Ihr Schlüssel oder Login gehört), und ein Versanddienst sendet nur von Adressen und Domains, deren Besitz Sie nachgewiesen haben. Der Server des Empfängers wurde nicht gefragt, und die Adresse des Empfängers ist nicht schuld.",
      checklist: [
        "Öffnen Sie in Ihrem Versanddienst die Liste der bestätigten Absender oder Domains und prüfen Sie, ob die verwendete Absenderadresse oder ihre Domain dort steht und bestätigt ist, im selben Konto, Projekt und in derselben Region wie der Schlüssel oder Login Ihrer Anwendung.",
        "Fehlt sie oder ist sie noch nicht bestätigt, fügen Sie sie hinzu und bestätigen Sie sie: Bestätigen Sie die Adresse über die Nachricht des Dienstes, oder veröffentlichen Sie die DNS-Einträge, die der Dienst für die Domain nennt (meist DKIM und ein TXT- oder CNAME-Eintrag), und warten Sie, bis sie als bestätigt erscheint.",
        "Lassen Sie Ihre Anwendung genau von dieser bestätigten Adresse senden (gleiche Domain, kein Tippfehler), und senden Sie die Nachricht dann erneut.",
      ],
      prevention: ["Bestätigen Sie jede Adresse oder Domain in Ihrem Versanddienst, bevor Ihre Anwendung davon sendet, und halten Sie die Absenderadresse an einer Stelle Ihrer Konfiguration."],
    },
    'auth.helo': {
      explanation:
        'Ein Mailserver oder Programm, das sich zum Zustellen verbindet, stellt sich zuerst mit einem Namen vor (dem Befehl HELO oder EHLO). Der empfangende Server hat diesen Namen abgelehnt: Er war kein vollständiger Domainname (ein bloßes „localhost“, der Kurzname eines Rechners, ein privater Name wie „server.local“), war fehlerhaft, existiert nicht im DNS, gehört nicht zu der IP-Adresse, von der Sie sich verbunden haben{ipClause}, oder war der eigene Name des empfangenden Servers. Die Mail-Standards verlangen den vollständigen Domainnamen des Absenders (oder seine IP-Adresse in eckigen Klammern), und Empfänger lehnen alles andere als Zeichen von Spam-Software ab. Ihre Nachricht, Ihre Adresse und die des Empfängers sind nicht schuld.',
      checklist: [
        'Prüfen Sie, welchen Namen Ihr Server oder Programm sendet: Die Ablehnung nennt ihn meist (in spitzen Klammern oder nach HELO oder EHLO); „localhost“, „localhost.localdomain“, ein einzelnes Wort oder ein interner Name ist die übliche Ursache.',
        'Setzen Sie ihn auf den vollständigen öffentlichen Namen Ihres Mailservers, der im DNS existiert und auf die IP-Adresse zeigt, von der Sie senden: myhostname (oder smtp_helo_name) bei Postfix, primary_hostname (oder helo_data des smtp-Transports) bei Exim, confDOMAIN_NAME bei Sendmail, der FQDN eines Exchange-Sendeconnectors.',
        'Setzen Sie den Namen, den die Mail-Bibliothek einer Anwendung sendet, wenn eine Anwendung die Nachricht gesendet hat: Hostname bei PHPMailer, die Option name bei Nodemailer, local_hostname bei Pythons smtplib, mail.smtp.localhost bei JavaMail, LocalDomain bei MailKit.',
        'Prüfen Sie, ob das Reverse-DNS der IP-Adresse denselben Namen zurückgibt: Manche Empfänger vergleichen beide.',
        'Schicken Sie diesen Bounce an Ihren Mail-Anbieter oder Hoster, wenn der Server ihm gehört: Den Namen, mit dem er sich vorstellt, muss er berichtigen.',
      ],
      prevention: ['Geben Sie jedem Server und jeder Anwendung, die Mail senden, in den Mail-Einstellungen ihren vollständigen, auflösbaren Hostnamen statt des Standardnamens des Rechners.'],
    },
    'tenant.unregistered-domain': {
      explanation:
        'Microsoft 365 (Exchange Online), das die Mail Ihrer Organisation versendet, hat diese Nachricht nicht gesendet: Die Domain, von der sie kam, ist keine akzeptierte Domain Ihrer Organisation (in Microsoft 365 hinzugefügt und bestätigt). Microsoft lässt ein wenig Mail von solchen Domains durch und sperrt mehr, meist Mail, die eine Anwendung, ein Gerät oder Ihr eigener Server mit einer Absenderadresse aus einer anderen Domain über Microsoft 365 weiterleitet. Der Server des Empfängers wurde nicht gefragt, und die Adresse des Empfängers ist nicht schuld; nur ein Administrator Ihrer Microsoft-365-Organisation kann das beheben.',
      checklist: [
        'Fügen Sie die Domain der Absenderadresse Ihrer Microsoft-365-Organisation hinzu (Admin Center: Einstellungen, Domänen), bestätigen Sie sie mit dem TXT-Eintrag, den Microsoft Ihnen gibt, und senden Sie die Nachricht dann erneut; wenn Sie dort kein Administrator sind, schicken Sie ihm diesen Bericht.',
        'Prüfen Sie den Connector, über den Ihr eigener Server, Ihre Anwendungen oder Geräte weiterleiten, falls es einen gibt: Das Zertifikat eines zertifikatbasierten Connectors muss für eine Ihrer akzeptierten, bestätigten Domains ausgestellt sein.',
        'Prüfen Sie die Connectors Ihrer Organisation auf solche, die niemand absichtlich angelegt hat, und ihre Konten auf Anzeichen einer Übernahme: Connectors, die ein Angreifer zum Spamversand über Ihre Organisation angelegt hat, lösen diese Sperre ebenfalls aus.',
      ],
      prevention: ['Fügen Sie jede Domain, von der Ihre Organisation sendet, in Microsoft 365 hinzu und bestätigen Sie sie, auch die Domains von Anwendungen und Geräten, die darüber weiterleiten, bevor Mail von ihnen ausgeht.'],
    },
    'sender.login-mismatch': {
      explanation:
        'Der Server, über den Sie senden (der Ihres Mail-Anbieters oder Ihr eigener), hat die Absenderadresse (From) dieser Nachricht abgelehnt: Das Konto, mit dem sich Ihr Programm angemeldet hat, darf nicht unter dieser Adresse senden. Server prüfen das, damit ein Konto nicht im Namen anderer senden kann (die Absenderprüfung von Postfix, die Berechtigung „Senden als“ in Microsoft 365, die Aliasse von Gmail, Zoho und anderen Anbietern). Der Server des Empfängers wurde nicht gefragt, und die Adresse des Empfängers ist nicht schuld.',
      checklist: [
        'Senden Sie von der Adresse des Kontos, mit dem Sie sich anmelden, oder melden Sie sich mit dem Konto an, dem die Absenderadresse gehört.',
        'Geben Sie Ihrem Konto das Recht, unter der anderen Adresse zu senden, wenn Sie es brauchen (ein Alias, ein freigegebenes Postfach, eine No-Reply-Adresse): Legen Sie sie bei Ihrem Anbieter als Alias oder „Senden als“-Adresse an, erteilen Sie in Microsoft 365 die Berechtigung „Senden als“, oder ordnen Sie sie auf Ihrem eigenen Server der Anmeldung zu (Postfix: smtpd_sender_login_maps).',
        'Machen Sie die Absenderadresse einer Anwendung zur eigenen Adresse der Anmeldung (oder zu einer, die sie verwenden darf), und setzen Sie jede andere Adresse in Reply-To.',
      ],
      prevention: ['Halten Sie Anmeldung und Absenderadresse jeder Anwendung in ihren Einstellungen nebeneinander und ändern Sie sie gemeinsam.'],
    },
    'mta.mail-loop': {
      explanation:
        'Der Mailserver, der die Nachricht bearbeitet hat, hat nachgeschlagen, wo {recipientDomain} Mail empfängt, und sich selbst gefunden: Der MX-Eintrag der Domain (oder das Relay, das er nutzen soll) zeigt auf genau diesen Server, doch der Server ist nicht für den Empfang von Mail dieser Domain eingerichtet. Statt die Nachricht in einer Schleife an sich selbst zu senden, hat er aufgegeben. Das ist ein Einrichtungsfehler auf diesem Server oder im DNS der Domain; die Adresse selbst ist vielleicht in Ordnung.',
      checklist: [
        'Schlagen Sie nach, wo die Domain des Empfängers Mail empfängt.',
        'Ist es Ihr eigener Server, nehmen Sie die Domain in die Domains auf, für die er Mail empfängt (Postfix: mydestination oder virtual_mailbox_domains / virtual_alias_domains; Sendmail: local-host-names), oder lassen Sie den MX-Eintrag auf den Server zeigen, der die Postfächer wirklich führt. Hinter NAT oder einem Proxy tragen Sie die öffentliche Adresse in Postfix’ proxy_interfaces ein.',
        'Ist der Server nicht Ihrer, senden Sie diesen Bounce an den Betreiber (Ihren Hosting- oder Mail-Anbieter oder den des Empfängers): Die Einrichtung der Domain dort ist falsch.',
      ],
      prevention: ['Wenn Sie die Mail einer Domain auf einen anderen Server umziehen, passen Sie ihren MX-Eintrag an und entfernen Sie die Domain aus den lokalen Domains des alten Servers.'],
    },
    'mta.hop-loop': {
      explanation:
        "Ein Mailserver unterwegs hat die Nachricht angehalten, weil sie schon durch zu viele Server gelaufen war (zu viele Received:-Zeilen in ihrem Kopf, oder noch einmal die Delivered-To:-Zeile desselben Postfachs): Sie lief im Kreis. Meist wird die Mail des Empfängers im Kreis weitergeleitet: eine Adresse oder Domain, die an eine andere weiterleitet, die zurückleitet, eine Weiterleitung auf die eigene Adresse, oder eine Domain, deren Mail zwischen zwei Diensten hin und her geht (etwa einem alten und einem neuen Anbieter, oder Microsoft 365 und einem eigenen Server), die sie jeweils an den anderen schicken. Seltener liegt die Schleife auf der sendenden Seite, zwischen Ihren eigenen Servern oder in einer Weiterleitung, die Sie eingerichtet haben. Erneutes Senden läuft wieder im Kreis, bis das Routing behoben ist; die Adresse des Empfängers kann durchaus stimmen.",
      checklist: [
        "Lesen Sie in der Meldung, durch welche Server die Nachricht gelaufen ist (ihre Received:-Zeilen oder den Server, den die Antwort nennt): Die Namen, die sich wiederholen, zeigen, wo die Schleife ist.",
        "Sagen Sie dem Empfänger auf anderem Weg, dass Mail an diese Adresse im Kreis läuft: Seine Weiterleitungsregeln, Aliase oder das Mail-Routing seiner Domain (MX-Einträge und Connectors) müssen berichtigt werden.",
        "Wenn die Schleife zwischen Servern von Ihnen liegt, prüfen Sie die Weiterleitungen und Aliase der Adresse und wohin jeder Server die Mail der Domain schickt (Postfix: relayhost, transport_maps, virtual_alias_maps; Exchange oder Microsoft 365: Connectors und akzeptierte Domains), sodass die Mail in einem Postfach endet.",
        "Senden Sie die Nachricht erneut, sobald die Schleife behoben ist: Sie wurde nicht zugestellt.",
      ],
      prevention: ["Wenn Sie die Mail einer Domain zu einem anderen Anbieter umziehen oder eine Weiterleitung einrichten, senden Sie eine Testnachricht und prüfen Sie, dass sie einmal ankommt, in dem Postfach, das Sie erwarten."],
    },
    'blocklist.lookup-error': {
      explanation:
        "Der empfangende Server hat die Blockliste von Spamhaus nach der IP-Adresse Ihres Servers oder Ihrer Domain gefragt, aber Spamhaus hat nicht mit einem Eintrag geantwortet, sondern mit einem Fehlercode: weil die Abfrage über einen öffentlichen oder geteilten DNS-Resolver kam (etwa 8.8.8.8, 1.1.1.1 oder den eines großen Anbieters), weil der Server zu viele Abfragen gestellt hat, oder weil er eine IP-Adresse in einer Liste von Domainnamen nachgeschlagen hat. Spamhaus verlangt, dass solche Fehlerantworten nie zum Ablehnen von Mail verwendet werden, doch der empfangende Server hat sie wie einen Eintrag behandelt. Diese Antwort sagt nichts gegen Ihre IP-Adresse, Ihre Domain oder Ihre Nachricht; der Fehler liegt in der Einrichtung des empfangenden Servers, und nur dessen Administrator kann ihn beheben.",
      checklist: [
        "Sehen Sie Ihre IP-Adresse und Domain im Prüfwerkzeug von Spamhaus nach, wenn Sie sichergehen wollen: Die Ablehnung selbst sagt nicht, dass Sie gelistet sind.",
        "Sagen Sie dem Empfänger auf anderem Weg, dass sein Mailserver Mail wegen eigener Fehler bei Spamhaus-Abfragen ablehnt, und geben Sie diese Antwort an seinen Administrator weiter.",
        "Wenn der ablehnende Server Ihrer ist, lassen Sie seine Blocklisten-Abfragen über einen eigenen Resolver laufen (einen lokalen rekursiven Resolver wie Unbound, keinen öffentlichen und nicht den geteilten Ihres Anbieters) oder verwenden Sie einen Schlüssel für den Spamhaus Data Query Service; in Postfix ordnen Sie die Fehlerantworten 127.255.255.x so zu, dass sie nie ablehnen.",
        "Senden Sie die Nachricht erneut, sobald der Fehler behoben ist: Sie wurde nicht zugestellt.",
      ],
      prevention: ["Auf Ihrer Seite verursacht nichts davon diesen Fehler; wenn Sie einen Mailserver betreiben, geben Sie seinen Blocklisten-Abfragen einen eigenen Resolver."],
    },
    'auth.login-throttle': {
      explanation:
        'Der Server, über den Sie senden, lässt Ihr Programm vorerst nicht mehr anmelden: Er hat in kurzer Zeit zu viele Anmeldungen von ihm gesehen, meist fehlgeschlagene (ein falsches oder altes Passwort, das ein Programm oder ein Telefon immer wieder versucht), oder ein Programm, das sich für jede Nachricht neu anmeldet. Die Sperre hebt sich nach einer Weile von selbst auf. Kein empfangender Server wurde gefragt, und die Adresse des Empfängers ist nicht schuld.',
      checklist: [
        'Prüfen Sie Benutzername und Passwort des Programms (bei Gmail ein App-Passwort oder eine Anmeldung des Programms über Google, nicht das normale Passwort des Kontos), damit seine nächsten Versuche nicht wieder scheitern.',
        'Halten Sie das Programm oder Ihren Server eine Weile von Anmeldeversuchen ab (meist genügt eine Stunde): Jeder fehlgeschlagene Versuch kann die Sperre verlängern.',
        'Lassen Sie das Programm seine Nachrichten über eine Verbindung mit einer Anmeldung senden, statt sich für jede Nachricht neu anzumelden.',
        'Senden Sie die Nachrichten erneut, sobald sich das Programm anmelden kann: Sie wurden nicht gesendet.',
      ],
      prevention: ['Ändern Sie das Passwort oder App-Passwort in jedem Programm, das über das Konto sendet, sobald es sich ändert, und lassen Sie Programme eine Verbindung für viele Nachrichten nutzen.'],
    },
    'account.sending-limit': {
      explanation:
        'Der Mail-Anbieter, Hoster oder Versanddienst, über den Sie senden, begrenzt, wie viel ein Konto in einem Zeitraum senden darf (eine Zahl von Nachrichten oder Empfängern pro Stunde oder pro Tag; bei einem Versanddienst pro Tag oder pro Monat Ihres Tarifs), manchmal für eine ganze Domain oder Organisation, und Ihr Konto hat diese Grenze erreicht, daher hat sein Server diese Nachricht nicht weitergesendet: Kein empfangender Server wurde gefragt, und die Adresse des Empfängers ist nicht schuld. Die Grenze fällt von selbst, sobald ihr Zeitraum vorbei ist; bis dahin wird jede Nachricht, auch eine erneut gesendete, ebenso zurückgehalten.',
      checklist: [
        'Warten Sie, bis das Limit zurückgesetzt ist; senden Sie die Nachricht erneut, mit allen anderen, die mit ihr abgelehnt wurden: Sie wurden nicht gesendet. Wann, sagt die Antwort oder die Seite Ihres Anbieters zu seinen Limits: innerhalb einer Stunde bei einem Stundenlimit, bis zu 24 Stunden bei einem Tageslimit (Gmail zählt die letzten 24 Stunden, nicht den Kalendertag).',
        'Prüfen Sie, an wie viele Empfänger Sie gesendet haben, nicht nur wie viele Nachrichten: Die meisten Anbieter zählen jede Adresse einer Nachricht gegen das Limit, in An, Cc und Bcc gleichermaßen; eine Nachricht an 200 Personen verbraucht also 200 davon.',
        'Sehen Sie im Postausgang und in den gesendeten Nachrichten nach Nachrichten, die immer wieder hinausgehen oder die Sie nicht geschrieben haben: Eine hängende Nachricht, die ein Telefon oder Programm immer wieder versucht, ein Skript in einer Schleife oder ein gestohlenes Passwort verbraucht das Limit, und Anbieter können ein Konto sperren, das es immer wieder überschreitet.',
        'Wenn Sie regelmäßig mehr senden müssen, fragen Sie Ihren Anbieter oder Versanddienst nach einem höheren Limit oder Tarif, und senden Sie Newsletter und andere Massensendungen über einen E-Mail-Versanddienst: Die Limits eines Postfachkontos sind für die Mail einer Person gemacht.',
      ],
      prevention: ['Halten Sie Massensendungen und automatische Benachrichtigungen von persönlichen und Büro-Postfachkonten fern, und prüfen Sie vor einer großen Sendung ihre Empfängerzahl gegen das Tageslimit Ihres Kontos.'],
    },
    'auth.sasl-mechanism': {
      explanation:
        'Ihr Mailserver (oder Programm) hat Benutzername und Passwort für den Server, über den er sendet, konnte sich aber nicht anmelden: Unter den Anmeldeverfahren, die dieser Server anbot (PLAIN, LOGIN, CRAM-MD5…), war keines, das Ihre Seite verwenden konnte oder wollte. Meist war die Verbindung nicht verschlüsselt, und der Server nennt seine Anmeldeverfahren erst nach STARTTLS, oder Ihre Seite sendet kein Passwort im Klartext (Postfix tut es standardmäßig nicht); oder die Plugins der SASL-Bibliothek für diese Verfahren sind nicht installiert; oder ein Filter in den Einstellungen lässt keines übrig. Das Passwort wurde nie versucht, es kann also durchaus stimmen; kein empfangender Server wurde gefragt, und die Adresse des Empfängers ist nicht schuld.',
      checklist: [
        'Schalten Sie die Verschlüsselung für die Verbindung zu diesem Server ein (STARTTLS auf Port 587 oder TLS von Anfang an auf 465): Die meisten Server nennen ihre Anmeldeverfahren nur auf einer verschlüsselten Verbindung. Setzen Sie dafür in Postfix smtp_tls_security_level = encrypt.',
        'Wenn Ihr Server Postfix ist, lassen Sie ihn die Verfahren verwenden, die der Server auf dieser verschlüsselten Verbindung anbietet: smtp_sasl_tls_security_options = noanonymous (der Standard beider Sicherheitseinstellungen, noplaintext, noanonymous, lehnt PLAIN und LOGIN ab), und kein smtp_sasl_mechanism_filter, der alle ausschließt.',
        'Installieren Sie die Plugins der SASL-Bibliothek für diese Verfahren, wenn sie fehlen („No worthy mechs found“): libsasl2-modules unter Debian und Ubuntu, cyrus-sasl-plain und cyrus-sasl-md5 unter Red Hat, Fedora und CentOS; laden Sie Postfix danach neu.',
        'Prüfen Sie, welche Verfahren der Server anbietet: Geben Sie nach dem Verbinden EHLO und einen Namen ein, und lesen Sie die Zeile, die mit 250-AUTH beginnt.',
        'Wenn eine Anwendung die Nachricht gesendet hat, schalten Sie in ihren Mail-Einstellungen STARTTLS (oder TLS auf Port 465) ein: Ihre Mail-Bibliothek sucht ein Anmeldeverfahren, das sie mit dem Server teilt, nur unter denen, die der Server nennt.',
      ],
      prevention: ['Verlangen Sie Verschlüsselung auf jeder Verbindung, auf der sich Ihre Server und Programme anmelden, und halten Sie die SASL-Plugins mit dem Mailserver installiert.'],
    },
    'auth.login-refused': {
      explanation:
        "Ihr Mailprogramm, Ihre Anwendung oder Ihr Server hat sich bei dem Server angemeldet, über den gesendet wird (SMTP-Authentifizierung), und der Server hat geantwortet, dass die Anmeldung falsch ist (die 535 von RFC 4954, „authentication credentials invalid“). Meist ist das Passwort falsch oder wurde geändert, der Benutzername ist nicht die vollständige E-Mail-Adresse, die der Anbieter erwartet, oder das Konto hat eine Zwei-Faktor-Authentifizierung und braucht ein App-Passwort (Gmail, iCloud, Yahoo) oder eine Anmeldung über den Anbieter (OAuth) statt des eigenen Passworts des Kontos; manche Anbieter schalten Passwort-Anmeldungen für Mailprogramme ganz ab (Outlook.com und Hotmail seit September 2024, SMTP AUTH bei Microsoft 365 und dessen Sicherheitsstandards). Zu viele Fehlversuche können Anmeldungen eine Weile sperren. Es wurde nichts gesendet, und die Adresse des Empfängers ist nicht schuld.",
      checklist: [
        "Prüfen Sie Benutzername und Passwort in den Einstellungen für den Postausgang (SMTP) des Programms: Der Benutzername ist meist die vollständige E-Mail-Adresse; geben Sie das Passwort neu ein und achten Sie auf ein Leerzeichen am Ende oder ein Zeichen, das die Einstellungsdatei in Anführungszeichen braucht.",
        "Verwenden Sie ein App-Passwort, wenn das Konto eine Zwei-Faktor-Authentifizierung hat (Gmail, iCloud und Yahoo verlangen eines für Mailprogramme), oder lassen Sie das Programm sich über den Anbieter anmelden (OAuth), wo es das anbietet: Outlook.com und Hotmail nehmen von Mailprogrammen nichts anderes an.",
        "Prüfen Sie bei Microsoft 365, dass SMTP AUTH für das Postfach erlaubt ist (und nicht durch die Sicherheitsstandards gesperrt), oder senden Sie stattdessen über Microsoft Graph.",
        "Melden Sie sich auf der Website des Anbieters beim Konto an: Ein gesperrtes Konto, ein verlangter Passwortwechsel oder eine Sicherheitsprüfung hält Anmeldungen von Programmen auf, bis sie erledigt ist.",
        "Senden Sie die Nachricht erneut, sobald die Anmeldung funktioniert: Sie wurde nicht gesendet.",
      ],
      prevention: ["Nachdem Sie das Passwort eines Kontos geändert oder die Zwei-Faktor-Authentifizierung eingeschaltet haben, aktualisieren Sie jedes Programm und Gerät, das über das Konto sendet."],
    },
    'microsoft.smtp-auth-off': {
      explanation:
        "Das Programm hat sich beim Postausgangsserver von Microsoft 365 (Exchange Online) mit Benutzername und Passwort angemeldet, und Microsoft hat die Art der Anmeldung abgelehnt, nicht unbedingt das Passwort: SMTP AUTH ist für das Postfach oder die ganze Organisation ausgeschaltet (bei neuen Organisationen die Voreinstellung), die Sicherheitsstandards der Organisation oder eine Richtlinie für bedingten Zugriff sperren Passwort-Anmeldungen, oder Microsofts Abschaltung der Passwort-Anmeldung (Basic) für SMTP AUTH greift; ein Konto bei Outlook.com oder Hotmail nimmt von Mailprogrammen seit September 2024 nur noch OAuth an. Das Passwort erneut einzugeben hilft nicht. Es wurde nichts gesendet, und die Adresse des Empfängers ist nicht schuld.",
      checklist: [
        "Bitten Sie Ihren Microsoft-365-Administrator, SMTP AUTH für dieses Postfach zu erlauben (im Microsoft 365 Admin Center in den E-Mail-Einstellungen des Benutzers, „Authentifiziertes SMTP“, oder mit Set-CASMailbox -SmtpClientAuthenticationDisabled $false), sofern die Organisation es überhaupt erlaubt.",
        "Lassen Sie das Programm sich mit OAuth (moderner Authentifizierung) anmelden, wenn es das für SMTP kann: Microsoft schaltet die Passwort-Anmeldung für SMTP AUTH in Exchange Online ab, und Outlook.com und Hotmail nehmen nichts anderes an.",
        "Prüfen Sie, ob die Sicherheitsstandards oder eine Richtlinie für bedingten Zugriff die ältere Passwort-Authentifizierung für das Konto sperren: Sie halten SMTP AUTH mit Passwort auf, auch wo es für das Postfach erlaubt ist.",
        "Wenn das Programm kein OAuth kann (ein Drucker, ein Scanner, eine alte Anwendung), senden Sie über das Relay mit Connector oder Direct Send von Microsoft 365 oder über einen Versanddienst, statt sich bei smtp.office365.com anzumelden.",
        "Senden Sie die Nachricht erneut, sobald sich das Programm anmelden kann: Sie wurde nicht gesendet.",
      ],
      prevention: ["Richten Sie Geräte und Anwendungen, die über Microsoft 365 senden, mit OAuth oder einem Connector-Relay ein, nicht mit einem Passwort."],
    },
    'tls.starttls-first': {
      explanation:
        "Der Server, über den das Programm sendet (sein Postausgangsserver oder der nächste Mailserver), nimmt Mail nur über eine verschlüsselte Verbindung an, und das Programm hat seine Befehle im Klartext geschickt, ohne zuerst die Verschlüsselung zu starten (den Befehl STARTTLS, RFC 3207). Es ist eine Einstellung des Programms oder Servers, der die Nachricht gesendet hat: Die Verschlüsselung ist aus oder für den falschen Port gesetzt. Kein Mailserver hat die Nachricht selbst beurteilt, und die Adresse des Empfängers ist nicht schuld.",
      checklist: [
        "Schalten Sie die Verschlüsselung in den Postausgangs-Einstellungen (SMTP) des Programms ein: STARTTLS auf Port 587 (oder 25), oder TLS von Anfang an (oft SSL genannt) auf Port 465.",
        "Prüfen Sie, wie die Mail-Bibliothek des Programms diese Einstellung nennt: mail.smtp.starttls.enable=true in JavaMail, EMAIL_USE_TLS = True in Django, SMTPSecure = 'tls' in PHPMailer, requireTLS: true in Nodemailer.",
        "Wenn ein Mailserver von Ihnen die Nachricht weiterleitet, lassen Sie ihn zu diesem Server STARTTLS verwenden (Postfix: smtp_tls_security_level = may, oder encrypt für dieses Relay; Exim: hosts_require_tls im smtp-Transport).",
        "Senden Sie die Nachricht erneut, sobald die Verschlüsselung an ist: Sie wurde nicht gesendet.",
      ],
      prevention: ["Stellen Sie jedes Programm, das Mail sendet, so ein, dass es seine Verbindung zum Mailserver verschlüsselt (STARTTLS auf 587 oder TLS auf 465): Die meisten Mail-Anbieter lehnen Anmeldungen und Mail im Klartext ab."],
    },
    'recipient.malformed': {
      explanation:
        "Der empfangende Server hat die Adresse des Empfängers wegen ihrer Schreibweise abgelehnt, nicht weil er das Postfach nachgeschlagen hätte: Sie hat nicht die Form name@domain, die die Mail-Standards verlangen (RFC 5321) — ein fehlendes oder doppeltes @, ein Leerzeichen, ein Komma oder Semikolon, ein Anzeigename oder Anführungszeichen an der Stelle der Adresse, ein Punkt am Ende, nicht erlaubte Zeichen oder mehrere Adressen, die ein Programm in ein Feld gefügt hat. Richtig geschrieben kann die Adresse durchaus funktionieren.",
      checklist: [
        "Lesen Sie die Adresse, die die Antwort zitiert, oder die, an die Sie gesendet haben: Achten Sie auf ein Leerzeichen, ein Komma oder Semikolon zwischen zwei Adressen, ein fehlendes @ oder eine fehlende Domain, einen Punkt am Ende oder einen Namen oder Anführungszeichen darum.",
        "Berichtigen Sie die Adresse dort, wo sie eingegeben oder gespeichert wurde (im Adressbuch, im Formular, in der Datenbank oder in den Einstellungen des Programms), und senden Sie die Nachricht erneut.",
        "Wenn ein Programm die Nachricht gesendet hat, prüfen Sie, wie es die Liste der Empfänger baut: eine Adresse je Empfänger, keine Liste und kein Name mit Adresse in einem Feld, und keine Zeichen, die der Standard nicht erlaubt.",
      ],
      prevention: ["Prüfen Sie Adressen schon bei der Eingabe (mit der Prüfung eines Formulars oder einer Bestätigungsmail), damit eine vertippte Adresse nie in einen Versand gelangt."],
    },
    'sender.malformed': {
      explanation:
        'Der Server hat die Absenderadresse abgelehnt, die Ihr Mailserver oder Programm (im Befehl MAIL FROM) angegeben hat, weil sie keine vollständige Adresse der Form name@domain ist: ein bloßer Name (der Name des Programms, der Anmeldename), der eigene Name eines Rechners statt einer echten Domain (root@localhost, www-data@ubuntu, die ID eines Containers), ein Anzeigename oder kodierter Text an der Stelle der Adresse oder ein Tippfehler. Es ist eine Einstellung des Programms oder Servers, der die Nachricht gesendet hat, nicht Ihres Kontos oder des DNS Ihrer Domain, und die Adresse des Empfängers ist nicht schuld.',
      checklist: [
        'Lesen Sie die Adresse, die die Antwort zitiert (in spitzen Klammern oder nach dem Code): Das hat Ihr Programm oder Server als Absender angegeben, und meist zeigt sie, was fehlt, das @ und eine Domain, oder eine echte Domain nach dem eigenen Namen eines Rechners (root@localhost, pi@raspberrypi).',
        'Setzen Sie die Absenderadresse („from“) in den Mail-Einstellungen des Programms auf eine vollständige Adresse Ihrer Domain, von der Ihr Mail-Anbieter Sie senden lässt: nicht nur den Anzeigenamen, nicht den Anmeldenamen, nicht den Benutzer des Rechners.',
        'Wenn ein Server oder ein Skript darauf die Mail sendet (cron, eine Webanwendung über PHPs mail(), ein Container), lassen Sie ihn die Adressen, die er schreibt, mit Ihrer Domain vervollständigen: myorigin (oder smtp_generic_maps) bei Postfix, qualify_domain bei Exim, Masquerading (MASQUERADE_AS) bei Sendmail, die Option -f oder sendmail_from bei PHP.',
        'Prüfen Sie, ob Name und Adresse getrennt sind: Ein Name in Anführungszeichen oder kodiert (=?utf-8?…?=) an der Stelle der Adresse, ein Leerzeichen, ein Punkt am Ende oder ein verirrtes Zeichen in der Adresse wird ebenso abgelehnt.',
      ],
      prevention: ['Geben Sie jedem Server, Container und jeder Anwendung, die Mail senden, in den Mail-Einstellungen eine vollständige Absenderadresse Ihrer eigenen Domain statt der Voreinstellung des Rechners.'],
    },
    'network.outbound-blocked': {
      explanation:
        "Der Mailserver, der Ihre Nachricht gesendet hat (Ihr eigener oder der Ihres Mail-Anbieters), konnte keine Verbindung zu den empfangenden Servern eines großen Mail-Anbieters oder Filterdienstes (Gmail, Outlook.com, Yahoo, iCloud, GMX und ähnliche) auf Port 25 aufbauen, dem Port, über den Mailserver zustellen: Die Verbindung lief in eine Zeitüberschreitung, wurde abgewiesen oder fand keinen Weg. Diese Anbieter betreiben mehrere empfangende Server, die rund um die Uhr antworten; ist keiner davon erreichbar, ist der Weg nach draußen fast immer auf der sendenden Seite gesperrt: Google Cloud sperrt ausgehenden Port 25, AWS und Azure schränken ihn ein, DigitalOcean sperrt ihn bei neuen Konten, viele Internetanbieter für Privat- und Geschäftskunden sperren ihn ebenfalls, und eine Firewall auf dem Server selbst kann dasselbe tun. Ist die Adresse, die er nicht erreichte, eine IPv6-Adresse (mit Doppelpunkten geschrieben) und lautet der Grund „Network is unreachable“, hat der Server keine funktionierende IPv6-Route. Die Adresse des Empfängers und sein Anbieter sind nicht schuld.",
      checklist: [
        "Senden Sie diese Meldung an den Support Ihres Mail-Anbieters, wenn Sie über einen senden: Dessen Server kam nicht zum Anbieter des Empfängers durch, und nur der Anbieter kann das beheben.",
        "Prüfen Sie vom Server aus, ob er überhaupt einen Mailserver auf Port 25 erreicht: Läuft auch dieser Test gegen die Server von Gmail in eine Zeitüberschreitung oder wird er abgewiesen, liegt die Sperre auf Ihrer Seite, nicht beim Empfänger.",
        "Fragen Sie Ihren Hosting- oder Cloud-Anbieter, ob er ausgehenden Port 25 sperrt und wie er sich für einen Server öffnen lässt, der seine Mail selbst zustellt: Google Cloud sperrt Port 25, AWS und Azure schränken ihn ein, DigitalOcean sperrt ihn bei neuen Konten; auch Internetanbieter für Privatkunden sperren ihn oft.",
        "Senden Sie stattdessen über ein Relay, wenn Port 25 gesperrt bleibt: über den Server Ihres Mail-Anbieters oder eines Versanddienstes auf Port 587 mit Anmeldung (in Postfix relayhost = [smtp.example.com]:587 mit SASL-Anmeldung).",
        "Wenn die Adresse, die er nicht erreichte, Doppelpunkte enthält (IPv6) und der Grund „Network is unreachable“ lautet, lassen Sie den Server nur IPv4 verwenden (Postfix: inet_protocols = ipv4) oder geben Sie ihm eine funktionierende IPv6-Route.",
        "Prüfen Sie die Firewall des Servers selbst auf eine Regel, die ausgehende Verbindungen zu Port 25 verwirft (iptables oder nftables, ufw, eine Sicherheitsgruppe in der Cloud).",
      ],
      prevention: ["Bevor Sie einen Mailserver auf einer Cloud- oder Hosting-Maschine betreiben, prüfen Sie, ob der Anbieter ihn auf Port 25 senden lässt, oder richten Sie ihn von Anfang an so ein, dass er über einen Versanddienst weiterleitet."],
    },
    'list.held': {
      explanation:
        'Die Mailingliste hat Ihre Nachricht nicht abgelehnt: Sie hält sie zurück, bis ein Moderator sie prüft, aus dem Grund, den die Benachrichtigung nennt (Sie sind kein Mitglied, die Liste ist moderiert, die Nachricht hat viele Empfänger oder einen Header, auf den die Liste achtet). Der Moderator gibt sie entweder an die Liste frei oder lehnt sie ab, und die Liste teilt Ihnen eine Ablehnung mit. Ihr Mailserver und Ihre Adresse sind nicht schuld, und nichts muss erneut gesendet werden.',
      checklist: [
        'Warten Sie die Entscheidung des Moderators ab und senden Sie die Nachricht nicht erneut: Eine zweite Kopie würde ebenfalls zurückgehalten, und beide könnten verteilt werden.',
        'Senden Sie von der Adresse, mit der Sie die Liste abonniert haben, wenn Sie Mitglied sind: Ein Beitrag von einer anderen Ihrer Adressen wird wie der eines Nichtmitglieds zurückgehalten.',
        'Bitten Sie den Betreiber der Liste, Ihre Adresse schreiben zu lassen, oder treten Sie der Liste bei, wenn Ihre Beiträge ohne Moderator verteilt werden sollen.',
        'Nutzen Sie den Link in der Benachrichtigung, um den Beitrag zurückzuziehen, wenn er nicht mehr verteilt werden soll.',
      ],
      prevention: ['Schreiben Sie an Mailinglisten von der Adresse, mit der Sie sie abonniert haben.'],
    },
    'client.tls': {
      explanation:
        'Das Programm, das diese Nachricht gesendet hat (eine Anwendung, ein Skript, ein Mailprogramm oder ein eigener Mailserver), hat den Mailserver erreicht, an den es senden wollte, doch die beiden konnten keine verschlüsselte Verbindung (TLS) aufbauen, also wurde nichts gesendet. Meist passen Port und Verschlüsselungseinstellung nicht zusammen (Port 465 erwartet TLS vom ersten Byte an; 587 und 25 beginnen unverschlüsselt und wechseln mit STARTTLS), das Zertifikat des Servers gilt nicht für den Namen, mit dem sich das Programm verbunden hat (eine IP-Adresse oder ein Alias statt des Namens im Zertifikat), ist abgelaufen oder selbst signiert, der Server bietet auf diesem Port keine Verschlüsselung an, oder das System des Programms ist zu alt für die TLS-Versionen und Zertifizierungsstellen des Servers. Kein Mailserver hat die Nachricht abgelehnt, und die Adresse des Empfängers ist nicht schuld.',
      checklist: [
        'Prüfen Sie, ob Port und Verschlüsselungseinstellung zusammenpassen: 465 mit TLS von Anfang an (oft „SSL“ genannt), 587 mit STARTTLS. „Wrong version number“, „unrecognized SSL message“ oder ein sofort scheiternder Handshake bedeutet meist, dass das eine für das andere eingestellt ist.',
        'Prüfen Sie, ob das Programm den Servernamen verwendet, der im Zertifikat des Servers steht – den, den Ihr Mail-Anbieter angibt –, nicht eine IP-Adresse, „localhost“ oder einen anderen Alias des Servers.',
        'Prüfen Sie das Zertifikat, das der Server anbietet, von dem Rechner aus, auf dem das Programm läuft (mit dem Namen des Servers und dem Port des Programms): Es muss heute gültig und für diesen Namen ausgestellt sein.',
        'Bitten Sie den Betreiber des Mailservers, ein abgelaufenes Zertifikat zu erneuern oder ein selbst signiertes zu ersetzen, wenn er ein solches anbietet; schalten Sie die Zertifikatsprüfung im Programm nur für einen Test ab, nie für echte Mail.',
        'Aktualisieren Sie die vertrauenswürdigen Zertifizierungsstellen und die Laufzeitumgebung auf dem Rechner des Programms (die CA-Zertifikate des Systems, OpenSSL, Java, .NET, PHP), wenn das Zertifikat gültig ist und der Fehler bleibt oder der Fehler eine Protokollversion nennt: Alten Systemen fehlen aktuelle Zertifizierungsstellen und TLS 1.2 oder 1.3.',
      ],
      prevention: ['Richten Sie Programme mit dem Servernamen, dem Port und der Verschlüsselung ein, die Ihr Mail-Anbieter angibt, senden Sie nach jeder Änderung eine Testnachricht und behalten Sie das Ablaufdatum des Zertifikats Ihres eigenen Mailservers im Blick.'],
    },
    'client.no-connection': {
      explanation:
        'Das Programm, das diese Nachricht gesendet hat (eine Anwendung, ein Skript, ein Mailprogramm oder ein eigener Mailserver), konnte keine Verbindung zu dem Mailserver herstellen, an den es senden wollte: Der Name des Servers ließ sich nicht auflösen, die Verbindung wurde abgelehnt oder lief in eine Zeitüberschreitung, oder sie brach ab, bevor der Server antwortete. Kein Mailserver hat die Nachricht abgelehnt, und die Adresse des Empfängers ist nicht schuld. Die Ursache liegt meist auf der sendenden Seite: ein falscher Servername, Port oder eine falsche Verschlüsselungseinstellung, kein Mailserver dort, wo das Programm sucht (etwa localhost), oder eine Firewall oder ein Hosting-Anbieter, der ausgehende Mail-Ports sperrt.',
      checklist: [
        'Vergleichen Sie die Mailserver-Einstellungen des Programms mit denen Ihres Mail-Anbieters: den Servernamen (ohne Tippfehler, Leerzeichen oder Anführungszeichen), den Port und die passende Verschlüsselung (587 mit STARTTLS, 465 mit TLS von Anfang an). Eine Ablehnung von localhost oder 127.0.0.1 heißt, dass auf diesem Rechner kein Mailserver läuft.',
        'Prüfen Sie auf dem Rechner, auf dem das Programm läuft, ob sich der Servername auflösen lässt und sein Port antwortet (zum Beispiel mit nc -vz oder unter Windows mit Test-NetConnection, mit Servername und Port).',
        'Läuft die Verbindung in eine Zeitüberschreitung, fragen Sie Ihren Hosting- oder Cloud-Anbieter, ob er ausgehende Mail-Ports sperrt: Google Cloud sperrt Port 25, AWS und Azure beschränken ihn, DigitalOcean sperrt ihn bei neuen Konten. Senden Sie stattdessen über Ihren Mail-Anbieter auf Port 587 oder 465, oder lassen Sie die Sperre aufheben.',
        'Senden Sie die Nachricht erneut, sobald das Programm eine Verbindung bekommt: Sie wurde nicht gesendet.',
      ],
      prevention: ['Senden Sie nach einer Änderung der Mail-Einstellungen des Programms oder nach seinem Umzug auf einen anderen Server oder in ein anderes Netz eine Testnachricht.'],
    },
    'sendmail.relay-mailer': {
      explanation:
        "Das Sendmail Ihres Servers gibt ausgehende Mail an ein Relay (einen Smarthost) weiter und konnte dessen Namen nicht auflösen: Die Protokollzeile sagt, dass der Relay-Mailer zustellte (mailer=relay), und nennt den Host, der nicht gefunden wurde. Adresse und Domain des Empfängers sind nicht schuld; die Nachricht hat Ihren Server nicht verlassen.",
      checklist: [
        "Prüfen Sie den Namen des Relays in Ihrer Sendmail-Konfiguration (SMART_HOST in sendmail.mc, die DS-Zeile in sendmail.cf) auf Tippfehler.",
        "Prüfen Sie, ob Ihr Server diesen Namen auflösen kann (seine DNS-Einstellungen, /etc/hosts).",
        "Erzeugen Sie danach sendmail.cf neu, starten Sie Sendmail neu und arbeiten Sie die Warteschlange ab (sendmail -q).",
      ],
      prevention: ["Senden Sie nach einer Änderung am Namen des Relays oder an den DNS-Einstellungen Ihres Servers eine Testnachricht und lesen Sie das Mail-Protokoll."],
    },
    'fact.temporary-domain': {
      explanation:
        'Die Suche, wo {recipientDomain} Mail empfängt, ergab diesmal „keine solche Domain“, und Ihr Server behandelt das als vorübergehend: Er versucht es weiter. Das passiert bei einer gerade registrierten oder geänderten Domain oder bei einem DNS-Ausfall, aber auch bei einer falsch geschriebenen Domain, die weiter scheitern wird.',
      checklist: [
        'Prüfen Sie die Schreibweise der Domain (der Teil nach dem @).',
        'Schlagen Sie die Domain selbst nach.',
        'Lassen Sie Ihren Server weiter versuchen, wenn die Domain stimmt; ist sie falsch geschrieben, schreiben Sie stattdessen an die richtige Adresse.',
      ],
    },
  },
  finals: {
    'rate-limit': {
      explanation:
        'Sie haben mehr Nachrichten, Empfänger oder Verbindungen gesendet, als der empfangende Server (oder Ihr eigener Anbieter) in einem Zeitraum erlaubt, und diese Nachricht wurde abgelehnt, nicht zurückgestellt: Sie wird nicht erneut versucht. Die Grenze setzt sich nach ihrem Zeitraum zurück, oft nach einer Stunde oder einem Tag.',
      checklist: [
        'Warten Sie, bis sich die Grenze zurücksetzt (die Antwort oder die Seite Ihres Anbieters zu seinen Grenzen sagt, wann; oft nach einer Stunde oder einem Tag), und senden Sie die Nachricht dann erneut.',
        'Verteilen Sie große Sendungen über die Zeit und halten Sie die Empfänger pro Nachricht gering.',
        'Prüfen Sie die Sendegrenzen Ihres Anbieters und Ihr Konto auf unerwartetes Senden, falls sein Kontingent erreicht wurde.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
    network: {
      explanation:
        'Der Mailserver des Empfängers war im DNS nicht zu finden, hat die Verbindung abgelehnt oder nicht rechtzeitig geantwortet, und Ihr Server hat aufgehört, es zu versuchen: Diese Nachricht wurde nicht zugestellt. Der Server ist vielleicht ausgefallen oder falsch eingerichtet, oder eine Firewall steht im Weg.',
      checklist: [
        'Schlagen Sie die Mailserver der Empfängerdomain nach.',
        'Senden Sie die Nachricht später erneut; scheitert es weiter, sagen Sie es dem Empfänger auf anderem Weg.',
        'Prüfen Sie, ob ausgehende Verbindungen zu Port 25 erlaubt sind.',
      ],
    },
    greylisting: {
      explanation:
        'Der empfangende Server hat Ihre Nachricht bei jedem Versuch Ihres Servers per Greylisting zurückgestellt, und Ihr Server hat aufgehört, es zu versuchen: Diese Nachricht wurde nicht zugestellt. Greylisting lässt eine Nachricht durch, wenn derselbe Server es nach einigen Minuten erneut versucht; es stellt weiter zurück, wenn jeder Versuch von einem anderen Server oder einer anderen IP-Adresse eines Pools kommt, wenn jeder Versuch eine neue Umschlag-Absenderadresse verwendet oder wenn die Wiederholungen zu früh aufhören.',
      checklist: [
        'Senden Sie die Nachricht erneut.',
        'Stellen Sie sicher, dass Ihr Server zurückgestellte Mail von derselben ausgehenden IP-Adresse und mit demselben Umschlag-Absender (Return-Path) erneut versucht, mindestens einige Stunden lang.',
        'Wird sie erneut abgelehnt, bitten Sie den Administrator des Empfängers, Ihren sendenden Server vom Greylisting auszunehmen.',
      ],
    },
  },
  programs: {
    'rate-limit': {
      explanation:
        'Sie haben mehr Nachrichten, Empfänger oder Verbindungen gesendet, als der empfangende Server (oder Ihr eigener Anbieter) in einem Zeitraum erlaubt, und er hat diese Nachricht zurückgestellt (eine 4xx-Antwort). Das Programm, das es gemeldet hat, sendet sie nur erneut, wenn es fehlgeschlagene Mail in einer Warteschlange hält, die es wiederholt. Die Grenze setzt sich nach ihrem Zeitraum zurück, oft nach Minuten bis zu einer Stunde.',
      checklist: [
        'Senden Sie die Nachricht erneut, sobald sich die Grenze zurückgesetzt hat (die Antwort oder die Seite Ihres Anbieters zu seinen Grenzen sagt vielleicht, wann), oder lassen Sie die Warteschlange des Programms es erneut versuchen; sofort erneut zu senden erhöht die Zählung.',
        'Bremsen Sie das Programm: weniger Nachrichten pro Verbindung und pro Minute, weniger Empfänger pro Nachricht.',
        'Prüfen Sie die Sendegrenzen Ihres Anbieters und Ihr Konto auf unerwartetes Senden, falls sein Kontingent erreicht wurde.',
      ],
      prevention: REPUTATION_PREVENTION,
    },
  },
  providerSteps: {
    'google:auth-required': ['Für ein Gmail- oder Google-Workspace-Konto: Melden Sie sich mit einem App-Passwort an (dafür muss die Bestätigung in zwei Schritten aktiviert sein) oder aus einer App, die sich mit Google anmeldet (OAuth); Google nimmt das eigene Passwort des Kontos von anderen Mailprogrammen nicht mehr an.'],
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
      'au-Telefone lehnen Mail ab, die die Spam-Einstellungen des Besitzers nicht erlauben (oft alles von Computern oder unbekannten Domains): Bitten Sie den Empfänger, Ihre Adresse oder Domain in den au-Mail-Einstellungen zu den erlaubten Absendern (受信リスト) hinzuzufügen.',
    ],
    'mimecast:spam': gatewayAllow('Mimecast', 'seine Permitted Senders'),
    'mimecast:policy': gatewayAllow('Mimecast', 'seine Permitted Senders'),
    'mimecast:content-policy': gatewayAllow('Mimecast', 'seine Permitted Senders'),
    'proofpoint:spam': gatewayAllow('Proofpoint', 'seine Liste sicherer Absender'),
    'proofpoint:policy': gatewayAllow('Proofpoint', 'seine Liste sicherer Absender'),
  },
  whoActs: {
    spf: { permanent: 'Sie: Tragen Sie den Server, der dies gesendet hat, in den SPF-Eintrag Ihrer Domain ein und senden Sie dann erneut', temporary: 'Sie: Korrigieren Sie den SPF-Eintrag Ihrer Domain; Ihr Server versucht es so lange weiter' },
    dkim: { permanent: 'Sie: Schalten Sie die DKIM-Signatur für Ihre Domain ein und senden Sie dann erneut', temporary: 'Sie: Korrigieren Sie die DKIM-Signatur Ihrer Domain; Ihr Server versucht es so lange weiter' },
    dmarc: { permanent: 'Sie: Sorgen Sie dafür, dass der sendende Dienst SPF oder DKIM für Ihre Domain besteht, und senden Sie dann erneut', temporary: 'Sie: Sorgen Sie dafür, dass der sendende Dienst SPF oder DKIM besteht; Ihr Server versucht es so lange weiter' },
    unauthenticated: { permanent: 'Sie: Richten Sie SPF und DKIM für Ihre Domain ein und senden Sie dann erneut', temporary: 'Sie: Richten Sie SPF und DKIM für Ihre Domain ein; Ihr Server versucht es so lange weiter' },
    ptr: { permanent: 'Sie oder wer Ihren Mailserver betreibt: Geben Sie der sendenden IP einen Reverse-DNS-Namen und senden Sie dann erneut', temporary: 'Sie oder wer Ihren Mailserver betreibt: Geben Sie der sendenden IP einen Reverse-DNS-Namen; Ihr Server versucht es weiter' },
    'ip-blocklist': { permanent: 'Sie oder Ihr Mailanbieter: Beseitigen Sie die Ursache, beantragen Sie die Entfernung und senden Sie dann erneut', temporary: 'Sie oder Ihr Mailanbieter: Beseitigen Sie die Ursache und beantragen Sie die Entfernung; Ihr Server versucht es weiter' },
    'domain-blocklist': { permanent: 'Sie: Entfernen Sie die gelistete Domain aus der Nachricht oder beantragen Sie die Entfernung und senden Sie dann erneut', temporary: 'Sie: Entfernen Sie die gelistete Domain oder beantragen Sie die Entfernung; Ihr Server versucht es weiter' },
    reputation: { permanent: 'Sie: Senden Sie weniger, und nur an Menschen, die Ihre Mail wollen', temporary: 'Sie: Senden Sie eine Weile weniger; Ihr Server versucht es weiter' },
    'rate-limit': { permanent: 'Sie: Senden Sie weniger auf einmal und später erneut', temporary: 'Noch niemand: Ihr Server versucht es erneut; Sie: Senden Sie weniger auf einmal' },
    spam: { permanent: 'Sie: Ändern Sie die Nachricht und senden Sie dann erneut', temporary: 'Noch niemand: Ihr Server versucht es erneut; scheitert es weiter, Sie: Ändern Sie die Nachricht' },
    virus: { permanent: 'Sie: Entfernen Sie den gefährlichen Anhang und senden Sie dann erneut', temporary: 'Sie: Entfernen Sie den gefährlichen Anhang; Ihr Server versucht es so lange weiter' },
    'content-policy': { permanent: 'Sie: Senden Sie die Datei auf anderem Weg (ein Link, ein anderes Format)', temporary: 'Noch niemand: Ihr Server versucht es erneut; scheitert es weiter, Sie: Senden Sie die Datei auf anderem Weg' },
    'message-size': { permanent: 'Sie: Senden Sie eine kleinere Nachricht (große Dateien als Links)', temporary: 'Noch niemand: Ihr Server versucht es erneut; scheitert es weiter, Sie: Senden Sie eine kleinere Nachricht' },
    'message-format': { permanent: 'Sie oder die App, die sie gesendet hat: Korrigieren Sie, wie die Nachricht gebaut wird', temporary: 'Sie oder die App, die sie gesendet hat: Korrigieren Sie, wie die Nachricht gebaut wird; Ihr Server versucht es weiter' },
    'relay-denied': { permanent: 'Sie: Prüfen Sie die Einstellungen Ihres Postausgangsservers und die Empfängerdomain', temporary: 'Sie: Prüfen Sie die Einstellungen Ihres Postausgangsservers; Ihr Server versucht es weiter' },
    'auth-required': { permanent: 'Sie: Melden Sie sich an Ihrem Postausgangsserver an (prüfen Sie die SMTP-Einstellungen) und senden Sie dann erneut', temporary: 'Sie: Prüfen Sie die Anmeldung in Ihren SMTP-Einstellungen; Ihr Server versucht es weiter' },
    'tls-required': { permanent: 'Sie oder der Administrator des Empfängers: Bringen Sie die verschlüsselte Verbindung in Ordnung und senden Sie dann erneut', temporary: 'Sie oder der Administrator des Empfängers: Bringen Sie die verschlüsselte Verbindung in Ordnung; Ihr Server versucht es weiter' },
    'sender-rejected': { permanent: 'Sie: Senden Sie von einer Adresse, die Sie verwenden dürfen', temporary: 'Sie: Prüfen Sie Ihre Absenderadresse; Ihr Server versucht es weiter' },
    'recipient-unknown': { permanent: 'Sie: Korrigieren Sie die Adresse oder senden Sie nicht mehr dorthin', temporary: 'Noch niemand: Ihr Server versucht es erneut; Sie: Prüfen Sie die Adresse' },
    'recipient-domain': { permanent: 'Sie: Korrigieren Sie die Domain oder senden Sie nicht mehr dorthin', temporary: 'Noch niemand: Ihr Server versucht es erneut; Sie: Prüfen Sie die Schreibweise der Domain' },
    'mailbox-full': { permanent: 'Der Empfänger: Platz schaffen – Sie: später erneut versuchen', temporary: 'Der Empfänger: Platz schaffen – Ihr Server versucht es weiter' },
    'mailbox-disabled': { permanent: 'Sie: Fragen Sie die Person nach einer neuen Adresse und senden Sie nicht mehr an diese', temporary: 'Noch niemand: Ihr Server versucht es erneut; Sie: Fragen Sie die Person, ob die Adresse noch gilt' },
    'recipient-policy': { permanent: 'Der Empfänger: Ihre Adresse zulassen – Sie: ihn darum bitten', temporary: 'Der Empfänger: Ihre Adresse zulassen – Ihr Server versucht es weiter' },
    policy: { permanent: 'Sie: Lesen Sie die Antwort; der Administrator des Empfängers kann sagen, welche Regel abgelehnt hat', temporary: 'Noch niemand: Ihr Server versucht es erneut; scheitert es weiter, Sie: Fragen Sie den Empfänger auf anderem Weg' },
    greylisting: { permanent: 'Sie: senden Sie die Nachricht erneut', temporary: 'Niemand: Ihr Server versucht es von selbst erneut' },
    'delivery-timeout': { permanent: 'Sie: Prüfen Sie die Adresse und senden Sie später erneut, oder erreichen Sie die Person auf anderem Weg', temporary: STILL_TRYING },
    network: { permanent: 'Die Empfängerseite: ihren Mailserver reparieren – Sie: später erneut senden', temporary: 'Die Empfängerseite: ihren Mailserver reparieren – Ihr Server versucht es weiter' },
    'remote-error': { permanent: 'Der Administrator des Empfängers: seinen Server reparieren – Sie: später erneut versuchen', temporary: 'Der Administrator des Empfängers: seinen Server reparieren – Ihr Server versucht es weiter' },
    protocol: { permanent: 'Sie oder die App, die sie gesendet hat: Korrigieren Sie das sendende Programm', temporary: 'Sie oder die App, die sie gesendet hat: Korrigieren Sie das sendende Programm; Ihr Server versucht es weiter' },
    'auto-reply': { permanent: 'Niemand: Ihre Nachricht wurde zugestellt', temporary: 'Niemand: Ihre Nachricht wurde zugestellt' },
    complaint: { permanent: 'Sie: Senden Sie nicht mehr an diese Person', temporary: 'Sie: Senden Sie nicht mehr an diese Person' },
    delivered: { permanent: 'Niemand: Ihre Nachricht wurde zugestellt', temporary: 'Niemand: Ihre Nachricht wurde zugestellt' },
    unknown: { permanent: 'Sie: Lesen Sie die Antwort und fragen Sie dann den Empfänger auf anderem Weg', temporary: STILL_TRYING },
  },
  ruleWhoActs: {
    'recipient.suppressed': { permanent: 'Sie: Sehen Sie in der Sperrliste (Suppression List) Ihres Versanddienstes nach, warum die Adresse schon einmal zurückkam; korrigieren Sie sie oder senden Sie nicht mehr dorthin', temporary: 'Sie: Sehen Sie in der Sperrliste (Suppression List) Ihres Versanddienstes nach, warum die Adresse schon einmal zurückkam' },
    'service.test-mode': { permanent: "Sie: Senden Sie von Ihrer eigenen bestätigten Domain, oder geben Sie den Empfänger in Ihrem Versanddienst frei", temporary: "Sie: Senden Sie von Ihrer eigenen bestätigten Domain, oder geben Sie den Empfänger in Ihrem Versanddienst frei" },
    'service.account-hold': { permanent: "Sie: Fragen Sie Ihren Versanddienst, warum er für Ihr Konto oder Ihre Domain nicht mehr sendet, und lassen Sie das Senden wieder freischalten", temporary: "Sie: Fragen Sie Ihren Versanddienst, warum er für Ihr Konto oder Ihre Domain nicht mehr sendet, und lassen Sie das Senden wieder freischalten" },
    'service.sender-unverified': { permanent: "Sie: Bestätigen Sie die Absenderadresse oder -domain in Ihrem Versanddienst und senden Sie dann erneut", temporary: "Sie: Bestätigen Sie die Absenderadresse oder -domain in Ihrem Versanddienst und senden Sie dann erneut" },
    'sender.login-mismatch': { permanent: 'Sie: Senden Sie von einer Adresse, die Ihre Anmeldung verwenden darf, oder holen Sie sich das Recht, unter dieser zu senden', temporary: 'Sie: Senden Sie von einer Adresse, die Ihre Anmeldung verwenden darf, oder holen Sie sich das Recht, unter dieser zu senden' },
    'tenant.unregistered-domain': { permanent: 'Sie oder Ihr Microsoft-365-Administrator: Fügen Sie die Domain, von der Sie senden, in Microsoft 365 hinzu und bestätigen Sie sie', temporary: 'Sie oder Ihr Microsoft-365-Administrator: Fügen Sie die Domain, von der Sie senden, in Microsoft 365 hinzu und bestätigen Sie sie' },
    'auth.helo': { permanent: 'Sie oder wer den sendenden Server betreibt: Lassen Sie ihn sich mit seinem vollständigen Domainnamen vorstellen und senden Sie dann erneut', temporary: 'Sie oder wer den sendenden Server betreibt: Lassen Sie ihn sich mit seinem vollständigen Domainnamen vorstellen; Ihr Server versucht es weiter' },
    'mta.mail-loop': { permanent: 'Wer diesen Mailserver betreibt: Richten Sie ihn für die Mail der Domain ein oder berichtigen Sie den MX-Eintrag der Domain', temporary: 'Wer diesen Mailserver betreibt: Richten Sie ihn für die Mail der Domain ein oder berichtigen Sie den MX-Eintrag der Domain' },
    'mta.hop-loop': { permanent: "Der Empfänger oder wer seine Mail betreibt: Beheben Sie die Weiterleitung oder das Routing, das im Kreis läuft — Sie: Sagen Sie es ihm und senden Sie dann erneut", temporary: "Der Empfänger oder wer seine Mail betreibt: Beheben Sie die Weiterleitung oder das Routing, das im Kreis läuft — Ihr Server versucht es weiter" },
    'blocklist.lookup-error': { permanent: "Der Administrator des Empfängers: Berichtigen Sie die Blocklisten-Abfragen — Sie: Sagen Sie es ihm und senden Sie dann erneut", temporary: "Der Administrator des Empfängers: Berichtigen Sie die Blocklisten-Abfragen — Ihr Server versucht es weiter" },
    'client.no-connection': { permanent: 'Sie oder wer das Programm betreibt: Berichtigen Sie seine Mailserver-Einstellungen oder geben Sie den Weg zu diesem Server frei', temporary: 'Sie oder wer das Programm betreibt: Berichtigen Sie seine Mailserver-Einstellungen oder geben Sie den Weg zu diesem Server frei' },
    'client.tls': { permanent: 'Sie oder wer das Programm betreibt: Stimmen Sie Port und Verschlüsselung auf den Server ab oder berichtigen Sie das Zertifikat des Servers', temporary: 'Sie oder wer das Programm betreibt: Stimmen Sie Port und Verschlüsselung auf den Server ab oder berichtigen Sie das Zertifikat des Servers' },
    'list.held': { permanent: 'Der Moderator der Liste: Freigeben oder ablehnen — Sie: nichts erneut senden', temporary: 'Der Moderator der Liste: Freigeben oder ablehnen — Sie: nichts erneut senden' },
    'auth.login-throttle': { permanent: 'Sie: Berichtigen Sie die Anmeldung des Programms und lassen Sie es eine Weile ruhen, dann senden Sie erneut', temporary: 'Sie: Berichtigen Sie die Anmeldung des Programms und lassen Sie es eine Weile ruhen, dann senden Sie erneut' },
    'account.sending-limit': { permanent: 'Sie: Warten Sie, bis das Sendelimit Ihres Kontos zurückgesetzt ist, und senden Sie dann erneut', temporary: 'Sie: Warten Sie, bis das Sendelimit Ihres Kontos zurückgesetzt ist, und senden Sie dann erneut' },
    'auth.sasl-mechanism': { permanent: 'Sie oder wer den sendenden Server betreibt: Verschlüsseln Sie die Verbindung vor der Anmeldung, oder erlauben Sie ein Verfahren, das der Server anbietet', temporary: 'Sie oder wer den sendenden Server betreibt: Verschlüsseln Sie die Verbindung vor der Anmeldung, oder erlauben Sie ein Verfahren, das der Server anbietet; Ihr Server versucht es weiter' },
    'auth.login-refused': { permanent: "Sie: Berichtigen Sie die Anmeldung in den Postausgangs-Einstellungen (SMTP) des Programms und senden Sie dann erneut", temporary: "Sie: Berichtigen Sie die Anmeldung in den Postausgangs-Einstellungen (SMTP) des Programms; Ihr Server versucht es weiter" },
    'microsoft.smtp-auth-off': { permanent: "Ihr Microsoft-365-Administrator: Erlauben Sie SMTP AUTH für das Postfach, oder Sie: Stellen Sie das Programm auf OAuth oder ein Relay um und senden Sie dann erneut", temporary: "Ihr Microsoft-365-Administrator: Erlauben Sie SMTP AUTH für das Postfach, oder Sie: Stellen Sie das Programm auf OAuth oder ein Relay um; Ihr Server versucht es weiter" },
    'tls.starttls-first': { permanent: "Sie oder wer das Programm betreibt: Schalten Sie die Verschlüsselung (STARTTLS) in seinen Mail-Einstellungen ein und senden Sie dann erneut", temporary: "Sie oder wer das Programm betreibt: Schalten Sie die Verschlüsselung (STARTTLS) in seinen Mail-Einstellungen ein; Ihr Server versucht es weiter" },
    'recipient.malformed': { permanent: "Sie: Berichtigen Sie die Adresse dort, wo sie geschrieben wurde, und senden Sie dann erneut", temporary: "Sie: Berichtigen Sie die Adresse dort, wo sie geschrieben wurde; Ihr Server versucht es weiter" },
    'sender.malformed': { permanent: 'Sie oder wer das Programm oder den Server betreibt: Setzen Sie in den Mail-Einstellungen eine vollständige Absenderadresse (name@ihre-domain) und senden Sie dann erneut', temporary: 'Sie oder wer das Programm oder den Server betreibt: Setzen Sie in den Mail-Einstellungen eine vollständige Absenderadresse (name@ihre-domain); Ihr Server versucht es weiter' },
    'network.outbound-blocked': { permanent: "Wer den sendenden Mailserver betreibt (Sie, Ihr Hosting-Anbieter oder Ihr Mail-Anbieter): Öffnen Sie ausgehenden Port 25 oder leiten Sie über Port 587 weiter, und senden Sie dann erneut", temporary: "Wer den sendenden Mailserver betreibt (Sie, Ihr Hosting-Anbieter oder Ihr Mail-Anbieter): Öffnen Sie ausgehenden Port 25 oder leiten Sie über Port 587 weiter; der Server versucht es weiter" },
    'sendmail.relay-mailer': { permanent: "Sie: Berichtigen Sie den Namen des Relays in Ihrer Sendmail-Konfiguration oder die Namensauflösung Ihres Servers", temporary: "Sie: Berichtigen Sie den Namen des Relays in Ihrer Sendmail-Konfiguration oder die Namensauflösung Ihres Servers" },
  },
  temporary: {
    lead: 'Das ist eine Verzögerung, kein endgültiger Fehlschlag: Der empfangende Server hat die Nachricht zurückgestellt (eine 4xx-Antwort), und Ihr Server versucht es von selbst weiter, meist einige Tage lang.',
    wait: 'Warten Sie und senden Sie die Nachricht nicht von Hand neu: Ihr Server versucht es weiter, und eine jetzt gesendete Kopie kommt vielleicht doppelt an.',
    ifFails: 'Wenn Ihr Server schließlich aufgibt und eine Fehlermeldung folgt, beheben Sie, was sie nennt, und senden Sie dann erneut.',
    programLead:
      'Das ist eine vorübergehende Ablehnung, keine endgültige: Der empfangende Server hat die Nachricht zurückgestellt (eine 4xx-Antwort) und bittet, sie später erneut zu senden. Das Programm, das sie gemeldet hat, versucht es nur dann erneut, wenn es fehlgeschlagene Mail in einer Warteschlange hält, die es wiederholt.',
    programWait: 'Lassen Sie die Warteschlange des Programms es erneut versuchen, falls es eine hat; sonst senden Sie die Nachricht nach einer Weile (einige Minuten bis eine Stunde) erneut.',
    ownLead: 'Das ist eine Verzögerung, kein endgültiger Fehlschlag: Ihr eigener Mailserver hält die Nachricht zurück und versucht es von selbst weiter, meist einige Tage lang.',
    finalWords: ['erneut abgelehnt', 'weiterhin ablehnen', 'erneut senden', 'senden sie die nachricht erneut', 'senden sie sie erneut', 'sie erneut', 'später erneut', 'einmal erneut', 'nicht zugestellt'],
  },
  registry: {
    '0.0': 'Sonstiger, nicht definierter Status',
    '1.0': 'Sonstiger Adressstatus',
    '1.1': 'Ungültige Postfachadresse des Ziels',
    '1.2': 'Ungültige Systemadresse des Ziels',
    '1.3': 'Ungültige Syntax der Postfachadresse des Ziels',
    '1.4': 'Postfachadresse des Ziels ist mehrdeutig',
    '1.5': 'Zieladresse gültig',
    '1.6': 'Postfach des Ziels ist umgezogen, keine Weiterleitungsadresse',
    '1.7': 'Ungültige Syntax der Absender-Postfachadresse',
    '1.8': 'Ungültige Systemadresse des Absenders',
    '1.9': 'Nachricht an ein nicht standardkonformes Mailsystem weitergeleitet',
    '1.10': 'Empfängeradresse hat ein Null-MX',
    '2.0': 'Sonstiger oder nicht definierter Postfachstatus',
    '2.1': 'Postfach deaktiviert, nimmt keine Nachrichten an',
    '2.2': 'Postfach voll',
    '2.3': 'Nachrichtenlänge überschreitet das administrative Limit',
    '2.4': 'Problem beim Erweitern der Verteilerliste',
    '3.0': 'Sonstiger oder nicht definierter Status des Mailsystems',
    '3.1': 'Mailsystem voll',
    '3.2': 'System nimmt keine Netzwerknachrichten an',
    '3.3': 'System beherrscht die gewählten Funktionen nicht',
    '3.4': 'Nachricht zu groß für das System',
    '3.5': 'System falsch konfiguriert',
    '3.6': 'Angeforderte Priorität wurde geändert',
    '4.0': 'Sonstiger oder nicht definierter Netzwerk- oder Routingstatus',
    '4.1': 'Keine Antwort vom Host',
    '4.2': 'Schlechte Verbindung',
    '4.3': 'Fehler des Verzeichnisservers',
    '4.4': 'Routing nicht möglich',
    '4.5': 'Überlastung des Mailsystems',
    '4.6': 'Routing-Schleife erkannt',
    '4.7': 'Zustellfrist abgelaufen',
    '4.8': 'Implizites TLS erforderlich',
    '5.0': 'Sonstiger oder nicht definierter Protokollstatus',
    '5.1': 'Ungültiger Befehl',
    '5.2': 'Syntaxfehler',
    '5.3': 'Zu viele Empfänger',
    '5.4': 'Ungültige Befehlsargumente',
    '5.5': 'Falsche Protokollversion',
    '5.6': 'Zeile des Authentifizierungsaustauschs zu lang',
    '6.0': 'Sonstiger oder nicht definierter Medienfehler',
    '6.1': 'Medium nicht unterstützt',
    '6.2': 'Konvertierung erforderlich, aber untersagt',
    '6.3': 'Konvertierung erforderlich, aber nicht unterstützt',
    '6.4': 'Konvertierung mit Verlust durchgeführt',
    '6.5': 'Konvertierung fehlgeschlagen',
    '6.6': 'Nachrichteninhalt nicht verfügbar',
    '6.7': 'Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht erlaubt',
    '6.8': 'UTF-8-Antwort erforderlich, vom SMTP-Client aber nicht erlaubt',
    '6.9': 'UTF-8-Header-Nachricht kann an einen oder mehrere Empfänger nicht übertragen werden',
    '6.10': 'UTF-8-Antwort erforderlich, vom SMTP-Client aber nicht erlaubt',
    '7.0': 'Sonstiger oder nicht definierter Sicherheitsstatus',
    '7.1': 'Zustellung nicht erlaubt, Nachricht abgelehnt',
    '7.2': 'Erweitern der Verteilerliste untersagt',
    '7.3': 'Sicherheitskonvertierung erforderlich, aber nicht möglich',
    '7.4': 'Sicherheitsfunktionen nicht unterstützt',
    '7.5': 'Kryptografischer Fehler',
    '7.6': 'Kryptografischer Algorithmus nicht unterstützt',
    '7.7': 'Fehler der Nachrichtenintegrität',
    '7.8': 'Anmeldedaten ungültig',
    '7.9': 'Authentifizierungsverfahren zu schwach',
    '7.10': 'Verschlüsselung nötig',
    '7.11': 'Verschlüsselung für das angeforderte Authentifizierungsverfahren erforderlich',
    '7.12': 'Passwortwechsel nötig',
    '7.13': 'Benutzerkonto deaktiviert',
    '7.14': 'Vertrauensbeziehung erforderlich',
    '7.15': 'Prioritätsstufe zu niedrig',
    '7.16': 'Nachricht zu groß für die angegebene Priorität',
    '7.17': 'Inhaber des Postfachs hat gewechselt',
    '7.18': 'Inhaber der Domain hat gewechselt',
    '7.19': 'RRVS-Prüfung kann nicht abgeschlossen werden',
    '7.20': 'Keine gültige DKIM-Signatur gefunden',
    '7.21': 'Keine annehmbare DKIM-Signatur gefunden',
    '7.22': 'Keine gültige, zum Autor passende DKIM-Signatur gefunden',
    '7.23': 'SPF-Prüfung fehlgeschlagen',
    '7.24': 'Fehler bei der SPF-Prüfung',
    '7.25': 'Reverse-DNS-Prüfung fehlgeschlagen',
    '7.26': 'Mehrere Authentifizierungsprüfungen fehlgeschlagen',
    '7.27': 'Absenderadresse hat ein Null-MX',
    '7.28': 'Mailflut erkannt',
    '7.29': 'ARC-Prüfung fehlgeschlagen',
    '7.30': 'REQUIRETLS-Unterstützung erforderlich',
  },
  classMeaning: {
    '2': 'Erfolg',
    '4': 'Anhaltender vorübergehender Fehler: Dieselbe Nachricht wird später vielleicht angenommen',
    '5': 'Dauerhafter Fehler: Unverändertes erneutes Senden scheitert wieder',
  },
  unlisted: '{meaning} (ein Code, den das Register nicht führt)',
  values: {
    who: 'Der empfangende Server',
    domain: 'Ihre Domain',
    recipient: 'der Empfänger',
    recipientDomain: 'die Domain des Empfängers',
    ip: 'Ihre sendende IP',
    selectorKnown: 'Selektor {selector}, aus der DKIM-Signatur Ihrer Nachricht',
    selectorUnknown: 'der Bounce zeigt Ihren Selektor nicht: Ersetzen Sie SELECTOR durch den, den Ihr Anbieter Ihnen genannt hat',
    defaultZone: 'Spamhaus ZEN, der meistgenutzten Sperrliste',
    refusedValue: '(Ein Wert im Bounce ist in diesem Befehl ungültig; ersetzen Sie {placeholder}.)',
    typo: 'Prüfen Sie die Adresse: {recipientDomain} sieht nach einem Tippfehler für {meant} aus. Ist {meantAddress} gemeint, schreiben Sie stattdessen an diese Adresse.',
    didYouMean: ' – meinten Sie {meantAddress}?',
  },
  links: {
    reply: 'Die Seite, die die Antwort nennt',
    zone: '{zone}: prüfen und Entfernung beantragen',
    delisting: '{provider}: Entfernung von der Sperrliste',
    postmaster: '{provider}: Postmaster-Seite',
    errors: '{provider}: Fehlercodes',
  },
  reason: {
    provider: 'Dokumentierte Antwort von {provider}: {evidence}.',
    reply: 'Die Antwort sagt {evidence}.',
    statusAgrees: 'Der Statuscode {status} passt dazu.',
    statusOnly: 'Nur der Statuscode {status} sagt, was geschehen ist.',
    codeOnly: 'Nur der Antwortcode {code} sagt, was geschehen ist.',
    authResults: 'Die Authentication-Results der ursprünglichen Nachricht zeigen {result}.',
    alternative: 'Es könnte auch sein: {title}.',
    none: 'Nichts in der Antwort passt zu einer bekannten Ursache.',
    noReply: 'Der Bounce enthält keine Antwort, aus der sich eine Ursache lesen ließe.',
    notFailure: 'Die Nachricht ist kein Fehlschlag: {title}.',
    quote: '„{text}“',
    status: 'Status {status}',
    code: 'Code {code}',
  },
};
