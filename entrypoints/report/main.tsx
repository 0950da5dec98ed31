import { render } from 'preact';
import browser from 'webextension-polyfill';
import { ReportApp } from '../../components/ReportApp';
import { startPageLocale } from '../../lib/i18n/page';
import '../../assets/pages.css';
import '../../assets/report.css';

const root = document.getElementById('app');
if (root) void startPageLocale(browser, true).then(() => render(<ReportApp browser={browser} location={window.location} history={window.history} />, root));
