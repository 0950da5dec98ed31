/**
 * Fills the texts for one diagnosis with the real sender domain, IP, recipient, selector and list, in the reader's
 * language (texts/catalog.ts; English by default). The steps' commands, links and audiences are those of texts/en.ts
 * whatever the language: a translation gives only words.
 */
import { BLOCKLIST_ZONES } from './rules/blocklists';
import { PROVIDERS } from './providers';
import { EN_KNOWLEDGE, type Knowledge, type TextPart } from './texts/catalog';
import { CATEGORY_TEXTS, FINAL_TEXTS, PROGRAM_TEXTS, PROVIDER_STEPS, RULE_TEXTS, type StepText } from './texts/en';
import { asIpv4, asSelector, fillCommand, type CommandArg } from './shell';
import { NOT_FAILURE } from './taxonomy';
import { shortName } from './title';
import { likelyMeant, TYPO_CATEGORIES } from './typo';
import type { Category, ChecklistItem } from './types';

export interface ExplainContext {
  category: Category;
  /** The rule that decided: some rules have texts of their own (RULE_TEXTS). */
  ruleId?: string;
  providerId: string | null;
  domain: string | null;
  /** Computed only when the texts ask for it. */
  ip: string | null | (() => string | null);
  recipient: string | null;
  selector: string | null;
  zone: string | null;
  remoteHost: string | null;
  /** A final failure (default), or a delay the sending server is still retrying (4xx / 4.x.x). */
  permanent?: boolean;
  /**
   * The bounce itself says so (a 5xx reply or 5.x.x status, a DSN's "Action: failed"): a category whose texts are
   * written as a delay then says that this message will not be retried (FINAL_TEXTS).
   */
  statedFinal?: boolean;
  /** The server's reply: a delisting page it names is offered instead of the list's general one. */
  reply?: string | null;
  /**
   * The text is a sending program's error message (a library's exception): a delay is then not retried by a mail
   * server's queue but only if the program queues failed mail, and is told so (temporary.programLead / programWait).
   */
  sentByProgram?: boolean;
}

