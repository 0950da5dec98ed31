/**
 * Cheap pre-checks for the phrase tables. For a pattern such as /Delivery has failed to these recipients/i this finds
 * a piece of text every match must contain ("delivery has failed to these recipients"), so a caller can skip the
 * regex when the lower-cased text lacks it: one `includes` instead of a regex pass, for most phrases on most texts.
 * Returns null when no such piece can be read off the pattern safely (top-level alternation, lookarounds…).
 */
export function requiredLiteral(re: RegExp, minLength = 4): string | null {
  const src = re.source;
  if (/\(\?[=!<]/.test(src)) return null;
  if (alternativesOf(src).length > 1) return null;
  let best = '';
  for (const run of requiredRuns(src)) if (run.length > best.length) best = run;
  const literal = best.toLowerCase();
  return literal.trim().length >= minLength ? literal : null;
}

/** A pattern's top-level alternatives ("a|b(c|d)" gives "a" and "b(c|d)"), as source text. */
export function alternativesOf(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** Where the character class opening at `at` ("[") ends: the index of its "]" (or the source's length). */
function classEnd(src: string, at: number): number {
  let i = at;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i;
}

/** Where the group opening at `at` ("(") closes: the index of its ")", escapes and classes skipped; -1 when it never does. */
export function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const d = src[i];
    if (d === '\\') i++;
    else if (d === '[') i = classEnd(src, i);
    else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Calls `each(open, close)` for every top-level group of a pattern, in order; stops at one that never closes. */
export function topGroups(src: string, each: (open: number, close: number) => boolean | void): void {
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') {
      const close = groupEnd(src, i);
      if (close < 0 || each(i, close) === true) return;
      i = close;
    }
  }
}

/** The contents of the top-level groups of a pattern that a match cannot skip (not followed by ?, * or {0,). */
function requiredGroups(src: string): string[] {
  const out: string[] = [];
  topGroups(src, (open, close) => {
    const next = src[close + 1];
    const optional = next === '?' || next === '*' || (next === '{' && /^\{0,/.test(src.slice(close + 1)));
    if (!optional) out.push(src.slice(open + 1, close).replace(/^\?(?::|<[A-Za-z]\w*>)/, ''));
  });
  return out;
}

/**
 * A pattern's source without its lookaround groups ("(?! from)", "(?<!reverse )"), at any depth ("your(?! domain)"
 * inside an alternation, "\.(?=\S)" inside a repeated group): they match no text, so every match of the pattern is a
 * match of the rest, and every piece of text the rest requires is still required by the pattern (cues.ts reads its
 * pre-checks off this). A named group ("(?<name>…)") is a group, not a lookbehind, and stays.
 */
export function withoutLookarounds(src: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(' && /^\(\?<?[=!]/.test(src.slice(i, i + 4))) {
      const close = groupEnd(src, i);
      if (close < 0) break;
      out += src.slice(from, i);
      // A quantifier on a lookaround (allowed outside Unicode mode) goes with it.
      const quantifier = /^(?:[?*+]|\{\d{1,6}(?:,\d{0,6})?\})\??/.exec(src.slice(close + 1, close + 12))?.[0] ?? '';
      from = close + 1 + quantifier.length;
      i = from - 1;
    }
  }
  return out + src.slice(from);
}

/**
 * For a pattern of alternatives with no one piece of text common to all (the localized notices' long lists of
 * phrases): per alternative, every piece of text it requires (lower-cased, of `minLength` or more). A match contains
 * all the pieces of one alternative at least. The alternatives are the pattern's own, or those of a group every match
 * goes through (/^[ \t]*(?:Adresse introuvable|Nachricht nicht zugestellt)/). Null when an alternative requires no
 * such piece (or on lookarounds): then nothing can be skipped.
 */
export function requiredPieces(re: RegExp, minLength = 4): string[][] | null {
  const src = re.source;
  if (/\(\?[=!<]/.test(src)) return null;
  const top = alternativesOf(src);
  const sets = top.length > 1 ? [top] : requiredGroups(src).map(alternativesOf).filter((alts) => alts.length > 1);
  // Of the groups every match goes through, the one whose alternatives' pieces are longest (the shortest of them counts):
  // "(?:disabled|suspended|deactivated)" is rarer in a text than "(?:mailbox|account|user|mail)".
  let best: string[][] | null = null;
  let bestLength = 0;
  for (const alternatives of sets) {
    const out: string[][] = [];
    for (const alt of alternatives) {
      const pieces = requiredRuns(alt)
        .map((r) => r.toLowerCase())
        .filter((r) => r.trim().length >= minLength);
      if (pieces.length === 0) break;
      // Longest first: a caller that checks one piece per alternative checks the most telling one.
      out.push(pieces.sort((a, b) => b.length - a.length));
    }
    if (out.length < alternatives.length) continue;
    const length = Math.min(...out.map((pieces) => (pieces[0] as string).length));
    if (length > bestLength) [best, bestLength] = [out, length];
  }
  return best;
}

/**
 * The runs of plain text a pattern requires, outside its groups, as written: every match contains each of them. For a
 * pattern without top-level alternation only.
 */
export function requiredRuns(src: string): string[] {
  const runs: string[] = [];
  let run = '';
  const close = () => {
    if (run) runs.push(run);
    run = '';
  };
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i] as string;
    const next = src[i + 1];
    // A quantifier that allows zero makes the character before it optional.
    const optionalNext = next === '?' || next === '*' || (next === '{' && /^\{0,/.test(src.slice(i + 1)));
    if (depth > 0) {
      if (c === '\\') i++;
      else if (c === '[') while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      continue;
    }
    if (c === '(') {
      close();
      depth = 1;
      continue;
    }
    if (c === '[') {
      close();
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
      continue;
    }
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      i++;
      // An escape with a payload (\u00e9, \u{1F600}, \x41, \cA, \p{L}, \k<name>, \1): the payload is not text.
      const payload = /^(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|\d+)/.exec(src.slice(i, i + 16))?.[0];
      if (payload && payload.length > 1) {
        close();
        i += payload.length - 1;
        continue;
      }
      const afterEscape = src[i + 1];
      const escOptional = afterEscape === '?' || afterEscape === '*' || (afterEscape === '{' && /^\{0,/.test(src.slice(i + 1)));
      if (/[.\-()[\]{}*+?^$|/\\:'"#@&,;<>=!~%`]/.test(e) && !escOptional) run += e;
      else close();
      continue;
    }
    if ('^$.+*?{}|'.includes(c)) {
      close();
      if (c === '{') while (i < src.length && src[i] !== '}') i++;
      continue;
    }
    if (optionalNext) {
      close();
      continue;
    }
    run += c;
    // A "+" after a character keeps one copy of it: the run may go on, but not through the repetition.
    if (next === '+') close();
  }
  close();
  return runs;
}

/**
 * Many pre-checks at once: for each item, the literals one of which every match holds (lower-case), or null for an item
 * that is always run. The literals are indexed by their first two characters (ASCII ones, as nearly all are), so one
 * pass over a lower-cased text finds every literal it holds — a hundred `includes` calls cost more than the patterns
 * they spare.
 */
export class LiteralScan {
  private readonly literals: string[] = [];
  /** The items that hold each literal, flattened: literal n's are litItems[litStart[n] .. litStart[n + 1]). */
  private readonly litStart: Int32Array;
  private readonly litItems: Int32Array;
  /** 1 for the items with no literal (always run), else 0: the start of every scan's answer. */
  private readonly always: Uint8Array;
  /** Literal numbers by their first two ASCII characters, flattened the same way at [first * 128 + second]. */
  private readonly pairStart = new Int32Array(128 * 128 + 1);
  private readonly pairLits: Int32Array;
  /** Literals that do not start with two ASCII characters: searched for one by one. */
  private readonly other: number[] = [];
  /** The answer and the literals found so far, reused by every scan (it allocates nothing). */
  private readonly present: Uint8Array;
  private readonly found: Uint8Array;

  constructor(items: readonly (readonly string[] | null)[]) {
    const number = new Map<string, number>();
    const byPair = new Map<number, number[]>();
    const holders: number[][] = [];
    const numberOf = (literal: string): number => {
      let n = number.get(literal);
      if (n === undefined) {
        n = this.literals.push(literal) - 1;
        holders.push([]);
        number.set(literal, n);
        const a = literal.charCodeAt(0);
        const b = literal.length > 1 ? literal.charCodeAt(1) : 128;
        if (a < 128 && b < 128) {
          const list = byPair.get(a * 128 + b);
          if (list) list.push(n);
          else byPair.set(a * 128 + b, [n]);
        } else this.other.push(n);
      }
      return n;
    };
    this.always = new Uint8Array(items.length);
    items.forEach((literals, i) => {
      if (literals === null || literals.length === 0) this.always[i] = 1;
      else for (const literal of literals) (holders[numberOf(literal)] as number[]).push(i);
    });
    this.litStart = new Int32Array(holders.length + 1);
    holders.forEach((list, n) => (this.litStart[n + 1] = (this.litStart[n] as number) + list.length));
    this.litItems = Int32Array.from(holders.flat());
    for (let k = 0; k < 128 * 128; k++) this.pairStart[k + 1] = (this.pairStart[k] as number) + (byPair.get(k)?.length ?? 0);
    this.pairLits = new Int32Array(this.pairStart[128 * 128] as number);
    for (const [k, list] of byPair) this.pairLits.set(list, this.pairStart[k] as number);
    this.present = new Uint8Array(items.length);
    this.found = new Uint8Array(this.literals.length);
  }

  /**
   * For each item, 1 when the lower-cased text holds one of its literals (or it has none), else 0. The array is this
   * scanner's own and is rewritten by its next scan: read it before scanning again.
   */
  scan(lower: string): Uint8Array {
    const { pairStart, pairLits, literals, found, present } = this;
    present.set(this.always);
    found.fill(0);
    for (let i = 0, a = lower.charCodeAt(0); i < lower.length - 1; i++) {
      const b = lower.charCodeAt(i + 1);
      if (a < 128 && b < 128) {
        const k = a * 128 + b;
        for (let j = pairStart[k] as number, to = pairStart[k + 1] as number; j < to; j++) {
          const n = pairLits[j] as number;
          if (found[n] === 0 && lower.startsWith(literals[n] as string, i)) this.mark(n);
        }
      }
      a = b;
    }
    for (const n of this.other) if (lower.includes(literals[n] as string)) this.mark(n);
    return present;
  }

  /** A literal found: every item that holds it runs. */
  private mark(n: number): void {
    this.found[n] = 1;
    for (let j = this.litStart[n] as number, to = this.litStart[n + 1] as number; j < to; j++) this.present[this.litItems[j] as number] = 1;
  }
}

/** A pattern with its pre-check. */
export interface Guarded {
  re: RegExp;
  literal: string | null;
  /**
   * For a pattern with no one required piece: the pieces each alternative requires (requiredPieces). Checking them
   * first spares compiling a long case-insensitive list of localized phrases — which costs V8 milliseconds to tens of
   * milliseconds the first time it runs — in a process that reads no text in those languages (a CLI run). Checking
   * them costs more than running the compiled pattern, though: after PIECE_CHECKS texts, the pattern runs alone.
   */
  pieces?: string[][] | null;
  /** How many texts the pieces have been checked on. */
  checked?: number;
}

/** Texts a pattern's pieces are checked on before it runs alone: about what compiling it costs, in checks. */
export const PIECE_CHECKS = 2000;

export function guard(re: RegExp): Guarded {
  const literal = requiredLiteral(re);
  return { re, literal, pieces: literal === null ? requiredPieces(re) : null, checked: 0 };
}

/** Tests a guarded pattern; `lower` is the text lower-cased once by the caller. */
export function guardedTest(g: Guarded, text: string, lower: string): boolean {
  if (g.literal !== null && !lower.includes(g.literal)) return false;
  if (g.pieces && (g.checked = (g.checked ?? 0) + 1) <= PIECE_CHECKS && !g.pieces.some((alt) => alt.every((piece) => lower.includes(piece)))) return false;
  g.re.lastIndex = 0;
  return g.re.test(text);
}
