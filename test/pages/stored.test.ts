/**
 * Stored data survives updates: what today's release wrote (bare values, no version) is read and upgraded by this one,
 * nothing lost; a value too new or broken gives the default instead of an error. Checklist ticks past the cap go by
 * age, not by key order.
 */
import type { Browser } from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DISMISSED, loadDismissed } from '../../lib/pages/dismissed';
import { CHECKS, HISTORY, loadChecks, loadHistory, loadOptions, MAX_CHECKS, OPTIONS, saveChecks } from '../../lib/pages/store';
import { migrateAll, type StoredItem } from '../../lib/pages/stored';

const browser = fakeBrowser as unknown as Browser;

/** What version 0.1.0 (before versioning) left in storage.local, as it wrote it. */
const V1 = {
  options: { history: false, cards: { gmail: true, outlook: false }, debug: true },
  history: [
    { id: '6a0e3c1e-0000-4000-8000-000000000001', at: 1764000000000, label: 'Pasted text', excerpt: '452 4.2.2 The email account that you tried to reach is over quota. - gsmtp', recipient: null, category: 'mailbox-full', title: "The recipient's mailbox is full" },
  ],
  'checklist-state': { abc123: [true, false, true], zz9: [false, true] },
  'dismissed-cards': ['gmail:#msg-f:1', 'outlook:AAMk2'],
};

beforeEach(() => fakeBrowser.reset());

describe('stored data from an older version', () => {
  it('is read as it was meant, by every item', async () => {
    await browser.storage.local.set(V1);
    expect(await loadOptions(browser)).toEqual({ history: false, cards: { gmail: true, outlook: false }, debug: true, language: 'auto' });
    expect(await loadHistory(browser)).toEqual([{ ...V1.history[0], report: null, omitted: 0 }]);
    expect(await loadChecks(browser, 'abc123')).toEqual([true, false, true]);
    expect(await loadDismissed(browser)).toEqual(['gmail:#msg-f:1', 'outlook:AAMk2']);
  });

  it('is written back in the versioned format on update, nothing lost', async () => {
    await browser.storage.local.set(V1);
    const upgraded = await migrateAll(browser, [OPTIONS, HISTORY, CHECKS, DISMISSED] as StoredItem<unknown>[]);
    expect(upgraded.sort()).toEqual(['checklist-state', 'dismissed-cards', 'history', 'options']);
    const raw = await browser.storage.local.get(null);
    // Options from before the language choice read as "auto" (the browser's language).
    expect(raw.options).toEqual({ v: 2, data: { ...V1.options, language: 'auto' } });
    expect(raw['checklist-state']).toEqual({ v: 2, data: { abc123: { checks: [true, false, true], at: 0 }, zz9: { checks: [false, true], at: 0 } } });
    expect(raw['dismissed-cards']).toEqual({ v: 2, data: V1['dismissed-cards'] });
    expect((raw.history as { v: number }).v).toBe(2);
    // A second run finds nothing to do.
    expect(await migrateAll(browser, [OPTIONS, HISTORY, CHECKS, DISMISSED] as StoredItem<unknown>[])).toEqual([]);
    expect(await loadChecks(browser, 'zz9')).toEqual([false, true]);
  });

  it('from a newer version, or broken, gives the defaults instead of an error', async () => {
    await browser.storage.local.set({ options: { v: 99, data: { something: 'else' } }, history: 'not a list', 'checklist-state': { v: 2, data: null } });
    expect(await loadOptions(browser)).toEqual({ history: true, cards: { gmail: true, outlook: true }, debug: false, language: 'auto' });
    expect(await loadHistory(browser)).toEqual([]);
    expect(await loadChecks(browser, 'x')).toEqual([]);
  });
});

describe('checklist ticks past the cap', () => {
  it('evict the diagnoses ticked longest ago, not the first keys in storage order', async () => {
    // Chrome returns stored objects with their keys sorted: emulate it.
    const get = browser.storage.local.get.bind(browser.storage.local);
    browser.storage.local.get = (async (keys: unknown) => {
      const got = await get(keys as string);
      const sorted = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]): [string, unknown] => [k, sorted(x)])) : v);
      return sorted(got) as Record<string, unknown>;
    }) as typeof browser.storage.local.get;
    let t = 1000;
    for (let i = 0; i < MAX_CHECKS; i++) await saveChecks(browser, `k${100 + i}`, [true], t++);
    await saveChecks(browser, 'k000', [true, true], t++);
    await saveChecks(browser, 'k999', [true], t);
    // The two oldest (k100, k101) went; the recent k000, whose key sorts first, stayed.
    expect(await loadChecks(browser, 'k000')).toEqual([true, true]);
    expect(await loadChecks(browser, 'k999')).toEqual([true]);
    expect(await loadChecks(browser, 'k100')).toEqual([]);
    expect(await loadChecks(browser, 'k101')).toEqual([]);
    expect(await loadChecks(browser, 'k102')).toEqual([true]);
  });
});
