/**
 * The localized notices' long lists of phrases (localized-notices.ts: one case-insensitive alternation of every
 * language's phrases) cost V8 up to 20 ms each to compile, and a fresh process compiles each the first time it runs
 * — for one German or Japanese notice in a run, or a pre-check passed by chance. Node only, installed by the CLI:
 * such a guarded pattern (literal.ts) is tested one alternative at a time instead, each alternative compiled as a
 * pattern of its own when the text holds every piece of text it requires: a text matches /…(?:A|B)…/ when it matches
 * /…(?:A)…/ or /…(?:B)…/, so `test` answers the same. Patterns where that does not hold — a quantified group,
 * lookarounds, back-references — are left as they are; after PIECE_CHECKS texts the whole pattern runs, as in
 * guardedTest.
 */
import { GUARDED } from '../engine/formats';
import { LEGACY } from '../engine/legacy';
import { alternativesOf, PIECE_CHECKS, requiredRuns, topGroups, type Guarded } from '../engine/literal';
import { LOCALIZED_INTRO, LOCALIZED_LEAD, LOCALIZED_TRAIL } from '../engine/text-report';

/** One alternative of a pattern: its source (the rest of the pattern around it) and the text every match holds. */
interface Alternative {
  source: string;
  pieces: string[];
  re?: RegExp;
}

/** Where a pattern's first top-level group stands whose alternatives can be tried apart: a group with no quantifier. */
function splittableGroup(src: string): { open: number; close: number } | null {
  let found: { open: number; close: number } | null = null;
  topGroups(src, (open, close) => {
    const inner = src.slice(open + 1, close).replace(/^\?(?::|<[A-Za-z]\w*>)/, '');
    if ('?*+{'.includes(src[close + 1] ?? '') || alternativesOf(inner).length < 2) return false;
    found = { open, close };
    return true;
  });
  return found;
}

/** A pattern's alternatives as patterns of their own, or null when `test` could answer otherwise for them. */
export function splitAlternatives(re: RegExp): Alternative[] | null {
  const src = re.source;
  // Lookarounds and back-references (\1, \k<name>) see more than one alternative, or groups numbered otherwise.
  if (/\(\?<?[=!]|\\[1-9]|\\k</.test(src)) return null;
  let sources: string[];
  let inners: string[];
  const top = alternativesOf(src);
  if (top.length > 1) {
    sources = top;
    inners = top;
  } else {
    const g = splittableGroup(src);
    if (!g) return null;
    inners = alternativesOf(src.slice(g.open + 1, g.close).replace(/^\?(?::|<[A-Za-z]\w*>)/, ''));
    sources = inners.map((alt) => `${src.slice(0, g.open)}(?:${alt})${src.slice(g.close + 1)}`);
  }
  return sources.map((source, i) => ({ source, pieces: requiredRuns(inners[i] as string).map((r) => r.toLowerCase()) }));
}

/**
 * Makes each guard of `guards` whose pattern has no required literal test its pattern one alternative at a time. The
 * alternatives are read off the pattern the first time it is tested (most runs test only a few of these patterns).
 */
export function splitGuards(guards: readonly Guarded[]): void {
  for (const g of guards) {
    if (g.literal !== null || (g.re as { split?: true }).split) continue;
    const whole = g.re;
    let alternatives: Alternative[] | null | undefined;
    let checked = 0;
    const test = (text: string): boolean => {
      alternatives ??= splitAlternatives(whole);
      if (!alternatives || ++checked > PIECE_CHECKS) {
        whole.lastIndex = 0;
        return whole.test(text);
      }
      const lower = text.toLowerCase();
      for (const alt of alternatives) {
        if (!alt.pieces.every((piece) => lower.includes(piece))) continue;
        const re = (alt.re ??= new RegExp(alt.source, whole.flags));
        re.lastIndex = 0;
        if (re.test(text)) return true;
      }
      return false;
    };
    // guardedTest checks its own pieces first (on the text it lower-cased), resets lastIndex and calls test.
    g.re = { lastIndex: 0, test, split: true, source: whole.source, flags: whole.flags } as unknown as RegExp;
  }
}

/** The engine's guarded phrase lists (the format signatures, the old systems' ones and the localized notices' words). */
export function installSplitGuards(): void {
  splitGuards([...GUARDED, ...LEGACY.formats].flatMap((f) => f.sigs));
  splitGuards([LOCALIZED_LEAD, LOCALIZED_TRAIL, LOCALIZED_INTRO]);
}
