/** The card speaks the words the background sent with the summary; English only until it has. */
import { describe, expect, it } from 'vitest';
import { renderCard, renderDismissed } from '../../lib/content/card-view';
import { DE_MORE } from '../../lib/i18n/ui/more-de';
import { mergeOver } from '../../lib/i18n/catalog';
import { CARD_EN } from '../../lib/i18n/ui/card-en';
import type { Summary } from '../../lib/pages/summary';

const summary: Summary = {
  count: 1,
  headline: 'Die Adresse pat@example.org existiert nicht',
  status: 'Nicht zugestellt: Die Nachricht kam zurück.',
  pill: 'Nicht zugestellt',
  tone: 'final',
  groups: [{ category: 'recipient-unknown', side: 'sender', permanent: true, suppress: true, heading: 'Die Adresse pat@example.org existiert nicht', whoActs: 'Sie: Korrigieren Sie die Adresse', code: '550 5.1.1', recipients: ['pat@example.org'], indexes: [0] }],
};

describe('the card’s own words', () => {
  it('come from the model (the background’s language), English without them', () => {
    const words = mergeOver(CARD_EN, DE_MORE.card);
    const de = document.createElement('div');
    renderCard(document, de, { summary, words, loadDetails: async () => [], onDismiss: () => undefined, onOpenReport: () => undefined });
    expect([...de.querySelectorAll('button')].map((b) => b.textContent ?? b.getAttribute('aria-label'))).toEqual(['×', 'Was tun', 'Vollständigen Bericht öffnen']);
    expect(de.querySelector('button.icon')?.getAttribute('aria-label')).toBe('Bounce-Doctor-Karte schließen');
    const en = document.createElement('div');
    renderCard(document, en, { summary, loadDetails: async () => [], onDismiss: () => undefined, onOpenReport: () => undefined });
    expect([...en.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['×', 'What to do', 'Open full report']);
    const dismissed = document.createElement('div');
    renderDismissed(document, dismissed, () => undefined, words);
    expect(dismissed.textContent).toBe('Bounce-Doctor-Karte geschlossen.Rückgängig');
  });
});
