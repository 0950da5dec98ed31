/** Comcast (Xfinity). Codes from https://postmaster.comcast.net/smtp-error-codes.php (BL, RL, RP, TL…). */
import type { Provider } from '../types';

const SRC = 'https://postmaster.comcast.net/smtp-error-codes.php';

export const comcast: Provider = {
  id: 'comcast',
  name: 'Comcast (Xfinity)',
  hosts: ['comcast.net'],
  signatures: [/postmaster\.comcast\.net/i, /\bcomcast\b/i],
  domains: ['comcast.net', 'xfinity.com'],
  links: { postmaster: 'https://postmaster.comcast.net/', errors: SRC },
  rules: [
    { id: 'comcast.blocklist', category: 'ip-blocklist', patterns: [/\bBL0000\d{2}\b/], phrases: ['found on one or more dnsbls'], source: SRC, },
    { id: 'comcast.rate', category: 'rate-limit', patterns: [/\bRL0000\d{2}\b/], source: SRC, },
    { id: 'comcast.reputation', category: 'reputation', patterns: [/\bRP0000\d{2}\b/], source: SRC, },
    { id: 'comcast.not-customer', category: 'recipient-unknown', phrases: ['not our customer'], source: SRC, },
  ],
};
