/**
 * What a webmail content script does: announce itself to the background, then watch the page for opened bounces,
 * show a card above each, and keep the toolbar informed. Everything runs behind the guard: an error never reaches
 * the page, and once the extension context is gone (update or reload) the script goes quiet.
 */
import type { Browser } from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging/messaging';
import type { WebmailId } from '../webmail/hosts';
import { loadOptions } from '../pages/store';
import { ADAPTERS } from '../webmail/index';
import { cardMounter } from './card-ui';
import { guarded, reportOnce, setDebug } from './guard';
import { createWatcher } from './watcher';

const DISMISSED_KEY = 'dismissed-cards';
const MAX_DISMISSED = 500;

export function startWebmailContent(
  browser: Pick<Browser, 'runtime' | 'storage'>,
  webmail: WebmailId,
  location: Pick<Location, 'href'>,
  ctx?: ContentScriptContext,
  css = '',
): void {
  guarded(async () => {
    await sendMessage(browser, 'content:ready', { webmail, url: location.href });
  })();
  if (!ctx) return;
  guarded(async () => {
    const stored = await browser.storage.local.get(DISMISSED_KEY);
    const dismissed = new Set<string>((stored[DISMISSED_KEY] as string[] | undefined) ?? []);
    // The options page can turn the card off per webmail; the toolbar still learns of the bounces.
    const options = await loadOptions(browser);
    const cardsOn = options.cards[webmail];
    setDebug(options.debug);
    const watcher = createWatcher({
      adapter: ADAPTERS[webmail],
      root: document,
      // Short enough that the card follows the message within ~100 ms; it is a throttle, so constant mutation
      // (a busy inbox) cannot starve it.
      debounceMs: 60,
      onError: (error) => reportOnce(error),
      isDismissed: (id) => !cardsOn || dismissed.has(id),
      mount: cardMounter(ctx, css, {
        dismiss: guarded(async (id: string) => {
          dismissed.add(id);
          watcher.removeCard(id);
          await browser.storage.local.set({ [DISMISSED_KEY]: [...dismissed].slice(-MAX_DISMISSED) });
        }),
        openReport: guarded(async (messageId: string) => {
          await sendMessage(browser, 'content:open-report', { messageId });
        }),
        explain: (finding) => sendMessage(browser, 'content:explain', { report: finding.report }),
      }),
      onChange: guarded(async (findings) => {
        await sendMessage(browser, 'content:bounces', {
          webmail,
          url: location.href,
          bounces: findings.map((f) => ({ messageId: f.message.id, subject: f.message.subject, report: f.finding.report })),
        });
      }),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => watcher.schedule());
    ctx.onInvalidated(() => watcher.stop());
    watcher.start();
  })();
}
