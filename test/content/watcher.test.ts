/** The watcher on DOM fixtures: one card per bounce, cached by id, re-read when a body grows, quiet on errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWatcher, type CardHandle } from '../../lib/content/watcher';
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

afterEach(() => vi.useRealTimers());

describe('watcher', () => {
  it('mounts one card per bounce and reports them, once', () => {
    const doc = parse(page('gmail two bounces in one thread').html);
    const { mount, mounted } = fakeMount();
    const onChange = vi.fn();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, onChange });
    w.scan();
    w.scan();
    expect(mounted).toEqual(['gmail:#msg-f:11', 'gmail:#msg-f:12']);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].map((f: { message: { id: string } }) => f.message.id)).toEqual(['gmail:#msg-f:11', 'gmail:#msg-f:12']);
  });

  it('mounts nothing on a page without bounces, and reads each message once', () => {
    const doc = parse(page('gmail order with code-like numbers').html);
    const { mount } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount });
    w.scan();
    w.scan();
    expect(mount).not.toHaveBeenCalled();
    expect(w.findings()).toEqual([]);
  });

  it('skips dismissed messages but still reports them', () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount } = fakeMount();
    const onChange = vi.fn();
    createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, onChange, isDismissed: () => true }).scan();
    expect(mount).not.toHaveBeenCalled();
    expect(onChange.mock.calls[0]![0]).toHaveLength(1);
  });

  it('mounts again when the page re-rendered the card away, and removes cards of closed messages', () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const { mount, handles } = fakeMount();
    const onChange = vi.fn();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount, onChange });
    w.scan();
    handles.get('gmail:#msg-f:1790000000000000002')!.connected = false;
    w.scan();
    expect(mount).toHaveBeenCalledTimes(2);
    doc.querySelector('.adn')!.remove();
    w.scan();
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('reads a body again when it grows (late or clipped content)', () => {
    const doc = parse(page('gmail order with code-like numbers').html);
    const { mount } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: doc, mount });
    w.scan();
    const body = doc.querySelector('.a3s')!;
    const p = doc.createElement('p');
    p.textContent = 'The response from the remote server was: 550 5.1.1 <late@dest.example>: Recipient address rejected: User unknown';
    body.append(p);
    w.scan();
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('reacts to DOM changes through one debounced observer', async () => {
    vi.useFakeTimers();
    const doc = parse('<!doctype html><html><body><div role="main" id="m"></div></body></html>');
    const { mount } = fakeMount();
    const w = createWatcher({ adapter: ADAPTERS.gmail, root: document, mount, debounceMs: 50 });
    document.body.replaceChildren(...doc.body.cloneNode(true).childNodes);
    w.start();
    const bounce = parse(page('gmail showing a postfix bounce').html).querySelector('[role="main"] > div')!;
    document.getElementById('m')!.append(document.importNode(bounce, true));
    await vi.advanceTimersByTimeAsync(100);
    expect(mount).toHaveBeenCalledTimes(1);
    w.stop();
    document.body.replaceChildren();
  });

  it('sends errors to the guard instead of throwing', () => {
    const doc = parse(page('gmail address not found (.a3s.aiL)').html);
    const onError = vi.fn();
    const w = createWatcher({
      adapter: ADAPTERS.gmail,
      root: doc,
      onError,
      mount: () => {
        throw new Error('host page changed');
      },
    });
    expect(() => w.scan()).not.toThrow();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'host page changed' }));
  });
});
