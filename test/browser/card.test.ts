/// <reference types="chrome" />
/**
 * The card in a real Chromium: it appears above each bounce with the test-contract attributes, after single-page
 * navigation too, never on ordinary mail; it opens with the steps from the background; dismissal sticks; the toolbar
 * badge follows. Screenshots (light and dark) go to test-results/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, launch, tabIdFor, type Harness } from './harness';

let h: Harness;
const ARTIFACTS = join(__dirname, '../../test-results');

beforeAll(async () => {
  h = await launch();
  await h.serve('https://mail.google.com/mail/u/0/', fixturePage('gmail.html'));
  await h.serve('https://mail.google.com/mail/u/1/', fixturePage('gmail-delayed.html'));
  await h.serve('https://mail.google.com/mail/u/2/', fixturePage('gmail-not-bounce.html'));
  await h.serve('https://outlook.office.com/mail/', fixturePage('outlook.html'));
  // Gmail enforces Trusted Types: a string assigned to innerHTML throws there.
  await h.serve('https://mail.google.com/mail/u/3/', fixturePage('gmail.html'), { 'content-security-policy': "require-trusted-types-for 'script'; trusted-types 'none'" });
  await h.serve('https://outlook.live.com/mail/0/', fixturePage('outlook.html'));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await h?.close();
});

async function cardAttributes(page: Page): Promise<Record<string, string> | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-bounce-doctor]');
    return host ? Object.fromEntries([...host.attributes].map((a) => [a.name, a.value])) : null;
  });
}

const badge = (tabId: number) => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('the card', () => {
  it('appears above a Gmail bounce with the test contract', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    expect(await cardAttributes(page)).toMatchObject({
      'data-category': 'recipient-unknown',
      'data-code': '550',
      'data-enhanced': '5.1.1',
      'data-recipient': 'x@example.org',
      'data-recipients-count': '1',
    });
    expect(await page.locator('[data-bounce-doctor]').count()).toBe(1);
    // Above the body, inside the message.
    expect(await page.evaluate(() => document.querySelector('[data-bounce-doctor]')?.nextElementSibling?.className)).toBe('ii gt');
    const title = await page.evaluate(() => document.querySelector('[data-bounce-doctor]')?.shadowRoot?.querySelector('h2')?.textContent);
    expect(title).toBe('The address x@example.org does not exist');
    await page.screenshot({ path: join(ARTIFACTS, 'card-gmail-light.png'), clip: { x: 0, y: 0, width: 900, height: 260 } });
    await page.close();
  });

  it('works under Trusted Types, as Gmail enforces them, without a single page error', async () => {
    const page = await h.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('https://mail.google.com/mail/u/3/');
    // The policy is in force: the page itself cannot use innerHTML.
    // eslint-disable-next-line no-restricted-syntax -- proving that the page's policy blocks this sink
    expect(await page.evaluate(() => { try { document.body.innerHTML = '<b>x</b>'; return 'allowed'; } catch { return 'blocked'; } })).toBe('blocked');
    errors.length = 0;
    const host = page.locator('[data-bounce-doctor]');
    await host.waitFor({ timeout: 10_000 });
    await host.getByRole('button', { name: 'What to do' }).click();
    await expect.poll(() => host.locator('.details li').count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with the explanation and steps, fetched from the background', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    const host = page.locator('[data-bounce-doctor]');
    await host.waitFor();
    await host.getByRole('button', { name: 'What to do' }).click();
    await expect.poll(() => host.locator('.details li').count(), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await host.locator('.details p').first().textContent()).toMatch(/no mailbox with this address/);
    expect(await host.getByRole('button', { name: 'Less' }).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('appears in Outlook on the web, above the message body', async () => {
    for (const url of ['https://outlook.office.com/mail/', 'https://outlook.live.com/mail/0/']) {
      const page = await h.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url);
      await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
      expect(await cardAttributes(page)).toMatchObject({
        'data-category': 'ip-blocklist',
        'data-code': '550',
        'data-enhanced': '5.7.1',
        'data-recipient': 'old.staff@acme.example',
      });
      if (url.includes('office.com')) {
        await page.screenshot({ path: join(ARTIFACTS, 'card-outlook-dark.png'), clip: { x: 0, y: 0, width: 900, height: 260 } });
        // The card follows the system's scheme, unless the page's own theme (data-theme on the host) says otherwise.
        const background = () => page.locator('[data-bounce-doctor] .card').first().evaluate((el) => getComputedStyle(el).backgroundColor);
        const theme = (t: string | null) =>
          page.evaluate((value) => {
            const host = document.querySelector('[data-bounce-doctor]');
            if (value === null) host?.removeAttribute('data-theme');
            else host?.setAttribute('data-theme', value);
          }, t);
        await theme(null);
        expect(await background()).toBe('rgb(31, 35, 41)');
        await theme('light');
        expect(await background()).toBe('rgb(255, 255, 255)');
        await page.emulateMedia({ colorScheme: 'light' });
        await theme(null);
        expect(await background()).toBe('rgb(255, 255, 255)');
        await theme('dark');
        expect(await background()).toBe('rgb(31, 35, 41)');
      }
      await page.close();
    }
  });

  it('appears when the bounce opens later by single-page navigation', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/1/');
    expect(await cardAttributes(page)).toBeNull();
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    expect(await cardAttributes(page)).toMatchObject({ 'data-category': 'mailbox-full', 'data-code': '452', 'data-enhanced': '4.2.2', 'data-recipient': 'dana@other.example' });
    await page.close();
  });

  it('never appears on ordinary mail full of code-like numbers', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/2/');
    await page.waitForTimeout(1500);
    expect(await cardAttributes(page)).toBeNull();
    await page.close();
  });

  it('sets the toolbar badge while a bounce is open, and clears it when none is', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.waitForSelector('[data-bounce-doctor]');
    const tabId = (await tabIdFor(h, 'https://mail.google.com/mail/u/0/')) as number;
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('1');
    await page.goto('https://mail.google.com/mail/u/2/');
    await expect.poll(() => badge(tabId), { timeout: 5000 }).toBe('');
    await page.close();
  });

  it('opens the full report of that message from the card', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    const host = page.locator('[data-bounce-doctor]');
    await host.waitFor();
    await host.getByRole('button', { name: 'What to do' }).click();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/popup.html?tab='));
    await host.getByRole('button', { name: 'Open full report' }).click();
    const report = await opened;
    const d = report.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    expect(await d.getAttribute('data-category')).toBe('recipient-unknown');
    expect(await d.getAttribute('data-recipient')).toBe('x@example.org');
    await report.close();
    await page.close();
  });

  it('stays dismissed once dismissed', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    const host = page.locator('[data-bounce-doctor]');
    await host.waitFor();
    await host.getByRole('button', { name: 'Dismiss Bounce Doctor card' }).click();
    await expect.poll(() => page.locator('[data-bounce-doctor]').count(), { timeout: 5000 }).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-bounce-doctor]').count()).toBe(0);
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
