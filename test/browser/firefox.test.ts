/**
 * The Firefox build in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi: the extension installs,
 * the Gmail content script shows the card with the test contract, the right-click item's real listener analyses a
 * multi-line selection, and nothing leaves the machine. BiDi exposes neither the browser's menus nor extension tabs, so
 * the click goes through Firefox's remote debugging protocol (firefox-rdp.ts): in the parent process it does what
 * Firefox's own menu does on a click — grant activeTab, emit the menu-click event the extension's listener is bound to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_CANARIES, CSP_SEEN } from './csp-canaries';
import { FirefoxDebugger } from './firefox-rdp';

const FIREFOX_DIR = resolve(process.cwd(), '.output/firefox-mv2');

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  for (const p of [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (p && existsSync(p)) return p;
  throw new Error('No Firefox found for the Firefox tests. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`), or point FIREFOX_PATH at it.');
}

let browser: Browser;
let addonId: string;
let debuggerPort: number;
const stray: string[] = [];

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

beforeAll(async () => {
  if (!existsSync(resolve(FIREFOX_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox` first.');
  debuggerPort = await freePort();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--start-debugger-server', String(debuggerPort)],
    extraPrefsFirefox: { 'devtools.debugger.remote-enabled': true, 'devtools.chrome.enabled': true, 'devtools.debugger.prompt-connection': false },
  });
  addonId = await browser.installExtension(FIREFOX_DIR);
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, file: string) {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith(url.replace(/[#?].*$/, ''))) return r.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(resolve(process.cwd(), 'test/browser/pages', file), 'utf8') });
    // The browser's own favicon fetch for the page is not ours.
    if (/\/favicon\.ico$/.test(r.url())) return r.respond({ status: 404, body: '' });
    stray.push(r.url());
    return r.abort();
  });
  await page.goto(url);
  return page;
}

describe('Firefox', () => {
  it('shows the card above a Gmail bounce', async () => {
    const page = await open('https://mail.google.com/mail/u/0/', 'gmail.html');
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 20_000 });
    const attrs = await page.evaluate(() => {
      const h = document.querySelector('[data-bounce-doctor]')!;
      // The card is drawn (its closed shadow root is not the page's to read).
      return { category: h.getAttribute('data-category'), code: h.getAttribute('data-code'), enhanced: h.getAttribute('data-enhanced'), recipient: h.getAttribute('data-recipient'), root: h.shadowRoot, drawn: h.getBoundingClientRect().height > 40 };
    });
    expect(attrs).toEqual({ category: 'recipient-unknown', code: '550', enhanced: '5.1.1', recipient: 'x@example.org', root: null, drawn: true });
    await page.close();
  });

  it('shows the card in Outlook on the web', async () => {
    const page = await open('https://outlook.live.com/mail/0/', 'outlook.html');
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelector('[data-bounce-doctor]')!.getAttribute('data-category'))).toBe('ip-blocklist');
    await page.close();
  });

  it("runs the right-click item's listener on a multi-line selection and opens the report next to the tab", async () => {
    const page = await open('https://example.com/ticket', 'ticket.html');
    const flat = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('bounce')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString().replace(/\s+/g, ' ').trim();
    });
    const rdp = await FirefoxDebugger.connect(debuggerPort);
    try {
      const parent = await rdp.parentConsole();
      // What Firefox's menu does on a click (browser/components/extensions/parent/ext-menus.js): grant activeTab on
      // the tab, then emit "webext-menu-menuitem-click" with the click info — the extension's onClicked listener runs.
      const clickedAt = await rdp.evaluate(
        parent,
        `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(addonId)});
          const win = Services.wm.getMostRecentWindow("navigator:browser");
          const tab = win.gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === "https://example.com/ticket");
          win.gBrowser.selectedTab = tab;
          extension.tabManager.addActiveTabPermission(tab);
          extension.emit("webext-menu-menuitem-click", { menuItemId: "analyze-selection", selectionText: ${JSON.stringify(flat)}, pageUrl: "https://example.com/ticket", editable: false, frameId: 0, modifiers: [], button: 0 }, tab);
          return tab._tPos;
        })()`,
      );
      expect(typeof clickedAt).toBe('number');
      let tabs: [number, string][] = [];
      for (let i = 0; i < 50 && !tabs.some(([, url]) => /\/report\.html\?(?:selection|analysis)=/.test(url)); i++) {
        await new Promise((r) => setTimeout(r, 200));
        tabs = JSON.parse(String(await rdp.evaluate(parent, 'JSON.stringify(Services.wm.getMostRecentWindow("navigator:browser").gBrowser.tabs.map((t) => [t._tPos, t.linkedBrowser.currentURI.spec]))')));
      }
      const report = tabs.find(([, url]) => /\/report\.html\?(?:selection|analysis)=/.test(url));
      expect(report?.[1]).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/report\.html\?(?:selection|analysis)=/);
      expect(report?.[0]).toBe((clickedAt as number) + 1);
      // The report page rewrites its own address (?selection=… becomes ?analysis=…) once the analysis is kept, and the
      // debugger's tab list may lag the browser's: look the tab up by the page, not the whole address, until it shows.
      const reportPage = report![1].slice(0, report![1].indexOf('?') + 1);
      let reportConsole: string | null = null;
      for (let i = 0; i < 50 && !reportConsole; i++) {
        reportConsole = await rdp.tabConsole(reportPage);
        if (!reportConsole) await new Promise((r) => setTimeout(r, 200));
      }
      expect(reportConsole).not.toBeNull();
      let diagnosis: Record<string, string> | null = null;
      for (let i = 0; i < 50 && !diagnosis; i++) {
        const found = await rdp.evaluate(reportConsole!, `(() => { const d = document.querySelector('[data-testid="diagnosis"]'); return d ? JSON.stringify({ ...d.dataset }) : ""; })()`);
        if (typeof found === 'string' && found) diagnosis = JSON.parse(found);
        else await new Promise((r) => setTimeout(r, 200));
      }
      // The recipient stands on a line of its own in the ticket: only the selection read with its line breaks (through
      // activeTab + scripting) names it; the flat selectionText would not.
      expect(diagnosis).toMatchObject({ category: 'ip-blocklist', code: '550', enhanced: '5.7.1', recipient: 'old.staff@acme.example' });
    } finally {
      rdp.close();
      await page.close();
    }
  });

  it("blocks an outside image, stylesheet, frame and font in the extension's pages (CSP)", async () => {
    const rdp = await FirefoxDebugger.connect(debuggerPort);
    try {
      const parent = await rdp.parentConsole();
      const url = await rdp.openAddonPage(parent, addonId, 'popup.html?csp-check');
      let page: string | null = null;
      for (let i = 0; i < 50 && !page; i++) {
        page = await rdp.tabConsole(url);
        if (!page) await new Promise((r) => setTimeout(r, 200));
      }
      expect(page).not.toBeNull();
      await new Promise((r) => setTimeout(r, 500));
      await rdp.evaluate(page!, CSP_CANARIES);
      let seen: string[] = [];
      for (let i = 0; i < 25 && seen.length < 4; i++) {
        await new Promise((r) => setTimeout(r, 200));
        seen = JSON.parse(String(await rdp.evaluate(page!, CSP_SEEN)));
      }
      expect(seen.map((d) => d.split(' ')[0]!.replace(/-elem$/, ''))).toEqual(['font-src', 'frame-src', 'img-src', 'style-src']);
    } finally {
      rdp.close();
    }
  });

  it('shows no card on ordinary mail, and the page asked for nothing else', async () => {
    const page = await open('https://mail.google.com/mail/u/2/', 'gmail-not-bounce.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.$('[data-bounce-doctor]')).toBeNull();
    await page.close();
    expect(stray.filter((u) => !u.startsWith('moz-extension:'))).toEqual([]);
  });
});
