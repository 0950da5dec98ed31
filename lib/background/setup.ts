/** Everything the background does, wired in one synchronous call from the entrypoint. */
import type { Browser } from 'webextension-polyfill';
import { diagnoseReport } from '../diagnosis/diagnose';
import { onMessages } from '../messaging/messaging';
import { webmailForUrl } from '../webmail/hosts';
import { registerContextMenu } from './context-menu';
import { takeSelection } from './selection-handoff';
import { showBadge } from './badge';
import { clearTabState, loadTabState, saveTabState } from './tab-state';

type BackgroundBrowser = Pick<Browser, 'runtime' | 'contextMenus' | 'tabs' | 'storage'> & Partial<Pick<Browser, 'action' | 'browserAction' | 'scripting'>>;

export function setUpBackground(browser: BackgroundBrowser): void {
  registerContextMenu(browser);
  onMessages(browser, {
    'content:ready': async ({ webmail, url }, sender) => {
      const tabId = sender.tab?.id ?? null;
      if (tabId !== null) {
        const previous = await loadTabState(browser, tabId);
        await saveTabState(browser, tabId, { webmail, url, reportedAt: Date.now(), bounces: previous?.url === url ? previous.bounces : [] });
        if (previous?.url !== url) await showBadge(browser, tabId, []);
      }
      return { tabId };
    },
    'content:bounces': async ({ webmail, url, bounces }, sender) => {
      const tabId = sender.tab?.id ?? null;
      if (tabId !== null) {
        await saveTabState(browser, tabId, { webmail, url, reportedAt: Date.now(), bounces: bounces.map((b) => ({ ...b, diagnoses: diagnoseReport(b.report) })) });
        await showBadge(browser, tabId, bounces);
      }
      return { tabId };
    },
    'content:explain': ({ report }) => diagnoseReport(report),
    'content:open-report': async ({ messageId }, sender) => {
      const tab = sender.tab;
      if (tab?.id === undefined) return { opened: false };
      await browser.tabs.create({
        url: browser.runtime.getURL(`/popup.html?tab=${tab.id}&message=${encodeURIComponent(messageId)}`),
        index: tab.index + 1,
        windowId: tab.windowId,
      });
      return { opened: true };
    },
    'page:get-tab-state': ({ tabId }) => loadTabState(browser, tabId),
    'page:take-selection': ({ token }) => takeSelection(browser, token),
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(browser, tabId);
  });
  // Leaving the webmail (to another site) takes the bounce state and the badge with it; within the webmail, the
  // content script reports what is open after each navigation.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined || webmailForUrl(change.url) !== null) return;
    void clearTabState(browser, tabId).then(() => showBadge(browser, tabId, []));
  });
}
