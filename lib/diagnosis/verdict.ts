/**
 * The verdict on one failed recipient: the classification and everything derived from it without the long texts —
 * who must act, permanence, suppression, retry advice, the status meaning and the one-line title. Content scripts
 * stop here; the explanation and checklist (explain.ts) are added where they are shown.
 */
import type { BounceReport, FailedRecipient } from '../engine/types';
import { classify } from './classify';
import { senderDomain } from './context';
import { ownConnection } from './own-connection';
import { providerUnreachable } from './outbound-port';
import { ACCOUNT_LIMIT, CLIENT_NO_CONNECTION, CLIENT_TLS, LIST_HELD, LOGIN_REFUSED, LOGIN_THROTTLE, OUTBOUND_BLOCKED, OWN_SERVER_TEXTS, RECIPIENT_MALFORMED, SENDER_MALFORMED } from './knowledge/entry';
import { CATEGORY_SIDE, SUPPRESS } from './taxonomy';
import { titleFor } from './title';
import { RULE_TITLES } from './texts/titles';
import type { Category, Classification, RetryAdvice, Side } from './types';

export type ReportContext = Pick<BounceReport, 'kind' | 'original'> & Partial<Pick<BounceReport, 'format' | 'sentBy'>>;

export interface Verdict extends Classification {
  side: Side;
  permanent: boolean;
  suppress: boolean;
  retry: RetryAdvice;
  title: string;
  /** The sender's domain as the bounce shows it (for the texts), or null. */
  senderDomain: string | null;
  /** The rule whose texts and title are shown (textRule, then stillDelayed); '' for the category's own. */
  textRuleId: string;
}

/**
 * An HTTP client error a sending service's API answered with (400 Bad Request, 401, 403 Forbidden, 404, 422 …): no SMTP
 * reply has these codes (RFC 5321 4.2.3 defines 421 and 450–455 among the 4yz; extensions add 432, 454, 458, 459), and
 * a request refused so is refused again until it is fixed (RFC 9110 15.5), so it is final, not a deferral. 421, 429
 * (Too Many Requests, which a pause may pass) and 451 keep their SMTP reading.
 */
const HTTP_CLIENT_ERROR = /^4(?:[01]\d|2[02-8])$/;

/**
 * The class of the failure: the enhanced status's, else the reply code's (an HTTP client error counts as final). Where
 * one reply's two disagree ("451 5.7.3 STARTTLS is required", "550 4.4.7 QUEUE.Expired"), its reply code: RFC 5321
 * §4.2.1 makes the first digit what the client acts on, and RFC 3463 §2 asks that the status's class agree with it.
 */
function failureClass(r: Pick<FailedRecipient, 'code' | 'enhanced' | 'codeMismatch' | 'reply'>): string | undefined {
  if (r.codeMismatch && oneReply(r)) return (r.code as string)[0];
  return r.enhanced?.[0] ?? (r.code && HTTP_CLIENT_ERROR.test(r.code) ? '5' : r.code?.[0]);
}

/**
 * The reply code and the enhanced status are one reply's, written together ("451 5.7.3 …"): not a notice's own status
 * beside the reply it quotes ("#5.2.3 smtp;450 …", "Failed; 5.2.2 … 443 …"), where the notice's is its verdict.
 */
function oneReply(r: Pick<FailedRecipient, 'code' | 'enhanced' | 'reply'>): boolean {
  if (!r.code || !r.enhanced || !r.reply || !/^[45]/.test(r.code) || HTTP_CLIENT_ERROR.test(r.code)) return false;
  return r.reply.includes(`${r.code} ${r.enhanced}`) || r.reply.includes(`${r.code}-${r.enhanced}`);
}

