import { render } from 'preact';
import browser from 'webextension-polyfill';
import { PopupApp } from '../../components/PopupApp';
import '../../assets/popup.css';

const root = document.getElementById('app');
if (root) render(<PopupApp browser={browser} location={window.location} />, root);
