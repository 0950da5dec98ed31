/// <reference types="chrome" />
/**
 * The content script's cost on a busy Gmail-like page, in a real Chromium: 5,000 list nodes, 200 mutations a second
 * for 10 seconds, and a bounce opened 20 times along the way. Reports the main-thread time spent in Bounce Doctor's
 * own code (CPU profile of the page, every frame from the extension's content script, inclusive) as a share of the
 * wall time, and the time from the message appearing to the card being there.
 */
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, fixturePage, gmailWithProbe, launch } from '../test/browser/harness';

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

/** What one opening of the popup shows, read from the popup's own window (ms from its navigation start). */
interface PopupOpening {
  /** From chrome.action.openPopup() being called to the popup's navigation start: Chrome's own popup machinery. */
  beforeNavigation: number;
  domContentLoaded: number;
  started: number;
  painted: number;
}

/**
 * The popup as a user opens it: chrome.action.openPopup() on a Gmail tab with a bounce, 21 times (the first warms up).
 * Counted from the popup document's navigation start (its time origin: where Navigation Timing starts a page) to the
 * diagnosis on screen, read from the popup's window through another extension page (chrome.extension.getViews).
 * Alongside: when the popup's own script started; the options page (a few hundred bytes of script) opened by the
 * same machinery, for the browser's floor; and the time Chrome takes from openPopup() to the navigation start, the same
 * for an empty popup, so not ours.
 */
export async function measurePopup(): Promise<{ medianMs: number; scriptToPaintMs: number; optionsReadyMs: number; beforeNavigationMs: number; runs: number } | null> {
  if (!existsSync(EXTENSION_DIR)) return null;
  const h = await launch();
  try {
    const { probe } = await gmailWithProbe(h);
    const open = async (page: 'popup.html' | 'options.html', until: 'diagnosis' | 'ready'): Promise<PopupOpening> => {
      const asked = await h.worker.evaluate(async (popup) => {
        await chrome.action.setPopup({ popup });
        const t = Date.now();
        await chrome.action.openPopup();
        return t;
      }, page);
      const seen = await probe.waitForFunction(
        (until) => {
          const view = chrome.extension.getViews({ type: 'popup' })[0] as (Window & typeof globalThis) | undefined;
          if (!view) return null;
          const perf = view.performance;
          const painted = perf.getEntriesByName('bounce-doctor:diagnosis')[0]?.startTime;
          const nav = perf.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          if (until === 'diagnosis' ? painted === undefined : !nav || nav.domContentLoadedEventEnd === 0) return null;
          const seen = { origin: perf.timeOrigin, domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN, started: perf.getEntriesByName('bounce-doctor:start')[0]?.startTime ?? NaN, painted: painted ?? NaN };
          view.close();
          return seen;
        },
        until,
        { polling: 5, timeout: 15_000 },
      );
      const t = (await seen.jsonValue()) as { origin: number; domContentLoaded: number; started: number; painted: number };
      await new Promise((done) => setTimeout(done, 300)); // the popup closes
      return { beforeNavigation: t.origin - asked, domContentLoaded: t.domContentLoaded, started: t.started, painted: t.painted };
    };
    const popups: PopupOpening[] = [];
    const options: PopupOpening[] = [];
    for (let i = 0; i < 21; i++) {
      const p = await open('popup.html', 'diagnosis');
      const o = await open('options.html', 'ready');
      if (i === 0) continue; // the first opening warms the cache
      popups.push(p);
      options.push(o);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    return {
      medianMs: median(popups.map((p) => p.painted)),
      scriptToPaintMs: median(popups.map((p) => p.painted - p.started)),
      optionsReadyMs: median(options.map((o) => o.domContentLoaded)),
      beforeNavigationMs: median(popups.map((p) => p.beforeNavigation)),
      runs: popups.length,
    };
  } finally {
    await h.close();
  }
}
