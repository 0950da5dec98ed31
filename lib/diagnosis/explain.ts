/** Fills the texts (texts/en.ts) for one diagnosis with the real sender domain, IP, recipient, selector and list. */
import { BLOCKLIST_ZONES } from './rules/blocklists';
import { PROVIDERS } from './providers';
import { CATEGORY_TEXTS, PROVIDER_STEPS, RULE_TEXTS, TEMPORARY, WHO_ACTS, type StepText } from './texts/en';
import { asIpv4, asSelector, fillCommand, type CommandArg } from './shell';
import { shortName } from './title';
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
  /** The server's reply: a delisting page it names is offered instead of the list's general one. */
  reply?: string | null;
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

/** Whether a text speaks of a final refusal (which a delay must not); "do not send the message again" does not. */
export function speaksOfFinalRefusal(text: string): boolean {
  const t = text.toLowerCase().replace(/not send the message again/g, '');
  return TEMPORARY.finalWords.some((w) => t.includes(w));
}
const isFinal = speaksOfFinalRefusal;
/** The explanation of a delay: the lead, then the category's sentences that do not speak of a final refusal. */
function asDelay(explanation: string): string {
  const kept = explanation.split(/(?<=\.)\s+/).filter((sentence) => !isFinal(sentence));
  return [TEMPORARY.lead, ...kept].join(' ');
}

export interface Explained {
  whoActs: string;
  explanation: string;
  checklist: ChecklistItem[];
  prevention: string[];
  links: { label: string; url: string }[];
}


export function explain(ctx: ExplainContext): Explained {
  const text = (ctx.ruleId ? RULE_TEXTS[ctx.ruleId] : undefined) ?? CATEGORY_TEXTS[ctx.category];
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
    ip: () => ip() ?? 'your sending IP',
    ipClause: () => (ip() ? ` (${ip()})` : ''),
    ipOr: () => ip() ?? '203.0.113.10',
  };
  const values: Record<string, string> = {
    who: provider ? shortName(provider.name) : 'The receiving server',
    domain: ctx.domain ?? 'your domain',
    zoneClause: zone ? ` (${zone.name})` : '',
    recipient: ctx.recipient ?? 'the recipient',
    recipientDomain: recipientDomain ?? "the recipient's domain",
    selectorClause: asSelector(ctx.selector)
      ? `selector ${asSelector(ctx.selector)}, from your message's DKIM signature`
      : 'the bounce does not show your selector: replace SELECTOR with the one your provider gave you',
    delistLink: delist ?? '',
    lookupZone: lookup.zone ? lookup.name : DEFAULT_ZONE.name,
    postmasterLink: postmaster ?? '',
  };
  // Values from the bounce reach a command only through fillCommand (shell.ts): validated by grammar, then quoted.
  let ipArg: CommandArg | undefined;
  const args: Record<string, CommandArg> = {
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
  };
  const fill = (s: string) => (s.includes('{') ? s.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => values[key] ?? lazy[key]?.() ?? whole) : s);
  const providerSteps = provider ? PROVIDER_STEPS[`${provider.id}:${ctx.category}`] ?? [] : [];
  const delay = ctx.permanent === false && !text.temporaryAlready;
  let steps: readonly StepText[] = [...providerSteps, ...text.checklist];
  if (delay) steps = [TEMPORARY.wait, ...steps.filter((st) => !isFinal(st.text)), { text: TEMPORARY.ifFails }];
  const checklist: ChecklistItem[] = steps.map((step) => {
    const item: ChecklistItem = { text: fill(step.text) };
    if (step.command) {
      const filled = fillCommand(step.command, args);
      item.command = filled.command;
      if (filled.note) item.text = `${item.text} ${filled.note}`;
    }
    const link = step.link ? fill(step.link) : '';
    if (link) item.link = link;
    if (step.audience) item.audience = step.audience;
    return item;
  });
  const links: { label: string; url: string }[] = [];
  if (fromReply) links.push({ label: 'The page the reply names', url: fromReply });
  if (zone) links.push({ label: `${zone.name}: check and request removal`, url: zone.delist });
  if (provider?.links?.delist && provider.links.delist !== zone?.delist) links.push({ label: `${shortName(provider.name)} delisting`, url: provider.links.delist });
  if (provider?.links?.postmaster) links.push({ label: `${shortName(provider.name)} postmaster`, url: provider.links.postmaster });
  if (provider?.links?.errors && provider.links.errors !== provider.links.postmaster) links.push({ label: `${shortName(provider.name)} error codes`, url: provider.links.errors });
  return {
    whoActs: WHO_ACTS[ctx.category][ctx.permanent === false ? 'temporary' : 'permanent'],
    explanation: fill(delay ? asDelay(text.explanation) : text.explanation),
    checklist,
    prevention: text.prevention ? [...text.prevention] : [],
    links,
  };
}
