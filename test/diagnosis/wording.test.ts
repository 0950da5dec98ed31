/**
 * Every category's texts, read as a user reads them: for each category and each rule with texts of its own, with
 * and without the details (recipient, domain, IP, selector, provider), final and temporary — no unfilled placeholder,
 * no doubled prefix, no internal id, US spelling, steps that are actions, temporary texts that never speak of a final
 * refusal and final ones that never say the server is still trying.
 */
import { describe, expect, it } from 'vitest';
import { explain, speaksOfFinalRefusal } from '../../lib/diagnosis/explain';
import { PROVIDERS } from '../../lib/diagnosis/providers';
import { CATEGORIES, NOT_FAILURE } from '../../lib/diagnosis/taxonomy';
import { CAUSE_WORDS } from '../../lib/diagnosis/texts/causes';
import { RULE_TEXTS, TEMPORARY, WHO_ACTS } from '../../lib/diagnosis/texts/en';
import { RULE_TITLES } from '../../lib/diagnosis/texts/titles';
import { titleFor } from '../../lib/diagnosis/title';
import { DELAY_ONLY_RULES } from '../../lib/diagnosis/verdict';
import { loadKnowledge } from '../../lib/diagnosis/texts/load';
import type { Category } from '../../lib/diagnosis/types';

