/**
 * The right-click item "Analyze selected text with Bounce Doctor". Created in `runtime.onInstalled` (menus persist
 * across service-worker restarts); the click listener is registered synchronously on every worker start.
 */
import type { Browser, Menus, Tabs } from 'webextension-polyfill';
import { newToken, putSelection } from './selection-handoff';
import { readerLanguage } from './locale';
import { OPTIONS_KEY } from '../pages/store';

export const ANALYZE_SELECTION_MENU_ID = 'analyze-selection';
export const ANALYZE_SELECTION_TITLE = 'Analyze selected text with Bounce Doctor';

type MenuBrowser = Pick<Browser, 'contextMenus' | 'runtime' | 'tabs' | 'storage'> & Partial<Pick<Browser, 'scripting' | 'i18n'>>;

/** The menu item's title in the reader's language (English when it cannot be read). */
async function menuTitle(browser: MenuBrowser): Promise<string> {
  return (await readerLanguage(browser).catch(() => null))?.more.background.menu ?? ANALYZE_SELECTION_TITLE;
}

export function createMenus(browser: MenuBrowser): void {
  // removeAll first: onInstalled also fires on update, and a duplicate id is an error.
  void Promise.all([browser.contextMenus.removeAll(), menuTitle(browser)]).then(([, title]) => {
    browser.contextMenus.create({
      id: ANALYZE_SELECTION_MENU_ID,
      title,
      contexts: ['selection'],
    });
  });
}

/** The page that shows the analysis of a handed-over selection. */
export function analysisPageUrl(browser: Pick<Browser, 'runtime'>, token: string): string {
  return browser.runtime.getURL(`/report.html?selection=${encodeURIComponent(token)}`);
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The selection with its line breaks: Chrome's selectionText turns them into spaces, and a multi-line bounce needs
 * them. Read through activeTab + scripting on the clicked tab; fall back to selectionText when that is refused
 * (a browser page, a PDF viewer) or returns something else.
 */
export async function selectionWithLineBreaks(browser: MenuBrowser, info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<string> {
  const plain = info.selectionText ?? '';
  if (tab?.id === undefined || !browser.scripting) return plain;
  try {
    const results = await browser.scripting.executeScript({
      target: { tabId: tab.id, ...(info.frameId !== undefined ? { frameIds: [info.frameId] } : {}) },
      func: () => globalThis.getSelection?.()?.toString() ?? '',
    });
    const text = results?.[0]?.result;
    if (typeof text === 'string' && text.trim() !== '' && (plain === '' || squash(text).includes(squash(plain).slice(0, 200)))) return text;
  } catch {
    // Refused (no access to this page): the plain selection is all there is.
  }
  return plain;
}

/**
 * Handles a click on our menu item: keeps the selected text in session storage and opens the analysis page in a new
 * tab right after the current one. Returns the opened tab, or null when the click was not ours or had no text.
 */
export async function handleMenuClick(
  browser: MenuBrowser,
  info: Menus.OnClickData,
  tab: Tabs.Tab | undefined,
): Promise<Tabs.Tab | null> {
  if (info.menuItemId !== ANALYZE_SELECTION_MENU_ID) return null;
  const text = await selectionWithLineBreaks(browser, info, tab);
  if (text.trim() === '') return null;
  const token = newToken();
  await putSelection(browser, token, { text, sourceUrl: info.pageUrl ?? tab?.url ?? null });
  return browser.tabs.create({
    url: analysisPageUrl(browser, token),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.windowId !== undefined ? { windowId: tab.windowId } : {}),
  });
}

export function registerContextMenu(browser: MenuBrowser): void {
  browser.runtime.onInstalled.addListener(() => createMenus(browser));
  // A language chosen in the options renames the item at once.
  browser.storage.onChanged?.addListener((changes, area) => {
    if (area !== 'local' || !(OPTIONS_KEY in changes)) return;
    void menuTitle(browser)
      .then((title) => browser.contextMenus.update(ANALYZE_SELECTION_MENU_ID, { title }))
      .catch(() => undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handleMenuClick(browser, info, tab).catch((error: unknown) => console.error('Bounce Doctor: menu click failed', error));
  });
}
