/**
 * The IANA "Enumerated Status Codes" registry for enhanced mail system status codes (RFC 3463, RFC 5248 and the RFCs
 * that added codes since: 3886, 4468, 4865, 4954, 5336, 6531, 6710, 7293, 7372, 7505, 8098, 8689).
 * https://www.iana.org/assignments/smtp-enhanced-status-codes — subject.detail → the category a code means when nothing more specific is known (null: the code alone does not
 * say), and whether the code is specific enough to decide alone. The registered titles are in registry-titles.ts.
 */
import type { Category } from './types';

export interface RegistryEntry {
  category: Category | null;
  /** True when the code is specific enough to decide on its own with medium confidence. */
  specific: boolean;
  title: string;
}

/** Keyed by "subject.detail": [category, specific (1) or general (0)]. */
const CATEGORIES: Readonly<Record<string, readonly [Category | null, 0 | 1]>> = {
  '0.0': [null, 0],
  // X.1.0 "Other address status": something about an address caused the report. At RCPT TO (or with no step named)
  // that is the recipient's address; a MAIL FROM refusal re-aims it to the sender (score.ts stage.mail-from).
  '1.0': ['recipient-unknown', 0],
  '1.1': ['recipient-unknown', 1],
  '1.2': ['recipient-domain', 1],
  '1.3': ['recipient-unknown', 1],
  '1.4': ['recipient-unknown', 1],
  '1.5': ['delivered', 1],
  '1.6': ['mailbox-disabled', 1],
  '1.7': ['sender-rejected', 1],
  '1.8': ['sender-rejected', 1],
  '1.9': ['delivered', 1],
  '1.10': ['recipient-domain', 1],
  '2.0': [null, 0],
  '2.1': ['mailbox-disabled', 1],
  '2.2': ['mailbox-full', 1],
  '2.3': ['message-size', 1],
  '2.4': ['remote-error', 1],
  '3.0': ['remote-error', 0],
  '3.1': ['remote-error', 1],
  '3.2': ['remote-error', 1],
  '3.3': ['message-format', 1],
  '3.4': ['message-size', 1],
  '3.5': ['remote-error', 1],
  '3.6': ['delivered', 1],
  '4.0': ['network', 0],
  '4.1': ['network', 1],
  '4.2': ['network', 1],
  '4.3': ['network', 1],
  '4.4': ['network', 1],
  // X.4.5 "Mail system congestion": the receiving system is congested (busy, at a limit of its own), not a DNS or
  // connection failure — the receiving side, for now; a limit the reply names ("concurrency limit reached") decides.
  '4.5': ['remote-error', 1],
  // X.4.6 "Routing loop detected": the mail came round again — the receiving side's routing (MX, forwarding,
  // connectors) is misconfigured, which taxonomy.md calls remote-error, not a DNS or connection failure.
  '4.6': ['remote-error', 1],
  '4.7': ['delivery-timeout', 1],
  '4.8': ['tls-required', 1],
  '5.0': ['protocol', 0],
  '5.1': ['protocol', 1],
  '5.2': ['protocol', 1],
  '5.3': ['rate-limit', 1],
  '5.4': ['protocol', 1],
  '5.5': ['protocol', 1],
  '5.6': ['protocol', 1],
  // X.6.x is about the message's media and encoding (RFC 3463 §3.7): its undefined member is a format problem.
  '6.0': ['message-format', 0],
  '6.1': ['content-policy', 1],
  '6.2': ['message-format', 1],
  '6.3': ['message-format', 1],
  '6.4': ['delivered', 1],
  '6.5': ['message-format', 1],
  '6.6': ['message-format', 1],
  '6.7': ['message-format', 1],
  '6.8': ['message-format', 1],
  '6.9': ['message-format', 1],
  '6.10': ['message-format', 1],
  '7.0': ['policy', 0],
  '7.1': ['policy', 0],
  '7.2': ['recipient-policy', 1],
  '7.3': ['tls-required', 1],
  '7.4': ['tls-required', 1],
  '7.5': ['tls-required', 1],
  '7.6': ['tls-required', 1],
  '7.7': ['message-format', 1],
  '7.8': ['auth-required', 1],
  '7.9': ['auth-required', 1],
  '7.10': ['tls-required', 1],
  '7.11': ['tls-required', 1],
  '7.12': ['auth-required', 1],
  '7.13': ['mailbox-disabled', 1],
  '7.14': ['auth-required', 1],
  '7.15': ['policy', 1],
  '7.16': ['message-size', 1],
  '7.17': ['mailbox-disabled', 1],
  '7.18': ['recipient-domain', 1],
  '7.19': ['policy', 1],
  '7.20': ['dkim', 1],
  '7.21': ['dkim', 1],
  '7.22': ['dkim', 1],
  '7.23': ['spf', 1],
  '7.24': ['spf', 1],
  '7.25': ['ptr', 1],
  '7.26': ['unauthenticated', 1],
  '7.27': ['sender-rejected', 1],
  '7.28': ['rate-limit', 1],
  '7.29': ['unauthenticated', 1],
  '7.30': ['tls-required', 1],
};

