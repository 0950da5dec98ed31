/**
 * The background's language: the options' choice, else the browser's interface language. It reads the choice on each
 * use (a service worker's globals do not last), and every language's words and knowledge texts are bundled with it
 * (a service worker cannot fetch a chunk later), so a change in the options applies to the next bounce at once.
 */
import type { Browser } from 'webextension-polyfill';
import type { Knowledge } from '../diagnosis/texts/catalog';
import { loadKnowledge } from '../diagnosis/texts/load';
import { browserLanguages, resolveLang, type Lang } from '../i18n/lang';
import { loadLocale, type Locale } from '../i18n/locale';
import type { MoreWords } from '../i18n/ui/more-en';
import { loadOptions } from '../pages/store';

export interface ReaderLanguage {
  loc: Locale;
  /** The card's, menu's and tooltip's words. */
  more: MoreWords;
  k: Knowledge;
}

export async function readerLang(browser: Pick<Browser, 'storage'> & Partial<Pick<Browser, 'i18n'>>): Promise<Lang> {
  const options = await loadOptions(browser).catch(() => null);
  return resolveLang(options?.language ?? 'auto', browserLanguages(browser));
}

export async function readerLanguage(browser: Pick<Browser, 'storage'> & Partial<Pick<Browser, 'i18n'>>): Promise<ReaderLanguage> {
  const lang = await readerLang(browser);
  const [loc, k] = await Promise.all([loadLocale(lang, true), loadKnowledge(lang)]);
  return { loc, more: loc.more as MoreWords, k };
}
