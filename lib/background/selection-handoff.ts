/**
 * Hands a right-click selection from the background to the page that analyses it. The text goes through
 * `storage.session` under a one-time token, never through the URL (URLs end up in history and sync).
 */
import type { Browser } from 'webextension-polyfill';

type StorageBrowser = Pick<Browser, 'storage'>;

export interface HandedSelection {
  text: string;
  sourceUrl: string | null;
}

const key = (token: string) => `selection:${token}`;

export function newToken(): string {
  return crypto.randomUUID();
}

export async function putSelection(browser: StorageBrowser, token: string, selection: HandedSelection): Promise<void> {
  await browser.storage.session.set({ [key(token)]: selection });
}

/** Returns the selection once, then forgets it. */
export async function takeSelection(browser: StorageBrowser, token: string): Promise<HandedSelection | null> {
  if (!/^[0-9a-f-]{36}$/.test(token)) return null;
  const got = await browser.storage.session.get(key(token));
  const value = (got[key(token)] as HandedSelection | undefined) ?? null;
  if (value) await browser.storage.session.remove(key(token));
  return value;
}
