/**
 * The IANA "Enumerated Status Codes" registry for enhanced mail system status codes (RFC 3463, RFC 5248 and the RFCs
 * that added codes since: 3886, 4468, 4865, 4954, 5336, 6531, 6710, 7293, 7372, 7505, 8098, 8689).
 * https://www.iana.org/assignments/smtp-enhanced-status-codes — subject.detail → registered title, and the category
 * a code means when nothing more specific is known (null: the code alone does not say).
 */
import type { Category } from './types';

export interface RegistryEntry {
  title: string;
  category: Category | null;
  /** True when the code is specific enough to decide on its own with medium confidence. */
  specific: boolean;
}

const e = (title: string, category: Category | null, specific = true): RegistryEntry => ({ title, category, specific });

export const CLASS_MEANING: Readonly<Record<string, string>> = {
  '2': 'Success',
  '4': 'Persistent transient failure: the same message may be accepted later',
  '5': 'Permanent failure: resending unchanged will fail again',
};

/** Keyed by "subject.detail". */
export const REGISTRY: Readonly<Record<string, RegistryEntry>> = {
  '0.0': e('Other undefined status', null, false),
  '1.0': e('Other address status', null, false),
  '1.1': e('Bad destination mailbox address', 'recipient-unknown'),
  '1.2': e('Bad destination system address', 'recipient-domain'),
  '1.3': e('Bad destination mailbox address syntax', 'recipient-unknown'),
  '1.4': e('Destination mailbox address ambiguous', 'recipient-unknown'),
  '1.5': e('Destination address valid', 'delivered'),
  '1.6': e('Destination mailbox has moved, no forwarding address', 'mailbox-disabled'),
  '1.7': e("Bad sender's mailbox address syntax", 'sender-rejected'),
  '1.8': e("Bad sender's system address", 'sender-rejected'),
  '1.9': e('Message relayed to non-compliant mailer', 'delivered'),
  '1.10': e('Recipient address has null MX', 'recipient-domain'),
  '2.0': e('Other or undefined mailbox status', null, false),
  '2.1': e('Mailbox disabled, not accepting messages', 'mailbox-disabled'),
  '2.2': e('Mailbox full', 'mailbox-full'),
  '2.3': e('Message length exceeds administrative limit', 'message-size'),
  '2.4': e('Mailing list expansion problem', 'remote-error'),
  '3.0': e('Other or undefined mail system status', 'remote-error', false),
  '3.1': e('Mail system full', 'remote-error'),
  '3.2': e('System not accepting network messages', 'remote-error'),
  '3.3': e('System not capable of selected features', 'message-format'),
  '3.4': e('Message too big for system', 'message-size'),
  '3.5': e('System incorrectly configured', 'remote-error'),
  '3.6': e('Requested priority was changed', 'delivered'),
  '4.0': e('Other or undefined network or routing status', 'network', false),
  '4.1': e('No answer from host', 'network'),
  '4.2': e('Bad connection', 'network'),
  '4.3': e('Directory server failure', 'network'),
  '4.4': e('Unable to route', 'network'),
  '4.5': e('Mail system congestion', 'network'),
  '4.6': e('Routing loop detected', 'network'),
  '4.7': e('Delivery time expired', 'delivery-timeout'),
  '4.8': e('Implicit TLS required', 'tls-required'),
  '5.0': e('Other or undefined protocol status', 'protocol', false),
  '5.1': e('Invalid command', 'protocol'),
  '5.2': e('Syntax error', 'protocol'),
  '5.3': e('Too many recipients', 'rate-limit'),
  '5.4': e('Invalid command arguments', 'protocol'),
  '5.5': e('Wrong protocol version', 'protocol'),
  '5.6': e('Authentication exchange line is too long', 'protocol'),
  '6.0': e('Other or undefined media error', 'content-policy', false),
  '6.1': e('Media not supported', 'content-policy'),
  '6.2': e('Conversion required and prohibited', 'message-format'),
  '6.3': e('Conversion required but not supported', 'message-format'),
  '6.4': e('Conversion with loss performed', 'delivered'),
  '6.5': e('Conversion failed', 'message-format'),
  '6.6': e('Message content not available', 'message-format'),
  '6.7': e('Non-ASCII addresses not permitted for that sender/recipient', 'message-format'),
  '6.8': e('UTF-8 string reply is required, but not permitted by the SMTP client', 'message-format'),
  '6.9': e('UTF-8 header message cannot be transferred to one or more recipients', 'message-format'),
  '6.10': e('UTF-8 string reply is required, but not permitted by the SMTP client', 'message-format'),
  '7.0': e('Other or undefined security status', 'policy', false),
  '7.1': e('Delivery not authorized, message refused', 'policy', false),
  '7.2': e('Mailing list expansion prohibited', 'recipient-policy'),
  '7.3': e('Security conversion required but not possible', 'tls-required'),
  '7.4': e('Security features not supported', 'tls-required'),
  '7.5': e('Cryptographic failure', 'tls-required'),
  '7.6': e('Cryptographic algorithm not supported', 'tls-required'),
  '7.7': e('Message integrity failure', 'message-format'),
  '7.8': e('Authentication credentials invalid', 'auth-required'),
  '7.9': e('Authentication mechanism is too weak', 'auth-required'),
  '7.10': e('Encryption needed', 'tls-required'),
  '7.11': e('Encryption required for requested authentication mechanism', 'tls-required'),
  '7.12': e('A password transition is needed', 'auth-required'),
  '7.13': e('User account disabled', 'mailbox-disabled'),
  '7.14': e('Trust relationship required', 'auth-required'),
  '7.15': e('Priority level is too low', 'policy'),
  '7.16': e('Message is too big for the specified priority', 'message-size'),
  '7.17': e('Mailbox owner has changed', 'mailbox-disabled'),
  '7.18': e('Domain owner has changed', 'recipient-domain'),
  '7.19': e('RRVS test cannot be completed', 'policy'),
  '7.20': e('No passing DKIM signature found', 'dkim'),
  '7.21': e('No acceptable DKIM signature found', 'dkim'),
  '7.22': e('No valid author-matched DKIM signature found', 'dkim'),
  '7.23': e('SPF validation failed', 'spf'),
  '7.24': e('SPF validation error', 'spf'),
  '7.25': e('Reverse DNS validation failed', 'ptr'),
  '7.26': e('Multiple authentication checks failed', 'unauthenticated'),
  '7.27': e('Sender address has null MX', 'sender-rejected'),
  '7.28': e('Mail flood detected', 'rate-limit'),
  '7.29': e('ARC validation failure', 'unauthenticated'),
  '7.30': e('REQUIRETLS support required', 'tls-required'),
};

/** The registered meaning of an enhanced status code, e.g. "5.1.1" → "Bad destination mailbox address". */
export function statusMeaning(enhanced: string | null): string | null {
  if (!enhanced) return null;
  const m = /^([245])\.(\d{1,3})\.(\d{1,3})$/.exec(enhanced);
  if (!m) return null;
  const entry = REGISTRY[`${Number(m[2])}.${Number(m[3])}`];
  const cls = CLASS_MEANING[m[1] as string];
  if (!entry) return cls ? `${cls} (a code the registry does not list)` : null;
  return entry.title;
}

export function registryEntry(enhanced: string | null): RegistryEntry | null {
  const m = enhanced ? /^[245]\.(\d{1,3})\.(\d{1,3})$/.exec(enhanced) : null;
  return m ? (REGISTRY[`${Number(m[1])}.${Number(m[2])}`] ?? null) : null;
}

/**
 * Basic reply codes (RFC 5321 §4.2.2–4.2.3) when nothing else is known: what each may mean, and the category only where
 * the code alone is telling.
 */
export const BASIC_CODES: Readonly<Record<string, { meaning: string; category: Category | null }>> = {
  '421': { meaning: 'Service not available, closing transmission channel', category: 'network' },
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
