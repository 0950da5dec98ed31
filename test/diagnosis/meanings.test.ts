/**
 * documentedMeanings (cues.ts) searches the documented texts as one string instead of building a word index first
 * (speed: issue 13). Its answers must stay those of the definition: the categories of every documented text that
 * contains the phrase and — for a phrase of whole words — holds the phrase's longest word as a word of its own, plus
 * the categories a token is documented with. The definition is written out below, index and all, and compared with
 * the fast one for every phrase and token of the tables, both ways of matching case, and awkward phrases.
 */
import { describe, expect, it } from 'vitest';
import { cues, documentedMeanings } from '../../lib/diagnosis/cues';
import { KNOWLEDGE } from '../../lib/diagnosis/knowledge/index';
import type { KnowledgeSource } from '../../lib/diagnosis/knowledge/types';
import type { Category } from '../../lib/diagnosis/types';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** The definition, as the engine computed it before (a word index, then a search of the texts holding the word). */
function byDefinition(knowledge: readonly KnowledgeSource[]): (phrase: string, own: Category, caseSensitive?: boolean) => number {
  const texts = knowledge.flatMap((k) => k.replies.map((e) => ({ text: e.text, lower: e.text.toLowerCase(), category: e.category, token: e.token })));
  const byWord = new Map<string, number[]>();
  texts.forEach((t, i) => {
    for (const w of new Set(t.lower.split(/[^\p{L}\p{N}]+/u))) if (w) (byWord.get(w) ?? byWord.set(w, []).get(w) as number[]).push(i);
  });
  const byToken = new Map<string, Category[]>();
  for (const t of texts) if (t.token) (byToken.get(t.token) ?? byToken.set(t.token, []).get(t.token) as Category[]).push(t.category);
  return (phrase, own, caseSensitive = false) => {
    const p = caseSensitive ? phrase : phrase.replace(/\*$/, '').toLowerCase();
    const words = p.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const longest = words.sort((a, b) => b.length - a.length)[0];
    const candidates = longest && !phrase.endsWith('*') && !UNSPACED.test(p) ? byWord.get(longest) ?? [] : texts.map((_, i) => i);
    const seen = new Set<Category>([own]);
    for (const i of candidates) {
      const t = texts[i] as (typeof texts)[number];
      if ((caseSensitive ? t.text : t.lower).includes(p)) seen.add(t.category);
    }
    for (const c of byToken.get(phrase) ?? []) seen.add(c);
    return seen.size;
  };
}

describe('documentedMeanings', () => {
  const fast = documentedMeanings(KNOWLEDGE);
  const reference = byDefinition(KNOWLEDGE);

  it('gives the definition’s answer for every phrase, token and pattern text of the tables, either case rule', () => {
    const defs = cues().all;
    expect(defs.length).toBeGreaterThan(1000);
    let several = 0;
    for (const d of defs) {
      for (const caseSensitive of [false, true]) {
        const want = reference(d.text, d.category, caseSensitive);
        expect(fast(d.text, d.category, caseSensitive), `${d.id}: ${d.text}`).toBe(want);
        if (want > 1) several++;
      }
    }
    // The comparison is not vacuous: many phrases have several documented meanings.
    expect(several).toBeGreaterThan(50);
  });

  it('gives the definition’s answer for documented texts themselves, their pieces, and awkward phrases', () => {
    const texts = KNOWLEDGE.flatMap((k) => k.replies.map((e) => e.text));
    const phrases = [
      '',
      ' ',
      '*',
      'user*',
      'mailbox full*',
      '\u0000',
      'a\u0000b',
      'é',
      'メールボックス',
      '5.7.1',
      '550',
      'User unknown',
      'USER UNKNOWN',
      ...texts.filter((_, i) => i % 7 === 0),
      ...texts.filter((_, i) => i % 11 === 0).map((t) => t.slice(3, 25)),
      ...texts.filter((_, i) => i % 13 === 0).map((t) => t.slice(-12)),
    ];
    for (const p of phrases) for (const caseSensitive of [false, true]) expect(fast(p, 'spam', caseSensitive), JSON.stringify(p)).toBe(reference(p, 'spam', caseSensitive));
  });
});
