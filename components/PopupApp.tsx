import { useEffect, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { sendMessage } from '../lib/messaging/messaging';
import type { TabState } from '../lib/messaging/protocol';
import { analyzeInput, analyzeReport, type Analysis } from '../lib/popup/analyze';
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
  const [tabBounces, setTabBounces] = useState<Analysis[]>([]);

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
    // "Open full report" from a card names the tab; the toolbar popup uses the active tab.
    const params = new URLSearchParams(location.search);
    const namedTab = Number(params.get('tab'));
    const tabId: Promise<number | undefined> = Number.isInteger(namedTab) && namedTab > 0
      ? Promise.resolve(namedTab)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab?.id);
    void tabId
      .then((id) => (id !== undefined ? sendMessage(browser, 'page:get-tab-state', { tabId: id }) : null))
      .then((state) => {
        setTabState(state ?? null);
        const wanted = params.get('message');
        const bounces = (state?.bounces ?? []).filter((b) => !wanted || b.messageId === wanted);
        if (bounces.length > 0) setTabBounces(bounces.map((b) => analyzeReport(b.report, b.subject ?? 'Bounce on this tab')));
      })
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
          ? tabBounces.length > 0
            ? `${tabBounces.length === 1 ? 'A bounce is' : `${tabBounces.length} bounces are`} open in ${WEBMAIL_NAMES[tabState.webmail]} on this tab.`
            : `Watching ${WEBMAIL_NAMES[tabState.webmail]} on this tab. Open a bounce there, or paste one below.`
          : 'Paste a bounce, or drop a .eml file, to see why it bounced.'}
      </p>
      {tabBounces.map((a, i) => (
        <section key={i} class="bd-tab-bounce" aria-label={`Bounce: ${a.label}`}>
          <h2 class="bd-subject">{a.label}</h2>
          <BounceFacts analysis={a} />
        </section>
      ))}
      <PasteForm initialText={initialText} busy={busy} onSubmit={run} />
      {analysis && <BounceFacts analysis={analysis} />}
      <footer class="bd-footer">Everything runs on this computer. Nothing is sent anywhere.</footer>
    </main>
  );
}
