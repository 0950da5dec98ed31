/**
 * The Firefox build in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi: the extension installs,
 * the Gmail content script shows the card with the test contract, and nothing leaves the machine. (BiDi gives no
 * access to the extension's background page in Firefox ESR, so the right-click handler is exercised in Chromium.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve(process.cwd(), '.output/firefox-mv2');

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  for (const p of [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (p && existsSync(p)) return p;
  throw new Error('No Firefox found for the Firefox tests. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`), or point FIREFOX_PATH at it.');
}

let browser: Browser;
const stray: string[] = [];

beforeAll(async () => {
  if (!existsSync(resolve(FIREFOX_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npm run build:firefox` first.');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, protocol: 'webDriverBiDi' });
  await browser.installExtension(FIREFOX_DIR);
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
      return { category: h.getAttribute('data-category'), code: h.getAttribute('data-code'), enhanced: h.getAttribute('data-enhanced'), recipient: h.getAttribute('data-recipient'), title: h.shadowRoot?.querySelector('h2')?.textContent };
    });
    expect(attrs).toEqual({ category: 'recipient-unknown', code: '550', enhanced: '5.1.1', recipient: 'x@example.org', title: 'The address x@example.org does not exist' });
    await page.close();
  });

  it('shows the card in Outlook on the web', async () => {
    const page = await open('https://outlook.live.com/mail/0/', 'outlook.html');
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelector('[data-bounce-doctor]')!.getAttribute('data-category'))).toBe('ip-blocklist');
    await page.close();
  });

  it('shows no card on ordinary mail, and the page asked for nothing else', async () => {
    const page = await open('https://mail.google.com/mail/u/2/', 'gmail-not-bounce.html');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.$('[data-bounce-doctor]')).toBeNull();
    await page.close();
    expect(stray.filter((u) => !u.startsWith('moz-extension:'))).toEqual([]);
  });
});
