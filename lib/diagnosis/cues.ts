/**
 * The cue tables, compiled once: every general rule (rules/), every provider's table (providers/) and every published
 * knowledge entry (knowledge/) becomes cue definitions, and their words go into one index so that a reply is read
 * once, whatever the number of phrases. Order carries no meaning here: score.ts adds up what matched.
 */
import { LiteralScan, requiredLiteral, requiredPieces, withoutLookarounds } from '../engine/literal';
import { foldFullWidth } from '../engine/normalize';
import { KNOWLEDGE } from './knowledge/index';
import { escapeRegExp, otherSpellings } from './spellings';
import type { KnowledgeSource, KnownReply } from './knowledge/types';
import { registryEntry } from './registry';
import { PROVIDERS } from './providers';
import { GENERAL_RULES } from './rules/index';
import type { Category, Rule } from './types';
import { WEIGHTS } from './weights';

export type CueKind = 'token' | 'name' | 'phrase' | 'word' | 'weak' | 'pattern' | 'status' | 'code';

/** One way a piece of text or a code can vote for a category. */
export interface CueDef {
  /** The rule or entry it comes from (shown as the rule that decided). */
  id: string;
  category: Category;
  /** The provider or source whose table it is in, or null for the general rules. */
  provider: string | null;
  /** Which tables it comes from: a general rule, a provider's detection-gated table, or a published knowledge entry. */
  origin: 'rule' | 'provider' | 'knowledge';
  kind: CueKind;
  /** Its weight before the clause factors (weights.ts). */
  weight: number;
  /** Says that something happened, not why (weights.ts FACTORS.symptom). */
  symptom: boolean;
  /** The cue counts only when the reply's enhanced status matches one of these. */
  status?: readonly string[];
  /** The cue counts only when the reply's basic code is one of these. */
  codes?: readonly string[];
  /** A status or code cue whose meaning is the provider's own: it counts only when that provider answered. */
  gated: boolean;
  /**
   * A sending service's own short label for an event ("Sender blocked", "Content blocked", "Recipient rejected"):
   * its classification, not a reply's words — said by another server, the same two words are a vague refusal.
   */
  label?: boolean;
  /** Texts of its own (KnownReply.variant). */
  variant?: string;
  /** Categories whose votes this cue, when it matches, says are not what they seem (KnownReply.voids). */
  voids?: readonly Category[];
  /** The status the documented reply carries ("x.7.1"): a reply with another status is probably not that reply. */
  documentedStatus?: string;
  /** The source hedges its reading (KnownReply.hedged): a verdict it decides is at most HEDGED_CAP. */
  hedged?: boolean;
  /** For the single-sample check: where the knowledge comes from, when the entry says. */
  source?: string;
  /** The phrase or pattern text (for evidence and the single-sample check). */
  text: string;
  /**
   * A documented phrase or token whose ambiguity (does the documentation use it for another meaning too?) is checked
   * the first time it matches a reply, not when the tables load: most of the thousands of phrases never match.
   */
  check: 'phrase' | 'token' | null;
}

