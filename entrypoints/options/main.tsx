import { render } from 'preact';
import browser from 'webextension-polyfill';
import { OptionsApp } from '../../components/OptionsApp';
import { startPageLocale } from '../../lib/i18n/page';
import '../../assets/pages.css';

const root = document.getElementById('app');
if (root) void startPageLocale(browser, true).then(() => render(<OptionsApp browser={browser} />, root));
