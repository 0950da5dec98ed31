/**
 * The one way a table writes its entries: `entries('rackspace', PAGE)` gives a maker whose entries are id'd
 * "rackspace.<name>" and cite PAGE unless they name another source. Tables of one source each share it instead of
 * each writing its own.
 */
import type { Category } from '../types';
import type { KnownReply } from './types';

/** What an entry may say beyond its name, category, phrases and documented text (types.ts explains each field). */
export interface EntryExtra {
  token?: string;
  status?: string;
  source?: string;
  lang?: string;
  variant?: string;
}

/** The texts of their own for a sending service's suppression: "not sent, it bounced before" (texts/en.ts). */
export const SUPPRESSED = 'recipient.suppressed';

/**
 * The texts of their own for a sending service's test mode: a sandbox domain, a testing address or an account awaiting
 * approval sends only to authorized recipients (texts/en.ts). Filed as the service's policy; the fix is the sender's.
 */
export const TEST_MODE = 'service.test-mode';

/**
 * The texts of their own for a sending service that stopped sending for the sender's account, domain or plan (paused,
 * suspended, closed, expired, not approved): not the receiving server's policy, and nothing to ask the recipient
 * (texts/en.ts). Filed as the service's policy, or as reputation where the service names complaints or bounces.
 */
export const SERVICE_HOLD = 'service.account-hold';

/**
 * The texts of their own for a sending service that refused to send because the From address or its domain is not
 * verified in the sender's account (texts/en.ts): the service refused, not the receiving server, and the fix is in the
 * service's console (verify the identity), not in the sender's mail records.
 */
export const SENDER_UNVERIFIED = 'service.sender-unverified';

/**
 * The texts of their own for a sending program's failure to connect to the mail server it sends to (a library's
 * exception, a mail client's error): no server refused anything, and the fix is usually the program's server name,
 * port or encryption setting, or a firewall or hosting provider blocking mail ports (texts/en.ts) — not the
 * recipient's mail servers. Only for texts that are a program's own: the operating system's bare error texts
 * ("Connection timed out", "No route to host") are quoted by mail servers too, in bounces about the recipient's server.
 */
export const CLIENT_NO_CONNECTION = 'client.no-connection';

/**
 * The texts of their own for a mail server that found the route to the recipient's domain leads back to itself
 * (Postfix's "loops back to myself", Sendmail's "mail loops back to me"): a setup error of that server or of the
 * domain's MX record, told with the settings that fix it (texts/en.ts), not as a crash on the recipient's side.
 */
export const MAIL_LOOP = 'mta.mail-loop';
/** Texts for a message stopped for too many hops: a loop between servers or forwards (texts/en.ts 'mta.hop-loop'). */
export const MAIL_HOPS = 'mta.hop-loop';
/** Texts for a blocklist's error answer a receiver took for a listing (texts/en.ts 'blocklist.lookup-error'). */
export const LOOKUP_ERROR = 'blocklist.lookup-error';

/**
 * The texts of their own for a server that refused the From address because the account that logged in may not send
 * as it (Postfix's "not owned by user", Microsoft 365's SendAsDenied, qmail's and James's auth mismatch, Zoho's
 * "Relaying disallowed as"): fixed with the login, an alias or a Send As right (texts/en.ts), not in the sender
 * domain's DNS.
 */
export const SENDER_LOGIN_MISMATCH = 'sender.login-mismatch';

/**
 * The texts of their own for Microsoft 365's refusal to send for a domain the organization has not added and verified
 * as an accepted domain (5.7.750): fixed by the organization's administrator in Microsoft 365 (texts/en.ts), not in
 * the sender domain's MX records.
 */
export const TENANT_UNREGISTERED_DOMAIN = 'tenant.unregistered-domain';

/**
 * The texts of their own for a server that stopped accepting a program's logins for a while after too many of them
 * (Gmail's "Too many login attempts, please try again later"): the program's password and its logins, then a rest
 * (texts/en.ts) — not the sending volume a rate limit's texts speak of.
 */
export const LOGIN_THROTTLE = 'auth.login-throttle';

/**
 * The texts of their own for a post a mailing list holds for its moderator (Mailman's "… is being held until the list
 * moderator can review it for approval", "… awaits moderator approval"): not refused, not lost, nothing to send again
 * (texts/en.ts); the verdict is a wait on the list's side (verdict.ts).
 */
export const LIST_HELD = 'list.held';

/**
 * The texts of their own for a refusal of the name the sending server or program greets with (HELO/EHLO: not a fully
 * qualified domain name, malformed, not in DNS, not the connecting IP's, or the receiver's own): fixed in the sending
 * server's or the application's settings (texts/en.ts), not with the IP address's reverse DNS alone. The general rule's
 * id (rules/authentication.ts), whose texts they are.
 */
export const HELO_NAME = 'auth.helo';

/**
 * The texts of their own for a sending program's failed TLS with the mail server it sends to (a library's handshake or
 * certificate error, a server that offers no STARTTLS to a program that requires it): the port and encryption setting,
 * the server name on the certificate, the certificate itself or the program's trust store (texts/en.ts) — not the
 * recipient's mail server's certificate.
 */
