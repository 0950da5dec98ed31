import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WEBMAIL_HOST_PATTERNS } from './lib/webmail/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must stay runnable in Node (CLI, benchmarks) without WXT's auto-import magic.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, command }) => ({
    name: 'Bounce Doctor',
    description:
      'Explains email bounces in plain words, in Gmail, Outlook on the web, the toolbar or any selected text. Runs entirely on your machine.',
    // scripting: only to read a right-click selection with its line breaks, on the tab the user clicked (activeTab).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [...WEBMAIL_HOST_PATTERNS],
    action: { default_title: 'Bounce Doctor' },
    // Only the extension's own scripts; no eval, no remote code, no plugins — and, in the built extension, no
    // connection anywhere: extension pages cannot fetch, beacon or open sockets (the dev server needs its socket).
    content_security_policy:
      browser === 'firefox'
        ? (`script-src 'self'; object-src 'self'${command === 'build' ? "; connect-src 'none'" : ''}` as unknown as { extension_pages: string })
        : {
            extension_pages: `script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'${command === 'build' ? "; connect-src 'none'" : ''}`,
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'bounce-doctor@bounce-doctor.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // 123: CSS light-dark() (the card's theme); everything else the extension uses is older.
        { minimum_chrome_version: '123' }),
  }),
});
