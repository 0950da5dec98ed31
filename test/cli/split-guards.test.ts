/**
 * The CLI tests the engine's guarded phrase lists one alternative at a time (lib/node/split-guards.ts), so that a
 * fresh process never compiles the localized notices' long patterns whole: the answer must be the one of the whole
 * pattern, on every text — the notices' own phrases in context, in other cases, cut short, and every line of the
 * project's fixtures — and a pattern whose alternatives cannot be tried apart is left whole.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARDED } from '../../lib/engine/formats';
import { LEGACY } from '../../lib/engine/legacy';
import { guard, guardedTest } from '../../lib/engine/literal';
import { LOCALIZED_NOTICES, LOCALIZED_REPLY_INTRO } from '../../lib/engine/localized-notices';
import { LOCALIZED_INTRO, LOCALIZED_LEAD, LOCALIZED_TRAIL } from '../../lib/engine/text-report';
import { splitAlternatives, splitGuards } from '../../lib/node/split-guards';

const fixtures = join(__dirname, '..', 'fixtures');
const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

/** The localized phrases in the places the reader meets them, and the fixtures' lines and paragraphs. */
function texts(): string[] {
  const phrases = LOCALIZED_NOTICES.flatMap((n) => [...n.headlines, ...n.leads, ...(n.trails ?? []), ...n.replyIntros, ...(n.phrases ?? [])]);
  const out: string[] = [];
  for (const p of phrases) {
    out.push(p, p.toUpperCase(), p.toLowerCase(), `** ${p} **`, `${p} pat@example.com`, `pat@example.com${p}`, `Reply: ${p}: 550 5.1.1 unknown`, `${p}\n550 5.1.1`);
    out.push(p.replace(/ /g, '  '), p.replace(/ /g, '\t'), p.replace(/ /g, '    '), p.slice(0, -1), p.slice(1), `  ${p}`, `${p}${'x'.repeat(13)}`);
  }
  for (const f of files(fixtures)) {
    const text = readFileSync(f, 'latin1');
    out.push(text, ...text.split(/\n\s*\n/), ...text.split('\n'));
  }
  return out;
}

/** The engine's guarded patterns (a guard the CLI already split carries its pattern's source and flags). */
const patterns = () =>
  [...GUARDED, ...LEGACY.formats]
    .flatMap((f) => f.sigs)
    .concat([LOCALIZED_LEAD, LOCALIZED_TRAIL, LOCALIZED_INTRO])
    .map(({ re: { source, flags } }) => new RegExp(source, flags));

describe('guarded phrase lists tested one alternative at a time', () => {
  it('give the answer of the whole pattern on every text', () => {
    const all = texts().map((text) => ({ text, lower: text.toLowerCase() }));
    let split = 0;
    let matched = 0;
    for (const re of patterns()) {
      // Fresh guards for each 1,000 texts: past PIECE_CHECKS texts both run the whole pattern.
      for (let from = 0; from < all.length; from += 1000) {
        const whole = guard(re);
        const parts = guard(re);
        splitGuards([parts]);
        for (const { text, lower } of all.slice(from, from + 1000)) {
          const expected = guardedTest(whole, text, lower);
          if (expected) matched++;
          if (guardedTest(parts, text, lower) !== expected) expect.fail(`${re.source.slice(0, 60)} on ${JSON.stringify(text.slice(0, 80))}: not ${String(expected)}`);
        }
        if (from === 0 && splitAlternatives(re)) split++;
      }
    }
    // The localized lists are among the split patterns, and the texts reach them.
    expect(split).toBeGreaterThan(5);
    expect(matched).toBeGreaterThan(100);
  });

  it('split the localized reply introductions, the longest pattern, into its phrases', () => {
    const alternatives = splitAlternatives(LOCALIZED_REPLY_INTRO);
    expect(alternatives?.length).toBe(new Set(LOCALIZED_NOTICES.flatMap((n) => n.replyIntros)).size);
    for (const alt of alternatives ?? []) expect(alt.source.length).toBeLessThan(200);
  });

  it('try a group apart only where a match goes through it once, with nothing that refers to it', () => {
    expect(splitAlternatives(/x(?:ab|cd)y/i)?.map((a) => a.source)).toEqual(['x(?:ab)y', 'x(?:cd)y']);
    expect(splitAlternatives(/^(?:Adresse introuvable|Nachricht nicht zugestellt)$/m)?.map((a) => a.pieces)).toEqual([['adresse introuvable'], ['nachricht nicht zugestellt']]);
    expect(splitAlternatives(/ab|cd/)?.map((a) => a.source)).toEqual(['ab', 'cd']);
    for (const re of [/(?:ab|cd)+x/, /(?:ab|cd){2}x/, /(?:ab|cd)?x/, /(ab|cd)\1/, /(?<w>ab|cd)\k<w>/, /(?<=q)(?:ab|cd)/, /(?:ab|cd)(?!x)/, /abcd/])
      expect(splitAlternatives(re), String(re)).toBeNull();
    // A quantified group would answer otherwise: "abcd" matches /(?:ab|cd)+$/ but neither /(?:ab)+$/ nor… at its start.
    const g = guard(/^(?:ab|cd)+$/);
    splitGuards([g]);
    expect(guardedTest(g, 'abcd', 'abcd')).toBe(true);
  });
});
