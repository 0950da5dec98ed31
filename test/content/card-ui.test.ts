/**
 * Mounting the card: its own closed shadow root right before the message, the test contract on the host, dismissal
 * with undo, clean removal, no listener left behind per card.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cardMounter, pageTheme, UNDO_MS } from '../../lib/content/card-ui';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import { summarize } from '../../lib/pages/summary';

const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)');
const summary = summarize(report, diagnoseReport(report));

function setUp() {
  document.body.replaceChildren();
  const thread = document.createElement('div');
  const anchor = document.createElement('div');
  anchor.className = 'message';
  thread.append(anchor);
  document.body.append(thread);
  let container: HTMLElement | null = null;
  const original = Element.prototype.attachShadow;
  // The root is closed to the page; the test keeps its own reference, as the content script does.
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    container = root as unknown as HTMLElement;
    return root;
  });
  const actions = { dismiss: vi.fn(), undismiss: vi.fn(), openReport: vi.fn(), explain: vi.fn(() => Promise.resolve([])) };
  const mount = cardMounter('.bd-card{color:red}', actions);
  const message = { id: 'm1', body: anchor, anchor, sender: null, subject: null };
  const handle = mount(message as never, { report }, summary);
  spy.mockRestore();
  return { thread, anchor, handle, actions, root: container as unknown as ShadowRoot };
}

afterEach(() => vi.useRealTimers());

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

  it('renders inside a closed shadow root: the page cannot read it, its style resets the page and carries ours', () => {
    const { anchor, root } = setUp();
    const host = anchor.previousElementSibling as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    const style = root.querySelector('head > style')?.textContent ?? '';
    expect(style).toContain(':host{all:initial !important;}');
    expect(style).toContain('.bd-card{color:red}');
    expect(root.querySelector('body')?.textContent).toContain('pat@dest.example');
    // Nothing of the card outside the shadow root.
    expect(document.body.querySelectorAll('style').length).toBe(0);
    expect(document.body.textContent).not.toContain('pat@dest.example');
  });

  it('is removed by its handle', () => {
    const first = setUp();
    first.handle?.remove();
    expect(first.thread.querySelector('bounce-doctor-card')).toBeNull();
    expect(first.handle?.isConnected()).toBe(false);
  });

  it('dismisses with an Undo line, which brings the card back; without undo the card goes', () => {
    vi.useFakeTimers();
    const { root, actions, thread } = setUp();
    root.querySelector<HTMLButtonElement>('button[aria-label="Dismiss Bounce Doctor card"]')!.click();
    expect(actions.dismiss).toHaveBeenCalledWith('m1');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('dismissed');
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Undo')!.click();
    expect(actions.undismiss).toHaveBeenCalledWith('m1');
    expect(root.querySelector('h2')?.textContent).toBe('The address pat@dest.example does not exist');
    vi.advanceTimersByTime(UNDO_MS + 1);
    expect(thread.querySelector('bounce-doctor-card')).not.toBeNull();
    root.querySelector<HTMLButtonElement>('button[aria-label="Dismiss Bounce Doctor card"]')!.click();
    vi.advanceTimersByTime(UNDO_MS + 1);
    expect(thread.querySelector('bounce-doctor-card')).toBeNull();
  });

  it("takes the page's own background for its theme, not the system's", () => {
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    expect(pageTheme(document)).toBe('light');
    document.body.style.backgroundColor = 'rgb(20, 20, 24)';
    expect(pageTheme(document)).toBe('dark');
    document.body.style.backgroundColor = '';
    expect(pageTheme(document)).toBe('light');
  });
});
