/**
 * The knowledge texts as one translatable table: every title, cause, explanation, who-acts line, checklist step,
 * prevention advice, provider step, registry title and the words explain.ts fills in, keyed as in English (en.ts,
 * titles.ts, registry-titles.ts). A translation (de.ts, fr.ts, es.ts, pt-BR.ts, ja.ts beside en.ts) gives the same
 * keys in its language; steps keep their position, so each step's command, link and audience stay those of en.ts.
 * What is not words (commands, links, which rule decides) never leaves en.ts.
 */
import { CLASS_MEANING, REGISTRY_TITLES } from '../registry-titles';
import type { Category } from '../types';
import { CATEGORY_TEXTS, FINAL_TEXTS, PROGRAM_TEXTS, PROVIDER_STEPS, RULE_TEXTS, RULE_WHO_ACTS, TEMPORARY, WHO_ACTS, type CategoryText, type StepText, type WhoActs } from './en';
import { PROVIDER_TITLES, RULE_TITLES, TITLES, UNNAMED_TITLES } from './titles';

export interface TextPart {
  explanation: string;
  checklist: readonly string[];
  prevention?: readonly string[];
}

export interface Knowledge {
  titles: Readonly<Record<Category, string>>;
  providerTitles: Readonly<Record<string, string>>;
  ruleTitles: Readonly<Record<string, string>>;
  unnamedTitles: Readonly<Record<string, string>>;
  categories: Readonly<Record<Category, TextPart>>;
  rules: Readonly<Record<string, TextPart>>;
  /** A category's texts for a bounce that says the failure is final, where its own are written as a delay (en.ts FINAL_TEXTS). */
  finals: Readonly<Partial<Record<Category, TextPart>>>;
  /** A category's texts for a delay a sending program reported, where its own say a mail server retries (en.ts PROGRAM_TEXTS). */
  programs: Readonly<Partial<Record<Category, TextPart>>>;
  providerSteps: Readonly<Record<string, readonly string[]>>;
  whoActs: Readonly<Record<Category, WhoActs>>;
  /** Who does what for a verdict with texts of its own, where its category's line would mislead (en.ts RULE_WHO_ACTS). */
  ruleWhoActs: Readonly<Record<string, WhoActs>>;
  temporary: {
    lead: string;
    wait: string;
    ifFails: string;
    /** The lead and first step of a delay a sending program reported (a library's exception): no server retries it. */
    programLead: string;
    programWait: string;
    /** The lead of a delay the sender's own server holds (en.ts TEMPORARY.ownLead). */
    ownLead: string;
    /** A sentence or step with one of these words belongs to a final refusal, and a delay leaves it out. */
    finalWords: readonly string[];
  };
  registry: Readonly<Record<string, string>>;
  classMeaning: Readonly<Record<string, string>>;
  /** A specific code the registry does not list: {meaning} is its class's meaning. */
  unlisted: string;
  /** What explain.ts and title.ts fill in when the bounce does not say. */
  values: {
    who: string;
    domain: string;
    recipient: string;
    recipientDomain: string;
    ip: string;
    selectorKnown: string;
    selectorUnknown: string;
    defaultZone: string;
    /** A value from the bounce that cannot go into a command: {placeholder} is what the reader types instead. */
    refusedValue: string;
    /** The recipient's domain is one keystroke from a large provider's (typo.ts): {meant}, {meantAddress}. */
    typo: string;
    /** Added to the title when typo.ts finds the address likely meant: {meantAddress}. */
    didYouMean: string;
  };
  links: { reply: string; zone: string; delisting: string; postmaster: string; errors: string };
  /** The confidence's reason, said from the evidence (English keeps the classifier's own sentence). */
  reason: {
    provider: string;
    reply: string;
    statusAgrees: string;
    statusOnly: string;
    codeOnly: string;
    authResults: string;
    alternative: string;
    none: string;
    noReply: string;
    notFailure: string;
    quote: string;
    status: string;
    code: string;
  };
}

const part = (t: CategoryText): TextPart => ({ explanation: t.explanation, checklist: t.checklist.map((s) => s.text), ...(t.prevention ? { prevention: [...t.prevention] } : {}) });
function mapValues<T, U>(table: Readonly<Record<string, T>>, f: (v: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [k, v] of Object.entries(table)) out[k] = f(v);
  return out;
}

export const EN_KNOWLEDGE: Knowledge = {
  titles: TITLES,
  providerTitles: PROVIDER_TITLES,
  ruleTitles: RULE_TITLES,
  unnamedTitles: UNNAMED_TITLES,
  categories: mapValues(CATEGORY_TEXTS, part) as Record<Category, TextPart>,
  rules: mapValues(RULE_TEXTS, part),
  finals: mapValues(FINAL_TEXTS as Record<string, CategoryText>, part),
  programs: mapValues(PROGRAM_TEXTS as Record<string, CategoryText>, part),
  providerSteps: mapValues(PROVIDER_STEPS, (steps: readonly StepText[]) => steps.map((s) => s.text)),
  whoActs: WHO_ACTS,
  ruleWhoActs: RULE_WHO_ACTS,
  temporary: { lead: TEMPORARY.lead, wait: TEMPORARY.wait.text, ifFails: TEMPORARY.ifFails, programLead: TEMPORARY.programLead, programWait: TEMPORARY.programWait, ownLead: TEMPORARY.ownLead, finalWords: TEMPORARY.finalWords },
  registry: REGISTRY_TITLES,
  classMeaning: CLASS_MEANING,
  unlisted: '{meaning} (a code the registry does not list)',
  values: {
    who: 'The receiving server',
    domain: 'your domain',
    recipient: 'the recipient',
    recipientDomain: "the recipient's domain",
    ip: 'your sending IP',
    selectorKnown: "selector {selector}, from your message's DKIM signature",
    selectorUnknown: 'the bounce does not show your selector: replace SELECTOR with the one your provider gave you',
    defaultZone: 'Spamhaus ZEN, the most used blocklist',
    refusedValue: '(A value in the bounce is not valid in this command; replace {placeholder}.)',
    typo: 'Check the address: {recipientDomain} looks like a misspelling of {meant}. If the recipient meant {meantAddress}, write to that address instead.',
    didYouMean: ' — did you mean {meantAddress}?',
  },
  links: {
    reply: 'The page the reply names',
    zone: '{zone}: check and request removal',
    delisting: '{provider} delisting',
    postmaster: '{provider} postmaster',
    errors: '{provider} error codes',
  },
  reason: {
    provider: "{provider}'s documented reply: {evidence}.",
    reply: 'The reply says {evidence}.',
    statusAgrees: 'The status code {status} agrees.',
    statusOnly: 'Only the status code {status} says what happened.',
    codeOnly: 'Only the reply code {code} says what happened.',
    authResults: "The original message's Authentication-Results show {result}.",
    alternative: 'It could also be: {title}.',
    none: 'Nothing in the reply matches a known cause.',
    noReply: 'The bounce gives no reply to read a cause from.',
    notFailure: 'The message is not a failure: {title}.',
    quote: '"{text}"',
    status: 'status {status}',
    code: 'code {code}',
  },
};

/** Paths whose lists are a language's own (compared as one key by the key check). */
export const FREE_LISTS = ['temporary.finalWords'] as const;
