/**
 * Evidence scoring: every cue that applies to a reply casts a weighted vote for a category, and the verdict is the
 * category with the highest total. Nothing depends on the order of a table.
 *
 * - One fact, one vote. The enhanced status is read once, by its most specific interpretation: a documented entry
 *   whose words and status both match, else the answering provider's own meaning of the status, else the IANA
 *   registry. The basic code likewise. Phrases that overlap count once per category.
 * - Where a cue sits matters: the clause after "because", "due to", "since", "reason:" or "rejected:" names the cause
 *   (weights.ts FACTORS.causeClause); words that only say something happened ("rate limited", "try again in") weigh
 *   half when the reply also says why.
 * - A cue knows what it is about. Words about an address or a domain that does not exist are about the *sender* when
 *   the SMTP step was MAIL FROM or the words around them say so ("sender domain … no MX", "your domain"); then they
 *   vote for a refused sender. The SMTP step and the failure's class are qualifiers: they re-aim such cues and add a
 *   vote of their own (QUALIFIERS), they never overrule the rest.
 * - Confidence comes from the winning score and its margin over the runner-up (weights.ts CONFIDENCE); a close
 *   runner-up is kept as the alternative.
 */
import type { SmtpCommand } from '../engine/types';
import { cues, findCues, type CueDef, type PhraseHit } from './cues';
import { SUPPRESSED } from './knowledge/entry';
import { statusMatches } from './match';
import { BASIC_CODES, CONNECTION_CODES, registryEntry } from './registry';
import type { Category, ConfidenceLevel, Evidence } from './types';
import { BROADER_THAN, CATEGORY_CAP, CONFIDENCE, HEDGED_CAP, FACTORS, STATUS_ALONE_CAP, STEP_AGREES, SYMPTOM_CATEGORIES, VARIANT_CAP, WEIGHTS, WORDS_ALONE_CAP } from './weights';

export interface ScoreInput {
  reply: string;
  code: string | null;
  enhanced: string | null;
  /** The provider that answered (detect.ts), when known. */
  provider: string | null;
  command?: SmtpCommand | null;
  delayed?: boolean;
  /** The bounce's own words about this recipient, besides the reply. */
  statedReason?: string | null;
  /** The reply was pasted or selected alone: no notice around it tells the SMTP step (fact.unconfirmed-unknown). */
  fragment?: boolean;
  /** Cue ids (or "id#text") to leave out: for the single-sample check. */
  exclude?: ReadonlySet<string>;
}

/** One vote. */
export interface Vote {
  id: string;
  category: Category;
  weight: number;
  evidence: Evidence;
  kind: CueDef['kind'] | 'qualifier' | 'stated';
  /** Caps the confidence of a verdict this vote decides. */
  cap?: ConfidenceLevel;
  /** Words that say only that something happened (weights.ts FACTORS.symptom). */
  symptom?: boolean;
  /** The provider whose table the cue is in, when it is the one that answered: its own words mean what it documents. */
  own?: boolean;
  /** Its source names more than one cause for these words (KnownReply.hedged): the SMTP step may still tell which. */
  hedged?: boolean;
  /** Texts of its own (KnownReply.variant): when it is among the verdict's votes, it names the rule. */
  variant?: string;
}

export interface Scored {
  category: Category;
  ruleId: string;
  score: number;
  level: ConfidenceLevel;
  votes: Vote[];
  /** All categories' totals, best first. */
  totals: { category: Category; score: number; ruleId: string }[];
  runnerUp: { category: Category; score: number; ruleId: string } | null;
  /** The strongest vote for the verdict is one of these kinds. */
  decidedBy: Vote['kind'] | null;
  /** A verdict that would be high rests on one reading of the reply's words alone, so it is not (weights.ts WORDS_ALONE_CAP). */
  wordsAlone?: boolean;
  /** What the qualifier that re-aimed the verdict's votes says about it, in the user's words (QUALIFIERS `because`). */
  because?: string;
}

/**
 * Where a clause naming the cause starts. Exchange chains its errors with arrows, the outer one first ("550 5.4.300
 * Message expired -> 421 4.4.2 Connection dropped"): an arrow before a reply code opens the clause that says why (an
 * arrow before anything else, such as amavis's list of recipients, does not). RFC 5321's generic "Syntax error" label
 * followed by a dash or a colon and words ("501 Syntax error - line too long") goes on to say what was wrong.
 */
const CAUSE_MARKER = /\b(?:because|due to|owing to|as a result of|caused by|since|reasons?(?: code)?\s*[:=-]|for (?:the )?(?:following )?reasons?)|\b(?:rejected|refused|denied|blocked|deferred|failed|not accepted|undeliverable|forbidden|not permitted|not allowed(?: to [a-z]{1,12})?)\s*:|\bsyntax error\s*(?:-|:)\s*(?=[a-z])| -> (?=[245]\d\d[ -])/gi;
/** Where it ends: the end of the sentence. */
const SENTENCE_END = /[.!?;](?:\s|$)|\n/g;

function causeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  CAUSE_MARKER.lastIndex = 0;
  for (let m = CAUSE_MARKER.exec(text); m && ranges.length < 8; m = CAUSE_MARKER.exec(text)) {
    const start = m.index + m[0].length;
    SENTENCE_END.lastIndex = start;
    const end = SENTENCE_END.exec(text);
    ranges.push([start, end ? end.index : text.length]);
  }
  return ranges;
}

/** Whether a cue's words reach into a cause clause (a documented phrase may say "not accepted due to <the cause>" whole). */
const reachesRanges = (ranges: [number, number][], start: number, end: number) => ranges.some(([s, e]) => end > s && start < e);

/**
 * Where the reply turns to advice: what the sender could do ("To address this issue: consider SPF…", "How to fix it",
 * "Please make sure…", "If you believe this is an error, …", "In case you disagree, send the entire message (as an
 * attachment) to postmaster"). Words from there on say what might help, not what happened.
 */
const ADVICE_MARKER = /\b(?:to (?:address|fix|resolve|correct) this(?: issue| problem| error)?|how to fix it|to learn more|for more information|please (?:consider|make sure|ensure|check|verify|contact|visit|see)|consider (?:authenticating|adding|setting up)|(?:if|in case) you (?:disagree|believe|think|feel)\b)/i;

function adviceStart(text: string): number {
  const m = ADVICE_MARKER.exec(text);
  return m ? m.index : -1;
}

/**
 * Words before an address-or-domain cue, or in it, that make it about the sender's side (in the same sentence): "Sender
 * address rejected: Domain not found", "Message sending for this account is disabled", "Outbound mail … suspended",
 * "The account you are sending from has been suspended".
 */
const SENDER_WORDS = /\b(?:sender|mail from|envelope from|from address|from domain|return[- ]path|your domain|your address|sending domain|domain of sender|helo|your account|sending account|account you(?: are)? send(?:ing)? from|(?:message|mail|e-?mail) sending|outgoing (?:mail|e-?mail|messages?)|outbound)\b/gi;

const DOMAIN_WORDS = /\b(?:domains?|urls?|uris?|links?|website|web site)\b/gi;

/** An e-mail address (not an IP address) named as the subject: "Sender address is on our blocklist". */
const ADDRESS_WORDS = /\b(?:sender|e-?mail|from|your|return|envelope) address\b/gi;

const SENTENCE_BREAK = /[.;!?](?:\s|$)|\n/;
const IP_NAMED = /\bip\b|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/i;

/** What follows the last of `words` in `before`, when that is still the same sentence; null when they are not there. */
function sameSentenceAfter(before: string, words: RegExp): string | null {
  let last = -1;
  words.lastIndex = 0;
  for (let m = words.exec(before); m; m = words.exec(before)) last = m.index + m[0].length;
  if (last < 0) return null;
  const rest = before.slice(last);
  return SENTENCE_BREAK.test(rest) ? null : rest;
}

const wordsBefore = (reply: string, at: number) => reply.slice(Math.max(0, at - 80), at);

/** A domain, URL or link is named in the 80 characters before `at` (same sentence), and no IP address or client host. */
function aboutDomain(reply: string, at: number): boolean {
  const before = wordsBefore(reply, at);
  return sameSentenceAfter(before, DOMAIN_WORDS) !== null && !/\bclient host\b/i.test(before) && !IP_NAMED.test(before);
}

