/**
 * The standards' own words. Servers often answer with the text an RFC gives for a code, or with the title the IANA
 * registry gives an enhanced status ("550 5.2.2 Mailbox full", "552 Requested mail action aborted: exceeded storage
 * allocation"): those texts are documentation, and they mean what the standard says.
 */
import { STARTTLS_FIRST } from './entry';
import { REGISTRY_TITLES } from '../registry-titles';
import { registryEntry } from '../registry';
import type { Category } from '../types';
import type { KnownReply, KnowledgeSource } from './types';

const IANA = 'https://www.iana.org/assignments/smtp-enhanced-status-codes';

/**
 * Each registered title whose code names a cause on its own (registry.ts marks it specific), as a phrase with its
 * status: "Mailbox full" with 5.2.2. Titles of general codes ("Other undefined status") name nothing and are left out.
 */
function registryReplies(): KnownReply[] {
  const out: KnownReply[] = [];
  for (const [key, title] of Object.entries(REGISTRY_TITLES)) {
    // (A positive detail, such as X.1.5 "Destination address valid", means something only in a 2.x.x status.)
    const failure = registryEntry(`5.${key}`);
    const entry = failure?.category ? failure : registryEntry(`2.${key}`);
    if (!entry?.specific || !entry.category || /^other\b/i.test(title) || title.split(' ').length < 2) continue;
    out.push({ id: `iana.${key}`, category: entry.category, status: `x.${key}`, phrases: [title.toLowerCase()], text: `X.${key} ${title}`, source: IANA });
  }
  return out;
}

export const IANA_REGISTRY: KnowledgeSource = {
  id: 'iana',
  name: 'IANA SMTP enhanced status codes registry',
  kind: 'mta',
  reference: IANA,
  replies: registryReplies(),
};

const RFC5321 = 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2';
const reply = (id: string, category: Category, phrases: string[], text: string, source = RFC5321): KnownReply => ({ id: `rfc.${id}`, category, phrases, text, source });

