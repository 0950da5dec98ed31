/// <reference types="chrome" />
/**
 * The content script's cost on a busy Gmail-like page, in a real Chromium: 5,000 list nodes, 200 mutations a second
 * for 10 seconds, and a bounce opened 20 times along the way. Reports the main-thread time spent in Bounce Doctor's
 * own code (CPU profile of the page, every frame from the extension's content script, inclusive) as a share of the
 * wall time, and the time from the message appearing to the card being there.
 */
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, fixturePage, launch } from '../test/browser/harness';

export interface ContentCost {
  wallMs: number;
  ourMs: number;
  cardMedianMs: number;
  cardP90Ms: number;
  cards: number;
}

const BUSY_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Inbox - Gmail</title></head><body>
<div role="main"><div class="nH g id"><div class="nH a98 iY" id="thread"></div></div>
<div id="list"></div></div>
<script>
  const list = document.getElementById('list');
  for (let i = 0; i < 5000; i++) { const r = document.createElement('div'); r.className = 'zA yO'; r.textContent = 'Message ' + i + ' — order #' + (500 + i % 100); list.append(r); }
  window.__mutate = () => {
    const rows = list.children;
    return setInterval(() => { const r = rows[Math.floor(Math.random() * rows.length)]; r.classList.toggle('x1'); r.textContent = 'Updated ' + Date.now(); }, 5);
  };
  window.__open = (html) => new Promise((done) => {
    const t = document.getElementById('thread');
    const start = performance.now();
    const obs = new MutationObserver(() => { if (document.querySelector('[data-bounce-doctor]')) { obs.disconnect(); done(performance.now() - start); } });
    obs.observe(document.body, { childList: true, subtree: true });
    const holder = document.createElement('div');
    holder.append(new DOMParser().parseFromString(html, 'text/html').body.firstElementChild);
    t.replaceChildren(holder);
  });
  window.__close = () => document.getElementById('thread').replaceChildren();
</script></body></html>`;

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

export async function measureContentCost(): Promise<ContentCost | null> {
  if (!existsSync(EXTENSION_DIR)) return null;
  const h = await launch();
  try {
    await h.serve('https://mail.google.com/mail/u/0/', BUSY_PAGE);
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    const message = fixturePage('gmail.html').match(/<div class="adn ads"[\s\S]*?<\/div><\/div>\s*<\/div><\/div>/)?.[0] ?? '';
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // Phase 1: ten seconds of a busy inbox with one bounce open, profiled.
    await page.evaluate((m) => (window as unknown as { __open(h: string): Promise<number> }).__open(m), message);
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const interval = await page.evaluate(() => (window as unknown as { __mutate(): number }).__mutate());
    await page.waitForTimeout(10_000);
    const wallMs = Date.now() - t0;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    // Phase 2: open a bounce 20 times while the inbox stays busy, timing each card.
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      await page.evaluate(() => (window as unknown as { __close(): void }).__close());
      await page.waitForTimeout(150);
      const html = message.replace(/#msg-f:\d+/, `#msg-f:17900000000000001${String(i).padStart(2, "0")}`);
      times.push(await page.evaluate((m) => (window as unknown as { __open(h: string): Promise<number> }).__open(m), html));
    }
    await page.evaluate((id) => clearInterval(id), interval);
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const total = (n: ProfileNode): number => (self.get(n.id) ?? 0) + (n.children ?? []).reduce((s, c) => s + total(byId.get(c) as ProfileNode), 0);
    let ours = 0;
    const walk = (n: ProfileNode) => {
      if (n.callFrame.url.startsWith('chrome-extension://')) {
        ours += total(n);
        return;
      }
      for (const c of n.children ?? []) walk(byId.get(c) as ProfileNode);
    };
    walk(profile.nodes[0] as ProfileNode);
    times.sort((a, b) => a - b);
    return { wallMs, ourMs: ours / 1000, cardMedianMs: times[Math.floor(times.length / 2)] ?? NaN, cardP90Ms: times[Math.floor(times.length * 0.9)] ?? NaN, cards: times.length };
  } finally {
    await h.close();
  }
}

/**
 * Popup opened on a Gmail tab with a bounce: time from navigation start to the diagnosis on screen, 10 times; and, to
 * tell the browser's share from ours, when the popup's own script started, and when the options page (a few hundred
 * bytes of script) reached DOMContentLoaded, measured alternately in the same tab.
 */
export async function measurePopup(): Promise<{ medianMs: number; scriptToPaintMs: number; optionsReadyMs: number; runs: number } | null> {
  if (!existsSync(EXTENSION_DIR)) return null;
  const h = await launch();
  try {
    await h.serve('https://mail.google.com/mail/u/0/', fixturePage('gmail.html'));
    const gmail = await h.context.newPage();
    await gmail.goto('https://mail.google.com/mail/u/0/');
    await gmail.waitForSelector('[data-bounce-doctor]');
    const tabId = await h.worker.evaluate(async () => (await chrome.tabs.query({})).find((t) => t.url?.startsWith('https://mail.google.com/'))?.id);
    const times: number[] = [];
    const ours: number[] = [];
    const floor: number[] = [];
    const popup = await h.context.newPage();
    for (let i = 0; i < 11; i++) {
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
      await popup.waitForFunction(() => performance.getEntriesByName('bounce-doctor:diagnosis').length > 0);
      const t = await popup.evaluate(() => ({
        painted: performance.getEntriesByName('bounce-doctor:diagnosis')[0]!.startTime,
        started: performance.getEntriesByName('bounce-doctor:start')[0]?.startTime ?? NaN,
      }));
      await popup.goto(`chrome-extension://${h.extensionId}/options.html`);
      await popup.waitForLoadState('domcontentloaded');
      const ready = await popup.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      if (i === 0) continue; // the first load warms the service worker and the cache
      times.push(t.painted);
      ours.push(t.painted - t.started);
      floor.push(ready);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    return { medianMs: median(times), scriptToPaintMs: median(ours), optionsReadyMs: median(floor), runs: times.length };
  } finally {
    await h.close();
  }
}
