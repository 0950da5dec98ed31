import type { Browser } from 'webextension-polyfill';
import type { Analysis } from '../popup/analyze';
import { addHistory } from './store';

/** Keeps an analysis in the recent list: its diagnosis and the reply excerpt, never the whole message. */
export async function remember(browser: Pick<Browser, 'storage'>, a: Analysis, input: string | null): Promise<void> {
  const r = a.report?.recipients[0];
  const d = a.diagnoses[0];
  if (!a.report || !r || !d) return;
  await addHistory(browser, { label: a.label, excerpt: r.reply ?? input ?? '', recipient: r.recipient, category: d.category, title: d.title });
}
