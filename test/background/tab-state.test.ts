/**
 * The tab's state follows the tab: cleared when the page goes (pagehide) or the tab leaves the webmail, never left
 * behind by a tab closed while its report was being stored, and bounded so that one tab cannot use up the session
 * quota. Against WXT's fake browser.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setUpBackground } from '../../lib/background/setup';
import { BOUNDS, loadTabState, saveTabState, sweepTabStates } from '../../lib/background/tab-state';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import type { BounceReport } from '../../lib/engine/types';

const browser = fakeBrowser as unknown as Browser;
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/abc';

async function deliver(message: unknown, sender: Partial<Runtime.MessageSender>) {
  const results = await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id, ...sender });
  return results.find((r: unknown) => r !== undefined);
}

const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)');

function manyRecipients(n: number): BounceReport {
  const r = report.recipients[0]!;
  return { ...report, recipients: Array.from({ length: n }, (_, i) => ({ ...r, recipient: `user${i}@dest.example`, reply: `550 5.1.1 <user${i}@dest.example>: Recipient address rejected: User unknown ${'x'.repeat(3000)}` })) };
}

let open: Set<number>;

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create: vi.fn(), removeAll: vi.fn(() => Promise.resolve()), onClicked: { addListener: vi.fn() } };
  open = new Set([5, 6]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => {
    if (!open.has(id)) throw new Error(`No tab with id: ${id}`);
    return { id } as never;
  });
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => [...open].map((id) => ({ id })) as never);
  setUpBackground(browser);
});

const bounces = (r: BounceReport = report) => ({ bd: 1, type: 'content:bounces', data: { webmail: 'gmail', url: GMAIL, bounces: [{ messageId: 'abc', subject: 'Undelivered', report: r }] } });

describe('tab state', () => {
  it('is cleared when the webmail page goes away (the content script says so on pagehide)', async () => {
    await deliver(bounces(), { url: GMAIL, tab: { id: 5 } as never });
    await vi.waitFor(async () => expect(await loadTabState(browser, 5)).not.toBeNull());
    expect(await deliver({ bd: 1, type: 'content:leaving', data: { url: GMAIL } }, { url: GMAIL, tab: { id: 5 } as never })).toEqual({ cleared: true });
    await vi.waitFor(async () => expect(await loadTabState(browser, 5)).toBeNull());
  });

  it('is cleared when the tab shows a site whose address the extension cannot see (it left the webmail)', async () => {
    await deliver(bounces(), { url: GMAIL, tab: { id: 5 } as never });
    await vi.waitFor(async () => expect(await loadTabState(browser, 5)).not.toBeNull());
    // Within the webmail: kept.
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading' }, { id: 5, url: 'https://mail.google.com/mail/u/0/#inbox' } as never);
    await new Promise((r) => setTimeout(r, 20));
    expect(await loadTabState(browser, 5)).not.toBeNull();
    // Without the "tabs" permission another site's URL is not given: the tab left the webmail.
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'complete' }, { id: 5 } as never);
    await vi.waitFor(async () => expect(await loadTabState(browser, 5)).toBeNull());
  });

  it('leaves nothing behind for a tab closed while its bounces were being stored', async () => {
    open.add(8);
    const stored = deliver(bounces(), { url: GMAIL, tab: { id: 8 } as never });
    open.delete(8);
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 0, isWindowClosing: false });
    await stored;
    await new Promise((r) => setTimeout(r, 50));
    expect(await loadTabState(browser, 8)).toBeNull();
  });

  it('a worker that starts again removes the state of tabs closed meanwhile', async () => {
    await saveTabState(browser, 99, { webmail: 'gmail', url: GMAIL, reportedAt: 1, bounces: [] });
    await saveTabState(browser, 5, { webmail: 'gmail', url: GMAIL, reportedAt: 1, bounces: [] });
    expect(await sweepTabStates(browser)).toEqual([99]);
    expect(await loadTabState(browser, 99)).toBeNull();
    expect(await loadTabState(browser, 5)).not.toBeNull();
  });

  it('keeps 50 recipients in full and counts the rest, so a 2,000-recipient bounce stays small', async () => {
    const big = manyRecipients(2000);
    const answer = (await deliver(bounces(big), { url: GMAIL, tab: { id: 6 } as never })) as { summaries: { headline: string }[] };
    expect(answer.summaries[0]!.headline).toBe('2,000 recipients: 2,000 addresses do not exist');
    await vi.waitFor(async () => expect(await loadTabState(browser, 6)).not.toBeNull());
    const state = (await loadTabState(browser, 6))!;
    const b = state.bounces[0]!;
    expect(b.report.recipients).toHaveLength(BOUNDS.fullRecipients);
    expect(b.diagnoses).toHaveLength(BOUNDS.fullRecipients);
    expect(b.omitted).toBe(1950);
    expect(b.summary?.count).toBe(2000);
    expect(b.report.recipients[0]!.reply!.length).toBeLessThanOrEqual(BOUNDS.replyChars + 1);
    // Under 1 MB for the tab, with a 10 MB quota shared by all tabs.
    expect(JSON.stringify(state).length).toBeLessThan(1_000_000);
  });
});

describe('bounded before', () => {
  it('a 2,000-recipient bounce kept whole would take several MB', () => {
    const big = manyRecipients(2000);
    expect(JSON.stringify({ report: big, diagnoses: diagnoseReport(big) }).length).toBeGreaterThan(5_000_000);
  });
});
