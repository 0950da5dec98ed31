import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { clearDismissed } from '../lib/pages/dismissed';
import { clearHistory, DEFAULT_OPTIONS, loadOptions, saveOptions, type Options } from '../lib/pages/store';
import { browserLanguages, isLangChoice, LANG_NAMES, LANGS, resolveLang, type LangChoice } from '../lib/i18n/lang';
import { fill, loadLocale, more, setLocale } from '../lib/i18n/locale';
import { EN_MORE } from '../lib/i18n/ui/more-en';

type OptionsBrowser = Pick<Browser, 'storage'> & Partial<Pick<Browser, 'runtime' | 'commands' | 'i18n'>>;

/** The settings page's words in English; every language's are in lib/i18n/ui (`options`). */
export const OPTIONS_WORDS = EN_MORE.options;

/** The settings page: the card per webmail, dismissed cards, history, the shortcut, troubleshooting, privacy. */
export function OptionsApp({ browser }: { browser: OptionsBrowser }) {
  const [options, setOptions] = useState<Options>(DEFAULT_OPTIONS);
  const [status, setStatus] = useState('');
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void loadOptions(browser).then(setOptions);
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  const OPTIONS_WORDS = more().options;
  const update = (next: Options) => {
    setOptions(next);
    void saveOptions(browser, next).then(() => setStatus(more().options.saved));
  };
  // A new language shows at once: the page's words are loaded, then the page draws again in them.
  const chooseLanguage = (language: LangChoice) => {
    const next = { ...options, language };
    void loadLocale(resolveLang(language, browserLanguages(browser)), true)
      .then((loc) => setLocale(loc))
      .then(() => update(next));
  };
  const automatic = LANG_NAMES[resolveLang('auto', browserLanguages(browser))];
  const version = browser.runtime?.getManifest?.().version ?? '';
  return (
    <main class="bd-page bd-options-page">
      <header class="bd-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{OPTIONS_WORDS.title}</h1>
      </header>
      <p class="bd-intro">{OPTIONS_WORDS.intro}</p>
      <section class="bd-section" aria-labelledby="bd-language">
        <h2 id="bd-language">{OPTIONS_WORDS.languageTitle}</h2>
        <label class="bd-option" for="bd-language-choice">
          {OPTIONS_WORDS.language}
        </label>
        <select
          id="bd-language-choice"
          data-testid="language"
          value={options.language}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            if (isLangChoice(value)) chooseLanguage(value);
          }}
        >
          <option value="auto">{fill(OPTIONS_WORDS.automatic, { lang: automatic })}</option>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
        <p class="bd-hint">{OPTIONS_WORDS.languageHint}</p>
      </section>
      <section class="bd-section" aria-labelledby="bd-cards">
        <h2 id="bd-cards">{OPTIONS_WORDS.cardTitle}</h2>
        <label class="bd-option">
          <input type="checkbox" checked={options.cards.gmail} onChange={(e) => update({ ...options, cards: { ...options.cards, gmail: (e.target as HTMLInputElement).checked } })} /> {OPTIONS_WORDS.gmail}
        </label>
        <label class="bd-option">
          <input type="checkbox" checked={options.cards.outlook} onChange={(e) => update({ ...options, cards: { ...options.cards, outlook: (e.target as HTMLInputElement).checked } })} /> {OPTIONS_WORDS.outlook}
        </label>
        <p class="bd-hint">{OPTIONS_WORDS.cardHint}</p>
        <button type="button" class="bd-secondary" onClick={() => void clearDismissed(browser).then(() => setStatus(more().options.undismissed))}>
          {OPTIONS_WORDS.undismiss}
        </button>
      </section>
      <section class="bd-section" aria-labelledby="bd-history">
        <h2 id="bd-history">{OPTIONS_WORDS.historyTitle}</h2>
        <label class="bd-option">
          <input type="checkbox" checked={options.history} onChange={(e) => update({ ...options, history: (e.target as HTMLInputElement).checked })} /> {OPTIONS_WORDS.history}
        </label>
        <p class="bd-hint">{OPTIONS_WORDS.historyHint}</p>
        <button type="button" class="bd-secondary" onClick={() => void clearHistory(browser).then(() => setStatus(more().options.cleared))}>
          {OPTIONS_WORDS.clear}
        </button>
      </section>
      <section class="bd-section" aria-labelledby="bd-shortcut">
        <h2 id="bd-shortcut">{OPTIONS_WORDS.shortcutTitle}</h2>
        <p data-testid="shortcut">{shortcut ? OPTIONS_WORDS.shortcut.replace('{keys}', shortcut) : OPTIONS_WORDS.noShortcut}</p>
        <p class="bd-hint">{OPTIONS_WORDS.shortcutHint}</p>
      </section>
      <section class="bd-section" aria-labelledby="bd-troubleshooting">
        <h2 id="bd-troubleshooting">{OPTIONS_WORDS.troubleshooting}</h2>
        <label class="bd-option">
          <input type="checkbox" checked={options.debug} onChange={(e) => update({ ...options, debug: (e.target as HTMLInputElement).checked })} /> {OPTIONS_WORDS.debug}
        </label>
      </section>
      <section class="bd-section" aria-labelledby="bd-privacy">
        <h2 id="bd-privacy">{OPTIONS_WORDS.privacyTitle}</h2>
        <p>{OPTIONS_WORDS.privacy}</p>
      </section>
      <p role="status" class="bd-status">
        {status}
      </p>
      <footer class="bd-footer">{version && OPTIONS_WORDS.version.replace('{version}', version)}</footer>
    </main>
  );
}
