import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { clearDismissed } from '../lib/pages/dismissed';
import { clearHistory, DEFAULT_OPTIONS, loadOptions, saveOptions, type Options } from '../lib/pages/store';

type OptionsBrowser = Pick<Browser, 'storage'> & Partial<Pick<Browser, 'runtime' | 'commands'>>;

export const OPTIONS_WORDS = {
  title: 'Bounce Doctor settings',
  intro: 'Bounce Doctor explains why an email bounced and what to do about it: in a card above the bounce in Gmail and Outlook on the web, in the toolbar, and for any text you select and right-click.',
  cardTitle: 'Card above bounces',
  cardHint: 'The toolbar still shows bounces on the tab when the card is off.',
  gmail: 'Show it in Gmail',
  outlook: 'Show it in Outlook on the web',
  undismiss: 'Show dismissed cards again',
  undismissed: 'Dismissed cards will show again.',
  historyTitle: 'History',
  history: 'Keep my last 20 analyses on this computer',
  historyHint: 'Kept: the diagnosis and the facts of the bounce (failed addresses, codes, replies up to 2,000 characters) — never whole messages.',
  clear: 'Clear history',
  cleared: 'History cleared.',
  shortcutTitle: 'Keyboard shortcut',
  shortcut: 'Open the Bounce Doctor popup: {keys}',
  noShortcut: 'No shortcut is set to open the popup.',
  shortcutHint: 'Change it in your browser’s extension shortcut settings (Chrome: chrome://extensions/shortcuts; Firefox: Add-ons › ⚙ › Manage Extension Shortcuts).',
  troubleshooting: 'Troubleshooting',
  debug: "Show every Bounce Doctor error in the webmail's console",
  privacyTitle: 'Privacy',
  privacy: 'Everything runs on this computer. Bounce Doctor makes no network requests, sends no telemetry, and nothing about your mail leaves the browser.',
  version: 'Version {version}',
  saved: 'Saved.',
} as const;

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
  const update = (next: Options) => {
    setOptions(next);
    void saveOptions(browser, next).then(() => setStatus(OPTIONS_WORDS.saved));
  };
  const version = browser.runtime?.getManifest?.().version ?? '';
  return (
    <main class="bd-page bd-options-page">
      <header class="bd-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>{OPTIONS_WORDS.title}</h1>
      </header>
      <p class="bd-intro">{OPTIONS_WORDS.intro}</p>
      <section class="bd-section" aria-labelledby="bd-cards">
        <h2 id="bd-cards">{OPTIONS_WORDS.cardTitle}</h2>
        <label class="bd-option">
          <input type="checkbox" checked={options.cards.gmail} onChange={(e) => update({ ...options, cards: { ...options.cards, gmail: (e.target as HTMLInputElement).checked } })} /> {OPTIONS_WORDS.gmail}
        </label>
        <label class="bd-option">
          <input type="checkbox" checked={options.cards.outlook} onChange={(e) => update({ ...options, cards: { ...options.cards, outlook: (e.target as HTMLInputElement).checked } })} /> {OPTIONS_WORDS.outlook}
        </label>
        <p class="bd-hint">{OPTIONS_WORDS.cardHint}</p>
        <button type="button" class="bd-secondary" onClick={() => void clearDismissed(browser).then(() => setStatus(OPTIONS_WORDS.undismissed))}>
          {OPTIONS_WORDS.undismiss}
        </button>
      </section>
      <section class="bd-section" aria-labelledby="bd-history">
        <h2 id="bd-history">{OPTIONS_WORDS.historyTitle}</h2>
        <label class="bd-option">
          <input type="checkbox" checked={options.history} onChange={(e) => update({ ...options, history: (e.target as HTMLInputElement).checked })} /> {OPTIONS_WORDS.history}
        </label>
        <p class="bd-hint">{OPTIONS_WORDS.historyHint}</p>
        <button type="button" class="bd-secondary" onClick={() => void clearHistory(browser).then(() => setStatus(OPTIONS_WORDS.cleared))}>
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
