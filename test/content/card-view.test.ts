/** The card's DOM: the summary at once, steps on demand per cause, text-only rendering, working buttons. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCard } from '../../lib/content/card-view';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import { groupRecipients, summarize } from '../../lib/pages/summary';
import type { BounceReport } from '../../lib/engine/types';

const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <img src=x onerror=alert(1)> no such user (in reply to RCPT TO command)');

function modelFor(r: BounceReport) {
  const ds = diagnoseReport(r);
  return {
    summary: summarize(r, ds),
    loadDetails: vi.fn(() => Promise.resolve(groupRecipients(r.recipients, ds).map((g) => ds[g.indexes[0]!]!))),
    onDismiss: vi.fn(),
    onOpenReport: vi.fn(),
    copy: vi.fn(() => Promise.resolve()),
  };
}

function card(r: BounceReport = report) {
  const container = document.createElement('div');
  const model = modelFor(r);
  renderCard(document, container, model);
  return { container, model };
}

const buttonNamed = (c: HTMLElement, text: string) => [...c.querySelectorAll('button')].find((b) => b.textContent === text)!;

afterEach(() => vi.useRealTimers());

describe('card view', () => {
  it('shows the headline, who acts in words, the status and the code, and no internal id', () => {
    const { container } = card();
    expect(container.querySelector('h2')?.textContent).toBe('The address pat@dest.example does not exist');
    expect(container.querySelector('.who')?.textContent).toBe('You: correct the address or stop sending to it');
    expect([...container.querySelectorAll('.pill')].map((p) => p.textContent)).toEqual(['Not delivered', '550 5.1.1']);
    expect(container.textContent).not.toMatch(/recipient-unknown|Who must act: Recipient/);
    expect(container.querySelector('section')?.getAttribute('role')).toBe('region');
    expect(container.querySelector('svg.logo')).not.toBeNull();
  });

  it('colours the pill by what happened: final, delayed, or nothing failed', () => {
    const pill = (r: BounceReport) => card(r).container.querySelector('.pill')!;
    expect(pill(report).className).toBe('pill final');
    const delayed = pill(readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 450 4.2.1 Mailbox busy, try again later (in reply to RCPT TO command)'));
    expect(delayed.className).toBe('pill pending');
    const accepted = pill(readText('status=sent (250 2.0.0 Ok: queued as 7E097A40D6F)'));
    expect([accepted.className, accepted.textContent]).toEqual(['pill none', 'Nothing failed']);
  });

  it('loads the steps once when opened, with copy buttons whose "Copied" resets', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pasted = readText("550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain's DMARC policy. - gsmtp");
    const { container, model } = card(pasted);
    const toggle = buttonNamed(container, 'What to do');
    toggle.click();
    await vi.waitFor(() => expect(container.querySelectorAll('.details li').length).toBeGreaterThan(0));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const copy = container.querySelector<HTMLButtonElement>('button.copy')!;
    copy.click();
    expect(model.copy).toHaveBeenCalledWith('dig +short TXT _dmarc.shop.example');
    await vi.waitFor(() => expect(copy.textContent).toBe('Copied'));
    vi.advanceTimersByTime(2001);
    expect(copy.textContent).toBe('Copy');
    toggle.click();
    toggle.click();
    expect(model.loadDetails).toHaveBeenCalledTimes(1);
  });

  it('groups several recipients by cause, names each address once, and counts them in the headline', async () => {
    const three = readText(
      [
        '<ann@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <ann@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
        '<bob@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <bob@dest.example>: Recipient address rejected: User unknown (in reply to RCPT TO command)',
        '<cy@full.example>: host mx.full.example[192.0.2.9] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)',
      ].join('\n\n'),
    );
    expect(three.recipients).toHaveLength(3);
    const { container } = card(three);
    expect(container.querySelector('h2')?.textContent).toBe('3 recipients: 2 addresses do not exist, 1 mailbox full — will retry');
    buttonNamed(container, 'What to do').click();
    await vi.waitFor(() => expect(container.querySelectorAll('.group ol').length).toBe(2));
    const groups = [...container.querySelectorAll('.group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual(['2 addresses do not exist', "cy@full.example's mailbox is full"]);
    expect(groups[0]!.querySelector('.addresses')?.textContent).toBe('ann@dest.example, bob@dest.example');
    // Each address once in its group: the steps do not repeat it.
    expect(groups[0]!.textContent!.split('ann@dest.example').length - 1).toBe(1);
    expect(groups[1]!.querySelector('.who')?.textContent).toMatch(/^The recipient: free space/);
  });

  it('renders bounce text as text', () => {
    const r = { ...report, recipients: [{ ...report.recipients[0]!, recipient: '<img src=x onerror=alert(1)>@x.example' }] };
    const { container } = card(r);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>@x.example');
  });

  it('dismisses and opens the full report', () => {
    const { container, model } = card();
    // Shown at once beside "What to do", not under the steps that load later (card.test.ts measures that it stays put).
    expect(buttonNamed(container, 'Open full report').closest('.details, [hidden]')).toBeNull();
    container.querySelector<HTMLButtonElement>('button[aria-label="Dismiss Bounce Doctor card"]')!.click();
    buttonNamed(container, 'Open full report').click();
    expect(model.onDismiss).toHaveBeenCalledTimes(1);
    expect(model.onOpenReport).toHaveBeenCalledTimes(1);
  });

  it('ignores clicks the page makes up (untrusted events)', () => {
    const { container, model } = card();
    const dismiss = container.querySelector<HTMLButtonElement>('button[aria-label="Dismiss Bounce Doctor card"]')!;
    const forged = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(forged, 'isTrusted', { value: false });
    dismiss.dispatchEvent(forged);
    expect(model.onDismiss).not.toHaveBeenCalled();
  });
});
