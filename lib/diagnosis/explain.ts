/** Fills the texts (texts/en.ts) for one diagnosis with the real sender domain, IP, recipient, selector and list. */
import { BLOCKLIST_ZONES } from './rules/blocklists';
import { PROVIDERS } from './providers';
import { CATEGORY_TEXTS, PROVIDER_STEPS, RULE_TEXTS, WHO_ACTS } from './texts/en';
import { asSelector, fillCommand, type CommandArg } from './shell';
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
  const delist = zone?.delist ?? provider?.links?.delist ?? provider?.links?.postmaster ?? null;
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
    selectorOr: asSelector(ctx.selector) ?? 'the one your provider gave you',
    delistLink: delist ?? '',
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
  };
  const fill = (s: string) => (s.includes('{') ? s.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => values[key] ?? lazy[key]?.() ?? whole) : s);
  const providerSteps = provider ? PROVIDER_STEPS[`${provider.id}:${ctx.category}`] ?? [] : [];
  const checklist: ChecklistItem[] = [...providerSteps, ...text.checklist].map((step) => {
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
  if (zone) links.push({ label: `${zone.name}: check and request removal`, url: zone.delist });
  if (provider?.links?.delist && provider.links.delist !== zone?.delist) links.push({ label: `${shortName(provider.name)} delisting`, url: provider.links.delist });
  if (provider?.links?.postmaster) links.push({ label: `${shortName(provider.name)} postmaster`, url: provider.links.postmaster });
  if (provider?.links?.errors && provider.links.errors !== provider.links.postmaster) links.push({ label: `${shortName(provider.name)} error codes`, url: provider.links.errors });
  return {
    whoActs: WHO_ACTS[ctx.category][ctx.permanent === false ? 'temporary' : 'permanent'],
    explanation: fill(text.explanation),
    checklist,
    prevention: text.prevention ? [...text.prevention] : [],
    links,
  };
}