const AUDIENCE_PREFIX = { 'own-server': 'If you run your own mail server: ', 'mail-provider': 'If you use a mail provider: ' } as const;
const IDS = new RegExp(`(?<![\\w.@/-])(?:${[...CATEGORIES].filter((c) => c.includes('-')).join('|')}|fact\\.[a-z-]+|recipient\\.[a-z-]+|retry-later|fix-then-resend|never-resend|nothing-to-do)(?![\\w-])`);
const BRITISH = /\b(?:\w*(?:organis|recognis|authoris|customis|prioritis|minimis|maximis|normalis|initialis|capitalis|finalis)(?:e|ed|es|ing|ation|ations)\b|analys(?:e|ed|es|ing)\b|behaviour|colour|favour|honour|centre\b|misspelt|\bspelt\b|catalogue|labelled|cancelled|travelled|defence|offence)/i;
/** What a step may start with: a verb, or a condition before one. */
const ACTION = /^(?:(?:If|Before|For) [^:,]+[,:] )?(?:Add|Allow|Ask|Check|Compress|Find|Fix|Keep|Let|Look|Make|Open|Read|Register|Remove|Scan|Send|Set|Share|Sign|Slow|Spread|Stop|Take|Turn|Try|Use|Wait|Publish|Gmail's rules|Mimecast|Proofpoint|au phones)\b/i;

interface Seen {
  where: string;
  text: string;
}

function walk(): { texts: Seen[]; steps: (Seen & { audience?: string; temporary: boolean; statedFinal: boolean })[]; explanations: (Seen & { temporary: boolean; statedFinal: boolean })[] } {
  const texts: Seen[] = [];
  const steps: (Seen & { audience?: string; temporary: boolean; statedFinal: boolean })[] = [];
  const explanations: (Seen & { temporary: boolean; statedFinal: boolean })[] = [];
  const contexts = [
    { recipient: 'pat@dest.example', domain: 'shop.example', ip: '203.0.113.5', selector: 's1', zone: 'zen.spamhaus.org', remoteHost: 'mx.dest.example' },
    { recipient: null, domain: null, ip: null, selector: null, zone: null, remoteHost: null },
    // A mistyped provider domain adds a step of its own (typo.ts).
    { recipient: 'pat@gmial.com', domain: 'shop.example', ip: null, selector: null, zone: null, remoteHost: null },
  ];
  const rules: (string | undefined)[] = [undefined, ...Object.keys(RULE_TEXTS)];
  for (const category of CATEGORIES) {
    for (const providerId of [null, ...PROVIDERS.map((p) => p.id)]) {
      for (const ruleId of rules) {
        for (const c of contexts) {
          // Final as the bounce says it (a 5xx reply, "Action: failed"), final by default (no code), temporary.
          for (const [permanent, statedFinal] of [[true, true], [true, false], [false, false]] as const) {
            const where = `${category}${providerId ? ` · ${providerId}` : ''}${ruleId ? ` · ${ruleId}` : ''}${c.recipient ? '' : ' · unnamed'} · ${permanent ? (statedFinal ? 'stated final' : 'final') : 'temporary'}`;
            const e = explain({ category, ruleId, providerId, domain: c.domain, ip: c.ip, recipient: c.recipient, selector: c.selector, zone: c.zone, remoteHost: c.remoteHost, permanent, statedFinal });
            const title = titleFor({ category, providerId, domain: c.domain, recipient: c.recipient, zone: c.zone, ruleId });
            texts.push({ where: `${where} title`, text: title }, { where: `${where} who`, text: e.whoActs }, ...e.prevention.map((p) => ({ where: `${where} prevention`, text: p })), ...e.links.map((l) => ({ where: `${where} link`, text: l.label })));
            // A notice that is no failure (a delivery, an automatic reply) is neither delayed nor final: not a delay's texts.
            const delayed = !permanent && !NOT_FAILURE.has(category);
            explanations.push({ where, text: e.explanation, temporary: delayed, statedFinal });
            for (const s of e.checklist) steps.push({ where, text: s.text, audience: s.audience, temporary: delayed, statedFinal });
          }
        }
      }
    }
  }
  for (const [k, w] of Object.entries(CAUSE_WORDS)) texts.push({ where: `cause ${k}`, text: w.one }, { where: `cause ${k}`, text: w.many.replace('{n}', '3') });
  return { texts, steps, explanations };
}

const all = walk();
const everything = [...all.texts, ...all.steps, ...all.explanations];

describe("every category's texts", () => {
  it(`walks ${CATEGORIES.length} categories, ${Object.keys(RULE_TEXTS).length} rule texts, ${PROVIDERS.length} providers: ${everything.length} texts`, () => {
    expect(everything.length).toBeGreaterThan(10_000);
  });

  it('leave no placeholder unfilled', () => {
    expect(everything.filter((t) => /\{[a-zA-Z]+\}/.test(t.text)).map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
  });

  it('never double a prefix ("If you use a mail provider: If you use a mail provider…")', () => {
    const doubled = all.steps.filter((s) => s.audience && /^If you (?:use|run)\b/i.test(s.text));
    expect(doubled.map((s) => `${s.where}: ${AUDIENCE_PREFIX[s.audience as keyof typeof AUDIENCE_PREFIX]}${s.text}`).slice(0, 5)).toEqual([]);
  });

  it('never show an internal id', () => {
    expect(everything.filter((t) => IDS.test(t.text)).map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
  });

  it('are in US English', () => {
    expect(everything.filter((t) => BRITISH.test(t.text)).map((t) => `${t.where}: ${t.text.match(BRITISH)?.[0]}`).slice(0, 5)).toEqual([]);
  });

  it('never read "the address the recipient" or "the spelling of the recipient"', () => {
    expect(everything.filter((t) => /address the recipient|spelling of the recipient|domain the recipient/i.test(t.text)).map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
  });

  it('make every step an action', () => {
    const facts = [...new Set(all.steps.filter((s) => !ACTION.test(s.text)).map((s) => s.text))];
    expect(facts.slice(0, 5)).toEqual([]);
  });

  it('tell a delay as a delay: no final refusal in temporary texts, no retrying in final ones', () => {
    const isFinal = speaksOfFinalRefusal;
    const finalInTemporary = [...all.explanations, ...all.steps].filter((t) => t.temporary && isFinal(t.text) && t.text !== TEMPORARY.ifFails);
    expect(finalInTemporary.map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
    const retryingInFinal = all.explanations.filter((t) => !t.temporary && /this is a delay|not a final failure|keeps retrying on its own/i.test(t.text));
    expect(retryingInFinal.map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
    for (const c of CATEGORIES) expect(WHO_ACTS[c].permanent, c).not.toMatch(/keeps retrying|No one yet/);
  });

  it('never tell a bounce that says it is final to wait for a retry: the server gave up on that message', () => {
    // (The rules written for a delay notice decide only on one.)
    const delayRules = Object.entries(RULE_TEXTS).filter(([, t]) => t.temporaryAlready).map(([id]) => ` · ${id}`);
    const waiting = [...all.explanations, ...all.steps].filter((t) => t.statedFinal && !delayRules.some((r) => t.where.includes(r)) && /let your server retry|your server retries|retries (?:deferred mail|by itself)|keeps (?:retrying|trying)/i.test(t.text));
    expect(waiting.map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
    // And the texts written as a delay are the ones that change: a limit and an unreachable server are told as final.
    const told = (category: Category) => all.explanations.find((t) => t.statedFinal && t.where === `${category} · stated final`)?.text;
    expect(told('rate-limit')).toMatch(/refused, not deferred: it will not be retried/);
    expect(told('network')).toMatch(/your server has stopped trying: this message was not delivered/);
    expect(told('greylisting')).toMatch(/your server has stopped trying: this message was not delivered/);
  });

  it("name in verdict.ts exactly the rules whose texts are written for a delay (they give way on a final bounce)", () => {
    expect([...DELAY_ONLY_RULES].sort()).toEqual(Object.keys(RULE_TEXTS).filter((k) => RULE_TEXTS[k]?.temporaryAlready).sort());
  });

  it('say who acts in words, for every category (the fault side is not who acts)', () => {
    for (const c of CATEGORIES) expect(WHO_ACTS[c as Category].permanent).toMatch(/^(?:You|The recipient|No one|The recipient's|You or)/);
    expect(WHO_ACTS['recipient-unknown'].permanent).toBe('You: correct the address or stop sending to it');
    expect(WHO_ACTS['mailbox-full'].permanent).toBe('The recipient: free space — you: try again later');
  });

  it('write the generic receiver in lower case inside a title, and a provider by its name', async () => {
    const size = { category: 'message-size' as const, providerId: null, domain: null, recipient: null, zone: null };
    expect(titleFor(size)).toBe('Your message is larger than the receiving server accepts');
    expect(titleFor({ ...size, providerId: 'google' })).toBe('Your message is larger than Google accepts');
    expect(titleFor({ ...size, category: 'spam' })).toBe('The receiving server refused your message as spam');
    expect(titleFor(size, await loadKnowledge('de'))).toBe('Ihre Nachricht ist größer, als der empfangende Server annimmt');
    expect(all.texts.filter((t) => t.where.endsWith(' title') && /\S The receiving server/.test(t.text)).map((t) => `${t.where}: ${t.text}`).slice(0, 5)).toEqual([]);
  });

  it('title every rule, unnamed recipient included', () => {
    for (const rule of Object.keys(RULE_TITLES)) expect(titleFor({ category: 'unknown', providerId: null, domain: null, recipient: null, zone: null, ruleId: rule })).not.toMatch(/\{|the recipient does|the recipient was/i);
  });
});
