import { render } from 'preact';
import browser from 'webextension-polyfill';
import { ReportApp } from '../../components/ReportApp';
import '../../assets/pages.css';
import '../../assets/report.css';

const root = document.getElementById('app');
if (root) render(<ReportApp browser={browser} location={window.location} history={window.history} />, root);
