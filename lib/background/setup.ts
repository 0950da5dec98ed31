/** Everything the background does, wired in one synchronous call from the entrypoint. */
import type { Browser } from 'webextension-polyfill';
import { diagnoseReport } from '../diagnosis/diagnose';
import { onMessages } from '../messaging/messaging';
import type { StoredBounce } from '../messaging/protocol';
import { DISMISSED } from '../pages/dismissed';
import { remember } from '../pages/remember';
import { CHECKS, HISTORY, OPTIONS } from '../pages/store';
import { migrateAll, type StoredItem } from '../pages/stored';
import { groupRecipients, summarize } from '../pages/summary';
import { webmailForUrl } from '../webmail/hosts';
import { registerContextMenu } from './context-menu';
import { takeSelection } from './selection-handoff';
import { showBadge } from './badge';
import { readerLanguage } from './locale';
import { clearTabState, loadTabState, saveTabState, sweepTabStates } from './tab-state';

type BackgroundBrowser = Pick<Browser, 'runtime' | 'contextMenus' | 'tabs' | 'storage'> & Partial<Pick<Browser, 'action' | 'browserAction' | 'scripting' | 'i18n'>>;

export function setUpBackground(browser: BackgroundBrowser): void {
  registerContextMenu(browser);
  // An update upgrades what older versions stored (each item is also upgraded whenever it is read).
  browser.runtime.onInstalled.addListener(() => {
    void migrateAll(browser, [OPTIONS, HISTORY, CHECKS, DISMISSED] as StoredItem<unknown>[]).catch(() => undefined);
  });
  // One queue per tab: a tab's writes land in the order its messages came, and a tab closed meanwhile is cleaned up
  // after the last write (a state saved after tabs.onRemoved would otherwise stay behind).
  const queues = new Map<number, Promise<unknown>>();
  const inOrder = (tabId: number, work: () => Promise<unknown>) => {
    const next = (queues.get(tabId) ?? Promise.resolve())
      .then(work)
      .then(async () => {
        const alive = await browser.tabs.get(tabId).then(() => true, () => false);
        if (!alive) await clearTabState(browser, tabId);
      })
      .catch((error: unknown) => console.warn('Bounce Doctor: tab state not saved', error))
      .finally(() => {
        if (queues.get(tabId) === next) queues.delete(tabId);
      });
    queues.set(tabId, next);
    return next;
  };
  const forget = (tabId: number) => inOrder(tabId, async () => {
    await clearTabState(browser, tabId);
    await showBadge(browser, tabId, []);
  });

  onMessages(browser, {
    'content:ready': ({ webmail, url }, sender) => {
      const tabId = sender.tab?.id ?? null;
      if (tabId !== null) {
        void inOrder(tabId, async () => {
          const previous = await loadTabState(browser, tabId);
          await saveTabState(browser, tabId, { webmail, url, reportedAt: Date.now(), bounces: previous?.url === url ? previous.bounces : [] });
          if (previous?.url !== url) await showBadge(browser, tabId, []);
        });
      }
      return { tabId };
    },
    'content:bounces': async ({ webmail, url, bounces }, sender) => {
      const tabId = sender.tab?.id ?? null;
      // In the reader's language: the diagnoses and summaries the card, popup and badge show.
      const { loc, more, k } = await readerLanguage(browser);
      const stored: StoredBounce[] = bounces.map((b) => {
        const diagnoses = diagnoseReport(b.report, k);
        return { ...b, diagnoses, summary: summarize(b.report, diagnoses, loc) };
      });
      // The cards' answer first; the tab's state and badge are written right after, in order.
      if (tabId !== null) {
        void inOrder(tabId, async () => {
          await saveTabState(browser, tabId, { webmail, url, reportedAt: Date.now(), bounces: stored });
          await showBadge(browser, tabId, stored, more.background, loc.lang);
        });
      }
      return { tabId, summaries: stored.map((b) => b.summary as NonNullable<StoredBounce['summary']>), words: more.card, lang: loc.lang };
    },
    'content:leaving': (_data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { cleared: false };
      void forget(tabId);
      return { cleared: true };
    },
    'content:explain': async ({ report }) => {
      const { k } = await readerLanguage(browser);
      const diagnoses = diagnoseReport(report, k);
      return groupRecipients(report.recipients, diagnoses).map((g) => diagnoses[g.indexes[0] as number]!);
    },
    'content:open-report': async ({ messageId }, sender) => {
      const tab = sender.tab;
      if (tab?.id === undefined) return { opened: false };
      // The bounce is kept as an analysis first: the report's address names it, so it survives a reload and the
      // webmail tab's closing.
      const b = (await loadTabState(browser, tab.id))?.bounces.find((x) => x.messageId === messageId);
      const label = b?.subject ?? (await readerLanguage(browser)).more.report.bounce;
      const id = b ? await remember(browser, { label, report: b.report, diagnoses: b.diagnoses, error: null }, null, b.omitted ?? 0) : null;
      await browser.tabs.create({
        url: browser.runtime.getURL(id ? `/report.html?analysis=${encodeURIComponent(id)}` : `/report.html?tab=${tab.id}&message=${encodeURIComponent(messageId)}`),
        index: tab.index + 1,
        windowId: tab.windowId,
      });
      return { opened: true };
    },
    'page:get-tab-state': ({ tabId }) => loadTabState(browser, tabId),
    'page:take-selection': ({ token }) => takeSelection(browser, token),
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void inOrder(tabId, () => clearTabState(browser, tabId));
  });
  // Leaving the webmail (to another site) takes the bounce state and the badge with it. Without the "tabs" permission
  // a tab's URL is visible only on the webmail hosts, so a tab whose URL is not visible has left them. (The content
  // script also says so on pagehide; this catches what that cannot, such as a crashed page.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status === undefined) return;
    const url = change.url ?? tab?.url;
    if (url !== undefined && webmailForUrl(url) !== null) return;
    if (change.status === 'loading' && url === undefined && tab?.pendingUrl !== undefined && webmailForUrl(tab.pendingUrl) !== null) return;
    void loadTabState(browser, tabId).then((state) => (state ? forget(tabId) : undefined));
  });
  // A worker that starts again finds the state of tabs closed while it was stopped.
  void sweepTabStates(browser).catch(() => undefined);
}
