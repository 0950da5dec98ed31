import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PopupApp, lookUpTab } from '../../components/PopupApp';
import '../../assets/popup.css';

performance.mark('bounce-doctor:start');
// Ask for the tab's bounces first: the storage read runs while the first view renders.
const tab = lookUpTab(browser, window.location);
const root = document.getElementById('app');
if (root) render(<PopupApp browser={browser} location={window.location} tab={tab} />, root);
