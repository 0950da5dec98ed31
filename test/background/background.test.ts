/** The background's wiring, against WXT's fake browser: context menu, right-click hand-off, messages, tab state. */
import type { Browser, Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ANALYZE_SELECTION_MENU_ID, ANALYZE_SELECTION_TITLE, handleMenuClick } from '../../lib/background/context-menu';
import { takeSelection } from '../../lib/background/selection-handoff';
import { setUpBackground } from '../../lib/background/setup';
import { loadTabState } from '../../lib/background/tab-state';
import { readText } from '../../lib/engine/read-text';

const browser = fakeBrowser as unknown as Browser;
const OWN = `chrome-extension://${fakeBrowser.runtime.id}`;

function stubMenus() {
  const create = vi.fn();
  const removeAll = vi.fn(() => Promise.resolve());
  const onClicked = { addListener: vi.fn() };
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create, removeAll, onClicked };
  return { create, removeAll, onClicked };
}

/** Delivers a message the way Chromium does, with a sender, to the listener the background registered. */
async function deliver(message: unknown, sender: Partial<Runtime.MessageSender>) {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, ...sender });
  return results.find((r: unknown) => r !== undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('background', () => {
  it('creates the context-menu item on install, and listens for clicks from the first turn', async () => {
    const menus = stubMenus();
    setUpBackground(browser);
    expect(menus.onClicked.addListener).toHaveBeenCalledTimes(1);
    expect(menus.create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(menus.create).toHaveBeenCalledTimes(1));
    expect(menus.removeAll).toHaveBeenCalled();
    expect(menus.create).toHaveBeenCalledWith({ id: 'analyze-selection', title: 'Analyze selected text with Bounce Doctor', contexts: ['selection'] });
    expect(ANALYZE_SELECTION_MENU_ID).toBe('analyze-selection');
    expect(ANALYZE_SELECTION_TITLE).toBe('Analyze selected text with Bounce Doctor');
  });

  it('opens the analysis next to the current tab and hands the selection over once', async () => {
    stubMenus();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/ticket' });
    const opened = await handleMenuClick(
      browser,
      { menuItemId: 'analyze-selection', selectionText: '550 5.1.1 user unknown', pageUrl: 'https://example.com/ticket', editable: false, modifiers: [] },
      tab as never,
    );
    expect(opened?.url).toMatch(new RegExp(`^${OWN}/report\\.html\\?selection=[0-9a-f-]{36}$`));
    // (Not the bare "550": the random id may hold those digits; the selection's words and their encodings it cannot.)
    expect(opened?.url).not.toMatch(/550(?:%20|\+| )5\.1\.1|user/);
    const token = new URL(opened!.url!).searchParams.get('selection')!;
    expect(await takeSelection(browser, token)).toEqual({ text: '550 5.1.1 user unknown', sourceUrl: 'https://example.com/ticket' });
    expect(await takeSelection(browser, token)).toBeNull();
  });

  it('ignores clicks on other items and empty selections', async () => {
    const other = await handleMenuClick(browser, { menuItemId: 'other', selectionText: 'x', editable: false, modifiers: [] }, undefined);
    const empty = await handleMenuClick(browser, { menuItemId: 'analyze-selection', selectionText: '  ', editable: false, modifiers: [] }, undefined);
    expect(other).toBeNull();
    expect(empty).toBeNull();
  });

  it('records the webmail a content script reports, per tab, in session storage', async () => {
    stubMenus();
    setUpBackground(browser);
    const tab = await fakeBrowser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' });
    (tab as { id: number }).id = 7;
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ ...tab, id }) as never);
    const reply = await deliver(
      { bd: 1, type: 'content:ready', data: { webmail: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox' } },
      { url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } as never },
    );
    expect(reply).toEqual({ tabId: 7 });
    await vi.waitFor(async () => expect(await loadTabState(browser, 7)).not.toBeNull());
    expect(await loadTabState(browser, 7)).toMatchObject({ webmail: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox' });
    const fromPopup = await deliver({ bd: 1, type: 'page:get-tab-state', data: { tabId: 7 } }, { url: `${OWN}/popup.html` });
    expect(fromPopup).toMatchObject({ webmail: 'gmail' });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 0, isWindowClosing: false });
    await vi.waitFor(async () => expect(await loadTabState(browser, 7)).toBeNull());
  });

  it('keeps the bounces a content script reports with their diagnoses, made once, for the popup to show at once', async () => {
    stubMenus();
    setUpBackground(browser);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ id }) as never);
    const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)');
    const answer = await deliver(
      { bd: 1, type: 'content:bounces', data: { webmail: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/abc', bounces: [{ messageId: 'abc', subject: 'Delivery Status Notification (Failure)', report }] } },
      { url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 9 } as never },
    );
    // The card's answer: what it shows, made in the background (content scripts carry no diagnosis tables).
    expect(answer).toMatchObject({ tabId: 9, summaries: [{ headline: "pat@dest.example's mailbox is full", groups: [{ category: 'mailbox-full', whoActs: 'The recipient: free space — you: try again later' }] }] });
    await vi.waitFor(async () => expect(await loadTabState(browser, 9)).not.toBeNull());
    const stored = (await loadTabState(browser, 9))?.bounces[0];
    expect(stored?.messageId).toBe('abc');
    expect(stored?.diagnoses).toHaveLength(1);
    expect(stored?.diagnoses[0]).toMatchObject({ category: 'mailbox-full', side: 'recipient' });
    expect(stored?.diagnoses[0]?.checklist.length).toBeGreaterThan(0);
  });

  it('refuses messages from senders that may not send them', async () => {
    stubMenus();
    setUpBackground(browser);
    // A page on another site pretending to be a content script.
    await expect(
      deliver({ bd: 1, type: 'content:ready', data: { webmail: 'gmail', url: 'https://evil.example/' } }, { url: 'https://evil.example/', tab: { id: 3 } as never }),
    ).rejects.toThrow(/not accepted/);
    // A webmail content script asking for what only extension pages may ask.
    await expect(
      deliver({ bd: 1, type: 'page:get-tab-state', data: { tabId: 3 } }, { url: 'https://mail.google.com/mail/u/0/', tab: { id: 3 } as never }),
    ).rejects.toThrow(/not accepted/);
    // Another extension.
    await expect(
      fakeBrowser.runtime.onMessage.trigger({ bd: 1, type: 'page:get-tab-state', data: { tabId: 3 } }, { id: 'someone-else', url: `${OWN}/popup.html` }),
    ).rejects.toThrow(/not accepted/);
    // Foreign messages are left alone.
    expect(await deliver({ hello: 'world' }, { url: `${OWN}/popup.html` })).toBeUndefined();
    expect(await loadTabState(browser, 3)).toBeNull();
  });
});
