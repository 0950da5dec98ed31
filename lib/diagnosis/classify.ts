/**
 * Classification of one failed recipient:
 *   1. the message kind (auto-reply, complaint, delivery notice) — not failures at all;
 *   2. evidence scoring (score.ts): every cue that applies — a provider's own code, the enhanced status read by its
 *      most specific interpretation, documented phrases and words, the basic code, the SMTP step — votes with its
 *      weight (weights.ts), and the highest total is the verdict; a close runner-up is kept as the alternative;
 *   3. the original message's Authentication-Results may narrow an authentication verdict (SPF vs DKIM vs DMARC).
 */
import type { MessageKind, OriginalMessage, SmtpCommand } from '../engine/types';
import { detectProvider, type ProviderHit } from './detect';
import { OWN_SERVER_TEXTS } from './knowledge/entry';
import { PROVIDERS } from './providers';
import { findZone } from './rules/blocklists';
import { score, type Vote } from './score';
import type { Category, Classification, Evidence } from './types';

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
  /** The reply was pasted or selected alone (format 'fragment'): no notice around it tells the SMTP step. */
  fragment?: boolean;
  /** Cues to leave out (the single-sample check). */
  exclude?: ReadonlySet<string>;
}

const KIND_CATEGORY: Partial<Record<MessageKind, Category>> = { 'auto-reply': 'auto-reply', complaint: 'complaint', delivered: 'delivered' };

const AUTH: ReadonlySet<Category> = new Set(['unauthenticated', 'spf', 'dkim', 'dmarc']);

/**
 * A relaying system may wrap the receiver's reply in its own words ("5.1.0 - Unknown address error 550-'5.7.1 …'" from
 * Amazon SES): the quoted inner reply is the receiver's, and it is what decides.
 */
