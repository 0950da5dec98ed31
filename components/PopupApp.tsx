import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { sendMessage } from '../lib/messaging/messaging';
import type { TabState } from '../lib/messaging/protocol';
import { analyzeInput, type Analysis } from '../lib/popup/analyze';
import { BounceFacts } from './BounceFacts';
import { PasteForm } from './PasteForm';

interface Props {
  browser: Pick<Browser, 'runtime' | 'tabs'>;
  location: Pick<Location, 'search'>;
}

const WEBMAIL_NAMES = { gmail: 'Gmail', outlook: 'Outlook on the web' } as const;

export function PopupApp({ browser, location }: Props) {
  const [tabState, setTabState] = useState<TabState | null>(null);
  const [initialText, setInitialText] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (input: string | Uint8Array, label: string) => {
    setBusy(true);
    try {
      setAnalysis(await analyzeInput(input, label));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const token = new URLSearchParams(location.search).get('selection');
    if (token) {
      void sendMessage(browser, 'page:take-selection', { token }).then((sel) => {
        if (sel) {
          setInitialText(sel.text);
          void run(sel.text, 'Selected text');
        } else {
          setAnalysis({ label: 'Selected text', error: 'That selection is no longer available. Select the text and try again.', report: null, diagnoses: [] });
        }
      });
      return;
    }
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => (tab?.id !== undefined ? sendMessage(browser, 'page:get-tab-state', { tabId: tab.id }) : null))
      .then((state) => setTabState(state ?? null))
      .catch(() => setTabState(null));
  }, []);

  return (
    <main class="bd-popup">
      <header class="bd-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Bounce Doctor</h1>
      </header>
      <p class="bd-tab-status" data-testid="tab-status" role="status">
        {tabState
          ? `Watching ${WEBMAIL_NAMES[tabState.webmail]} on this tab. Open a bounce there, or paste one below.`
          : 'Paste a bounce, or drop a .eml file, to see why it bounced.'}
      </p>
      <PasteForm initialText={initialText} busy={busy} onSubmit={run} />
      {analysis && <BounceFacts analysis={analysis} />}
      <footer class="bd-footer">Everything runs on this computer. Nothing is sent anywhere.</footer>
    </main>
  );
}
