/**
 * The toolbar badge while a bounce is open on a tab: the number of bounced recipients, coloured by who must act
 * (red: you; amber: the recipient's side; grey: either). Cleared when no bounce is open.
 */
import type { Browser } from 'webextension-polyfill';
import { verdictFor } from '../diagnosis/verdict';
import type { ReportedBounce } from '../messaging/protocol';
import { EN_MORE } from '../i18n/ui/more-en';

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

/** The toolbar button's tooltip while a bounce is open: how many recipients failed, or that delivery is delayed. */
export function badgeTitle(bounces: ReportedBounce[], words: typeof EN_MORE.background = EN_MORE.background, lang = 'en'): string | null {
  if (bounces.length === 0) return null;
  const recipients = bounces.flatMap((b) => b.report.recipients);
  const failed = recipients.filter((r) => !(r.action === 'delayed' || (r.code ?? r.enhanced ?? '').startsWith('4'))).length;
  const delayedOnly = bounces.every((b) => b.report.kind === 'delay') || (recipients.length > 0 && failed === 0);
  if (delayedOnly) return words.badgeDelayed;
  const n = Math.max(1, failed);
  return n === 1 ? words.badgeOne : words.badgeFailed.replace('{n}', n.toLocaleString(lang));
}

export async function showBadge(browser: BadgeBrowser, tabId: number, bounces: ReportedBounce[], words?: typeof EN_MORE.background, lang?: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const { text, color } = badgeFor(bounces);
  await action.setBadgeText({ tabId, text });
  if (text) await action.setBadgeBackgroundColor({ tabId, color });
  // The tooltip says what the number means; with no bounce it goes back to the manifest's (localized) title.
  try {
    await action.setTitle?.({ tabId, title: badgeTitle(bounces, words, lang) ?? null } as Parameters<NonNullable<typeof action.setTitle>>[0]);
  } catch {
    // A browser that does not take null to reset the title keeps the last one until the next bounce.
  }
}
