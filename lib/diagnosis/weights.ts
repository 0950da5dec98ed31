/**
 * How much each kind of evidence weighs (score.ts adds them up per category). The weights are data: each says what it
 * rests on. They were set by kind of evidence, then checked with `npm run bench:corpus` on the rule-writing material
 * and on the frozen test (test/diagnosis/frozen/), never to fix one sample.
 */
import type { SmtpCommand } from '../engine/types';
import type { Category, ConfidenceLevel } from './types';

export const WEIGHTS = {
  /** A code only one provider uses, documented by it ("[TSS04]", "AS(4810)", "S3150", "5.7.708"): decisive wherever it appears. */
  token: 8,
  /** A status (or code) whose meaning the provider that answered documents ("5.7.26" from Google): its own word on it. */
  providerStatus: 6,
  /** A blocklist zone or a list's name ("zen.spamhaus.org", "SpamCop"): names the cause outright. */
  name: 6,
  /** A phrase of three words or more that names a cause ("user unknown in", "message size exceeds"). */
  longPhrase: 4,
  /** A two-word phrase ("user unknown", "mailbox full"). */
  phrase: 3,
  /** One word that belongs to one cause ("quota", "dkim", "greylisted"). */
  word: 1.5,
  /** Added to words that name the mechanism that was checked (SPF, DKIM, DMARC, greylisting): they say what failed. */
  term: 1.5,
  /** A vague rule's words ("rejected", "policy", "denied"): they say that something was refused, not why. */
  weak: 0.6,
  /**
   * An IANA enhanced status specific enough to name a cause (X.1.1, X.2.2, X.7.26): the server's own classification —
   * less than its words, which say what the server found (a "5.2.1 … User Unknown" is an unknown user).
   */
  specificStatus: 2.5,
  /** An IANA status that only says "refused" or "failed" (X.7.1, X.0.0, X.3.0). */
  generalStatus: 1,
  /** A basic reply code whose RFC meaning names a cause (530, 535, 552 …). */
  code: 1.5,
  /** A reply code an RFC defines for exactly one cause: 521 and 556, "does not accept mail" (RFC 7504). */
  definingCode: 3,
  /** A code-table entry of the provider that answered, over what its words alone would weigh. */
  providerBonus: 2,
  /** A documented phrase that other documented texts use with another meaning weighs this fraction. */
  ambiguous: 0.5,
  /** The entry's documented status agrees with the reply's status. */
  statusAgrees: 1,
  /**
   * The SMTP step a permanent refusal answered, where nothing else says why (RFC 5321 §3.3: a MAIL FROM refused is its
   * reverse-path refused): below every word, status and code, so it only stands in for "unknown".
   */
  stepOnly: 0.4,
  /** The SMTP step or the failure's class that qualified the verdict (MAIL FROM, after DATA, temporary). */
  qualifier: 2,
  /** Words in the bounce's own line about the recipient (a local mailer's line before a generic reply), not in the reply. */
  statedReason: 0.8,
} as const;

/** Multipliers by where a cue sits and what it says. */
export const FACTORS = {
  /** After "because", "due to", "since", "as a result of", "reason:" or "rejected:": the clause that names the cause. */
  causeClause: 1.5,
  /** After the reply turns to advice ("To address this issue: consider SPF…"): what might help, not what happened. */
  advice: 0.5,
  /** Words that say only that something happened ("rate limited", "gave up"), when the reply also names another cause. */
  symptom: 0.5,
  /** Each further cue for the same category adds this fraction of the one before (the strongest counts whole). */
  nextCue: 0.5,
} as const;

/**
 * Categories that are outcomes, not causes: "the sending server gave up after days" is what happened; a reply that
 * also quotes the last error ("… in the queue too long. Unable to contact LDAP server") says why.
 */
export const SYMPTOM_CATEGORIES: ReadonlySet<Category> = new Set(['delivery-timeout']);

/**
 * How sure a verdict on the enhanced status alone can be, when none of the reply's words speak for it. Servers put
 * statuses to uses the registry does not give them ("4.2.1 … you sent too many mails", "5.6.2 … no reverse DNS"):
 * such verdicts were right 13 times in 20 on the development set and the shared corpus together (medium/status rows of
 * `bench:corpus` and `bench/frozen.ts`), short of what "medium" promises (75%). High stays high: only a status the
 * answering provider documents as its own weighs enough for it (a registry status is under CONFIDENCE.highScore).
 */
export const STATUS_ALONE_CAP: ConfidenceLevel = 'low';

/**
 * How sure a verdict can be that rests on one reading of the reply's words alone: one phrase, pattern or word, with no
 * second piece of evidence for the same cause — no status or reply code that agrees, no provider's own code, no
 * blocklist's name, no second phrase, not the documented words of the provider that answered. A reader who sees the
 * whole thread often files such words under another cause (git send-email's "Unable to initialize SMTP properly" is a
 * TLS handshake as often as a connection; a list's "Too many recipients to the message" a hold as often as a limit),
 * and nothing in the bounce checks the reading. Measured on the replies collected last (the development set's rounds
 * 59–63, 220 replies): such verdicts said with high confidence were right 38 times in 44 (86%), short of what "high"
 * promises (95%), and they were 6 of the 11 wrong answers said with high confidence there; on the whole development
 * set they were 60 of 129, and all 3 that advised dropping an address for a sender-side cause. They are shown as
 * medium at most; a bounce with a status, a code, a session step (STEP_AGREES) or a second cue that agrees keeps "high"
 * ("550 5.1.1 User unknown"), and so keeps the advice to stop mailing an address that does not exist.
 */