export function innerReply(reply: string): string {
  const m = /^[245]\.\d{1,3}\.\d{1,3} - [^'"]{1,80}?\b([245]\d\d[- ]['"].{4,})$/s.exec(reply);
  return m?.[1] ? m[1].replace(/^([245]\d\d)[- ]['"]/, '$1 ').replace(/['"]\s*(?:\(delivery attempts: \d+\))?\s*$/, '') : reply;
}

export function classify(input: ClassifyInput): Classification {
  const reply = innerReply(input.reply ?? '');
  const detected = detectProvider(input.remoteHost ?? null, reply, input.recipient ?? null);
  let hit = detected;
  let provider = hit ? { id: hit.provider.id, name: hit.provider.name } : null;

  const kindCategory = input.kind ? KIND_CATEGORY[input.kind] : undefined;
  if (kindCategory) {
    return { category: kindCategory, ruleId: `kind.${kindCategory}`, provider, confidence: { level: 'high', reason: `The message is ${input.kind === 'auto-reply' ? 'an automatic reply' : input.kind === 'complaint' ? 'a spam-complaint report' : 'a delivery notice'}, not a failure.` }, evidence: [], zone: null };
  }

  const scored = (providerId: string | null) => score({ reply, code: input.code, enhanced: input.enhanced, provider: providerId, command: input.command, delayed: input.delayed, statedReason: input.reply ? input.statedReason : null, fragment: input.fragment, exclude: input.exclude });
  let s = scored(provider?.id ?? null);
  // A refusal that only the sender's own outgoing server gives is not the recipient's provider's, whatever the
  // recipient's address: a provider recognised by that address alone is dropped, and the reply read again without it
  // (a "535 authentication failed" for a Gmail address is the sender's server's; Gmail's steps for its own accounts
  // would be wrong).
  if (hit?.by === 'recipient domain' && ownServerVerdict(s.category, s.ruleId)) {
    const alone = scored(null);
    if (ownServerVerdict(alone.category, alone.ruleId)) {
      s = alone;
      hit = null;
      provider = null;
    }
  }
  const winning = s.votes.filter((v) => v.category === s.category).sort((a, b) => b.weight - a.weight);
  // A receiver's own code that decided ("5.7.708", "4.7.650": statuses only Microsoft defines; "[TSS04]") names that
  // receiver wherever it appears, however bare the paste: its delisting page and steps apply. (After the scoring: the
  // weights are those of a reply whose provider was not recognised, as before.)
  if (!hit && RECEIVER_VERDICTS.has(s.category)) {
    hit = ownCodeProvider(winning);
    if (hit) provider = { id: hit.provider.id, name: hit.provider.name };
  }
  const evidence: Evidence[] = winning.map((v) => v.evidence).filter((e) => !(e.source === 'code' && /^(?:stage|fact)\./.test(e.text)));
  if (provider && winning.some((v) => v.id.startsWith(`${provider.id}.`))) evidence.push({ source: 'provider', text: provider.name, start: null, end: null });
  const result: Classification = {
    category: s.category,
    ruleId: s.ruleId,
    provider,
    confidence: { level: s.level, reason: reasonFor(s.category, winning, s, hit?.provider ?? null, hit?.by ?? null, reply) },
    evidence,
    zone: null,
    decidedBy: s.decidedBy,
    alternative: s.runnerUp
      ? { category: s.runnerUp.category, ruleId: s.runnerUp.ruleId, evidence: s.votes.filter((v) => v.category === s.runnerUp?.category).map((v) => v.evidence) }
      : null,
  };
  if (result.category === 'ip-blocklist' || result.category === 'domain-blocklist') result.zone = findZone(reply.toLowerCase())?.match ?? null;
  if (AUTH.has(result.category)) narrowByAuthResults(result, reply, input.original);
  return result;
}

/**
 * Verdicts that only the sender's own outgoing server gives (RFC 4954: AUTH is the submission server's; the texts of the
 * sender's own side, knowledge/entry.ts OWN_SERVER_TEXTS).
 */
const ownServerVerdict = (category: Category, ruleId: string): boolean => category === 'auth-required' || OWN_SERVER_TEXTS.has(ruleId);

/**
 * Verdicts where the provider acted as the receiver judging the sender's mail, so that its own pages (delisting,
 * postmaster, its steps) are the fix. Its codes for other verdicts are often about the sender's own mailbox there
 * (Microsoft 365's 5.7.60 SendAsDenied, 5.7.139, 5.7.233) or about a third server it could not reach (4.4.316).
 */
const RECEIVER_VERDICTS: ReadonlySet<Category> = new Set(['ip-blocklist', 'domain-blocklist', 'reputation', 'spam', 'spf', 'dkim', 'dmarc', 'unauthenticated', 'ptr', 'content-policy', 'virus', 'policy']);

/** The receiving provider whose own code (a token of its table) is among the verdict's strongest votes, if any. */
function ownCodeProvider(winning: readonly Vote[]): ProviderHit | null {
  const top = winning[0]?.weight ?? 0;
  for (const v of winning) {
    // (An entry with texts of its own is about the sender's own service, not a receiver: it names no provider.)
    if (v.kind !== 'token' || v.weight < top || v.variant) continue;
    const p = PROVIDERS.find((x) => !x.sends && v.id.startsWith(`${x.id}.`));
    if (p) return { provider: p, by: 'code' };
  }
  return null;
}

/** The tables of a provider's other products, by their ids' first word (Exchange on-premises is Microsoft's). */
const SAME_MAKER: Readonly<Record<string, readonly string[]>> = { google: ['gmail'], microsoft: ['exchange', 'outlook'] };
/**
 * A rule or table entry of the provider's own: its id's first word is the provider's or one of its products', alone or
 * with a suffix ("google", "google-localized", "gmail-notice", "exchange-localized").
 */
function ownTable(id: string, providerId: string): boolean {
  const source = id.slice(0, id.indexOf('.'));
  return [providerId, ...(SAME_MAKER[providerId] ?? [])].some((p) => source === p || source.startsWith(`${p}-`));
}

/** Says in words what decided, and how sure that is. */
function reasonFor(category: Category, winning: Vote[], s: ReturnType<typeof score>, provider: { id: string; name: string } | null, by: string | null, reply: string): string {
  if (category === 'unknown') {
    const known = winning.filter((v) => v.evidence.source === 'reply');
    if (known.length) return `The reply says ${describe(known.map((v) => v.evidence))}, a documented reply that names no cause itself.`;
    return reply ? 'Nothing in the reply matches a known cause.' : 'The bounce gives no reply to read a cause from.';
  }
  const said = winning.filter((v) => v.kind !== 'qualifier');
  const words = said.filter((v) => v.evidence.source === 'reply' && v.kind !== 'stated');
  const stated = said.filter((v) => v.kind === 'stated');
  const parts: string[] = [];
  // The provider's own documented reply: evidence from its tables or its rules is among what decided (not only another
  // source's words that happen to be in its reply: a host's "has exceeded the max emails per hour" to a Gmail address).
  const own = provider !== null && said.some((v) => v.own === true || ownTable(v.id, provider.id));
  if (own && said[0]) parts.push(`${provider.name}'s documented reply: ${describe(said.map((v) => v.evidence))} (provider recognised by its ${by}).`);
  else if (words.length) {
    const weak = words.every((v) => v.kind === 'weak');
    parts.push(`The reply says ${describe(words.map((v) => v.evidence))}${weak ? ', a general word that does not name the exact rule' : ''}.`);
    const status = said.find((v) => v.evidence.source === 'status');
    if (status) parts.push(`The status code ${status.evidence.text} agrees.`);
  } else if (stated.length) parts.push(`The reply itself is general; the line before it says ${describe(stated.map((v) => v.evidence))}.`);
  else {
    const status = said.find((v) => v.evidence.source === 'status');
    const code = said.find((v) => v.evidence.source === 'code');
    if (status) parts.push(`Only the status code ${status.evidence.text} says what happened${status.weight <= 1 ? ', and it is a general one' : ''}.`);
    else if (code) parts.push(`Only the reply code ${code.evidence.text} says what happened.`);
  }
  if (s.because) parts.push(s.because);
  if (s.runnerUp) parts.push(`It could also be read as ${s.runnerUp.category.replace(/-/g, ' ')}: the evidence for that came close.`);
  if (s.wordsAlone) parts.push('Nothing else in the bounce (a status or reply code, a second phrase) confirms this reading of the words.');
  return parts.join(' ') || 'The evidence points this way, weakly.';
}

function describe(evidence: Evidence[]): string {
  const shown = evidence.filter((e) => e.source !== 'provider');
  // Each piece said once: two cues that matched the same words (a phrase and a pattern around it) quote them once, and
  // words inside another quote ("Sender address rejected" in "Sender address rejected: Access denied") go with it.
  const quotes = shown.filter((e) => e.source === 'reply').map((e) => e.text);
  const inside = (t: string) => quotes.some((o) => o.length > t.length && o.toLowerCase().includes(t.toLowerCase()));
  const parts = shown
    .filter((e) => e.source !== 'reply' || !inside(e.text))
    .map((e) => (e.source === 'reply' ? `"${e.text}"` : e.source === 'status' ? `status ${e.text}` : `code ${e.text}`))
    .filter((text, i, all) => all.indexOf(text) === i);
  return parts.join(' with ') || 'this reply';
}

/**
 * A method's result as RFC 8601 writes it ("spf=pass", "dkim=fail", "dmarc=fail"; §2.2 allows space around "=", as
 * Outlook.com's 5.7.515 lists them: "Spf= Fail , Dkim= Pass , DMARC= Pass").
 */
const METHOD_RESULT = { spf: /\bspf[ \t]{0,3}=[ \t]{0,3}([a-z]{2,10})/i, dkim: /\bdkim[ \t]{0,3}=[ \t]{0,3}([a-z]{2,10})/i, dmarc: /\bdmarc[ \t]{0,3}=[ \t]{0,3}([a-z]{2,10})/i } as const;
type Method = keyof typeof METHOD_RESULT;

/** "spf=pass", "dkim=fail", "dmarc=fail" in a text. */
function resultsIn(text: string): { spf?: string; dkim?: string; dmarc?: string } {
  const get = (method: Method) => METHOD_RESULT[method].exec(text)?.[1]?.toLowerCase();
  return { spf: get('spf'), dkim: get('dkim'), dmarc: get('dmarc') };
}

/** Reads "spf=pass", "dkim=fail", "dmarc=fail" out of Authentication-Results headers (RFC 8601). */
export function authResults(original: OriginalMessage): { spf?: string; dkim?: string; dmarc?: string; header?: string } {
  for (const header of original.authenticationResults) {
    const out = { ...resultsIn(header), header };
    if (out.spf || out.dkim || out.dmarc) return out;
  }
  return {};
}

const FAILED = new Set(['fail', 'softfail', 'none', 'permerror', 'temperror', 'neutral', 'policy']);

/**
 * dkim=fail with spf=pass narrows "unauthenticated" to DKIM, and so on; dmarc=fail confirms DMARC. The results are the
 * receiver's own, quoted in its reply ("… doesn't meet the required authentication level. Spf=Pass, Dkim=Fail,
 * DMARC=Pass"), or else the original message's Authentication-Results headers.
 */
function narrowByAuthResults(result: Classification, reply: string, original: OriginalMessage | null | undefined): void {
  const inReply = resultsIn(reply);
  const fromReply = Boolean(inReply.spf && inReply.dkim);
  const ar = fromReply ? inReply : original ? authResults(original) : {};
  if (!fromReply && !('header' in ar && ar.header)) return;
  const where = fromReply ? 'The reply shows' : 'The original message shows';
  // From the reply, the words as it wrote them ("Dkim=Fail"): the evidence quotes the reply.
  const written = (method: Method) => METHOD_RESULT[method].exec(reply)?.[0] ?? method;
  const note = (text: string, methods: Method[]) =>
    result.evidence.push(fromReply ? { source: 'reply', text: methods.map(written).join(', '), start: null, end: null } : { source: 'authentication-results', text, start: null, end: null });
  if (result.category === 'unauthenticated' || result.category === 'dmarc') {
    if (ar.dkim && FAILED.has(ar.dkim) && ar.spf === 'pass' && result.category === 'unauthenticated') {
      result.category = 'dkim';
      note(`dkim=${ar.dkim}, spf=pass`, ['dkim', 'spf']);
      result.confidence.reason += ` ${where} SPF passing and DKIM failing, so DKIM is the part to fix.`;
      return;
    }
    if (ar.spf && FAILED.has(ar.spf) && ar.dkim === 'pass' && result.category === 'unauthenticated') {
      result.category = 'spf';
      note(`spf=${ar.spf}, dkim=pass`, ['spf', 'dkim']);
      result.confidence.reason += ` ${where} DKIM passing and SPF failing, so SPF is the part to fix.`;
      return;
    }
  }
  if (ar.dmarc === 'fail') {
    note('dmarc=fail', ['dmarc']);
    if (result.category === 'dmarc') result.confidence = { level: 'high', reason: `${result.confidence.reason} ${fromReply ? 'The reply confirms' : "The original message's Authentication-Results confirm"} dmarc=fail.` };
  }
}
