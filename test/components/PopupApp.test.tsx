/** The popup in happy-dom: tab status, paste → facts, size and emptiness messages, right-click hand-off. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Browser } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '../../components/PopupApp';
import { putSelection } from '../../lib/background/selection-handoff';
import { setUpBackground } from '../../lib/background/setup';

const background = fakeBrowser as unknown as Browser;
/** The popup's view of the browser: its messages reach the background as Chromium sends them, from the popup page. */
const browser = {
  ...fakeBrowser,
  runtime: {
    ...fakeBrowser.runtime,
    sendMessage: async (message: unknown) => {
      const sender = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
      const results = await fakeBrowser.runtime.onMessage.trigger(message, sender);
      return results.find((r: unknown) => r !== undefined);
    },
  },
} as unknown as Browser;

afterEach(cleanup);

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { contextMenus: unknown }).contextMenus = { create() {}, removeAll: () => Promise.resolve(), onClicked: { addListener() {} } };
  setUpBackground(background);
});

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
    expect(container.querySelector('.bd-reply mark')?.textContent?.toLowerCase()).toBe('no such user');
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
    expect(await screen.findByText('No bounce found in this text.')).toBeTruthy();
  });

  it('refuses pastes over 2 MB with a clear message', async () => {
    render(<PopupApp browser={browser} location={{ search: '' }} />);
    fireEvent.input(screen.getByLabelText('Bounce text'), { target: { value: 'x'.repeat(2 * 1024 * 1024 + 1) } });
    fireEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/up to 2 MB/);
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

  it('analyzes a right-click selection handed over by the background', async () => {
    const token = '0b6f0c1e-7a57-4d54-9a51-3f0f6c3f9a10';
    await putSelection(browser, token, { text: '452 4.2.2 The email account that you tried to reach is over quota', sourceUrl: null });
    const { container } = render(<PopupApp browser={browser} location={{ search: `?selection=${token}` }} />);
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-code')).toBe('452'));
    expect((screen.getByLabelText('Bounce text') as HTMLTextAreaElement).value).toContain('over quota');
  });
});
