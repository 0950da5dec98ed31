/**
 * `npm run demo`: opens Chromium (with a window) with the extension loaded on demo Gmail and Outlook pages served at
 * their real addresses — nothing is fetched from the internet and no account is needed. Close the window to end.
 * DEMO_SECONDS=N closes it after N seconds (used to check the demo in CI-like runs, with DEMO_HEADLESS=1).
 */
import { fixturePage, launch } from '../test/browser/harness';

const headless = process.env.DEMO_HEADLESS === '1';
const h = await launch({ headless });
const pages: [string, string][] = [
  ['https://mail.google.com/mail/u/0/#inbox/demo-bounce', 'gmail.html'],
  ['https://mail.google.com/mail/u/1/#inbox', 'gmail-delayed.html'],
  ['https://outlook.office.com/mail/inbox/id/demo', 'outlook.html'],
];
for (const [url, file] of pages) await h.serve(url.replace(/#.*$/, ''), fixturePage(file));
for (const [url] of pages) {
  const page = await h.context.newPage();
  await page.goto(url);
}
const cards = await Promise.all(h.context.pages().map((p) => p.locator('[data-bounce-doctor]').count().catch(() => 0)));
console.log(`Bounce Doctor demo: ${pages.length} demo pages open (Gmail, Gmail with a delayed bounce, Outlook on the web).`);
console.log(`Cards shown so far: ${cards.reduce((a, b) => a + b, 0)}. Click the toolbar icon, or a card's "What to do". Close the window to end.`);
const seconds = Number(process.env.DEMO_SECONDS ?? 0);
if (seconds > 0) {
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await h.close();
} else {
  await new Promise<void>((resolve) => h.context.on('close', () => resolve()));
}