/** A phrase in the word index. */
export interface Indexed {
  /** Lower-cased, or as written for case-sensitive tokens. */
  text: string;
  /** Matches as a prefix of a word ("throttl*"). */
  prefix: boolean;
  caseSensitive: boolean;
  def: CueDef;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Scripts written without spaces between words: a phrase in them is found by plain search. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Plain ASCII (most phrases): the Unicode-aware regexes, slow to warm up, are only needed for the rest. */
const ASCII = /^[\x20-\x7e]*$/;
/**
 * RFC 5321 §4.2.2's generic texts of reply codes, in the words providers quote them with: each says only what its code
 * says ("550 Requested action not taken: mailbox unavailable", "503 Bad sequence of commands", "554 Transaction failed").
 */
const RFC5321_DEFAULT_TEXT = /^(?:(?:requested (?:mail )?action not taken: )?mailbox unavailable|bad sequence of commands|(?:syntax error,? )?command unrecognized|syntax error in parameters or arguments|command not implemented|transaction failed)$/i;
/** Text with no character outside ASCII: a phrase that has one cannot be in it. */
const ASCII_ONLY = /^[\t\n\r\x20-\x7e]*$/;
const unspaced = (text: string) => !ASCII.test(text) && UNSPACED.test(text);

function wordCount(phrase: string): number {
  const parts = ASCII.test(phrase) ? phrase.split(/[^A-Za-z0-9]+/) : phrase.split(/[^\p{L}\p{N}]+/u);
  let n = 0;
  for (const p of parts) if (p) n++;
  return n;
}

/** How many words a phrase counts as: text without spaces (Japanese, Chinese) says as much in three characters as a word. */
export function phraseWords(phrase: string): number {
  return unspaced(phrase) ? Math.min(3, Math.ceil([...phrase].length / 3)) : wordCount(phrase);
}

function phraseKind(rule: Pick<Rule, 'weak' | 'name' | 'term'>, phrase: string): { kind: CueKind; weight: number } {
  if (rule.name) return { kind: 'name', weight: WEIGHTS.name };
  if (rule.weak) return { kind: 'weak', weight: WEIGHTS.weak };
  const bonus = rule.term ? WEIGHTS.term : 0;
  const words = phraseWords(phrase);
  if (words >= 3) return { kind: 'phrase', weight: WEIGHTS.longPhrase + bonus };
  if (words === 2) return { kind: 'phrase', weight: WEIGHTS.phrase + bonus };
  return { kind: 'word', weight: WEIGHTS.word + bonus };
}

/** A status the IANA registry does not define: only the provider that uses it gives it a meaning. */
const unregistered = (status: string) => {
  const m = /^[x245]\.(\d{1,3})\.(\d{1,3})$/.exec(status);
  return m ? registryEntry(`5.${m[1]}.${m[2]}`) === null : false;
};

export interface CompiledCues {
  /** First whole word (lower-cased) → phrases and tokens of one or two words that start with it. */
  byFirstWord: Map<string, Indexed[]>;
  /**
   * "first second" (lower-cased words) → phrases of three words or more that start with them: common first words
   * ("mail", "sender", "recipient") start a hundred phrases each, and the second word tells most of them apart.
   */
  byTwoWords: Map<string, Indexed[]>;
  /** Prefix phrases of one word ("throttl*"). */
  prefixes: Indexed[];
  /** Phrases found by plain search (unspaced scripts, or starting with punctuation), in ASCII. */
  loose: Indexed[];
  /** The same, with characters outside ASCII: searched for only in a text that has such characters (most are ASCII). */
  looseWide: Indexed[];
  /** Patterns, each with a piece of text every match contains (checked first, lower-cased): most replies skip most. */
  patterns: { re: RegExp; literal: string | null; def: CueDef }[];
  /** Cues that are a status alone, by "subject.detail" (exact patterns) or "subject" (wildcards): see addStatusOnly. */
  statusOnly: Map<string, CueDef[]>;
  codeOnly: CueDef[];
  all: CueDef[];
  /** How many categories the documented texts give a phrase (documentedMeanings), built on first use. */
  meanings: (phrase: string, own: Category, caseSensitive?: boolean) => number;
}

/**
 * Characters written two ways for one meaning, as the plain one, one character for one (spans keep their places):
 * - the typographic apostrophes (U+2019, and U+2018 typed for it) as the straight one: a phrase written "d'envoi" finds
 *   "d’envoi" and the other way round, as French, Word and Outlook write it (spellings.ts does the same for the English
 *   contractions only);
 * - the full-width forms of ASCII (U+FF01–FF5E) and the ideographic space (U+3000) as ASCII, their compatibility
 *   decompositions in Unicode (UAX #15, NFKC): Chinese and Japanese text puts "（553，" where a server writes "(553,",
 *   and a phrase written with "：" finds ":" and the other way round (the paste reader folds its text the same way:
 *   engine/normalize.ts foldFullWidth).
 */
export function foldVariants(lower: string): string {
  return foldFullWidth(lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower);
}

function indexPhrase(c: CompiledCues, text: string, def: CueDef, caseSensitive: boolean): void {
  const prefix = text.endsWith('*');
  const body = prefix ? text.slice(0, -1) : text;
  const key = caseSensitive ? body : foldVariants(body.toLowerCase());
  place(c, { text: key, prefix, caseSensitive, def });
  // The same words spelled otherwise ("doesn't" for "does not", "e-mail" for "email"): spellings.ts.
  if (!caseSensitive) for (const other of otherSpellings(key)) place(c, { text: other, prefix, caseSensitive, def });
}

function place(c: CompiledCues, entry: Indexed): void {
  const { text: key, prefix } = entry;
  const lower = key.toLowerCase();
  const words = firstWords(lower);
  // The first word counts only where the phrase starts with it (one that starts with punctuation is searched for).
  const first = words[0] !== undefined && lower.startsWith(words[0]) ? words[0] : undefined;
  if (!first || unspaced(key)) {
    (ASCII_ONLY.test(key) ? c.loose : c.looseWide).push(entry);
    return;
  }
  if (prefix && first.length === key.length) {
    c.prefixes.push(entry);
    return;
  }
  // A one-word prefix phrase whose first word is cut ("throttl*") was handled above; here the first word is whole.
  // With three words or more the second is whole too (a word follows it), so the reply's next word is that word.
  const [map, bucket] = words.length >= 3 ? [c.byTwoWords, `${words[0]} ${words[1]}`] : [c.byFirstWord, first];
  const list = map.get(bucket) ?? [];
  list.push(entry);
  map.set(bucket, list);
}

/** The first three words of a lower-cased phrase (as findCues splits a reply into words). */
function firstWords(lower: string): string[] {
  const out: string[] = [];
  const re = ASCII.test(lower) ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu;
  for (let m = re.exec(lower); m && out.length < 3; m = re.exec(lower)) out.push(m[0]);
  return out;
}

function addRule(c: CompiledCues, rule: Rule, provider: string | null, statusInIana: (s: string) => boolean): void {
  const textual = (rule.phrases?.length ?? 0) > 0 || (rule.patterns?.length ?? 0) > 0;
  // Built field by field, in one order (no object spread: thousands of them made loading the tables slow).
  const def = (kind: CueKind, weight: number, text: string, gated: boolean): CueDef => ({
    id: rule.id,
    category: rule.category,
    provider,
    origin: provider ? 'provider' : 'rule',
    kind,
    weight,
    symptom: rule.symptom === true,
    status: rule.status,
    codes: rule.codes,
    gated,
    documentedStatus: undefined,
    variant: rule.variant,
    source: rule.source,
    text,
    check: null,
  });
  if (!textual) {
    if (rule.status) {
      // A status only this provider defines is its code wherever it appears; a registered one (5.7.1) means what
      // the provider says only when the provider answered.
      const own = provider !== null && rule.status.every((s) => !statusInIana(s));
      const d = def('status', provider ? (own ? WEIGHTS.token : WEIGHTS.providerStatus) : WEIGHTS.specificStatus, rule.status.join(' '), provider !== null && !own);
      addStatusOnly(c, d);
      c.all.push(d);
    } else if (rule.codes) {
      const d = def('code', provider ? WEIGHTS.providerStatus : rule.name ? WEIGHTS.definingCode : WEIGHTS.code, rule.codes.join(' '), provider !== null);
      c.codeOnly.push(d);
      c.all.push(d);
    }
    return;
  }
  for (const phrase of rule.phrases ?? []) {
    const { kind, weight } = phraseKind(rule, phrase);
    // A provider's words in its own table mean what it documents when it is the one answering; elsewhere the same
    // words may mean something else. Its codes (patterns) are its own wherever they appear.
    const d = def(kind, weight, phrase, provider !== null);
    indexPhrase(c, phrase, d, false);
    c.all.push(d);
  }
  for (const re of rule.patterns ?? []) {
    // A provider's pattern is its own code ("[BL21]", "OFR_506"): decisive wherever it appears.
    const d = def(provider ? 'token' : 'pattern', provider && !rule.status ? WEIGHTS.token : WEIGHTS.longPhrase, re.source, false);
    c.patterns.push({ re, literal: patternLiteral(re), def: d });
    c.all.push(d);
  }
}

/**
 * The categories of every documented text a phrase occurs in: a phrase the documentation uses for several meanings
 * ("user unknown" is also au's reception filter; "relay access denied" also a missing login) is weaker evidence. A text
 * counts when it contains the phrase and, for a phrase of whole words, holds the phrase's longest word as a word of its
 * own. The texts are searched as one string (one indexOf pass per phrase); only the texts the phrase occurs in are
 * split into words. Building this costs next to nothing, which matters: it is built on a run's first match.
 */
export function documentedMeanings(knowledge: readonly KnowledgeSource[]): (phrase: string, own: Category, caseSensitive?: boolean) => number {
  const texts = knowledge.flatMap((k) => k.replies.map((e) => ({ text: e.text, lower: e.text.toLowerCase(), category: e.category, token: e.token })));
  const SEPARATOR = '\u0000';
  // Two strings per spelling: the texts in Latin-1 and the others (Japanese…), so that most searches run over a
  // one-byte string, the fastest kind.
  // eslint-disable-next-line no-control-regex -- the whole Latin-1 range, controls included, is the point
  const ONE_BYTE = /^[\x00-\xff]*$/;
  const joined = (pick: (t: (typeof texts)[number]) => string) =>
    [true, false].map((narrow) => {
      const ids: number[] = [];
      const starts: number[] = [];
      const parts: string[] = [];
      let at = 0;
      texts.forEach((t, i) => {
        const s = pick(t);
        if (ONE_BYTE.test(s) !== narrow) return;
        ids.push(i);
        starts.push(at);
        parts.push(s);
        at += s.length + SEPARATOR.length;
      });
      return { all: parts.join(SEPARATOR), starts, ids };
    });
  const asWritten = joined((t) => t.text);
  const lowered = joined((t) => t.lower);
  /** The index of the part a position of a joined string falls in. */
  const partAt = (starts: number[], pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** The texts whose (lower-cased unless caseSensitive) words contain p. */
  const containing = (p: string, caseSensitive: boolean): number[] => {
    // A phrase holding the separator (never, in practice) or empty is looked for text by text.
    if (p === '' || p.includes(SEPARATOR)) return texts.flatMap((t, i) => ((caseSensitive ? t.text : t.lower).includes(p) ? [i] : []));
    const found: number[] = [];
    for (const hay of caseSensitive ? asWritten : lowered) {
      for (let pos = hay.all.indexOf(p); pos >= 0; ) {
        const k = partAt(hay.starts, pos);
        found.push(hay.ids[k] as number);
        const next = hay.starts[k + 1];
        if (next === undefined) break;
        pos = hay.all.indexOf(p, next);
      }
    }
    return found;
  };
  const wordsOf = new Map<number, Set<string>>();
  const hasWord = (i: number, word: string) => {
    let words = wordsOf.get(i);
    if (!words) wordsOf.set(i, (words = new Set((texts[i] as (typeof texts)[number]).lower.split(/[^\p{L}\p{N}]+/u))));
    return words.has(word);
  };
  const byToken = new Map<string, Category[]>();
  for (const t of texts) if (t.token) (byToken.get(t.token) ?? byToken.set(t.token, []).get(t.token) as Category[]).push(t.category);
  return (phrase, own, caseSensitive = false) => {
    const p = caseSensitive ? phrase : phrase.replace(/\*$/, '').toLowerCase();
    const words = p.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // A phrase whose words are all whole (not cut by a "*" or at the edges) must have its longest word as a word of
    // the text; else containing the phrase is enough.
    const longest = words.sort((a, b) => b.length - a.length)[0];
    const whole = longest && !phrase.endsWith('*') && !UNSPACED.test(p) ? longest : null;
    const seen = new Set<Category>([own]);
    for (const i of containing(p, caseSensitive)) if (whole === null || hasWord(i, whole)) seen.add((texts[i] as (typeof texts)[number]).category);
    for (const c of byToken.get(phrase) ?? []) seen.add(c);
    return seen.size;
  };
}

/**
 * A field of a service's API answer and its documented value, written in a table as JSON's `key":"value`
 * (Mandrill's `reject_reason":"unsigned`). Programs print the answer in their own notation, so the pair is found in any
 * of them: JSON (`"key": "value"`), a JavaScript or Python literal (`key: 'value'`, `'key': 'value'`), PHP's print_r
 * (`[key] => value`), a Ruby hash (`:key => "value"`), key=value.
 */
const FIELD_PAIR = /^([\w-]{1,40})":"([\w-]{1,40})$/;
/** The pattern of a phrase written as such a pair, or null for any other phrase. Built from literal words only. */
export function fieldPattern(phrase: string): RegExp | null {
  const m = FIELD_PAIR.exec(phrase);
  if (!m) return null;
  return new RegExp(String.raw`(?<![\w-])${escapeRegExp(m[1] as string)}["'\]]?[ \t]{0,2}(?:=>|[:=])[ \t]{0,2}["']?${escapeRegExp(m[2] as string)}(?![\w-])`, 'i');
}

function addKnown(c: CompiledCues, source: KnowledgeSource, entry: KnownReply, sharedStatus: Map<string, Set<Category>>): void {
  const def = (kind: CueKind, weight: number, text: string, status: readonly string[] | undefined, documentedStatus: string | undefined, gated: boolean, check: CueDef['check']): CueDef => ({
    id: entry.id,
    category: entry.category,
    provider: source.id,
    origin: 'knowledge',
    kind,
    weight,
    symptom: false,
    status,
    codes: undefined,
    gated,
    documentedStatus,
    variant: entry.variant,
    ...(entry.voids ? { voids: entry.voids } : {}),
    ...(entry.hedged ? { hedged: true } : {}),
    source: entry.source,
    text,
    check,
  });
  if (entry.token) {
    // A token other documented replies also carry with another meaning ("zen.spamhaus.org" is in Spamhaus's own
    // "open resolver" error texts too) is not a token: it weighs as an ambiguous phrase (checked on first match).
    const d = def('token', WEIGHTS.token, entry.token, undefined, undefined, false, 'token');
    // The code of a documented text that says what failed, not why, says no more than its text.
    if (entry.symptom) d.symptom = true;
    // A long token written in mixed case ("SendAsDeniedException", "RESOLVER.ADR.RecipNotFound") is as distinctive in
    // any case: a log or a mainframe's notice that upper-cases every reply still quotes it. A short or one-case token
    // ("TSS04", "AUP#CXBL") stays as written.
    indexPhrase(c, entry.token, d, !ANY_CASE_TOKEN(entry.token));
    c.all.push(d);
  }
  const status = entry.status ? [entry.status.replace(/^[245]\./, 'x.')] : undefined;
  for (const phrase of entry.phrases ?? []) {
    const field = fieldPattern(phrase);
    if (field) {
      // A documented field and value of a service's API answer is the service's own code, in whatever notation.
      const d = def('token', WEIGHTS.token, phrase, undefined, undefined, false, null);
      c.patterns.push({ re: field, literal: patternLiteral(field), def: d });
      c.all.push(d);
      continue;
    }
    const { kind, weight: full } = phraseKind({}, phrase);
    // Weighs less if other documented texts use it with another meaning (checked on first match).
    const d = def(kind, full, phrase, undefined, status?.[0], false, 'phrase');
    if (source.kind === 'sending-service' && kind === 'phrase' && ASCII.test(phrase) && phrase.split(' ').length <= 2) d.label = true;
    // RFC 5321's own text for a code ("Requested action not taken: mailbox unavailable" for any 550, "Bad sequence of
    // commands" for any 503), quoted by a provider's table, says what the code says: a symptom — a reason beside decides.
    if (entry.symptom || RFC5321_DEFAULT_TEXT.test(phrase)) d.symptom = true;
    indexPhrase(c, phrase, d, false);
    c.all.push(d);
    if (status) {
      // The same phrase with the documented status: the provider's own word on what that status means here.
      // Weighs as its words do, plus the agreement: the longer the words, the surer it is that reply.
      const withStatus = def('status', full + WEIGHTS.statusAgrees, phrase, status, undefined, false, 'phrase');
      if (d.symptom) withStatus.symptom = true;
      indexPhrase(c, phrase, withStatus, false);
      c.all.push(withStatus);
    }
  }
  if (status && !entry.token && !entry.phrases?.length) {
    const key = status[0] as string;
    const own = unregistered(key) && (sharedStatus.get(key)?.size ?? 0) <= 1;
    const d = def('status', own ? WEIGHTS.token : WEIGHTS.providerStatus, key, status, undefined, !own, null);
    addStatusOnly(c, d);
    c.all.push(d);
  }
}

/**
 * Indexed by what a reply's status can be looked up with: "7.26" for an exact pattern (x.7.26, 5.7.26), "7" for a
 * pattern with wildcards (x.7.6??, x.7.*), which the caller then checks with statusMatches.
 */
function addStatusOnly(c: CompiledCues, def: CueDef): void {
  const keys = new Set(
    (def.status ?? []).map((s) => {
      const [, subject = '', detail = ''] = s.split('.');
      return /[*?]/.test(detail) ? subject : `${subject}.${detail}`;
    }),
  );
  for (const key of keys) {
    const list = c.statusOnly.get(key) ?? [];
    list.push(def);
    c.statusOnly.set(key, list);
  }
}

export function compileCues(general: readonly Rule[], providers: readonly { id: string; rules: readonly Rule[] }[], knowledge: readonly KnowledgeSource[]): CompiledCues {
  const c: CompiledCues = { byFirstWord: new Map(), byTwoWords: new Map(), prefixes: [], loose: [], looseWide: [], patterns: [], statusOnly: new Map(), codeOnly: [], all: [], meanings: () => 1 };
  // Which categories each unregistered status is given across all tables: a status two sources read differently is
  // nobody's token.
  const sharedStatus = new Map<string, Set<Category>>();
  const note = (status: string, category: Category) => {
    const key = status.replace(/^[245]\./, 'x.');
    const set = sharedStatus.get(key) ?? new Set<Category>();
    set.add(category);
    sharedStatus.set(key, set);
  };
  for (const p of providers) for (const r of p.rules) for (const s of r.status ?? []) note(s, r.category);
  for (const k of knowledge) for (const e of k.replies) if (e.status) note(e.status, e.category);
  const statusInIana = (s: string) => !unregistered(s) || (sharedStatus.get(s.replace(/^[245]\./, 'x.'))?.size ?? 0) > 1;
  for (const r of general) addRule(c, r, null, statusInIana);
  for (const p of providers) for (const r of p.rules) addRule(c, r, p.id, statusInIana);
  for (const k of knowledge) for (const e of k.replies) addKnown(c, k, e, sharedStatus);
  let meanings: ReturnType<typeof documentedMeanings> | null = null;
  c.meanings = (phrase, own, caseSensitive) => (meanings ??= documentedMeanings(knowledge))(phrase, own, caseSensitive);
  return c;
}

let compiled: CompiledCues | null = null;

/** The engine's cue tables, compiled on first use. */
export function cues(): CompiledCues {
  return (compiled ??= compileCues(GENERAL_RULES, PROVIDERS, KNOWLEDGE));
}

/** Uses tables compiled ahead of time (the CLI's, lib/node/cue-snapshot.ts) instead of compiling them on first use. */
export function installCues(table: CompiledCues): void {
  compiled = table;
}

export interface PhraseHit {
  def: CueDef;
  start: number;
  end: number;
}

/** A lower-case ASCII letter or a digit, by its code. */
const isLowerAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

const isWordChar = (ch: string | undefined) => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII, by its code (most characters tested are): a letter or a digit; elsewhere the Unicode classes decide.
  if (c < 128) return isLowerAlnum(c) || (c >= 65 && c <= 90);
  return WORD_CHAR.test(ch);
};

/**
 * A token that names one thing in any case: an identifier (no space) of twelve characters or more, with both lower-
 * and upper-case letters. Words a program capitalized ("Could not read from") are as written.
 */
const ANY_CASE_TOKEN = (token: string) => token.length >= 12 && !/\s/.test(token) && /[a-z]/.test(token) && /[A-Z]/.test(token);

/** Settles a documented phrase's or token's weight the first time it matches (CueDef.check). */
export function settle(table: CompiledCues, def: CueDef): void {
  if (def.check === 'token') {
    if (table.meanings(def.text, def.category, true) > 1) {
      def.kind = 'phrase';
      def.weight = WEIGHTS.longPhrase * WEIGHTS.ambiguous;
    }
  } else if (def.check === 'phrase' && table.meanings(def.text, def.category) > 1) def.weight *= WEIGHTS.ambiguous;
  def.check = null;
}

/**
 * A piece of text every match of a rule's pattern contains (literal.ts), so the pattern runs only on replies that hold
 * it. A lookaround ("(?! from)", "(?<!reverse )") matches no text: the text outside it is required all the same, so it
 * is read off the pattern without its lookarounds.
 */
function patternLiteral(re: RegExp): string | null {
  const direct = requiredLiteral(re, 3);
  if (direct !== null) return direct;
  const stripped = withoutLookarounds(re.source);
  return stripped === re.source ? null : requiredLiteral(new RegExp(stripped, re.flags), 3);
}

/** Whitespace other than one plain space: a line break or tab, a run of spaces, a no-break space. */
const ODD_SPACE = /[\t\n\r\f\v\u00a0]| {2}/;
const SPACE_RUN = /[ \t\n\r\f\v\u00a0]+/g;

/**
 * The cues of a reply whose words may be broken over lines or spaced twice ("Recipient address rejected: Access\n
 * denied", a folded or wrapped reply): they are looked for with each run of whitespace read as one space, and their
 * places given back in the text as it is.
 */
export function findCues(text: string, table: CompiledCues = cues()): PhraseHit[] {
  if (!ODD_SPACE.test(text)) return findCuesIn(text, table);
  // Pieces of text kept as they are, at their place in the collapsed text and in the original.
  const pieces: { at: number; from: number; len: number }[] = [];
  let collapsed = '';
  let last = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    pieces.push({ at: collapsed.length, from: last, len: m.index - last });
    collapsed += `${text.slice(last, m.index)} `;
    last = m.index + m[0].length;
  }
  pieces.push({ at: collapsed.length, from: last, len: text.length - last });
  collapsed += text.slice(last);
  const place = (pos: number) => {
    let i = pieces.length - 1;
    while (i > 0 && (pieces[i] as (typeof pieces)[number]).at > pos) i--;
    const p = pieces[i] as (typeof pieces)[number];
    return p.from + Math.min(pos - p.at, p.len);
  };
  return findCuesIn(collapsed, table).map((h) => ({ ...h, start: place(h.start), end: place(h.end) }));
}

