/**
 * The knowledge texts of one language, English where a translation lacks a key. Each translation is a chunk of its
 * own: a page fetches only its reader's language, with the engine; the background and the CLI bundle them all.
 */
import { mergeOver } from '../../i18n/catalog';
import type { Lang } from '../../i18n/lang';
import { EN_KNOWLEDGE, FREE_LISTS, type Knowledge } from './catalog';

const loaded = new Map<Lang, Knowledge>([['en', EN_KNOWLEDGE]]);

async function translation(lang: Lang): Promise<unknown> {
  switch (lang) {
    case 'de':
      return (await import('./de')).DE;
    case 'fr':
      return (await import('./fr')).FR;
    case 'es':
      return (await import('./es')).ES;
    case 'pt-BR':
      return (await import('./pt-BR')).PT_BR;
    case 'ja':
      return (await import('./ja')).JA;
    default:
      return undefined;
  }
}

export async function loadKnowledge(lang: Lang): Promise<Knowledge> {
  const known = loaded.get(lang);
  if (known) return known;
  const k = mergeOver(EN_KNOWLEDGE, await translation(lang), FREE_LISTS);
  loaded.set(lang, k);
  return k;
}
