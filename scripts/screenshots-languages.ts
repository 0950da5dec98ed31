/**
 * Part of `npm run screenshots`: the card (closed and opened) and the popup with Chromium's interface in German and in
 * Japanese, above a Gmail notice in that language, into docs/screens/ (card-gmail-de.png, card-gmail-de-open.png,
 * popup-tab-bounce-de.png, and the same for ja). Japanese needs a Japanese font on the machine (Debian:
 * fonts-ipafont-gothic or fonts-noto-cjk).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cardProbe, fixturePage, launch, openPopup, tabIdFor } from '../test/browser/harness';

const OUT = join(process.cwd(), 'docs/screens');
mkdirSync(OUT, { recursive: true });
const written: string[] = [];

for (const { lang, file, open } of [
  { lang: 'de', file: 'gmail-de.html', open: 'Was tun' },
  { lang: 'ja', file: 'gmail-ja.html', open: '対処方法' },
] as const) {
  const h = await launch({ lang });
  try {
    const url = 'https://mail.google.com/mail/u/0/';
    await h.serve(url, fixturePage(file));
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 900, height: 700 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url);
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    const clip = async (name: string) => {
      const box = await page.locator('[data-bounce-doctor]').first().boundingBox();
      if (!box) throw new Error(`no card for ${name}`);
      await page.screenshot({ path: join(OUT, `${name}.png`), clip: { x: Math.max(0, box.x - 12), y: Math.max(0, box.y - 12), width: Math.min(800, box.width + 24), height: box.height + 24 } });
      written.push(name);
    };
    await clip(`card-gmail-${lang}`);
    await cardProbe(page).click('button', open);
    await new Promise((r) => setTimeout(r, 800));
    await clip(`card-gmail-${lang}-open`);
    const tabId = await tabIdFor(h, url);
    const popup = await openPopup(h, `?tab=${tabId}`);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    await popup.screenshot({ path: join(OUT, `popup-tab-bounce-${lang}.png`), fullPage: true });
    written.push(`popup-tab-bounce-${lang}`);
  } finally {
    await h.close();
  }
}
console.log(`screenshots: ${written.length} written to docs/screens/ (${written.join(', ')})`);