export const WORDS_ALONE_CAP: ConfidenceLevel = 'medium';

/**
 * The SMTP steps at which a refusal agrees with a cause (RFC 5321 §3.3: the sender is named at MAIL FROM, each
 * recipient at RCPT TO, the content follows DATA; RFC 4954 AUTH, RFC 3207 STARTTLS; the connection and the greeting
 * are all a server knows of the client before that): words the server answered at such a step are read with a second
 * piece of evidence, the step itself, and are not WORDS_ALONE_CAP's one reading.
 */
export const STEP_AGREES: Partial<Record<Category, readonly SmtpCommand[]>> = {
  'recipient-unknown': ['RCPT TO'],
  'recipient-domain': ['RCPT TO'],
  'mailbox-disabled': ['RCPT TO'],
  'mailbox-full': ['RCPT TO'],
  'relay-denied': ['RCPT TO'],
  'recipient-policy': ['RCPT TO'],
  'sender-rejected': ['MAIL FROM'],
  spam: ['DATA', 'BDAT', 'end of data'],
  virus: ['DATA', 'BDAT', 'end of data'],
  'content-policy': ['DATA', 'BDAT', 'end of data'],
  'message-format': ['DATA', 'BDAT', 'end of data'],
  'message-size': ['MAIL FROM', 'DATA', 'BDAT', 'end of data'],
  'auth-required': ['AUTH'],
  'tls-required': ['STARTTLS'],
  ptr: ['connect', 'HELO', 'EHLO'],
  'ip-blocklist': ['connect', 'HELO', 'EHLO'],
};

/**
 * How sure a verdict of some categories can be, whatever evidence it rests on. `reputation` ("your IP's reputation",
 * "poor sender score", T-Online's "(BL)", Orange's LPN007_510) is the receiver's judgment of the sender, and readers
 * take the same words as a blocklist listing, a policy refusal or spam about as often: reputation verdicts said with
 * high confidence were right 10 times in 15 on the development set (`node scripts/run-ts.mjs bench/frozen.ts
 * --by-verdict`, the high/reputation row before this cap), far from what "high" promises (95%). They are shown as
 * medium at most.
 *
 * `policy` is, by the taxonomy's own words, a refusal whose cause is "not narrower than" the receiver's policy: the
 * verdict says the reply names no cause, and readers who see more (a failed login just before "Client host rejected:
 * Access denied", Apple's "[CS01] … local policy" on a blocklisted domain, a recipient's "not allowed") file the same
 * words under the cause they see. Policy verdicts said with high confidence were right 45 times in 54 on the
 * development set (83%, the high/policy row of `bench/frozen.ts --by-verdict` before this cap), short of what "high"
 * promises (95%). They are shown as medium at most, as reputation's are.
 */
/** How sure a verdict can be that rests on a documented reading the source itself hedges ("usually indicates"). */
export const HEDGED_CAP: ConfidenceLevel = 'medium';

/**
 * `unknown` says the cause is not known, even when a documented reply decides it (Postfix's "Error: no valid
 * recipients", an ESP's "unable to parse server reason"): what such a reply is can be sure, what went wrong is not,
 * and a high "Nothing in the reply matches a known cause" contradicts itself. Always low.
 */
export const CATEGORY_CAP: Partial<Record<Category, ConfidenceLevel>> = { reputation: 'medium', policy: 'medium', unknown: 'low' };

/**
 * Verdicts with texts of their own (RULE_TEXTS) whose category the service's notice leaves open: what happened is sure
 * (a sending service's suppression list refused the address; its test mode refused a recipient; it stopped sending for
 * the sender's account or domain), which category of the taxonomy it is, is not — the development set's labels file a
 * suppression as policy, unknown or recipient-unknown and a test mode as policy, relay-denied or sender-rejected. Shown
 * as medium at most, never "high".
 */
export const VARIANT_CAP: ReadonlyMap<string, ConfidenceLevel> = new Map([
  ['recipient.suppressed', 'medium'],
  ['service.test-mode', 'medium'],
  ['service.account-hold', 'medium'],
]);

/** What the margin between the verdict and the runner-up has to be for each confidence level (checked on the frozen test). */
export const CONFIDENCE = {
  /** High: a score at least this… */
  highScore: 4,
  /** …ahead of the runner-up by at least this fraction of its own score. */
  highMargin: 0.6,
  mediumScore: 2.5,
  mediumMargin: 0.3,
  /** A runner-up within this fraction of the verdict's score is shown as "or possibly". */
  runnerUp: 0.6,
} as const;

/**
 * Categories that are the same cause said less precisely (taxonomy.md: `unauthenticated` is "the message had no
 * authentication that passed, cause not narrowed"). A reply that says "unauthenticated email … due to the domain's DMARC
 * policy" agrees with itself: the broader category is no rival when the verdict's confidence is measured, and is not
 * offered as "or possibly".
 */
export const BROADER_THAN: Partial<Record<Category, ReadonlySet<Category>>> = {
  unauthenticated: new Set(['spf', 'dkim', 'dmarc']),
};

