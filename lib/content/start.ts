/**
 * What a webmail content script does when it starts. For now: announce itself to the background so that the popup
 * knows which webmail the tab shows. Later issues add bounce detection and the diagnosis card here.
 */
import type { Browser } from 'webextension-polyfill';
import { sendMessage } from '../messaging/messaging';
import type { WebmailId } from '../webmail/hosts';
import { guarded } from './guard';

export function startWebmailContent(
  browser: Pick<Browser, 'runtime'>,
  webmail: WebmailId,
  location: Pick<Location, 'href'>,
): void {
  guarded(async () => {
    await sendMessage(browser, 'content:ready', { webmail, url: location.href });
  })();
}
