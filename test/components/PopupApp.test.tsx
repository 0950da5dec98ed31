/** The popup in happy-dom: tab status, paste → facts, size and emptiness messages, right-click hand-off. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { background, extensionPage, freshBackground } from '../helpers/extension-page';
import { PopupApp, lookUpTab } from '../../components/PopupApp';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';

const browser = extensionPage('popup.html');

afterEach(cleanup);

beforeEach(freshBackground);

describe('popup', () => {
  it('renders the paste area with a visible label', () => {
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    expect(screen.getByRole('heading', { name: 'Bounce Doctor' })).toBeTruthy();
    const box = screen.getByLabelText('Bounce text') as HTMLTextAreaElement;
    expect(box.name).toBe('bounce-text');
    expect(screen.getByRole('button', { name: 'Analyze' })).toBeTruthy();
  });

  it('analyzes a pasted bounce and exposes the test contract', async () => {
    const { container } = render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), {
      target: { value: '<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')).not.toBeNull());
    const d = container.querySelector('[data-testid="diagnosis"]') as HTMLElement;
    expect(d.dataset.code).toBe('550');
    expect(d.dataset.enhanced).toBe('5.1.1');
    expect(d.dataset.recipient).toBe('pat@dest.example');
    expect(d.dataset.category).toBe('recipient-unknown');
    expect(container.querySelector('.bd-title')?.textContent).toBe('The address pat@dest.example does not exist');
    expect([...container.querySelectorAll('.bd-reply mark')].map((m) => m.textContent?.toLowerCase())).toContain('no such user');
  });

  it("diagnoses a sending service's bounce event pasted as JSON", async () => {
    const { container } = render(<PopupApp browser={browser} location={{ search: '' }} />);
    const event = JSON.stringify([{ email: 'ola@dest.example', event: 'bounce', sg_event_id: 'x', reason: '552 5.2.2 Mailbox full', status: '5.2.2' }]);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: event } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')).not.toBeNull());
    const d = container.querySelector('[data-testid="diagnosis"]') as HTMLElement;
    expect([d.dataset.recipient, d.dataset.code, d.dataset.category]).toEqual(['ola@dest.example', '552', 'mailbox-full']);
  });

  it('shows bounce text as text, never as markup', async () => {
    const { container } = render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: '550 5.7.1 <img src=x onerror=alert(1)><script>alert(2)</script>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(container.querySelector('.bd-reply')).not.toBeNull());
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(container.querySelector('.bd-reply script')).toBeNull();
    expect(container.querySelector('.bd-reply')?.textContent).toContain('<script>');
  });

  it('says so when the box is empty, or the text is not a bounce', async () => {
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/empty/);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: 'Lunch at 12:30?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect((await screen.findAllByText('No bounce found in this text.')).length).toBeGreaterThan(0);
  });

  it('refuses pastes over 2 MB with a clear message', async () => {
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: 'x'.repeat(2 * 1024 * 1024 + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/up to 2 MB/);
  });

  it('keeps recent analyses (the reply excerpt only) and clears them', async () => {
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: 'Some words first.\n\n552 5.2.2 Mailbox full' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Recent analyses' })).toBeTruthy());
    const stored = ((await background.storage.local.get('history')).history as { v: number; data: { excerpt: string; category: string; report: { recipients: unknown[] } }[] });
    expect(stored.v).toBe(2);
    expect(stored.data).toHaveLength(1);
    expect(stored.data[0]).toMatchObject({ excerpt: '552 5.2.2 Mailbox full', category: 'mailbox-full' });
    // What the full report needs (the facts, bounded), never the whole pasted text.
    expect(stored.data[0]!.report.recipients).toHaveLength(1);
    expect(JSON.stringify(stored.data[0])).not.toContain('Some words first');
    fireEvent.click(screen.getByRole('button', { name: 'Clear history' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Recent analyses' })).toBeNull());
  });

  it('keeps no history when the option is off', async () => {
    await background.storage.local.set({ options: { history: false, cards: { gmail: true, outlook: true } } });
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: '552 5.2.2 Mailbox full' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(document.querySelector('[data-testid="diagnosis"]')).not.toBeNull());
    expect((await background.storage.local.get('history')).history).toBeUndefined();
  });

  it('groups recipients that share a cause, and keeps ticked steps', async () => {
    const { container } = render(<PopupApp browser={browser} location={{ search: '' }} />);
    const text = ['<a@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)', '', '<b@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)'].join('\n');
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: `This is the mail system at host x.example.\n\n${text}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(container.querySelectorAll('[data-testid="diagnosis"]')).toHaveLength(1));
    expect(container.querySelector('.bd-to')?.textContent).toContain('a@dest.example, b@dest.example');
    expect(container.querySelector('[data-testid="headline"]')?.textContent).toBe('2 recipients: 2 addresses do not exist');
    expect(screen.getByTestId('progress').textContent).toBe('0 of 3 done');
    // A click anywhere on a step's text ticks it; it shows as done, and the count follows.
    fireEvent.click(container.querySelector('.bd-step-text')!);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('1 of 3 done'));
    expect([...container.querySelectorAll('.bd-step')].map((li) => `${li.getAttribute('class')}:${(li.querySelector('input') as HTMLInputElement).checked}`)).toEqual(['bd-step bd-done:true', 'bd-step:false', 'bd-step:false']);
    await waitFor(async () => {
      const state = (await background.storage.local.get('checklist-state'))['checklist-state'] as { v: number; data: Record<string, { checks: boolean[] }> };
      expect(Object.values(state.data).map((t) => t.checks)).toEqual([[true]]);
    });
    fireEvent.click(container.querySelector('.bd-check')!);
    await waitFor(() => expect(screen.getByTestId('progress').textContent).toBe('0 of 3 done'));
  });

  it('heads a 4xx reply as a delay, with texts about retrying', async () => {
    const { container } = render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: '421 4.7.0 [203.0.113.5] Our system has detected an unusual rate of unsolicited mail originating from your IP address. - gsmtp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')).not.toBeNull());
    expect(screen.getByTestId('status').textContent).toMatch(/^Not delivered yet: the sending server will retry/);
    expect(container.textContent).not.toMatch(/This is a bounce|will be refused again/);
    expect(container.querySelector('.bd-pending')?.textContent).toBe('Delayed · will retry');
  });

  it('shows a delivery notice as nothing to do, not as delayed or not delivered', async () => {
    const { container } = render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: 'Message sent: 250 2.0.0 Ok: queued as 4F2A81C0D3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-category')).toBe('delivered');
    expect(container.querySelector('.bd-pending')).toBeNull();
    expect(container.querySelector('.bd-final')).toBeNull();
    expect(container.querySelector('.bd-badges')?.textContent).toContain('Nothing to do');
    expect(container.textContent).not.toMatch(/This is a delay|Wait, and do not send/);
  });

  it('shows which webmail the active tab is', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://outlook.office.com/mail/' });
    await fakeBrowser.tabs.update(tab.id, { active: true });
    await browser.storage.session.set({ [`tab:${tab.id}`]: { webmail: 'outlook', url: 'https://outlook.office.com/mail/', reportedAt: 1 } });
    // Chromium marks the active tab; the fake browser keeps it from tabs.update via its own state.
    (fakeBrowser.tabs as unknown as { query: unknown }).query = async () => [{ ...tab, active: true }];
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    await waitFor(() => expect(screen.getByTestId('tab-status').textContent).toMatch(/Outlook on the web/));
  });

  it('uses a tab lookup started before the first render (the page starts it at once), by the tab id it is given', async () => {
    const report = (await import('../../lib/engine/read-text')).readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)');
    await browser.storage.session.set({ 'tab:77': { webmail: 'gmail', url: 'https://mail.google.com/mail/u/0/', reportedAt: 1, bounces: [{ messageId: 'm1', subject: 'Returned mail', report, diagnoses: diagnoseReport(report) }] } });
    const tab = lookUpTab(browser, { search: '?tab=77' });
    expect(await tab).toMatchObject({ tabId: 77, state: { webmail: 'gmail' } });
    const { container } = render(<PopupApp browser={browser} location={{ search: '?tab=77' }} tab={tab} />);
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')).not.toBeNull());
    expect((container.querySelector('[data-testid="diagnosis"]') as HTMLElement).dataset.recipient).toBe('pat@dest.example');
    expect(screen.getByTestId('tab-status').textContent).toMatch(/A bounce is open in Gmail/);
  });

  it('shows a lookup that is already done in its very first render (no empty frame), only the bounce a card named', async () => {
    const { readText } = await import('../../lib/engine/read-text');
    const unknown = readText('<pat@dest.example>: host mx.dest.example[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command)');
    const full = readText('<kim@dest.example>: host mx.dest.example[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)');
    const state = { webmail: 'gmail' as const, url: 'https://mail.google.com/mail/u/0/', reportedAt: 1, bounces: [unknown, full].map((report, i) => ({ messageId: `m${i + 1}`, subject: null, report, diagnoses: diagnoseReport(report) })) };
    const { container } = render(<PopupApp browser={browser} location={{ search: '?tab=5&message=m2' }} tab={{ tabId: 5, state }} />);
    // No waiting: the diagnosis is in the DOM as soon as render returns.
    const shown = [...container.querySelectorAll<HTMLElement>('[data-testid="diagnosis"]')].map((d) => d.dataset.category);
    expect(shown).toEqual(['mailbox-full']);
    expect(screen.getByTestId('tab-status').textContent).toMatch(/A bounce is open in Gmail/);
  });

});