function isPermanent(r: FailedRecipient, kind: BounceReport['kind']): boolean {
  const cls = failureClass(r);
  if (cls === '5') return true;
  // RFC 3464 2.3.3: "failed" means the MTA could not deliver and will not try again, whatever the class of the last
  // reply it quotes (a 4.4.7 expiry, a 451 repeated until the queue's lifetime ran out).
  if (r.action === 'failed') return true;
  if (cls === '4' || cls === '2') return false;
  if (r.action === 'delayed' || kind === 'delay') return false;
  return true;
}

/**
 * The bounce says the failure is final: a 5 reply or status, or a recipient marked failed — a DSN's "Action: failed",
 * or a failure notice that says it gave up (engine/kind.ts markGivenUp). A reply pasted alone says nothing of it.
 */
export function statedFinal(r: Pick<FailedRecipient, 'code' | 'enhanced' | 'codeMismatch' | 'reply' | 'action'>): boolean {
  return failureClass(r) === '5' || r.action === 'failed';
}

/**
 * Rules whose texts are written for a delay the sending server is still retrying (texts/en.ts RULE_TEXTS marked
 * temporaryAlready; wording.test.ts checks the two lists agree). On a bounce that says it is final, their texts ("your
 * server will keep trying") would be wrong: the category's own texts, told as final, are used instead.
 */
const DELAY_WITHOUT_CAUSE = 'fact.delay-without-cause';
export const DELAY_ONLY_RULES: ReadonlySet<string> = new Set([DELAY_WITHOUT_CAUSE, 'fact.temporary-domain', LIST_HELD, LOGIN_THROTTLE]);

/**
 * The sender address was refused as written, not for what it is: words that say so ("need fully-qualified address" —
 * Postfix's reject_non_fqdn_sender; "Bad sender address syntax", "sender address must contain a domain" — Postfix's
 * smtpd; "is not a valid RFC-5321 address", "syntactically invalid" — Gmail), or RFC 5321's 501 (a syntax error in the
 * parameters, §4.2.3) with RFC 3463's X.1.7 ("Bad sender's mailbox address syntax"). X.1.7 alone is not enough:
 * Postfix gives it to a sender its address verification found undeliverable.
 */
const MALFORMED_SENDER_WORDS = /\bfully[- ]qualified address\b|\bsender address syntax\b|\bmailbox syntax\b|\baddress must contain a domain\b|\bnot a valid rfc[- ]?5321\b|\bsyntactically invalid\b/i;
function malformedSender(r: Pick<FailedRecipient, 'code' | 'enhanced' | 'reply'>): boolean {
  if (r.code === '501' && r.enhanced !== null && /^5\.1\.7$/.test(r.enhanced)) return true;
  return r.reply !== null && MALFORMED_SENDER_WORDS.test(r.reply.slice(0, 400));
}

/**
 * The server refused the login itself, not the lack of one: RFC 4954 §6's 535 ("Authentication credentials invalid",
 * status 5.7.8). Not Microsoft's 5.7.139 under a 535: password logins turned off for the mailbox or the organization
 * (its NDR reference), which the category's texts tell.
 */
function loginRefused(r: Pick<FailedRecipient, 'code' | 'enhanced'>): boolean {
  if (r.enhanced !== null && /^[45]\.7\.139$/.test(r.enhanced)) return false;
  return r.code === '535' || (r.enhanced !== null && /^[45]\.7\.8$/.test(r.enhanced));
}

/**
 * The rule whose texts and title a verdict shows: none for a delay's rule on a bounce that says it is final, nor for a
 * sending program's connection failure (CLIENT_NO_CONNECTION: "no server answered") where a server did answer — a
 * reply code ("550 queryTxt ESERVFAIL", a relay quoting its own lookup's error) or a mail server's notice around it;
 * a refused sender address that is malformed as written has SENDER_MALFORMED's, whichever rule read it; a connection
 * (or its TLS) that the text shows was the sender's own has the sending program's, whichever rule read it.
 */
