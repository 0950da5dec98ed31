/**
 * The built extension with Chromium's interface in German and in Japanese (--lang): the card above a Gmail notice in
 * that language names its recipient, and the card, popup, report and settings page show no English outside technical
 * terms and the server's reply; the manifest's description, the badge's tooltip and the options' override follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardProbe, fixturePage, launch, openPopup, tabIdFor, type Harness } from './harness';
import { englishIn } from './english';

const GMAIL = 'https://mail.google.com/mail/u/0/';

/** The text a reader sees, without what the bounce itself says (its reply, subject and the commands). */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('pre, code, mark, .bd-subject, .bd-cell-reply, script, style, [hidden]')) el.remove();
    const options = [...clone.querySelectorAll('option')].map((o) => o.textContent).join(' ');
    return `${clone.innerText}\n${options}`;
  });
}

for (const { lang, page, recipient, open, words } of [
  { lang: 'de', page: 'gmail-de.html', recipient: 'pat@beispiel.example', open: 'Was tun', words: { report: 'Vollständigen Bericht öffnen', title: 'Die Adresse pat@beispiel.example existiert nicht', options: 'Einstellungen von Bounce Doctor', badge: 'Bounce Doctor: 1 Empfänger nicht zugestellt', description: 'Erklärt zurückgekommene E-Mails' } },
  { lang: 'ja', page: 'gmail-ja.html', recipient: 'taro@rei.example', open: '対処方法', words: { report: '完全なレポートを開く', title: 'アドレス taro@rei.example は存在しません', options: 'Bounce Doctor の設定', badge: 'Bounce Doctor：受信者 1 件に未配信', description: 'メールが戻ってきた理由' } },
] as const) {
  describe(`Chromium in ${lang}`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch({ lang });
    }, 60_000);
    afterAll(async () => {
      await h?.close();
    });

    it('the manifest speaks the language (name and description from _locales)', async () => {
      const description = await h.worker.evaluate(() => chrome.i18n.getMessage('extDescription'));
      expect(description).toContain(words.description);
    });

    it(`a Gmail notice in ${lang} gets its card, with the recipient named and no English`, async () => {
      await h.serve(GMAIL, fixturePage(page));
      const gmail = await h.context.newPage();
      await gmail.goto(GMAIL);
      await gmail.waitForSelector('[data-bounce-doctor]', { timeout: 20_000 });
      const host = await gmail.evaluate(() => {
        const el = document.querySelector('[data-bounce-doctor]')!;
        return { recipient: el.getAttribute('data-recipient'), category: el.getAttribute('data-category'), lang: el.getAttribute('lang') };
      });
      expect(host).toEqual({ recipient, category: 'recipient-unknown', lang });
      const card = cardProbe(gmail);
      expect(await card.text('.title')).toBe(words.title);
      const closed = await card.evaluate((root) => [...root.querySelectorAll('h2, p:not([hidden] p), .pill, button')].map((e) => `${e.textContent} ${e.getAttribute('aria-label') ?? ''}`).join('\n'));
      expect(englishIn(closed), closed).toEqual([]);
      // Opened: the explanation and the steps, in the language too.
      await card.click('button.link', open);
      await gmail.waitForFunction(() => true);
      for (let i = 0; i < 50 && (await card.count('ol li')) === 0; i++) await gmail.waitForTimeout(100);
      expect(await card.count('ol li')).toBeGreaterThan(0);
      const opened = await card.evaluate((root) => [...root.querySelectorAll('p, li, h2, h3, button, .pill')].map((e) => `${e.textContent} ${e.getAttribute('aria-label') ?? ''}`).join('\n'));
      expect(englishIn(opened), opened).toEqual([]);
      // The toolbar button's tooltip says what the badge counts, in the language.
      const tabId = await tabIdFor(h, GMAIL);
      expect(await h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id as number }), tabId)).toBe(words.badge);
    });

    it('the popup and the full report show no English outside the server reply', async () => {
      const tabId = await tabIdFor(h, GMAIL);
      const popup = await openPopup(h, `?tab=${tabId}`);
      await popup.getByTestId('diagnosis').first().waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
      const popupText = await readerText(popup);
      expect(englishIn(popupText), popupText).toEqual([]);
      const [report] = await Promise.all([h.context.waitForEvent('page'), popup.getByRole('button', { name: words.report }).click()]);
      await report.getByTestId('diagnosis').first().waitFor({ timeout: 20_000 });
      await report.getByTestId('technical').waitFor();
      const reportText = await readerText(report);
      expect(englishIn(reportText), reportText).toEqual([]);
      expect(reportText).toContain(words.title);
    });

    it('the settings page shows no English, and choosing another language there changes the pages at once', async () => {
      const options = await h.context.newPage();
      await options.goto(`chrome-extension://${h.extensionId}/options.html`);
      await options.getByRole('heading', { level: 1, name: words.options }).waitFor();
      const text = await readerText(options);
      expect(englishIn(text), text).toEqual([]);
      await options.getByTestId('language').selectOption('fr');
      await options.getByRole('heading', { level: 1, name: 'Réglages de Bounce Doctor' }).waitFor();
      const popup = await openPopup(h);
      expect(await popup.locator('label[for="bounce-text"]').textContent()).toBe('Texte du rebond');
      await options.getByTestId('language').selectOption('auto');
      await options.getByRole('heading', { level: 1, name: words.options }).waitFor();
    });
  });
}
