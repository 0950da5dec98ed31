/**
 * Keeps an analysis so that its full report can be opened, and reopened after a reload, by an id in the URL
 * (report.html?analysis=<id>): in the history when it is on, else in `storage.session` until the browser closes. What
 * is kept is bounded (store.ts: 50 recipients, replies capped), never a whole message.
 */
import type { Browser } from 'webextension-polyfill';
import type { BounceReport } from '../engine/types';
import type { Analysis } from '../popup/analyze';
import { addHistory, boundReport, loadHistory } from './store';

type StorageBrowser = Pick<Browser, 'storage'>;

export const SESSION_ANALYSES = 'analyses';
const MAX_SESSION = 20;

export interface Kept {
  id: string;
  label: string;
  /** The pasted text's start or the reply: what an entry from before reports were kept is read again from. */
  excerpt: string;
  report: BounceReport | null;
  omitted: number;
}

/** Stores the analysis and returns its id, or null when there is nothing to keep (no recipient). */
export async function remember(browser: StorageBrowser, a: Analysis, input: string | null, alreadyOmitted = 0): Promise<string | null> {
  const r = a.report?.recipients[0];
  const d = a.diagnoses[0];
  if (!a.report || !r || !d) return null;
  const bounded = boundReport(a.report);
  const report = bounded.report;
  const omitted = bounded.omitted + alreadyOmitted;
  const id = crypto.randomUUID();
  const excerpt = (r.reply ?? input ?? '').slice(0, 2000);
  const entry = await addHistory(browser, { id, label: a.label, excerpt, recipient: r.recipient, category: d.category, title: d.title, report, omitted });
  if (!entry) {
    const kept: Kept = { id, label: a.label, excerpt, report, omitted };
    const list = ((await browser.storage.session.get(SESSION_ANALYSES))[SESSION_ANALYSES] as Kept[] | undefined) ?? [];
    await browser.storage.session.set({ [SESSION_ANALYSES]: [kept, ...list].slice(0, MAX_SESSION) });
  }
  return id;
}

/** An analysis kept by `remember`, from the history or the session. */
export async function recall(browser: StorageBrowser, id: string): Promise<Kept | null> {
  const h = (await loadHistory(browser)).find((x) => x.id === id);
  if (h) return { id, label: h.label, excerpt: h.excerpt, report: h.report, omitted: h.omitted };
  const list = ((await browser.storage.session.get(SESSION_ANALYSES))[SESSION_ANALYSES] as Kept[] | undefined) ?? [];
  return list.find((x) => x.id === id) ?? null;
}
