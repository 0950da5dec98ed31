/**
 * Classification of one failed recipient, in a fixed order (the issue's contract, documented here once):
 *   1. the message kind (auto-reply, complaint, delivery notice) — not failures at all;
 *   2. the table of the provider that answered (detect.ts);
 *   3. the general phrase rules (rules/index.ts), text beating a generic code — in the reply, else in the bounce's own
 *      words about the recipient when the reply is generic;
 *   4. the enhanced status code (IANA registry, registry.ts);
 *   5. the basic reply code;
 *   6. unknown.
 * Then the qualifiers (QUALIFIERS: the SMTP step, a status that does not confirm the words, a temporary failure, a
 * delay) may change the verdict, and the original message's Authentication-Results may narrow an authentication
 * verdict (SPF vs DKIM vs DMARC).
 */
import type { MessageKind, OriginalMessage, SmtpCommand } from '../engine/types';
import { detectProvider } from './detect';
import { matchRule, wordsOf, type Facts } from './match';
import { BASIC_CODES, registryEntry } from './registry';
import { findZone } from './rules/blocklists';
import { PHRASE_RULES } from './rules/index';
import type { Category, Classification, Evidence, Rule } from './types';

export interface ClassifyInput {
  reply: string | null;
  code: string | null;
  enhanced: string | null;
  remoteHost?: string | null;
  recipient?: string | null;
  kind?: MessageKind;
  original?: OriginalMessage | null;
  command?: SmtpCommand | null;
  /** The notice is a delay warning (Action: delayed), not a final failure. */
  delayed?: boolean;
  /** The bounce's own words about this recipient besides the reply (a local mailer's line before a generic reply). */
  statedReason?: string | null;
}

const KIND_CATEGORY: Partial<Record<MessageKind, Category>> = { 'auto-reply': 'auto-reply', complaint: 'complaint', delivered: 'delivered' };

/**
 * A verdict that other facts in the bounce qualify: the words name one cause, the SMTP step the reply answered, the
 * status code or the failure's class shows another. Tried in order once the words have decided; the first that
 * applies wins, and becomes the rule that decided (texts and titles may have words of their own for it).
 */
interface Qualifier {
  id: string;
  from: readonly Category[];
  /** Limits the rule to verdicts of these rules: a provider's own table already knows what its replies mean. */
  ruleIds?: readonly string[];
  when: (input: ClassifyInput, reply: string) => boolean;
  to: Category;
  /** Unset keeps the confidence level the words gave. */
  level?: 'medium' | 'low';
  because: (input: ClassifyInput) => string;
  /** The fact that qualified the verdict, added to the evidence. */
  evidence?: (input: ClassifyInput) => Evidence | null;
}

const answered = (input: ClassifyInput): Evidence | null => (input.command ? { source: 'code', text: `answered ${input.command}`, start: null, end: null } : null);

const temporary = (input: ClassifyInput) => /^4/.test(input.enhanced ?? input.code ?? '');

/**
 * The bare words filters also answer with. More specific wording ("Unrouteable address", "The email account that you
 * tried to reach does not exist", "recipient name is not recognized") is the server's own finding, and so is
 * "No such user here", RFC 5321's own example reply to RCPT TO (appendix D).
 */
