/** The cards the user dismissed: the webmail's message ids, oldest first, at most 500 (the oldest go first). */
import type { Browser } from 'webextension-polyfill';
import { readItem, writeItem, type StoredItem } from './stored';

type StorageBrowser = Pick<Browser, 'storage'>;

export const MAX_DISMISSED = 500;

export const DISMISSED: StoredItem<string[]> = {
  key: 'dismissed-cards',
  version: 2,
  fallback: () => [],
  valid: Array.isArray,
  // Version 1 was the same list, bare.
  migrate: (data) => (Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string').slice(-MAX_DISMISSED) : []),
};

export function loadDismissed(browser: StorageBrowser): Promise<string[]> {
  return readItem(browser, DISMISSED);
}

export function saveDismissed(browser: StorageBrowser, ids: string[]): Promise<void> {
  return writeItem(browser, DISMISSED, ids.slice(-MAX_DISMISSED));
}

/** "Show dismissed cards again" (options page). */
export function clearDismissed(browser: StorageBrowser): Promise<void> {
  return writeItem(browser, DISMISSED, []);
}
