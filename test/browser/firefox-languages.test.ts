/**
 * The Firefox build with Firefox's interface in German and in Japanese (intl.locale.requested, with Debian's language
 * packs): the card above a Gmail notice in that language names its recipient and speaks the language, and the
 * settings page shows no English. (Firefox refuses to navigate a test tab to the extension's pages; the settings page
 * is opened and read through Firefox's remote debugging protocol, as firefox.test.ts does for the report.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { englishIn } from './english';
import { FirefoxDebugger } from './firefox-rdp';

const FIREFOX_DIR = resolve(process.cwd(), '.output/firefox-mv2');

function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  for (const p of [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (p && existsSync(p)) return p;
  throw new Error('No Firefox found for the Firefox tests. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`), or point FIREFOX_PATH at it.');
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

for (const { lang, file, recipient, words } of [
  { lang: 'de', file: 'gmail-de.html', recipient: 'pat@beispiel.example', words: { options: 'Einstellungen von Bounce Doctor' } },
  { lang: 'ja', file: 'gmail-ja.html', recipient: 'taro@rei.example', words: { options: 'Bounce Doctor の設定' } },
] as const) {
  describe(`Firefox in ${lang}`, () => {
    let browser: Browser;
    let addonId: string;
    let port: number;

    beforeAll(async () => {
      if (!existsSync(resolve(FIREFOX_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox` first.');
      port = await freePort();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: findFirefox(),
        headless: true,
        protocol: 'webDriverBiDi',
        args: ['--start-debugger-server', String(port)],
        extraPrefsFirefox: {
          'intl.locale.requested': lang,
          'devtools.debugger.remote-enabled': true,
          'devtools.chrome.enabled': true,
          'devtools.debugger.prompt-connection': false,
        },
      });
      addonId = await browser.installExtension(FIREFOX_DIR);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it(`a Gmail notice in ${lang} gets its card in ${lang}, with the recipient named`, async () => {
      expect(await (await browser.newPage()).evaluate(() => navigator.language), 'Firefox runs in the language (its language pack is installed)').toBe(lang);
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (r) => {
        if (r.url().startsWith('https://mail.google.com/')) return r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(resolve(process.cwd(), 'test/browser/pages', file), 'utf8') });
        return r.respond({ status: 404, body: '' });
      });
      await page.goto('https://mail.google.com/mail/u/0/');
      await page.waitForSelector('[data-bounce-doctor]', { timeout: 20_000 });
      const host = await page.evaluate(() => {
        const h = document.querySelector('[data-bounce-doctor]')!;
        return { recipient: h.getAttribute('data-recipient'), category: h.getAttribute('data-category'), lang: h.getAttribute('lang'), drawn: h.getBoundingClientRect().height > 40 };
      });
      // The card's words come from the background, which chose the language from Firefox's: the host carries it.
      expect(host).toEqual({ recipient, category: 'recipient-unknown', lang, drawn: true });
      await page.close();
    });

    it('the settings page shows no English', async () => {
      const rdp = await FirefoxDebugger.connect(port);
      try {
        const parent = await rdp.parentConsole();
        const url = await rdp.openAddonPage(parent, addonId, 'options.html');
        let text = '';
        for (let i = 0; i < 50 && !text.includes(words.options); i++) {
          await new Promise((r) => setTimeout(r, 200));
          const consoleActor = await rdp.tabConsole(url);
          if (!consoleActor) continue;
          const got = await rdp.evaluate(consoleActor, `(() => { const c = document.body.cloneNode(true); for (const e of c.querySelectorAll('code, pre, script, style')) e.remove(); return c.innerText + "\\n" + [...c.querySelectorAll('option')].map((o) => o.textContent).join(" "); })()`);
          text = typeof got === 'string' ? got : '';
        }
        expect(text).toContain(words.options);
        expect(englishIn(text), text).toEqual([]);
      } finally {
        rdp.close();
      }
    });
  });
}
