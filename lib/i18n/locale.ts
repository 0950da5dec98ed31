/**
 * The reader's language at run time: the interface words of one language (English in every bundle; another
 * language's words are a chunk of their own, fetched when a page that needs them opens), and numbers, dates and lists
 * written the way that language writes them (Intl). A page sets its locale once before its first render; code that
 * serves several readers at once (the background, the CLI) passes a Locale explicitly.
 */
import { mergeOver } from './catalog';
import type { Lang } from './lang';
import { EN_UI, type UiWords } from './ui/en';
import type { MoreWords } from './ui/more-en';

export interface Locale {
  lang: Lang;
  ui: UiWords;
  /** The settings page's, card's, menu's and CLI's words: loaded only where they are shown (not by popup or report). */
  more: MoreWords | null;
}

export const EN_LOCALE: Locale = { lang: 'en', ui: EN_UI, more: null };

/** The words of a language, English where a translation lacks a key. Each translation is its own chunk. */
export async function loadUi(lang: Lang): Promise<UiWords> {
  switch (lang) {
    case 'de':
      return mergeOver(EN_UI, (await import('./ui/de')).DE_UI);
    case 'fr':
      return mergeOver(EN_UI, (await import('./ui/fr')).FR_UI);
    case 'es':
      return mergeOver(EN_UI, (await import('./ui/es')).ES_UI);
    case 'pt-BR':
      return mergeOver(EN_UI, (await import('./ui/pt-BR')).PT_BR_UI);
    case 'ja':
      return mergeOver(EN_UI, (await import('./ui/ja')).JA_UI);
    default:
      return EN_UI;
  }
}

/** The words of the settings page, card, menu and CLI (more-en.ts), English where a translation lacks a key. */
export async function loadMore(lang: Lang): Promise<MoreWords> {
  const { EN_MORE } = await import('./ui/more-en');
  switch (lang) {
    case 'de':
      return mergeOver(EN_MORE, (await import('./ui/more-de')).DE_MORE);
    case 'fr':
      return mergeOver(EN_MORE, (await import('./ui/more-fr')).FR_MORE);
    case 'es':
      return mergeOver(EN_MORE, (await import('./ui/more-es')).ES_MORE);
    case 'pt-BR':
      return mergeOver(EN_MORE, (await import('./ui/more-pt-BR')).PT_BR_MORE);
    case 'ja':
      return mergeOver(EN_MORE, (await import('./ui/more-ja')).JA_MORE);
    default:
      return EN_MORE;
  }
}

export async function loadLocale(lang: Lang, withMore = false): Promise<Locale> {
  const [ui, more] = await Promise.all([loadUi(lang), withMore ? loadMore(lang) : null]);
  return { lang, ui, more };
}

let current: Locale = EN_LOCALE;

/** The page's locale (English until the page sets it). */
export const locale = (): Locale => current;
export const ui = (): UiWords => current.ui;
/** The settings page's words (and the rest of more-en.ts): only on a page that loaded them (startPageLocale). */
export const more = (): MoreWords => {
  if (!current.more) throw new Error('Bounce Doctor: this page did not load the settings words');
  return current.more;
};

export function setLocale(next: Locale): void {
  current = next;
  const doc = (globalThis as { document?: Document }).document;
  if (doc?.documentElement) doc.documentElement.lang = next.lang;
}

/** Fills {placeholders}; a value the text does not name is ignored, a name without a value stays visible. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{([a-zA-Z]+)\}/g, (whole, key: string) => (values[key] === undefined ? whole : String(values[key])));

/** A count as the reader writes it: 1,234 / 1.234 / 1 234. */
export function formatNumber(n: number, loc: Locale = current): string {
  return n.toLocaleString(loc.lang);
}

/** A date and time as the reader writes them; a text that is not a date is shown as it is. */
export function formatDate(value: number | string | null | undefined, loc: Locale = current): string | null {
  if (value === null || value === undefined || value === '') return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return typeof value === 'string' ? value : null;
  return new Intl.DateTimeFormat(loc.lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Items joined as the reader's language joins a list ("a, b, c"; "a, b und c"; "a、b、c"). */
export function formatList(items: readonly string[], loc: Locale = current): string {
  return new Intl.ListFormat(loc.lang, { type: 'conjunction', style: 'narrow' }).format(items);
}
