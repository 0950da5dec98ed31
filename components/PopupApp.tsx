import { useEffect, useRef, useState } from 'preact/hooks';
import type { Browser } from 'webextension-polyfill';
import { loadTabState, loadTabStates } from '../lib/background/tab-state';
import type { TabState } from '../lib/messaging/protocol';
import { remember } from '../lib/pages/remember';
import { clearHistory, loadHistory, type HistoryItem } from '../lib/pages/store';
import { analyzeInput, storedAnalysis, loadEngine, type Analysis } from '../lib/popup/analyze';
import { fill, ui } from '../lib/i18n/locale';
import { PasteForm } from './PasteForm';
import { RecentList } from './RecentList';
import { ResultView } from './ResultView';

interface Props {
  browser: Pick<Browser, 'runtime' | 'tabs' | 'storage'>;
  location: Pick<Location, 'search'>;
  /**
   * The tab lookup, started by the page before rendering (main.tsx). When it is already done, the first render shows the
   * tab's diagnosis: one layout, no empty frame and no jump when it arrives.
   */
  tab?: TabLookup | Promise<TabLookup>;
}

export interface TabLookup {
  tabId: number | null;
  state: TabState | null;
}

/** Which tab the popup is about ("Open full report" from a card names it; the toolbar uses the active tab) and its state. */
export async function lookUpTab(browser: Pick<Browser, 'tabs' | 'storage'>, location: Pick<Location, 'search'>): Promise<TabLookup> {
  // Extension pages may read session storage directly: no round trip through the service worker.
  const namedTab = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(namedTab) && namedTab > 0) return { tabId: namedTab, state: await loadTabState(browser, namedTab) };
  // Which tab is active, and every watched tab's state, read at once rather than one after the other.
  const [tabs, states] = await Promise.all([browser.tabs.query({ active: true, currentWindow: true }), loadTabStates(browser)]);
  const tabId = tabs[0]?.id ?? null;
  return { tabId, state: tabId === null ? null : (states.get(tabId) ?? null) };
}

const webmailName = (w: 'gmail' | 'outlook') => ui().popup[w];

const omittedOf = (state: TabState | null, messageId: string) => state?.bounces.find((b) => b.messageId === messageId)?.omitted ?? 0;

interface TabView {
  tabId: number | null;
  state: TabState | null;
  bounces: { messageId: string; analysis: Analysis }[];
}

/** The tab's bounces to show: all of them, or the one a card's "Open full report" named (`?message=`). */
function viewOf({ tabId, state }: TabLookup, location: Pick<Location, 'search'>): TabView {
  const wanted = new URLSearchParams(location.search).get('message');
  const bounces = (state?.bounces ?? []).filter((b) => !wanted || b.messageId === wanted);
  return { tabId, state, bounces: bounces.map((b) => ({ messageId: b.messageId, analysis: storedAnalysis(b, b.subject ?? ui().popup.tabBounce) })) };
}

export function PopupApp({ browser, location, tab }: Props) {
  const ready = tab !== undefined && !(tab instanceof Promise) ? tab : null;
  const [{ state: tabState, bounces: tabBounces }, setTabView] = useState<TabView>(() => (ready ? viewOf(ready, location) : { tabId: null, state: null, bounces: [] }));
  const [analysis, setAnalysis] = useState<{ analysis: Analysis; id: string | null } | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<HistoryItem[]>([]);

  const refreshHistory = () => void loadHistory(browser).then(setHistory).catch(() => setHistory([]));

  const run = async (input: string | Uint8Array, label: string) => {
    setBusy(true);
    try {
      const a = await analyzeInput(input, label);
      const id = await remember(browser, a, typeof input === 'string' ? input : null).catch(() => null);
      setAnalysis({ analysis: a, id });
      refreshHistory();
    } finally {
      setBusy(false);
    }
  };

  const openReport = (id: string) => void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?analysis=${encodeURIComponent(id)}`) });
  // A bounce of the tab is kept as an analysis first, so that its report survives a reload and the tab's closing.
  const openTabReport = (a: Analysis, omitted: number) => void remember(browser, a, null, omitted).then((id) => id && openReport(id));

  useEffect(() => {
    // The result of an analysis is brought into view (it starts below the paste box).
    if (analysis) result.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [analysis]);

  useEffect(() => {
    // Once the first view is on screen, fetch the reading engine so that a paste or a file is analysed at once.
    const preload = setTimeout(() => void loadEngine().catch(() => undefined), 50);
    refreshHistory();
    if (!ready) {
      void Promise.resolve(tab ?? lookUpTab(browser, location))
        .then((t) => setTabView(viewOf(t, location)))
        .catch(() => setTabView({ tabId: null, state: null, bounces: [] }));
    }
    return () => clearTimeout(preload);
  }, []);

  const w = ui().popup;
  return (
    <main class="bd-popup">
      <header class="bd-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Bounce Doctor</h1>
        <button type="button" class="bd-options bd-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {w.options}
        </button>
      </header>
      <p class="bd-tab-status" data-testid="tab-status" role="status">
        {tabState
          ? tabBounces.length > 0
            ? fill(tabBounces.length === 1 ? w.tabOne : w.tabMany, { n: tabBounces.length, webmail: webmailName(tabState.webmail) })
            : fill(w.watching, { webmail: webmailName(tabState.webmail) })
          : w.idle}
      </p>
      {tabBounces.map(({ messageId, analysis: a }) => (
        <section key={messageId} class="bd-tab-bounce" aria-label={fill(w.bounce, { label: a.label })}>
          <p class="bd-subject">{a.label}</p>
          <ResultView analysis={a} storage={browser} omitted={omittedOf(tabState, messageId)} onOpenReport={() => openTabReport(a, omittedOf(tabState, messageId))} />
        </section>
      ))}
      <PasteForm initialText="" busy={busy} onSubmit={run} />
      <div ref={result} class="bd-scroll-anchor">
        {analysis && <ResultView analysis={analysis.analysis} storage={browser} onOpenReport={analysis.id ? () => openReport(analysis.id as string) : undefined} />}
      </div>
      <RecentList
        items={history}
        onOpen={(item) => openReport(item.id)}
        onClear={() => void clearHistory(browser).then(refreshHistory)}
      />
      <footer class="bd-footer">{w.footer}</footer>
    </main>
  );
}
