/**
 * Per-tab state in `storage.session`: it survives the service worker being stopped (every 30 s idle) and is
 * forgotten when the browser closes. One key per tab, so concurrent tabs never overwrite each other. Each tab's state
 * is bounded (BOUNDS), so that one tab with a bounce to thousands of recipients cannot use up the session quota
 * (10 MB, shared by every tab) and leave the others without a badge or a popup.
 */
import type { Browser } from 'webextension-polyfill';
import type { Diagnosis } from '../diagnosis/types';
import type { FailedRecipient } from '../engine/types';
import type { StoredBounce, TabState } from '../messaging/protocol';
import { summarize } from '../pages/summary';

type StorageBrowser = Pick<Browser, 'storage'>;

export const BOUNDS = {
  /** Recipients kept in full (reply, diagnosis with its texts) per bounce; the rest only counted in the summary. */
  fullRecipients: 50,
  /** Addresses listed per group of the summary; the rest are counted. */
  groupAddresses: 200,
  /** Characters of one reply or stated reason. */
  replyChars: 2000,
  /** Bounces kept per tab (a thread rarely has more than a few open). */
  bounces: 20,
} as const;

const key = (tabId: number) => `tab:${tabId}`;

const cut = (s: string | null, n: number) => (s !== null && s.length > n ? `${s.slice(0, n)}…` : s);

function boundRecipient(r: FailedRecipient): FailedRecipient {
  return { ...r, reply: cut(r.reply, BOUNDS.replyChars), statedReason: cut(r.statedReason, BOUNDS.replyChars) };
}

/** A bounce as it is kept: every recipient counted in the summary, the first 50 in full, replies capped. */
export function boundBounce(b: StoredBounce): StoredBounce {
  const all = b.report.recipients;
  const summary = b.summary ?? summarize(b.report, b.diagnoses);
  const kept = all.slice(0, BOUNDS.fullRecipients).map(boundRecipient);
  const diagnoses: Diagnosis[] = b.diagnoses.slice(0, BOUNDS.fullRecipients);
  return {
    ...b,
    report: { ...b.report, recipients: kept },
    diagnoses,
    summary: {
      ...summary,
      groups: summary.groups.map((g) => ({ ...g, recipients: g.recipients.slice(0, BOUNDS.groupAddresses), indexes: g.indexes.filter((i) => i < BOUNDS.fullRecipients) })),
    },
    omitted: (b.omitted ?? 0) + Math.max(0, all.length - kept.length),
  };
}

export async function saveTabState(browser: StorageBrowser, tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: { ...state, bounces: state.bounces.slice(0, BOUNDS.bounces).map(boundBounce) } });
}

export async function loadTabState(browser: StorageBrowser, tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

/** Every watched tab's state in one read (a handful of webmail tabs at most), by tab id. */
export async function loadTabStates(browser: StorageBrowser): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const states = new Map<number, TabState>();
  for (const [k, v] of Object.entries(all)) {
    const m = /^tab:(\d+)$/.exec(k);
    if (m) states.set(Number(m[1]), v as TabState);
  }
  return states;
}

export async function clearTabState(browser: StorageBrowser, tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Removes the state of every tab that no longer exists (a tab closed while its report was being stored). */
export async function sweepTabStates(browser: StorageBrowser & Pick<Browser, 'tabs'>): Promise<number[]> {
  const [tabs, states] = await Promise.all([browser.tabs.query({}), loadTabStates(browser)]);
  const open = new Set(tabs.map((t) => t.id));
  const gone = [...states.keys()].filter((id) => !open.has(id));
  if (gone.length > 0) await browser.storage.session.remove(gone.map(key));
  return gone;
}
