/**
 * Every language has every key of English, no other key, and the same {placeholders} in each text — for the interface
 * words (lib/i18n/ui) and the knowledge texts (lib/diagnosis/texts). A key a language lacks reads in English.
 */
import { describe, expect, it } from 'vitest';
import { compareCatalogs, flatten, mergeOver } from '../../lib/i18n/catalog';
import { LANGS } from '../../lib/i18n/lang';
import { loadUi } from '../../lib/i18n/locale';
import { EN_UI } from '../../lib/i18n/ui/en';
import { DE_UI } from '../../lib/i18n/ui/de';
import { FR_UI } from '../../lib/i18n/ui/fr';
import { ES_UI } from '../../lib/i18n/ui/es';
import { PT_BR_UI } from '../../lib/i18n/ui/pt-BR';
import { JA_UI } from '../../lib/i18n/ui/ja';
import { EN_MORE } from '../../lib/i18n/ui/more-en';
import { DE_MORE } from '../../lib/i18n/ui/more-de';
import { FR_MORE } from '../../lib/i18n/ui/more-fr';
import { ES_MORE } from '../../lib/i18n/ui/more-es';
import { PT_BR_MORE } from '../../lib/i18n/ui/more-pt-BR';
import { JA_MORE } from '../../lib/i18n/ui/more-ja';
import { EN_KNOWLEDGE, FREE_LISTS } from '../../lib/diagnosis/texts/catalog';
import { loadKnowledge } from '../../lib/diagnosis/texts/load';
import { DE } from '../../lib/diagnosis/texts/de';
import { FR } from '../../lib/diagnosis/texts/fr';
import { ES } from '../../lib/diagnosis/texts/es';
import { PT_BR } from '../../lib/diagnosis/texts/pt-BR';
import { JA } from '../../lib/diagnosis/texts/ja';
import { speaksOfFinalRefusal } from '../../lib/diagnosis/explain';
import { CATEGORY_TEXTS, PROVIDER_STEPS } from '../../lib/diagnosis/texts/en';

const UI = { de: DE_UI, fr: FR_UI, es: ES_UI, 'pt-BR': PT_BR_UI, ja: JA_UI } as const;
const KNOWLEDGE = { de: DE, fr: FR, es: ES, 'pt-BR': PT_BR, ja: JA } as const;
const MORE = { de: DE_MORE, fr: FR_MORE, es: ES_MORE, 'pt-BR': PT_BR_MORE, ja: JA_MORE } as const;

describe('catalog key check', () => {
  for (const [lang, words] of Object.entries(UI)) {
    it(`interface words in ${lang}: every key of English, no other, same placeholders`, () => {
      expect(compareCatalogs(EN_UI, words)).toEqual([]);
    });
  }
  for (const [lang, words] of Object.entries(MORE)) {
    it(`settings, card, menu and CLI words in ${lang}: every key of English, no other, same placeholders`, () => {
      expect(compareCatalogs(EN_MORE, words)).toEqual([]);
    });
  }
  for (const [lang, texts] of Object.entries(KNOWLEDGE)) {
    it(`knowledge texts in ${lang}: every key of English, no other, same placeholders`, () => {
      expect(compareCatalogs(EN_KNOWLEDGE, texts, FREE_LISTS)).toEqual([]);
    });
  }

  it('fails on a missing key, an extra key and a dropped placeholder', () => {
    const broken = structuredClone(DE) as Record<string, unknown> & { titles: Record<string, string>; categories: Record<string, { checklist: string[] }> };
    delete broken.titles.spf;
    broken.titles['no-such-category'] = 'x';
    broken.categories.dmarc!.checklist[0] = 'Sehen Sie sich die DMARC-Richtlinie an.';
    const problems = compareCatalogs(EN_KNOWLEDGE, broken, FREE_LISTS);
    expect(problems).toContainEqual({ kind: 'missing', key: 'titles.spf' });
    expect(problems).toContainEqual({ kind: 'extra', key: 'titles.no-such-category' });
    expect(problems).toContainEqual(expect.objectContaining({ kind: 'placeholder', key: 'categories.dmarc.checklist.0' }));
    const ui = structuredClone(JA_MORE) as { card: Record<string, string> };
    ui.card.more = 'ほか';
    expect(compareCatalogs(EN_MORE, ui)).toEqual([expect.objectContaining({ kind: 'placeholder', key: 'card.more' })]);
  });

  it('a key a language lacks reads in English, the rest in the language', () => {
    const partial = { titles: { spf: 'SPF auf Deutsch {who}' } };
    const merged = mergeOver(EN_KNOWLEDGE, partial, FREE_LISTS);
    expect(merged.titles.spf).toBe('SPF auf Deutsch {who}');
    expect(merged.titles.dkim).toBe(EN_KNOWLEDGE.titles.dkim);
    expect(merged.categories.spf.checklist).toEqual(EN_KNOWLEDGE.categories.spf.checklist);
    // A checklist of another length would misplace commands and links: English is kept whole.
    const shorter = mergeOver(EN_KNOWLEDGE, { categories: { spf: { checklist: ['nur einer'] } } }, FREE_LISTS);
    expect(shorter.categories.spf.checklist).toEqual(EN_KNOWLEDGE.categories.spf.checklist);
  });

  it('each language loads as its own merged table', async () => {
    for (const lang of LANGS) {
      const [ui, k] = await Promise.all([loadUi(lang), loadKnowledge(lang)]);
      expect([...flatten(ui).keys()]).toEqual([...flatten(EN_UI).keys()]);
      if (lang !== 'en') {
        expect(ui.page.steps).not.toBe(EN_UI.page.steps);
        expect(k.titles.spf).not.toBe(EN_KNOWLEDGE.titles.spf);
      }
    }
  });
});

describe('a delay in every language leaves out what a final refusal says', () => {
  const split = /(?<=\.)\s+|(?<=。)/;
  for (const lang of Object.keys(KNOWLEDGE) as (keyof typeof KNOWLEDGE)[]) {
    it(`${lang}: the same steps and as many sentences speak of a final refusal as in English`, async () => {
      const k = await loadKnowledge(lang);
      for (const [c, t] of Object.entries(CATEGORY_TEXTS)) {
        if (t.temporaryAlready) continue;
        const en = EN_KNOWLEDGE.categories[c as keyof typeof CATEGORY_TEXTS];
        const tr = k.categories[c as keyof typeof CATEGORY_TEXTS];
        const count = (text: string, kk = EN_KNOWLEDGE) => text.split(split).filter((s) => speaksOfFinalRefusal(s, kk)).length;
        expect(count(tr.explanation, k), `${c} explanation`).toBe(count(en.explanation));
        en.checklist.forEach((s, i) => expect(speaksOfFinalRefusal(tr.checklist[i] as string, k), `${c} step ${i}: ${tr.checklist[i]}`).toBe(speaksOfFinalRefusal(s)));
      }
      for (const [key, steps] of Object.entries(PROVIDER_STEPS)) steps.forEach((s, i) => expect(speaksOfFinalRefusal(k.providerSteps[key]?.[i] as string, k), key).toBe(speaksOfFinalRefusal(s.text)));
    });
  }
});
