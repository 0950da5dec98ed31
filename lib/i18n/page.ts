/**
 * An extension page's language, set before its first render: the one chosen in the options, else the browser's, and
 * that language's words fetched (English needs no fetch). A failure leaves the page in English, never blank.
 */
import type { Browser } from 'webextension-polyfill';
import { loadOptions } from '../pages/store';
import { browserLanguages, resolveLang } from './lang';
import { EN_LOCALE, loadLocale, loadMore, setLocale, type Locale } from './locale';

export async function startPageLocale(browser: Pick<Browser, 'storage'> & Partial<Pick<Browser, 'i18n'>>, withMore = false): Promise<Locale> {
  try {
    const options = await loadOptions(browser);
    const loc = await loadLocale(resolveLang(options.language, browserLanguages(browser)), withMore);
    setLocale(loc);
    return loc;
  } catch {
    const loc = { ...EN_LOCALE, more: withMore ? await loadMore('en') : null };
    setLocale(loc);
    return loc;
  }
}
