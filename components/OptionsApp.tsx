import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { clearHistory, DEFAULT_OPTIONS, loadOptions, saveOptions, type Options } from '../lib/pages/store';

/** Options: the card per webmail, the history, and clearing it. */
export function OptionsApp({ browser }: { browser: Pick<Browser, 'storage'> }) {
  const [options, setOptions] = useState<Options>(DEFAULT_OPTIONS);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadOptions(browser).then(setOptions);
  }, []);
  const update = (next: Options) => {
    setOptions(next);
    void saveOptions(browser, next).then(() => setStatus('Saved.'));
  };
  return (
    <main class="bd-popup bd-options-page">
      <h1>Bounce Doctor options</h1>
      <fieldset>
        <legend>Card above bounces</legend>
        <label>
          <input type="checkbox" checked={options.cards.gmail} onChange={(e) => update({ ...options, cards: { ...options.cards, gmail: (e.target as HTMLInputElement).checked } })} /> Show it in Gmail
        </label>
        <label>
          <input type="checkbox" checked={options.cards.outlook} onChange={(e) => update({ ...options, cards: { ...options.cards, outlook: (e.target as HTMLInputElement).checked } })} /> Show it in Outlook on the web
        </label>
      </fieldset>
      <fieldset>
        <legend>History</legend>
        <label>
          <input type="checkbox" checked={options.history} onChange={(e) => update({ ...options, history: (e.target as HTMLInputElement).checked })} /> Keep my last 20 analyses on this computer
        </label>
        <button type="button" class="bd-secondary" onClick={() => void clearHistory(browser).then(() => setStatus('History cleared.'))}>
          Clear history
        </button>
      </fieldset>
      <fieldset>
        <legend>Troubleshooting</legend>
        <label>
          <input type="checkbox" checked={options.debug} onChange={(e) => update({ ...options, debug: (e.target as HTMLInputElement).checked })} /> Show every Bounce Doctor error in the webmail's console
        </label>
      </fieldset>
      <p role="status" class="bd-hint">
        {status}
      </p>
    </main>
  );
}
