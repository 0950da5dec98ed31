import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { setUpBackground } from '../lib/background/setup';

// Listeners must be registered synchronously: main() cannot be async.
export default defineBackground(() => setUpBackground(browser));
