/**
 * The pre-checks in literal.ts must never skip a pattern that would match: a guarded test (guardedTest) answers
 * exactly as the pattern does. Since issue 13's speed work, a pattern of alternatives with no one common piece of text
 * (the localized notices' lists of phrases) is guarded too, by the pieces each alternative requires — so that text in
 * none of those languages neither runs nor compiles them. These tests hold every guarded pattern of the engine to its
 * own answer on our fixtures, on its own phrases (in any case, with any spacing) and on random text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guard, guardedTest, LiteralScan, PIECE_CHECKS, requiredLiteral, requiredPieces, withoutLookarounds, type Guarded } from '../../lib/engine/literal';
import { LOCALIZED_NOTICES, LOCALIZED_RECIPIENT_LEAD } from '../../lib/engine/localized-notices';
import { guardedPatterns } from '../../lib/node/literal-rows';

/** Every pattern the engine guards (the same list the CLI's table of pre-checks is built from). */
const PATTERNS: RegExp[] = guardedPatterns();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const PHRASES = LOCALIZED_NOTICES.flatMap((n) => [...n.headlines, ...n.leads, ...(n.trails ?? []), ...n.replyIntros, ...(n.phrases ?? [])]);

/** Texts each pattern should be tried on: our fixtures, and every localized phrase set in a line as a notice would. */
function texts(): string[] {
  const fixtures = files(join(__dirname, '../fixtures')).map((f) => readFileSync(f, 'latin1'));
  const phrases = PHRASES.flatMap((p) => [
    p,
    `${p} kim@example.org`,
    `kim@example.org ${p}`,
    `  ** ${p.toUpperCase()} **\n`,
    `Ihre Nachricht: ${p.replace(/ /g, ' \t')} <kim@example.org>`,
    `550 5.1.1 ${p}: 550 user unknown`,
  ]);
  return [...fixtures, ...phrases];
}

/** A guarded test with its pieces always checked (never past PIECE_CHECKS). */
const checkedTest = (g: Guarded, text: string, lower: string) => {
  g.checked = 0;
  return guardedTest(g, text, lower);
};

