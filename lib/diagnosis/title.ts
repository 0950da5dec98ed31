/** The one-line title of a diagnosis: small enough for the content script, which shows it on the card at once. */
import { PROVIDERS } from './providers';
import { BLOCKLIST_ZONES } from './rules/blocklists';
import { PROVIDER_TITLES, RULE_TITLES, TITLES, UNNAMED_TITLES } from './texts/titles';
import type { Category } from './types';
import { likelyMeant, TYPO_CATEGORIES } from './typo';

/** The title tables and fill-in words of one language (texts/catalog.ts); English by default. */
export interface TitleWords {
  titles: Readonly<Record<Category, string>>;
  providerTitles: Readonly<Record<string, string>>;
  ruleTitles: Readonly<Record<string, string>>;
  unnamedTitles: Readonly<Record<string, string>>;
  values: { who: string; domain: string; recipient: string; recipientDomain: string; didYouMean: string };
}

const EN_TITLES: TitleWords = {
  titles: TITLES,
  providerTitles: PROVIDER_TITLES,
  ruleTitles: RULE_TITLES,
  unnamedTitles: UNNAMED_TITLES,
  values: { who: 'The receiving server', domain: 'your domain', recipient: 'the recipient', recipientDomain: "the recipient's domain", didYouMean: ' — did you mean {meantAddress}?' },
};

export function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '');
}

export function titleFor(ctx: { category: Category; providerId: string | null; domain: string | null; recipient: string | null; zone: string | null; ruleId?: string }, words: TitleWords = EN_TITLES): string {
  const { titles: TITLES, providerTitles: PROVIDER_TITLES, ruleTitles: RULE_TITLES, unnamedTitles: UNNAMED_TITLES } = words;
  const provider = ctx.providerId ? PROVIDERS.find((p) => p.id === ctx.providerId) ?? null : null;
  const zone = ctx.zone ? BLOCKLIST_ZONES.find((z) => z.match === ctx.zone) ?? null : null;
  const values: Record<string, string> = {
    who: provider ? shortName(provider.name) : words.values.who,
    domain: ctx.domain ?? words.values.domain,
    recipient: ctx.recipient ?? words.values.recipient,
    recipientDomain: ctx.recipient?.split('@')[1] ?? words.values.recipientDomain,
    zoneClause: zone ? ` (${zone.name})` : '',
  };
  const ruleKey = ctx.ruleId && RULE_TITLES[ctx.ruleId] ? ctx.ruleId : null;
  const providerKey = provider && PROVIDER_TITLES[`${provider.id}:${ctx.category}`] ? `${provider.id}:${ctx.category}` : null;
  let template = (ruleKey ? RULE_TITLES[ruleKey] : providerKey ? PROVIDER_TITLES[providerKey] : TITLES[ctx.category]) as string;
  // A bounce that does not name the recipient gets a title written for that, not "The address the recipient…".
  if (!ctx.recipient && /\{recipient(?:Domain)?\}/.test(template)) template = UNNAMED_TITLES[ruleKey ?? providerKey ?? ctx.category] ?? template;
  // Capitalize the template's own first word, never a filled-in value: "pat@example.com was refused", not "Pat@…".
  const capitalised = template.charAt(0).toUpperCase() + template.slice(1);
  // The generic "The receiving server" starts a sentence; inside one it is "the receiving server" (a name stays as is).
  const title = capitalised.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string, at: number) =>
    key === 'who' && !provider && at > 0 ? values.who!.charAt(0).toLowerCase() + values.who!.slice(1) : values[key] ?? whole,
  );
  // A recipient domain one keystroke from a large provider's ("gmial.com") is said at once, on the card too (typo.ts).
  const meant = TYPO_CATEGORIES.has(ctx.category) ? likelyMeant(ctx.recipient?.split('@')[1]) : null;
  return meant ? title + words.values.didYouMean.replace('{meantAddress}', `${ctx.recipient?.split('@')[0] ?? ''}@${meant}`) : title;
}
