/**
 * `npm run screenshots`: every state a user sees, drawn by the built extension in headless Chromium and written to
 * docs/screens/ — the card (light and dark, in Gmail and Outlook on the web, closed and opened, with three
 * recipients), the popup (empty, a bounce on the tab, a paste, text that is not a bounce, the history), the full report
 * (light and dark) and the settings page. Nothing is fetched from the internet: the webmail pages are our fixtures.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cardProbe, fixturePage, launch, openPopup, tabIdFor } from '../test/browser/harness';

const OUT = join(process.cwd(), 'docs/screens');
mkdirSync(OUT, { recursive: true });
const h = await launch();
const written: string[] = [];
const DARK_PAGE = '<style>body{background:#1f1f1f;color:#e3e3e3}</style>';

async function shotOfCard(page: Page, name: string, open = false): Promise<void> {
  await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
  if (open) {
    const card = cardProbe(page);
    await card.click('button', 'What to do');
    await page.waitForFunction(() => true);
    await new Promise((r) => setTimeout(r, 600));
  }
  const box = await page.locator('[data-bounce-doctor]').first().boundingBox();
  if (!box) throw new Error(`no card for ${name}`);
  await page.screenshot({ path: join(OUT, `${name}.png`), clip: { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: Math.min(800, box.width + 24), height: box.height + 24 } });
  written.push(name);
}

async function openWebmail(url: string, file: string, dark: boolean, scheme: 'light' | 'dark'): Promise<Page> {
  const html = fixturePage(file).replace('</head>', `${dark ? DARK_PAGE : ''}</head>`);
  await h.serve(url, html);
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url);
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  written.push(name);
}

async function popupPage(scheme: 'light' | 'dark', query = ''): Promise<Page> {
  const page = await openPopup(h, query);
  await page.setViewportSize({ width: 420, height: 600 });
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

try {
  // The card: each webmail, light and dark page, closed and opened.
  for (const [webmail, url, file] of [
    ['gmail', 'https://mail.google.com/mail/u/0/', 'gmail.html'],
    ['outlook', 'https://outlook.office.com/mail/', 'outlook.html'],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await openWebmail(`${url}${theme}/`, file, theme === 'dark', theme);
      await shotOfCard(page, `card-${webmail}-${theme}`);
      await shotOfCard(page, `card-${webmail}-${theme}-open`, true);
      await page.close();
    }
  }
  const three = await openWebmail('https://mail.google.com/mail/u/5/', 'gmail-three.html', false, 'light');
  await shotOfCard(three, 'card-three-recipients', true);
  // The popup.
  await shot(await popupPage('light'), 'popup-empty');
  const tabId = await tabIdFor(h, 'https://mail.google.com/mail/u/5/');
  const onTab = await popupPage('light', `?tab=${tabId}`);
  await onTab.locator('[data-testid="diagnosis"]').first().waitFor();
  await shot(onTab, 'popup-tab-bounce');
  await three.close();
  for (const scheme of ['light', 'dark'] as const) {
    const paste = await popupPage(scheme);
    await paste.getByLabel('Bounce text').fill(fixturePage('../../fixtures/bounces/postfix-folded.txt'));
    await paste.getByRole('button', { name: 'Analyze' }).click();
    await paste.locator('[data-testid="diagnosis"]').first().waitFor();
    await shot(paste, `popup-paste-${scheme}`);
    if (scheme === 'light') {
      const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
      await paste.getByRole('button', { name: 'Open full report' }).last().click();
      const report = await opened;
      await report.setViewportSize({ width: 1000, height: 800 });
      await report.locator('[data-testid="diagnosis"]').first().waitFor();
      await shot(report, 'report-light');
      await report.emulateMedia({ colorScheme: 'dark' });
      await shot(report, 'report-dark');
      await report.close();
    }
    await paste.close();
  }
  const garbage = await popupPage('light');
  await garbage.getByLabel('Bounce text').fill('Lunch at 12:30 in room 550? Bring the 4.2 report.');
  await garbage.getByRole('button', { name: 'Analyze' }).click();
  await garbage.getByTestId('status').waitFor();
  await shot(garbage, 'popup-not-a-bounce');
  await garbage.close();
  const history = await popupPage('light');
  await history.getByRole('heading', { name: 'Recent analyses' }).waitFor();
  await history.getByRole('heading', { name: 'Recent analyses' }).scrollIntoViewIfNeeded();
  await shot(history, 'popup-history');
  await history.close();
  const options = await h.context.newPage();
  await options.setViewportSize({ width: 800, height: 900 });
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Bounce Doctor settings' }).waitFor();
  await shot(options, 'options');
  await options.close();
  console.log(`screenshots: ${written.length} written to docs/screens/: ${written.join(', ')}`);
} finally {
  await h.close();
}