describe('guarded patterns', () => {
  const guarded = PATTERNS.map((re) => ({ re, g: guard(re) }));

  it('guard the localized lists by the pieces their alternatives require', () => {
    const withPieces = guarded.filter(({ g }) => g.pieces);
    expect(withPieces.length).toBeGreaterThanOrEqual(8);
    expect(guard(LOCALIZED_RECIPIENT_LEAD).pieces?.length).toBeGreaterThan(10);
  });

  it('answer as the pattern does on every fixture and every localized phrase', () => {
    let matched = 0;
    for (const text of texts()) {
      const lower = text.toLowerCase();
      for (const { re, g } of guarded) {
        re.lastIndex = 0;
        const want = re.test(text);
        if (want) matched++;
        expect(checkedTest(g, text, lower), `${re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 60))}`).toBe(want);
      }
    }
    // Not vacuous: the patterns do match these texts, many times.
    expect(matched).toBeGreaterThan(500);
  });

  it('answer as the pattern does on random text made of their own words', () => {
    const words = [...new Set(PHRASES.flatMap((p) => p.split(' ')))];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '  ', '\t', '\n', ': ', '<kim@example.org>', '@example.org ', '**')), { maxLength: 30 })
      .chain((parts) => fc.boolean().map((upper) => (upper ? parts.join('').toUpperCase() : parts.join(''))));
    fc.assert(
      fc.property(text, (t) => {
        const lower = t.toLowerCase();
        for (const { re, g } of guarded) {
          re.lastIndex = 0;
          expect(checkedTest(g, t, lower)).toBe(re.test(t));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rely on lower-casing only where it agrees with case-insensitive matching, for every letter of their pieces', () => {
    // A piece is looked for in the lower-cased text: every character the pattern (with i) takes for a piece's letter
    // must lower-case to that letter (Greek final sigma, the Kelvin sign… would not).
    const letters = new Set(guarded.flatMap(({ g }) => [...(g.literal ?? ''), ...(g.pieces ?? []).flat().join('')]));
    for (const c of letters) {
      const re = new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      for (let x = 0; x < 0x10000; x++) {
        const ch = String.fromCharCode(x);
        if (re.test(ch)) expect(ch.toLowerCase(), `U+${x.toString(16)} for ${c}`).toBe(c);
      }
    }
  });
});

describe('the pieces check', () => {
  it('stops after PIECE_CHECKS texts: the pattern, compiled by then, runs alone', () => {
    // A guard whose pieces are deliberately wrong shows when they are consulted.
    const g: Guarded = { re: /abcd/, literal: null, pieces: [['zzzz']], checked: 0 };
    for (let i = 0; i < PIECE_CHECKS; i++) expect(guardedTest(g, 'abcd', 'abcd')).toBe(false);
    expect(guardedTest(g, 'abcd', 'abcd')).toBe(true);
  });
});

describe('requiredPieces', () => {
  it('reads the pieces of each alternative, at the top or in a group every match goes through', () => {
    expect(requiredPieces(/Adresse nicht gefunden|Message bloqué/i)).toEqual([['adresse nicht gefunden'], ['message bloqué']]);
    // Longest first: a caller that checks one piece per alternative checks the most telling one.
    expect(requiredPieces(/^[ \t*]{0,20}(?:Adresse[ \t]{1,3}introuvable|Zustellung unvollständig)[ \t]*$/im)).toEqual([['introuvable', 'adresse'], ['zustellung unvollständig']]);
  });

  it('of the groups every match goes through, takes the one whose alternatives require the longest pieces', () => {
    // "user" and "mail" are in most replies; one of "disabled", "suspended", "deactivated" in few.
    expect(requiredPieces(/\b(?:mailbox|user|mail) (?:is|was) (?:disabled|suspended|deactivated)\b/)).toEqual([['disabled'], ['suspended'], ['deactivated']]);
    // The first group wins a tie.
    expect(requiredPieces(/(?:abcd|efgh) (?:ijkl|mnop)/)).toEqual([['abcd'], ['efgh']]);
  });

  it('reads the text a pattern requires past its lookarounds, which match no text', () => {
    expect(withoutLookarounds(String.raw`\bdoes not accept mail\b(?! from\b)`)).toBe(String.raw`\bdoes not accept mail\b`);
    expect(withoutLookarounds(String.raw`(?<![)(])dns (?:lookup|query) failed`)).toBe(String.raw`dns (?:lookup|query) failed`);
    expect(withoutLookarounds(String.raw`\(?:not a lookaround\)`)).toBe(String.raw`\(?:not a lookaround\)`);
    // At any depth: inside an alternation, inside a repeated group; a named group is no lookbehind.
    expect(withoutLookarounds(String.raw`from (?:you|your(?! (?:domain|ip)\b)|the sender)\b`)).toBe(String.raw`from (?:you|your|the sender)\b`);
    expect(withoutLookarounds(String.raw`server(?:[^.;]|\.(?=\S)){0,60}? not found`)).toBe(String.raw`server(?:[^.;]|\.){0,60}? not found`);
    expect(withoutLookarounds(String.raw`(?<name>abc)(?<!x)def[(?=]`)).toBe(String.raw`(?<name>abc)def[(?=]`);
    expect(requiredLiteral(new RegExp(withoutLookarounds(String.raw`\bnot accepting mail from (?:you|your(?! domain\b))\b`)), 3)).toBe('not accepting mail from ');
    expect(requiredLiteral(new RegExp(withoutLookarounds(String.raw`\bdoes not accept mail\b(?! from\b)`)), 3)).toBe('does not accept mail');
  });
  it('gives up when an alternative requires nothing, the group may be skipped, or on lookarounds', () => {
    expect(requiredPieces(/abcdef|\d+/)).toBeNull();
    expect(requiredPieces(/x(?:abcdef|ghijkl)?y/)).toBeNull();
    expect(requiredPieces(/(?=abcdef)|ghijkl/)).toBeNull();
    expect(requiredPieces(/abcdefgh/)).toBeNull();
  });

  it('never takes an escape’s payload for text (\\u00e9, \\x41, \\p{L}, \\cA, \\k<n>)', () => {
    expect(requiredPieces(/caf\u00e9s|\x41bcdef/, 3)).toEqual([['caf'], ['bcdef']]);
    expect(requiredPieces(/\p{L}wxyz|\cAwxyz/u, 3)).toEqual([['wxyz'], ['wxyz']]);
    expect(requiredLiteral(/\u0041\u0042\u0043\u0044x/)).toBeNull();
  });
});

describe('one scan for many literals (LiteralScan)', () => {
  // Short literals over a small alphabet, so that texts hold them often, overlap them and repeat them.
  const letters = fc.constantFrom('a', 'b', 'c', ' ', '.', 'é', '日');
  const literal = fc.array(letters, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''));
  const item = fc.option(fc.array(literal, { minLength: 1, maxLength: 3 }), { nil: null });
  it('says of each item exactly whether the text holds one of its literals (an item with none always runs)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.array(letters, { maxLength: 40 }), (items, chars) => {
        const text = chars.join('');
        const got = [...new LiteralScan(items).scan(text)];
        const want = items.map((lits) => (lits === null || lits.some((l) => text.includes(l)) ? 1 : 0));
        expect(got).toEqual(want);
      }),
      { numRuns: 500 },
    );
  });
});