/**
 * Codes whose permanent form means more than the subject.detail row says. RFC 3463 X.4.4 "Unable to route": the next
 * hop cannot be determined because the routing information (DNS) is not there — "a DNS lookup returning only an SOA
 * record for a domain name is one example"; used "for both permanent and persistent transient errors". Permanent
 * (5.4.4), the recipient domain has no mail routing at all; temporary (4.4.4), DNS could not answer for now.
 */
const PERMANENT: Readonly<Record<string, readonly [Category, 0 | 1]>> = {
  '4.4': ['recipient-domain', 1],
};

export function registryEntry(enhanced: string | null): RegistryEntry | null {
  const m = enhanced ? /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(enhanced) : null;
  if (!m) return null;
  const key = `${Number(m[2])}.${Number(m[3])}`;
  const entry = (m[1] === '5' ? PERMANENT[key] : undefined) ?? CATEGORIES[key];
  if (!entry) return null;
  // The positive details (X.1.5 "Destination address valid", X.6.4 "Conversion with loss performed", …) are for
  // delivery reports (RFC 3463 §2): in a 4.x.x or 5.x.x reply the class says the mail failed, so the detail says
  // nothing about why, and never that it was delivered.
  if (entry[0] === 'delivered' && m[1] !== '2') return { category: null, specific: false, title: `status ${enhanced}` };
  return { category: entry[0], specific: entry[1] === 1, title: `status ${enhanced}` };
}

/**
 * Basic reply codes (RFC 5321 §4.2.2–4.2.3) when nothing else is known: what each may mean, and the category only where
 * the code alone is telling.
 */
export const BASIC_CODES: Readonly<Record<string, { meaning: string; category: Category | null }>> = {
  '421': { meaning: 'Service not available, closing transmission channel', category: 'remote-error' },
  '450': { meaning: 'Mailbox unavailable (busy or temporarily blocked)', category: null },
  '451': { meaning: 'Local error in processing', category: 'remote-error' },
  '452': { meaning: 'Insufficient system storage', category: null },
  '454': { meaning: 'TLS or authentication temporarily unavailable', category: 'tls-required' },
  '455': { meaning: 'Server unable to accommodate parameters', category: 'protocol' },
  '500': { meaning: 'Syntax error, command unrecognized', category: 'protocol' },
  '501': { meaning: 'Syntax error in parameters or arguments', category: 'protocol' },
  '502': { meaning: 'Command not implemented', category: 'protocol' },
  '503': { meaning: 'Bad sequence of commands', category: 'protocol' },
  '504': { meaning: 'Command parameter not implemented', category: 'protocol' },
  '521': { meaning: 'Host does not accept mail', category: 'recipient-domain' },
  '530': { meaning: 'Authentication required', category: 'auth-required' },
  '534': { meaning: 'Authentication mechanism is too weak', category: 'auth-required' },
  '535': { meaning: 'Authentication credentials invalid', category: 'auth-required' },
  '538': { meaning: 'Encryption required for requested authentication mechanism', category: 'tls-required' },
  '550': { meaning: 'Mailbox unavailable (not found, no access, or refused by policy)', category: null },
  '551': { meaning: 'User not local', category: 'mailbox-disabled' },
  '552': { meaning: 'Exceeded storage allocation', category: null },
  '553': { meaning: 'Mailbox name not allowed', category: null },
  '554': { meaning: 'Transaction failed', category: null },
  '555': { meaning: 'MAIL FROM/RCPT TO parameters not recognized', category: 'protocol' },
  '556': { meaning: 'Domain does not accept mail', category: 'recipient-domain' },
};

/**
 * The codes RFC 5321 gives another meaning as the connection-opening response (§3.1, §4.2.2: 554 "No SMTP service
 * here" in place of the 220 greeting): the server will not serve this client, before any address or message was given —
 * a policy refusal of the sending server.
 */
export const CONNECTION_CODES: Readonly<Record<string, { meaning: string; category: Category | null }>> = {
  '554': { meaning: 'No SMTP service here', category: 'policy' },
};