/** The reply texts the RFCs give for their codes. */
export const RFC_REPLIES: KnowledgeSource = {
  id: 'rfc',
  name: 'SMTP RFCs (5321, 4954, 3207, 7504, 1870)',
  kind: 'mta',
  reference: RFC5321,
  replies: [
    reply('451-local-error', 'remote-error', ['local error in processing'], '451 Requested action aborted: local error in processing'),
    reply('452-storage', 'remote-error', ['insufficient system storage'], '452 Requested action not taken: insufficient system storage'),
    reply('455-parameters', 'protocol', ['unable to accommodate parameters'], '455 Server unable to accommodate parameters'),
    reply('500-syntax', 'protocol', ['command unrecognized'], '500 Syntax error, command unrecognized'),
    reply('501-syntax', 'protocol', ['syntax error in parameters or arguments'], '501 Syntax error in parameters or arguments'),
    reply('502-not-implemented', 'protocol', ['command not implemented'], '502 Command not implemented'),
    reply('503-sequence', 'protocol', ['bad sequence of commands'], '503 Bad sequence of commands'),
    reply('504-parameter', 'protocol', ['command parameter not implemented'], '504 Command parameter not implemented'),
    reply('551-not-local', 'mailbox-disabled', ['user not local'], '551 User not local; please try <forward-path>'),
    reply('552-storage', 'mailbox-full', ['exceeded storage allocation'], '552 Requested mail action aborted: exceeded storage allocation'),
    reply('553-name', 'recipient-unknown', ['mailbox name not allowed'], '553 Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)'),
    reply('555-params', 'protocol', ['parameters not recognized or not implemented'], '555 MAIL FROM/RCPT TO parameters not recognized or not implemented'),
    reply('521-no-mail', 'recipient-domain', ['host does not accept mail', 'domain does not accept mail'], '521 Host does not accept mail / 556 Domain does not accept mail', 'https://www.rfc-editor.org/rfc/rfc7504#section-3'),
    reply('530-auth', 'auth-required', ['authentication required'], '530 5.7.0 Authentication required', 'https://www.rfc-editor.org/rfc/rfc4954#section-6'),
    reply('534-weak', 'auth-required', ['authentication mechanism is too weak'], '534 5.7.9 Authentication mechanism is too weak', 'https://www.rfc-editor.org/rfc/rfc4954#section-6'),
    reply('535-credentials', 'auth-required', ['authentication credentials invalid'], '535 5.7.8 Authentication credentials invalid', 'https://www.rfc-editor.org/rfc/rfc4954#section-6'),
    reply('538-encryption', 'tls-required', ['encryption required for requested authentication mechanism'], '538 5.7.11 Encryption required for requested authentication mechanism', 'https://www.rfc-editor.org/rfc/rfc4954#section-6'),
    // RFC 4954 §6: the login failed "due to a temporary server failure"; the client should not ask for another password
    // but tell the user of a server failure — the receiving system's fault, not the credentials.
    reply('454-temp-auth', 'remote-error', ['temporary authentication failure'], '454 4.7.0 Temporary authentication failure', 'https://www.rfc-editor.org/rfc/rfc4954#section-6'),
    { ...reply('530-starttls', 'tls-required', ['must issue a starttls command first'], '530 Must issue a STARTTLS command first', 'https://www.rfc-editor.org/rfc/rfc3207#section-4'), variant: STARTTLS_FIRST },
    reply('454-tls', 'tls-required', ['tls not available due to temporary reason'], '454 TLS not available due to temporary reason', 'https://www.rfc-editor.org/rfc/rfc3207#section-4'),
    // RFC 5321 §4.5.3.1.10's examples of the replies for a limit exceeded: the message's data, the recipients of one
    // transaction, a line's or a path's length.
    reply('552-too-much-data', 'message-size', ['too much mail data'], '552 Too much mail data', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10'),
    reply('452-too-many-recipients', 'rate-limit', ['too many recipients'], '452 Too many recipients', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10'),
    reply('500-line-too-long', 'message-format', ['line too long'], '500 Line too long', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10'),
    reply('501-path-too-long', 'protocol', ['path too long'], '501 Path too long', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.5.3.1.10'),
    reply('552-size', 'message-size', ['exceeds fixed maximum message size'], '552 Message size exceeds fixed maximum message size', 'https://www.rfc-editor.org/rfc/rfc1870#section-6'),
    // RFC 5321 §3.1: a server that will not take mail from this client answers the connection with 554 and "No SMTP
    // service here" — that it refuses, never why: a symptom the words beside it override.
    { ...reply('554-no-service', 'policy', ['no smtp service'], '554 No SMTP service here', 'https://www.rfc-editor.org/rfc/rfc5321#section-3.1'), symptom: true },
    // RFC 3463 X.1.3 "Bad destination mailbox address syntax" said as the recipient's syntax error ("501 Recipient
    // syntax error"), as Postfix's "Bad recipient address syntax" says it: the address as written is none. At most
    // medium: a 501 to RCPT can also be the command's own syntax.
    { ...reply('x.1.3-recipient-syntax', 'recipient-unknown', ['recipient syntax error', 'recipient address syntax error'], '501 Recipient syntax error', 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2'), hedged: true },
    // RFC 3463's own title for X.7.1, which names no cause narrower than the receiver's policy. Exchange gives the same
    // words a narrower meaning (microsoft.ts 5.7.1: the sender may not write to that recipient): that reading holds
    // where Exchange answered; elsewhere the words mean what the standard says. They say that the receiver refused, as
    // the status does, never why: a symptom, which the words beside it (or a notice's own line about it) override.
    { ...reply('x.7.1-not-authorized', 'policy', ['delivery not authorized, message refused'], '550 5.7.1 Delivery not authorized, message refused', 'https://www.rfc-editor.org/rfc/rfc3463#section-3.8'), symptom: true },
  ],
};