/** A page the reply itself links to, for listings and reputation (often specific to the IP: "see https://…?ip=x"). */
const REPLY_URL = /https?:\/\/[^\s<>"'()[\]{}]{4,500}/i;
const REPLY_LINK_CATEGORIES: ReadonlySet<Category> = new Set(['ip-blocklist', 'domain-blocklist', 'reputation', 'spam']);

function replyLink(reply: string | null | undefined): string | null {
  const m = reply ? REPLY_URL.exec(reply) : null;
  if (!m) return null;
  // The sentence's own punctuation after the address is not part of it.
  let url = m[0];
  while (url.length > 0 && '.,;:!?'.includes(url.charAt(url.length - 1))) url = url.slice(0, -1);
  return url;
}

/** The DNS zone to look an IP up in: the one the reply names, else Spamhaus ZEN, the most used. */
const NAMED_ZONES: Readonly<Record<string, string>> = { spamhaus: 'zen.spamhaus.org', spamcop: 'bl.spamcop.net', 'barracuda reputation': 'b.barracudacentral.org' };
const DEFAULT_ZONE = { zone: 'zen.spamhaus.org', name: 'Spamhaus ZEN, the most used blocklist' };

/** 203.0.113.10 → 10.113.0.203, as DNS blocklists are queried. */
export function reversedIpv4(ip: string | null): string | null {
  const valid = asIpv4(ip);
  return valid ? valid.split('.').reverse().join('.') : null;
}

/**
 * Whether a text speaks of a final refusal (which a delay must not); "do not send the message again" does not. Each
 * language lists its own words (temporary.finalWords); a word starting with "!" is a phrase that does not count.
 */
export function speaksOfFinalRefusal(text: string, k: Knowledge = EN_KNOWLEDGE): boolean {
  let t = text.toLowerCase().replace(/not send the message again/g, '');
  for (const w of k.temporary.finalWords) if (w.startsWith('!')) t = t.split(w.slice(1)).join(' ');
  return k.temporary.finalWords.some((w) => !w.startsWith('!') && t.includes(w));
}
/** Sentences: after a full stop and a space, or after a Japanese full stop (。), which takes no space. */
const SENTENCE_END = /(?<=\.)\s+|(?<=。)/;
/** The explanation of a delay: the lead, then the category's sentences that do not speak of a final refusal. */
function asDelay(explanation: string, k: Knowledge, lead: string): string {
  const kept = explanation.split(SENTENCE_END).filter((sentence) => sentence.trim() !== '' && !speaksOfFinalRefusal(sentence, k));
  return [lead, ...kept].join(lead.endsWith('。') ? '' : ' ');
}

export interface Explained {
  whoActs: string;
  explanation: string;
  checklist: ChecklistItem[];
  prevention: string[];
  links: { label: string; url: string }[];
}


/** A step's words in the reader's language, with en.ts's command, link and audience (steps match by position). */
function localSteps(steps: readonly StepText[], words: readonly string[] | undefined): StepText[] {
  return steps.map((st, i) => ({ ...st, text: words?.[i] ?? st.text }));
}

export function explain(ctx: ExplainContext, k: Knowledge = EN_KNOWLEDGE): Explained {
  const ruleKey = ctx.ruleId && RULE_TEXTS[ctx.ruleId] ? ctx.ruleId : null;
  const final = !ruleKey && ctx.statedFinal === true && ctx.permanent !== false ? FINAL_TEXTS[ctx.category] : undefined;
  // A delay a sending program reported: no mail server's queue retries it (PROGRAM_TEXTS for the texts written so).
  const programDelay = ctx.sentByProgram === true && ctx.permanent === false && !NOT_FAILURE.has(ctx.category);
  const programText = !ruleKey && programDelay ? PROGRAM_TEXTS[ctx.category] : undefined;
  const text = ruleKey ? (RULE_TEXTS[ruleKey] as (typeof RULE_TEXTS)[string]) : final ?? programText ?? CATEGORY_TEXTS[ctx.category];
  const words: TextPart =
    (ruleKey ? k.rules[ruleKey] : final ? k.finals[ctx.category] : programText ? k.programs[ctx.category] : k.categories[ctx.category]) ?? { explanation: text.explanation, checklist: text.checklist.map((st) => st.text) };
  const provider = ctx.providerId ? PROVIDERS.find((p) => p.id === ctx.providerId) ?? null : null;
  const zone = ctx.zone ? BLOCKLIST_ZONES.find((z) => z.match === ctx.zone) ?? null : null;
  const recipientDomain = ctx.recipient?.split('@')[1] ?? null;
  const fromReply = REPLY_LINK_CATEGORIES.has(ctx.category) ? replyLink(ctx.reply) : null;
  const delist = fromReply ?? zone?.delist ?? provider?.links?.delist ?? provider?.links?.postmaster ?? null;
  const lookup = zone ? { zone: zone.match.includes('.') ? zone.match : NAMED_ZONES[zone.match] ?? null, name: zone.name } : DEFAULT_ZONE;
  const postmaster = provider?.links?.postmaster ?? provider?.links?.errors ?? null;
  const ipValue = typeof ctx.ip === 'function' ? null : ctx.ip;
  let ipResolved = typeof ctx.ip === 'function' ? undefined : ipValue;
  const ip = () => (ipResolved === undefined ? (ipResolved = (ctx.ip as () => string | null)()) : ipResolved);
  const lazy: Record<string, () => string> = {
    ip: () => ip() ?? k.values.ip,
    ipClause: () => (ip() ? ` (${ip()})` : ''),
    ipOr: () => ip() ?? '203.0.113.10',
  };
  const values: Record<string, string> = {
    who: provider ? shortName(provider.name) : k.values.who,
    domain: ctx.domain ?? k.values.domain,
    zoneClause: zone ? ` (${zone.name})` : '',
    recipient: ctx.recipient ?? k.values.recipient,
    recipientDomain: recipientDomain ?? k.values.recipientDomain,
    selectorClause: asSelector(ctx.selector) ? k.values.selectorKnown.replace('{selector}', asSelector(ctx.selector) as string) : k.values.selectorUnknown,
    delistLink: delist ?? '',
    lookupZone: lookup.zone && zone ? lookup.name : k.values.defaultZone,
    postmasterLink: postmaster ?? '',
  };
  // Values from the bounce reach a command only through fillCommand (shell.ts): validated by grammar, then quoted.
  // Built only when a step has a command (most checklists' first paint needs none of it).
  let ipArg: CommandArg | undefined;
  let built: Record<string, CommandArg> | undefined;
  const args = (): Record<string, CommandArg> => (built ??= {
    domainArg: { kind: 'hostname', value: ctx.domain, placeholder: 'your-domain.example', name: 'sender domain' },
    selectorArg: { kind: 'selector', value: ctx.selector, placeholder: 'SELECTOR', name: 'DKIM selector' },
    recipientDomainArg: { kind: 'hostname', value: recipientDomain, placeholder: 'recipient-domain.example', name: 'recipient domain' },
    recipientMxArg: { kind: 'hostname', value: ctx.remoteHost, placeholder: 'RECIPIENT-MX', name: 'remote server name' },
    get ipArg() {
      return (ipArg ??= { kind: 'ip', value: ip(), placeholder: 'YOUR.SENDING.IP', name: 'sending IP' });
    },
    // The blocklist query: the sending IP's four numbers reversed, then the list's zone (10.113.0.203.zen.spamhaus.org).
    get dnsblQueryArg() {
      const zoneName = lookup.zone ?? DEFAULT_ZONE.zone;
      const reversed = reversedIpv4(ip());
      return { kind: 'hostname' as const, value: reversed ? `${reversed}.${zoneName}` : null, placeholder: `REVERSED.SENDING.IP.${zoneName}`, name: 'sending IP (IPv4)' };
    },
  });
  const fill = (s: string) => (s.includes('{') ? s.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => values[key] ?? lazy[key]?.() ?? whole) : s);
  const providerKey = provider ? `${provider.id}:${ctx.category}` : '';
  // English needs no copying: the steps of en.ts are its words.
  const english = k === EN_KNOWLEDGE;
  // (Texts of a rule's own are about something the provider's steps for the category do not fit: the sender's own
  // service holding its account, a suppression, a delay without a cause.)
  const providerSteps = provider && (!ruleKey || text.withProviderSteps) ? (english ? (PROVIDER_STEPS[providerKey] ?? []) : localSteps(PROVIDER_STEPS[providerKey] ?? [], k.providerSteps[providerKey])) : [];
  // (A notice that is no failure — a delivery, an automatic reply — is neither a delay nor a final refusal.)
  // (Texts written for either way are a delay's only where a mail server's queue retries: a program's 4xx is told as they are.)
  const delay = ctx.permanent === false && !text.temporaryAlready && !(text.eitherWay && programDelay) && !NOT_FAILURE.has(ctx.category);
  let steps: readonly StepText[] = providerSteps.length ? [...providerSteps, ...(english ? text.checklist : localSteps(text.checklist, words.checklist))] : english ? text.checklist : localSteps(text.checklist, words.checklist);
  // A program's error is no mail server's queue: it is sent again by the program's own queue, or by hand.
  const program = delay && programDelay;
  if (program) steps = [{ text: k.temporary.programWait }, ...steps.filter((st) => !speaksOfFinalRefusal(st.text, k))];
  else if (delay) steps = [{ text: k.temporary.wait }, ...steps.filter((st) => !speaksOfFinalRefusal(st.text, k)), { text: k.temporary.ifFails }];
  // A recipient domain one keystroke from a large provider's ("gmial.com") is the likeliest cause of these: said first.
  const meant = TYPO_CATEGORIES.has(ctx.category) ? likelyMeant(recipientDomain) : null;
  if (meant) {
    values.meant = meant;
    values.meantAddress = `${ctx.recipient?.split('@')[0] ?? ''}@${meant}`;
    steps = [{ text: k.values.typo }, ...steps];
  }
  const checklist: ChecklistItem[] = steps.map((step) => {
    const item: ChecklistItem = { text: fill(step.text) };
    if (step.command) {
      const filled = fillCommand(step.command, args());
      item.command = filled.command;
      if (filled.note) item.text = `${item.text} ${k === EN_KNOWLEDGE ? filled.note : refusedNote(filled.command, step.command, args(), k)}`;
    }
    const link = step.link ? fill(step.link) : '';
    if (link) item.link = link;
    if (step.audience) item.audience = step.audience;
    return item;
  });
  // A step that only sends the reader to a page an earlier step already gave (a provider's delisting or postmaster
  // page, then the category's general "request removal" with the same page) says it twice: the earlier one stays.
  const given = new Set<string>();
  for (let i = 0; i < checklist.length; i++) {
    const { link, command } = checklist[i] as ChecklistItem;
    if (!link) continue;
    if (given.has(link) && !command) checklist.splice(i--, 1);
    else given.add(link);
  }
  const links: { label: string; url: string }[] = [];
  const named = (template: string, name: string) => template.replace(/\{(?:zone|provider)\}/g, name);
  if (fromReply) links.push({ label: k.links.reply, url: fromReply });
  if (zone) links.push({ label: named(k.links.zone, zone.name), url: zone.delist });
  if (provider?.links?.delist && provider.links.delist !== zone?.delist && !ruleKey) links.push({ label: named(k.links.delisting, shortName(provider.name)), url: provider.links.delist });
  if (provider?.links?.postmaster) links.push({ label: named(k.links.postmaster, shortName(provider.name)), url: provider.links.postmaster });
  if (provider?.links?.errors && provider.links.errors !== provider.links.postmaster) links.push({ label: named(k.links.errors, shortName(provider.name)), url: provider.links.errors });
  return {
    // (Who acts on a program's delay is who acts on a refusal: "your server keeps retrying" is not so.)
    whoActs: ((ruleKey ? k.ruleWhoActs[ruleKey] : undefined) ?? k.whoActs[ctx.category])[ctx.permanent === false && !programDelay ? 'temporary' : 'permanent'],
    explanation: fill(delay ? asDelay(words.explanation, k, program ? k.temporary.programLead : text.heldByOwnServer ? k.temporary.ownLead : k.temporary.lead) : words.explanation),
    checklist,
    prevention: words.prevention ? [...words.prevention] : [],
    links,
  };
}

/** The note for a command whose value from the bounce was refused, in the reader's language: which blank to fill. */
function refusedNote(command: string, template: string, args: Readonly<Record<string, CommandArg>>, k: Knowledge): string {
  const blanks = [...template.matchAll(/\{([a-zA-Z]+)\}/g)]
    .map((m) => args[m[1] as string])
    .filter((a): a is CommandArg => !!a && a.value !== null && a.value !== '' && command.includes(a.placeholder))
    .map((a) => a.placeholder);
  return k.values.refusedValue.replace('{placeholder}', [...new Set(blanks)].join(', '));
}
