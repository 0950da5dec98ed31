import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../assets/card.css?inline';
import { startWebmailContent } from '../../lib/content/start';
import { OUTLOOK_MATCHES } from '../../lib/webmail/hosts';

export default defineContentScript({
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  // WXT's "content script started" window.postMessage would tell every page script the extension's id.
  noScriptStartedPostMessage: true,
  main: () => startWebmailContent(browser, 'outlook', window, cardCss),
});
