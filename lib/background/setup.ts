/** Everything the background does, wired in one synchronous call from the entrypoint. */
import type { Browser } from 'webextension-polyfill';
import { onMessages } from '../messaging/messaging';
import { registerContextMenu } from './context-menu';
import { takeSelection } from './selection-handoff';
import { clearTabState, loadTabState, saveTabState } from './tab-state';

type BackgroundBrowser = Pick<Browser, 'runtime' | 'contextMenus' | 'tabs' | 'storage'>;

export function setUpBackground(browser: BackgroundBrowser): void {
  registerContextMenu(browser);
  onMessages(browser, {
    'content:ready': async ({ webmail, url }, sender) => {
      const tabId = sender.tab?.id ?? null;
      if (tabId !== null) await saveTabState(browser, tabId, { webmail, url, reportedAt: Date.now() });
      return { tabId };
    },
    'page:get-tab-state': ({ tabId }) => loadTabState(browser, tabId),
    'page:take-selection': ({ token }) => takeSelection(browser, token),
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(browser, tabId);
  });
}
