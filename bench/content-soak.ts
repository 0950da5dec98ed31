/// <reference types="chrome" />
/**
 * The content script over time, in a real Chromium: for 30 s a Gmail-like page swaps the open bounce (a new message
 * every 300 ms, so cards come and go) and churns the open body (a late element added or removed every 50 ms, so its
 * length keeps changing without changing the bounce). Reports the page's JavaScript heap and DOM node count (after a
 * forced garbage collection) before and after, and how many cards were mounted: a script that keeps nothing it removed
 * stays flat, and mounts one card per bounce shown.
 */
import { existsSync } from 'node:fs';
import { EXTENSION_DIR, fixturePage, launch } from '../test/browser/harness';

export interface ContentSoak {
  seconds: number;
  swaps: number;
  heapBeforeMb: number;
  heapAfterMb: number;
  nodesBefore: number;
  nodesAfter: number;
  cardsMounted: number;
  bouncesShown: number;
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Inbox - Gmail</title></head><body>
<div role="main"><div class="nH g id"><div class="nH a98 iY" id="thread"></div></div></div>
<script>
  window.__mounted = 0;
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'BOUNCE-DOCTOR-CARD') window.__mounted++;
  }).observe(document.body, { childList: true, subtree: true });
  window.__show = (html) => {
    const holder = document.createElement('div');
    holder.append(new DOMParser().parseFromString(html, 'text/html').body.firstElementChild);
    document.getElementById('thread').replaceChildren(holder);
  };
  window.__churn = () => setInterval(() => {
    const body = document.querySelector('#thread .a3s');
    if (!body) return;
    if (body.childElementCount > 40 && Math.random() < 0.5) body.lastElementChild.remove();
    else { const s = document.createElement('span'); s.textContent = ' '.repeat(1 + Math.floor(Math.random() * 5)); body.append(s); }
  }, 50);
</script></body></html>`;

export async function measureContentSoak(seconds = 30): Promise<ContentSoak | null> {
  if (!existsSync(EXTENSION_DIR)) return null;
  const h = await launch();
  try {
    await h.serve('https://mail.google.com/mail/u/0/', PAGE);
    const page = await h.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/');
    const message = fixturePage('gmail.html').match(/<div class="adn ads"[\s\S]*?<\/div><\/div>\s*<\/div><\/div>/)?.[0] ?? '';
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const get = (name: string) => m.find((x) => x.name === name)?.value ?? NaN;
      return { heap: get('JSHeapUsedSize') / 1048576, nodes: get('Nodes') };
    };
    const show = (i: number) => page.evaluate((html) => (window as unknown as { __show(h: string): void }).__show(html), message.replace(/#msg-f:\d+/, `#msg-f:18${String(i).padStart(17, '0')}`));
    // Warm up: a few bounces shown, so that the first figures include the script's steady state.
    for (let i = 0; i < 5; i++) {
      await show(i);
      await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    }
    await page.waitForTimeout(500);
    const before = await metrics();
    const mountedBefore = await page.evaluate(() => (window as unknown as { __mounted: number }).__mounted);
    const churn = await page.evaluate(() => (window as unknown as { __churn(): number }).__churn());
    const until = Date.now() + seconds * 1000;
    let swaps = 0;
    while (Date.now() < until) {
      await show(1000 + swaps);
      swaps++;
      await page.waitForTimeout(300);
    }
    await page.evaluate((id) => clearInterval(id), churn);
    // The last bounce shown, settled.
    await page.waitForSelector('[data-bounce-doctor]', { timeout: 10_000 });
    await page.waitForTimeout(500);
    const after = await metrics();
    const mounted = (await page.evaluate(() => (window as unknown as { __mounted: number }).__mounted)) - mountedBefore;
    return { seconds, swaps, heapBeforeMb: before.heap, heapAfterMb: after.heap, nodesBefore: before.nodes, nodesAfter: after.nodes, cardsMounted: mounted, bouncesShown: swaps };
  } finally {
    await h.close();
  }
}
