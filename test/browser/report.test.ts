/// <reference types="chrome" />
/**
 * What a user sees, in a real Chromium: a three-recipient bounce grouped by cause in the card and the popup, with a
 * counted headline; one full report reached from the card, the popup, the history and a right-click, with every
 * recipient, surviving a reload; ticks carried from the popup to the report; who acts in words; a 4xx paste headed as
 * a delay; no text under 12 px on the popup, the report and the settings page; data written by the previous release
 * read by this one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WHO_ACTS } from '../../lib/diagnosis/texts/en';
import { cardProbe, fixturePage, launch, openPopup, tabIdFor, type Harness } from './harness';

let h: Harness;
const THREE = 'https://mail.google.com/mail/u/5/';
// (Postfix's failure notice lists the recipients it gave up on: the one whose last reply was 452 4.2.2 was returned
// too, not still being retried, so the headline says no "will retry".)
const HEADLINE = '3 recipients: 2 addresses do not exist, 1 mailbox full';

beforeAll(async () => {
  h = await launch();
  await h.serve(THREE, fixturePage('gmail-three.html'));
  await h.serve('https://example.com/ticket', fixturePage('ticket.html'));
});

afterAll(async () => {
  await h?.close();
});

/** The report page's recipients: the technical table's rows, and the causes shown. */
async function reportShows(report: Page) {
  await report.locator('[data-testid="diagnosis"]').first().waitFor({ timeout: 10_000 });
  return {
    headline: await report.getByTestId('headline').textContent(),
    rows: await report.locator('[data-testid="technical"] tbody tr').count(),
    causes: await report.locator('[data-testid="diagnosis"]').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.category}×${(e as HTMLElement).dataset.recipientsCount}`)),
  };
}

async function expectSurvivesReload(report: Page, want: Awaited<ReturnType<typeof reportShows>>) {
  expect(report.url()).toMatch(/\/report\.html\?analysis=[0-9a-f-]{36}$/);
  await report.reload();
  expect(await reportShows(report)).toEqual(want);
}

describe('a bounce to three recipients', () => {
  it('is grouped by cause in the card, with a counted headline', async () => {
    const page = await h.context.newPage();
    await page.goto(THREE);
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    const card = cardProbe(page);
    expect(await card.text('h2')).toBe(HEADLINE);
    await card.click('button', 'What to do');
    await expect.poll(() => card.count('.group ol'), { timeout: 5000 }).toBe(2);
    expect(await card.evaluate((root) => [...root.querySelectorAll('.group')].map((g) => [g.querySelector('h3')?.textContent, g.querySelector('.addresses')?.textContent]))).toEqual([
      ['2 addresses do not exist', 'ann@dest.example, bob@dest.example'],
      ["cy@full.example's mailbox is full", 'cy@full.example'],
    ]);
    await page.close();
  });

  it('opens one full report from the card, with every recipient, and it survives a reload', async () => {
    const page = await h.context.newPage();
    await page.goto(THREE);
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    const card = cardProbe(page);
    await card.click('button', 'What to do');
    // As a user would: after reading the steps.
    await expect.poll(() => card.count('.group ol'), { timeout: 5000 }).toBe(2);
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await card.click('button', 'Open full report');
    const report = await opened;
    const shown = await reportShows(report);
    expect(shown).toEqual({ headline: HEADLINE, rows: 3, causes: ['recipient-unknown×2', 'mailbox-full×1'] });
    // The webmail tab closes: the report does not depend on it.
    await page.close();
    await expectSurvivesReload(report, shown);
    await report.close();
  });

  it('is grouped in the popup, ticks carry over to the report, which survives a reload', async () => {
    const gmail = await h.context.newPage();
    await gmail.goto(THREE);
    await gmail.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    const tabId = await tabIdFor(h, THREE);
    const popup = await openPopup(h, `?tab=${tabId}`);
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    expect(await popup.getByTestId('headline').first().textContent()).toBe(HEADLINE);
    expect(await popup.locator('[data-testid="diagnosis"]').count()).toBe(2);
    // Tick the second step of the first cause by clicking its text.
    const first = popup.locator('[data-testid="diagnosis"]').first();
    await first.locator('.bd-step-text').nth(1).click();
    await expect.poll(() => first.getByTestId('progress').textContent()).toBe('1 of 3 done');
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await popup.getByRole('button', { name: 'Open full report' }).first().click();
    const report = await opened;
    const shown = await reportShows(report);
    expect(shown).toEqual({ headline: HEADLINE, rows: 3, causes: ['recipient-unknown×2', 'mailbox-full×1'] });
    const ticked = () => report.locator('[data-testid="diagnosis"]').first().locator('.bd-check').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    await expect.poll(ticked).toEqual([false, true, false]);
    await expectSurvivesReload(report, shown);
    await expect.poll(ticked).toEqual([false, true, false]);
    for (const p of [report, popup, gmail]) await p.close();
  });
});

describe('the full report', () => {
  it('opens from the history, with every recipient, and survives a reload', async () => {
    const popup = await openPopup(h);
    const text = fixturePage('gmail-three.html')
      .replace(/<[^>]+>/g, '\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    await popup.getByLabel('Bounce text').fill(text);
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    await popup.reload();
    await popup.getByRole('heading', { name: 'Recent analyses' }).waitFor();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await popup.locator('.bd-recent button.bd-link').first().click();
    const report = await opened;
    const shown = await reportShows(report);
    expect(shown.rows).toBe(3);
    expect(shown.headline).toBe(HEADLINE);
    await expectSurvivesReload(report, shown);
    for (const p of [report, popup]) await p.close();
  });

  it('opens from a right-click, names its recipient, and survives a reload', async () => {
    const page = await h.context.newPage();
    await page.goto('https://example.com/ticket');
    const tab = await h.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url === undefined || t.url === 'https://example.com/ticket'));
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?'));
    await h.worker.evaluate(async (t) => {
      (chrome.contextMenus.onClicked as unknown as { dispatch(i: unknown, t: unknown): void }).dispatch(
        { menuItemId: 'analyze-selection', selectionText: '550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown', pageUrl: 'https://example.com/ticket', editable: false },
        t,
      );
    }, tab);
    const report = await opened;
    const shown = await reportShows(report);
    expect(shown).toMatchObject({ rows: 1, causes: ['recipient-unknown×1'] });
    expect(await report.locator('[data-testid="diagnosis"]').first().getAttribute('data-recipient')).toBe('pat@dest.example');
    await expect.poll(() => report.url()).toMatch(/\?analysis=/);
    await expectSurvivesReload(report, shown);
    for (const p of [report, page]) await p.close();
  });
});

describe('words', () => {
  const CASES: [string, string, 'permanent' | 'temporary'][] = [
    ['550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown', 'recipient-unknown', 'permanent'],
    ['552 5.2.2 <kim@dest.example>: Mailbox full', 'mailbox-full', 'permanent'],
    ['550 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org', 'ip-blocklist', 'permanent'],
    ["550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. - gsmtp", 'dmarc', 'permanent'],
    ['450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]', 'ptr', 'temporary'],
  ];

  it('say who acts per category, and head a 4xx reply as a delay', async () => {
    const popup = await openPopup(h);
    for (const [reply, category, kind] of CASES) {
      await popup.getByLabel('Bounce text').fill(reply);
      await popup.getByRole('button', { name: 'Analyze' }).click();
      const d = popup.locator(`[data-testid="diagnosis"][data-category="${category}"]`).first();
      await d.waitFor();
      expect(await d.getByTestId('who-acts').textContent()).toBe(`Who acts ${WHO_ACTS[category as keyof typeof WHO_ACTS][kind]}`);
      const status = await popup.getByTestId('status').last().textContent();
      if (kind === 'temporary') expect(status).toMatch(/^Not delivered yet: the sending server will retry/);
      else expect(status).toMatch(/^Not delivered/);
      expect(await popup.locator('.bd-result').last().textContent()).not.toMatch(/recipient-unknown|ip-blocklist|fix-then-resend/);
    }
    await popup.close();
  });
});

/** Every visible text's computed font size, smallest first, with the text. */
async function smallestText(page: Page): Promise<{ size: number; text: string }[]> {
  return page.evaluate(() => {
    const out: { size: number; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el) continue;
      const rects = document.createRange();
      rects.selectNodeContents(n);
      if (rects.getClientRects().length === 0) continue;
      out.push({ size: parseFloat(getComputedStyle(el).fontSize), text: text.slice(0, 40) });
    }
    return out.sort((a, b) => a.size - b.size);
  });
}

describe('type', () => {
  it('is never under 12 px on the popup, the report and the settings page', async () => {
    const popup = await openPopup(h);
    await popup.getByLabel('Bounce text').fill(fixturePage('../../fixtures/bounces/postfix-folded.txt'));
    await popup.getByRole('button', { name: 'Analyze' }).click();
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    await popup.locator('details.bd-prevention summary').first().click().catch(() => undefined);
    const inPopup = await smallestText(popup);
    expect(inPopup.length).toBeGreaterThan(20);
    expect(inPopup.filter((t) => t.size < 12)).toEqual([]);
    // The body text is 14 px, and the headline the largest after the product name.
    expect(await popup.locator('.bd-explanation').first().evaluate((e) => getComputedStyle(e).fontSize)).toBe('14px');
    const sizes = await popup.evaluate(() => ({ product: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize), headline: parseFloat(getComputedStyle(document.querySelector('.bd-headline')!).fontSize), max: Math.max(...[...document.querySelectorAll('body *:not(h1)')].map((e) => parseFloat(getComputedStyle(e).fontSize))) }));
    expect(sizes.headline).toBe(sizes.max);
    expect(sizes.product).toBeGreaterThan(sizes.headline);
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await popup.getByRole('button', { name: 'Open full report' }).last().click();
    const report = await opened;
    await report.locator('[data-testid="diagnosis"]').first().waitFor();
    expect((await smallestText(report)).filter((t) => t.size < 12)).toEqual([]);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'Bounce Doctor settings' }).waitFor();
    const inOptions = await smallestText(options);
    expect(inOptions.filter((t) => t.size < 12)).toEqual([]);
    // Headless Chromium does not bind the suggested shortcut; the page says which one is set, or that none is.
    expect(await options.getByTestId('shortcut').textContent()).toMatch(/^(?:Open the Bounce Doctor popup: .+|No shortcut is set to open the popup\.)$/);
    for (const p of [report, popup, options]) await p.close();
  });
});

describe('stored data', () => {
  it('written by the previous release is read by this one: options, history', async () => {
    await h.worker.evaluate(async () => {
      await chrome.storage.local.set({
        options: { history: true, cards: { gmail: false, outlook: true }, debug: false },
        history: [{ id: '6a0e3c1e-0000-4000-8000-000000000001', at: 1764000000000, label: 'Pasted text', excerpt: '452 4.2.2 The email account that you tried to reach is over quota. - gsmtp', recipient: null, category: 'mailbox-full', title: "The recipient's mailbox is full" }],
        'checklist-state': { abc123: [true] },
        'dismissed-cards': ['gmail:#msg-f:1'],
      });
    });
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('Show it in Gmail').isChecked()).toBe(false);
    expect(await options.getByLabel('Show it in Outlook on the web').isChecked()).toBe(true);
    const popup = await openPopup(h);
    await popup.getByRole('heading', { name: 'Recent analyses' }).waitFor();
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await popup.locator('.bd-recent button.bd-link').first().click();
    const report = await opened;
    await report.locator('[data-testid="diagnosis"]').first().waitFor();
    expect(await report.locator('[data-testid="diagnosis"]').first().getAttribute('data-category')).toBe('mailbox-full');
    // Back to the defaults for the other tests.
    await options.getByLabel('Show it in Gmail').check();
    for (const p of [report, popup, options]) await p.close();
  });

  it('made no network request of its own', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