const AMBIGUOUS_UNKNOWN = /\b(?:user unknown|unknown user|no such user(?! here)|user not exist|user doesn't exist|unknown recipient|recipient unknown)\b|\bdoesn't have an? \S{1,80} account\b/i;

/** Words that place a reply at RCPT TO even when the bounce does not name the command. */
const RCPT_WORDS = /recipient address rejected|\bafter RCPT\b|\bRCPT TO\b/i;

/** The domain itself says it takes no mail (RFC 7505 null MX). */
const NO_MAIL_WORDS = /null ?mx|does(?:n't| not) (?:receive|accept) (?:e-?mail|mail)/i;

const QUALIFIERS: readonly Qualifier[] = [
  {
    // A refusal of the MAIL FROM command is about the sender's address, whatever words it uses for it.
    id: 'stage.mail-from',
    from: ['recipient-unknown', 'recipient-domain'],
    when: (input) => input.command === 'MAIL FROM',
    to: 'sender-rejected',
    because: () => 'It answered the MAIL FROM command, so it is about your sender address.',
    evidence: answered,
  },
  {
    // "User unknown" only after the content, once RCPT TO had accepted the address: the recipient side's filter
    // (Japanese carriers' sender filters are the classic case). Some servers do check addresses that late: medium.
    // Yahoo's "This user doesn't have a yahoo.com account" comes after DATA and means what it says (its own table).
    id: 'stage.after-data',
    from: ['recipient-unknown'],
    ruleIds: ['recipient.unknown'],
    when: (input) => input.command === 'DATA' || input.command === 'BDAT' || input.command === 'end of data',
    to: 'recipient-policy',
    level: 'medium',
    because: (input) =>
      `But it answered ${input.command === 'end of data' ? 'the end of the message (DATA)' : `the ${input.command} command`}, after the address had been accepted, so it is most likely the recipient's filter refusing your message rather than a missing mailbox.`,
    evidence: answered,
  },
  {
    // "User unknown" is proof of a missing address when the server said so at RCPT TO or with an X.1.x status. With a
    // generic (X.0.0) or "mailbox not accepting" (X.2.x) status, or a relayed reply with no status, and no sign of
    // RCPT TO, the same words are what many recipient-side filters answer (gateway appliances, carriers' reception
    // settings): the recipient side refused, or the address is gone — low confidence, and the texts say both.
    id: 'fact.unconfirmed-unknown',
    from: ['recipient-unknown'],
    ruleIds: ['recipient.unknown'],
    when: (input, reply) =>
      input.command !== 'RCPT TO' &&
      AMBIGUOUS_UNKNOWN.test(reply) &&
      !RCPT_WORDS.test(reply) &&
      // A status that does not confirm it, or none at all on another server's relayed reply ("550 User unknown"). The
      // reporting system's own words about its own users ("Unknown user: pat", no reply code) stay authoritative.
      (/^[45]\.(?:0\.0|2\.\d{1,3})$/.test(input.enhanced ?? '') || (input.enhanced === null && input.code !== null)),
    to: 'recipient-policy',
    level: 'low',
    because: (input) =>
      `But ${input.enhanced ? `the server's status ${input.enhanced} does not say the address is unknown` : 'no status code confirms it'}, and nothing shows the refusal came at RCPT TO: recipient-side filters use the same words, so it may be a filter refusing your message — or the address may really not exist.`,
    evidence: (input) => (input.enhanced ? { source: 'status', text: input.enhanced, start: null, end: null } : null),
  },
  {
    // "Domain not found" as a temporary failure (Gmail's "DNS Error: … NXDOMAIN" with status 4.0.0) is a DNS lookup
    // that failed for now; the sending server retries, and only a permanent failure proves the domain gone.
    id: 'fact.temporary-domain',
    from: ['recipient-domain'],
    // A null MX (RFC 7505) is the domain's own permanent "no mail here", whatever class the relay gave it.
    when: (input, reply) => temporary(input) && !NO_MAIL_WORDS.test(reply),
    to: 'network',
    level: 'medium',
    because: () => 'The failure is temporary, so the lookup may succeed later: your server keeps retrying until it gives up.',
  },
  {
    // A delay warning that names no cause ("Message will be retried for 2 more day(s)"): the receiving server could not
    // be reached or kept deferring — the sending server is still retrying.
    id: 'fact.delay-without-cause',
    from: ['unknown'],
    when: (input) => input.delayed === true,
    to: 'network',
    level: 'low',
    because: () => 'It is a delay warning that names no cause: the receiving server has not accepted the message yet and your server is still retrying.',
  },
];

const AUTH: ReadonlySet<Category> = new Set(['unauthenticated', 'spf', 'dkim', 'dmarc']);

/**
 * A relaying system may wrap the receiver's reply in its own words ("5.1.0 - Unknown address error 550-'5.7.1 …'" from
 * Amazon SES): the quoted inner reply is the receiver's, and it is what decides.
 */
export function innerReply(reply: string): string {
  const m = /^[245]\.\d{1,3}\.\d{1,3} - [^'"]{1,80}?\b([245]\d\d[- ]['"].{4,})$/s.exec(reply);
  return m?.[1] ? m[1].replace(/^([245]\d\d)[- ]['"]/, '$1 ').replace(/['"]\s*(?:\(delivery attempts: \d+\))?\s*$/, '') : reply;
}

const factsOf = (text: string, input: ClassifyInput): Facts => {
  const lower = text.toLowerCase();
  return { reply: text, lower, code: input.code, enhanced: input.enhanced, words: wordsOf(lower) };
};

/** The first general phrase rule the words match (rules/index.ts holds the order); vague rules skipped if asked. */
function firstPhraseRule(facts: Facts, skipWeak: boolean): { rule: Rule; evidence: Evidence[] } | null {
  for (const rule of PHRASE_RULES) {
    if (skipWeak && rule.weak) continue;
    const evidence = matchRule(rule, facts);
    if (evidence) return { rule, evidence };
  }
  return null;
}

export function classify(input: ClassifyInput): Classification {
  const reply = innerReply(input.reply ?? '');
  const facts = factsOf(reply, input);
  const hit = detectProvider(input.remoteHost ?? null, reply, input.recipient ?? null);
  const provider = hit ? { id: hit.provider.id, name: hit.provider.name } : null;
  const zone = () => findZone(facts.lower)?.match ?? null;

  const kindCategory = input.kind ? KIND_CATEGORY[input.kind] : undefined;
  if (kindCategory) {
    return { category: kindCategory, ruleId: `kind.${kindCategory}`, provider, confidence: { level: 'high', reason: `The message is ${input.kind === 'auto-reply' ? 'an automatic reply' : input.kind === 'complaint' ? 'a spam-complaint report' : 'a delivery notice'}, not a failure.` }, evidence: [], zone: null };
  }

  let result: Classification | null = null;
  // 2. The provider's own table.
  if (hit) {
    for (const rule of hit.provider.rules) {
      const evidence = matchRule(rule, facts);
      if (!evidence) continue;
      const level = hit.by === 'recipient domain' && !rule.phrases && !rule.patterns ? 'medium' : 'high';
      result = {
        category: rule.category,
        ruleId: rule.id,
        provider,
        confidence: { level, reason: `${hit.provider.name}'s documented reply: ${describe(evidence)} (provider recognised by its ${hit.by}).` },
        evidence: [...evidence, { source: 'provider', text: hit.provider.name, start: null, end: null }],
        zone: null,
      };
      break;
    }
  }
  // 3. Phrase rules.
  const phrase = !result && reply ? firstPhraseRule(facts, false) : null;
  if (phrase) {
    const { rule, evidence } = phrase;
    const statusCategory = registryEntry(input.enhanced);
    // A vague phrase ("rejected", "policy") says less than a specific status code: let the status decide.
    if (!(rule.weak && statusCategory?.specific && statusCategory.category)) {
      const agrees = !statusCategory || !statusCategory.specific || statusCategory.category === rule.category;
      result = {
        category: rule.category,
        ruleId: rule.id,
        provider,
        confidence: {
          // A vague word ("rejected", "policy") is never more than medium: it says that, not why.
          level: agrees && !rule.weak ? 'high' : 'medium',
          reason: !agrees
            ? `The reply says ${describe(evidence)}, although the status code ${input.enhanced} alone would point elsewhere.`
            : rule.weak
              ? `The reply says ${describe(evidence)}, a general word that does not name the exact rule.`
              : `The reply says ${describe(evidence)}.`,
        },
        evidence,
        zone: null,
      };
    }
  }
  // 3b. The reply says nothing a rule knows, but the bounce's own words about this recipient do (Sendmail's generic
  // "554 … Service unavailable" after "mail.local: unknown user: pat"). Only specific words count there.
  const stated = input.statedReason?.trim();
  const fromStated = !result && stated && stated !== reply.trim() ? firstPhraseRule(factsOf(stated, input), true) : null;
  if (fromStated) {
    result = {
      category: fromStated.rule.category,
      ruleId: fromStated.rule.id,
      provider,
      confidence: { level: 'medium', reason: `The reply itself is general; the line before it says ${describe(fromStated.evidence)}.` },
      // The words are not in the reply shown, so no span points into it.
      evidence: fromStated.evidence.map((e) => ({ ...e, start: null, end: null })),
      zone: null,
    };
  }
  // 4. The enhanced status code.
  if (!result && input.enhanced) {
    const entry = registryEntry(input.enhanced);
    if (entry?.category) {
      result = {
        category: entry.category,
        ruleId: `status.${input.enhanced.replace(/^\d/, 'x')}`,
        provider,
        confidence: {
          level: entry.specific ? 'medium' : 'low',
          reason: `Only the status code ${input.enhanced} says what happened${entry.specific ? '' : ', and it is a general one'}.`,
        },
        evidence: [{ source: 'status', text: input.enhanced, start: null, end: null }],
        zone: null,
      };
    }
  }
  // 5. The basic code.
  if (!result && input.code) {
    const basic = BASIC_CODES[input.code];
    if (basic?.category) {
      result = {
        category: basic.category,
        ruleId: `code.${input.code}`,
        provider,
        confidence: { level: 'low', reason: `Only the reply code ${input.code} ("${basic.meaning}") says what happened.` },
        evidence: [{ source: 'code', text: input.code, start: null, end: null }],
        zone: null,
      };
    }
  }
  // 6. Unknown.
  result ??= {
    category: 'unknown',
    ruleId: 'unknown',
    provider,
    confidence: { level: 'low', reason: reply ? 'Nothing in the reply matches a known cause.' : 'The bounce gives no reply to read a cause from.' },
    evidence: [],
    zone: null,
  };

  // The SMTP step, the status code or the failure's class can say more than the words (QUALIFIERS).
  const qualifier = QUALIFIERS.find((q) => q.from.includes(result.category) && (!q.ruleIds || q.ruleIds.includes(result.ruleId)) && q.when(input, reply));
  if (qualifier) {
    const extra = qualifier.evidence?.(input);
    if (extra) result.evidence.push(extra);
    result.confidence = { level: qualifier.level ?? result.confidence.level, reason: `${result.confidence.reason} ${qualifier.because(input)}` };
    result.category = qualifier.to;
    result.ruleId = qualifier.id;
  }
  if (result.category === 'ip-blocklist' || result.category === 'domain-blocklist') result.zone = zone();
  if (AUTH.has(result.category) && input.original) narrowByAuthResults(result, input.original);
  return result;
}

function describe(evidence: Evidence[]): string {
  const parts = evidence
    .filter((e) => e.source !== 'provider')
    .map((e) => (e.source === 'reply' ? `"${e.text}"` : e.source === 'status' ? `status ${e.text}` : `code ${e.text}`));
  return parts.join(' with ') || 'this reply';
}

/** Reads "spf=pass", "dkim=fail", "dmarc=fail" out of Authentication-Results headers (RFC 8601). */
export function authResults(original: OriginalMessage): { spf?: string; dkim?: string; dmarc?: string; header?: string } {
  for (const header of original.authenticationResults) {
    const get = (method: string) => new RegExp(`\\b${method}=([a-z]{2,10})`, 'i').exec(header)?.[1]?.toLowerCase();
    const out = { spf: get('spf'), dkim: get('dkim'), dmarc: get('dmarc'), header };
    if (out.spf || out.dkim || out.dmarc) return out;
  }
  return {};
}

const FAILED = new Set(['fail', 'softfail', 'none', 'permerror', 'temperror', 'neutral', 'policy']);

/** dkim=fail with spf=pass narrows "unauthenticated" to DKIM, and so on; dmarc=fail confirms DMARC. */
function narrowByAuthResults(result: Classification, original: OriginalMessage): void {
  const ar = authResults(original);
  if (!ar.header) return;
  const note = (text: string) => result.evidence.push({ source: 'authentication-results', text, start: null, end: null });
  if (result.category === 'unauthenticated' || result.category === 'dmarc') {
    if (ar.dkim && FAILED.has(ar.dkim) && ar.spf === 'pass' && result.category === 'unauthenticated') {
      result.category = 'dkim';
      note(`dkim=${ar.dkim}, spf=pass`);
      result.confidence.reason += ' The original message shows SPF passing and DKIM failing, so DKIM is the part to fix.';
      return;
    }
    if (ar.spf && FAILED.has(ar.spf) && ar.dkim === 'pass' && result.category === 'unauthenticated') {
      result.category = 'spf';
      note(`spf=${ar.spf}, dkim=pass`);
      result.confidence.reason += ' The original message shows DKIM passing and SPF failing, so SPF is the part to fix.';
      return;
    }
  }
  if (ar.dmarc === 'fail') {
    note('dmarc=fail');
    if (result.category === 'dmarc') result.confidence = { level: 'high', reason: `${result.confidence.reason} The original message's Authentication-Results confirm dmarc=fail.` };
  }
}