export const CLIENT_TLS = 'client.tls';

/**
 * The texts of their own for an account's own sending limit at the provider, host or sending service it sends through
 * (messages or recipients per hour, day or plan period: Gmail's "Daily user sending limit exceeded", iCloud's "You have
 * exceeded your daily sending limit", Microsoft 365's 5.1.90, a host's hourly cap, a service's daily quota): the
 * sender's own provider refused before any receiving server was asked, and the fix is to wait for the reset and send
 * again, count recipients, look for a stuck or hijacked sender (texts/en.ts) — not the receiving server's rate limit
 * the category's texts speak of. The general rule's id (rules/sending.ts), whose texts they are.
 */
export const ACCOUNT_LIMIT = 'account.sending-limit';

/**
 * The texts of their own for a sending server or program that had a login for the server it sends through but found
 * no login method (SASL mechanism) in common with it (Postfix's "no mechanism available", "offered no compatible
 * authentication mechanisms for this type of connection security", Cyrus SASL's "No worthy mechs found"): encryption
 * before the login, the client's SASL security options and plugins (texts/en.ts) — not the password, which was never
 * tried.
 */
export const SASL_MECHANISM = 'auth.sasl-mechanism';
/** Texts for a login the server refused as wrong: RFC 4954's 535 5.7.8 (verdict.ts, whichever rule read it). */
export const LOGIN_REFUSED = 'auth.login-refused';
/** Texts for Microsoft 365 refusing a program's password login (SMTP AUTH off, security defaults): 5.7.139. */
export const SMTP_AUTH_OFF = 'microsoft.smtp-auth-off';
/** Texts for a server that requires STARTTLS first and a program that did not start it (RFC 3207 §4's 530). */
export const STARTTLS_FIRST = 'tls.starttls-first';
/** Texts for a recipient address refused for how it is written (RFC 3463 X.1.3): verdict.ts. */
export const RECIPIENT_MALFORMED = 'recipient.malformed';

/**
 * The texts of their own for a sender address refused as written: not a full name@domain (a bare name, a machine's own
 * name like root@localhost, a display name where the address goes), whatever rule read the refusal (verdict.ts
 * malformedSender decides): completed in the program's or server's sender setting (texts/en.ts), not in the sender
 * domain's DNS.
 */
export const SENDER_MALFORMED = 'sender.malformed';
/** Texts for a large provider's receiving servers not reached at connect: outgoing port 25 blocked (outbound-port.ts). */
export const OUTBOUND_BLOCKED = 'network.outbound-blocked';

/**
 * The texts of their own that only the sender's own side can be the subject of: its account's limits, logins and
 * rights at the server it sends through, its sending service's holds and verifications, a sending program's own
 * failures. No receiving provider says them (classify.ts), and a malformed address says less than they do (verdict.ts).
 */
export const OWN_SERVER_TEXTS: ReadonlySet<string> = new Set([ACCOUNT_LIMIT, LOGIN_THROTTLE, SASL_MECHANISM, SENDER_LOGIN_MISMATCH, TENANT_UNREGISTERED_DOMAIN, CLIENT_NO_CONNECTION, CLIENT_TLS, SERVICE_HOLD, TEST_MODE, SENDER_UNVERIFIED]);

/**
 * `variantOf` for a sending program's entries: its connection failures get CLIENT_NO_CONNECTION's texts, its TLS
 * failures CLIENT_TLS's.
 */
export const programVariant = (category: Category): string | undefined =>
  category === 'network' ? CLIENT_NO_CONNECTION : category === 'tls-required' ? CLIENT_TLS : undefined;

/**
 * A maker of one source's entries. `variantOf` gives texts of their own to whole categories of the source (a sending
 * service's "recipient-unknown" is always a suppression); an entry's own `variant` comes first.
 */
export function entries(prefix: string, defaultSource: string, variantOf?: (category: Category) => string | undefined) {
  return (id: string, category: Category, phrases: readonly string[], text: string, extra: EntryExtra = {}): KnownReply => {
    const variant = extra.variant ?? variantOf?.(category);
    return {
      id: `${prefix}.${id}`,
      category,
      phrases,
      text,
      source: extra.source ?? defaultSource,
      ...(extra.token ? { token: extra.token } : {}),
      ...(extra.status ? { status: extra.status } : {}),
      ...(extra.lang ? { lang: extra.lang } : {}),
      ...(variant ? { variant } : {}),
    };
  };
}

/** The entry says what failed, not why: a reason named beside it decides (types.ts KnownReply.symptom). */
export const symptom = (reply: KnownReply): KnownReply => ({ ...reply, symptom: true });

/** The source hedges its own reading: a verdict the entry decides is at most medium (types.ts KnownReply.hedged). */
export const hedged = (reply: KnownReply): KnownReply => ({ ...reply, hedged: true });

/** The entry is an account's own sending limit (ACCOUNT_LIMIT's texts), whatever the table's maker gives it. */
export const accountLimit = (reply: KnownReply): KnownReply => ({ ...reply, variant: ACCOUNT_LIMIT });
