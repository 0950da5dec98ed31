import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/popup.css';

performance.mark('bounce-doctor:start');
const root = document.getElementById('app');
if (root) render(<PopupApp browser={browser} location={window.location} />, root);
