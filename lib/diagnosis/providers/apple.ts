/** Apple iCloud Mail. Codes from "iCloud Mail Postmaster information" https://support.apple.com/en-us/102322 (CS01, HM08…). */
import type { Provider } from '../types';

const SRC = 'https://support.apple.com/en-us/102322';

export const apple: Provider = {
  id: 'apple',
  name: 'Apple iCloud Mail',
  hosts: ['mail.icloud.com', 'icloud.com', 'me.com', 'mac.com'],
  signatures: [/\[(?:CS|HM|RL)0\d\]/, /support\.apple\.com\/(?:en-us\/)?(?:HT204137|102322)/i],
  domains: ['icloud.com', 'me.com', 'mac.com'],
  links: { postmaster: SRC, errors: SRC },
  rules: [
    { id: 'apple.rate', category: 'rate-limit', patterns: [/\[RL0\d\]/], source: SRC, },
    { id: 'apple.local-policy', category: 'policy', patterns: [/\[CS0\d\]/], source: SRC, },
    { id: 'apple.over-quota', category: 'mailbox-full', phrases: ['over quota'], source: SRC, },
    { id: 'apple.not-exist', category: 'recipient-unknown', phrases: ['user does not exist', 'no such user'], source: SRC, },
  ],
};
