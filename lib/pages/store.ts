/**
 * What the popup and report page keep in storage.local, each declared once: the recent analyses (diagnosis and reply
 * excerpt only, never whole messages), the ticked checklist steps, and the options.
 */
import type { Browser } from 'webextension-polyfill';
import type { Category } from '../diagnosis/types';

type StorageBrowser = Pick<Browser, 'storage'>;

export const HISTORY_KEY = 'history';
export const CHECKS_KEY = 'checklist-state';
export const OPTIONS_KEY = 'options';
export const MAX_HISTORY = 20;
const MAX_CHECKS = 200;
const EXCERPT = 2000;

export interface HistoryItem {
  id: string;
  at: number;
  label: string;
  /** The reply text (or the pasted text's first 2,000 characters): enough to analyze again, never a whole message. */
  excerpt: string;
  recipient: string | null;
  category: Category;
  title: string;
}

export interface Options {
  history: boolean;
  cards: { gmail: boolean; outlook: boolean };
  /** Show every content-script error in the page console (normally each kind once). */
  debug: boolean;
}

export const DEFAULT_OPTIONS: Options = { history: true, cards: { gmail: true, outlook: true }, debug: false };

export async function loadOptions(browser: StorageBrowser): Promise<Options> {
  const got = (await browser.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY] as Partial<Options> | undefined;
  return { ...DEFAULT_OPTIONS, ...got, cards: { ...DEFAULT_OPTIONS.cards, ...got?.cards } };
}

export async function saveOptions(browser: StorageBrowser, options: Options): Promise<void> {
  await browser.storage.local.set({ [OPTIONS_KEY]: options });
  if (!options.history) await clearHistory(browser);
}

export async function loadHistory(browser: StorageBrowser): Promise<HistoryItem[]> {
  return ((await browser.storage.local.get(HISTORY_KEY))[HISTORY_KEY] as HistoryItem[] | undefined) ?? [];
}

export async function addHistory(browser: StorageBrowser, item: Omit<HistoryItem, 'id' | 'at' | 'excerpt'> & { excerpt: string }): Promise<HistoryItem | null> {
  if (!(await loadOptions(browser)).history) return null;
  const entry: HistoryItem = { ...item, excerpt: item.excerpt.slice(0, EXCERPT), id: crypto.randomUUID(), at: Date.now() };
  const list = [entry, ...(await loadHistory(browser)).filter((h) => h.excerpt !== entry.excerpt)].slice(0, MAX_HISTORY);
  await browser.storage.local.set({ [HISTORY_KEY]: list });
  return entry;
}

export async function clearHistory(browser: StorageBrowser): Promise<void> {
  await browser.storage.local.remove(HISTORY_KEY);
}

/** A short, stable key for one diagnosis (its checklist ticks are kept under it). */
export function diagnosisKey(parts: (string | null)[]): string {
  let h = 2166136261;
  for (const ch of parts.join('\u0000')) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return (h >>> 0).toString(36);
}

export async function loadChecks(browser: StorageBrowser, key: string): Promise<boolean[]> {
  const all = ((await browser.storage.local.get(CHECKS_KEY))[CHECKS_KEY] as Record<string, boolean[]> | undefined) ?? {};
  return all[key] ?? [];
}

export async function saveChecks(browser: StorageBrowser, key: string, checks: boolean[]): Promise<void> {
  const all = ((await browser.storage.local.get(CHECKS_KEY))[CHECKS_KEY] as Record<string, boolean[]> | undefined) ?? {};
  delete all[key];
  const entries = [...Object.entries(all), [key, checks] as const].slice(-MAX_CHECKS);
  await browser.storage.local.set({ [CHECKS_KEY]: Object.fromEntries(entries) });
}