/**
 * The words of a lower-cased text (runs of letters and digits) and where each starts. In ASCII text (most replies) a
 * word is a run of [a-z0-9], read off the character codes: the same words, without a regex match per word.
 */
function wordsOf(lower: string, wide: boolean): [number[], string[]] {
  const starts: number[] = [];
  const list: string[] = [];
  if (wide) {
    const re = /[\p{L}\p{N}]+/gu;
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      starts.push(m.index);
      list.push(m[0]);
    }
    return [starts, list];
  }
  const n = lower.length;
  for (let i = 0; i < n; ) {
    if (!isLowerAlnum(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (++i < n && isLowerAlnum(lower.charCodeAt(i)));
    starts.push(from);
    list.push(lower.slice(from, i));
  }
  return [starts, list];
}

/**
 * The two-word buckets' keys by their first and second word: a reply's pair of words is looked up without building a
 * "word next" string for it, and only the keys are read (the CLI's snapshot parses a bucket when it is first used).
 */
const PAIR_KEYS = new WeakMap<CompiledCues, Map<string, Map<string, string>>>();
function pairKeys(table: CompiledCues): Map<string, Map<string, string>> {
  let byFirst = PAIR_KEYS.get(table);
  if (!byFirst) {
    byFirst = new Map();
    for (const key of table.byTwoWords.keys()) {
      const space = key.indexOf(' ');
      const first = key.slice(0, space);
      let seconds = byFirst.get(first);
      if (!seconds) byFirst.set(first, (seconds = new Map()));
      seconds.set(key.slice(space + 1), key);
    }
    PAIR_KEYS.set(table, byFirst);
  }
  return byFirst;
}

/**
 * The patterns' pre-checks as one scan (literal.ts LiteralScan): a pattern with a literal runs when the reply holds it;
 * one with no single literal but alternatives that each require one ("… (?:disabled|suspended|deactivated)") when it
 * holds any of them.
 */
const PATTERN_SCANS = new WeakMap<CompiledCues, LiteralScan>();
function patternScan(table: CompiledCues): LiteralScan {
  let scan = PATTERN_SCANS.get(table);
  if (!scan) {
    scan = new LiteralScan(
      table.patterns.map(({ re, literal }) => {
        if (literal !== null) return [literal];
        const pieces = requiredPieces(new RegExp(withoutLookarounds(re.source), re.flags), 3);
        return pieces ? pieces.map((alternative) => alternative[0] as string) : null;
      }),
    );
    PATTERN_SCANS.set(table, scan);
  }
  return scan;
}

/**
 * A two-word bucket split by the phrases' third word: the phrases that start "can't" or "mail box" number a hundred and
 * more each, and a reply's third word leaves a handful. A phrase whose third word a reply might write longer (the
 * phrase's last word, which a plural "s" or a cut prefix phrase lets run on) is in `rest`, tried whatever follows.
 */
interface ThirdWordSplit {
  byThird: Map<string, Indexed[]>;
  rest: Indexed[];
}
/** Buckets this small are tried whole: splitting them spares less than the look-up costs. */
const SPLIT_FROM = 12;
const SPLITS = new WeakMap<Indexed[], ThirdWordSplit | null>();
function thirdWordSplit(list: Indexed[]): ThirdWordSplit | null {
  let split = SPLITS.get(list);
  if (split === undefined) {
    split = null;
    if (list.length >= SPLIT_FROM) {
      split = { byThird: new Map(), rest: [] };
      for (const entry of list) {
        const lower = entry.text.toLowerCase();
        const re = ASCII.test(lower) ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu;
        let third: RegExpExecArray | null = null;
        for (let n = 0; n < 3; n++) third = re.exec(lower);
        // Whole when a character that ends a word follows it in the phrase itself.
        const end = third ? third.index + third[0].length : 0;
        if (!third || end >= lower.length) split.rest.push(entry);
        else {
          const same = split.byThird.get(third[0]);
          if (same) same.push(entry);
          else split.byThird.set(third[0], [entry]);
        }
      }
    }
    SPLITS.set(list, split);
  }
  return split;
}

/** Every phrase, token and pattern of the tables found in the text, in one pass over its words. */
function findCuesIn(text: string, table: CompiledCues): PhraseHit[] {
  const lower = text.toLowerCase();
  // Phrases are looked for with either apostrophe read as the straight one and full-width forms as ASCII (foldVariants);
  // patterns see the text as is.
  const folded = foldVariants(lower);
  // toLowerCase keeps the length for the scripts replies are written in; when it does not, spans would drift.
  const sameLength = lower.length === text.length;
  const hits: PhraseHit[] = [];
  const push = (entry: Indexed, at: number) => {
    const len = entry.text.length;
    const last = entry.text[len - 1] as string;
    // A word ends where the next character is not a letter — except in the scripts written without spaces, where a
    // phrase runs on into the next word ("受信者のメールボックスがいっぱい" + "になり").
    if (!entry.prefix && WORD_CHAR.test(last) && !(last > '\u2e7f' && UNSPACED.test(last))) {
      let after = lower[at + len];
      // A plural "s" still ends the word: "spf record" matches "SPF records".
      if (after === 's' && !entry.caseSensitive) after = lower[at + len + 1];
      if (isWordChar(after)) return;
    }
    if (entry.def.check) settle(table, entry.def);
    hits.push({ def: entry.def, start: at, end: at + len });
  };
  const wide = !ASCII_ONLY.test(text);
  const pairs = pairKeys(table);
  const tryAll = (list: Indexed[] | undefined, at: number) => {
    if (list)
      for (const entry of list) {
        const hay = entry.caseSensitive ? text : folded;
        if (entry.caseSensitive && !sameLength) continue;
        if (hay.startsWith(entry.text, at)) push(entry, at);
      }
  };
  const [starts, list] = wordsOf(lower, wide);
  for (let w = 0; w < list.length; w++) {
    const at = starts[w] as number;
    const word = list[w] as string;
    const next = list[w + 1];
    tryAll(table.byFirstWord.get(word), at);
    if (next !== undefined) {
      const key = pairs.get(word)?.get(next);
      const bucket = key === undefined ? undefined : table.byTwoWords.get(key);
      const split = bucket ? thirdWordSplit(bucket) : null;
      if (!split) tryAll(bucket, at);
      else {
        const third = list[w + 2];
        if (third !== undefined) tryAll(split.byThird.get(third), at);
        tryAll(split.rest, at);
      }
    }
    if (table.prefixes.length)
      for (const entry of table.prefixes)
        if (word.startsWith(entry.text)) {
          if (entry.def.check) settle(table, entry.def);
          hits.push({ def: entry.def, start: at, end: at + word.length });
        }
  }
  for (const entry of wide ? [...table.loose, ...table.looseWide] : table.loose) {
    const hay = entry.caseSensitive ? text : folded;
    for (let at = hay.indexOf(entry.text); at >= 0; at = hay.indexOf(entry.text, at + 1)) {
      const starts = WORD_CHAR.test(entry.text[0] as string) && !UNSPACED.test(entry.text[0] as string);
      if (starts && isWordChar(lower[at - 1])) continue;
      push(entry, at);
      break;
    }
  }
  const present = patternScan(table).scan(lower);
  for (let i = 0; i < table.patterns.length; i++) {
    const { re, def } = table.patterns[i] as CompiledCues['patterns'][number];
    if (present[i] === 0) continue;
    const m = re.exec(text);
    if (m) hits.push({ def, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
