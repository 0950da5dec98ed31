/**
 * What a webmail content script does: announce itself to the background, then watch the page for opened bounces,
 * show a card above each, and keep the toolbar informed. Everything runs behind the guard: an error never reaches
 * the page, and once the extension is gone (update or reload) the script goes quiet and takes its cards away.
 *
 * Quiet in the page: the script sends nothing the page can see (no window.postMessage), and nothing the page sends
 * can stop it. WXT's content-script context is not used for that reason: its "a newer script started" event can be
 * dispatched by the page itself, which would remove the cards and stop every later one. Whether the extension is
 * still there is read from the extension's own runtime instead.
 */
import type { Browser } from 'webextension-polyfill';
import { sendMessage } from '../messaging/messaging';
import type { WebmailId } from '../webmail/hosts';
import { loadOptions } from '../pages/store';
import { loadDismissed, saveDismissed } from '../pages/dismissed';
import { ADAPTERS } from '../webmail/index';
import { cardMounter } from './card-ui';
import { guarded, isQuiet, reportOnce, setDebug } from './guard';
import { createWatcher } from './watcher';
import type { CardWords } from '../i18n/ui/card-en';

export function startWebmailContent(
  browser: Pick<Browser, 'runtime' | 'storage'>,
  webmail: WebmailId,
  win: Window & typeof globalThis,
  css = '',
): void {
  const doc = win.document;
  guarded(async () => {
    await sendMessage(browser, 'content:ready', { webmail, url: win.location.href });
  })();
  guarded(async () => {
    const dismissed = new Set<string>(await loadDismissed(browser));
    // The options page can turn the card off per webmail; the toolbar still learns of the bounces.
    const options = await loadOptions(browser);
    const cardsOn = options.cards[webmail];
    setDebug(options.debug);
    // Cards an earlier copy of this script left (the extension was updated while the tab stayed open) go first.
    for (const old of doc.querySelectorAll('bounce-doctor-card')) old.remove();
    const listeners = new AbortController();
    // The card's words in the reader's language: the background sends them with every answer (content scripts carry
    // no language tables).
    let words: { words: CardWords; lang: string } | null = null;
    const watcher = createWatcher({
      adapter: ADAPTERS[webmail],
      root: doc,
      // Short enough that the card follows the message within ~100 ms; it is a throttle, so constant mutation
      // (a busy inbox) cannot starve it.
      debounceMs: 60,
      leadMs: 16,
      onError: (error) => reportOnce(error),
      alive: () => browser.runtime?.id != null && !isQuiet(),
      onStop: () => listeners.abort(),
      isDismissed: (id) => !cardsOn || dismissed.has(id),
      mount: cardMounter(css, {
        dismiss: guarded(async (id: string) => {
          dismissed.add(id);
          await saveDismissed(browser, [...dismissed]);
        }),
        undismiss: guarded(async (id: string) => {
          dismissed.delete(id);
          await saveDismissed(browser, [...dismissed]);
        }),
        openReport: guarded(async (messageId: string) => {
          await sendMessage(browser, 'content:open-report', { messageId });
        }),
        explain: (finding) => sendMessage(browser, 'content:explain', { report: finding.report }),
        words: () => words,
      }),
      report: async (findings) => {
        const answer = await sendMessage(browser, 'content:bounces', {
          webmail,
          url: win.location.href,
          bounces: findings.map((f) => ({ messageId: f.message.id, subject: f.message.subject, report: f.finding.report })),
        });
        if (answer?.words && answer.lang) words = { words: answer.words, lang: answer.lang };
        return answer?.summaries;
      },
    });
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) => target.addEventListener(type, guarded(fn), { signal: listeners.signal });
    // Single-page navigation: the observer sees the new message; these only make the scan come sooner.
    on(win, 'hashchange', () => watcher.schedule());
    on(win, 'popstate', () => watcher.schedule());
    // Leaving the page (another site, a reload, closing): the tab's bounces and badge go with it. Coming back from
    // the back-forward cache, the script is still here and reports again.
    on(win, 'pagehide', () => void sendMessage(browser, 'content:leaving', { url: win.location.href }).catch(() => undefined));
    on(win, 'pageshow', (e) => {
      if (!(e as PageTransitionEvent).persisted) return;
      void sendMessage(browser, 'content:ready', { webmail, url: win.location.href }).catch(() => undefined);
      watcher.resend();
    });
    watcher.start();
  })();
}
