import { render } from 'preact';
import browser from 'webextension-polyfill';
import { OptionsApp } from '../../components/OptionsApp';
import '../../assets/pages.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp browser={browser} />, root);
