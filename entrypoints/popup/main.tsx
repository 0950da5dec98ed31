import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PopupApp, lookUpTab } from '../../components/PopupApp';
import { settledWithin } from '../../lib/popup/settle';
import { startPageLocale } from '../../lib/i18n/page';
import '../../assets/pages.css';

performance.mark('bounce-doctor:start');
// The tab's bounces are read first (two reads at once, a few milliseconds), so that the first frame already shows the
// diagnosis; a read that takes longer than a moment never holds the popup: it renders at once and fills in later.
const tab = lookUpTab(browser, window.location);
// The reader's language (options and words) is read at the same time; the first render is already in it.
const words = startPageLocale(browser);
const root = document.getElementById('app');
void words.then(() => settledWithin(tab, 150)).then((done) => {
  if (root) render(<PopupApp browser={browser} location={window.location} tab={done ?? tab} />, root);
});