/** An e-mail address is named as the subject in the 80 characters before `at` (same sentence), and no IP after it. */
function aboutAddress(reply: string, at: number): boolean {
  const rest = sameSentenceAfter(wordsBefore(reply, at), ADDRESS_WORDS);
  return rest !== null && !IP_NAMED.test(rest);
}

/** The sender's side is named in the 80 characters before `at` or in the cue's own words, with no sentence end between. */
function aboutSender(reply: string, at: number, end: number): boolean {
  // The words before the cue and the cue's own words ("Your account has been suspended": the cue starts at "account";
  // "The account you are sending from has been suspended": the cue holds the words that say whose account).
  return sameSentenceAfter(wordsBefore(reply, at) + reply.slice(at, Math.min(end, at + 120)), SENDER_WORDS) !== null || senderAfter(reply.slice(end, end + 60));
}

/** Right after the cue, the same words saying whose it is: "No valid MX for your FROM address", "Domain not found for sender". */
const SENDER_AFTER = /^[ \t]{0,3}(?:for|of|in|on) (?:the |your |this )?/i;
function senderAfter(rest: string): boolean {
  const m = SENDER_AFTER.exec(rest);
  if (!m) return false;
  SENDER_WORDS.lastIndex = m[0].length;
  return SENDER_WORDS.exec(rest)?.index === m[0].length;
}

/** The bare words filters also answer with (see QUALIFIERS). */
/**
 * Sendmail's delivery log line names the mailer that was delivering: "mailer=relay" is the relay mailer, which carries
 * mail to the configured smart host (sendmail cf/README: SMART_HOST and the other relays use the "relay" mailer unless
 * another is named; RELAY_MAILER). A host it could not find there is that relay, not the recipient's domain.
 */
