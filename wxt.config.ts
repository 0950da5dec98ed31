import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { WEBMAIL_HOST_PATTERNS } from './lib/webmail/hosts';

/** The extension pages' content security policy: nothing but our own files, and no connection in a build. */
export function pagesCsp(build: boolean): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // The development server's live reload needs its socket; a build connects nowhere.
    build ? "connect-src 'none'" : 'connect-src ws://localhost:* http://localhost:*',
  ];
  return directives.join('; ');
}

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: lib/ must stay runnable in Node (CLI, benchmarks) without WXT's auto-import magic.
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser, command }) => ({
    // Name and description in the browser's language (public/_locales/<lang>/messages.json; English by default).
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // scripting: only to read a right-click selection with its line breaks, on the tab the user clicked (activeTab).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [...WEBMAIL_HOST_PATTERNS],
    action: { default_title: '__MSG_actionTitle__' },
    // A keyboard shortcut that opens the popup (shown, and changeable, from the settings page).
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpen__',
      },
    },
    // Extension pages and the background load nothing from outside: only the extension's own scripts, styles and
    // images (and data: images), no frames, fonts, media or plugins, no eval, and in the built extension no connection
    // at all (no fetch, beacon or socket; the dev server needs its socket).
    content_security_policy:
      browser === 'firefox'
        ? (pagesCsp(command === 'build') as unknown as { extension_pages: string })
        : { extension_pages: pagesCsp(command === 'build') },
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
