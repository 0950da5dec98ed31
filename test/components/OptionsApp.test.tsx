/** The settings page: sections, the shortcut the browser bound, the version, dismissed cards shown again. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { Browser } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { OptionsApp } from '../../components/OptionsApp';
import { loadDismissed, saveDismissed } from '../../lib/pages/dismissed';
import { EN_LOCALE, setLocale } from '../../lib/i18n/locale';
import { EN_MORE } from '../../lib/i18n/ui/more-en';

// The page's words, as its entrypoint loads them before the first render (startPageLocale).
setLocale({ ...EN_LOCALE, more: EN_MORE });

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const browser = (shortcut: string) =>
  ({
    ...fakeBrowser,
    commands: { getAll: async () => [{ name: '_execute_action', shortcut, description: '' }] },
    runtime: { ...fakeBrowser.runtime, getManifest: () => ({ version: '0.1.0' }) },
  }) as unknown as Browser;

describe('settings page', () => {
  it('is laid out in sections, with the shortcut, the version and the privacy note', async () => {
    render(<OptionsApp browser={browser('Alt+Shift+B')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bounce Doctor settings');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Language', 'Card above bounces', 'History', 'Keyboard shortcut', 'Troubleshooting', 'Privacy']);
    await waitFor(() => expect(screen.getByTestId('shortcut').textContent).toBe('Open the Bounce Doctor popup: Alt+Shift+B'));
    expect(screen.getByText('Version 0.1.0')).toBeTruthy();
    expect(screen.getByText(/makes no network requests/)).toBeTruthy();
  });

  it('says when no shortcut is bound', async () => {
    render(<OptionsApp browser={browser('')} />);
    await waitFor(() => expect(screen.getByTestId('shortcut').textContent).toBe('No shortcut is set to open the popup.'));
  });

  it('shows dismissed cards again', async () => {
    const b = browser('');
    await saveDismissed(b, ['gmail:#msg-f:1']);
    render(<OptionsApp browser={b} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show dismissed cards again' }));
    await screen.findByText('Dismissed cards will show again.');
    expect(await loadDismissed(b)).toEqual([]);
  });
});
