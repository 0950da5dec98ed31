/** Mounting the card: its own open shadow root right before the message, the test contract on the host, clean removal. */
import { describe, expect, it, vi } from 'vitest';
import { cardMounter } from '../../lib/content/card-ui';
import { verdictsFor } from '../../lib/diagnosis/verdict';
import { readText } from '../../lib/engine/read-text';

const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)');

function setUp() {
  document.body.replaceChildren();
  const thread = document.createElement('div');
  const anchor = document.createElement('div');
  anchor.className = 'message';
  thread.append(anchor);
  document.body.append(thread);
  const invalidated: (() => void)[] = [];
  const ctx = {
    onInvalidated: (cb: () => void) => {
      invalidated.push(cb);
      return () => undefined;
    },
  };
  const actions = { dismiss: vi.fn(), openReport: vi.fn(), explain: vi.fn(() => Promise.resolve([])) };
  const mount = cardMounter(ctx, '.bd-card{color:red}', actions);
  const message = { id: 'm1', body: anchor, anchor, sender: null, subject: null };
  const handle = mount(message as never, { report, verdicts: verdictsFor(report) });
  return { thread, anchor, handle, invalidated };
}

describe('cardMounter', () => {
  it('puts the card right before the message, with the test contract on its host', () => {
    const { anchor, handle } = setUp();
    const host = anchor.previousElementSibling as HTMLElement;
    expect(host.tagName.toLowerCase()).toBe('bounce-doctor-card');
    expect(handle?.isConnected()).toBe(true);
    expect({
      marker: host.getAttribute('data-bounce-doctor'),
      id: host.getAttribute('data-message-id'),
      category: host.getAttribute('data-category'),
      code: host.getAttribute('data-code'),
      enhanced: host.getAttribute('data-enhanced'),
      recipient: host.getAttribute('data-recipient'),
      count: host.getAttribute('data-recipients-count'),
    }).toEqual({ marker: '', id: 'm1', category: 'recipient-unknown', code: '550', enhanced: '5.1.1', recipient: 'pat@dest.example', count: '1' });
  });

  it('renders inside an open shadow root whose style resets the page and carries ours', () => {
    const { anchor } = setUp();
    const shadow = (anchor.previousElementSibling as HTMLElement).shadowRoot;
    expect(shadow).not.toBeNull();
    const style = shadow!.querySelector('head > style')?.textContent ?? '';
    expect(style).toContain(':host{all:initial !important;}');
    expect(style).toContain('.bd-card{color:red}');
    expect(shadow!.querySelector('body')?.textContent).toContain('pat@dest.example');
    // Nothing of the card outside the shadow root.
    expect(document.body.querySelectorAll('style').length).toBe(0);
  });

  it('is removed by its handle, and when the extension context goes away', () => {
    const first = setUp();
    first.handle?.remove();
    expect(first.thread.querySelector('bounce-doctor-card')).toBeNull();
    expect(first.handle?.isConnected()).toBe(false);
    const second = setUp();
    for (const cb of second.invalidated) cb();
    expect(second.thread.querySelector('bounce-doctor-card')).toBeNull();
  });
});
