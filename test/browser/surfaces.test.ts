/// <reference types="chrome" />
/**
 * The popup, the report page and the options page in a real Chromium: a webmail tab's bounce in the popup, right-click
 * on a multi-line selection, history, copy report, options; axe-core finds no serious or critical violation in light
 * and dark; screenshots go to test-results/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePage, gmailWithProbe, launch, openPopup, readmeStorageKeys, storageOutsideReadme, tabIdFor, type Harness } from './harness';

let h: Harness;
const ARTIFACTS = join(process.cwd(), 'test-results');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  h = await launch();
  await h.serve('https://mail.google.com/mail/u/0/', fixturePage('gmail.html'));
  await h.serve('https://example.com/ticket', fixturePage('ticket.html'));
  // The same ticket on a host the extension may script without a user gesture: a synthetic menu click grants no
  // activeTab, so this is where the line-break path can be seen working.
  await h.serve('https://outlook.office.com/ticket', fixturePage('ticket.html'));
});

afterAll(async () => {
  await h?.close();
});

async function axe(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: extension pages' CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact}: ${v.id} (${v.nodes.length})`);
  });
}

async function rightClick(selectorText: string, url = 'https://example.com/ticket'): Promise<Page> {
  const tabIds = () => h.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
  const before = await tabIds();
  const page = await h.context.newPage();
  await page.goto(url);
  await page.evaluate((sel) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(sel)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, selectorText);
  const tabId = (await tabIds()).find((id) => !before.includes(id))!;
  // Chrome hands the listener the selection with its line breaks turned into spaces.
  const flat = (await page.evaluate(() => getSelection()!.toString())).replace(/\s+/g, ' ');
  const opened = h.context.waitForEvent('page', (p) => /\/report\.html\?(?:selection|analysis)=/.test(p.url()));
  await h.worker.evaluate(
    async ({ tabId, flat, url }) => {
      const tab = await chrome.tabs.get(tabId);
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch({ menuItemId: 'analyze-selection', selectionText: flat, pageUrl: url, frameId: 0, editable: false }, tab);
    },
    { tabId, flat, url },
  );
  const report = await opened;
  await page.close();
  return report;
}

describe('popup and report page', () => {
  it("shows the bounce open in a webmail tab (the popup given that tab's id)", async () => {
    const gmail = await h.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/');
    await gmail.waitForSelector('[data-bounce-doctor]');
    const tabId = await tabIdFor(h, 'https://mail.google.com/mail/u/0/');
    const popup = await openPopup(h, `?tab=${tabId}`);
    const d = popup.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    expect(await d.getAttribute('data-category')).toBe('recipient-unknown');
    expect(await popup.getByTestId('tab-status').textContent()).toMatch(/A bounce is open in Gmail/);
    await popup.close();
    await gmail.close();
  });

  it('opens as the real toolbar popup on the active Gmail tab and shows its bounce at once', async () => {
    const { gmail, probe } = await gmailWithProbe(h);
    await h.worker.evaluate(() => chrome.action.openPopup());
    const shown = await probe.waitForFunction(
      () => {
        const view = chrome.extension.getViews({ type: 'popup' })[0];
        const d = view?.document.querySelector<HTMLElement>('[data-testid="diagnosis"]');
        if (!view || !d) return null;
        const seen = { category: d.dataset.category, code: d.dataset.code, status: view.document.querySelector('[data-testid="tab-status"]')?.textContent ?? '', url: view.location.search };
        view.close();
        return seen;
      },
      null,
      { polling: 20, timeout: 10_000 },
    );
    expect(await shown.jsonValue()).toEqual({ category: 'recipient-unknown', code: '550', status: expect.stringMatching(/A bounce is open in Gmail/), url: '' });
    await probe.close();
    await gmail.close();
  });

  it('reads a multi-line selection with its line breaks when it may script the page', async () => {
    const report = await rightClick('#bounce', 'https://outlook.office.com/ticket');
    const d = report.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    // The recipient stands on a line of its own: only a selection with its line breaks names it.
    expect(await d.getAttribute('data-recipient')).toBe('old.staff@acme.example');
    expect(await d.getAttribute('data-category')).toBe('ip-blocklist');
    await report.close();
  });

  it('falls back to the flat selection where scripting is refused, and still diagnoses it', async () => {
    const report = await rightClick('#bounce');
    const d = report.locator('[data-testid="diagnosis"]').first();
    await d.waitFor();
    expect(await d.getAttribute('data-category')).toBe('ip-blocklist');
    expect(await d.getAttribute('data-code')).toBe('550');
    expect(await report.locator('.bd-subject').textContent()).toContain('example.com');
    await report.close();
  });

  it('keeps the analysis in the history, reopens it, and clears it', async () => {
    const popup = await openPopup(h);
    await popup.getByLabel('Bounce text').fill('452 4.2.2 The email account that you tried to reach is over quota. - gsmtp');
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    await popup.reload();
    const recent = popup.getByRole('heading', { name: 'Recent analyses' });
    await recent.waitFor();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await popup.locator('.bd-recent button.bd-link').first().click();
    const report = await opened;
    await report.locator('[data-testid="diagnosis"]').first().waitFor();
    expect(await report.locator('[data-testid="diagnosis"]').first().getAttribute('data-category')).toBe('mailbox-full');
    await report.close();
    await popup.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(() => recent.count()).toBe(0);
    await popup.close();
  });

  it('copies a Markdown report', async () => {
    const popup = await openPopup(h);
    // Headless Chromium has no clipboard to read back: record what the page hands to the Clipboard API.
    await popup.evaluate(() => {
      (window as unknown as { copied: string }).copied = '';
      navigator.clipboard.writeText = async (t: string) => void ((window as unknown as { copied: string }).copied = t);
    });
    await popup.getByLabel('Bounce text').fill('550 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using bl.spamcop.net');
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await popup.getByRole('button', { name: 'Copied' }).waitFor();
    const text = await popup.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(text).toContain('# Bounce report');
    expect(text).toContain('- Who acts: You or your mail provider');
    // The feedback goes back after two seconds.
    await popup.getByRole('button', { name: 'Copy as Markdown' }).waitFor({ timeout: 4000 });
    await popup.close();
  });

  it('turns the Gmail card off from the options page', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByLabel('Show it in Gmail').uncheck();
    await options.getByText('Saved.').waitFor();
    const gmail = await h.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/');
    await gmail.waitForTimeout(1500);
    expect(await gmail.locator('[data-bounce-doctor]').count()).toBe(0);
    await options.getByLabel('Show it in Gmail').check();
    await options.getByText('Saved.').waitFor();
    await gmail.close();
    await options.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious accessibility violation (${scheme})`, async () => {
      const popup = await h.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 420, height: 900 });
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
      await popup.getByLabel('Bounce text').fill(fixturePage('../../fixtures/bounces/postfix-folded.txt'));
      await popup.getByRole('button', { name: 'Analyze' }).click();
      await popup.locator('[data-testid="diagnosis"]').first().waitFor();
      expect(await axe(popup)).toEqual([]);
      await popup.screenshot({ path: join(ARTIFACTS, `popup-${scheme}.png`), fullPage: true });
      const report = await rightClick('#bounce');
      await report.emulateMedia({ colorScheme: scheme });
      await report.locator('[data-testid="diagnosis"]').first().waitFor();
      expect(await axe(report)).toEqual([]);
      await report.screenshot({ path: join(ARTIFACTS, `report-${scheme}.png`), fullPage: true });
      const options = await h.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      expect(await axe(options)).toEqual([]);
      for (const p of [popup, report, options]) await p.close();
    });
  }

  it('works by keyboard alone', async () => {
    const popup = await openPopup(h);
    await popup.keyboard.press('Tab'); // Options link
    await popup.keyboard.press('Tab'); // the paste area
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('bounce-text');
    await popup.keyboard.type('550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Analyze');
    // The focused control shows a visible outline.
    expect(await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await popup.keyboard.press('Enter');
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    expect(await popup.locator('[data-testid="diagnosis"]').first().getAttribute('data-category')).toBe('recipient-unknown');
    await popup.close();
  });

  it('left in storage only what the README lists, after all the flows above', async () => {
    const listed = readmeStorageKeys();
    // The README parsing itself: the four storage.local keys and the three storage.session ones.
    expect(listed.local.map(String)).toEqual(['/^history$/', '/^checklist-state$/', '/^options$/', '/^dismissed-cards$/']);
    expect(listed.session.map(String)).toEqual(['/^tab:[\\w-]+$/', '/^selection:[\\w-]+$/', '/^analyses$/']);
    const outside = await storageOutsideReadme(h);
    // The flows above wrote options (the card switch) and history: the readback sees real data.
    expect(Object.keys(outside.stored.local)).toContain('options');
    expect({ local: outside.local, session: outside.session }).toEqual({ local: [], session: [] });
  });

  it('made no network request of its own', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
