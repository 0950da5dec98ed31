/**
 * Apple iCloud Mail (icloud.com, me.com, mac.com). Apple's only published postmaster page, "Postmaster information for
 * iCloud Mail" (https://support.apple.com/en-us/102322, formerly HT204137; copy of 2025-02-26 in
 * azumakuniyuki/feb-2024-no-auth-no-entry apple-102322-icloud-postmaster/), documents no reply texts and no codes. It
 * says only that iCloud's servers "generate SMTP errors with information about why your connection or message was
 * rejected", that "most of the errors will also include a URL" (the replies link to this very page), that bulk mail
 * which does not meet all listed requirements "will be rejected", and that iCloud honours the sending domain's DMARC
 * policy.
 *
 * The codes seen in iCloud's replies ("[CS01] Message rejected due to local policy", "[HM08]", "[RL0x]", "deferred
 * due to excessive volume") are not explained anywhere by Apple, so no entry is written for them: their meaning would
 * be a guess. This table stays empty until Apple documents its replies.
 *
 * Audit of 2026-12-01: the 2025-02-26 copy of 102322 (and the older localized HT204137 copies) re-read in full; it
 * still lists bulk-mail requirements (opt-in, unsubscribe link, ARC on forwarded mail, RFC 5321/5322, reverse DNS,
 * SPF and DKIM, a published DMARC policy) and says unmet requirements mean rejection, but gives no reply text, no
 * code and no enhanced status: nothing to add.
 *
 * Apple does document the alerts its own clients show when iCloud's sending limits are exceeded ("Mailbox size and
 * message sending limits in iCloud", support.apple.com/102198, formerly HT202305 / HT4863, in each locale): those are
 * the entries below, in English and in the localized pages read (German, Swedish, Croatian).
 */
import type { KnowledgeSource } from './types';
import { accountLimit } from './entry';

const REF = 'https://support.apple.com/en-us/102322';
const LIMITS = 'https://support.apple.com/en-ca/102198';
const LIMITS_OLD = 'https://support.apple.com/en-us/HT202305';
const LIMITS_SV = 'https://support.apple.com/sv-se/102198';
const LIMITS_HR = 'https://support.apple.com/hr-hr/102198';
const LIMITS_DE = 'https://support.apple.com/de-de/HT202305';

export const APPLE: KnowledgeSource = {
  id: 'apple',
  name: 'Apple iCloud Mail',
  kind: 'mailbox-provider',
  reference: REF,
  replies: [
    accountLimit({ id: 'apple.sending-limit-ios', category: 'rate-limit', phrases: ['exceeded your sending limit'], text: 'A copy has been placed in your Outbox. Sending the message failed because you exceeded your sending limit. (iPhone, iPad)', source: LIMITS }),
    accountLimit({ id: 'apple.daily-limit-web', category: 'rate-limit', phrases: ['exceeded the total number of messages you can send each day', 'exceeded the total number of recipients you can message each day'], text: 'Cannot send message. You have exceeded the total number of messages you can send each day (or you have exceeded the total number of recipients you can message each day). (iCloud webmail)', source: LIMITS }),
    { id: 'apple.recipient-limit-web', category: 'rate-limit', phrases: ['because it has too many recipients'], text: 'Recipient limit exceeded. This message cannot be sent because it has too many recipients. (iCloud webmail)', source: LIMITS },
    accountLimit({ id: 'apple.daily-limit-smtp', category: 'rate-limit', status: '5.7.1', phrases: ['exceeded your daily sending limit'], text: '550 5.7.1 membername@icloud.com: You have exceeded your daily sending limit. Please try again later.', source: LIMITS_OLD }),
    accountLimit({ id: 'apple.sending-limit-ios-de', category: 'rate-limit', lang: 'de', phrases: ['versandkontingent überschritten'], text: 'Eine Kopie wurde in dein Ausgangsfach gelegt. Das Senden der E-Mail ist fehlgeschlagen, da dein Versandkontingent überschritten wurde.', source: LIMITS_DE }),
    accountLimit({ id: 'apple.sending-limit-ios-sv', category: 'rate-limit', lang: 'sv', phrases: ['överskred gränsen på hur mycket du kan skicka'], text: 'En kopia har sparats i din utkorg. Brevet kunde inte skickas eftersom du överskred gränsen på hur mycket du kan skicka.', source: LIMITS_SV }),
    accountLimit({ id: 'apple.limits-web-sv', category: 'rate-limit', lang: 'sv', phrases: ['överskridit antalet meddelanden som du kan skicka', 'gränsen för mottagare överskreds', 'det har för många mottagare'], text: 'Meddelandet kan inte skickas. Du har överskridit antalet meddelanden som du kan skicka varje dag (…). Eller: Gränsen för mottagare överskreds. Meddelandet kan inte skickas eftersom det har för många mottagare.', source: LIMITS_SV }),
    accountLimit({ id: 'apple.sending-limit-ios-hr', category: 'rate-limit', lang: 'hr', phrases: ['prekoračili ograničenje slanja'], text: 'Kopija se nalazi u sandučiću Odlazno. Slanje poruke nije uspjelo jer ste prekoračili ograničenje slanja.', source: LIMITS_HR }),
    accountLimit({ id: 'apple.limits-web-hr', category: 'rate-limit', lang: 'hr', phrases: ['prekoračili ste ukupan broj poruka', 'prekoračili ograničenje broja primatelja', 'ima previše primatelja'], text: 'Poruku nije moguće poslati. Prekoračili ste ukupan broj poruka koje možete slati svakog dana (…). Ili ste prekoračili ograničenje broja primatelja. Ovu poruku nije moguće poslati jer ima previše primatelja.', source: LIMITS_HR }),
  ],
};