const RELAY_MAILER = /\bmailer=relay\b/;
/** PHP's TLS handshake call named in an error (stage.php-tls-handshake). */
const PHP_TLS_HANDSHAKE = /\bstream_socket_enable_crypto\(\)/;
/** Exim's words when no router took an address (exim.local-unrouteable). */
const UNROUTEABLE = /\bunrouteable address\b/i;
/** A remote server's reply quoted, or a server's log of its own refusal of a recipient ("rejected RCPT <x>: …"). */
const REMOTE_SAID = /\bsaid:|\bSMTP error from remote\b|\brejected RCPT\b/i;
const AMBIGUOUS_UNKNOWN = /\b(?:user unknown|unknown user|no such user(?! here)|user not exist|user doesn't exist|unknown recipient|recipient unknown)\b|\bdoesn't have an? \S{1,80} account\b/i;
/**
 * Yahoo's own reply for an address that does not exist, which its servers give at the end of DATA: "554 delivery error:
 * dd This user doesn't have a yahoo.com account (<user>)" — "the recipient's user ID doesn't exist. You shouldn't retry"
 * (help.yahoo.com/kb/mail-for-desktop/SLN3444.html). Its MTA says the same for its other domains (yahoo.co.jp, …), by
 * whichever host, so the words say it without the provider being recognised (stage.after-data,
 * fact.unconfirmed-unknown).
 */
const YAHOO_NO_ACCOUNT = /\bdelivery error: dd This user doesn'?t have an? /i;
const RCPT_WORDS = /recipient address rejected|\bafter RCPT\b|\bRCPT TO\b/i;
const NO_MAIL_WORDS = /null ?mx|does(?:n't| not) (?:receive|accept) (?:e-?mail|mail)/i;
const ADDRESS_CATEGORIES: ReadonlySet<Category> = new Set(['recipient-unknown', 'recipient-domain']);
/** What a mailbox or an address is said to be: nothing a server can know of before RCPT TO. */
const CONNECT_UNRELATED: ReadonlySet<Category> = new Set(['recipient-unknown', 'recipient-domain', 'mailbox-disabled', 'mailbox-full']);
/**
 * Basic codes whose RFC 5321 text names only a failure of the service or of processing (421 "Service not available",
 * 451 "local error in processing"), with the enhanced-status subjects that agree with it (RFC 3463: X.0 undefined, X.3
 * mail system, X.4 network and routing).
 */
const GENERIC_FAILURE_CODES: Readonly<Record<string, readonly string[]>> = { '421': ['0', '3'], '451': ['0', '3', '4'] };
/** The votes of those codes' own readings (BASIC_CODES). */
const GENERIC_CODE_VOTES: ReadonlySet<string> = new Set(Object.keys(GENERIC_FAILURE_CODES).map((code) => `code.${code}`));
/**
 * The other basic codes whose RFC text names a cause, with the enhanced-status subjects that agree with it: 454 and
 * 530–538 are about TLS or authentication (X.7 security), 500–504, 455 and 555 about the commands (X.5 protocol), 521
 * and 556 about a host or domain that accepts no mail (X.1 addressing), 551 about a user not here (X.1). An enhanced
 * status of another subject refines the code (RFC 3463 §2): "454 4.3.0 Try again later" is the mail system's, not TLS.
 */
const CODE_SUBJECTS: Readonly<Record<string, readonly string[]>> = {
  ...GENERIC_FAILURE_CODES,
  '454': ['0', '7'],
  '530': ['0', '7'],
  '534': ['0', '7'],
  '535': ['0', '7'],
  '538': ['0', '7'],
  '455': ['0', '5'],
  '500': ['0', '5'],
  '501': ['0', '5'],
  '502': ['0', '5'],
  '503': ['0', '5'],
  '504': ['0', '5'],
  '555': ['0', '5'],
  '521': ['0', '1', '3'],
  '556': ['0', '1'],
  '551': ['0', '1'],
};

/** The general refusal words (transport.ts policy.generic) that say a server refused, not that it was unavailable. */
const REFUSAL_WORDS: ReadonlySet<string> = new Set(['rejected', 'denied', 'refused', 'blocked', 'not allowed', 'prohibited', 'not permitted', 'not authorized', 'administrative prohibition']);

/** The steps of an SMTP session before the message's content is sent (RFC 5321 §3.3). */
const BEFORE_CONTENT: ReadonlySet<string> = new Set(['connect', 'HELO', 'EHLO', 'MAIL FROM', 'RCPT TO']);
/** Verdicts on the message's content. */
const CONTENT_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['spam', 'virus', 'content-policy']);
/** Votes of the general rules' words ("spam", "virus"), not of a table that documents what its reply means. */
const GENERAL_WORDS = /^(?:content|localized)\./;
/** A reply that names the sending server: its IPv4 address, or "client host" / "your IP" (Postfix's "Client host rejected"). */
const HOST_NAMED = /\b(?:\d{1,3}\.){3}\d{1,3}\b|\bclient host\b|\byour (?:ip|server|host)\b|\bip address\b/i;

/** The words of a vote with what follows them ("no such user" is ambiguous, "no such user here" is not). */
const around = (reply: string, v: Vote) => (v.evidence.start === null ? v.evidence.text : reply.slice(Math.max(0, v.evidence.start - 24), (v.evidence.end ?? v.evidence.start) + 40));

/** A temporary failure: a 4xx class, or the words Postfix gives a DNS lookup that may pass ("Host not found, try again"). */
const temporary = (input: ScoreInput, reply: string) => /^4/.test(input.enhanced ?? input.code ?? '') || /\bnot found, try again\b|\b(?:will be|was|been|status=) ?deferred\b/i.test(reply);
/** A general rule's verdict on the content, given at a step before the content was sent. */
const contentBeforeData = (v: Vote, input: ScoreInput) => BEFORE_CONTENT.has(input.command ?? '') && CONTENT_CATEGORIES.has(v.category) && GENERAL_WORDS.test(v.id);
/** The step a reply answered, as the texts name it. */
const stepOf = (input: ScoreInput) => (input.command === 'connect' ? 'the connection' : `the ${input.command ?? ''} command`);
/** A reply that calls itself a policy refusal (which is what it then is, not greylisting). */
const POLICY_NAMED = /\bpolicy\b/i;
/** A reply that asks the sender to retry (RFC 6647 §2.1: greylisting's temporary failure). */
const RETRY_ASKED = /\b(?:try again later|please try again|please retry|retry later|try later|come back later|temporarily (?:rejected|deferred|refused))\b/i;
/** RFC 3463 X.1.2 "Bad destination system address" and X.1.10 "Recipient address has null MX", in the 4 class. */
const DOMAIN_STATUS = /^4\.1\.(?:2|10)$/;
/**
 * Postfix's own words for reject_unknown_recipient_domain, which older servers send with no enhanced status: its default
 * code for a domain that does not exist is 450 (postconf(5) unknown_address_reject_code), the same verdict as 4.1.2.
 */
const POSTFIX_UNKNOWN_DOMAIN = /\brecipient address rejected: domain not found\b/i;
const afterData = (c: SmtpCommand | null | undefined) => c === 'DATA' || c === 'BDAT' || c === 'end of data';

/**
 * The qualifiers: facts of the bounce that change what some votes are about. Each re-aims the votes it applies to
 * (by the category and rule they came from) and adds a vote of its own; it is data, tried on every vote.
 */
interface Qualifier {
  id: string;
  /** Which votes it re-aims. */
  applies: (vote: Vote, input: ScoreInput, reply: string) => boolean;
  to: Category;
  cap?: ConfidenceLevel;
  /** It reads the code alone: not applied where the reply's words already cast a vote of their own (a phrase, a term). */
  alone?: true;
  because: (input: ScoreInput) => string;
}

/**
 * What does not exist: RFC 3463 X.1.2 ("the destination system specified in the address does not exist") against
 * X.1.1 (the mailbox). "Domain example.com does not exist", "example.com: not found" name the domain; "User bob does
 * not exist", "bob@example.com does not exist" the mailbox. Looked for in the clause right before the words.
 */
const DOMAIN_SUBJECT =
  /(?:\b(?:domain(?: name)?|host ?name|host|mx(?: records?)?)|(?:^|[\s<'"([])(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}[>'")\]]?:?)[ \t]{1,4}(?:[a-z0-9.-]{1,253}[ \t]{1,4})?(?:is |was |has been )?$/i;
/** "The domain in the email address <address> does not exist": the domain of the address named is the subject. */
const DOMAIN_OF_ADDRESS = /\bdomain(?: name| part)? (?:in|of) (?:the |this |that |your )?(?:e-?mail |recipient(?:'s)? )?address\b/gi;
const domainSubject = (reply: string, at: number): boolean => {
  const before = reply.slice(Math.max(0, at - 300), at);
  if (sameSentenceAfter(before, DOMAIN_OF_ADDRESS) !== null) return true;
  if (!DOMAIN_SUBJECT.test(before)) return false;
  // An address right before the words names a mailbox, whatever follows its "@".
  let tail = before.trimEnd();
  for (const verb of [' is', ' was', ' has been']) if (tail.endsWith(verb)) tail = tail.slice(0, -verb.length).trimEnd();
  return !tail.slice(tail.lastIndexOf(' ') + 1).includes('@');
};

/** Words that say whose a domain is: the recipient's (its address, RCPT, "destination", "recipient") or the sender's. */
const WHOSE_DOMAIN = /@|\b(?:recipients?|destination|rcpt|to:|sender|from:|mail from|envelope)\b/i;

/** Words that say only that something does not exist or was not found (their subject says what). */
const EXISTENCE = /^(?:does not exists?|do(?:es)?n'?t exists?|not exists?|not found|unknown|is unknown|non-?existent|invalid)$/i;
/**
 * Operators that run domain lists beside their IP lists (Spamhaus DBL/ZRD https://www.spamhaus.org/faqs/domain-blocklist/,
 * Invaluement ivmURI, Abusix's domain lists): their name alone does not say which kind of list (RFC 5782 §2.1 / §2.3).
 */
const EITHER_KIND_NAMES: ReadonlySet<string> = new Set(['spamhaus', 'invaluement', 'abusix']);
/** Spamhaus's lookup link for a domain (https://www.spamhaus.org/query/dbl?domain=…, /query/domain/…). */
const DOMAIN_LOOKUP = /\bspamhaus\.org\/query\/(?:dbl|domain)\b/i;

/**
 * Email authentication (SPF RFC 7208, DKIM RFC 6376, DMARC RFC 7489) named in a reply: "authentication" there is the
 * message's, not the SMTP AUTH login (RFC 4954) — unless the words of a login are there too.
 */
const EMAIL_AUTH = /\b(?:spf|dkim)\b/i;
const DMARC_NAMED = /\bdmarc\b/i;
const SMTP_LOGIN = /\b(?:smtp auth|auth (?:login|plain)|credentials|password|username|user ?name|log ?in|logon)\b/i;
const SPF_NAMED = /\bspf\b/i;
const DKIM_NAMED = /\bdkim\b/i;
/** A mechanism said to pass in Authentication-Results syntax (RFC 8601 §2.7: "dkim=pass", "spf: pass"). */
const MECHANISM_PASSED = /\b(?:spf|dkim)[ \t]{0,3}[=:][ \t]{0,3}pass\b/i;
/** RFC 3463 X.1.7 and X.1.8: statuses about the sender's address. */
const SENDER_STATUS = /^[45]\.1\.[78]$/;
/** The sender's address named anywhere in a reply (code.sender-parameter). */
const SENDER_NAMED = /\b(?:sender(?:'s)? (?:e-?mail )?address|mail from(?: address)?|envelope from|from address|return[- ]path|reverse[- ]path)\b/i;
/** Votes that come from the reply's words rather than a provider's own code or a status. */
const fromWords = (v: Vote) => !v.own && (v.kind === 'phrase' || v.kind === 'word' || v.kind === 'weak' || v.kind === 'pattern');

/** PHPMailer's client lines (SMTPDebug 1): "CLIENT -> SERVER: STARTTLS", then at once its connect_host error. */
const PHPMAILER_STARTTLS_LOST = /^STARTTLS[ \t]*(?:\r?\n[ \t]*)?(?:\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[ \t]+)?SMTP Error: Could not connect to SMTP host\b/i;

/**
 * A transcript where the server said yes to STARTTLS (RFC 3207 §4: "220 Ready to start TLS") and nothing was said
 * in the clear after it: the client was negotiating TLS when the connection failed, so the TLS negotiation is what
 * failed (PHPMailer's troubleshooting guide: "Could not connect to SMTP host" right after "220 … TLS" is a certificate
 * the client could not verify).
 */
function failedInTls(reply: string): boolean {
  const at = reply.search(/\bSTARTTLS\b(?![ \t]*(?:is |was )?(?:required|not supported|unavailable))/i);
  if (at < 0) return false;
  const rest = reply.slice(at, at + 4000);
  // PHPMailer's transcript of the client's side only: its STARTTLS, then its "could not connect" with no reply to it
  // in between. smtpConnect() throws connect_host when startTLS() fails, and startTLS() logs "STARTTLS command failed"
  // when the server refused the command — so with no such line, the command was taken and the TLS handshake failed.
  if (PHPMAILER_STARTTLS_LOST.test(rest)) return true;
  // The server's 220 on the line after STARTTLS, naming TLS ("220 2.0.0 Ready to start TLS", "220 TLS go ahead").
  const ready = /(?:^|[\s:>"'])220[ -]/g;
  for (let m = ready.exec(rest), tries = 0; m && tries < 20; m = ready.exec(rest), tries++) {
    const after = m.index + m[0].length;
    const line = rest.slice(after, after + 80);
    const end = line.indexOf('\n');
    if (!/\btls\b/i.test(end < 0 ? line : line.slice(0, end))) continue;
    return !/(?:^|[\s:>"'])250[ -]/.test(rest.slice(after));
  }
  return false;
}

/**
 * Port 465 is SMTP submission over implicit TLS (RFC 8314 §3.3: the client starts TLS at once, "before any SMTP"; the
 * server sends its greeting only inside TLS). A client that connects to it in plain text, or means to use STARTTLS
 * there, waits for a 220 greeting that never comes in the clear, until one side gives up: "STARTTLS on port 465. The
 * client waits for a greeting the server never sends in clear text, so the connection hangs" (Emailit's "Why do I get
 * TLS errors when connecting to SMTP?", https://emailit.com/docs/kb/smtp-tls-errors/). The port is named as the one
 * connected to ("host:465", "port 465", "port=465", "MAIL_PORT=465").
 */
const IMPLICIT_TLS_PORT = /(?:\bport\b[ \t]{0,3}[:=]?[ \t]{0,3}|[\w\]]:|_PORT=)465(?![\w.])/i;
/**
 * A failure while the client waited for the greeting, in the words of the programs that report it: Postfix's smtp(8)
 * "… while receiving the initial server greeting"; Exim's "SMTP timeout … after initial connection"; Nodemailer's
 * "Greeting never received"; Swift Mailer's 'Expected response code 220 but got code ""' (an empty reply; Symfony
 * Mailer: 'but got empty code'); Perl Net::Cmd's "unexpected EOF on command channel"; MailKit's "The SMTP server has
 * unexpectedly disconnected".
 */
const GREETING_LOST =
  /\bwhile receiving the initial server greeting\b|\bafter initial connection\b|\bgreeting never received\b|\bexpected response code "?220"? but got (?:code "",|empty code)|\bunexpected EOF on command channel\b|\bunexpectedly disconnected\b/i;
/** A connection made over TLS after all ("ssl://host:465", "MAIL_ENCRYPTION=ssl", "secure: true", "tls=on", "UseTLS=YES"). */
const TLS_IN_USE =
  /\b(?:ssl|tls|smtps):\/\/|(?<![a-z])encryption[ \t]{0,3}[=:][ \t]{0,3}["']?(?:ssl|tls|smtps)\b|(?<![a-z])secure[ \t]{0,3}[=:][ \t]{0,3}true\b|(?<![a-z])(?:use_?)?tls[ \t]{0,3}[=:][ \t]{0,3}(?:on|yes|true)\b/i;

export const QUALIFIERS: readonly Qualifier[] = [
  {
    // The greeting never came on port 465 and nothing says the client spoke TLS there: the client's TLS mode does not
    // match the port's (implicit TLS), which is the cause of the lost connection.
    id: 'port.implicit-tls',
    applies: (v, _input, reply) => v.category === 'network' && IMPLICIT_TLS_PORT.test(reply) && GREETING_LOST.test(reply) && !TLS_IN_USE.test(reply),
    to: 'tls-required',
    cap: 'medium',
    because: () => 'It was port 465, which expects encryption from the first byte (SSL/TLS, not STARTTLS), and the server\'s greeting never came: your program most likely connected without SSL/TLS, so set it to SSL/TLS for port 465 or use port 587 with STARTTLS.',
  },
  {
    // A connection that failed right after the server agreed to STARTTLS failed in the TLS negotiation.
    id: 'stage.starttls',
    applies: (v, _input, reply) => v.category === 'network' && failedInTls(reply),
    to: 'tls-required',
    cap: 'medium',
    because: () => 'The server had just agreed to start TLS (its 220 reply to STARTTLS) when the connection failed, so it failed while setting up the encryption: most often a certificate your client could not verify.',
  },
  {
    // A connection lost inside PHP's stream_socket_enable_crypto(), the call that runs the TLS handshake on a socket
    // already connected (https://www.php.net/manual/en/function.stream-socket-enable-crypto.php: it "turns encryption
    // on/off on an already connected socket"; PHPMailer's and
    // Symfony Mailer's STARTTLS and SMTPS go through it): whatever the socket error (broken pipe, reset), the TLS
    // negotiation is what failed.
    id: 'stage.php-tls-handshake',
    applies: (v, _input, reply) => v.category === 'network' && PHP_TLS_HANDSHAKE.test(reply),
    to: 'tls-required',
    cap: 'medium',
    because: () => "The error came from PHP's stream_socket_enable_crypto(), which sets up the encryption on a connection already made, so the connection failed during the TLS negotiation: most often a certificate, TLS version or port/encryption mismatch.",
  },
  {
    // "Authentication failed", "sender authentication required" beside SPF, DKIM or DMARC: the message's authentication
    // (taxonomy.md `unauthenticated`), not a login to the server (`auth-required`).
    id: 'auth.email-authentication',
    applies: (v, _input, reply) => v.category === 'auth-required' && fromWords(v) && EMAIL_AUTH.test(reply) && !SMTP_LOGIN.test(reply),
    to: 'unauthenticated',
    because: () => 'It names SPF or DKIM, so the authentication it means is your message\'s, not a login to the server.',
  },
  {
    // The same words beside DMARC alone: the message failed DMARC (taxonomy.md `dmarc`).
    id: 'auth.dmarc-authentication',
    applies: (v, _input, reply) => v.category === 'auth-required' && fromWords(v) && DMARC_NAMED.test(reply) && !EMAIL_AUTH.test(reply) && !SMTP_LOGIN.test(reply),
    to: 'dmarc',
    because: () => 'It names DMARC, so the authentication it means is your message\'s DMARC check, not a login to the server.',
  },
  {
    // SPF and DKIM both named as not passing ("neither SPF nor DKIM passed", "failed SPF and DKIM checks"): the cause is
    // not narrowed to one of them — taxonomy.md's `unauthenticated`. A mechanism reported as passing ("dkim=pass")
    // leaves the other one as the cause.
    id: 'auth.both-mechanisms',
    applies: (v, _input, reply) => (v.category === 'spf' || v.category === 'dkim') && fromWords(v) && SPF_NAMED.test(reply) && DKIM_NAMED.test(reply) && !MECHANISM_PASSED.test(reply),
    to: 'unauthenticated',
    because: () => 'It says neither SPF nor DKIM passed, so both need checking.',
  },
  {
    // RFC 3463's X.3.2 "System not accepting network messages" covers a passing state (shutdown, load, maintenance: the
    // receiving system's) and a lasting one. Under 521 or 556, the codes RFC 7504 §3 gives a host or domain that does not
    // accept mail at all, it is the lasting one: the destination accepts no mail (taxonomy.md `recipient-domain`).
    id: 'code.accepts-no-mail',
    applies: (v, input) => (input.code === '521' || input.code === '556') && /^5\.3\.2$/.test(input.enhanced ?? '') && v.category === 'remote-error',
    to: 'recipient-domain',
    because: (input) => `Its code (${input.code ?? ''}) is the one RFC 7504 gives a host that accepts no mail at all, so the system that is not accepting messages will not accept them later either.`,
  },
  {
    // A refusal of the MAIL FROM command is about the sender's address, whatever words it uses for it.
    id: 'stage.mail-from',
    applies: (v, input) => input.command === 'MAIL FROM' && ADDRESS_CATEGORIES.has(v.category),
    to: 'sender-rejected',
    because: () => 'It answered the MAIL FROM command, so it is about your sender address.',
  },
  {
    // A refusal in place of the server's greeting (RFC 5321 §3.1 and §4.3.1: 554, or 421, instead of the 220; Postfix
    // words it "host … refused to talk to me: …") came before any address was given: words about a mailbox or an
    // address there are the server's stock text, and what it refused is the connection — the sending server.
    id: 'stage.connect',
    applies: (v, input) => input.command === 'connect' && CONNECT_UNRELATED.has(v.category),
    to: 'policy',
    cap: 'medium',
    because: () => 'But it answered the connection itself, before any address was given: the server refused your sending server, not a mailbox.',
  },
  {
    // A verdict on the content (spam, malware, a file type) given before any content was sent — at the connection,
    // HELO, MAIL FROM or RCPT TO (RFC 5321 §3.3: the message follows DATA) — cannot be about the message: the receiver
    // judged the sending server. Naming its address or calling it the client ("553 5.3.0 192.0.2.9 Your message was
    // rejected for possible spam/virus content", to MAIL FROM; "Client host rejected: … Phishing", to RCPT TO), it
    // refused that IP (taxonomy.md ip-blocklist: "a provider's own list"); otherwise its reputation.
    id: 'stage.before-content',
    applies: (v, input, reply) => contentBeforeData(v, input) && HOST_NAMED.test(reply),
    to: 'ip-blocklist',
    cap: 'medium',
    because: (input) => `But it answered ${stepOf(input)}, before your message's content was sent, and it names your sending server: it refused the server, not the message.`,
  },
  {
    id: 'stage.before-content-sender',
    applies: (v, input, reply) => contentBeforeData(v, input) && !HOST_NAMED.test(reply),
    to: 'reputation',
    cap: 'medium',
    because: (input) => `But it answered ${stepOf(input)}, before your message's content was sent, so it judged your sending server or address, not the message.`,
  },
  {
    // RFC 3463 X.1.7 "Bad sender's mailbox address syntax" and X.1.8 "Bad sender's system address": the status says
    // the address in question is the sender's, so "invalid address" or "address does not exist" are about it too.
    id: 'status.sender-address',
    applies: (v, input) => ADDRESS_CATEGORIES.has(v.category) && SENDER_STATUS.test(input.enhanced ?? ''),
    to: 'sender-rejected',
    because: (input) => `Its status ${input.enhanced ?? ''} says the address in question is your sender address.`,
  },
  {
    // RFC 5321 §4.2.3: 501 is a syntax error in a command's parameters. A reply that names the sender's address or MAIL
    // FROM while only its code speaks ("501 mail from address must be same as authorization user") refuses that
    // parameter: the sender address, not the SMTP dialogue.
    id: 'code.sender-parameter',
    applies: (v, input, reply) => v.kind === 'code' && input.code === '501' && v.category === 'protocol' && !SENDER_STATUS.test(input.enhanced ?? '') && SENDER_NAMED.test(reply),
    to: 'sender-rejected',
    cap: 'low',
    alone: true,
    because: () => 'Its code (501) refuses a command parameter, and it names your sender address, so the parameter was your sender address.',
  },
  {
    // A domain or host "not found" on a line that says the relay mailer was delivering: your own smart host's name did
    // not resolve, and the recipient's address is not to blame (RELAY_MAILER).
    id: 'sendmail.relay-mailer',
    applies: (v, _input, reply) => v.category === 'recipient-domain' && RELAY_MAILER.test(reply),
    to: 'network',
    cap: 'medium',
    because: () => "But Sendmail's log line says its relay mailer was delivering (mailer=relay): the host it could not find is the smart host your server sends through, not the recipient's domain.",
  },
  {
    // Exim's "Unrouteable address" in its own words, with no server's reply quoted: no router took the address. Exim's
    // default configuration answers "Unknown user" for a local user it cannot find (src/src/configure.default, router
    // localuser: "cannot_route_message = Unknown user"), so a plain "Unrouteable address" is the dnslookup router
    // failing on the domain (Exim spec, generic router option cannot_route_message: the text used when no router
    // accepts an address defaults to "Unrouteable address"). A remote server that says it at RCPT TO is refusing the
    // address at a domain it does take mail for: that stays an unknown recipient.
    id: 'exim.local-unrouteable',
    applies: (v, input, reply) => v.category === 'recipient-unknown' && UNROUTEABLE.test(v.evidence.text) && input.code === null && input.command === null && !RCPT_WORDS.test(reply) && !REMOTE_SAID.test(reply),
    to: 'recipient-domain',
    cap: 'medium',
    because: () => "But no server answered this: your own Exim could not route the address, and Exim says \"Unknown user\" for its own users, so it could not find where the domain's mail goes.",
  },
  {
    // "User unknown" only after the content, once RCPT TO had accepted the address: the recipient side's filter
    // (Japanese carriers' sender filters are the classic case). A provider's own table knows better (Yahoo's "This
    // user doesn't have a yahoo.com account" comes after DATA and means what it says) — unless the table itself names
    // both causes: docomo's "550 Unknown user" is a wrong address or the recipient's reception refusal (NTT Com's FAQ),
    // and it is the refusal when it comes after the content (Sisimai's "携帯電話宛バウンスの見分け",
    // libsisimai.org/ja/docs/distinguish-between-the-unknown-and-the-filtered: rejected after DATA = filtered;
    // akisoftware.com/pmsrv/help/docomo.html: RCPT TO accepted, "550 Unknown user" after the end of data).
    id: 'stage.after-data',
    applies: (v, input, reply) => afterData(input.command) && v.category === 'recipient-unknown' && (!v.own || v.hedged === true) && AMBIGUOUS_UNKNOWN.test(around(reply, v)) && !YAHOO_NO_ACCOUNT.test(reply),
    to: 'recipient-policy',
    cap: 'medium',
    because: (input) =>
      `But it answered ${input.command === 'end of data' ? 'the end of the message (DATA)' : `the ${input.command} command`}, after the address had been accepted, so it is most likely the recipient's filter refusing your message rather than a missing mailbox.`,
  },
  {
    // "User unknown" is proof of a missing address when the server said so at RCPT TO or with an X.1.x status. With a
    // generic (X.0.0) or "mailbox not accepting" (X.2.x) status, or a relayed reply with no status, and no sign of
    // RCPT TO, the same words are what many recipient-side filters answer: low confidence, and the texts say both.
    id: 'fact.unconfirmed-unknown',
    applies: (v, input, reply) =>
      v.category === 'recipient-unknown' &&
      !v.own &&
      // The reporting system's own line about its own users (a local mailer's "unknown user: pat") is its finding.
      v.kind !== 'stated' &&
      input.command !== 'RCPT TO' &&
      AMBIGUOUS_UNKNOWN.test(around(reply, v)) &&
      !RCPT_WORDS.test(reply) &&
      !YAHOO_NO_ACCOUNT.test(reply) &&
      // A relayed reply with no status counts only inside a notice: a reply pasted alone has lost the notice that would
      // have shown the step, and its words are all there is ("550 unknown user" on a help page is an unknown user).
      (/^[45]\.(?:0\.0|2\.\d{1,3})$/.test(input.enhanced ?? '') || (input.enhanced === null && input.code !== null && !input.fragment)),
    to: 'recipient-policy',
    cap: 'low',
    because: (input) =>
      `But ${input.enhanced ? `the server's status ${input.enhanced} does not say the address is unknown` : 'no status code confirms it'}, and nothing shows the refusal came at RCPT TO: recipient-side filters use the same words, so it may be a filter refusing your message — or the address may really not exist.`,
  },
  {
    // "Domain not found" as a temporary failure (Gmail's "DNS Error: … NXDOMAIN" with status 4.0.0) is a lookup that
    // failed for now; only a permanent failure proves the domain gone. A null MX (RFC 7505) is permanent whatever the
    // class the relay gave it. So is a server's own verdict on the address's domain, RFC 3463 X.1.2 "Bad destination
    // system address" (X.1.10 for a null MX), sent as 4.1.2 only so that the sender may retry (Postfix's
    // reject_unknown_recipient_domain answers "450 4.1.2 … Recipient address rejected: Domain not found" by default,
    // unknown_address_reject_code): the domain is the problem, and the retry advice follows the temporary class.
    id: 'fact.temporary-domain',
    applies: (v, input, reply) => v.category === 'recipient-domain' && temporary(input, reply) && !NO_MAIL_WORDS.test(reply) && !DOMAIN_STATUS.test(input.enhanced ?? '') && !POSTFIX_UNKNOWN_DOMAIN.test(reply),
    to: 'network',
    cap: 'medium',
    because: () => 'The failure is temporary, so the lookup may succeed later: your server keeps retrying until it gives up.',
  },
  {
    // A temporary refusal that names no cause and asks for a retry ("451 4.7.1 Please try again later", "450 4.7.1
    // Temporarily rejected"): what a greylisting server says to a sender it has not seen yet (RFC 6647 §2.1: a
    // temporary failure the sender is expected to retry), and nothing more specific is said.
    id: 'fact.temporary-policy',
    applies: (v, input, reply) => v.category === 'policy' && v.kind === 'status' && /^4/.test(input.enhanced ?? input.code ?? '') && RETRY_ASKED.test(reply) && !POLICY_NAMED.test(reply),
    to: 'greylisting',
    cap: 'low',
    because: () => 'It is temporary and asks your server to try again later without naming a cause, which is how greylisting answers a sender it has not seen before: a well-behaved server retries and gets through.',
  },
];

/** Every vote gets the same shape (all fields, in one order): the scoring loops stay monomorphic. */
function vote(v: Vote): Vote {
  return { id: v.id, category: v.category, weight: v.weight, evidence: v.evidence, kind: v.kind, cap: v.cap, symptom: v.symptom ?? false, own: v.own ?? false, hedged: v.hedged ?? false, variant: v.variant };
}

/** Adds up a category's votes: the strongest whole, each further one by FACTORS.nextCue less. */
function total(votes: Vote[]): number {
  let sum = 0;
  let factor = 1;
  // A 421 or 451 says only that the service or the processing failed (RFC 5321 §4.2.3); an enhanced status of the same
  // category beside it says that again, refined (RFC 3463 §2): one statement, and the stronger of the two counts.
  // (A code that names a cause of its own — 535's failed login — is evidence beside its status.)
  let status = 0;
  for (const v of votes) if (v.kind === 'status' && v.weight > status) status = v.weight;
  const counted = status > 0 && votes.some((v) => v.kind === 'code' && GENERIC_CODE_VOTES.has(v.id)) ? votes.filter((v) => !(v.kind === 'code' && GENERIC_CODE_VOTES.has(v.id) && v.weight <= status)) : votes;
  for (const v of [...counted].sort((a, b) => b.weight - a.weight)) {
    sum += v.weight * factor;
    factor *= FACTORS.nextCue;
  }
  return sum;
}

/** Categories that say less than the others: on an equal score, the more specific one wins. */
const GENERIC: ReadonlySet<Category> = new Set(['unknown', 'policy', 'network', 'remote-error', 'protocol', 'delivery-timeout']);

const excluded = (input: ScoreInput, def: CueDef) => !!input.exclude && (input.exclude.has(def.id) || input.exclude.has(`${def.id}#${def.text}`));

/** Whether the reply's text quotes a status of this subject and detail ("x.7.3" as "5.7.3" or "4.7.3"). */
function quotesStatus(reply: string, documented: string): boolean {
  const rest = documented.slice(1);
  return reply.includes(`5${rest}`) || reply.includes(`4${rest}`);
}

/**
 * An Exim log line's fields that describe the connection, not the failure: "X=TLS1.3:TLS_AES_256_GCM_SHA384:256" (the
 * cipher, Exim spec "log_selector": tls_cipher) and "CV=no" (tls_certificate_verified). Words inside them are no cue.
 */
const LOG_FIELD = /(?<![\w=])(?:X|CV)=\S{1,120}/g;
function logFields(reply: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!reply.includes('X=')) return out;
  LOG_FIELD.lastIndex = 0;
  for (let m = LOG_FIELD.exec(reply), n = 0; m && n < 20; m = LOG_FIELD.exec(reply), n++) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A program's name and a colon at the start of a line it printed. */
const SPEAKER = /^[a-z][\w.-]{0,30}:[ \t]+(?=\S)/i;

export function score(input: ScoreInput): Scored {
  const reply = input.reply.length > 8000 ? input.reply.slice(0, 8000) : input.reply;
  const table = cues();
  const fields = logFields(reply);
  const hits = reply ? findCues(reply, table).filter((h) => !excluded(input, h.def) && !fields.some((f) => h.start >= f.start && h.end <= f.end)) : [];
  const ranges = causeRanges(reply);
  const advice = adviceStart(reply);
  const votes: Vote[] = [];
  const detected = input.provider;

  const span = (h: PhraseHit, kind: Evidence['source'] = 'reply'): Evidence => ({ source: kind, text: reply.slice(h.start, h.end), start: h.start, end: h.end });
  const statusHolds = (def: CueDef) => !def.status || def.status.some((s) => statusMatches(s, input.enhanced));
  // Words that hold only under certain codes (greylisting's 4xx) hold in a text with no code at all: nothing there
  // contradicts them ("Recipient address rejected: Delayed by Postgrey").
  const codeHolds = (def: CueDef) => !def.codes || input.code === null || def.codes.includes(input.code);

  // The status, read once: the best of (a) documented words with their status, (b) the provider's meaning of the status,
  // (c) the registry.
  let statusVote: Vote | null = null;
  const offerStatus = (v: Vote) => {
    if (!statusVote || v.weight > statusVote.weight) statusVote = v;
  };
  const live = (def: CueDef) => !def.gated || def.provider === detected;
  for (const h of hits) {
    if (!h.def.status || !live(h.def) || !codeHolds(h.def) || !statusHolds(h.def)) continue;
    const own = h.def.provider !== null && h.def.provider === detected;
    // The provider that answered, saying what its status means with these words; else the words' own weight with the
    // status agreeing (the more specific the words, the surer it is that documented reply).
    const weight = own ? WEIGHTS.providerStatus + (h.def.weight >= WEIGHTS.longPhrase ? WEIGHTS.statusAgrees : 0) : h.def.kind === 'status' ? h.def.weight : h.def.weight + WEIGHTS.statusAgrees;
    offerStatus(vote({ id: h.def.id, category: h.def.category, weight, evidence: span(h), kind: 'status', own, variant: h.def.variant, cap: h.def.hedged ? HEDGED_CAP : undefined, hedged: h.def.hedged, symptom: h.def.symptom }));
  }
  if (!statusVote && input.enhanced) {
    const [, subject = '', detail = ''] = input.enhanced.split('.');
    const candidates = [...(table.statusOnly.get(`${subject}.${detail}`) ?? []), ...(table.statusOnly.get(subject) ?? [])];
    for (const def of candidates) {
      if (excluded(input, def) || (def.gated && def.provider !== detected) || !statusHolds(def) || !codeHolds(def)) continue;
      offerStatus(vote({ id: def.id, category: def.category, weight: def.weight, evidence: { source: 'status', text: input.enhanced, start: null, end: null }, kind: 'status', variant: def.variant }));
    }
    if (!statusVote) {
      const entry = registryEntry(input.enhanced);
      if (entry?.category) {
        statusVote = vote({
          id: `status.${input.enhanced.replace(/^\d/, 'x')}`,
          category: entry.category,
          weight: entry.specific ? WEIGHTS.specificStatus : WEIGHTS.generalStatus,
          evidence: { source: 'status', text: input.enhanced, start: null, end: null },
          kind: 'status',
        });
      }
    }
  }
  if (statusVote) votes.push(statusVote);

  // The basic code, read once: a provider's own meaning, else the RFC's where it names a cause.
  if (input.code) {
    const own = table.codeOnly.find((d) => !excluded(input, d) && (!d.gated || d.provider === detected) && codeHolds(d));
    if (own) votes.push(vote({ id: own.id, category: own.category, weight: own.weight, evidence: { source: 'code', text: input.code, start: null, end: null }, kind: 'code' }));
    else {
      // As the answer to the connection itself, a code may mean something else (RFC 5321 §3.1: 554 "No SMTP service here").
      const basic = (input.command === 'connect' ? CONNECTION_CODES[input.code] : undefined) ?? BASIC_CODES[input.code];
      // RFC 3463 §2: the enhanced status refines the basic code. A 421 or 451 says the service or the processing failed
      // (RFC 5321 §4.2.3); an enhanced status of another subject beside it ("451 4.7.1 … policy rejection", "421 4.7.0")
      // says what failed, and the code's generic reading is left out.
      const agreeing = CODE_SUBJECTS[input.code];
      // …and so does, for a 421 or 451, a refusal said in words ("421 Blocked", "421 Access denied"): the service is
      // there, and refuses.
      const refused = GENERIC_FAILURE_CODES[input.code] !== undefined && hits.some((h) => h.def.id === 'policy.generic' && REFUSAL_WORDS.has(h.def.text));
      const refined = agreeing !== undefined && ((input.enhanced !== null && !agreeing.includes(input.enhanced.split('.')[1] ?? '')) || refused);
      if (basic?.category && !refined) votes.push(vote({ id: `code.${input.code}`, category: basic.category, weight: WEIGHTS.code, evidence: { source: 'code', text: input.code, start: null, end: null }, kind: 'code' }));
    }
  }

  // RFC 4954 §4: a failure in reply to AUTH refuses the login, whatever else the reply's code means ("550 User has no
  // permission" to AUTH). Worth what a code is worth: words naming another cause ("too many login attempts", "must
  // issue STARTTLS first") outweigh it.
  // (A code that names its own cause keeps it: "502 AUTH not supported" is the command not implemented.)
  if (input.command === 'AUTH' && input.code !== null && /^[45]/.test(input.code) && (BASIC_CODES[input.code]?.category ?? null) === null)
    votes.push(vote({ id: 'stage.auth', category: 'auth-required', weight: WEIGHTS.code, evidence: { source: 'code', text: `answered AUTH: ${input.code}`, start: null, end: null }, kind: 'code' }));

  // RFC 5321 §3.3: a MAIL FROM the server will not take is refused with a reply that says its reverse-path (the sender's
  // address) is not acceptable. A permanent refusal whose code names no cause of its own (550, 553, 554; 552 there is
  // RFC 1870's size limit) with nothing else to say why ("550 not local sender over smtp") is about the sender's
  // address; any word, status or code that names a cause ("please use the smtp server of your ISP", "for policy
  // reasons", "Transaction failed") outweighs it.
  if (input.command === 'MAIL FROM' && input.code !== null && /^55[034]$/.test(input.code))
    votes.push(vote({ id: 'stage.mail-from-refused', category: 'sender-rejected', weight: WEIGHTS.stepOnly, evidence: { source: 'code', text: `answered MAIL FROM: ${input.code}`, start: null, end: null }, kind: 'code' }));

  // Words, tokens and patterns.
  const wordVotes: Vote[] = [];
  for (const h of hits) {
    const def = h.def;
    if (def.status || !live(def) || !codeHolds(def)) continue;
    let weight = def.weight;
    // A documented reply carries its status: the same words with a status of another subject (5.4.1 vs 5.7.1) are
    // probably another reply, and with another detail a less certain match.
    // (A reply that quotes another server's reply, with that reply's own status next to these words — "Primary target IP
    // address responded with: 451 5.7.3 Cannot achieve …" under 4.4.0 — carries the documented status too.)
    // (X.0.0, RFC 3463's "Other undefined status", names no subject: it is no other reply's status.)
    if (def.documentedStatus && input.enhanced && !/^[245]\.0\.0$/.test(input.enhanced) && !quotesStatus(reply, def.documentedStatus)) {
      const [, dSubject, dDetail] = def.documentedStatus.split('.');
      const [, subject, detail] = input.enhanced.split('.');
      if (dSubject !== subject) continue;
      if (dDetail !== detail) weight *= WEIGHTS.ambiguous;
    }
    let kind: Vote['kind'] = def.kind;
    if (def.provider !== null && def.provider === detected && def.kind !== 'token') weight += WEIGHTS.providerBonus;
    // A sending service's short event label, in a reply that service did not give, says no more than a vague refusal.
    else if (def.label) {
      weight = Math.min(weight, WEIGHTS.weak);
      kind = 'weak';
    }
    if (reachesRanges(ranges, h.start, h.end)) weight *= FACTORS.causeClause;
    if (advice >= 0 && h.start > advice) weight *= FACTORS.advice;
    let category = def.category;
    let cap: ConfidenceLevel | undefined = def.hedged ? HEDGED_CAP : undefined;
    // Words about an address or domain that does not exist, or an account that is suspended, are about the sender
    // when the words before them say so ("Outgoing mail from example.com has been suspended") — not a sending
    // service's suppression, whose list is kept for the sender's account ("Recipient is on your account suppression
    // list"): the address on it is the recipient's.
    if ((ADDRESS_CATEGORIES.has(category) || category === 'mailbox-disabled') && def.variant !== SUPPRESSED && aboutSender(reply, h.start, h.end)) category = 'sender-rejected';
    // "Domain example.com does not exist": existence words whose subject is a domain are about the domain.
    else if (category === 'recipient-unknown' && EXISTENCE.test(reply.slice(h.start, h.end)) && domainSubject(reply, h.start)) {
      category = 'recipient-domain';
      // …but a domain said not to exist with nothing saying whose ("553 example.com does not exist": no RCPT TO, no
      // recipient, no address) may be the sender's: not sure enough to tell anyone to drop an address.
      if (input.command !== 'RCPT TO' && !WHOSE_DOMAIN.test(reply)) cap = 'medium';
    }
    // A list named without its zone is about a domain when the words before it say a domain, URL or link is listed.
    // An operator that runs both kinds, named where the words say a domain is listed or with its domain lookup link, too.
    else if (
      category === 'ip-blocklist' &&
      def.kind !== 'token' &&
      (def.kind !== 'name' || EITHER_KIND_NAMES.has(def.text)) &&
      (aboutDomain(reply, h.start) || (def.kind === 'name' && DOMAIN_LOOKUP.test(reply)))
    )
      category = 'domain-blocklist';
    // A generic list word after an e-mail address ("Sender address is on our blocklist") is the receiver refusing that
    // address as such (taxonomy: sender-rejected), not a list of IPs.
    else if (category === 'ip-blocklist' && def.origin === 'rule' && def.kind !== 'name' && aboutAddress(reply, h.start)) category = 'sender-rejected';
    wordVotes.push(vote({ id: def.id, category, weight, evidence: span(h), kind, symptom: def.symptom || SYMPTOM_CATEGORIES.has(category), own: def.provider !== null && def.provider === detected, variant: def.variant, cap, hedged: def.hedged }));
  }
  // A symptom weighs less when the reply also names a cause of another kind — the status of an outcome too (4.4.7).
  const named = (v: Vote) => !v.symptom && v.kind !== 'weak';
  const causeNamed = (category: Category) => wordVotes.some((o) => named(o) && o.category !== category);
  for (const v of wordVotes) if (v.symptom && causeNamed(v.category)) v.weight *= FACTORS.symptom;
  for (const v of votes) if ((SYMPTOM_CATEGORIES.has(v.category) || v.symptom) && causeNamed(v.category)) v.weight *= FACTORS.symptom;
  // Documented words read with their status lie inside longer words too ("Delivery not authorized" inside RFC 3463's
  // "Delivery not authorized, message refused"): as in dedupeOverlaps, the longer words were read, not the shorter.
  const sv = votes.find((v) => v.kind === 'status' && v.evidence.start !== null);
  if (sv && !sv.own && wordVotes.some((o) => o.kind !== 'weak' && o.category !== sv.category && contains(o.evidence, sv.evidence))) votes.splice(votes.indexOf(sv), 1);
  votes.push(...dedupeOverlaps(wordVotes));

  // The bounce's own line about the recipient, when the reply itself names no cause (a symptom names none: Sendmail's
  // "Can't create output" says only that the local mailer failed; the mailer's own line before it says why).
  // A speaker's label before it ("procmail: …", "mail.local: …") names the program that spoke, not a cause.
  const statedText = input.statedReason?.trim().replace(SPEAKER, '');
  if (statedText && statedText !== reply.trim() && !votes.some((v) => v.kind !== 'status' && v.kind !== 'code' && v.kind !== 'weak' && !v.symptom)) {
    const hits = findCues(statedText, table).filter((h) => !h.def.status && h.def.kind !== 'weak' && live(h.def) && !excluded(input, h.def) && codeHolds(h.def));
    // Read as the reply is: the longest words where one match lies inside another ("Service not available" inside
    // GMX's "Nemesis ESMTP Service not available"), and a symptom is one. Unlike dedupeOverlaps, longer words hide
    // shorter ones only when they weigh as much: the stated line is the only evidence, and a sending service's weaker,
    // ambiguous "Quota exceeded" must not hide the stronger "Quota exceed" of procmail's "Quota exceeded while writing".
    for (const h of hits) {
      if (hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start && o.def.weight >= h.def.weight)) continue;
      const symptom = Boolean(h.def.symptom) || SYMPTOM_CATEGORIES.has(h.def.category);
      votes.push(vote({ id: h.def.id, category: h.def.category, weight: h.def.weight * WEIGHTS.statedReason, evidence: { source: 'reply', text: statedText.slice(h.start, h.end), start: null, end: null }, kind: 'stated', cap: 'medium', symptom }));
    }
    // As in the reply itself, a symptom weighs less once a cause of another kind is named.
    const stated = votes.filter((v) => v.kind === 'stated' && !v.symptom);
    for (const v of votes) if ((v.symptom || SYMPTOM_CATEGORIES.has(v.category)) && stated.some((o) => o.category !== v.category)) v.weight *= FACTORS.symptom;
  }

  // Qualifiers re-aim the votes they apply to, and add their own.
  const qualifiedBy = new Map<Category, Qualifier>();
  const wordsSpoke = votes.some((o) => o.kind !== 'code' && o.kind !== 'status' && o.kind !== 'qualifier');
  for (const q of QUALIFIERS) {
    if (q.alone && wordsSpoke) continue;
    let applied = false;
    for (const v of votes) {
      if (v.kind === 'qualifier' || !q.applies(v, input, reply)) continue;
      v.category = q.to;
      applied = true;
    }
    if (applied) {
      const evidence: Evidence | null =
        q.id.startsWith('stage.') && input.command
          ? { source: 'code', text: `answered ${input.command}`, start: null, end: null }
          : q.id === 'fact.unconfirmed-unknown' && input.enhanced
            ? { source: 'status', text: input.enhanced, start: null, end: null }
            : null;
      votes.push(vote({ id: q.id, category: q.to, weight: WEIGHTS.qualifier, evidence: evidence ?? { source: 'code', text: q.id, start: null, end: null }, kind: 'qualifier', cap: q.cap }));
      if (!qualifiedBy.has(q.to)) qualifiedBy.set(q.to, q);
    }
  }

  // A documented text that says the words of another category are not what they seem (a DNSBL's error answer where a
  // listing would be: knowledge/types.ts `voids`) takes those votes away.
  let voided: Set<Category> | null = null;
  for (const h of hits) if (h.def.voids && live(h.def) && statusHolds(h.def)) for (const c of h.def.voids) (voided ??= new Set()).add(c);
  if (voided) for (let i = votes.length - 1; i >= 0; i--) if (voided.has((votes[i] as Vote).category)) votes.splice(i, 1);

  // Totals per category. An outcome said several ways (an expiry by its code, its status and its words) adds nothing
  // by being said again once a cause of another kind is named: its votes count as their strongest one.
  const causeNamedIn = (category: Category) => votes.some((o) => o.category !== category && !o.symptom && o.kind !== 'weak' && o.kind !== 'code' && o.kind !== 'status' && !SYMPTOM_CATEGORIES.has(o.category));
  const byCategory = new Map<Category, Vote[]>();
  for (const v of votes) {
    const list = byCategory.get(v.category);
    if (list) list.push(v);
    else byCategory.set(v.category, [v]);
  }
  const totals = [...byCategory.entries()]
    .map(([category, vs]) => {
      const best = vs.reduce((a, b) => (b.weight > a.weight ? b : a));
      // A qualifier that re-aimed the votes names the verdict (its texts say what is and is not known).
      const q = vs.find((v) => v.kind === 'qualifier');
      const variant = vs.find((v) => v.variant)?.variant;
      const outcome = (SYMPTOM_CATEGORIES.has(category) || vs.every((v) => v.symptom)) && causeNamedIn(category);
      return { category, score: outcome ? best.weight : total(vs), ruleId: q?.id ?? variant ?? best.id, best: best.weight, codeOnly: vs.every((v) => v.kind === 'code') };
    })
    // On equal scores: the stronger single piece of evidence; the reply's words before a basic reply code alone
    // ("551 … Spam message discarded": the words say spam, 551 only "user not local"); the more specific category.
    .sort((a, b) => b.score - a.score || b.best - a.best || Number(a.codeOnly) - Number(b.codeOnly) || Number(GENERIC.has(a.category)) - Number(GENERIC.has(b.category)) || a.category.localeCompare(b.category));

  const top = totals[0];
  if (!top) {
    if (input.delayed) {
      // A delay warning that names no cause: the receiving server has not accepted the message yet, and the sending
      // server is still retrying — the delivery is running out of time (Exim's "has not yet been delivered … after
      // more than 24 hours on the queue", RFC 3464 Action: delayed). What it says is the time, not a connection error.
      const v: Vote = vote({ id: 'fact.delay-without-cause', category: 'delivery-timeout', weight: WEIGHTS.qualifier, evidence: { source: 'code', text: 'delayed', start: null, end: null }, kind: 'qualifier', cap: 'low' });
      const because = 'It is a delay warning that names no cause: the receiving server has not accepted the message yet and your server is still retrying.';
      return { category: 'delivery-timeout', ruleId: v.id, score: v.weight, level: 'low', votes: [v], totals: [{ category: 'delivery-timeout', score: v.weight, ruleId: v.id }], runnerUp: null, decidedBy: 'qualifier', because };
    }
    return { category: 'unknown', ruleId: 'unknown', score: 0, level: 'low', votes: [], totals: [], runnerUp: null, decidedBy: null };
  }
  // The runner-up that says something else: not the verdict's own cause said less precisely (weights.ts BROADER_THAN).
  const second = totals.slice(1).find((t) => !BROADER_THAN[t.category]?.has(top.category)) ?? null;
  const margin = second ? (top.score - second.score) / top.score : 1;
  let level: ConfidenceLevel = top.score >= CONFIDENCE.highScore && margin >= CONFIDENCE.highMargin ? 'high' : top.score >= CONFIDENCE.mediumScore && margin >= CONFIDENCE.mediumMargin ? 'medium' : 'low';
  const winning = byCategory.get(top.category) ?? [];
  for (const v of winning) if (v.cap) level = lower(level, v.cap);
  const decidedBy = winning.reduce<Vote | null>((a, b) => (!a || b.weight > a.weight ? b : a), null)?.kind ?? null;
  // A medium verdict on the enhanced status alone, with no words of the reply for it, is STATUS_ALONE_CAP.
  if (level === 'medium' && decidedBy === 'status' && !winning.some((v) => v.kind !== 'status' && v.kind !== 'code' && v.kind !== 'qualifier')) level = STATUS_ALONE_CAP;
  // Words that say only that something happened ("mailbox unavailable", RFC 5321's text for any 550) name no cause:
  // a verdict on them alone is at most medium, whatever their weight.
  if (level === 'high' && !winning.some((v) => !v.symptom && v.kind !== 'code' && v.kind !== 'weak')) level = 'medium';
  // One reading of the words, and nothing else for it: no status, code, provider's code or list name, no second cue, not
  // the answering provider's own words, not a step of the session that agrees (weights.ts WORDS_ALONE_CAP, STEP_AGREES).
  // (Only a verdict said high is looked at: the cap changes nothing below it.)
  const wordsAlone =
    level === 'high' &&
    !(input.command && STEP_AGREES[top.category]?.includes(input.command)) &&
    !winning.some((v) => v.own || v.kind === 'token' || v.kind === 'name' || v.kind === 'status' || v.kind === 'code' || v.kind === 'qualifier') &&
    winning.filter((v) => v.kind !== 'weak').length < 2;
  if (wordsAlone) level = lower(level, WORDS_ALONE_CAP);
  // Categories whose verdicts are measured less sure than their evidence says (weights.ts CATEGORY_CAP).
  const categoryCap = CATEGORY_CAP[top.category];
  if (categoryCap) level = lower(level, categoryCap);
  // …and verdicts whose own texts say what happened but not which category it is (weights.ts VARIANT_CAP): by the
  // texts a vote carries, or by the rule that has them as its own.
  for (const v of winning) {
    const variantCap = VARIANT_CAP.get(v.variant ?? v.id);
    if (variantCap) level = lower(level, variantCap);
  }
  // The first qualifier that re-aimed votes to the verdict's category says why in words (a vote it re-aimed may have
  // been voided since: then its own vote is gone too, and it says nothing).
  const qualifier = winning.some((v) => v.kind === 'qualifier') ? qualifiedBy.get(top.category) : undefined;
  return {
    category: top.category,
    ruleId: top.ruleId,
    score: top.score,
    level,
    votes,
    totals: totals.map(({ category, score: s, ruleId }) => ({ category, score: s, ruleId })),
    runnerUp: second && second.score >= CONFIDENCE.runnerUp * top.score ? { category: second.category, score: second.score, ruleId: second.ruleId } : null,
    decidedBy,
    ...(wordsAlone ? { wordsAlone: true } : {}),
    ...(qualifier ? { because: qualifier.because(input) } : {}),
  };
}

const ORDER: Record<ConfidenceLevel, number> = { low: 0, medium: 1, high: 2 };
const lower = (a: ConfidenceLevel, b: ConfidenceLevel): ConfidenceLevel => (ORDER[a] <= ORDER[b] ? a : b);

/** Whether span `o` holds span `v` and is longer. */
function contains(o: Evidence, v: Evidence): boolean {
  return o.start !== null && v.start !== null && o.start <= v.start && (o.end as number) >= (v.end as number) && (o.end as number) - o.start > (v.end as number) - v.start;
}

/** Word votes for the same category whose spans overlap are one piece of evidence: the strongest stays. */
function dedupeOverlaps(votes: Vote[]): Vote[] {
  const kept: Vote[] = [];
  // The longest words win where one match lies inside another ("spamhaus" inside "dbl.spamhaus.org", "not found" inside
  // "domain not found"): the shorter words were read as part of the longer ones, whatever they would vote alone — unless
  // the longer words are vague (a weak vote hides nothing).
  const inside = (v: Vote) => votes.some((o) => o !== v && o.kind !== 'weak' && contains(o.evidence, v.evidence));
  for (const v of [...votes].sort((a, b) => b.weight - a.weight)) {
    if (inside(v)) continue;
    const s = v.evidence.start ?? -1;
    const e = v.evidence.end ?? -1;
    const clash = kept.some((k) => k.category === v.category && k.evidence.start !== null && s >= 0 && s < (k.evidence.end as number) && e > k.evidence.start);
    // The same rule twice in one reply is one vote too.
    if (!clash && !kept.some((k) => k.id === v.id && k.category === v.category)) kept.push(v);
  }
  return kept;
}
