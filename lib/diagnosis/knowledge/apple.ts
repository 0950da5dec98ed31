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
 */
import type { KnowledgeSource } from './types';

const REF = 'https://support.apple.com/en-us/102322';

export const APPLE: KnowledgeSource = {
  id: 'apple',
  name: 'Apple iCloud Mail',
  kind: 'mailbox-provider',
  reference: REF,
  replies: [],
};
