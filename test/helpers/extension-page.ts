/**
 * WXT's fake browser seen from an extension page: messages reach the background's listener as Chromium sends them,
 * with this page as the sender, and the background is set up fresh for each test.
 */
import type { Browser } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { setUpBackground } from '../../lib/background/setup';

export const background = fakeBrowser as unknown as Browser;

export function extensionPage(page: string): Browser {
  return {
    ...fakeBrowser,
    runtime: {
      ...fakeBrowser.runtime,
      sendMessage: async (message: unknown) => {
        const sender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/${page}` };
        const results = await fakeBrowser.runtime.onMessage.trigger(message, sender);
        return results.find((r: unknown) => r !== undefined);
      },
    },
  } as unknown as Browser;
}

/** Resets the fake browser and sets the background up (context menus stubbed: the fake has none). */
export function freshBackground(): void {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create() {}, removeAll: () => Promise.resolve(), onClicked: { addListener() {} } };
  setUpBackground(background);
}
