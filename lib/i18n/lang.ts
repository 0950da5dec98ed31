/**
 * The languages Bounce Doctor speaks, and which one a reader gets: the one chosen in the options, else the first of
 * the browser's (or the terminal's) languages that Bounce Doctor has, else English. Small and table-free: content
 * scripts and the CLI import it.
 */

export const LANGS = ['en', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
/** The options' choice: follow the browser ("auto"), or one language. */
export type LangChoice = 'auto' | Lang;

/** Each language in its own words, for the options' list. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  ja: '日本語',
};

export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGS as readonly string[]).includes(x);
export const isLangChoice = (x: unknown): x is LangChoice => x === 'auto' || isLang(x);

/**
 * The language of a BCP 47 tag ("de-AT" → de, "pt" or "pt-PT" → pt-BR, the Portuguese we have) or of a POSIX locale
 * ("fr_FR.UTF-8" → fr); null for a language Bounce Doctor does not have ("it", "C", "POSIX").
 */
export function matchLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const primary = /^([a-zA-Z]{2,3})(?:[-_.@]|$)/.exec(tag.trim())?.[1]?.toLowerCase();
  if (!primary) return null;
  if (primary === 'pt') return 'pt-BR';
  return isLang(primary) ? primary : null;
}

/** The language to speak: the choice, unless it is "auto"; then the first preferred language we have; else English. */
export function resolveLang(choice: LangChoice | null | undefined, preferred: readonly (string | null | undefined)[]): Lang {
  if (choice && choice !== 'auto' && isLang(choice)) return choice;
  for (const tag of preferred) {
    const lang = matchLang(tag);
    if (lang) return lang;
  }
  return 'en';
}

/**
 * The browser's interface language: first the one whose _locales messages the browser picked for the extension (the
 * `uiLanguage` message names it; the manifest's name and description follow the same choice — headless Chromium
 * makes it from --lang while getUILanguage still says en-US), unless that is only the English default; then
 * getUILanguage; then the page's languages.
 */
export function browserLanguages(browser?: { i18n?: { getUILanguage?: () => string; getMessage?: (name: string) => string } } | null): string[] {
  const out: string[] = [];
  try {
    const picked = browser?.i18n?.getMessage?.('uiLanguage');
    if (picked && picked !== 'en') out.push(picked);
    const ui = browser?.i18n?.getUILanguage?.();
    if (ui) out.push(ui);
  } catch {
    // No i18n API here (a unit test's fake browser): the navigator's languages follow.
  }
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } }).navigator;
  if (nav?.languages) out.push(...nav.languages);
  else if (nav?.language) out.push(nav.language);
  return out;
}

/**
 * The terminal's language, as POSIX orders the variables: LC_ALL, then LC_MESSAGES, then LANG; LANGUAGE (GNU's list,
 * "de:en") is read first when a locale is set at all, as gettext does.
 */
export function terminalLanguages(env: Readonly<Record<string, string | undefined>>): string[] {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const list = locale && locale !== 'C' && locale !== 'POSIX' && env.LANGUAGE ? env.LANGUAGE.split(':') : [];
  return [...list, locale].filter((x) => x !== '');
}
