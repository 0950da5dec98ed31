/** Matching one rule against one reply: phrases (with word edges), bounded patterns, status and code constraints. */
import type { Evidence, Rule } from './types';

const WORD = /[\p{L}\p{N}]/u;

/**
 * Finds a phrase in the lower-cased reply at word edges: "rbl" does not match inside "marble". A phrase ending in "*"
 * is a prefix ("throttl*" matches throttled and throttling).
 */
export function findPhrase(lower: string, phrase: string): number {
  const prefix = phrase.endsWith('*');
  const p = prefix ? phrase.slice(0, -1) : phrase;
  const startsWord = WORD.test(p[0] ?? '');
  const endsWord = !prefix && WORD.test(p[p.length - 1] ?? '');
  for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
    if (startsWord && at > 0 && WORD.test(lower[at - 1] as string)) continue;
    // A plural "s" still ends the word: "spf record" matches "SPF records".
    let after = lower[at + p.length];
    if (endsWord && after === 's') after = lower[at + p.length + 1];
    if (endsWord && after !== undefined && WORD.test(after)) continue;
    return at;
  }
  return -1;
}

/** "x.7.26", "5.7.6??", "x.7.*" against "5.7.26". */
export function statusMatches(pattern: string, enhanced: string | null): boolean {
  if (!enhanced) return false;
  const [pc, ps, pd] = pattern.split('.');
  const [c, s, d] = enhanced.split('.');
  if (pc !== 'x' && pc !== c) return false;
  if (ps !== s) return false;
  if (pd === '*') return true;
  if (pd === undefined || d === undefined || pd.length !== d.length) return false;
  for (let i = 0; i < pd.length; i++) if (pd[i] !== '?' && pd[i] !== d[i]) return false;
  return true;
}

export interface Facts {
  reply: string;
  lower: string;
  code: string | null;
  enhanced: string | null;
  /** The reply's words, lower-cased: a phrase whose first word is not among them cannot match (cheap pre-check). */
  words?: Set<string>;
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

interface CompiledPhrase {
  phrase: string;
  /** Its first whole word (and that word's plural), or null when it does not start with a whole word. */
  first: string | null;
  plural: string | null;
}

const compiled = new WeakMap<Rule, CompiledPhrase[]>();

/** Prepares a rule's phrases once: the per-reply loop then does no string work it can avoid. */
function phrasesOf(rule: Rule): CompiledPhrase[] {
  let c = compiled.get(rule);
  if (c) return c;
  c = (rule.phrases ?? []).map((phrase) => {
    const m = FIRST_WORD.exec(phrase);
    // Only a whole word can be looked up: "throttl*" cannot.
    const first = m && !(phrase.endsWith('*') && m[0].length === phrase.length - 1) ? m[0] : null;
    return { phrase, first, plural: first ? `${first}s` : null };
  });
  compiled.set(rule, c);
  return c;
}

export function wordsOf(lower: string): Set<string> {
  return new Set(lower.split(/[^\p{L}\p{N}]+/u));
}

/** Returns the evidence if the rule matches, else null. */
export function matchRule(rule: Rule, f: Facts): Evidence[] | null {
  const evidence: Evidence[] = [];
  if (rule.codes && !(f.code !== null && rule.codes.includes(f.code))) return null;
  if (rule.status) {
    const hit = rule.status.find((s) => statusMatches(s, f.enhanced));
    if (!hit) return null;
    evidence.push({ source: 'status', text: f.enhanced as string, start: null, end: null });
  }
  const textual = (rule.phrases?.length ?? 0) > 0 || (rule.patterns?.length ?? 0) > 0;
  if (textual) {
    let found: Evidence | null = null;
    for (const { phrase, first, plural } of phrasesOf(rule)) {
      // A plural first word ("records") still holds its singular: only skip when neither form is present.
      if (first && f.words && !f.words.has(first) && !f.words.has(plural as string)) continue;
      const at = findPhrase(f.lower, phrase);
      if (at >= 0) {
        const len = phrase.endsWith('*') ? phrase.length - 1 : phrase.length;
        found = { source: 'reply', text: f.reply.slice(at, at + len), start: at, end: at + len };
        break;
      }
    }
    if (!found) {
      for (const re of rule.patterns ?? []) {
        const m = re.exec(f.reply);
        if (m) {
          found = { source: 'reply', text: m[0], start: m.index, end: m.index + m[0].length };
          break;
        }
      }
    }
    if (!found) return null;
    evidence.unshift(found);
  }
  if (evidence.length === 0 && rule.codes && f.code) evidence.push({ source: 'code', text: f.code, start: null, end: null });
  if (evidence.length === 0) return null;
  return evidence;
}
