/**
 * The watcher on DOM fixtures: one card per bounce once the background answered, cached by id, re-read when a body
 * grows, mounted again only when the reading changed, nothing kept for closed messages, quiet on errors.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWatcher, READ_BACKOFF_MS, type CardHandle, type Finding } from '../../lib/content/watcher';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { summarize } from '../../lib/pages/summary';
import { ADAPTERS } from '../../lib/webmail/index';
import { PAGES } from '../webmail/pages';

const page = (name: string) => PAGES.find((p) => p.name === name)!;
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function fakeMount() {
  const mounted: string[] = [];
  const handles = new Map<string, { connected: boolean; removed: boolean }>();
  const mount = vi.fn((message: { id: string }): CardHandle => {
    mounted.push(message.id);
    const state = { connected: true, removed: false };
    handles.set(message.id, state);
    return { isConnected: () => state.connected && !state.removed, remove: () => void (state.removed = true) };
  });
  return { mount, mounted, handles };
}

/** The background's side: classifies what the page reported and answers with the cards' summaries. */
function fakeBackground() {
  const calls: Finding[][] = [];
  const report = vi.fn(async (findings: Finding[]) => {
    calls.push(findings);
    return findings.map((f) => summarize(f.finding.report, diagnoseReport(f.finding.report)));
  });
  return { report, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => vi.useRealTimers());

describe('watcher', () => {
  it('mounts one card per bounce once the background answered, and reports them once', async () => {
    const doc = parse(page('gmail two bounces in one thread').html);
    const { mount, mounted } = fakeMount();
    const bg = fakeBackground();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: bg.report });
    w.scan();
    expect(mount).not.toHaveBeenCalled();
    await settle();
    w.scan();
    expect(mounted).toEqual(['gmail:#msg-f:11', 'gmail:#msg-f:12']);
    expect(bg.report).toHaveBeenCalledTimes(1);
    expect(bg.calls[0]!.map((f) => f.message.id)).toEqual(['gmail:#msg-f:11', 'gmail:#msg-f:12']);
  });

  it('mounts nothing when the background does not answer', async () => {
    const doc = parse(page('gmail two bounces in one thread').html);
    const { mount } = fakeMount();
    const onError = vi.fn();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, onError, report: () => Promise.reject(new Error('Receiving end does not exist')) });
    w.scan();
    await settle();
    expect(mount).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalled();
  });

  it('mounts nothing on a page without bounces, and reads each message once', async () => {
    const doc = parse(page('gmail order with code-like numbers').html);
    const { mount } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: fakeBackground().report });
    w.scan();
    await settle();
    w.scan();
    expect(mount).not.toHaveBeenCalled();
    expect(w.findings()).toEqual([]);
  });

  it('skips dismissed messages but still reports them', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount } = fakeMount();
    const bg = fakeBackground();
    createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: bg.report, isDismissed: () => true }).scan();
    await settle();
    expect(mount).not.toHaveBeenCalled();
    expect(bg.calls[0]).toHaveLength(1);
  });

  it('mounts again when the page re-rendered the card away, and keeps nothing of closed messages', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount, handles } = fakeMount();
    const bg = fakeBackground();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: bg.report });
    w.scan();
    await settle();
    handles.get('gmail:#msg-f:1790000000000000002')!.connected = false;
    w.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    doc.querySelector('.adn')!.remove();
    w.scan();
    expect(bg.calls.at(-1)).toEqual([]);
    expect(handles.get('gmail:#msg-f:1790000000000000002')!.removed).toBe(true);
    expect(w.size()).toBe(0);
  });

  it('reads a body again when it grows (late or clipped content)', async () => {
    const doc = parse(page('gmail order with code-like numbers').html);
    const { mount } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: fakeBackground().report });
    w.scan();
    const body = doc.querySelector('.a3s')!;
    const p = doc.createElement('p');
    p.textContent = 'The response from the remote server was: 550 5.1.1 <late@dest.example>: Recipient address rejected: User unknown';
    body.append(p);
    w.scan();
    await settle();
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('does not mount the card again while a body keeps changing without changing the bounce', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount, handles } = fakeMount();
    const bg = fakeBackground();
    let clock = 0;
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: bg.report, now: () => clock });
    w.scan();
    await settle();
    const body = doc.querySelector('.a3s')!;
    for (let i = 0; i < 300; i++) {
      const span = doc.createElement('span');
      span.textContent = 'x'.repeat(1 + (i % 7));
      body.append(span);
      clock += 60;
      w.scan();
      await settle();
    }
    expect(mount).toHaveBeenCalledTimes(1);
    expect(handles.get('gmail:#msg-f:1790000000000000002')!.removed).toBe(false);
    expect(bg.report).toHaveBeenCalledTimes(1);
  });

  it('reads a body that keeps changing at most once a second after a few readings that changed nothing', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount } = fakeMount();
    let clock = 0;
    const readings: number[] = [];
    const body = doc.querySelector('.a3s')!;
    const original = body.textContent;
    // Count readings: each reads the body's text through textContent of its descendants once more.
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: async (f) => f.map((x) => summarize(x.finding.report, diagnoseReport(x.finding.report))), now: () => clock });
    const spy = vi.spyOn(await import('../../lib/webmail/text'), 'visibleText');
    w.scan();
    for (let i = 0; i < 100; i++) {
      body.append(doc.createElement('span'));
      body.lastElementChild!.textContent = 'y';
      clock += 60;
      w.scan();
      readings.push(spy.mock.calls.length);
    }
    // 100 changes over 6 s: 1 first reading, 3 idle ones, then at most one per second.
    expect(spy.mock.calls.length).toBeGreaterThan(3);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(1 + 3 + Math.ceil((100 * 60) / READ_BACKOFF_MS) + 1);
    expect(original).not.toBe(body.textContent);
    spy.mockRestore();
  });

  it('mounts a new card when the reading really changed', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount, handles } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: fakeBackground().report });
    w.scan();
    await settle();
    const walker = doc.createTreeWalker(doc.querySelector('.a3s')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) n.textContent = n.textContent!.replaceAll('nobody.here@example.org', 'someone.else@example.org');
    w.scan();
    expect(handles.get('gmail:#msg-f:1790000000000000002')!.removed).toBe(true);
    await settle();
    w.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    expect(w.findings()[0]!.finding.report.recipients.map((r) => r.recipient)).toEqual(['someone.else@example.org']);
  });

  it('reacts to DOM changes through one throttled observer', async () => {
    vi.useFakeTimers();
    const doc = parse('<!doctype html><html><body><div role="main" id="m"></div></body></html>');
    const { mount } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: document, mount, report: fakeBackground().report, debounceMs: 50 });
    document.body.replaceChildren(...doc.body.cloneNode(true).childNodes);
    w.start();
    const bounce = parse(page('gmail showing a postfix bounce').html).querySelector('[role="main"] > div')!;
    document.getElementById('m')!.append(document.importNode(bounce, true));
    await vi.advanceTimersByTimeAsync(100);
    expect(mount).toHaveBeenCalledTimes(1);
    w.stop();
    document.body.replaceChildren();
  });

  it('scans a change after a quiet moment at once, and a busy page at most once per throttle period', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const doc = parse('<!doctype html><html><body><div role="main" id="m"></div></body></html>');
    const scans = vi.fn(() => []);
    const w = createWatcher({ adapter: { id: 'gmail', findOpenMessages: scans }, root: doc, mount: fakeMount().mount, debounceMs: 60, leadMs: 16, now: () => clock });
    const tick = async (ms: number) => {
      clock += ms;
      await vi.advanceTimersByTimeAsync(ms);
    };
    await tick(1000);
    w.schedule();
    await tick(16);
    expect(scans).toHaveBeenCalledTimes(1);
    // Constant change: a schedule every 5 ms for a second.
    for (let i = 0; i < 200; i++) {
      w.schedule();
      await tick(5);
    }
    expect(scans.mock.calls.length).toBeLessThanOrEqual(1 + Math.ceil(1000 / 60) + 1);
    expect(scans.mock.calls.length).toBeGreaterThanOrEqual(1000 / 60 - 1);
  });

  it('stops, with its cards, once the extension is gone', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount, handles } = fakeMount();
    let alive = true;
    const onStop = vi.fn();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, report: fakeBackground().report, alive: () => alive, onStop });
    w.scan();
    await settle();
    w.scan();
    alive = false;
    w.scan();
    expect([...handles.values()].every((h) => h.removed)).toBe(true);
    expect(onStop).toHaveBeenCalledTimes(1);
    expect(w.size()).toBe(0);
  });

  it('sends errors to the guard instead of throwing', async () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const onError = vi.fn();
    const w = createWatcher({
      adapter: ADAPTERS.gmail,
      root: doc,
      onError,
      report: fakeBackground().report,
      mount: () => {
        throw new Error('host page changed');
      },
    });
    w.scan();
    await settle();
    expect(() => w.scan()).not.toThrow();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'host page changed' }));
  });
});