export function textRule(ruleId: string, r: FailedRecipient, format: ReportContext['format'], category: Category): string {
  if (category === 'sender-rejected' && !OWN_SERVER_TEXTS.has(ruleId) && malformedSender(r)) return SENDER_MALFORMED;
  if (category === 'auth-required' && RULE_TITLES[ruleId] === undefined && loginRefused(r)) return LOGIN_REFUSED;
  if (category === 'recipient-unknown' && RULE_TITLES[ruleId] === undefined && writtenWrong(r)) return RECIPIENT_MALFORMED;
  if (DELAY_ONLY_RULES.has(ruleId) && statedFinal(r)) return '';
  // (A program's message with a long stack trace is read as 'generic', not 'fragment': still the program's.)
  // (Nor its failed TLS, CLIENT_TLS: in a mail server's notice the server at the other end is the recipient's.)
  // A large provider's receiving servers not reached at connect: the block is on the sending side (outbound-port.ts).
  if (category === 'network' && providerUnreachable(r.reply ?? r.statedReason ?? '')) return OUTBOUND_BLOCKED;
  const programText = r.code === null && (format === undefined || format === 'fragment' || format === 'generic');
  if ((ruleId === CLIENT_NO_CONNECTION || ruleId === CLIENT_TLS) && !programText) return '';
  // A connection failure whose text shows it was the sender's own (own-connection.ts) has the sending program's texts,
  // whichever rule read its words.
  if ((category === 'network' || category === 'tls-required') && programText && ownConnection(r.reply ?? r.statedReason ?? '')) return category === 'network' ? CLIENT_NO_CONNECTION : CLIENT_TLS;
  return ruleId;
}

/**
 * A delivery timeout that is still a delay — Exchange's "400 4.4.7 Message delayed" ("This message hasn't been
 * delivered yet. Delivery will continue to be attempted", Microsoft's NDR 4.4.7), Exim's "has not yet been delivered
 * … after more than 72 hours on the queue" — has not timed out: it has a delay's texts (fact.delay-without-cause: not
 * delivered yet, still trying), not "your server gave up after trying for a long time".
 */
function stillDelayed(rule: string, category: Category, permanent: boolean): string {
  return category === 'delivery-timeout' && !permanent && !DELAY_ONLY_RULES.has(rule) ? DELAY_WITHOUT_CAUSE : rule;
}

/**
 * The refused address is malformed as written — RFC 3463 X.1.3 "Bad destination mailbox address syntax", "bad recipient
 * address syntax", an address with no domain ("501 <root>: recipient address must contain a domain"), Gmail's "not a
 * valid RFC 5321 address", or a path that holds a list (RFC 5321's Path is "<" Mailbox ">", and a domain has no comma,
 * semicolon or quote: "550 <pat@example.org, ["pat@example.org"]> invalid address" is a program that wrote a list, or its
 * own data, where one address goes). These get RECIPIENT_MALFORMED's texts.
 */
const WRITTEN_WRONG_WORDS = /\baddress syntax\b|\brecipient syntax\b|\bmust contain a domain\b|\bnot a valid rfc[- ]?5321\b/i;
const LISTED_PATH = /<[^<>\s@]{1,64}@[^<>\s,;"]{1,255}[,;"][^<>]{0,300}>/;
function writtenWrong(r: Pick<FailedRecipient, 'enhanced' | 'reply'>): boolean {
  if (r.enhanced && /^[245]\.1\.3$/.test(r.enhanced)) return true;
  return r.reply !== null && (WRITTEN_WRONG_WORDS.test(r.reply.slice(0, 400)) || LISTED_PATH.test(r.reply.slice(0, 400)));
}
/**
 * Nor is an address to drop from a list one that is a bare name ("<null>:", "<root>:") or has a space in its path: it is
 * corrected where it was typed or generated (there is no such mailbox to drop). Not enough for the texts above: a
 * redacted address ("<OMISSIS>:", "<pat@example.org >") looks the same.
 */
