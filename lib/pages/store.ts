/**
 * What the popup and report page keep in storage.local, each declared once and versioned (stored.ts): the recent
 * analyses (the facts a report needs, bounded — never whole messages), the ticked checklist steps, and the options.
 */
import type { Browser } from 'webextension-polyfill';
import type { Category } from '../diagnosis/types';
import type { BounceReport, FailedRecipient } from '../engine/types';
import { isLangChoice, type LangChoice } from '../i18n/lang';
import { readItem, writeItem, type StoredItem } from './stored';

type StorageBrowser = Pick<Browser, 'storage'>;

export const HISTORY_KEY = 'history';
export const CHECKS_KEY = 'checklist-state';
export const OPTIONS_KEY = 'options';
export const MAX_HISTORY = 20;
export const MAX_CHECKS = 200;
const EXCERPT = 2000;

/** What an analysis keeps of its report: at most 50 recipients, each reply at most 2,000 characters. */
export const REPORT_BOUNDS = { recipients: 50, replyChars: 2000, notes: 20 } as const;

export interface HistoryItem {
  id: string;
  at: number;
  label: string;
  /** The reply text (or the pasted text's first 2,000 characters): enough to analyze again, never a whole message. */
  excerpt: string;
  recipient: string | null;
  category: Category;
  title: string;
  /** The facts the full report shows (every recipient kept, up to 50; replies capped), or null for older entries. */
  report: BounceReport | null;
  /** Recipients beyond the 50 kept. */
  omitted: number;
}

export interface Options {
  history: boolean;
  cards: { gmail: boolean; outlook: boolean };
  /** Show every content-script error in the page console (normally each kind once). */
  debug: boolean;
  /** Bounce Doctor's language: the browser's ("auto") or one chosen. */
  language: LangChoice;
}

export const DEFAULT_OPTIONS: Options = { history: true, cards: { gmail: true, outlook: true }, debug: false, language: 'auto' };

const bool = (x: unknown, d: boolean) => (typeof x === 'boolean' ? x : d);

export const OPTIONS: StoredItem<Options> = {
  key: OPTIONS_KEY,
  version: 2,
  fallback: () => structuredClone(DEFAULT_OPTIONS),
  valid: (d) => typeof d === 'object' && d !== null && !Array.isArray(d),
  // Version 1: the same fields, bare, any of them possibly missing.
  migrate: (data) => {
    const o = (data ?? {}) as Partial<Options>;
    return {
      history: bool(o.history, true),
      cards: { gmail: bool(o.cards?.gmail, true), outlook: bool(o.cards?.outlook, true) },
      debug: bool(o.debug, false),
      // Added after version 2 without a version of its own: a missing or unknown language reads as "auto".
      language: isLangChoice(o.language) ? o.language : 'auto',
    };
  },
};

const cut = (s: string | null, n: number) => (s !== null && s.length > n ? `${s.slice(0, n)}…` : s);

/** A report as an analysis keeps it: bounded, so twenty of them stay small. */
export function boundReport(report: BounceReport): { report: BounceReport; omitted: number } {
  const recipients: FailedRecipient[] = report.recipients
    .slice(0, REPORT_BOUNDS.recipients)
    .map((r) => ({ ...r, reply: cut(r.reply, REPORT_BOUNDS.replyChars), statedReason: cut(r.statedReason, REPORT_BOUNDS.replyChars) }));
  return { report: { ...report, recipients, notes: report.notes.slice(0, REPORT_BOUNDS.notes) }, omitted: Math.max(0, report.recipients.length - recipients.length) };
}

export const HISTORY: StoredItem<HistoryItem[]> = {
  key: HISTORY_KEY,
  version: 2,
  fallback: () => [],
  valid: Array.isArray,
  // Version 1 kept the diagnosis and the excerpt only: the report is read again from the excerpt when opened.
  migrate: (data) =>
    (Array.isArray(data) ? data : [])
      .filter((h): h is Omit<HistoryItem, 'report' | 'omitted'> => typeof h === 'object' && h !== null && typeof h.id === 'string' && typeof h.excerpt === 'string')
      .map((h) => ({ ...h, report: null, omitted: 0 }))
      .slice(0, MAX_HISTORY),
};

/** Ticked steps per diagnosis, with when they were last changed: the oldest go first past 200 diagnoses. */
export interface Ticks {
  checks: boolean[];
  at: number;
}

export const CHECKS: StoredItem<Record<string, Ticks>> = {
  key: CHECKS_KEY,
  version: 2,
  fallback: () => ({}),
  valid: (d) => typeof d === 'object' && d !== null && !Array.isArray(d),
  // Version 1: { key: boolean[] } with no dates; they count as older than anything ticked since.
  migrate: (data) => {
    const out: Record<string, Ticks> = {};
    for (const [k, v] of Object.entries((data ?? {}) as Record<string, unknown>)) if (Array.isArray(v)) out[k] = { checks: v.map((x) => x === true), at: 0 };
    return out;
  },
};

export async function loadOptions(browser: StorageBrowser): Promise<Options> {
  return OPTIONS.migrate(await readItem(browser, OPTIONS), 1);
}

export async function saveOptions(browser: StorageBrowser, options: Options): Promise<void> {
  await writeItem(browser, OPTIONS, options);
  if (!options.history) await clearHistory(browser);
}

export function loadHistory(browser: StorageBrowser): Promise<HistoryItem[]> {
  return readItem(browser, HISTORY);
}

export async function addHistory(browser: StorageBrowser, item: Omit<HistoryItem, 'id' | 'at' | 'excerpt'> & { excerpt: string; id?: string }): Promise<HistoryItem | null> {
  if (!(await loadOptions(browser)).history) return null;
  const entry: HistoryItem = { ...item, excerpt: item.excerpt.slice(0, EXCERPT), id: item.id ?? crypto.randomUUID(), at: Date.now() };
  const list = [entry, ...(await loadHistory(browser)).filter((h) => h.excerpt !== entry.excerpt)].slice(0, MAX_HISTORY);
  await writeItem(browser, HISTORY, list);
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
  return (await readItem(browser, CHECKS))[key]?.checks ?? [];
}

export async function saveChecks(browser: StorageBrowser, key: string, checks: boolean[], now = Date.now()): Promise<void> {
  const all = await readItem(browser, CHECKS);
  all[key] = { checks, at: now };
  // Past the cap, the diagnoses ticked longest ago go (never the one just ticked).
  const kept = Object.entries(all)
    .sort((a, b) => b[1].at - a[1].at || (a[0] === key ? -1 : b[0] === key ? 1 : 0))
    .slice(0, MAX_CHECKS);
  await writeItem(browser, CHECKS, Object.fromEntries(kept));
}
