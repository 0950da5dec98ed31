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
import { cardProbe, fixturePage, launch, tabIdFor, type Harness } from './harness';

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
    // The page itself cannot read the card: its shadow root is closed.
    expect(await page.evaluate(() => document.querySelector('[data-bounce-doctor]')?.shadowRoot ?? 'closed')).toBe('closed');
    const card = cardProbe(page);
    expect(await card.text('h2')).toBe('The address x@example.org does not exist');
    expect(await card.text('.who')).toBe('You: correct the address or stop sending to it');
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
    const card = cardProbe(page);
    await card.click('button', 'What to do');
    await expect.poll(() => card.count('.details li'), { timeout: 5000 }).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with the explanation and steps, fetched from the background', async () => {
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    const host = page.locator('[data-bounce-doctor]');
    await host.waitFor();
    const card = cardProbe(page);
    await card.click('button', 'What to do');
    await expect.poll(() => card.count('.details li'), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await card.text('.details .group > p')).toMatch(/no mailbox with this address/);
    expect(await card.evaluate((root) => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Less')?.getAttribute('aria-expanded'))).toBe('true');
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
        // The card follows the page's own background, not the system's scheme: Outlook's white page on a dark system
        // gets the light card; a forced theme on the host wins either way.
        const background = () => cardProbe(page).evaluate((root) => getComputedStyle(root.querySelector('.card')!).backgroundColor);
        expect(await page.evaluate(() => document.querySelector('[data-bounce-doctor]')?.getAttribute('data-theme'))).toBe('light');
        expect(await background()).toBe('rgb(255, 255, 255)');
        const theme = (t: string) => page.evaluate((value) => document.querySelector('[data-bounce-doctor]')?.setAttribute('data-theme', value), t);
        await theme('dark');
        expect(await background()).toBe('rgb(31, 35, 41)');
        await page.emulateMedia({ colorScheme: 'light' });
        expect(await background()).toBe('rgb(31, 35, 41)');
        await theme('light');
        expect(await background()).toBe('rgb(255, 255, 255)');
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
    const card = cardProbe(page);
    // The button is there before the steps are asked for, and stays where it was while they come in below.
    const reportButton = () =>
      card.evaluate((root) => {
        const b = [...root.querySelectorAll('button')].find((e) => e.textContent === 'Open full report');
        const r = b?.getBoundingClientRect();
        const c = root.querySelector('section')!.getBoundingClientRect();
        // Where it stands in the card (the page may scroll to the button clicked).
        return r && r.width > 0 ? { x: r.x - c.x, y: r.y - c.y } : null;
      });
    await expect.poll(reportButton, { timeout: 5000 }).not.toBeNull();
    const before = await reportButton();
    await card.click('button', 'What to do');
    await expect.poll(() => card.count('ol'), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await reportButton()).toEqual(before);
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?'));
    await card.click('button', 'Open full report');
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
    const card = cardProbe(page);
    // Dismiss, undo: the card is back, and stays after a reload.
    await card.click('button', 'Dismiss Bounce Doctor card');
    await expect.poll(() => card.text('[role="status"]'), { timeout: 5000 }).toContain('dismissed');
    await card.click('button', 'Undo');
    await expect.poll(() => card.text('h2'), { timeout: 5000 }).toBe('The address x@example.org does not exist');
    await page.reload();
    await page.locator('[data-bounce-doctor]').waitFor({ timeout: 10_000 });
    // Dismissed for good: gone after the undo delay, and after a reload.
    await cardProbe(page).click('button', 'Dismiss Bounce Doctor card');
    await expect.poll(() => page.locator('[data-bounce-doctor]').count(), { timeout: 15_000 }).toBe(0);
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-bounce-doctor]').count()).toBe(0);
    // "Show dismissed cards again" in the options brings it back.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Show dismissed cards again' }).click();
    await options.getByText('Dismissed cards will show again.').waitFor();
    await options.close();
    await page.reload();
    await page.locator('[data-bounce-doctor]').waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('cannot be removed or stopped by the page: a forged "script started" event, synthetic clicks, no postMessage', async () => {
    const page = await h.context.newPage();
    const messages: unknown[] = [];
    await page.exposeFunction('__record', (m: unknown) => void messages.push(m));
    await page.addInitScript(() => window.addEventListener('message', (e) => (window as unknown as { __record(m: unknown): void }).__record(JSON.stringify(e.data))));
    await page.goto('https://mail.google.com/mail/u/0/');
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    // Nothing of ours reached the page's message listeners (WXT's signal carried the extension's id).
    expect(messages.filter((m) => String(m).includes('content-script-started'))).toEqual([]);
    // What a page that knows the id would send to stop "older" scripts: the card stays, and later cards still come.
    await page.evaluate((id) => {
      for (const name of ['gmail', 'outlook']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
      // A synthetic click on the card host does nothing either.
      document.querySelector<HTMLElement>('[data-bounce-doctor]')!.click();
    }, h.extensionId);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-bounce-doctor]').count()).toBe(1);
    // A later bounce still gets its card: the page re-renders the message (its card goes), and the card comes back.
    await page.evaluate(() => {
      const message = document.querySelector('.adn')!;
      const parent = message.parentElement!;
      const copy = message.cloneNode(true) as Element;
      copy.querySelector('bounce-doctor-card')?.remove();
      message.remove();
      parent.append(copy);
    });
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    expect(await cardProbe(page).text('h2')).toBe('The address x@example.org does not exist');
    await page.close();
  });

  it('made no network request of its own', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
