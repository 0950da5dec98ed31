/**
 * The toolbar badge while a bounce is open on a tab: the number of bounced recipients, coloured by who must act
 * (red: you; amber: the recipient's side; grey: either). Cleared when no bounce is open.
 */
import type { Browser } from 'webextension-polyfill';
import { verdictFor } from '../diagnosis/verdict';
import type { ReportedBounce } from '../messaging/protocol';

type BadgeBrowser = Partial<Pick<Browser, 'action' | 'browserAction'>>;

const COLOURS = { sender: '#c62828', recipient: '#b26a00', either: '#5f6368', none: '#5f6368' } as const;

export function badgeFor(bounces: ReportedBounce[]): { text: string; color: string } {
  if (bounces.length === 0) return { text: '', color: COLOURS.none };
  const count = bounces.reduce((n, b) => n + Math.max(1, b.report.recipients.length), 0);
  const report = bounces[0]!.report;
  const first = report.recipients[0];
  const side = first ? verdictFor(first, report).side : 'either';
  return { text: count > 99 ? '99+' : String(count), color: COLOURS[side] };
}

export async function showBadge(browser: BadgeBrowser, tabId: number, bounces: ReportedBounce[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const { text, color } = badgeFor(bounces);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color });
}
