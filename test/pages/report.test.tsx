/** The report page: from a right-click selection, from a webmail tab, from the history; auth results; markdown. */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { background, extensionPage, freshBackground } from '../helpers/extension-page';
import { ReportApp } from '../../components/ReportApp';
import { putSelection } from '../../lib/background/selection-handoff';
import { saveTabState } from '../../lib/background/tab-state';
import { diagnoseReport } from '../../lib/diagnosis/diagnose';
import { readText } from '../../lib/engine/read-text';
import { reportMarkdown } from '../../lib/pages/markdown';
import { EN_LOCALE, setLocale } from '../../lib/i18n/locale';
import { EN_MORE } from '../../lib/i18n/ui/more-en';

// The page's words, as its entrypoint loads them before the first render (startPageLocale).
setLocale({ ...EN_LOCALE, more: EN_MORE });

const browser = extensionPage('report.html');

afterEach(cleanup);
beforeEach(freshBackground);

describe('report page', () => {
  it('analyzes a multi-line right-click selection and records it in the history', async () => {
    const token = '0b6f0c1e-7a57-4d54-9a51-3f0f6c3f9a10';
    await putSelection(background, token, { text: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail\n421 4.7.28 originating from your IP address. - gsmtp', sourceUrl: 'https://tickets.example/42' });
    const { container } = render(<ReportApp browser={browser} location={{ search: `?selection=${token}` }} />);
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-category')).toBe('reputation'));
    expect(container.querySelector('.bd-subject')?.textContent).toContain('tickets.example');
    expect(((await background.storage.local.get('history')).history as { data: unknown[] }).data.length).toBe(1);
  });

  it('says what was searched when the selection holds no reply', async () => {
    const token = '1b6f0c1e-7a57-4d54-9a51-3f0f6c3f9a10';
    await putSelection(background, token, { text: 'Lunch at 12:30 in room 550?', sourceUrl: null });
    render(<ReportApp browser={browser} location={{ search: `?selection=${token}` }} />);
    expect((await screen.findAllByText('No bounce found in this text.')).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'What was searched' })).toBeTruthy();
    expect(screen.getByText('Lunch at 12:30 in room 550?')).toBeTruthy();
  });

  it('shows a webmail bounce with its technical details and the original authentication', async () => {
    const report = readText(readFileSync(join(__dirname, '../fixtures/bounces/exchange-classic.txt'), 'utf8'));
    await saveTabState(background, 5, { webmail: 'outlook', url: 'https://outlook.office.com/mail/', reportedAt: 1, bounces: [{ messageId: 'm1', subject: 'Undeliverable: Quarterly report', report, diagnoses: diagnoseReport(report) }] });
    const { container } = render(<ReportApp browser={browser} location={{ search: '?tab=5&message=m1' }} />);
    await waitFor(() => expect(container.querySelector('[data-testid="diagnosis"]')?.getAttribute('data-category')).toBe('ip-blocklist'));
    expect(screen.getByRole('heading', { name: 'Technical details' })).toBeTruthy();
    const auth = container.querySelector('[data-testid="auth-results"]')!;
    expect(auth.textContent).toContain('fail');
    expect(auth.textContent).toContain('sender.example / selector1');
    expect([...container.querySelectorAll('a')].every((a) => /^(https?|mailto):/.test(a.getAttribute('href') ?? ''))).toBe(true);
  });

  it('refuses a selection over 2 MB with a clear message', async () => {
    const token = '2b6f0c1e-7a57-4d54-9a51-3f0f6c3f9a10';
    await putSelection(background, token, { text: 'x'.repeat(2 * 1024 * 1024 + 5), sourceUrl: null });
    render(<ReportApp browser={browser} location={{ search: `?selection=${token}` }} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/That selection is 2\.0 MB/);
  });

  it('explains when there is nothing to show', async () => {
    render(<ReportApp browser={browser} location={{ search: '?history=gone' }} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/no longer available/);
  });
});

describe('copy report', () => {
  it('writes a Markdown summary with the reply fenced', () => {
    const report = readText('550 5.1.1 <pat@dest.example>: Recipient address rejected: User unknown ```injected```');
    const md = reportMarkdown(report, diagnoseReport(report));
    expect(md).toMatch(/^# Bounce report/);
    expect(md).toContain('- Who acts: You: correct the address or stop sending to it');
    // The reply is fenced with a fence longer than any it contains, so it cannot close the block early.
    expect(md).toContain('````text\n550 5.1.1');
    expect(md.match(/^````(?:text)?$/gm)?.length).toBe(2);
  });
});
