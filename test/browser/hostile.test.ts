/// <reference types="chrome" />
/**
 * A bounce written by an attacker: markup, event handlers, script and data links, SVG, CSS, bidi overrides, zero-width
 * characters, a 100,000-character line, a lookalike domain. The card, the popup and the report show it as text:
 * nothing runs, and every link we render is https, http or mailto. Then everything the extension stored is read back
 * and must be exactly what the README's privacy section lists.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardProbe, fixturePage, launch, openPopup, storageOutsideReadme, tabIdFor, type Harness } from './harness';

let h: Harness;
const URL_ = 'https://mail.google.com/mail/u/0/';

beforeAll(async () => {
  h = await launch();
  await h.serve(URL_, fixturePage('gmail-hostile.html'));
});

afterAll(async () => {
  await h?.close();
});

/** What a scope shows: our marker of a script that ran, elements the bounce became, links, bidi controls. */
function inertness(scope: ParentNode, where: string) {
  const links = [...scope.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
  // Where bounce text is shown: the card, or the result sections of our pages.
  const shown = where === 'card' ? [scope] : [...document.querySelectorAll('.bd-result, section')];
  return {
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    injected: shown.reduce((n, el) => n + el.querySelectorAll('img, svg:not(.logo), script, iframe, object, embed, style:not(head > style)').length, 0),
    badLinks: links.filter((l) => !/^(https?:|mailto:)/.test(l)),
    bidi: /[\u202a-\u202e\u2066-\u2069]/.test((scope as Element).textContent ?? ''),
  };
}

async function inert(page: Page, root: 'document' | 'card') {
  // The card's root is closed to the page: it is read through DevTools' DOM domain.
  if (root === 'card') return cardProbe(page).evaluate(inertness, 'card');
  return page.evaluate(() => {
    const links = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    const shown = [...document.querySelectorAll('.bd-result, section')];
    return {
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      injected: shown.reduce((n, el) => n + el.querySelectorAll('img, svg, script, iframe, object, embed, style').length, 0),
      badLinks: links.filter((l) => !/^(https?:|mailto:)/.test(l)),
      bidi: /[\u202a-\u202e\u2066-\u2069]/.test(document.body.textContent ?? ''),
    };
  });
}

describe('hostile bounce text', () => {
  it('is shown inertly in the card', async () => {
    const page = await h.context.newPage();
    await page.goto(URL_);
    const host = page.locator('[data-bounce-doctor]');
    await host.waitFor({ timeout: 10_000 });
    expect(await host.getAttribute('data-category')).not.toBeNull();
    await cardProbe(page).click('button', 'What to do');
    await page.waitForTimeout(500);
    const card = await inert(page, 'card');
    expect(card).toMatchObject({ pwned: null, badLinks: [], bidi: false });
    // Our own icon is the only SVG; nothing of the bounce became an element.
    expect(await cardProbe(page).evaluate((root) => root.querySelectorAll('img, script, iframe, svg:not(.logo), svg.logo svg').length)).toBe(0);
    // The host page's own text is untouched (the attacker's CSS did not apply anywhere).
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
    const tabId = await tabIdFor(h, URL_);
    const popup = await openPopup(h, `?tab=${tabId}`);
    await popup.locator('[data-testid="diagnosis"]').first().waitFor();
    expect(await inert(popup, 'document')).toMatchObject({ pwned: null, injected: 0, badLinks: [], bidi: false });
    const reply = await popup.locator('.bd-reply').first().textContent();
    expect(reply).toContain('<script>');
    const opened = h.context.waitForEvent('page', (p) => p.url().includes('/report.html?analysis='));
    await popup.getByRole('button', { name: 'Open full report' }).first().click();
    const report = await opened;
    await report.locator('[data-testid="diagnosis"]').first().waitFor();
    expect(await inert(report, 'document')).toMatchObject({ pwned: null, injected: 0, badLinks: [], bidi: false });
    for (const p of [report, popup, page]) await p.close();
  });

  it('leaves in storage only what the README lists', async () => {
    const outside = await storageOutsideReadme(h);
    expect({ local: outside.local, session: outside.session }).toEqual({ local: [], session: [] });
    const local = outside.stored.local;
    for (const item of (local.history as { data: { excerpt: string; report: { recipients: { reply: string | null }[] } }[] } | undefined)?.data ?? []) {
      expect(item.excerpt.length).toBeLessThanOrEqual(2000);
      for (const r of item.report?.recipients ?? []) expect((r.reply ?? '').length).toBeLessThanOrEqual(2001);
    }
  });

  it('made no network request of its own', () => {
    expect(h.strayRequests).toEqual([]);
  });
});
