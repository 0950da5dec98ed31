/// <reference types="chrome" />
/**
 * The built extension in a real Chromium: manifest, content scripts on exactly the webmail hosts, the popup, and the
 * right-click item. Needs `npm run build:chrome` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_CANARIES, CSP_SEEN } from './csp-canaries';
import { EXTENSION_DIR, findChrome, fixturePage, launch, openPopup, tabIdFor, tabState, type Harness } from './harness';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  await h.serve('https://mail.google.com/mail/u/0/', fixturePage('gmail.html'));
  for (const host of ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']) {
    await h.serve(`https://${host}/mail/`, fixturePage('outlook.html'));
  }
  await h.serve('https://example.com/ticket', fixturePage('plain.html'));
  await h.serve('https://mail.google.com.evil.example/mail/', fixturePage('gmail.html'));
});

afterAll(async () => {
  await h?.close();
});

async function waitForState(url: string, timeout = 10_000): Promise<unknown> {
  const until = Date.now() + timeout;
  for (;;) {
    const id = await tabIdFor(h, url);
    const state = id === null ? null : await tabState(h, id);
    if (state || Date.now() > until) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

  it('asks for exactly the permissions Bounce Doctor needs', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect([...manifest.host_permissions].sort()).toEqual([
      'https://mail.google.com/*',
      'https://outlook.cloud.microsoft/*',
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  it('has a name, a description and icons at 16, 32, 48 and 128 px', () => {
    // Name and description come from _locales (English by default), in every language the extension speaks.
    const message = (locale: string, ref: string) => {
      const messages = JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      return ref.replace(/^__MSG_(\w+)__$/, (_, key: string) => messages[key]?.message ?? ref);
    };
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'de', 'fr', 'es', 'pt_BR', 'ja']) {
      expect(message(locale, manifest.name)).toBe('Bounce Doctor');
      expect(message(locale, manifest.description).length, locale).toBeGreaterThan(20);
    }
    expect(message('de', manifest.description)).not.toBe(message('en', manifest.description));
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const path of Object.values(manifest.icons) as string[]) {
      const png = readFileSync(join(EXTENSION_DIR, path));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    }
  });
});

describe('content scripts', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/', 'outlook'],
    ['https://outlook.cloud.microsoft/mail/', 'outlook'],
  ])('run on %s and report %s to the background', async (url, webmail) => {
    const page = await h.context.newPage();
    await page.goto(url);
    expect(await waitForState(url)).toMatchObject({ webmail, url });
    await page.close();
  });

  it('do not run on other sites', async () => {
    const pages = [];
    for (const url of ['https://example.com/ticket', 'https://mail.google.com.evil.example/mail/']) {
      const page = await h.context.newPage();
      await page.goto(url);
      pages.push(page);
    }
    // A webmail tab opened after them reports within this time, so silence here means no script ran.
    const control = await h.context.newPage();
    await control.goto('https://mail.google.com/mail/u/0/');
    expect(await waitForState('https://mail.google.com/mail/u/0/')).toBeTruthy();
    expect(await waitForState('https://example.com/ticket', 1500)).toBeNull();
    expect(await waitForState('https://mail.google.com.evil.example/mail/', 100)).toBeNull();
    for (const p of [...pages, control]) await p.close();
  });
});

describe('popup', () => {
  it('renders, and analyzes a pasted bounce', async () => {
    const page = await openPopup(h);
    await expect(page.getByRole('heading', { name: 'Bounce Doctor' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Bounce text').fill('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)');
    await page.getByRole('button', { name: 'Analyze' }).click();
    const d = page.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    expect(await d.getAttribute('data-code')).toBe('550');
    expect(await d.getAttribute('data-enhanced')).toBe('5.1.1');
    expect(await d.getAttribute('data-recipient')).toBe('pat@dest.example');
    expect(await d.getAttribute('data-category')).toBe('recipient-unknown');
    await page.close();
  });

  it('reads a dropped-in .eml file', async () => {
    const page = await openPopup(h);
    const eml = readFileSync(join(__dirname, '../fixtures/bounces/postfix.eml'));
    await page.locator('input[type=file]').setInputFiles({ name: 'bounce.eml', mimeType: 'message/rfc822', buffer: eml });
    const d = page.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    expect(await d.getAttribute('data-recipient')).toBe('nora@dest.example');
    expect(await d.getAttribute('data-enhanced')).toBe('5.7.1');
    expect(await d.getAttribute('data-category')).toBe('ip-blocklist');
    await page.close();
  });
});

describe('right-click', () => {
  it('registers "Analyze selected text with Bounce Doctor" for selections', async () => {
    const exists = await h.worker.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        try {
          await chrome.contextMenus.update('analyze-selection', { contexts: ['selection'] });
          return true;
        } catch {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return false;
    });
    expect(exists).toBe(true);
    const missing = await h.worker.evaluate(() => chrome.contextMenus.update('no-such-item', {}).then(() => true, () => false));
    expect(missing).toBe(false);
  });

  it('opens the analysis of the selected text in a new tab when clicked', async () => {
    // Without the "tabs" permission the background cannot read URLs of other sites' tabs: find the new tab by id.
    const tabIds = () => h.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
    const before = await tabIds();
    const page = await h.context.newPage();
    await page.goto('https://example.com/ticket');
    const tabId = (await tabIds()).find((id) => !before.includes(id));
    expect(tabId).toBeDefined();
    const opened = h.context.waitForEvent('page', (p) => /^chrome-extension:\/\/[a-z]+\/report\.html\?(?:selection|analysis)=/.test(p.url()));
    const dispatched = await h.worker.evaluate(
      async ({ tabId }) => {
        const onClicked = chrome.contextMenus.onClicked as unknown as { dispatch?: (info: unknown, tab: unknown) => void };
        if (typeof onClicked.dispatch !== 'function') return false;
        const tab = await chrome.tabs.get(tabId!);
        onClicked.dispatch({ menuItemId: 'analyze-selection', selectionText: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown', pageUrl: tab.url, editable: false }, tab);
        return true;
      },
      { tabId },
    );
    expect(dispatched).toBe(true);
    const analysis = await opened;
    const d = analysis.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    expect(await d.getAttribute('data-code')).toBe('550');
    expect(await analysis.locator('.bd-reply').first().textContent()).toContain('Recipient address rejected');
    await analysis.close();
    await page.close();
  });
});

describe('privacy', () => {
  it('the extension made no network request of its own in all of the above', () => {
    expect(h.strayRequests).toEqual([]);
  });

  it('the recorder catches a request made in a tab (it can fail)', async () => {
    const before = h.strayRequests.length;
    const page = await h.context.newPage();
    await page.goto('https://example.com/ticket');
    await page.evaluate(() => fetch('https://canary-page.invalid/ping').catch(() => null));
    await page.evaluate(() => navigator.sendBeacon('https://canary-beacon.invalid/ping', 'x'));
    const until = Date.now() + 5_000;
    while (h.strayRequests.length < before + 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await page.close();
    expect(h.strayRequests.slice(before)).toEqual(expect.arrayContaining(['https://canary-page.invalid/ping', 'https://canary-beacon.invalid/ping']));
  });

  it('the service worker and extension pages cannot make a request even when told to: the CSP forbids connections', async () => {
    const before = h.strayRequests.length;
    const fromWorker = await h.worker.evaluate(() => fetch('https://canary-worker.invalid/ping').then(() => 'sent', (e: unknown) => String(e)));
    const popup = await openPopup(h);
    const fromPage = await popup.evaluate(() => fetch('https://canary-popup.invalid/ping').then(() => 'sent', (e: unknown) => String(e)));
    // sendBeacon only queues (it says true either way): the recorder below shows whether anything left.
    await popup.evaluate(() => navigator.sendBeacon('https://canary-beacon.invalid/ping', 'x'));
    await popup.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(fromWorker).toMatch(/Failed to fetch/);
    expect(fromPage).toMatch(/Failed to fetch/);
    expect(h.strayRequests.slice(before)).toEqual([]);
  });
});

describe('content security policy of the extension pages', () => {
  it('blocks an image, a stylesheet, a frame and a font from outside, and reports each', async () => {
    const before = h.strayRequests.length;
    const popup = await openPopup(h);
    await popup.evaluate(CSP_CANARIES);
    let violations: string[] = [];
    for (let i = 0; i < 25 && violations.length < 4; i++) {
      await new Promise((r) => setTimeout(r, 200));
      violations = JSON.parse(String(await popup.evaluate(CSP_SEEN))) as string[];
    }
    await popup.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(h.strayRequests.slice(before)).toEqual([]);
    expect(violations).toEqual([
      'font-src https://canary-font.invalid/f.woff2',
      'frame-src https://canary-frame.invalid',
      'img-src https://canary-image.invalid/pixel.png',
      'style-src-elem https://canary-style.invalid/s.css',
    ]);
  });
});

describe('harness', () => {
  it('finds the browser from CHROME_PATH first and says what to install when there is none', () => {
    expect(findChrome({ CHROME_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome', () => null)).toBe('/opt/chrome');
    expect(findChrome({}, (p) => p === '/usr/bin/chromium', () => '/usr/local/bin/chromium')).toBe('/usr/bin/chromium');
    expect(findChrome({}, () => false, (n) => (n === 'google-chrome' ? '/usr/bin/google-chrome' : null))).toBe('/usr/bin/google-chrome');
    expect(() => findChrome({}, () => false, () => null)).toThrow(/apt-get install -y chromium/);
  });
});
