/**
 * Per-tab state in `storage.session`: it survives the service worker being stopped (every 30 s idle) and is
 * forgotten when the browser closes. One key per tab, so concurrent tabs never overwrite each other.
 */
import type { Browser } from 'webextension-polyfill';
import type { TabState } from '../messaging/protocol';

type StorageBrowser = Pick<Browser, 'storage'>;

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabState(browser: StorageBrowser, tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(browser: StorageBrowser, tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

/** Every watched tab's state in one read (a handful of webmail tabs at most), by tab id. */
export async function loadTabStates(browser: StorageBrowser): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const states = new Map<number, TabState>();
  for (const [k, v] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(k);
    if (m) states.set(Number(m[1]), v as TabState);
  }
  return states;
}

export async function clearTabState(browser: StorageBrowser, tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
