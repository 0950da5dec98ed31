/**
 * Everything Bounce Doctor keeps in `storage.local` is versioned: written as `{ v, data }`, and read through the item's
 * migrations, so that data written by an older version is upgraded, never lost or misread. Data from before
 * versioning (the bare value) counts as version 1. A value that cannot be read at all gives the item's default.
 */
import type { Browser } from 'webextension-polyfill';

type StorageBrowser = Pick<Browser, 'storage'>;

export interface StoredItem<T> {
  key: string;
  /** The version this code writes. */
  version: number;
  fallback(): T;
  /** From the data of version `from` (1 = before versioning) to the current version's; throw to give the default. */
  migrate(data: unknown, from: number): T;
  /** Whether data of the current version has the right shape (else the default is used). */
  valid(data: unknown): boolean;
}

interface Envelope {
  v: number;
  data: unknown;
}

function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as Envelope).v === 'number' && 'data' in x && Object.keys(x).length === 2;
}

/** Reads what is stored under the item's key as the current version. */
export function upgrade<T>(item: StoredItem<T>, raw: unknown): T {
  if (raw === undefined || raw === null) return item.fallback();
  const { v, data } = isEnvelope(raw) ? raw : { v: 1, data: raw };
  if (v > item.version) return item.fallback();
  try {
    if (v < item.version) return item.migrate(data, v);
    return item.valid(data) ? (data as T) : item.fallback();
  } catch {
    return item.fallback();
  }
}

export async function readItem<T>(browser: StorageBrowser, item: StoredItem<T>): Promise<T> {
  const got = await browser.storage.local.get(item.key);
  return upgrade(item, got[item.key]);
}

export async function writeItem<T>(browser: StorageBrowser, item: StoredItem<T>, value: T): Promise<void> {
  await browser.storage.local.set({ [item.key]: { v: item.version, data: value } satisfies Envelope });
}

/** Reads every item once and writes back those stored in an older format (run when the extension is updated). */
export async function migrateAll(browser: StorageBrowser, items: readonly StoredItem<unknown>[]): Promise<string[]> {
  const got = await browser.storage.local.get(items.map((i) => i.key));
  const upgraded: string[] = [];
  for (const item of items) {
    const raw = got[item.key];
    if (raw === undefined || (isEnvelope(raw) && raw.v === item.version)) continue;
    await writeItem(browser, item, upgrade(item, raw));
    upgraded.push(item.key);
  }
  return upgraded;
}