const BARE_LOCAL_PART = /<[^@<>\s]{0,64}>:/;
const JOINED_PATH = /<[^<>\s@]{1,64}@[^<>\s,;"]{1,255}[\s,;"][^<>]{0,300}>/;
function malformedAddress(r: FailedRecipient): boolean {
  return writtenWrong(r) || (r.reply !== null && (BARE_LOCAL_PART.test(r.reply.slice(0, 400)) || JOINED_PATH.test(r.reply.slice(0, 400))));
}

export function verdictFor(r: FailedRecipient, report: ReportContext): Verdict {
  const c = classify({
    reply: r.reply ?? r.statedReason,
    code: r.code,
    enhanced: r.enhanced,
    remoteHost: r.remoteHost,
    recipient: r.recipient,
    kind: report.kind === 'failure' || report.kind === 'delay' || report.kind === 'not-bounce' ? undefined : report.kind,
    original: report.original,
    command: r.command,
    delayed: r.action === 'delayed' || report.kind === 'delay',
    statedReason: r.reply ? r.statedReason : null,
    fragment: report.format === 'fragment',
  });
  // Greylisting is a delay, unless the bounce says the server gave up (its retries never got past it, RFC 6647): then
  // the message is lost, and the cause is either side's (the sender's retries, or the receiver's greylisting).
  const read = textRule(c.ruleId, r, report.format, c.category);
  // A post a mailing list holds for its moderator is waiting on the list, not refused: nothing to send again.
  const held = read === LIST_HELD;
  const permanent = held ? false : c.category === 'greylisting' ? statedFinal(r) : isPermanent(r, report.kind);
  const rule = stillDelayed(read, c.category, permanent);
  // A sending program that could not reach its mail server, or set up TLS with it, or a mail server that cannot get out
  // on port 25, is the sender's to fix (its settings, or the way to that server), then to send again: no receiving
  // server was part of it.
  const program = rule === CLIENT_NO_CONNECTION || rule === CLIENT_TLS || rule === OUTBOUND_BLOCKED;
  const side = held ? 'recipient' : program ? 'sender' : c.category === 'greylisting' && permanent ? 'either' : CATEGORY_SIDE[c.category];
  // Telling someone to drop an address is only worth it when we are sure: a wrong "remove this address" loses a
  // customer over what was the sender's own fault.
  // Nor is a malformed address one to drop: it is corrected where it was written.
  const suppress = permanent && SUPPRESS.has(c.category) && c.confidence.level === 'high' && !malformedAddress(r);
  let retry: RetryAdvice;
  if (c.category === 'auto-reply' || c.category === 'delivered' || c.category === 'complaint' || held) retry = 'nothing-to-do';
  else if (suppress) retry = 'never-resend';
  else if (program) retry = 'fix-then-resend';
  // An account's own sending limit lifts by itself: the refused messages are sent again once it resets.
  else if (rule === ACCOUNT_LIMIT) retry = 'retry-later';
  else if (!permanent || c.category === 'mailbox-full' || c.category === 'remote-error' || c.category === 'network' || c.category === 'greylisting') retry = 'retry-later';
  else retry = 'fix-then-resend';
  const domain = senderDomain(report.original, r.reply);
  const title = titleFor({ category: c.category, providerId: c.provider?.id ?? null, domain, recipient: r.recipient, zone: c.zone, ruleId: rule });
  return {
    category: c.category,
    ruleId: c.ruleId,
    // (No server refused what could not reach one: the provider is not named as the one who refused.)
    provider: program ? null : c.provider,
    confidence: c.confidence,
    evidence: c.evidence,
    zone: c.zone,
    decidedBy: c.decidedBy,
    alternative: c.alternative,
    side,
    permanent,
    suppress,
    retry,
    title,
    senderDomain: domain,
    textRuleId: rule,
  };
}

export function verdictsFor(report: BounceReport): Verdict[] {
  return report.recipients.map((r) => verdictFor(r, report));
}
