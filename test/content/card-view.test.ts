/** The card's DOM: the verdict at once, steps on demand, text-only rendering, working buttons. */
import { describe, expect, it, vi } from 'vitest';
import { renderCard } from '../../lib/content/card-view';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { verdictsFor } from '../../lib/diagnosis/verdict';
import { readText } from '../../lib/engine/read-text';

const report = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 <img src=x onerror=alert(1)> no such user (in reply to RCPT TO command)');

function card(overrides: Partial<Parameters<typeof renderCard>[2]> = {}) {
  const container = document.createElement('div');
  const model = {
    recipients: report.recipients,
    verdicts: verdictsFor(report),
    loadDetails: vi.fn(() => Promise.resolve(diagnoseReport(report))),
    onDismiss: vi.fn(),
    onOpenReport: vi.fn(),
    copy: vi.fn(),
    ...overrides,
  };
  renderCard(document, container, model);
  return { container, model };
}

describe('card view', () => {
  it('shows the verdict line: title, who must act, permanence, code', () => {
    const { container } = card();
    expect(container.querySelector('h2')?.textContent).toBe('The address pat@dest.example does not exist');
    expect([...container.querySelectorAll('.pill')].map((p) => p.textContent)).toEqual(['Who must act: Recipient', 'Permanent', '550 5.1.1']);
    expect(container.querySelector('section')?.getAttribute('role')).toBe('region');
  });

  it('loads the steps once when opened, with copy buttons for commands', async () => {
    const pasted = readText('550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain\'s DMARC policy. - gsmtp');
    const { container, model } = card({ recipients: pasted.recipients, verdicts: verdictsFor(pasted), loadDetails: vi.fn(() => Promise.resolve(diagnoseReport(pasted))) });
    const toggle = [...container.querySelectorAll('button')].find((b) => b.textContent === 'What to do')!;
    toggle.click();
    await vi.waitFor(() => expect(container.querySelectorAll('.details li').length).toBeGreaterThan(0));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const copy = container.querySelector<HTMLButtonElement>('button.copy')!;
    copy.click();
    expect(model.copy).toHaveBeenCalledWith('dig +short TXT _dmarc.shop.example');
    toggle.click();
    toggle.click();
    expect(model.loadDetails).toHaveBeenCalledTimes(1);
  });

  it('renders bounce text as text', () => {
    const { container } = card({ recipients: [{ ...report.recipients[0]!, recipient: '<img src=x onerror=alert(1)>@x.example' }] });
    expect(container.querySelector('img')).toBeNull();
  });

  it('dismisses and opens the full report', () => {
    const { container, model } = card();
    container.querySelector<HTMLButtonElement>('button[aria-label="Dismiss Bounce Doctor card"]')!.click();
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Open full report')!.click();
    expect(model.onDismiss).toHaveBeenCalledTimes(1);
    expect(model.onOpenReport).toHaveBeenCalledTimes(1);
  });
});
